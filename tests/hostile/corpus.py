"""The hostile corpus: small generated inputs that once hung sipcheck, exhausted its
memory or leaked personal data (issue 13). Every test in this folder builds what it needs
from here, so the whole corpus is a few kB written to tmp_path, never stored.

PLANTED holds every personal value the corpus hides; `assert_clean` looks for each of them
(and their digits alone) in any text sipcheck wrote.
"""

from __future__ import annotations

import re

# Personal data planted across the corpus, in every place a careless export puts it.
PNR = "811218-9876"
PNR_LONG = "19811218-9876"
NAME = "Karin Lundgren"
PLANTED = (PNR, PNR_LONG, "8112189876", NAME, "Lundgren", "abcd19121212-1212",
           "19121212-1212", "070-111 22 33", "Vi träffade Anna Andersson")


def alias_bomb(levels: int = 9) -> str:
    """A checklist whose field_labels write out to 9**levels values."""
    lines = ["id: bomb", "title: Bomb", 'a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]")
    lines.append(f"field_labels: *a{levels - 1}")
    lines.append("criteria: []")
    return "\n".join(lines) + "\n"


def deep_yaml(depth: int = 100_000) -> str:
    return "id: deep\ntitle: Deep\nfield_labels: " + "[" * depth + "]" * depth + "\n"


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def assert_clean(text: str, where: str = "") -> None:
    """No planted value, in any written form, in `text`."""
    for value in PLANTED:
        assert value not in text, f"{value!r} in {where}"
    squeezed = digits(text)
    for number in (digits(PNR), "121212121"):
        assert number not in squeezed, f"digits of {number} in {where}"


def huge_docx(path, megabytes: float) -> None:
    """A .docx whose document.xml is `megabytes` of short paragraphs (written directly, so a
    45 MB part takes a second to make and is a few hundred kB zipped)."""
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    # Numbered, so the part compresses like real text (a ratio far below the zip-bomb guard's).
    para = "<w:p><w:r><w:t>Kim behöver stöd i skolan, stycke {}.</w:t></w:r></w:p>"
    body = "".join(para.format(n) for n in range(int(megabytes * 2**20 / (len(para) + 4))))
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        package.writestr("_rels/.rels", rels)
        package.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {w}>'
                                              f"<w:body>{body}</w:body></w:document>")


def run_measured(*args, env: dict | None = None, cwd=None, timeout: float = 120):
    """`python -m sipcheck *args` in a subprocess: (exit code, stdout, stderr, peak resident
    MB of the sipcheck process and its workers, seconds). The peak is measured by a small
    parent process of its own, so nothing else this test run started counts."""
    import json
    import os
    import subprocess
    import sys
    import time

    probe = ("import json, resource, subprocess, sys\n"
             "done = subprocess.run(sys.argv[1:], capture_output=True, text=True, "
             "encoding='utf-8')\n"
             "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
             "print(json.dumps([done.returncode, done.stdout, done.stderr, peak]))\n")
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("SIPCHECK_LANG", "SIPCHECK_DEBUG", "FORCE_COLOR")}
    environment.update({"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb", **(env or {})})
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "sipcheck",
                           *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                          env=environment, cwd=cwd, timeout=timeout, check=True)
    code, stdout, stderr, peak = json.loads(done.stdout)
    for stream in (stdout, stderr):
        assert "Traceback" not in stream and "Oväntat fel" not in stream, stream
    return code, stdout, stderr, peak, time.monotonic() - start

"""Round files: the one canonical record of a review round, written safely.

A round file is the JSON a review prints with `--format json`. It is written atomically
(a temporary file in the same folder, then renamed), so an interrupted run never leaves a
half-written file, and an existing file is never replaced without `force`.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

from sipcheck.review import ROUND_FORMAT
from sipcheck.text import SipcheckError, Text


def unit_name(round_data: dict, unit: str | None) -> str | None:
    """A unit as reports show it: the name plans.csv or the project's configuration gave
    it ("Köping"), else its folder's name ("koping")."""
    if not unit:
        return unit
    return round_data.get("unit_names", {}).get(unit) or unit


def dumps(round_data: dict) -> str:
    return json.dumps(round_data, ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: Path, text: str, force: bool = False) -> None:
    """Writes `text` (UTF-8) to `path` atomically; refuses to overwrite unless `force`."""
    write_bytes_atomic(path, text.encode("utf-8"), force)


def check_writable(path: Path, force: bool = False) -> None:
    """Refuses, before any work is done, a target that cannot or may not be written: an
    existing file without `force`, a folder, or a place inside something that is a file."""
    if path.is_dir():
        raise SipcheckError(Text(f"{path} är en mapp. Ange ett filnamn, t.ex. "
                                 f"{path / 'omgang.json'}.",
                                 f"{path} is a folder. Give a file name, e.g. "
                                 f"{path / 'round.json'}."))
    if path.exists() and not force:
        raise SipcheckError(
            Text(f"{path} finns redan. Välj ett annat filnamn eller lägg till --force för att "
                 "skriva över.",
                 f"{path} already exists. Choose another name or add --force to overwrite."))
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise SipcheckError(Text(f"{path} kan inte skrivas: {parent} är en fil, inte en "
                                         "mapp.",
                                         f"{path} cannot be written: {parent} is a file, not a "
                                         "folder."))
            if not os.access(parent, os.W_OK):
                raise SipcheckError(Text(f"{path} kan inte skrivas: ingen skrivrätt i {parent}.",
                                         f"{path} cannot be written: no write permission in "
                                         f"{parent}."))
            break


def write_bytes_atomic(path: Path, data: bytes, force: bool = False) -> None:
    """Writes `data` to `path` atomically; refuses to overwrite unless `force`."""
    check_writable(path, force)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        raise SipcheckError(Text(f"{path} kan inte skrivas ({exc.strerror}).",
                                 f"{path} cannot be written ({exc.strerror}).")) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private (0600); give it the mode any saved file gets.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else _default_mode())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def load_round(path: Path) -> dict:
    """Reads a round file, with a clear error, in the user's language and with the next
    step, for anything that is not one: a plan given by mistake, a file edited by hand."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise SipcheckError(Text(f"{path} finns inte.", f"{path} does not exist.")) from exc
    except IsADirectoryError as exc:
        raise SipcheckError(Text(f"{path} är en mapp. Ange en omgångsfil (.json) från sipcheck "
                                 "review --save.",
                                 f"{path} is a folder. Give a round file (.json) from sipcheck "
                                 "review --save.")) from exc
    except OSError as exc:
        raise SipcheckError(Text(f"{path} kan inte läsas ({exc.strerror}).",
                                 f"{path} cannot be read ({exc.strerror}).")) from exc
    kind = _document_kind(raw)
    if kind:
        raise SipcheckError(Text(
            f"{path} är {kind.sv}, inte en omgångsfil. Granska planerna först och spara "
            f"omgången: sipcheck review MAPP --save omgang.json; ge sedan omgångsfilerna till "
            f"sipcheck.",
            f"{path} is {kind.en}, not a round file. Review the plans first and save the round: "
            f"sipcheck review FOLDER --save round.json; then give sipcheck the round files."))
    try:
        text = raw.decode("utf-8")
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        raise SipcheckError(Text(f"{path} är ingen omgångsfil (det är inte text i UTF-8). En "
                                 "omgångsfil skapas med sipcheck review --save.",
                                 f"{path} is not a round file (it is not UTF-8 text). A round "
                                 "file is made with sipcheck review --save.")) from exc
    except json.JSONDecodeError as exc:
        raise SipcheckError(Text(
            f"{path}:{exc.lineno}:{exc.colno}: filen är inte giltig JSON (ändrad för hand eller "
            "avklippt?). Rätta raden, eller skapa omgångsfilen på nytt med sipcheck review "
            "--save.",
            f"{path}:{exc.lineno}:{exc.colno}: the file is not valid JSON (edited by hand or cut "
            "short?). Correct the line, or make the round file again with sipcheck review "
            "--save.")) from exc
    if not isinstance(data, dict) or data.get("format") != ROUND_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise SipcheckError(
            Text(f"{path}: okänt format «{found}»; sipcheck läser {ROUND_FORMAT}, omgångsfiler "
                 "från sipcheck review --save.",
                 f"{path}: unknown format '{found}'; sipcheck reads {ROUND_FORMAT}, round files "
                 "from sipcheck review --save."))
    problems = round_problems(data, text, str(path))
    if problems:
        raise SipcheckError(
            Text(f"{path} är skadad eller ändrad för hand ({counted_problems(len(problems), 'sv')})"
                 "; skapa den på nytt med sipcheck review --save:",
                 f"{path} is damaged or was edited by hand "
                 f"({counted_problems(len(problems), 'en')}); create it again with sipcheck "
                 "review --save:"),
            details=[p.as_text() for p in problems])
    return data


def counted_problems(count: int, lang: str) -> str:
    return f"{count} fel" if lang != "en" else f"{count} problem{'s' if count != 1 else ''}"


def _document_kind(raw: bytes) -> Text | None:
    """What a file given as a round is, when it is plainly a document: a plan by mistake."""
    if raw.startswith(b"PK\x03\x04"):
        return Text("ett Word-dokument (eller annan Office-fil)", "a Word document (or another "
                    "Office file)")
    if raw.startswith(b"%PDF"):
        return Text("en PDF", "a PDF")
    if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return Text("ett äldre Office-dokument (.doc)", "an older Office document (.doc)")
    return None


def round_problems(data: dict, text: str, name: str) -> list:
    """Every way a round file departs from its schema and from itself (levels it names must
    be levels of its checklist), positioned at file:line:column. Positions are looked up
    only when something is wrong: a valid round is read at JSON speed."""
    from jsonschema import Draft202012Validator

    from sipcheck.checklist.problems import Problem, locate, positions, translate

    schema = json.loads((files("sipcheck") / "schema" / "round.schema.json").read_text("utf-8"))
    errors = list(Draft202012Validator(schema).iter_errors(data))
    bad_levels = []
    if not errors:
        levels = {level["id"] for level in data["checklist"]["levels"]}
        bad_levels = [(path, level)
                      for p_index, plan in enumerate(data["plans"])
                      for c_index, result in enumerate(plan["criteria"])
                      for path, level in _levels_named(result, ("plans", p_index, "criteria",
                                                                c_index))
                      if level not in levels]
    if not errors and not bad_levels:
        return []
    try:
        where = positions(text)
    except Exception:  # JSON that YAML cannot place: report without positions
        where = {}
    problems = [problem for error in errors for problem in translate(error, where, name)]
    for path, level in bad_levels:
        line, column = locate(where, path)[-2:]
        dotted = ".".join(str(part) for part in path)
        problems.append(Problem(
            name, line, column,
            Text(f"{dotted}: nivån «{level}» finns inte i omgångens checklista.",
                 f"{dotted}: the level '{level}' is not in the round's checklist.")))
    return problems


def _levels_named(result: dict, path: tuple):
    """(path, level) for every level a criterion result names: the final level, the
    automatic one, each reviewer's and a resolution's."""
    yield (*path, "level"), result["level"]
    if "automatic" in result:
        yield (*path, "automatic"), result["automatic"]
    for index, answer in enumerate(result.get("assessments", [])):
        yield (*path, "assessments", index, "level"), answer["level"]
    if "resolution" in result:
        yield (*path, "resolution", "level"), result["resolution"]["level"]


@contextmanager
def _locked(path: Path):
    """Holds an advisory lock on the round file's folder while a change is read, made and
    written, so two experts assessing the same round at once never lose each other's
    answers. Where advisory locks do not exist (Windows), changes are still atomic."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        yield
        return
    folder = os.open(path.parent if str(path.parent) else ".", os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)  # closing releases the lock


def update_round(path: Path, change) -> dict:
    """Reads the round file afresh, applies `change(round_data)` and writes it back
    atomically, under a lock. Returns the round as written; if `change` raises, the file
    is left as it was."""
    with _locked(path):
        data = load_round(path)
        change(data)
        write_atomic(path, dumps(data), force=True)
    return data

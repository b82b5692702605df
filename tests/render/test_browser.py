"""The HTML report in a real browser: headless Chromium (Debian's `chromium` package).

One report is rendered, then Chromium opens it twice at once: once for a screenshot
(the PNG, decoded with Pillow, must not be blank: many distinct colours) and once to dump
the DOM after a small script, added to a copy of the page, has written the size of every
chart and table into it. The report itself has no script; its Content-Security-Policy
would refuse one, so the copy leaves that line out. Skipped, with the reason, where
Chromium is not installed (CI installs it: see .ci/run).
"""

from __future__ import annotations

import copy
import io
import json
import re
import shutil
import subprocess

import pytest
from conftest import REPO

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--window-size=1200,2000"]
MEASURE = """<script>
window.addEventListener("load", () => {
  const sizes = {};
  for (const el of document.querySelectorAll("figure.chart svg, .table-wrap table")) {
    const box = el.getBoundingClientRect();
    const key = el.closest("figure, .table-wrap").id;
    sizes[key] = [Math.round(box.width), Math.round(box.height)];
  }
  const out = document.createElement("pre");
  out.id = "sizes";
  out.textContent = JSON.stringify(sizes);
  document.body.appendChild(out);
});
</script>"""


def png_colours(data: bytes) -> int:
    """Distinct colours in a PNG (Pillow comes with matplotlib)."""
    from PIL import Image

    image = Image.open(io.BytesIO(data)).convert("RGB")
    colours = image.getcolors(maxcolors=image.width * image.height)
    return len(colours)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from sipcheck.compare.comparison import attach_guidance, compare_rounds
    from sipcheck.render.compare_html import compare_html
    from sipcheck.rounds import load_round

    rounds = [load_round(REPO / "examples" / "rounds" / name)
              for name in ("2024-02.json", "2024-09.json")]
    # A third round re-reviews September's plans, so the report has matched plans too.
    again = copy.deepcopy(rounds[1])
    again["round"]["name"] = "2024-12"
    for plan in again["plans"][:3]:
        plan["criteria"][0]["level"] = "delvis"
    rounds.append(again)
    comparison = compare_rounds(rounds, by_unit=True)
    attach_guidance(comparison, rounds)
    folder = tmp_path_factory.mktemp("browser")
    page = folder / "rapport.html"
    page.write_text(compare_html(comparison, "sv"), "utf-8")
    measured = folder / "measured.html"
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "",
                  page.read_text("utf-8"))
    measured.write_text(text.replace("</body>", MEASURE + "\n</body>"), "utf-8")
    return folder, page, measured


@pytest.fixture(scope="module")
def browsed(report):
    folder, page, measured = report
    shot = folder / "shot.png"
    screenshot = subprocess.Popen(
        [CHROMIUM, *FLAGS, f"--user-data-dir={folder / 'profile-1'}", f"--screenshot={shot}",
         page.as_uri()], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    dump = subprocess.Popen(
        [CHROMIUM, *FLAGS, f"--user-data-dir={folder / 'profile-2'}",
         "--virtual-time-budget=3000", "--dump-dom", measured.as_uri()],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        dom, dump_err = dump.communicate(timeout=60)
        _, shot_err = screenshot.communicate(timeout=60)
    finally:
        for process in (dump, screenshot):
            if process.poll() is None:
                process.kill()
                process.wait()
    assert shot.exists(), shot_err.decode(errors="replace")[-2000:]
    return shot.read_bytes(), dom.decode("utf-8"), dump_err.decode(errors="replace")


def test_screenshot_is_not_blank(browsed):
    shot, _, _ = browsed
    assert png_colours(shot) > 50


def test_charts_and_tables_have_size(browsed):
    _, dom, errors = browsed
    found = re.search(r'<pre id="sizes">(.*?)</pre>', dom)
    assert found, errors[-2000:]
    sizes = json.loads(found.group(1))
    for key in ("chart-criteria", "chart-units", "table-overall", "table-criteria",
                "table-levels", "table-matched", "table-units"):
        width, height = sizes[key]
        assert width > 200 and height > 100, (key, width, height)
    criteria_width, criteria_height = sizes["chart-criteria"]
    assert criteria_height > criteria_width  # twelve criteria, bars across: a tall chart


MEASURE_ALL = MEASURE.replace('"figure.chart svg, .table-wrap table"',
                              '"figure.chart svg, .table-wrap table, section[id], h2[id]"') \
    .replace('el.closest("figure, .table-wrap").id', '(el.closest("figure, .table-wrap") || el).id')


def _dump(folder, page) -> dict:
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "",
                  page.read_text("utf-8"))
    measured = folder / f"measured-{page.name}"
    measured.write_text(text.replace("</body>", MEASURE_ALL + "\n</body>"), "utf-8")
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={folder / page.stem}",
                           "--virtual-time-budget=3000", "--dump-dom", measured.as_uri()],
                          capture_output=True, timeout=60)
    found = re.search(r'<pre id="sizes">(.*?)</pre>', done.stdout.decode("utf-8"))
    assert found, done.stderr.decode(errors="replace")[-2000:]
    return json.loads(found.group(1))


def test_the_agreement_and_feedback_pages_lay_out_in_a_browser(tmp_path):
    """The expert reports of issue 5, from the example round two experts judged."""
    from sipcheck.experts.agreement import agreement
    from sipcheck.experts.feedback import feedback
    from sipcheck.render.agreement_html import agreement_html
    from sipcheck.render.feedback_html import feedback_html
    from sipcheck.rounds import load_round

    round_data = load_round(REPO / "examples" / "rounds" / "2024-02.json")
    pages = {"agreement.html": agreement_html(agreement(round_data), "sv"),
             "feedback.html": feedback_html(feedback(round_data, "arboga/sip-01"))}
    for name, html in pages.items():
        (tmp_path / name).write_text(html, "utf-8")
    sizes = _dump(tmp_path, tmp_path / "agreement.html")
    tables = [size for key, size in sizes.items() if key.startswith("table-")]
    assert len(tables) >= 2 and all(w > 200 and h > 50 for w, h in tables), sizes
    assert sizes["disagreements"][0] > 200
    sizes = _dump(tmp_path, tmp_path / "feedback.html")
    sections = [size for key, size in sizes.items() if key.startswith("criterion-")]
    assert len(sections) == 12 and all(w > 200 and h > 40 for w, h in sections), sizes

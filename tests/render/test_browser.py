"""The HTML report in a real browser: headless Chromium (Debian's `chromium` package).

One report is rendered, then Chromium opens it at once in four ways: for a screenshot
(the PNG, decoded with Pillow, must not be blank: many distinct colours); to dump the
DOM at 1280 px (a laptop) and at 390 px (a phone) after a small script, added to a copy
of the page, has written into it the size of every chart and table, how wide each
table is against the text column, and how many pixels a point of each visible chart is;
and to print it to PDF on A4. The report itself has no script; its
Content-Security-Policy would refuse one, so the copy leaves that line out. Skipped, with
the reason, where Chromium is not installed (CI installs it: see .ci/run).
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
         "--hide-scrollbars"]
LAPTOP, PHONE = "--window-size=1280,2000", "--window-size=390,2000"
MEASURE = """<script>
window.addEventListener("load", () => {
  const sizes = {}, fits = {}, scale = {};
  for (const el of document.querySelectorAll("figure.chart svg, .table-wrap table")) {
    const box = el.getBoundingClientRect();
    const key = el.closest("figure, .table-wrap").id;
    if (box.width > 0) sizes[key] = [Math.round(box.width), Math.round(box.height)];
    if (el.tagName === "TABLE") {
      fits[key] = [Math.round(box.width), document.querySelector("main").clientWidth];
    } else if (el.tagName === "svg" && box.width > 0) {  // the chart shown; the other is hidden
      scale[key] = box.width / el.viewBox.baseVal.width;  // px per point of the chart
    }
  }
  const out = document.createElement("pre");
  out.id = "sizes";
  out.textContent = JSON.stringify({sizes, fits, scale});
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
    shot, printed = folder / "shot.png", folder / "printed.pdf"
    runs = {
        "shot": [LAPTOP, f"--screenshot={shot}", page.as_uri()],
        "laptop": [LAPTOP, "--virtual-time-budget=3000", "--dump-dom", measured.as_uri()],
        "phone": [PHONE, "--virtual-time-budget=3000", "--dump-dom", measured.as_uri()],
        "print": ["--no-pdf-header-footer", f"--print-to-pdf={printed}", page.as_uri()]}
    processes = {name: subprocess.Popen(
        [CHROMIUM, *FLAGS, f"--user-data-dir={folder / ('profile-' + name)}", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE) for name, args in runs.items()}
    done = {}
    try:
        for name, process in processes.items():
            done[name] = process.communicate(timeout=60)
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.kill()
                process.wait()
    assert shot.exists(), done["shot"][1].decode(errors="replace")[-2000:]
    measured_at = {}
    for name in ("laptop", "phone"):
        found = re.search(r'<pre id="sizes">(.*?)</pre>', done[name][0].decode("utf-8"))
        assert found, done[name][1].decode(errors="replace")[-2000:]
        measured_at[name] = json.loads(found.group(1))
    return shot.read_bytes(), measured_at, printed


def test_screenshot_is_not_blank(browsed):
    shot, _, _ = browsed
    assert png_colours(shot) > 50


def test_charts_and_tables_have_size(browsed):
    sizes = browsed[1]["laptop"]["sizes"]
    for key in ("chart-criteria", "chart-units", "table-overall", "table-criteria",
                "table-levels", "table-matched", "table-units"):
        width, height = sizes[key]
        assert width > 200 and height > 100, (key, width, height)
    criteria_width, criteria_height = sizes["chart-criteria"]
    assert criteria_height > criteria_width  # twelve criteria, bars across: a tall chart


def test_every_table_fits_the_text_column_at_1280_px(browsed):
    """Three rounds, every table: none wider than the text, so no column (the p-values
    last) is cut off or hidden behind a scroll bar on a laptop."""
    fits = browsed[1]["laptop"]["fits"]
    assert len(fits) >= 7
    too_wide = {key: (table, room) for key, (table, room) in fits.items() if table > room}
    assert not too_wide


@pytest.mark.parametrize("screen", ["laptop", "phone"])
def test_chart_text_is_at_least_11_px_on_a_laptop_and_a_phone(browsed, screen):
    """The smallest text in a chart (the values and round names) at the size the chart
    is shown: the page's own small print is about 12 px."""
    from sipcheck.render.compare_charts import SMALLEST_PT

    scale = browsed[1][screen]["scale"]
    assert set(scale) == {"chart-criteria", "chart-units"}
    for key, pixels_per_point in scale.items():
        assert SMALLEST_PT * pixels_per_point >= 11, (screen, key, pixels_per_point)


def test_printed_on_a4_every_table_stays_inside_the_page(browsed, report):
    """Printed (A4, the page's print CSS), nothing runs past the right margin: the
    p-value column, the last, is on the paper."""
    import pdfplumber

    printed = browsed[2]
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) >= 3
        for page in pdf.pages:
            assert abs(page.width - 595) < 2  # A4
            right = max((char["x1"] for char in page.chars), default=0)
            assert right <= page.width - 30, (page.page_number, right)
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert text.count("(utforskande)") >= 5  # every share table, to its last column
    assert "(McNemar)" in text and "(Fisher)" in text


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
    return json.loads(found.group(1))["sizes"]


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

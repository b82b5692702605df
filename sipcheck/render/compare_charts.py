"""Charts for comparison and trend reports, drawn with matplotlib (Agg, no screen needed).

matplotlib is imported inside the functions, so `sipcheck --help` and every command that
draws nothing stay fast. Each function returns a `Chart`: SVG text for the self-contained
HTML report (vector, sharp on a phone and in print) or PNG bytes for Word and `--format
png`. Round names are on the axes, so no colour has to be decoded; the colours (one hue,
light to dark, oldest to latest) only repeat it. Output is deterministic: the same rounds
give byte-identical SVG.
"""

from __future__ import annotations

import io
import re
import textwrap
from dataclasses import dataclass

from sipcheck.render import compare_sentences as sentences
from sipcheck.text.numbers import percent, share_count
from sipcheck.text.words import COMPARE, words

ROW = 0.24  # inches per bar row
WIDTH = 6.2  # inches: the text width of an A4 page, and of the HTML report on a screen
# The HTML report also carries each chart drawn this narrow, for phones: at 390 px the
# page is about 366 px wide, so a point of the chart is 1.4 px and its smallest text
# (SMALLEST_PT) 11 px, as legible as the page's own small print.
PHONE_WIDTH = 3.6
SMALLEST_PT = 8
TEXT = "#1f2933"
GRID = "#d9dee3"


@dataclass
class Chart:
    data: str | bytes
    format: str
    width: float  # inches
    height: float
    title: str


def _figure(width: float, height: float):
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout=None)


_RC = {"svg.hashsalt": "sipcheck", "svg.fonttype": "path", "font.family": "DejaVu Sans",
       "font.size": 9, "axes.edgecolor": "#8a949e", "text.color": TEXT,
       "axes.labelcolor": TEXT, "xtick.color": TEXT, "ytick.color": TEXT}


def _save(figure, fmt: str, title: str) -> Chart:
    from matplotlib import rc_context

    buffer = io.BytesIO()
    with rc_context(_RC):
        if fmt == "svg":
            figure.savefig(buffer, format="svg", metadata={"Date": None})
        else:
            figure.savefig(buffer, format="png", dpi=200, metadata={"Software": None})
    width, height = figure.get_size_inches()
    data: str | bytes = buffer.getvalue()
    if fmt == "svg":
        data = _responsive(data.decode("utf-8"))
    return Chart(data, fmt, float(width), float(height), title)


def _responsive(svg: str) -> str:
    """Drops the XML prologue, the metadata and the fixed size, so the SVG scales to its
    container."""
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.S)
    head, rest = svg.split(">", 1)
    head = re.sub(r'\s(width|height)="[^"]*"', "", head)
    return head + ' preserveAspectRatio="xMinYMin meet">' + rest


def round_colors(count: int) -> list[str]:
    """One blue from light (oldest) to dark (latest)."""
    light, dark = (158, 202, 225), (8, 81, 156)
    out = []
    for index in range(count):
        t = index / (count - 1) if count > 1 else 1.0
        red, green, blue = (round(a + (b - a) * t) for a, b in zip(light, dark, strict=True))
        out.append(f"#{red:02x}{green:02x}{blue:02x}")
    return out


def _grouped(groups: list[tuple[str, list[tuple[str, float | None, list | None, str]]]],
             title: str, xlabel: str, fmt: str, colors: list[str],
             width: float = WIDTH) -> Chart:
    """Horizontal bars in groups: a bold heading per group, then one bar per round with the
    round's name on the axis, its interval as a whisker and its value as text. The round
    names and the values beside the bars get the room they need in inches, so a narrow
    chart narrows only its bars."""
    rows = sum(len(bars) + 1.4 for _, bars in groups)
    height = 0.9 + rows * ROW
    left, right = min(0.93, 0.6 * width / PHONE_WIDTH), min(1.3, 1.1 * width / PHONE_WIDTH)
    with _rc():
        figure = _figure(width, height)
        axes = figure.add_axes((left / width, 0.55 / height, 1 - (left + right) / width,
                                1 - 0.9 / height))
        y, ticks, labels = 0.0, [], []
        for heading, bars in groups:
            axes.text(0, y, heading, fontweight="bold", va="center", ha="left", fontsize=9)
            y += 1
            for index, (label, value, interval, text) in enumerate(bars):
                ticks.append(y)
                labels.append(label)
                if value is not None:
                    axes.barh(y, value, height=0.72, color=colors[index % len(colors)],
                              edgecolor="none")
                    end = value
                    if interval:
                        low, high = 100 * interval[0], 100 * interval[1]
                        axes.errorbar(value, y, xerr=[[value - low], [high - value]],
                                      fmt="none", ecolor=TEXT, elinewidth=0.8, capsize=2.5)
                        end = high
                    axes.text(end + 1.5, y, text, va="center", ha="left",
                              fontsize=SMALLEST_PT, clip_on=False)
                else:
                    axes.text(1, y, text, va="center", ha="left", fontsize=SMALLEST_PT)
                y += 1
            y += 0.4
        axes.set_yticks(ticks, labels, fontsize=SMALLEST_PT)
        axes.set_ylim(y - 0.6, -0.8)
        axes.set_xlim(0, 100)
        axes.set_xticks(range(0, 101, 20))
        axes.set_xlabel(xlabel)
        axes.set_title(title, loc="left", fontweight="bold", fontsize=10, pad=10)
        axes.xaxis.grid(True, color=GRID, linewidth=0.6)
        axes.set_axisbelow(True)
        axes.tick_params(axis="y", length=0)
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        return _save(figure, fmt, title)


class _rc:
    """matplotlib's settings for one chart, without touching the global ones."""

    def __enter__(self):
        from matplotlib import rc_context

        self.context = rc_context(_RC)
        self.context.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.context.__exit__(*exc)


def criteria_chart(comparison: dict, lang: str = "sv", fmt: str = "svg",
                   width: float = WIDTH) -> Chart:
    """Share fulfilled per criterion, one bar per round, with Wilson intervals."""
    w = words(COMPARE, lang)
    titles = {c["id"]: c for c in comparison["criteria"]}
    groups = []
    for result in comparison["overall"]["criteria"]:
        bars = [(info["label"], None if e["share"] is None else 100 * e["share"], e["ci"],
                 share_count(e, lang))
                for info, e in zip(comparison["rounds"], result["rounds"], strict=True)]
        groups.append((sentences.criterion_label(titles[result["id"]], lang), bars))
    return _grouped(groups, w["chart_criteria"], f"{w['axis_share']}, {w['interval']}", fmt,
                    round_colors(len(comparison["rounds"])), width)


def units_chart(comparison: dict, lang: str = "sv", fmt: str = "svg",
                width: float = WIDTH) -> Chart:
    """Mean score per unit, one bar per round."""
    w = words(COMPARE, lang)
    groups = []
    for unit in comparison["units"]:
        bars = [(info["label"], e["mean_percent"], None,
                 f"{percent(e['mean_percent'], lang, 1)} ({w['n_plans'].format(n=e['plans'])})"
                 if e["mean_percent"] is not None else "–")
                for info, e in zip(comparison["rounds"], unit["rounds"], strict=True)]
        groups.append((sentences.unit_name(unit, lang), bars))
    return _grouped(groups, w["chart_units"], w["axis_mean"], fmt,
                    round_colors(len(comparison["rounds"])), width)


def trend_chart(trend: dict, lang: str = "sv", fmt: str = "svg",
                width: float = WIDTH) -> Chart:
    """One small line chart per criterion (and one for all statutory criteria): the share
    fulfilled per round, with its Wilson interval as a band; three across, or one under
    the other in a chart for a phone."""
    w = words(COMPARE, lang)
    labels = [info["label"] for info in trend["rounds"]]
    titles = {c["id"]: c for c in trend["criteria"]}
    panels = [(w["statutory"], [e["statutory_share"] for e in trend["overall"]["rounds"]],
               [e["statutory_ci"] for e in trend["overall"]["rounds"]])]
    for result in trend["overall"]["criteria"]:
        panels.append((sentences.criterion_label(titles[result["id"]], lang),
                       [e["share"] for e in result["rounds"]], [e["ci"] for e in result["rounds"]]))
    columns = 3 if width >= WIDTH else 1
    rows = -(-len(panels) // columns)
    rotate = len(labels) > 3 or max(len(label) for label in labels) > 8
    height = 0.95 + rows * (2.25 if rotate else 1.95) + (0.15 if columns == 1 else 0)
    with _rc():
        figure = _figure(width, height)
        figure.subplots_adjust(left=0.5 / width, right=1 - 0.12 / width, top=1 - 0.8 / height,
                               bottom=((0.75 if rotate else 0.45)
                                       + (0.15 if columns == 1 else 0)) / height,
                               hspace=0.95 if rotate else 0.75, wspace=0.3)
        figure.suptitle(w["chart_trend"], x=0.02, y=1 - 0.2 / height, ha="left", va="top",
                        fontweight="bold", fontsize=10)
        xs = list(range(len(labels)))
        for index, (title, shares, intervals) in enumerate(panels):
            axes = figure.add_subplot(rows, columns, index + 1)
            points = [(x, 100 * s) for x, s in zip(xs, shares, strict=True) if s is not None]
            band = [(x, 100 * c[0], 100 * c[1]) for x, c in zip(xs, intervals, strict=True) if c]
            if band:
                axes.fill_between([b[0] for b in band], [b[1] for b in band],
                                  [b[2] for b in band], color="#9ecae1", alpha=0.45,
                                  linewidth=0)
            if points:
                axes.plot([p[0] for p in points], [p[1] for p in points], color="#08519c",
                          marker="o", markersize=3.5, linewidth=1.6)
            axes.set_title("\n".join(textwrap.wrap(title, 28)[:2]), fontsize=SMALLEST_PT,
                           loc="left")
            axes.set_ylim(0, 100)
            axes.set_yticks([0, 50, 100], ["0", "50", "100"], fontsize=SMALLEST_PT)
            axes.set_xlim(-0.3, len(labels) - 0.7)
            axes.set_xticks(xs, labels, fontsize=SMALLEST_PT, rotation=45 if rotate else 0,
                            ha="right" if rotate else "center")
            axes.yaxis.grid(True, color=GRID, linewidth=0.6)
            axes.set_axisbelow(True)
            for side in ("top", "right"):
                axes.spines[side].set_visible(False)
            if index % columns == 0:
                axes.set_ylabel("%", fontsize=SMALLEST_PT)
        legend = "\n".join(textwrap.wrap(w["trend_legend"], 110 if columns > 1 else 60))
        figure.text(0.02, 0.1 / height, legend, fontsize=SMALLEST_PT, ha="left")
        return _save(figure, fmt, w["chart_trend"])


def trend_png(trend: dict, lang: str = "sv") -> bytes:
    """The trend chart as a PNG file's bytes (`sipcheck trend --format png`)."""
    return trend_chart(trend, lang, "png").data

"""Charts for the monthly page: matplotlib (Agg) → PNG, embedded as base64 so the page stays one file.

Chinese labels need a CJK font. ``cjk_font()`` asks matplotlib's font manager for the first of
Noto Sans CJK SC / Noto Serif CJK SC / Source Han Sans SC / WenQuanYi Zen Hei / SimHei / Microsoft
YaHei that is installed (Debian: ``apt install fonts-noto-cjk`` or ``fonts-wqy-zenhei``). Without
one the charts are still drawn — Chinese glyphs then show as boxes — and the page says so; every
figure is also in the tables beside it.
"""

from __future__ import annotations

import base64
import io
import re
import warnings
from functools import lru_cache

CJK_CANDIDATES = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Serif CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                  "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC")
#: File names of the fonts in CJK_CANDIDATES (Debian: fonts-noto-cjk, fonts-wqy-zenhei; Windows: simhei, msyh).
CJK_FILE_RE = re.compile(r"(?i)(notosans|notoserif|sourcehan).*cjk|cjk.*(sans|serif)|wqy|simhei|msyh|pingfang|sourcehan")
PALETTE = ("#2f5597", "#c0504d", "#e0a526", "#7f7f7f", "#4e9a6a", "#8064a2", "#4bacc6", "#f79646")
DECISION_COLORS = {"approve": "#4e9a6a", "return": "#c0504d", "escalate": "#e0a526", "error": "#7f7f7f"}


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The family name of an installed CJK font matplotlib can use, or None.

    matplotlib caches its font list on first use; a CJK font installed after that (apt install
    fonts-noto-cjk on a machine where matplotlib already ran) is not in the cache. So when none is
    found, the system's font files are scanned again and every CJK one found is added to the font
    manager for this process — no stale cache can hide an installed font.
    """
    from matplotlib import font_manager

    def first() -> str | None:
        names = {f.name for f in font_manager.fontManager.ttflist}
        return next((c for c in CJK_CANDIDATES if c in names), None)

    found = first()
    if found is None:
        for path in font_manager.findSystemFonts():
            if CJK_FILE_RE.search(path.rsplit("/", 1)[-1]):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue  # an unreadable font file: skip it, as matplotlib's own scan does
        found = first()
    return found


def _plt():
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    font = cjk_font()
    plt.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": ([font] if font else []) + ["DejaVu Sans"],
        "axes.unicode_minus": False,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "font.size": 9,
        "svg.fonttype": "path",
        # labels are data (科室 names, titles): a 科室 written 科$^^$ is text, never matplotlib's math notation
        "text.parse_math": False,
    })
    return plt


def _png(fig) -> str:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # missing-glyph warnings when no CJK font: the page says so
        fig.savefig(buf, format="png", dpi=140, bbox_inches="tight")  # sharp enough for A4 print
    import matplotlib.pyplot as plt

    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


COUNT_UNITS = ("件", "处", "次")


def _whole(axis) -> None:
    """Ticks at whole numbers only: a count of documents has no 2.5."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def stacked_by_section(sections, labels: dict[str, str]) -> str:
    """Documents per drafting section, stacked by decision (horizontal bars)."""
    plt = _plt()
    names = [s.department for s in sections][::-1]
    fig, ax = plt.subplots(figsize=(6.2, 0.42 * max(len(names), 3) + 0.9))
    left = [0] * len(names)
    for key, attr in (("approve", "approve"), ("return", "returned"), ("escalate", "escalate"), ("error", "errors")):
        vals = [getattr(s, attr) for s in sections][::-1]
        ax.barh(names, vals, left=left, color=DECISION_COLORS[key], label=labels[key])
        left = [a + b for a, b in zip(left, vals)]
    for y, total in enumerate(left):
        ax.text(total, y, f" {total}", va="center", fontsize=8)
    ax.set_xlabel("件")
    _whole(ax.xaxis)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    ax.set_title("各科室送审公文及审查结论")
    return _png(fig)


def attribute_pie(by_attribute) -> str:
    """公开属性 shares (donut)."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.2, 3.4))  # as wide as the bar charts beside it: same text scale
    vals = [n for _, n in by_attribute]
    names = [k for k, _ in by_attribute]
    if sum(vals) == 0:
        ax.text(0.5, 0.5, "本月无数据", ha="center", va="center")
        ax.axis("off")
        return _png(fig)
    ax.pie(vals, labels=[f"{k}\n{v}件" for k, v in zip(names, vals)], colors=PALETTE[: len(vals)], startangle=90,
           counterclock=False, autopct="%1.0f%%", pctdistance=0.78, wedgeprops={"width": 0.42}, textprops={"fontsize": 8})
    ax.set_title("公开属性构成", pad=16)  # clear of the top wedge label
    ax.axis("equal")
    return _png(fig)


def bars(items, title: str, xlabel: str = "件", color: str = PALETTE[1], fmt: str = "{:g}") -> str:
    """Horizontal bars of (label, value), largest on top."""
    plt = _plt()
    items = list(items)[:12][::-1]
    fig, ax = plt.subplots(figsize=(6.2, 0.38 * max(len(items), 3) + 0.9))
    if not items:
        ax.text(0.5, 0.5, "本月无数据", ha="center", va="center", transform=ax.transAxes)
        ax.axis("off")
    else:
        ax.barh([k for k, _ in items], [v for _, v in items], color=color)
        for y, (_, v) in enumerate(items):
            ax.text(v, y, " " + fmt.format(v), va="center", fontsize=8)
        ax.set_xlabel(xlabel)
        if xlabel in COUNT_UNITS:
            _whole(ax.xaxis)
    ax.set_title(title)
    return _png(fig)


def trend(points, month_label) -> str:
    """Documents per month (bars) with the first-pass rate (line, right axis)."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.2, 3.0))
    xs = [month_label(p) for p in points]
    ax.bar(xs, [p.documents for p in points], color=PALETTE[0], label="送审公文（件）")
    ax.bar(xs, [p.returned for p in points], color=PALETTE[1], width=0.4, label="退回（件）")
    ax.set_ylabel("件")
    _whole(ax.yaxis)
    ax2 = ax.twinx()
    rates = [None if p.first_pass_rate is None else 100 * p.first_pass_rate for p in points]
    ax2.plot(xs, [r if r is not None else float("nan") for r in rates], color=PALETTE[2], marker="o", label="一次通过率（%）")
    ax2.set_ylim(0, 105)
    ax2.set_ylabel("%")
    ax2.spines["top"].set_visible(False)
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, loc="upper left", fontsize=8, frameon=False, ncol=3, bbox_to_anchor=(0, -0.12))
    ax.set_title("近六个月趋势")
    return _png(fig)


def scores(section_scores, total: float) -> str:
    """Assessment score per section against the points available."""
    plt = _plt()
    rows = [(s.department, s.score) for s in section_scores if s.score is not None][::-1]
    fig, ax = plt.subplots(figsize=(6.2, 0.42 * max(len(rows), 3) + 0.9))
    if rows:
        ax.barh([k for k, _ in rows], [total] * len(rows), color="#e6e9ef")
        ax.barh([k for k, _ in rows], [v for _, v in rows], color=PALETTE[4], height=0.55)
        for y, (_, v) in enumerate(rows):
            ax.text(v, y, f" {v:.2f}", va="center", fontsize=8)
        ax.set_xlim(0, total * 1.08)
        ax.set_xlabel(f"得分（满分{total:g}分）")
    else:
        ax.text(0.5, 0.5, "本月无数据", ha="center", va="center", transform=ax.transAxes)
        ax.axis("off")
    ax.set_title("各科室政务公开考核得分")
    return _png(fig)

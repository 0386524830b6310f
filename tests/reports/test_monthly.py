"""The monthly workbook and page: the same figures as the statistics, laid out; charts inline."""

from __future__ import annotations

import datetime as dt

import lxml.html
import openpyxl
import pytest

from reports import charts
from reports.monthly import render_page, write_monthly
from reports.stats import compute_monthly
from reports.synthetic import generate

GEN = dt.datetime(2026, 12, 1, 7, 0)


@pytest.fixture(scope="module")
def stats():
    return compute_monthly(generate(2500, 2026, 11, months=6, seed=11), 2026, 11)


@pytest.fixture(scope="module")
def written(stats, tmp_path_factory):
    return write_monthly(stats, tmp_path_factory.mktemp("m"), generated=GEN)


def test_files_named_by_month(written):
    assert [p.name for p in written] == ["政务公开审查月报-2026-11.xlsx", "政务公开审查月报-2026-11.html"]


def test_workbook_sheets_and_cells(written, stats):
    wb = openpyxl.load_workbook(written[0])
    assert wb.sheetnames == ["概览", "按科室", "公开属性", "退文原因", "个人信息与保密", "审核纠正", "趋势", "考核评分", "评分细则", "明细"]
    overview = {r[0].value: r[1].value for r in wb["概览"].iter_rows(min_row=4)}
    t = stats.total
    assert overview["送审公文（件，不含重复提交）"] == t.documents
    assert overview["一次通过率"] == pytest.approx(t.first_pass_rate)
    assert overview["退回"] == t.returned and overview["需报审"] == t.escalate
    sections = list(wb["按科室"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[3]) for r in sections] == [(s.department, s.documents, s.returned) for s in stats.sections]
    assert wb["按科室"].auto_filter.ref.startswith("A1:N")
    reasons = list(wb["退文原因"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[2]) for r in reasons] == list(stats.returns_by_reason)
    fp = {r[1]: r[6] for r in wb["审核纠正"].iter_rows(min_row=2, values_only=True)}
    assert fp == {r.code: pytest.approx(r.false_positive_rate) if r.false_positive_rate is not None else None
                  for r in stats.rule_reviews}
    trend = [r[0] for r in wb["趋势"].iter_rows(min_row=2, values_only=True)]
    assert trend == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
    scores = {r[0]: r[1] for r in wb["考核评分"].iter_rows(min_row=4, values_only=True)}
    assert scores == {s.department: s.score for s in stats.scores}
    assert wb["明细"].max_row == t.documents + 1


def test_page_kpis_tables_and_inline_charts(written, stats):
    text = written[1].read_text(encoding="utf-8")
    page = lxml.html.fromstring(text)
    kpis = {k.find_class("l")[0].text_content(): k.find_class("v")[0].text_content() for k in page.find_class("kpi")}
    assert kpis["送审公文"] == f"{stats.total.documents} 件"
    assert kpis["一次通过率"] == f"{100 * stats.total.first_pass_rate:.1f}%"
    imgs = page.xpath("//img")
    assert len(imgs) == 6 and all(i.get("src").startswith("data:image/png;base64,") for i in imgs)
    assert [i.get("alt") for i in imgs][0] == "图1 各科室送审公文及审查结论"
    assert "http://" not in text and "https://" not in text and not page.xpath("//script | //link")
    first_table = page.xpath("//table")[0]
    depts = [tr.findall("td")[0].text_content() for tr in first_table.findall("tr")[1:]]
    assert depts == [s.department for s in stats.sections]
    assert "2026年11月" in page.findtext(".//h1")


@pytest.mark.cjk_font
def test_chinese_font_found_or_page_warns(stats, monkeypatch):
    assert charts.cjk_font() is not None  # fonts-noto-cjk / fonts-wqy-zenhei are installed here
    charts.cjk_font.cache_clear()
    monkeypatch.setattr(charts, "CJK_CANDIDATES", ("No Such Font",))
    try:
        page = render_page(stats, generated=GEN)
    finally:
        charts.cjk_font.cache_clear()
    assert "未找到中文字体" in page and page.count("data:image/png;base64,") == 6


def test_empty_month_renders(tmp_path):
    paths = write_monthly(compute_monthly([], 2026, 11), tmp_path, generated=GEN)
    page = lxml.html.fromstring(paths[1].read_text(encoding="utf-8"))
    assert "本月无" in page.text_content()


def test_page_scores_breakdown_matches_rubric(stats):
    page = lxml.html.fromstring(render_page(stats, generated=GEN))
    h3 = next(h for h in page.iter("h3") if h.text_content().startswith("各科室得分明细"))
    table = h3.getnext()
    header = [th.text_content() for th in table.findall("tr")[0].findall("th")]
    assert header == ["承办科室", "得分", *[i.name for i in stats.rubric.items]]
    first = [td.text_content() for td in table.findall("tr")[1].findall("td")]
    s = stats.scores[0]
    assert first[0] == s.department and first[1] == f"{s.score:g}"
    assert first[2] == f"{s.parts[0][2]:.2f}（{100 * s.parts[0][1]:.0f}%）"


def test_cjk_font_found_when_installed_after_matplotlibs_cache(monkeypatch):
    """A font cache built before fonts-noto-cjk was installed must not make the charts draw boxes."""
    from matplotlib import font_manager

    from reports import charts

    files = [p for p in font_manager.findSystemFonts() if charts.CJK_FILE_RE.search(p.rsplit("/", 1)[-1])]
    if not files:
        pytest.skip("no CJK font file on this machine (apt install fonts-noto-cjk)")
    stale = [f for f in font_manager.fontManager.ttflist if f.name not in charts.CJK_CANDIDATES]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", stale)
    charts.cjk_font.cache_clear()
    try:
        assert charts.cjk_font() in charts.CJK_CANDIDATES
    finally:
        charts.cjk_font.cache_clear()


def test_durations_counts_and_scores_as_a_clerk_reads_them():
    from reports.monthly import duration_zh

    assert duration_zh(4.2) == "4.2 秒" and duration_zh(42) == "42 秒"
    assert duration_zh(300) == "5.0 分钟" and duration_zh(1500) == "25 分钟" and duration_zh(3 * 3600) == "3.0 小时"
    assert duration_zh(None) == "—"


def test_count_axes_tick_whole_numbers():
    plt = charts._plt()
    fig, ax = plt.subplots()
    ax.barh(["甲", "乙"], [1, 3])
    charts._whole(ax.xaxis)
    fig.canvas.draw()
    ticks = [t for t in ax.get_xticks() if 0 <= t <= 3]
    plt.close(fig)
    assert ticks and all(float(t).is_integer() for t in ticks)

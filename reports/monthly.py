"""The monthly statistics: an xlsx workbook and a self-contained HTML page with charts.

``write_monthly(stats, out_dir)`` writes ``政务公开审查月报-2026-11.xlsx`` and ``….html`` and returns
both paths. The figures come from ``stats.compute_monthly``; this module only lays them out, in
Chinese, with the same numbers in the tables as in the charts (charts are for looking, tables for
citing in the 考核 材料).
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from string import Template

from classifiers.masking import mask_text

from . import charts
from . import labels as L
from .flag import template
from .stats import NO_DEPARTMENT, MonthlyStats
from .xlsx import PERCENT, add_table, new_workbook, save

STEM = "政务公开审查月报-{year:04d}-{month:02d}"


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{100 * v:.1f}%"


def _num(v) -> str:
    return "—" if v is None else f"{v:g}"


def duration_zh(seconds: float | None) -> str:
    """A median duration as a clerk reads it: "45 秒", "12 分钟", "3.5 小时" — never "0 分钟"."""
    if seconds is None:
        return "—"
    if seconds < 60:
        return f"{seconds:.0f} 秒" if seconds >= 10 else f"{seconds:.1f} 秒"
    minutes = seconds / 60
    if minutes < 120:
        return f"{minutes:.0f} 分钟" if minutes >= 10 else f"{minutes:.1f} 分钟"
    return f"{minutes / 60:.1f} 小时"


def _score(sc) -> str:
    if sc.score is not None:
        return _num(sc.score)
    return "不评分" if sc.department == NO_DEPARTMENT else "样本不足"


def _e(s) -> str:
    """Escaped and masked: every string the page shows passes here."""
    return escape(mask_text("" if s is None else str(s)))


def month_label(p) -> str:
    return f"{p.year}年{p.month}月" if p.month == 1 else f"{p.month}月"


# -- the workbook ----------------------------------------------------------------------------------

def write_workbook(st: MonthlyStats, path: Path, *, bureau: str = L.BUREAU) -> Path:
    """One sheet per table: 概览, 按科室, 公开属性, 退文原因, 个人信息与保密, 审核纠正, 趋势, 考核评分, 明细."""
    wb = new_workbook()
    t = st.total
    title = f"{bureau}政务公开审查月报（{L.month_zh(st.year, st.month)}）"
    add_table(wb, "概览", ("指标", "数值"), [
        ("送审公文（件，不含重复提交）", t.documents),
        ("重复提交（件）", st.duplicates),
        ("待审批（通过）", t.approve), ("退回", t.returned), ("需报审", t.escalate), ("无法审查", t.errors),
        ("主动公开占比", t.proactive_share),
        ("首次提交（件）", t.first_submissions), ("一次通过（件）", t.first_pass), ("一次通过率", t.first_pass_rate),
        ("发现个人信息（处）", sum(n for _, n, _ in st.personal_data)),
        ("发现密级/涉密/商业秘密（处）", sum(n for _, n, _ in st.secrecy)),
        ("发现隐藏内容（处）", sum(n for _, n, _ in st.hidden)),
        ("送审至审查结论 中位数（秒）", st.median_to_decision_s),
        ("送审至审核意见 中位数（小时）", st.median_to_review_h),
        ("已审核公文（件）", st.reviewed_documents),
        ("审核与审查结论不一致（件）", sum(n for _, n in st.overrides)),
    ], caption=title, formats={})
    ws = wb["概览"]
    for row in ws.iter_rows(min_row=4):
        if row[0].value in ("主动公开占比", "一次通过率") and row[1].value is not None:
            row[1].number_format = PERCENT
    add_table(wb, "按科室", ("承办科室", "送审", "待审批", "退回", "需报审", "无法审查", "主动公开占比", "首次提交", "一次通过",
                           "一次通过率", "标注问题", "个人信息/商业秘密", "密级/涉密", "隐藏内容"),
              [(s.department, s.documents, s.approve, s.returned, s.escalate, s.errors, s.proactive_share, s.first_submissions,
                s.first_pass, s.first_pass_rate, s.label_issues, s.privacy_issues, s.secrecy_issues, s.hidden_issues)
               for s in st.sections], formats={6: PERCENT, 9: PERCENT})
    n = max(t.documents, 1)
    add_table(wb, "公开属性", ("公开属性", "件数", "占比"), [(k, v, v / n) for k, v in st.by_attribute], formats={2: PERCENT})
    add_table(wb, "退文原因", ("问题", "代码", "退回公文（件）"), [(L.code_name(c), c, v) for c, v in st.returns_by_reason])
    add_table(wb, "个人信息与保密", ("类别", "类型", "发现（处）", "涉及公文（件）"),
              [("个人信息", L.SUBTYPE.get(k, k), a, b) for k, a, b in st.personal_data]
              + [("保密", L.code_name(k), a, b) for k, a, b in st.secrecy]
              + [("隐藏内容", L.code_name(k), a, b) for k, a, b in st.hidden])
    add_table(wb, "审核纠正", ("规则", "代码", "发现（处）", "已审核（处）", "审核忽略（处）", "其中判为误报（处）", "误报率"),
              [(L.code_name(r.code), r.code, r.findings, r.reviewed, r.dismissed, r.misfired, r.false_positive_rate)
               for r in st.rule_reviews],
              formats={5: PERCENT})
    add_table(wb, "趋势", ("月份", "送审", "一次通过率", "退回", "需报审", "个人信息（处）", "主动公开占比"),
              [(f"{p.year:04d}-{p.month:02d}", p.documents, p.first_pass_rate, p.returned, p.escalated, p.personal_data,
                p.proactive_share) for p in st.trend], formats={2: PERCENT, 6: PERCENT})
    items = [i.name for i in st.rubric.items]
    add_table(wb, "考核评分", ("承办科室", f"得分（满分{st.rubric.total:g}）", *items),
              [(s.department, s.score if s.score is not None else "样本不足", *[round(p, 3) for _, _, p in s.parts]) for s in st.scores],
              caption=f"{st.rubric.title}；细则：{st.rubric.source}")
    add_table(wb, "评分细则", ("项目", "指标", "权重", "满分分值", "依据"),
              [(i.name, i.metric, i.weight, round(st.rubric.total * i.weight / sum(x.weight for x in st.rubric.items), 3), i.basis)
               for i in st.rubric.items])
    add_table(wb, "明细", ("送审时间", "审查时间", "审核时间", "承办科室", "文件序号", "主题内容", "公开属性", "审查结论", "审核意见", "问题代码"),
              [(r.received_at, r.decided_at, r.reviewed_at, r.department or "", r.doc_number or "", r.title or r.file,
                r.attribute or "未标注", L.DECISION_SHORT.get(r.decision, r.decision),
                {"approved": "通过", "returned": "退回"}.get(r.review or "", ""), "、".join(r.codes))
               for r in sorted(st.records, key=lambda r: r.decided_at)])
    path.parent.mkdir(parents=True, exist_ok=True)
    save(wb, path)
    return path


# -- the page --------------------------------------------------------------------------------------

def _table(header, rows, num_cols=()) -> str:
    th = "".join(f'<th class="{"num" if i in num_cols else ""}">{_e(h)}</th>' for i, h in enumerate(header))
    trs = "".join("<tr>" + "".join(f'<td class="{"num" if i in num_cols else ""}">{_e(c)}</td>' for i, c in enumerate(r)) + "</tr>"
                  for r in rows)
    return f"<table><tr>{th}</tr>{trs or '<tr><td colspan=' + str(len(header)) + '>本月无</td></tr>'}</table>"


def _kpi(label: str, value: str, detail: str = "") -> str:
    return f'<div class="kpi"><div class="v">{_e(value)}</div><div class="l">{_e(label)}</div><div class="d">{_e(detail)}</div></div>'


def _fig(src: str, caption: str) -> str:
    return f'<figure><img src="{src}" alt="{_e(caption)}"><figcaption>{_e(caption)}</figcaption></figure>'


def _change(cur, prev, pct: bool = False) -> str:
    if cur is None or prev is None:
        return ""
    d = cur - prev
    if pct:
        return f"较上月 {'+' if d >= 0 else ''}{100 * d:.1f} 个百分点"
    return f"较上月 {'+' if d >= 0 else ''}{d:g}"


def render_page(st: MonthlyStats, *, bureau: str = L.BUREAU, generated: dt.datetime | None = None) -> str:
    """The monthly HTML page (one string: CSS and charts inline)."""
    generated = generated or dt.datetime.now()
    t = st.total
    prev = st.trend[-2] if len(st.trend) >= 2 else None
    pd_total = sum(n for _, n, _ in st.personal_data)
    kpis = "".join([
        _kpi("送审公文", f"{t.documents} 件", _change(t.documents, prev.documents if prev else None) + (f"；重复提交 {st.duplicates} 件" if st.duplicates else "")),
        _kpi("一次通过率", _pct(t.first_pass_rate), _change(t.first_pass_rate, prev.first_pass_rate if prev else None, pct=True)),
        _kpi("主动公开占比", _pct(t.proactive_share), f"主动公开 {t.proactive} 件"),
        _kpi("退回 / 需报审", f"{t.returned} / {t.escalate}", f"无法审查 {t.errors} 件"),
        _kpi("拦截个人信息", f"{pd_total} 处", f"涉及公文 {sum(d for _, _, d in st.personal_data)} 件"),
        _kpi("密级与涉密线索", f"{sum(n for _, n, _ in st.secrecy)} 处", f"隐藏内容 {sum(n for _, n, _ in st.hidden)} 处"),
        _kpi("送审→审查结论", duration_zh(st.median_to_decision_s), "中位数"),
        _kpi("送审→审核意见", f"{_num(st.median_to_review_h)} 小时", f"中位数；已审核 {st.reviewed_documents} 件"),
    ])
    dec = {k: L.DECISION_SHORT[k] for k in L.DECISION_SHORT}
    figs = [
        _fig(charts.stacked_by_section(st.sections, dec), "图1 各科室送审公文及审查结论"),
        _fig(charts.attribute_pie(st.by_attribute), "图2 公开属性构成"),
        _fig(charts.bars([(L.code_name(c), v) for c, v in st.returns_by_reason], "退文原因（按公文件数）"), "图3 退文原因"),
        _fig(charts.trend(st.trend, month_label), "图4 近六个月趋势"),
        _fig(charts.scores(st.scores, st.rubric.total), f"图5 考核得分（满分{st.rubric.total:g}分）"),
        _fig(charts.bars([(L.code_name(r.code), 100 * r.false_positive_rate) for r in st.rule_reviews if r.false_positive_rate is not None],
                         "各规则误报率（审核判为误报 / 已审核）", "%", charts.PALETTE[2], "{:.1f}%"), "图6 审核纠正：各规则误报率"),
    ]
    font_note = "" if charts.cjk_font() else (
        '<p class="warning">本机未找到中文字体（如 fonts-noto-cjk 或 fonts-wqy-zenhei），图中汉字可能显示为方框；数据以下表为准。</p>')
    sections = _table(("承办科室", "送审", "待审批", "退回", "需报审", "无法审查", "主动公开占比", "一次通过率", "考核得分"),
                      [(s.department, s.documents, s.approve, s.returned, s.escalate, s.errors, _pct(s.proactive_share),
                        _pct(s.first_pass_rate), _score(sc))
                       for s, sc in zip(st.sections, st.scores)], num_cols=range(1, 9))
    returns = _table(("问题", "退回公文（件）"), [(L.code_name(c), v) for c, v in st.returns_by_reason], num_cols=(1,))
    caught = _table(("类别", "类型", "发现（处）", "涉及公文（件）"),
                    [("个人信息", L.SUBTYPE.get(k, k), a, b) for k, a, b in st.personal_data]
                    + [("保密", L.code_name(k), a, b) for k, a, b in st.secrecy]
                    + [("隐藏内容", L.code_name(k), a, b) for k, a, b in st.hidden], num_cols=(2, 3))
    escal = _table(("承办科室", "需报审（件）"), st.escalations_by_section, num_cols=(1,))
    overrides = _table(("情形", "公文（件）"), st.overrides, num_cols=(1,))
    rules = _table(("规则", "发现（处）", "已审核（处）", "审核忽略（处）", "其中判为误报（处）", "误报率"),
                   [(L.code_name(r.code), r.findings, r.reviewed, r.dismissed, r.misfired, _pct(r.false_positive_rate))
                    for r in st.rule_reviews],
                   num_cols=(1, 2, 3, 4, 5))
    trend = _table(("月份", "送审", "一次通过率", "退回", "需报审", "个人信息（处）", "主动公开占比"),
                   [(L.month_zh(p.year, p.month), p.documents, _pct(p.first_pass_rate), p.returned, p.escalated, p.personal_data,
                     _pct(p.proactive_share)) for p in st.trend], num_cols=range(1, 7))
    rub = st.rubric
    wsum = sum(i.weight for i in rub.items)
    rubric = _table(("项目", "分值", "依据"), [(i.name, f"{rub.total * i.weight / wsum:.2f}", i.basis) for i in rub.items], num_cols=(1,))
    breakdown = _table(("承办科室", "得分", *[i.name for i in rub.items]),
                       [(s.department, _score(s),
                         *[f"{pts:.2f}（{100 * share:.0f}%）" for _, share, pts in s.parts]) for s in st.scores],
                       num_cols=range(1, len(rub.items) + 2))
    return Template(template("monthly.html")).substitute(
        css=template("report.css"), bureau=_e(bureau), month=_e(L.month_zh(st.year, st.month)), kpis=kpis,
        font_note=font_note, fig1=figs[0], fig2=figs[1], fig3=figs[2], fig4=figs[3], fig5=figs[4], fig6=figs[5],
        sections=sections, returns=returns, caught=caught, escalations=escal, overrides=overrides, rules=rules, trend=trend,
        rubric=rubric, breakdown=breakdown, rubric_title=_e(rub.title), rubric_source=_e(rub.source or ""),
        generated=_e(L.datetime_zh(generated)), product=_e(L.PRODUCT),
    )


def write_monthly(st: MonthlyStats, out_dir: Path, *, bureau: str = L.BUREAU, generated: dt.datetime | None = None) -> list[Path]:
    """Write the month's workbook and page under ``out_dir``; return [xlsx, html]."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = STEM.format(year=st.year, month=st.month)
    xlsx = write_workbook(st, out_dir / f"{stem}.xlsx", bureau=bureau)
    html = out_dir / f"{stem}.html"
    html.write_text(render_page(st, bureau=bureau, generated=generated), encoding="utf-8")
    return [xlsx, html]

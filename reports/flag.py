"""The flag report (审查报告): one self-contained HTML page per audited file.

Read by the office's reviewers in a browser and by the drafting section on paper (A4). At the top:
the routing decision and the 审查意见 that 《保密审查工作制度》第十条 requires — 公开 / 免于公开 /
需报审 with 依据和理由. Then each finding with its passage in context (masked: see ``passages``),
the rule cited and what the drafting section must do; then what a reader sees next to what only a
machine reads. No scripts, fonts or images are fetched: the page works from a shared drive.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape
from importlib import resources
from pathlib import PurePath
from string import Template

from classifiers.masking import mask_text
from classifiers.model import AuditResult, Finding
from extractors.model import MACHINE_ONLY_KINDS, Document

from . import labels as L
from .docinfo import DocInfo, doc_info
from .explain import explain_line
from .passages import Passage, block_index, finding_spans, passage, places, redact, scrub

FILENAME_CLASS = ' class="filename"'  # a file name wraps at its punctuation, not mid-word
MACHINE_ROWS = 60  # at most this many machine-only blocks are listed; the count is always given


def template(name: str) -> str:
    """A file from ``reports/templates``."""
    return resources.files("reports").joinpath("templates", name).read_text(encoding="utf-8")


def _e(s: object) -> str:
    """Escaped and masked: every string the page shows passes here (the report's output boundary)."""
    return escape(mask_text("" if s is None else str(s)))


def opinion_block(result: AuditResult) -> str:
    """The coloured band at the top: decision, 审查意见, 依据, 理由."""
    decision = str(result.decision)
    op = result.opinion
    verdict = op.verdict if op else ("无法审查" if decision == "error" else "")
    cls = L.OPINION_CLASS.get(verdict, "warn" if decision == "escalate" else "bad" if decision in ("return", "error") else "ok")
    basis = "、".join(op.basis) if op and op.basis else "—"
    reason = op.reason if op and op.reason else (result.error or "—")
    return (
        f'<section class="verdict {cls}" id="verdict">'
        f'<div class="decision">审查结论：{_e(L.DECISION.get(decision, decision))}</div>'
        f'<div class="opinion">审查意见：<b class="opinion-verdict">{_e(verdict or "—")}</b></div>'
        f'<div class="basis">依据：<span class="opinion-basis">{_e(basis)}</span></div>'
        f'<div class="basis">理由：<span class="opinion-reason">{_e(scrub(reason))}</span></div>'
        "</section>"
    )


def meta_block(result: AuditResult, audited_at: dt.datetime, info: DocInfo) -> str:
    """发文字号, 标题, 承办科室, 公开属性 … as a definition grid."""
    marking = result.marking
    marked = f"{result.attribute}（{marking.zone}：“{marking.text}”）" if marking and result.attribute else (result.attribute or "未标注")
    rows = [
        ("标题", info.title),
        ("发文字号", info.doc_number or "—"),
        ("承办科室", info.department or "—"),
        ("文种", info.doc_type or "—"),
        ("标注的公开属性", marked),
        ("建议的公开属性", result.suggested_attribute or "—"),
        ("密级", info.secrecy or "无"),
        ("页数", info.page_count or "—"),
        ("文件", PurePath(result.file).name),
        ("审查时间", L.datetime_zh(audited_at)),
    ]
    cells = "".join(f"<dt>{_e(k)}</dt><dd{FILENAME_CLASS if k == '文件' else ''}>{_e(v)}</dd>" for k, v in rows)
    return f'<dl class="meta">{cells}</dl>'


def portal_block(result: AuditResult) -> str:
    """The web portal's metadata block (门户信息) saved with the page, shown apart from the 公文: it is what the
    portal says about the document, never the document's own marking. Empty when there is none."""
    from extractors.portal import portal_items

    doc = result.document
    items = portal_items(doc.blocks) if doc is not None else []
    if not items:
        return ""
    rows = "".join(f"<tr><th>{_e(scrub(it.label))}</th><td>{_e(scrub(it.value.strip()))}</td></tr>" for it in items)
    return (f'<h2>{_e(L.PORTAL_HEADING)}</h2><p class="portal-note">{_e(L.PORTAL_NOTE)}</p>'
            f'<table id="portal" class="portal">{rows}</table>\n')


def _passages_html(ps: list[Passage]) -> str:
    """Passages of one finding group; table-row passages of the same table share one header."""
    out: list[str] = []
    rows: list[Passage] = []

    def flush() -> None:
        if not rows:
            return
        header = rows[0].row[0]
        head = "<tr>" + "".join(f"<th>{_e(c)}</th>" for c in header) + "</tr>" if header else ""
        trs = []
        for p in rows:
            tds = []
            for i, c in enumerate(p.row[1]):
                if i == p.hit_col:
                    before, _, after = c.partition("\0")
                    tds.append(f"<td>{_e(before)}<mark>{_e(p.hit)}</mark>{_e(after)}</td>")
                else:
                    tds.append(f"<td>{_e(c)}</td>")
            trs.append("<tr>" + "".join(tds) + "</tr>")
        out.append(f'<table class="row passage-row">{head}{"".join(trs)}</table>')
        rows.clear()

    for p in ps:
        if p.row is not None:
            if rows and rows[0].row[0] != p.row[0]:
                flush()
            rows.append(p)
            continue
        flush()
        if not (p.before or p.hit or p.after):
            continue
        mark = f"<mark>{_e(p.hit)}</mark>" if p.hit else ""
        out.append(f'<div class="passage">{_e(p.before)}{mark}{_e(p.after)}</div>')
    flush()
    return "".join(out)


def _explain(f: Finding) -> str:
    return f'<div class="explain">{_e(explain_line(f))}</div>'


COUNT_RE = re.compile(r"[，,]?\s*本件共\d+[处人项]")


def without_count(message: str) -> str:
    """A detector's message less its "本件共N处": a group says its count once, beside its name."""
    return re.sub(r"（\s*）|\(\s*\)", "", COUNT_RE.sub("", message))


def _group_key(f: Finding) -> tuple:
    # not the message: detectors put each match's masked evidence in it
    return (f.code, f.subtype, f.rule, f.visible, str(f.severity))


def finding_item(fs: list[Finding], doc: Document | None, blocks: dict, spans: dict | None = None) -> str:
    """One ``<li>`` of the findings list: one finding, or several alike (same code, subtype, rule)."""
    f = fs[0]
    ps = [passage(x, doc, blocks, spans=spans) for x in fs]
    where = places(fs, doc, blocks)
    sev = str(f.severity)
    hidden_tag = '<span class="tag hidden">仅机器可读</span>' if not f.visible else ""
    count = f'<span class="tag count">{len(fs)} 处</span>' if len(fs) > 1 else ""
    return (
        f'<li class="finding {sev}" data-code="{_e(f.code)}" data-count="{len(fs)}">'
        f'<h3><span class="code-name" title="{_e(f.code)}">{_e(L.code_name(f.code, f.subtype))}</span>'
        f'<span class="tag {sev}">{_e(L.SEVERITY.get(sev, sev))}</span>{count}{hidden_tag}</h3>'
        f'<div class="message">{_e(scrub(without_count(f.message) if len(fs) > 1 else f.message))}</div>'
        f'<div class="where">位置：{_e(where)}</div>'
        f"{_passages_html(ps)}"
        f'<div class="rule">依据：<span class="rule-cite">{_e(f.rule or "—")}</span></div>'
        f'<div class="todo"><b>承办科室须：</b>{_e(L.ACTION.get(f.code, "按审查意见修改后重新提交。"))}</div>'
        f"{_explain(f)}"
        "</li>"
    )


def group_findings(findings) -> list[list[Finding]]:
    """Findings alike (code, subtype, rule, visibility, severity) grouped, in first-seen order."""
    groups: dict[tuple, list[Finding]] = {}
    for f in findings:
        groups.setdefault(_group_key(f), []).append(f)
    return list(groups.values())


def findings_block(result: AuditResult) -> str:
    """The numbered findings list, or a line saying there are none."""
    if not result.findings:
        return '<p class="none" id="no-findings">未发现问题。</p>'
    blocks = block_index(result.document)
    spans = finding_spans(result.findings)
    items = "".join(finding_item(g, result.document, blocks, spans) for g in group_findings(result.findings))
    return f'<ol class="findings" id="findings">{items}</ol>'


def machine_block(result: AuditResult) -> str:
    """读者可见 vs 仅机器可读: counts side by side, then each machine-only block (scrubbed, clipped)."""
    doc = result.document
    if doc is None:
        return "<p>没有文件内容可比较（文件未能读取，或结果中未附文档内容）。</p>"
    visible = [b for b in doc.blocks if b.visible]
    machine = [b for b in doc.blocks if not b.visible or b.kind in MACHINE_ONLY_KINDS]
    vis_chars = sum(len(b.text) for b in visible)
    kinds: dict[str, int] = {}
    for b in machine:
        kinds[str(b.kind)] = kinds.get(str(b.kind), 0) + 1
    kind_list = "".join(f"<li>{_e(L.BLOCK_KIND.get(k, (k, ''))[0])}：{n} 处</li>" for k, n in sorted(kinds.items())) or "<li>无</li>"
    left = (f'<div class="reader"><h3>读者可见</h3><p>正文、表格、页眉页脚等 {len(visible)} 处，共 {vis_chars} 字。'
            "发布后读者在页面上看到的就是这些内容。</p></div>")
    right = (f'<div class="machine"><h3>仅机器可读</h3><ul>{kind_list}</ul>'
             "<p>这些内容读者在页面上看不到，但随文件一起传播，复制、检索或另存即可读出。</p></div>")
    if not machine:
        return f'<div class="split">{left}{right}</div><p class="none" id="no-machine">未发现仅机器可读的内容。</p>'
    rows = []
    spans = finding_spans(result.findings)
    for b in machine[:MACHINE_ROWS]:
        name, seen = L.BLOCK_KIND.get(str(b.kind), (str(b.kind), ""))
        text = scrub(redact(b.text, spans.get(b.position.block)))
        text = text if len(text) <= 120 else text[:120] + "…"
        note = f"（{b.note}）" if b.note else ""
        rows.append(f"<tr><td>{_e(name)}{_e(scrub(note))}</td><td>{_e(text)}</td><td>{_e(seen)}</td></tr>")
    more = f"<p>另有 {len(machine) - MACHINE_ROWS} 处未列出。</p>" if len(machine) > MACHINE_ROWS else ""
    table = ('<table id="machine-only"><tr><th>类型</th><th>仅机器可读的内容（号码已遮盖）</th><th>读者看到的</th></tr>'
             + "".join(rows) + "</table>")
    return f'<div class="split">{left}{right}</div>{table}{more}'


def render_flag_report(result: AuditResult, *, audited_at: dt.datetime | None = None, bureau: str = L.BUREAU,
                       info: DocInfo | None = None) -> str:
    """The whole HTML page for one result (a string; ``write_document_reports`` saves it)."""
    audited_at = audited_at or dt.datetime.now()
    info = info or doc_info(result)
    title = info.title
    n = len(result.findings)
    kinds = len(group_findings(result.findings))
    summary = (f"共发现问题 {n} 处" + (f"，归为 {kinds} 类" if kinds != n else "")) if n else "未发现问题"
    return Template(template("flag.html")).substitute(
        css=template("report.css"),
        page_title=_e(f"审查报告 · {title}"),
        bureau=_e(bureau),
        title=_e(title),
        meta=meta_block(result, audited_at, info),
        portal=portal_block(result),
        opinion=opinion_block(result),
        summary=_e(summary),
        findings=findings_block(result),
        machine=machine_block(result),
        product=_e(L.PRODUCT),
        generated=_e(L.datetime_zh(audited_at)),
    )

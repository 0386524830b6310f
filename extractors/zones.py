"""公文 zones per GB/T 9704-2012: 版头, 主体, 版记, and the element each visible line fills.

Works on the visible body blocks in reading order, for every format, so docx, pdf, OFD and txt
get the same zoning. The rules follow the standard's order of elements (§7.2–§7.4): the 版头 ends
at the 发文字号 (or the 标题 when there is none); the 版记 starts at the first 抄送 / 印发 / 公开方式
row after the 成文日期; 附注 is the parenthesised line right after the 成文日期.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Block, BlockKind, GongwenFields, Zone

#: 文种 (GB/T 9704 / 《党政机关公文处理工作条例》第八条), longest first so 会议纪要 wins over 纪要.
DOC_TYPES = (
    "会议纪要", "实施方案", "工作方案", "复函", "决定", "决议", "命令", "公报", "公告", "通告",
    "意见", "通知", "通报", "报告", "请示", "批复", "议案", "纪要", "方案", "办法", "函", "令",
)

_SP = r"[\s\u3000]*"
DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fa5]{1,12}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号")
COPY_NUMBER_RE = re.compile(r"^\s*\d{6}\s*$")
SECRECY_RE = re.compile(r"^(?:绝密|机密|秘密)(?:\s*[★☆\*]\s*\S{0,8})?$")
URGENCY_RE = re.compile(r"^(?:特急|加急|特提|平急)$")
SIGNER_RE = re.compile(r"^签发人[:：]")
DATE_RE = re.compile(
    r"^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日$"
)
NOTE_RE = re.compile(r"^[（(].{1,80}[）)]$")
ATTACH_RE = re.compile(rf"^附{_SP}件{_SP}(?:\d{{0,2}}{_SP})?[:：]")
CC_RE = re.compile(rf"^抄{_SP}送{_SP}[:：]")
PRINTER_RE = re.compile(r".{2,40}(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")
#: The 印发日期 alone, when a 版记 table puts the 印发机关 in the cell to its left.
PRINT_DATE_RE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")
RECORD_ROW_RE = re.compile(
    rf"^(?:[【\[［]{_SP})?(?:公{_SP}开{_SP}(?:方{_SP}式|属{_SP}性|选{_SP}项)|信{_SP}息{_SP}公{_SP}开{_SP}选{_SP}项)"
)
#: 主送机关: one line ending in a colon right after the title; commas separate the organs (§7.3.2).
RECIPIENT_RE = re.compile(r"^(?!.*如下[:：]$)[^。；！？]{2,150}[:：]$")
ISSUER_RE = re.compile(r"(?:文件|局|厅|部|委员会|政府|办公室|中心)$")


def doc_type_of(title: str | None) -> str | None:
    """The 文种 a title ends with (通知, 请示 …); ``转发…的通知`` is still a 通知."""
    if not title:
        return None
    t = re.sub(r"[\s\u3000（）()]+$", "", title)
    for dt in DOC_TYPES:
        if t.endswith(dt):
            return dt
    return None


def _split_list(s: str) -> tuple[str, ...]:
    s = re.sub(r"^[^:：]*[:：]", "", s, count=1) if re.match(r"^(抄\s*送|主\s*送)", s) else s
    s = s.rstrip("：:。. ")
    return tuple(p.strip() for p in re.split(r"[，,、；;]", s) if p.strip())


def assign_zones(blocks: tuple[Block, ...], department: str | None = None) -> tuple[tuple[Block, ...], GongwenFields]:
    """Label each block with its zone and element; return the new blocks and the 公文 fields.

    Only visible flowing blocks (paragraphs, table cells, text boxes) are zoned by position in the
    sequence; headers and footers are ``Zone.PAGE``; machine-only blocks keep no zone.
    """
    out = list(blocks)
    flow = [i for i, b in enumerate(blocks) if b.visible and b.kind in _FLOW_KINDS and b.text.strip()]
    f: dict[str, object] = {"department": department}
    labels: dict[int, tuple[Zone, str | None]] = {}

    # --- 版头: up to and including the 发文字号 (only if it occurs early) -------------------------
    head_end = -1  # index into flow
    for k, i in enumerate(flow[:12]):
        t = blocks[i].text.strip()
        if DOC_NUMBER_RE.search(t) and len(t) <= 60:
            head_end = k
            break
    for k in range(head_end + 1):
        i = flow[k]
        t = _norm(blocks[i].text)
        el: str | None = None
        if COPY_NUMBER_RE.match(t):
            el, f["copy_number"] = "份号", t
        elif SECRECY_RE.match(t):
            el, f["secrecy"] = "密级", t
        elif URGENCY_RE.match(t):
            el, f["urgency"] = "紧急程度", t
        elif SIGNER_RE.match(t):
            el, f["signer"] = "签发人", t.split("：", 1)[-1].split(":", 1)[-1].strip()
        elif DOC_NUMBER_RE.search(t):
            el, f["doc_number"] = "发文字号", DOC_NUMBER_RE.search(t).group(0).replace(" ", "")
            sm = re.search(r"签发人[:：]\s*(\S+)", t)
            if sm:
                f["signer"] = sm.group(1)
        elif ISSUER_RE.search(t) and k < head_end:
            el, f["issuer"] = "发文机关标志", t
        labels[i] = (Zone.HEAD, el)

    # --- 标题: the next one to three lines, joined, until the 主送 or a sentence ------------------
    k = head_end + 1
    title_parts: list[int] = []
    while k < len(flow) and len(title_parts) < 3:
        t = _norm(blocks[flow[k]].text)
        if RECIPIENT_RE.match(t) or t.endswith(("。", "；")) or len(t) > 80 or blocks[flow[k]].kind == BlockKind.TABLE_CELL:
            break  # a table's header row is never the 标题
        title_parts.append(flow[k])
        k += 1
        if doc_type_of(t):
            break
    if title_parts:
        f["title"] = "".join(_norm(blocks[i].text) for i in title_parts)
        for i in title_parts:
            labels[i] = (Zone.BODY, "标题")
    if k < len(flow) and RECIPIENT_RE.match(_norm(blocks[flow[k]].text)):
        labels[flow[k]] = (Zone.BODY, "主送机关")
        f["recipients"] = _split_list(_norm(blocks[flow[k]].text))
        k += 1

    # --- from the end: 版记 rows, then 附注, 成文日期, 署名 ---------------------------------------
    record_start = len(flow)
    for j in range(len(flow) - 1, k - 1, -1):
        t = _norm(blocks[flow[j]].text)
        if CC_RE.match(t) or PRINTER_RE.match(t) or RECORD_ROW_RE.match(t) or PRINT_DATE_RE.match(t):
            record_start = j
        elif j < len(flow) - 8:
            break
    date_idx = None
    for j in range(record_start - 1, max(k, record_start - 8) - 1, -1):
        if DATE_RE.match(_norm(blocks[flow[j]].text)):
            date_idx = j
            break
    for j in range(record_start, len(flow)):
        i = flow[j]
        t = _norm(blocks[i].text)
        same_row = j > record_start and _same_row(blocks[flow[j - 1]], blocks[i])
        if CC_RE.match(t):
            labels[i] = (Zone.RECORD, "抄送")
            f["cc"] = _split_list(t)
        elif PRINT_DATE_RE.match(t) and same_row:
            prev = flow[j - 1]
            labels[prev] = labels[i] = (Zone.RECORD, "印发机关和印发日期")
            f["printer"] = f"{_norm(blocks[prev].text)}　{t}"
        elif PRINTER_RE.match(t):
            labels[i] = (Zone.RECORD, "印发机关和印发日期")
            f["printer"] = t
        elif RECORD_ROW_RE.match(t):
            labels[i] = (Zone.RECORD, "公开方式")
        elif (j > record_start and labels.get(flow[j - 1], (None, None))[1] == "抄送" and not t.endswith("印发")
              and (same_row or blocks[i].kind != BlockKind.TABLE_CELL)):
            # a 抄送 line wrapped onto the next row (PDF/OFD lines shorter than the 版心)
            labels[i] = (Zone.RECORD, "抄送")
            prev = _norm(blocks[flow[j - 1]].text)
            more = _split_list(t)
            cc = tuple(f.get("cc", ()))  # type: ignore[arg-type]
            if cc and more and not prev.endswith(("，", ",", "、", "；", ";")):
                cc, more = cc[:-1] + (cc[-1] + more[0],), more[1:]  # the organ's name itself was wrapped
            f["cc"] = cc + more
        else:
            labels[i] = (Zone.RECORD, None)
    body_end = record_start
    if date_idx is not None:
        labels[flow[date_idx]] = (Zone.BODY, "成文日期")
        f["date"] = _norm(blocks[flow[date_idx]].text)
        notes = []
        for j in range(date_idx + 1, record_start):
            t = _norm(blocks[flow[j]].text)
            if NOTE_RE.match(t) or re.match(r"^此件", t):
                labels[flow[j]] = (Zone.BODY, "附注")
                notes.append(t)
            else:
                labels[flow[j]] = (Zone.BODY, "附件")
        f["notes"] = tuple(notes)
        # 署名: the line(s) just above the date that name an organ
        j = date_idx - 1
        if j >= k:
            t = _norm(blocks[flow[j]].text)
            if len(t) <= 40 and not t.endswith(("。", "；", "：")):
                labels[flow[j]] = (Zone.BODY, "署名")
                f["signature"] = t
                j -= 1
        body_end = j + 1
    # --- 正文 and 附件说明 ------------------------------------------------------------------
    attachments: list[str] = []
    in_attach = False
    for j in range(k, body_end):
        i = flow[j]
        t = _norm(blocks[i].text)
        if ATTACH_RE.match(t):
            in_attach = True
            attachments.append(re.sub(rf"^附{_SP}件{_SP}[:：]", "", t).strip())
            labels[i] = (Zone.BODY, "附件说明")
        elif in_attach and re.match(r"^\d{1,2}[.．、]", t) and len(t) < 80:
            attachments.append(t)
            labels[i] = (Zone.BODY, "附件说明")
        else:
            in_attach = False
            labels.setdefault(i, (Zone.BODY, "正文"))
    f["attachments"] = tuple(attachments)
    f["doc_type"] = doc_type_of(f.get("title"))  # type: ignore[arg-type]

    for i, b in enumerate(out):
        if i in labels:
            z, el = labels[i]
            out[i] = replace(b, zone=z, element=el)
        elif b.visible and b.kind in (BlockKind.HEADER, BlockKind.FOOTER):
            out[i] = replace(b, zone=Zone.PAGE, element=b.element or ("页码" if _is_page_no(b.text) else None))
    return tuple(out), GongwenFields(**{k2: v for k2, v in f.items() if v is not None})


_FLOW_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.TABLE_CELL, BlockKind.TEXTBOX, BlockKind.OCR, BlockKind.INSERTION})


def _same_row(a: Block, b: Block) -> bool:
    """Both are cells of the same table row (a 版记 laid out as a table)."""
    ca, cb = a.position.cell, b.position.cell
    return ca is not None and cb is not None and ca[:2] == cb[:2] and a.position.part == b.position.part


def _norm(s: str) -> str:
    return s.strip().replace("\u3000", " ").strip()


def _is_page_no(s: str) -> bool:
    return bool(re.fullmatch(r"\s*[-—－]?\s*\d{1,4}\s*[-—－]?\s*", s))

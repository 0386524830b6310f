"""个人住址 down to the door number (门牌号、楼栋、单元、室).

《保密审查工作制度》第十一条; the 公示 convention is to publish an address no finer than the
乡镇（街道）. An office's 办公地址 / 来访地址 / 服务窗口 is public information, not privacy.

A candidate ends in a door number after a street or village word (路、街、巷、村、组、小区 …:
``…鼓楼西街12号3栋2单元402室``). Scoring: a 室/户/单元/栋 tail makes it a dwelling (0.55), a bare
``12号`` could be any building (0.3); a private label before it (家庭住址、现住址、户籍地址 …) or
such a column header adds 0.35; an office label (办公地址、来访地址、服务大厅 …) takes 0.6 off.
"""

from __future__ import annotations

import re

from extractors.model import Document

from ..masking import context as snippet_of
from ..masking import mask_address
from ..registry import register
from ._base import Hit, words
from ._label import Label, clause_before, meaning_of
from ._document import DocumentCheck
from ._scan import _Context, context, joined, nearest_label, score_context
from ._words import family

#: The last character of a street or village word before the door number (路 街 巷 … 小区 花园 大厦).
PLACE_END = frozenset("路街巷道弄同村组队区园苑里寓厦")
#: What may follow ``12号``: 院/楼, building, unit, flat.
TAIL_RE = re.compile(r"(?:院|楼)?(?:[0-9]{1,3}(?:号楼|栋|幢|楼))?(?:[0-9]{1,2}单元)?(?:[0-9]{1,5}(?:室|户|号房))?")


def _is_cjk_or_digit(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fa5" or "0" <= ch <= "9"


def find_addresses(text: str):
    """(start, end) of every ``…街12号3栋2单元402室`` in ``text``.

    Anchored on 号 (found with ``str.find``): a regex anchored on digits or a lazy CJK prefix costs
    a check at every digit or character and ran at 12 MB/s; this runs at the speed of the scan.
    """
    i = text.find("号")
    while i >= 0:
        k = i
        while k > 0 and "0" <= text[k - 1] <= "9" and i - k < 5:
            k -= 1
        if k < i and k > 0 and text[k - 1] in PLACE_END and not ("0" <= text[k - 1] <= "9"):
            end = TAIL_RE.match(text, i + 1).end()
            start = k - 1
            while start > 0 and k - start < 31 and _is_cjk_or_digit(text[start - 1]):
                start -= 1
            if k - 1 - start >= 1:
                yield start, end
            i = text.find("号", end)
        else:
            i = text.find("号", i + 1)
_DWELLING = ("室", "户", "单元", "栋", "幢", "号楼", "号房")
#: The words right after an address, up to the next stop: a unit's or a building's name when they end in one.
_RUN_AFTER = re.compile(r"[\u4e00-\u9fa5]{2,20}")
#: Buildings that house offices: an address that runs on into one is an office's (not a dwelling's).
_OFFICE_BUILDINGS = ("大厦", "大楼", "办公楼", "综合楼", "服务中心", "政务中心", "市民中心")


#: What may stand before an address that opens its line: nothing, or a short label and its colon.
_LINE_LEAD = re.compile(r"\s*(?:[\u4e00-\u9fa5]{1,6}\s*[:：]\s*)?")
#: How far above an address line its party's line may stand (two or three short lines).
_PARTY_REACH = 160
#: A party line of a decision or an award: its role, then the party's name.
_PARTY = re.compile(r"^\s*(?:申请人|被申请人|第三人|申请单位|被申请单位|当事人|被申诉人|用人单位|被告|原告|上诉人|被上诉人|"
                    r"收件人|收件单位|受理机构|受理单位|办理机构)"
                    r"\s*[:：]\s*([^，,。；;\n]{2,40})")


def _party_above(before: str) -> str | None:
    """The name on the nearest party line in ``before`` (the text above an address line), if any."""
    for line in reversed(before.split("\n")):
        m = _PARTY.match(line)
        if m:
            return m.group(1)
    return None


def _channel_above(before: str, office: tuple[str, ...]):
    """The line right above names a way to reach an office (当面提交, 来访地址, 受理窗口 …): its address."""
    lines = [ln.strip() for ln in before.split("\n") if ln.strip()]
    if not lines:
        return None
    word = next((w for w in office if w in lines[-1]), None)
    return Label(lines[-1], (lines[-1],), "office", word, None, "line above") if word else None


def _owner(text: str, source: str):
    """The label model's reading of ``text`` when it names a unit (…局, …科, …中心) or an office building;
    None otherwise (a person, or nothing said)."""
    text = text.strip("，,：: ")
    if not text:
        return None
    if text.endswith(_OFFICE_BUILDINGS):
        return Label(text, (text,), "office", next(b for b in _OFFICE_BUILDINGS if text.endswith(b)), None, source)
    lab = meaning_of(text, source)
    return lab if lab.meaning == "office" else None



def address_hits(doc: Document, cfg) -> list[Hit]:
    """Scored address candidates of every block (visible or not)."""
    ctx: _Context | None = None  # built when a candidate needs it (most pages: none)
    out = labelled_addresses(doc, cfg, ctx)
    j = joined(doc, cfg)
    if "号" not in j.text:
        return out
    found = list(find_addresses(j.text))
    if not found:
        return out  # most pages: a 文号's 号, no door number (the lexicons below are not fetched)
    private, office = words("pii_address"), words("pii_office_address")
    taken = [(id(h.block), h.start, h.end) for h in out]
    for ms, me in found:
        _, b, text, s = j.locate(ms)
        e = s + (me - ms)
        v = text[s:e]
        # the lazy prefix may start inside a label (现住址中卫市…): start after the label
        lab_in, lab_end = nearest_label(v, private + office)
        if lab_in is not None:
            s += lab_end
            v = text[s:e]
        for sep in "：:，,":
            k = v.rfind(sep)
            if k >= 0:
                s += k + 1
                v = text[s:e]
        dwelling = any(t in v[v.find("号"):] for t in _DWELLING) if "号" in v else False
        score = 0.55 if dwelling else 0.3
        steps: list[tuple[str, float]] = [("base address (" + ("住宅门牌" if dwelling else "门牌号") + ")", score)]
        used: list[str] = []
        before = text[max(0, s - cfg.window_before):s]
        label, _ = nearest_label(before, private + office)
        if label is None and lab_in is not None:
            label = lab_in
        if label is None:
            ctx = ctx or context(doc, cfg)
            header = ctx.header(b)
            if header:
                label = next((w for w in private + office if w in header), None)
        owner = None
        if label is not None and label in private:
            # whose address the label introduces: 被申请人：某某区人力资源和社会保障局，住所地… is a unit's
            at = text.rfind(label, 0, s + len(label))
            if at >= 0:
                owner = _owner(clause_before(text, at, cfg.window_before), "owner before")
                if owner is None and not text[:at].strip():
                    # the label opens its line: in a 复议决定书 or 裁决书 the party named on a line above owns it
                    # (被申请人：某某局 / 住所地：… / 法定代表人：…)
                    above = j.text[max(0, ms - (s - at) - _PARTY_REACH):ms - (s - at)]
                    party = _party_above(above)
                    owner = _owner(party, "party above") if party else _channel_above(above, office)
        if owner is None and (label is None or label not in private) and _LINE_LEAD.fullmatch(text[:s]):
            # the address opens its line (地址：…): the line above may name a way to reach an office
            owner = _channel_above(j.text[max(0, ms - s - _PARTY_REACH):ms - s], office)
        if owner is None:
            # the address runs on into a unit's or a building's name (…33号人社大厦, …18号市人社局就业促进科)
            run = _RUN_AFTER.match(text, e)
            owner = _owner(run.group(), "owner after") if run else None
        if owner is not None:
            used.append(owner.text)
            score -= 0.6
            steps.append((f"{owner.source} 「{owner.text}」 {owner.word}=office", -0.6))
        elif label is not None:
            used.append(label)
            if label in private:
                score += 0.35
                steps.append((f"label 「{label}」", 0.35))
            else:
                score -= 0.6
                steps.append((f"office label 「{label}」", -0.6))
        if any(k == id(b) and ts < e and s < te for k, ts, te in taken):
            continue
        shown = mask_address(v)
        out.append(Hit("address", b, s, e, shown, max(0.0, min(score, 1.0)), "地址至门牌号", "—", tuple(steps), tuple(used),
                       snippet=snippet_of(text, s, e, shown)))
    return out


#: Words that introduce a person's address (the label model then judges the whole label).
_LABEL_WORDS = ("家庭住址", "家庭地址", "现住址", "居住地址", "户籍地址", "户籍所在地", "户籍地", "居住地", "现居住于", "实际居住在",
                "居住在", "户口在", "送达地址", "邮寄地址", "通讯地址", "现住", "家住", "住址", "住")
LABEL_RE = re.compile("(?:" + "|".join(_LABEL_WORDS) + ")[：:\\s]*")
#: The label words join the shared word pass: a page holding none of them skips the label pass.
family("address_label", _LABEL_WORDS)
#: What a digit-less address match starts with (the fast path of ``_document``).
STARTERS = frozenset(w[0] for w in _LABEL_WORDS)
_SPAN_RE = re.compile(r"[\u4e00-\u9fa50-9#\-－]{4,40}")
#: An address names a place unit; the span ends at its last door, flat, group or village word.
_PLACE_UNIT = re.compile(r"[省市县区镇乡村路街巷道弄]|小区|花园|家园|新村|苑|组|队|幢|栋|单元")
_TAIL_END = re.compile(r".*(?:[0-9]+-[0-9]+-[0-9]+|[0-9]+[室号户]|单元[0-9]+|[幢栋][0-9]+|[组队村])")


_ORDER = {w: k for k, w in enumerate(_LABEL_WORDS)}
_LABEL_TAIL = re.compile(r"[：:\s]*")


def _label_matches(text: str, found: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """``LABEL_RE.finditer(text)``'s spans, from the shared word pass's hits of the label words.

    The regex over the page cost ~10 µs and half of all prose pages hold a label word (户籍所在地
    is policy wording); the word pass has found them already. As the regex does: leftmost first,
    at one start the word listed first in ``_LABEL_WORDS``, then the colon or spaces after it, and
    the next match starts after this one."""
    by_start: dict[int, str] = {}
    for end, w in found:
        st = end - len(w) + 1
        if st not in by_start or _ORDER[w] < _ORDER[by_start[st]]:
            by_start[st] = w
    out: list[tuple[int, int]] = []
    pos = 0
    for st in sorted(by_start):
        if st < pos:
            continue
        pos = _LABEL_TAIL.match(text, st + len(by_start[st])).end()
        out.append((st, pos))
    return out


def labelled_addresses(doc: Document, cfg, ctx: _Context | None = None) -> list[Hit]:
    """Addresses after 现住 / 家住 / 户籍地 / 户口在 / 送达地址 … (or under such a label on the line
    above), with or without a door number: ``…翠柳小区6幢1单元404室``, ``…幸福新村5-2-902``, ``…下坂村六队``."""
    out = []
    j = joined(doc, cfg)
    starts = []
    label_blocks = []  # blocks holding a label word: the only ones that can be a label line
    found = j.words["address_label"]  # ``word_hits``: the join ran the word pass
    if not found:
        return out  # LABEL_RE starts with one of the words: it cannot match
    ctx = ctx or context(doc, cfg)
    for ms, me in _label_matches(j.text, found):
        bi = j.index(ms)
        if not label_blocks or label_blocks[-1] != bi:
            label_blocks.append(bi)
        if j.text[ms] == "住" and (ms and j.text[ms - 1] not in "，,：: \n" or j.text[me:me + 1] in ("所", "房", "宿")):
            continue  # 住 alone only right after a name's comma (张三，住…): not 住房 / 居住 / 住所地
        starts.append(me)
    for k in label_blocks:
        # a label on a line of its own (现住址 / …翠柳小区6幢1单元404室 on the next line)
        i = k + 1
        if i < len(doc.blocks):
            above = ctx.above(doc.blocks[i])
            if above is not None and LABEL_RE.fullmatch(above.strip()):
                starts.append(j.starts[i])
    for ms in starts:
        sm = _SPAN_RE.match(j.text, ms)
        if sm is None:
            continue
        span = sm.group().split("的")[0]
        t = _TAIL_END.match(span)
        if t is None or not _PLACE_UNIT.search(t.group()) or len(t.group()) < 5:
            continue
        _, b, text, s = j.locate(ms)
        e = s + len(t.group())
        above = ctx.above(b) if not text[:s].strip() else None
        sc, steps, used = score_context("address", 0.45, text, s, e, ctx.header(b), cfg, boost=0.4, trap=0.6, office=True, above=above)
        shown = mask_address(text[s:e])
        out.append(Hit("address", b, s, e, shown, sc, "个人住址（标签之后）", "—", steps, used, snippet=snippet_of(text, s, e, shown)))
    return out


@register("address")
class AddressDetector(DocumentCheck):
    """Home addresses to the door number."""

    name = "address"

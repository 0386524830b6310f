"""姓名 listed together with identifiers (身份证号、电话、银行卡号、护照号、住址).

A name alone is not what 《保密审查工作制度》第十一条 worries about — 公示 lists names by design;
a name *paired* with a full identifier is what identifies a person. So a name is reported only
when, in the same table row (docx) or just before it on the same line (running text, PDF rows),
an unmasked identifier scoring above the threshold stands beside it. Masked lists
(``张*  640502********1234``) give no name findings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from extractors.model import BlockKind, Document

from ..masking import context as snippet_of
from ..masking import mask_name
from ..registry import register
from ._base import Hit, surnames
from ._document import DocumentCheck
from ._label import COMPOUND_SURNAMES
from ._labelled import labelled_hits
from ._scan import memo, shared_scan
from .address import address_hits
from .email import email_hits
from .landline import bracketed_hits
from .masked import weak_reason
from .military_id import military_hits
from .passport import passport_hits
from .plate import plate_hits
from .wechat import wxid_hits
from ._words import family

PAIRED = ("id_card", "id_card_15", "bank_card", "mobile", "passport", "address", "email", "landline", "qq", "wechat", "plate",
          "hk_macau_permit", "taiwan_permit", "taiwan_residence", "foreign_permanent", "social_security_card",
          "disability_cert", "military_id", "medical_insurance", "weak_mask")
_NAME_HEADERS = ("姓名", "户主", "申请人", "参保人", "职工姓名", "人员姓名", "名字", "户名", "收件人", "持卡人")
_LABELS = ("姓名|申请人|参保人|当事人|职工|员工|户主|学员|同志|联系人|持卡人|人员|发放至|支付给|转账给|户名|收件人|求职者|劳动者|投诉人|"
           "家属|专家|人才|居民|青年|军人|士兵|工程师|司机|成员|残疾人|干部|籍|请|关于|经查|兹证明|吸纳|打入|记载|走访|将|与|证明|信息|名单|的|支付")
_LABEL_WORDS = tuple(_LABELS.split("|"))
_LABEL_LAST = frozenset(w[-1] for w in _LABEL_WORDS)
#: The first characters of the compound surnames: a set test before the startswith over all of them.
_COMPOUND_FIRST = frozenset(c[0] for c in COMPOUND_SURNAMES)
#: Words a surname character can start that are roles or places, not names (申请人, 王局长 …).
_NOT_NAME_END = ("人", "员", "者", "局", "科", "股", "所", "站", "市", "县", "区", "厅", "处", "长", "主任", "同志", "单位", "公司",
                 # nouns of papers, numbers and money end words, not names (毕业证, 资格证, 登记表, 缴费单)
                 "证", "卡", "码", "号", "表", "单", "费", "款", "额", "率", "册", "簿", "函")
_AFTER = (r"(?=\s|[，,、（(）)：:；;。|的持与等收]|申请|办理|提出|提供|反映|投诉|已|于|系|在|身份证|公民身份|社会保障|社保卡|联系电话|手机|电话|"
          r"银行卡|本人|卡号|护照|住址|家庭住址|现住|住|家中|家里|家|所持|名下|驾驶|登记|实际|户口|车辆|同志|获得|参加|享受|通过|留下|称|$)")


_AFTER_RE = re.compile(_AFTER)


class _Name:
    """A candidate name at ``[start, end)`` (shaped like a ``re.Match`` for the callers)."""

    __slots__ = ("s", "e", "v")

    def __init__(self, s: int, e: int, v: str):
        self.s, self.e, self.v = s, e, v

    def start(self, _group: int = 0) -> int:
        return self.s

    def end(self, _group: int = 0) -> int:
        return self.e

    def group(self, _group: int = 0) -> str:
        return self.v


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fa5"


@lru_cache(maxsize=1)
def _surname_re() -> re.Pattern:
    """One character class of every surname and compound surname's first character: the C regex
    engine finds the few candidate positions, Python checks only those (a Python loop over every
    character was 60% of the detectors' time on prose)."""
    chars = surnames() | {c[0] for c in COMPOUND_SURNAMES}
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


def find_names(text: str, lo: int, hi: int) -> list[_Name]:
    """Name-shaped words starting in ``[lo, hi)``: a surname and one or two more characters, set
    off before by a non-Chinese character or a label (申请人、职工 …) and after by punctuation, a
    verb or an identifier label. Only positions holding a surname character are checked (a
    regex with a lookbehind per label cost ~30 µs per identifier); a name does not start inside
    the one before it."""
    out: list[_Name] = []
    lo, hi = max(0, lo), min(hi, len(text))
    if lo >= hi:
        return out
    for m in _surname_re().finditer(text, lo, hi):
        p = m.start()
        if out and out[-1].e > p:
            continue
        c = _name_at(text, p)
        if c is not None:
            out.append(c)
    return out


def _name_at(text: str, p: int) -> _Name | None:
    """The name-shaped word starting at ``p``, if any (see ``find_names``)."""
    ch = text[p]
    compound = ch in _COMPOUND_FIRST and text.startswith(COMPOUND_SURNAMES, p)
    if not compound and ch not in surnames():
        return None
    if p and _cjk(text[p - 1]):
        before = text[max(0, p - 6):p].rstrip("：:")
        # most surname characters in running text follow a character that ends no label
        if not before or before[-1] not in _LABEL_LAST or not before.endswith(_LABEL_WORDS):
            return None
    for L in ((4, 3) if compound else (3, 2)):
        v = text[p:p + L]
        if len(v) == L and all(_cjk(c) for c in v) and _AFTER_RE.match(text, p + L):
            return _Name(p, p + L, v)
    return None


def name_hits(doc: Document, cfg, others: list[Hit] | None = None) -> list[Hit]:
    """Names standing beside an unmasked identifier, or with a person's role or relation.

    ``others``: the hits of every pass but the digit scan (``other_hits``), when the caller has them."""
    return _name_hits(doc, cfg, other_hits(doc, cfg) if others is None else others)


def other_hits(doc: Document, cfg) -> list[Hit]:
    """The identifier hits a name can stand beside, apart from the digit scan's, in the order the
    name pass reads them: passports, addresses, e-mails, announced identifiers, plates, military
    cards, bracketed landlines, wxid_ ids."""
    others = memo(doc, cfg, "passport", passport_hits) + memo(doc, cfg, "address", address_hits) + memo(doc, cfg, "email", email_hits)
    others += [h for v in memo(doc, cfg, "labelled", labelled_hits).values() for h in v]
    others += memo(doc, cfg, "plate", plate_hits) + memo(doc, cfg, "military", military_hits) + memo(doc, cfg, "landline_bracketed", bracketed_hits)
    return others + memo(doc, cfg, "wxid", wxid_hits)


def _name_hits(doc: Document, cfg, others: list[Hit]) -> list[Hit]:
    scan = shared_scan(doc, cfg)
    threshold = cfg.threshold
    # most pages hold no candidate of any kind: each list read only when it holds something
    numbers, masked_values = scan.hits, scan.masked
    ids = [h for h in numbers if h.subtype in PAIRED and h.score >= threshold] if numbers else []
    if others:
        ids += [h for h in others if h.score >= threshold]
    if masked_values:
        ids += [Hit("weak_mask", m.block, m.start, m.end, "", 1.0, "", "") for m in masked_values if weak_reason(m.value, m.kind)]
    out: list[Hit] = []
    seen: set[tuple[int, int]] = set()
    j = scan.joined
    # a mask undone by the name written beside it: 杜*（于亚）. One pass over the joined text (the
    # translation of full-width digits keeps every position and the pattern has no digit).
    for m in _undone(j):
        if not m.start() or not _cjk(j.text[m.start() - 1]):
            continue  # the mask follows a surname: 杜*（于亚）
        _, b, text, off = j.locate(m.start())
        s = m.start(1) - m.start() + off
        key = (id(b), s)
        if key not in seen and m.group(1)[0] in surnames():
            seen.add(key)
            out.append(_hit(b, s, s + len(m.group(1)), m.group(1), "masked name", "遮盖姓名后又写出全名", b.text))
    # a name with a person's role before it (劳动者刘翠, 外派劳务人员徐月) or a person's cue after it
    # (…同志, …本人银行卡, …等68人, A与B系夫妻): personal in itself
    # the blocks that hold an identifier candidate of any score, a masked value or an identifier's
    # word: where a role word before a name is worth reading (see ``_role_blocks``)
    # each block once (a published list's dozens of masked values stand in a few blocks)
    holding = {id(h.block): h.block for h in numbers} if numbers else {}
    if others:
        holding.update({id(h.block): h.block for h in others})
    if masked_values:
        holding.update({id(m.block): m.block for m in masked_values})
    candidates = {_index(doc, b) for b in holding.values()} if holding else set()
    id_words = j.words["id_word"]  # ``word_hits``: the join ran the word pass
    if id_words:
        starts = j.starts
        candidates |= {bisect_right(starts, end) - 1 for end, _ in id_words}
    for i, cues in sorted(_role_blocks(doc, cfg, j, candidates).items()):
        b = doc.blocks[i]
        t = j.block_text(i)
        if b.position.cell is not None or _PUBLISHED_RE.search(t) or not _has_role(t):
            continue  # appointments (任命、免去 …) and commendations are published by law
        for c in _names_in(t, cues):
            if _role_name(t, c) is not None:
                key = (id(b), c.start(1))
                if key not in seen:
                    seen.add(key)
                    out.append(_hit(b, c.start(1), c.end(1), c.group(1), "role", "姓名 + 身份/关系词", t))
    if not ids:
        return out
    # 1. tables: the cell under a 姓名 column in a row that holds an identifier
    rows_with_id: dict[tuple, str] = {}
    for h in ids:
        c = h.block.position.cell
        if c is not None:
            rows_with_id.setdefault((h.block.position.part, c[0], c[1]), h.subtype)
    if rows_with_id:
        name_cols = {(b.position.part, b.position.cell[0], b.position.cell[2]) for b in doc.blocks
                     if b.kind == BlockKind.TABLE_CELL and b.position.cell and b.position.cell[1] == 0
                     and any(w in b.text for w in _NAME_HEADERS)}
        for b in doc.blocks:
            c = b.position.cell
            if c is None or c[1] == 0 or (b.position.part, c[0], c[2]) not in name_cols:
                continue
            paired = rows_with_id.get((b.position.part, c[0], c[1]))
            v = b.text.strip()
            if paired and 2 <= len(v) <= 4 and all("\u4e00" <= ch <= "\u9fa5" or ch == "·" for ch in v):
                s = b.text.find(v)
                key = (id(b), s)
                if key not in seen:
                    seen.add(key)
                    out.append(_hit(b, s, s + len(v), v, paired, "姓名列 + 同行" + paired))
    # 2. running text and PDF rows: every name-like word in the identifier's sentence; when there is
    #    none, the name of a form a few short lines above (申请人：张三 / 证件号码：…)
    for h in ids:
        if h.block.position.cell is not None:
            continue
        i = _index(doc, h.block)
        text = scan.joined.block_text(i)
        lo = max([text.rfind(p, 0, h.start) for p in _SENTENCE_END] + [-1]) + 1
        his = [k for k in (text.find(p, h.end) for p in _SENTENCE_END) if k >= 0]
        hi = min(his) if his else len(text)
        found = [(h.block, text, c) for c in find_names(text, lo, hi)
                 if not c.group(1).endswith(_NOT_NAME_END) and "某" not in c.group(1) and not (c.start(1) < h.end and h.start < c.end(1))]
        k = i - 1
        while not found and k >= 0 and i - k <= 3 and doc.blocks[k].position.cell is None and len(doc.blocks[k].text) <= 24:
            t = scan.joined.block_text(k)
            found = [(doc.blocks[k], t, c) for c in find_names(t, 0, len(t)) if not c.group(1).endswith(_NOT_NAME_END)]
            k -= 1
        k = i + 1
        while not found and k < len(doc.blocks) and k - i <= 2 and doc.blocks[k].position.cell is None and len(doc.blocks[k].text) <= 24:
            t = scan.joined.block_text(k)
            found = [(doc.blocks[k], t, c) for c in find_names(t, 0, len(t)) if not c.group(1).endswith(_NOT_NAME_END)]
            k += 1
        for nb, ntext, m in found:
            key = (id(nb), m.start(1))
            if key not in seen:
                seen.add(key)
                out.append(_hit(nb, m.start(1), m.end(1), m.group(1), h.subtype, "姓名 + 同句" + h.subtype, ntext))
    # 3. a table row without a 姓名 header: a cell that is a name beside the identifier's cell
    named_tables = {(k[0], k[1]) for k in name_cols_of(doc)}
    for h in ids:
        c = h.block.position.cell
        if c is None or (h.block.position.part, c[0]) in named_tables:
            continue
        for b in doc.blocks:
            bc = b.position.cell
            if bc is None or b is h.block or (b.position.part, bc[0], bc[1]) != (h.block.position.part, c[0], c[1]):
                continue
            v = b.text.strip()
            if _NAME_CELL.fullmatch(v) and (v[0] in surnames() or v.startswith(COMPOUND_SURNAMES)) and not v.endswith(_NOT_NAME_END) and "某" not in v:
                st = b.text.find(v)
                key = (id(b), st)
                if key not in seen:
                    seen.add(key)
                    out.append(_hit(b, st, st + len(v), v, h.subtype, "同行姓名格 + " + h.subtype))
    return out


def name_cols_of(doc: Document) -> set:
    """(part, table, column) of every 姓名-like header cell."""
    return {(b.position.part, b.position.cell[0], b.position.cell[2]) for b in doc.blocks
            if b.kind == BlockKind.TABLE_CELL and b.position.cell and b.position.cell[1] == 0 and any(w in b.text for w in _NAME_HEADERS)}


_NAME_CELL = re.compile(r"[\u4e00-\u9fa5]{2,4}")
_ROLES = ("劳动者", "职工", "人员", "居民", "专家", "同志", "申请人", "当事人", "投诉人", "求职者", "家属", "经查，", "关于", "打入", "支付", "将", "、")
#: What a block must hold for the role pass to read it: a role word, or a cue of a person (等68人 apart).
_COUNT_CUE_PATTERN = r"等[0-9]+人"
_ROLE_WORDS = _ROLES[:-1] + ("同志", "本人", "系夫妻", "系父", "系母", "系子", "系女")


def _has_role(t: str) -> bool:
    """Whether block text ``t`` holds a role word or a person's cue (等68人 among them): one
    search for the words, anchored on their first characters (a generator of ~20 substring
    tests cost ~5 µs a paragraph that holds none)."""
    return _ROLE_WORD_RE.search(t) is not None


_ROLE_WORD_RE = re.compile("|".join(map(re.escape, _ROLE_WORDS)) + "|" + _COUNT_CUE_PATTERN)


def _role_name(t: str, c: _Name) -> str | None:
    """The name of candidate ``c`` in block text ``t`` when the role pass reports it: a person's
    role right before it, or a cue right after it (directly, or after a list 、/与 of names)."""
    v = c.group(1)
    if v.endswith(_NOT_NAME_END) or "某" in v:
        return None
    before, after = t[max(0, c.start(1) - 6):c.start(1)], t[c.end(1):c.end(1) + 6]
    if _PUBLIC_OFFICE.match(after) or _common_word(v):
        return None  # 张三同志任…科长: an official's appointment is published by law; 关于 is a word
    if before.endswith(_ROLES) or _CUE_AFTER.match(after):
        return v
    if _LIST_NEXT.match(after):
        # 张三、李四同志: the list's cue is the next one; 张三、李四同志任… is an appointment too
        cue = _CUE_AFTER.search(t, c.end(1))
        if cue is not None and not _PUBLIC_OFFICE.match(t, cue.start()):
            return v
    return None


@lru_cache(maxsize=1)
def _role_word_re() -> re.Pattern:
    """A role word right before a surname character: where a role-named name can begin. The
    surname is a look-ahead, so a failed role does not consume; no role word starts inside
    another one followed by a surname, so non-overlapping matches find every such position."""
    chars = surnames() | {c[0] for c in COMPOUND_SURNAMES}
    return re.compile("(?:" + "|".join(map(re.escape, _ROLES)) + ")(?=[" + re.escape("".join(sorted(chars))) + "])")


def _names_in(t: str, cues: list[int] | None) -> list[_Name]:
    """The candidate names of block text ``t`` the role pass reads: all of them in a block holding
    an identifier (``cues`` None), else those in the run of Chinese characters (and 、) that ends
    at a cue, at most ``_CUE_REACH`` long: a name, or a list of names (林国锦、卢梅、孔志文的就业,
    黄明泽与孔飞桐系夫妻), right before 同志 / 的就业 / 系夫妻. Without an identifier in the block a
    name counts only when the cue is said of it; a role word alone does not make it personal data."""
    if cues is None:
        return find_names(t, 0, len(t))
    out: list[_Name] = []
    hi_prev = -1
    for q in sorted(cues):
        lo = max(0, q - _CUE_REACH, hi_prev)
        k = q
        while k > lo and ("\u4e00" <= t[k - 1] <= "\u9fa5" or t[k - 1] == "、"):
            k -= 1
        if k < q:
            out += find_names(t, k, q)
        hi_prev = max(hi_prev, q)
    return out


#: How far before a cue the names of its list may start (林国锦、卢梅、孔志文的就业: 13 characters).
_CUE_REACH = 40


def _role_blocks(doc: Document, cfg, j, candidates: set[int]) -> dict[int, list[int] | None]:
    """The blocks where the role pass can report a name, by index: None to read the whole block,
    or the offsets of the cues in it when the block holds no identifier candidate.

    Most 公文 lines hold a block trigger (关于, 将, 人员 …) but no name beside it; running the name
    search over each was most of the detectors' time on prose. A block qualifies when a cue
    (同志, 本人, 等68人, 系夫妻 …) that is not an appointment (…同志任) starts in it, found by the
    shared word pass (``_CUE_WORDS``), or when it holds an identifier candidate (``candidates``)
    and a role word ends right before a position where the name search would take a reportable
    name. A role alone (劳动者刘翠已签订劳动合同) names a person without identifying anyone
    further; the issue asks for names beside identifiers, and searching every line's role words
    cost ~12 µs a page, so the role-word search reads only the blocks that hold an identifier.
    """
    jt = j.text
    starts = j.starts
    out: dict[int, list[int] | None] = {}
    for end, w in j.words["name_cue"]:  # ``word_hits``: the join ran the word pass
        q = end - len(w) + 1
        if w[0] == "等" and not _COUNT_CUE.match(jt, q):
            continue  # 等 + a digit: a cue only as 等68人
        # an appointment (…同志任): ``_PUBLIC_OFFICE`` starts with 同志, the one cue word it can match at
        if w != "同志" or not _PUBLIC_OFFICE.match(jt, q):
            i = bisect_right(starts, q) - 1  # ``j.index`` inline
            off = q - starts[i]
            if i in candidates:
                out[i] = None
            else:
                out.setdefault(i, []).append(off)  # type: ignore[union-attr]
    role_re = _role_word_re()
    for i in candidates:
        if i in out or doc.blocks[i].position.cell is not None:
            continue
        t, base = j.block_text(i), j.starts[i]
        for m in role_re.finditer(t):
            # checked on the joined text (no role word, name or cue crosses a line break), in the
            # window the check reads: the same phrases (关于申请, 人员管理) recur, so it is cached
            p = base + m.end()
            lo = max(0, p - 6)
            if _reportable_after_role(jt[lo:p + 16], p - lo):
                # the role pass skips the block whatever names it holds: the block's own test,
                # read last (its ~30 substring tests cost more than the role-word search)
                if not _PUBLISHED_RE.search(t) and _has_role(t):
                    out[i] = None
                break
    return out


@lru_cache(maxsize=8192)
def _reportable_after_role(window: str, p: int) -> bool:
    """Whether the name search takes a name at ``p`` of ``window`` (a role word ends at ``p``)
    that the role pass reports. The window holds what the check reads: 6 characters before the
    name, the name (≤ 4) and 6 after it plus the longest identifier label after a name (4)."""
    c = _name_at(window, p)
    return c is not None and _role_name(window, c) is not None


_CUE_AFTER = re.compile(r"同志|本人|等[0-9]+人|与[\u4e00-\u9fa5]{2,4}系|系(?:夫妻|父|母|子|女|兄|弟|姐|妹)|在岗|持护照|的就业|申请工伤")
#: The first characters of ``_CUE_AFTER``'s alternatives (a test keeps the two in step).
_CUE_FIRST = "同本等与系在持的申"
#: ``_CUE_AFTER``'s literal cues for the shared word pass (a regex over the page cost ~10 µs: 的, 与
#: and 在 start a try every few characters). 等68人 is found as 等 + a digit and checked with
#: ``_COUNT_CUE``; 与张三系夫妻 through its kinship word (与张三系 + anything else is no cue here).
_CUE_WORDS = ("同志", "本人", "在岗", "持护照", "的就业", "申请工伤", "系夫妻", "系父", "系母", "系子", "系女", "系兄", "系弟",
              "系姐", "系妹") + tuple(f"等{d}" for d in "0123456789")
_COUNT_CUE = re.compile(_COUNT_CUE_PATTERN)
family("name_cue", _CUE_WORDS)
#: Words naming a person's own identifier: a block holding one is read by the role-word search.
#: The announcing words of ``_labelled`` (微信, 社会保障卡, 医疗保障 …) are not: policy prose names
#: them on every page, and where a value follows one it is a hit of that pass already.
family("id_word", ("身份证", "银行卡", "证件号", "护照", "本人"))
#: What a name reported without an identifier starts from: a role word or a cue (``_document``'s fast path).
STARTERS = frozenset(w[0] for w in _ROLES) | frozenset(_CUE_FIRST)
_LIST_NEXT = re.compile(r"[、与]")


_SENTENCE_END = "。！？"
#: Anchored on the mask (a leading CJK class would try every character); the surname before the
#: mask is checked in Python.
_UNDONE = re.compile(r"[*＊×]{1,2}[（(]([\u4e00-\u9fa5]{2,4})[)）]")
#: × and ＊ are read as * in the joined text (``_scan``): the pairs hold * alone.
_MASK_BRACKET = ("*（", "*(")
_MASKS = "*＊×"


def _undone(j) -> list[re.Match]:
    """``_UNDONE.finditer(j.text)``'s matches, found from the mask-and-bracket pairs every match
    holds (str.find runs at memory speed; the regex over the page cost ~6 µs on pages of masked
    lists). A match starts at the first of the (at most two) masks before its bracket; none holds
    another pair, so matching at each pair finds the same matches. ＊ is translated to * in the
    joined text, and so is × (a masking character); a * is in its ASCII part, and a page without one
    skips the pairs' searches."""
    jt = j.text
    out: list[re.Match] = []
    if b"*" not in j.ascii:
        return out  # × is a masking character: the joined text holds it as * (``_scan._MASKS``)
    for pair in _MASK_BRACKET:
        k = jt.find(pair)
        while k >= 0:
            st = k - 1 if k and jt[k - 1] in _MASKS else k
            m = _UNDONE.match(jt, st)
            if m is not None:
                out.append(m)
            k = jt.find(pair, k + 2)
    out.sort(key=lambda m: m.start())
    return out


#: 张三同志任…科长: an appointment, published by law; 张三、李四等同志参加 (出席, 带队): people named in their official work
_PUBLIC_OFFICE = re.compile(r"同志(?:任|为|兼任|免去|不再担任|参加|出席|列席|带队|组成)")
#: Sentences whose names are published by law or by design: appointments and removals, commendations.
_PUBLISHED = ("表彰", "表扬", "嘉奖", "任命", "任免", "聘任", "免去", "予以通报")
#: Any of them in a block (one search where eight substring tests cost twice as much).
_PUBLISHED_RE = re.compile("|".join(_PUBLISHED))


def _common_word(v: str) -> bool:
    """A frequent word of jieba's general dictionary (关于, 文明): name-shaped but not a name."""
    from ._label import _tokenizer

    tk = _tokenizer()
    tk.check_initialized()
    return tk.FREQ.get(v, 0) >= 1000


def _index(doc: Document, b) -> int:
    i = b.position.block
    if i is not None and i < len(doc.blocks) and doc.blocks[i] is b:
        return i
    return next(k for k, x in enumerate(doc.blocks) if x is b)


def _hit(b, s: int, e: int, name: str, paired: str, how: str, text: str | None = None) -> Hit:
    shown = mask_name(name)
    return Hit("name", b, s, e, shown, 0.8, how, "—", (("base name paired with identifier", 0.8),), (paired,),
               snippet=snippet_of(text if text is not None else b.text, s, e, shown), extra=(("paired_with", paired),))


@register("name")
class NameDetector(DocumentCheck):
    """Names listed with identifiers."""

    name = "name"

"""The label model: what the nearest label (or column header) says a number is.

A fixed list of trap labels misses every label nobody wrote down (业务受理号, 12345热线工单号,
不动产权证号 …). A label is a noun phrase whose **head noun** — its last meaningful word — says
what the number belongs to: ``设备序列号`` is a device's, ``业务受理号`` a case's, ``保单号`` a
policy's, ``身份证号码`` a person's. So the label is cut into words with jieba, and read from the
right: words that only say "this is a number" (号, 号码, 码, 电话, 地址 …) are skipped, and the first
word found in the head-noun lexicon (``lexicons/pii_label_heads.txt``: a word and its meaning,
not whole labels) decides:

* ``person`` — a person or a person's own identifier (身份证, 本人, 手机, 家庭, 持卡人 …): the score
  goes up, unless the word names a *different* identifier than the one scored (身份证号 before a
  Luhn-valid 18-digit number: a mistyped ID, not a card), which takes it down;
* ``thing`` — a document, device, case, payment, contract, property, policy, order, ticket,
  project, batch, firm (编号, 工单, 保单, 缴款, 不动产, 单位 …): the score goes down;
* ``office`` — a service line, window or centre (咨询, 热线, 窗口, 中心 …), or the head of a unit's
  name (办公室, …局, …科, …处, …站): down for contacts (phones, mailboxes, addresses), which is
  what an office publishes — a mobile printed as ``网络技术服务电话`` or after ``考试中心电子邮箱``
  included. A one-character head counts only after a Chinese character that is not a house
  number's (``501室``, ``3号院`` are addresses, ``人社局`` is a unit);
* ``contact`` — 联系电话, 联系方式: says "a contact", not whose; the words left of it say whose
  (``联系人张三，联系电话`` a person's, ``向就业服务中心反映，联系电话`` the centre's). Nothing
  to its left: no meaning, so a mobile keeps its own score and a landline or mailbox is not a person's;
* a person's name right before the number (``杜兰（3301…）``) is a person label;
* no label: the checksum and the column decide; for a contact, an owner in brackets right after
  the number or its list (``0431-…、1315…（…考试中心）``) is read as its label;
* a list of values (``0431-…、1315…、1315…``) shares the label before its first value, however
  far back the list began.

jieba is imported on the first label read (not by the audit's start-up) and segmentations are
cached; the lexicon words are added to its dictionary so a head noun is never split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..config import lexicon
from ._base import surnames

_HARD_STOP = "。；;！？!?\n\t"
#: What may stand between a label and its value.
_JOINERS = " \u3000：:（(为是的，,#＃"
#: A value inside the window: an earlier number whose label is not ours (准考证号 2023…，13812…).
_VALUE = re.compile(r"[A-Za-z_\-.·]*[0-9*＊×●][0-9A-Za-z*＊×●_\-.·]{3,}")
_LIST_TAIL = re.compile(r"[0-9A-Za-z*＊()（）\-]{4,}[、/和或及]\s*$"
                        # telephone numbers are listed with commas too (监督电话：0955-7012345，1381…)
                        r"|(?<![0-9A-Za-z])(?:0[0-9]{2,3}-?[0-9]{7,8}|1[3-9][0-9]{9}|[0-9]{7,8})[，,]\s*$")
_CJK_RUN = re.compile(r"[\u4e00-\u9fa5·]{2,5}$")
COMPOUND_SURNAMES = ("欧阳", "司徒", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "夏侯", "端木", "司马")


@dataclass(frozen=True, slots=True)
class Label:
    """What a label says: its text, its words, its meaning and the word that decided it."""

    text: str
    words: tuple[str, ...]
    meaning: str | None  # person | thing | office | None
    word: str | None  # the word that decided (or "姓名" for a name right before the value)
    names: str | None  # the identifier type a person word names (身份证 → id_card), if any
    source: str = "label"  # label | column | line above

    def says(self) -> str:
        """``label 「业务受理号」 受理=thing`` for the decision process."""
        how = f" {self.word}={self.meaning}" if self.meaning else " (no meaning)"
        return f"{self.source} 「{self.text}」{how}"


NONE = Label("", (), None, None, None)

#: A label naming one identifier fits these subtypes too: the 台湾居民居住证 and the 2023
#: 外国人永久居留身份证 print their number as the holder's 公民身份号码 / 身份证号码.
#: Labels naming these are about a person but not a number's type: no conflict with an ID after 住.
_NOT_NUMBERS = frozenset({"address", "email", "wechat", "plate"})
FAMILY = {"id_card": ("id_card", "id_card_15", "taiwan_residence", "foreign_permanent", "disability_cert"),
          "foreign_permanent": ("foreign_permanent",), "disability_cert": ("disability_cert",)}


@lru_cache(maxsize=1)
def heads() -> dict[str, tuple[str, str | None]]:
    """The head-noun lexicon: word → (meaning, the identifier type it names)."""
    out: dict[str, tuple[str, str | None]] = {}
    for ln in lexicon("pii_label_heads"):
        parts = ln.split("\t")
        out[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else None)
    return out


@lru_cache(maxsize=1)
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(heads(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _tokenizer():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    for w, (m, _) in heads().items():
        if m != "neutral":  # 号/证号 as words would cut 准考证号 into 准考 + 证号
            tk.add_word(w, freq=2000)
    return tk


@lru_cache(maxsize=8192)
def segment(text: str) -> tuple[str, ...]:
    """jieba words of a label (cached: labels repeat down a list)."""
    return tuple(w for w in _tokenizer().lcut(text, HMM=False) if w.strip())


def _parts(word: str):
    """A jieba word read from the right by the lexicon (``身份证号码`` → 号码, 身份证): longest
    lexicon suffix first; a word with no known suffix is one unknown part."""
    lex = heads()
    while word:
        if word in lex:
            yield word
            return
        suf = next((s for s in _suffixes() if word.endswith(s)), None)
        if suf is None:
            yield word
            return
        yield suf
        word = word[: -len(suf)]


@lru_cache(maxsize=8192)
def meaning_of(text: str, source: str = "label") -> Label:
    """The meaning of a label or header text (the rightmost word of the lexicon that decides)."""
    text = text.strip()
    if not text:
        return NONE
    words = segment(text)
    lex = heads()
    number = None  # 编号/编码 …: whose number it is decides; nobody's → a thing's
    contact = None  # 联系电话/联系方式: whose contact the words left of it say; nobody's → no meaning
    for w, end in reversed(_placed(text, words)):
        k = end
        for part in _parts(w):
            k -= len(part)  # where this part starts in ``text``
            m = lex.get(part)
            if m is None or m[0] == "neutral":
                continue
            if m[0] == "number":
                number = number or part
                continue
            if m[0] == "contact":
                contact = contact or part
                continue
            if m[0] == "office" and len(part) == 1 and not _unit_head(text, k):
                continue
            if contact is not None and m[0] == "person" and m[1] is not None and m[1] not in _NOT_NUMBERS:
                # 身份证号 before 联系电话 (a header row): a neighbouring field, not the contact's owner
                return Label(text, words, None, contact, None, source)
            return Label(text, words, m[0], part, m[1], source)
    if _PLACE.fullmatch(text.strip("，,、；;").rstrip(_JOINERS)):
        # a number listed under a place's name (盐湖区：0359-…  河津市：188…): that place's service line
        return Label(text, words, "office", "地名", None, source)
    if _is_name(text):
        return Label(text, words, "person", "姓名", None, source)
    if number is not None:
        return Label(text, words, "thing", number, None, source)
    return Label(text, words, None, contact, None, source)


def _placed(text: str, words: tuple[str, ...]) -> list[tuple[str, int]]:
    """Each jieba word with where it ends in ``text`` (the words come in order; blanks were dropped)."""
    out, at = [], 0
    for w in words:
        i = text.find(w, at)
        at = (i if i >= 0 else at) + len(w)
        out.append((w, at))
    return out


#: Before a one-character unit head these make it part of an address or a count, not a unit's
#: name: 501室, 3号院, 5栋2单元, 三室一厅.
_NOT_UNIT_BEFORE = frozenset("号栋幢楼层单元户间套一二三四五六七八九十两")


def _unit_head(text: str, at: int) -> bool:
    """A one-character head (局, 科, 室, 院 …) at ``text[at]`` ends a unit's name: a Chinese
    character stands right before it and it is not a house number's or a count's."""
    if at <= 0:
        return False
    c = text[at - 1]
    return "\u4e00" <= c <= "\u9fa5" and c not in _NOT_UNIT_BEFORE


#: A label that is only a place's name (a county, a district, a town): the owner of a contact listed under it.
_PLACE = re.compile(r"[\u4e00-\u9fa5]{1,6}(?:省|自治区|市|地区|自治州|州|盟|县|自治县|旗|区|镇|乡|街道)")
_NAME_END = re.compile(r"[\u4e00-\u9fa5·]{2,5}(?=[，,（(的]|$)")


def _is_name(text: str) -> bool:
    """A person's name ends the label (``杜兰（`` before the number) or ends its last phrase
    (``专家史英，E-mail``): a surname and 1–2 characters (compound surnames 2–3)."""
    text = text.rstrip(_JOINERS)
    runs = list(_NAME_END.finditer(text))
    return any(_name_run(m.group()) for m in runs[-2:])


def _name_run(run: str) -> bool:
    for n in (4, 3, 2):
        v = run[-n:]
        if len(v) != n:
            continue
        if v.startswith(COMPOUND_SURNAMES) and n >= 3:
            return True
        if n <= 3 and v[0] in surnames() and v[-1] not in "人员者局科市县区厅处长":
            pre = run[:-n]  # a name, not the tail of a longer word: nothing or a person's role before it
            if not pre or pre[-1] in "的之" or any(pre.endswith(w) for w, m in heads().items() if m[0] == "person" and len(w) >= 2):
                return True
    return False


def clause_before(text: str, start: int, window: int) -> str:
    """The part of the clause before a value that can be its label: at most ``window`` characters,
    back to the last full stop or line break, minus an earlier value and what stands after it
    (a list ``0576-7936326、1358…`` is skipped, so the list's label is found)."""
    return _clause(text[max(0, start - window):start])


def _clause(w: str) -> str:
    # ``clause_before`` on the window alone: it reads nothing outside it
    cut = max(w.rfind(c) for c in _HARD_STOP)
    if cut >= 0:
        w = w[cut + 1:]
    while True:
        m = _LIST_TAIL.search(w)
        if m is None:
            break
        w = w[:m.start()]
    last = None
    for last in _VALUE.finditer(w):
        pass
    if last is not None:
        # an earlier value stands between: only the words after it can label ours
        w = w[last.end():]
        if not w.strip(_JOINERS + "，,、"):
            return ""
    return w.rstrip(_JOINERS)


def read_label(text: str, start: int, window: int, above: str | None = None) -> Label:
    """The label of a value at ``start`` of ``text`` (the clause before it; when the value opens its
    line, the short line above, e.g. ``社会保障卡号`` / ``J33047626``)."""
    blank = above is not None and not text[:start].strip()
    before = text[max(0, start - window):start]
    if start > window and _LIST_TAIL.search(before):
        before = text[max(0, _list_start(text, start) - window):start]
    return _read(before, window, above, blank)


#: How far back a list of values is followed to its label (a dozen numbers).
_LIST_REACH = 240


def _list_start(text: str, start: int) -> int:
    """Where the list of values ending right before ``start`` begins (``0431-…、1315…、``): the
    list's label stands before its first value, which may be beyond the window."""
    lo = max(0, start - _LIST_REACH)
    w = text[lo:start]
    while True:
        m = _LIST_TAIL.search(w)
        if m is None:
            return lo + len(w)
        w = w[:m.start()]


_OWNER_AFTER = re.compile(r"(?:\s*[、,，/]\s*[0-9*\-]{5,})*\s*[（(]([\u4e00-\u9fa5·]{2,30})[)）]")


def owner_after(text: str, end: int) -> Label:
    """The owner printed in brackets right after a contact, or after the rest of its list
    (``1315…、1315…（…考试中心）``, ``0851-…（兼传真）``); NONE when there is none."""
    m = _OWNER_AFTER.match(text, end, end + _LIST_REACH)
    return meaning_of(m.group(1), "owner after") if m else NONE


@lru_cache(maxsize=8192)
def _read(before: str, window: int, above: str | None, blank: bool) -> Label:
    # cached on the window before the value: in lists and tables the same labels recur (身份证号：),
    # and reading one (regexes, jieba) cost more than the rest of scoring a hit
    w = _clause(before)
    if w.strip(_JOINERS + "，,、"):
        lab = meaning_of(w)
        if lab.meaning is not None or above is None:
            return lab
    if blank and 0 < len(above.strip()) <= window:
        return meaning_of(above.strip().rstrip(_JOINERS), "line above")
    return meaning_of(w) if w.strip() else NONE


#: Person words that name who handles a matter for a body, not whose private line it is.
WORK_CONTACT = frozenset({"联系人", "经办人", "承办人", "姓名"})


def adjust(subtype: str, lab: Label, score: float, steps: list, used: list, *, boost: float, trap: float,
           contact: bool = False) -> float:
    """Move ``score`` by what the label means, recording the step and the deciding word."""
    if lab.meaning is None:
        return score
    if lab.meaning == "person":
        if lab.names is not None and lab.names not in _NOT_NUMBERS and subtype not in FAMILY.get(lab.names, (lab.names,)):
            delta = -trap
            why = f"{lab.says()} names {lab.names}"
        elif subtype == "landline" and lab.word in WORK_CONTACT:
            # 某某厅联系人：严某，联系电话：025-… — a fixed line printed for the body's 联系人 is the office's
            # desk line (a 公文's contact line); a home line says so (家庭、住宅 …) and stays a person's
            steps.append((f"{lab.says()}: a 联系人's fixed line is an office line", 0.0))
            used.append(lab.word)
            return score
        else:
            delta = boost
            why = lab.says()
    elif lab.meaning == "thing" or contact:
        delta = -trap
        why = lab.says()
    else:
        return score  # an office word before an identity number says nothing about it
    steps.append((why, delta))
    used.append(lab.word or lab.text)
    return score + delta

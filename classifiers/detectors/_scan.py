"""One pass over a document's text for every number-shaped detector, shared and cached.

Measured (perf-limits.md): one digit-run regex with our own checksums runs at 84–135 MB/s, three
separate passes at a third of that, full NFKC costs more than the whole scan. So the blocks'
text is joined once per document (full-width digits translated only when a cheap test finds
some), one regex finds runs of digits, ``*`` masks, spaces and hyphens, and each run is
dispatched on its length: 18 → ID (MOD 11-2) else card (Luhn); 15 → old ID; 11 → mobile;
16–19 → card. A run that means nothing as a whole is split into its groups (two numbers side by
side). PDF text comes line by line, so numbers wrapped across lines and labels on the line above
are handled too. The candidates, scored with their context, are cached per ``Document`` so the
id_card, bank_card, mobile, masking_policy and name detectors share them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter
from typing import NamedTuple

from extractors.model import Block, Document

from ..masking import mask_card, mask_id, mask_phone, mask_middle
from ._base import DetectorConfig, Hit, words
from ._checksums import _date_ok, id_check_char, luhn_ok, valid_disability, valid_id, valid_id15, valid_mod11  # noqa: F401  (re-exported)
from ._context import _Context
from ._label import adjust, meaning_of, owner_after, read_label
from ._repeat import LocalCache
from ._separators import odd_spaces

_FW_ANY = re.compile(r"[０-９＊Ｘｘ]")
_FW_CHARS = "０１２３４５６７８９＊Ｘｘ"
_FULLWIDTH = str.maketrans("０１２３４５６７８９＊Ｘｘ", "0123456789*Xx")
# A run of 11+ digits, * masks, spaces and hyphens, optionally ending in X. No look-arounds: they
# cost a check at every position; the neighbours are checked in Python for the few runs found.
_NUM = re.compile(r"[0-9*][0-9* \-.]{9,}[0-9*Xx]")
#: Every character ``_NUM`` matches as b"1", every other byte as b"0" (a non-ASCII character is
#: b"?" after ``encode("ascii", "replace")``, one byte per character): a match lies inside a run of
#: 11 or more b"1"s, found by ``bytes.find`` at memory speed. ``_NUM`` over the whole page tried a
#: match at every digit of every date (~11 µs a page); the ASCII part alone could not tell dates
#: apart (2027年11月3日 is 2027113 there).
_RUNS = bytes(0x31 if chr(i) in "0123456789* -.Xx" else 0x30 for i in range(256))
_RUN11 = b"1" * 11
_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz*")
_SEP = re.compile(r"[ \-.]")  # 138.1234.5678 is written too
MOBILE_PREFIXES = frozenset(
    "130 131 132 133 134 135 136 137 138 139 145 147 149 150 151 152 153 155 156 157 158 159 162 165 166 167 "
    "170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 190 191 192 193 195 196 197 198 199".split()
)
#: Card-issuer prefixes plausible in China: UnionPay 62/60/81, Visa 4, Mastercard 5/2, Amex/JCB 3.
_CARD_PREFIX = ("62", "60", "81", "4", "5", "3", "2")
_MONEY_AFTER = ("元", "万", "亿", "美元")


class Masked(NamedTuple):
    """A masked identifier as written (``640502********1234``): kept for the mask-policy checks.

    A named tuple, like ``Scan`` and ``Joined``: immutable as a frozen dataclass, made at a third
    of its cost (a published list holds dozens of masked values; every page makes a scan)."""

    block: Block
    start: int
    end: int
    value: str  # normalised, with * for masked characters
    kind: str  # id_card | mobile | bank_card


class Scan(NamedTuple):
    """Every number-shaped candidate of one document, scored; and the masked values seen."""

    hits: tuple[Hit, ...]
    masked: tuple[Masked, ...]
    joined: "Joined"  # the document's text, full-width digits translated


@lru_cache(maxsize=64)
def _longest_first(labels: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(labels), key=len, reverse=True))


def nearest_label(text_before: str, labels: tuple[str, ...]) -> tuple[str | None, int]:
    """The label ending closest to the match (longest on a tie) and where it ends, or (None, -1)."""
    best, best_end = None, -1
    for w in _longest_first(labels):
        i = text_before.rfind(w)
        if i >= 0 and i + len(w) > best_end:
            best, best_end = w, i + len(w)
    return best, best_end


#: Per-subtype (base pattern text, hotword lexicon).
KINDS = {
    "id_card": "pii_id_card",
    "id_card_15": "pii_id_card",
    "bank_card": "pii_bank_card",
    "mobile": "pii_mobile",
    "passport": "pii_passport",
}


_FIELD_SEP = re.compile(r"\s*\|\s*|\t|\s{2,}|\u3000+")


def _column_of(header: str, text: str, start: int) -> str:
    """The header field above the value when a PDF/plain-text row and its header line are split
    into fields (``序号 | 姓名 | 身份证号`` / ``3 | 侯永 | 1201…``); the whole header otherwise."""
    fields = _FIELD_SEP.split(header.strip())
    if len(fields) < 2:
        return header
    line = text[text.rfind("\n", 0, start) + 1:start]
    k = len(_FIELD_SEP.findall(line.strip()))
    return fields[k] if k < len(fields) else header


def score_context(subtype: str, base: float, text: str, start: int, end: int, header: str | None,
                  cfg: DetectorConfig, *, boost: float, trap: float, office: bool = False,
                  above: str | None = None) -> tuple[float, tuple, tuple]:
    """Score a match by what its label means (``_label``): the clause before it (or the short line
    above when the match opens its line), else the column header; and the text right after it.

    Returns (score, steps, words that moved it). A person's label adds ``boost``; a thing's label
    (编号, 工单, 保单 …), a label naming another identifier, or for contacts (``office``) an
    office's line (咨询, 热线 …) subtracts ``trap``. ``extra_hotwords`` / ``extra_traps`` from the
    configuration still apply, as words anywhere in the clause.
    """
    steps: list[tuple[str, float]] = [(f"base {subtype}", base)]
    used: list[str] = []
    lab = read_label(text, start, cfg.window_before, above)
    if lab.meaning is None and office:
        # a contact whose label says nothing of its owner: an owner in brackets after it (…（考试中心）)
        after_owner = owner_after(text, end)
        lab = after_owner if after_owner.meaning is not None else lab
    score = adjust(subtype, lab, base, steps, used, boost=boost, trap=trap, contact=office)
    if lab.meaning is None and header:
        header = _column_of(header, text, start)
        score = adjust(subtype, meaning_of(header, "column"), score, steps, used, boost=boost, trap=trap, contact=office)
    if cfg.extra_hotwords or cfg.extra_traps:  # configured words (none by default)
        clause = text[max(0, start - cfg.window_before):start]
        hot = next((w for w in cfg.extra_hotwords.get(subtype, ()) if w in clause or (header and w in header)), None)
        if hot is not None:
            score += boost
            steps.append((f"configured label 「{hot}」", boost))
            used.append(hot)
        bad = next((w for w in cfg.extra_traps if w in clause or (header and w in header)), None)
        if bad is not None:
            score -= trap
            steps.append((f"configured trap 「{bad}」", -trap))
            used.append(bad)
    after = text[end:end + cfg.window_after].lstrip()
    if after.startswith(_MONEY_AFTER):
        score -= trap
        steps.append(("amount (元) after", -trap))
        used.append(after[:2])
    return max(0.0, min(score, 1.0)), tuple(steps), tuple(used)


_AMEX, _DINERS = ("34", "37"), ("30", "36", "38", "39")


def _classify(d: str, b: Block, s: int, e: int, ctx: _Context, cfg: DetectorConfig, ctext: str, cs: int, ce: int) -> Hit | None:
    """Dispatch one separator-free digit string on its length; None when it is nothing personal.

    ``s``/``e`` place the hit in block ``b``; ``ctext[cs:ce]`` is the same match in the text its
    context is read from (the block, or for a PDF line the line before it too).
    """
    n = len(d)

    def ctx_score(sub: str, base: float, boost: float, trap: float, office: bool = False):
        # the column header and the line above are read only for a number worth scoring
        above = ctx.above(b) if not ctext[:cs].strip() else None
        return score_context(sub, base, ctext, cs, ce, ctx.header(b), cfg, boost=boost, trap=trap, office=office, above=above)

    if n == 18 and valid_id(d):
        sc, steps, used = ctx_score("id_card", 0.8, 0.15, 0.5)
        return Hit("id_card", b, s, e, mask_id(d), sc, "18位号码（GB 11643）", "MOD 11-2 校验位正确，出生日期有效", steps, used)
    if n == 18 and d.startswith("83") and valid_mod11(d):
        sc, steps, used = ctx_score("taiwan_residence", 0.8, 0.15, 0.5)
        return Hit("taiwan_residence", b, s, e, mask_id(d), sc, "台湾居民居住证（830000 + 出生日期）", "MOD 11-2 校验位正确，出生日期有效", steps, used)
    if n == 18 and d[0] == "9" and valid_mod11(d):
        sc, steps, used = ctx_score("foreign_permanent", 0.8, 0.15, 0.5)
        return Hit("foreign_permanent", b, s, e, mask_id(d), sc, "外国人永久居留身份证（2023年式，9 字头18位）", "MOD 11-2 校验位正确，出生日期有效", steps, used)
    if n == 20 and valid_disability(d):
        sc, steps, used = ctx_score("disability_cert", 0.8, 0.15, 0.5)
        return Hit("disability_cert", b, s, e, mask_middle(d, 6, 2), sc, "残疾人证号（身份证号 + 类别 + 等级）", "身份证号 MOD 11-2 校验位正确，类别 1–7、等级 1–4", steps, used)
    mob = None
    if n == 11:
        mob = d
    elif n == 13 and d.startswith("86"):
        mob = d[2:]
    elif n == 15 and d.startswith("0086"):
        mob = d[4:]
    if mob is not None and mob[:3] in MOBILE_PREFIXES:
        sc, steps, used = ctx_score("mobile", 0.75, 0.15, 0.45, office=True)
        return Hit("mobile", b, s, e, mask_phone(mob), sc, "11位手机号（大陆号段）" + ("，+86 国际冠码" if mob != d else ""), f"号段 {mob[:3]} 有效", steps, used)
    if n == 15 and d.startswith(_AMEX) and luhn_ok(d):
        lab = read_label(ctext, cs, cfg.window_before, ctx.above(b) if not ctext[:cs].strip() else None)
        if not valid_id15(d) or lab.names == "bank_card":
            return _card(d, b, s, e, ctx, cfg, ctext, cs, ce, 0.45, ctx_score, "15位运通卡号（34/37 字头）")
    if n == 15 and valid_id15(d):
        sc, steps, used = ctx_score("id_card_15", 0.35, 0.45, 0.3)
        return Hit("id_card_15", b, s, e, mask_id(d), sc, "15位旧号码", "出生日期有效（旧号无校验位）", steps, used)
    if n == 14 and d.startswith(_DINERS) and luhn_ok(d):
        return _card(d, b, s, e, ctx, cfg, ctext, cs, ce, 0.45, ctx_score, "14位大来卡号（30/36/38/39 字头）")
    if 16 <= n <= 19 and d.isdigit() and luhn_ok(d):
        base = 0.6 if d.startswith(_CARD_PREFIX) else 0.3
        return _card(d, b, s, e, ctx, cfg, ctext, cs, ce, base, ctx_score, "16–19位银行卡号")
    if d[0] == "0" and 10 <= n <= 12:
        return _landline_hit()(d, b, s, e, ctx_score)
    return None


_LOCAL = LocalCache()


def _classify_local(d: str, b: Block, s: int, e: int, ctx: _Context, cfg: DetectorConfig, ctext: str, cs: int, ce: int) -> Hit | None:
    """``_classify``, remembered across documents (``_repeat``) under every input it reads: the
    digits, the text and span its context is read from, the column header, the line above (when
    the number opens its line), the row (a cell's), the configuration. Only the block and the
    span in it differ between two pages carrying the same line (an office's hotline)."""
    if len(ctext) > _LOCAL.longest:
        return _classify(d, b, s, e, ctx, cfg, ctext, cs, ce)
    cell = b.position.cell is not None
    key = (d, ctext, cs, ce, ctx.header(b), ctx.above(b) if not ctext[:cs].strip() else None,
           ctx.row_text(b) if cell else None, cell, id(cfg))
    h = _LOCAL.get(key, cfg)
    if h is LocalCache.MISS:
        h = _classify(d, b, s, e, ctx, cfg, ctext, cs, ce)
        _LOCAL.put(key, cfg, h)
        return h
    return None if h is None else Hit(h[0], b, s, e, *h[4:])


@lru_cache(maxsize=1)
def _landline_hit():
    # landline imports this module: its function is fetched on first use (an import statement in
    # ``_classify`` cost ~1 µs a number)
    from .landline import landline_hit

    return landline_hit


def _card(d: str, b: Block, s: int, e: int, ctx: _Context, cfg: DetectorConfig, ctext: str, cs: int, ce: int,
          base: float, ctx_score, pattern: str) -> Hit | None:
    """A Luhn-valid card number: a person's card, a firm's account, or the bureau's public account."""
    sc, steps, used = ctx_score("bank_card", base, 0.35, 0.5)
    row = ctx.row_text(b) if b.position.cell is not None else ctext[max(0, cs - 40):cs]
    sentence = row if b.position.cell is not None else ctext[max(0, cs - 80):cs]
    if any(w in sentence for w in words("pii_public_account")):
        return None  # the bureau's or the treasury's published collection account
    firm = next((w for w in words("pii_firm") if w in row), None)
    if firm is not None:
        # a firm's account is a commercial matter, not a person's card
        return Hit("firm_account", b, s, e, mask_card(d), sc, pattern.replace("银行卡号", "卡号/账号"), "Luhn 校验通过", steps + ((f"firm 「{firm}」", 0.0),), used + (firm,), code="COMMERCIAL_SECRET")
    return Hit("bank_card", b, s, e, mask_card(d), sc, pattern, "Luhn 校验通过" + ("，非身份证号" if len(d) == 18 else ""), steps, used)


def _masked(v: str) -> str | None:
    """What a masked value stands for, by its length."""
    n = len(v)
    if n in (15, 18) and v[0].isdigit():
        return "id_card"
    if n == 11 and v[0] == "1":
        return "mobile"
    if 16 <= n <= 19:
        return "bank_card"
    return None


class Joined(NamedTuple):
    """All blocks' text joined by newlines (full-width digits translated), for one regex pass per
    document instead of one per block: table cells are many and short, and per-call overhead
    would dominate. No pattern here matches across a newline, so a match stays in its block."""

    text: str
    starts: tuple[int, ...]
    blocks: tuple[Block, ...]
    #: The text's ASCII characters alone (~100 bytes of a 4 KB page, made at memory speed): an
    #: ASCII match stays contiguous without the rest, so a pattern absent here is absent there.
    ascii: bytes = b""
    #: The shared word pass's hits by family (``_words.word_hits``), computed with the join.
    words: "dict[str, list[tuple[int, str]]]" = {}
    #: One byte a character: the ASCII ones as themselves, every other one as b"?" (so a run of
    #: ASCII characters is a run here too, at the same offsets; 2027年11月3日 is not 2027113).
    chars: bytes = b""

    def may_hold(self, gate: "re.Pattern[bytes]") -> bool:
        """False when ``gate`` (the ASCII part of a pattern, no look-arounds) cannot match the text."""
        return gate.search(self.ascii) is not None

    def locate(self, pos: int) -> tuple[int, Block, str, int]:
        """(block index, block, the block's (translated) text, offset of ``pos`` in it)."""
        i = bisect_right(self.starts, pos) - 1
        s = self.starts[i]
        b = self.blocks[i]
        return i, b, self.text[s:s + len(b.text)], pos - s

    def index(self, pos: int) -> int:
        """The index of the block holding ``pos`` (``locate`` without slicing the block's text)."""
        return bisect_right(self.starts, pos) - 1

    def block_text(self, i: int) -> str:
        s = self.starts[i]
        return self.text[s:s + len(self.blocks[i].text)]


#: Characters published lists mask digits with, read as ``*`` (one for one, so offsets hold):
#: 640106××××××××1234, 182●●●●5678, 6222 ＊＊＊＊ ＊＊＊＊ 1234.
_MASK_CHARS = "×✕╳●○◎■□◆◇※"
_MASKS = str.maketrans({c: "*" for c in _MASK_CHARS})
#: A run of x/X standing for digits: next to a digit or a mask, or a group of a spaced card
#: (6222 xxxx xxxx 1234). A single X stays: it is an ID number's check character.
_X_RUN = re.compile(r"(?:(?<=[0-9*])|(?<=[0-9*xX][ \-]))[xX]{2,}(?=[ \-]?[0-9*xX])")


_TEXT = attrgetter("text")


def join_document(doc: Document, cfg: DetectorConfig | None = None) -> Joined:
    texts = list(map(_TEXT, doc.blocks))
    text = "\n".join(texts)
    # each block starts one past the previous one's end (the newline): cumulative sums of len + 1,
    # every step in C (a generator expression here cost more than the join); after the join, which
    # has brought the strings into the cache
    starts = tuple(accumulate(map((1).__add__, map(len, texts[:-1])), initial=0)) if texts else ()
    chars, ascii_part = _ascii(text)  # while the text is in the cache: the word pass's automaton evicts it
    text, chars, ascii_part = odd_spaces(text, chars, ascii_part, _ascii)
    # the shared word pass (``_words``) runs here, on the page's text: it also says whether
    # the page holds a full-width digit or a masking character (24 substring tests cost ~6 µs); a
    # page that does is translated and the pass runs again on the translated text
    found, special = _words.find_in(text)
    if special:
        if any(c in text for c in _FW_CHARS):
            text = text.translate(_FULLWIDTH)
            text = odd_spaces(text, *_ascii(text), _ascii)[0]  # ３２０６０２\u3000… : digits that were not ASCII before
        # every masking character as ``*``, so a mask in any published style is seen as a mask
        if any(c in text for c in _MASK_CHARS):
            text = text.translate(_MASKS)
        chars, ascii_part = _ascii(text)
    # the x-run test reads the ASCII part (~100 bytes, where a two-character search of the whole
    # page cost 2.5 µs): an x-run is ASCII, so it is there too
    if b"xx" in ascii_part or b"XX" in ascii_part:
        text = _X_RUN.sub(lambda m: "*" * len(m.group()), text)
        chars, ascii_part = _ascii(text)
        special = True
    if special:
        found = _words.find_in(text)[0]
    return Joined(text, starts, doc.blocks, ascii_part, found, chars)


def _ascii(text: str) -> tuple[bytes, bytes]:
    """(``Joined.chars``, ``Joined.ascii``). The ASCII part is ``chars`` without its b"?": a real
    ``?`` drops out with the rest, which no gate reads (a gate only has to hold where the text can
    match, and dropping characters only joins runs)."""
    chars = text.encode("ascii", "replace")
    return chars, chars.translate(None, b"?")
def joined(doc: Document, cfg: DetectorConfig) -> Joined:
    """``join_document`` once per document."""
    entry = _cache[0]  # ``memo``'s lookup inline: every pass asks, ~15 times a page
    if entry is not None and entry[0] is doc and entry[1] is cfg:
        j = entry[2].get("joined")
        if j is not None:
            return j
    return memo(doc, cfg, "joined", join_document)


def context(doc: Document, cfg: DetectorConfig) -> _Context:
    """One ``_Context`` per document for every pass: its indexes (column headers, a PDF list's
    header lines) are built once, on first use, and only read after."""
    return memo(doc, cfg, "context", lambda d, c: _Context(d, joined(d, c)))


def _groups(raw: str, start: int) -> list[tuple[str, int, int]]:
    """Space/hyphen-separated groups of a run with their offsets."""
    out, off = [], start
    for part in _SEP.split(raw):
        out.append((part, off, off + len(part)))
        off += len(part) + 1
    return out


def _meaningful(d: str) -> bool:
    """Worth classifying: a masked value of a known length, or a length some detector takes."""
    if "*" in d:
        return _masked(d) is not None
    return len(d) in (10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)


_ROW_START = re.compile(r"^\d{1,3}\s")
#: The longest value a run of groups can be: a 20-digit number (``_meaningful``), a masked one as long.
_LONGEST = 20


def _split(raw: str, s: int, accept, trim: bool) -> list:
    """What a run holds: the whole run if it means something; else the longest runs of
    consecutive groups that do (``139 1234 5678 6228…`` is a mobile then a card,
    ``640381****8969 6230****5561`` a masked ID then a masked card); else, in a PDF where a table
    row ran into the next row's number (``…8878`` + ``2``), the run without 1–2 trailing digits."""
    d = _SEP.sub("", raw).upper()
    whole = accept(d, s, s + len(raw))
    if whole is not None:
        return [whole]
    out: list = []
    if d != raw.upper():
        # a short group of stars is a masked name (王*, 张**) before the number, not part of it
        gs = [g for g in _groups(raw, s) if not (len(g[0]) <= 3 and set(g[0]) == {"*"})]
        ends = list(accumulate(len(g) for g, _, _ in gs))  # characters in the first k groups: ends[k - 1]
        i = 0
        while i < len(gs):
            # no value is longer than _LONGEST characters: only the runs of groups that short are tried (a row of
            # 1,500 small numbers, 12 12 12 …, is 1,500 × a few tries, not 1,500³ characters joined)
            before = ends[i - 1] if i else 0
            top = bisect_right(ends, before + _LONGEST, lo=i)
            for k in range(max(top, i + 1), i, -1):
                x = accept("".join(g for g, _, _ in gs[i:k]).upper(), gs[i][1], gs[k - 1][2])
                if x is not None:
                    out.append(x)
                    i = k
                    break
            else:
                if trim and i == len(gs) - 1 and "*" not in gs[i][0]:
                    # the last group ran into the next table row's number (…8878 + 2)
                    g, gs_, ge = gs[i]
                    for cut in (1, 2):
                        x = accept(g[:-cut].upper(), gs_, ge - cut)
                        if x is not None and not isinstance(x, Masked):
                            out.append(x)
                            break
                i += 1
    if not out and trim and "*" not in d and " " not in raw and "-" not in raw:
        for cut in (1, 2):
            x = accept(d[:-cut], s, s + len(raw) - cut)
            if x is not None and not isinstance(x, Masked):
                return [x]
    return out


_TAIL = re.compile(r"[0-9][0-9 \-]{2,}$")
_HEAD = re.compile(r"^[0-9][0-9 \-]*[0-9Xx]")
_FLOWING = frozenset({"pdf", "ofd"})


def scan_document(doc: Document, cfg: DetectorConfig) -> Scan:
    """Every digit-run candidate in every block (visible or not), scored with its context."""
    j = joined(doc, cfg)
    ctx: _Context | None = None  # built when a candidate needs its context (most pages: none)
    flowing = doc.format in _FLOWING
    hits: list[Hit] = []
    masked: list[Masked] = []
    jt, starts, blocks = j.text, j.starts, j.blocks
    longest = _line_width(doc.blocks) if flowing else 0
    for ms, me in _candidates(jt, j.chars):
        if (ms and jt[ms - 1] in _ALNUM) or (me < len(jt) and jt[me] in _ALNUM):
            continue  # part of a longer alphanumeric code (信用代码, 型号 …)
        raw = jt[ms:me].rstrip(" -")
        if "X" in raw.upper()[:-1]:
            continue
        bi = bisect_right(starts, ms) - 1  # ``j.index`` inline
        b = blocks[bi]
        s = ms - starts[bi]
        if "*" in raw:
            # a masked value as a whole (a published list's 640502********1234): what ``_split``
            # would return first, without the block's text or its context (``_SEP.sub`` as three
            # replaces: a published list holds dozens of these)
            d = raw.replace(" ", "").replace("-", "").replace(".", "").upper()
            kind = _masked(d)
            if kind:
                masked.append(Masked(b, s, s + len(raw), d, kind))
                continue
        text = j.block_text(bi)
        ctx = ctx or context(doc, cfg)
        # a wrapped PDF line starts mid-sentence: read its context from the line above as well
        pre = ""
        if flowing and bi > 0 and s < cfg.window_before and b.position.cell is None and not _ROW_START.match(text):
            above = j.block_text(bi - 1)
            pre = above if len(above) >= 0.8 * longest else ""

        def accept(d: str, cs: int, ce: int) -> Hit | Masked | None:
            if "*" in d:
                kind = _masked(d)
                return Masked(b, cs, ce, d, kind) if kind else None
            if not _meaningful(d):
                return None
            return _classify_local(d, b, cs, ce, ctx, cfg, pre + text, cs + len(pre), ce + len(pre))

        # a PDF table row that ran into the next row's number: "… 6228…8878" + "2 董平丽"
        row_merge = flowing and bool(_ROW_START.match(text)) and me < len(jt) and jt[me] == " "
        found = _split(raw, s, accept, trim=row_merge)
        for x in found:
            (masked if isinstance(x, Masked) else hits).append(x)
    if flowing:
        hits += _wrapped(j, ctx or context(doc, cfg), cfg)
    # a tab, or a line break inside a block (more than the blocks' joints): read in the ASCII part (~0.3 µs a page)
    if b"\t" in j.ascii or j.ascii.count(b"\n") >= len(blocks):
        hits += _broken(doc, j, cfg)
    return Scan(tuple(hits), tuple(masked), j)


def _candidates(jt: str, chars: bytes) -> list[tuple[int, int]]:
    """The spans of ``_NUM.finditer(jt)``'s matches, searched only inside the runs of its characters
    at least 11 long (a match cannot cross a character outside its class, so each run is searched
    alone). ``chars``: ``Joined.chars`` of ``jt``.

    A run without X/x holds at most one match: from its first digit or ``*`` to its last (the
    pattern's middle takes every other character of the run, and a later start only shortens the
    match), when that is 11 or more long; it is found by two strips instead of a regex call (~0.6 µs
    a run: a published list holds one a row). A run holding X/x is searched by the regex."""
    runs = chars.translate(_RUNS)
    k = runs.find(_RUN11)
    if k < 0:
        return []
    out: list[tuple[int, int]] = []
    while k >= 0:
        lo = runs.rfind(b"0", 0, k) + 1
        hi = runs.find(b"0", k)
        if hi < 0:
            hi = len(runs)
        run = chars[lo:hi]
        if b"X" in run or b"x" in run:
            out += [m.span() for m in _NUM.finditer(jt, lo, hi)]
        else:
            ms = hi - len(run.lstrip(b" -."))
            me = lo + len(run.rstrip(b" -."))
            if me - ms >= 11:
                out.append((ms, me))
        k = runs.find(_RUN11, hi)
    return out


def _line_width(blocks: tuple[Block, ...]) -> float:
    """A PDF page's line width in characters: the 75th percentile of line lengths (a table row
    that ran into the next one is far longer than the page's wrapped prose)."""
    lengths = sorted(len(b.text) for b in blocks if b.position.cell is None and len(b.text) >= 8)
    return float(lengths[(len(lengths) * 3) // 4]) if lengths else 0.0


def _stands_alone(d: str, b: Block, ctx: _Context, cfg: DetectorConfig) -> bool:
    if "*" in d:
        return _masked(d) is not None
    return _meaningful(d) and _classify(d, b, 0, len(d), ctx, cfg, d, 0, len(d)) is not None


def _wrapped(j: Joined, ctx: _Context, cfg: DetectorConfig) -> list[Hit]:
    """Numbers a PDF wrapped across two lines (``…账户 6212 2632`` / ``0633 4685 781。``).

    Only when the upper line is nearly as long as the longest line (it was wrapped, not ended)
    and the two pieces mean nothing alone; the hit sits on the upper line, from the piece to its end.
    """
    longest = _line_width(j.blocks)
    out = []
    for i in range(len(j.blocks) - 1):
        b, nxt = j.blocks[i], j.blocks[i + 1]
        if b.position.cell is not None or nxt.position.cell is not None or len(b.text) < 0.8 * longest:
            continue
        text = j.block_text(i)
        t = _TAIL.search(text)
        if t is None:
            continue
        h = _HEAD.match(j.block_text(i + 1))
        if h is None:
            continue
        tail, head = _SEP.sub("", t.group()).upper(), _SEP.sub("", h.group()).upper()
        nxt_text = j.block_text(i + 1)
        if _stands_alone(tail, b, ctx, cfg) or _stands_alone(head, nxt, ctx, cfg):
            continue  # each piece already means something on its own line
        d = tail + head
        if _meaningful(d) and "*" not in d:
            hit = _classify(d, b, t.start(), len(text), ctx, cfg, text + nxt_text, t.start(), len(text) + h.end())
            if hit is not None:
                out.append(Hit(hit.subtype, hit.block, hit.start, hit.end, hit.masked, hit.score, hit.pattern + "（跨行）",
                               hit.checksum, hit.steps, hit.context_words, hit.code))
    return out


#: A run of digit groups split by spaces, hyphens, tabs or line breaks (a block's own: a Word line break, Shift+Enter).
_BROKEN_RUN = re.compile(r"[0-9]+(?:[ \-\t\n]{1,3}[0-9]+)*[Xx]?")
_BROKEN_SEP = re.compile(r"([ \-\t\n]{1,3})")
#: How an ID number is grouped when it is written in groups: 6-8-4 (area, birth date, sequence and check), 6-4-4-4,
#: 6-6-6, 6-8-3-1, 4-4-4-4-2. A tab splits an ID only in one of these shapes (a tab is a plain-text table's column gap).
_ID_SHAPES = frozenset({(6, 8, 4), (6, 4, 4, 4), (6, 6, 6), (6, 8, 3, 1), (4, 4, 4, 4, 2)})


def _broken(doc: Document, j: Joined, cfg: DetectorConfig) -> list[Hit]:
    """18-character ID numbers (GB 11643, check character valid) whose digit groups a tab or a block's own line
    break (Shift+Enter) splits: ``_NUM`` takes neither, since a tab separates a plain-text table's columns and
    a line break ends a line.

    Only a valid 公民身份号码 is joined (1 chance in 11 for a random joint, fewer with the birth date and
    province), never a card or a phone number. Across a line break, no group of 10+ digits may mean something
    alone (two numbers one a line). Across a tab, the groups must be grouped as an ID is (``_ID_SHAPES``), and
    not fill the columns of a tab table: when the line above or below has as many tab-separated fields as this
    line, each group is a column's value, and joining them would move the later columns' headers.
    The text is not changed (each later field keeps its column); the hit spans the groups with what splits them.
    """
    ctx = context(doc, cfg)
    out: list[Hit] = []
    jt = j.text
    for bi, b in enumerate(j.blocks):
        t = b.text
        if "\t" not in t and "\n" not in t:
            continue
        text = j.block_text(bi)
        for m in _BROKEN_RUN.finditer(text):
            raw = m.group()
            if "\t" not in raw and "\n" not in raw:
                continue
            s0, e0 = m.span()
            if (s0 and text[s0 - 1] in _ALNUM) or (e0 < len(text) and text[e0] in _ALNUM):
                continue  # part of a longer code
            parts = _BROKEN_SEP.split(raw)
            groups, seps = parts[::2], parts[1::2]
            offs = list(accumulate((len(p) for p in parts), initial=s0))  # start of each part
            i = 0
            while i < len(groups):
                n, k = 0, i
                while k < len(groups) and n < 18:
                    n += len(groups[k])
                    k += 1
                d = "".join(groups[i:k]).upper()
                between = seps[i:k - 1]
                if n != 18 or not any("\t" in x or "\n" in x for x in between) or not valid_id(d):
                    i += 1
                    continue
                shape = tuple(len(g) for g in groups[i:k])
                if any("\t" in x for x in between) and (shape not in _ID_SHAPES or _tab_columns(jt, j.starts[bi] + offs[2 * i])):
                    i += 1
                    continue
                if any("\n" in x for x in between) and any(len(g) >= 10 and _stands_alone(g, b, ctx, cfg) for g in groups[i:k]):
                    i += 1
                    continue
                s, e = offs[2 * i], offs[2 * k - 1]
                hit = _classify(d, b, s, e, ctx, cfg, text, s, e)
                if hit is not None:
                    how = "制表符" if any("\t" in x for x in between) else "换行符"
                    out.append(hit._replace(pattern=f"{hit.pattern}（{how}分隔）"))
                i = k
    return out


def _tab_columns(jt: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a row of a tab table: the line above or below (the next non-empty one)
    has as many tab-separated fields as it has."""
    ls = jt.rfind("\n", 0, pos) + 1
    le = jt.find("\n", pos)
    le = len(jt) if le < 0 else le
    fields = jt.count("\t", ls, le) + 1
    above_end = ls - 1
    while above_end > 0:
        above_start = jt.rfind("\n", 0, above_end) + 1
        if jt[above_start:above_end].strip():
            if jt.count("\t", above_start, above_end) + 1 == fields:
                return True
            break
        above_end = above_start - 1
    below_start = le + 1
    while below_start < len(jt):
        below_end = jt.find("\n", below_start)
        below_end = len(jt) if below_end < 0 else below_end
        if jt[below_start:below_end].strip():
            return jt.count("\t", below_start, below_end) + 1 == fields
        below_start = below_end + 1
    return False


_cache: list = [None]  # [(document, config, {key: result})] — the last document scanned
_MISSING = object()


def memo(doc: Document, cfg: DetectorConfig, key: str, fn):
    """``fn(doc, cfg)`` once per document and key however many detectors ask (identity-keyed).

    Reads take no lock (one list read is atomic under the GIL); a write replaces the whole entry.
    """
    entry = _cache[0]
    if entry is not None and entry[0] is doc and entry[1] is cfg:
        hit = entry[2].get(key, _MISSING)
        if hit is not _MISSING:
            return hit
    res = fn(doc, cfg)
    # no lock: a dict item set and a list item set are each atomic under the GIL; two threads on different
    # documents at once only replace each other's entry (a later ask recomputes, with the same result)
    entry = _cache[0]
    if entry is None or entry[0] is not doc or entry[1] is not cfg:
        _cache[0] = (doc, cfg, {key: res})
    else:
        entry[2][key] = res
    return res


def shared_scan(doc: Document, cfg: DetectorConfig) -> Scan:
    """``scan_document`` once per document however many detectors ask."""
    return memo(doc, cfg, "numbers", scan_document)


from . import _words  # noqa: E402 — the word pass runs with the join; it reads ``joined`` above

#: The words of a list's header line (``_Context``'s PDF list headers).
_words.family("list_header", ("姓名", "序号"))


__all__ = ["Joined", "context", "joined", "Masked", "Scan", "luhn_ok", "mask_middle", "memo", "nearest_label", "score_context", "shared_scan", "valid_id", "valid_id15"]

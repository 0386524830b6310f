"""商业秘密: bidders' prices and cost breakdowns, revenue and profit of named firms, technical
plans, firms' bank accounts, and anything declared 商业秘密.

《保密审查工作制度》第五条（二）: 虽未标识但内容涉及商业秘密的信息不得公开.

* ``declared`` — 商业秘密 / 技术秘密 said of *this* material (本报价…属商业秘密, 我公司…请予保密).
  The stock enumeration of exemptions (国家秘密、商业秘密、个人隐私 …除外) is policy wording, not a
  declaration, and is skipped.
* ``pricing`` / ``business_data`` — a trigger word (投标报价, 成本构成, 营业收入, 净利润 …, weights in
  ``lexicons/pii_commercial.txt``) counts only beside a named firm (…有限公司, …合作社) and an
  amount or percentage in the same sentence or table row; 技术方案, 工艺配方, 客户名单 need only the
  firm. A table whose header holds the trigger is reported once per table, counting firm rows.
* beyond the trigger words, ``_commercial`` reads every paragraph and table row that names a
  non-government organisation (a grammar over names: 公司, 培训学校, 培训中心, 机构, 协会, 个体工商户 …)
  for the *kind* of content: cost breakdowns, prices, financial figures and statements, process
  parameters, customer lists with amounts, the owner's own request for confidentiality. Subsidies,
  published fees, fines and wage arrears of a named firm are public and do not count.
* ``firm_account`` — an account number (any length 10–25, firms' 基本账户 need not pass Luhn)
  after 账号/账户 with a firm named in the row; Luhn-valid card-shaped ones come from the shared scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import attrgetter

from extractors.model import Document

from ..config import lexicon
from ..masking import context as snippet_of
from ..masking import mask_card
from ..model import Code
from ..registry import register
from . import _commercial
from ._base import Hit, words
from ._document import DocumentCheck
from ._repeat import LocalCache
from ._scan import context, joined, shared_scan
from ._words import family

FIRM_RE = re.compile(r"[\u4e00-\u9fa5（）()]{2,24}?(?:股份有限公司|有限责任公司|有限公司|集团|公司|合作社|事务所|厂)")
AMOUNT_RE = re.compile(r"[0-9][0-9,，.]*\s*(?:万元|元|亿元|%|％)")
ACCOUNT_RE = re.compile(r"(?:账号|帐号|账户|银行账号)[:：\s]*([0-9][0-9 \-]{8,30}[0-9])(?![0-9])")
#: The account number's ASCII part (``Joined.may_hold``): 账户 is common in policy prose, and the
#: regex over the page cost ~8 µs where no 10-digit number stands anywhere.
_ACCOUNT_GATE = re.compile(rb"[0-9][0-9 \-]{8,30}[0-9]")
#: A block's table cell, or None (``any(map(_CELL, blocks))``: whether a page holds a table, in C).
_CELL = attrgetter("position.cell")
_GENERIC = re.compile(r"国家秘密[、和及与]商业秘密|商业秘密[、和及与]个人隐私|涉及商业秘密|除外|依法|等商业秘密|未能证明")
_THIS = re.compile(r"本(?:报价|方案|文件|材料|资料|内容|数据|表)|我(?:公司|单位|厂)|该(?:公司|企业)|请予保密|不得对外")


@lru_cache(maxsize=1)
def triggers() -> tuple[tuple[str, float, str], ...]:
    out = []
    for ln in lexicon("pii_commercial"):
        w, s, sub, _ = ln.split("\t")
        out.append((w, float(s), sub))
    return tuple(sorted(out, key=lambda t: -len(t[0])))


@lru_cache(maxsize=1)
def firm_only() -> frozenset[str]:
    """Trigger words that need only a named firm beside them (技术方案, 工艺配方 …), not an amount."""
    return frozenset(ln.split("\t")[0] for ln in lexicon("pii_commercial") if ln.split("\t")[3] == "firm")


def _sentence(text: str, i: int) -> str:
    lo = max(text.rfind(p, 0, i) for p in "。；;！\n") + 1
    his = [k for k in (text.find(p, i) for p in "。；;！\n") if k >= 0]
    return text[lo:min(his) if his else len(text)]


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w, _, _ in triggers()))


def starters() -> frozenset[str]:
    """What a digit-less match starts with: a trigger's first character (the fast path of ``_document``)."""
    # the owner's confidentiality requests (请勿对外 …) start with common characters and are not added:
    # a 公文 always carries digits (its 发文字号, its date), which already open the gate
    return frozenset(w[0] for w, _, _ in triggers())


def _register_triggers() -> None:
    """The triggers and the organisation suffixes join the shared word pass (``_words``).

    The kinds pass reads only which blocks hold an organisation word or a content word (and
    whether one needs no figure), so a word holding another of its list (有限公司 holds 公司,
    你公司 holds 公司) is left out: the blocks are the same, the automaton and its hits fewer."""
    family("commercial", (w for w, _, _ in triggers()))
    family("account", ("账号", "帐号", "账户"))
    family("commercial_org", _innermost(_commercial.suffix_words()))
    wordy = _commercial.wordy_words()
    family("commercial_content", _innermost(_commercial.content_words(), lambda w, v: w not in wordy or v in wordy))


def _innermost(ws, may_stand_for=lambda w, v: True) -> tuple[str, ...]:
    """The words of ``ws`` holding no other word ``v`` of ``ws`` that may stand for them."""
    ws = set(ws)
    return tuple(sorted(w for w in ws if not any(v != w and v in w and may_stand_for(w, v) for v in ws)))


def _firm(text: str) -> bool:
    """A named non-government organisation in ``text`` (the grammar of ``_commercial``)."""
    return _commercial.has_org(text)


@lru_cache(maxsize=1)
def _weights() -> dict[str, tuple[float, str]]:
    return {w: (x, sub) for w, x, sub in triggers()}


def commercial_hits(doc: Document, cfg) -> list[Hit]:
    """Commercial-secret hits of one document (one pass per pattern over the joined text)."""
    j = joined(doc, cfg)
    numbers = shared_scan(doc, cfg).hits
    out: list[Hit] = [h for h in numbers if h.subtype == "firm_account"] if numbers else []
    taken = {(id(h.block), h.start) for h in out}
    ctx = None
    # the word pass's hits first (a list read: most pages hold no 账号/账户), then the digits' gate
    account_words = j.words["account"]
    if account_words and j.may_hold(_ACCOUNT_GATE):
        # firms' accounts that are not Luhn-valid cards
        firm_words = words("pii_firm")
        ctx = context(doc, cfg)
        for m in _accounts(j.text, account_words):
            _, b, text, off = j.locate(m.start())
            s, e = m.start(1) - m.start() + off, m.end(1) - m.start() + off
            row = ctx.row_text(b)
            if any(w in (row if b.position.cell is not None else text[max(0, s - 60):s]) for w in words("pii_public_account")):
                continue  # a public body's collection account
            firm = next((w for w in firm_words if w in row), None) or (FIRM_RE.search(text[max(0, s - 60):s]) and "公司")
            if firm and (id(b), s) not in taken:
                shown = mask_card(re.sub(r"[ \-]", "", m.group(1)))
                taken.add((id(b), s))
                out.append(Hit("firm_account", b, s, e, shown, 0.8, "“账号”后的10–25位数字", "—",
                               (("base firm account after 账号", 0.8), (f"firm 「{firm}」", 0.0)), (str(firm),),
                               code=Code.COMMERCIAL_SECRET, snippet=snippet_of(text, s, e, shown)))
    done_blocks: set[int] = set()
    reported_tables: set[tuple] = set()
    found = j.words["commercial"]  # ``word_hits``: the shared word pass settles most documents
    if found:
        out += _trigger_hits(doc, cfg, j, ctx or context(doc, cfg), found, done_blocks, reported_tables, _weights(), _trigger_re())
    out += _kind_hits(doc, cfg, j, done_blocks, reported_tables)
    return out


def _accounts(jt: str, found: list[tuple[int, str]]) -> list[re.Match]:
    """``ACCOUNT_RE.finditer(jt)``'s matches, tried only where 账号/帐号/账户 starts (``found``: the
    shared word pass's hits of the three; the regex over the page tried every character, ~10 µs).
    银行账号 holds 账号 two characters on, with the same number after it: the match there has the
    same number and end, and the callers read only those. Matches do not overlap, as finditer's."""
    at = [end - 1 for end, _w in found]  # each word is two characters long
    out: list[re.Match] = []
    pos = 0
    for k in sorted(at):
        if k < pos:
            continue
        m = ACCOUNT_RE.match(jt, k)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _trigger_hits(doc, cfg, j, ctx, found, done_blocks, reported_tables, weights, rx) -> list[Hit]:
    """Hits of the trigger words (商业秘密, 投标报价, 营业收入 …) beside a named organisation."""
    out: list[Hit] = []
    # the alternation's leftmost match starts where the earliest trigger occurrence starts
    for m in rx.finditer(j.text, min(end + 1 - len(w) for end, w in found)):
        bi, b, text, i = j.locate(m.start())
        if bi in done_blocks:
            continue
        w = m.group()
        weight, sub = weights[w]
        c = b.position.cell
        if sub == "declared":
            sent = _sentence(text, i)
            if _GENERIC.search(sent) or not (_THIS.search(sent) or _firm(sent)):
                continue
            out.append(_kw_hit(b, i, i + len(w), sent, w, weight, sub, ("声明系本材料的商业秘密",)))
            done_blocks.add(bi)
        elif c is not None and c[1] == 0:
            # a header cell (投标报价（元）): one finding per table, counting its firm rows
            key = (b.position.part, c[0])
            if key in reported_tables:
                continue
            firms = sum(1 for k, cells in ctx.rows.items() if k[:2] == key and k[2] > 0 and _firm(" ".join(cells)))
            if firms:
                reported_tables.add(key)
                out.append(_kw_hit(b, i, i + len(w), text, w, weight + 0.2, sub, (f"表头含该词，{firms}行为具名组织",), rows=firms))
        else:
            scope = ctx.row_text(b) if c is not None else _sentence(text, i)
            if _firm(scope) and AMOUNT_RE.search(scope):
                out.append(_kw_hit(b, i, i + len(w), text, w, weight + 0.2, sub, ("同句/同行有具名组织", "并有金额")))
                done_blocks.add(bi)
            elif w in firm_only() and _firm(scope) and not _GENERIC.search(scope):
                # 客户名单、技术信息等商业秘密 in a case's reasoning names the kinds, not a firm's list
                out.append(_kw_hit(b, i, i + len(w), text, w, weight, sub, ("同句/同行有具名组织",)))
                done_blocks.add(bi)
    return out


def _kw_hit(b, s: int, e: int, text: str, w: str, score: float, sub: str, why: tuple[str, ...], rows: int = 0) -> Hit:
    steps = ((f"trigger 「{w}」", score - (0.2 if len(why) > 1 or rows else 0.0)),) + tuple((x, 0.2 if i == 0 and (len(why) > 1 or rows) else 0.0) for i, x in enumerate(why))
    extra = (("firm_rows", rows),) if rows else ()
    extra += (("basis", f"线索词「{w}」；" + "；".join(why)),)
    return Hit(sub, b, s, e, w, min(score, 1.0), "商业秘密线索词", "—", steps, (w,), code=Code.COMMERCIAL_SECRET,
               snippet=snippet_of(b.text, s, e, w), extra=extra)


def _kind_hits(doc, cfg, j, done_blocks: set[int], reported_tables: set[tuple]) -> list[Hit]:
    """Hits by owner and kind of content (``_commercial``): each paragraph that names an organisation
    (or refers to one, or follows one that does), and each table row read as ``列名：值``."""
    # the word pass's hits read off the joined text (``word_hits`` is this lookup), and block
    # indexes by bisect inline: this prologue runs on most pages and settles nearly all of them
    marks = j.words["commercial_org"]
    if not marks:
        return []
    words_at = j.words["commercial_content"]
    if not words_at:
        return []
    blocks = j.blocks
    index = j.index
    starts = j.starts
    # block → whether it holds a content word that needs no figure (a confidentiality request, a
    # statement's name): the word pass has read them, so ``may_hold`` need not search for them again
    wordy = _commercial.wordy_words()
    with_content: dict[int, bool] = {}
    for end, w in words_at:
        bi = bisect_right(starts, end) - 1
        if not with_content.get(bi):
            with_content[bi] = w in wordy
    # whether a block names an organisation: a bisect among the marks' ends (ordered by end), for
    # the few blocks holding a content word; most pages name organisations in many other blocks
    org_ends = [end for end, _w in marks]

    # a customer list under its owner's caption, in a Word table or a text table (rows of | or tabs), whatever the
    # gates below say of its cells (a page whose ASCII part holds neither | nor a tab can only have cells)
    early: list[Hit] = []
    grid: dict[tuple, dict[int, dict[int, int]]] | None = None  # the Word tables' cells, built once on first need
    asc = j.ascii
    if (any(blocks[bi].position.cell is not None or "|" in blocks[bi].text or "\t" in blocks[bi].text for bi in with_content)
            if b"|" in asc or b"\t" in asc else any(blocks[bi].position.cell is not None for bi in with_content)):
        grid = _cell_grid(blocks)
        early = _customer_tables(j, blocks, grid, reported_tables, done_blocks, marks)
    # the cheap gates first: a content word (the shared word pass) and a figure; most paragraphs
    # naming a firm hold neither; a tab-separated row takes its content words from its header line
    with_org: set[int] | None = None
    tabbed: set[int] = set()
    if b"\t" in asc and any("\t" in blocks[bi].text for bi in with_content):
        with_org = {index(end) for end, _w in marks}
        tabbed = {bi for bi in with_org if "\t" in blocks[bi].text}
    worth = tabbed - done_blocks
    n_org = len(org_ends)
    for bi, wordy_here in with_content.items():
        if bi in done_blocks:
            continue
        # an organisation named in the block or the one before it: one bisect over both (the
        # newline between them ends no word)
        k = bisect_left(org_ends, starts[bi - 1] if bi > 0 else starts[bi])
        if k < n_org and org_ends[k] < starts[bi] + len(blocks[bi].text) and (wordy_here or _figures(j.block_text(bi))):
            worth.add(bi)
    if not worth and not (any(map(_CELL, blocks)) and (
            any(blocks[bi].position.cell is not None for bi in with_content)
            or any(blocks[index(end)].position.cell is not None for end in org_ends))):
        return early
    if with_org is None:
        with_org = {index(end) for end, _w in marks}
    named_cache: dict[int, str | None] = {}

    def named(bi: int) -> str | None:
        if bi not in named_cache:
            found = _commercial.orgs(j.block_text(bi)) if bi in with_org else []
            named_cache[bi] = found[0].name if found else None
        return named_cache[bi]

    doc_orgs_cache: list[tuple[str, ...]] = []

    def doc_orgs() -> tuple[str, ...]:
        if not doc_orgs_cache:
            doc_orgs_cache.append(tuple(dict.fromkeys(n for bi in sorted(with_org) if (n := named(bi)))))
        return doc_orgs_cache[0]

    out: list[Hit] = early
    tables: dict[tuple, dict[int, dict[int, int]]] = {}
    # a table: its header holds the content words, its rows the organisations and the figures
    # (or under a caption naming one, read below)
    if any(blocks[bi].position.cell is not None for bi in with_content) and (
            any(blocks[bi].position.cell is not None for bi in with_org)
            or any(bi + k < len(blocks) and blocks[bi + k].position.cell is not None for bi in with_org for k in (1, 2))):
        tables = grid if grid is not None else _cell_grid(blocks)
    tab_headers: set[int] = set()
    for bi in sorted(worth):
        b = blocks[bi]
        if b.position.cell is not None or not b.text.strip():
            continue
        text = j.block_text(bi)
        if "\t" in text.strip():
            # a table written as tab-separated lines (text exports): read the row under its header line
            hi = _tab_header(j, bi)
            if hi is not None:
                if hi in tab_headers:
                    continue
                heads = j.block_text(hi).strip().split("\t")
                line = "，".join(f"{h}：{c}{_unit(h)}" for h, c in zip(heads, text.strip().split("\t")))
                kind = _commercial.classify(line, doc_orgs)
                if kind is not None:
                    tab_headers.add(hi)
                    done_blocks.add(bi)
                    out.append(_kind_hit(b, text, kind))
                continue
        previous = named(bi - 1) if bi not in with_org and bi - 1 in with_org else None
        if bi not in with_org and previous is None:
            continue
        kind = _commercial.classify(text, doc_orgs if bi in with_org else (), previous)
        if kind is not None and not (kind.word in _AWARD_PRICES and _AWARD_TITLE.search(doc.fields.title or "")):
            done_blocks.add(bi)
            out.append(_kind_hit(b, text, kind))
    for key, rows in tables.items():
        if key in reported_tables:
            continue
        header = rows.get(0, {})
        heads = {col: j.block_text(i) for col, i in header.items()}
        hits: list[tuple[int, _commercial.Kind]] = []
        for r, cells in sorted(rows.items()):
            if r == 0:
                continue
            line = "，".join(f"{heads.get(col, '')}：{j.block_text(i)}{_unit(heads.get(col, ''))}" for col, i in sorted(cells.items()))
            kind = _commercial.classify(line, doc_orgs)
            if kind is not None:
                hits.append((min(cells.values()), kind))
        if not hits:
            # a table under a caption that names one organisation (``某公司培训成本核算``) holds that
            # organisation's figures: its rows are read together as one passage owned by the caption
            first = min(i for cells in rows.values() for i in cells.values())
            cap = next((i for i in (first - 1, first - 2) if i >= 0 and blocks[i].position.cell is None
                        and j.block_text(i).strip()), None)
            # a table of organisations (a column of them) is theirs; one named in a remark (…基地年租金) is not
            own = sum(1 for cells in rows.values() if any(named(i) for i in cells.values())) >= 2
            if cap is not None and not own and cap in with_org:
                # cells joined by a space: a row's item and its amount stay in one clause, and no
                # colon between two numbers reads as a ratio; a caption saying only 学校 stands for the one named
                body = "；".join(" ".join(j.block_text(i) for _c, i in sorted(cells.items())) for _r, cells in sorted(rows.items()))
                kind = _commercial.classify(j.block_text(cap).strip() + "。" + body, () if named(cap) else doc_orgs)
                if kind is not None:
                    hits.append((first, kind))
        if hits:
            reported_tables.add(key)
            bi, kind = hits[0]
            b = blocks[bi]
            out.append(_kind_hit(b, j.block_text(bi), kind, rows=len(hits)))
    return out


#: ``_commercial.may_hold(text, wordy=False)`` by paragraph text, across documents: a bureau's
#: pages repeat the same paragraphs naming its units (``_repeat``; the text is the whole key).
_FIGURES = LocalCache(size=4096, longest=600)


def _figures(text: str) -> bool:
    """Whether a paragraph holding a content word may hold what ``classify`` needs (``may_hold``)."""
    if len(text) > _FIGURES.longest:
        return _commercial.may_hold(text, wordy=False)
    return _FIGURES.cached(text, None, lambda: _commercial.may_hold(text, wordy=False))


#: A procurement result (成交公告, 中标结果公示) publishes the winner's price by law: that price is no secret of the firm.
_AWARD_TITLE = re.compile(r"(?:成交|中标|采购)(?:结果|候选人)?(?:的)?(?:公告|公示)")
_AWARD_PRICES = frozenset({"成交价", "中标价", "成交单价", "成交金额"})


#: A text table's row: cells split by a tab or a vertical bar (an export's ``单位 | 人数 | 金额``).
_TEXT_CELLS = re.compile(r"\s*[\t|｜]\s*")


def _cell_grid(blocks) -> dict[tuple, dict[int, dict[int, int]]]:
    """Each Word table's cells: (part, table) → row → column → block index."""
    tables: dict[tuple, dict[int, dict[int, int]]] = {}
    for bi, b in enumerate(blocks):
        c = b.position.cell
        if c is not None:
            tables.setdefault((b.position.part, c[0]), {}).setdefault(c[1], {})[c[2]] = bi
    return tables


def _customer_tables(j, blocks, tables, reported_tables: set, done_blocks: set, marks) -> list[Hit]:
    """Customer lists (``_commercial.customer_table``) in Word tables and in text tables (tab or ``|`` rows)
    under a caption: the table is the captioned organisation's, though its rows name other organisations."""
    out: list[Hit] = []
    names: list[tuple[str, ...]] = []

    def doc_orgs() -> tuple[str, ...]:
        if not names:
            blocks_with = sorted({j.index(end) for end, _w in marks})
            names.append(tuple(dict.fromkeys(o.name for bi in blocks_with for o in _commercial.orgs(j.block_text(bi)))))
        return names[0]

    for key, rows in tables.items():
        if key in reported_tables or 0 not in rows:
            continue
        first = min(i for cells in rows.values() for i in cells.values())
        cap = next((i for i in (first - 1, first - 2) if i >= 0 and blocks[i].position.cell is None
                    and j.block_text(i).strip()), None)
        if cap is None:
            continue
        grid = [[j.block_text(i) for _c, i in sorted(cells.items())] for _r, cells in sorted(rows.items())]
        kind = _commercial.customer_table(j.block_text(cap), grid[0], grid[1:], doc_orgs)
        if kind is not None:
            reported_tables.add(key)
            b = blocks[min(rows[0].values())]
            out.append(_kind_hit(b, j.block_text(min(rows[0].values())), kind, rows=len(grid) - 1))
    k = 1
    while k < len(blocks):
        text = j.block_text(k)
        if blocks[k].position.cell is not None or (text.count("|") + text.count("｜") < 2 and text.count("\t") < 2):
            k += 1
            continue
        header = _TEXT_CELLS.split(text.strip().strip("|｜"))
        body, e = [], k + 1
        while e < len(blocks) and len(_TEXT_CELLS.split(j.block_text(e).strip().strip("|｜"))) == len(header):
            body.append(_TEXT_CELLS.split(j.block_text(e).strip().strip("|｜")))
            e += 1
        if body and k not in done_blocks:
            kind = _commercial.customer_table(j.block_text(k - 1), header, body, doc_orgs)
            if kind is not None:
                done_blocks.update(range(k, e))
                out.append(_kind_hit(blocks[k], text, kind, rows=len(body)))
        k = e
    return out


def _tab_header(j, bi: int) -> int | None:
    """The header line of a tab-separated row: the nearest line above with as many cells, none a bare number."""
    n = len(j.block_text(bi).strip().split("\t"))
    for k in range(bi - 1, max(-1, bi - 40), -1):
        cells = j.block_text(k).strip().split("\t")
        if len(cells) != n:
            return None if "\t" not in j.block_text(k) else None
        if not any(re.fullmatch(r"[0-9.,，%％]+", c.strip()) for c in cells):
            return k
    return None


def _unit(head: str) -> str:
    """The unit a column header gives its bare numbers (金额（万元） → 万元), so a cell reads as an amount."""
    m = re.search(r"[（(](亿元|万元|元|%|％)[）)]", head)
    return m.group(1) if m else ""


_LONG_DIGITS = re.compile(r"[0-9]{9,}")


def _kind_hit(b, text: str, kind: _commercial.Kind, rows: int = 0) -> Hit:
    s = max(0, min(kind.start, len(b.text)))
    e = min(len(b.text), s + len(kind.word)) if b.text[s:s + len(kind.word)] == kind.word else s
    # the reasons quote figures: a long digit run (an account or ID beside 元) is starred like any evidence
    reasons = _LONG_DIGITS.sub(lambda m: m.group()[:2] + "*" * (len(m.group()) - 4) + m.group()[-2:],
                               "；".join(kind.reasons) + (f"；共{rows}行" if rows else ""))
    steps = ((f"内容种类「{kind.kind}」", kind.score),) + tuple((r, 0.0) for r in reasons.split("；"))
    extra = (("content_kind", kind.kind), ("organisation", kind.owner), ("basis", reasons))
    if rows:
        extra += (("firm_rows", rows),)
    return Hit(kind.subtype, b, s, e, kind.word, kind.score, f"组织名称构词 + 内容种类（{kind.kind}）", "—", steps,
               (kind.owner, kind.word), code=Code.COMMERCIAL_SECRET, snippet=snippet_of(b.text, s, e, kind.word), extra=extra)


@register("commercial_secret")
class CommercialSecretDetector(DocumentCheck):
    """Commercial secrets of third parties."""

    name = "commercial_secret"


_register_triggers()

"""Commercial secrets by who holds them and what the passage says, not by trigger words.

A commercial secret (《保密审查工作制度》第五条（二）) needs an owner and a kind of content:

* **owner** — a named non-government organisation, found by a grammar over organisation names:
  a short 字号/行业 part and a suffix (``lexicons/commercial_org.txt``: 公司, 集团, 合作社, 事务所,
  培训学校, 培训中心, 机构, 协会, 商会, 个体工商户, 医院, 工作室, 厂 …). A name holding a government
  word (局, 人民政府, 社会保险, 公共就业 …) is a public body; a generic head (各类, 有关, 定点 …) is no
  particular organisation. An anaphor (该校, 两家, 我公司 …) stands for a name given elsewhere in the
  document.
* **kind** (``lexicons/commercial_content.txt``), read clause by clause so a figure belongs to the
  word beside it: a cost breakdown (two or more cost items with amounts or shares), a price (报价,
  成本价, 进价 … with an amount), operating and financial figures (收入, 利润, 负债 … with an amount),
  a financial statement, process parameters (a process word and two or more measured values in
  physical units), a customer list with amounts (a sales word and two or more organisations each with
  an amount), or the owner's own request for confidentiality (请勿对外披露, 仅供审核).

A clause whose figure is public by nature — a subsidy paid to the firm, a published fee schedule, a
fine, wage arrears, a winning bid — does not count: those amounts are published on purpose.
Each result carries its reasons in Chinese (owner, kind, the figures), for the finding's explanation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..config import lexicon

#: Clause ends inside a passage (a figure belongs to the words of its clause).
_CLAUSE = re.compile(r"[，,；;。！？!?\n]")
AMOUNT_RE = re.compile(r"[0-9][0-9,，.]*\s*(?:亿元|万元|千元|元|亿|万|%|％)|[一二三四五六七八九]成(?![员本果绩立交])")
#: Measured values in physical units (process parameters); a bare percentage is counted apart.
_UNIT_RE = re.compile(r"[0-9][0-9.]*\s*(?:℃|°C|°|度|MPa|kPa|Pa|bar|r/min|rpm|转/分钟|转/分|转每分|分钟|min|小时|秒|"
                      r"g/L|mg/L|mg|kg|千克|克|毫升|mL|ml|μm|微米|mm|毫米|目|安培|伏|%|％|‰|[:：][0-9]+)")
_PHYSICAL = re.compile(r"℃|°|度|Pa|bar|r/min|rpm|转|分钟|min|小时|秒|g|克|毫升|ml|mL|μm|微米|mm|毫米|目|安培|伏|[:：]")
#: A paragraph that goes on about the organisation named just before (其中…, 另…, 此外…).
_GOES_ON = re.compile(r"^\s*(?:其中|其|另外|另|此外|同时|经核算|经审计|核算显示|账目显示)")
#: Weather, not a process (高温津贴 notices quote 35℃).
_WEATHER = re.compile(r"气温|高温(?:天气|津贴|补贴|季节|时段|期间|作业|预警|中暑)|天气|室外|防暑")
#: What may stand before a suffix inside a name: Chinese, Latin letters, digits, brackets, masks.
_NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()×＊*·]+$")
_MASKED = re.compile(r"^(?:某+|[甲乙丙丁戊]|[A-Z]|×+|X+|＊+|\*+)")
#: A suffix that starts a longer ordinary word is no suffix (厂房, 机构编制, 公司法, 学校教育 …).
_NOT_SUFFIX_AFTER = {"厂": "房区长家商矿", "机构": "编改设", "公司": "法化", "学校": "教", "集团": "化",
                     "学院": "派", "医院": "感", "店": "铺面员长主"}
#: Nor one that ends a verb on the factory (出厂单价, 进厂检验, 返厂维修): the 厂 of 出厂 names no factory.
_NOT_SUFFIX_BEFORE = {"厂": "出进返回入离"}


#: Words no organisation's name holds anywhere (a generic head may also stand after a place: 中卫市各类…).
_NEVER_IN_NAME = ("各", "有关", "相关", "所有", "其他", "其它", "若干", "多家", "一批", "上述", "此类", "这类", "符合条件")
#: Whether a name holds one of them: one search (a generator of substring tests cost ~4 µs a name).
_NEVER_IN_NAME_RE = re.compile("|".join(_NEVER_IN_NAME))
_LEADING_DIGITS = re.compile(r"^[0-9]+")
#: A count or share before the name (两家主机厂, 多数学校, 部分机构): what follows it is a kind, or the name itself.
_COUNTED_HEAD = re.compile(r"^(?:[一二两三四五六七八九十百几数多]+(?:家|所|个|户|类|座|间)|绝大多数|大多数|多数|少数|部分|个别)")
#: Money paid for business brought in: never a public figure, whatever public word (学费, 收费) its clause holds.
_KICKBACK = re.compile(r"返费|返佣|返点|回扣|佣金|介绍费|中介费|渠道费|人头费|生源费|招生费|输送费")
#: Boundary words that join two names (甲公司和乙公司) and also stand inside a 字号 (仁和, 永及).
_CONJUNCTIONS = ("和", "与", "及")


@dataclass(frozen=True, slots=True)
class Org:
    """One named organisation in a passage: its name as cut from the text and where it ends."""

    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Kind:
    """The commercial content one passage holds: kind, subtype for the finding, score and reasons."""

    kind: str  # 成本构成 | 价格 | 经营财务数据 | 财务报表 | 工艺参数 | 客户名单及交易额 | 保密声明
    subtype: str  # pricing | business_data | declared
    score: float
    word: str  # the word the finding points at
    start: int  # its offset in the passage
    owner: str
    reasons: tuple[str, ...]


@lru_cache(maxsize=1)
def _org_lex() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for ln in lexicon("commercial_org"):
        cat, w = ln.split("\t")
        out.setdefault(cat, []).append(w)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _content_lex() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for ln in lexicon("commercial_content"):
        cat, w = ln.split("\t")
        out.setdefault(cat, []).append(w)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _government_re() -> re.Pattern:
    """Whether a name holds a government word (a public body): one search over the short name,
    where testing each of the list's words cost ~12 µs a name."""
    return re.compile("|".join(re.escape(w) for w in _org_lex()["government"]))


@lru_cache(maxsize=1)
def _addressee_words() -> tuple[str, ...]:
    """The anaphors addressing the organisation itself (你公司, 贵单位), in the lexicon's order."""
    return tuple(a for a in _org_lex()["anaphor"] if a[0] in "你贵")


@lru_cache(maxsize=1)
def _declare_re() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in _content_lex()["declare"]))


@lru_cache(maxsize=1)
def _suffix_re() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in _org_lex()["suffix"]))


@lru_cache(maxsize=16)
def _word_re(cat: str) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in _content_lex()[cat]))


@lru_cache(maxsize=1)
def _boundary_re() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in _org_lex()["boundary"]))


@lru_cache(maxsize=1)
def _content_re() -> re.Pattern:
    lex = _content_lex()
    words = sorted({w for cat, ws in lex.items() if cat != "public" for w in ws}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


#: ``AMOUNT_RE`` or ``_UNIT_RE`` after a digit, in one pattern, for the test alone (``may_hold``):
#: no unit starts with a digit, a separator or a space, so the possessive runs find a figure exactly
#: where the two patterns do, and a figure found at a digit inside a run is found at the run's first
#: digit too (the look-behind keeps the dozens of units from being tried at every digit).
_FIGURE_RE = re.compile(r"(?<![0-9])[0-9](?:[0-9,，.]*+\s*+(?:亿元|万元|千元|元|亿|万|%|％)|[0-9.]*+\s*+(?:"
                        + _UNIT_RE.pattern.split("(?:", 1)[1] + ")")
#: ``AMOUNT_RE``'s other alternative, a share in tenths (三成, but not 成本 or 成员 after the numeral).
_CHENG_RE = re.compile(r"[一二三四五六七八九]成(?![员本果绩立交])")
#: The first characters of every unit either pattern takes after a figure: where none follows a
#: digit run, ``_FIGURE_RE`` need not run.
_UNIT_FIRST = "亿万千元%％‰℃°度MkPbr转分小秒gm克毫μ微目安伏:："
_FIGURE_GATE = re.compile(r"[0-9][0-9,，.]*+\s*+[" + _UNIT_FIRST + "]")


def may_hold(text: str, wordy: bool | None = None) -> bool:
    """Cheap test before ``classify`` of a paragraph holding a content word: a figure, or a word
    that needs none (a confidentiality request, a statement's name); the same answer as
    ``AMOUNT_RE`` or ``_UNIT_RE`` or ``_wordy_re`` searching the text, ordered by cost.
    ``wordy``: whether the text holds one of ``wordy_words``, when the caller knows (the shared
    word pass has found them)."""
    if wordy if wordy is not None else _wordy_re().search(text) is not None:
        return True
    if "成" in text and _CHENG_RE.search(text) is not None:
        return True
    return _FIGURE_GATE.search(text) is not None and _FIGURE_RE.search(text) is not None


@lru_cache(maxsize=1)
def _wordy_re() -> re.Pattern:
    """The content words that need no figure: confidentiality requests and statements' names."""
    lex = _content_lex()
    return re.compile("|".join(re.escape(w) for w in sorted(lex["declare"] + lex["statement"], key=len, reverse=True)))


@lru_cache(maxsize=1)
def wordy_words() -> frozenset[str]:
    """The content words that need no figure (``_wordy_re``'s words)."""
    lex = _content_lex()
    return frozenset(lex["declare"] + lex["statement"])


def content_words() -> tuple[str, ...]:
    """Every content word (not the public ones): they join the shared word pass, so a paragraph
    without one is never read again."""
    return tuple(w for cat, ws in _content_lex().items() if cat != "public" for w in ws)


def holds_business_word(text: str) -> bool:
    """Whether ``text`` holds a word of a firm's business (成本, 报价, 营业额, 客户 … — the content words, not the
    public ones) outside the organisations' own names (新材料, 电力设备 in a firm's name are no content)."""
    names = [(o.start, o.end) for o in orgs(text)]
    return any(not any(a <= m.start() and m.end() <= b for a, b in names) for m in _content_re().finditer(text))


def suffix_words() -> tuple[str, ...]:
    """Every organisation suffix and anaphor (the shared word pass gates the analysis on them)."""
    lex = _org_lex()
    return lex["suffix"] + lex["anaphor"]


def declare_words() -> tuple[str, ...]:
    """The owner's confidentiality requests (请勿对外 …): their first characters gate the quiet check."""
    return _content_lex()["declare"]


def orgs(text: str) -> list[Org]:
    """Named non-government organisations in ``text`` (name = 字号 part + suffix)."""
    lex = _org_lex()
    out: list[Org] = []
    for m in _suffix_re().finditer(text):
        suf = m.group()
        nxt = text[m.end():m.end() + 1]
        if nxt and nxt in _NOT_SUFFIX_AFTER.get(suf, ""):
            continue
        before = text[m.start() - 1:m.start()] if m.start() else ""
        if before and before in _NOT_SUFFIX_BEFORE.get(suf, ""):
            continue
        lo = max(0, m.start() - 22)
        window = text[lo:m.start()]
        tail = _NAME_CHARS.search(window)
        body = tail.group() if tail else ""
        # cut at the last boundary word (委托|宁夏某某公司), but not at a conjunction that would leave one character
        # of name: 和 inside the 字号 仁和 (仁和医院) is no conjunction
        cuts = [b.end() for b in _boundary_re().finditer(body) if not (b.group() in _CONJUNCTIONS and len(body) - b.end() < 2)]
        if cuts:
            body = body[max(cuts):]
        body = _LEADING_DIGITS.sub("", body)
        counted = _COUNTED_HEAD.match(body)
        if counted:  # 两家主机厂: a kind counted; 两家青禾岭机电公司: a name after the count
            body = body[counted.end():]
            if len(body) < 3:
                continue
        if not body or body.startswith(lex["generic"]) or _NEVER_IN_NAME_RE.search(body) or body in lex.get("sector", ()):
            continue  # (a kind, not a name: 金融机构专家)
        if len(body) < 2 and not _MASKED.match(body):
            continue
        name = body + suf
        if _government_re().search(name):
            continue
        out.append(Org(name, m.end() - len(name), m.end()))
    return out


def has_org(text: str) -> bool:
    """True when ``text`` names a non-government organisation."""
    return bool(orgs(text))


def _anaphor(text: str) -> str | None:
    return next((a for a in _org_lex()["anaphor"] if a in text), None)


#: A bare head noun standing for the one organisation of its kind the document names (医院提交的财务报表显示,
#: 学校首年度运营测算如下): at the start of a clause or after a reporting verb, not inside a longer name.
_BARE_HEAD = re.compile(r"(?:^|[，,。；;：:、\s）)]|据|经|由|对|向|与|显示|提交的?|提供的?|申报的?)"
                        r"(学校|医院|公司|合作社|协会|商会|养老院|诊所|事务所)(?=提交|提供|申报|报送|的|首|年|全年|去年|本年|当年|账|财务|经营|运营|自报|自述|称|表示|解释|核心|自有|独有|专有)")


def _bare_head(text: str) -> str | None:
    m = _BARE_HEAD.search(text)
    return m.group(1) if m else None


def _by_head(head: str, names: tuple[str, ...]) -> str | None:
    """The document's first named organisation whose name ends in ``head`` (the one a bare 医院 stands for)."""
    return next((n for n in names if n.endswith(head)), None)


def _clauses(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in _CLAUSE.finditer(text):
        out.append((pos, text[pos:m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return [(p, c) for p, c in out if c.strip()]


def _public(clause: str) -> str | None:
    """The public word of the clause (补贴, 收费标准 …), unless it is part of a business figure's own word: 学费收入 is
    the school's revenue, not its published fee."""
    for m in _word_re("public").finditer(clause):
        if not any(f.start() <= m.start() and m.end() <= f.end() for f in _word_re("finance").finditer(clause)):
            return m.group()
    return None


def _with_amount(clause: str, cat: str, before_too: bool = False, amounts: list | None = None) -> list[tuple[str, int, str, int]]:
    """(word, offset, amount, the amount's offset) for each ``cat`` word that has an amount right after it in the clause
    (or, with ``before_too``, right before it: ``3200万元的营业收入``). ``amounts``: the clause's
    ``_amounts``, when the caller has them."""
    out = []
    if amounts is None:
        amounts = _amounts(clause)
    if not amounts:
        return out
    for w in _word_re(cat).finditer(clause):
        after = next((a for a in amounts if 0 <= a[0] - w.end() <= 16), None)
        if after is None and before_too:
            after = next((a for a in amounts if 0 <= w.start() - a[1] <= 4), None)
        if after is not None:
            out.append((w.group(), w.start(), after[2].strip(), after[0]))
    return out


def _amounts(clause: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every amount in the clause."""
    return [(a.start(), a.end(), a.group()) for a in AMOUNT_RE.finditer(clause)]


def _owner(text: str, here: list[Org], doc_orgs, previous: str | None, goes_on: bool = True) -> tuple[str, str, bool] | None:
    """(the organisation whose information the passage gives, why — in Chinese, whether it is the addressee) or None:
    the addressee (你公司, 贵单位 = the document's named organisation), one named here, an anaphor (该公司) pointing at
    one named in the document, the one the paragraph before named (when the passage goes on about it: 其中, 另外 …;
    any passage with ``goes_on=False``), or a bare head noun (医院提交的) standing for the document's one of its kind."""
    # a decision or reply addressed to the organisation (你公司, 贵单位) is about the addressee, even when the
    # paragraph names its customers or partners
    addressee = next((a for a in _addressee_words() if a in text), None)
    ana = _anaphor(text) if not here or addressee else None
    named = (doc_orgs() if callable(doc_orgs) else doc_orgs) if ana else ()
    if addressee and named:
        return named[0], f"受文组织「{addressee}」即文中具名组织「{named[0]}」", True
    if here:
        return here[0].name, f"具名组织「{here[0].name}」", False
    if ana and named:
        return named[0], f"指代词「{ana}」指向文中具名组织「{named[0]}」", False
    if previous and (not goes_on or _GOES_ON.match(text)):
        return previous, f"上一段点名的组织「{previous}」", False
    if (bare := _bare_head(text)) and (named := _by_head(bare, doc_orgs() if callable(doc_orgs) else doc_orgs)):
        return named, f"「{bare}」指文中具名组织「{named}」", False
    return None


def owner(text: str, doc_orgs: "tuple[str, ...] | Callable[[], tuple[str, ...]]", previous: str | None = None) -> tuple[str, str] | None:
    """(owner, why) of a passage a reader already takes for a firm's information (the passage model's commercial
    reading): as ``classify`` finds it, except that the organisation named in the paragraph before counts whatever
    the passage's first words."""
    found = _owner(text, orgs(text), doc_orgs, previous, goes_on=False)
    return found[:2] if found else None


def figures(text: str) -> list[str]:
    """The amounts (万元, %, 三成) and measured quantities (℃, MPa, 小时) of a passage, as written."""
    return [m.group() for m in AMOUNT_RE.finditer(text)] + [m.group() for m in _UNIT_RE.finditer(text) if _PHYSICAL.search(m.group())]


def classify(text: str, doc_orgs: "tuple[str, ...] | Callable[[], tuple[str, ...]]", previous: str | None = None) -> Kind | None:
    """The commercial content of one passage (a paragraph, or a table row written ``列名：值，…``),
    or None. ``doc_orgs`` are the organisations named anywhere in the document (for anaphors; a
    function is called only when an anaphor needs them);
    ``previous`` is one named in the paragraph right before (the passage goes on about it)."""
    here = orgs(text)
    found = _owner(text, here, doc_orgs, previous)
    if found is None:
        return None
    owner, whose, by_addressee = found
    costs: dict[str, tuple[int, str]] = {}
    prices, finance, skipped = [], [], []
    units: list[str] = []
    for pos, cl in _clauses(text):
        pw = _public(cl)
        if pw is not None and not _KICKBACK.search(cl):  # (学费的25%向中介返费: the fee is public, the rebate is not)
            if AMOUNT_RE.search(cl):
                skipped.append(pw)
            continue
        amounts = _amounts(cl)  # read once for the three kinds of word
        for w, o, a, at in _with_amount(cl, "cost", amounts=amounts):
            # one item per figure: 师资薪酬支出46.2万元 is one cost, not three
            costs.setdefault(f"{pos + at}", (pos + o, f"{w}{a}"))
        prices += [(w, pos + o, a) for w, o, a, _ in _with_amount(cl, "price", before_too=True, amounts=amounts)]
        finance += [(w, pos + o, a) for w, o, a, _ in _with_amount(cl, "finance", before_too=True, amounts=amounts)]
        units += [u.group() for u in _UNIT_RE.finditer(cl)]
    skip = f"；已排除公开性质的金额（{'、'.join(sorted(set(skipped)))}）" if skipped else ""
    lex = _content_lex()
    # the owner's own request for confidentiality
    # the first of the lexicon's words the text holds (a search says first whether it holds any)
    dec = next((w for w in lex["declare"] if w in text), None) if _declare_re().search(text) else None
    if dec is not None:
        return Kind("保密声明", "declared", 0.85, dec, text.find(dec), owner,
                    (whose, f"声明保密「{dec}」"))
    if len(costs) >= 2:
        items = sorted(costs.values())
        shown = "、".join(a for _, a in items[:4])
        first = _word_re("cost").match(text, items[0][0])
        return Kind("成本构成", "pricing", 0.75, first.group() if first else "", items[0][0], owner,
                    (whose, f"列出{len(costs)}项成本费用及金额/比例（{shown}）" + skip))
    if prices:
        w, o, a = prices[0]
        return Kind("价格", "pricing", 0.7, w, o, owner, (whose, f"价格数据「{w}」{a}" + skip))
    # a customer list: several organisations, each with an amount, beside a sales word
    cw = _word_re("customer").search(text)
    if cw is not None:
        # the customers: organisations after the owner, each followed by an amount (not a public one)
        others = [g for g in here if g.name != owner] if by_addressee else here[1:]
        paid = {g.name for g in others if AMOUNT_RE.search(text[g.end:g.end + 24]) and not _public(text[g.end:g.end + 24])}
        if paid and (len(paid) >= 2 if by_addressee else len({g.name for g in here}) >= 2):
            return Kind("客户名单及交易额", "business_data", 0.75, cw.group(), cw.start(), owner,
                        (whose, f"销售/客户词「{cw.group()}」", f"{len(paid)}家组织各附金额"))
    if finance:
        w, o, a = finance[0]
        return Kind("经营财务数据", "business_data", 0.65, w, o, owner, (whose, f"经营财务数据「{w}」{a}" + skip))
    st = _word_re("statement").search(text)
    if st is not None:
        return Kind("财务报表", "business_data", 0.6, st.group(), st.start(), owner, (whose, f"财务报表「{st.group()}」"))
    # a process word inside a firm's name (某某注塑制品厂) names the firm, not a process of it
    pw = next((m for m in _word_re("process").finditer(text) if not any(g.start <= m.start() < g.end for g in here)), None)
    physical = [u for u in units if _PHYSICAL.search(u)]
    if pw is not None and len(units) >= 2 and physical and not _WEATHER.search(text):
        return Kind("工艺参数", "business_data", 0.75, pw.group(), pw.start(), owner,
                    (whose, f"工艺词「{pw.group()}」", f"{len(units)}个带计量单位的参数（{'、'.join(units[:4])}）"))
    return None


def customer_table(caption: str, header: list[str], rows: list[list[str]],
                   doc_orgs: "tuple[str, ...] | Callable[[], tuple[str, ...]]") -> Kind | None:
    """A table of one organisation's customers or partners with figures, under a caption that names the
    organisation or points at it (某公司派遣协议显示，其主要用工单位及结算情况如下：): the header holds a customer word
    (用工单位, 客户, 采购方 …), two or more rows name an organisation and carry a figure."""
    cw = next((m.group() for h in header if (m := _word_re("customer").search(h))), None)
    if cw is None:
        return None
    here = orgs(caption)
    if here:
        owner = here[0].name
    else:
        names = doc_orgs() if callable(doc_orgs) else doc_orgs
        ana, bare = _anaphor(caption), _bare_head(caption)
        owner = (names[0] if ana and names else None) or (_by_head(bare, names) if bare else None)
        if owner is None:
            return None
    named = [r for r in rows if any(orgs(c) for c in r) and any(ch.isdigit() for c in r for ch in c)]
    if len(named) < 2:
        return None
    return Kind("客户名单及交易额", "business_data", 0.75, cw, 0, owner,
                (f"具名组织「{owner}」（表题）", f"表头含销售/客户词「{cw}」", f"{len(named)}行为具名组织并附数字"))

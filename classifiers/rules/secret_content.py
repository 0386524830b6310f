"""SECRET_CONTENT — content that looks like a state or work secret but carries no mark
(《保密审查工作制度》第五条（二）: 虽未标识但内容涉及国家秘密; 第八条: 密级不明确的报有权机关确定).

Signals (``lexicons/secret_content_*.txt``, ``category|term``): unused exam questions and answers,
unannounced inspection lists, security weaknesses (弱口令, 漏洞清单), unannounced personnel matters,
informants. One strong term, or two different weak terms of the same category, is enough. A document
that already bears a secrecy mark is the secrecy rule's; a notice *about* secrecy rules is not secret
(same rule-context test as MIXED_CONTENT). Beside the phrase lists, the secrecy-scope knowledge base
(``classifiers/secrecy_scope.toml``, ``classifiers.scope``) finds its ``secret`` matters — an object
and a state concept in one passage window, on whole words — and names the matter and article. Routed ``escalate``: whether it is a secret is for whoever
can decide (第八条), not for the drafting section.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache
from operator import attrgetter
from dataclasses import dataclass
from typing import Iterable

from extractors.model import Block, BlockKind, Document

from ..config import by_identity, lexicon, section
from ..messages import RULES, message
from ..model import Attribute, Code, Finding, Severity
from ..registry import AuditContext, register
from ._text import (Lexicon, LexiconPass, TextStream, body_blocks, compile_patterns, heading, in_course_section, pattern_hits,
                    per_document, short, where, table_start)
from ..scope import ScopeHit, SecrecyScopeConfig, find_matters
from ..scope.timing import KIND_NAMES, document_date
from .secret_marking import find_marks

KINDS = {"exam": "未启用的考试试题", "inspection": "未公布的检查安排", "security": "网络与信息系统安全弱点",
         "personnel": "未公布的人事事项", "informant": "举报人信息", "scores": "未公布的考试成绩和统计",
         "adjustment": "未公布的调整方案和测算数字", "review_panel": "评审前的评审专家组成",
         "release": "发布前的统计数字"}


def scope_explanation(hit: ScopeHit) -> tuple[tuple[str, object], ...]:
    """The why of a knowledge-base finding: matter, article, matched words and the window (Chinese values)."""
    m = hit.matter
    out: list[tuple[str, object]] = [
        ("concept", f"{m.name}（{m.id}）"), ("article", m.article), ("object", hit.object_term),
        ("state", hit.state_term), ("window", "同一句" if hit.same_sentence else "相邻句"),
    ]
    if hit.evidence:
        out.append(("supporting", hit.evidence))
    if hit.timing:
        out.append(("timing", hit.timing))
    out.append(("sentence", short(hit.sentence, 60)))
    return tuple(out)


#: A table's caption is the short line just above it (表题, an 附件 heading); longer text is prose, of which only its last
#: sentence introduces the table (以下数据为…汇总结果，将在4月下旬统一发布; 现将初步统计情况通报如下).
CAPTION_CHARS = 60
CAPTION_SENTENCE_CHARS = 120
#: A note under a table (注：…, 说明：…, 备注：…) belongs to it: 最低合格分数线为建议数，尚需报市局审定.
NOTE_CHARS = 150
NOTE_START = re.compile(r"^\s*(?:注|说明|备注|附注)\s*\d?\s*[:：]")
#: How much of a table is read as one passage (a long roster's first rows name what it is).
TABLE_CHARS = 1500
#: A unit a column or row header gives its figures (城镇新增就业（人）, 金额（万元）): a bare number in a cell is a figure
#: only with it, so the unit is written after the number, as prose would.
HEADER_UNIT = re.compile(r"[（(]\s*(%|％|元|万元|亿元|人|万人|人次|万人次|个百分点|票|分)\s*[）)]\s*$")
#: …or that its header's last word implies (实考人数 → 人, 平均分 and 合格分数线 → 分, 报价 → 元)
HEADER_WORD_UNIT = ((re.compile(r"人数$"), "人"), (re.compile(r"(?:分|分数|分数线|得分|成绩|总分)$"), "分"),
                    (re.compile(r"(?:金额|价格|单价|报价|费用|价款)$"), "元"), (re.compile(r"票数$"), "票"))
BARE_NUMBER = re.compile(r"^[+\-−]?\d+(?:\.\d+)?$")
_SENTENCE_END = re.compile(r"(?<=[。！？])")


_KIND = attrgetter("kind")


@dataclass(frozen=True, slots=True)
class TablePassage:
    """A body table read as one passage: ``caption：row；row；…。note``, with where its cells' part lies in ``text``."""

    first: Block  # its first cell
    text: str
    cells: tuple[int, int]  # [start, end) of the rows in ``text`` (the caption before, the note after)


def table_passages(doc: Document) -> list[TablePassage]:
    """Each body table as one passage: its caption (the short line above it), its rows in order (cells joined as a
    list is written, 、; rows as clauses, ；); and, when there is more to read around it, again with the sentence
    that introduces it and the note under it."""
    out: list[TablePassage] = []
    blocks = body_blocks(doc)
    if BlockKind.TABLE_CELL not in set(map(_KIND, blocks)) and not any("\t" in b.text for b in blocks):
        return out  # most bodies hold no table
    i = 0
    while i < len(blocks):
        b = blocks[i]
        cells: dict[int, dict[int, str]] = {}
        j = i
        if b.kind == BlockKind.TABLE_CELL and b.position.cell is not None:
            key = (b.position.part, b.position.cell[0])
            while j < len(blocks) and blocks[j].kind == BlockKind.TABLE_CELL and blocks[j].position.cell is not None \
                    and (blocks[j].position.part, blocks[j].position.cell[0]) == key:
                _, r, c = blocks[j].position.cell
                cells.setdefault(r, {})[c] = blocks[j].text.strip()
                j += 1
        else:
            # a plain-text table: two or more lines in a row whose cells are split by tabs (an OA export's .txt)
            while j < len(blocks) and blocks[j].kind != BlockKind.TABLE_CELL and "\t" in blocks[j].text.strip():
                cells[j - i] = dict(enumerate(x.strip() for x in blocks[j].text.strip().split("\t")))
                j += 1
            if j - i < 2:
                i += 1
                continue
        above = _text_of(blocks[i - 1]) if i > 0 else ""
        note = _text_of(blocks[j]) if j < len(blocks) else ""
        note = note if len(note) <= NOTE_CHARS and NOTE_START.match(note) else ""
        body = "；".join("、".join(c for c in row if c) for row in _with_units(cells))[:TABLE_CHARS]
        cap = above if len(above) <= CAPTION_CHARS else ""
        out.append(_passage(b, cap, body, ""))
        wide = _caption(above)
        if wide != cap or note:
            # read again with the sentence that introduces it and the note under it: the context can give the state
            # (初步统计, 将在4月下旬统一发布, 尚需报市局审定) — and take one away, so the plain reading stays too
            out.append(_passage(b, wide, body, note))
        lead = _text_of(blocks[i - 2]) if i > 1 and cap and _BARE_CAPTION.match(cap) else ""
        if lead:
            # a bare heading for a caption (二、拟检查对象和时间：) says only what the rows are; the paragraph above it
            # says how they are used (到场前不打招呼): read the table once more after its last sentences
            out.append(_passage(b, _last_sentences(lead) + cap.rstrip("：:"), body, note))
        i = j
    return out


def _surroundings(stream: TextStream, pos: int) -> str:
    """The paragraph at ``pos``; for a table cell, with its column's header and the line above the table (a course
    table's 课程 column, 三、课程安排), and for a plain-text table's row with the table's first row and the line above:
    what a weak word's own cell is too short to say."""
    i = max(0, bisect.bisect_right(stream.starts, pos) - 1)
    blocks, b = stream.blocks, stream.blocks[i]
    j = table_start(blocks, i)
    if j is None:
        return b.text
    above = blocks[j - 1].text if j > 0 else ""
    if b.kind != BlockKind.TABLE_CELL:  # a plain-text table's row (an OA export's .txt): its first row is the header
        return "\n".join([above, blocks[j].text, b.text])
    col = b.position.cell[2]
    head = [x.text for x in blocks[j:i] if x.position.cell[1] == 0 and x.position.cell[2] == col]
    return "\n".join([above, *head, b.text])


def _text_of(b: Block) -> str:
    """A block beside a table as its caption or note: not a cell, not a plain-text table's row."""
    return "" if b.kind == BlockKind.TABLE_CELL or "\t" in b.text.strip() else b.text.strip()


def _passage(first: Block, cap: str, body: str, note: str) -> TablePassage:
    head = cap + "：" if cap else ""
    return TablePassage(first, head + body + ("。" + note if note else ""), (len(head), len(head) + len(body)))


#: a caption that is only a heading: a numbered or short title ending in a colon, with no sentence of its own
_BARE_CAPTION = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])?[^。；;，,！？]{2,30}[:：]\s*$")


def _last_sentences(t: str, n: int = 2) -> str:
    """The last ``n`` sentences of a paragraph (at most ``CAPTION_SENTENCE_CHARS`` each), ending in their stop."""
    parts = [x for x in re.findall(r"[^。！？]*[。！？]?", t) if x.strip()]
    return "".join(x for x in parts[-n:] if len(x) <= CAPTION_SENTENCE_CHARS) or ""


def _caption(t: str) -> str:
    """The text above a table as its caption: the whole of a short one, else the last sentence of a paragraph."""
    if len(t) > CAPTION_CHARS:
        t = [x for x in _SENTENCE_END.split(t) if x.strip()][-1].strip() if t else ""
        t = t if len(t) <= CAPTION_SENTENCE_CHARS else ""
    return t.rstrip("。；，：:;, ")


def _unit(header: str) -> str | None:
    """The unit a header gives its column's numbers: written in brackets, else implied by its last word."""
    m = HEADER_UNIT.search(header)
    if m:
        return m.group(1)
    return next((u for rx, u in HEADER_WORD_UNIT if rx.search(header)), None)


def _with_units(cells: dict[int, dict[int, str]]) -> list[list[str]]:
    """The rows' cells in order, each bare number followed by the unit its column's or its row's header gives."""
    rows = [cells[r] for r in sorted(cells)]
    if not rows:
        return []
    top = rows[0]
    col_unit = {c: u for c, t in top.items() if (u := _unit(t))}
    #: a course table's topic column (课程, 授课内容): each row says what it is, so a topic (暗访与突击检查的组织实施)
    #: reads as a course, not as a plan, in the row's own clause
    courses = {c for c, t in top.items() if _COURSE_HEADER.fullmatch(t.strip())}
    out = []
    for k, row in enumerate(rows):
        cols = sorted(row)
        lead = HEADER_UNIT.search(row[cols[0]]) if cols else None
        texts = []
        for c in cols:
            t = row[c]
            unit = col_unit.get(c) or (lead.group(1) if lead and c != cols[0] else None)
            t = t + unit if k and unit and BARE_NUMBER.match(t) else t
            texts.append(f"课程：{t}" if k and c in courses and t else t)
        out.append(texts)
    return out


_COURSE_HEADER = re.compile(r"(?:培训|授课|教学)?(?:课程(?:名称|内容|安排)?|专题|讲题)|授课内容|培训内容|教学内容")


def document_matters(doc: Document, text: str, scope: SecrecyScopeConfig,
                     categories: frozenset[str] | None = None) -> list[ScopeHit]:
    """``find_matters`` over ``text`` once per document: SECRET_CONTENT and MIXED_CONTENT read the same body
    (a 主动公开 document's stream is usually the same text), so the second asks the first's result. ``categories``:
    only the matters of these (``find_matters``)."""
    kb = scope.kb()
    return per_document(doc, ("matters", text, id(kb), categories),
                        lambda: find_matters(text, kb, scope_date(doc), per_document(doc, "scope_cuts", dict),
                                             memo=per_document(doc, "scope_memo", dict), title=doc.fields.title or "",
                                             categories=categories))


def scope_date(doc: Document):
    """The document's date for the knowledge base (``timing.document_date``), worked out once per document."""
    return per_document(doc, "scope_date", lambda: document_date(doc))


@lru_cache(maxsize=16)  # the lexicons of a configuration: split once, not once a document
def _split(entries: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        cat, _, term = e.partition("|")
        if term:
            out[cat.strip()].append(term.strip())
        else:
            out["other"].append(cat.strip())
    return {k: tuple(v) for k, v in out.items()}


_KB_WORDS: dict[tuple[int, tuple[str, ...]], tuple[object, tuple[str, ...], dict[str, tuple[str, ...]]]] = {}


def _kb_words(kb, categories: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """(the knowledge base's negation words, its cancelling words per category of ``categories``), worked out
    once per knowledge base rather than once a document; keyed by identity, as ``scope.match`` keys its
    compiled form (hashing a knowledge base walks every term).

    The cancelling words (考生, 启封 … for exams): a listed phrase in a sentence that holds one is the
    candidate-facing or after-the-fact wording the matter excludes."""
    got = _KB_WORDS.get((id(kb), categories))
    if got is None or got[0] is not kb:
        negations = tuple(w for t in kb.negation for w in t.words)
        cancels: dict[str, tuple[str, ...]] = defaultdict(tuple)
        for m in kb.matters:
            if m.category in categories:
                cancels[m.category] += tuple(t.text for t in m.cancel if len(t.parts) == 1 and len(t.parts[0]) == 1)
        if len(_KB_WORDS) > 8:
            _KB_WORDS.clear()
        got = _KB_WORDS[(id(kb), categories)] = (kb, negations, dict(cancels))
    return got[1], got[2]


class _Signals:
    """What SECRET_CONTENT reads a body for, built once per configuration: the strong and the weak phrase lists
    and the patterns' needles in one pass (``LexiconPass``), the rule-context and self-reference lexicons."""

    def __init__(self, cfg: "SecretContentConfig"):
        self.lists = LexiconPass((_split(cfg.strong), _split(cfg.weak)), cfg.patterns)
        self.ctx, self.self_ref = Lexicon({"ctx": cfg.rule_context}), Lexicon({"self": cfg.self_reference})


_SIGNALS: dict[int, tuple[object, _Signals]] = {}


def _signals(cfg: "SecretContentConfig") -> _Signals:
    """``_Signals`` of ``cfg``, keyed by identity (configurations are loaded once; hashing one walks every list)."""
    return by_identity(_SIGNALS, cfg, _Signals)


@section("secret_content")
@dataclass(frozen=True, slots=True)
class SecretContentConfig:
    """Signals of unmarked secret content, as ``category|term`` lines. 保密审查第五条（二）、第八条."""

    strong: tuple[str, ...] = lexicon("secret_content_strong")
    weak: tuple[str, ...] = lexicon("secret_content_weak")
    #: ``category|regex`` signals for wording the lists do not hold; each counts as strong.
    patterns: tuple[str, ...] = lexicon("secret_content_patterns")
    min_weak: int = 2
    #: Categories whose knowledge-base cancelling words also silence a listed phrase: they say the sentence
    #: is procedure or after the fact (考生, 启封, 检查结束后, 予以保密). Not ``security``: its cancels (排查,
    #: 自查发现) say a weakness was found, and a weakness found and not yet fixed is still the secret.
    kb_cancels_for: tuple[str, ...] = ("exam", "inspection", "informant", "personnel", "scores")
    #: A listed security phrase (弱口令, 系统漏洞) in a sentence of awareness or training names a kind of risk,
    #: not a weakness of a system (围绕弱口令、钓鱼邮件等常见风险讲解防范知识); in a sentence saying it was
    #: put right it is a weakness no longer.
    security_cancels: tuple[str, ...] = ("防范知识", "防范意识", "讲解", "宣传", "培训", "提醒", "常见", "警示", "教育",
                                           "知识", "意识", "科普", "案例",
                                           # a weakness already put right is no longer one (完善了口令管理, 整改完成)
                                           "已整改", "整改完成", "完成整改", "已修复", "修复完成", "已完善", "完善了", "已清理",
                                           "建立了", "机制",
                                           # a requirement to put in place (一、落实账号和口令管理; 口令长度不少于10位): no
                                           # weakness found
                                           "落实", "不少于", "定期更换",
                                           # a routine maintenance notice (例行漏洞修复、安全加固) names no weakness
                                           "例行", "漏洞修复", "安全加固", "停机维护", "维护公告", "系统升级",
                                           # an anti-fraud warning quotes the swindlers' words (所谓“系统漏洞”…均为诈骗)
                                           "诈骗", "所谓", "请勿轻信", "谨防", "骗局")
    #: A title that publishes exam material on purpose (考试大纲和样题, 历年真题): its questions, scoring points and
    #: tasks are samples, not an exam's paper before use.
    published_exam_titles: tuple[str, ...] = ("样题", "样卷", "考试大纲", "模拟题", "真题", "练习题", "复习资料", "题库样例")
    #: A title that puts a draft out for public comment (关于公开征求《…（征求意见稿）》意见的公告): the draft's
    #: proposed standards and figures are published on purpose, not a plan before its announcement.
    public_draft_titles: tuple[str, ...] = ("公开征求", "向社会征求", "征求意见的公告", "征求意见的通告")
    #: 文种 that propose a plan to a superior for approval (a 请示 asks for the rise it describes): its proposed standards
    #: and figures are the request, whose marking the nature rule judges, not a plan leaked before its announcement.
    request_types: tuple[str, ...] = ("请示",)
    #: In a document marked 不予公开 only these categories are reported: questions before use and scores before release are
    #: state secrets whose 密级 must still be fixed whatever the attribute (``decision``: escalate); a work secret (a panel
    #: before it sits, an inspection plan, an informant) in a document kept from the public is where it belongs, and a note
    #: saying so asks nothing of the reviewer.
    withheld_categories: tuple[str, ...] = ("exam", "scores")
    rule_context: tuple[str, ...] = lexicon("rule_context")
    self_reference: tuple[str, ...] = lexicon("self_reference")
    severity: str = "high"

    def __post_init__(self) -> None:
        Severity(self.severity)  # high | medium | low, else a ConfigError naming the section
        compile_patterns(self.patterns)


@register("secret_content")
class SecretContentRule:
    """Unmarked content that looks secret → SECRET_CONTENT (escalate)."""

    name = "secret_content"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg: SecretContentConfig = ctx.config["secret_content"]
        # marked 不予公开: only the categories still reported are read for (the others cost most on the very documents
        # that hold them, and would be dropped)
        only = frozenset(cfg.withheld_categories) if ctx.attribute == str(Attribute.WITHHELD) else None
        return self._findings(doc, ctx, cfg, only)

    def _findings(self, doc: Document, ctx: AuditContext, cfg: SecretContentConfig,
                  only: frozenset[str] | None) -> Iterable[Finding]:
        if find_marks(doc, ctx.config["secrecy"]):
            return
        stream = TextStream(body_blocks(doc))
        sig = _signals(cfg)
        ctx_lex, self_lex = sig.ctx, sig.self_ref

        scope: SecrecyScopeConfig = ctx.config["secrecy_scope"]
        negations, cancels = _kb_words(scope.kb(), cfg.kb_cancels_for) if scope.enabled else ((), {})

        title = doc.fields.title or ""
        samples = any(w in title for w in cfg.published_exam_titles)  # the document publishes sample questions

        def cancelled(h) -> bool:
            if h.category == "exam" and samples:
                return True
            if h.category == "inspection" and in_course_section(doc, stream.locate(h.start, h.end)[0]):
                return True  # 三、培训内容 … 暗访、突击检查的组织程序: a course's topic, not a plan
            sent = stream.sentence(h.start, h.end)
            if h.category == "security" and any(w in sent for w in cfg.security_cancels):
                return True
            return any(w in sent for w in cancels.get(h.category, ()))

        def stated_rule(start: int, end: int) -> bool:
            sent = stream.sentence(start, end)
            # 本通知不涉及启用前试题…: a phrase negated in its own clause is not the matter
            clause = re.split(r"[，,。；;：:！？]", stream.text[max(0, start - 12):start])[-1]
            if any(n in clause for n in negations):
                return True
            return ctx_lex.contains_any(sent) and not self_lex.contains_any(sent)

        (strong_hits, weak_hits), present = sig.lists.scan(stream.text)
        found = [*strong_hits, *pattern_hits(stream.text, cfg.patterns, present)]
        if only is not None:
            found, weak_hits = [h for h in found if h.category in only], [h for h in weak_hits if h.category in only]
        strong = sorted((h for h in found if not stated_rule(h.start, h.end) and not cancelled(h)), key=lambda h: h.start)
        reported: set[str] = set()
        for h in strong:
            if h.category in reported:
                continue
            reported.add(h.category)
            yield self._finding(stream, h.start, h.end, short(h.term, 20), h.category, cfg, "strong")
        weak: dict[str, list] = defaultdict(list)
        for h in weak_hits:
            # a weak word needs a second: its whole paragraph is read for the words that cancel it (暗访取证、突击检查 as
            # items of a 课程安排, the sentence of each item too short to say so)
            if h.category not in reported and not stated_rule(h.start, h.end) and not cancelled(h) and not any(
                    w in _surroundings(stream, h.start) for w in cancels.get(h.category, ())):
                weak[h.category].append(h)
        for cat, hits in weak.items():
            terms = sorted({h.term for h in hits})
            if len(terms) >= cfg.min_weak:
                reported.add(cat)
                h = hits[0]
                yield self._finding(stream, h.start, h.end, "、".join(terms), cat, cfg, "weak")
        if scope.enabled:
            if samples:
                reported.add("exam")
            if any(w in title for w in cfg.public_draft_titles):
                reported.add("adjustment")
            if heading(doc).doc_type in cfg.request_types:
                reported.add("adjustment")  # a 请示 proposes its plan to the superior: the plan is what it asks for
            for hit in document_matters(doc, stream.text, scope, only):
                if hit.matter.decision == "secret" and hit.matter.category not in reported:
                    reported.add(hit.matter.category)
                    yield self._scope_finding(stream, hit, cfg)
            yield from self._table_matters(doc, stream, scope, reported, cfg, only)

    def _table_matters(self, doc: Document, stream: TextStream, scope: SecrecyScopeConfig, reported: set[str],
                       cfg: SecretContentConfig, only: frozenset[str] | None = None) -> Iterable[Finding]:
        """The knowledge base over each table read as one passage with its caption (the line just above it).

        A table's cells are blocks of their own, so a caption naming the object (评审委员会组成人员, 各考场考官
        安排) and the names or figures in the cells below never stand in one sentence window. Each table is
        read as ``caption：row；row；…`` after the body (so the document's dates and events still count).
        """
        tables = table_passages(doc)
        if not tables:
            return
        base = stream.text
        view = base + "\n" + "\n".join(t.text for t in tables)
        first_table = len(base) + 1
        starts, pos = [], first_table
        for t in tables:
            starts.append(pos)
            pos += len(t.text) + 1
        for hit in find_matters(view, scope.kb(), scope_date(doc), per_document(doc, "scope_cuts", dict), first_table,
                                per_document(doc, "scope_memo", dict), title=doc.fields.title or "", categories=only):
            if hit.matter.decision != "secret" or hit.matter.category in reported:
                continue
            k = max(i for i, st in enumerate(starts) if st <= hit.start)
            t = tables[k]
            if hit.timing and KIND_NAMES["release"] in hit.timing and \
                    starts[k] + t.cells[0] <= hit.state_start < starts[k] + t.cells[1]:
                # a date in a table's cell is a deadline or a period (完成时限 12月底), not a release the figures
                # await; an exam's or a review's date in the table (面试日期) is the event itself
                continue
            reported.add(hit.matter.category)
            yield self._scope_finding(stream, hit, cfg, table=(t.first, t.text))

    @staticmethod
    def _scope_finding(stream: TextStream, hit: ScopeHit, cfg: SecretContentConfig,
                       table: tuple[Block, str] | None = None) -> Finding:
        """A matter of the secrecy scope: the matter, its article and the words that matched, in Chinese.
        ``table`` (its first cell, its passage) when the hit is in a table read with its caption."""
        m = hit.matter
        phrase = f"{hit.object_term}…{hit.state_term}" if hit.start < hit.state_start else f"{hit.state_term}…{hit.object_term}"
        if table is None:
            b, pos = stream.locate(hit.start, hit.end)
            place, evidence, extra = where(b), short(hit.sentence, 40), ()
        else:
            first, text = table
            place, pos, evidence, extra = "表格", first.position.span(0, len(first.text)), short(text, 40), (("where", "表格（连同表题逐行读）"),)
        return Finding(
            code=Code.SECRET_CONTENT, subtype=m.category, severity=Severity(cfg.severity),
            message=message("SECRET_CONTENT_SCOPE", where=place, phrase=short(phrase, 24), matter=m.name, article=m.article),
            rule=RULES["secrecy_8"], position=pos, evidence=evidence, source="rule",
            match_key=f"{m.category}:{m.id}", explanation=scope_explanation(hit) + extra,
        )

    @staticmethod
    def _finding(stream: TextStream, start: int, end: int, phrase: str, cat: str, cfg: SecretContentConfig, strength: str) -> Finding:
        b, pos = stream.locate(start, end)
        sent = stream.sentence(start, end)
        return Finding(
            code=Code.SECRET_CONTENT, subtype=cat, severity=Severity(cfg.severity),
            message=message("SECRET_CONTENT", where=where(b), phrase=phrase, kind=KINDS.get(cat, "疑似涉密内容")),
            rule=RULES["secrecy_8"], position=pos, evidence=short(sent, 40), source="rule", match_key=f"{cat}:{phrase}",
            explanation=(("signal", phrase), ("category", cat), ("strength", strength), ("sentence", short(sent, 60))),
        )

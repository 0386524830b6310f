"""LABEL_MISMATCH — the marking contradicts the document's nature (《公开属性源头认定制度》第三条（一）).

The nature is weighed from several signals, never read off one. Each signal names the attribute it
points to, a weight and a reason in Chinese:

==========================  ==============================================================  ========  ======
signal (rule)               when                                                            points to weight
==========================  ==============================================================  ========  ======
``request``                 文种 请示                                                        不予公开  0.70
``request`` / ``report``    主送 a superior body (``superior_bodies``) with 请示 / 报告         不予公开  0.30/0.45
``report``                  文种 报告 (alone below the note level)                            不予公开  0.25
``consultation``            函/通知 whose title asks for opinions (征求…意见, not 公开征求)     不予公开  0.90
``reply``                   复函, or a 函 answering (答复/回复) another body (not a firm/person) 不予公开  0.90
``internal``                an internal-management title (``internal_topics``: 值班, 考勤 …)   依申请公开 0.65
``internal``                主送 only the bureau's own offices and units, at any level        依申请公开 0.35
``minutes``                 纪要 of the bureau's own meeting (局长办公会, 局务会, 党组会 …)      依申请公开 0.35
``minutes``                 … whose decisions are internal management (≥ 2 ``internal_topics``) 依申请公开 0.30
                            (不予公开 accepted too: not 主动公开 is what it says)
                            (局机关各科室、局属各单位、厅机关各处室、委属各单位 …)
``public_notice``           文种 公告 / 通告                                                  主动公开  0.90
``public_interest``         通知/意见/决定/… with ≥ N distinct public-interest words           主动公开  0.75
``public_interest``         a 办法/规定/细则/规则, or 印发 one (a normative document)            主动公开  0.30
==========================  ==============================================================  ========  ======

Scores add up per attribute (capped at 1). The best attribute is *firm* when its score reaches
``firm_score`` and leads the next by ``margin``: then it is the suggestion, and a marking that
differs is LABEL_MISMATCH (returned), subtype the strongest signal's rule. A lead below that —
internal recipients alone, say: addressing the bureau's own units is not proof of internal
management — is only a note: LABEL_MISMATCH subtype ``weak_evidence``, severity low, which the
decision table reports without returning. Every finding lists the signals, weights and the score.

转发 documents are left to the forwarding rule (第三条（二）), and a document bearing a secrecy mark to
the secrecy rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from extractors.model import Document, Position

from ..config import lexicon, section
from ..messages import RULES, message
from ..model import Attribute, Code, Finding, Severity, Suggestion
from ..registry import AuditContext, register
from . import _doctype
from ._text import Lexicon, TextStream, body_blocks, heading, label_conflicts, normalise, per_document
from .forwarding import is_forwarding
from .secret_marking import find_marks

P, R, W = str(Attribute.PROACTIVE), str(Attribute.ON_REQUEST), str(Attribute.WITHHELD)


@section("nature")
@dataclass(frozen=True, slots=True)
class NatureConfig:
    """Lexicons, weights and thresholds for the document-nature rules. 《公开属性源头认定制度》第三条（一）."""

    superior_bodies: tuple[str, ...] = lexicon("superior_bodies")
    departments: tuple[str, ...] = lexicon("departments")
    internal_topics: tuple[str, ...] = lexicon("internal_topics")
    public_interest: tuple[str, ...] = lexicon("public_interest")
    #: What minutes decide when the meeting ran the bureau itself (beside ``internal_topics``): its rooms,
    #: cars, staff, structure, pay-outs and budget — the 内部管理信息 of 依申请公开制度第三条（四）.
    minutes_internal: tuple[str, ...] = ("内设机构", "机构调整", "科室职责", "科室设置", "绩效考核", "考核奖励", "绩效奖励",
                                         "干部交流", "干部调整", "干部轮岗", "人员调配", "岗位调整", "公务接待", "车辆使用",
                                         "车辆管理", "派车", "会议室", "机房", "办公设备", "经费报销", "财务报销", "政府采购",
                                         "物业", "食堂", "值班安排", "请销假", "职工体检", "工会活动")
    #: Subject and recipient concepts (类别<TAB>词): benefit levels, penalties, rosters, drafts … (see the lexicon).
    subjects: tuple[str, ...] = lexicon("nature_subjects")
    #: Distinct public-interest words (title + body) that make a notice public-facing.
    min_public_hits: int = 3
    public_doc_types: tuple[str, ...] = ("通知", "意见", "决定", "通报", "办法", "实施方案", "工作方案", "方案", "公示")
    #: 文种 whose subject may make them public-facing (a benefit level, a penalty): dispositive documents.
    dispositive_types: tuple[str, ...] = ("通知", "意见", "决定", "办法", "实施方案", "工作方案", "方案", "公告", "通告",
                                          "公示", "通报", "处罚决定", "处罚结果公示", "命令", "公报", "名单")
    consultation_title: str = r"(?:征求|征询|听取).{0,60}(?:意见|建议)"
    reply_title: str = r"复函$|(?:答复|回复).{0,40}(?:的函|意见)$"
    #: A title issuing a normative document (规范性文件 are published: 政府信息公开条例第二十条).
    normative_title: str = (r"印发.{0,60}(?:办法|规定|细则|制度|规范|规则|标准|指引)"
                            # the normative text itself (…调解组织管理办法, …实施细则（试行）)
                            r"|^(?!关于).{2,60}(?:管理办法|实施办法|暂行办法|办法|实施细则|细则|规定|规则)(?:[（(][^）)]{1,8}[）)])?$")
    #: Rules switched off by name (request, report, consultation, reply, internal, public_notice, public_interest).
    disabled: tuple[str, ...] = ()
    severity: str = "high"
    #: A nature is firm (a differing marking is returned) at this score, leading the next by ``margin``.
    firm_score: float = 0.6
    margin: float = 0.3
    #: Below firm, a lead of at least this much is reported as a note (never returned).
    note_score: float = 0.3

    def __post_init__(self) -> None:
        Severity(self.severity)  # high | medium | low, else a ConfigError naming the section
        if not 0 < self.note_score <= self.firm_score <= 1:
            raise ValueError("nature: need 0 < note_score ≤ firm_score ≤ 1")


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence about the document's nature: where it points, how much, and why."""

    rule: str
    attribute: str
    weight: float
    reason: str
    position: Position
    evidence: str
    #: What the evidence is about: 文种, 主题 (the subject) or 主送 (the recipients).
    facet: str = "文种"


@dataclass(frozen=True, slots=True)
class Nature:
    """The weighed nature: the expected attribute, its score, and the signals behind it."""

    rule: str
    expected: str
    description: str
    confidence: float
    position: Position
    evidence: str
    firm: bool = True
    signals: tuple[Signal, ...] = ()
    against: tuple[Signal, ...] = ()


#: 主送 that names the bureau's own offices or units, at any level: a grammar, not a list of spellings.
#: A body (厅, 局, 委, 办, 院, 部, 中心 …, with its name or 本) + 机关 + 各 + its offices (处室, 科室,
#: 司局 …), or the body + 属/直属/所属 + 各 + its units (单位, 事业单位 …): 局机关各科室、局属各单位 is
#: 厅机关各处室、厅属各单位 one level down, 部机关各司局、部属各单位 one level up.
_BODY = r"(?:本|[\u4e00-\u9fff]{0,12}?(?:厅|局|委|办|院|部|署|中心|委员会))"
_OFFICES = (r"(?:处室|科室|司局|司|处|科|室|股室|股|部门|内设机构|直属单位|直属机构"
            r"|处（室）|科（室）|处\(室\)|科\(室\))(?:（单位）|\(单位\))?")
_UNITS = r"(?:单位|事业单位|企事业单位|部门|机构)"
_INTERNAL_RECIPIENT = re.compile(
    rf"^{_BODY}?(?:机关)?(?:各|所属各|直属各)?{_OFFICES}$"
    rf"|^{_BODY}?(?:属|直属|所属)各?{_UNITS}$"
    rf"|^各(?:直属|所属){_UNITS}$"
)


#: Bodies above a municipal bureau by their level, beyond the configured list: the region's and the
#: State's organs (自治区……厅/局/委/办/人民政府, 国务院, 人力资源社会保障部) and the city's government
#: and Party committee themselves (not their departments: 市委组织部 is a peer).
_SUPERIOR = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:自治区|省)(?:党委|委)?[\u4e00-\u9fff]{0,20}(?:厅|局|委员会|委|办公厅|办公室|人民政府|政府|中心)$"
    r"|^(?:国务院|人力资源和?社会保障部|人社部|财政部|国家[\u4e00-\u9fff]{1,16}(?:局|部|委员会))"
    r"|^(?:中共)?[\u4e00-\u9fff]{1,6}市(?:人民政府|政府|委员会|委)(?:办公室|办公厅)?$|^中共[\u4e00-\u9fff]{1,6}市委(?:员会)?(?:办公室)?$"
)


def _issuer(doc: Document) -> str:
    """The issuing body's name: the 发文机关标志 (less 文件), else the 署名."""
    for el in ("发文机关标志", "署名"):
        b = next((b for b in doc.blocks if b.visible and b.element == el and b.text.strip()), None)
        if b is not None:
            return normalise(b.text).removesuffix("文件")
    return ""


def _level(name: str) -> int:
    """A body's administrative level from its name: 3 province, 2 city, 1 county or district, 0 unknown."""
    if re.search(r"[省]|自治区|厅$", name):
        return 3
    if re.search(r"[县旗]|[\u4e00-\u9fff]区(?!域)", name):
        return 1
    if "市" in name:
        return 2
    return 0


def _above(recipient: str, issuer: str) -> bool:
    """A government body of a higher level than the issuer (a 县局 reporting to the 市局)."""
    if not issuer or _NON_GOVERNMENT.search(recipient) or not re.search(r"(?:局|厅|政府|委员会|委|办公室)$", recipient):
        return False
    a, b = _level(recipient), _level(issuer)
    if a > 0 and b > 0 and a > b:
        return True
    # the body the issuer belongs to (白崖新区管理委员会 over 白崖新区管理委员会人力资源和社会保障局), or the
    # government of the issuer's own place (禾源县人民政府 over 禾源县人力资源和社会保障局)
    if len(issuer) > len(recipient) and issuer.startswith(recipient) and _GOVERNING.search(recipient):
        return True
    place = _PLACE.match(recipient)
    return bool(place and issuer.startswith(place.group(1)) and issuer != recipient
                and _GOVERNING.fullmatch(recipient[place.end(1):]))


#: the governing body of a place: its government, its party committee, its administrative committee
_GOVERNING = re.compile(r"(?:人民政府|政府|管理委员会|管委会|党委|党工委|委员会)$")
#: the place a body is named after (禾源县, 安澜市, 白崖新区), the shortest that ends a place name
_PLACE = re.compile(r"^([\u4e00-\u9fff]{1,10}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区|新区|开发区))")


#: A document that publishes itself to the public (现将…向社会公布, a title ending 社会公布): its content is public.
_SELF_PUBLISHED = re.compile(r"(?:现将|现予|予以|特此)[^。；\n]{0,40}?向社会(?:公布|公开|公告)|社会公布\n")
#: A 主送 that is a firm or a person, not a 部门 (the reply rule speaks of 答复有关部门意见).
#: an applicant outside government: a firm, a private training school or centre, an association, a body still being
#: set up (（筹）) — a 批复 granting it something is an administrative licence
_NON_GOVERNMENT = re.compile(r"(?:公司|集团|企业|厂|合作社|事务所|商行|店|先生|女士|培训学校|培训中心|培训机构|协会|商会|个体工商户"
                             r"|[（(]筹[）)])$")


def is_internal_recipient(name: str, departments: frozenset[str] = frozenset()) -> bool:
    """True when a 主送 entry names the issuing body's own offices or units (any level), or one of ``departments``."""
    n = normalise(name).rstrip("：:")
    return n in departments or bool(_INTERNAL_RECIPIENT.match(n))


def signals(doc: Document, cfg: NatureConfig) -> list[Signal]:
    """Every nature signal ``doc`` carries (see the module table)."""
    h = heading(doc)
    full_title = h.title
    title = normalise(h.title)
    dt = h.doc_type or ""
    recips = tuple(normalise(r) for r in h.recipients if r.strip())
    tb, rb = h.title_block, h.recipient_block
    tpos = tb.position.span(0, len(tb.text)) if tb is not None else Position()
    rpos = rb.position.span(0, len(rb.text)) if rb is not None else tpos
    sup = _normalised(cfg.superior_bodies)
    superior = [r for r in recips if any(r == s or r.endswith(s) for s in sup) or _SUPERIOR.match(r)]
    issuer = _issuer(doc) if recips else ""
    superior += [r for r in recips if r not in superior and _above(r, issuer)]
    on = lambda rule: rule not in cfg.disabled  # noqa: E731
    out: list[Signal] = []
    if on("request") and dt == "请示":
        out.append(Signal("request", W, 0.7, "文种为请示（向上级机关请求指示、批准的过程性文件）", tpos, full_title))
        if superior:
            out.append(Signal("request", W, 0.3, f"主送上级机关（{'、'.join(superior)}）", rpos, "、".join(superior), "主送"))
    if on("report") and dt == "报告":
        # a 报告 alone is no proof (the annual 政府信息公开工作年度报告 is published): the superior decides
        out.append(Signal("report", W, 0.25, "文种为报告", tpos, full_title))
        if superior:
            out.append(Signal("report", W, 0.45, f"报送上级机关（{'、'.join(superior)}）", rpos, "、".join(superior), "主送"))
    if on("consultation") and dt in ("函", "通知") and re.search(cfg.consultation_title, title) and "公开征求" not in title:
        out.append(Signal("consultation", W, 0.9, "向有关部门征求意见的公文（过程性信息）", tpos, full_title))
    # 第三条（一） names replies to 有关部门: a 复函 answering a firm's or a citizen's question is not one
    to_bodies = not recips or not all(_NON_GOVERNMENT.search(r) for r in recips)
    if on("reply") and to_bodies and (dt == "复函" or (dt == "函" and re.search(cfg.reply_title, title))):
        out.append(Signal("reply", W, 0.9, "答复有关部门意见的复函", tpos, full_title))
    if on("internal"):
        # a topic word inside quotes names a reform or a campaign (推行“机关内部最多跑一次”改革), not the subject
        bare_title = re.sub(r"[“\"「『][^”\"」』]*[”\"」』]", "", title)
        topic = next((t for t, n in zip(cfg.internal_topics, _normalised(cfg.internal_topics)) if n in bare_title), None)
        if topic and not superior:
            out.append(Signal("internal", R, 0.65, f"标题涉及机关内部管理事务（{topic}）", tpos, full_title, "主题"))
        depts = frozenset(_normalised(cfg.departments))
        if recips and all(is_internal_recipient(r, depts) for r in recips):
            out.append(Signal("internal", R, 0.35, f"主送仅为本机关内设机构和所属单位（{'、'.join(recips)}）；"
                                                   "主送对象本身不能证明属内部管理事务", rpos, "、".join(recips), "主送"))
    if on("public_notice") and dt in ("公告", "通告"):
        out.append(Signal("public_notice", P, 0.9, f"文种为{dt}（需要社会公众广泛知晓）", tpos, full_title))
    if on("public_interest") and not superior:
        if dt in cfg.public_doc_types and _public_hits(doc, cfg) >= cfg.min_public_hits:
            words = "、".join(sorted(_public_terms(doc, cfg))[:4])
            out.append(Signal("public_interest", P, 0.75, f"涉及公民、法人或其他组织切身利益的{dt}（{words}）", tpos, words, "主题"))
        if re.search(cfg.normative_title, title):
            out.append(Signal("public_interest", P, 0.3, "办法、规定、细则等规范性文件（印发或其本身；政府信息公开条例第二十条）", tpos, full_title))
    out += _more_signals(doc, cfg, title, full_title, dt, recips, superior, tpos, rpos, bool(out))
    if on("public_notice") and dt == "批复" and recips and all(_NON_GOVERNMENT.search(r) for r in recips) \
            and re.search(r"同意|准予|批准|许可", title):
        # a 批复 granting a firm's or a person's application is an administrative licence's result (双公示)
        out.append(Signal("public_notice", P, 0.7, f"准予行政相对人申请的批复（「{'、'.join(recips)}」），属行政许可结果，应当公开",
                          tpos, full_title))
    if any(s.rule in ("reply", "consultation") for s in out):
        # the subject words belong to the other body's draft that is being answered or consulted on
        out = [s for s in out if not (s.rule == "public_interest" and s.facet == "主题")]
    return out


@lru_cache(maxsize=32)
def _normalised(words: tuple[str, ...]) -> tuple[str, ...]:
    """``normalise`` of each of a configuration's words: once per configuration, not once a document."""
    return tuple(normalise(w) for w in words)


def _subjects(cfg: NatureConfig) -> dict[str, tuple[str, ...]]:
    return _subject_lex(cfg.subjects)


@lru_cache(maxsize=8)
def _subject_lex(lines: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for ln in lines:
        cat, _, w = ln.partition("\t")
        if w.strip():
            out.setdefault(cat.strip(), []).append(normalise(w))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


#: a reply asked for by a date (10月20日前反馈, 逾期视为无意见)
_BY_A_DATE = re.compile(r"(?:前|之前|以前|为止)(?:[，,]?\s*(?:将|以|通过|把))?.{0,16}(?:反馈|报送|回复|函复|送|报)|逾期")


def _asked_back(body: str, words: tuple[str, ...]) -> bool:
    """Whether a paragraph of ``body`` (lines, not yet normalised) asks for opinions (``consult_body``) and for the
    reply by a date: the opinions are what is fed back (请于10月20日前将修改意见反馈), not one heading of a report asked
    for elsewhere (汇报材料…意见建议)."""
    lines = (normalise(line) for line in body.split("\n"))
    return any(_BY_A_DATE.search(line) for line in lines if any(w in line for w in words))


def _any(words: tuple[str, ...], text: str | frozenset[str]) -> str | None:
    """The first of ``words`` in ``text``: a substring of a string, or a member of the set ``_occurring`` found."""
    return next((w for w in words if w in text), None)


@lru_cache(maxsize=8)
def _subject_finder(lines: tuple[str, ...]):
    """Every subject word (any category, normalised) and an automaton of them all, once per configuration."""
    import ahocorasick_rs

    words = sorted({w for ws in _subject_lex(lines).values() for w in ws})
    return words, ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.DFA) if words else None


def _occurring(cfg: NatureConfig, *texts: str) -> frozenset[str]:
    """The subject words that occur in one of ``texts``: ``w in text`` for all of them in one overlapping
    automaton pass a text (every occurrence of every word is reported), instead of one substring search of
    a whole body per word and category."""
    words, ac = _subject_finder(cfg.subjects)
    if ac is None:
        return frozenset()
    return frozenset(words[i] for t in texts for i, _, _ in ac.find_matches_as_indexes(t, overlapping=True))


def _body_type(doc: Document) -> _doctype.DocType | None:
    """``_doctype.from_body`` of the normalised body, once per document (the signals and the finding both ask)."""
    return per_document(doc, "nature_body_type", lambda: _doctype.from_body(_normal_body(doc)))


def _title_type(doc: Document, title: str) -> _doctype.DocType | None:
    """The 文种 of the title; when the zoner ran the title on into the body (a title not ending in one of
    its 文种 words, such as 办事指南 or 名单), the longest run of its first 标题 lines that ends in one.
    Once per document and title (the signals and the finding both ask)."""
    return per_document(doc, ("nature_title_type", title), lambda: _find_title_type(doc, title))


def _find_title_type(doc: Document, title: str) -> _doctype.DocType | None:
    found = _doctype.from_title(title)
    if found is not None:
        return found
    lines = [b.text.strip() for b in doc.blocks if b.visible and b.element == "标题" and b.text.strip()][:4]
    for k in range(len(lines) - 1, 0, -1):
        found = _doctype.from_title("".join(lines[:k]))
        if found is not None:
            return found
    return None


def _body_text(doc: Document) -> str:
    return TextStream(body_blocks(doc, elements=("正文",))).text


def _normal_body(doc: Document) -> str:
    """``normalise(_body_text(doc))``, worked out once per document (the signals and the finding both read it)."""
    return per_document(doc, "nature_body", lambda: normalise(_body_text(doc)))


def _more_signals(doc: Document, cfg: NatureConfig, title: str, full_title: str, dt: str, recips: tuple[str, ...],
                  superior: list[str], tpos: Position, rpos: Position, earlier: bool) -> list[Signal]:
    """The signals of issue 11: the 文种 read from the title's ending or the body's closing formula
    (公示, 办事指南, 名单, 处罚决定, 公报, 令 …), the subject (benefit levels, penalties, rosters) and the
    recipients (a consultation by its body, a public audience), each with its reason."""
    lex = _subjects(cfg)
    on = lambda rule: rule not in cfg.disabled  # noqa: E731
    body = _normal_body(doc)
    t_dt = _title_type(doc, full_title)
    b_dt = _body_type(doc)
    kind = t_dt.name if t_dt else (dt or (b_dt.name if b_dt else ""))
    where = t_dt.describe() if t_dt else (b_dt.describe() if b_dt else "")
    # the subject words in the title or the body (``w in title + "\n" + body``: no word holds a line break)
    in_body = _occurring(cfg, body)
    everywhere = in_body | _occurring(cfg, title)
    draft = _any(lex.get("draft", ()), everywhere)
    out: list[Signal] = []
    # --- 文种 from the body when the title did not say: a request or a report to a superior ------
    if on("request") and dt != "请示" and b_dt is not None and b_dt.name == "请示" and kind in ("请示", "报告", "函", ""):
        out.append(Signal("request", W, 0.55, f"正文结束语「{b_dt.evidence}」表明系请示（请求上级指示、批准的过程性文件）", tpos, b_dt.evidence))
        if superior:
            out.append(Signal("request", W, 0.3, f"主送上级机关（{'、'.join(superior)}）", rpos, "、".join(superior), "主送"))
    if on("report") and b_dt is not None and b_dt.name == "报告" and kind in ("报告", "") \
            and not re.search(r"年度报告|公开工作|公报|统计", title):
        if dt != "报告":
            out.append(Signal("report", W, 0.25, f"文种为报告（{b_dt.describe()}）", tpos, b_dt.evidence))
            if superior:
                out.append(Signal("report", W, 0.45, f"报送上级机关（{'、'.join(superior)}）", rpos, "、".join(superior), "主送"))
        if not recips:
            # no 主送 read (a wrapped PDF head, a report sent by the OA alone): the formula is the evidence it goes up
            out.append(Signal("report", W, 0.35, f"未见主送机关，正文以「{b_dt.evidence}」向上级汇报工作（上行文）", tpos, b_dt.evidence))
    # --- minutes of the bureau's own deliberating meeting: internal deliberation (依申请公开制度第三条（四）) ---
    own = _OWN_MEETING.search(title + "\n" + body[:200]) if on("internal") and kind == "纪要" and not superior else None
    if own is not None:
        # the meeting alone is a lead (a 局务会 may decide a public matter); what it decided settles it
        out.append(Signal("minutes", R, 0.35, f"本机关{own.group()}的会议纪要（机关内部研究讨论的过程性信息）", tpos, own.group()))
        topics = sorted({t for t in cfg.internal_topics + cfg.minutes_internal
                         if normalise(t) in body and not _OWN_MEETING.fullmatch(t)})
        if len(topics) >= 2:
            out.append(Signal("minutes", R, 0.3, f"议定事项为机关内部管理（{'、'.join(topics[:4])}）", tpos, "、".join(topics[:4]), "主题"))
    # --- a consultation shown by its body: asks the recipients for opinions by a date ------------
    consult = _any(lex.get("consult_body", ()), in_body)
    public_call = _any(lex.get("consult_public", ()), everywhere)
    if on("consultation") and consult and not public_call and recips and kind in ("函", "通知", "") \
            and not re.search(cfg.consultation_title, title) \
            and _asked_back(_body_text(doc), lex.get("consult_body", ())):
        out.append(Signal("consultation", W, 0.7, f"正文请主送单位限期反馈意见（「{consult}」），系向有关部门征求意见的过程性文件",
                          rpos, consult, "主送"))
    # --- opinions on another body's draft, sent back to it (答复有关部门意见) --------------------
    if on("reply") and kind == "意见" and recips and not any(_NON_GOVERNMENT.search(r) for r in recips) \
            and re.search(r"(?:修改|反馈|审核|审查|会签)意见$|对《[^》]+》(?:[（(][^）)]*[）)])?的意见$", title):
        out.append(Signal("reply", W, 0.9, "就其他机关的文稿提出意见并回复该机关（答复有关部门意见的过程性信息）", tpos, full_title))
    # --- public 文种 from the title: 公示, 办事指南, 处罚结果, 名单 with results, 公报, 令 ------------
    if on("public_notice") and t_dt is not None and not superior:
        pre = _any(lex.get("roster_pre", ()), title)
        if t_dt.name == "公示" and not pre:
            out.append(Signal("public_notice", P, 0.8, f"文种为公示（{where}，向社会公开、接受监督）", tpos, full_title))
        elif t_dt.name == "办事指南":
            out.append(Signal("public_notice", P, 0.85, f"文种为办事指南（{where}，反映办事程序，需社会公众知晓）", tpos, full_title))
        elif t_dt.name in ("处罚决定", "处罚结果公示") and not _any(lex.get("penalty_pre", ()), title):
            out.append(Signal("public_notice", P, 0.85, f"行政处罚决定/结果（{where}），依法应当公示（“双公示”）", tpos, full_title))
        elif t_dt.name == "名单" and not pre and (_any(lex.get("roster_result", ()), title) or re.search(r"第[一二三四五六七八九十0-9]+批", title)):
            why = _any(lex.get("roster_result", ()), title) or re.search(r"第[一二三四五六七八九十0-9]+批", title).group()
            out.append(Signal("public_notice", P, 0.7, f"公布结果性名单（{where}，「{why}」）", tpos, full_title))
        elif t_dt.name in ("公报", "命令"):
            out.append(Signal("public_notice", P, 0.8, f"文种为{t_dt.name}（{where}，需社会公众广泛知晓）", tpos, full_title))
    if on("public_interest") and not superior and kind not in ("请示", "报告", "函", "复函", "批复", "纪要", "议案"):
        # a 规范性文件 is published (政府信息公开条例第二十条): its 字号 says so (X人社规〔2025〕5号), and a text
        # that takes effect on its publication (自公布之日起施行) cannot be withheld
        num = next((normalise(b.text) for b in doc.blocks if b.visible and b.element == "发文字号"), "")
        if _NORMATIVE_NUMBER.search(num):
            out.append(Signal("public_interest", P, 0.5, f"发文字号「{num}」为规范性文件编号（规范性文件应当主动公开，政府信息公开条例第二十条）",
                              tpos, num, "主题"))
        eff = _ON_PUBLICATION.search(body)
        if eff:
            out.append(Signal("public_interest", P, 0.5, f"正文「{eff.group()}」：以公布为生效条件，须向社会公布", tpos, eff.group(), "主题"))
        pub = _any(lex.get("publish", ()), title)
        m = re.search(r"(名单|名录|目录|结果|标准|指导线|指导价|价位|清单)", title) or re.match(r"(?:[^关]{0,20})?关于(公布|发布)", title)
        if pub and m and not _any(lex.get("roster_pre", ()), title) and not draft:
            out.append(Signal("public_interest", P, 0.7, f"标题{pub}{m.group(1)}（结果性信息，需社会公众知晓）", tpos, full_title, "主题"))
        own = _SELF_PUBLISHED.search(title + "\n" + body[:400])
        if own and not draft:
            out.append(Signal("public_interest", P, 0.7, f"向社会公布其内容的文书（「{own.group()}」）", tpos, own.group(), "主题"))
        if kind in ("决定", "通报") and _any(lex.get("commend", ()), title) and not _any(lex.get("discipline", ()), title):
            out.append(Signal("public_interest", P, 0.6, f"表彰奖励类{kind}（「{_any(lex['commend'], title)}」）", tpos, full_title, "主题"))
        if kind in cfg.dispositive_types and not draft:
            benefit = _benefit(title, body, lex, everywhere)
            if benefit:
                out.append(Signal("public_interest", P, 0.75, f"主题为群众待遇标准（{benefit}），涉及公民切身利益", tpos, benefit, "主题"))
            pen = [w for w in lex.get("penalty", ()) if w in everywhere]
            if len(pen) >= 2 and not _any(lex.get("penalty_pre", ()), everywhere) and kind not in ("通知", "意见", "办法", "方案", "实施方案", "工作方案"):
                out.append(Signal("public_interest", P, 0.6, f"主题为行政处罚结果（{'、'.join(pen[:3])}），依法应当公示", tpos, "、".join(pen[:3]), "主题"))
        aud = [r for r in recips if _any(lex.get("public_recipient", ()), r)]
        if aud and not draft:
            out.append(Signal("public_interest", P, 0.25, f"主送面向社会公众或不特定对象（{'、'.join(aud)}）", rpos, "、".join(aud), "主送"))
    return out


#: The bureau's own deliberating meetings (not a 联席会议 or a public hearing, which involve other bodies or the public).
#: The bureau's own deliberating meetings; a year and an ordinal may stand inside (局党组2025年第7次会议).
_NTH = r"(?:\d{4}\s*年)?(?:第[一二三四五六七八九十百\d]+次)?"
_OWN_MEETING = re.compile(rf"(?:局长|厅长|主任)办公会议?|局务{_NTH}会议?|厅务{_NTH}会议?|党组{_NTH}(?:扩大)?会议?|党委{_NTH}会议?|办公会议")
#: Rules whose nature is "not 主动公开": a 不予公开 marking is as good as the 依申请公开 they suggest (minutes of
#: the bureau's meeting may be withheld whole).
NOT_PUBLIC_RULES = frozenset({"minutes"})


#: A 规范性文件's 字号: the issuer's short name + 规 + the year in brackets (人社规〔2025〕5号, 檀人社规〔2025〕5号).
_NORMATIVE_NUMBER = re.compile(r"[\u4e00-\u9fff]规[〔\[［(（]\d{4}")
#: Takes effect on publication: 自公布之日起施行, 自本决定发布之日起实施.
_ON_PUBLICATION = re.compile(r"自(?:本[\u4e00-\u9fff]{1,4})?(?:公布|发布)之日起(?:施行|实施|生效|执行)")


def _benefit(title: str, body: str, lex: dict[str, tuple[str, ...]], everywhere: frozenset[str]) -> str:
    """「对象」「水平」 of a benefit level stated in one sentence (伤残津贴 … 每人每月提高), or ''.
    ``everywhere``: the subject words in the title or the body (``_occurring``)."""
    objs, levels = lex.get("benefit_object", ()), lex.get("benefit_level", ())
    # an object word is in a sentence only if it is in the title or the body: the others need not be tried
    # on every sentence (the order, which decides the first found, is kept)
    objs = tuple(o for o in objs if o in everywhere)
    if not objs:
        return ""
    for sent in [title] + re.split(r"[。；;！？\n]", body):
        o = _any(objs, sent)
        if o is None:
            continue
        lv = _any(levels, sent.replace(o, "", 1))
        if lv is not None:
            return f"「{o}」「{lv}」"
    return ""


def classify(doc: Document, cfg: NatureConfig) -> Nature | None:
    """The nature the signals of ``doc`` add up to (firm or only a note), or None when there is none."""
    sigs = signals(doc, cfg)
    if not sigs:
        return None
    score: dict[str, float] = {}
    for s in sigs:
        score[s.attribute] = min(1.0, score.get(s.attribute, 0.0) + s.weight)
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    lead = top - second
    eps = 1e-9
    firm = top >= cfg.firm_score - eps and lead >= cfg.margin - eps
    if not firm and lead < cfg.note_score - eps:
        return None  # signals too weak or too evenly balanced to say anything
    mine = sorted((s for s in sigs if s.attribute == best), key=lambda s: -s.weight)
    against = tuple(s for s in sigs if s.attribute != best)
    lead_sig = mine[0]
    description = "；".join(s.reason for s in mine)
    return Nature(lead_sig.rule, best, description, round(top, 2), lead_sig.position, lead_sig.evidence,
                  firm=firm, signals=tuple(mine), against=against)


def _public_terms(doc: Document, cfg: NatureConfig) -> set[str]:
    # asked twice a document (the count, then the words): found once
    # keyed by the lexicon's identity: it lives in the configuration, which outlives the document's audit
    return set(per_document(doc, ("nature_public", id(cfg.public_interest)), lambda: _find_public_terms(doc, cfg)))


def _find_public_terms(doc: Document, cfg: NatureConfig) -> frozenset[str]:
    lex = Lexicon({"public": cfg.public_interest})
    text = normalise(heading(doc).title) + "\n" + TextStream(body_blocks(doc, elements=("正文", "标题"))).text
    return lex.terms(text)


def _public_hits(doc: Document, cfg: NatureConfig) -> int:
    return len(_public_terms(doc, cfg))


@register("nature")
class NatureRule:
    """Suggest the attribute the document's nature calls for; LABEL_MISMATCH when the marking differs
    (returned when the evidence is firm, a low-severity note when it is not)."""

    name = "nature"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding | Suggestion]:
        cfg: NatureConfig = ctx.config["nature"]
        if is_forwarding(doc, ctx.config["forwarding"]) is not None:
            return
        if find_marks(doc, ctx.config["secrecy"]):
            return
        nat = classify(doc, cfg)
        if nat is None:
            return
        if nat.firm:
            yield Suggestion(nat.expected, "rule", nat.confidence, (f"{nat.description}（源头认定第三条（一））",))
        if ctx.attribute is None or ctx.attribute == nat.expected or label_conflicts(doc, ctx.config["markings"]):
            return
        if ctx.attribute == W and any(s.rule in NOT_PUBLIC_RULES for s in nat.signals):
            return
        h = heading(doc)
        weighed = "；".join(f"{s.reason}（指向{s.attribute}，权重{s.weight:.2f}）" for s in nat.signals)
        counter = "；".join(f"{s.reason}（指向{s.attribute}，权重{s.weight:.2f}）" for s in nat.against)
        t_dt, b_dt = _title_type(doc, h.title), _body_type(doc)
        found = "；".join(d.describe() for d in (t_dt, b_dt) if d is not None) or "未识别"
        facets = tuple((key, "；".join(f"{s.reason}（指向{s.attribute}，权重{s.weight:.2f}）"
                                                for s in nat.signals + nat.against if s.facet == facet) or "无")
                       for key, facet in (("subject_evidence", "主题"), ("recipient_evidence", "主送")))
        explanation = (("nature", nat.description), ("expected", nat.expected), ("marked", ctx.attribute),
                       ("doc_type", h.doc_type or (t_dt.name if t_dt else "")), ("recipients", "、".join(h.recipients)),
                       ("doc_type_evidence", found)) + facets + (
                       ("依据线索", weighed), ("相反线索", counter or "无"),
                       ("综合得分", f"{nat.confidence:.2f}（退回门槛 {cfg.firm_score:.2f}，领先 {cfg.margin:.2f}）"),
                       ("结论", "证据充分，退回修改" if nat.firm else "证据不足，仅提示审批人核对，不退回"))
        if nat.firm:
            yield Finding(
                code=Code.LABEL_MISMATCH, subtype=nat.rule, severity=Severity(cfg.severity),
                message=message("LABEL_MISMATCH", nature=nat.description, expected=nat.expected, marked=ctx.attribute),
                rule=RULES["source_3_1"], position=nat.position, evidence=nat.evidence, source="rule",
                match_key=f"{nat.rule}:{ctx.attribute}", confidence=nat.confidence, explanation=explanation,
            )
        else:
            yield Finding(
                code=Code.LABEL_MISMATCH, subtype=WEAK, severity=Severity.LOW,
                message=message("LABEL_MISMATCH_WEAK", nature=nat.description, expected=nat.expected, marked=ctx.attribute),
                rule=RULES["source_3_1"], position=nat.position, evidence=nat.evidence, source="rule",
                match_key=f"{WEAK}:{nat.rule}:{ctx.attribute}", confidence=nat.confidence, explanation=explanation,
            )


#: Subtype of the note a weak nature gives (the decision table reports it, never returns on it).
WEAK = "weak_evidence"

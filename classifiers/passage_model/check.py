"""The passage model beside the rules: each body paragraph read as public / internal / secret /
commercial / personal, so reworded passages the phrase lists and the secrecy-scope knowledge base
miss still reach a person.

* ``SECRET_CONTENT`` (subtype ``passage_model``) for a paragraph read as ``secret`` in a document
  without a secrecy mark (《保密审查工作制度》第五条（二）、第八条);
* ``MIXED_CONTENT`` (subtype ``passage_model``) for a paragraph read as internal, commercial or
  personal in a document marked 主动公开 (《公开属性源头认定制度》第三条（三））;

each only when the probability that the paragraph is not public (the non-public classes together)
is at least ``[passage_model] threshold``; the class named is the likeliest non-public one. The decision table
routes both to 需报审 (escalate): a model's reading is a reason for a person to look, never a return
by itself and never a silent approval. When a rule or the knowledge base already found something in
the same paragraph, ``fold_into_rules`` (called by the audit after every check) drops the model's
finding and adds its reading to the rule finding's explanation instead.

Skipped: the 版头, 版记, page furniture and portal block; the title, 主送机关, 附注, 公开方式 and other
element lines; lines shorter than ``min_chars`` after the marking is removed. The model file is
``classifiers/data/passage_model.npz`` (``gongkai train --passages``); numpy and ahocorasick-rs only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from extractors.model import Block, BlockKind, Document, Zone

from ..config import section
from ..messages import RULES, message
from ..model import Attribute, Code, Finding, Severity
from ..registry import AuditContext, register
from ..model_classifier.files import ModelFiles

if TYPE_CHECKING:  # numpy is imported when the model is first loaded
    from .predictor import PassageModel

DEFAULT_MODEL = "passage_model.npz"
SUBTYPE = "passage_model"
#: A paragraph restricting its own content and read as not public (model + words: returned like a rule).
RESTRICTION = "restriction"
#: A paragraph read as a firm's information that names its owner and gives its figures (model + owner + figures:
#: returned like a rule).
OWNED = "owned"
#: The class names in Chinese, as the clerk reads them.
CLASS_ZH = {"public": "可公开内容", "internal": "内部掌握内容", "secret": "疑似涉密内容", "commercial": "疑似商业秘密",
            "personal": "个人隐私"}
_FLOW = frozenset({BlockKind.PARAGRAPH, BlockKind.TABLE_CELL, BlockKind.TEXTBOX, BlockKind.OCR})
_OUTSIDE = frozenset({Zone.HEAD, Zone.RECORD, Zone.PAGE, Zone.PORTAL})
#: Element lines that are not prose (None and 正文 are; an 附件's text is too).
_PROSE = frozenset({None, "正文", "附件"})
#: Rule findings that say the whole document is not public: a model MIXED_CONTENT beside them repeats them.
WHOLE_DOCUMENT = frozenset({Code.LABEL_MISMATCH, Code.SECRET_MARKING})
#: A finding of these codes in the same paragraph already asks a person to look at it.
COVERING = frozenset({Code.SECRET_CONTENT, Code.MIXED_CONTENT, Code.COMMERCIAL_SECRET, Code.PERSONAL_DATA})
#: A paragraph this short just above a flagged one is its heading or caption (folded with it).
HEADING_CHARS = 40


@section("passage_model")
@dataclass(frozen=True, slots=True)
class PassageModelConfig:
    """``[passage_model]``: whether the passage model runs and the probability at which it speaks."""

    enabled: bool = True
    #: On P(not public). Chosen on the writers' held-out paragraphs (train on two writers, test on the
    #: third, pooled): at 0.9, 4 of 2,100 public paragraphs fire and 70 % of the non-public ones do
    #: (bench/eval_passage_model.py); a clean 公文 of ten paragraphs then rarely raises one.
    threshold: float = 0.9
    path: str = ""  # empty: the model shipped in classifiers/data
    min_chars: int = 16
    #: A fragment needs a surer reading: the writers' paragraphs ran 20–300 characters (≈ 90 on average);
    #: real one-line fragments of 20–25 characters (a page's news link, one eligibility clause) read
    #: 0.90–0.91 "not public" on a word or two (issue 18's real documents). Below ``short_chars`` the model
    #: alone speaks only at ``short_threshold``.
    #: The likeliest non-public class must itself reach this: a reading whose non-public mass is split between
    #: kinds (a roster of award winners with their employers read 0.53 secret, 0.32 commercial, 0.13 personal)
    #: names no kind a clerk could check. On the issue-11 judgement sets every model reading that was right
    #: named its class at 0.62 or more; the two split ones (0.39, 0.53) were both wrong.
    min_class: float = 0.6
    short_chars: int = 30
    short_threshold: float = 0.97
    top_terms: int = 5
    #: A paragraph that tells the units (``addressees``) to keep a rule (``rule_terms``) and does not
    #: point at itself (``[mixed_content] self_reference``) states a rule; it does not label itself
    #: internal or secret — the MIXED_CONTENT rule's test, applied to the model's internal/secret readings.
    #: On the writers' paragraphs it sets aside 20 of 980 internal and 1 of 980 secret ones.
    rule_terms: tuple[str, ...] = ("严禁", "一律", "保密制度", "保密规定", "保密管理", "保密意识", "保密教育", "保密纪律",
                                   "保密工作", "保密法", "保守国家秘密法", "涉密文件", "涉密载体", "泄密", "严格落实", "严格执行")
    addressees: tuple[str, ...] = ("各单位", "各科室", "各地", "各县", "全体", "干部职工", "工作人员")
    #: A paragraph that announces a decision already taken or a publication (经局党组研究决定：某某同志任…,
    #: 现予公布 …) is that matter made public: the model alone does not read it as secret (a 任免通知's
    #: paragraph scored 0.9+ "secret" on its 科长/研究/试用期 words).
    published_terms: tuple[str, ...] = ("研究决定", "决定任命", "决定聘任", "任命", "免去", "现予公布", "现予公示", "予以公布",
                                        "予以公示", "现将…公布|公示|通报", "已公布", "已于…公布|公示|发布")
    #: A paragraph that restricts its own content's use or disclosure AND that the model reads as not public
    #: is a passage carried in the public document by its own words: MIXED_CONTENT (subtype ``restriction``),
    #: returned like a rule finding. The two pieces of evidence together speak from ``corroborated_threshold``;
    #: neither alone does (a restriction is also how a rule is written; the model alone escalates from
    #: ``threshold``). A restriction is one of: a negator, then within one clause (no 的, at most
    #: ``restriction_gap`` characters) a verb of disclosure (不随公告发布, 不得在网站转载, 暂不对外说明, 勿外传);
    #: a limiting word, then a use (仅供财务办理, 仅用于安排检查力量, 只在局内流转); an internal label
    #: (内部备注, 内部口径); 不作为 + 正式/公开/对外.
    corroborated_threshold: float = 0.7
    #: A commercial reading (from ``threshold``) of a paragraph that names whose information it is and gives its figures
    #: (``detectors._commercial.owner`` and ``figures``) is COMMERCIAL_SECRET with subtype ``owned``, returned like the
    #: rule's: the model says what kind of passage it is, the owner and the figures are in its words.
    owned_commercial: bool = True
    restriction_gap: int = 12
    restriction_negators: tuple[str, ...] = ("不得", "不宜", "不要", "不再", "不予", "不作", "不", "勿", "请勿", "切勿", "严禁",
                                             "禁止", "暂不", "暂缓")
    restriction_verbs: tuple[str, ...] = ("公布", "公开", "发布", "对外", "外传", "外泄", "透露", "披露", "提供", "引用", "转载",
                                          "转发", "刊登", "刊发", "登载", "上网", "挂网", "印发", "印制", "传播", "扩散", "说明",
                                          "告知", "体现", "解读", "泄露", "展示", "出示", "表态",
                                          "解释", "宣传", "宣讲", "张贴", "写进", "写入", "写到", "展开", "提及", "列明")
    #: Bare 限 and 专 are left out (有限公司, 限定, 专门); 只 does not count before 要/有/是 (只要符合条件即可使用).
    restriction_limits: tuple[str, ...] = ("仅限", "只限", "仅", "只")
    #: 参考 is not a use here: 仅供参考 is the public disclaimer (以上案例仅供参考，不作为裁判依据); 仅供内部参考 has 内部.
    restriction_uses: tuple[str, ...] = ("内部", "掌握", "使用", "核算", "办理", "安排", "研判", "知悉", "阅", "流转",
                                         "备查", "存档", "发至", "送至", "下发至")
    #: A declared restriction still needs the model not to read its paragraph as plainly public: the categories
    #: of an annual 政府信息公开 report (（其中…法律行政法规禁止公开0件）) read 2 %.
    declared_floor: float = 0.3
    #: Where a passage is kept when it says so (局内统一掌握, 供系统内工作联系使用): a scope and a use.
    restriction_scopes: tuple[str, ...] = ("局内", "系统内", "机关内部", "单位内部", "内部", "内网", "本系统内", "经办机构内部")
    #: Annotations that label their passage (内部备注：…, 内部口径). Nouns such as 内部资料 are not here: they are
    #: what a rule speaks of (内部资料一律不得上网).
    restriction_labels: tuple[str, ...] = ("内部备注", "内部说明", "内部提示", "内部掌握", "内部把握", "内部口径", "内部核算", "不作为正式",
                                           "不作为公开", "不作为对外")
    #: How staff are told to handle the public, in the passage's own words (regular expressions): a line for
    #: outside against the real state (对外统一答复为“…”, 对外仍按…表述, 实际原因是), a pretext to use
    #: (窗口可先以“材料复核”为由 — not a firm's pretext in a case report, 该公司以“资金紧张”为由), papers for the
    #: leadership's deliberation (供局党组研究时参阅), a negotiating limit (商谈时以不超过此标准为限). Like a scope,
    #: the words say what the passage is: declared, needing only a model reading above ``declared_floor``.
    restriction_handling: tuple[str, ...] = (
        r"对外(?:统一|一律|仍|均|暂)?(?:答复|回复|解释|说明|表述|口径|宣传)(?:为|按|称|是)",
        r"对外仍(?:按|以|称)",
        r"实际(?:原因|情况)(?:是|为)",
        r"(?:可|可先|先|统一|一律|暂|均|窗口)以[“\"「『][^”\"」』\n]{1,16}[”\"」』]为由",
        r"供(?:局|厅|委|领导|党组|局党组|厅党组|党委|局领导|厅领导|主要领导|分管领导|局长办公会|局务会|会议)[^，,。；;\n]{0,8}?参阅",
        r"(?:商谈|谈判|协商|洽谈|议价)时?以[^，,。；;\n]{0,12}?为限",
        # a heading that names the passage internal (内部办理要求：, 内控审核尺度, 办理情况备注：) and the answer to give
        # when asked (有人问起就说“…”)
        r"内部(?:办理|工作|掌握|操作|审核|处理)(?:要求|意见|尺度|标准|规则|口径|流程)",
        r"内控(?:审核)?(?:尺度|标准|口径|要求)",
        r"(?:办理情况|承办人|办理|承办)备注[:：]",
        r"问起(?:时|来)?[，,]?(?:就|可|统一|一律)?(?:说|答复|回答|称)",
        # a note to strike before the text goes out (正式答复时删去), figures worked out inside (局内测算)
        r"(?:正式|对外)(?:答复|发布|印发|公开|行文|发文)(?:时|前)(?:删去|删除|去掉|略去|隐去)",
        r"(?:局内|内部)测算",
    )

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0 or not 0.0 < self.short_threshold <= 1.0:
            raise ValueError(f"passage_model.threshold {self.threshold} and short_threshold {self.short_threshold} must be in (0, 1]")
        if not 0.0 < self.corroborated_threshold <= 1.0:
            raise ValueError(f"passage_model.corroborated_threshold {self.corroborated_threshold} must be in (0, 1]")
        if not 0.0 <= self.min_class <= 1.0:
            raise ValueError(f"passage_model.min_class {self.min_class} must be in [0, 1]")
        if self.min_chars < 1 or self.top_terms < 1:
            raise ValueError("passage_model.min_chars and top_terms must be positive")


def _load(p: Path) -> "PassageModel":
    from .predictor import PassageModel

    return PassageModel.load(p)


_files: "ModelFiles[PassageModel]" = ModelFiles(
    DEFAULT_MODEL, _load, "段落分类模型文件不存在，请先运行 gongkai train --passages / passage model file not found")


def default_model_path() -> Path:
    """Where the shipped model file lives."""
    return _files.default_path


def load_model(path: str | Path | None = None) -> "PassageModel":
    """The model at ``path`` (default: the shipped one), loaded once per process."""
    return _files.get(path)


def paragraphs(doc: Document, min_chars: int) -> list[Block]:
    """The prose paragraphs the model reads: body zones, no element lines, no marking lines, not short."""
    from ..model_classifier.features import MARKING_RE

    out = []
    for b in doc.blocks:
        if not b.visible or b.kind not in _FLOW or b.zone in _OUTSIDE or b.element not in _PROSE:
            continue
        t = b.text
        if len(t) < min_chars:
            continue  # taking the marking out and stripping only shorten a text
        if len((MARKING_RE.sub("", t) if "公开" in t or "此件" in t else t).strip()) >= min_chars:
            out.append(b)  # (every marking holds 公开 or 此件)
    return out


def _short(s: str, n: int) -> str:
    s = s.strip()
    return s if len(s) <= n else s[:n] + "…"


def _states_a_rule(text: str, cfg: PassageModelConfig, self_reference: tuple[str, ...]) -> bool:
    """A rule addressed to the units, not a passage that labels itself (``本段…``, ``以下数据…``)."""
    return (any(t in text for t in cfg.rule_terms) and any(a in text for a in cfg.addressees)
            and not any(t in text for t in self_reference))


def _announces(text: str, cfg: PassageModelConfig) -> bool:
    """The paragraph announces a decision taken or a publication (``published_terms``; ``a…b|c`` is a
    followed, within the clause, by b or c)."""
    return _published_rx(cfg.published_terms).search(text) is not None


@lru_cache(maxsize=8)
def _published_rx(terms: tuple[str, ...]) -> re.Pattern:
    parts = []
    for t in terms:
        if "…" in t:
            head, tail = t.split("…", 1)
            parts.append(re.escape(head) + r"[^。；;\n]{0,30}?(?:" + "|".join(map(re.escape, tail.split("|"))) + ")")
        else:
            parts.append(re.escape(t))
    return re.compile("|".join(parts))


def restriction(text: str, cfg: PassageModelConfig) -> str | None:
    """The words by which a paragraph restricts its own content (``不随公告发布``, ``仅供财务办理``), or None."""
    found = restrictions(text, cfg)
    return found[0][0] if found else None


def declared_restriction(text: str, cfg: PassageModelConfig) -> str | None:
    """A restriction the passage declares of itself, or None: in brackets (``（此项不在网站发布）``), after a word
    pointing at the passage (``此条仅供经办机构掌握``, ``本名单…``), or an internal scope or label (``局内统一掌握``,
    ``供系统内工作联系使用``, ``内部备注``). It needs no model reading: the words say what the passage is."""
    note = _NOTE_HEAD.match(text) is not None
    for words, start, kind in restrictions(text, cfg):
        if note or _bracketed(text, start, start + len(words)) or _SELF_POINTER.search(text[max(0, start - 14):start]):
            return words
        if kind in ("scope", "handling") and not _states_a_rule(text, cfg, ()):
            return words
    return None


def restrictions(text: str, cfg: PassageModelConfig) -> list[tuple[str, int, str]]:
    """Every restriction in ``text``: (words, start, kind) with kind ``verb``, ``limit``, ``scope`` or ``handling``."""
    rx = _restriction_rx(cfg.restriction_negators, cfg.restriction_verbs, cfg.restriction_limits, cfg.restriction_uses,
                         cfg.restriction_labels, cfg.restriction_scopes, cfg.restriction_gap, cfg.restriction_handling)
    from ..rules._text import may_match, rule_until_an_event

    if not may_match(rx, text):
        return []
    # a category counted (误标为不予公开的6件, 部分公开的9件) is a statistic of an annual report, not a restriction
    # nor is a handling rule someone is to draft (由市社保中心拟定内部操作口径): it names a paper to be written, not this passage
    # nor a rule that a list of people stays inside until an event is over (名单在评审结束前不得对外发布), in a paragraph
    # that names nobody (``rules._text.rule_until_an_event``)
    return [(m.group(), m.start(), m.lastgroup or "") for m in rx.finditer(text)
            if not _COUNTED.match(text, m.end()) and not (m.lastgroup == "handling" and _DRAFTED.search(text, 0, m.start()))
            and not rule_until_an_event(text, m.start())]


#: After a restriction's words: a count of items (的6件), so the words name a category being counted.
_COUNTED = re.compile(r"的?\s*[0-9０-９]+\s*件")
#: Just before a handling rule's name: a verb of drafting it (拟定, 研究制定, 抓紧出台).
_DRAFTED = re.compile(r"(?:拟定|制定|起草|出台|修订|形成|建立|完善)(?:了|好|出)?$")


#: Words pointing at the passage they stand in (此条, 本名单, 以上数据 …), just before its restriction.
_SELF_POINTER = re.compile(r"(?:此|本|该|这一?|上述|以上|以下|下列)(?:几|各|两|三)?(?:条|项|节|段|部分|名单|表|附件|内容|数据|数字|情况|"
                           r"材料|标准|口径|意见|备注|说明|事项|安排|测算|号码|清单|环节)")
#: A note appended to the text (注：…, 备注：…): what it restricts is itself.
_NOTE_HEAD = re.compile(r"^\s*[（(【]?\s*(?:注|备注|附注|说明|注意)\s*[:：]")
_OPEN, _CLOSE = "（(【〔[", "）)】〕]"


def _bracketed(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] stands inside one pair of brackets."""
    i = max(text.rfind(o, 0, a) for o in _OPEN)
    if i < 0 or any(text.find(c, i, a) >= 0 for c in _CLOSE):
        return False
    return any(text.find(c, b) >= 0 for c in _CLOSE)


@lru_cache(maxsize=8)
def _restriction_rx(neg, verbs, limits, uses, labels, scopes, gap: int, handling=()) -> re.Pattern:
    def alt(words) -> str:
        return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"

    # one clause, no 的 (不完备的应及时告知 is a condition, not a restriction)
    between = r"[^，,。；;：:！？!?的\n]{0,%d}?" % gap
    return re.compile("|".join((
        "(?P<verb>" + alt(neg) + between + alt(verbs) + ")",
        "(?P<limit>" + alt(limits) + r"(?!要|有|是|能够)(?:供|用于|用作|作|在)?" + r"[^，,。；;：:！？!?的\n]{0,10}?" + alt(uses) + ")",
        # an internal scope: 局内统一掌握, 供系统内工作联系使用, 内部备注
        "(?P<scope>" + alt(labels) + "|" + r"(?:供|在|于)?" + alt(scopes) + r"[^，,。；;：:！？!?的\n]{0,8}?(?:掌握|使用|参考|传达|传阅|阅知|联系用|之用)" + ")",
    ) + (("(?P<handling>" + "|".join(f"(?:{h})" for h in handling) + ")",) if handling else ())))


def _row(b: Block) -> bool:
    """A table row or cell (``1 | 市档案馆 | 梅思雨 | 230***…``): whose personal data is the detectors' to judge."""
    return b.kind == BlockKind.TABLE_CELL or b.text.count("|") >= 2 or b.text.count("\t") >= 2


def _course_row(doc: Document, b: Block) -> bool:
    """``b`` is a row (or a cell) of a table whose first row names courses: a training programme, not a plan."""
    from ..rules._text import COURSE_HEAD, table_start

    blocks = doc.blocks
    i = next((k for k, x in enumerate(blocks) if x is b), None)
    j = table_start(blocks, i) if i is not None else None
    if j is None:
        return False
    if b.kind == BlockKind.TABLE_CELL:
        head = [x.text for x in blocks[j:] if x.kind == BlockKind.TABLE_CELL and x.position.cell is not None
                and x.position.cell[:2] == (b.position.cell[0], 0) and x.position.part == b.position.part]
        return any(COURSE_HEAD.search(t) for t in head)
    return j < i and COURSE_HEAD.search(blocks[j].text) is not None


#: Money the state pays or takes (a subsidy, an award, a fine, a winning bid): a named firm's amount of it is published.
_SUBSIDY = re.compile(r"补贴|补助|奖补|资助|扶持资金|拨付|返还|罚款|罚没|中标")


#: a price the firm itself shows the public (a fee schedule 明码标价 at its counter, 收费标准已在简章中公示)
_DISPLAYED = re.compile(r"明码标价|公示(?:的)?收费|收费(?:标准|项目)?(?:予以公示|(?:已|均已)[^。；，,]{0,10}?(?:公示|公开|公布))|向社会公布")


def _public_figures_only(text: str) -> bool:
    """The paragraph's figures are money the state pays or takes (补贴, 拨付, 罚款, 中标 …) or a price the firm shows
    the public (明码标价), and it holds no word of a firm's business (the commercial detector's content words: 成本,
    报价, 营业额, 客户 …)."""
    from ..detectors import _commercial

    return (_SUBSIDY.search(text) is not None or _DISPLAYED.search(text) is not None) and not _commercial.holds_business_word(text)


def publishes_itself(blocks: list[Block]) -> bool:
    """The document announces its own content (现将中标结果公告如下, 特此公告, 现予公布): what it holds is
    published by it, so the model alone does not read a paragraph of it as a secret before publication."""
    from ..scope.timing import SELF_RELEASE

    return any(SELF_RELEASE.search(b.text) for b in blocks)


def reading(cls: str, p: float, terms: Iterable[tuple[str, float]]) -> str:
    """``疑似涉密内容 93%（依据词：拟提名、得票率）`` — the model's reading of one paragraph, in Chinese
    (the percentage is the probability that the paragraph is not public)."""
    words = "、".join(t for t, _ in terms)
    return f"{CLASS_ZH.get(cls, cls)} {round(p * 100)}%" + (f"（依据词：{words}）" if words else "")


@register("passage_model")
class PassageModelCheck:
    """Every body paragraph scored in one batch; a non-public reading above the threshold is a finding."""

    name = "passage_model"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg: PassageModelConfig = ctx.config["passage_model"]
        if not cfg.enabled:
            return
        mixed = ctx.attribute == str(Attribute.PROACTIVE)
        from ..rules._text import in_course_section, label_conflicts
        from ..rules.secret_marking import find_marks

        # a marked document is the secrecy rule's; one marked 不予公开 keeps its content from the public, and the model cannot
        # tell a state secret (reported under any attribute, by the rules) from a work secret, which is where it belongs
        secret = ctx.attribute != str(Attribute.WITHHELD) and not find_marks(doc, ctx.config["secrecy"])
        if not (mixed or secret):
            return
        blocks = paragraphs(doc, cfg.min_chars)
        if not blocks:
            return
        import numpy as np

        model = load_model(cfg.path or None)
        from ..rules._text import per_document

        scores = model.score([b.text for b in blocks], per_document(doc, "model_norms", dict))
        settled: bool | None = None  # whether the 主动公开 marking is settled, asked only when needed
        self_ref = ctx.config["mixed_content"].self_reference
        # P(not public) of every paragraph at once (the same float non_public computes); only those at
        # the threshold are looked at one by one
        k_pub = scores.classes.index("public")
        lowest = min(cfg.threshold, cfg.corroborated_threshold) if mixed else cfg.threshold
        not_public = 1.0 - scores.proba[:, k_pub]
        over = np.flatnonzero(~(not_public < lowest)).tolist()
        # a passage that declares itself restricted is read whatever the model says of it, unless plainly public
        declared = {i: w for i, b in enumerate(blocks)
                    if not_public[i] >= cfg.declared_floor and (w := declared_restriction(b.text, cfg))} if mixed else {}
        announced: bool | None = None  # whether the document publishes its own content, asked only when needed
        doc_orgs: tuple[str, ...] | None = None  # the organisations the document names, found only when needed
        for i in sorted(set(over) | set(declared)):
            b = blocks[i]
            cls, p_cls, p = scores.non_public(i)
            said = declared.get(i)
            if said is None:
                # a reading split between kinds names none, unless the passage restricts itself (the words name it)
                if p_cls < cfg.min_class and not (mixed and p >= cfg.corroborated_threshold and restriction(b.text, cfg)):
                    continue
                if cls in ("personal", "internal") and _row(b) and not (mixed and restriction(b.text, cfg)):
                    # a list's personal data is the detectors' (masked or not), not a passage's; a row of names and
                    # figures is too little text for an "internal" reading (a published score list read 0.93) —
                    # unless the row keeps its own remark from the public (备注：拟于年内撤并，暂不对外说明)
                    continue
                if cls in ("internal", "secret") and _states_a_rule(b.text, cfg, self_ref):
                    continue
            restricted = said or ((restriction(b.text, cfg) if p >= cfg.corroborated_threshold else None) if mixed else None)
            if restricted is None and (p < cfg.threshold or (len(b.text.strip()) < cfg.short_chars and p < cfg.short_threshold)):
                continue
            if restricted is None and cls == "commercial" and _public_figures_only(b.text):
                continue  # a subsidy paid to a named firm (拨付补贴43万元) is published on purpose
            if restricted is None and cls == "secret":
                if announced is None:
                    announced = publishes_itself(blocks)
                if announced or _announces(b.text, cfg) or (_row(b) and _course_row(doc, b)) or in_course_section(doc, b):
                    # a course table's row or an item under 三、培训内容 names a topic (夜间检查和突击检查的现场处置), not a plan
                    continue
            if mixed and (restricted is not None or cls != "secret"):
                if settled is None:
                    settled = not label_conflicts(doc, ctx.config["markings"])
                if not settled:
                    # markings that contradict each other are returned to be settled first (LABEL_CONFLICT);
                    # whether a passage is 夹带 depends on which attribute the document ends up with
                    continue
            if restricted is not None and (said is not None or not (cls == "secret" and secret and p >= cfg.threshold)):
                yield self._restricted(b, restricted, cls, p, model.top_terms(scores, i, cls, cfg.top_terms), cfg, said is not None)
                continue
            owned: tuple = ()
            if cls == "commercial" and mixed and cfg.owned_commercial:
                if doc_orgs is None:
                    doc_orgs = _document_orgs(blocks)
                found = _owned(blocks, i, doc_orgs)
                if found is not None:  # made the ``owned`` finding by ``fold_into_rules`` unless a rule names the passage
                    owned = ((_OWNER, found),)
            if cls == "secret" and secret:
                code, key = Code.SECRET_CONTENT, "PASSAGE_SECRET_CONTENT"
            elif cls == "commercial" and mixed:
                code, key = Code.COMMERCIAL_SECRET, "PASSAGE_COMMERCIAL_SECRET"
            elif cls != "secret" and mixed:
                code, key = Code.MIXED_CONTENT, "PASSAGE_MIXED_CONTENT"
            else:
                continue
            terms = model.top_terms(scores, i, cls, cfg.top_terms)
            words = "、".join(t for t, _ in terms) or "—"
            yield Finding(
                code=code, subtype=SUBTYPE, severity=Severity.MEDIUM, source="model",
                message=message(key, passage=_short(b.text, 24), kind=CLASS_ZH[cls], confidence=p, terms=words),
                rule=RULES["secrecy_8"] if code == Code.SECRET_CONTENT else RULES["source_3_3"],
                position=b.position.span(0, len(b.text)), evidence=_short(b.text, 40), confidence=p,
                explanation=(("model_class", CLASS_ZH[cls]), ("passage", _short(b.text, 60)), ("class_probability", round(p_cls, 3)),
                             ("probabilities", {c: round(float(x), 3) for c, x in zip(scores.classes, scores.proba[i])}),
                             ("top_terms", [f"{t} {w:+.3f}" for t, w in terms]), ("threshold", cfg.threshold)) + owned,
                match_key=f"{SUBTYPE}:{cls}:{_short(b.text, 24)}",
            )

    @staticmethod
    def _restricted(b: Block, words: str, cls: str, p: float, terms, cfg: PassageModelConfig, declared: bool) -> Finding:
        """A paragraph that restricts its own content, read as not public (or declaring itself so): a passage
        carried by its own words. Read as a firm's business information, the restriction is the firm's own
        confidentiality request (申报材料中注明“请勿对外”): a commercial secret."""
        if cls == "commercial":
            return Finding(
                code=Code.COMMERCIAL_SECRET, subtype=RESTRICTION, severity=Severity.HIGH, source="rule",
                message=message("RESTRICTED_COMMERCIAL_SECRET", passage=_short(b.text, 24), words=_short(words, 20), confidence=p),
                rule=RULES["secrecy_5_2"], position=b.position.span(0, len(b.text)), evidence=_short(b.text, 40), confidence=p,
                explanation=(("restriction", words), ("passage", _short(b.text, 60)), ("model_score", reading(cls, p, terms))),
                match_key=f"{RESTRICTION}:commercial:{_short(words, 20)}",
            )
        if declared:
            return Finding(
                code=Code.MIXED_CONTENT, subtype=RESTRICTION, severity=Severity.HIGH, source="rule",
                message=message("DECLARED_MIXED_CONTENT", passage=_short(b.text, 24), words=_short(words, 20)),
                rule=RULES["source_3_3"], position=b.position.span(0, len(b.text)), evidence=_short(b.text, 40), confidence=p,
                explanation=(("restriction", words), ("passage", _short(b.text, 60)), ("model_score", reading(cls, p, terms))),
                match_key=f"{RESTRICTION}:{_short(words, 20)}",
            )
        return Finding(
            code=Code.MIXED_CONTENT, subtype=RESTRICTION, severity=Severity.HIGH, source="rule",
            message=message("RESTRICTED_MIXED_CONTENT", passage=_short(b.text, 24), words=_short(words, 20), kind=CLASS_ZH[cls],
                            confidence=p),
            rule=RULES["source_3_3"], position=b.position.span(0, len(b.text)), evidence=_short(b.text, 40), confidence=p,
            explanation=(("restriction", words), ("passage", _short(b.text, 60)),
                         ("model_score", reading(cls, p, terms)), ("threshold", cfg.corroborated_threshold)),
            match_key=f"{RESTRICTION}:{_short(words, 20)}",
        )


#: The explanation key a model commercial reading carries its (owner, why, figures) under until ``fold_into_rules``.
_OWNER = "_owner"


def _owned_finding(m: Finding) -> Finding:
    """The model's commercial reading ``m`` of a paragraph that names its owner and gives its figures: the model, the
    owner and the figures together are a commercial secret carried in the public document (returned like a rule's)."""
    ex = dict(m.explanation)
    owner, whose, figs = ex[_OWNER]
    terms = [(str(t).rsplit(" ", 1)[0], 0.0) for t in ex.get("top_terms", ())]
    passage, p = ex.get("passage", m.evidence or ""), m.confidence or 0.0
    return Finding(
        code=Code.COMMERCIAL_SECRET, subtype=OWNED, severity=Severity.HIGH, source="rule",
        message=message("OWNED_COMMERCIAL_SECRET", passage=_short(passage, 24), owner=f"「{_short(owner, 20)}」",
                        figures="、".join(list(dict.fromkeys(figs))[:4]), confidence=p, terms="、".join(t for t, _ in terms) or "—"),
        rule=RULES["secrecy_5_2"], position=m.position, evidence=m.evidence, confidence=p,
        explanation=(("organisation", owner), ("basis", whose), ("figures", list(dict.fromkeys(figs))[:8]), ("passage", passage),
                     ("model_score", reading("commercial", p, terms))),
        match_key=f"{OWNED}:{_short(owner, 20)}:{_short(passage, 24)}",
    )


def _document_orgs(blocks: list[Block]) -> tuple[str, ...]:
    """The non-government organisations the document's paragraphs name, first mention first."""
    from ..detectors import _commercial

    return tuple(dict.fromkeys(o.name for b in blocks for o in _commercial.orgs(b.text)))


def _owned(blocks: list[Block], i: int, doc_orgs: tuple[str, ...]) -> tuple[str, str, list[str]] | None:
    """(owner, why, figures) when paragraph ``i`` names whose information it gives (``_commercial.owner``: named here,
    an anaphor or a bare head pointing at one the document names, or one named in the paragraph just before) and holds
    figures (amounts, measured quantities); else None."""
    from ..detectors import _commercial

    text = blocks[i].text
    figs = _commercial.figures(text)
    if not figs:
        return None
    prev = _commercial.orgs(blocks[i - 1].text) if i > 0 else []
    found = _commercial.owner(text, doc_orgs, prev[0].name if prev else None)
    return (*found, figs) if found else None


def fold_into_rules(findings: list[Finding]) -> list[Finding]:
    """``_fold`` (below), then every model commercial reading left standing with an owner and figures made ``owned``."""
    return [_owned_finding(f) if f.subtype == SUBTYPE and f.code == Code.COMMERCIAL_SECRET and _OWNER in dict(f.explanation)
            else f for f in _fold(findings)]


def _fold(findings: list[Finding]) -> list[Finding]:
    """A model finding on a paragraph a rule already flagged becomes a line in that rule's explanation.

    The rule finding (phrase, knowledge-base matter, detector) names the evidence better; the model's
    reading (class, probability, words) is kept beside it as ``model_score``. Model findings on
    paragraphs no rule flagged stay as they are, except:

    * a model or restriction ``MIXED_CONTENT`` in a document a rule already finds not public as a whole
      (``LABEL_MISMATCH``, ``SECRET_MARKING``) is dropped;
    * in a document that goes to the secrecy review for a matter a rule named (``SECRET_CONTENT``), a
      passage found internal (by a phrase, the knowledge base, a restriction or the model) is a line of that finding
      (``also_internal``): the review reads the whole document, and a second finding would send it two
      ways at once (each of the eight independent writers marked such documents SECRET_CONTENT alone).

    A restriction finding (``restriction``) in a paragraph another rule already flagged is dropped too. A model
    commercial reading left standing whose paragraph names its owner and gives its figures becomes the ``owned``
    finding (``_owned_finding``); folded into a rule, it is a line of that rule like any model reading.
    Likewise a nature finding (``LABEL_MISMATCH``) that says the document should not be 主动公开 is, in a
    document a rule sends to the secrecy review, a line of that finding (``also_mismatch``): the review fixes
    its 密级 and with it its attribute, and both say the same thing — do not publish.
    """
    findings = _fold_mismatch_into_secret(findings)
    # the attribute model's whole-document hint (LABEL_MISMATCH, subtype ``model``) beside a passage a rule or a detector
    # names as secret, internal or a firm's: that passage is why the document reads less public, and it is named
    if any(f.code in (Code.SECRET_CONTENT, Code.MIXED_CONTENT, Code.COMMERCIAL_SECRET) and f.source != "model"
           and f.subtype != "weak_evidence" for f in findings):
        findings = [f for f in findings if not (f.code == Code.LABEL_MISMATCH and f.subtype == "model" and f.source == "model")]
    model = [f for f in findings if f.subtype == SUBTYPE and f.source == "model"]
    restricted = [f for f in findings if f.subtype == RESTRICTION and f.code == Code.MIXED_CONTENT]
    if not model and not restricted and not any(f.code == Code.MIXED_CONTENT for f in findings):
        return findings
    if any(f.code in WHOLE_DOCUMENT and f.source != "model" and f.subtype != "weak_evidence" for f in findings):
        # the document as a whole is already returned as not public (its nature, its secrecy mark): a
        # passage read as internal only repeats that (第三条（三） is about a public document)
        dropped = {id(f) for f in model + restricted if f.code == Code.MIXED_CONTENT}
        # the attribute model's 夹带 hint (subtype ``model``) repeats it too
        dropped |= {id(f) for f in findings if f.code == Code.MIXED_CONTENT and f.subtype == "model" and f.source == "model"}
        findings = [f for f in findings if id(f) not in dropped]
        model = [f for f in model if id(f) not in dropped]
        restricted = []
    secret = next((f for f in findings if f.code == Code.SECRET_CONTENT and f.source != "model"), None)
    if secret is not None:
        internal = [f for f in findings if f.code == Code.MIXED_CONTENT]
        if internal:
            lines = "；".join(f"“{dict(f.explanation).get('passage', f.evidence or '')}”" for f in internal)
            dropped = {id(f) for f in internal}
            findings = [replace(f, explanation=f.explanation + (("also_internal", lines),)) if f is secret else f
                        for f in findings if id(f) not in dropped]
            model = [f for f in model if id(f) not in dropped]
            restricted = [f for f in restricted if id(f) not in dropped]
    if restricted:
        flagged = {f.position.block for f in findings if f.source == "rule" and f.code in COVERING
                   and f.subtype != RESTRICTION and f.position.block is not None}
        dropped = {id(f) for f in restricted if f.position.block in flagged}
        findings = [f for f in findings if id(f) not in dropped]
    # an internal-use remark inside a firm's business passage (请勿外传 in its cost table) is the firm's request:
    # the commercial secret already names that passage
    firms = {f.position.block for f in findings if f.code == Code.COMMERCIAL_SECRET and f.source != "model"
             and f.position.block is not None}
    if firms:
        findings = [f for f in findings if not (f.code == Code.MIXED_CONTENT and f.position.block in firms)]
    # a table the commercial rule reported as a whole (``firm_rows``: its rows under the header it points at) is one
    # finding: the model's readings of its rows are that table's, not passages of their own
    rows = {k for f in findings if f.code == Code.COMMERCIAL_SECRET and f.source != "model" and f.position.block is not None
            for k in range(f.position.block + 1, f.position.block + 1 + int(dict(f.explanation).get("firm_rows", 0) or 0))}
    if rows:
        dropped = {id(f) for f in model if f.position.block in rows and f.code in (Code.COMMERCIAL_SECRET, Code.MIXED_CONTENT)}
        findings = [f for f in findings if id(f) not in dropped]
        model = [f for f in model if id(f) not in dropped]
    by_block: dict[int, Finding] = {f.position.block: f for f in model if f.position.block is not None}
    used: set[int] = set()
    out: list[Finding] = []
    for f in findings:
        at = f.position.block
        if f.source != "model" and f.code in COVERING and at is not None and at not in by_block:
            # a short heading or caption just above the flagged passage (``某公司成本核算``, ``二、典型情况``)
            # introduces it: the model's reading of the heading is a reading of that passage
            at = next((k for k in (at - 1, at - 2) if k in by_block and id(by_block[k]) not in used
                       and len(dict(by_block[k].explanation).get("passage", "")) <= HEADING_CHARS), at)
        if f.source != "model" and f.code in COVERING and at in by_block:
            m = by_block[at]
            ex = dict(m.explanation)
            terms = [(str(t).rsplit(" ", 1)[0], 0.0) for t in ex.get("top_terms", ())]
            cls = next((c for c, zh in CLASS_ZH.items() if zh == ex.get("model_class")), "")
            f = replace(f, explanation=f.explanation + (("model_score", reading(cls, m.confidence or 0.0, terms)),))
            used.add(id(m))
        out.append(f)
    return [f for f in out if id(f) not in used]


def _fold_mismatch_into_secret(findings: list[Finding]) -> list[Finding]:
    """A nature finding becomes a line of the rule secret finding: one that says "not 主动公开" (``also_mismatch``)
    says the same as the review; one that says "主动公开" (``also_public_nature``) waits for the review's outcome."""
    secret = next((f for f in findings if f.code == Code.SECRET_CONTENT and f.source != "model"), None)
    if secret is None:
        return findings
    nature = [f for f in findings if f.code == Code.LABEL_MISMATCH and f.source == "rule"]
    if not nature:
        return findings
    withheld = (str(Attribute.WITHHELD), str(Attribute.ON_REQUEST))
    same_way = [f for f in nature if dict(f.explanation).get("expected") in withheld]
    # a subject that reads "publish" (待遇, 办事) in a document a rule sends to the secrecy review: publishing is what
    # the review decides first (after 非密处理 the attribute may well be 主动公开), so the nature is a line, not a
    # return. Marked 不予公开, nothing goes to the review, and whether to publish a redacted copy is still to be asked.
    other_way = [f for f in nature if dict(f.explanation).get("expected") not in withheld
                 and dict(f.explanation).get("marked") != str(Attribute.WITHHELD)]
    extra: tuple = ()
    if same_way:
        extra += (("also_mismatch", "；".join(f"{dict(f.explanation).get('nature', '')}（应为{dict(f.explanation).get('expected')}）"
                                              for f in same_way)),)
    if other_way:
        extra += (("also_public_nature", "；".join(f"{dict(f.explanation).get('nature', '')}（应为{dict(f.explanation).get('expected')}）"
                                                   for f in other_way)),)
    if not extra:
        return findings
    dropped = {id(f) for f in same_way + other_way}
    return [replace(f, explanation=f.explanation + extra) if f is secret else f for f in findings if id(f) not in dropped]

"""The routing decision: one small table from findings to approve / return / escalate / error.

Rows are matched top to bottom; the first row whose code, subtype and attribute fit a finding gives
that finding's action. The document's decision is the strongest action (error > return > escalate >
approve); ``note`` only reports. The table is data (``[decision] rules`` in the config file), so a
bureau changes it without touching code; a row naming an unknown code, action or attribute fails at
start-up. Beside the decision comes the 审查意见 that 《保密审查工作制度》第十条 asks for:
公开 / 免于公开 / 需报审 (and 退回修改 / 无法审查 for a document that cannot be judged yet), with
依据（the articles） and 理由（the rows' reasons）.

The default table, in words:

* unreadable → error (quarantined);
* no, an invalid or a conflicting 公开属性, a marking against the document's nature or the forwarded
  original, a missing reason (when required) → return to the drafting section (源头认定第三、四条);
* a 密级 or 工作秘密 mark → return, unless the document is labelled 不予公开 (then reported only);
* a 主动公开 document carrying non-public passages → return (第三条（三）);
* the classifier model's hints (LABEL_MISMATCH / MIXED_CONTENT with subtype ``model``) → reported only;
* the passage model alone (MIXED_CONTENT or COMMERCIAL_SECRET with subtype ``passage_model``) → escalate (需报审); its
  SECRET_CONTENT takes the SECRET_CONTENT rows below (escalate, reported only under 不予公开);
* content that looks secret without a mark → escalate (保密审查第八条), unless labelled 不予公开 (exam questions
  and 命题 work before use, and scores before release — state secrets — still escalate whatever the attribute: their
  密级 must be fixed; a work secret under 不予公开 is not reported at all, ``secret_content.withheld_categories``, and
  the note row below is for a configuration that widens them) — and
  this escalation comes before any return (``escalate_first``): the secrecy review decides first;
* personal data, commercial secrets, hidden content, ineffective redaction in what will be published
  → return; in a 不予公开 document → reported only.
"""

from __future__ import annotations

from dataclasses import dataclass

from .config import section
from .messages import RULES
from .model import Attribute, Code, Decision, Finding, Opinion

ACTIONS = ("error", "return", "escalate", "note")
NO_ATTRIBUTE = "无"


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the decision table. Empty ``subtypes`` / ``attributes`` match anything;
    ``attributes`` may name ``无`` for an unmarked document."""

    code: str
    action: str
    subtypes: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()
    why: str = ""

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"decision row for {self.code}: action {self.action!r} not in {ACTIONS}")
        if self.code not in Code.__members__:
            raise ValueError(f"decision row: unknown code {self.code!r}; known: {sorted(Code.__members__)}")
        allowed = {str(a) for a in Attribute} | {NO_ATTRIBUTE}
        bad = [a for a in self.attributes if a not in allowed]
        if bad:
            raise ValueError(f"decision row for {self.code}: attribute(s) {bad} not in {sorted(allowed)}")

    def matches(self, f: Finding, attribute: str | None) -> bool:
        return (
            self.code == f.code
            and (not self.subtypes or (f.subtype or "") in self.subtypes)
            and (not self.attributes or (attribute or NO_ATTRIBUTE) in self.attributes)
        )


P, R, W = str(Attribute.PROACTIVE), str(Attribute.ON_REQUEST), str(Attribute.WITHHELD)

DEFAULT_ROWS = (
    Row("UNREADABLE", "error", why="无法读取，隔离待人工处理"),
    Row("LABEL_MISSING", "return", why="无标识公开属性的公文退回承办科室重新办理（源头认定第四条）"),
    Row("LABEL_INVALID", "return", why="公开属性取值不是主动公开、依申请公开、不予公开之一（源头认定第三条）"),
    Row("LABEL_CONFLICT", "return", why="公开属性标注前后不一致（源头认定第四条）"),
    Row("REASON_MISSING", "return", why="未说明不公开/依申请公开的依据和理由（保密审查第十条）"),
    # The model's second opinion (subtype ``model``) is reported to the approver, never blocks on its own:
    # the rules are the regulation.
    Row("LABEL_MISMATCH", "note", subtypes=("model",), why="分类模型提示公开属性可能与公文性质不符，请审批时核对"),
    # Weak evidence about the nature (internal recipients alone …) is a note: a hint, not a return.
    Row("LABEL_MISMATCH", "note", subtypes=("weak_evidence",), why="公文性质线索较弱，提示审批人核对公开属性"),
    Row("MIXED_CONTENT", "note", subtypes=("model",), why="分类模型提示可能夹带不公开内容，请审批时核对"),
    # The passage model alone (no rule or knowledge-base finding in that paragraph): a person decides.
    Row("MIXED_CONTENT", "escalate", subtypes=("passage_model",), attributes=(P,), why="段落分类模型提示可能夹带不公开内容，规则未能认定，报审核对"),
    Row("COMMERCIAL_SECRET", "escalate", subtypes=("passage_model",), attributes=(P,), why="段落分类模型提示可能含商业秘密，规则未能认定，报审核对"),
    Row("LABEL_MISMATCH", "return", why="公开属性与公文性质不符（源头认定第三条（一））"),
    Row("PORTAL_MISMATCH", "return", why="网站门户信息的公开方式与公文自身标注不一致（源头认定第四条）"),
    Row("FORWARD_MISMATCH", "return", why="转发公文公开属性与被转发公文不一致（源头认定第三条（二））"),
    Row("SECRET_MARKING", "note", attributes=(W,), why="标有密级或工作秘密标志，已按不予公开办理"),
    Row("SECRET_MARKING", "return", why="标有密级或工作秘密标志的公文不得公开（保密审查第五条（一））"),
    Row("MIXED_CONTENT", "return", attributes=(P,), why="主动公开公文不可夹带依申请公开、不予公开内容（源头认定第三条（三））"),
    Row("MIXED_CONTENT", "note"),
    # exam questions, answers and 命题 work before use are state secrets (绝密/机密/秘密) whatever the attribute: a
    # 不予公开 draft still needs its 密级 fixed (定密) by those entitled to (保密审查第八条)
    Row("SECRET_CONTENT", "escalate", subtypes=("exam",), attributes=(W,),
        why="启用前考试试题、命题工作属国家秘密，标不予公开仍须报有权机关确定密级（保密审查第八条）"),
    # so are scores and their analysis before release (秘密); a work secret (or a plan whose level the scope leaves to
    # the case, 秘密或工作秘密, as a 请示 to the province carries) under 不予公开 is only reported
    Row("SECRET_CONTENT", "escalate", subtypes=("scores",), attributes=(W,),
        why="未公布的考试成绩及统计分析属国家秘密（秘密），标不予公开仍须报有权机关确定密级（保密审查第八条）"),
    Row("SECRET_CONTENT", "note", attributes=(W,), why="疑似涉密内容，已按不予公开办理"),
    Row("SECRET_CONTENT", "escalate", why="疑似涉密内容但未标密级，报有权机关确定（保密审查第五条（二）、第八条）"),
    Row("PERSONAL_DATA", "return", attributes=(P, NO_ATTRIBUTE), why="主动公开公文不得含个人隐私，请去标识化（保密审查第十一条）"),
    Row("PERSONAL_DATA", "note"),
    Row("COMMERCIAL_SECRET", "return", attributes=(P, NO_ATTRIBUTE), why="主动公开公文不得含商业秘密（保密审查第五条（二））"),
    Row("COMMERCIAL_SECRET", "note"),
    Row("HIDDEN_CONTENT", "note", attributes=(W,)),
    Row("HIDDEN_CONTENT", "return", why="文件含读者看不到但机器可读的内容，请清除后重新提交"),
    Row("INEFFECTIVE_REDACTION", "note", attributes=(W,)),
    Row("INEFFECTIVE_REDACTION", "return", why="遮盖无效，被遮盖文字仍可提取（保密审查第十一条）"),
)


@section("decision")
@dataclass(frozen=True, slots=True)
class DecisionConfig:
    """The decision table. ``default`` is the action for a code no row names."""

    rules: tuple[Row, ...] = DEFAULT_ROWS
    default: str = "escalate"
    #: Codes whose escalation comes before a return: a suspected secret goes to the secrecy review
    #: (保密审查第八条) before the drafting section gets the document back for anything else — returned
    #: first, it would come back with the secrecy question never put to anyone.
    escalate_first: tuple[str, ...] = ("SECRET_CONTENT",)

    def __post_init__(self) -> None:
        if self.default not in ACTIONS:
            raise ValueError(f"decision.default {self.default!r} not in {ACTIONS}")
        if not self.rules:
            raise ValueError("decision.rules is empty: every finding would take the default action")
        bad = [c for c in self.escalate_first if c not in Code.__members__]
        if bad:
            raise ValueError(f"decision.escalate_first: unknown code(s) {bad}; known: {sorted(Code.__members__)}")

    def action(self, f: Finding, attribute: str | None) -> tuple[str, Row | None]:
        for row in self.rules:
            if row.matches(f, attribute):
                return row.action, row
        return self.default, None


_TO_DECISION = {"error": Decision.ERROR, "return": Decision.RETURN, "escalate": Decision.ESCALATE}


@dataclass(frozen=True, slots=True)
class Routing:
    decision: Decision
    opinion: Opinion
    actions: tuple[tuple[Finding, str], ...]


def decide(findings: tuple[Finding, ...], attribute: str | None, cfg: DecisionConfig) -> Routing:
    """The decision for one document and its 审查意见 with 依据 and 理由 (保密审查第十条)."""
    decision = Decision.APPROVE
    actions: list[tuple[Finding, str]] = []
    reasons: list[str] = []
    basis: list[str] = []
    notes: list[str] = []
    note_basis: list[str] = []
    # a 密级 already marked is a 密级 fixed: secret content under it needs no one to fix it (第八条 is for the unclear)
    fixed = attribute == str(Attribute.WITHHELD) and any(f.code == Code.SECRET_MARKING for f in findings)
    for f in findings:
        act, row = cfg.action(f, attribute)
        if fixed and f.code == Code.SECRET_CONTENT and act == "escalate":
            act, row = "note", next((r for r in cfg.rules if r.code == "SECRET_CONTENT" and r.action == "note"), row)
        actions.append((f, act))
        d = _TO_DECISION.get(act)
        why = row.why if row is not None and row.why else ""
        if d is not None:
            if d.rank > decision.rank:
                decision = d
            _add(reasons, why or f"{f.code}：{f.message}")
            _add(basis, f.rule)
        else:
            _add(notes, why)
            _add(note_basis, f.rule)
    if decision == Decision.RETURN and any(a == "escalate" and f.code in cfg.escalate_first for f, a in actions):
        decision = Decision.ESCALATE  # the secrecy review first; the return's reasons go with it
    if decision == Decision.ERROR:
        opinion = Opinion("无法审查", tuple(basis), "；".join(reasons))
    elif decision == Decision.ESCALATE:
        esc = [r for f, a in actions if a == "escalate" for r in [f.rule] if r]
        opinion = Opinion("需报审", tuple(dict.fromkeys(esc + [RULES["secrecy_8"]])),
                          "；".join(reasons) or "密级或公开属性不明确，报有权机关确定")
    elif decision == Decision.RETURN:
        opinion = Opinion("退回修改", tuple(basis), "；".join(reasons))
    elif attribute == P:
        opinion = Opinion("公开", (RULES["source_3_1"], RULES["secrecy_5_1"]), "经审查未发现涉密、个人隐私或不宜公开内容，同意按主动公开办理")
    else:
        reason = f"按{attribute or W}办理，不在政府网站主动公开"
        if notes:
            reason += "；" + "；".join(notes)
        opinion = Opinion("免于公开", tuple(dict.fromkeys([RULES["source_3_1"], *note_basis])), reason)
    return Routing(decision, opinion, tuple(actions))


def _add(items: list[str], s: str) -> None:
    if s and s not in items:
        items.append(s)

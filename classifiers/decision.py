"""The routing decision: one small table from findings to approve / return / escalate / error.

Rows are matched top to bottom; the first row whose code, subtype and attribute fit a finding gives
that finding's action. The document's decision is the strongest action (error > return > escalate >
approve); ``note`` only reports. The table is data (``[decision] rules`` in the config file), so a
bureau changes it without touching code. Beside the decision comes the 审查意见 that
《保密审查工作制度》第十条 asks for: 公开 / 免于公开 / 需报审, with 依据和理由.
"""

from __future__ import annotations

from dataclasses import dataclass

from .config import section
from .messages import RULES
from .model import Attribute, Decision, Finding, Opinion

ACTIONS = ("error", "return", "escalate", "note")


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

    def matches(self, f: Finding, attribute: str | None) -> bool:
        return (
            self.code == f.code
            and (not self.subtypes or (f.subtype or "") in self.subtypes)
            and (not self.attributes or (attribute or "无") in self.attributes)
        )


P, R, W = str(Attribute.PROACTIVE), str(Attribute.ON_REQUEST), str(Attribute.WITHHELD)

DEFAULT_ROWS = (
    Row("UNREADABLE", "error", why="无法读取，隔离待人工处理"),
    Row("LABEL_MISSING", "return", why="无标识公开属性的公文退回承办科室（源头认定第四条）"),
    Row("LABEL_INVALID", "return", why="公开属性取值不规范"),
    Row("LABEL_CONFLICT", "return", why="公开属性标注不一致"),
    Row("REASON_MISSING", "return", why="未说明不公开/依申请公开理由"),
    Row("LABEL_MISMATCH", "return", why="公开属性与公文性质不符（源头认定第三条（一））"),
    Row("FORWARD_MISMATCH", "return", why="转发公文公开属性与被转发公文不一致（源头认定第三条（二））"),
    Row("SECRET_MARKING", "note", attributes=(W,), why="标注密级且不予公开：记录，可按不公开办理"),
    Row("SECRET_MARKING", "return", why="标注密级或工作秘密标志的公文不得公开（保密审查第五条（一））"),
    Row("MIXED_CONTENT", "return", attributes=(P,), why="主动公开公文不可夹带不公开内容（源头认定第三条（三））"),
    Row("MIXED_CONTENT", "note"),
    Row("SECRET_CONTENT", "note", attributes=(W,), why="已定为不予公开"),
    Row("SECRET_CONTENT", "escalate", why="疑似涉密内容，密级不明确，报有权机关确定（保密审查第八条）"),
    Row("PERSONAL_DATA", "return", attributes=(P, "无"), why="主动公开公文不得含个人隐私，请去标识化（保密审查第十一条）"),
    Row("PERSONAL_DATA", "note"),
    Row("COMMERCIAL_SECRET", "return", attributes=(P, "无"), why="主动公开公文不得含商业秘密（保密审查第五条（二））"),
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

    def __post_init__(self) -> None:
        if self.default not in ACTIONS:
            raise ValueError(f"decision.default {self.default!r} not in {ACTIONS}")

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
    """The decision for one document and its 审查意见 with basis and reason."""
    decision = Decision.APPROVE
    actions = []
    reasons: list[str] = []
    basis: list[str] = []
    for f in findings:
        act, row = cfg.action(f, attribute)
        actions.append((f, act))
        d = _TO_DECISION.get(act)
        if d is not None:
            if d.rank > decision.rank:
                decision = d
            if row is not None and row.why and row.why not in reasons:
                reasons.append(row.why)
            if f.rule and f.rule not in basis:
                basis.append(f.rule)
    if decision == Decision.ERROR:
        opinion = Opinion("无法审查", tuple(basis), "；".join(reasons))
    elif decision == Decision.ESCALATE:
        opinion = Opinion("需报审", tuple(basis) or (RULES["secrecy_8"],), "；".join(reasons) or "密级或公开属性不明确，报有权机关确定")
    elif decision == Decision.RETURN:
        opinion = Opinion("退回修改", tuple(basis), "；".join(reasons))
    elif attribute == str(Attribute.PROACTIVE):
        opinion = Opinion("公开", (RULES["source_3_1"], RULES["secrecy_5_1"]), "经审查未发现涉密、个人隐私或不宜公开内容，同意按主动公开办理")
    else:
        opinion = Opinion("免于公开", (RULES["source_3_1"],), f"按{attribute or '不予公开'}办理，不在政府网站主动公开")
    return Routing(decision, opinion, tuple(actions))

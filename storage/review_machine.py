"""The review state machine as data: states, actions, the allowed transitions, and the typed outcome.

A document (one content, by sha256) is in exactly one review state. Until a reviewer has decided
anything, its state is where the audit routed it (``initial_state``); every decision afterwards is
one transition from this table, applied in the ledger by compare-and-set on (state, version), so two
reviewers deciding at the same moment cannot both win. Plain data, importable without SQLAlchemy
(the CLI's parser and a future web console read the labels and the table).

Guards (the third element of a transition):

* ``override`` — the item was never cleared by an audit (quarantined) or stands returned: approving
  it needs a re-audit first, or an explicit override with the 公开属性 and a reason, recorded.
* ``unreviewed`` — only while the state is the audit's (or a re-audit's), not a reviewer's: a reviewer
  confirming the audit's return with their own comment. Dismissing findings does not count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

#: state → (中文, English)
STATES: dict[str, tuple[str, str]] = {
    "pending": ("待审", "pending"),
    "escalated": ("报审", "escalated"),
    "returned": ("退回", "returned"),
    "quarantined": ("隔离（未经审查）", "quarantined (never audited)"),
    "approved": ("已同意", "approved"),
    "withdrawn": ("已撤回", "withdrawn"),
}

#: action → (中文, English past tense)
ACTIONS: dict[str, tuple[str, str]] = {
    "approve": ("同意公开", "approved for publication"),
    "exempt": ("免于公开", "approved as exempt from publication"),
    "return": ("退回", "returned"),
    "escalate": ("报审", "escalated"),
    "dismiss": ("忽略此项", "dismissed a finding of"),
    "reaudit": ("重新审查", "re-audited"),
    "withdraw": ("撤回", "withdrew"),
}

#: ``reaudit`` goes where the new audit sends the document.
BY_AUDIT = "by-audit"

#: (action, from state) → (to state, guard or None). Anything not listed is refused.
TRANSITIONS: dict[tuple[str, str], tuple[str, str | None]] = {
    ("approve", "pending"): ("approved", None),
    ("approve", "escalated"): ("approved", None),
    ("approve", "returned"): ("approved", "override"),
    ("approve", "quarantined"): ("approved", "override"),
    ("exempt", "pending"): ("approved", None),
    ("exempt", "escalated"): ("approved", None),
    ("exempt", "returned"): ("approved", "override"),
    ("exempt", "quarantined"): ("approved", "override"),
    ("return", "pending"): ("returned", None),
    ("return", "escalated"): ("returned", None),
    ("return", "returned"): ("returned", "unreviewed"),
    ("return", "quarantined"): ("returned", None),
    ("escalate", "pending"): ("escalated", None),
    ("dismiss", "pending"): ("pending", None),
    ("dismiss", "escalated"): ("escalated", None),
    ("dismiss", "returned"): ("returned", None),
    ("reaudit", "pending"): (BY_AUDIT, None),
    ("reaudit", "escalated"): (BY_AUDIT, None),
    ("reaudit", "returned"): (BY_AUDIT, None),
    ("reaudit", "quarantined"): (BY_AUDIT, None),
    ("withdraw", "pending"): ("withdrawn", None),
    ("withdraw", "escalated"): ("withdrawn", None),
    ("withdraw", "returned"): ("withdrawn", None),
    ("withdraw", "quarantined"): ("withdrawn", None),
}

#: The audit's routing decision → the review state it starts in.
INITIAL = {"approve": "pending", "escalate": "escalated", "return": "returned", "error": "quarantined"}

#: The 公开属性 a reviewer may confirm; ``exempt`` always records 不予公开.
ATTRIBUTES = ("主动公开", "依申请公开", "不予公开")

#: Actions that record a reviewer's word on the whole document in the ``reviews`` table (statistics, training).
DOCUMENT_REVIEWS = {"approve": "approved", "exempt": "approved", "return": "returned"}


def initial_state(decision: str, legacy_review: str | None = None) -> str:
    """The state of a document no reviewer has touched under this machine: where the audit sent it,
    or the verdict a reviewer gave before the machine existed (``reviews`` table: approved | returned)."""
    if legacy_review == "approved":
        return "approved"
    if legacy_review == "returned":
        return "returned"
    return INITIAL.get(decision, "quarantined")


def transition(action: str, state: str) -> tuple[str, str | None] | None:
    """(to state, guard) for ``action`` from ``state``, or None when the table does not allow it."""
    if action not in ACTIONS:
        raise ValueError(f"unknown review action {action!r}; known: {', '.join(ACTIONS)}")
    return TRANSITIONS.get((action, state))


def allowed_actions(state: str) -> tuple[str, ...]:
    """The actions the table allows from ``state`` (guards not evaluated) — for buttons and help."""
    return tuple(a for a in ACTIONS if (a, state) in TRANSITIONS)


def reviewed_by(last_state_setting_action: str | None) -> bool:
    """Whether the decision that last set the state was a reviewer's word (dismissals never set it)."""
    return last_state_setting_action not in (None, "reaudit")


#: The longest comment or override reason a decision may carry (characters): the console's form allows as much;
#: a longer text is refused, not stored — it would be copied into the notice, the register and the audit log.
TEXT_MAX = 2000


@dataclass(frozen=True, slots=True)
class DecisionRequest:
    """One reviewer's decision as asked for (CLI arguments, or a web form).

    ``expected_state``/``expected_version`` are what the reviewer saw; when given, the decision
    applies only if the document is still there (a web form carries them; the CLI reads them just
    before deciding). ``reviewer`` is a named person, never the OS account (``os_user`` is logged beside).
    """

    action: str
    reviewer: str
    comment: str | None = None
    attribute: str | None = None
    override: bool = False
    reason: str | None = None  # why the override (required with it)
    reason_code: str | None = None  # dismiss: one of DISMISS_REASONS
    fingerprints: tuple[str, ...] = ()  # dismiss: the findings dismissed
    expected_state: str | None = None
    expected_version: int | None = None
    os_user: str | None = None


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """One row of the append-only decision history: who, when, what, covering which findings."""

    id: int
    doc_key: str
    run_id: int
    action: str
    from_state: str
    to_state: str
    version: int  # the document's version after this decision
    reviewer: str
    os_user: str | None
    decided_at: datetime
    comment: str | None
    attribute: str | None
    override: bool
    reason: str | None
    fingerprints: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReviewState:
    """Where one document stands: its state, the compare-and-set version, and the last decision."""

    doc_key: str  # sha256, or ``run:<id>`` for a run without content hash
    run_id: int  # the run the state concerns (the latest audit of the content)
    state: str
    version: int  # 0 until a reviewer decides; +1 per decision
    last: DecisionRecord | None = None
    reviewed: bool = False  # a reviewer (not the audit, not a re-audit) put it in this state


    @property
    def label(self) -> str:
        return STATES[self.state][0]


@dataclass(frozen=True, slots=True)
class Applied:
    """The decision won: the document moved from ``previous`` to ``state``."""

    previous: ReviewState
    state: ReviewState
    decision: DecisionRecord
    register_entry: object | None = None  # storage.records.RegisterEntry when approval registered it

    ok = True


@dataclass(frozen=True, slots=True)
class Refused:
    """The decision was not applied. ``code``: conflict | not_allowed | needs_reaudit | bad_request.

    ``current`` is the state as it stands (with the decision that put it there); the messages name
    who decided what and when, in Chinese and English.
    """

    code: str
    current: ReviewState
    message_zh: str
    message_en: str

    ok = False

    @property
    def message(self) -> str:
        return f"{self.message_zh} / {self.message_en}"

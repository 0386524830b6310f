"""The ledger: SQLAlchemy 2 models, Alembic migrations run on start, and the ``Ledger`` API.

Where it lives: ``<root>/ledger.sqlite3`` (SQLite, WAL mode) unless a URL is given
(``postgresql+psycopg://user@host/gongkai``). Migrations ship in ``storage/migrations`` and run
programmatically each time a ``Ledger`` opens (a no-op when current). The library never reads the
environment; ``flows.settings`` decides the URL.

    from storage import Ledger
    ledger = Ledger.for_root("gongkai-data")            # or Ledger.for_root(root, url="postgresql+psycopg://…")

Intake (used by ``flows``): ``register_worker``, ``begin_claim``, ``intend_move`` / ``finish_move`` /
``abort_move``, ``record_audit(claim_id, result, text=…) -> (run_id, earlier_run_id)``, ``set_reports``,
``mark_routed``, ``dead_workers`` / ``adopt`` (recovery), ``open_claims``, ``open_moves``, ``counts``.

Review (``gongkai review``): ``queue() -> list[RunView]`` (latest run per document, routed, not yet
approved/returned), ``run(ref) -> RunView`` (by run id, sha256 prefix, 发文字号 or file name; findings
with their verdicts), ``record_verdict(fingerprint, "confirmed"|"dismissed", reviewer, reason_code=…)``
(reason codes: ``DISMISS_REASONS``), ``record_review(run_id, "approved"|"returned", reviewer,
comment=…, attribute=…) -> RegisterEntry | None`` (approval writes the 登记 entry).

Review state machine (``storage.review_machine``: states, actions, ``TRANSITIONS`` as data):
``review_state(run_id) -> ReviewState`` (state, compare-and-set version, last decision),
``decide(run_id, DecisionRequest(action, reviewer, …, expected_state=…, expected_version=…)) ->
Applied | Refused`` (one transaction; the loser of a race gets ``Refused`` naming who decided what and
when), ``record_reaudit(…)``, ``decisions(run_id=None, reviewer=None, since=None) -> list[DecisionRecord]``
(the append-only history). ``record_review`` goes through ``decide`` and raises ``ReviewRefused``.
Files are moved by ``flows.review_decide``, which front ends call.

For the classifier engineer: ``training_examples() -> list[(text, reviewer-confirmed 公开属性)]``.

For the reports engineer:
  * ``register_entries(start: date | None, end: date | None) -> list[RegisterEntry]`` — 登记 rows
    (公开时间 ``published_on``, 公开形式 ``form``, 主题内容 ``subject``, 文件序号 ``doc_number``,
    公开范围 ``scope``, 审核意见 ``opinion``; ``RegisterEntry.to_dict()`` gives Chinese keys).
  * ``monthly_statistics(year, month) -> dict`` — new documents, duplicates, by decision / attribute /
    department / finding code, reviews, dismissed findings, register entries.
  * ``runs_between(start: datetime, end: datetime) -> list[dict]`` — each run's result contract with
    department, duplicate link and report paths.
  * ``latest_runs() -> list[RunView]``.
"""

from typing import TYPE_CHECKING

from .codes import DISMISS_REASONS, REGISTER_DEFAULTS

if TYPE_CHECKING:
    from .ledger import Ledger
    from .records import Claim, FindingView, Move, RegisterEntry, RunView

_LAZY = {"Ledger": "ledger", "Claim": "records", "FindingView": "records", "Move": "records",
         "RegisterEntry": "records", "RunView": "records"}


def __getattr__(name: str):
    """SQLAlchemy loads on first use of the ledger, not when a CLI parser reads the reason codes."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["DISMISS_REASONS", "REGISTER_DEFAULTS", "Claim", "FindingView", "Ledger", "Move", "RegisterEntry", "RunView"]

"""The ledger without Prefect: migrations, claims and moves, runs and duplicates, verdicts, register, training."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from storage import DISMISS_REASONS, Ledger
from storage.migrate import HEAD, current


def _audit(ledger, worker, result, source="inbox/a.docx"):
    cid, mid = ledger.begin_claim(worker, source, f"work/x/{source.rsplit('/', 1)[-1]}", "办公室")
    ledger.finish_move(mid)
    return cid, *ledger.record_audit(cid, result, text="正文")


def test_sqlite_in_wal_mode_under_the_root_and_migrated(tmp_path, ledger):
    assert (tmp_path / "ledger.sqlite3").exists()
    assert current(ledger.engine) == HEAD
    con = sqlite3.connect(tmp_path / "ledger.sqlite3")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # opening again runs the migrations again: a no-op
    Ledger.for_root(tmp_path).close()


def test_claim_intent_then_done_and_abort(ledger):
    w = ledger.register_worker()
    cid, mid = ledger.begin_claim(w, "inbox/a.docx", "work/1/a.docx", None)
    assert [m.state for m in ledger.open_moves()] == ["intent"]
    ledger.finish_move(mid)
    assert ledger.open_moves() == [] and ledger.claim(cid).state == "claimed"
    cid2, mid2 = ledger.begin_claim(w, "inbox/b.docx", "work/2/b.docx", None)
    ledger.abort_move(mid2, abort_claim=True)
    assert ledger.claim(cid2).state == "aborted"
    assert [c.id for c in ledger.open_claims()] == [cid]


def test_same_content_twice_is_linked_not_counted(ledger, results):
    w = ledger.register_worker()
    res = results["关于做好元旦期间值班工作的通知.docx"]
    _, run1, dup1 = _audit(ledger, w, res, "inbox/a.docx")
    _, run2, dup2 = _audit(ledger, w, res, "inbox/办公室/a.docx")
    assert dup1 is None and dup2 == run1
    counts = ledger.counts()
    assert counts["documents"] == 1 and counts["runs"] == 2 and counts["duplicates"] == 1


def test_record_audit_is_idempotent_per_claim(ledger, results):
    w = ledger.register_worker()
    res = results["值班通知（标注冲突）.docx"]
    cid, run1, _ = _audit(ledger, w, res)
    assert ledger.record_audit(cid, res) == (run1, None)
    assert ledger.counts()["runs"] == 1


def test_findings_keep_the_contract_fingerprints(ledger, results):
    w = ledger.register_worker()
    res = results["创业补贴公示（含完整身份证号）.docx"]
    _, run_id, _ = _audit(ledger, w, res)
    view = ledger.run(run_id)
    assert [f.fingerprint for f in view.findings] == [f["fingerprint"] for f in res.to_contract()["findings"]]
    assert all("*" in (f.evidence or "*") for f in view.findings), "evidence stays masked"


def test_verdicts_survive_a_resubmission_and_shrink_the_queue(ledger, results):
    w = ledger.register_worker()
    res = results["创业补贴公示（含完整身份证号）.docx"]
    cid, run_id, _ = _audit(ledger, w, res)
    ledger.mark_routed(cid, "returned/就业促进科/x.docx")
    view = ledger.run(run_id)
    assert view.open_findings == len({f.fingerprint for f in view.findings}) > 0
    fp = view.findings[0].fingerprint
    ledger.record_verdict(fp, "dismissed", "马审核", reason_code="false_positive")
    # the same findings again (a resubmission: new claim, same anchor) keep the verdict
    cid2, run2, _ = _audit(ledger, w, res, "inbox/就业促进科/x.docx")
    ledger.mark_routed(cid2, "returned/就业促进科/x (2).docx")
    again = ledger.run(run2)
    kept = [f for f in again.findings if f.fingerprint == fp]
    assert kept and kept[0].verdict == "dismissed" and kept[0].reviewer == "马审核" and kept[0].decided_at is not None
    assert again.open_findings == view.open_findings - 1
    assert [r.id for r in ledger.queue()] == [run2]


@pytest.mark.parametrize("verdict,reason", [("maybe", None), ("dismissed", None), ("dismissed", "because")])
def test_bad_verdicts_are_refused(ledger, verdict, reason):
    with pytest.raises(ValueError):
        ledger.record_verdict("abc", verdict, "x", reason_code=reason)
    assert "false_positive" in DISMISS_REASONS


def test_approval_writes_the_register_entry_once(ledger, results):
    w = ledger.register_worker()
    res = results["关于做好元旦期间值班工作的通知.docx"]
    cid, run_id, _ = _audit(ledger, w, res)
    ledger.mark_routed(cid, "approval/x.docx")
    assert [r.id for r in ledger.queue()] == [run_id]
    e = ledger.record_review(run_id, "approved", "马审核", published_on=dt.date(2026, 11, 27))
    assert (e.published_on, e.form, e.scope, e.attribute) == ("2026-11-27", "依申请提供", "申请人", "依申请公开")
    assert e.subject == res.document.fields.title and e.doc_number == res.document.fields.doc_number
    assert e.opinion
    assert set(e.to_dict()) >= {"公开时间", "公开形式", "主题内容", "文件序号", "公开范围", "审核意见"}
    from storage.review import ReviewRefused

    with pytest.raises(ReviewRefused, match="马审核"):  # a second approval is refused, naming the first
        ledger.record_review(run_id, "approved", "李审核")
    assert ledger.queue() == []
    assert [x.id for x in ledger.register_entries(dt.date(2026, 11, 1), dt.date(2026, 11, 30))] == [e.id]
    assert ledger.register_entries(dt.date(2026, 12, 1)) == []


def test_return_writes_no_register_entry(ledger, results):
    w = ledger.register_worker()
    cid, run_id, _ = _audit(ledger, w, results["值班通知（标注冲突）.docx"])
    assert ledger.record_review(run_id, "returned", "马审核", comment="请统一标注") is None
    assert ledger.register_entries() == []
    with pytest.raises(ValueError):
        ledger.record_review(run_id, "shelved", "x")


def test_training_examples_are_reviewer_confirmed(ledger, results):
    w = ledger.register_worker()
    _, r1, _ = _audit(ledger, w, results["关于做好元旦期间值班工作的通知.docx"], "inbox/a.docx")
    _, r2, _ = _audit(ledger, w, results["关于申请追加就业补助资金的请示.docx"], "inbox/b.docx")
    _audit(ledger, w, results["值班通知（标注冲突）.docx"], "inbox/c.docx")  # not reviewed: not an example
    ledger.record_review(r1, "approved", "马审核")
    ledger.record_review(r2, "returned", "马审核", attribute="依申请公开", comment="应依申请公开")
    ex = sorted(ledger.training_examples(), key=lambda t: t[1])
    assert [a for _, a in ex] == ["依申请公开", "依申请公开"]
    assert all(t == "正文" for t, _ in ex)


def test_monthly_statistics(ledger, results):
    w = ledger.register_worker()
    res = results["值班通知（标注冲突）.docx"]
    _audit(ledger, w, res, "inbox/a.docx")
    _audit(ledger, w, res, "inbox/b.docx")
    today = dt.date.today()
    st = ledger.monthly_statistics(today.year, today.month)
    assert st["documents"] == 1 and st["duplicates"] == 1
    assert st["by_decision"] == {"return": 1} and st["by_code"].get("LABEL_CONFLICT") == 2
    assert ledger.monthly_statistics(today.year - 1, today.month)["documents"] == 0


def test_dead_workers_and_adoption(ledger):
    w_dead = ledger.register_worker()
    with ledger.session() as s:  # a process that no longer exists
        from storage.models import WorkerRow

        s.get(WorkerRow, w_dead).pid = 2**22 + 12345
    cid, mid = ledger.begin_claim(w_dead, "inbox/a.docx", "work/1/a.docx", None)
    me = ledger.register_worker()
    assert w_dead in ledger.dead_workers(60) and me not in ledger.dead_workers(60)
    adopted = ledger.adopt(ledger.dead_workers(60), me)
    assert [c.id for c in adopted] == [cid] and ledger.claim(cid).worker_id == me
    assert ledger.adopt(ledger.dead_workers(60), ledger.register_worker()) == []


def test_content_locks_are_taken_in_one_order_whatever_the_batch():
    """Two services recording overlapping batches on PostgreSQL must take the content locks in the same
    order, or each holds one and waits for the other's (the deadlock seen with two services)."""
    from storage.ledger import lock_keys

    a, b, c = ("a" * 64), ("b" * 64), ("c" * 64)
    assert lock_keys([c, a, b, a, None]) == lock_keys([b, c, a]) == sorted(set(lock_keys([a]) + lock_keys([b]) + lock_keys([c])))
    assert all(0 <= k < 2**63 for k in lock_keys([a, b, c]))

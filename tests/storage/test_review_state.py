"""The review state machine in the ledger: transitions as data, compare-and-set, overrides, the history."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from storage import Ledger
from storage.review_machine import ACTIONS, STATES, TRANSITIONS, DecisionRequest, allowed_actions, transition


def _audit(ledger, result, source):
    w = ledger.register_worker()
    cid, mid = ledger.begin_claim(w, source, f"work/x/{source.rsplit('/', 1)[-1]}", "办公室")
    ledger.finish_move(mid)
    run_id, _ = ledger.record_audit(cid, result, text="正文")
    return run_id


def _ok_run(ledger, results, source="inbox/a.docx"):
    res = results["关于做好元旦期间值班工作的通知.docx"]
    assert str(res.decision) == "approve"
    return _audit(ledger, res, source)


def req(action, reviewer="马审核", **kw):
    return DecisionRequest(action, reviewer, **kw)


def test_transition_table_is_what_readme_documents():
    """The README's review table is the machine's table: no transition missing, none invented."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("#### 审核状态 / Review states", 1)[1].split("\n#", 1)[0]
    rows = [ln for ln in section.splitlines() if ln.startswith("| `")]
    documented = set()
    for ln in rows:
        cells = [c.strip() for c in ln.strip("|").split("|")]
        action = cells[0].strip("`").split("`")[0]
        for frm in re.findall(r"`([a-z]+)`", cells[1]):
            documented.add((action, frm))
    assert documented == set(TRANSITIONS)
    assert set(a for a, _ in TRANSITIONS) == set(ACTIONS) and {s for _, s in TRANSITIONS} <= set(STATES)
    assert transition("approve", "approved") is None and allowed_actions("approved") == ()
    with pytest.raises(ValueError):
        transition("publish", "pending")


def test_the_first_decision_wins_the_second_is_refused_naming_it(ledger, results):
    run_id = _ok_run(ledger, results)
    seen = ledger.review_state(run_id)
    assert (seen.state, seen.version, seen.last) == ("pending", 0, None)
    won = ledger.decide(run_id, req("approve", expected_state=seen.state, expected_version=seen.version, comment="同意"))
    lost = ledger.decide(run_id, req("return", "李审核", comment="请修改", expected_state=seen.state,
                                     expected_version=seen.version))
    assert won.ok and won.state.state == "approved" and won.register_entry is not None
    assert not lost.ok and lost.code == "conflict"
    assert "马审核" in lost.message_zh and "同意公开" in lost.message_zh and f"{won.decision.decided_at:%Y-%m-%d %H:%M:%S}" in lost.message_zh
    assert "马审核" in lost.message_en and "approved" in lost.message_en
    assert len(ledger.register_entries()) == 1
    assert ledger.review_state(run_id).state == "approved"
    assert [d.action for d in ledger.decisions(run_id)] == ["approve"]


def test_the_compare_and_set_is_in_the_update_not_only_in_the_read(ledger, results, monkeypatch):
    """A loser that read the state before the winner committed: the UPDATE's WHERE version=? stops it."""
    import storage.review_state as rs

    run_id = _ok_run(ledger, results)
    stale = ledger.review_state(run_id)  # pending, version 0: no row yet
    assert ledger.decide(run_id, req("approve", comment="同意")).ok
    reads = []

    def read_before_the_winner_committed(s, run, real=rs._current):
        reads.append(1)
        return stale if len(reads) == 1 else real(s, run)

    monkeypatch.setattr(rs, "_current", read_before_the_winner_committed)
    lost = ledger.decide(run_id, req("return", "李审核", comment="退回"))
    monkeypatch.undo()
    assert not lost.ok and lost.code == "conflict"
    assert "马审核" in lost.message_zh and "同意" in lost.message_zh and lost.current.state == "approved"
    assert ledger.review_state(run_id).state == "approved" and len(ledger.decisions(run_id)) == 1
    assert len(ledger.register_entries()) == 1


def test_a_later_decision_races_on_the_update(ledger, results, monkeypatch):
    import storage.review_state as rs

    run_id = _ok_run(ledger, results)
    assert ledger.decide(run_id, req("escalate")).ok
    stale = ledger.review_state(run_id)  # escalated, version 1
    assert ledger.decide(run_id, req("approve")).ok  # version 2
    reads = []

    def stale_first(s, run, real=rs._current):
        reads.append(1)
        return stale if len(reads) == 1 else real(s, run)

    monkeypatch.setattr(rs, "_current", stale_first)
    lost = ledger.decide(run_id, req("return", "李审核", comment="退回"))
    monkeypatch.undo()
    assert not lost.ok and lost.code == "conflict" and lost.current.version == 2
    assert ledger.review_state(run_id).state == "approved"


def test_ten_threads_racing_one_wins_each_round(tmp_path, results):
    """10 rounds, approve vs return at the same moment on one SQLite ledger, one Ledger per thread."""
    setup = Ledger.for_root(tmp_path)
    res = results["关于做好元旦期间值班工作的通知.docx"]
    ledgers = [Ledger.for_root(tmp_path), Ledger.for_root(tmp_path)]
    try:
        for rnd in range(10):
            # same content would be one document: give each round its own (a fake distinct hash)
            from dataclasses import replace

            run_id = _audit(setup, replace(res, sha256=f"{rnd:064x}"), f"inbox/r{rnd}.docx")
            seen = setup.review_state(run_id)
            gate = threading.Barrier(2)
            out = {}

            def go(i, action):
                gate.wait()
                out[action] = ledgers[i].decide(run_id, req(action, f"审核人{i}", comment="意见", expected_state=seen.state,
                                                            expected_version=seen.version))

            ts = [threading.Thread(target=go, args=(0, "approve")), threading.Thread(target=go, args=(1, "return"))]
            for t in ts:
                t.start()
            for t in ts:
                t.join(60)
            assert sorted(o.ok for o in out.values()) == [False, True], out
            winner = "approve" if out["approve"].ok else "return"
            assert setup.review_state(run_id).state == {"approve": "approved", "return": "returned"}[winner]
            entries = [e for e in setup.register_entries() if e.run_id == run_id]
            assert len(entries) == (1 if winner == "approve" else 0)
            assert len(setup.decisions(run_id)) == 1
    finally:
        for led in (setup, *ledgers):
            led.close()


def test_a_quarantined_file_needs_a_reaudit_or_an_explicit_override(ledger, results):
    from classifiers.model import AuditResult, Decision

    res = results["关于做好元旦期间值班工作的通知.docx"]
    from dataclasses import replace

    broken = replace(res, decision=Decision.ERROR, sha256="f" * 64)
    assert isinstance(broken, AuditResult)
    run_id = _audit(ledger, broken, "inbox/坏文件.docx")
    assert ledger.review_state(run_id).state == "quarantined"
    no = ledger.decide(run_id, req("approve"))
    assert not no.ok and no.code == "needs_reaudit" and "隔离" in no.message_zh
    half = ledger.decide(run_id, req("approve", override=True, attribute="主动公开"))
    assert not half.ok and half.code == "bad_request" and "理由" in half.message_zh
    assert ledger.register_entries() == [] and ledger.decisions(run_id) == []
    yes = ledger.decide(run_id, req("approve", override=True, attribute="主动公开", reason="人工核对原件无误"))
    assert yes.ok and yes.state.state == "approved"
    d = ledger.decisions(run_id)[0]
    assert (d.override, d.reason, d.attribute, d.from_state, d.to_state) == (True, "人工核对原件无误", "主动公开", "quarantined", "approved")
    (entry,) = ledger.register_entries()
    assert entry.attribute == "主动公开" and "人工核对原件无误" in entry.opinion


def test_a_returned_document(ledger, results):
    """Audit-returned: a reviewer may confirm the return once (with a comment), not approve it plainly."""
    res = results["创业补贴公示（含完整身份证号）.docx"]
    assert str(res.decision) == "return"
    run_id = _audit(ledger, res, "inbox/就业促进科/x.docx")
    fp = ledger.run(run_id).findings[0].fingerprint
    assert not ledger.decide(run_id, req("return")).ok, "a return needs a comment"
    assert ledger.decide(run_id, req("dismiss", fingerprints=(fp,), reason_code="test_data")).ok
    confirmed = ledger.decide(run_id, req("return", comment="请去标识化"))
    assert confirmed.ok and confirmed.previous.state == confirmed.state.state == "returned"
    again = ledger.decide(run_id, req("return", "李审核", comment="再退"))
    assert not again.ok and again.code == "not_allowed" and "请去标识化" in again.message_zh
    plain = ledger.decide(run_id, req("approve", "李审核"))
    assert not plain.ok and plain.code == "needs_reaudit"
    assert ledger.decide(run_id, req("exempt", "李审核", override=True, attribute="不予公开", reason="含个人信息，不予公开")).ok
    assert ledger.review_state(run_id).state == "approved"
    assert ledger.register_entries()[0].attribute == "不予公开"


def test_every_decision_is_in_the_append_only_history(ledger, results):
    res = results["创业补贴公示（含完整身份证号）.docx"]
    run_id = _audit(ledger, res, "inbox/就业促进科/x.docx")
    fps = tuple(dict.fromkeys(f.fingerprint for f in ledger.run(run_id).findings))
    ledger.decide(run_id, req("dismiss", fingerprints=fps[:1], reason_code="false_positive", comment="号码为示例", os_user="root"))
    ledger.decide(run_id, req("return", "李审核", comment="请修改", os_user="root"))
    h = ledger.decisions(run_id)
    assert [(d.action, d.from_state, d.to_state, d.version) for d in h] == [
        ("dismiss", "returned", "returned", 1), ("return", "returned", "returned", 2)]
    assert [d.reviewer for d in h] == ["马审核", "李审核"] and all(d.os_user == "root" for d in h)
    assert h[0].fingerprints == fps[:1] and h[1].fingerprints == fps and h[0].comment == "号码为示例"
    assert all(d.decided_at is not None for d in h)
    assert ledger.run(run_id).findings[0].verdict == "dismissed"
    assert [d.id for d in ledger.decisions(reviewer="李审核")] == [h[1].id]


def test_the_reviewer_is_a_named_person(ledger, results):
    run_id = _ok_run(ledger, results)
    out = ledger.decide(run_id, req("approve", "  "))
    assert not out.ok and out.code == "bad_request" and "审核人" in out.message_zh
    assert ledger.review_state(run_id).state == "pending"


def test_the_queue_follows_the_state(ledger, results):
    ok = _ok_run(ledger, results)
    ret = _audit(ledger, results["创业补贴公示（含完整身份证号）.docx"], "inbox/就业促进科/x.docx")
    for rid in (ok, ret):
        ledger.mark_routed(ledger.run(rid).claim_id, f"somewhere/{rid}.docx")
    assert [r.id for r in ledger.queue()] == [ok, ret]
    ledger.decide(ok, req("escalate"))
    assert [(r.id, r.state) for r in ledger.queue()] == [(ok, "escalated"), (ret, "returned")]
    ledger.decide(ret, req("return", comment="请修改"))
    ledger.decide(ok, req("withdraw", comment="承办科室撤回"))
    assert ledger.queue() == []
    assert {r.id: r.state for r in ledger.latest_runs()} == {ok: "withdrawn", ret: "returned"}

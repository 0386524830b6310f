"""Probe 10: the two races the README left open after probe 8 — two movers of the same file at the same moment, and
a sidecar dropped after a crash for a new document of the same name.

As in probe 8, the interleaving is forced by a hook, never by sleeping for an outcome: a mover is held between its
link and its unlink while the other runs; a crash is a ``BaseException`` raised where ``kill -9`` would stop the
process. One wait is bounded (a second mover that the lock makes wait is given a few seconds before the first goes
on); the assertions are on where the files end, whichever way that wait went.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from test_probe8 import APPROVE, Killed, audit_engine, decide, env, kill, put, ready  # noqa: F401 — shared fixtures

from flows import moves
from flows.intake import Intake
from storage import Ledger


def documents(root: Path) -> list[str]:
    """Every name of a document under the root's route folders (not notices, reasons, sidecars), root-relative."""
    return sorted(p.relative_to(root).as_posix() for d in ("approval", "returned", "escalated", "quarantine")
                  for p in (root / d).rglob("*")
                  if p.is_file() and not p.name.endswith((".退文通知单.docx", ".原因.txt", ".json")) and "withdrawn" not in p.parts)


# -- 1. two movers of one file ------------------------------------------------------------------------------------
def test_two_reviewers_moving_one_file_at_once_leave_it_one_name(env, monkeypatch):
    """Reviewer A escalates; between A's link into escalated/ and A's unlink from approval/, reviewer B (another
    process: its own ledger connection) returns the document. The file must end with one name, in returned/ (B's
    decision is the later one)."""
    L, ledger, intake = env
    first = intake.process(intake.claim(ready(L, put(L, "办公室/通知.txt"))))
    assert first.route == "approval/通知.txt"
    real_link = os.link
    a = threading.current_thread()
    seen: dict[str, object] = {}

    def reviewer_b():
        other = Ledger.for_root(L.root)
        try:
            seen["b"] = decide(L, other, first.run_id, "return", comment="请删去第二段")
        except BaseException as e:  # noqa: BLE001 — reported by the assertion below
            seen["b"] = e
        finally:
            other.close()

    def link(src, dst, *args, **kw):
        real_link(src, dst, *args, **kw)
        if threading.current_thread() is a and "escalated" in str(dst) and "b" not in seen and "thread" not in seen:
            t = seen["thread"] = threading.Thread(target=reviewer_b)
            t.start()
            t.join(timeout=4)  # with the lock B waits for A; without it B moves the file now

    monkeypatch.setattr(os, "link", link)
    try:
        out_a = decide(L, ledger, first.run_id, "escalate")
    finally:
        seen["thread"].join()
        monkeypatch.setattr(os, "link", real_link)
    assert out_a.ok, out_a
    assert getattr(seen["b"], "ok", False), seen["b"]
    assert ledger.review_state(first.run_id).state == "returned"
    assert documents(L.root) == ["returned/办公室/通知.txt"], "the file was left with a second name (a second hard link)"
    assert os.lstat(L.root / "returned/办公室/通知.txt").st_nlink == 1


def test_a_mover_without_the_lock_does_not_leave_a_second_name(tmp_path, monkeypatch):
    """The second line of defence: a mover that linked while another process linked and unlinked the same source
    (an older version, a script) takes its own link back and says so; a source deleted by hand after the link keeps
    the moved file."""
    src, mine, theirs = tmp_path / "a.txt", tmp_path / "mine.txt", tmp_path / "theirs.txt"
    src.write_text("x", encoding="utf-8")
    real_link, real_unlink = os.link, os.unlink

    def link(s, d, *args, **kw):
        real_link(s, d, *args, **kw)
        if Path(d) == mine:  # the other process's whole move runs here
            real_link(s, theirs)
            real_unlink(s)

    monkeypatch.setattr(os, "link", link)
    with pytest.raises(moves.MovedAway):
        moves.link_then_unlink(src, mine)
    monkeypatch.setattr(os, "link", real_link)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["theirs.txt"]
    assert os.lstat(theirs).st_nlink == 1

    src.write_text("y", encoding="utf-8")

    def link_then_deleted(s, d, *args, **kw):
        real_link(s, d, *args, **kw)
        real_unlink(s)  # deleted by hand; no other name

    monkeypatch.setattr(os, "link", link_then_deleted)
    moves.link_then_unlink(src, mine)
    monkeypatch.setattr(os, "link", real_link)
    assert mine.read_text(encoding="utf-8") == "y"


def test_the_moves_lock_is_reentrant_and_excludes_another_thread(tmp_path):
    order: list[str] = []
    inside = threading.Event()

    def other():
        inside.wait()
        with moves.moves_lock(tmp_path):
            order.append("other")

    t = threading.Thread(target=other)
    t.start()
    with moves.moves_lock(tmp_path):
        with moves.moves_lock(tmp_path):  # nested in the same thread: no deadlock
            order.append("outer")
            inside.set()
            t.join(timeout=1)
            assert t.is_alive(), "another thread entered while the lock was held"
        order.append("still outer")
    t.join()
    assert order == ["outer", "still outer", "other"]


# -- 2. a sidecar dropped after a crash -------------------------------------------------------------------------------
def test_a_sidecar_dropped_after_a_crash_is_left_for_its_own_document(env, audit_engine, monkeypatch):
    """The service dies after claiming 通知.txt (no sidecar). OA then writes 通知.txt.json for a new 通知.txt it is about
    to drop. The restart must not take that form for the old claim: it stays for the new document."""
    L, ledger, intake = env
    doc = put(L, "办公室/通知.txt")

    def die(*_a, **_k):
        raise Killed

    monkeypatch.setattr(intake, "claim_sidecars", die)
    with pytest.raises(Killed):
        intake.claim(ready(L, doc))
    monkeypatch.undo()
    kill(ledger, intake.worker_id)
    work = next(p for p in L.work.rglob("通知.txt"))
    side = doc.with_name("通知.txt.json")
    form = {"公开属性": "不予公开", "承办科室": "办公室", "不公开理由": "内部工作事项"}
    side.write_text(json.dumps(form, ensure_ascii=False), encoding="utf-8")
    while os.lstat(side).st_ctime_ns <= os.lstat(work).st_ctime_ns:  # the file system's clock ticks coarsely
        side.write_text(json.dumps(form, ensure_ascii=False), encoding="utf-8")
    new = Intake(L, ledger, ledger.register_worker(), audit_engine, settle=0.05)
    outs = new.process_lot(new.recover(60))
    assert [o.route for o in outs] == ["approval/通知.txt"]
    assert side.exists(), "the new document's form was taken by the old claim"
    assert not (L.root / "approval/通知.txt.json").exists()
    # the new document arrives and is audited with its own form
    again = put(L, "办公室/通知.txt", APPROVE.replace("工作的通知", "工作的补充通知"))
    out = new.process(new.claim(ready(L, again, [side])))
    assert not side.exists() and out.route is not None
    assert (L.root / Path(out.route).parent / (Path(out.route).name + ".json")).exists()


def test_a_link_planted_as_the_moves_lock_is_replaced_not_followed(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep", encoding="utf-8")
    root = tmp_path / "root"
    root.mkdir()
    (root / moves.MOVES_LOCK).symlink_to(outside)
    with moves.moves_lock(root):
        pass
    assert not (root / moves.MOVES_LOCK).is_symlink() and (root / moves.MOVES_LOCK).is_file()
    assert outside.read_text(encoding="utf-8") == "keep"


def test_a_share_without_file_locks_moves_unlocked_and_says_so(tmp_path, monkeypatch, caplog):
    import errno
    import fcntl
    import logging

    def no_locks(fd, op):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    with caplog.at_level(logging.WARNING, logger="gongkai.watch"):
        with moves.moves_lock(tmp_path):
            pass
        with moves.moves_lock(tmp_path):
            pass
    assert sum("not serialised" in r.getMessage() for r in caplog.records) == 1

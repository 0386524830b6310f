"""Ctrl-C and the service: workers and the embedded Prefect server do not take the terminal's SIGINT,
an interrupted audit goes back to the inbox (never to quarantine), and ``gongkai watch`` exits 0
within 10 s of a Ctrl-C sent to its whole process group."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from flows import auditpool
from flows.auditpool import AuditInterrupted, AuditPool
from flows.inbox import Layout, ReadyFile
from flows.intake import Intake
from samples.hostile_memory import write_text
from storage import Ledger
from watch_helpers import make_corpus


def _workers(pool: AuditPool) -> list:
    ex = pool._ex  # noqa: SLF001 — the test looks at the real processes
    # none while the pool is between executors (a timer firing as it is replaced or closed)
    return list((ex._processes or {}).values()) if ex is not None else []


@pytest.fixture
def pool():
    p = AuditPool(None, 1)
    p.warm()
    yield p
    p.stopping.set()
    p.close()


def test_workers_ignore_sigint_and_carry_the_memory_bound(pool, fixtures_docx):
    """A terminal's Ctrl-C reaches the workers too: they must go on (before: the file was quarantined
    as 'the worker process died on this file')."""
    for w in _workers(pool):
        os.kill(w.pid, signal.SIGINT)
    time.sleep(0.5)
    assert all(w.is_alive() for w in _workers(pool))
    res, _text = pool.audit(fixtures_docx, fixtures_docx.name, None)
    assert str(res.decision) != "error", res.error
    soft, _hard = pool._call(resource.getrlimit, resource.RLIMIT_AS)  # noqa: SLF001
    assert soft == 1536 * 2**20


def test_a_worker_killed_by_something_else_does_not_blame_the_file(pool, tmp_path):
    """The pool breaks under a file that did nothing wrong: it is run again alone and audited."""
    slow = write_text(tmp_path / "较长的通知.txt", 0.4)
    threading.Timer(0.8, lambda: [w.kill() for w in _workers(pool)]).start()
    res, _text = pool.audit(slow, slow.name, None)
    assert str(res.decision) != "error", res.error


def test_a_stop_interrupts_a_long_audit_after_the_grace(pool, tmp_path, monkeypatch):
    # the audit must outlast the stop plus the grace (0.8 + 0.3 s) on a fast machine too: 3.5 MB of text (under the 4 MB
    # limit) takes about 1.8 s where 1.5 MB took 1.4 s, a race the test lost on a quiet 2-core machine
    monkeypatch.setattr(auditpool, "STOP_GRACE", 0.3)
    slow = write_text(tmp_path / "很长的通知.txt", 3.5)
    threading.Timer(0.8, pool.stopping.set).start()
    t0 = time.monotonic()
    with pytest.raises(AuditInterrupted):
        pool.audit(slow, slow.name, None)
    assert time.monotonic() - t0 < 8


class _StoppedPool:
    """A pool whose audit is cut short by the service stopping."""

    processes = 1

    def audit_report(self, *a, **k):
        raise AuditInterrupted("stopping")


def test_an_interrupted_audit_goes_back_to_the_inbox_not_to_quarantine(tmp_path, fixtures_docx):
    L = Layout(tmp_path)
    L.ensure()
    ledger = Ledger.for_root(tmp_path)
    try:
        intake = Intake(L, ledger, ledger.register_worker(), _StoppedPool())
        dropped = L.inbox / "办公室" / "关于值班安排的通知.docx"
        dropped.parent.mkdir()
        shutil.copy(fixtures_docx, dropped)
        sidecar = dropped.with_suffix(".json")
        sidecar.write_text('{"公开属性": "主动公开"}', encoding="utf-8")
        cid = intake.claim(ReadyFile(dropped, "办公室", (sidecar,)))
        assert not dropped.exists()
        assert intake.process_lot([cid]) == []
        assert dropped.read_bytes() == fixtures_docx.read_bytes() and sidecar.exists()
        assert not any((L.root / "quarantine").iterdir()) and not any(L.work.iterdir())
        assert ledger.claim(cid).state == "aborted"
    finally:
        ledger.close()


@pytest.fixture(scope="module")
def fixtures_docx(tmp_path_factory) -> Path:
    from samples.extract_fixtures import build_fixtures

    return build_fixtures(tmp_path_factory.mktemp("plain"), ["docx_plain"])["docx_plain"]


def _routed(root: Path) -> dict[str, str]:
    out = {}
    for d in ("approval", "returned", "escalated", "quarantine"):
        for p in (root / d).rglob("*"):
            if p.is_file() and not p.name.endswith((".json", ".原因.txt", ".退文通知单.docx")):
                out[p.name] = d
    return out


@pytest.mark.slow
def test_ctrl_c_to_the_process_group_exits_0_within_10_s(tmp_path):
    """``gongkai watch`` (embedded Prefect) in its own process group, files in flight, one of them a
    long audit; SIGINT to the whole group as a terminal sends it."""
    from classifiers import load_config
    from classifiers.batch import audit_many

    src = tmp_path / "src"
    files = make_corpus(src, 24, 0)
    files.append(write_text(src / "长文本.txt", 2.5))  # still auditing when the grace ends
    expected = {p.name: {"approve": "approval", "return": "returned", "escalate": "escalated", "error": "quarantine"}[str(r.decision)]
                for p, r in zip(files, audit_many([(p.name, p) for p in files], load_config()))}
    assert "quarantine" not in expected.values()
    root = tmp_path / "root"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    err = tmp_path / "stderr.log"
    p = subprocess.Popen([sys.executable, "-m", "flows.cli", "watch", "--root", str(root), "--init", "--quiet"],
                         env=dict(env, PYTHONUNBUFFERED="1"), stdout=subprocess.DEVNULL, stderr=open(err, "wb"),
                         start_new_session=True)
    try:
        t0 = time.monotonic()
        while not (root / "inbox").is_dir() and time.monotonic() - t0 < 60:
            time.sleep(0.1)
        shutil.copy(files[0], root / "inbox" / files[0].name)
        while not _routed(root) and time.monotonic() - t0 < 150:  # the embedded server's first start
            time.sleep(0.1)
        assert _routed(root), err.read_text()
        for f in files[1:]:
            shutil.copy(f, root / "inbox" / f.name)
        while len(_routed(root)) < 3 and time.monotonic() - t0 < 200:
            time.sleep(0.05)
        os.killpg(p.pid, signal.SIGINT)
        t1 = time.monotonic()
        rc = p.wait(30)
        took = time.monotonic() - t1
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
    log = err.read_text()
    assert rc == 0, log
    assert took <= 10, f"exit took {took:.1f} s"
    assert "Traceback" not in log and "ConnectError" not in log, log
    routed = _routed(root)
    assert "quarantine" not in routed.values(), routed
    back = {q.name for q in (root / "inbox").rglob("*") if q.is_file()}
    # the long text is meant to be still auditing when the grace ends, and then it goes back to the inbox;
    # on a fast, idle machine it may finish first and be routed (the hand-back itself is tested on its own
    # in test_an_interrupted_audit_goes_back_to_the_inbox_not_to_quarantine)
    assert "长文本.txt" in back or routed.get("长文本.txt") == expected["长文本.txt"], (back, routed)
    assert set(routed) | back == {f.name for f in files} and not set(routed) & back
    assert all(routed[n] == expected[n] for n in routed), {n: (routed[n], expected[n]) for n in routed if routed[n] != expected[n]}
    assert not [q for q in (root / "work").rglob("*") if q.is_file()]
    time.sleep(1)
    left = subprocess.run(["pgrep", "-f", f"flows.prefect_server [0-9]+ {p.pid}$"], capture_output=True, text=True).stdout
    assert not left.strip(), "the embedded Prefect server outlived the service"

"""Probe 14: a fourth red-team pass on what the first three left — the PostgreSQL ledger, several services on one
ledger, Prefect engine mode. Four findings, each a test here that fails on the old code:

1. the ledger away for a few seconds (PostgreSQL restarting) stopped the services: ``gongkai watch`` died with a
   traceback, ``gongkai serve``'s watch thread died while ``/healthz`` kept answering 200 — now the service says so
   once, waits, and takes the claims in hand up again when the ledger answers; nothing is quarantined for it, and
   ``/healthz`` answers 503 while the ledger is away or if the watch thread ever stops;
2. U+0000 in a sidecar's 密级 quarantined a good document on PostgreSQL (its text refuses NUL) — the ledger now
   stores every U+0000 as U+FFFD, on every engine;
3. U+0000 in a login name, a document id or a reviewer's comment was a 500 on PostgreSQL — the same;
4. a ledger password given as ``?password=`` was printed in full when the connection failed, and an unknown driver or
   a malformed URL was a traceback — now ``***`` and exit 3.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from contextlib import contextmanager

import pytest
from test_hostile_service import APPROVE, put, running, settings



def _outage():
    """An OperationalError as psycopg raises it when PostgreSQL is restarting."""
    from sqlalchemy.exc import OperationalError

    return OperationalError("SELECT 1", {}, Exception("connection failed: the database system is shutting down"))


@contextmanager
def ledger_down_while(flag: threading.Event):
    """Every ledger session and ping fails while ``flag`` is set (the database stopped, then started again)."""
    from storage import Ledger

    session, ping = Ledger.session, Ledger.ping

    @contextmanager
    def flaky_session(self):
        if flag.is_set():
            raise _outage()
        with session(self) as s:
            yield s

    def flaky_ping(self):
        if flag.is_set():
            raise _outage()
        return ping(self)

    Ledger.session, Ledger.ping = flaky_session, flaky_ping
    try:
        yield
    finally:
        Ledger.session, Ledger.ping = session, ping


@pytest.mark.slow
def test_the_ledger_away_mid_lot_neither_stops_the_service_nor_quarantines_the_document(tmp_path, caplog):
    root = tmp_path / "root"
    down = threading.Event()
    seen_away = []
    with running(settings(root, rescan_seconds=0.3)) as svc:
        with ledger_down_while(down):
            # the outage begins as the file is claimed: its claim, audit record or route cannot be written
            from storage import Ledger

            real = Ledger.record_audits

            def record_then_go_down(self, items):
                down.set()
                raise _outage()

            Ledger.record_audits = record_then_go_down
            try:
                put(root, "办公室/通知.txt", APPROVE)
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline and not down.is_set():
                    time.sleep(0.05)
                assert down.is_set(), "the file was never recorded"
                for _ in range(30):
                    if svc.ledger_away is not None:
                        seen_away.append(svc.ledger_away)
                        break
                    time.sleep(0.1)
            finally:
                Ledger.record_audits = real
            time.sleep(2.5)  # the ledger stays away a while; the service must still be running
            assert not svc.stop.is_set()
            down.clear()
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not (root / "approval" / "通知.txt").exists():
                time.sleep(0.1)
        assert (root / "approval" / "通知.txt").exists(), sorted(str(p.relative_to(root)) for p in root.rglob("*"))
        assert not [p for p in (root / "quarantine").rglob("*") if p.is_file()], "quarantined for the ledger's absence"
        assert not [p for p in (root / "work").rglob("*") if p.is_file()]
        assert seen_away, "the service never said the ledger was away"
        assert svc.ledger_away is None
    said = [r.getMessage() for r in caplog.records]
    assert sum("the ledger is unavailable" in m for m in said) == 1, "said once an outage"
    assert any("the ledger answers again" in m for m in said)


def test_a_nul_is_stored_as_a_replacement_character_on_every_engine(tmp_path):
    from sqlalchemy import text

    from storage.engine import make_engine, sqlite_url

    engine = make_engine(sqlite_url(tmp_path))
    with engine.begin() as c:
        c.execute(text("CREATE TABLE t (v TEXT)"))
        c.execute(text("INSERT INTO t VALUES (:v)"), {"v": "秘\x00密"})
        c.execute(text("INSERT INTO t VALUES (:v)"), [{"v": "a\x00"}, {"v": "b"}])
        assert [r[0] for r in c.execute(text("SELECT v FROM t"))] == ["秘\ufffd密", "a\ufffd", "b"]
        assert c.execute(text("SELECT count(*) FROM t WHERE v = :v"), {"v": "秘\x00密"}).scalar() == 1
    engine.dispose()


@pytest.mark.slow
def test_a_nul_in_a_sidecar_returns_the_document_on_postgresql_as_on_sqlite(pg_cluster, tmp_path):
    import json

    from flows.service import Service
    from flows.settings import load_settings

    url = pg_cluster.url(pg_cluster.create_database("probe14_nul"))
    root = tmp_path / "root"
    put(root, "办公室/密级.txt", APPROVE)
    (root / "inbox" / "办公室" / "密级.json").write_text(json.dumps({"密级": "秘\x00密", "公开属性": "主动\x00公开"}),
                                                        encoding="utf-8")
    svc = Service(load_settings(env={"GONGKAI_LEDGER_URL": url},
                                overrides={"root": str(root), "engine": "inline", "settle_seconds": 0.0,
                                           "sidecar_wait_seconds": 0.0, "watchdog": False}))
    try:
        out = svc.run(once=True)
    finally:
        svc.close()
    assert [o.decision for o in out] == ["return"], out
    assert (root / "returned" / "办公室" / "密级.txt").exists()
    assert not [p for p in (root / "quarantine").rglob("*") if p.is_file()]


def test_a_password_in_the_ledger_urls_query_is_never_printed(tmp_path):
    from flows.root import ConfigError, _hide_password, ledger_exists

    shown = _hide_password("postgresql+psycopg://gongkai@127.0.0.1:1/gk?password=S3cret!x&sslmode=require")
    assert "S3cret" not in shown and "password=***" in shown and "sslmode=require" in shown
    assert "S3cret" not in _hide_password("postgresql+psycopg://gongkai:S3cret@127.0.0.1/gk")
    for url in ("postgresql+nodriver://gongkai:S3cret@h/x", "postgresql+psycopg://gongkai:S3cret@[::1/gk",
                "postgresql+psycopg://gongkai@127.0.0.1:1/gk?password=S3cret&connect_timeout=2"):
        with pytest.raises(ConfigError) as e:
            ledger_exists(tmp_path, url)
        assert "S3cret" not in str(e.value), str(e.value)


def test_a_bad_ledger_url_is_exit_3_with_a_reason_not_a_traceback(tmp_path):
    import os

    env = dict(os.environ, GONGKAI_LEDGER_URL="postgresql+nodriver://gongkai:S3cret@h/x")
    for cmd in (["watch", "--root", str(tmp_path / "r"), "--once", "--engine", "inline", "--init"],
                ["users", "list", "--root", str(tmp_path / "r")]):
        p = subprocess.run([sys.executable, "-m", "flows.cli", *cmd], env=env, capture_output=True, text=True, timeout=120)
        assert p.returncode == 3, (cmd, p.stdout, p.stderr)
        assert "Traceback" not in p.stderr and "S3cret" not in p.stdout + p.stderr, p.stderr


@pytest.mark.slow
def test_files_dropped_while_the_ledger_is_away_are_claimed_when_it_answers_and_leave_no_empty_folders(tmp_path):
    """With the Prefect engine a claim that met the outage left an empty ``work/<claim>/`` folder, and a document with a
    sidecar was remembered as unclaimable (not tried again until it changed)."""
    import json

    from storage import Ledger

    root = tmp_path / "root"
    down = threading.Event()
    real = Ledger.begin_claims, Ledger.begin_claim

    def claims_then_down(self, *a, **kw):  # the outage begins just as the lot is claimed
        down.set()
        raise _outage()

    with running(settings(root, rescan_seconds=0.3)) as svc, ledger_down_while(down):
        Ledger.begin_claims = Ledger.begin_claim = claims_then_down
        try:
            (root / "inbox" / "办公室").mkdir(parents=True)
            (root / "inbox" / "办公室" / "乙.json").write_text(json.dumps({"拟稿人": "王某"}), encoding="utf-8")
            put(root, "办公室/乙.txt", APPROVE.replace("就业服务", "社会保险"))
            put(root, "办公室/甲.txt", APPROVE)
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and svc.ledger_away is None:
                time.sleep(0.1)
            assert svc.ledger_away is not None
        finally:
            Ledger.begin_claims, Ledger.begin_claim = real
        time.sleep(1.5)
        assert not _left_in_work(root), "a claim folder made while the ledger was away"
        down.clear()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not all((root / "approval" / n).exists() for n in ("甲.txt", "乙.txt")):
            time.sleep(0.1)
        assert sorted(p.name for p in (root / "approval").glob("*.txt")) == ["乙.txt", "甲.txt"]
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _left_in_work(root):  # the route's last step empties work/
            time.sleep(0.1)
        assert not _left_in_work(root)


def _left_in_work(root) -> list[str]:
    import os

    return [os.path.join(d, n) for d, dirs, files in os.walk(root / "work") for n in dirs + files]


# -- probe 15 (a fifth pass: the sweep mode, serve with the embedded Prefect, reports on PostgreSQL) ------------------


def test_a_nul_is_kept_out_of_json_columns_too(tmp_path):
    """PostgreSQL keeps the escape \\u0000 in a json value and then refuses to read it out as text: a sidecar's 不公开理由
    with a NUL, held in the result contract, stopped every monthly report that reached it."""
    import json

    from sqlalchemy import JSON, Column, Integer, MetaData, Table, select

    from storage.engine import make_engine, sqlite_url

    engine = make_engine(sqlite_url(tmp_path))
    t = Table("t", MetaData(), Column("id", Integer, primary_key=True), Column("v", JSON))
    t.metadata.create_all(engine)
    with engine.begin() as c:
        c.execute(t.insert(), {"id": 1, "v": {"不公开理由": "属内部事务\x00", "\x00": ["\x00"]}})
        raw = c.exec_driver_sql("SELECT v FROM t").scalar()
        assert "\\u0000" not in raw and "\x00" not in raw, raw
        assert c.execute(select(t.c.v)).scalar() == {"不公开理由": "属内部事务\ufffd", "\ufffd": ["\ufffd"]}
        assert json.loads(raw)["不公开理由"].endswith("\ufffd")
    engine.dispose()


@pytest.mark.slow
def test_a_nul_in_a_sidecars_reason_leaves_the_monthly_report_working_on_postgresql(pg_cluster, tmp_path):
    import json
    import os
    from datetime import date

    from flows.service import Service
    from flows.settings import load_settings

    url = pg_cluster.url(pg_cluster.create_database("probe15_monthly"))
    root = tmp_path / "root"
    (root / "inbox" / "办公室").mkdir(parents=True)
    (root / "inbox" / "办公室" / "通知.json").write_text(json.dumps({"公开属性": "依申请公开", "不公开理由": "属内部事务\x00"}),
                                                      encoding="utf-8")
    put(root, "办公室/通知.txt", APPROVE.replace("主动公开", "依申请公开"))
    svc = Service(load_settings(env={"GONGKAI_LEDGER_URL": url},
                                overrides={"root": str(root), "engine": "inline", "settle_seconds": 0.0,
                                           "sidecar_wait_seconds": 0.0, "watchdog": False}))
    try:
        assert len(svc.run(once=True)) == 1
    finally:
        svc.close()
    env = dict(os.environ, GONGKAI_LEDGER_URL=url)
    p = subprocess.run([sys.executable, "-m", "flows.cli", "report", "monthly", date.today().strftime("%Y-%m"), "--root",
                        str(root)], env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]


@pytest.mark.slow
def test_the_prefect_server_away_does_not_stop_the_service(tmp_path, caplog, monkeypatch):
    """``gongkai watch`` on a remote Prefect server (``PREFECT_API_URL``) died with httpx.ConnectError when that server
    restarted; it now waits it out as it waits out the ledger."""
    import httpx

    from flows.service import Service

    calls = {"n": 0}
    real = Service._run_batch

    def flaky(self, ready, resume):
        calls["n"] += 1
        if calls["n"] <= 2:  # the server restarting: the flow cannot even be created
            raise RuntimeError("flow run failed") from httpx.ConnectError("All connection attempts failed")
        return real(self, ready, resume)

    monkeypatch.setattr(Service, "_run_batch", flaky)
    root = tmp_path / "root"
    with running(settings(root, rescan_seconds=0.3)) as svc:
        put(root, "办公室/通知.txt", APPROVE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (root / "approval" / "通知.txt").exists():
            time.sleep(0.1)
        assert (root / "approval" / "通知.txt").exists(), sorted(str(p.relative_to(root)) for p in root.rglob("*"))
        assert not svc.stop.is_set() and svc.ledger_away is None
    said = [r.getMessage() for r in caplog.records]
    assert sum("the Prefect server is unreachable" in m for m in said) == 1
    assert any("the Prefect server answers again" in m for m in said)

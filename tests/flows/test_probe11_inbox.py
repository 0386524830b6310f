"""Probe 11 (an independent red-team's finding on the watch folder): a sparse file is not copied before its size is
checked."""

from __future__ import annotations

import os
import shutil

from test_probe8 import audit_engine, env, ready  # noqa: F401 — shared fixtures

from flows.intake import Intake


def test_a_sparse_file_over_the_limit_is_quarantined_uncopied(env, audit_engine):  # noqa: F811
    L, ledger, _ = env
    intake = Intake(L, ledger, ledger.register_worker(), audit_engine, settle=0.05, max_bytes=1 << 20)
    big = L.inbox / "办公室" / "大文件.pdf"
    big.parent.mkdir(parents=True, exist_ok=True)
    with open(big, "wb") as fh:
        fh.truncate(64 << 30)  # 64 GiB that take no disk
    free = shutil.disk_usage(L.root).free
    out = intake.process(intake.claim(ready(L, big)))
    assert out.route is not None and out.route.startswith("quarantine/"), out.route
    kept = L.root / out.route
    assert kept.stat().st_size == 64 << 30, "the file itself is quarantined, nothing lost"
    assert kept.stat().st_blocks * 512 < 1 << 20, "still sparse: moved, never copied"
    assert shutil.disk_usage(L.root).free > free - (256 << 20)
    assert out.decision == "error"
    contract = ledger.run_contract(out.run_id)
    assert "65536.0 MiB > [limits] max_bytes = 1.0 MiB" in str(contract) and "恶意构造" in str(contract), "said in Chinese and English"
    assert not any(p.name.endswith(".copying") for p in L.root.rglob("*"))


def test_a_full_number_in_a_name_is_masked_in_the_name_itself(env):  # noqa: F811
    """A path is recorded and shown as it is: a name holding a full ID or phone number is renamed in place, masked (as
    the API names its uploads), and its sidecar goes with it; no table of the ledger holds the number."""
    import json
    import sqlite3
    import time

    from test_probe8 import APPROVE

    from flows.inbox import InboxScanner

    L, ledger, intake = env
    (L.inbox / "办公室").mkdir(parents=True, exist_ok=True)
    name = "张三110105194912310026电话13912345678.txt"
    (L.inbox / "办公室" / name).write_text(APPROVE, encoding="utf-8")
    (L.inbox / "办公室" / f"{name}.json").write_text(json.dumps({"公开属性": "主动公开"}), encoding="utf-8")
    scanner = InboxScanner(L.inbox, settle=0.0, sidecar_wait=0.0)
    scanner.poll()
    ready_files, _ = scanner.poll(now=time.time() + 5)
    assert [r.path.name for r in ready_files] == ["张三110105＊＊＊＊＊＊＊＊0026电话139＊＊＊＊5678.txt"]
    assert [s.name for s in ready_files[0].sidecars] == ["张三110105＊＊＊＊＊＊＊＊0026电话139＊＊＊＊5678.txt.json"]
    out = intake.process(intake.claim(ready_files[0]))
    assert out.route is not None
    paths = [p.as_posix() for p in L.root.rglob("*")]
    assert not any("19491231" in p or "12345678" in p for p in paths)
    con = sqlite3.connect(L.root / "ledger.sqlite3")
    for (table,) in con.execute("select name from sqlite_master where type='table'"):
        for row in con.execute(f'select * from "{table}"'):
            assert "194912310026" not in str(row) and "13912345678" not in str(row), table

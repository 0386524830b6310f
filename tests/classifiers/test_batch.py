"""The batch survives its worst file: a time bound, a memory bound, a crashed worker, a stuck one."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from classifiers import batch
from extractors import Limits


@pytest.fixture()
def files(demo_inbox):
    paths = sorted(p for p in demo_inbox.rglob("*") if p.is_file() and p.suffix in (".docx", ".pdf") and not p.name.startswith("."))
    return [(str(p.relative_to(demo_inbox)), p) for p in paths]


def _decisions(results):
    return [(r.file, str(r.decision), sorted(f.code for f in r.findings)) for r in results]


def test_pool_keeps_order_and_matches_sequential(files, default_config):
    assert len(files) >= batch.POOL_MIN_FILES
    seq = batch.audit_many(files, default_config, jobs=1)
    par = batch.audit_many(files, default_config, jobs=2)
    assert _decisions(par) == _decisions(seq)
    assert all(r.document is not None for r in par if str(r.decision) != "error")


def _fake(behaviour: str):
    real = batch.audit_path

    def fake(path, config, **kw):
        if behaviour in Path(path).name or behaviour in str(kw.get("display", "")):
            if behaviour == "crash":
                os._exit(3)  # a segfault in a C library looks like this to the parent
            if behaviour == "stuck":
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # like a C call that never returns
                time.sleep(60)
            if behaviour == "slow":
                time.sleep(30)
            if behaviour == "greedy":
                bytearray(6 * 1024**3)
        return real(path, config, **kw)

    return fake


def _marked(files, tmp_path, word):
    out = list(files)
    target = tmp_path / f"{word} 文件.docx"
    target.write_bytes(files[0][1].read_bytes())
    out.insert(3, (f"{word} 文件.docx", target))
    return out


@pytest.mark.parametrize("word, error_code", [("crash", "hostile"), ("stuck", "timeout"), ("greedy", "hostile")])
def test_one_bad_file_costs_only_itself(monkeypatch, files, default_config, tmp_path, word, error_code):
    monkeypatch.setattr(batch, "audit_path", _fake(word))
    monkeypatch.setattr(batch, "WATCHDOG_GRACE", 1.0)
    items = _marked(files, tmp_path, word)
    t0 = time.monotonic()
    results = batch.audit_many(items, default_config, jobs=2, limits=Limits(seconds=1.0), mem_bytes=3 * 1024**3)
    assert time.monotonic() - t0 < 40
    assert [r.file for r in results] == [s for s, _ in items], "input order kept"
    bad = results[3]
    assert str(bad.decision) == "error" and bad.findings[0].subtype == error_code, bad.error
    others = [r for i, r in enumerate(results) if i != 3]
    assert _decisions(others) == _decisions(batch.audit_many(files, default_config, jobs=1))


def test_time_bound_in_process(monkeypatch, files, default_config, tmp_path):
    monkeypatch.setattr(batch, "audit_path", _fake("slow"))
    items = _marked(files[:2], tmp_path, "slow")
    t0 = time.monotonic()
    res = batch.audit_many(items, default_config, jobs=1, limits=Limits(seconds=0.5))
    assert time.monotonic() - t0 < 10
    slow = [r for r in res if r.file.startswith("slow")][0]
    assert slow.findings[0].subtype == "timeout" and "超时" in slow.error

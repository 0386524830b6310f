"""Scale-out with the ledger in PostgreSQL: migrations on start, two service processes, every file once."""

from __future__ import annotations

import signal
import time
from collections import Counter

import pytest

from watch_helpers import drop, make_corpus, routed_files, service_config, service_process

pytestmark = pytest.mark.slow


def test_two_services_on_postgres_ledger(postgres_url, tmp_path):
    from storage import Ledger
    from storage.migrate import HEAD, current

    corpus = make_corpus(tmp_path / "corpus", 80, 20, seed=13)
    root = tmp_path / "root"
    (root / "inbox").mkdir(parents=True)
    cfg = service_config(tmp_path / "gongkai.toml", engine="inline", concurrency=2, batch_max=8, shared_root=True)
    env = {"GONGKAI_LEDGER_URL": postgres_url}
    procs = [service_process(root, "--config", str(cfg), env=env, log=tmp_path / f"s{i}.log") for i in range(2)]
    try:
        time.sleep(3)
        for i, src in enumerate(corpus):
            drop(src, root / "inbox", ["办公室", None][i % 2], atomic=True)
            time.sleep(0.01)
        end = time.monotonic() + 180
        while time.monotonic() < end and len(routed_files(root)) < len(corpus):
            time.sleep(0.5)
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        codes = [p.wait(60) for p in procs]
    logs = "\n".join((tmp_path / f"s{i}.log").read_text(encoding="utf-8", errors="replace")[-2000:] for i in range(2))
    assert codes == [0, 0], logs
    names = Counter(f.name for f in routed_files(root))
    assert sorted(names) == sorted(s.name for s in corpus) and set(names.values()) == {1}, logs
    assert not (root / "ledger.sqlite3").exists(), "the ledger is in PostgreSQL, not under the root"
    ledger = Ledger(postgres_url)
    assert current(ledger.engine) == HEAD
    c = ledger.counts()
    per_worker = Counter(cl.worker_id for cl in ledger.claims("routed"))
    ledger.close()
    assert c["claims_routed"] == len(corpus) and c["runs"] == len(corpus) and c["open_moves"] == 0
    assert c["documents"] == 80 and c["duplicates"] == 20
    print(f"\npostgres: files per service {sorted(per_worker.values())}")

"""Kill -9 the service at random instants while files arrive; restart; nothing lost, nothing twice.

Sized for CI (~2–3 minutes on 2 cores): 300 files (240 distinct 公文 + 60 byte-identical
resubmissions), some in 科室 subfolders, half published by temp-name-then-rename and half written
in place in chunks, arriving over ~35 s while the service is killed every 0.3–2.5 s. Engine: the
same steps without Prefect (each restart of an embedded Prefect costs 11–20 s; the claim, move and
recovery code under test is the same for both engines).
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time

import pytest

from watch_helpers import drop, make_corpus, routed_files, service_config, service_process

pytestmark = pytest.mark.slow

N_UNIQUE, N_DUP = 240, 60
SECTIONS = [None, "办公室", "养老保险科", "就业促进科"]


def whereabouts(root, missing: list[str], log) -> str:
    """Where the files that never reached a route folder are: every path under the root and every claim row."""
    from storage import Ledger

    lines = []
    ledger = Ledger.for_root(root)
    try:
        claims = ledger.claims()
    finally:
        ledger.close()
    for name in missing[:5]:
        stem = name.rsplit(".", 1)[0]
        lines.append(f"missing {name}:")
        lines += [f"  path {p.relative_to(root)}" for p in root.rglob("*") if stem in p.name]
        lines += [f"  claim {c.id} {c.state} {c.source} worker {c.worker_id}" for c in claims if stem in c.source]
        text = log.read_text(encoding="utf-8", errors="replace")
        lines += [f"  log {line[:300]}" for line in text.splitlines() if stem in line][-20:]
    return "\n".join(lines)


def test_kill_9_at_random_moments_loses_nothing_routes_nothing_twice(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", N_UNIQUE, N_DUP)
    root = tmp_path / "root"
    inbox = root / "inbox"
    inbox.mkdir(parents=True)
    cfg = service_config(tmp_path / "gongkai.toml", engine="inline", concurrency=2)
    rnd = random.Random(2026)
    order = corpus[:]
    rnd.shuffle(order)

    def dropper():
        r = random.Random(1)
        for i, src in enumerate(order):
            drop(src, inbox, SECTIONS[i % len(SECTIONS)], atomic=i % 2 == 0)
            time.sleep(r.uniform(0.03, 0.2))

    th = threading.Thread(target=dropper)
    th.start()
    kills = 0
    log = tmp_path / "service.log"
    while th.is_alive():
        p = service_process(root, "--config", str(cfg), log=log)
        time.sleep(rnd.uniform(0.3, 2.5))
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        kills += 1
    th.join()
    # a last, undisturbed service finishes the work, then stops cleanly on SIGTERM
    p = service_process(root, "--config", str(cfg), log=log)
    end = time.monotonic() + 240
    while time.monotonic() < end and len(routed_files(root)) < len(corpus):
        time.sleep(0.5)
    time.sleep(1.0)
    p.send_signal(signal.SIGTERM)
    assert p.wait(60) == 0, log.read_text(encoding="utf-8", errors="replace")[-3000:]

    routed = routed_files(root)
    names = sorted(f.name for f in routed)
    print(f"\ncrash test: {len(corpus)} files, {kills} kill -9, {len(routed)} routed")
    assert names == sorted(s.name for s in corpus), "every file routed once, under its own name\n" + whereabouts(
        root, sorted(set(s.name for s in corpus) - set(names)), log)
    assert not [f for f in inbox.rglob("*") if f.is_file()], "nothing left in the inbox"
    assert not [f for f in (root / "work").rglob("*") if f.is_file()], "nothing left in the working area"

    from storage import Ledger

    ledger = Ledger.for_root(root)
    c = ledger.counts()
    ledger.close()
    assert c["claims_routed"] == len(corpus) and c.get("claims_claimed", 0) == 0 and c.get("claims_audited", 0) == 0
    assert c["open_moves"] == 0
    assert c["runs"] == len(corpus), "one audit run per routed file: no file audited twice into the ledger"
    assert c["documents"] == N_UNIQUE and c["duplicates"] == N_DUP
    assert kills >= 10


@pytest.mark.prefect
def test_kill_9_of_the_prefect_engine_then_restart(prefect_harness, tmp_path):
    """The same guarantee with the Prefect engine (shared server): runs crashed by kill -9 leave no trace
    in the routes; the next service finishes their claims from the ledger, not from Prefect state."""
    corpus = make_corpus(tmp_path / "corpus", 50, 10, seed=5)
    root = tmp_path / "root"
    inbox = root / "inbox"
    inbox.mkdir(parents=True)
    cfg = service_config(tmp_path / "gongkai.toml", engine="prefect", concurrency=2)
    env = {"PREFECT_API_URL": prefect_harness, "PREFECT_LOGGING_LEVEL": "ERROR", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    rnd = random.Random(3)
    log = tmp_path / "service.log"
    kills = 0

    def dropper():
        for i, src in enumerate(corpus):
            drop(src, inbox, SECTIONS[i % len(SECTIONS)], atomic=i % 2 == 0)
            time.sleep(0.4)  # arrivals over ~25 s

    th = threading.Thread(target=dropper)
    th.start()
    while th.is_alive():
        p = service_process(root, "--config", str(cfg), env=env, log=log)
        time.sleep(rnd.uniform(3.0, 7.0))  # Prefect import + warm-up take ~3–4 s
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        kills += 1
    th.join()
    p = service_process(root, "--config", str(cfg), env=env, log=log)
    end = time.monotonic() + 180
    while time.monotonic() < end and len(routed_files(root)) < len(corpus):
        time.sleep(0.5)
    time.sleep(1.0)
    p.send_signal(signal.SIGTERM)
    assert p.wait(60) == 0, log.read_text(encoding="utf-8", errors="replace")[-3000:]
    names = sorted(f.name for f in routed_files(root))
    assert names == sorted(s.name for s in corpus), "every file routed once, under its own name\n" + whereabouts(
        root, sorted(set(s.name for s in corpus) - set(names)), log)

    from storage import Ledger

    ledger = Ledger.for_root(root)
    c = ledger.counts()
    ledger.close()
    assert c["claims_routed"] == len(corpus) and c["runs"] == len(corpus) and c["open_moves"] == 0
    assert c["documents"] == 50 and c["duplicates"] == 10
    print(f"\nprefect crash test: {len(corpus)} files, {kills} kill -9, {len(names)} routed")
    assert kills >= 3

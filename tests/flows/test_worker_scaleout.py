"""Scale-out for real: the README's process-work-pool path with real processes, one worker killed mid-run.

A throw-away PostgreSQL cluster holds the Prefect server's database and the ledger. The test runs
exactly the README's commands as subprocesses: ``prefect server start`` (loopback, free port,
analytics off, ``PREFECT_HOME`` in a temporary folder), ``prefect work-pool create gongkai --type
process``, ``python -m flows.sweep deploy …``, two ``prefect worker start --pool gongkai --limit 1``
and ``prefect deployment run inbox-sweep/inbox-sweep``. 200 sample 公文 (docx, pdf, OFD, txt, OA
sidecars, byte-identical duplicates, unreadable files) are dropped; while one worker's sweep holds
claims, that worker is killed with SIGKILL — its process group and those of the flow run it started
(Prefect 3.9's process worker starts each flow run in a session of its own, so killing the worker's
group alone would leave the run going; a lost machine takes both). A later sweep adopts the dead
claims. Every file must end in exactly one route folder with one routed claim, nothing in inbox/
or work/, no claim or move left open.

The figures printed (``-s``): wall time for the pool; with ``GONGKAI_SCALEOUT_BASELINE=1`` also for one
in-process sweep of the same 200 files (about 80 s more, so CI leaves it out).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from pg_cluster import free_port
from watch_helpers import routed_files

pytestmark = pytest.mark.slow

FILES = 200
DEADLINE = 8 * 60  # seconds from the first sweep to every file routed
PREFECT = str(Path(sys.executable).parent / "prefect")
DEPARTMENTS = ("办公室", "就业促进科", "养老保险科", None)


# -- the corpus ---------------------------------------------------------------------------------
def mixed_corpus(folder: Path, n: int, seed: int = 2611) -> list[Path]:
    """``n`` sample 公文 as the office sends them: mostly docx, some pdf, OFD and txt, a few with OA sidecars,
    byte copies of earlier files and unreadable ones. Returns the documents (sidecars sit beside them)."""
    import json
    from dataclasses import replace

    from samples.content import ARCHETYPES, mark
    from samples.docx_writer import write_docx
    from samples.fake import Faker
    from samples.ofd_writer import write_ofd
    from samples.pdf_writer import write_pdf
    from samples.txt_writer import write_txt

    f, rnd = Faker(seed), random.Random(seed)
    kinds = sorted(ARCHETYPES)
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    for i in range(n):
        stem = f"{i:04d}"
        slot = i % 20
        if slot == 19 and out:  # a second delivery of the same bytes under another name
            src = out[rnd.randrange(len(out))]
            out.append(Path(shutil.copy(src, folder / f"{stem}-重复{src.suffix}")))
            continue
        if slot == 13:  # unreadable: cut in half
            whole = write_docx(mark(ARCHETYPES["duty_notice"](f), "依申请公开"), folder / f"{stem}.docx")
            whole.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
            out.append(whole.rename(folder / f"{stem}-截断.docx"))
            continue
        spec = ARCHETYPES[kinds[i % len(kinds)]](f)
        attr = rnd.choice(["主动公开", "依申请公开", "不予公开", None])
        spec = replace(mark(spec, attr, rnd.choice(["note", "record"])), doc_number=f"卫人社发〔2026〕{2000 + i}号")
        name = f"{stem}-{spec.title[:14]}"
        if slot in (3, 9, 16):
            p = write_pdf(spec, folder / f"{name}.pdf")
        elif slot == 6:
            p = write_ofd(spec, folder / f"{name}.ofd")
        elif slot == 11:
            p = write_txt(spec, folder / f"{name}.txt")
        else:
            p = write_docx(spec, folder / f"{name}.docx")
        if slot == 1:  # the OA form travels beside the document
            form = {"公开属性": attr or "主动公开", "承办科室": "办公室", "发文字号": spec.doc_number, "密级": "无"}
            p.with_suffix(".json").write_text(json.dumps(form, ensure_ascii=False), encoding="utf-8")
        out.append(p)
    return out


def drop_all(corpus: list[Path], inbox: Path) -> None:
    """Publish every file as OA does (temp name, then rename), into inbox/<科室>/; sidecars first."""
    for i, src in enumerate(corpus):
        dept = DEPARTMENTS[i % len(DEPARTMENTS)]
        folder = inbox / dept if dept else inbox
        folder.mkdir(parents=True, exist_ok=True)
        side = src.with_suffix(".json")
        for p in ([side] if side.exists() else []) + [src]:
            tmp = folder / f".{p.name}.tmp"
            shutil.copyfile(p, tmp)
            os.rename(tmp, folder / p.name)


# -- processes ----------------------------------------------------------------------------------
def clean_env(**extra: str) -> dict[str, str]:
    """This environment without any PREFECT_* / GONGKAI_* setting of the test session, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "GONGKAI_"))}
    env.update(PYTHONUNBUFFERED="1", PREFECT_LOGGING_LEVEL="WARNING", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    env.update(extra)
    return env


def start(cmd: list[str], env: dict[str, str], log: Path, cwd: Path) -> subprocess.Popen:
    """A child in its own session (killed by group), output to ``log``."""
    out = open(log, "ab")
    return subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=cwd, start_new_session=True)


def run(cmd: list[str], env: dict[str, str], cwd: Path, timeout: float = 120) -> str:
    """A CLI command to completion; fails the test with its output when it fails."""
    p = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert p.returncode == 0, f"{' '.join(cmd)} → {p.returncode}\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}"
    return p.stdout


def children() -> dict[int, list[int]]:
    """Parent pid → child pids, from /proc."""
    kids: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(d.name))
    return kids


def tree(pid: int, kids: dict[int, list[int]] | None = None) -> list[int]:
    """``pid`` and all its descendants."""
    kids, out, todo = kids if kids is not None else children(), [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting to be reaped counts as gone)."""
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()
    except OSError:
        return False


def signal_tree(pid: int, sig: int) -> list[int]:
    """Send ``sig`` to ``pid``'s process group and the group of every descendant (flow runs get their own)."""
    pids = tree(pid)
    groups = set()
    for p in pids:
        try:
            groups.add(os.getpgid(p))
        except ProcessLookupError:
            pass
    for g in groups | {pid}:
        try:
            os.killpg(g, sig)
        except (ProcessLookupError, PermissionError):
            pass
    return pids


def kill_tree(pid: int) -> list[int]:
    """SIGKILL ``pid``'s process group and the group of every descendant."""
    return signal_tree(pid, signal.SIGKILL)


def stop(proc: subprocess.Popen, sig: int = signal.SIGINT, grace: float = 15.0) -> None:
    """Ask a child (and its descendants) to stop, then SIGKILL whatever is left of its tree."""
    pids = tree(proc.pid)
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            pass
    for p in pids:  # orphans (a flow run whose worker is gone) included
        try:
            os.killpg(os.getpgid(p), signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        pass


def wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 180) -> float:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        assert proc.poll() is None, f"prefect server exited {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}"
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                if r.status == 200:
                    return time.monotonic() - t0
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"prefect server not healthy after {timeout} s:\n{log.read_text(errors='replace')[-3000:]}")


def tail(*logs: Path, n: int = 2500) -> str:
    return "\n".join(f"--- {p.name}\n" + p.read_text(errors="replace")[-n:] for p in logs if p.exists())


# -- the ledger, seen from outside ---------------------------------------------------------------
def ledger_state(ledger) -> tuple[dict[str, int], list, dict[int, int]]:
    """(counts, open claims as (claim id, worker id, pid holding it), routed claims per holding pid)."""
    from sqlalchemy import func, select

    from storage.models import ClaimRow, WorkerRow

    with ledger.session() as s:
        rows = s.execute(select(ClaimRow.id, ClaimRow.worker_id, WorkerRow.pid)
                         .join(WorkerRow, WorkerRow.id == ClaimRow.worker_id)
                         .where(ClaimRow.state.in_(("claimed", "audited")))).all()
        routed = dict(s.execute(select(WorkerRow.pid, func.count()).join(ClaimRow, ClaimRow.worker_id == WorkerRow.id)
                                .where(ClaimRow.state == "routed").group_by(WorkerRow.pid)).all())
    return ledger.counts(), [tuple(r) for r in rows], routed


def timeline(ledger, t0: datetime) -> list[str]:
    """One line per sweep (ledger worker): when it started, claimed first, routed last, how many files."""
    from sqlalchemy import and_, func, select

    from storage.models import ClaimRow, WorkerRow

    with ledger.session() as s:
        rows = s.execute(select(WorkerRow.pid, WorkerRow.started_at, WorkerRow.stopped_at, func.min(ClaimRow.claimed_at),
                                func.max(ClaimRow.routed_at), func.count(ClaimRow.id))
                         .join(ClaimRow, and_(ClaimRow.worker_id == WorkerRow.id, ClaimRow.state == "routed"), isouter=True)
                         .group_by(WorkerRow.id).order_by(WorkerRow.started_at)).all()

    def at(t: datetime | None) -> str:
        return f"{(t - t0).total_seconds():+.0f}s" if t else "-"

    return [f"sweep pid {pid}: started {at(st)}, first claim {at(c0)}, last routed {at(r1)}, {n} file(s), stopped {at(sp)}"
            for pid, st, sp, c0, r1, n in rows]


def test_process_work_pool_routes_every_file_once_when_a_worker_is_killed(pg_cluster, tmp_path):
    from storage import Ledger

    corpus = mixed_corpus(tmp_path / "corpus", FILES)
    assert len(corpus) == FILES
    kinds = Counter(p.suffix for p in corpus)
    root, home = tmp_path / "root", tmp_path / "prefect-home"
    (root / "inbox").mkdir(parents=True)
    home.mkdir()
    cfg = tmp_path / "gongkai.toml"
    # one audit process per sweep (a worker machine with one core to spare); small batches so that
    # two sweeps keep finding work side by side
    cfg.write_text("[service]\nsettle_seconds = 0.3\nsidecar_wait_seconds = 0.5\nconcurrency = 1\nbatch_max = 10\n"
                   "heartbeat_seconds = 2.0\nartifacts = false\nshared_root = true\n", encoding="utf-8")
    db_prefect = pg_cluster.create_database("prefect_scaleout")
    db_ledger = pg_cluster.create_database("gongkai_scaleout")
    ledger_url = pg_cluster.url(db_ledger)
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    client_env = clean_env(PREFECT_API_URL=api, PREFECT_HOME=str(home))
    worker_env = clean_env(PREFECT_API_URL=api, PREFECT_HOME=str(home), GONGKAI_LEDGER_URL=ledger_url,
                           PREFECT_WORKER_QUERY_SECONDS="2")
    logs = {k: tmp_path / f"{k}.log" for k in ("server", "worker0", "worker1")}
    server = workers = ledger = None
    figures: dict[str, float] = {}
    try:
        # 1. the server, its database in PostgreSQL (the README's command, on loopback)
        server = start([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"],
                       clean_env(PREFECT_HOME=str(home), PREFECT_API_DATABASE_CONNECTION_URL=pg_cluster.url(db_prefect, "asyncpg")),
                       logs["server"], tmp_path)
        figures["server_ready_s"] = wait_healthy(api, server, logs["server"])

        # 2. the pool, the deployment, two workers
        run([PREFECT, "work-pool", "create", "gongkai", "--type", "process"], client_env, tmp_path)
        workers = [start([PREFECT, "worker", "start", "--pool", "gongkai", "--limit", "1", "--name", f"w{i}"],
                         worker_env, logs[f"worker{i}"], tmp_path) for i in range(2)]
        run([sys.executable, "-m", "flows.sweep", "deploy", "--root", str(root), "--pool", "gongkai", "--every", "60",
             "--config", str(cfg)], client_env, tmp_path)

        # 3. 200 files, then two sweeps (one per worker: --limit 1)
        drop_all(corpus, root / "inbox")
        t0, t0_wall = time.monotonic(), datetime.now()
        both = [subprocess.Popen([PREFECT, "deployment", "run", "inbox-sweep/inbox-sweep"], env=client_env, cwd=tmp_path,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2)]
        assert [b.wait(120) for b in both] == [0, 0], [b.stderr.read()[-2000:] for b in both]

        # 4. kill a worker whose sweep holds claims — once both sweeps have routed files and 40 % are
        #    through (half, if the second sweep is slow to start on a busy machine)
        victim = None
        while victim is None:
            assert time.monotonic() - t0 < DEADLINE, "no sweep ever held claims\n" + tail(*logs.values())
            for w in workers:
                assert w.poll() is None, "a worker exited\n" + tail(*logs.values())
            if ledger is None:
                try:
                    ledger = Ledger(ledger_url, migrate_on_start=False)
                    ledger.counts()
                except Exception:  # noqa: BLE001 — the first sweep has not created the schema yet
                    ledger = None
                    time.sleep(1)
                    continue
            counts, open_rows, routed_by = ledger_state(ledger)
            kids = children()
            trees = [set(tree(w.pid, kids)) for w in workers]
            working = [i for i, t in enumerate(trees) if any(n for pid, n in routed_by.items() if pid in t)]
            done = counts.get("claims_routed", 0)
            if open_rows and (len(working) == 2 and done >= FILES * 2 // 5 or done >= FILES // 2):
                holders = {pid for _c, _w, pid in open_rows}
                for w, t in zip(workers, trees):
                    if holders & t:
                        # freeze the tree first, then look again: a claim seen a moment ago may have been
                        # routed since, and a worker killed with no claim in hand exercises no recovery
                        frozen = signal_tree(w.pid, signal.SIGSTOP)
                        time.sleep(0.3)  # a COMMIT already sent lands on the server
                        if {pid for _c, _w, pid in ledger_state(ledger)[1]} & set(frozen):
                            victim, killed = w, kill_tree(w.pid)
                        else:
                            signal_tree(w.pid, signal.SIGCONT)
                        break
            time.sleep(0.3)
        figures["killed_at_s"] = time.monotonic() - t0
        figures["killed_routed"] = done
        victim.wait(10)
        time.sleep(0.5)
        assert not [p for p in killed if alive(p)], "the killed worker's processes must be gone"
        # the claims the dead sweep held (read after the kill: nothing can move them now)
        held = [(c, wid) for c, wid, pid in ledger_state(ledger)[1] if pid in set(killed)]
        assert held, "the worker was killed between two lots (no claim in hand); recovery was not exercised"
        dead_ids = {wid for _c, wid in held}
        # a new sweep on the surviving worker adopts the dead sweep's claims
        run([PREFECT, "deployment", "run", "inbox-sweep/inbox-sweep"], client_env, tmp_path)

        # 5. wait until every file is routed and nothing is open
        survivor = next(w for w in workers if w is not victim)
        while True:
            counts, open_rows, _ = ledger_state(ledger)
            inbox_left = [p for p in (root / "inbox").rglob("*") if p.is_file()]
            if counts.get("claims_routed", 0) >= FILES and not open_rows and not inbox_left and counts["open_moves"] == 0:
                break
            assert survivor.poll() is None, "the surviving worker exited\n" + tail(*logs.values())
            assert time.monotonic() - t0 < DEADLINE, (f"not done after {DEADLINE} s: {counts}, open {len(open_rows)}, "
                                                      f"inbox {len(inbox_left)}\n" + tail(*logs.values()))
            time.sleep(1)
        figures["pool_s"] = time.monotonic() - t0

        # 6. every file exactly once: folders and ledger
        names = Counter(f.name for f in routed_files(root))
        expected = Counter(p.name for p in corpus)
        assert names == expected, (f"missing {sorted((expected - names).elements())[:10]}, "
                                   f"twice {sorted((names - expected).elements())[:10]}")
        sidecars = Counter(f.name for d in ("approval", "returned", "escalated", "quarantine") for f in (root / d).rglob("*.json"))
        assert sidecars == Counter(p.with_suffix(".json").name for p in corpus if p.with_suffix(".json").exists()), \
            "each OA sidecar travels with its document, once"
        assert not [p for p in (root / "work").rglob("*") if p.is_file()], "nothing may stay in work/"
        claims = ledger.claims("routed")
        sources = Counter(c.source for c in claims)
        assert len(claims) == FILES and set(sources.values()) == {1}, "one routed claim per file"
        docs = {c.source.rsplit("/", 1)[-1] for c in claims}
        assert docs == {p.name for p in corpus}
        counts = ledger.counts()
        assert counts["runs"] == FILES, "each file audited and recorded once (adopted claims reuse their record)"
        assert counts.get("claims_claimed", 0) == 0 and counts.get("claims_audited", 0) == 0 and counts["open_moves"] == 0
        adopted = [c for c in claims if c.id in {cid for cid, _w in held}]
        assert held and len(adopted) + counts.get("claims_aborted", 0) >= len(held), "the killed sweep's claims were recovered"
        assert not {c.worker_id for c in adopted} & dead_ids, "recovered claims belong to the sweep that adopted them"
        per_worker = Counter(c.worker_id for c in claims)
        lines = timeline(ledger, t0_wall)

        # 7. for comparison (GONGKAI_SCALEOUT_BASELINE=1): the same files through one sweep in one process
        for w in workers:
            kill_tree(w.pid)
            w.wait(10)
        if os.environ.get("GONGKAI_SCALEOUT_BASELINE") == "1":
            base_root = tmp_path / "baseline"
            (base_root / "inbox").mkdir(parents=True)
            drop_all(corpus, base_root / "inbox")
            db_base = pg_cluster.create_database("gongkai_scaleout_base")
            code = (f"from flows.sweep import inbox_sweep; n = inbox_sweep(root={str(base_root)!r}, config={str(cfg)!r}); "
                    f"assert n == {FILES}, n")
            t1 = time.monotonic()
            p = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=DEADLINE,
                               env=clean_env(PREFECT_API_URL=api, PREFECT_HOME=str(home), GONGKAI_LEDGER_URL=pg_cluster.url(db_base)))
            figures["one_sweep_s"] = time.monotonic() - t1
            assert p.returncode == 0, p.stderr[-3000:]
        print(f"\nscale-out: {FILES} files ({dict(kinds)}), process pool of 2 workers, one SIGKILLed after "
              f"{figures['killed_at_s']:.0f} s with {figures['killed_routed']} routed and {len(held)} claim(s) in hand: "
              f"all routed once in {figures['pool_s']:.0f} s; files per sweep {sorted(per_worker.values())}; "
              f"server ready in {figures['server_ready_s']:.0f} s")
        print("\n".join(f"scale-out:   {ln}" for ln in lines))
        if "one_sweep_s" in figures:
            print(f"scale-out: one in-process sweep, same files: {figures['one_sweep_s']:.0f} s; "
                  f"pool/one-sweep ratio {figures['pool_s'] / figures['one_sweep_s']:.2f}")
    finally:
        if ledger is not None:
            ledger.close()
        for w in workers or []:
            kill_tree(w.pid)
            w.wait(10)
        if server is not None:
            stop(server, signal.SIGTERM, grace=20)

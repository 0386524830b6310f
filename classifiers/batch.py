"""Audit many files: in-process for a few, a fork pool over both cores for a batch.

Bounds, so one hostile file can neither hang nor crash the batch:

* **time** — each file runs under a wall-clock alarm (SIGALRM → ``ExtractionTimeout``), which fires
  in Python code; a worker stuck inside a C library ignores it, so the parent also keeps a watchdog:
  a file still running after ``2 × Limits.seconds + 10 s`` gets ``ExtractionTimeout`` and the pool's
  workers are killed and replaced (the other files in flight are simply run again);
* **memory** — each worker has an address-space limit (``RLIMIT_AS``, ``[limits] memory_mb``,
  default 1536 MiB); a ``MemoryError`` becomes ``HostileDocument``. Files audited in-process (one
  file, ``--jobs 1``) run inside a *guarded section*: the same soft limit is set on this process
  for the audit and restored after (``address_space_limit``) — no fork for a single file, and the
  bound still holds;
* **crashes** — a worker that dies (segfault, OOM kill) breaks the pool; the files that were in
  flight are re-run one by one in a single-worker pool, so only the file that kills its worker
  comes back ``UNREADABLE``.

At most ``2 × jobs`` files are in flight at once (one running and one queued per worker), which keeps
both cores busy while the watchdog still knows roughly when each file started. Results keep the
input order. Pool start with ``fork`` costs ≈ 11 ms (``spawn`` ≈ 360 ms), so it is used only when
there are enough files.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

from extractors.errors import ExtractionError, ExtractionTimeout, HostileDocument
from extractors.registry import Limits

from .audit import audit_path, unreadable
from .config import Config
from .model import AuditResult

#: Below this many files a pool costs more than it saves.
POOL_MIN_FILES = 8
#: Extra seconds the watchdog allows beyond twice the per-file bound before killing workers.
WATCHDOG_GRACE = 10.0


@contextmanager
def time_bound(seconds: float) -> Iterator[None]:
    """Raise ``ExtractionTimeout`` in this (main) thread after ``seconds``; no-op elsewhere."""
    import threading

    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):  # noqa: ARG001
        raise ExtractionTimeout(detail=f"over {seconds:g} s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@contextmanager
def address_space_limit(memory_mb: int) -> Iterator[None]:
    """A guarded section: this process's address space (soft ``RLIMIT_AS``) bounded, restored after.

    The bound is ``memory_mb``. It is meant for a fresh process (``gongkai audit FILE``): a process
    that already maps more than half of it (a test runner, a long-lived caller with many threads, whose
    glibc arenas and thread stacks reserve address space in large steps) is left unbounded here, since
    any bound would fail its ordinary allocations; such callers audit through a worker pool, whose
    workers carry the bound. A ``MemoryError`` inside is the caller's to turn into a typed error.
    No-op for 0 or off Linux.
    """
    if memory_mb <= 0:
        yield
        return
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    except (ImportError, OSError, ValueError):
        yield
        return
    want = memory_mb * 2**20
    if _mapped_bytes() > want // 2:
        yield  # already big: not a fresh single-file audit (see above)
        return
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    if soft != resource.RLIM_INFINITY and soft <= want:
        yield  # already bounded at least as tightly
        return
    resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _mapped_bytes() -> int:
    """This process's current address-space size (VmSize), 0 when unknown."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def audit_one(shown: str, path: Path, config: Config, department: str | None = None, limits: Limits | None = None) -> AuditResult:
    """``audit_path`` under the per-file time bound (limits: the given ones, else ``[limits]``)."""
    limits = limits or config["limits"]
    try:
        with time_bound(limits.seconds):
            return audit_path(path, config, department=department, limits=limits, display=shown)
    except ExtractionError as e:  # the timeout fires outside extract()'s own handling
        return unreadable(shown, e)


def audit_guarded(shown: str, path: Path, config: Config, department: str | None = None,
                  limits: Limits | None = None) -> AuditResult:
    """``audit_one`` in this process inside the address-space guard; running out is ``HostileDocument``."""
    limits = limits or config["limits"]
    try:
        with address_space_limit(limits.memory_mb):
            return audit_one(shown, path, config, department, limits)
    except MemoryError:
        return unreadable(shown, memory_exceeded(limits))


def memory_exceeded(limits: Limits) -> HostileDocument:
    """The typed error for a file that needed more than ``[limits] memory_mb``."""
    return HostileDocument(detail=f"memory bound exceeded ([limits] memory_mb = {limits.memory_mb})",
                           zh=f"文件处理所需内存超过上限（{limits.memory_mb} MB），疑似恶意构造，已隔离",
                           en=f"the file needed more memory than the {limits.memory_mb} MB limit (hostile structure?)")


_WORKER_CONFIG: Config | None = None
_WORKER_LIMITS: Limits | None = None


def _init_worker(config: Config, limits: Limits, mem_bytes: int) -> None:
    """Fork-pool worker set-up: configuration, Ctrl-C left to the parent, the address-space bound."""
    global _WORKER_CONFIG, _WORKER_LIMITS
    _WORKER_CONFIG, _WORKER_LIMITS = config, limits
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if mem_bytes > 0:
        import resource

        # a forked worker starts as a copy of its parent's address space (a long-lived or test process
        # may already map more than the bound): the bound is on what the audit adds to that
        want = _mapped_bytes() + mem_bytes
        resource.setrlimit(resource.RLIMIT_AS, (want, want))


def _work(item: tuple[str, str, str | None]) -> AuditResult:
    """One file in a worker; the frozen result is pickled back whole, so nothing is lost on the way."""
    shown, path, dept = item
    try:
        return audit_one(shown, Path(path), _WORKER_CONFIG, dept, _WORKER_LIMITS)  # type: ignore[arg-type]
    except MemoryError:
        return unreadable(shown, memory_exceeded(_WORKER_LIMITS or Limits()))


def audit_many(files: Sequence[tuple[str, Path]], config: Config, *, jobs: int = 0,
               departments: Sequence[str | None] | None = None, limits: Limits | None = None,
               mem_bytes: int | None = None) -> list[AuditResult]:
    """Audit ``files`` ((shown name, path) pairs); a fork pool when there are enough of them.

    Memory: ``mem_bytes`` (default ``[limits] memory_mb``) bounds each pool worker; in-process
    audits run inside ``address_space_limit``.
    """
    limits = limits or config["limits"]
    if mem_bytes is None:
        mem_bytes = limits.memory_mb * 2**20
    depts = list(departments) if departments is not None else [None] * len(files)
    if jobs <= 0:
        jobs = min(os.cpu_count() or 1, 2) if len(files) >= POOL_MIN_FILES else 1
    if jobs == 1 or len(files) < 2:
        return [audit_guarded(s, p, config, d, limits) for (s, p), d in zip(files, depts)]
    items = [(s, str(p), d) for (s, p), d in zip(files, depts)]
    results = _run_pool(items, jobs, config, limits, mem_bytes)
    return [r for r in results if r is not None]


def _kill_workers(ex: ProcessPoolExecutor) -> None:
    for p in list((getattr(ex, "_processes", None) or {}).values()):  # no public API to stop one worker
        try:
            p.kill()
        except (OSError, AttributeError):
            pass


def _run_pool(items: list[tuple[str, str, str | None]], jobs: int, config: Config, limits: Limits,
              mem_bytes: int) -> list[AuditResult | None]:
    """Run ``items`` over ``jobs`` forked workers with the watchdog; isolate the files that kill one."""
    ctx = mp.get_context("fork")
    results: list[AuditResult | None] = [None] * len(items)
    queue: deque[int] = deque(range(len(items)))
    hard = 2 * limits.seconds + WATCHDOG_GRACE
    while queue:
        ex = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker, initargs=(config, limits, mem_bytes))
        inflight: dict = {}
        suspects: list[int] = []
        try:
            while queue or inflight:
                while queue and len(inflight) < 2 * jobs:
                    i = queue.popleft()
                    inflight[ex.submit(_work, items[i])] = (i, time.monotonic())
                done, _ = wait(list(inflight), timeout=min(1.0, hard), return_when=FIRST_COMPLETED)
                for fut in done:
                    i, _t0 = inflight.pop(fut)
                    try:
                        results[i] = fut.result()
                    except BrokenProcessPool:
                        suspects.append(i)
                if suspects:
                    suspects += [i for i, _ in inflight.values()]
                    inflight.clear()
                    break
                now = time.monotonic()
                overdue = [(f, i) for f, (i, t0) in inflight.items() if now - t0 > hard]
                if overdue:
                    for f, i in overdue:
                        results[i] = unreadable(items[i][0], ExtractionTimeout(detail=f"worker stuck over {hard:g} s, killed"))
                        del inflight[f]
                    queue.extendleft(i for i, _ in reversed(list(inflight.values())))
                    inflight.clear()
                    _kill_workers(ex)
                    break
        finally:
            ex.shutdown(wait=False, cancel_futures=True)
            if suspects:
                _kill_workers(ex)
        if suspects:
            suspects = sorted(set(suspects))
            if len(suspects) == 1 or jobs == 1:
                culprit = suspects.pop(0)
                results[culprit] = unreadable(items[culprit][0], HostileDocument(detail="the worker process died on this file"))
            for i in suspects:  # each alone, so a death names its file
                results[i] = _run_pool([items[i]], 1, config, limits, mem_bytes)[0]
    return results

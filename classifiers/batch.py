"""Audit many files: in-process for a few, a fork pool over both cores for a batch.

Each file gets a wall-clock bound (SIGALRM → ``ExtractionTimeout``), so one hostile file cannot
hang the batch; a worker that dies (memory, a crash in a C library) costs only its file, which
comes back as ``UNREADABLE``. Results keep the input order.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

from extractors.errors import ExtractionError, ExtractionTimeout
from extractors.registry import Limits

from .audit import audit_path, unreadable
from .config import Config
from .model import AuditResult

#: Below this many files a pool costs more than it saves.
POOL_MIN_FILES = 8


@contextmanager
def time_bound(seconds: float) -> Iterator[None]:
    """Raise ``ExtractionTimeout`` in this (main) thread after ``seconds``; no-op elsewhere."""
    import threading

    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):  # noqa: ARG001
        raise ExtractionTimeout(detail=f"over {seconds:.0f} s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def audit_one(shown: str, path: Path, config: Config, department: str | None = None, limits: Limits | None = None) -> AuditResult:
    """``audit_path`` under the per-file time bound."""
    limits = limits or Limits()
    try:
        with time_bound(limits.seconds):
            return audit_path(path, config, department=department, limits=limits, display=shown)
    except ExtractionError as e:  # the timeout fires outside extract()'s own handling
        return unreadable(shown, e)


_WORKER_CONFIG: Config | None = None
_WORKER_LIMITS: Limits | None = None


def _init_worker(config: Config, limits: Limits, mem_bytes: int) -> None:
    global _WORKER_CONFIG, _WORKER_LIMITS
    _WORKER_CONFIG, _WORKER_LIMITS = config, limits
    if mem_bytes > 0:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (mem_bytes, mem_bytes))


def _work(item: tuple[str, str, str | None]) -> dict:
    shown, path, dept = item
    try:
        res = audit_one(shown, Path(path), _WORKER_CONFIG, dept, _WORKER_LIMITS)  # type: ignore[arg-type]
    except MemoryError:
        from extractors.errors import HostileDocument

        res = unreadable(shown, HostileDocument(detail="memory bound exceeded"))
    return {"contract": res.to_contract(), "document": res.document.to_dict() if res.document else None, "ms": res.elapsed_ms}


def audit_many(files: Sequence[tuple[str, Path]], config: Config, *, jobs: int = 0,
               departments: Sequence[str | None] | None = None, limits: Limits | None = None,
               mem_bytes: int = 2 * 1024**3) -> list[AuditResult]:
    """Audit ``files`` ((shown name, path) pairs); a fork pool when there are enough of them."""
    limits = limits or Limits()
    depts = list(departments) if departments is not None else [None] * len(files)
    if jobs <= 0:
        jobs = min(os.cpu_count() or 1, 2 if len(files) >= POOL_MIN_FILES else 1)
    if jobs == 1 or len(files) < 2:
        return [audit_one(s, p, config, d, limits) for (s, p), d in zip(files, depts)]
    from extractors.model import Document

    ctx = mp.get_context("fork")
    items = [(s, str(p), d) for (s, p), d in zip(files, depts)]
    results: list[AuditResult | None] = [None] * len(items)
    pending = list(range(len(items)))
    while pending:
        try:
            with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker, initargs=(config, limits, mem_bytes)) as ex:
                futs = {i: ex.submit(_work, items[i]) for i in pending}
                for i, fut in futs.items():
                    out = fut.result()
                    doc = Document.from_dict(out["document"]) if out["document"] else None
                    results[i] = AuditResult.from_contract(out["contract"], document=doc)
                    results[i] = _with_ms(results[i], out["ms"])
            pending = []
        except BrokenProcessPool:
            # A worker died: the first unfinished file is blamed and quarantined; the rest go on.
            pending = [i for i in pending if results[i] is None]
            culprit = pending.pop(0)
            from extractors.errors import HostileDocument

            results[culprit] = unreadable(items[culprit][0], HostileDocument(detail="the worker process died on this file"))
    return [r for r in results if r is not None]


def _with_ms(r: AuditResult, ms: float | None) -> AuditResult:
    from dataclasses import replace

    return replace(r, elapsed_ms=ms)

"""Audit documents in worker processes kept warm for the life of the service.

The audit is CPU-bound (parsing, regexes, the model), so threads would share one core: the service
keeps a small pool of *spawned* processes (not forked — the parent runs Prefect's threads) that have
the classifiers imported and the configuration loaded. No Prefect here.

* **memory** — each worker bounds its address space (``RLIMIT_AS`` = ``[limits] memory_mb``); a
  file that needs more comes back ``HostileDocument``, not a dead worker.
* **Ctrl-C** — a terminal sends SIGINT to the whole process group. Workers never act on it: they
  are spawned with SIGINT blocked and the initializer ignores it. The parent alone decides, and
  it finishes the files in hand.
* **a dead worker** — the pool breaks for every file in flight. A file is only blamed when it
  kills a worker of its own (it is run once more, alone, in a fresh one-worker pool); a break
  while the service is stopping, or a file still running ``STOP_GRACE`` seconds after the stop,
  raises ``AuditInterrupted``: the caller hands the file back to the inbox, never to quarantine.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

_CONFIG = None
#: Seconds a file in hand may still run after the stop before its worker is killed and it goes back.
STOP_GRACE = 3.0


class AuditInterrupted(Exception):
    """The audit was cut short by the service stopping (not by the file): hand the file back."""


def _init(config_path: str | None) -> None:
    """Worker set-up: Ctrl-C is the parent's; the configuration; the address-space bound."""
    global _CONFIG
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from classifiers import load_config

    _CONFIG = load_config(config_path)
    mb = _CONFIG["limits"].memory_mb
    if mb > 0:
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        want = mb * 2**20 if hard == resource.RLIM_INFINITY else min(mb * 2**20, hard)
        resource.setrlimit(resource.RLIMIT_AS, (want, want))


def _memory_result(shown: str):
    from classifiers.audit import unreadable
    from classifiers.batch import memory_exceeded

    return unreadable(shown, memory_exceeded(_CONFIG["limits"]))  # type: ignore[index]


def _audit(path: str, shown: str, department: str | None) -> dict:
    from classifiers.batch import audit_one

    # the frozen result itself travels back (pickled): findings keep their match keys, so the
    # fingerprints the parent records are exactly the ones computed here
    try:
        return {"result": audit_one(shown, Path(path), _CONFIG, department)}  # type: ignore[arg-type]
    except MemoryError:
        return {"result": _memory_result(shown)}


def _warm() -> bool:
    return _CONFIG is not None


def _audit_report(path: str, shown: str, department: str | None, out_dir: str, stem: str) -> dict:
    """Audit and write the reports in the worker: only the contract, text and paths travel back."""
    from classifiers.batch import audit_one
    from reports import write_document_reports

    try:
        res = audit_one(shown, Path(path), _CONFIG, department)  # type: ignore[arg-type]
    except MemoryError:
        res = _memory_result(shown)
    paths = [str(p) for p in write_document_reports(res, Path(out_dir), stem)]
    text = res.document.visible_text() if res.document is not None else None
    return {"contract": res.to_contract(), "text": text, "reports": paths, "ms": res.elapsed_ms}


def _report(result, out_dir: str, stem: str) -> list[str]:
    from reports import write_document_reports

    return [str(p) for p in write_document_reports(result, Path(out_dir), stem)]


@contextmanager
def _sigint_held() -> Iterator[None]:
    """SIGINT blocked in this thread: a worker spawned inside is born with it blocked (the mask
    survives fork and exec), so a Ctrl-C while it starts cannot kill it; this process still gets
    the signal (another thread takes it, or this one once unblocked)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _submit(ex: ProcessPoolExecutor, fn, *args):
    with _sigint_held():  # ``submit`` is where a spawn pool starts its workers
        return ex.submit(fn, *args)


class AuditPool:
    """``audit(path, shown, department) -> (AuditResult, visible text)`` in ``processes`` warm workers.

    ``stopping`` is the service's stop flag: once set, a file whose worker dies, or that is still
    running ``STOP_GRACE`` seconds later, raises ``AuditInterrupted`` instead of being blamed.
    """

    def __init__(self, config_path: str | None, processes: int, stopping: threading.Event | None = None) -> None:
        self.config_path = config_path
        self.processes = max(1, processes)
        self.stopping = stopping or threading.Event()
        self._lock = threading.Lock()
        self._ex: ProcessPoolExecutor | None = None

    def _new_executor(self, processes: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(processes, mp_context=mp.get_context("spawn"), initializer=_init,
                                   initargs=(self.config_path,))

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._ex is None:
                self._ex = self._new_executor(self.processes)
            return self._ex

    def warm(self) -> None:
        """Start every worker now (imports + configuration), so the first file is not slow.

        Workers start with SIGINT blocked: a Ctrl-C that arrives while they import cannot kill them.
        """
        ex = self._executor()
        for fut in [_submit(ex, _noop, i) for i in range(self.processes * 2)]:
            fut.result()

    def _wait(self, ex: ProcessPoolExecutor, fut):
        """The future's result; after the stop, at most ``STOP_GRACE`` more seconds, then the workers go."""
        stopped_at = None
        while True:
            done, _ = wait([fut], timeout=0.2, return_when=FIRST_COMPLETED)
            if done:
                return fut.result()
            if self.stopping.is_set():
                stopped_at = stopped_at or time.monotonic()
                if time.monotonic() - stopped_at > STOP_GRACE:
                    _kill_workers(ex)  # the files in flight go back to the inbox (BrokenProcessPool below)

    def _drop(self, ex: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._ex is ex:
                self._ex = None
        ex.shutdown(wait=False, cancel_futures=True)

    def _call(self, fn, *args):
        """``fn(*args)`` in a worker; ``BrokenProcessPool`` only when this file killed a worker of its own."""
        if self.stopping.is_set():
            raise AuditInterrupted("the service is stopping")
        ex = self._executor()
        try:
            return self._wait(ex, _submit(ex, fn, *args))
        except BrokenProcessPool:
            self._drop(ex)
        if self.stopping.is_set():
            raise AuditInterrupted("the service stopped while the file was audited")
        # another file in flight may have killed the shared worker: run this one alone to know
        alone = self._new_executor(1)
        try:
            return self._wait(alone, _submit(alone, fn, *args))
        except BrokenProcessPool:
            if self.stopping.is_set():
                raise AuditInterrupted("the service stopped while the file was audited") from None
            raise
        finally:
            alone.shutdown(wait=False, cancel_futures=True)

    def audit(self, path: Path, shown: str, department: str | None):
        try:
            out = self._call(_audit, str(path), shown, department)
        except BrokenProcessPool:
            return _died(shown), None
        res = out["result"]
        return res, (res.document.visible_text() if res.document is not None else None)

    def audit_report(self, path: Path, shown: str, department: str | None, out_dir: Path, stem: str):
        """Audit and write the reports in one worker call → (AuditResult without the Document, contract, text, paths)."""
        from dataclasses import replace

        from classifiers.model import AuditResult

        try:
            out = self._call(_audit_report, str(path), shown, department, str(out_dir), stem)
        except BrokenProcessPool:
            res = _died(shown)
            return res, res.to_contract(), None, None
        res = replace(AuditResult.from_contract(out["contract"]), elapsed_ms=out["ms"])
        return res, out["contract"], out["text"], [Path(p) for p in out["reports"]]

    def report(self, result, out_dir: Path, stem: str) -> list[Path]:
        """``reports.write_document_reports`` in a worker process (rendering is CPU work too)."""
        return [Path(p) for p in self._call(_report, result, str(out_dir), stem)]

    def close(self) -> None:
        with self._lock:
            if self._ex is not None:
                self._ex.shutdown(wait=True, cancel_futures=True)
                self._ex = None


def _died(shown: str):
    """The result for a file that killed a worker of its own (a crash in a C library, the OOM killer)."""
    from classifiers.audit import unreadable
    from extractors.errors import HostileDocument

    return unreadable(shown, HostileDocument(detail="the worker process died on this file (alone in its own worker)"))


def _kill_workers(ex: ProcessPoolExecutor) -> None:
    for p in list((getattr(ex, "_processes", None) or {}).values()):  # no public API to stop a worker
        try:
            p.kill()
        except (OSError, AttributeError):
            pass


def _noop(_: int) -> bool:
    return _warm()


class InlineAudit:
    """The same interface as ``AuditPool`` in the calling thread (tests, one-off runs)."""

    def __init__(self, config_path: str | None = None) -> None:
        from classifiers import load_config

        self.config = load_config(config_path)

    def warm(self) -> None:
        pass

    def audit(self, path: Path, shown: str, department: str | None):
        from classifiers.batch import audit_one

        res = audit_one(shown, Path(path), self.config, department)
        return res, (res.document.visible_text() if res.document is not None else None)

    def report(self, result, out_dir: Path, stem: str) -> list[Path]:
        from reports import write_document_reports

        return write_document_reports(result, Path(out_dir), stem)

    def audit_report(self, path: Path, shown: str, department: str | None, out_dir: Path, stem: str):
        res, text = self.audit(path, shown, department)
        return res, res.to_contract(), text, self.report(res, out_dir, stem)

    def close(self) -> None:
        pass

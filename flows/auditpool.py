"""Audit documents in worker processes kept warm for the life of the service.

The audit is CPU-bound (parsing, regexes, the model), so threads would share one core: the service
keeps a small pool of *spawned* processes (not forked — the parent runs Prefect's threads) that have
the classifiers imported and the configuration loaded. A worker that dies costs only its file, which
comes back as ``UNREADABLE`` (the pool is rebuilt). No Prefect here.
"""

from __future__ import annotations

import multiprocessing as mp
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

_CONFIG = None


def _init(config_path: str | None) -> None:
    global _CONFIG
    from classifiers import load_config

    _CONFIG = load_config(config_path)


def _audit(path: str, shown: str, department: str | None) -> dict:
    from classifiers.batch import audit_one

    # the frozen result itself travels back (pickled): findings keep their match keys, so the
    # fingerprints the parent records are exactly the ones computed here
    return {"result": audit_one(shown, Path(path), _CONFIG, department)}  # type: ignore[arg-type]


def _warm() -> bool:
    return _CONFIG is not None


def _audit_report(path: str, shown: str, department: str | None, out_dir: str, stem: str) -> dict:
    """Audit and write the reports in the worker: only the contract, text and paths travel back."""
    from classifiers.batch import audit_one
    from reports import write_document_reports

    res = audit_one(shown, Path(path), _CONFIG, department)  # type: ignore[arg-type]
    paths = [str(p) for p in write_document_reports(res, Path(out_dir), stem)]
    text = res.document.visible_text() if res.document is not None else None
    return {"contract": res.to_contract(), "text": text, "reports": paths, "ms": res.elapsed_ms}


def _report(result, out_dir: str, stem: str) -> list[str]:
    from reports import write_document_reports

    return [str(p) for p in write_document_reports(result, Path(out_dir), stem)]


class AuditPool:
    """``audit(path, shown, department) -> (AuditResult, visible text)`` in ``processes`` warm workers."""

    def __init__(self, config_path: str | None, processes: int) -> None:
        self.config_path = config_path
        self.processes = max(1, processes)
        self._lock = threading.Lock()
        self._ex: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._ex is None:
                self._ex = ProcessPoolExecutor(self.processes, mp_context=mp.get_context("spawn"),
                                               initializer=_init, initargs=(self.config_path,))
            return self._ex

    def warm(self) -> None:
        """Start every worker now (imports + configuration), so the first file is not slow."""
        ex = self._executor()
        list(ex.map(_noop, range(self.processes * 2)))

    def audit(self, path: Path, shown: str, department: str | None):
        ex = self._executor()
        try:
            out = ex.submit(_audit, str(path), shown, department).result()
        except BrokenProcessPool:
            with self._lock:
                if self._ex is ex:
                    self._ex = None
            ex.shutdown(wait=False, cancel_futures=True)
            from classifiers.audit import unreadable
            from extractors.errors import HostileDocument

            return unreadable(shown, HostileDocument(detail="the worker process died on this file")), None
        res = out["result"]
        return res, (res.document.visible_text() if res.document is not None else None)

    def audit_report(self, path: Path, shown: str, department: str | None, out_dir: Path, stem: str):
        """Audit and write the reports in one worker call → (AuditResult without the Document, contract, text, paths)."""
        from dataclasses import replace

        from classifiers.model import AuditResult

        ex = self._executor()
        try:
            out = ex.submit(_audit_report, str(path), shown, department, str(out_dir), stem).result()
        except BrokenProcessPool:
            res, text = self.audit(path, shown, department)
            return res, res.to_contract(), text, None
        res = replace(AuditResult.from_contract(out["contract"]), elapsed_ms=out["ms"])
        return res, out["contract"], out["text"], [Path(p) for p in out["reports"]]

    def report(self, result, out_dir: Path, stem: str) -> list[Path]:
        """``reports.write_document_reports`` in a worker process (rendering is CPU work too)."""
        return [Path(p) for p in self._executor().submit(_report, result, str(out_dir), stem).result()]

    def close(self) -> None:
        with self._lock:
            if self._ex is not None:
                self._ex.shutdown(wait=True, cancel_futures=True)
                self._ex = None


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

"""Document → findings → routing decision: the whole audit of one file, no Prefect involved."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

from extractors import Document, ExtractionError, Limits, extract
from extractors.names import readable_path
from extractors.script import ScriptMap, simplified
from extractors.sidecar import attach_sidecar

from . import markings, registry
from .config import Config, load_config
from .decision import decide
from .messages import message
from .model import AuditResult, Code, Decision, Finding, Severity, Suggestion
from .passage_model import fold_into_rules


def audit_document(doc: Document, config: Config, *, timings: dict[str, float] | None = None) -> AuditResult:
    """Run the marking scan, every enabled check and the decision table over one Document.

    Every check reads the document in simplified script (``extractors.script``); a document printed in
    traditional script is converted first (offsets kept) and its evidence, marking and title are quoted
    back in its own script. ``timings``, when given, accumulates the CPU seconds of each step by name
    (``markings``, each check's name, ``decision``): what ``bench/audit_speed.py`` reports as each check's share.
    """
    work = simplified(doc)
    res = _audit(work, config, timings)
    if work is doc:
        return res
    back = ScriptMap(doc, work)
    m = res.marking
    return replace(
        res, findings=tuple(_requote(f, back) for f in res.findings), document=back.document(), reason=back.text(res.reason),
        marking=replace(m, text=back.block_span(m.position.block, None, None, m.text) or m.text) if m is not None else None,
    )


def _requote(f: Finding, back: ScriptMap) -> Finding:
    """A finding of the converted document with its evidence in the original script."""
    p = f.position
    ev = back.block_span(p.block, p.start, p.end, f.evidence)
    return f if ev == f.evidence else replace(f, evidence=ev)


def _audit(doc: Document, config: Config, timings: dict[str, float] | None) -> AuditResult:
    clock = time.process_time if timings is not None else None
    t0 = clock() if clock else 0.0
    scan = markings.scan(doc, config["markings"])
    ctx = registry.AuditContext(document=doc, config=config, attribute=scan.attribute, marking=scan.primary, scan=scan)
    findings: list[Finding] = list(scan.findings)
    suggestions: list[Suggestion] = []
    if clock:
        t0 = _tick(timings, "markings", clock, t0)
    for check in registry.select(config["checks"].names()):
        for item in check(doc, ctx):
            (suggestions if isinstance(item, Suggestion) else findings).append(item)
        if clock:
            t0 = _tick(timings, check.name, clock, t0)
    findings = fold_into_rules(findings)  # the passage model's reading joins a rule finding on the same paragraph
    findings.sort(key=_order)
    suggested = best_suggestion(suggestions)
    routing = decide(tuple(findings), scan.attribute, config["decision"])
    if clock:
        _tick(timings, "decision", clock, t0)
    return AuditResult(
        file=doc.source, sha256=doc.sha256, format=doc.format, decision=routing.decision,
        findings=tuple(findings), attribute=scan.attribute, marking=scan.primary,
        suggested_attribute=suggested, opinion=routing.opinion, document=doc, reason=scan.reason,
    )


def _tick(timings: dict[str, float], name: str, clock, t0: float) -> float:
    t = clock()
    timings[name] = timings.get(name, 0.0) + (t - t0)
    return t


def best_suggestion(suggestions: list[Suggestion]) -> str | None:
    """A rule's suggestion first (most confident), else the model's."""
    if not suggestions:
        return None
    return max(suggestions, key=lambda s: (s.source == "rule", s.confidence)).attribute


def _order(f: Finding) -> tuple:
    p = f.position
    return (p.page or 0, p.block if p.block is not None else -1, p.start or 0, f.code)


def unreadable(path: str, err: ExtractionError, sha256: str | None = None, fmt: str | None = None) -> AuditResult:
    """The result for a file that could not be read: decision ``error``, one UNREADABLE finding."""
    f = Finding(
        code=Code.UNREADABLE, severity=Severity.HIGH, message=message("UNREADABLE", reason=err.reason_zh),
        rule="", subtype=err.code, source="extractor", match_key=err.code,
        explanation=(("reason_en", err.reason_en),) + ((("detail", err.detail),) if err.detail else ()),
    )
    return AuditResult(file=path, sha256=sha256, format=fmt, decision=Decision.ERROR, findings=(f,), error=str(err))


def audit_path(path: str | Path, config: Config | None = None, *, department: str | None = None,
               limits: Limits | None = None, display: str | None = None) -> AuditResult:
    """Extract and audit one file. Bad input becomes an ``error`` result; bugs propagate."""
    config = config or load_config()
    limits = limits or config["limits"]
    shown = readable_path(display or str(path))  # a name that is not UTF-8 cannot be printed or stored as it is
    t0 = time.perf_counter()
    sha = fmt = None
    try:
        doc = extract(path, limits=limits, source=shown)
        sha, fmt = doc.sha256, doc.format
        doc = attach_sidecar(doc, Path(path), department=department)
    except ExtractionError as e:
        res = unreadable(shown, e, sha, fmt)
        if sha is None:
            res = replace(res, sha256=_sha_or_none(path))
        return replace(res, elapsed_ms=(time.perf_counter() - t0) * 1000)
    res = audit_document(doc, config)
    return replace(res, elapsed_ms=(time.perf_counter() - t0) * 1000)


def _sha_or_none(path: str | Path) -> str | None:
    """The file's sha256, streamed; None for what cannot or must not be read (a FIFO, a device)."""
    import hashlib
    import stat

    h = hashlib.sha256()
    try:
        with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return None  # a device behind a link (/dev/zero) never ends
            for chunk in iter(lambda: fh.read(1 << 20), b""):  # streamed: a refused 200 MB file is not held whole
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()

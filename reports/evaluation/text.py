"""The evaluation as the terminal shows it (Chinese, English hints) and as JSON (``--json``).

Everything written passes ``mask_text`` (the stream is wrapped) and user strings are shown with
control characters escaped (``reports.console.safe``), as in ``gongkai audit``'s table.
"""

from __future__ import annotations

from typing import Any, TextIO

from classifiers.masking import mask_value

from .. import labels as L
from ..console import _Masked, safe, table
from . import messages as M
from .score import CodeScore, Evaluation, Matrix, Outcome


def ratio(x: float | None) -> str:
    """0.929 style, or — when undefined."""
    return M.NOT_APPLICABLE if x is None else f"{x:.3f}"


def percent(m: Matrix) -> str:
    """``92.9%（13/14）``."""
    return M.NOT_APPLICABLE if m.accuracy is None else f"{m.accuracy:.1%}（{m.correct}/{m.total}）"


def label_name(label: str) -> str:
    """A matrix label as shown: decisions in Chinese with the English value."""
    return f"{M.DECISION_ZH[label]} {label}" if label in M.DECISION_ZH else label


def code_name(code: str, subtype: str | None = None) -> str:
    """Chinese name of a finding code (``reports.labels``), including the codes labels does not carry yet."""
    if code not in L.CODE and code in M.CODE_EXTRA_NAMES:
        return M.CODE_EXTRA_NAMES[code]
    return L.code_name(code, subtype)


def code_row(s: CodeScore) -> list[str]:
    """One line of the per-code table."""
    name = M.MICRO if not s.code else code_name(s.code)
    return [s.code or "ALL", name, ratio(s.precision), ratio(s.recall), ratio(s.f1), str(s.support), str(s.tp), str(s.fp), str(s.fn)]


def attribute_shown(attribute: str | None, marking_text: str | None = None, zone: str | None = None) -> str:
    """``主动公开（标注：附注“（此件公开发布）”）`` or ``无``."""
    shown = attribute or M.NO_ATTRIBUTE
    if marking_text:
        shown += "（" + M.MARKED_AS.format(zone=zone or "", text=marking_text) + "）"
    return shown


def codes_shown(codes) -> str:
    """``LABEL_MISSING、PERSONAL_DATA`` or —."""
    return "、".join(codes) if codes else M.NOT_APPLICABLE


def evidence_lines(o: Outcome) -> list[str]:
    """``PERSONAL_DATA 个人信息：公民身份号码 — 640502********1234``: the findings quoted for one file."""
    out = []
    for e in o.quoted():
        quote = f" — {e.evidence}" if e.evidence else ""
        out.append(f"{e.code} {code_name(e.code, e.subtype)}{quote}")
    return out


def disagreement_rows(o: Outcome) -> list[tuple[str, str, str]]:
    """(item, truth, audit) for what differs in one file."""
    rows = []
    if not o.attribute_ok:
        rows.append((M.ROW_ATTRIBUTE, attribute_shown(o.truth.attribute), attribute_shown(o.got.attribute, o.got.marking_text, o.got.marking_zone)))
    if not o.decision_ok:
        rows.append((M.ROW_DECISION, label_name(o.truth.decision), label_name(o.got.decision)))
    if o.missed:
        rows.append((M.ROW_MISSED, codes_shown(o.missed), M.NOT_APPLICABLE))
    if o.extra:
        rows.append((M.ROW_EXTRA, M.NOT_APPLICABLE, codes_shown(o.extra)))
    return rows


def _matrix(m: Matrix, out: TextIO) -> None:
    header = [f"{M.MATRIX_CORNER} {M.MATRIX_CORNER_EN}"] + [label_name(x) for x in m.labels]
    rows = [[label_name(m.labels[i])] + [str(n) for n in r] for i, r in enumerate(m.counts)]
    table(header, rows, out, last_free=False, right=range(1, len(header)))


def print_evaluation(ev: Evaluation, out: TextIO) -> None:
    """The whole evaluation in Chinese with English hints; every line masked."""
    out = _Masked(out)  # type: ignore[assignment]
    n = dict(truth=ev.truth_rows, scored=len(ev.outcomes), extra=len(ev.not_in_truth), missing=len(ev.missing))
    out.write(f"{M.TITLE} · {safe(ev.truth_path)} → {safe(ev.folder)}\n{M.SUMMARY.format(**n)}\n{M.SUMMARY_EN.format(**n)}\n\n")
    out.write(f"{M.ATTRIBUTE_ACCURACY}: {percent(ev.attribute)}\n")
    _matrix(ev.attribute, out)
    out.write(f"\n{M.DECISION_AGREEMENT}: {percent(ev.decision)}\n")
    _matrix(ev.decision, out)
    out.write(f"\n{M.CODES_TITLE}\n")
    table(M.CODE_HEADER, [code_row(s) for s in ev.codes] + [code_row(ev.micro)], out, last_free=False, right=range(2, 9))
    if ev.unscored:
        out.write(f"{M.UNSCORED}: " + "、".join(f"{c}×{k}" for c, k in ev.unscored) + "\n")
    bad = ev.disagreements
    out.write(f"\n{M.DISAGREEMENTS} ({len(bad)})\n")
    if not bad:
        out.write(f"  {M.NO_DISAGREEMENT}\n")
    for o in bad:
        out.write(f"\n{safe(o.truth.file)}\n")
        for item, want, got in disagreement_rows(o):
            out.write(f"  {item}: {M.TRUTH} {safe(want)} ｜ {M.AUDIT} {safe(got)}\n")
        if o.got.error:
            out.write(f"  {M.ROW_ERROR}: {safe(o.got.error)}\n")
        for line in evidence_lines(o):
            out.write(f"  · {safe(line)}\n")
        if o.truth.note:
            out.write(f"  {M.ROW_NOTE}: {safe(o.truth.note)}\n")
    out.write(f"\n{M.NOT_IN_TRUTH} ({len(ev.not_in_truth)})\n")
    for f in ev.not_in_truth or [M.NONE_LISTED]:
        out.write(f"  {safe(f)}\n")
    out.write(f"\n{M.MISSING} ({len(ev.missing)})\n")
    for r in ev.missing:
        out.write(f"  {M.WHERE_LINE.format(line=r.line).strip()}: {safe(r.file)}\n")
    if not ev.missing:
        out.write(f"  {M.NONE_LISTED}\n")


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _score(s: CodeScore) -> dict[str, Any]:
    return {"code": s.code or None, "precision": _round(s.precision), "recall": _round(s.recall), "f1": _round(s.f1), "support": s.support,
            "tp": s.tp, "fp": s.fp, "fn": s.fn}


def _matrix_dict(m: Matrix) -> dict[str, Any]:
    return {"labels": list(m.labels), "counts": [list(r) for r in m.counts], "correct": m.correct, "total": m.total,
            "accuracy": _round(m.accuracy)}


def to_dict(ev: Evaluation) -> dict[str, Any]:
    """The evaluation as plain JSON-able data (``--json``), masked."""
    files = [{"file": o.truth.file, "line": o.truth.line,
              "truth": {"attribute": o.truth.attribute, "decision": o.truth.decision, "codes": list(o.truth.codes), "note": o.truth.note},
              "audit": {"attribute": o.got.attribute, "decision": o.got.decision, "codes": list(o.got.codes), "error": o.got.error,
                        "marking": o.got.marking_text},
              "attribute_ok": o.attribute_ok, "decision_ok": o.decision_ok, "missed": list(o.missed), "extra": list(o.extra),
              "evidence": [{"code": e.code, "subtype": e.subtype, "evidence": e.evidence, "message": e.message} for e in o.quoted()]
              if not o.agrees else []}
             for o in ev.outcomes]
    return mask_value({
        "truth": ev.truth_path, "folder": ev.folder, "truth_rows": ev.truth_rows, "scored": len(ev.outcomes),
        "attribute": _matrix_dict(ev.attribute), "decision": _matrix_dict(ev.decision),
        "codes": [_score(s) for s in ev.codes], "micro": _score(ev.micro),
        "unscored": dict(ev.unscored), "disagreements": len(ev.disagreements), "files": files,
        "not_in_truth": list(ev.not_in_truth), "missing": [{"line": r.line, "file": r.file} for r in ev.missing],
    })

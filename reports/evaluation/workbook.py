"""The evaluation as an xlsx workbook: summary, both confusion matrices, per-code scores, disagreements,
every file, and what was not scored.

Written through ``reports.xlsx.add_table``: every string cell is masked and a value beginning with
``=``, ``+``, ``-`` or ``@`` (a hostile note or file name in the truth file) is stored as text, never
as a formula.
"""

from __future__ import annotations

from pathlib import Path

from .. import xlsx
from . import messages as M
from .score import Evaluation, Matrix
from .text import attribute_shown, code_row, codes_shown, disagreement_rows, evidence_lines, label_name


def _matrix_rows(m: Matrix) -> list[list]:
    return [[label_name(m.labels[i])] + list(r) for i, r in enumerate(m.counts)]


def write_workbook(ev: Evaluation, path: str | Path) -> Path:
    """Write the evaluation workbook at ``path`` (mode 0640) and return the path."""
    path = Path(path)
    wb = xlsx.new_workbook()
    n = dict(truth=ev.truth_rows, scored=len(ev.outcomes), extra=len(ev.not_in_truth), missing=len(ev.missing))
    R = M.SUMMARY_ROWS
    summary = [
        [R["truth"], ev.truth_path, ""],
        [R["folder"], ev.folder, ""],
        [R["rows"], ev.truth_rows, ""],
        [R["scored"], len(ev.outcomes), ""],
        [M.ATTRIBUTE_ACCURACY, ev.attribute.accuracy, f"{ev.attribute.correct}/{ev.attribute.total}"],
        [M.DECISION_AGREEMENT, ev.decision.accuracy, f"{ev.decision.correct}/{ev.decision.total}"],
        [R["precision"], ev.micro.precision, f"TP {ev.micro.tp} · FP {ev.micro.fp}"],
        [R["recall"], ev.micro.recall, f"TP {ev.micro.tp} · FN {ev.micro.fn}"],
        [R["disagreements"], len(ev.disagreements), ""],
        [R["not_in_truth"], len(ev.not_in_truth), ""],
        [R["missing"], len(ev.missing), ""],
    ]
    ws = xlsx.add_table(wb, M.SHEET_SUMMARY, M.SUMMARY_HEADER, summary, caption=f"{M.TITLE} — {M.SUMMARY.format(**n)}")
    for row in ws.iter_rows(min_row=4, min_col=2, max_col=2):  # the shares as percentages, the counts as counts
        if isinstance(row[0].value, float):
            row[0].number_format = xlsx.PERCENT
    for title, m in ((M.SHEET_ATTRIBUTE, ev.attribute), (M.SHEET_DECISION, ev.decision)):
        xlsx.add_table(wb, title, [M.MATRIX_CORNER] + [label_name(x) for x in m.labels], _matrix_rows(m),
                       caption=M.MATRIX_CAPTION.format(title=title))
    codes = [[_num(c) for c in code_row(s)] for s in list(ev.codes) + [ev.micro]]
    xlsx.add_table(wb, M.SHEET_CODES, M.CODE_HEADER, codes, formats={2: "0.000", 3: "0.000", 4: "0.000"},
                   caption=(M.UNSCORED + "：" + "、".join(f"{c}×{k}" for c, k in ev.unscored)) if ev.unscored else None)
    bad = []
    for o in ev.disagreements:
        evidence = "\n".join(evidence_lines(o) + ([f"{M.ROW_ERROR}: {o.got.error}"] if o.got.error else []))
        for item, want, got in disagreement_rows(o):
            bad.append([o.truth.file, item, want, got, evidence, o.truth.note])
    xlsx.add_table(wb, M.SHEET_DISAGREEMENTS, M.DISAGREEMENT_HEADER, bad)
    files = [[o.truth.file, attribute_shown(o.truth.attribute), attribute_shown(o.got.attribute), label_name(o.truth.decision),
              label_name(o.got.decision), codes_shown(o.truth.codes), codes_shown(o.got.codes),
              _yes(o.attribute_ok), _yes(o.decision_ok), _yes(o.codes_ok), o.truth.note] for o in ev.outcomes]
    xlsx.add_table(wb, M.SHEET_FILES, M.FILES_HEADER, files)
    xlsx.add_table(wb, M.SHEET_NOT_IN_TRUTH, M.NOT_IN_TRUTH_HEADER, [[f] for f in ev.not_in_truth])
    xlsx.add_table(wb, M.SHEET_MISSING, M.MISSING_HEADER, [[r.line, r.file, r.note] for r in ev.missing])
    path.parent.mkdir(parents=True, exist_ok=True)
    xlsx.save(wb, path)
    return path


def _num(cell: str):
    """Scores as numbers (so Excel can sort them); "—" stays text."""
    try:
        return float(cell) if "." in cell else int(cell)
    except ValueError:
        return cell


def _yes(ok: bool) -> str:
    return M.YES if ok else M.NO

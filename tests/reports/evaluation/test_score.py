"""Scoring maths on small hand-made cases: confusion matrices, per-code P/R/F1, zero support, what is not scored."""

from __future__ import annotations

import pytest

from reports.evaluation import Observed, TruthRow, evaluate, matrix


def row(file, attribute, decision, codes=(), line=2):
    return TruthRow(line, file, attribute, decision, tuple(sorted(codes)))


def got(file, attribute, decision, codes=()):
    return Observed(file, attribute, decision, tuple(sorted(codes)))


def test_matrix_counts_rows_as_truth_and_columns_as_audit():
    m = matrix(("a", "b"), [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")])
    assert m.counts == ((1, 1), (0, 2))
    assert (m.correct, m.total, m.accuracy) == (3, 4, 0.75)
    assert matrix(("a",), []).accuracy is None  # nothing scored: no accuracy, not 0


def test_attribute_matrix_counts_no_marking_as_its_own_class():
    rows = [row("1", "主动公开", "approve"), row("2", None, "return", ["LABEL_MISSING"]), row("3", None, "return", ["LABEL_CONFLICT"])]
    res = {"1": got("1", "主动公开", "approve"), "2": got("2", None, "return", ["LABEL_MISSING"]),
           "3": got("3", "主动公开", "return", ["LABEL_CONFLICT"])}  # a conflict the audit resolved to one value
    ev = evaluate(rows, res)
    labels = ev.attribute.labels
    assert labels == ("主动公开", "依申请公开", "不予公开", "无")
    assert ev.attribute.counts[3][0] == 1 and ev.attribute.counts[3][3] == 1 and ev.attribute.counts[0][0] == 1
    assert ev.attribute.accuracy == pytest.approx(2 / 3)
    assert ev.decision.accuracy == 1.0
    assert [o.truth.file for o in ev.disagreements] == ["3"]


def test_precision_recall_f1_per_document():
    rows = [row("a", "主动公开", "return", ["PERSONAL_DATA"]), row("b", "主动公开", "return", ["PERSONAL_DATA"]),
            row("c", "主动公开", "approve"), row("d", "主动公开", "approve")]
    res = {"a": got("a", "主动公开", "return", ["PERSONAL_DATA"]), "b": got("b", "主动公开", "approve"),
           "c": got("c", "主动公开", "return", ["PERSONAL_DATA"]), "d": got("d", "主动公开", "approve")}
    s = {c.code: c for c in evaluate(rows, res).codes}["PERSONAL_DATA"]
    assert (s.tp, s.fp, s.fn, s.support) == (1, 1, 1, 2)
    assert s.precision == 0.5 and s.recall == 0.5 and s.f1 == 0.5


def test_zero_support_and_nothing_found_is_undefined_not_zero():
    ev = evaluate([row("a", "主动公开", "approve")], {"a": got("a", "主动公开", "approve")})
    s = {c.code: c for c in ev.codes}["SECRET_MARKING"]
    assert (s.support, s.precision, s.recall, s.f1) == (0, None, None, None)
    assert ev.micro.precision is None and ev.micro.recall is None


def test_zero_support_with_false_positives_has_precision_zero_and_no_recall():
    ev = evaluate([row("a", "主动公开", "approve")], {"a": got("a", "主动公开", "return", ["LABEL_MISMATCH"])})
    s = {c.code: c for c in ev.codes}["LABEL_MISMATCH"]
    assert (s.support, s.precision, s.recall, s.f1) == (0, 0.0, None, None)


def test_all_missed_has_recall_zero_and_no_precision():
    ev = evaluate([row("a", None, "escalate", ["SECRET_MARKING"])], {"a": got("a", None, "approve")})
    s = {c.code: c for c in ev.codes}["SECRET_MARKING"]
    assert (s.precision, s.recall, s.f1) == (None, 0.0, None)
    assert ev.disagreements[0].missed == ("SECRET_MARKING",)


def test_micro_average_sums_over_codes():
    rows = [row("a", None, "return", ["LABEL_MISSING", "PERSONAL_DATA"]), row("b", "主动公开", "approve")]
    res = {"a": got("a", None, "return", ["LABEL_MISSING"]), "b": got("b", "主动公开", "return", ["HIDDEN_CONTENT"])}
    m = evaluate(rows, res).micro
    assert (m.tp, m.fp, m.fn) == (1, 1, 1)


def test_codes_outside_the_truth_vocabulary_are_counted_apart_not_as_false_positives():
    ev = evaluate([row("a", "不予公开", "approve")], {"a": got("a", "不予公开", "return", ["REASON_MISSING"])})
    assert ev.unscored == (("REASON_MISSING", 1),)
    assert "REASON_MISSING" not in {c.code for c in ev.codes}
    assert ev.disagreements[0].extra == () and not ev.disagreements[0].decision_ok


def test_a_product_code_the_truth_file_uses_is_scored():
    ev = evaluate([row("a", None, "error", ["UNREADABLE"]), row("b", "主动公开", "approve")],
                  {"a": got("a", None, "error", ["UNREADABLE"]), "b": got("b", "主动公开", "error", ["UNREADABLE"])})
    s = {c.code: c for c in ev.codes}["UNREADABLE"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


def test_missing_files_and_unlisted_files_are_reported_not_scored():
    rows = [row("a", "主动公开", "approve", line=2), row("gone.docx", None, "return", ["LABEL_MISSING"], line=3)]
    ev = evaluate(rows, {"a": got("a", "主动公开", "approve")}, not_in_truth=["z.docx", "b.pdf"])
    assert [r.file for r in ev.missing] == ["gone.docx"] and ev.missing[0].line == 3
    assert ev.not_in_truth == ("b.pdf", "z.docx")
    assert ev.attribute.total == 1 and ev.truth_rows == 2
    assert {c.code: c for c in ev.codes}["LABEL_MISSING"].fn == 0  # a missing file is no missed finding

"""bench/eval_judgement.py: the issue-11 figures from an evaluation, and (slow) the frozen set A end to end."""

from __future__ import annotations

import pytest

from bench.eval_judgement import summary


def _file(truth_decision, truth_codes, audit_codes):
    return {"truth": {"decision": truth_decision, "codes": truth_codes}, "audit": {"codes": audit_codes}}


def test_summary_counts_false_findings_only_on_clean_documents():
    ev = {
        "scored": 3,
        "decision": {"accuracy": 2 / 3},
        "codes": [{"code": "SECRET_CONTENT", "recall": 0.5, "precision": 1.0}],
        "files": [
            _file("approve", [], ["SECRET_CONTENT", "PERSONAL_DATA"]),  # clean: one judged false finding
            _file("escalate", ["SECRET_CONTENT"], ["SECRET_CONTENT", "MIXED_CONTENT"]),  # not clean: not counted here
            _file("approve", [], []),
        ],
    }
    s = summary(ev)
    assert s["clean"] == 2 and s["false_on_clean"] == 1
    assert s["recall"] == {"SECRET_CONTENT": 0.5} and s["decision"] == pytest.approx(2 / 3)


@pytest.mark.slow
def test_set_a_keeps_what_issue_11_reached(tmp_path):
    """The first independent set (bench/judgement_eval/set_a): generated, audited, scored — no slide back
    below what the issue-11 work reached on it (decision 0.86, recall 0.81–0.92; before: 0.46, 0.06–0.50)."""
    from bench.eval_judgement import generate, score

    truth = generate("a", tmp_path / "a")
    s = summary(score(tmp_path / "a", truth, tmp_path / "reports"))
    assert s["documents"] == 72
    assert s["decision"] >= 0.83
    assert all(r >= 0.75 for r in s["recall"].values()), s["recall"]
    assert s["false_on_clean"] <= 2

"""The rules on the generated evaluation set meet the issue's targets (≥ 0.95 per code and decision)."""

from __future__ import annotations

import io

import pytest


@pytest.mark.slow
def test_eval_set_meets_targets(tmp_path):
    from bench.eval_rules import evaluate
    from samples.eval_rules import RULE_CODES, build_eval

    exp = build_eval(tmp_path)
    assert len(exp) >= 120
    scored = [e for e in exp.values() if not e["heldout"]]
    assert {c for e in scored for c in e["codes"]} == set(RULE_CODES), "every rule code is in the set"
    assert {e["doc_type"] for e in scored} >= {"决定", "通知", "通告", "公告", "意见", "通报", "报告", "请示", "批复", "函", "纪要"}
    out = io.StringIO()
    res = evaluate(tmp_path, out=out)
    assert res["decision_accuracy"] >= 0.95, out.getvalue()
    for code, (prec, rec, support) in res["per_code"].items():
        assert support > 0 and prec >= 0.95 and rec >= 0.95, (code, out.getvalue())

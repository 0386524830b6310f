"""The decision table: precedence, the secrecy rows, 审查意见, and validation of a bureau's table."""

from __future__ import annotations

import pytest

from classifiers import load_config
from classifiers.decision import DecisionConfig, Row, decide
from classifiers.model import Finding, Severity
from extractors.errors import ConfigError

P, R, W = "主动公开", "依申请公开", "不予公开"


def f(code: str, subtype: str | None = None, rule: str = "《某制度》第一条") -> Finding:
    return Finding(code=code, severity=Severity.HIGH, message=f"{code} message", rule=rule, subtype=subtype)


@pytest.fixture(scope="module")
def table() -> DecisionConfig:
    return load_config()["decision"]


@pytest.mark.parametrize("codes, attribute, decision", [
    ([], P, "approve"),
    ([], R, "approve"),
    (["LABEL_MISSING"], None, "return"),
    (["LABEL_INVALID"], None, "return"),
    (["LABEL_CONFLICT"], P, "return"),
    (["LABEL_MISMATCH"], P, "return"),
    (["FORWARD_MISMATCH"], W, "return"),
    (["REASON_MISSING"], W, "return"),
    # marked secret + 主动公开/依申请公开 → return; + 不予公开 → reported, may pass
    ([("SECRET_MARKING", "state_secret")], P, "return"),
    ([("SECRET_MARKING", "work_secret")], R, "return"),
    ([("SECRET_MARKING", "state_secret")], W, "approve"),
    ([("SECRET_MARKING", "work_secret")], W, "approve"),
    ([("SECRET_MARKING", "state_secret")], None, "return"),
    # unmarked secret-looking content → escalate (第八条), unless 不予公开
    ([("SECRET_CONTENT", "exam")], P, "escalate"),
    ([("SECRET_CONTENT", "security")], R, "escalate"),
    ([("SECRET_CONTENT", "exam")], W, "escalate"),  # a state secret's 密级 is still to be fixed
    ([("SECRET_CONTENT", "inspection")], W, "approve"),
    (["MIXED_CONTENT"], P, "return"),
    # the model's second opinion is reported, never blocks on its own (rule beats model)
    ([("LABEL_MISMATCH", "model")], P, "approve"),
    ([("MIXED_CONTENT", "model")], P, "approve"),
    ([("LABEL_MISMATCH", "model"), ("LABEL_MISMATCH", "request")], P, "return"),
    (["MIXED_CONTENT"], R, "approve"),
    (["PERSONAL_DATA"], P, "return"),
    (["PERSONAL_DATA"], W, "approve"),
    # precedence: error > return > escalate > approve
    (["UNREADABLE", "LABEL_MISSING"], None, "error"),
    # a suspected secret goes to the secrecy review before the drafter gets the document back (escalate_first)
    ([("SECRET_CONTENT", "exam"), "LABEL_MISMATCH"], P, "escalate"),
    ([("SECRET_CONTENT", "exam"), ("SECRET_MARKING", "state_secret")], W, "approve"),
    ([("SECRET_CONTENT", "exam"), "MIXED_CONTENT"], R, "escalate"),
])
def test_table(table, codes, attribute, decision):
    findings = tuple(f(*c) if isinstance(c, tuple) else f(c) for c in codes)
    assert str(decide(findings, attribute, table).decision) == decision


@pytest.mark.parametrize("codes, attribute, verdict", [
    ([], P, "公开"),
    ([], R, "免于公开"),
    ([], W, "免于公开"),
    ([("SECRET_MARKING", "state_secret")], W, "免于公开"),
    ([("SECRET_CONTENT", "exam")], P, "需报审"),
    (["LABEL_MISSING"], None, "退回修改"),
    (["UNREADABLE"], None, "无法审查"),
])
def test_opinion_verdicts(table, codes, attribute, verdict):
    findings = tuple(f(*c) if isinstance(c, tuple) else f(c) for c in codes)
    op = decide(findings, attribute, table).opinion
    assert op.verdict == verdict
    assert op.basis, "every opinion names its 依据"
    assert op.reason, "every opinion gives its 理由"


def test_opinion_cites_the_findings_articles(table):
    rule = "《保密审查工作制度》第八条"
    op = decide((f("SECRET_CONTENT", "exam", rule=rule),), P, table).opinion
    assert rule in op.basis and "报有权机关" in op.reason


def test_noted_secret_marking_is_in_the_reason(table):
    op = decide((f("SECRET_MARKING", "state_secret", rule="《保密审查工作制度》第五条（一）"),), W, table).opinion
    assert "密级" in op.reason and "《保密审查工作制度》第五条（一）" in op.basis


def test_unknown_code_takes_the_default(table):
    assert str(decide((f("SOMETHING_NEW"),), P, table).decision) == "escalate"


def test_a_bureau_changes_the_table_without_code(tmp_path):
    cfg_file = tmp_path / "gongkai.toml"
    cfg_file.write_text(
        '[decision]\ndefault = "return"\n'
        '[[decision.rules]]\ncode = "SECRET_CONTENT"\naction = "return"\nwhy = "本局规定：疑似涉密一律退回"\n',
        encoding="utf-8",
    )
    table = load_config(cfg_file)["decision"]
    assert str(decide((f("SECRET_CONTENT", "exam"),), P, table).decision) == "return"


@pytest.mark.parametrize("row", [
    {"code": "SECRET_CONTENT", "action": "reject"},
    {"code": "NO_SUCH_CODE", "action": "return"},
    {"code": "SECRET_MARKING", "action": "note", "attributes": ["部分公开"]},
])
def test_bad_rows_fail_at_start_up(row):
    with pytest.raises(ConfigError):
        load_config(overrides={"decision": {"rules": [row]}})


def test_row_validation_names_the_known_values():
    with pytest.raises(ValueError, match="LABEL_MISSING"):
        Row("LABEL_MISSNG", "return")


def test_escalate_first_is_configurable_and_checked():
    """A bureau that wants returns first says so; an unknown code fails at start-up."""
    from classifiers import load_config

    cfg = load_config(overrides={"decision": {"escalate_first": []}})
    assert cfg["decision"].escalate_first == ()
    with pytest.raises(Exception, match="escalate_first"):
        load_config(overrides={"decision": {"escalate_first": ["NOT_A_CODE"]}})


@pytest.mark.parametrize("subtype, decision", [("exam", "escalate"), ("scores", "escalate"), ("adjustment", "approve"),
                                               ("security", "approve"), ("informant", "approve")])
def test_under_withheld_a_state_secret_is_still_sent_to_fix_its_level_a_work_secret_is_reported(table, subtype, decision):
    """Exam content before use and scores before release are state secrets (秘密 and above): 不予公开 is no 密级, so they
    go up to have it fixed (保密审查第八条); a work secret in a 不予公开 document is only reported."""
    assert decide((f("SECRET_CONTENT", subtype),), W, table).decision == decision

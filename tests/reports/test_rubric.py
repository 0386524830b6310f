"""The assessment rubric is data: the shipped file loads, bad files fail naming what is wrong."""

from __future__ import annotations

import pytest

from extractors.errors import ConfigError
from reports.rubric import METRICS, load_rubric
from reports.stats import SectionStats


def test_shipped_rubric_totals_four_points():
    r = load_rubric()
    assert r.total == 4.0  # 《政府信息公开制度》第二十一条
    assert all(i.metric in METRICS for i in r.items)
    perfect = SectionStats("x", documents=10, first_submissions=10, first_pass=10)
    assert r.score(perfect)[0] == 4.0
    worst = SectionStats("x", documents=10, first_submissions=10, first_pass=0, label_issues=10, privacy_issues=10,
                         secrecy_issues=10, hidden_issues=10)
    assert r.score(worst)[0] == 0.0


def test_weights_from_the_file_change_the_score(tmp_path):
    p = tmp_path / "r.toml"
    p.write_text('total = 2\n[[items]]\nname = "一次通过率"\nmetric = "first_pass_rate"\nweight = 3\n'
                 '[[items]]\nname = "标注"\nmetric = "label_compliance"\nweight = 1\n', encoding="utf-8")
    r = load_rubric(p)
    s = SectionStats("x", documents=4, first_submissions=4, first_pass=2, label_issues=0)
    # 2 × (3 × 0.5 + 1 × 1) / 4
    assert r.score(s)[0] == 1.25


def test_too_few_documents_is_not_scored(tmp_path):
    p = tmp_path / "r.toml"
    p.write_text('min_documents = 5\n[[items]]\nname = "a"\nmetric = "readable_rate"\nweight = 1\n', encoding="utf-8")
    assert load_rubric(p).score(SectionStats("x", documents=4))[0] is None


@pytest.mark.parametrize("text, needle", [
    ('[[items]]\nname = "a"\nmetric = "speed"\nweight = 1\n', "unknown metric 'speed'"),
    ('[[items]]\nname = "a"\nmetric = "first_pass_rate"\nweight = 1\ncolour = "red"\n', "colour"),
    ('totl = 4\n[[items]]\nname = "a"\nmetric = "first_pass_rate"\nweight = 1\n', "totl"),
    ('[[items]]\nname = "a"\nmetric = "first_pass_rate"\n', "weight"),
    ('total = 4\n', "no items"),
    ('[[items]]\nname = "a"\nmetric = "first_pass_rate"\nweight = -1\n', "≥ 0"),
    ('[[items\n', "invalid TOML"),
])
def test_bad_rubric_fails_naming_the_problem(tmp_path, text, needle):
    p = tmp_path / "r.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=needle.replace("(", r"\(")) as e:
        load_rubric(p)
    if "metric" in needle:
        assert "first_pass_rate" in str(e.value)  # the known metrics are listed


def test_missing_rubric_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_rubric(tmp_path / "nope.toml")

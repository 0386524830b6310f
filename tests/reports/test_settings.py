"""``[reports]`` settings: defaults, values from the TOML file, unknown keys rejected."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.errors import ConfigError
from reports.settings import ReportSettings, load_report_settings


def test_defaults_without_a_file():
    s = load_report_settings(None)
    assert s == ReportSettings() and s.notice_options().deadline_days == 3


def test_values_and_relative_rubric(tmp_path):
    p = tmp_path / "gongkai.toml"
    p.write_text('[reports]\nreviewer = "马审核"\ndeadline_days = 5\nrubric = "my-rubric.toml"\n[service]\nroot = "x"\n',
                 encoding="utf-8")
    s = load_report_settings(p)
    assert s.notice_options().reviewer == "马审核" and s.notice_options().deadline_days == 5
    assert Path(s.rubric) == tmp_path / "my-rubric.toml"


@pytest.mark.parametrize("body, needle", [
    ('[reports]\nsigner = "x"\n', "reports.signer"),
    ('[reports]\ndeadline_days = 0\n', "deadline_days"),
    ('[reports]\ndeadline_days = "three"\n', "deadline_days"),
])
def test_bad_values_fail_naming_the_key(tmp_path, body, needle):
    p = tmp_path / "g.toml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=needle):
        load_report_settings(p)

"""The ``[reports]`` section of ``gongkai.toml``: who signs notices, how long sections have, the rubric.

    [reports]
    bureau = "中卫市人力资源和社会保障局"
    office = "局办公室（政务公开办公室）"
    reviewer = "马某某"          # printed on the 退文通知单 (blank line to sign if unset)
    deadline_days = 3            # working days the drafting section has to resubmit
    rubric = "rubric.toml"       # assessment rubric (relative to the config file); default reports/rubric.toml

Validated on load like every other section (unknown key → error naming it). The library never
looks for the file itself: ``flows`` passes the path it was given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


from . import labels as L
from .notice import NoticeOptions


@dataclass(frozen=True, slots=True)
class ReportSettings:
    """``[reports]``: notice signer and deadline, bureau names, rubric file."""

    bureau: str = L.BUREAU
    office: str = "局办公室（政务公开办公室）"
    reviewer: str | None = None
    deadline_days: int = 3
    rubric: str | None = None

    def __post_init__(self) -> None:
        if self.deadline_days < 1:
            raise ValueError("reports.deadline_days must be >= 1")

    def notice_options(self) -> NoticeOptions:
        return NoticeOptions(reviewer=self.reviewer, deadline_days=self.deadline_days, bureau=self.bureau, office=self.office)


def load_report_settings(config_path: str | Path | None) -> ReportSettings:
    """``[reports]`` from the TOML file (defaults without one); ``rubric`` resolved against the file's folder."""
    from classifiers.config import build, read_toml

    if config_path is None:
        return ReportSettings()
    data = read_toml(config_path)
    s = build(ReportSettings, dict(data.get("reports", {})), "reports")
    if s.rubric and not Path(s.rubric).is_absolute():
        from dataclasses import replace

        s = replace(s, rubric=str(Path(config_path).resolve().parent / s.rubric))
    return s

"""The monthly report as a Prefect flow, scheduled for the first day of each month.

Reads like the office's process: load the month's audits from the ledger → compute the statistics →
write the workbook and the page (and the month's 登记台账) under ``<root>/reports/`` → link them from the flow run (a markdown
artifact with the headline figures and file links, a table artifact with one row per section).
Tasks are thin wrappers over ``reports``; only the ledger reads retry (it is the I/O that can
meet a locked SQLite file while the watch service writes).

    from flows.monthly import monthly_report, deployment
    monthly_report(month="2026-11", root="/srv/gongkai")          # once, now
    deployment("/srv/gongkai").apply() / serve(deployment(root))  # 07:00 on the 1st, for the month before
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

#: 07:00 Beijing time on the first day of every month; the flow then reports the month just ended.
CRON = "0 7 1 * *"
TIMEZONE = "Asia/Shanghai"


def previous_month(today: dt.date) -> tuple[int, int]:
    """The calendar month before ``today``'s."""
    return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)


@task(name="load-month", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NO_CACHE)
def load_month(root: str, ledger_url: str | None, year: int, month: int, rubric_path: str | None):
    """Ledger → records → MonthlyStats (read only)."""
    from reports.rubric import load_rubric
    from reports.source import monthly_from_ledger
    from storage import Ledger

    ledger = Ledger.for_root(root, url=ledger_url)
    try:
        return monthly_from_ledger(ledger, year, month, rubric=load_rubric(rubric_path))
    finally:
        ledger.close()


@task(name="write-month", cache_policy=NO_CACHE)
def write_month(stats, out_dir: str) -> list[str]:
    """MonthlyStats → xlsx + HTML under ``out_dir``."""
    from reports.monthly import write_monthly

    return [str(p) for p in write_monthly(stats, Path(out_dir))]


@task(name="write-register", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NO_CACHE)
def write_month_register(root: str, ledger_url: str | None, year: int, month: int, out_dir: str) -> str:
    """The month's 登记台账 (《资料管理制度》第三条) beside the statistics."""
    from reports.register import write_register
    from reports.source import load_register
    from reports.stats import month_bounds
    from storage import Ledger

    start, end = month_bounds(year, month)
    first, last = start.date(), (end - dt.timedelta(days=1)).date()
    ledger = Ledger.for_root(root, url=ledger_url)
    try:
        rows = load_register(ledger, first, last)
    finally:
        ledger.close()
    path = Path(out_dir) / f"政务公开登记台账-{first.isoformat()}至{last.isoformat()}.xlsx"
    return str(write_register(rows, path, first, last))


def summary_markdown(stats, paths: list[str]) -> str:
    """The flow run's markdown artifact: headline figures and links to the files."""
    from reports.monthly import duration_zh

    t = stats.total
    pct = lambda v: "—" if v is None else f"{100 * v:.1f}%"  # noqa: E731
    lines = [
        f"# 政务公开审查月报 {stats.year}年{stats.month}月",
        "",
        "| 指标 | 数值 |",
        "|---|---|",
        f"| 送审公文 | {t.documents} 件（重复提交 {stats.duplicates}） |",
        f"| 待审批 / 退回 / 需报审 / 无法审查 | {t.approve} / {t.returned} / {t.escalate} / {t.errors} |",
        f"| 一次通过率 | {pct(t.first_pass_rate)} |",
        f"| 主动公开占比 | {pct(t.proactive_share)} |",
        f"| 个人信息（处） | {sum(n for _, n, _ in stats.personal_data)} |",
        f"| 送审→审查结论 中位数 | {duration_zh(stats.median_to_decision_s)} |",
        f"| 送审→审核意见 中位数 | {stats.median_to_review_h if stats.median_to_review_h is not None else '—'} 小时 |",
        "",
        "报告文件：",
        *[f"- [{Path(p).name}]({Path(p).resolve().as_uri()})" for p in paths],
    ]
    return "\n".join(lines)


def section_table(stats) -> list[dict]:
    """The table artifact: one row per drafting section."""
    pct = lambda v: None if v is None else round(100 * v, 1)  # noqa: E731
    return [
        {"承办科室": s.department, "送审": s.documents, "退回": s.returned, "需报审": s.escalate,
         "一次通过率%": pct(s.first_pass_rate), "主动公开占比%": pct(s.proactive_share),
         "考核得分": sc.score}
        for s, sc in zip(stats.sections, stats.scores)
    ]


@flow(name="monthly-report", log_prints=True)
def monthly_report(month: str | None = None, root: str = "gongkai-data", ledger_url: str | None = None,
                   rubric: str | None = None, artifacts: bool = True, with_register: bool = True) -> list[str]:
    """Statistics (and the month's register) for ``month`` (``YYYY-MM``; default: the month before
    today) → files under ``<root>/reports/``."""
    from reports.stats import parse_month

    from .root import apply_umask

    apply_umask()  # run by a Prefect worker, not the CLI: the reports are 0640 all the same
    year, m = parse_month(month) if month else previous_month(dt.date.today())
    out_dir = str(Path(root) / "reports")
    stats = load_month(root, ledger_url, year, m, rubric)
    paths = write_month(stats, out_dir)
    if with_register:
        paths.append(write_month_register(root, ledger_url, year, m, out_dir))
    print(f"{year}年{m}月：送审 {stats.total.documents} 件 → {', '.join(paths)}")
    if artifacts:
        create_markdown_artifact(summary_markdown(stats, paths), key="monthly-report",
                                 description=f"政务公开审查月报 {year}-{m:02d}")
        create_table_artifact(section_table(stats), key="monthly-sections", description=f"各科室 {year}-{m:02d}")
    return paths


def deployment(root: str | Path, *, name: str = "monthly-report", cron: str = CRON, timezone: str = TIMEZONE,
               ledger_url: str | None = None, rubric: str | None = None):
    """A deployment of ``monthly_report`` scheduled on the 1st of each month (``.apply()`` or ``serve(...)``).

    Deployment code stays apart from the flow: the flow runs by hand the same way.
    """
    from prefect.schedules import Cron

    return monthly_report.to_deployment(
        name=name, schedule=Cron(cron, timezone=timezone),
        parameters={"root": str(root), "ledger_url": ledger_url, "rubric": rubric},
        description="政务公开审查月报：每月1日生成上月统计（xlsx + 图表 HTML）", tags=["gongkai", "monthly"],
    )


def serve_monthly(root: str | Path, **kw) -> None:  # pragma: no cover - blocks forever
    """Serve the scheduled deployment from this process (``python -m flows.monthly ROOT``)."""
    from prefect import serve

    serve(deployment(root, **kw))


if __name__ == "__main__":  # pragma: no cover
    import sys

    serve_monthly(sys.argv[1] if len(sys.argv) > 1 else "gongkai-data")

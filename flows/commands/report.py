"""``gongkai report register|monthly`` — the register (登记台账) and the monthly statistics from the ledger.

    gongkai report register --from 2026-11-01 --to 2026-11-30 --root DIR   → DIR/reports/政务公开登记台账-….xlsx
    gongkai report monthly 2026-11 --root DIR [--rubric FILE]              → DIR/reports/政务公开审查月报-2026-11.{xlsx,html}
    gongkai report flag FILE... [--out DIR]                                → 审查报告.html, result.json (, 退文通知单.docx)

``register`` and ``monthly`` read the ledger of the service root (``<root>/ledger.sqlite3``, or
``[storage] url`` / ``GONGKAI_LEDGER_URL``) and never write to it; ``flag`` audits files in-process
(no ledger, no Prefect) and writes the per-document reports, as the watch service does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD / expected YYYY-MM-DD, got {text!r}") from None


def _month(text: str) -> tuple[int, int]:
    from reports.stats import parse_month

    try:
        return parse_month(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="登记台账与月报 / the register and monthly statistics",
                       description="从台账数据库导出政务公开登记台账（xlsx）或月度统计（xlsx + 含图表的 HTML）；或为文件生成审查报告。")
    rs = p.add_subparsers(dest="report", metavar="REPORT")
    rs.required = True
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--root", metavar="DIR", help="服务根目录（默认 ./gongkai-data）/ service root")
    common.add_argument("--config", metavar="FILE", help="配置文件 gongkai.toml / configuration file")
    common.add_argument("--out", metavar="PATH", help="输出位置（默认 ROOT/reports/）/ output (default ROOT/reports/)")

    r = rs.add_parser("register", parents=[common], help="政务公开登记台账 xlsx / the register as xlsx",
                      description="《资料管理制度》第三条：公开时间、公开形式、主题内容、文件序号、公开范围、审核意见，每件审核通过的公文一行。")
    r.add_argument("--from", dest="start", type=_date, required=True, metavar="YYYY-MM-DD", help="起始日期（含）")
    r.add_argument("--to", dest="end", type=_date, required=True, metavar="YYYY-MM-DD", help="截止日期（含）")
    r.set_defaults(func=run_register)

    m = rs.add_parser("monthly", parents=[common], help="月度统计 xlsx + HTML / monthly statistics",
                      description="按科室统计送审、公开属性、一次通过率、退文原因、个人信息与保密发现、需报审、处理时长、审核纠正、趋势和考核得分。")
    m.add_argument("month", type=_month, metavar="YYYY-MM", nargs="?", help="统计月份，如 2026-11（默认上个月）/ default: last month")
    m.add_argument("--rubric", metavar="FILE",
                   help="考核评分细则 TOML（默认取配置 [reports] rubric，否则 reports/rubric.toml）/ assessment rubric")
    m.set_defaults(func=run_monthly)

    f = rs.add_parser("flag", help="为文件生成审查报告 / write the flag report for files",
                      description="审查文件并在 --out（默认文件旁）写出 审查报告.html、result.json，退回的另写 退文通知单.docx。")
    f.add_argument("paths", nargs="+", metavar="FILE", help="docx/pdf/ofd 文件 / files to audit")
    f.add_argument("--out", metavar="DIR", help="输出文件夹（默认与文件同目录）/ output folder (default: beside each file)")
    f.add_argument("--config", metavar="FILE", help="配置文件 gongkai.toml / configuration file")
    f.add_argument("--department", metavar="科室", help="承办科室（默认取上级文件夹名）/ drafting section (default: parent folder)")
    f.set_defaults(func=run_flag)


def open_ledger(args: argparse.Namespace):
    """(settings root, Ledger) for the command's ``--root`` / ``--config``."""
    from flows.settings import load_settings
    from storage import Ledger

    settings = load_settings(args.config, overrides={"root": args.root})
    root = settings.root
    from flows.root import require_ledger

    require_ledger(root, settings.ledger_url)  # a missing root or ledger: ConfigError, exit 3
    return root, Ledger.for_root(root, url=settings.ledger_url)


def run_register(args: argparse.Namespace) -> int:
    from reports.register import write_register
    from reports.settings import load_report_settings
    from reports.source import load_register

    if args.end < args.start:
        print("gongkai: --to 早于 --from / --to is before --from", file=sys.stderr)
        return 3
    root, ledger = open_ledger(args)
    if ledger is None:
        return 3
    try:
        rows = load_register(ledger, args.start, args.end)
    finally:
        ledger.close()
    out = Path(args.out) if args.out else root / "reports" / f"政务公开登记台账-{args.start.isoformat()}至{args.end.isoformat()}.xlsx"
    if out.suffix.lower() != ".xlsx":
        out = out / f"政务公开登记台账-{args.start.isoformat()}至{args.end.isoformat()}.xlsx"
    write_register(rows, out, args.start, args.end, bureau=load_report_settings(args.config).bureau)
    print(f"登记台账 {len(rows)} 件 / {len(rows)} register rows → {out}")
    if not rows:
        # 《资料管理制度》第二条: 先审核、后登记 — only a reviewer's approval writes a register entry
        print("  （期间内没有审核通过的公文：`gongkai review approve` 批准后才登记 / nothing approved by a reviewer in this period）")
    return 0


def run_monthly(args: argparse.Namespace) -> int:
    from reports.monthly import write_monthly
    from reports.rubric import load_rubric
    from reports.settings import load_report_settings
    from reports.source import monthly_from_ledger

    if args.month is None:
        today = dt.date.today()
        args.month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    year, month = args.month
    settings = load_report_settings(args.config)
    rubric = load_rubric(args.rubric or settings.rubric)
    root, ledger = open_ledger(args)
    if ledger is None:
        return 3
    try:
        stats = monthly_from_ledger(ledger, year, month, rubric=rubric)
    finally:
        ledger.close()
    out_dir = Path(args.out) if args.out else root / "reports"
    paths = write_monthly(stats, out_dir, bureau=settings.bureau)
    t = stats.total
    rate = "—" if t.first_pass_rate is None else f"{100 * t.first_pass_rate:.1f}%"
    print(f"{year}年{month}月：送审 {t.documents} 件，退回 {t.returned}，需报审 {t.escalate}，一次通过率 {rate}")
    for p in paths:
        print(f"  → {p}")
    return 0


def run_flag(args: argparse.Namespace) -> int:
    from classifiers import audit_path, load_config
    from reports import write_document_reports
    from reports.settings import load_report_settings

    config = load_config(args.config)
    notice = load_report_settings(args.config).notice_options()
    worst = 0
    for raw in args.paths:
        path = Path(raw)
        if not path.is_file():
            print(f"gongkai: 文件不存在 / no such file: {raw}", file=sys.stderr)
            worst = max(worst, 3)
            continue
        dept = args.department or path.parent.name or None
        result = audit_path(path, config, department=dept, display=raw)
        out_dir = Path(args.out) if args.out else path.parent
        written = write_document_reports(result, out_dir, path.stem, notice=notice, department=dept)
        print(f"{raw}: {result.decision} → " + "、".join(p.name for p in written))
        worst = max(worst, {"approve": 0, "return": 1, "escalate": 1, "error": 2}.get(str(result.decision), 0))
    return worst

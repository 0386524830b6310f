"""``gongkai review list|show|approve|return|dismiss --root DIR`` — the reviewers' queue on the ledger.

Verdicts are keyed by the finding's fingerprint (rule + normalised match + 发文字号 or content hash),
so a corrected, resubmitted document keeps the verdicts its unchanged findings already had.
Approval writes the register entry (登记); who and when are recorded for every decision.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="审核队列：查看、批准、退回、排除误报 / the reviewers' queue",
                       description="审核人员处理待审文件：list 队列，show 查看问题，approve 批准（自动登记），"
                                   "return 退回（附意见），dismiss 将某条问题标为误报（附原因代码）。")
    rs = p.add_subparsers(dest="action", metavar="ACTION")
    rs.required = True

    def common(q: argparse.ArgumentParser) -> None:
        q.add_argument("--root", metavar="DIR", help="服务根目录（默认 ./gongkai-data）/ service root")
        q.add_argument("--config", metavar="FILE", help="配置文件 / configuration file")

    q = rs.add_parser("list", help="待审队列 / the queue")
    common(q)
    q.add_argument("--all", action="store_true", help="包括已审核的 / include reviewed documents")
    q = rs.add_parser("show", help="查看一件文件的问题 / one document's findings")
    common(q)
    q.add_argument("ref", help="审查编号、sha256 前缀、发文字号或文件名 / run id, sha256 prefix, 发文字号 or file name")
    for name, helptext in (("approve", "批准并登记 / approve and register"), ("return", "退回承办科室 / return with a comment")):
        q = rs.add_parser(name, help=helptext)
        common(q)
        q.add_argument("ref")
        q.add_argument("--reviewer", help="审核人（默认当前用户）/ reviewer (default: login name)")
        q.add_argument("--comment", required=name == "return", help="审核意见 / comment")
        q.add_argument("--attribute", choices=("主动公开", "依申请公开", "不予公开"), help="确认的公开属性 / confirmed attribute")
    q = rs.add_parser("dismiss", help="将一条问题标为误报 / dismiss a finding as a false positive")
    common(q)
    q.add_argument("ref")
    q.add_argument("fingerprint", help="问题指纹（可用前缀）/ finding fingerprint (a prefix will do)")
    from storage import DISMISS_REASONS

    q.add_argument("--reason", required=True, choices=DISMISS_REASONS, help="原因代码 / reason code")
    q.add_argument("--comment")
    q.add_argument("--reviewer")
    p.set_defaults(func=run)


def _reviewer(args) -> str:
    if getattr(args, "reviewer", None):
        return args.reviewer
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 — no login name in some containers
        return os.environ.get("USER", "unknown")


def run(args: argparse.Namespace) -> int:
    from flows.settings import load_settings
    from storage import Ledger

    settings = load_settings(args.config, overrides={"root": args.root})
    from flows.root import require_ledger

    require_ledger(settings.root, settings.ledger_url)  # a missing root or ledger: ConfigError, exit 3
    ledger = Ledger.for_root(settings.root, settings.ledger_url)
    args.settings_root = settings.root
    try:
        return ACTIONS[args.action](ledger, args)
    finally:
        ledger.close()


def _list(ledger, args) -> int:
    runs = ledger.latest_runs() if args.all else ledger.queue()
    if not runs:
        print("待审队列为空 / the queue is empty")
        return 0
    print(f"{'编号':>5}  {'结果':<8} {'待审问题':>4}  {'审核':<8} {'承办科室':<8} 发文字号 / 文件 → 去向")
    for r in runs:
        print(f"{r.id:>5}  {r.decision:<8} {r.open_findings:>8}  {r.review or '—':<8} {r.department or '—':<8} "
              f"{r.doc_number or r.file_name} → {r.route or '—'}")
    return 0


def _find(ledger, ref):
    run = ledger.run(ref)
    if run is None:
        print(f"gongkai: 找不到 / not found: {ref}", file=sys.stderr)
    return run


def _show(ledger, args) -> int:
    r = _find(ledger, args.ref)
    if r is None:
        return 3
    print(f"审查编号 run {r.id} · {r.file_name} · {r.decision} → {r.route or '—'}")
    print(f"标题 {r.title or '—'} · 发文字号 {r.doc_number or '—'} · 承办科室 {r.department or '—'}")
    print(f"公开属性 {r.attribute or '未标注'}（建议 {r.suggested_attribute or '—'}） · 审核 {r.review or '未审核'}")
    if r.duplicate_of:
        print(f"重复投递：与审查 {r.duplicate_of} 内容相同 / same content as run {r.duplicate_of}")
    for f in r.findings:
        state = f"{f.verdict}（{f.reason_code or ''} {f.reviewer} {f.decided_at:%Y-%m-%d %H:%M}）" if f.verdict else "待审 open"
        print(f"  [{f.fingerprint[:10]}] {f.severity:<6} {f.code:<18} {state}")
        print(f"      {f.message}")
        if f.evidence:
            print(f"      证据 evidence: {f.evidence}")
    for p in r.reports:
        print(f"  报告 report: {p}")
    return 0


def _approve(ledger, args) -> int:
    r = _find(ledger, args.ref)
    if r is None:
        return 3
    entry = ledger.record_review(r.id, "approved", _reviewer(args), comment=args.comment, attribute=args.attribute)
    print(f"已批准 approved run {r.id}；登记 register: {entry.published_on} · {entry.form} · {entry.subject} · "
          f"{entry.doc_number or '—'} · {entry.scope} · {entry.opinion}")
    _move(ledger, r, "approved", args)
    return 0


def _return(ledger, args) -> int:
    r = _find(ledger, args.ref)
    if r is None:
        return 3
    ledger.record_review(r.id, "returned", _reviewer(args), comment=args.comment, attribute=args.attribute)
    print(f"已退回 returned run {r.id}：{args.comment}")
    _move(ledger, r, "returned", args)
    return 0


def _move(ledger, run, action: str, args) -> None:
    """The file follows the reviewer's decision (returned → returned/<科室>/, approved → approval/)."""
    from flows.review_routes import move_for_review
    from reports.settings import load_report_settings

    notice = load_report_settings(args.config).notice_options()
    dst = move_for_review(args.settings_root, ledger, run, action, comment=args.comment, reviewer=_reviewer(args),
                          notice_options=notice)
    if dst is not None:
        print(f"文件已移至 moved to {dst}")


def _dismiss(ledger, args) -> int:
    r = _find(ledger, args.ref)
    if r is None:
        return 3
    matches = sorted({f.fingerprint for f in r.findings if f.fingerprint.startswith(args.fingerprint)})
    if len(matches) != 1:
        print(f"gongkai: 指纹 {args.fingerprint} 匹配 {len(matches)} 条问题 / fingerprint matches {len(matches)} findings",
              file=sys.stderr)
        return 3
    ledger.record_verdict(matches[0], "dismissed", _reviewer(args), reason_code=args.reason, comment=args.comment, run_id=r.id)
    print(f"已排除 dismissed {matches[0][:10]}（{args.reason}）")
    return 0


ACTIONS = {"list": _list, "show": _show, "approve": _approve, "return": _return, "dismiss": _dismiss}

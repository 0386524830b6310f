"""``gongkai review list|show|history|approve|exempt|return|escalate|dismiss|reaudit|withdraw --root DIR``.

Every decision goes through the review state machine (``storage.review_machine``) by
``flows.review_decide`` — the same call a web console makes — so two reviewers deciding the same
document at once cannot both win: the loser gets a refusal naming who decided what and when, and
exit status 5. The reviewer is a named person (``--reviewer`` or ``GONGKAI_REVIEWER``), never the
OS account (that is logged beside). Verdicts are keyed by the finding's fingerprint, so a corrected,
resubmitted document keeps the verdicts its unchanged findings already had.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys


#: Exit status of a decision the state machine refused (someone decided first, or not allowed).
EXIT_REFUSED = 5

#: The environment variable a reviewer may set once in their own shell for ``--reviewer``.
REVIEWER_ENV = "GONGKAI_REVIEWER"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="审核队列：查看、批准、退回、报审、排除误报 / the reviewers' queue",
                       description="审核人员处理待审文件：list 队列，show 查看问题与决定记录，approve 同意公开（自动登记），"
                                   "exempt 免于公开，return 退回（附意见），escalate 报审，dismiss 将某条问题标为误报，"
                                   "reaudit 重新审查，withdraw 撤回，history 决定记录。"
                                   f"审核人须以 --reviewer 姓名 注明（或在自己的环境中设 {REVIEWER_ENV}）。")
    rs = p.add_subparsers(dest="action", metavar="ACTION")
    rs.required = True

    def common(q: argparse.ArgumentParser) -> None:
        q.add_argument("--root", metavar="DIR", help="服务根目录（默认 ./gongkai-data）/ service root")
        q.add_argument("--config", metavar="FILE", help="配置文件 / configuration file")

    def decider(q: argparse.ArgumentParser, *, comment_required: bool = False) -> None:
        common(q)
        q.add_argument("ref", help="审查编号、sha256 前缀、发文字号或文件名 / run id, sha256 prefix, 发文字号 or file name")
        q.add_argument("--reviewer", metavar="姓名",
                       help=f"审核人姓名（必填，或设 {REVIEWER_ENV}；不是系统账户）/ the reviewer's name (not the OS account)")
        q.add_argument("--comment", required=comment_required, help="审核意见 / comment")

    q = rs.add_parser("list", help="待审队列 / the queue")
    common(q)
    q.add_argument("--all", action="store_true", help="包括已审核的 / include reviewed documents")
    q = rs.add_parser("show", help="查看一件文件的问题 / one document's findings")
    common(q)
    q.add_argument("ref", help="审查编号、sha256 前缀、发文字号或文件名 / run id, sha256 prefix, 发文字号 or file name")
    q = rs.add_parser("history", help="决定记录 / the decision history")
    common(q)
    q.add_argument("ref", nargs="?", help="只看这一件 / one document only")
    q.add_argument("--reviewer", metavar="姓名", help="只看这位审核人 / one reviewer only")
    for name, helptext in (("approve", "同意公开并登记 / approve for publication and register"),
                           ("exempt", "免于公开并登记 / approve as exempt from publication")):
        q = rs.add_parser(name, help=helptext)
        decider(q)
        if name == "approve":
            q.add_argument("--attribute", choices=("主动公开", "依申请公开", "不予公开"), help="确认的公开属性 / confirmed attribute")
        q.add_argument("--override", action="store_true",
                       help="覆盖：批准隔离或退回的文件（须同时给 --attribute 与 --reason）/ approve a quarantined or returned file")
        q.add_argument("--reason", help="覆盖理由 / why the override")
    q = rs.add_parser("return", help="退回承办科室 / return with a comment")
    decider(q, comment_required=True)
    q.add_argument("--attribute", choices=("主动公开", "依申请公开", "不予公开"), help="应标注的公开属性 / the attribute it should carry")
    for name, helptext in (("escalate", "报审 / escalate"), ("withdraw", "撤回（不再审核）/ withdraw"),
                           ("reaudit", "重新审查文件 / audit the routed file again")):
        q = rs.add_parser(name, help=helptext)
        decider(q)
    q = rs.add_parser("dismiss", help="将一条问题标为误报 / dismiss a finding as a false positive")
    decider(q)
    q.add_argument("fingerprint", help="问题指纹（可用前缀）/ finding fingerprint (a prefix will do)")
    from storage import DISMISS_REASONS

    q.add_argument("--reason", required=True, choices=DISMISS_REASONS, help="原因代码 / reason code")
    p.set_defaults(func=run)


def _reviewer(args) -> str | None:
    """The named reviewer: ``--reviewer``, else the reviewer's own ``GONGKAI_REVIEWER`` — never the login name."""
    name = (getattr(args, "reviewer", None) or os.environ.get(REVIEWER_ENV) or "").strip()
    return name or None


def _os_user() -> str | None:
    """The OS account, logged beside the reviewer (it is not the reviewer)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 — no login name in some containers
        return os.environ.get("USER") or None


def run(args: argparse.Namespace) -> int:
    from flows.settings import load_settings
    from storage import Ledger

    settings = load_settings(args.config, overrides={"root": args.root})
    from flows.root import require_ledger

    require_ledger(settings.root, settings.ledger_url)  # a missing root or ledger: ConfigError, exit 3
    for key in ("reviewer", "comment", "reason", "ref", "fingerprint", "attribute"):
        value = getattr(args, key, None)
        if isinstance(value, str) and any("\ud800" <= ch <= "\udfff" for ch in value):
            # a byte that is not UTF-8 (the terminal's encoding is another): it cannot be stored or printed as typed
            _say(f"gongkai: --{key} 含非 UTF-8 字节，请改正 / --{key} holds bytes that are not UTF-8", file=sys.stderr)
            return 3
    ledger = Ledger.for_root(settings.root, settings.ledger_url)
    args.settings_root = settings.root
    try:
        return ACTIONS[args.action](ledger, args)
    finally:
        ledger.close()


def _list(ledger, args) -> int:
    runs = ledger.latest_runs() if args.all else ledger.queue()
    if not runs:
        _say("待审队列为空 / the queue is empty")
        return 0
    from classifiers.masking import mask_text
    from reports.console import table
    from reports.labels import DECISION_SHORT
    from storage.review_machine import STATES

    rows = [(r.id, DECISION_SHORT.get(r.decision, r.decision), r.open_findings, STATES[r.state][0] if r.state else "—",
             mask_text(r.department or "—"), mask_text(f"{r.doc_number or r.file_name} → {r.route or '—'}")) for r in runs]
    table(("编号", "审查结论", "待审问题", "审核状态", "承办科室", "发文字号 / 文件 → 去向"), rows, sys.stdout, right=(0, 2))
    return 0


def _say(line: str, file=None) -> None:
    """Print one line, masked (titles, file names, messages and evidence come from documents) and with
    control characters shown escaped, never obeyed by the terminal."""
    from classifiers.masking import mask_text
    from reports.console import safe

    print(safe(mask_text(line)), file=file or sys.stdout)


def _find(ledger, ref):
    run = ledger.run(ref)
    if run is None:
        _say(f"gongkai: 找不到 / not found: {ref}", file=sys.stderr)
    return run


def _show(ledger, args) -> int:
    r = _find(ledger, args.ref)
    if r is None:
        return 3
    from reports.labels import DECISION_SHORT, SEVERITY, code_name

    _say(f"审查编号 run {r.id} · {r.file_name} · {DECISION_SHORT.get(r.decision, r.decision)} → {r.route or '—'}")
    _say(f"标题 {r.title or '—'} · 发文字号 {r.doc_number or '—'} · 承办科室 {r.department or '—'}")
    from storage.review_machine import ACTIONS, STATES, allowed_actions

    state = ledger.review_state(r.id)
    _say(f"公开属性 {r.attribute or '未标注'}（建议 {r.suggested_attribute or '—'}） · "
          f"审核状态 {STATES[state.state][0]} / {state.state}（v{state.version}）")
    if state.last is not None:
        d = state.last
        _say(f"最近决定 last decision: {d.reviewer} {d.decided_at:%Y-%m-%d %H:%M:%S} {ACTIONS[d.action][0]}"
              f"{'（' + d.comment + '）' if d.comment else ''}")
    _say("可执行 allowed: " + "、".join(f"{a}（{ACTIONS[a][0]}）" for a in allowed_actions(state.state)) if allowed_actions(state.state)
          else "可执行 allowed: —（已结束 / final）")
    if r.duplicate_of:
        _say(f"重复投递：与审查 {r.duplicate_of} 内容相同 / same content as run {r.duplicate_of}")
    for f in r.findings:
        state = f"{f.verdict}（{f.reason_code or ''} {f.reviewer} {f.decided_at:%Y-%m-%d %H:%M}）" if f.verdict else "待审 open"
        _say(f"  [{f.fingerprint[:10]}] {SEVERITY.get(str(f.severity), f.severity)} {code_name(f.code, f.subtype)}（{f.code}） {state}")
        _say(f"      {f.message}")
        if f.evidence:
            _say(f"      证据 evidence: {f.evidence}")
    for p in r.reports:
        _say(f"  报告 report: {p}")
    return 0


def _request(args, action: str, current, **extra):
    """The decision as asked for, against the state just read (the compare-and-set expects it)."""
    from storage.review_machine import DecisionRequest

    return DecisionRequest(action=action, reviewer=_reviewer(args) or "", comment=args.comment,
                           attribute=getattr(args, "attribute", None), override=getattr(args, "override", False),
                           reason=getattr(args, "reason", None) if action in ("approve", "exempt") else None,
                           expected_state=current.state, expected_version=current.version, os_user=_os_user(), **extra)


def _decide(ledger, args) -> int:
    """approve | exempt | return | escalate | withdraw | reaudit | dismiss: one decision through the state machine."""
    from flows.review_decide import decide, reaudit
    from reports.settings import load_report_settings

    if _reviewer(args) is None:
        _say(f"gongkai: 必须注明审核人：--reviewer 姓名（或设 {REVIEWER_ENV}）/ the reviewer's name is required: "
              f"--reviewer NAME (or set {REVIEWER_ENV})", file=sys.stderr)
        return 3
    r = _find(ledger, args.ref)
    if r is None:
        return 3
    current = ledger.review_state(r.id)
    extra = {}
    if args.action == "dismiss":
        matches = sorted({f.fingerprint for f in r.findings if f.fingerprint.startswith(args.fingerprint)})
        if len(matches) != 1:
            _say(f"gongkai: 指纹 {args.fingerprint} 匹配 {len(matches)} 条问题 / fingerprint matches {len(matches)} findings",
                  file=sys.stderr)
            return 3
        extra = {"fingerprints": (matches[0],), "reason_code": args.reason}
    request = _request(args, args.action, current, **extra)
    notice = load_report_settings(args.config).notice_options()
    if args.action == "reaudit":
        out = reaudit(args.settings_root, ledger, r.id, request, config_path=args.config, notice_options=notice)
    else:
        out = decide(args.settings_root, ledger, r.id, request, notice_options=notice)
    if not out.ok:
        _say(f"gongkai: {out.result.message}", file=sys.stderr)
        if out.result.code == "needs_reaudit":
            _say(f"  gongkai review reaudit {r.id} --reviewer …  或 / or  "
                  f"gongkai review {args.action} {r.id} --override --attribute 主动公开 --reason \"…\" --reviewer …",
                  file=sys.stderr)
        return 3 if out.result.code == "bad_request" else EXIT_REFUSED  # an incomplete request is a usage error
    _print_applied(r, out)
    return 0


def _print_applied(r, out) -> None:
    from storage.review_machine import ACTIONS, STATES

    d, entry = out.result.decision, out.result.register_entry
    _say(f"已{ACTIONS[d.action][0]} run {r.id}：{STATES[d.from_state][0]} → {STATES[d.to_state][0]} "
          f"（{d.reviewer}，{d.decided_at:%Y-%m-%d %H:%M:%S}{'，覆盖：' + d.reason if d.override else ''}）"
          f" / {d.action}: {d.from_state} → {d.to_state}")
    if d.action == "dismiss":
        _say(f"已排除 dismissed {d.fingerprints[0][:10]}")
    if entry is not None:
        _say(f"登记 register: {entry.published_on} · {entry.form} · {entry.subject} · "
              f"{entry.doc_number or '—'} · {entry.scope} · {entry.opinion}")
    for w in out.withdrawn:
        _say(f"退文通知单已撤回 notice withdrawn: {w}")
    if out.moved_to is not None:
        _say(f"文件已移至 moved to {out.moved_to}")


def _history(ledger, args) -> int:
    from storage.review_machine import ACTIONS, STATES

    run_id = None
    if args.ref:
        r = _find(ledger, args.ref)
        if r is None:
            return 3
        run_id = r.id
    rows = ledger.decisions(run_id, reviewer=args.reviewer)
    if not rows:
        _say("没有决定记录 / no decisions")
        return 0
    for d in rows:
        extra = f" 覆盖理由 {d.reason}" if d.override else ""
        _say(f"{d.decided_at:%Y-%m-%d %H:%M:%S}  run {d.run_id:>4}  {d.reviewer}  {ACTIONS[d.action][0]}  "
              f"{STATES[d.from_state][0]} → {STATES[d.to_state][0]}  v{d.version}"
              f"{'  公开属性 ' + d.attribute if d.attribute else ''}{'  意见 ' + d.comment if d.comment else ''}{extra}"
              f"  问题 {len(d.fingerprints)}  (系统账户 {d.os_user or '—'})")
    return 0


ACTIONS = {"list": _list, "show": _show, "history": _history, **dict.fromkeys(
    ("approve", "exempt", "return", "escalate", "withdraw", "reaudit", "dismiss"), _decide)}

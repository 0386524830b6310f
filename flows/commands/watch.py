"""``gongkai watch [--root DIR] [--once]`` — the watch-folder service (Prefect by default)."""

from __future__ import annotations

import argparse
import sys

LABELS = {"approve": "待审批", "return": "退回", "escalate": "需报审", "error": "已隔离"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("watch", help="监视收件夹并分流（Prefect）/ watch the inbox and route files",
                       description="监视 ROOT/inbox/：审查每个新文件，分流到 approval/、returned/<科室>/、escalated/、quarantine/，"
                                   "报告写入 reports/，全部记入台账。")
    p.add_argument("--root", metavar="DIR", help="服务根目录（默认 ./gongkai-data）/ service root (default ./gongkai-data)")
    p.add_argument("--once", action="store_true", help="处理现有文件后退出 / process what is ready, then exit")
    p.add_argument("--config", metavar="FILE", help="配置文件 gongkai.toml / configuration file")
    p.add_argument("--engine", choices=("prefect", "inline"), help="编排方式 / orchestration (default prefect)")
    p.add_argument("--concurrency", type=int, metavar="N", help="同时审查的文件数 / documents at once")
    p.add_argument("--quiet", action="store_true", help="不逐件打印 / no per-file lines")
    p.add_argument("--init", action="store_true", help="根目录不存在时创建 / create the root if it does not exist")
    p.add_argument("--rebuild-ledger", action="store_true",
                   help="台账丢失时新建空台账（历史记录无法恢复）/ start a new, empty ledger when it was lost (history is gone)")
    p.add_argument("--shared-root", action="store_true",
                   help="允许多个服务共用此根目录（扩展部署）/ allow several services on this root (scale-out)")
    p.set_defaults(func=run)


def print_outcome(out, stream=sys.stdout) -> None:
    """One routed file as a line: the decision in Chinese, where it came from and went, masked and escaped."""
    from classifiers.masking import mask_text
    from reports.console import pad, safe

    label = LABELS.get(out.decision, out.decision)
    dup = f"  [重复投递，同第{out.duplicate_of}次审查]" if out.duplicate_of else ""
    line = f"{pad(label, 7)} {out.source.removeprefix('inbox/')} → {out.route}{dup}"
    print(safe(mask_text(line)), file=stream, flush=True)


def run(args: argparse.Namespace) -> int:
    from flows.root import check_root_path, prepare_root, root_lock, root_ready, warn
    from flows.settings import load_settings

    settings = load_settings(args.config, overrides={"root": args.root, "engine": args.engine, "concurrency": args.concurrency,
                                                     "shared_root": True if args.shared_root else None})
    created = check_root_path(settings.root, init=args.init)
    with root_lock(settings.root, shared=settings.service.shared_root):
        state = prepare_root(settings.root, settings.ledger_url, rebuild_ledger=args.rebuild_ledger, group=settings.service.group)
        warn(state)
        return _serve(settings, args, on_ledger=lambda: root_ready(state.root, settings.ledger_url, group=settings.service.group,
                                                                created=created))


def _serve(settings, args: argparse.Namespace, on_ledger) -> int:
    import logging

    from flows.service import Service, prepare_prefect_env
    from reports.console import safe

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    logging.getLogger("gongkai.watch").setLevel(logging.INFO)
    from classifiers.masking import install_log_masking

    install_log_masking()  # file names and errors in log lines pass the same mask as the reports
    if settings.service.engine == "prefect":
        prepare_prefect_env(settings)
    svc = Service(settings, on_outcome=None if args.quiet else print_outcome)
    on_ledger()  # the ledger exists now: from here on this root has a history
    where = settings.prefect_api_url or f"embedded local Prefect ({svc.layout.root / '.prefect'})"
    if settings.service.engine == "prefect":
        print(f"gongkai watch: {safe(str(svc.layout.root))} · Prefect: {safe(str(where))}", file=sys.stderr, flush=True)
    else:
        print(f"gongkai watch: {safe(str(svc.layout.root))} · inline (no Prefect)", file=sys.stderr, flush=True)
    try:
        outcomes = svc.run(once=args.once)
    finally:
        svc.close()
    if args.once or outcomes:
        counts: dict[str, int] = {}
        for o in outcomes:
            counts[o.decision] = counts.get(o.decision, 0) + 1
        summary = "，".join(f"{LABELS.get(k, k)} {v}" for k, v in sorted(counts.items())) or "无新文件"
        print(f"共处理 {len(outcomes)} 件（{summary}）；报告在 {safe(str(svc.layout.reports))}", file=sys.stderr, flush=True)
    return 0

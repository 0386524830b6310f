"""``gongkai audit [--json] [--config FILE] PATH...`` — audit files in-process, no Prefect."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="审查文件或文件夹（不经 Prefect）/ audit files in-process",
                       description="审查一个或多个文件/文件夹（递归），每个文件一条结果。")
    p.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹 / files or folders (recursive)")
    p.add_argument("--json", action="store_true", help="输出结果契约 JSON / print the result contract as JSON")
    p.add_argument("--config", metavar="FILE", help="配置文件 gongkai.toml / configuration file")
    p.add_argument("--jobs", type=int, default=0, metavar="N", help="并行进程数（默认按文件数与 CPU 自动）/ worker processes")
    p.set_defaults(func=run)


def iter_files(paths: list[str]) -> list[tuple[str, Path]]:
    """(as given or relative to the folder given, path) for every file, folders recursed, sorted."""
    from extractors.sidecar import SUFFIXES

    out: list[tuple[str, Path]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file())
            docs = {f for f in files}
            for f in files:
                # a sidecar beside its document is read with it, not audited alone
                if f.suffix.lower() in SUFFIXES and any(d != f and _sidecar_of(d, f) for d in docs):
                    continue
                if f.name.startswith((".", "~$")):
                    continue
                out.append((str(f), f))
        else:
            out.append((raw, p))
    return out


def _sidecar_of(doc: Path, candidate: Path) -> bool:
    from extractors.sidecar import sidecar_paths

    return candidate in sidecar_paths(doc)


def run(args: argparse.Namespace) -> int:
    from classifiers import load_config
    from classifiers.masking import mask_text

    from classifiers.batch import audit_many
    from reports.console import print_table

    config = load_config(args.config)
    files = iter_files(args.paths)
    if not files:
        print("gongkai: 没有找到文件 / no files found", file=sys.stderr)
        return 3
    missing = [shown for shown, p in files if not p.exists()]
    for shown in missing:
        print(mask_text(f"gongkai: 文件不存在 / no such file: {shown}"), file=sys.stderr)
    if missing and len(missing) == len(files):
        return 3
    results = audit_many([(s, p) for s, p in files if p.exists()], config, jobs=args.jobs)
    if args.json:  # to_contract is the masking boundary: file names, titles, evidence are masked there
        json.dump([r.to_contract() for r in results], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(results, sys.stdout)
    return exit_status(results) if not missing else max(exit_status(results), 2)


def exit_status(results) -> int:
    """0 all approved, 1 some returned or escalated, 2 some unreadable."""
    decisions = {str(r.decision) for r in results}
    if "error" in decisions:
        return 2
    if decisions & {"return", "escalate"}:
        return 1
    return 0

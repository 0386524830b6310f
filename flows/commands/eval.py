"""``gongkai eval DIR --truth FILE`` — measure the audit on a bureau's own archive; ``--template`` writes a truth file.

Audits every file the truth file lists (paths relative to DIR) the way ``gongkai audit`` does —
in-process, a fork pool for a batch, no Prefect, no database — and scores the results against the
truth (``reports.evaluation``): attribute accuracy and confusion matrix, decision agreement and its
matrix, precision/recall/F1 per code, the disagreements with masked evidence, the files nobody
listed and the listed files that are not there. Prints that in Chinese (``--json`` for machines) and
writes ``<truth stem>.评测.html`` and ``.xlsx`` into ``--out`` (default ``./gongkai-eval``: the
current directory, because the truth file often sits in a versioned or read-only folder).

Exit status: 0 it ran, whatever the scores · 2 bad usage or a bad truth file (the message names the
line) · 3 a bad ``--config``, as for every command.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_RAN, EXIT_BAD_INPUT = 0, 2
DEFAULT_OUT = "gongkai-eval"


class _EvalParser(argparse.ArgumentParser):
    """The eval subcommand's parser: bad usage, unknown options included, exits 2 (the shared one exits 3)."""

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[override]
        ns, extras = super().parse_known_args(args, namespace)
        if extras:  # left alone, the top-level parser would refuse them with its own exit status
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return ns, extras

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"gongkai eval: 参数错误 / usage error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval", help="用真值文件评测审查结果 / measure the audit against a truth file",
        description="按真值文件（CSV 或 JSONL）审查 DIR 中列出的文件并计分：公开属性准确率与混淆矩阵、审查结论一致率、"
                    "各问题代码的精确率/召回率/F1、不一致清单（证据已遮盖）；同时写出 xlsx 和 HTML。"
                    "退出码 / exit: 0 已运行（无论得分）· 2 用法或真值文件错误 · 3 配置文件错误。",
        epilog="真值文件列 / truth columns: file, attribute, decision, codes[, note, …]. "
               "--template 不带 FILE 时把 CSV 模板打印到标准输出；FILE 以 .jsonl 结尾时写 JSONL 模板，否则写 CSV 模板"
               "（表头 + 每列含义一行注释 + 注释掉的示例行）/ --template writes a CSV template (header, one comment line per "
               "column, commented example rows) to FILE or stdout; a JSONL template when FILE ends in .jsonl.")
    p.__class__ = _EvalParser  # the shared parser class exits 3 on usage errors; eval's contract is 2
    p.add_argument("folder", nargs="?", metavar="DIR", help="被评测的文件夹 / the folder the truth paths are relative to")
    p.add_argument("--truth", metavar="FILE", help="真值文件 CSV 或 JSONL / truth file")
    p.add_argument("--config", metavar="FILE", help="配置文件 gongkai.toml / configuration file")
    p.add_argument("--jobs", type=int, default=0, metavar="N", help="并行进程数（默认自动）/ worker processes")
    p.add_argument("--out", metavar="DIR", help=f"报告输出目录（默认 ./{DEFAULT_OUT}）/ where the xlsx and HTML go")
    p.add_argument("--json", action="store_true", help="以 JSON 输出评测结果 / print the evaluation as JSON")
    p.add_argument("--template", nargs="?", const="-", metavar="FILE",
                   help="写出真值文件模板（CSV；FILE 以 .jsonl 结尾则为 JSONL）/ write a template truth file")
    p.set_defaults(func=run)


def _fail(message: str) -> int:
    from classifiers.masking import mask_text

    print(mask_text(f"gongkai eval: {message}"), file=sys.stderr)
    return EXIT_BAD_INPUT


def write_template(target: str) -> int:
    """The template to ``target`` (``-``: stdout); never overwrites a file."""
    from reports.evaluation import messages as M
    from reports.evaluation import template_text

    text = template_text(jsonl=target.lower().endswith((".jsonl", ".json", ".ndjson")))
    if target == "-":
        sys.stdout.write(text)
        return EXIT_RAN
    path = Path(target)
    if path.exists():
        zh, en = M.ERR_TEMPLATE_EXISTS
        return _fail(f"{zh.format(path=target)} / {en.format(path=target)}")
    path.write_text("\ufeff" + text if not target.lower().endswith((".jsonl", ".json", ".ndjson")) else text, encoding="utf-8")
    print(M.WROTE_TEMPLATE.format(path=path), file=sys.stderr)
    return EXIT_RAN


def resolve_rows(folder: Path, rows, truth_path: str):
    """(row, path) for rows whose file exists, and the rows whose file is missing.

    A path that passed ``normalise_path`` can still leave the folder through a symbolic link to a
    directory: such a row is refused (``TruthFileError``), not audited. A symbolic link as the file
    itself is left to the audit, which never follows it (UNREADABLE, 不是普通文件).
    """
    from reports.evaluation import TruthFileError
    from reports.evaluation import messages as M

    base = folder.resolve()
    present, missing = [], []
    for r in rows:
        path = folder / r.file
        parent = path.parent.resolve()
        if parent != base and base not in parent.parents:
            zh, en = M.ERR_FILE_ESCAPES
            raise TruthFileError(truth_path, zh.format(path=r.file), en.format(path=r.file), r.line)
        (present if path.is_file() or path.is_symlink() else missing).append((r, path))
    return present, [r for r, _ in missing]


def run(args: argparse.Namespace) -> int:
    """The command: the template, or audit the listed files, score, print and write the reports."""
    from reports.evaluation import messages as M

    if args.template is not None:
        if args.folder or args.truth:
            return _fail(M.USAGE_TEMPLATE_ALONE)
        return write_template(args.template)
    if not args.folder or not args.truth:
        return _fail(M.USAGE_NEEDS_DIR)
    folder = Path(args.folder)
    if not folder.is_dir():
        return _fail(M.USAGE_NOT_A_FOLDER.format(path=args.folder))

    from classifiers import load_config
    from classifiers.batch import audit_many
    from reports.evaluation import TruthFileError, evaluate, observed, print_evaluation, read_truth, to_dict
    from reports.evaluation import write_page, write_workbook

    from .audit import iter_files

    try:
        truth = read_truth(args.truth)
        present, _ = resolve_rows(folder, truth.rows, args.truth)
    except TruthFileError as e:
        return _fail(str(e))
    config = load_config(args.config)
    results = audit_many([(r.file, p) for r, p in present], config, jobs=args.jobs)
    got = {r.file: observed(res, r.file) for (r, _), res in zip(present, results)}
    listed = {r.file for r in truth.rows}
    in_folder = [Path(shown).relative_to(folder).as_posix() for shown, _ in iter_files([str(folder)])]
    ev = evaluate(truth.rows, got, not_in_truth=[f for f in in_folder if f not in listed], truth_path=args.truth,
                  folder=args.folder)
    out = Path(args.out or DEFAULT_OUT)
    stem = Path(args.truth).stem
    html = write_page(ev, out / f"{stem}.评测.html")
    book = write_workbook(ev, out / f"{stem}.评测.xlsx")
    if args.json:
        json.dump(to_dict(ev), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_evaluation(ev, sys.stdout)
    print(M.WROTE.format(html=html, xlsx=book), file=sys.stderr if args.json else sys.stdout)
    return EXIT_RAN

"""``gongkai train [--root DIR] [--out FILE]`` — rebuild the attribute model reproducibly;
``gongkai train --passages [--out FILE]`` — rebuild the passage model (``classifiers.passage_model``)
from the three writers' generators in ``samples/passage_corpus`` (fixed seeds).

Training data: the labelled starter corpus (``samples.corpus``, wording A) plus, with ``--root``,
the reviewers' recorded verdicts from the ledger under that root
(``storage.Ledger.for_root(root).training_examples()`` → (text, attribute) pairs). scikit-learn and
jieba are imported here only, never by ``gongkai audit``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="重新训练公开属性分类模型 / rebuild the attribute model",
                       description="用内置语料（及 --root 下台账中审核人员的结论）重新训练公开属性分类模型。")
    p.add_argument("--root", metavar="DIR", help="工作目录：从其台账读取审核结论作为训练样本 / learn from the ledger's verdicts")
    p.add_argument("--out", metavar="FILE", help="模型输出路径（默认覆盖内置模型）/ model file to write")
    p.add_argument("--corpus-size", type=int, default=600, metavar="N", help="内置语料篇数 / starter corpus size (default 600)")
    p.add_argument("--seed", type=int, default=2026, help="语料随机种子 / corpus seed")
    p.add_argument("--passages", action="store_true",
                   help="改为重新训练段落分类模型（内置三位作者的段落生成器）/ rebuild the passage model instead")
    p.set_defaults(func=run)


def ledger_examples(root: str) -> list[tuple[str, str]]:
    """(text, attribute) pairs from the reviewers' verdicts recorded in the ledger under ``root``."""
    try:
        from storage import Ledger
    except ImportError as e:
        raise SystemExit(f"gongkai: 台账模块不可用 / storage.Ledger unavailable: {e}") from None
    from flows.root import require_ledger

    ledger = Ledger.for_root(require_ledger(Path(root), None))  # never create an empty ledger to learn from
    if not hasattr(ledger, "training_examples"):
        raise SystemExit("gongkai: 台账不提供训练样本 / this ledger has no training_examples()")
    return [(str(t), str(a)) for t, a in ledger.training_examples()]


def run(args: argparse.Namespace) -> int:
    if getattr(args, "passages", False):
        return run_passages(args)
    from classifiers.model_classifier.check import default_model_path
    from classifiers.model_classifier.training import save, train
    from samples.corpus import corpus_examples

    examples = corpus_examples(args.corpus_size, args.seed)
    extra: list[tuple[str, str]] = []
    if args.root:
        extra = ledger_examples(args.root)
    arrays = train(examples + extra)
    out = save(arrays, args.out or default_model_path())
    print(f"训练样本 {len(examples)} 篇内置语料 + {len(extra)} 条审核结论；模型已写入 {out}（{out.stat().st_size / 1024:.0f} KB）")
    print(f"trained on {len(examples)} corpus documents + {len(extra)} reviewer verdicts; wrote {out}", file=sys.stderr)
    return 0


def run_passages(args: argparse.Namespace) -> int:
    """Rebuild the passage model from every writer's generator (fixed seeds) and write it."""
    from classifiers.passage_model.check import default_model_path
    from classifiers.passage_model.training import save, train
    from samples.passage_corpus import SEEDS, WRITERS, corpus

    passages = corpus(WRITERS)
    starter = sum(1 for p in passages if p.writer in ("starter", "admin"))
    sets = sum(1 for p in passages if p.writer.startswith("set_"))
    arrays = train([(p.text, p.label) for p in passages],
                   meta={"writers": list(WRITERS), "seeds": SEEDS, "extra_public": starter, "evaluation_sets": sets})
    out = save(arrays, args.out or default_model_path())
    print(f"段落分类模型：训练段落 {len(passages)} 条（{len(WRITERS)} 位作者的生成器 {len(passages) - starter - sets} 条 + 内置公开段落 {starter} 条"
          f" + 调参评测集标注段落 {sets} 条）；模型已写入 {out}（{out.stat().st_size / 1024:.0f} KB）")
    print(f"passage model: trained on {len(passages)} paragraphs ({', '.join(WRITERS)} + {starter} extra public + {sets} labelled "
          f"paragraphs of the tuning evaluation sets); wrote {out}", file=sys.stderr)
    return 0

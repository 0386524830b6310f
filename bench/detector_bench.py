"""Throughput of the whole sensitive-data detector set, in MB/s of extracted (UTF-8) text, beside
one ``re`` pass over the same blocks in the same run (the floor).

Every detector the registry holds (``classifiers.detectors.DETECTORS``, the set the audit runs) is
timed together, then each alone (``--no-each`` skips those; ``--kinds prose`` times one input).

Run: ``python bench/detector_bench.py [--repeat 5]``. Text: the PII evaluation set (dense with
numbers, tables, traps) plus the training corpus (ordinary 公文 prose), as Documents. Best of
``--repeat`` runs each. Target: ≥ 50 MB/s for the whole set (perf-limits.md: one digit-run pass
with checksums measured 84–135 MB/s; the floor ≈ 200 MB/s).
"""

from __future__ import annotations

import argparse
import re
import time

from extractors.model import Block, BlockKind, Document, Position

FLOOR_RE = re.compile(r"\d{11,19}[Xx]?")


def documents(kind: str) -> list[Document]:
    """``prose``: 240 documents of ~4 KB of ordinary corpus prose, nothing planted (some tables of
    masked names and the odd trap come with the corpus's 公示).
    ``typical``: 240 documents of ~4–5 KB (perf-limits' typical 公文 is 4.3 KB): the prose of six
    corpus documents around one evaluation document's planted items and traps (≈ 8 hits each).
    ``dense``: the evaluation documents alone (~0.5 KB, nearly every line a hit or a trap)."""
    from samples.corpus import build_corpus
    from samples.eval_pii import build_eval_set

    evals = [e.document for e in build_eval_set(240, 5150)]
    if kind == "dense":
        return evals
    prose = [d.text for d in build_corpus(240 * 6, 31, "A")]
    if kind == "prose":
        return [Document(source=f"p{i}.docx", sha256="0" * 64, format="docx",
                         blocks=tuple(Block(BlockKind.PARAGRAPH, ln, Position(block=k))
                                      for k, ln in enumerate(ln for t in prose[i * 6:(i + 1) * 6] for ln in t.split("\n"))))
                for i in range(240)]
    docs = []
    for i, e in enumerate(evals):
        lines = [ln for t in prose[i * 6:(i + 1) * 6] for ln in t.split("\n")]
        half = len(lines) // 2
        blocks = [Block(BlockKind.PARAGRAPH, ln, Position(block=k)) for k, ln in enumerate(lines[:half])]
        for b in e.blocks:
            blocks.append(Block(b.kind, b.text, Position(block=len(blocks), part=b.position.part, cell=b.position.cell), visible=b.visible))
        blocks += [Block(BlockKind.PARAGRAPH, ln, Position(block=len(blocks) + k)) for k, ln in enumerate(lines[half:])]
        docs.append(Document(source=f"b{i}.docx", sha256="0" * 64, format="docx", blocks=tuple(blocks)))
    return docs


def _fresh(docs: list[Document]) -> list[Document]:
    # new objects so the per-document scan cache cannot carry over between runs
    return [Document(d.source, d.sha256, d.format, d.blocks) for d in docs]


def best(fn, repeat: int, setup=None) -> float:
    """The least CPU time of ``repeat`` calls of ``fn`` (with ``setup()``'s result, made untimed, when given)."""
    t = []
    for _ in range(repeat):
        arg = setup() if setup is not None else None
        t0 = time.process_time()  # CPU time: the machine is shared, wall time swings with its load
        fn() if setup is None else fn(arg)
        t.append(time.process_time() - t0)
    return min(t)


def main(argv: list[str] | None = None) -> int:
    from classifiers import load_config
    from classifiers.detectors import DETECTORS  # the full detector registry, as the audit runs it
    from classifiers.model import Suggestion
    from classifiers.registry import AuditContext, select

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--kinds", default="prose,typical,dense", help="comma-separated inputs to time")
    p.add_argument("--no-each", action="store_true", help="skip the per-detector timings")
    a = p.parse_args(argv)
    cfg = load_config()
    checks = select(DETECTORS)
    print("CPU time (process_time), best of --repeat runs; the floor is measured in the same run")
    for kind in a.kinds.split(","):
        docs = documents(kind)
        mb = sum(len(b.text.encode("utf-8")) for d in docs for b in d.blocks) / 1e6
        texts = ["\n".join(b.text for b in d.blocks) for d in docs]

        def floor() -> None:
            for t in texts:
                for _ in FLOOR_RE.finditer(t):
                    pass

        def run(selected, fresh: list[Document]) -> int:
            # the audit's own loop over its checks (``classifiers.audit._audit``): a context per
            # document, each check's items appended (no generator per check, which the audit
            # does not pay); the documents are new objects, made before the clock starts
            # (extraction makes them, not the detectors), so no per-document cache carries over
            findings: list = []
            suggestions: list = []
            for d in fresh:
                ctx = AuditContext(document=d, config=cfg, attribute=None, marking=None)
                for c in selected:
                    for item in c(d, ctx):
                        (suggestions if isinstance(item, Suggestion) else findings).append(item)
            return len(findings)

        t_floor = best(floor, a.repeat)
        t_all = best(lambda fresh: run(checks, fresh), a.repeat, lambda: _fresh(docs))
        print(f"\n[{kind}] {len(docs)} documents, {mb:.2f} MB of UTF-8 text, {mb * 1e3 / len(docs):.1f} KB each, {run(checks, _fresh(docs))} findings")
        print(f"floor: one re pass {FLOOR_RE.pattern!r} over each document's text: {mb / t_floor:7.1f} MB/s")
        print(f"all {len(checks)} detectors: {mb / t_all:7.1f} MB/s = {t_floor / t_all:.3f} of the floor; "
              f"{t_all / len(docs) * 1e3:.3f} ms/doc; target ≥ 50 MB/s: {'met' if mb / t_all >= 50 else 'NOT met'}")
        for c in () if a.no_each else checks:
            t = best(lambda fresh: run([c], fresh), max(1, a.repeat // 2), lambda: _fresh(docs))
            print(f"  {c.name:<18} alone {mb / t:8.1f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

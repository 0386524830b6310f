"""Evaluate the secrecy-scope knowledge base on its paraphrase sets (``samples/secrecy_scope.py``, ``samples/secrecy_scope_more.py``).

Each case is a small 公文 built in memory; the SECRET_CONTENT and MIXED_CONTENT checks run with the
knowledge base on and off. Prints precision and recall of each code (document level), the clean traps
that fired, and the cost of the knowledge base as a ratio: the full audit (every check) with it,
against the same audit without it, measured in the same run over the same documents.

    python -m bench.eval_secrecy_kb [-v] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter


def _doc(title: str, body: tuple[str, ...], note: str, date: str = "2027年1月10日"):
    from extractors.model import Block, BlockKind, Document, Position
    from extractors.zones import assign_zones

    lines = ["中卫市人力资源和社会保障局文件", "卫人社发〔2027〕8号", title, "各县（区）人力资源和社会保障局："]
    lines += list(body) + ["中卫市人力资源和社会保障局", date, note, "抄送：市财政局",
                           f"中卫市人力资源和社会保障局办公室　　{date}印发"]
    blocks = tuple(Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines))
    zoned, fields = assign_zones(blocks)
    return Document("case.docx", "0" * 64, "docx", zoned, fields)


def documents(which: str = "all"):
    """(id, expected code or None, Document) for every case of the first set, the second, or both."""
    from samples.secrecy_scope import CASES
    from samples.secrecy_scope_more import CASES as MORE

    first = [(cid, want, _doc("关于做好有关工作的通知", body, note)) for cid, want, note, body in CASES]
    second = [(cid, want, _doc("关于做好有关工作的通知", body, note, date)) for cid, want, note, date, body in MORE]
    return {"first": first, "second": second}.get(which, first + second)


def score(docs, cfg, verbose: bool = False, out=sys.stdout) -> dict:
    """Precision/recall per code over the set; a finding of the other code on a positive counts as neither."""
    from classifiers.audit import audit_document

    tp, fp, fn = Counter(), Counter(), Counter()
    for cid, want, doc in docs:
        got = {f.code for f in audit_document(doc, cfg).findings} & {"SECRET_CONTENT", "MIXED_CONTENT"}
        for code in ("SECRET_CONTENT", "MIXED_CONTENT"):
            if code in got and code == want:
                tp[code] += 1
            elif code in got:
                fp[code] += 1
                if verbose:
                    print(f"  FP {code:15s} {cid}", file=out)
            elif code == want:
                fn[code] += 1
                if verbose:
                    print(f"  FN {code:15s} {cid}", file=out)
    res = {}
    for code in ("SECRET_CONTENT", "MIXED_CONTENT"):
        p = tp[code] / (tp[code] + fp[code]) if tp[code] + fp[code] else 1.0
        r = tp[code] / (tp[code] + fn[code]) if tp[code] + fn[code] else 1.0
        res[code] = (p, r, tp[code], fp[code], fn[code])
    return res


def main(argv: list[str] | None = None) -> int:
    from classifiers import load_config
    from classifiers.audit import audit_document

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args(argv)
    sets = {"first": documents("first"), "second": documents("second")}
    docs = sets["first"] + sets["second"]
    on, off = load_config(), load_config(overrides={"secrecy_scope": {"enabled": False}})
    rules = {"checks": {"enabled": ["secret_content", "mixed_content"]}}
    for label, cfg in (("without knowledge base", load_config(overrides={**rules, "secrecy_scope": {"enabled": False}})),
                       ("with knowledge base", load_config(overrides=rules))):
        for name, ds in sets.items():
            n_clean = sum(1 for _, w, _ in ds if w is None)
            print(f"[{label}] {name} set: {len(ds)} cases ({n_clean} clean traps)")
            for code, (p, r, tp, fp, fn) in score(ds, cfg, a.verbose and label == "with knowledge base").items():
                print(f"  {code:15s} precision {p:.2f}  recall {r:.2f}  (tp {tp}, fp {fp}, fn {fn})")
    # cost: the whole audit (every check) with and without the knowledge base, interleaved, best of N
    for _, _, d in docs:  # warm caches (word list, automata) outside the timing
        audit_document(d, on)
    t_on, t_off = [], []
    for _ in range(a.repeat):
        for cfg, acc in ((off, t_off), (on, t_on)):
            t0 = time.perf_counter()
            for _, _, d in docs:
                audit_document(d, cfg)
            acc.append(time.perf_counter() - t0)
    print(f"cost: full audit with the knowledge base {min(t_on) * 1000:.1f} ms vs without {min(t_off) * 1000:.1f} ms "
          f"over {len(docs)} documents (ratio {min(t_on) / min(t_off):.2f}, best of {a.repeat})")
    t0 = time.perf_counter()
    from classifiers.scope.segment import _wordlist, segmenter

    _wordlist.cache_clear()
    segmenter.cache_clear()
    from classifiers.scope import load_kb

    segmenter(load_kb().all_terms())
    print(f"one-off: word list load + segmenter build {(time.perf_counter() - t0) * 1000:.0f} ms per process "
          f"(only when a document has a candidate passage)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

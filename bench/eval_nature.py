"""Evaluate COMMERCIAL_SECRET and LABEL_MISMATCH on the generated nature set (``samples/eval_nature.py``).

Runs the full audit (every registered check, as ``gongkai audit`` does) and scores per document:
precision and recall of COMMERCIAL_SECRET and LABEL_MISMATCH (any subtype counts, notes included, as
``gongkai eval`` counts them), and false SECRET/MIXED/COMMERCIAL/MISMATCH findings per ten clean
documents. Issue 11 asks recall ≥ 0.85 and at most one false finding per ten clean documents; the
exit status is 1 when that is missed.

    python -m bench.eval_nature            # build in a temporary folder, evaluate, print
    python -m bench.eval_nature --seed 7 -v
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

CODES = ("COMMERCIAL_SECRET", "LABEL_MISMATCH")
WATCHED = ("SECRET_CONTENT", "MIXED_CONTENT", "COMMERCIAL_SECRET", "LABEL_MISMATCH")
RECALL, FALSE_PER_TEN = 0.85, 1.0


def evaluate(root: Path, verbose: bool = False, out=sys.stdout) -> dict:
    """Score the set under ``root``; return the figures."""
    from classifiers import load_config
    from classifiers.audit import audit_document
    from extractors import extract

    cfg = load_config()
    expected = json.loads((root / ".expected.json").read_text(encoding="utf-8"))
    tp, fp, fn = Counter(), Counter(), Counter()
    clean = clean_false = 0
    wrong: list[str] = []
    by_group: dict[str, list[int]] = {}
    for rel, exp in sorted(expected.items()):
        res = audit_document(extract(root / rel, source=rel), cfg)
        got = {str(f.code) for f in res.findings}
        want = set(exp["codes"])
        for c in CODES:
            tp[c] += c in got and c in want
            fp[c] += c in got and c not in want
            fn[c] += c in want and c not in got
        if exp["group"] == "clean":
            clean += 1
            false = [c for c in WATCHED if c in got]
            clean_false += len(false)
        ok = (got & set(CODES)) == want
        g = by_group.setdefault(exp["group"], [0, 0])
        g[0] += 1
        g[1] += ok
        if not ok:
            detail = "".join(f"\n      {f.code}/{f.subtype}: {f.message}" for f in res.findings if str(f.code) in WATCHED) if verbose else ""
            wrong.append(f"  {rel}: want {sorted(want)} | got {sorted(got & set(WATCHED))}{detail}")
    print(f"nature/commercial set: {len(expected)} documents ({root})", file=out)
    print(f"{'code':<18}{'support':>8}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}", file=out)
    ok_all = True
    scores = {}
    for c in CODES:
        support = tp[c] + fn[c]
        prec = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 1.0
        rec = tp[c] / support if support else 1.0
        scores[c] = (prec, rec)
        ok_all &= rec >= RECALL
        print(f"{c:<18}{support:>8}{tp[c]:>5}{fp[c]:>5}{fn[c]:>5}{prec:>11.3f}{rec:>8.3f}", file=out)
    per_ten = 10 * clean_false / clean if clean else 0.0
    ok_all &= per_ten <= FALSE_PER_TEN
    print(f"false SECRET/MIXED/COMMERCIAL/MISMATCH findings on clean documents: {clean_false} in {clean} "
          f"({per_ten:.2f} per ten)", file=out)
    for grp, (k, right) in sorted(by_group.items()):
        print(f"  {grp:<11} exact {right}/{k}", file=out)
    if wrong:
        print(f"{len(wrong)} document(s) differ:", file=out)
        print("\n".join(wrong), file=out)
    print("targets met" if ok_all else f"TARGET MISSED (recall ≥ {RECALL}, ≤ {FALSE_PER_TEN} false per ten clean)", file=out)
    return {"scores": scores, "false_per_ten": per_ten, "ok": ok_all}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="公文性质与商业秘密评测 / evaluate nature and commercial secrets")
    p.add_argument("--keep", metavar="DIR", help="build the set in DIR and keep it")
    p.add_argument("--seed", type=int, default=1111)
    p.add_argument("-v", "--verbose", action="store_true", help="show the findings of documents that differ")
    a = p.parse_args(argv)
    from samples.eval_nature import build

    if a.keep:
        root = Path(a.keep)
        build(root, a.seed)
        return 0 if evaluate(root, a.verbose)["ok"] else 1
    with tempfile.TemporaryDirectory() as d:
        build(Path(d), a.seed)
        return 0 if evaluate(Path(d), a.verbose)["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Evaluate the disclosure rules on the generated evaluation set (``samples/eval_rules.py``).

Prints per-code precision and recall (document level), decision accuracy, attribute and suggestion
accuracy, and the cost of the rules against a floor measured in the same run (extraction alone).
Targets (issue 4): decision accuracy ≥ 0.95, per-code precision and recall ≥ 0.95; the exit status
is 1 when a target is missed, so CI can run it.

    python -m bench.eval_rules            # build in a temporary folder, evaluate, print
    python -m bench.eval_rules --keep DIR -v
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

TARGET = 0.95


def _merge(a: dict, b: dict) -> dict:
    out = {k: dict(v) for k, v in a.items()}
    for k, v in b.items():
        out.setdefault(k, {}).update(v)
    return out


def evaluate(root: Path, verbose: bool = False, out=sys.stdout, checks: tuple[str, ...] | None = None) -> dict:
    """Score the set. ``checks`` restricts the enabled checks (default: the rules only); ``()`` runs
    every registered check (the rules plus detectors, hidden-content checks and the model)."""
    from classifiers import load_config
    from classifiers.audit import audit_document
    from extractors import extract
    from extractors.sidecar import attach_sidecar
    from samples.eval_rules import RULE_CODES

    from classifiers.rules import RULE_CHECKS

    checks = RULE_CHECKS if checks is None else checks
    base = {"checks": {"enabled": list(checks)}} if checks else {}
    expected = json.loads((root / ".expected.json").read_text(encoding="utf-8"))
    configs: dict[str, object] = {}
    tp, fp, fn = Counter(), Counter(), Counter()
    right = attr_right = sugg_right = sugg_total = 0
    t_extract = t_audit = 0.0
    wrong: list[str] = []
    heldout = {rel: exp for rel, exp in expected.items() if exp.get("heldout")}
    expected = {rel: exp for rel, exp in expected.items() if not exp.get("heldout")}
    held: dict[str, list[int]] = {}
    held_wrong: list[str] = []
    for rel, exp in sorted(heldout.items()):
        key = json.dumps(exp.get("config") or {}, sort_keys=True)
        cfg = configs.setdefault(key, load_config(overrides=_merge(base, exp.get("config") or {}) or None))
        res = audit_document(attach_sidecar(extract(root / rel, source=rel), root / rel), cfg)
        got = {f.code for f in res.findings} & set(RULE_CODES)
        tally = held.setdefault(str(exp["heldout"]), [0, 0, 0])
        tally[0] += 1
        tally[1] += str(res.decision) == exp["decision"]
        tally[2] += got == set(exp["codes"])
        if got != set(exp["codes"]) or str(res.decision) != exp["decision"]:
            held_wrong.append(f"  {rel}: want {exp['decision']} {exp['codes']} | got {res.decision} {sorted(got)}")
    for rel, exp in sorted(expected.items()):
        key = json.dumps(exp.get("config") or {}, sort_keys=True)
        if key not in configs:
            configs[key] = load_config(overrides=_merge(base, exp.get("config") or {}) or None)
        cfg = configs[key]
        path = root / rel
        t0 = time.perf_counter()
        doc = attach_sidecar(extract(path, source=rel), path)
        t1 = time.perf_counter()
        res = audit_document(doc, cfg)
        t2 = time.perf_counter()
        t_extract += t1 - t0
        t_audit += t2 - t1
        got = {f.code for f in res.findings} & set(RULE_CODES)
        want = set(exp["codes"])
        for c in RULE_CODES:
            tp[c] += c in got and c in want
            fp[c] += c in got and c not in want
            fn[c] += c in want and c not in got
        ok = str(res.decision) == exp["decision"]
        right += ok
        attr_right += res.attribute == exp["attribute"]
        if exp.get("suggested_attribute"):
            sugg_total += 1
            sugg_right += res.suggested_attribute == exp["suggested_attribute"]
            if verbose and res.suggested_attribute != exp["suggested_attribute"]:
                wrong.append(f"  {rel}: suggested {res.suggested_attribute}, want {exp['suggested_attribute']}")
        if not ok or got != want or res.attribute != exp["attribute"]:
            wrong.append(f"  {rel}: want {exp['decision']} {sorted(want)} attr={exp['attribute']} | got {res.decision} {sorted(got)} "
                         f"attr={res.attribute}" + ("".join(f"\n      {f.code}/{f.subtype}: {f.message}" for f in res.findings) if verbose else ""))
    n = len(expected)
    print(f"评测集 / evaluation set: {n} documents ({root}); checks: {', '.join(checks) if checks else 'all registered'}", file=out)
    print(f"{'code':<18}{'support':>8}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}", file=out)
    ok_all = True
    per_code = {}
    for c in RULE_CODES:
        support = tp[c] + fn[c]
        prec = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 1.0
        rec = tp[c] / support if support else 1.0
        per_code[c] = (prec, rec, support)
        ok_all &= prec >= TARGET and rec >= TARGET
        print(f"{c:<18}{support:>8}{tp[c]:>5}{fp[c]:>5}{fn[c]:>5}{prec:>11.3f}{rec:>8.3f}", file=out)
    acc = right / n if n else 0.0
    ok_all &= acc >= TARGET
    print(f"decision accuracy   {acc:.3f} ({right}/{n})", file=out)
    print(f"attribute accuracy  {attr_right / n:.3f} ({attr_right}/{n})", file=out)
    if sugg_total:
        print(f"suggested attribute {sugg_right / sugg_total:.3f} ({sugg_right}/{sugg_total})", file=out)
    print(f"cost: extraction {1000 * t_extract / n:.1f} ms/doc (floor), markings+rules+decision {1000 * t_audit / n:.1f} ms/doc, "
          f"ratio {t_audit / t_extract:.2f}× the floor", file=out)
    for batch, (k, dec, cod) in sorted(held.items()):
        print(f"wording outside the lexicons, {batch:<5} (no target): decisions {dec}/{k}, codes exact {cod}/{k}", file=out)
    if held:
        if verbose:
            print("\n".join(held_wrong), file=out)
    if wrong:
        print(f"{len(wrong)} document(s) differ:", file=out)
        print("\n".join(wrong), file=out)
    print("targets met" if ok_all else f"TARGET MISSED (≥ {TARGET})", file=out)
    return {"n": n, "decision_accuracy": acc, "per_code": per_code, "ok": ok_all}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="公开属性规则评测 / evaluate the disclosure rules")
    p.add_argument("--keep", metavar="DIR", help="build the set in DIR and keep it")
    p.add_argument("--seed", type=int, default=4242)
    p.add_argument("-v", "--verbose", action="store_true", help="show the findings of documents that differ")
    p.add_argument("--all-checks", action="store_true", help="run every registered check (detectors, hidden content, model), not only the rules")
    a = p.parse_args(argv)
    from samples.eval_rules import build_eval

    checks = () if a.all_checks else None
    if a.keep:
        root = Path(a.keep)
        build_eval(root, a.seed)
        return 0 if evaluate(root, a.verbose, checks=checks)["ok"] else 1
    with tempfile.TemporaryDirectory() as d:
        build_eval(Path(d), a.seed)
        return 0 if evaluate(Path(d), a.verbose, checks=checks)["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())

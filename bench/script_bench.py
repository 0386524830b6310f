"""What script normalisation (traditional → simplified, ``extractors.script``) costs the audit.

For each generated document (the issue 10 and issue 18 layout cases, docx, extracted once) the audit is
timed with the conversion (``classifiers.audit.audit_document``) and without it (the same checks on the
same document, ``audit._audit``), interleaved in the same run; printed as a ratio. Simplified documents
pay only the conversion pass that finds nothing to change; documents in traditional script pay the
conversion, a second zoning and quoting the evidence back, compared with auditing the already
converted document.

    python -m bench.script_bench [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def _docs(root: Path):
    from extractors import extract
    from samples.layouts import cases as layout_cases
    from samples.layouts import write_docx
    from samples.real_layouts import cases as real_cases

    out = []
    for c in [*layout_cases(), *real_cases()]:
        if "docx" in c.formats:
            out.append((c.name, extract(write_docx(c, root / f"{c.name}.docx"))))
    return out


def _time(fn, doc, config, repeat: int) -> float:
    best = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn(doc, config)
        best.append(time.process_time() - t0)
    return min(best)


def main(argv: list[str] | None = None) -> int:
    """Print the cost of the conversion on simplified and on traditional documents, as ratios."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    from classifiers import audit
    from classifiers.config import load_config
    from extractors.script import simplified, to_simplified

    config = load_config()
    to_simplified("預熱")  # load OpenCC once, outside the timing (a process pays ~20 ms once)
    with tempfile.TemporaryDirectory() as tmp:
        docs = _docs(Path(tmp))
    simp = {"with": 0.0, "without": 0.0, "n": 0}
    trad = {"with": 0.0, "without": 0.0, "n": 0}
    conv_only = []
    for name, doc in docs:
        work = simplified(doc)
        bucket = simp if work is doc else trad
        for fn, key, d in ((audit.audit_document, "with", doc), (audit._audit, "without", work)):
            bucket[key] += _time(fn, d, config, args.repeat)
        bucket["n"] += 1
        if work is doc:
            t0 = time.process_time()
            for _ in range(args.repeat):
                simplified(doc)
            conv_only.append((time.process_time() - t0) / args.repeat)
    for label, b in (("simplified", simp), ("traditional", trad)):
        if b["n"]:
            print(f"{label:12s} {b['n']:3d} docs  audit with conversion {1000 * b['with'] / b['n']:.2f} ms/doc, "
                  f"without {1000 * b['without'] / b['n']:.2f} ms/doc  → ratio {b['with'] / b['without']:.3f}")
    if conv_only:
        print(f"conversion pass alone on a simplified document: median {1000 * statistics.median(conv_only):.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

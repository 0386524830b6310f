"""Every finding of the 21 registered detectors on a fixed set of inputs, compared with a stored
reference: a speed-up of the detectors must not change one finding.

Inputs (all generated or frozen in the repository, deterministic): the three inputs of
``bench.detector_bench`` (prose, typical, dense — dense is ``bench.eval_pii``'s set), the 648
passages of ``bench/pii_eval/`` (as ``bench.eval_pii_independent`` builds them), every document of
``samples.published`` (each style, form and level, written as txt and docx and extracted), the demo
inbox (``samples.demo``), ``samples.eval_nature``'s 76 documents (the commercial-secret set) and
300 held-out corpus documents (style B).

What is compared, per document: each check's findings in order, every field (code, subtype,
severity, message, evidence, position, confidence, the whole explanation, match key, visibility).
The stored reference (``bench/detector_equivalence.json``) holds one SHA-256 per document and the
finding counts, never a finding's text; ``--dump PATH`` writes the findings themselves (evidence is
masked, but the context snippets are the documents' text) for a diff while debugging.

Run::

    python -m bench.detector_equivalence            # compare with the reference; exit 1 on any difference
    python -m bench.detector_equivalence --write    # (re)write the reference from the current code
    python -m bench.detector_equivalence --dump /tmp/findings.json [--against /tmp/old.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent / "detector_equivalence.json"


def _extract_all(root: Path, prefix: str) -> list[tuple[str, object]]:
    """Every file under ``root`` extracted (an unreadable one is skipped: it is the demo's point)."""
    from extractors import extract

    out = []
    for p in sorted(root.rglob("*")):
        if not p.is_file() or p.name.startswith(".") or p.suffix == ".json":
            continue
        try:
            out.append((f"{prefix}/{p.relative_to(root)}", extract(p)))
        except Exception:  # noqa: BLE001 — the demo holds unreadable files on purpose
            continue
    return out


def _specs_as_files(specs: list[tuple[str, object]], prefix: str, tmp: Path) -> list[tuple[str, object]]:
    from samples.docx_writer import write_docx
    from samples.txt_writer import write_txt

    root = tmp / prefix
    for name, spec in specs:
        write_txt(spec, root / f"{name}.txt")
        write_docx(spec, root / f"{name}.docx")
    return _extract_all(root, prefix)


def inputs() -> list[tuple[str, object]]:
    """(key, Document) for every input, in a fixed order."""
    from bench.detector_bench import documents
    from bench.eval_pii_independent import load, passage_document
    from samples import published as pub
    from samples.corpus import build_corpus
    from samples.demo import build_demo
    from samples.eval_nature import build_cases

    docs: list[tuple[str, object]] = []
    for kind in ("prose", "typical", "dense"):
        docs += [(f"bench-{kind}/{i}", d) for i, d in enumerate(documents(kind))]
    docs += [(f"pii_eval/{p['id']}", passage_document(p["text"], p["id"])[0]) for p in load()]
    specs = [(f"masked-{s}", pub.masked_list(s)) for s in pub.MASK_STYLES]
    specs += [(f"masked-running-{s}", pub.masked_list(s, seed=7, running_text=True)) for s in pub.MASK_STYLES]
    specs += [(f"office-{k}", pub.office_contact(f)) for k, f in enumerate(pub.OFFICE_FORMS)]
    specs += [(f"person-{k}", pub.person_contact(f)) for k, f in enumerate(pub.PERSON_FORMS)]
    specs += [(f"level-{k}", pub.internal_recipients(lv)) for k, lv in enumerate(pub.LEVELS)]
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        docs += _specs_as_files(specs, "published", t)
        build_demo(t / "demo")
        docs += _extract_all(t / "demo", "demo")
        docs += _specs_as_files([(name, spec) for name, spec, _, _ in build_cases()], "eval_nature", t)
    docs += [(f"corpus-B/{i}", passage_document(d.text, f"c{i}")[0]) for i, d in enumerate(build_corpus(300, 77, "B"))]
    return docs


def _json(v):
    if isinstance(v, (tuple, list)):
        return [_json(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _json(x) for k, x in v.items()}
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    return str(v)


def findings(docs: list[tuple[str, object]]) -> dict[str, list]:
    """key → the findings of every registered detector check, each as a JSON-able list."""
    from classifiers import load_config
    from classifiers.detectors import DETECTORS
    from classifiers.registry import AuditContext, select

    cfg = load_config()
    checks = select(DETECTORS)
    out: dict[str, list] = {}
    for key, d in docs:
        ctx = AuditContext(document=d, config=cfg, attribute=None, marking=None)
        rows = []
        for c in checks:
            for f in c(d, ctx):
                p = f.position
                rows.append([c.name, str(f.code), f.subtype, str(f.severity), f.message, f.evidence,
                             [p.page, p.block, p.start, p.end, _json(p.bbox), _json(p.cell), p.part],
                             f.confidence, _json(f.explanation), f.match_key, f.visible])
        out[key] = rows
    return out


def digest(rows: list) -> str:
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--write", action="store_true", help="write the reference from the current code")
    p.add_argument("--dump", help="also write the findings themselves to this JSON file")
    p.add_argument("--against", help="a --dump file to diff the current findings with, document by document")
    a = p.parse_args(argv)
    res = findings(inputs())
    n = sum(len(v) for v in res.values())
    print(f"{len(res)} documents, {n} findings")
    if a.dump:
        Path(a.dump).write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    ref = {"documents": {k: digest(v) for k, v in res.items()}, "findings": n,
           "by_subtype": _counts(res)}
    if a.write:
        REFERENCE.write_text(json.dumps(ref, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {REFERENCE}")
        return 0
    if a.against:
        old = json.loads(Path(a.against).read_text(encoding="utf-8"))
        diff = [k for k in old.keys() | res.keys() if old.get(k) != res.get(k)]
        for k in sorted(diff)[:10]:
            print(f"DIFF {k}\n  was: {old.get(k)}\n  now: {res.get(k)}")
        print(f"{len(diff)} documents differ from {a.against}")
        return 1 if diff else 0
    want = json.loads(REFERENCE.read_text(encoding="utf-8"))
    bad = sorted(k for k in want["documents"].keys() | ref["documents"].keys()
                 if want["documents"].get(k) != ref["documents"].get(k))
    for k in bad[:20]:
        print(f"DIFFERENT: {k} ({len(res.get(k, []))} findings now)")
    if want["by_subtype"] != ref["by_subtype"]:
        print(f"counts by subtype: reference {want['by_subtype']}\n                   now       {ref['by_subtype']}")
    print(f"{len(bad)} of {len(want['documents'])} documents differ from the reference" if bad else
          "identical to the reference: every finding of every document")
    return 1 if bad else 0


def _counts(res: dict[str, list]) -> dict[str, int]:
    c: dict[str, int] = {}
    for rows in res.values():
        for r in rows:
            c[r[2]] = c.get(r[2], 0) + 1
    return dict(sorted(c.items()))


if __name__ == "__main__":
    sys.exit(main())

"""Throughput of the FULL audit (``classifiers.audit.audit_document``: the marking scan, every
registered check, the decision) on already-extracted Documents, beside the detectors alone (the
floor) in the same run, and the share of the audit each check takes.

Run: ``python -m bench.audit_speed [--repeat 3] [--kinds prose,lines,long]``. CPU time (``process_time``),
best of ``--repeat`` runs; the machine is shared, so the figures that matter are the ratios.

Inputs (built once, not timed), each extracted by ``extractors.extract_bytes`` from plain text so
they carry the zoning and nested structure a real audit sees:

* ``prose``: ≈ 1 MB of ordinary 公文 — 240 documents of ≈ 4 KB, each a corpus document (title,
  主送机关) whose body is the body of nine corpus documents of the same attribute, three sentences
  to a paragraph (≈ 110 characters, as 公文 paragraphs run), marked with that attribute in the 附注.
  A 主动公开 document the model also reads as public has every paragraph read again (the 夹带
  check), so this is not the cheap path.
* ``lines``: the same text one corpus sentence to a paragraph (≈ 35 characters a block): the
  per-line passes (markings, zoning) cost most here.
* ``long``: one ≈ 1 MB 主动公开 report (thousands of paragraphs): the case where reading every
  character for the document-level opinion costs most.

Targets (issue 11 item 5): the full audit ≥ 3 MB/s on ``prose`` and no single check above 40 % of
the audit's time. The exit status is 1 when a target is missed on ``prose``.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

TARGET_MBS = 3.0
TARGET_SHARE = 0.40


def _spec_lines(title: str, recipients: str | None, body: list[str], attribute: str) -> list[str]:
    from samples.content import MARKING_STYLES
    from samples.spec import GongwenSpec
    from samples.txt_writer import lines

    spec = GongwenSpec(title=title, body=tuple(body), recipients=recipients, doc_number="卫人社发〔2026〕18号",
                       notes=(MARKING_STYLES["note"][attribute],))
    return lines(spec)


def _extract(lines: list[str], name: str):
    from extractors import Limits
    from extractors.registry import extract_bytes

    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    return extract_bytes(data, source=name, name=name, limits=Limits(max_text_bytes=8 * 2**20, max_text_chars=4 * 2**20))


def _paragraphs(sentences: list[str], k: int) -> list[str]:
    return ["".join(sentences[i:i + k]) for i in range(0, len(sentences), k)]


def documents(kind: str) -> list:
    """The extracted Documents of one input kind (see the module docstring)."""
    from samples.corpus import build_corpus

    corpus = build_corpus(240 * 7, 31, "A")
    by_attr: dict[str, list] = {}
    for d in corpus:
        by_attr.setdefault(d.attribute, []).append(d)
    if kind in ("prose", "lines"):
        docs = []
        for i, head in enumerate(corpus[:240]):
            pool = by_attr[head.attribute]
            body = [str(x) for k in range(9) for x in pool[(i * 9 + k) % len(pool)].spec.body if isinstance(x, str)]
            body = _paragraphs(body, 3 if kind == "prose" else 1)
            docs.append(_extract(_spec_lines(head.spec.title, head.spec.recipients, body, head.attribute), f"p{i}.txt"))
        return docs
    if kind == "long":
        body: list[str] = []
        size = 0
        for d in (d for k in range(8) for d in by_attr["主动公开"]):
            for x in d.spec.body:
                if isinstance(x, str):
                    body.append(x)
                    size += len(x.encode("utf-8"))
            if size >= 1_000_000:
                break
        return [_extract(_spec_lines("关于2026年度全市人力资源和社会保障工作情况的报告", None, _paragraphs(body, 3), "主动公开"), "long.txt")]
    raise SystemExit(f"unknown kind {kind!r}: prose, lines or long")


def _fresh(docs: list) -> list:
    # new Document objects so no per-document cache (identity-keyed) carries over between runs
    return [replace(d) for d in docs]


def _forget_lines() -> None:
    """Empty the line cache ``extractors.canon.canon`` keeps: this corpus repeats template sentences across
    documents far more than a bureau's real 公文 do, so each document pays for its own lines here."""
    from extractors.canon import _canon_line

    _canon_line.cache_clear()


def best(fn, repeat: int) -> float:
    t = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        t.append(time.process_time() - t0)
    return min(t)


def main(argv: list[str] | None = None) -> int:
    from classifiers import load_config
    from classifiers.audit import audit_document
    from classifiers.detectors import DETECTORS
    from classifiers.registry import AuditContext, select

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--kinds", default="prose,lines,long")
    a = p.parse_args(argv)
    cfg = load_config()
    detectors = select(DETECTORS)
    missed = False
    print("CPU time (process_time), best of --repeat runs; the detectors-only floor is measured in the same run")
    for kind in a.kinds.split(","):
        docs = documents(kind)
        mb = sum(len(b.text.encode("utf-8")) for d in docs for b in d.blocks) / 1e6
        audit_document(docs[0], cfg)  # load the model, build the automata: once per process, not per document

        def floor() -> None:
            for d in _fresh(docs):
                ctx = AuditContext(document=d, config=cfg, attribute=None, marking=None)
                for c in detectors:
                    for _ in c(d, ctx):
                        pass

        def full() -> None:
            for d in _fresh(docs):
                _forget_lines()
                audit_document(d, cfg)

        t_floor = best(floor, a.repeat)
        t_full = best(full, a.repeat)
        shares: dict[str, float] = {}
        results = []
        for d in _fresh(docs):
            _forget_lines()
            results.append(audit_document(d, cfg, timings=shares))
        total = sum(shares.values())
        decisions: dict[str, int] = {}
        for r in results:
            decisions[r.decision.value] = decisions.get(r.decision.value, 0) + 1
        mbs = mb / t_full
        top_name, top = max(shares.items(), key=lambda kv: kv[1])
        print(f"\n[{kind}] {len(docs)} documents, {mb:.2f} MB of UTF-8 text, {mb * 1e3 / len(docs):.1f} KB each; decisions {decisions}")
        print(f"detectors only (floor): {mb / t_floor:7.2f} MB/s")
        print(f"full audit:             {mbs:7.2f} MB/s = {t_floor / t_full:.2f} of the floor; {t_full / len(docs) * 1e3:.2f} ms/doc; "
              f"target ≥ {TARGET_MBS:g} MB/s: {'met' if mbs >= TARGET_MBS else 'NOT met'}")
        print(f"largest share: {top_name} {top / total:.0%}; target ≤ {TARGET_SHARE:.0%}: {'met' if top / total <= TARGET_SHARE else 'NOT met'}")
        for name, t in sorted(shares.items(), key=lambda kv: -kv[1]):
            if t / total >= 0.005:
                print(f"  {name:<20} {t / total:6.1%}")
        if kind == "prose" and (mbs < TARGET_MBS or top / total > TARGET_SHARE):
            missed = True
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())

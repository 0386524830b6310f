"""Where the detectors' time goes, pass by pass, on one of ``bench.detector_bench``'s inputs.

Each document is analysed as ``_document.analyse`` does, with a clock read between the passes (the
passes memoise per document, so each is timed once, in the order the analysis runs them); the
``re`` floor of ``detector_bench`` is timed in the same run. A clock read costs ~0.5 µs, so
the small passes read high; ``--cprofile`` prints cProfile's top functions instead. Run: ``python -m bench.detector_profile [--kind prose] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import time


def _passes():
    from classifiers.detectors import (_document, _labelled, _scan, address, commercial_secret, email, landline,
                                       masked, military_id, name, passport, plate, wechat)

    return [
        ("join + word pass", _scan.joined),  # the shared word pass runs with the join
        ("gate (quiet)", lambda d, c: _document.quiet(d, c)),
        ("number scan", _scan.shared_scan),
        ("labelled", lambda d, c: _scan.memo(d, c, "labelled", _labelled.labelled_hits)),
        ("passport", passport.passport_hits),
        ("address", address.address_hits),
        ("email", email.email_hits),
        ("plate", plate.plate_hits),
        ("military", military_id.military_hits),
        ("landline()", landline.bracketed_hits),
        ("wxid", wechat.wxid_hits),
        ("name", lambda d, c: name.name_hits(d, c, [])),
        ("masking policy", lambda d, c: masked.policy_hits(_scan.shared_scan(d, c), c)),
        ("commercial", commercial_secret.commercial_hits),
    ]


def main(argv: list[str] | None = None) -> int:
    from bench.detector_bench import FLOOR_RE, _fresh, best, documents
    from classifiers import load_config

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kind", default="prose")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--cprofile", action="store_true")
    a = p.parse_args(argv)
    cfg = load_config()["detectors"]
    docs = documents(a.kind)
    texts = ["\n".join(b.text for b in d.blocks) for d in docs]
    t_floor = best(lambda: [None for t in texts for _ in FLOOR_RE.finditer(t)], a.repeat)
    passes = _passes()
    from classifiers.detectors import _document

    _document.analyse(docs[0], cfg)  # lexicons, automata
    if a.cprofile:
        import cProfile
        import pstats

        pr = cProfile.Profile()
        pr.enable()
        for d in _fresh(docs):
            _document.analyse(d, cfg)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(30)
        return 0
    totals = {n: float("inf") for n, _ in passes}
    for _ in range(a.repeat):
        acc = dict.fromkeys(totals, 0.0)
        for d in _fresh(docs):
            for n, fn in passes:
                t0 = time.process_time()
                fn(d, cfg)
                acc[n] += time.process_time() - t0
        totals = {n: min(totals[n], acc[n]) for n in totals}
    n = len(docs)
    print(f"[{a.kind}] {n} documents; floor (one re pass) {t_floor / n * 1e6:.1f} µs a document")
    for k, v in totals.items():
        print(f"  {k:<22} {v / n * 1e6:7.1f} µs   {v / t_floor:5.2f}× the floor")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Evaluate the passage model across writers, choose its threshold, and measure its cost.

1. **Cross-writer** (the honest figure): for each of the three writers' generators, train on the
   other two (plus the extra public paragraphs, as the shipped model) and test on this one —
   macro-F1 and per-class precision/recall with the numpy predictor the audit uses. No paragraph
   wording of the test writer is seen in training.
2. **Threshold**: on the same held-out predictions, for each candidate threshold, how many public
   paragraphs would raise a finding (false alarms) and how many non-public ones would (recall).
3. **Cost**: the full audit of a ~1 MB prose 公文 with the passage model against the same audit
   without it, interleaved in the same run (best of N), and the scoring alone per MB.

    python -m bench.eval_passage_model [--writers w1 w2 w3] [--no-starter] [--repeat 3] [--mb 1.0] [--skip-cost]
"""

from __future__ import annotations

import argparse
import io
import sys
import time

import numpy as np

CLASSES = ("public", "internal", "secret", "commercial", "personal")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98)


def per_class(y: list[str], p: list[str]) -> tuple[float, dict[str, tuple[float, float, float, int]]]:
    """Macro-F1 and (precision, recall, F1, support) per class."""
    out = {}
    for c in CLASSES:
        tp = sum(1 for a, b in zip(y, p) if a == c and b == c)
        fp = sum(1 for a, b in zip(y, p) if a != c and b == c)
        fn = sum(1 for a, b in zip(y, p) if a == c and b != c)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        out[c] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0, tp + fn)
    present = [c for c in CLASSES if out[c][3]]
    return sum(out[c][2] for c in present) / max(1, len(present)), out


def _model(train):
    from classifiers.passage_model.predictor import PassageModel
    from classifiers.passage_model.training import export, fit

    vec, clf, words = fit([(p.text, p.label) for p in train])
    buf = io.BytesIO()
    np.savez(buf, **export(vec, clf, words))
    buf.seek(0)
    return PassageModel.load(buf)


def cross_writer(by_writer: dict, extra: list, out=sys.stdout) -> list[tuple[str, float, str]]:
    """Train on all writers but one (plus ``extra``), test on that one; returns (truth, P(not public),
    likeliest non-public class) for every held-out paragraph."""
    pooled = []
    f1s = []
    for held in by_writer:
        train = [p for w, ps in by_writer.items() if w != held for p in ps] + extra
        test = by_writer[held]
        model = _model(train)
        s = model.score([p.text for p in test])
        pred = [s.label(i) for i in range(len(test))]
        y = [p.label for p in test]
        macro, per = per_class(y, [c for c, _ in pred])
        f1s.append(macro)
        acc = sum(a == b for a, (b, _) in zip(y, pred)) / max(1, len(y))
        print(f"\n== train on {'+'.join(w for w in by_writer if w != held)} ({len(train)}), test on {held} ({len(test)}) ==", file=out)
        print(f"accuracy {acc:.3f}   macro-F1 {macro:.3f}", file=out)
        for c, (pr, rc, f1, n) in per.items():
            print(f"  {c:<10} precision {pr:.3f} recall {rc:.3f} F1 {f1:.3f}  (n={n})", file=out)
        pooled += [(t, q, c) for t, (c, _, q) in zip(y, (s.non_public(i) for i in range(len(test))))]
    print(f"\ncross-writer macro-F1: {', '.join(f'{x:.3f}' for x in f1s)}; mean {sum(f1s) / len(f1s):.3f}", file=out)
    return pooled


def thresholds(pooled: list[tuple[str, float, str]], out=sys.stdout) -> None:
    """False alarms on public paragraphs and recall of non-public ones, per threshold on P(not public)."""
    pub = [x for x in pooled if x[0] == "public"]
    non = [x for x in pooled if x[0] != "public"]
    print("\n== threshold on P(not public) (pooled cross-writer predictions) ==", file=out)
    print("  threshold  public paragraphs firing   non-public firing          firing with the right class", file=out)
    for t in THRESHOLDS:
        fa = sum(1 for _, q, _ in pub if q >= t)
        hit = sum(1 for _, q, _ in non if q >= t)
        right = sum(1 for y, q, c in non if c == y and q >= t)
        print(f"  {t:<9}  {fa:>5}/{len(pub)} ({fa / max(1, len(pub)):.4f})       {hit:>5}/{len(non)} ({hit / max(1, len(non)):.3f})"
              f"        {right:>5}/{len(non)} ({right / max(1, len(non)):.3f})", file=out)


def public_documents(threshold: float, out=sys.stdout) -> None:
    """The shipped model on the attribute corpus's 主动公开 documents in its held-out wording (style B):
    how many would raise a passage finding (body paragraphs only, as the audit reads them)."""
    from classifiers.passage_model import load_model
    from samples.corpus import build_corpus

    model = load_model()
    docs = [d for d in build_corpus(300, 4242, "B") if d.attribute == "主动公开"]
    fired = 0
    for d in docs:
        paras = [b for b in d.spec.body if isinstance(b, str) and len(b) >= 16]
        if paras:
            s = model.score(paras)
            fired += any(s.non_public(i)[2] >= threshold for i in range(len(paras)))
    print(f"\n== shipped model on {len(docs)} public documents (starter corpus, wording B, seed 4242) ==", file=out)
    print(f"documents with a paragraph at P(not public) >= {threshold}: {fired}", file=out)


def prose_document(mb: float):
    """A 主动公开 公文 whose body is ~``mb`` MB (UTF-8) of the dev set's public paragraphs (clean prose)."""
    from extractors.model import Block, BlockKind, Document, Position
    from extractors.zones import assign_zones
    from samples.passage_corpus.dev import build

    paras: list[str] = []
    size, seed = 0, 0
    while size < mb * 1_000_000:
        for t, y in build(400, seed):
            if y != "public":
                continue
            paras.append(t)
            size += len(t.encode("utf-8"))
        seed += 1
    lines = ["临川市人力资源和社会保障局文件", "临人社发〔2027〕3号", "关于做好就业服务工作的通知", "各县（区）人力资源和社会保障局："]
    lines += paras + ["临川市人力资源和社会保障局", "2027年3月1日", "（此件公开发布）", "抄送：市财政局",
                      "临川市人力资源和社会保障局办公室　　2027年3月1日印发"]
    blocks = tuple(Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines))
    zoned, fields = assign_zones(blocks)
    return Document("prose.docx", "0" * 64, "docx", zoned, fields), size, paras


def cost(mb: float, repeat: int, out=sys.stdout) -> None:
    """The full audit with and without the passage model on the same document, interleaved; best of ``repeat``."""
    from classifiers import load_config
    from classifiers.audit import audit_document
    from classifiers.passage_model import load_model

    doc, size, paras = prose_document(mb)
    on, off = load_config(), load_config(overrides={"checks": {"disabled": ["passage_model"]}})
    model = load_model()
    audit_document(doc, on)  # warm every cache outside the timing
    t_on, t_off, t_score = [], [], []
    for _ in range(repeat):
        for cfg, acc in ((off, t_off), (on, t_on)):
            t0 = time.perf_counter()
            audit_document(doc, cfg)
            acc.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        model.score(paras)
        t_score.append(time.perf_counter() - t0)
    mbs = size / 1e6
    print(f"\n== cost on {mbs:.2f} MB of prose ({len(paras)} paragraphs), best of {repeat} ==", file=out)
    print(f"full audit without the passage model {min(t_off):.3f} s ({mbs / min(t_off):.2f} MB/s); with it {min(t_on):.3f} s "
          f"({mbs / min(t_on):.2f} MB/s); ratio {min(t_on) / min(t_off):.3f}", file=out)
    print(f"passage scoring alone: {min(t_score) / mbs * 1000:.0f} ms per MB ({mbs / min(t_score):.1f} MB/s), "
          f"{min(t_score) / min(t_on):.1%} of the audit with it", file=out)


def main(argv: list[str] | None = None) -> int:
    from samples.passage_corpus import WRITERS, extra_public, writer_passages

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--writers", nargs="+", default=list(WRITERS))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--skip-cost", action="store_true")
    ap.add_argument("--skip-eval", action="store_true")
    ap.add_argument("--no-starter", action="store_true", help="folds without the extra public paragraphs")
    a = ap.parse_args(argv)
    if not a.skip_eval:
        by_writer = {w: writer_passages(w) for w in a.writers}
        for w, ps in by_writer.items():
            counts = {c: sum(1 for p in ps if p.label == c) for c in CLASSES}
            print(f"{w}: {len(ps)} paragraphs {counts}")
        extra = [] if a.no_starter else extra_public()
        print(f"every fold also trains on {len(extra)} extra public paragraphs (starter corpus + public_admin, as the shipped model does)")
        thresholds(cross_writer(by_writer, extra))
        from classifiers import load_config

        public_documents(load_config()["passage_model"].threshold)
    if not a.skip_cost:
        cost(a.mb, a.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())

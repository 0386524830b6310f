"""Is the full audit's output unchanged? Dump every finding and decision on a broad input set, compare.

A speed change must not change what the audit says. This dumps, for every document of a broad set,
the decision, the reason, the attribute, the marking, the suggested attribute, the opinion and every finding in full
(code, subtype, source, severity, evidence, position, message, rule, explanation, confidence,
match key — the ``repr`` of each frozen object, so floats are compared to the last digit), then
compares it with a saved dump.

Inputs (built once into ``--cache``, then read back as extracted Documents):

* ``bench.audit_speed`` inputs — ``prose``, ``lines``, ``long``;
* the secrecy-scope paraphrase sets (``samples/secrecy_scope.py``, ``secrecy_scope_more.py``) as
  ``bench.eval_secrecy_kb`` builds them;
* the nature / commercial-secret set (``samples/eval_nature.py``), the rules set
  (``samples/eval_rules.py``, docx/PDF/OFD/txt with sidecars and per-case configuration), the demo
  inbox (``samples/demo.py``), the layout cases of ``samples/real_layouts.py`` (docx and txt) and the
  published-style documents of ``samples/published.py``;
* documents of six paragraphs from the passage-corpus writers (w1–w3 at seeds not used in training,
  and the dev templates), marked 主动公开 / 依申请公开 / 不予公开 in turn, so every class of the
  passage model and both of its findings occur.

    python -m bench.audit_equivalence --save /tmp/equiv.txt     # before a change
    python -m bench.audit_equivalence --check /tmp/equiv.txt    # after: exit 1 and the first differences
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from pathlib import Path

DEFAULT_CACHE = Path(tempfile.gettempdir()) / "gongkai_audit_equivalence"


def _files(root: Path, expected: dict, prefix: str) -> list[tuple[str, object, dict]]:
    from extractors import extract
    from extractors.sidecar import attach_sidecar

    out = []
    for rel, exp in sorted(expected.items()):
        path = root / rel
        try:
            doc = attach_sidecar(extract(path, source=rel), path)
        except Exception as e:  # noqa: BLE001 - an input the extractor refuses is left out, and said
            print(f"  skipped {prefix}/{rel}: {type(e).__name__}", file=sys.stderr)
            continue
        out.append((f"{prefix}/{rel}", doc, (exp or {}).get("config") or {}))
    return out


def _passage_docs() -> list[tuple[str, object, dict]]:
    from extractors.model import Block, BlockKind, Document, Position
    from extractors.zones import assign_zones
    from samples.passage_corpus import WRITERS, writer_passages

    notes = ("（此件主动公开）", "（此件依申请公开）", "（此件不予公开）")
    out = []
    for w in (*WRITERS, "dev"):
        paras = [p.text for p in writer_passages(w, 9001 if w != "dev" else 77)][:600]
        for i in range(0, len(paras), 6):
            note = notes[(i // 6) % 3]
            lines = ["中卫市人力资源和社会保障局文件", "卫人社发〔2026〕9号", "关于做好有关工作的通知", "各县（区）人力资源和社会保障局："]
            lines += paras[i:i + 6] + ["中卫市人力资源和社会保障局", "2026年10月8日", note, "抄送：市财政局",
                                       "中卫市人力资源和社会保障局办公室　　2026年10月8日印发"]
            blocks = tuple(Block(BlockKind.PARAGRAPH, t, Position(block=k)) for k, t in enumerate(lines))
            zoned, fields = assign_zones(blocks)
            out.append((f"passages/{w}/{i // 6}", Document(f"{w}{i}.docx", "0" * 64, "docx", zoned, fields), {}))
    return out


def build(cache: Path) -> list[tuple[str, object, dict]]:
    """(name, extracted Document, config overrides) of every input; built once, then read from ``cache``."""
    pkl = cache / "documents.pkl"
    if pkl.is_file():
        return pickle.loads(pkl.read_bytes())
    cache.mkdir(parents=True, exist_ok=True)
    from bench import audit_speed, eval_secrecy_kb
    from samples import layouts, published, real_layouts
    from samples.demo import build_demo
    from samples.eval_nature import build as build_nature
    from samples.eval_rules import build_eval
    from samples.txt_writer import write_txt
    from samples.docx_writer import write_docx

    docs: list[tuple[str, object, dict]] = []
    for kind in ("prose", "lines", "long"):
        docs += [(f"speed/{kind}/{i}", d, {}) for i, d in enumerate(audit_speed.documents(kind))]
    docs += [(f"scope/{cid}", d, {}) for cid, _, d in eval_secrecy_kb.documents("all")]
    for name, fn in (("nature", build_nature), ("rules", build_eval), ("demo", build_demo)):
        root = cache / name
        exp = fn(root)
        docs += _files(root, exp, name)
    root = cache / "layouts"
    exp = {}
    for c in real_layouts.cases():
        for fmt in ("docx", "txt"):
            if fmt in c.formats:
                rel = f"{c.name}.{fmt}"
                (layouts.write_docx if fmt == "docx" else layouts.write_txt)(c, root / rel)
                exp[rel] = {}
    docs += _files(root, exp, "layouts")
    root = cache / "published"
    exp = {}
    specs = [(f"list-{s}", published.masked_list(s)) for s in published.MASK_STYLES]
    specs += [(f"office-{k}", published.office_contact(k)) for k in published.OFFICE_FORMS]
    specs += [(f"person-{k}", published.person_contact(k)) for k in published.PERSON_FORMS]
    specs += [(f"internal-{k}", published.internal_recipients(k)) for k in published.LEVELS]
    for name, spec in specs:
        write_docx(spec, root / f"{name}.docx")
        write_txt(spec, root / f"{name}.txt")
        exp[f"{name}.docx"] = exp[f"{name}.txt"] = {}
    docs += _files(root, exp, "published")
    docs += _passage_docs()
    pkl.write_bytes(pickle.dumps(docs))
    return docs


def dump(docs, out) -> dict[str, int]:
    """Write one block per document: name, decision, attribute, reason, marking, opinion, findings."""
    from classifiers import load_config
    from classifiers.audit import audit_document

    configs: dict[str, object] = {}
    codes: dict[str, int] = {}
    for name, doc, over in docs:
        key = json.dumps(over, sort_keys=True)
        if key not in configs:
            configs[key] = load_config(overrides=over or None)
        r = audit_document(doc, configs[key])
        out.write(f"## {name}\n")
        out.write(f"decision={r.decision!r} attribute={r.attribute!r} suggested={r.suggested_attribute!r}\n"
                  f"reason={r.reason!r}\nmarking={r.marking!r}\nopinion={r.opinion!r}\n")
        for f in r.findings:
            out.write(f"F {f!r}\n")
            codes[str(f.code)] = codes.get(str(f.code), 0) + 1
    return codes


def main(argv: list[str] | None = None) -> int:
    import io

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", type=Path)
    g.add_argument("--check", type=Path)
    a = p.parse_args(argv)
    docs = build(a.cache)
    buf = io.StringIO()
    codes = dump(docs, buf)
    text = buf.getvalue()
    print(f"{len(docs)} documents, {sum(codes.values())} findings: {dict(sorted(codes.items()))}")
    if a.save:
        a.save.write_text(text, encoding="utf-8")
        print(f"saved {a.save}")
        return 0
    want = a.check.read_text(encoding="utf-8")
    if want == text:
        print("identical")
        return 0
    wl, gl = want.splitlines(), text.splitlines()
    shown = 0
    head = ""
    for i in range(max(len(wl), len(gl))):
        w = wl[i] if i < len(wl) else "<end>"
        g = gl[i] if i < len(gl) else "<end>"
        if w.startswith("## "):
            head = w
        if w != g:
            print(f"DIFF at line {i + 1} ({head}):\n  - {w[:400]}\n  + {g[:400]}")
            shown += 1
            if shown >= 5:
                break
    return 1


if __name__ == "__main__":
    raise SystemExit(main())

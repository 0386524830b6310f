"""Hand the paragraphs of frozen judgement sets to readers, and join their labels back as passage-model training rows.

The passage model learns from ``samples/passage_corpus/judgement_sets.jsonl``: the paragraphs of tuning evaluation
sets, each labelled public / internal / secret / commercial / personal by a reader who had not read the code (their
notes: ``samples/passage_corpus/judgement_sets_*.md``). A set joins it only once it is a tuning set: never the final
pair nor an unread set.

    python -m bench.passage_labels dump OUT part1:g,h part2:ac,ad   # OUT/to_label_<part>.jsonl + OUT/auto_public.jsonl
    python -m bench.passage_labels join OUT part1 part2 >> samples/passage_corpus/judgement_sets.jsonl

``dump`` generates each set from its frozen ``gen.py``, extracts every document as the audit does and writes the
paragraphs the passage model reads (``classifiers.passage_model.check.paragraphs``), with the document's marking, the
writer's codes and note. A correctly marked 主动公开 document without codes needs no reader: its paragraphs are public
(``auto_public.jsonl``, rewritten by each ``dump``: give it every part at once, so a second run never doubles the
public rows ``join`` reads). ``join`` checks that each reader's ``labels_<part>.jsonl`` has exactly one known label per
paragraph and prints the training rows ``{text, label, set, file}``. Table rows (``a | b | c``) are left out: a row of
names and figures takes its table's class, and a model trained on such rows read every list of names as secret (a
roster of award winners, a ranking of districts).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from bench.eval_judgement import generate

CLASSES = ("public", "internal", "secret", "commercial", "personal")


def dump(out: Path, parts: dict[str, list[str]]) -> None:
    from classifiers.passage_model.check import PassageModelConfig, paragraphs
    from extractors import extract

    out.mkdir(parents=True, exist_ok=True)
    min_chars = PassageModelConfig().min_chars
    with open(out / "auto_public.jsonl", "w", encoding="utf-8") as auto:  # one call takes every part
        for part, sets in parts.items():
            n = 0
            with open(out / f"to_label_{part}.jsonl", "w", encoding="utf-8") as fh, tempfile.TemporaryDirectory() as tmp:
                for s in sets:
                    folder = Path(tmp) / s
                    truth = generate(s, folder)
                    for ln in truth.read_text(encoding="utf-8").splitlines():
                        t = json.loads(ln)
                        doc = extract(folder / t["file"])
                        rec = {"set": s, "file": t["file"], "attribute": t["attribute"], "codes": t["codes"],
                               "note": t.get("note", ""),
                               "paragraphs": [{"i": i, "text": b.text} for i, b in enumerate(paragraphs(doc, min_chars))]}
                        line = json.dumps(rec, ensure_ascii=False) + "\n"
                        if not t["codes"] and t["attribute"] == "主动公开":
                            auto.write(line)
                        else:
                            fh.write(line)
                            n += 1
            print(f"{part}: {n} documents to label", file=sys.stderr)


def join(folder: Path, parts: list[str]) -> list[dict]:
    rows = []
    for part in parts:
        labels = {}
        for ln in (folder / f"labels_{part}.jsonl").read_text(encoding="utf-8").splitlines():
            if ln.strip():
                r = json.loads(ln)
                key = (r["set"], r["file"], int(r["i"]))
                if key in labels or r["label"] not in CLASSES:
                    raise SystemExit(f"labels_{part}.jsonl: {key} repeated or label {r['label']!r} unknown")
                labels[key] = r["label"]
        docs = [json.loads(ln) for ln in (folder / f"to_label_{part}.jsonl").read_text(encoding="utf-8").splitlines()]
        keys = {(d["set"], d["file"], p["i"]) for d in docs for p in d["paragraphs"]}
        if keys != set(labels):
            raise SystemExit(f"labels_{part}.jsonl: {len(keys - set(labels))} paragraphs unlabelled, "
                             f"{len(set(labels) - keys)} labels for no paragraph")
        rows += [{"text": p["text"], "label": labels[(d["set"], d["file"], p["i"])], "set": d["set"], "file": d["file"]}
                 for d in docs for p in d["paragraphs"]]
    auto = folder / "auto_public.jsonl"
    if auto.is_file():
        rows += [{"text": p["text"], "label": "public", "set": d["set"], "file": d["file"]}
                 for d in map(json.loads, auto.read_text(encoding="utf-8").splitlines()) for p in d["paragraphs"]]
    return [r for r in rows if " | " not in r["text"]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("parts", nargs="+", help="part:set,set,…")
    j = sub.add_parser("join")
    j.add_argument("folder", type=Path)
    j.add_argument("parts", nargs="+")
    a = ap.parse_args(argv)
    if a.cmd == "dump":
        dump(a.out, {p.split(":", 1)[0]: p.split(":", 1)[1].split(",") for p in a.parts})
    else:
        for r in join(a.folder, a.parts):
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

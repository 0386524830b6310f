"""Generate the 青屿省 evaluation set (issue 11, writer aa) into OUTDIR.

Usage: /work/main/.venv/bin/python gen.py OUTDIR
Writes OUTDIR/aaNN.docx|txt and OUTDIR/truth.jsonl (truth18 format, one row per document).
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import valid_id, valid_luhn  # noqa: E402
from render import body_text, to_docx, to_txt  # noqa: E402
import d_secret, d_mixed, d_comm, d_mismatch, d_clean  # noqa: E402,E401
import extra  # noqa: E402

EXPECTED = {"SECRET": 16, "MIXED": 12, "COMMERCIAL": 12, "MISMATCH": 12, "CLEAN": 20}
VALID_ATTR = {"主动公开", "依申请公开", "不予公开", None}
VOCAB = {"LABEL_MISSING", "LABEL_INVALID", "LABEL_CONFLICT", "LABEL_MISMATCH", "MIXED_CONTENT",
         "FORWARD_MISMATCH", "SECRET_MARKING", "SECRET_CONTENT", "PERSONAL_DATA", "COMMERCIAL_SECRET",
         "HIDDEN_CONTENT", "PORTAL_MISMATCH"}


def full_text(d):
    parts = [d.get("issuer", ""), d.get("docno", ""), d["title"], d.get("to", ""), body_text(d),
             d.get("sign", ""), d.get("date", ""), d["label"], d.get("cc", ""), d.get("printed", ""),
             d.get("contact", "")] + [a["title"] for a in d.get("attachments", [])] + d.get("attach_list", [])
    return "\n".join(parts)


def check(d):
    bt = body_text(d)
    assert len(bt) >= 400, (d["title"], len(bt))
    txt = full_text(d)
    if d["case"] == "SECRET":
        for w in ("秘密", "机密"):
            assert w not in txt, (d["title"], w)
    for m in re.finditer(r"(?<![\dA-Za-z])\d{17}[\dX](?![\dA-Za-z])", txt):
        assert valid_id(m.group()), m.group()
    for m in re.finditer(r"(?<![\dA-Za-z])\d{16,19}(?![\dA-Za-z])", txt):
        assert valid_luhn(m.group()) or valid_id(m.group()), m.group()
    # masked identifiers must keep the masked shape
    assert d["attribute"] in VALID_ATTR
    assert d["decision"] in ("approve", "return", "escalate")
    assert set(d["codes"]) <= VOCAB
    # the marking line must carry the attribute it claims
    if d["attribute"]:
        assert d["attribute"] in d["label"] or (d["attribute"] == "主动公开" and "公开发布" in d["label"]), d["label"]
    assert d["fmt"] in ("docx", "txt")


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    docs = d_secret.DOCS + d_mixed.DOCS + d_comm.DOCS + d_mismatch.DOCS + d_clean.DOCS
    extra.apply(docs)
    counts = {}
    for d in docs:
        counts[d["case"]] = counts.get(d["case"], 0) + 1
    assert counts == EXPECTED, counts
    titles = [d["title"] for d in docs]
    assert len(set(titles)) == len(titles), "duplicate titles"
    rng = random.Random(1111)
    order = list(range(len(docs)))
    rng.shuffle(order)
    rows = []
    for n, i in enumerate(order, 1):
        d = docs[i]
        check(d)
        name = f"aa{n:02d}.{d['fmt']}"
        path = os.path.join(outdir, name)
        (to_docx if d["fmt"] == "docx" else to_txt)(d, path)
        rows.append({"file": name, "attribute": d["attribute"], "decision": d["decision"], "codes": d["codes"],
                     "note": d["note"], "case": d["case"], "format": d["fmt"], "genre": d["genre"]})
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    produced = sorted(x for x in os.listdir(outdir) if x.startswith("aa"))
    assert len(produced) == len(rows) == len(docs), (len(produced), len(rows))
    assert sorted(r["file"] for r in rows) == produced
    fm = {}
    for r in rows:
        fm[(r["case"], r["format"])] = fm.get((r["case"], r["format"]), 0) + 1
    print(f"wrote {len(rows)} documents + truth.jsonl to {outdir}")
    for c in EXPECTED:
        print(f"  {c:<11} docx={fm.get((c, 'docx'), 0):>2} txt={fm.get((c, 'txt'), 0):>2}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])

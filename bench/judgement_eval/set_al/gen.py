"""Generate the eval11al evaluation set: python gen.py OUTDIR

Writes 72 fictional 公文 of 潆州市望澜区人力资源和社会保障局 (湄江省, fictional) as .docx/.txt
plus OUTDIR/truth.jsonl in the issue-18 truth format.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs_clean, docs_commercial, docs_label, docs_mixed, docs_secret  # noqa: E402
from extras import EXTRAS, EXTRAS2, EXTRAS3, EXTRAS4, EXTRAS5  # noqa: E402
from render import body_text, render_docx, render_txt, valid_id, luhn_ok  # noqa: E402

ATTRS = {"主动公开", "依申请公开", "不予公开", None}
CODES = {"LABEL_MISSING", "LABEL_INVALID", "LABEL_CONFLICT", "LABEL_MISMATCH", "MIXED_CONTENT",
         "FORWARD_MISMATCH", "SECRET_MARKING", "SECRET_CONTENT", "PERSONAL_DATA", "COMMERCIAL_SECRET",
         "HIDDEN_CONTENT"}
SUB = {"secret": "sec", "mixed": "mix", "commercial": "com", "label": "lab", "clean": "cln"}


def all_docs():
    out = []
    for mod in (docs_secret, docs_mixed, docs_commercial, docs_label, docs_clean):
        out.extend(mod.docs())
    for d in out:
        for table in (EXTRAS, EXTRAS2, EXTRAS3, EXTRAS4, EXTRAS5):
            if d["id"] in table:
                pos, paras = table[d["id"]]
                body = list(d["body"])
                if pos < 0:
                    pos = len(body) + pos  # -1: before the closing paragraph
                d["body"] = body[:pos] + list(paras) + body[pos:]
    return out


def _all_text(d):
    parts = [d.get("title", ""), d.get("to", ""), d.get("mark", ""), d.get("cc", ""), d.get("printer", ""),
             body_text(d)] + list(d.get("attach", [])) + list(d.get("tail", [])) + list(d.get("header", []))
    return "\n".join(p for p in parts if p)


def check(d):
    """Assert the invariants promised in README."""
    txt = _all_text(d)
    n = len(re.sub(r"\s", "", body_text(d)))
    assert n >= 400, (d["id"], n)
    assert d["attribute"] in ATTRS and set(d["codes"]) <= CODES, d["id"]
    assert d["decision"] in ("approve", "return", "escalate"), d["id"]
    # the marking text carries the attribute
    assert d["attribute"] in d["mark"].replace("公开发布", "主动公开"), d["id"]
    # no full ID number or bank card anywhere; every 18-digit run would have to be a valid ID
    for m in re.finditer(r"(?<!\d)\d{17}[\dXx](?!\d)", txt):
        assert valid_id(m.group()), (d["id"], m.group())
        raise AssertionError(f"{d['id']}: unmasked ID number")
    for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", txt):
        assert luhn_ok(m.group()), (d["id"], m.group())
        raise AssertionError(f"{d['id']}: unmasked card number")
    # no mobile phone numbers at all (only office numbers)
    assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", txt), d["id"]
    # secret-content documents carry no 密级 word
    if d["case"] == "secret":
        assert not re.search(r"秘密|机密|绝密|密级|保密期限", txt), d["id"]


def main(outdir):
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows, seen = [], set()
    docs = all_docs()
    # neutral, shuffled file names so that a path never hints at the case
    order = list(range(1, len(docs) + 1))
    random.Random(1108).shuffle(order)
    sub = out / "wl"
    sub.mkdir(exist_ok=True)
    for n, d in zip(order, docs):
        check(d)
        assert d["id"] not in seen
        seen.add(d["id"])
        name = f"wl/{n:03d}.{d['fmt']}"
        if d["fmt"] == "docx":
            render_docx(d, out / name)
        else:
            render_txt(d, out / name)
        rows.append({"file": name, "attribute": d["attribute"], "decision": d["decision"],
                     "codes": d["codes"], "note": d["note"], "case": d["case"], "format": d["fmt"], "doc_id": d["id"]})
    rows.sort(key=lambda r: r["file"])
    with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter((d["case"], d["fmt"]) for d in docs)
    for k in sorted(c):
        print(k, c[k])
    print("total", len(docs), "docx", sum(d["fmt"] == "docx" for d in docs),
          "txt", sum(d["fmt"] == "txt" for d in docs))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs")

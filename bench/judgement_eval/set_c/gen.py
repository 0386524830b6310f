"""Generate the 檀溪 evaluation set for judgement (issue 11).

usage: python bench/judgement_eval/set_c/gen.py OUTDIR
Writes 72 documents (docx + txt) and OUTDIR/truth.jsonl (the truth format of `gongkai eval`).
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from render import render_docx, render_txt, body_chars, id_valid, luhn_valid  # noqa: E402
from c_secret import SECRET  # noqa: E402
from c_mixed import MIXED  # noqa: E402
from c_commercial import COMMERCIAL  # noqa: E402
from c_mismatch import MISMATCH  # noqa: E402
from c_clean import CLEAN  # noqa: E402
from extras import EXTRAS  # noqa: E402

CLOSING = ("特此", "此复", "妥否", "出席", "列席", "联系", "咨询", "公众咨询", "监督电话", "感谢", "以上意见",
           "受理电话", "劳动者")
EXPECTED = {"secret": 16, "mixed": 12, "commercial": 12, "mismatch": 12, "clean": 20}


def attribute_of(mark):
    if not mark:
        return None
    if "依申请公开" in mark:
        return "依申请公开"
    if "不予公开" in mark:
        return "不予公开"
    if "主动公开" in mark or "公开发布" in mark:
        return "主动公开"
    raise ValueError(mark)


def all_text(d):
    parts = [d.get("title") or "", d.get("to") or "", d.get("mark") or "", d.get("fujian") or ""]
    def walk(items):
        for it in items:
            if isinstance(it, tuple):
                if it[0] == "table":
                    for row in it[1]:
                        parts.extend(str(c) for c in row)
                else:
                    parts.append(it[1])
            else:
                parts.append(it)
    walk(d["body"])
    for (t, a) in d.get("attachments", []):
        parts.extend(t)
        walk(a)
    return "\n".join(parts)


def check(d):
    txt = all_text(d)
    assert body_chars(d) >= 400, (d["title"], body_chars(d))
    if d["case"] == "secret":
        for w in ("秘密", "机密", "绝密", "保密", "涉密"):
            assert w not in txt, (d["title"], w)
    # every 18-character ID-like token must be valid (masked ones are checked at generation time)
    for m in re.finditer(r"(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])", txt):
        assert id_valid(m.group()), m.group()
    for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", txt):
        if len(m.group()) != 18:
            assert luhn_valid(m.group()), m.group()
    # masked identifiers look masked
    for m in re.finditer(r"\d{3}\*{11}[\dX]{4}", txt):
        pass
    assert d["mark"], d["title"]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "docs"
    os.makedirs(out, exist_ok=True)
    docs = SECRET + MIXED + COMMERCIAL + MISMATCH + CLEAN
    keys = {d["title"] or d["header"] for d in docs}
    for k, paras in EXTRAS.items():
        assert k in keys, k
    for d in docs:
        add = EXTRAS.get(d["title"] or d["header"], [])
        plain = [a for a in add if isinstance(a, str)]
        anchored = [a for a in add if not isinstance(a, str)]
        if plain:
            b = d["body"]
            i = len(b)
            while i > 1 and isinstance(b[i - 1], str) and b[i - 1].startswith(CLOSING):
                i -= 1
            d["body"] = b[:i] + plain + b[i:]
        for anchor, text in anchored:
            b = d["body"]
            hits = [j for j, it in enumerate(b) if isinstance(it, str) and it.startswith(anchor[1:])]
            assert len(hits) == 1, (anchor, d["title"])
            d["body"] = b[:hits[0] + 1] + [text] + b[hits[0] + 1:]
    counts = {}
    for d in docs:
        counts[d["case"]] = counts.get(d["case"], 0) + 1
    assert counts == EXPECTED, counts
    rng = random.Random(20251111)
    order = list(range(len(docs)))
    rng.shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        d = docs[idx]
        check(d)
        name = f"tx{n:03d}.{d['fmt']}"
        path = os.path.join(out, name)
        (render_docx if d["fmt"] == "docx" else render_txt)(d, path)
        t = d["truth"]
        rows.append({
            "file": name,
            "attribute": attribute_of(d["mark"]),
            "decision": t["decision"],
            "codes": t["codes"],
            "note": t["note"],
            "case": d["case"],
            "format": d["fmt"],
            "title": d["title"] or d["header"],
        })
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    fmt = {}
    for r in rows:
        fmt[(r["case"], r["format"])] = fmt.get((r["case"], r["format"]), 0) + 1
    print(len(rows), "documents written to", out)
    for k in sorted(fmt):
        print(k, fmt[k])


if __name__ == "__main__":
    main()

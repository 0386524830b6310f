"""eval11z generator: a rural county 人社局 (禾源县, 岷丰省安澜市) evaluation set for gongkai-audit judgement.

Run: /work/main/.venv/bin/python gen.py OUTDIR   -> OUTDIR/NNN.docx|txt + OUTDIR/truth.jsonl
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_core import write_all  # noqa: E402
from docs_a import secret_docs, mixed_docs  # noqa: E402
from docs_b import commercial_docs, label_docs  # noqa: E402
from docs_c import clean_docs  # noqa: E402
from docs_extra import EXTRA  # noqa: E402

HEADS = ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、")
APPEND = {"禾源县职业技能培训补贴申领办事指南", "禾源县2024年乡村公益性岗位公开招聘公告",
          "关于《禾源县乡村公益性岗位开发管理实施细则》的政策解读"}
AT = {"关于征求《禾源县就业帮扶车间认定管理办法（修订征求意见稿）》意见的函": 4,
      "禾源县人力资源和社会保障局局务会议纪要": -3,
      "关于提高城乡居民基本养老保险县级基础养老金标准的通知": -2,
      "关于石桥竹编工坊申报非遗工坊就业奖补有关情况的通知": 2,
      "关于高坪食用菌产业园吸纳就业情况的通报": 2}


def add_extra(d):
    """Insert the EXTRA paragraphs for d's title before its closing paragraph (after a closing heading's content)."""
    extra = EXTRA.get(d["title"], [])
    if not extra:
        return
    body = d["body"]
    if d["title"] in APPEND:
        pos = len(body)
    elif d["title"] in AT:
        pos = AT[d["title"]] % len(body)
    else:
        pos = len(body) - 1
        prev = body[pos - 1]
        if isinstance(prev, str) and prev.startswith(HEADS) and len(prev) < 20:
            pos -= 1
    d["body"] = body[:pos] + list(extra) + body[pos:]


def interleave(groups):
    """Round-robin the case groups so files of one case are not contiguous."""
    out = []
    groups = [list(g) for g in groups]
    while any(groups):
        for g in groups:
            if g:
                out.append(g.pop(0))
    return out


def main():
    """Build all documents, check counts, render them and the truth file."""
    outdir = sys.argv[1] if len(sys.argv) > 1 else "docs"
    groups = [clean_docs(), secret_docs(), mixed_docs(), commercial_docs(), label_docs()]
    for g in groups:
        for d in g:
            add_extra(d)
    expected = {"CLEAN": 20, "SECRET_CONTENT": 16, "MIXED_CONTENT": 12, "COMMERCIAL_SECRET": 12, "LABEL_MISMATCH": 12}
    for g in groups:
        assert len(g) == expected[g[0]["case"]], (g[0]["case"], len(g))
    docs = interleave(groups)
    titles = [d["title"] for d in docs]
    assert len(set(titles)) == len(titles), "duplicate titles"
    rows = write_all(docs, outdir)
    cnt = collections.Counter((r["case"], r["file"].rsplit(".", 1)[1]) for r in rows)
    for k in sorted(cnt):
        print(k, cnt[k])
    fmts = collections.Counter(r["file"].rsplit(".", 1)[1] for r in rows)
    print("total", len(rows), dict(fmts), "min body chars", min(r["body_chars"] for r in rows))


if __name__ == "__main__":
    main()

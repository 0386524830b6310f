"""Generate evaluation set eval11x: 槐阳市人社局 front-line documents (社保经办、仲裁、就业、人才、工伤).

Usage: /work/main/.venv/bin/python gen.py OUTDIR
Writes OUTDIR/*.docx, OUTDIR/*.txt and OUTDIR/truth.jsonl (format of truth18.md).
"""
import json
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import idgen  # noqa: E402
from extras import EXTRA  # noqa: E402
from cases_s import DOCS as S_DOCS  # noqa: E402
from cases_m import DOCS as M_DOCS  # noqa: E402
from cases_c import DOCS as C_DOCS  # noqa: E402
from cases_l import DOCS as L_DOCS  # noqa: E402
from cases_k import DOCS as K_DOCS  # noqa: E402

ORGS = {
    "JU": "槐阳市人力资源和社会保障局",
    "SB": "槐阳市社会保险事业管理中心",
    "ZC": "槐阳市劳动人事争议仲裁院",
    "JY": "槐阳市公共就业服务中心",
    "RC": "槐阳市人才发展服务中心",
    "JD": "槐阳市劳动能力鉴定委员会办公室",
}

VALID_ATTR = {"主动公开", "依申请公开", "不予公开", None}
VALID_DEC = {"approve", "return", "escalate"}
VALID_CODES = {"LABEL_MISSING", "LABEL_INVALID", "LABEL_CONFLICT", "LABEL_MISMATCH", "MIXED_CONTENT",
               "FORWARD_MISMATCH", "SECRET_MARKING", "SECRET_CONTENT", "PERSONAL_DATA",
               "COMMERCIAL_SECRET", "HIDDEN_CONTENT", "PORTAL_MISMATCH"}


def _font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def _border(par, side, color="FF0000", sz=12):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def _para(doc, text, align=None, font="仿宋_GB2312", size=16, bold=False, color=None, indent=True,
          space_after=0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        _font(p.add_run(text), font, size, bold, color)
    return p


def _is_heading(text):
    return len(text) <= 24 and text[:2] in {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"}


def build_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    org = ORGS[d["org"]]
    layout = d.get("layout", "wenjian")
    red = (0xE6, 0x00, 0x12)
    # 份号/密级位置不用；请示加签发人
    if layout == "wenjian":
        _para(doc, org + "文件", WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 30, color=red, indent=False,
              space_after=18)
    elif layout == "xinhan":
        p = _para(doc, org, WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 26, color=red, indent=False,
                  space_after=6)
        _border(p, "bottom", sz=18)
    elif layout == "jiyao":
        _para(doc, d.get("jiyao_head", org + "会议纪要"), WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 28,
              color=red, indent=False, space_after=12)
    # plain: no 版头 (公示/公告 posted on a board)
    if layout in ("wenjian", "jiyao") or (layout == "xinhan" and d.get("zihao")):
        zh = d.get("zihao", "")
        if d.get("qianfa"):
            p = _para(doc, zh + "　　　　　　签发人：" + d["qianfa"], WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        else:
            p = _para(doc, zh, WD_ALIGN_PARAGRAPH.CENTER if layout != "xinhan" else WD_ALIGN_PARAGRAPH.RIGHT,
                      indent=False)
        if layout != "xinhan":
            _border(p, "bottom", sz=18)
    _para(doc, "", indent=False)
    _para(doc, d["title"], WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 22, indent=False, space_after=12)
    if d.get("zhusong"):
        _para(doc, d["zhusong"] + "：", indent=False)
    for t in d["body"]:
        if _is_heading(t):
            _para(doc, t, font="黑体", size=16)
        else:
            _para(doc, t)
    if d.get("fujian"):
        _para(doc, "", indent=False)
        for i, f in enumerate(d["fujian"]):
            prefix = "附件：" if i == 0 else "　　　"
            label = (f"{i + 1}．{f}" if len(d["fujian"]) > 1 else f)
            _para(doc, prefix + label)
    _para(doc, "", indent=False)
    _para(doc, d.get("sign", org), WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    _para(doc, d["date"], WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    if d.get("mark"):
        _para(doc, d["mark"], indent=True)
    for att in d.get("attach_text", []):
        doc.add_page_break()
        _para(doc, att[0], WD_ALIGN_PARAGRAPH.LEFT, "黑体", 16, indent=False)
        _para(doc, att[1], WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 20, indent=False, space_after=8)
        for t in att[2]:
            _para(doc, t)
    if d.get("chaosong") or d.get("yinfa"):
        _para(doc, "", indent=False)
        first = None
        if d.get("chaosong"):
            first = _para(doc, "抄送：" + d["chaosong"] + "。", font="仿宋_GB2312", size=14, indent=False)
            _border(first, "top", color="000000", sz=8)
        yf_org, yf_date = d.get("yinfa", (org + "办公室", d["date"]))
        p = _para(doc, f"{yf_org}　　　　　　　　{yf_date}印发", font="仿宋_GB2312", size=14, indent=False)
        if first is None:
            _border(p, "top", color="000000", sz=8)
        _border(p, "bottom", color="000000", sz=8)
    doc.save(path)


def build_txt(d, path):
    org = ORGS[d["org"]]
    layout = d.get("layout", "wenjian")
    lines = []
    if layout == "wenjian":
        lines += [org + "文件", ""]
    elif layout == "xinhan":
        lines += [org, ""]
    elif layout == "jiyao":
        lines += [d.get("jiyao_head", org + "会议纪要"), ""]
    if layout == "plain" and d.get("zihao"):
        lines += [org, ""]
    if d.get("zihao"):
        lines.append(d["zihao"] + ("　　签发人：" + d["qianfa"] if d.get("qianfa") else ""))
        lines.append("")
    lines += [d["title"], ""]
    if d.get("zhusong"):
        lines.append(d["zhusong"] + "：")
    for t in d["body"]:
        lines.append("　　" + t)
    if d.get("fujian"):
        lines.append("")
        for i, f in enumerate(d["fujian"]):
            label = (f"{i + 1}．{f}" if len(d["fujian"]) > 1 else f)
            lines.append(("　　附件：" if i == 0 else "　　　　　") + label)
    lines += ["", "　" * 14 + d.get("sign", org), "　" * 16 + d["date"]]
    if d.get("mark"):
        lines.append("　　" + d["mark"])
    for att in d.get("attach_text", []):
        lines += ["", att[0], att[1]]
        lines += ["　　" + t for t in att[2]]
    if d.get("chaosong") or d.get("yinfa"):
        lines += ["", "-" * 40]
        if d.get("chaosong"):
            lines.append("抄送：" + d["chaosong"] + "。")
        yf_org, yf_date = d.get("yinfa", (org + "办公室", d["date"]))
        lines.append(f"{yf_org}　　　　{yf_date}印发")
        lines.append("-" * 40)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    docs = S_DOCS + M_DOCS + C_DOCS + L_DOCS + K_DOCS
    for d in docs:
        extra = EXTRA.get(d["id"])
        if isinstance(extra, tuple):
            d["body"] = d["body"] + [extra[1]]
        elif extra:
            d["body"] = d["body"][:-1] + [extra] + d["body"][-1:]
    idgen.self_check()
    seen = set()
    rows = []
    for d in docs:
        name = d["id"] + "." + d["fmt"]
        assert name not in seen, name
        seen.add(name)
        body_len = sum(len(t) for t in d["body"]) + sum(len(t) for a in d.get("attach_text", []) for t in a[2])
        assert body_len >= 400, (name, body_len)
        assert d["attribute"] in VALID_ATTR, name
        assert d["decision"] in VALID_DEC, name
        assert set(d["codes"]) <= VALID_CODES, name
        text = "".join(d["body"]) + "".join(t for a in d.get("attach_text", []) for t in a[2])
        if d["case"] == "SECRET_CONTENT":
            for tok in ("秘密", "机密", "绝密", "涉密", "保密"):
                assert tok not in text and tok not in d["title"], (name, tok)
        idgen.check_text(text)
        path = os.path.join(out, name)
        (build_docx if d["fmt"] == "docx" else build_txt)(d, path)
        rows.append({"file": name, "attribute": d["attribute"], "decision": d["decision"],
                     "codes": d["codes"], "note": d["note"], "case": d["case"],
                     "genre": d.get("genre", ""), "issuer": ORGS[d["org"]]})
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} documents to {out}")


if __name__ == "__main__":
    main()

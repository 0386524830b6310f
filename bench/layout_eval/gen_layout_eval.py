#!/usr/bin/env python3
"""Independent layout evaluation set for gongkai-audit (issue 10).

Usage:
    /work/main/.venv/bin/python gen_layout_eval.py OUTDIR [--regs PATH] [--no-pdf] [--soffice PATH]

Writes docx / pdf (LibreOffice export of our own docx) / ofd (hand-written GB/T 33190
package) / txt documents into OUTDIR and OUTDIR/truth.jsonl.  Deterministic: the same
input gives the same documents (PDF byte streams carry LibreOffice's own timestamps, the
text content is identical).  Imports nothing from the product.
"""
import argparse
import datetime
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

# ---------------------------------------------------------------------------
# fictional bureau
ORG = "澄川市人力资源和社会保障局"
ORG_OFFICE = "澄川市人力资源和社会保障局办公室"
PROV = "江岚省人力资源和社会保障厅"
PROV_OFFICE = "江岚省人力资源和社会保障厅办公室"
COUNTIES = "各县（区）人力资源和社会保障局"

# ---------------------------------------------------------------------------
# valid personal numbers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(area, birth, seq):
    body = f"{area}{birth}{seq:03d}"
    assert len(body) == 17
    s = sum(int(c) * w for c, w in zip(body, ID_W))
    return body + "10X98765432"[s % 11]


def luhn_card(prefix, length):
    body = prefix + "".join(str((int(hashlib.md5((prefix + str(i)).encode()).hexdigest(), 16) >> i) % 10)
                            for i in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:  # will be doubled once check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(n):
    t = 0
    for i, c in enumerate(reversed(n)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def id_ok(n):
    return n[17] == "10X98765432"[sum(int(c) * w for c, w in zip(n[:17], ID_W)) % 11]


# ---------------------------------------------------------------------------
# abstract document model, rendered to docx and ofd
class D:
    def __init__(self, core_title=""):
        self.items = []
        self.header = None      # text
        self.footer = None      # text, "{PAGE}" replaced by page number; None -> "— {PAGE} —"
        self.footer_in_template = False   # OFD: static footer text in a template page
        self.core_title = core_title
        self.author = "拟稿人"
        self.subject = ""

    def p(self, text, align="justify", size=16, bold=False, font="fs", color=None, indent=2, rindent=0):
        self.items.append(("p", text, dict(align=align, size=size, bold=bold, font=font, color=color,
                                           indent=indent, rindent=rindent)))
        return self

    def body(self, *paras):
        for t in paras:
            self.p(t)
        return self

    def blank(self, n=1):
        for _ in range(n):
            self.items.append(("blank",))
        return self

    def pagebreak(self):
        self.items.append(("pagebreak",))
        return self

    def redline(self):
        self.items.append(("line", "C00000", 12))
        return self

    def rule(self, sz=6):
        self.items.append(("line", "000000", sz))
        return self

    def table(self, rows, widths=None, borders=True, size=14, font="fs"):
        self.items.append(("table", rows, dict(widths=widths, borders=borders, size=size, font=font)))
        return self

    # ---- 公文 building blocks
    def banner(self, org=ORG, suffix="文件"):
        self.p(org + suffix, align="center", size=26, font="xbs", color="C00000", indent=0)
        self.blank()
        return self

    def docno(self, no, align="center"):
        self.p(no, align=align, indent=0)
        return self

    def title(self, t):
        self.blank()
        self.p(t, align="center", size=22, font="xbs", indent=0)
        self.blank()
        return self

    def to(self, t):
        self.p(t, indent=0)
        return self

    def attach_note(self, names):
        if len(names) == 1:
            self.p("附件：" + names[0])
        else:
            self.p("附件：1．" + names[0])
            for i, n in enumerate(names[1:], 2):
                self.p(f"　　　{i}．{n}")
        return self

    def sign(self, org, date):
        self.blank(2)
        self.p(org, align="right", indent=0, rindent=4)
        self.p(date, align="right", indent=0, rindent=4)
        return self

    def fuzhu(self, t):
        self.p(t)
        return self

    def attachment(self, label, title, paras=(), table=None):
        self.pagebreak()
        self.p(label, font="ht", indent=0)
        self.blank()
        self.p(title, align="center", size=22, font="xbs", indent=0)
        self.blank()
        for t in paras:
            self.p(t)
        if table:
            self.table(table)
        return self

    def banji(self, mark=None, cc=None, office=ORG_OFFICE, date=None, newpage=False):
        """版记 laid out as ruled lines; mark is the full first row text, e.g. '公开方式：主动公开'."""
        if newpage:
            self.pagebreak()
        else:
            self.blank(2)
        self.rule(8)
        if mark:
            self.p(mark, size=14, indent=1)
            self.rule(4)
        if cc:
            self.p("抄送：" + cc, size=14, indent=1)
            self.rule(4)
        self.p(f"{office}　　{date}印发", size=14, indent=1)
        self.rule(8)
        return self

    def banji_table(self, rows, newpage=False):
        if newpage:
            self.pagebreak()
        else:
            self.blank(2)
        self.table(rows, size=14)
        return self


FONTS = {"fs": "仿宋_GB2312", "xbs": "方正小标宋简体", "ht": "黑体", "kt": "楷体_GB2312"}
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
FIXED_DT = datetime.datetime(2026, 3, 2, 9, 0, 0)


def _fonts(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = FONTS[font]
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), FONTS[font])
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def _border(par, color, sz):
    ppr = par._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    b.append(e)
    ppr.append(b)


def _hf_par(par, text):
    parts = text.split("{PAGE}")
    for i, part in enumerate(parts):
        if part:
            _fonts(par.add_run(part), "fs", 14)
        if i < len(parts) - 1:
            fld = OxmlElement("w:fldSimple")
            fld.set(qn("w:instr"), "PAGE")
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = "1"
            r.append(t)
            fld.append(r)
            par._p.append(fld)


def render_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    first = True
    for it in d.items:
        kind = it[0]
        if kind in ("p", "blank", "line", "pagebreak"):
            par = doc.paragraphs[0] if first and doc.paragraphs else doc.add_paragraph()
            first = False
        if kind == "p":
            _, text, st = it
            par.alignment = ALIGN[st["align"]]
            pf = par.paragraph_format
            pf.first_line_indent = Pt(st["size"] * st["indent"]) if st["indent"] else None
            if st["rindent"]:
                pf.right_indent = Pt(st["size"] * st["rindent"])
            pf.space_after = Pt(0)
            _fonts(par.add_run(text), st["font"], st["size"], st["bold"], st["color"])
        elif kind == "blank":
            par.paragraph_format.space_after = Pt(0)
        elif kind == "line":
            _border(par, it[1], it[2])
            par.paragraph_format.space_after = Pt(0)
            _fonts(par.add_run(""), "fs", 4)
        elif kind == "pagebreak":
            par.add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            first = False
            _, rows, st = it
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            if st["borders"]:
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    c = t.cell(i, j)
                    txt = r[j] if j < len(r) else ""
                    cp = c.paragraphs[0]
                    _fonts(cp.add_run(txt), st["font"], st["size"])
            widths = st["widths"] or [156.0 / ncol] * ncol
            scale = 156.0 / sum(widths)
            widths = [w * scale for w in widths]
            t.autofit = False
            grid = t._tbl.tblGrid
            for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
            for j, w in enumerate(widths):
                for c in t.columns[j].cells:
                    c.width = Mm(w)
    if d.header:
        _hf_par(sec.header.paragraphs[0], d.header)
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    ftxt = d.footer if d.footer is not None else "— {PAGE} —"
    fp = sec.footer.paragraphs[0]
    _hf_par(fp, ftxt)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp = doc.core_properties
    cp.title = d.core_title
    cp.author = d.author
    cp.last_modified_by = d.author
    cp.subject = d.subject
    cp.comments = ""
    cp.keywords = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _write_zip_fixed(buf.getvalue(), path)


def _write_zip_fixed(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------------------
# OFD writer (GB/T 33190 minimal package)
PT2MM = 0.3528
NS = "http://www.ofdspec.org/2016"


def _cw(ch):
    return 1.0 if unicodedata.east_asian_width(ch) in "WFA" or ord(ch) > 0x2E7F else 0.5


def _wrap(text, width_chars, first_indent):
    lines, cur, w, avail = [], "", 0.0, width_chars - first_indent
    for ch in text:
        cw = _cw(ch)
        if w + cw > avail + 1e-6 and cur:
            lines.append(cur)
            cur, w, avail = "", 0.0, width_chars
        cur += ch
        w += cw
    if cur or not lines:
        lines.append(cur)
    return lines


class OfdPage:
    def __init__(self):
        self.objs = []


class OfdWriter:
    X0, W, Y0, YMAX = 28.0, 156.0, 37.0, 262.0

    def __init__(self, d):
        self.d = d
        self.pages = [OfdPage()]
        self.y = self.Y0
        self.nid = 10
        self.tpl_objs = []

    def _id(self):
        self.nid += 1
        return self.nid

    def _text(self, objs, x, y, s, size_mm, font_id=1, color=None):
        """one TextObject; y = top of the line box in mm"""
        if not s:
            return
        widths = [_cw(c) * size_mm for c in s]
        w = sum(widths)
        dx = " ".join(f"{v:.2f}" for v in widths[:-1])
        fill = f'<ofd:FillColor Value="{color}"/>' if color else ""
        dxa = f' DeltaX="{dx}"' if dx else ""
        objs.append(
            f'<ofd:TextObject ID="{self._id()}" Boundary="{x:.2f} {y:.2f} {w + 0.5:.2f} {size_mm * 1.3:.2f}" '
            f'Font="{font_id}" Size="{size_mm:.2f}">{fill}'
            f'<ofd:TextCode X="0" Y="{size_mm * 1.05:.2f}"{dxa}>{escape(s)}</ofd:TextCode></ofd:TextObject>')

    def _line(self, objs, x1, y1, x2, y2, color="0 0 0", lw=0.3):
        objs.append(
            f'<ofd:PathObject ID="{self._id()}" Boundary="{min(x1, x2):.2f} {min(y1, y2):.2f} '
            f'{abs(x2 - x1) + lw:.2f} {abs(y2 - y1) + lw:.2f}" LineWidth="{lw}" Stroke="true" Fill="false">'
            f'<ofd:StrokeColor Value="{color}"/>'
            f'<ofd:AbbreviatedData>M {0:.2f} {0:.2f} L {abs(x2 - x1):.2f} {abs(y2 - y1):.2f}</ofd:AbbreviatedData>'
            f'</ofd:PathObject>')

    def _need(self, h):
        if self.y + h > self.YMAX:
            self.pages.append(OfdPage())
            self.y = self.Y0

    def run(self):
        fid = {"fs": 1, "xbs": 2, "ht": 3, "kt": 4}
        for it in self.d.items:
            kind = it[0]
            if kind == "p":
                _, text, st = it
                smm = st["size"] * PT2MM
                lh = smm * 1.75
                wchars = (self.W - st["rindent"] * smm) / smm
                lines = _wrap(text, wchars, st["indent"])
                for k, ln in enumerate(lines):
                    self._need(lh)
                    lw = sum(_cw(c) for c in ln) * smm
                    if st["align"] == "center":
                        x = self.X0 + (self.W - lw) / 2
                    elif st["align"] == "right":
                        x = self.X0 + self.W - st["rindent"] * smm - lw
                    else:
                        x = self.X0 + (st["indent"] * smm if k == 0 else 0)
                    col = " ".join(str(int(st["color"][i:i + 2], 16)) for i in (0, 2, 4)) if st["color"] else None
                    self._text(self.pages[-1].objs, x, self.y, ln, smm, fid[st["font"]], col)
                    self.y += lh
            elif kind == "blank":
                self._need(9.8)
                self.y += 9.8
            elif kind == "line":
                self._need(2)
                col = "192 0 0" if it[1] != "000000" else "0 0 0"
                self._line(self.pages[-1].objs, self.X0, self.y + 1, self.X0 + self.W, self.y + 1, col,
                           0.5 if it[2] >= 8 else 0.25)
                self.y += 2.5
            elif kind == "pagebreak":
                self.pages.append(OfdPage())
                self.y = self.Y0
            elif kind == "table":
                _, rows, st = it
                smm = st["size"] * PT2MM
                ncol = max(len(r) for r in rows)
                widths = st["widths"] or [self.W / ncol] * ncol
                scale = self.W / sum(widths)
                widths = [w * scale for w in widths]
                for r in rows:
                    cells = [(r[j] if j < len(r) else "") for j in range(ncol)]
                    wrapped = [_wrap(c, (widths[j] - 2) / smm, 0) for j, c in enumerate(cells)]
                    h = max(len(w) for w in wrapped) * smm * 1.6 + 2.5
                    self._need(h)
                    objs = self.pages[-1].objs
                    x = self.X0
                    for j, lines in enumerate(wrapped):
                        for k, ln in enumerate(lines):
                            self._text(objs, x + 1, self.y + 1.2 + k * smm * 1.6, ln, smm, fid[st["font"]])
                        x += widths[j]
                    if st["borders"]:
                        self._line(objs, self.X0, self.y, self.X0 + self.W, self.y)
                        self._line(objs, self.X0, self.y + h, self.X0 + self.W, self.y + h)
                        x = self.X0
                        for w in [0] + widths:
                            x += w
                            self._line(objs, x, self.y, x, self.y + h)
                    self.y += h
        # header / footer
        smm = 14 * PT2MM
        ftxt = self.d.footer if self.d.footer is not None else "— {PAGE} —"
        if self.d.footer_in_template:
            static = ftxt.replace("{PAGE}", "").strip()
            self._text(self.tpl_objs, self.X0, 297 - 24, static, smm)
        for n, pg in enumerate(self.pages, 1):
            if self.d.footer_in_template:
                s = f"— {n} —"
                self._text(pg.objs, self.X0 + self.W - len(s) * smm * 0.75, 297 - 24, s, smm)
            else:
                s = ftxt.replace("{PAGE}", str(n))
                lw = sum(_cw(c) for c in s) * smm
                self._text(pg.objs, self.X0 + (self.W - lw) / 2, 297 - 24, s, smm)
            if self.d.header:
                s = self.d.header.replace("{PAGE}", str(n))
                lw = sum(_cw(c) for c in s) * smm
                self._text(pg.objs, self.X0 + (self.W - lw) / 2, 22, s, smm)
                self._line(pg.objs, self.X0, 29, self.X0 + self.W, 29, "0 0 0", 0.25)

    def save(self, path, name):
        self.run()
        docid = hashlib.md5(name.encode()).hexdigest()
        files = {}
        title = escape(self.d.core_title or "")
        files["OFD.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{NS}" Version="1.1" DocType="OFD">'
            f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>{docid}</ofd:DocID><ofd:Title>{title}</ofd:Title>'
            f'<ofd:Author>{escape(self.d.author)}</ofd:Author><ofd:CreationDate>2026-03-02</ofd:CreationDate>'
            f'<ofd:Creator>eval10-ofd-writer</ofd:Creator><ofd:CreatorVersion>1.0</ofd:CreatorVersion></ofd:DocInfo>'
            f'<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        tpl = '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>' if self.d.footer_in_template else ""
        pages_xml = "".join(f'<ofd:Page ID="{100 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>'
                            for i in range(len(self.pages)))
        files["Doc_0/Document.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
            f'<ofd:MaxUnitID>{self.nid + 200}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
            f'</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{tpl}</ofd:CommonData>'
            f'<ofd:Pages>{pages_xml}</ofd:Pages></ofd:Document>')
        files["Doc_0/PublicRes.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
            '<ofd:Font ID="1" FontName="仿宋_GB2312" FamilyName="仿宋"/>'
            '<ofd:Font ID="3" FontName="黑体" FamilyName="黑体"/>'
            '<ofd:Font ID="4" FontName="楷体_GB2312" FamilyName="楷体"/>'
            '</ofd:Fonts></ofd:Res>').replace(
            '<ofd:Font ID="3"', '<ofd:Font ID="2" FontName="方正小标宋简体" FamilyName="方正小标宋简体"/><ofd:Font ID="3"')
        tref = '<ofd:Template TemplateID="2" ZOrder="Background"/>' if self.d.footer_in_template else ""
        for i, pg in enumerate(self.pages):
            files[f"Doc_0/Pages/Page_{i}/Content.xml"] = (
                f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}">{tref}<ofd:Content>'
                f'<ofd:Layer ID="{300 + i}" Type="Body">{"".join(pg.objs)}</ofd:Layer></ofd:Content></ofd:Page>')
        if self.d.footer_in_template:
            files["Doc_0/Tpls/Tpl_0/Content.xml"] = (
                f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}"><ofd:Content>'
                f'<ofd:Layer ID="299" Type="Background">{"".join(self.tpl_objs)}</ofd:Layer></ofd:Content></ofd:Page>')
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for fn in sorted(files):
                zi = zipfile.ZipInfo(fn, date_time=(2026, 3, 2, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, files[fn].encode("utf-8"))


def render_ofd(d, path):
    OfdWriter(d).save(path, os.path.basename(path))


# ---------------------------------------------------------------------------
# content (written for this set; fictional city 澄川市, fictional province 江岚省)
TOPICS = {
    "jianxi": dict(
        title="关于做好2026年度就业见习基地认定工作的通知",
        paras=[
            "为进一步拓宽高校毕业生和失业青年就业渠道，提升见习岗位质量，按照全省就业见习工作部署，现就我市2026年度就业见习基地认定工作通知如下。",
            "一、认定范围。在本市依法登记、经营状况良好、能够提供不少于5个见习岗位，且上一年度见习留用率不低于30%的企业、事业单位和社会组织，均可申报。",
            "二、申报程序。申报单位于4月30日前向所在县（区）人力资源和社会保障部门提交申报表、登记证照复印件和见习岗位计划；县（区）审核后于5月15日前汇总报市局就业促进科。",
            "三、工作要求。各县（区）要实地核查见习条件，对弄虚作假骗取见习补贴的单位，一经查实即取消基地资格，并依法追回已拨付资金。",
        ]),
    "jineng": dict(
        title="关于进一步规范职业技能提升补贴申领工作的通知",
        paras=[
            "近期，市局在资金监管中发现个别县（区）存在技能提升补贴审核把关不严、资料不全即拨付等问题。为确保补贴资金安全，现就有关事项通知如下。",
            "一、严格申领条件。申领人须为依法参加失业保险累计缴费满1年以上的企业职工，并在申领前12个月内取得职业资格证书或职业技能等级证书。",
            "二、规范审核流程。经办机构应当通过全省人社一体化平台比对参保和证书信息，不得以纸质材料替代系统校验；对比对不一致的，应当书面告知申领人补正。",
            "三、强化监督检查。市局将于第三季度组织交叉抽查，抽查比例不低于当期拨付笔数的5%，抽查结果纳入年度就业工作考核。",
        ]),
    "gongshang": dict(
        title="关于开展2026年度工伤预防项目申报工作的通知",
        paras=[
            "为降低工伤发生率，推动工伤保险由事后补偿向事前预防转变，根据全省工伤预防工作安排，现组织开展2026年度工伤预防项目申报。",
            "一、项目类别。本年度重点支持建筑施工、危险化学品、冶金和交通运输等行业的工伤预防宣传和培训项目，单个项目预算原则上不超过40万元。",
            "二、申报主体。具备相应培训能力、近三年无不良信用记录的行业协会、职业院校和专业机构可以申报。",
            "三、时间安排。申报材料于5月20日前报送市工伤保险科，市局组织专家评审后向社会公示评审结果。",
        ]),
    "qianxin": dict(
        title="关于开展2026年春季农民工工资支付情况专项检查的通知",
        paras=[
            "为切实维护农民工劳动报酬权益，根据市根治拖欠农民工工资工作领导小组安排，决定自3月10日至4月30日在全市开展农民工工资支付情况专项检查。",
            "一、检查重点。以在建工程项目为重点，检查工资专用账户开立、实名制管理、总包单位代发工资和工资保证金存储等制度落实情况。",
            "二、方法步骤。各县（区）先行组织用人单位自查，再由劳动保障监察机构开展实地检查，对发现的问题建立台账、限期整改。",
            "三、工作要求。检查结束后，各县（区）于5月8日前将检查情况和典型案例报市局劳动保障监察支队。",
        ]),
    "shebaoka": dict(
        title="关于加快推进第三代社会保障卡换发工作的通知",
        paras=[
            "为提升社会保障卡“一卡通”应用水平，市局决定在全市加快推进第三代社会保障卡换发工作。现将有关事项通知如下。",
            "一、换发对象。持有第二代社会保障卡且卡片有效期届满、卡面损坏或者需要开通交通出行等新增功能的参保人员。",
            "二、办理渠道。参保人员可以到各合作银行网点、县（区）社保卡服务窗口办理，也可以通过“澄川人社”微信公众号在线申领、邮寄到家。",
            "三、保障措施。各合作银行要增设即时制卡网点，对老年人、残疾人等群体提供上门服务，确保换发工作平稳有序。",
        ]),
    "zhicheng": dict(
        title="关于做好2026年度中级专业技术职务任职资格评审工作的通知",
        paras=[
            "根据全省职称制度改革有关规定，现将我市2026年度中级专业技术职务任职资格评审工作安排通知如下。",
            "一、评审范围。在本市企事业单位从事专业技术工作的人员，符合相应系列评价标准条件的，可以申报。",
            "二、申报时间。个人网上申报时间为6月1日至6月30日，用人单位审核和公示时间不少于5个工作日。",
            "三、有关要求。申报人须对所提交材料的真实性负责，对弄虚作假的，一经查实，三年内不得申报。",
        ]),
    "wengang": dict(
        title="关于落实2026年失业保险稳岗返还政策的通知",
        paras=[
            "为支持企业稳定就业岗位，根据国家和省有关规定，现就我市2026年失业保险稳岗返还政策落实工作通知如下。",
            "一、返还对象。上年度足额缴纳失业保险费且裁员率不高于全国城镇调查失业率控制目标的参保企业；30人以下的参保企业，裁员率不高于参保职工总数20%。",
            "二、返还标准。大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还，中小微企业按60%返还。",
            "三、经办方式。推行“免申即享”，经办机构通过数据比对确定返还名单，经公示无异议后直接拨付至企业对公账户。",
        ]),
    "renzheng": dict(
        title="关于做好2026年度企业退休人员领取养老金资格认证工作的通知",
        paras=[
            "为确保养老保险基金安全，切实方便退休人员，现就2026年度领取养老金资格认证工作通知如下。",
            "一、认证方式。以大数据比对认证为主，退休人员可以通过手机应用自助认证，也可以到社区服务站点由工作人员协助认证。",
            "二、时间安排。认证周期为12个月，自上次认证之月起计算，逾期未认证的暂停发放养老金，完成认证后予以补发。",
            "三、服务保障。对高龄、失能等特殊人员，各县（区）社保经办机构应当提供上门认证服务。",
        ]),
    "gongyi": dict(
        title="关于规范公益性岗位开发管理的意见",
        paras=[
            "为发挥公益性岗位就业托底安置作用，防止岗位开发随意化、管理松散化，结合我市实际，提出如下意见。",
            "一、科学开发岗位。公益性岗位开发应当坚持按需设岗、以岗聘人，优先安置就业困难人员和零就业家庭成员，不得用于安置在职在编人员。",
            "二、规范人员管理。用人单位应当与上岗人员签订劳动合同或者劳务协议，按月考勤，按时足额发放岗位补贴。",
            "三、加强动态调整。对连续两个月考核不合格或者已实现其他就业的人员，应当及时办理退岗手续，并停发岗位补贴。",
            "四、强化监督考核。市局会同财政部门每年对公益性岗位开发使用情况开展一次专项检查。",
        ]),
    "shichang": dict(
        title="关于开展清理整顿人力资源市场秩序专项执法行动的通知",
        paras=[
            "为营造公平有序的人力资源市场环境，市局决定于2026年4月至6月在全市开展清理整顿人力资源市场秩序专项执法行动。",
            "一、重点整治内容。未经许可擅自从事职业中介活动、发布虚假招聘信息、以招聘为名牟取不正当利益、非法扣押劳动者证件等行为。",
            "二、工作步骤。动员部署阶段至4月15日；集中整治阶段至5月31日；总结提升阶段至6月30日。",
            "三、工作要求。各县（区）要公布举报投诉电话，畅通群众反映问题渠道，对查实的违法行为依法从严处理并向社会公布典型案例。",
        ]),
}


def attachment_table_jianxi():
    return [["单位名称", "统一社会信用代码", "见习岗位数", "联系人"],
            ["", "", "", ""], ["", "", "", ""]]


# forwarded originals: (org, docno, title, to, paras, date, marking line or None, attribute)
ORIGINALS = {
    "F1": dict(org=PROV, no="岚人社发〔2026〕9号", title="江岚省人力资源和社会保障厅关于做好2026年高校毕业生等青年就业工作的通知",
               to="各市人力资源和社会保障局，厅机关各处室、厅属各单位：",
               paras=["2026年全省高校毕业生规模预计达32.6万人，再创历史新高。为做好高校毕业生等青年就业工作，现就有关事项通知如下。",
                      "一、拓宽市场化就业渠道。落实一次性吸纳就业补贴、社会保险补贴等政策，鼓励中小微企业吸纳高校毕业生就业。",
                      "二、强化公共就业服务。各地要组织开展“百日千万”招聘专项行动，对离校未就业毕业生实行实名制帮扶。",
                      "三、加强困难群体帮扶。对脱贫家庭、低保家庭和残疾高校毕业生，按照“一人一档”“一人一策”提供精准服务。"],
               date="2026年2月10日", mark="（此件公开发布）", attr="主动公开"),
    "F2": dict(org=PROV + "　江岚省财政厅", no="岚人社发〔2026〕15号", title="江岚省人力资源和社会保障厅 江岚省财政厅关于调整工伤保险定期待遇的通知",
               to="各市人力资源和社会保障局、财政局：",
               paras=["根据国家有关规定，经省人民政府同意，决定自2026年1月1日起调整全省工伤保险定期待遇。",
                      "一、一至四级伤残职工伤残津贴，每人每月增加145元。",
                      "二、供养亲属抚恤金，每人每月增加80元；生活护理费按照上年度全省职工月平均工资相应比例确定。",
                      "三、各地要于3月底前将调整所需资金发放到位，所需资金从工伤保险基金中列支。"],
               date="2026年2月26日", mark="（此件主动公开）", attr="主动公开"),
    "F3": dict(org=PROV_OFFICE, no="岚人社厅发〔2026〕14号", title="江岚省人力资源和社会保障厅办公室关于开展劳动人事争议仲裁案件质量评查的通知",
               to="各市人力资源和社会保障局：",
               paras=["为提升劳动人事争议仲裁办案质量，省厅决定在全省开展2025年度仲裁案件质量评查。",
                      "一、评查范围。各市、县（区）仲裁委员会2025年度已结案件，每个仲裁委员会随机抽取不少于20件。",
                      "二、评查方式。采取自查与交叉评查相结合的方式，重点评查程序规范、事实认定和法律适用等内容。",
                      "三、报送要求。各市于5月31日前将自查报告和评查汇总表报省厅调解仲裁管理处。"],
               date="2026年3月3日", mark="（此件依申请公开）", attr="依申请公开"),
    "F4": dict(org=PROV, no="岚人社函〔2026〕21号", title="江岚省人力资源和社会保障厅关于反馈2025年度就业补助资金绩效评价问题的函",
               to="澄川市人力资源和社会保障局：",
               paras=["根据2025年度就业补助资金绩效评价工作安排，省厅委托第三方机构对你市资金使用情况进行了评价，现将发现的问题反馈如下。",
                      "一、部分职业培训补贴审核资料不完整，个别培训机构存在同一学员重复享受补贴的情况。",
                      "二、公益性岗位补贴发放不及时，个别县（区）存在跨年度集中发放的现象。",
                      "请你局于收到本函之日起30日内完成整改，并将整改情况书面报送省厅。"],
               date="2026年3月9日", mark="（此件不予公开）", attr="不予公开"),
    "F5": dict(org=PROV_OFFICE, no="岚人社厅函〔2026〕30号", title="江岚省人力资源和社会保障厅办公室关于报送2026年第一季度人社统计数据的通知",
               to="各市人力资源和社会保障局：",
               paras=["为及时掌握全省人力资源和社会保障事业发展情况，请各市按时报送2026年第一季度统计数据。",
                      "一、报送内容包括城镇新增就业、社会保险参保、劳动关系和人才队伍等季报表。",
                      "二、请于4月10日前通过统计信息系统报送，并同步报送纸质文本一份。"],
               date="2026年3月18日", mark=None, attr=None),
}


def add_original(d, key, as_attachment=True, label="附件", quoted=False):
    o = ORIGINALS[key]
    if quoted:
        d.p(o["title"], align="center", font="kt", indent=0)
        d.p(o["no"], align="center", font="kt", indent=0)
        d.p(o["to"], font="kt", indent=2)
        for t in o["paras"]:
            d.p(t, font="kt")
        d.p(o["org"], align="right", font="kt", indent=0, rindent=4)
        d.p(o["date"], align="right", font="kt", indent=0, rindent=4)
        if o["mark"]:
            d.p(o["mark"], font="kt")
        return
    d.pagebreak()
    if as_attachment:
        d.p(label, font="ht", indent=0)
    d.p(o["org"] + "文件", align="center", size=22, font="xbs", color="C00000", indent=0)
    d.p(o["no"], align="center", indent=0)
    d.redline()
    d.title(o["title"])
    d.to(o["to"])
    d.body(*o["paras"])
    d.sign(o["org"], o["date"])
    if o["mark"]:
        d.fuzhu(o["mark"])


def standard(topic, no, to, date, mark_fuzhu=None, attach=None, banji=None, banji_table=None,
             cc="市人民政府办公室，市政务公开办。", print_date=None, extra_after_sign=None, banner=True, doc=None):
    d = doc or D()
    t = TOPICS[topic] if isinstance(topic, str) else topic
    if banner:
        d.banner()
        d.docno(no)
        d.redline()
    d.title(t["title"] if "title" in t else t)
    d.to(to)
    d.body(*t["paras"])
    if attach:
        d.blank()
        d.attach_note([a[0] for a in attach])
    d.sign(ORG, date)
    if mark_fuzhu:
        d.fuzhu(mark_fuzhu)
    if extra_after_sign:
        extra_after_sign(d)
    if attach:
        for i, a in enumerate(attach, 1):
            lab = "附件" if len(attach) == 1 else f"附件{i}"
            d.attachment(lab, a[0], a[1], a[2] if len(a) > 2 else None)
    if banji is not None:
        d.banji(mark=banji, cc=cc, date=print_date or date)
    if banji_table is not None:
        d.banji_table(banji_table)
    return d


def load_rules(_path=None):
    """A long internal rule set (about 13,000 characters), composed here from a phrase bank.

    The first version of this set copied the bureau's real published rules; published text stays out
    of the project's repository, so the attachment is now written from scratch with the same shape:
    several 制度, each a centred title and numbered 第N条 articles of two to four sentences.
    """
    nums = "一二三四五六七八九十"

    def cn(n):  # 1..29 in Chinese numerals
        if n <= 10:
            return nums[n - 1]
        tens = "十" if n < 20 else "二十"
        return tens + (nums[n % 10 - 1] if n % 10 else "")

    systems = ["政务公开工作制度", "公开属性源头认定办法", "依申请公开办理规程", "公开前保密审查办法", "政务公开资料管理办法",
               "政务公开监督考核办法", "政府网站信息发布管理规定", "政务新媒体运维管理办法"]
    subjects = ["局办公室", "各承办科室", "局属各单位", "信息发布审核人员", "政务公开工作领导小组", "分管领导", "网站运维单位"]
    duties = ["负责本单位政府信息的梳理、审核和报送工作", "应当在信息形成之日起二十个工作日内完成公开", "对拟公开信息的准确性、完整性负责",
              "按照“谁制作、谁公开，谁获取、谁公开”的原则确定公开主体", "建立公开事项清单并实行动态调整",
              "对涉及群众切身利益的事项及时进行解读", "定期对已公开信息进行检查，发现错漏及时更正",
              "按照统一格式填写发文稿纸中的公开选项", "对依申请公开事项逐件登记并按时答复",
              "在规定时限内完成网站栏目内容的更新维护", "对不予公开的信息说明法定理由并留存备查"]
    conds = ["确需延长答复期限的", "公开内容涉及第三方权益的", "拟公开信息与其他单位职责交叉的", "发现已公开信息存在错误的",
             "对公开属性认定存在分歧的", "申请内容不明确的", "信息形成后发生重大变化的"]
    acts = ["应当经分管领导同意后书面告知申请人", "应当书面征求第三方意见", "应当与相关单位协商一致后再行公开",
            "应当在三个工作日内予以更正并说明情况", "由局办公室会同承办科室研究确定", "应当一次性告知申请人补正",
            "应当重新履行审核程序"]
    closing = ["本制度由局办公室负责解释。", "本制度自印发之日起施行。", "以往规定与本制度不一致的，以本制度为准。"]
    paras = []
    k = 0
    for si, name in enumerate(systems):
        paras.append("澄川市人力资源和社会保障局" + name)
        for a in range(1, 22):
            k += 1
            s1 = f"{subjects[(k + a) % len(subjects)]}{duties[(k * 3 + si) % len(duties)]}。"
            s2 = f"{conds[(k + si) % len(conds)]}，{acts[(k * 2 + a) % len(acts)]}。"
            s3 = f"{subjects[(k * 5) % len(subjects)]}{duties[(k + 7) % len(duties)]}，并将办理情况纳入年度考核。" if a % 2 else ""
            paras.append(f"第{cn(a)}条　{s1}{s2}{s3}")
        paras.append(f"第{cn(22)}条　{closing[si % len(closing)]}")
    return paras


# ---------------------------------------------------------------------------
# people for the title/number cases (fictional; check digits valid)
P = dict(
    zhou=dict(name="周建平", id=id_number("640521", "19870315", 231), card=luhn_card("622848", 19), tel="13895012374"),
    ma=dict(name="马秀兰", id=id_number("640502", "19920718", 144), card=luhn_card("621700", 19), tel="18709553126"),
    li=dict(name="李文博", id=id_number("330402", "19781102", 657), card=luhn_card("622208", 19), tel="15309557481"),
    yang=dict(name="杨雪梅", id=id_number("640522", "20010429", 308), card=luhn_card("625965", 16), tel="13519050268"),
    ha=dict(name="哈志强", id=id_number("640521", "19650908", 19), card=luhn_card("622700", 19), tel="17795512043"),
    chen=dict(name="陈静", id=id_number("620102", "19951227", 46), card=luhn_card("621483", 16), tel="19909552718"),
)
CONTACT_TEL = {"wang": "13709551846", "su": "18195537720", "tian": "15095561293"}


def nums(*keys, fields=("id", "card", "tel")):
    out = []
    for k in keys:
        for f in fields:
            out.append(P[k][f])
    return out


SPECS = []


def spec(stem, fmt, case, attr, codes, note, numbers=()):
    def deco(fn):
        SPECS.append(dict(stem=stem, fmt=fmt, case=case, attr=attr, codes=list(codes), note=note,
                          numbers=list(numbers), build=fn))
        return fn
    return deco


CC1 = "市人民政府办公室，市政务公开办。"
CC2 = "江岚省人力资源和社会保障厅，市财政局。"
CC3 = "市委组织部，市财政局，市审计局。"

# --- 1. attachment + 版记 beginning with a 公开方式-type row -------------------------------
@spec("a01_attach_banji_row", "docx", "attach_banji_row", "主动公开", [],
      "one 附件 (申报表); 版记 first row 公开方式：主动公开 above 抄送/印发; no other marking")
def _():
    return standard("jianxi", "澄人社发〔2026〕12号", COUNTIES + "，市直有关单位：", "2026年3月6日",
                    attach=[("2026年度就业见习基地申报表", ["填报单位（盖章）：　　　　　　填报日期：　　年　月　日"],
                             attachment_table_jianxi())],
                    banji="公开方式：主动公开", cc=CC1, print_date="2026年3月9日")


@spec("a02_attach_banji_row", "pdf", "attach_banji_row", "依申请公开", [],
      "two 附件; 版记 first row 公开属性：依申请公开 above 抄送")
def _():
    return standard("zhicheng", "澄人社发〔2026〕31号", COUNTIES + "，市直各单位：", "2026年5月12日",
                    attach=[("2026年度中级职称评审申报材料目录", [
                        "一、专业技术职务任职资格评审表一式三份。", "二、学历证书、现专业技术资格证书复印件。",
                        "三、任现职以来年度考核登记表。", "四、业绩成果和代表作原件及复印件。"]),
                            ("各系列评审委员会受理地点及联系人", [
                        "工程系列：市人才服务中心二楼受理大厅。", "卫生系列：市卫生健康委员会人事科。",
                        "教育系列：市教育局人事科。"])],
                    banji="公开属性：依申请公开", cc=CC3, print_date="2026年5月13日")


@spec("a03_attach_banji_row", "ofd", "attach_banji_row", "主动公开", [],
      "one 附件; 版记 row 信息公开选项：主动公开 above 抄送/印发")
def _():
    return standard("gongshang", "澄人社发〔2026〕27号", COUNTIES + "，各有关单位：", "2026年4月8日",
                    attach=[("2026年度工伤预防项目申报书（样式）", [
                        "一、申报单位基本情况。", "二、项目实施方案，包括培训对象、培训内容、实施周期和预期成效。",
                        "三、项目预算明细及测算依据。", "四、申报单位承诺书。"])],
                    banji="信息公开选项：主动公开", cc="市应急管理局，市总工会。", print_date="2026年4月9日")


@spec("a04_attach_banji_row", "docx", "attach_banji_row", "依申请公开", [],
      "one 附件 (检查组名单); 版记 row label and value separated by ideographic spaces, no colon")
def _():
    return standard("qianxin", "澄人社发〔2026〕16号", COUNTIES + "，市劳动保障监察支队：", "2026年3月5日",
                    attach=[("专项检查组人员及分工", [], [["组别", "组长", "成员", "负责区域"],
                                                          ["第一组", "王立新", "刘敏、赵国庆", "临溪区"],
                                                          ["第二组", "马俊", "苏亚楠、田野", "北塬区、青石县"],
                                                          ["第三组", "韩振华", "李娜、何磊", "白泉县"]])],
                    banji="公开方式　　依申请公开", cc="市住房和城乡建设局，市交通运输局，市水务局。", print_date="2026年3月6日")


@spec("a05_attach_banji_row", "pdf", "attach_banji_row", "主动公开", [],
      "one 附件; 版记 on its own final page after the attachment; row 政府信息公开方式：主动公开")
def _():
    d = standard("renzheng", "澄人社发〔2026〕8号", COUNTIES + "，市社会保险事业管理中心：", "2026年2月24日",
                 attach=[("领取养老金资格认证操作指引", [
                     "第一步，下载并登录“澄川人社”手机应用，选择“资格认证”模块。",
                     "第二步，按照提示完成人脸识别，系统自动比对公安人口信息。",
                     "第三步，认证完成后可在“认证记录”中查询结果；连续三次识别失败的，请到社区服务站点办理。"])])
    d.pagebreak()
    d.rule(8)
    d.p("政府信息公开方式：主动公开", size=14, indent=1)
    d.rule(4)
    d.p("抄送：" + CC1, size=14, indent=1)
    d.rule(4)
    d.p(f"{ORG_OFFICE}　　2026年2月25日印发", size=14, indent=1)
    d.rule(8)
    return d


@spec("a06_attach_banji_row", "ofd", "attach_banji_row", "依申请公开", [],
      "two 附件; 版记 row 公开方式：依申请公开; 抄送 spans two lines")
def _():
    return standard("shebaoka", "澄人社发〔2026〕22号", COUNTIES + "，各社会保障卡合作银行：", "2026年3月27日",
                    attach=[("第三代社会保障卡服务网点名单", [], [["县（区）", "网点名称", "地址"],
                                                            ["临溪区", "工商银行临溪支行", "临溪区鼓楼东街18号"],
                                                            ["北塬区", "农业银行北塬支行", "北塬区文昌路66号"],
                                                            ["青石县", "建设银行青石支行", "青石县迎宾大道9号"]]),
                            ("社会保障卡换发工作进度统计表", [], [["单位", "应换发（张）", "已换发（张）", "完成率"],
                                                             ["", "", "", ""]])],
                    banji="公开方式：依申请公开",
                    cc="江岚省人力资源和社会保障厅社会保障卡管理中心，市财政局，市大数据管理服务局，人民银行澄川市分行，各县（区）人民政府。",
                    print_date="2026年3月30日")


# --- 2. 版记 as a table -----------------------------------------------------------------
@spec("b01_banji_table", "docx", "banji_table", "依申请公开", [],
      "one 附件; 版记 is a table: 公开属性 | 依申请公开 / 抄送 | … / 印发 row")
def _():
    return standard("jineng", "澄人社发〔2026〕19号", COUNTIES + "，市就业服务中心：", "2026年3月18日",
                    attach=[("职业技能提升补贴审核要点", [
                        "一、核对申领人参保缴费记录，确认累计缴费时间。", "二、核对证书编号、发证日期及发证机构。",
                        "三、核对申领人是否在同一年度内重复享受补贴。"])],
                    banji_table=[["公开属性", "依申请公开"], ["抄送", "市财政局，市审计局。"],
                                 [ORG_OFFICE, "2026年3月19日印发"]])


@spec("b02_banji_table", "pdf", "banji_table", "主动公开", [],
      "意见 with one 附件; 版记 table row 公开方式 | 主动公开")
def _():
    return standard("gongyi", "澄人社发〔2026〕34号", COUNTIES + "，市直各有关单位：", "2026年5月20日",
                    attach=[("公益性岗位补贴标准", [
                        "一、城镇公益性岗位补贴按照本市最低工资标准的80%确定。",
                        "二、乡村公益性岗位补贴按照每人每月不高于800元确定。"])],
                    banji_table=[["公开方式", "主动公开"], ["抄送", "市财政局，市民政局，市乡村振兴局。"],
                                 [ORG_OFFICE, "2026年5月21日印发"]])


@spec("b03_banji_table", "ofd", "banji_table", "不予公开", [],
      "one 附件 (检查安排); 版记 table row 政府信息公开属性 | 不予公开")
def _():
    return standard("shichang", "澄人社发〔2026〕25号", COUNTIES + "：", "2026年3月31日",
                    attach=[("专项执法行动暗访检查安排", [], [["时间", "检查对象", "带队"],
                                                        ["4月中旬", "临溪区职业中介机构", "监察支队一大队"],
                                                        ["5月上旬", "北塬区劳务派遣单位", "监察支队二大队"]])],
                    banji_table=[["政府信息公开属性", "不予公开"], ["抄送", "市公安局，市市场监督管理局。"],
                                 [ORG_OFFICE, "2026年4月1日印发"]])


@spec("b04_banji_table", "pdf", "banji_table", "依申请公开", [],
      "no 附件; 版记 table with four columns: 公开属性 | 依申请公开 | 印数 | 12份")
def _():
    return standard("wengang", "澄人社发〔2026〕29号", COUNTIES + "，市社会保险事业管理中心：", "2026年4月21日",
                    banji_table=[["公开属性", "依申请公开", "印数", "12份"], ["抄送", "市财政局，市税务局。", "", ""],
                                 [ORG_OFFICE, "", "", "2026年4月22日印发"]])


# --- 3. 转发 notices ------------------------------------------------------------------
FWD_TITLE = {
    "F1": "关于转发省人社厅做好2026年高校毕业生等青年就业工作的通知",
    "F2": "关于转发省人社厅 省财政厅调整工伤保险定期待遇的通知",
    "F3": "关于转发省人社厅办公室开展劳动人事争议仲裁案件质量评查的通知",
    "F4": "关于转发省人社厅反馈2025年度就业补助资金绩效评价问题的函的通知",
    "F5": "关于转发省人社厅办公室报送2026年第一季度人社统计数据的通知",
}
FWD_OWN = {
    "F1": "请各县（区）结合本地实际，于3月20日前制定本地区高校毕业生就业工作方案，并报市局就业促进科备案。",
    "F2": "请各县（区）社会保险经办机构按照通知要求，于3月25日前完成待遇调整核定，确保调整资金及时足额发放。",
    "F3": "请各县（区）仲裁院于4月30日前完成自查，市局将于5月中旬组织交叉评查。",
    "F4": "请各县（区）对照反馈问题逐项制定整改措施，于4月10日前将整改情况报市局财务科，市局汇总后报省厅。",
    "F5": "请各县（区）于4月7日前将本地区数据报市局规划财务科，逾期未报的将予以通报。",
}


def forward(key, no, date, own_fuzhu=None, own_banji=None, mode="attach", label="附件", cc=CC2, own_table=None):
    o = ORIGINALS[key]
    d = D()
    d.banner()
    d.docno(no)
    d.redline()
    d.title(FWD_TITLE[key])
    d.to(COUNTIES + "，局属各单位：")
    if mode == "quoted":
        d.p(f"现将{o['org'].split('　')[0]}《{o['title'].split('关于', 1)[1].join(['关于', ''])}》（{o['no']}）全文转发如下，"
            "请认真贯彻执行。")
        add_original(d, key, quoted=True)
        d.p(FWD_OWN[key])
        d.sign(ORG, date)
    else:
        d.p(f"现将《{o['title']}》（{o['no']}）转发给你们，请结合实际认真贯彻落实。")
        d.p(FWD_OWN[key])
        if mode == "attach":
            d.blank()
            d.attach_note([o["title"]])
        d.sign(ORG, date)
    if own_fuzhu:
        d.fuzhu(own_fuzhu)
    if mode in ("attach", "after"):
        add_original(d, key, as_attachment=(mode == "attach"), label=label)
    if own_banji:
        d.banji(mark=own_banji, cc=cc, date=date)
    elif own_table:
        d.banji_table(own_table)
    else:
        d.banji(mark=None, cc=cc, date=date)
    return d


@spec("f01_fwd_attach_agree", "docx", "forward_attached_agree", "主动公开", [],
      "forwarding notice 附注 （此件主动公开）; attached original （此件公开发布） = 主动公开; agree")
def _():
    return forward("F1", "澄人社发〔2026〕10号", "2026年2月28日", own_fuzhu="（此件主动公开）")


@spec("f02_fwd_attach_agree", "pdf", "forward_attached_agree", "主动公开", [],
      "own marking only in 版记 row 公开方式：主动公开 after the attached original; original （此件主动公开）")
def _():
    return forward("F2", "澄人社发〔2026〕18号", "2026年3月12日", own_banji="公开方式：主动公开")


@spec("f03_fwd_attach_agree", "ofd", "forward_attached_agree", "依申请公开", [],
      "own 附注 （此件依申请公开）; attached original （此件依申请公开）; agree")
def _():
    return forward("F3", "澄人社发〔2026〕21号", "2026年3月16日", own_fuzhu="（此件依申请公开）")


@spec("f04_fwd_attach_mismatch", "docx", "forward_attached_mismatch", "依申请公开", ["FORWARD_MISMATCH"],
      "own 附注 （此件依申请公开） vs attached original （此件公开发布）: forwarding differs from original; own zones agree")
def _():
    return forward("F1", "澄人社发〔2026〕11号", "2026年3月2日", own_fuzhu="（此件依申请公开）")


@spec("f05_fwd_attach_mismatch", "pdf", "forward_attached_mismatch", "主动公开", ["FORWARD_MISMATCH"],
      "own 版记 row 公开属性：主动公开 vs original （此件依申请公开）")
def _():
    return forward("F3", "澄人社发〔2026〕23号", "2026年3月17日", own_banji="公开属性：主动公开")


@spec("f06_fwd_attach_mismatch", "ofd", "forward_attached_mismatch", "主动公开", ["FORWARD_MISMATCH"],
      "own 附注 （此件主动公开） vs attached original 函 （此件不予公开）")
def _():
    return forward("F4", "澄人社发〔2026〕24号", "2026年3月20日", own_fuzhu="（此件主动公开）")


@spec("f07_fwd_attach_mismatch", "pdf", "forward_attached_mismatch", "不予公开", ["FORWARD_MISMATCH"],
      "own 版记 table 公开方式 | 不予公开 vs original （此件主动公开）")
def _():
    return forward("F2", "澄人社发〔2026〕20号", "2026年3月13日",
                   own_table=[["公开方式", "不予公开"], ["抄送", "江岚省人力资源和社会保障厅。"],
                              [ORG_OFFICE, "2026年3月13日印发"]])


@spec("f08_fwd_quoted_agree", "docx", "forward_quoted_agree", "主动公开", [],
      "original quoted in full inside the body with its （此件公开发布）; own 附注 （此件公开发布） after own signature")
def _():
    return forward("F1", "澄人社发〔2026〕13号", "2026年3月3日", own_fuzhu="（此件公开发布）", mode="quoted")


@spec("f09_fwd_quoted_agree", "ofd", "forward_quoted_agree", "依申请公开", [],
      "original quoted in body （此件依申请公开）; own 版记 row 信息公开选项：依申请公开")
def _():
    return forward("F3", "澄人社发〔2026〕26号", "2026年3月24日", own_banji="信息公开选项：依申请公开", mode="quoted")


@spec("f10_fwd_quoted_mismatch", "docx", "forward_quoted_mismatch", "依申请公开", ["FORWARD_MISMATCH"],
      "original quoted in body （此件公开发布）; own 版记 公开方式：依申请公开")
def _():
    return forward("F1", "澄人社发〔2026〕14号", "2026年3月4日", own_banji="公开方式：依申请公开", mode="quoted")


@spec("f11_fwd_quoted_mismatch", "pdf", "forward_quoted_mismatch", "主动公开", ["FORWARD_MISMATCH"],
      "original quoted in body （此件依申请公开）; own 附注 （此件主动公开）")
def _():
    return forward("F3", "澄人社发〔2026〕28号", "2026年3月25日", own_fuzhu="（此件主动公开）", mode="quoted")


@spec("f12_fwd_quoted_mismatch", "ofd", "forward_quoted_mismatch", "不予公开", ["FORWARD_MISMATCH"],
      "original quoted in body （此件主动公开）; own 附注 （此件不予公开）")
def _():
    return forward("F2", "澄人社发〔2026〕19号", "2026年3月13日", own_fuzhu="（此件不予公开）", mode="quoted")


@spec("f13_fwd_after_mismatch", "pdf", "forward_printed_after_mismatch", "依申请公开", ["FORWARD_MISMATCH"],
      "original printed after the notice without 附件 label, its （此件公开发布）; own 版记 row 公开方式：依申请公开 at the end")
def _():
    return forward("F1", "澄人社发〔2026〕15号", "2026年3月5日", own_banji="公开方式：依申请公开", mode="after")


@spec("f14_fwd_after_agree", "docx", "forward_printed_after_agree", "不予公开", [],
      "original printed after the notice （此件不予公开）; own 版记 row 公开属性：不予公开")
def _():
    return forward("F4", "澄人社发〔2026〕30号", "2026年3月26日", own_banji="公开属性：不予公开", mode="after")


@spec("f15_fwd_parent_unmarked", "docx", "forward_parent_unmarked", None, ["LABEL_MISSING"],
      "forwarding notice has no marking of its own (版记 only 抄送/印发); only the attached original says （此件公开发布）")
def _():
    return forward("F1", "澄人社发〔2026〕17号", "2026年3月9日")


@spec("f16_fwd_parent_unmarked", "ofd", "forward_parent_unmarked", None, ["LABEL_MISSING"],
      "forwarding notice unmarked; quoted original carries （此件依申请公开）")
def _():
    return forward("F3", "澄人社发〔2026〕32号", "2026年3月27日", mode="quoted")


@spec("f17_fwd_orig_unmarked", "pdf", "forward_original_unmarked", "依申请公开", [],
      "original has no marking; forwarding notice sets its own 附注 （此件依申请公开） per rule 第三条(二)")
def _():
    return forward("F5", "澄人社发〔2026〕33号", "2026年3月20日", own_fuzhu="（此件依申请公开）")


# --- 4. markings in page footer / header only --------------------------------------------
@spec("h01_footer_only", "docx", "footer_only", "主动公开", [],
      "template footer on every page: 公开方式：主动公开 + page number; nothing in 附注/版记")
def _():
    d = standard("shebaoka", "澄人社发〔2026〕35号", COUNTIES + "：", "2026年5月25日", banji=None)
    d.banji(mark=None, cc=CC1, date="2026年5月26日")
    d.footer = "公开方式：主动公开　　　　— {PAGE} —"
    return d


@spec("h02_footer_only", "pdf", "footer_only", "依申请公开", [],
      "footer 信息公开属性：依申请公开 on every page of a two-attachment document; 版记 without marking row")
def _():
    d = standard("wengang", "澄人社发〔2026〕36号", COUNTIES + "，市社会保险事业管理中心：", "2026年5月27日",
                 attach=[("稳岗返还企业名单公示样式", [], [["序号", "企业名称", "返还金额（元）"], ["1", "", ""]]),
                         ("稳岗返还资金拨付汇总表", [], [["县（区）", "企业数", "金额（万元）"], ["", "", ""]])],
                 banji="", cc=CC2)
    d.footer = "— {PAGE} —　　　　信息公开属性：依申请公开"
    return d


@spec("h03_footer_only", "ofd", "footer_only", "主动公开", [],
      "OFD template page (Tpls/Tpl_0) carries 公开方式：主动公开 in the footer area; page numbers on pages")
def _():
    d = standard("renzheng", "澄人社发〔2026〕37号", COUNTIES + "：", "2026年6月2日")
    d.banji(mark=None, cc=CC1, date="2026年6月3日")
    d.footer = "公开方式：主动公开"
    d.footer_in_template = True
    return d


@spec("h04_header_only", "docx", "header_only", "不予公开", [],
      "page header 澄川市人力资源和社会保障局　公开属性：不予公开; no other marking")
def _():
    d = standard("qianxin", "澄人社发〔2026〕38号", COUNTIES + "：", "2026年6月4日")
    d.banji(mark=None, cc="市根治拖欠农民工工资工作领导小组办公室。", date="2026年6月4日")
    d.header = "澄川市人力资源和社会保障局　　公开属性：不予公开"
    return d


@spec("h05_header_only", "ofd", "header_only", "依申请公开", [],
      "page header on each OFD page: 信息公开选项：依申请公开")
def _():
    d = standard("zhicheng", "澄人社发〔2026〕39号", COUNTIES + "：", "2026年6月5日")
    d.banji(mark=None, cc=CC3, date="2026年6月5日")
    d.header = "信息公开选项：依申请公开"
    return d


@spec("h06_footer_agree", "pdf", "footer_agrees_fuzhu", "主动公开", [],
      "footer 公开方式：主动公开 and 附注 （此件主动公开） agree")
def _():
    d = standard("gongshang", "澄人社发〔2026〕40号", COUNTIES + "：", "2026年6月8日", mark_fuzhu="（此件主动公开）")
    d.banji(mark=None, cc=CC1, date="2026年6月8日")
    d.footer = "公开方式：主动公开　— {PAGE} —"
    return d


@spec("h07_footer_conflict", "pdf", "footer_conflict", None, ["LABEL_CONFLICT"],
      "own markings disagree: footer 公开方式：主动公开 vs 附注 （此件依申请公开）; no single attribute")
def _():
    d = standard("jineng", "澄人社发〔2026〕41号", COUNTIES + "：", "2026年6月9日", mark_fuzhu="（此件依申请公开）")
    d.banji(mark=None, cc=CC1, date="2026年6月9日")
    d.footer = "公开方式：主动公开　— {PAGE} —"
    return d


@spec("h08_footer_conflict", "docx", "footer_conflict", None, ["LABEL_CONFLICT"],
      "own markings disagree: footer 公开属性：依申请公开 vs 版记 row 公开方式：不予公开; no single attribute")
def _():
    d = standard("shichang", "澄人社发〔2026〕42号", COUNTIES + "：", "2026年6月10日",
                 banji="公开方式：不予公开", cc="市公安局，市市场监督管理局。")
    d.footer = "— {PAGE} —　公开属性：依申请公开"
    return d


# --- 5. punctuation / spacing variants -------------------------------------------------
@spec("p01_ratio_colon", "docx", "punct_ratio_colon", "主动公开", [],
      "版记 row 公开方式∶主动公开 with U+2236 ratio colon")
def _():
    return standard("jianxi", "澄人社发〔2026〕43号", COUNTIES + "：", "2026年6月11日",
                    banji="公开方式\u2236主动公开", cc=CC1)


@spec("p02_ratio_colon", "pdf", "punct_ratio_colon", "依申请公开", [],
      "版记 row 公开属性∶依申请公开 (U+2236) after one 附件")
def _():
    return standard("gongshang", "澄人社发〔2026〕44号", COUNTIES + "：", "2026年6月12日",
                    attach=[("工伤预防培训计划表", [], [["培训对象", "人数", "时间"], ["", "", ""]])],
                    banji="公开属性\u2236依申请公开", cc=CC1)


@spec("p03_ratio_colon", "ofd", "punct_ratio_colon", "不予公开", [],
      "版记 row 信息公开选项∶不予公开 (U+2236)")
def _():
    return standard("qianxin", "澄人社发〔2026〕45号", COUNTIES + "：", "2026年6月15日",
                    banji="信息公开选项\u2236不予公开", cc="市根治拖欠农民工工资工作领导小组办公室。")


@spec("p04_halfwidth_colon", "ofd", "punct_halfwidth_colon", "主动公开", [],
      "版记 row with half-width colon and space: 公开方式: 主动公开")
def _():
    return standard("renzheng", "澄人社发〔2026〕46号", COUNTIES + "：", "2026年6月16日",
                    banji="公开方式: 主动公开", cc=CC1)


@spec("p05_ideographic_spaces", "docx", "punct_ideographic_spaces", "依申请公开", [],
      "版记 row with ideographic spaces inside the label: 公　开　方　式：依申请公开")
def _():
    return standard("shebaoka", "澄人社发〔2026〕47号", COUNTIES + "：", "2026年6月17日",
                    banji="公　开　方　式：　依申请公开", cc=CC1)


@spec("p06_spaced_chars", "pdf", "punct_spaced_chars", "主动公开", [],
      "版记 row value written with spaces between characters: 公开属性：主 动 公 开")
def _():
    return standard("wengang", "澄人社发〔2026〕48号", COUNTIES + "：", "2026年6月18日",
                    banji="公开属性：主 动 公 开", cc=CC2)


@spec("p07_halfwidth_brackets", "docx", "punct_halfwidth_brackets", "依申请公开", [],
      "附注 with half-width brackets (此件依申请公开)")
def _():
    d = standard("zhicheng", "澄人社发〔2026〕49号", COUNTIES + "：", "2026年6月19日", mark_fuzhu="(此件依申请公开)")
    d.banji(mark=None, cc=CC3, date="2026年6月19日")
    return d


@spec("p08_mixed_brackets", "ofd", "punct_mixed_brackets", "主动公开", [],
      "附注 with mixed brackets （此件主动公开) and spaced characters in OFD")
def _():
    d = standard("gongyi", "澄人社发〔2026〕50号", COUNTIES + "：", "2026年6月22日", mark_fuzhu="（此件 主 动 公 开)")
    d.banji(mark=None, cc=CC1, date="2026年6月22日")
    return d


@spec("p09_spaced_ideographic", "pdf", "punct_spaced_chars", "不予公开", [],
      "附注 value spaced with ideographic spaces: （此件不　予　公　开）")
def _():
    d = standard("shichang", "澄人社发〔2026〕51号", COUNTIES + "：", "2026年6月23日", mark_fuzhu="（此件不　予　公　开）")
    d.banji(mark=None, cc="市公安局。", date="2026年6月23日")
    return d


@spec("p10_ratio_colon_txt", "txt", "punct_ratio_colon", "依申请公开", [],
      "plain-text export; last block 公开方式∶依申请公开 with U+2236 after 抄送-less 印发 line")
def _():
    t = TOPICS["jineng"]
    lines = [ORG + "文件", "", "澄人社发〔2026〕52号", "", t["title"], "", COUNTIES + "：",
             *["　　" + x for x in t["paras"]], "", "　　　　　　　　　　　　" + ORG, "　　　　　　　　　　　　2026年6月24日", "",
             "公开方式\u2236依申请公开", "抄送：市财政局。", ORG_OFFICE + "　　2026年6月24日印发", ""]
    return "\n".join(lines)


# --- 6. 发文稿纸 checkbox rows (table, exported to PDF) ---------------------------------------
def gaozhi(no, title, to, draft_paras, box_rows, signer="张卫东", drafter="苏亚楠", unit="就业促进科",
           cc="市人民政府办公室", count="20", draft_fuzhu=None, sign_org=ORG, date="2026年　月　日"):
    d = D()
    d.p(ORG + "发文稿纸", align="center", size=22, font="xbs", color="C00000", indent=0)
    d.blank()
    d.table([["签发", "", "会签", ""], ["核稿", signer, "拟稿单位", unit], ["拟稿人", drafter, "校对", "李娜"]],
            widths=[25, 53, 25, 53])
    d.table([["标题", title]], widths=[25, 131])
    d.table([["主送", to.rstrip("：")], ["抄送", cc], ["发文字号", no], ["印发份数", count + "份"]], widths=[25, 131])
    for r in box_rows:
        d.table(r[0], widths=r[1])
    d.pagebreak()
    d.title(title)
    d.to(to)
    d.body(*draft_paras)
    d.sign(sign_org, date)
    if draft_fuzhu:
        d.fuzhu(draft_fuzhu)
    return d


@spec("g01_gaozhi_checkbox", "pdf", "gaozhi_checkbox", "依申请公开", [],
      "发文稿纸 table row 公开属性 | □主动公开　☑依申请公开　□不予公开 (one cell); draft has no 附注")
def _():
    t = TOPICS["jineng"]
    return gaozhi("澄人社发〔2026〕53号", t["title"], COUNTIES + "：", t["paras"],
                  [([["公开属性", "□主动公开　　☑依申请公开　　□不予公开"]], [25, 131])])


@spec("g02_gaozhi_checkbox", "pdf", "gaozhi_checkbox", "主动公开", [],
      "稿纸 options in separate cells: ■主动公开 | □依申请公开 | □不予公开")
def _():
    t = TOPICS["jianxi"]
    return gaozhi("澄人社发〔2026〕54号", t["title"], COUNTIES + "，市直有关单位：", t["paras"],
                  [([["公开属性", "■主动公开", "□依申请公开", "□不予公开"]], [25, 43, 45, 43])], unit="就业促进科")


@spec("g03_gaozhi_checkbox", "pdf", "gaozhi_checkbox", "不予公开", [],
      "稿纸 tick glyphs in their own cells before each option: □|主动公开|□|依申请公开|√|不予公开")
def _():
    t = TOPICS["qianxin"]
    return gaozhi("澄人社发〔2026〕55号", t["title"], COUNTIES + "：", t["paras"],
                  [([["公开属性", "□", "主动公开", "□", "依申请公开", "√", "不予公开"]], [25, 8, 33, 8, 37, 8, 37])],
                  unit="劳动保障监察支队", drafter="田野")


@spec("g04_gaozhi_checkbox", "pdf", "gaozhi_checkbox", "依申请公开", [],
      "稿纸 options stacked vertically, one per row, ✓ on 依申请公开")
def _():
    t = TOPICS["zhicheng"]
    return gaozhi("澄人社发〔2026〕56号", t["title"], COUNTIES + "，市直各单位：", t["paras"],
                  [([["公开属性", "□ 主动公开"], ["", "✓ 依申请公开"], ["", "□ 不予公开"]], [25, 131])],
                  unit="专业技术人员管理科", drafter="何磊")


@spec("g05_gaozhi_checkbox", "docx", "gaozhi_checkbox", "不予公开", [],
      "docx 稿纸 for a 报告 to the city government: □主动公开 □依申请公开 ■不予公开")
def _():
    return gaozhi("澄人社报〔2026〕4号", "关于2025年度根治拖欠农民工工资工作情况的报告", "市人民政府：",
                  REPORT_PARAS, [([["信息公开", "□主动公开　□依申请公开　■不予公开"]], [25, 131])],
                  unit="劳动保障监察支队", drafter="田野", cc="无")


@spec("g06_gaozhi_checkbox", "ofd", "gaozhi_checkbox", "主动公开", [],
      "OFD 稿纸: ☑ and □ glyphs are separate TextObjects left of each option text")
def _():
    t = TOPICS["renzheng"]
    return gaozhi("澄人社发〔2026〕57号", t["title"], COUNTIES + "：", t["paras"],
                  [([["公开属性", "☑", "主动公开", "□", "依申请公开", "□", "不予公开"]], [25, 8, 33, 8, 37, 8, 37])],
                  unit="养老保险科", drafter="马俊")


@spec("g07_gaozhi_unticked", "pdf", "gaozhi_unticked", None, ["LABEL_MISSING"],
      "稿纸 公开属性 row with all three boxes empty, draft without 附注/版记: no attribute chosen")
def _():
    t = TOPICS["gongshang"]
    return gaozhi("澄人社发〔2026〕58号", t["title"], COUNTIES + "：", t["paras"],
                  [([["公开属性", "□主动公开　　□依申请公开　　□不予公开"]], [25, 131])], unit="工伤保险科", drafter="韩振华")


@spec("g08_gaozhi_checkbox", "pdf", "gaozhi_checkbox", "主动公开", [],
      "稿纸 √ replaces the box: √主动公开 □依申请公开 □不予公开; draft 附注 （此件主动公开） agrees")
def _():
    t = TOPICS["gongyi"]
    return gaozhi("澄人社发〔2026〕59号", t["title"], COUNTIES + "：", t["paras"],
                  [([["公开属性", "√主动公开　□依申请公开　□不予公开"]], [25, 131])], unit="就业促进科",
                  draft_fuzhu="（此件主动公开）")


REPORT_PARAS = [
    "2025年，我局在市委、市政府的领导下，坚持源头治理、综合治理，全市根治拖欠农民工工资工作取得明显成效。现将有关情况报告如下。",
    "一、主要工作。全年检查用人单位1246户，涉及劳动者3.8万人；受理欠薪举报投诉487件，结案率98.6%，为2911名劳动者追发工资3264万元。",
    "二、存在问题。部分工程建设项目工资专用账户管理不规范，分包单位实名制考勤流于形式；个别县（区）欠薪案件办理周期偏长。",
    "三、下一步打算。2026年，我局将推动工资支付监控预警平台全覆盖，对重点行业开展常态化巡查，确保欠薪问题动态清零。",
    "特此报告。",
]


# --- 7. .txt and loosely zoned documents: title followed by personal numbers --------------
@spec("t01_title_pii", "txt", "txt_title_pii", "依申请公开", [],
      "title line immediately followed by ID, bank card and mobile lines; 附注 （此件依申请公开） at end",
      numbers=nums("zhou"))
def _():
    z = P["zhou"]
    return "\n".join([
        "关于周建平申领一次性创业补贴的审核意见",
        f"申请人：{z['name']}　身份证号码：{z['id']}",
        f"开户银行：中国农业银行澄川临溪支行　银行卡号：{z['card']}",
        f"联系电话：{z['tel']}",
        "经审核，申请人于2025年11月在临溪区登记注册个体工商户“建平农产品经销部”，正常经营满6个月，且本人为登记失业人员，"
        "符合一次性创业补贴申领条件，同意发放补贴5000元，资金直接拨付至申请人本人银行账户。",
        "澄川市就业服务中心",
        "2026年4月2日",
        "（此件依申请公开）", ""])


@spec("t02_title_pii", "txt", "txt_title_pii", None, ["LABEL_MISSING"],
      "title followed at once by a tab-separated roster (ID, card, mobile for 3 people); no marking anywhere",
      numbers=nums("ma", "ha", "yang"))
def _():
    rows = ["序号\t姓名\t身份证号\t社保卡银行账号\t手机号码"]
    for i, k in enumerate(("ma", "ha", "yang"), 1):
        p = P[k]
        rows.append(f"{i}\t{p['name']}\t{p['id']}\t{p['card']}\t{p['tel']}")
    return "\n".join([
        "澄川市人力资源和社会保障局关于拨付2026年第一批公益性岗位补贴的通知", *rows,
        "北塬区人力资源和社会保障局：",
        "　　经审核，上述3名人员2026年1至3月在岗考核合格，现拨付公益性岗位补贴共计7560元，请于5个工作日内发放到位。",
        ORG, "2026年4月3日", ""])


@spec("t03_title_pii", "txt", "txt_title_pii", "不予公开", [],
      "复函 to a citizen: title then 主送 line holding full ID; mobile in body; marking 信息公开选项：不予公开",
      numbers=[P["li"]["id"], P["li"]["tel"]])
def _():
    l = P["li"]
    return "\n".join([
        "关于李文博同志视同缴费年限认定问题的复函",
        f"李文博（身份证号：{l['id']}）：",
        f"　　你于2026年3月18日通过市长热线（联系电话{l['tel']}）反映的1993年至1997年在原澄川市第二毛纺厂工作期间视同缴费年限认定问题收悉。"
        "经查阅你的人事档案，该期间招工审批表、工资花名册齐全，符合视同缴费年限认定条件，已于4月8日完成认定，并同步调整养老保险待遇。",
        "　　特此函复。", ORG, "2026年4月9日", "信息公开选项：不予公开", ""])


@spec("t04_title_pii", "txt", "txt_title_pii", "依申请公开", [],
      "long title wrapped over two lines, next line holds ID, mobile and bank card; marking 公开属性：依申请公开",
      numbers=nums("chen"))
def _():
    c = P["chen"]
    return "\n".join([
        "澄川市人力资源和社会保障局关于陈静申请",
        "高校毕业生一次性求职创业补贴的审批决定",
        f"申请人陈静，公民身份号码{c['id']}，手机{c['tel']}，补贴发放银行卡{c['card']}。",
        "　　申请人系2026届江岚师范学院毕业生，属于脱贫家庭成员，符合一次性求职创业补贴条件。根据有关规定，决定给予一次性求职创业补贴1500元。",
        "　　申请人对本决定不服的，可以自收到本决定之日起60日内申请行政复议，或者在6个月内提起行政诉讼。",
        ORG, "2026年4月10日", "", "公开属性：依申请公开", ""])


@spec("t05_title_pii", "docx", "title_pii_unzoned", "依申请公开", [],
      "docx without 版头 or blank lines: title paragraph immediately followed by ID/card/mobile paragraphs; 附注 依申请公开",
      numbers=nums("yang"))
def _():
    y = P["yang"]
    d = D()
    d.p("关于杨雪梅申领就业见习补贴的公示", align="center", size=18, font="xbs", indent=0)
    d.p(f"姓名：{y['name']}　身份证号：{y['id']}", indent=0)
    d.p(f"银行卡号：{y['card']}　手机号码：{y['tel']}", indent=0)
    d.p("　　杨雪梅于2025年9月至2026年2月在澄川市青禾农业科技有限公司参加就业见习，见习期满考核合格，拟按每月1800元标准发放见习补贴6个月，合计10800元。")
    d.p("　　公示期为2026年4月13日至4月17日，对公示内容有异议的，请向市就业服务中心书面反映。", indent=0)
    d.p("澄川市就业服务中心", align="right", indent=0, rindent=4)
    d.p("2026年4月13日", align="right", indent=0, rindent=4)
    d.p("（此件依申请公开）")
    return d


@spec("t06_title_pii", "pdf", "title_pii_unzoned", "依申请公开", [],
      "PDF without zoning: title then two lines of ID/card/mobile for two people; 版记 row 公开方式：依申请公开",
      numbers=nums("ma", "ha"))
def _():
    d = D()
    d.p("关于马秀兰、哈志强失业保险金申领的审核结果", align="center", size=18, font="xbs", indent=0)
    for k in ("ma", "ha"):
        p = P[k]
        d.p(f"{p['name']}，{p['id']}，银行卡{p['card']}，电话{p['tel']}", indent=0)
    d.p("经审核，上述人员非因本人意愿中断就业，失业前累计缴纳失业保险费满1年，已办理失业登记并有求职要求，"
        "自2026年4月起按月发放失业保险金，领取期限分别为12个月和18个月。")
    d.p("澄川市社会保险事业管理中心", align="right", indent=0, rindent=4)
    d.p("2026年4月14日", align="right", indent=0, rindent=4)
    d.banji(mark="公开方式：依申请公开", cc="市就业服务中心。", office="澄川市社会保险事业管理中心", date="2026年4月14日")
    return d


# --- 8. docx core title = visible title (征求意见稿) -------------------------------------
DRAFT_RULE = [
    "第一条　为规范就业见习管理，提高见习质量，根据国家和省有关规定，结合本市实际，制定本办法。",
    "第二条　本办法所称就业见习，是指组织离校两年内未就业高校毕业生和16至24岁失业青年到见习单位进行岗位实践的就业扶持措施。",
    "第三条　见习期限一般为3至12个月，见习单位应当为见习人员购买人身意外伤害保险，并安排指导老师。",
    "第四条　见习期满留用率达到50%以上的见习单位，可以按规定提高见习补贴标准。",
    "第五条　本办法自2026年8月1日起施行，有效期5年。",
]


@spec("m01_meta_title", "docx", "meta_title_zqyj", "主动公开", [],
      "core title == visible title (含 征求意见稿); 公告 with draft attached; 附注 （此件主动公开）; metadata only repeats visible text")
def _():
    vt = "澄川市人力资源和社会保障局关于公开征求《澄川市就业见习管理办法（征求意见稿）》意见的公告"
    d = D(core_title=vt)
    d.author = "苏亚楠"
    d.title(vt)
    d.body("为增强政策制定的透明度和科学性，现将《澄川市就业见习管理办法（征求意见稿）》全文公布，公开征求社会各界意见。",
           "征求意见时间为2026年6月1日至6月30日。有关单位和个人可以通过电子邮件或者信函方式提出意见，信函请寄澄川市人力资源和社会保障局就业促进科，并在信封上注明“征求意见”字样。")
    d.blank()
    d.attach_note(["澄川市就业见习管理办法（征求意见稿）"])
    d.sign(ORG, "2026年5月29日")
    d.fuzhu("（此件主动公开）")
    d.attachment("附件", "澄川市就业见习管理办法（征求意见稿）", DRAFT_RULE)
    return d


@spec("m02_meta_title", "docx", "meta_title_zqyj", "不予公开", [],
      "函 seeking other departments' views; core title == visible title (含 征求意见稿); 版记 row 公开方式：不予公开 (rule: 向有关部门征求意见 → 不公开)")
def _():
    vt = "关于征求《澄川市技能人才评价管理办法（征求意见稿）》修改意见的函"
    d = D(core_title=vt)
    d.author = "何磊"
    d.banner(suffix="")
    d.docno("澄人社函〔2026〕40号")
    d.redline()
    d.title(vt)
    d.to("市发展和改革委员会，市教育局，市财政局，市国有资产监督管理委员会：")
    d.body("为健全技能人才评价体系，我局起草了《澄川市技能人才评价管理办法（征求意见稿）》，现送你们征求意见。",
           "请于6月15日前将书面意见反馈我局职业能力建设科，逾期未反馈的视为无意见。")
    d.blank()
    d.attach_note(["澄川市技能人才评价管理办法（征求意见稿）"])
    d.sign(ORG, "2026年6月3日")
    d.attachment("附件", "澄川市技能人才评价管理办法（征求意见稿）", [
        "第一条　为规范技能人才评价工作，根据有关规定，制定本办法。",
        "第二条　技能人才评价包括职业资格评价、职业技能等级认定和专项职业能力考核。",
        "第三条　用人单位和社会培训评价组织应当按照国家职业标准开展评价，不得降低标准、减少考核内容。"])
    d.banji(mark="公开方式：不予公开", cc="江岚省人力资源和社会保障厅职业能力建设处。", date="2026年6月3日")
    return d


@spec("m03_meta_title", "pdf", "meta_title_zqyj", "主动公开", [],
      "PDF export of a docx whose core title == visible 征求意见稿 title; PDF Title info repeats it; 版记 公开属性：主动公开")
def _():
    vt = "澄川市失业保险稳岗返还经办规程（征求意见稿）"
    d = D(core_title=vt)
    d.author = "马俊"
    d.title(vt)
    d.body("第一章　总则", "第一条　为规范失业保险稳岗返还经办工作，提高经办效率，根据有关规定，制定本规程。",
           "第二条　稳岗返还实行“免申即享”经办模式，经办机构依托信息系统比对确定返还名单。",
           "第二章　经办流程", "第三条　经办机构每年5月完成上年度参保缴费和裁员率数据比对，形成拟返还名单。",
           "第四条　拟返还名单在政府网站公示5个工作日，公示无异议的，于公示期满后10个工作日内拨付资金。")
    d.banji(mark="公开属性：主动公开", cc="市财政局。", date="2026年6月5日")
    return d


# --- 9. 信函式 函 (no 版头 red rule) ----------------------------------------------------------
def letter(no, title, to, paras, date, tail_lines):
    d = D()
    d.p(ORG, align="center", size=24, font="xbs", color="C00000", indent=0)
    d.blank()
    d.p(no, align="right", indent=0)
    d.title(title)
    d.to(to)
    d.body(*paras)
    d.sign(ORG, date)
    for t in tail_lines:
        d.fuzhu(t)
    return d


@spec("k01_letter_han", "docx", "letter_han", "依申请公开", [],
      "信函式 函 澄人社函〔2026〕17号, no red rule; marking and contact in one 附注 （此件依申请公开。联系人…）",
      numbers=[CONTACT_TEL["wang"]])
def _():
    return letter("澄人社函〔2026〕17号", "关于商请协助核查参保人员死亡信息的函", "澄川市公安局：", [
        "为防范社会保险待遇冒领，确保基金安全，我局拟与你局开展参保人员死亡信息比对。现将有关事项函告如下。",
        "一、比对范围为我市领取基本养老保险待遇的人员，约21.4万人。",
        "二、比对方式为每月通过市政务数据共享交换平台批量交换，双方对交换数据严格保密，不得用于其他用途。",
        "请予支持为盼。"], "2026年3月11日",
        [f"（此件依申请公开。联系人：王敏，联系电话：{CONTACT_TEL['wang']}）"])


@spec("k02_letter_han", "pdf", "letter_han", "不予公开", [],
      "信函式 复函 answering another department's request for views; line 公开方式：不予公开 under the date",
      numbers=[CONTACT_TEL["su"]])
def _():
    return letter("澄人社函〔2026〕23号", "关于对《澄川市促进平台经济规范健康发展若干措施（代拟稿）》的复函",
                  "澄川市发展和改革委员会：", [
                      "你委《关于征求〈澄川市促进平台经济规范健康发展若干措施（代拟稿）〉意见的函》收悉。经研究，提出以下意见。",
                      "一、建议在第十条中增加新就业形态劳动者职业伤害保障的相关表述。",
                      "二、建议将“平台企业应当依法为劳动者缴纳社会保险”修改为“平台企业应当依法依规为符合条件的劳动者参加社会保险”。",
                      "此复。"], "2026年4月16日",
                  ["公开方式：不予公开", f"（联系人：苏亚楠　联系电话：{CONTACT_TEL['su']}）"])


@spec("k03_letter_han", "ofd", "letter_han", "主动公开", [],
      "信函式 复函 to an enterprise on policy questions; 附注 （此件主动公开）; no 版头 rule")
def _():
    return letter("澄人社函〔2026〕31号", "关于澄川市远航物流有限公司咨询稳岗返还政策有关问题的复函",
                  "澄川市远航物流有限公司：", [
                      "你公司《关于稳岗返还政策适用问题的请示》收悉。经研究，现答复如下。",
                      "一、你公司2025年度参保职工人数为126人，裁员率按照年末减少人数占年初参保人数的比例计算。",
                      "二、稳岗返还资金由经办机构直接拨付至企业对公账户，无需企业另行申请。",
                      "此复。"], "2026年5月6日", ["（此件主动公开）"])


@spec("k04_letter_han", "docx", "letter_han", None, ["LABEL_INVALID"],
      "信函式 函 whose 附注 says （此件部分公开）: value not among the three attributes")
def _():
    return letter("澄人社函〔2026〕35号", "关于商请提供2025年度企业职工工资数据的函", "澄川市统计局：", [
        "为做好2026年度企业工资指导线测算工作，请你局提供2025年度分行业城镇非私营单位和私营单位就业人员平均工资数据。",
        "请于5月20日前反馈我局劳动关系科。"], "2026年5月8日", ["（此件部分公开）"])


# --- 10. the bureau's own rule set attached to an internal-addressed notice ---------------------
RULES = []   # filled in main() by load_rules()


def rules_notice(no, date, fuzhu=None, banji_mark=None, short=False, banji_tbl=None):
    d = D()
    d.banner()
    d.docno(no)
    d.redline()
    d.title("关于印发《澄川市人力资源和社会保障局政务公开工作制度汇编》的通知")
    d.to("局属各单位、机关各科室：")
    d.body("为进一步规范全系统政务公开工作，局党组会议研究修订了政务公开、公开属性源头认定、依申请公开、保密审查等制度，"
           "现汇编印发给你们，请认真遵照执行。",
           "各单位、各科室要组织干部职工认真学习，对照制度要求梳理本单位公开事项，于一个月内完成公开目录更新。")
    d.blank()
    d.attach_note(["澄川市人力资源和社会保障局政务公开工作制度汇编"])
    d.sign(ORG, date)
    if fuzhu:
        d.fuzhu(fuzhu)
    d.pagebreak()
    d.p("附件", font="ht", indent=0)
    d.blank()
    d.p("澄川市人力资源和社会保障局政务公开工作制度汇编", align="center", size=22, font="xbs", indent=0)
    d.blank()
    paras = RULES[:60] if short else RULES
    for t in paras:
        if len(t) < 30 and ("制度" in t or t.startswith("第") and "章" in t[:5]):
            d.p(t, align="center", font="ht", indent=0)
        else:
            d.p(t)
    if banji_mark is not None:
        d.banji(mark=banji_mark, cc="市政务公开办。", date=date)
    if banji_tbl is not None:
        d.banji_table(banji_tbl)
    return d


@spec("r01_rules_internal_public", "docx", "rules_internal_public", "主动公开", [],
      "rule set (~13,000 chars) attached to notice addressed 局属各单位、机关各科室; 附注 （此件主动公开）; internal 主送 is not a mismatch")
def _():
    return rules_notice("澄人社发〔2026〕60号", "2026年6月25日", fuzhu="（此件主动公开）", banji_mark=None)


@spec("r02_rules_internal_public", "pdf", "rules_internal_public", "主动公开", [],
      "same kind of notice; marking 公开方式：主动公开 in 版记 after the long attachment")
def _():
    return rules_notice("澄人社发〔2026〕61号", "2026年6月26日", banji_mark="公开方式：主动公开")


@spec("r03_rules_internal_public", "ofd", "rules_internal_public", "主动公开", [],
      "OFD, shorter extract of the rule set attached; 附注 （此件公开发布）")
def _():
    return rules_notice("澄人社发〔2026〕62号", "2026年6月29日", fuzhu="（此件公开发布）", banji_mark=None, short=True)


@spec("r04_rules_long_banji_only", "docx", "rules_long_banji_buyu", "不予公开", [],
      "marking 公开属性：不予公开 only in the 版记 after the ~13,000-char attachment; no 附注 (content-nature question is outside these four codes)")
def _():
    return rules_notice("澄人社发〔2026〕63号", "2026年6月30日", banji_mark="公开属性：不予公开")


@spec("r05_rules_long_banji_only", "pdf", "rules_long_banji_buyu", "不予公开", [],
      "PDF: 不予公开 only in final 版记 row 公开方式：不予公开 after long attachment")
def _():
    return rules_notice("澄人社发〔2026〕64号", "2026年7月1日", banji_mark="公开方式：不予公开")


@spec("r06_rules_long_banji_only", "ofd", "rules_long_banji_buyu", "不予公开", [],
      "OFD: 不予公开 only in final 版记 table 信息公开选项 | 不予公开 after long attachment")
def _():
    return rules_notice("澄人社发〔2026〕65号", "2026年7月2日",
                        banji_tbl=[["信息公开选项", "不予公开"], ["抄送", "市政务公开办。"], [ORG_OFFICE, "2026年7月2日印发"]])


# --- 11. controls ------------------------------------------------------------------------
GONGGAO = dict(title="澄川市人力资源和社会保障局关于2026年上半年市属事业单位公开招聘工作人员笔试有关事项的公告", paras=[
    "根据《澄川市2026年上半年市属事业单位公开招聘工作人员公告》，现将笔试有关事项公告如下。",
    "一、笔试时间为2026年5月23日上午9:00至11:30（综合应用能力）和下午14:00至15:30（职业能力倾向测验）。",
    "二、考生于5月18日至22日登录市人事考试网打印准考证，凭准考证和有效期内的居民身份证参加考试。",
    "三、考生应当提前30分钟到达考点，开考15分钟后不得入场。"])
GONGGAO2 = dict(title="澄川市人力资源和社会保障局关于注销部分人力资源服务许可证的公告", paras=[
    "澄川市瑞丰人力资源服务有限公司等3家机构因连续两年未提交年度报告且无法联系，根据《人力资源市场暂行条例》有关规定，决定注销其人力资源服务许可证。",
    "自本公告发布之日起，上述机构不得再以人力资源服务机构名义开展经营活动。",
    "特此公告。"])


def gonggao(g, no, date, fuzhu=None, banji_mark=None):
    d = D()
    d.banner()
    d.docno(no)
    d.redline()
    d.title(g["title"])
    d.body(*g["paras"])
    d.sign(ORG, date)
    if fuzhu:
        d.fuzhu(fuzhu)
    if banji_mark:
        d.banji(mark=banji_mark, cc=None, date=date)
    return d


@spec("c01_ctrl_notice", "docx", "ctrl_notice", "主动公开", [], "clean 通知, 附注 （此件主动公开）, 版记 without marking row")
def _():
    d = standard("shichang", "澄人社发〔2026〕66号", COUNTIES + "：", "2026年3月23日", mark_fuzhu="（此件主动公开）")
    d.banji(mark=None, cc=CC1, date="2026年3月24日")
    return d


@spec("c02_ctrl_han", "pdf", "ctrl_han", "依申请公开", [], "clean 函 in 版头 layout, 附注 （此件依申请公开）")
def _():
    d = D()
    d.banner(suffix="")
    d.docno("澄人社函〔2026〕19号")
    d.redline()
    d.title("关于商请共享职工基本医疗保险参保数据的函")
    d.to("澄川市医疗保障局：")
    d.body("为推进社会保险扩面征缴，精准识别未参保人员，我局拟与你局共享职工基本医疗保险参保数据。",
           "共享数据限于参保人员姓名、参保状态和参保单位名称，按月通过政务数据共享交换平台交换，仅用于扩面比对。",
           "妥否，请函复。")
    d.sign(ORG, "2026年3月19日")
    d.fuzhu("（此件依申请公开）")
    d.banji(mark=None, cc=None, date="2026年3月19日")
    return d


@spec("c03_ctrl_yijian", "ofd", "ctrl_yijian", "主动公开", [], "clean 意见 with 附注 （此件主动公开）")
def _():
    d = standard("gongyi", "澄人社规〔2026〕2号", COUNTIES + "，市直各有关单位：", "2026年4月28日", mark_fuzhu="（此件主动公开）")
    d.banji(mark=None, cc=CC1, date="2026年4月29日")
    return d


@spec("c04_ctrl_report", "docx", "ctrl_report_superior", "不予公开", [],
      "报告 to 市人民政府 marked 附注 （此件不予公开）; 签发人 in 版头; rule: 报上级机关的报告 → 不公开")
def _():
    d = D()
    d.banner()
    d.p("澄人社报〔2026〕3号　　　　　　　　签发人：高志远", indent=0)
    d.redline()
    d.title("关于2025年度根治拖欠农民工工资工作情况的报告")
    d.to("市人民政府：")
    d.body(*REPORT_PARAS)
    d.sign(ORG, "2026年1月20日")
    d.fuzhu(f"（此件不予公开。联系人：田野，联系电话：{CONTACT_TEL['tian']}）")
    d.banji(mark=None, cc=None, date="2026年1月20日")
    return d


SPECS[-1]["numbers"] = [CONTACT_TEL["tian"]]


@spec("c05_ctrl_report", "pdf", "ctrl_report_superior", "不予公开", [],
      "报告 to 江岚省人社厅 with one 附件; 版记 row 公开方式：不予公开")
def _():
    d = D()
    d.banner()
    d.p("澄人社报〔2026〕6号　　　　　　　　签发人：高志远", indent=0)
    d.redline()
    d.title("关于2026年第一季度就业补助资金使用情况的报告")
    d.to("江岚省人力资源和社会保障厅：")
    d.body("根据省厅工作安排，现将我市2026年第一季度就业补助资金使用情况报告如下。",
           "一季度，全市共支出就业补助资金4126万元，占年度预算的23.7%，其中职业培训补贴1032万元、社会保险补贴1580万元、公益性岗位补贴1514万元。",
           "下一步，我局将加快资金拨付进度，确保上半年支出进度不低于50%。", "特此报告。")
    d.blank()
    d.attach_note(["2026年第一季度就业补助资金支出明细表"])
    d.sign(ORG, "2026年4月12日")
    d.attachment("附件", "2026年第一季度就业补助资金支出明细表", [],
                 [["项目", "预算（万元）", "支出（万元）"], ["职业培训补贴", "4200", "1032"],
                  ["社会保险补贴", "6300", "1580"], ["公益性岗位补贴", "6900", "1514"]])
    d.banji(mark="公开方式：不予公开", cc="市财政局。", date="2026年4月12日")
    return d


@spec("c06_ctrl_gonggao", "ofd", "ctrl_gonggao", "主动公开", [], "公告 without 主送; 附注 （此件公开发布）")
def _():
    return gonggao(GONGGAO, "澄人社告〔2026〕5号", "2026年5月8日", fuzhu="（此件公开发布）")


@spec("c07_ctrl_gonggao", "docx", "ctrl_gonggao", "主动公开", [], "公告; marking only in 版记 row 公开属性：主动公开")
def _():
    return gonggao(GONGGAO2, "澄人社告〔2026〕7号", "2026年6月12日", banji_mark="公开属性：主动公开")


@spec("c08_missing", "docx", "ctrl_missing", None, ["LABEL_MISSING"],
      "通知 with one 附件 and a 版记 (抄送/印发) but no 公开属性 anywhere")
def _():
    return standard("jineng", "澄人社发〔2026〕67号", COUNTIES + "：", "2026年4月20日",
                    attach=[("职业技能提升补贴申领表", [], [["姓名", "证书名称", "证书编号", "补贴金额"], ["", "", "", ""]])],
                    banji=None, cc=CC1, extra_after_sign=None, doc=None) .banji(mark=None, cc=CC1, date="2026年4月20日")


@spec("c09_missing", "pdf", "ctrl_missing", None, ["LABEL_MISSING"], "通知 without 版记 and without any marking")
def _():
    return standard("zhicheng", "澄人社发〔2026〕68号", COUNTIES + "：", "2026年4月22日")


@spec("c10_missing", "ofd", "ctrl_missing", None, ["LABEL_MISSING"],
      "OFD 通知, 版记 with 抄送/印发 only; body mentions 主动公开 as a topic word, not as a marking")
def _():
    t = dict(title="关于做好2026年政府信息公开年度报告编制工作的通知", paras=[
        "根据《中华人民共和国政府信息公开条例》规定，各单位应当于每年1月31日前向社会公布本单位上一年度政府信息公开工作年度报告。",
        "年度报告应当包括主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况等内容。",
        "请局属各单位于1月20日前将年度报告初稿报局办公室审核。"])
    d = standard(t, "澄人社办发〔2026〕1号", "局属各单位：", "2026年1月6日")
    d.banji(mark=None, cc=None, date="2026年1月6日")
    return d


@spec("c11_invalid", "docx", "ctrl_invalid", None, ["LABEL_INVALID"], "版记 row 公开方式：部分公开 (not one of the three values)")
def _():
    return standard("wengang", "澄人社发〔2026〕69号", COUNTIES + "：", "2026年4月24日", banji="公开方式：部分公开", cc=CC2)


@spec("c12_invalid", "pdf", "ctrl_invalid", None, ["LABEL_INVALID"], "附注 （此件内部公开）")
def _():
    d = standard("renzheng", "澄人社发〔2026〕70号", COUNTIES + "：", "2026年4月27日", mark_fuzhu="（此件内部公开）")
    d.banji(mark=None, cc=CC1, date="2026年4月27日")
    return d


@spec("c13_invalid", "ofd", "ctrl_invalid", None, ["LABEL_INVALID"], "版记 row 公开属性：内部公开 after one 附件")
def _():
    return standard("jianxi", "澄人社发〔2026〕71号", COUNTIES + "：", "2026年4月29日",
                    attach=[("见习基地年度考核表", [], [["考核项目", "分值", "得分"], ["岗位质量", "40", ""]])],
                    banji="公开属性：内部公开", cc=CC1)


@spec("c14_invalid", "pdf", "ctrl_invalid", None, ["LABEL_INVALID"], "版记 table 公开属性 | 限制公开")
def _():
    return standard("shebaoka", "澄人社发〔2026〕72号", COUNTIES + "：", "2026年5月4日",
                    banji_table=[["公开属性", "限制公开"], ["抄送", "市财政局。"], [ORG_OFFICE, "2026年5月4日印发"]])


@spec("c15_conflict", "docx", "ctrl_conflict", None, ["LABEL_CONFLICT"],
      "own 附注 （此件主动公开） vs own 版记 row 公开方式：依申请公开")
def _():
    return standard("gongshang", "澄人社发〔2026〕73号", COUNTIES + "：", "2026年5月7日", mark_fuzhu="（此件主动公开）",
                    banji="公开方式：依申请公开", cc=CC1)


@spec("c16_conflict", "pdf", "ctrl_conflict", None, ["LABEL_CONFLICT"],
      "own 附注 （此件不予公开） vs own 版记 table 公开属性 | 主动公开")
def _():
    return standard("qianxin", "澄人社发〔2026〕74号", COUNTIES + "：", "2026年5月11日", mark_fuzhu="（此件不予公开）",
                    banji_table=[["公开属性", "主动公开"], ["抄送", "市住房和城乡建设局。"], [ORG_OFFICE, "2026年5月11日印发"]])


@spec("c17_conflict", "ofd", "ctrl_conflict", None, ["LABEL_CONFLICT"],
      "own 附注 （此件依申请公开） vs own 版记 row 信息公开选项：主动公开, with an attachment between them")
def _():
    return standard("zhicheng", "澄人社发〔2026〕75号", COUNTIES + "：", "2026年5月14日", mark_fuzhu="（此件依申请公开）",
                    attach=[("评审委员会组成人员名单", [], [["职务", "姓名", "单位"], ["主任委员", "高志远", ORG]])],
                    banji="信息公开选项：主动公开", cc=CC3)


@spec("c18_missing_txt", "txt", "ctrl_missing", None, ["LABEL_MISSING"], "plain-text 通知 with 抄送/印发 but no marking")
def _():
    t = TOPICS["gongshang"]
    return "\n".join([ORG + "文件", "澄人社发〔2026〕76号", "", t["title"], "", COUNTIES + "：", *t["paras"], "",
                      ORG, "2026年5月15日", "", "抄送：市应急管理局。", ORG_OFFICE + "　2026年5月15日印发", ""])


@spec("c19_ctrl_txt", "txt", "ctrl_notice", "主动公开", [], "plain-text 通知 with 附注 （此件主动公开） and 版记 without marking")
def _():
    t = TOPICS["jianxi"]
    return "\n".join([ORG + "文件", "澄人社发〔2026〕77号", "", t["title"], "", COUNTIES + "：", *t["paras"], "",
                      ORG, "2026年5月18日", "（此件主动公开）", "", "抄送：市人民政府办公室。", ORG_OFFICE + "　2026年5月18日印发", ""])


# ---------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--soffice", default=shutil.which("soffice") or "/usr/bin/soffice")
    ap.add_argument("--no-pdf", action="store_true")
    a = ap.parse_args()
    RULES[:] = load_rules()
    for p in P.values():
        assert id_ok(p["id"]) and luhn_ok(p["card"]) and len(p["tel"]) == 11, p
    os.makedirs(a.outdir, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="eval10_")
    pdf_src = os.path.join(tmp, "src")
    os.makedirs(pdf_src)
    truth = []
    for s in SPECS:
        obj = s["build"]()
        fn = f"{s['stem']}.{s['fmt']}"
        out = os.path.join(a.outdir, fn)
        if s["fmt"] == "txt":
            open(out, "w", encoding="utf-8").write(obj)
        elif s["fmt"] == "docx":
            render_docx(obj, out)
        elif s["fmt"] == "ofd":
            render_ofd(obj, out)
        elif s["fmt"] == "pdf":
            if a.no_pdf:
                continue
            render_docx(obj, os.path.join(pdf_src, s["stem"] + ".docx"))
        truth.append({"file": fn, "format": s["fmt"], "case": s["case"], "attribute": s["attr"],
                      "codes": s["codes"], "numbers": s["numbers"], "note": s["note"]})
    if not a.no_pdf:
        srcs = sorted(os.listdir(pdf_src))
        prof = "file://" + os.path.join(tmp, "lo_profile")
        cmd = [a.soffice, f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
               "--outdir", os.path.join(tmp, "pdf")] + [os.path.join(pdf_src, f) for f in srcs]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1200)
        for f in srcs:
            pdf = os.path.join(tmp, "pdf", f[:-5] + ".pdf")
            if not os.path.exists(pdf):
                sys.exit(f"LibreOffice did not produce {pdf}")
            shutil.copy(pdf, os.path.join(a.outdir, f[:-5] + ".pdf"))
    with open(os.path.join(a.outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(tmp, ignore_errors=True)
    by = {}
    for t in truth:
        by[t["format"]] = by.get(t["format"], 0) + 1
    print(f"wrote {len(truth)} documents to {a.outdir}: {by}")


if __name__ == "__main__":
    main()

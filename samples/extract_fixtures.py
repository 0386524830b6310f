"""The golden feature samples: one small file per format and feature the extractors must handle.

``build_fixtures(folder)`` writes them all (seeded, deterministic content) and returns
{name: path}. ``tests/extractors/test_golden.py`` extracts each and compares with the golden JSON
beside the test. Run ``python -m samples.extract_fixtures OUT`` to look at the files themselves.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Callable

from .content import ARCHETYPES, mark, subsidy_publicity
from .docx_writer import write_docx
from .fake import Faker
from .ofd_writer import write_ofd
from .pdf_writer import write_pdf, write_scanned_pdf
from .spec import GongwenSpec, Hidden
from .txt_writer import write_txt


def _base(seed: int = 7, archetype: str = "training_subsidy_notice", style: str = "record") -> GongwenSpec:
    return mark(ARCHETYPES[archetype](Faker(seed)), "主动公开", style)


def _person(seed: int = 11) -> tuple[str, str, str]:
    """(name, full ID number, masked ID number) of a fictitious applicant."""
    f = Faker(seed)
    name, idn = f.name(), f.id_card()
    return name, idn, idn[:6] + "********" + idn[-4:]


def _review_spec() -> tuple[GongwenSpec, str]:
    """A 复核结果 notice whose visible text shows a masked ID number (the set-up for tracked leaks)."""
    name, idn, masked = _person()
    spec = _base()
    para = f"经复核，申请人{name}（公民身份号码{masked}）的培训补贴申请材料齐全，予以受理。"
    return replace(spec, body=spec.body[:1] + (para,) + spec.body[1:]), idn


def _docx(hidden: Callable[[str], tuple[Hidden, ...]], **kw) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        spec, idn = _review_spec()
        return write_docx(replace(spec, hidden=hidden(idn), **kw), path)

    return build


def _tables_only(path: Path) -> Path:
    """A docx that is one table and nothing else (a 名单 exported from a spreadsheet)."""
    from docx import Document

    f = Faker(5)
    doc = Document()
    rows = [("序号", "姓名", "身份证号", "补贴金额（元）")]
    for i in range(4):
        idn = f.id_card()
        rows.append((str(i + 1), f.name(), idn[:6] + "********" + idn[-4:], "3000"))
    t = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    t.cell(1, 3).merge(t.cell(2, 3))  # a merged cell keeps its coordinates
    doc.core_properties.author, doc.core_properties.comments = "中卫市人社局", ""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


def _pdf(hidden: Callable[[str], tuple[Hidden, ...]], **kw) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        spec, idn = _review_spec()
        return write_pdf(replace(spec, hidden=hidden(idn), **kw), path)

    return build


def _ofd(hidden: Callable[[str], tuple[Hidden, ...]], **kw) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        spec, idn = _review_spec()
        return write_ofd(replace(spec, hidden=hidden(idn), **kw), path)

    return build


def _txt(encoding: str) -> Callable[[Path], Path]:
    return lambda path: write_txt(_base(archetype="pension_notice", style="note"), path, encoding)


def _sidecar(path: Path) -> Path:
    spec = mark(ARCHETYPES["duty_notice"](Faker(3)), "依申请公开", "note")
    write_docx(spec, path)
    path.with_suffix(".json").write_text(json.dumps(
        {"公开属性": "依申请公开", "不公开理由": "属机关内部管理事务", "承办科室": "办公室", "拟稿人": "马某",
         "发文字号": spec.doc_number, "密级": "无", "紧急程度": "平件"}, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _none(idn: str) -> tuple[Hidden, ...]:
    return ()


#: name → (file name, builder). Every feature of issue 3's golden list has at least one entry.
FIXTURES: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "docx_plain": ("plain.docx", _docx(_none)),
    "docx_tracked": ("tracked.docx", _docx(lambda idn: (Hidden("deletion", idn, 1, "科员甲"), Hidden("insertion", "（已核实）", 1, "科员甲")))),
    "docx_accepted": ("accepted.docx", _docx(_none)),
    "docx_comment": ("comment.docx", _docx(lambda idn: (Hidden("comment", "此处身份证号请改为全号核对后再删", 1, "审核人"),))),
    "docx_hidden": ("hidden.docx", _docx(lambda idn: (Hidden("vanish", f"（内部掌握：{idn}）", 1), Hidden("style_vanish", "经办人电话13995512345", 2)))),
    "docx_white": ("white.docx", _docx(lambda idn: (Hidden("white", f"原始号码{idn}", 1), Hidden("tiny", "内部备注", 2)))),
    "docx_covered": ("covered.docx", _docx(lambda idn: (Hidden("covered", idn, 1),))),
    "docx_textbox": ("textbox.docx", _docx(lambda idn: (Hidden("textbox", "此件经局长办公会审议通过", 0),))),
    "docx_header_footer": ("header_footer.docx", _docx(lambda idn: (Hidden("footer", "内部资料 注意保管"),), header="中卫市人力资源和社会保障局")),
    "docx_notes": ("notes.docx", _docx(lambda idn: (Hidden("footnote", "依据《职业技能提升行动方案》", 1), Hidden("endnote", "数据截至2026年10月底", 2)))),
    "docx_field": ("field.docx", _docx(lambda idn: (Hidden("field", r'INCLUDETEXT "\\\\oa-server\\共享\\名单.docx"', 2, "名单"),
                                                     Hidden("field", 'HYPERLINK "http://www.zwrs.gov.cn/"', 3, "人社局网站")))),
    "docx_properties": ("properties.docx", _docx(lambda idn: (
        Hidden("property", "内部资料", 0, "keywords"), Hidden("property", "请删除第二段后再发", 0, "comments"),
        Hidden("custom", "内部", 0, "MSIP_Label_2b7f0c1e-0000-4000-8000-000000000001_Name"),
        Hidden("custom", "true", 0, "MSIP_Label_2b7f0c1e-0000-4000-8000-000000000001_Enabled"),
        Hidden("app", "中卫市人力资源和社会保障局", 0, "Company"), Hidden("docvar", "审核意见：暂缓公开", 0, "审核")))),
    "docx_embedded": ("embedded.docx", _docx(lambda idn: (Hidden("embedded", f"姓名,身份证号\n王某,{idn}\n", 2, "oleObject1.bin"),))),
    "docx_tables_only": ("tables_only.docx", _tables_only),
    "pdf_plain": ("plain.pdf", _pdf(_none)),
    "pdf_blackbox": ("blackbox.pdf", _pdf(lambda idn: (Hidden("covered", f"公民身份号码{idn}", 1),))),
    "pdf_white": ("white.pdf", _pdf(lambda idn: (Hidden("white", f"原始号码{idn}", 2),))),
    "pdf_image_cover_seal": ("image_cover.pdf", _pdf(lambda idn: (Hidden("image_cover", f"号码{idn}", 1), Hidden("seal", "")))),
    "pdf_box_annotation": ("box_annotation.pdf", _pdf(lambda idn: (Hidden("box_annotation", f"号码{idn}", 1),
                                                                  Hidden("highlight_annotation", "电话13995512345", 2)))),
    "pdf_annotation": ("annotation.pdf", _pdf(lambda idn: (Hidden("annotation", "第二段数字请再核对", 1, "审核人"),))),
    "pdf_attachment_metadata": ("attachment.pdf", _pdf(lambda idn: (
        Hidden("attachment", f"姓名,身份证号\n王某,{idn}\n", 0, "名单.csv"), Hidden("property", "内部资料", 0, "Keywords"),
        Hidden("property", "张某", 0, "Author")), header="中卫市人力资源和社会保障局")),
    "pdf_scanned": ("scanned.pdf", lambda p: write_scanned_pdf(_base(), p)),
    "pdf_table": ("table.pdf", lambda p: write_pdf(mark(subsidy_publicity(Faker(3), n=5), "主动公开", "note"), p, grid_tables=True)),
    "ofd_plain": ("plain.ofd", _ofd(_none)),
    "ofd_hidden": ("hidden.ofd", _ofd(lambda idn: (
        Hidden("covered", f"公民身份号码{idn}", 1), Hidden("white", "内部备注", 2), Hidden("annotation", "此段请删除", 1, "审核人"),
        Hidden("property", "内部资料", 0, "Keywords"), Hidden("attachment", "名单", 0, "名单.txt")), header="中卫市人力资源和社会保障局")),
    "txt_utf8": ("utf8.txt", _txt("utf-8")),
    "txt_utf8_bom": ("utf8_bom.txt", _txt("utf-8-sig")),
    "txt_gb18030": ("gb18030.txt", _txt("gb18030")),
    "txt_utf16": ("utf16.txt", _txt("utf-16")),
    "sidecar": ("关于调整值班安排的通知.docx", _sidecar),
}


def build_fixtures(folder: str | Path, names: list[str] | None = None) -> dict[str, Path]:
    """Write the fixtures (all, or ``names``) under ``folder``/<name>/; returns {name: path}."""
    root = Path(folder)
    out = {}
    for name in names or list(FIXTURES):
        fname, build = FIXTURES[name]
        out[name] = build(root / name / fname)
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(description="write the extractor feature samples")
    p.add_argument("out")
    a = p.parse_args(argv)
    for name, path in build_fixtures(a.out).items():
        print(f"{name:26s} {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

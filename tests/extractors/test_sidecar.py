"""The OA sidecar (发文稿纸 form fields next to the document): JSON or XML, Chinese or English keys."""

from __future__ import annotations

import json

import pytest

from extractors import extract
from extractors.sidecar import attach_sidecar, read_sidecar


@pytest.mark.parametrize(
    "name, content",
    [
        ("a.docx.json", json.dumps({"公开属性": "不予公开", "不公开理由": "内部管理", "承办科室": "人事科", "拟稿人": "李某",
                                    "发文字号": "卫人社发〔2026〕9号", "密级": "无", "备注": "x"}, ensure_ascii=False)),
        ("a.json", json.dumps({"attribute": "不予公开", "reason": "内部管理", "department": "人事科", "drafter": "李某",
                               "doc_number": "卫人社发〔2026〕9号", "secrecy": "无", "备注": "x"}, ensure_ascii=False)),
        ("a.xml", "<表单><公开属性>不予公开</公开属性><不公开理由>内部管理</不公开理由><承办科室>人事科</承办科室><拟稿人>李某</拟稿人>"
                  "<发文字号>卫人社发〔2026〕9号</发文字号><密级>无</密级><备注>x</备注></表单>"),
    ],
)
def test_sidecar_forms(tmp_path, fixtures, name, content):
    doc_path = tmp_path / "a.docx"
    doc_path.write_bytes(fixtures["docx_plain"].read_bytes())
    (tmp_path / name).write_text(content, encoding="utf-8")
    doc = attach_sidecar(extract(doc_path), doc_path)
    sc = doc.sidecar
    assert (sc.attribute, sc.reason, sc.department, sc.drafter, sc.doc_number, sc.secrecy) == (
        "不予公开", "内部管理", "人事科", "李某", "卫人社发〔2026〕9号", "无")
    assert dict(sc.extra) == {"备注": "x"} and doc.fields.department == "人事科"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '<!DOCTYPE x [<!ENTITY a "b">]><x/>'])
def test_a_bad_sidecar_is_a_warning_not_an_error(tmp_path, fixtures, content):
    doc_path = tmp_path / "b.docx"
    doc_path.write_bytes(fixtures["docx_plain"].read_bytes())
    (tmp_path / ("b.xml" if content.startswith("<") else "b.json")).write_text(content, encoding="utf-8")
    doc = attach_sidecar(extract(doc_path), doc_path)
    assert doc.sidecar is None and doc.warnings and "/" in doc.warnings[-1]


def test_department_from_the_inbox_folder_when_no_sidecar(tmp_path, fixtures):
    doc_path = tmp_path / "c.docx"
    doc_path.write_bytes(fixtures["docx_plain"].read_bytes())
    assert attach_sidecar(extract(doc_path), doc_path, department="养老保险科").fields.department == "养老保险科"


def test_read_sidecar_refuses_huge_files(tmp_path):
    p = tmp_path / "d.json"
    p.write_bytes(b'{"a": "' + b"x" * (2 * 1024 * 1024) + b'"}')
    with pytest.raises(ValueError):
        read_sidecar(p)


def test_lone_surrogates_become_replacement_characters(tmp_path):
    from extractors.model import Block, BlockKind, Document, Position, without_surrogates
    from extractors.sidecar import read_sidecar

    p = tmp_path / "a.docx.json"
    p.write_text('{"公开属性": "主动公开", "拟稿人": "张\\ud800三", "备注\\udfff": "x"}', encoding="utf-8")
    sc = read_sidecar(p)
    assert sc.drafter == "张\ufffd三" and sc.extra == (("备注\ufffd", "x"),)
    b = Block(BlockKind.PARAGRAPH, "正文\ud83d", Position(block=0))
    doc = Document("a.txt", "0" * 64, "txt", (b, Block(BlockKind.PARAGRAPH, "干净", Position(block=1))),
                   metadata=(("title", "题\udc00"),))
    clean = without_surrogates(doc)
    assert [x.text for x in clean.blocks] == ["正文\ufffd", "干净"] and clean.metadata == (("title", "题\ufffd"),)
    assert clean.blocks[1] is doc.blocks[1], "what holds none is not copied"
    assert without_surrogates(clean) is clean
    assert len(clean.blocks[0].text) == len(b.text), "one character for one: offsets hold"

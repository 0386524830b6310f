"""What only a machine reads becomes HIDDEN_CONTENT / INEFFECTIVE_REDACTION — and a clean file stays clean."""

from __future__ import annotations

import json
import re

import pytest

from classifiers import load_config
from classifiers.audit import audit_document
from classifiers.hidden.metadata import judge
from extractors import extract


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory):
    from samples.extract_fixtures import build_fixtures

    return build_fixtures(tmp_path_factory.mktemp("hidden"))


@pytest.fixture(scope="module")
def config():
    return load_config()


def audit(fixtures, config, name):
    return audit_document(extract(fixtures[name], source=fixtures[name].name), config)


def codes(result, code=None):
    return sorted({(f.code, f.subtype) for f in result.findings if f.code in ("HIDDEN_CONTENT", "INEFFECTIVE_REDACTION")
                   and (code is None or f.code == code)})


H, R = "HIDDEN_CONTENT", "INEFFECTIVE_REDACTION"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("docx_plain", []),
        ("docx_accepted", []),
        ("docx_textbox", []),  # a text box is visible
        ("docx_header_footer", []),
        ("docx_notes", []),
        ("docx_tables_only", []),
        ("pdf_plain", []),
        ("ofd_plain", []),
        ("txt_utf8", []),
        ("docx_tracked", [(H, "tracked_change"), (R, "masked_original")]),
        ("docx_comment", [(H, "comment")]),
        ("docx_hidden", [(H, "hidden_text"), (R, "masked_original")]),
        ("docx_white", [(H, "white_text"), (R, "masked_original")]),
        ("docx_covered", [(R, "covered_text")]),
        ("docx_field", [(H, "field")]),  # the share path, not the public web link
        ("docx_properties", [(H, "metadata")]),
        ("docx_embedded", [(H, "embedded")]),
        ("pdf_blackbox", [(R, "covered_text")]),
        ("pdf_white", [(H, "white_text"), (R, "masked_original")]),
        ("pdf_image_cover_seal", [(R, "covered_text")]),
        ("pdf_annotation", [(H, "annotation")]),
        ("pdf_box_annotation", [(R, "covered_text")]),
        ("pdf_attachment_metadata", [(H, "embedded"), (H, "metadata")]),
        ("ofd_hidden", [(H, "annotation"), (H, "embedded"), (H, "metadata"), (H, "white_text"), (R, "covered_text")]),
    ],
)
def test_findings_per_sample(fixtures, config, name, expected):
    assert codes(audit(fixtures, config, name)) == sorted(expected)


def test_tracked_leak_is_located_masked_and_returned(fixtures, config):
    res = audit(fixtures, config, "docx_tracked")
    assert res.decision == "return"
    leak = [f for f in res.findings if f.subtype == "masked_original"]
    assert leak and not leak[0].visible and leak[0].position.part == "word/document.xml"
    assert "********" in leak[0].message and "修订" in leak[0].message or "遮盖" in leak[0].message
    pii = [f for f in res.findings if f.code == "PERSONAL_DATA" and not f.visible]
    assert pii, "the detectors run over the tracked deletion too"
    out = json.dumps(res.to_contract(), ensure_ascii=False)
    assert not re.search(r"(?<!\d)\d{17}[\dX](?!\d)", out), "a full ID number leaked into the result"


def test_messages_are_chinese_and_cite_an_article(fixtures, config):
    for name in ("docx_comment", "pdf_blackbox", "docx_properties"):
        for f in audit(fixtures, config, name).findings:
            if f.code in (H, R):
                assert "《保密审查工作制度》" in f.message and f.rule.startswith("《保密审查工作制度》")


def test_withheld_document_notes_hidden_content_only(fixtures, config, tmp_path):
    """不予公开: hidden content is noted, not a reason to return (the file is not published)."""
    from dataclasses import replace

    from samples.content import ARCHETYPES, mark
    from samples.docx_writer import write_docx
    from samples.fake import Faker
    from samples.spec import Hidden

    spec = replace(mark(ARCHETYPES["funding_request"](Faker(1)), "不予公开", "note2"), hidden=(Hidden("comment", "请领导审阅", 0),))
    res = audit_document(extract(write_docx(spec, tmp_path / "q.docx")), config)
    assert (H, "comment") in codes(res) and res.decision != "return"


@pytest.mark.parametrize(
    "key, value, why",
    [
        ("core:creator", "王某某", None),  # an ordinary author is not a finding
        ("core:lastModifiedBy", "办公室", None),
        ("app:Company", "中卫市人力资源和社会保障局", None),
        ("core:title", "关于加强机关内部管理的通知", None),  # 内部 inside a word is no mark
        ("core:keywords", "养老保险；征缴", None),
        ("custom:MSIP_Label_abc_Enabled", "true", None),
        ("custom:MSIP_Label_abc_Name", "General", None),
        ("custom:MSIP_Label_abc_Name", "内部", "内部标志“内部”"),
        ("custom:MSIP_Label_abc_Name", "Confidential", "内部标志“Confidential”"),
        ("core:keywords", "内部资料", "内部标志“内部资料”"),
        ("core:title", "值班表（征求意见稿）", "内部标志“征求意见稿”"),
        ("core:description", "请删除第二段后再发", "审核意见（“请删除”）"),
        ("core:creator", "请删除", None),  # remarks are looked for only where people type remarks
        ("core:creator", "王某 13995512345", "手机号码"),
        ("pdf:Subject", "待定", "审核意见（“待定”）"),
    ],
)
def test_metadata_judgement(config, key, value, why):
    assert judge(key, value, config["hidden"]) == why


def test_config_can_silence_a_subtype(fixtures):
    cfg = load_config(overrides={"hidden": {"subtypes": ["tracked_change"]}})
    res = audit_document(extract(fixtures["docx_comment"]), cfg)
    assert codes(res, H) == []

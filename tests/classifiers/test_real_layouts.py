"""Issue 18 phrasings end to end (``samples/real_layouts.py``): the marking-label grammar, 附注 variants,
traditional script, the portal's metadata block and the 标题 before its 文号 — in docx, txt and PDF."""

from __future__ import annotations

import re

import pytest

from classifiers.audit import audit_path
from extractors import extract
from extractors.model import Zone
from samples.layouts import write_docx, write_pdfs, write_txt
from samples.real_layouts import HEADING_STARTS, cases, source_cases

LABELS = {"LABEL_MISSING", "LABEL_INVALID", "LABEL_CONFLICT", "FORWARD_MISMATCH", "PORTAL_MISMATCH"}
CASES = {c.name: c for c in (*cases(), *source_cases())}


def check(case, path, config):
    r = audit_path(path, config)
    # the nature rule is checked where the case is about it (a 复函 either way round): the notices here are
    # public-interest notices, so a 依申请公开 marking on them is (rightly) a LABEL_MISMATCH too
    labels = LABELS | ({"LABEL_MISMATCH"} if case.extra.get("nature") else set())
    codes = sorted({str(f.code) for f in r.findings} & labels)
    assert (r.attribute, codes) == (case.attribute, sorted(case.codes)), case.name
    if case.title is not None:
        # PDF text puts a space between a CJK character and a digit: compared without spaces
        assert re.sub(r"\s", "", r.document.fields.title or "") == re.sub(r"\s", "", case.title), case.name
    return r


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if "docx" in c.formats])
def test_docx(tmp_path, default_config, name):
    check(CASES[name], write_docx(CASES[name], tmp_path / f"{name}.docx"), default_config)


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if "txt" in c.formats])
def test_txt(tmp_path, default_config, name):
    check(CASES[name], write_txt(CASES[name], tmp_path / f"{name}.txt"), default_config)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = write_pdfs(list(CASES.values()), tmp_path_factory.mktemp("real_layouts"))
    if folder is None:
        pytest.skip("LibreOffice (soffice) not installed")
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("name", [n for n, c in CASES.items() if "pdf" in c.formats])
def test_pdf(pdfs, default_config, name):
    path = pdfs / f"{name}.pdf"
    assert path.exists(), "LibreOffice did not convert the case"
    check(CASES[name], path, default_config)


def test_traditional_evidence_is_quoted_in_its_own_script(tmp_path, default_config):
    """The check reads simplified text; the marking and the title are shown as the document prints them."""
    r = check(CASES["trad_note"], write_docx(CASES["trad_note"], tmp_path / "t.docx"), default_config)
    assert r.marking.text == "（此件公開發布）" and r.marking.value == "主动公开"
    b = r.document.blocks[r.marking.position.block]
    assert b.text[r.marking.position.start:r.marking.position.end] == "此件公開發布"
    missing = check(CASES["trad_unmarked"], write_txt(CASES["trad_unmarked"], tmp_path / "u.txt"), default_config)
    assert missing.document.fields.printer and "印發" in missing.document.fields.printer  # zoned once converted, shown as printed


def test_portal_block_is_its_own_zone_and_reported(tmp_path, default_config):
    """The portal's metadata is zoned 门户信息, kept out of the 版头/标题, and its disagreement is a warning that returns."""
    case = CASES["portal_pairs_mismatch"]
    r = check(case, write_txt(case, tmp_path / "p.txt"), default_config)
    portal = [b.text for b in r.document.blocks if b.zone == Zone.PORTAL]
    assert len(portal) == 3 and all("索引号" not in (r.document.fields.title or "") for _ in portal)
    f = next(f for f in r.findings if str(f.code) == "PORTAL_MISMATCH")
    assert str(f.severity) == "medium" and str(r.decision) == "return"
    assert "主动公开" in f.message and "依申请公开" in f.message and f.evidence == "公开类别：主动公开"
    assert r.marking.zone == "附注"


def test_portal_block_in_the_flag_report(tmp_path, default_config):
    from reports.flag import render_flag_report

    case = CASES["portal_table_mismatch"]
    r = check(case, write_docx(case, tmp_path / "p.docx"), default_config)
    html = render_flag_report(r)
    portal = html.split('id="portal"', 1)[1].split("</table>", 1)[0]
    assert "<th>发布机构</th><td>中卫市人力资源和社会保障局</td>" in portal and "<th>公开方式</th><td>主动公开</td>" in portal
    assert "门户信息与本件公开属性不一致" in html


@pytest.mark.parametrize("first", HEADING_STARTS)
def test_section_heading_is_never_the_title(tmp_path, first):
    p = tmp_path / "h.txt"
    p.write_text("\n".join([first, "各县（区）要按月调度工作进展，及时报送有关情况。", "（此件公开发布）"]) + "\n", encoding="utf-8")
    assert extract(p).fields.title is None


def test_a_masked_review_decision_and_a_portal_page_carry_no_personal_data(tmp_path, default_config):
    """The issuer masked the applicant (李某, **路**号): nothing to flag; a breadcrumb and hits line are not a 公文 part."""
    for name in ("review_decision_masked", "site_breadcrumb", "lawdb_header_agree"):
        case = CASES[name]
        r = check(case, write_docx(case, tmp_path / f"{name}.docx"), default_config)
        assert not [f for f in r.findings if f.code == "PERSONAL_DATA"], name
        assert r.decision == "approve", (name, [(f.code, f.evidence) for f in r.findings])


def test_an_oa_forms_fields_are_the_documents_own_not_a_portal(tmp_path, default_config):
    """标题/文号/公开属性/发文单位 then 拟稿科室/拟稿人/签发: an OA system's 发文稿纸, whose 公开属性 is the marking
    (a portal block never is)."""
    text = ("标题：关于做好2026年就业见习工作的通知\n文号：澄人社发〔2026〕8号\n公开属性：主动公开\n发文单位：澄川市人力资源和社会保障局\n"
            "拟稿科室：就业促进科\n拟稿人：赵某\n签发：钱某\n\n关于做好2026年就业见习工作的通知\n各县（区）人社局：\n"
            "现就做好2026年就业见习工作通知如下。一、扩大见习岗位规模。二、落实见习补贴。\n澄川市人力资源和社会保障局\n2026年3月2日\n")
    p = tmp_path / "oa.txt"
    p.write_text(text, encoding="utf-8")
    doc = extract(p)
    assert not any(b.zone == Zone.PORTAL for b in doc.blocks)
    result = audit_path(p, default_config)
    assert result.attribute == "主动公开" and "LABEL_MISSING" not in [f.code for f in result.findings]

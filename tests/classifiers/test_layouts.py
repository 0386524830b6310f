"""Issue 10 layouts end to end: the main document's own marking and the label codes, in docx, txt and PDF.

The cases (``samples/layouts.py``) cover a 版记 after attachments (beginning with the 公开方式 row, or a
table), a 版记 directly after the body with attachments after it, forwarded originals attached or
quoted, the 页眉/页脚, colon and spacing variants, a 信函式 函, checkbox rows and a 13,000-character
attachment. PDF is LibreOffice's export of the docx (slow; skipped without ``soffice``).
"""

from __future__ import annotations


import pytest

from classifiers.audit import audit_path
from samples.layouts import cases, write_docx, write_pdfs, write_txt

LABELS = {"LABEL_MISSING", "LABEL_INVALID", "LABEL_CONFLICT", "FORWARD_MISMATCH"}
CASES = {c.name: c for c in cases()}


def check(case, path, config):
    r = audit_path(path, config)
    codes = sorted({str(f.code) for f in r.findings} & LABELS)
    assert (r.attribute, codes) == (case.attribute, sorted(case.codes)), case.name
    if case.title is not None:
        assert r.document.fields.title == case.title
    return r


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if "docx" in c.formats])
def test_docx(tmp_path, default_config, name):
    check(CASES[name], write_docx(CASES[name], tmp_path / f"{name}.docx"), default_config)


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if "txt" in c.formats])
def test_txt(tmp_path, default_config, name):
    check(CASES[name], write_txt(CASES[name], tmp_path / f"{name}.txt"), default_config)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = write_pdfs(list(CASES.values()), tmp_path_factory.mktemp("layouts"))
    if folder is None:
        pytest.skip("LibreOffice (soffice) not installed")
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("name", [n for n, c in CASES.items() if "pdf" in c.formats])
def test_pdf(pdfs, default_config, name):
    path = pdfs / f"{name}.pdf"
    assert path.exists(), "LibreOffice did not convert the case"
    check(CASES[name], path, default_config)


def test_forwarded_original_is_a_child_document(tmp_path, default_config):
    """The forwarded original is its own part with its own 附注; the parent's marking is its own."""
    from extractors.model import PartKind

    r = check(CASES["forward_attached_mismatch"], write_docx(CASES["forward_attached_mismatch"], tmp_path / "f.docx"), default_config)
    doc = r.document
    kinds = [p.kind for p in doc.parts]
    assert kinds == [PartKind.MAIN, PartKind.FORWARDED]
    child = doc.parts[1]
    assert child.doc_number == "宁人社发〔2026〕5号" and [doc.blocks[i].text for i in child.notes] == ["（此件公开发布）"]
    assert r.marking.text == "（此件依申请公开）"
    fm = next(f for f in r.findings if str(f.code) == "FORWARD_MISMATCH")
    assert fm.evidence == "（此件公开发布）"


def test_long_attachment_record_is_the_main_documents(tmp_path, default_config):
    case = CASES["long_attachment_withheld"]
    r = check(case, write_docx(case, tmp_path / "l.docx"), default_config)
    main, att = r.document.parts
    assert sum(len(b.text) for b in r.document.blocks[att.start:att.end + 1]) >= 13000
    assert r.marking.zone == "版记" and main.record is not None and main.record[0] > att.end

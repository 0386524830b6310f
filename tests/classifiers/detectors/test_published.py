"""Issue 18: published documents in real pages' styles — masked lists in every masking style, office
and person contacts (the documents come from ``samples.published``; every number is generated)."""

from __future__ import annotations

import json
import re

import pytest

from classifiers import audit_path
from samples.docx_writer import write_docx
from samples.pdf_writer import write_pdf
from samples.published import MASK_STYLES, OFFICE_FORMS, PERSON_FORMS, masked_list, office_contact, person_contact
from samples.txt_writer import write_txt

#: 7+ digits in a row anywhere in the output: a full identifier or phone number escaped masking.
_LONG_DIGITS = re.compile(r"\d{7,}")


def _personal(r):
    return sorted({f.subtype for f in r.findings if str(f.code) == "PERSONAL_DATA"})


def _no_full_number(r):
    out = json.dumps([f.to_contract() if hasattr(f, "to_contract") else str(f) for f in r.findings], ensure_ascii=False)
    assert not _LONG_DIGITS.search(re.sub(r'"fingerprint": "[0-9a-f]+"', "", out))


@pytest.mark.parametrize("style", MASK_STYLES)
@pytest.mark.parametrize("writer, ext", [(write_txt, "txt"), (write_docx, "docx")])
def test_masked_list_in_every_style_is_approved(tmp_path, default_config, style, writer, ext):
    r = audit_path(writer(masked_list(style), tmp_path / f"list.{ext}"), default_config)
    assert _personal(r) == [], style
    assert str(r.decision) == "approve"


@pytest.mark.parametrize("style", ["id_stars_8", "id_times", "id_spaced", "card_spaced", "phone_spaced"])
def test_masked_list_as_running_text_and_pdf(tmp_path, default_config, style):
    r = audit_path(write_txt(masked_list(style, seed=7, running_text=True), tmp_path / "list.txt"), default_config)
    assert _personal(r) == []
    r = audit_path(write_pdf(masked_list(style, seed=9), tmp_path / "list.pdf"), default_config)
    assert _personal(r) == []


@pytest.mark.parametrize("style", ["id_stars_8", "id_times", "id_x_upper", "id_dots", "id_spaced"])
def test_masks_in_any_character_count_as_masks_for_the_list_policy(tmp_path, default_config, style):
    """A list masked in ×/X/● that prints one number in full is a list masked in part: the full
    number is reported (masked in the evidence) and the partial mask too."""
    from samples.fake import Faker
    from samples.spec import Table

    spec = masked_list(style, seed=11)
    table = next(b for b in spec.body if isinstance(b, Table))
    full = Faker(99).id_card()
    rows = (*table.rows, ("5", "赵*", full))
    spec = type(spec)(**{**spec.__dict__, "body": tuple(Table(rows) if isinstance(b, Table) else b for b in spec.body)})
    r = audit_path(write_docx(spec, tmp_path / "list.docx"), default_config)
    assert {"id_card", "partial_mask"} <= set(_personal(r))
    _no_full_number(r)


def test_a_mask_that_keeps_the_birth_date_is_reported_masked(tmp_path, default_config):
    """The policy of issue 12 stands: a mask leaving the whole birth date readable is a weak mask,
    and its evidence shows no more than the mask itself allows."""
    from samples.fake import Faker
    from samples.spec import GongwenSpec, Table

    i = Faker(5).id_card()
    spec = GongwenSpec(title="关于见习补贴发放人员的公示", body=("现予公示。", Table((("序号", "姓名", "身份证号"), ("1", "张*", i[:14] + "****")))),
                       notes=("（此件公开发布）",))
    r = audit_path(write_txt(spec, tmp_path / "w.txt"), default_config)
    assert _personal(r) == ["weak_mask"]
    _no_full_number(r)


@pytest.mark.parametrize("form", OFFICE_FORMS)
def test_office_contacts_are_not_personal_data(tmp_path, default_config, form):
    r = audit_path(write_txt(office_contact(form), tmp_path / "notice.txt"), default_config)
    assert _personal(r) == [], form
    assert str(r.decision) == "approve"


@pytest.mark.parametrize("form", ["tech_service_phones", "centre_report_phone", "centre_email", "owner_after"])
def test_office_contacts_in_a_docx(tmp_path, default_config, form):
    r = audit_path(write_docx(office_contact(form, seed=3), tmp_path / "notice.docx"), default_config)
    assert _personal(r) == []


@pytest.mark.parametrize("form", PERSON_FORMS)
def test_person_contacts_stay_personal(tmp_path, default_config, form):
    spec = person_contact(form)
    r = audit_path(write_txt(spec, tmp_path / "notice.txt"), default_config)
    assert set(spec.expected["personal"]) <= set(_personal(r)), form
    assert str(r.decision) == "return"
    _no_full_number(r)

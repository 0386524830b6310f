"""PDF text comes out line by line: numbers wrapped across lines, labels on the line above, table
rows that ran into the next row's number, and groups that hold two numbers."""

from __future__ import annotations

from samples.fake import Faker

from helpers_detectors import make_doc

F = Faker(21)
CARD = F.bank_card(19)
ID = F.id_card(x_check=False)
PROSE = "为做好失业保险金发放工作，现将有关情况通报如下，请各单位认真核对。"  # a full line of the page


def test_card_wrapped_across_two_lines(run_check):
    doc = make_doc(PROSE, "补贴资金已发放至社会保障卡银行账户，卡号 " + CARD[:8], CARD[8:] + "。", PROSE, fmt="pdf")
    (f,) = run_check("bank_card", doc)
    assert f.evidence == CARD[:4] + "*" * 11 + CARD[-4:] and "跨行" in dict(f.explanation)["pattern"]


def test_wrapping_needs_a_full_upper_line(run_check):
    # a short line is a line that ended: its digits do not continue on the next line
    doc = make_doc(PROSE, "卡号 " + CARD[:8], CARD[8:] + "。", PROSE, fmt="pdf")
    assert run_check("bank_card", doc) == []


def test_row_that_ran_into_the_next_rows_number(run_check):
    rows = ("序号 姓名 身份证号 银行卡号", f"1 王伟 {ID} {CARD}2 李娜 640502********1234")
    found = run_check("bank_card", make_doc(*rows, fmt="pdf"))
    assert [f.evidence for f in found] == [CARD[:4] + "*" * 11 + CARD[-4:]]
    assert run_check("bank_card", make_doc(*rows, fmt="docx")) == []  # only PDF rows merge like this


def test_trailing_digits_are_not_trimmed_in_running_text(run_check):
    assert run_check("mobile", make_doc("本年度拨付资金139123456785元。", fmt="pdf")) == []


def test_one_run_holding_a_mobile_and_a_card(run_check):
    doc = make_doc(f"联系电话 139 1234 5678 {CARD}")
    assert len(run_check("mobile", doc)) == 1 and len(run_check("bank_card", doc)) == 1


def test_masked_id_and_masked_card_in_one_run_are_fine(run_check):
    doc = make_doc("1 王* 640381********8969 6230***********5561", ID)
    assert [f.subtype for f in run_check("masking_policy", doc)] == ["partial_mask"]  # masked + one full elsewhere

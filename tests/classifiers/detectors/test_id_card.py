"""id_card: true cases and traps (wrong check digits, masked values, credit codes, 准考证号, 鉴定)."""

from __future__ import annotations

import re

import pytest

from classifiers.detectors._scan import valid_id, valid_id15
from samples.fake import Faker

from helpers_detectors import make_doc

F = Faker(7)
ID = F.id_card(x_check=False)
IDX = F.id_card(x_check=True)
BAD = F.id_card_invalid()
FW = ID.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
OLD = "640502850307123"  # 15 digits, 1985-03-07
CREDIT = F.credit_code()


@pytest.mark.parametrize(
    "items, n",
    [
        ((f"申请人身份证号：{ID}。",), 1),
        ((f"公民身份号码{IDX}",), 1),
        ((f"社会保障号码{IDX.lower()}",), 1),  # lower-case x
        ((f"身份证号{FW}",), 1),  # full-width digits
        ((f"{ID}",), 1),  # no context: checksum alone is enough for 18 digits
        (([("姓名", "身份证号"), ("王伟", ID)],), 1),  # table cell, column header
        ((f"身份证号码：{OLD}",), 1),  # old 15-digit number with a label
        (([("姓名", "公民身份号码"), ("王伟", OLD)],), 1),
        # traps
        ((f"身份证号{BAD}",), 0),  # wrong check digit
        (("身份证号640502********1234",), 0),  # masked
        ((f"统一社会信用代码：{CREDIT}",), 0),
        ((f"准考证号：{ID}",), 0),  # an ID-valid number under a trap label
        (([("准考证号", "姓名"), (ID, "王伟")],), 0),  # … or under a trap column
        ((f"{OLD}",), 0),  # 15 digits without context (could be anything)
        ((f"准考证号{OLD}",), 0),
        (("卫人社发〔2026〕123号，监督电话0955-7012333，咨询电话12333",), 0),
        ((f"合同金额{ID[:12]}元",), 0),
        (("640502199002301234",), 0),  # 30 February
    ],
)
def test_id_card_table(run_check, items, n):
    found = run_check("id_card", make_doc(*items))
    assert len(found) == n, [f.explanation for f in found]
    for f in found:
        assert f.code == "PERSONAL_DATA" and f.source == "detector"
        assert not re.search(r"\d{15}", f.evidence + (f.match_key or "") + f.message)


def test_jianding_does_not_raise_the_score(run_check):
    plain = run_check("id_card", make_doc(f"{ID}"))[0].confidence
    with_jd = run_check("id_card", make_doc(f"职业技能鉴定 {ID}"))[0].confidence
    labelled = run_check("id_card", make_doc(f"身份证号 {ID}"))[0].confidence
    assert with_jd == plain < labelled
    assert run_check("id_card", make_doc(f"职业技能鉴定{OLD}")) == []


def test_nearest_label_wins(run_check):
    id2 = F.id_card()
    found = run_check("id_card", make_doc(f"准考证号：{ID}，身份证号：{id2}"))
    assert [f.evidence for f in found] == [id2[:6] + "********" + id2[-4:]]


def test_hidden_blocks_are_scanned_and_marked(run_check):
    (f,) = run_check("id_card", make_doc("正文", hidden=(f"批注：{ID}",)))
    assert f.visible is False


def test_explanation_and_masking(run_check):
    (f,) = run_check("id_card", make_doc(f"身份证号：{ID}"))
    e = dict(f.explanation)
    assert e["checksum"].startswith("MOD 11-2") and e["context_words"] == ["身份证号"] and e["score"] == 0.95
    assert f.evidence == ID[:6] + "********" + ID[-4:] and ID not in str(f.to_dict())


def test_volume_raises_severity(run_check, default_config):
    doc = make_doc(*[F.mobile() for _ in range(6)])
    assert {f.severity for f in run_check("mobile", doc)} == {"high"}
    assert {f.severity for f in run_check("mobile", make_doc(F.mobile()))} == {"medium"}


@pytest.mark.parametrize("s, ok", [(ID, True), (IDX, True), (BAD, False), ("990502199001011234", False), (ID[:17], False)])
def test_valid_id(s, ok):
    assert valid_id(s) is ok


def test_retired_area_codes_still_valid():
    # 640521 (中宁县 old code) and a made-up county code: we check only the province prefix
    from samples.fake import id_check_digit

    for first in ("64052119800101001", "64999919800101001"):
        assert valid_id(first + id_check_digit(first))


def test_valid_id15():
    assert valid_id15(OLD) and not valid_id15("640502851307123")


# -- an ID whose digit groups a tab or a line break (Shift+Enter, a block's own "\n") splits --------------------------
G = (ID[:6], ID[6:14], ID[14:])


@pytest.mark.parametrize("items, n", [
    ((f"身份证号{G[0]}\t{G[1]}\t{G[2]}。",), 1),                         # 6-8-4 split by tabs, in prose
    ((f"身份证号 {ID[:6]}\t{ID[6:10]}\t{ID[10:14]}\t{ID[14:]}",), 1),    # 6-4-4-4
    ((f"身份证号{G[0]}\n{G[1]}\n{G[2]}",), 1),                           # a line break inside the block
    ((f"身份证号{ID[:9]}\n{ID[9:]}",), 1),                               # … anywhere: it is no column gap
    ((f"{G[0]} \n {G[1]}-{G[2]}",), 1),                                  # mixed with a space and a hyphen
    ((f"序号\t姓名\t身份证号", f"1\t张三\t{G[0]}\t{G[1]}\t{G[2]}", "2\t李四\t无"), 1),  # more fields than the header
    # not joined
    ((f"身份证号{ID[:9]}\t{ID[9:]}",), 0),                               # 9-9 across a tab: not how an ID is grouped
    ((f"地区\t出生\t顺序", f"{G[0]}\t{G[1]}\t{G[2]}"),  0),               # three columns of a tab table (as many fields as its header)
    ((f"{G[0]}\t{G[1]}\t{G[2]}", "110101\t20260101\t0001"), 0),          # … or as the row below
    ((f"身份证号{BAD[:6]}\n{BAD[6:14]}\n{BAD[14:]}",), 0),                # check character wrong
    (("电话13912345678\n1970012058",), 0),                                # a mobile on its line, then a number
    (("2026\n11\n02\n19700120\n5822",), 0),                               # line-broken small numbers
    ((f"身份证号{G[0]}", f"{G[1]}{G[2]}"), 0),                           # two blocks (paragraphs) are no line break
])
def test_id_split_by_a_tab_or_a_line_break(run_check, items, n):
    found = run_check("id_card", make_doc(*items))
    assert len(found) == n, [f.explanation for f in found]
    for f in found:
        assert f.evidence == ID[:6] + "********" + ID[-4:] and ID not in str(f.to_dict())


def test_a_tab_split_id_keeps_the_later_columns_headers(run_check):
    """Joining the groups changes no text: the mobile after the ID is still read under its own column."""
    rows = ("序号\t姓名\t身份证号\t联系电话", f"1\t张三\t{G[0]}\t{G[1]}\t{G[2]}\t13912345678")
    found = run_check("id_card", make_doc(*rows)) + run_check("mobile", make_doc(*rows))
    assert sorted(f.subtype for f in found) == ["id_card", "mobile"]

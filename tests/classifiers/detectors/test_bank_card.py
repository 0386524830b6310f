"""bank_card: Luhn 16–19 digits, context, and the ID-that-passes-Luhn trap."""

from __future__ import annotations

import pytest

from classifiers.detectors._scan import luhn_ok, valid_id
from samples.fake import Faker, id_check_digit

from helpers_detectors import make_doc

F = Faker(11)
CARD19 = F.bank_card(19)
CARD16 = F.bank_card(16)
SPACED = " ".join(CARD19[i:i + 4] for i in range(0, 19, 4))
BAD = CARD19[:-1] + str((int(CARD19[-1]) + 1) % 10)


def _id_passing_luhn() -> str:
    for k in range(100000):
        first = f"6405021980{1 + k // 28000:02d}{1 + (k // 1000) % 28:02d}{k % 1000:03d}"
        s = first + id_check_digit(first)
        if valid_id(s) and luhn_ok(s):
            return s
    raise AssertionError("no sample")


ID_LUHN = _id_passing_luhn()


@pytest.mark.parametrize(
    "items, n",
    [
        ((f"开户行：中国农业银行中卫分行，卡号：{CARD19}",), 1),
        ((f"银行卡号 {SPACED}",), 1),  # written in groups of four
        ((CARD16,), 1),  # 62 prefix + Luhn, no context
        (([("姓名", "银行卡号"), ("王伟", CARD19)],), 1),
        # traps
        ((f"卡号{BAD}",), 0),  # Luhn fails
        (("银行卡号6222********1234",), 0),  # masked
        ((f"身份证号{ID_LUHN}",), 0),  # an ID that passes Luhn is an ID
        ((f"合同编号{CARD19}",), 0),
        ((f"{CARD19}元",), 0),  # an amount
        ((f"收款单位：中卫市人力资源和社会保障局，开户行：中国银行中卫分行，账号：{CARD19}",), 0),  # the bureau's own account
        ((f"宁夏某某建设有限公司 开户行中国银行 账号{CARD19}",), 0),  # a firm's account: commercial, not personal
    ],
)
def test_bank_card_table(run_check, items, n):
    assert len(run_check("bank_card", make_doc(*items))) == n


def test_id_passing_luhn_is_reported_as_id(run_check):
    doc = make_doc(f"{ID_LUHN}")
    assert luhn_ok(ID_LUHN)
    assert run_check("bank_card", doc) == [] and len(run_check("id_card", doc)) == 1


def test_firm_account_goes_to_commercial_secret(run_check):
    (f,) = run_check("commercial_secret", make_doc(f"宁夏某某建设有限公司 开户行中国银行 账号{CARD19}"))
    assert f.code == "COMMERCIAL_SECRET" and f.subtype == "firm_account" and CARD19 not in f.evidence

"""Evidence masking: nothing a report prints can rebuild a full ID, card or phone number."""

from __future__ import annotations

import re

import pytest

from classifiers.masking import context, is_masked, mask_address, mask_card, mask_email, mask_id, mask_name, mask_passport, mask_phone, redact


@pytest.mark.parametrize(
    "fn, value, expected",
    [
        (mask_id, "64050219900307123X", "640502********123X"),  # keeps region and last four, never the birth date
        (mask_id, "640502850307123", "640502*****7123"),
        (mask_card, "6222021234567890123", "6222***********0123"),
        (mask_phone, "13912345678", "139****5678"),
        (mask_email, "wangwei88@163.com", "w***@163.com"),
        (mask_name, "王伟", "王*"),
        (mask_name, "张晓明", "张*明"),
        (mask_passport, "E12345678", "E1*****78"),
        (mask_address, "中卫市沙坡头区鼓楼西街12号3栋2单元402室", "中卫市沙坡头区鼓楼西街**号*栋*单元***室"),
    ],
)
def test_masks(fn, value, expected):
    assert fn(value) == expected


def test_id_mask_hides_the_birth_date():
    assert "19900307" not in mask_id("64050219900307123X")


def test_context_scrubs_other_numbers_around_the_match():
    text = "王伟 640502199003071234 电话13912345678"
    s = text.index("6405")
    out = context(text, s, s + 18, mask_id(text[s:s + 18]))
    assert "【640502********1234】" in out and "13912345678" not in out


@pytest.mark.parametrize("text", ["卡号6222021234567890123", "身份证640502199003071234", "手机13912345678"])
def test_redact_leaves_no_long_digit_run(text):
    assert not re.search(r"\d{8,}", redact(text))


def test_is_masked():
    assert is_masked("139****5678") and is_masked("640502＊＊＊＊1234") and not is_masked("13912345678")


@pytest.mark.parametrize("text, out", [
    ("身份证号640522\n19700120\n5822。", "身份证号640522********5822。"),  # Shift+Enter inside a number
    ("640522197\n001205822", "640522********5822"),
    ("编号 12\n640522 \n19700120\n5822\n13", "编号 12\n640522********5822\n13"),
    ("640522\n19700120\n5823", "640522\n19700120\n5823"),  # check character wrong: a line-broken number stays
    ("2026\n11\n02\n12345678", "2026\n11\n02\n12345678"),
])
def test_mask_text_joins_an_id_a_line_break_splits(text, out):
    from classifiers.masking import mask_text

    assert mask_text(text) == out and mask_text(out) == out

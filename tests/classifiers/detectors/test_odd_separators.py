"""The fast test for a separator between digits (``_separators._odd_between_digits``) says what the pattern it gates says."""

from __future__ import annotations

import random

from classifiers.detectors._separators import _ODD_SEP, _ODD_SEPS, _odd_between_digits


def test_the_fast_test_agrees_with_the_pattern_on_random_text():
    rng = random.Random(6)
    alphabet = list("0123456789０５年月日号 -.，。的是") + list(_ODD_SEPS) + list("\u2063\u202e\u0301\ufe0f\u3164")
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert _odd_between_digits(text) == (_ODD_SEP.search(text) is not None), repr(text)


def test_a_signature_aligned_with_ideographic_spaces_is_no_number():
    assert not _odd_between_digits("中卫市人力资源和社会保障局　　2026年11月20日")
    assert _odd_between_digits("身份证号640522\u300019700120\u30005822")


def test_invisible_characters_between_the_groups_are_read_as_spaces():
    # an independent red-team's finding: U+2063 (invisible separator) and its kin hid an ID, a card and a phone number
    from classifiers.masking import mask_text

    for sep in ("\u2063", "\u2062\u2064", "\u202a", "\u2066", "\u061c", "\u180e", "\u034f", "\ufe0f", "\u3164",
                "\u0085", "\u007f", "\u0301\u0301\u0301",
                # a second red-team pass: the quads, the ogham space, line and paragraph separators, deprecated format
                # controls, annotation marks, tag characters, supplementary and Mongolian variation selectors
                "\u2000", "\u2001", "\u1680", "\u2028", "\u2029", "\u206a", "\ufff9", "\U000e0001", "\U000e0041",
                "\U000e0100", "\u180b"):
        phone = f"139{sep}1234{sep}5678"
        assert _odd_between_digits(f"联系人：{phone}。"), repr(sep)
        assert "1234" not in mask_text(f"联系人：{phone}。") or "5678" not in mask_text(f"联系人：{phone}。"), repr(sep)
    assert "1949" not in mask_text("身份证号110105\u206319491231\u2063002X")
    assert "0013" not in mask_text("手机 138    0013    8000"), "four spaces between the groups, as the detector reads it"


def test_a_number_after_another_group_is_masked_too():
    # a third red-team pass: "分机 12 139 1234 5678" joined to 15 digits and no group alone was a number, so a reviewer's
    # override reason kept the phone in full
    from classifiers.masking import mask_text

    assert mask_text("5 139 1234 5678") == "5 139****5678"
    assert mask_text("分机 12 139 1234 5678") == "分机 12 139****5678"
    assert mask_text("0 139-1234-5678") == "0 139****5678"
    assert mask_text("2024 12 31 100") == "2024 12 31 100", "a date and a count are no number to mask"

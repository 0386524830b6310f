"""The fast test for a separator between digits (``_separators._odd_between_digits``) says what the pattern it gates says."""

from __future__ import annotations

import random

from classifiers.detectors._separators import _ODD_SEP, _ODD_SEPS, _odd_between_digits


def test_the_fast_test_agrees_with_the_pattern_on_random_text():
    rng = random.Random(6)
    alphabet = list("0123456789０５年月日号 -.，。的是") + list(_ODD_SEPS)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert _odd_between_digits(text) == (_ODD_SEP.search(text) is not None), repr(text)


def test_a_signature_aligned_with_ideographic_spaces_is_no_number():
    assert not _odd_between_digits("中卫市人力资源和社会保障局　　2026年11月20日")
    assert _odd_between_digits("身份证号640522\u300019700120\u30005822")

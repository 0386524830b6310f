"""The shared word pass (``_words``): every family's words found, in the order the passes read them."""

from __future__ import annotations

from classifiers.detectors import _words
from classifiers.detectors import name  # noqa: F401  (registers every family through the detector modules)


def _brute(text: str, family: str) -> list[tuple[int, str]]:
    out = []
    for w in _words._FAMILIES[family]:
        k = text.find(w)
        while k >= 0:
            out.append((k + len(w) - 1, w))
            k = text.find(w, k + 1)
    return sorted(out, key=lambda h: (h[0], -len(h[1])))


def test_every_family_in_order_of_end_longer_first():
    # words that end together and hold one another (户籍所在地 / 所在地 …), side by side and overlapping
    words = sorted({w for ws in _words._FAMILIES.values() for w in ws})
    text = "，".join(words) + "\n" + "".join(words) + "\n申请人张三同志本人身份证号码，户籍所在地某市，有限公司营业收入3000万元"
    found, _ = _words.find_in(text)
    for fam in _words._FAMILIES:
        assert found[fam] == _brute(text, fam), fam


def test_translated_characters_flagged():
    assert _words.find_in("电话１３９")[1] is True
    assert _words.find_in("电话139")[1] is False

"""``canon`` (NFKC plus the CJK colons) takes a fast path for the usual 公文 line; it must give exactly
what the full normalisation gives, whatever the line holds."""

from __future__ import annotations

import random
import unicodedata

from extractors.canon import _CANON, canon


def _slow(s: str) -> str:
    return unicodedata.normalize("NFKC", s).translate(_CANON)


def test_canon_is_nfkc_with_the_colons_on_awkward_lines():
    lines = [
        "公开方式：主动公开", "（此件公开发布）", "附件１：名单", "Ａ\u0301ＢＣ", "ｅ\u0308", "时间∶２０２６", "比例꞉3", "小﹕冒号", "竖︰排",
        "不\xa0间断", "全角\u3000空格", "㈠㈡①", "ﬁ合字", "😀表情", "ｶﾀｶﾅ", "\u212b", "", " ", "x" * 600 + "：",
    ]
    for s in lines:
        assert canon(s) == _slow(s), s


def test_canon_matches_on_random_mixtures():
    r = random.Random(5)
    alphabet = "公开方式：（）()，。；！？ＡＢａｂ０１２３\u3000\xa0\u0301\u0308∶꞉﹕︰㈠①ﬁ😀ｶﾞ abc:"
    for _ in range(3000):
        s = "".join(r.choice(alphabet) for _ in range(r.randint(0, 40)))
        assert canon(s) == _slow(s), repr(s)


def test_canon_lines_is_canon_of_each_line():
    """Lines canonicalised together (one pass over the document) are what each gives alone."""
    from extractors.canon import canon_lines

    r = random.Random(3)
    pool = ["公开方式：主动公开", "（此件公开发布）", "附件１：名单", "\u0301起首组合符", "ｅ\u0308", "时间∶２０２６", "全角\u3000空格",
            "ﬁ合字", "普通的一行正文。", "", " ", "\u212b", "e", "\u0308"]
    for _ in range(300):
        lines = [r.choice(pool) for _ in range(r.randint(0, 6))]
        assert canon_lines(lines) == [canon(x) for x in lines]

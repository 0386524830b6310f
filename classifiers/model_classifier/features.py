"""Text → tokens for the attribute model, identical at training and at audit time.

Tokens are character unigrams and bigrams plus words. The words are found by forward maximum
matching over a word list that training builds with jieba (its dictionary plus the 公文 user
dictionary ``userdict.txt``) and stores in the model file, so the audit needs neither jieba nor its
1-second dictionary load (perf-limits.md) and still sees the same words training saw.

The 公开属性 marking itself (（此件公开发布）, 公开方式：…) is removed before tokenising: the model
must judge the content, not read the label back.
"""

from __future__ import annotations

import re

MARKING_RE = re.compile(
    r"（此件[^）\n]{0,16}）|\(此件[^)\n]{0,16}\)|此件[^，。\n]{0,12}公开[^，。\n]{0,6}|公开(?:方式|属性|类型)[：:]\S{0,8}"
    r"|主动公开|依申请公开|不予公开|免予公开|不公开"
)
_DIGITS = re.compile(r"[0-9０-９]+")
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Drop the attribute marking, fold every number to 0, squeeze white space."""
    text = MARKING_RE.sub(" ", text)
    text = _DIGITS.sub("0", text)
    return _SPACE.sub(" ", text).strip()


def char_ngrams(text: str) -> list[str]:
    """Unigrams and bigrams of non-space characters (a space breaks a bigram)."""
    out = [c for c in text if c != " "]
    out += [a + b for a, b in zip(text, text[1:]) if a != " " and b != " "]
    return out


def fmm_words(text: str, words: frozenset[str], max_len: int) -> list[str]:
    """Forward maximum matching over ``words``; only multi-character words are returned."""
    out = []
    i, n = 0, len(text)
    while i < n:
        for L in range(min(max_len, n - i), 1, -1):
            w = text[i:i + L]
            if w in words:
                out.append("w:" + w)
                i += L
                break
        else:
            i += 1
    return out


class Analyzer:
    """Callable token analyzer (used by sklearn's vectorizer when training, by numpy at audit)."""

    def __init__(self, words: frozenset[str] | set[str] | tuple[str, ...] = ()):
        self.words = frozenset(words)
        self.max_len = max((len(w) for w in self.words), default=1)

    def __call__(self, text: str) -> list[str]:
        t = normalize(text)
        return char_ngrams(t) + (fmm_words(t, self.words, self.max_len) if self.words else [])

"""Texts → the model's feature columns in one vectorised pass (numpy + one Aho–Corasick scan).

``features.Analyzer`` is the reference tokenizer (what scikit-learn counted at training time), but
it builds a Python list of every unigram, bigram and word, about three objects a character: on a
1 MB document that is most of the audit. This module finds the same tokens without building them:

* the texts are joined with a sentinel (``\\x00`` between new lines, which neither the marking
  pattern nor the digit folding can cross) and normalised once, as ``features.normalize`` does,
  except that white space is kept as it is — every white-space character breaks a token, so
  squeezing runs of it changes nothing that is counted;
* the characters become code points (``np.frombuffer`` over UTF-32), then ids of the characters
  the vocabulary uses (0 for any other: white space, the sentinel, a character no term holds);
  unigram columns are a table lookup by id, bigram columns a lookup in a (ids × ids) table — plain
  array indexing, no hashing and no search;
* the words come from one leftmost-longest Aho–Corasick pass over the same normalised text: at the
  first position where any word starts it takes the longest word starting there, which is exactly
  ``features.fmm_words``; the sentinel is a pattern of its own, so the matches split back into texts.

The result is, for every token, (index of the text it is in, column), in the reference tokenizer's
order (unigrams, bigrams, words, each by position). Counting per text gives exactly
``Counter(analyzer(text))`` restricted to the vocabulary — the tests hold it to that on the corpus
and on random text.
"""

from __future__ import annotations

import numpy as np

from .features import _DIGITS, MARKING_RE

_SENTINEL = "\x00"
_JOIN = "\n" + _SENTINEL + "\n"
_CODE_POINTS = 0x110000


class Columns:
    """The vocabulary of a model, laid out for vectorised lookup."""

    def __init__(self, terms: tuple[str, ...], words: frozenset[str], idf: np.ndarray | None = None):
        """``idf`` (of ``terms``), when given, orders the character ids by how common each character is (its
        unigram's idf, least first): the cells of the (ids × ids) table that ordinary text reads then lie in
        its first rows and columns, a few hundred kilobytes that stay in cache instead of a scatter over
        megabytes (the passage model's table is 1,935² cells)."""
        grams = [(i, t) for i, t in enumerate(terms) if len(t) <= 2]  # a word is "w:" and two or more characters
        chars = sorted({c for _, t in grams for c in t})
        if idf is not None:
            common = {t: float(idf[i]) for i, t in grams if len(t) == 1}
            chars.sort(key=lambda c: (c not in common, common.get(c, 0.0), c))
        self.k = k = len(chars) + 1  # id 0: a character no term holds
        self.char_id = np.zeros(_CODE_POINTS, dtype=np.int16 if k < 2**15 else np.int32)
        self.char_id[[ord(c) for c in chars]] = np.arange(1, k)
        self.size = len(terms)
        # the (ids × ids) table in the fewest bytes that hold a column and the two spare bins
        small = np.uint16 if self.size + 2 < 2**16 else np.int32
        self.unigram = np.full(k, self.size, dtype=small)
        self.bigram = np.full(k * k, self.size, dtype=small)
        for i, t in grams:
            ids = [int(self.char_id[ord(c)]) for c in t]
            if len(ids) == 1:
                self.unigram[ids[0]] = i
            else:
                self.bigram[ids[0] * k + ids[1]] = i
        self.words = sorted(w for w in words if len(w) >= 2)  # fmm_words never returns a one-character word
        known = {t[2:]: i for i, t in enumerate(terms) if t.startswith("w:") and len(t) > 2}
        #: every pattern of the automaton → its column; the spare bin ``size`` for a word the vocabulary
        #: dropped, a second one (``size + 1``) for the sentinel, which splits the words back into texts
        self.word_col = {w: known.get(w, self.size) for w in self.words}
        self.word_col[_SENTINEL] = self.size + 1
        self._ac = None

    def _automaton(self):
        if self._ac is None:
            import ahocorasick_rs

            # the automaton keeps the pattern strings (store_patterns) and returns a match as the very pattern
            # object, a key of ``word_col`` with its hash cached: no tuple of offsets per match, no new string
            self._ac = ahocorasick_rs.AhoCorasick(list(self.word_col), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                                  store_patterns=True)
        return self._ac

    def of(self, texts: list[str], *, segments: bool = True,
           norms: dict[str, str] | None = None) -> tuple[np.ndarray | None, np.ndarray]:
        """(text index, column) of every token of ``texts``, as two int64 arrays; a token the vocabulary
        does not know has column ``self.size`` or ``self.size + 1`` (spare bins: counting needs no filtering).
        ``segments=False`` leaves the text index out (None): the document's reading needs only columns.
        ``norms`` (text → ``normalised(text)``) is read text by text, the texts it lacks filled in one pass
        (``fill``): the attribute model and the passage model read the same paragraphs of a document, and one
        dict per document normalises each once."""
        if norms is None:
            joined = _JOIN.join(t.replace(_SENTINEL, " ") if _SENTINEL in t else t for t in texts)
            norm = _DIGITS.sub("0", MARKING_RE.sub(" ", joined))
        else:
            # neither pattern crosses a line break, so the joined texts normalise text by text to the same string
            missing = [t for t in texts if t not in norms]
            if missing:
                fill(norms, missing)
            norm = _JOIN.join([norms[t] for t in texts])
        cp = np.frombuffer(norm.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        ids = self.char_id[cp].astype(np.int32)
        parts = [self.unigram[ids], self.bigram[ids[:-1] * self.k + ids[1:]]]
        wcol = None
        if self.words:
            found = self._automaton().find_matches_as_strings(norm)
            wcol = np.fromiter(map(self.word_col.__getitem__, found), dtype=np.int64, count=len(found))
            parts.append(wcol)
        cols = np.concatenate(parts).astype(np.int64, copy=False)
        if not segments:
            return None, cols
        seg = np.cumsum(cp == 0)
        segs = [seg, seg[:-1]] + ([np.cumsum(wcol == self.size + 1)] if wcol is not None else [])
        return np.concatenate(segs), cols


def fill(norms: dict[str, str], texts: list[str]) -> None:
    """``norms[t] = normalised(t)`` for every text of ``texts``: the marking pattern on the few texts that can hold
    a marking (every one holds 此件 or 公开), the digit pattern in one pass over the texts joined (a regular
    expression's call costs as much as a short paragraph's scan). The digit pattern does not cross a line break
    and no text holds the sentinel once it is made a space, so the joined result splits back at the joins."""
    parts = [normalised_marking(t) for t in texts]
    norms.update(zip(texts, _DIGITS.sub("0", _JOIN.join(parts)).split(_JOIN)))


def normalised_marking(text: str) -> str:
    """``text`` with the sentinel made a space and the marking removed (digits not yet folded)."""
    if _SENTINEL in text:
        text = text.replace(_SENTINEL, " ")
    if "公开" in text or "此件" in text:
        text = MARKING_RE.sub(" ", text)
    return text


def normalised(text: str) -> str:
    """One text as ``Columns.of`` normalises it: the sentinel made a space, the marking removed, digits folded.
    Every marking pattern holds 此件 or 公开, so a text with neither is not searched for one."""
    return _DIGITS.sub("0", normalised_marking(text))


def counted(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(key, return_counts=True)`` without its generality: one in-place sort, the run starts, their lengths."""
    key = np.sort(key)
    if not len(key):
        return key, np.zeros(0, np.int64)
    starts = run_starts(key)
    counts = np.empty(len(starts), np.int64)
    counts[:-1] = starts[1:]
    counts[-1] = len(key)
    counts -= starts
    return key[starts], counts


def run_starts(a: np.ndarray) -> np.ndarray:
    """Where each run of equal values of the non-empty sorted ``a`` starts."""
    new = np.empty(len(a), bool)
    new[0] = True
    np.not_equal(a[1:], a[:-1], out=new[1:])
    return np.flatnonzero(new)

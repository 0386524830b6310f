"""The passage model at audit time: every paragraph of a document scored in one pass, numpy only.

Training (``training``) fits TF-IDF + multinomial logistic regression with scikit-learn over the
attribute model's tokens (``model_classifier.features.Analyzer``: character unigrams and bigrams
plus jieba-derived words found by forward maximum matching). Calling that analyzer paragraph by
paragraph is a Python loop over every character; here the same tokens are found for all paragraphs
at once:

* the normalised paragraphs are joined with ``\\0`` and read as one array of code points;
* unigrams and bigrams (a pair key ``a << 21 | b``) are looked up in sorted key arrays with
  ``np.searchsorted`` — a space or the ``\\0`` separator breaks a bigram, as in ``char_ngrams``;
* words are found by one leftmost-longest Aho–Corasick pass (``ahocorasick_rs``), which is forward
  maximum matching: at the first position where a word starts, the longest word there;
* (paragraph, feature) counts by ``np.unique``, sublinear tf · idf, l2 norm per paragraph, and the
  decision function of all paragraphs as per-class weighted ``np.bincount`` s — one sparse product.

The arithmetic is scikit-learn's (``TfidfVectorizer(sublinear_tf=True, norm="l2")`` then
``LogisticRegression.predict_proba``: a softmax of the decision function), so the probabilities
equal scikit-learn's to float64 rounding (``tests/classifiers/test_passage_model.py``).
"""

from __future__ import annotations

import json
import re
from itertools import chain
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..model_classifier.features import _DIGITS, MARKING_RE, normalize

_SEP = "\x00"
#: Terms worth showing a clerk: words and bigrams of Chinese characters (not "，内" or "0月").
_READABLE = re.compile(r"^[\u3400-\u9fff]{2,}$")
_SHIFT = np.uint64(21)  # code points are < 2**21


@dataclass(frozen=True)
class PassageScores:
    """Class probabilities of a batch of paragraphs: ``proba[i, k]`` for paragraph i and class k."""

    classes: tuple[str, ...]
    proba: np.ndarray  # (paragraphs, classes)
    rows: np.ndarray  # (nnz,) paragraph of each non-zero feature
    feats: np.ndarray  # (nnz,) feature index
    vals: np.ndarray  # (nnz,) normalised tf-idf value

    def label(self, i: int) -> tuple[str, float]:
        """The winning class of paragraph ``i`` and its probability."""
        k = int(np.argmax(self.proba[i]))
        return self.classes[k], float(self.proba[i, k])

    def non_public(self, i: int, public: str = "public") -> tuple[str, float, float]:
        """(likeliest non-public class, its probability, the probability of all non-public classes together).

        The finding threshold is on the sum: a paragraph the model splits between ``internal`` and
        ``secret`` is still confidently not public.
        """
        row = self.proba[i].copy()
        k_pub = self.classes.index(public)
        mass = 1.0 - float(row[k_pub])
        row[k_pub] = -1.0
        k = int(np.argmax(row))
        return self.classes[k], float(row[k]), mass


@dataclass(frozen=True)
class PassageModel:
    """The exported arrays: vocabulary split into unigram / bigram / word keys, idf, weights."""

    terms: tuple[str, ...]
    idf: np.ndarray
    coef: np.ndarray  # (classes, features)
    intercept: np.ndarray
    classes: tuple[str, ...]
    words: tuple[str, ...]
    meta: dict
    uni_keys: np.ndarray
    uni_ids: np.ndarray
    bi_keys: np.ndarray
    bi_ids: np.ndarray
    word_ids: np.ndarray  # feature of each word of the word list, -1 when not in the vocabulary
    automaton: object

    @classmethod
    def from_arrays(cls, z) -> "PassageModel":
        """Build from the model file's arrays (an ``np.load`` result or a dict)."""
        import ahocorasick_rs

        terms = tuple(str(z["terms"]).split("\n"))  # one string each: an array of 28k short strings loads 8x slower
        words = tuple(w for w in str(z["words"]).split("\n") if len(w) >= 2 and _SEP not in w)
        index = {t: i for i, t in enumerate(terms)}
        uni = sorted((ord(t), i) for t, i in index.items() if len(t) == 1)
        bi = sorted(((ord(t[0]) << 21) | ord(t[1]), i) for t, i in index.items() if len(t) == 2 and not t.startswith("w:"))
        return cls(
            terms=terms, idf=np.asarray(z["idf"], dtype=np.float64), coef=np.asarray(z["coef"], dtype=np.float64),
            intercept=np.asarray(z["intercept"], dtype=np.float64), classes=tuple(z["classes"].tolist()), words=words,
            meta=json.loads(str(z["meta"])),
            uni_keys=np.array([k for k, _ in uni], dtype=np.uint32), uni_ids=np.array([i for _, i in uni], dtype=np.int64),
            bi_keys=np.array([k for k, _ in bi], dtype=np.uint64), bi_ids=np.array([i for _, i in bi], dtype=np.int64),
            word_ids=np.array([index.get("w:" + w, -1) for w in words], dtype=np.int64),
            automaton=ahocorasick_rs.AhoCorasick(list(words), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                                 implementation=ahocorasick_rs.Implementation.DFA) if words else None,
        )

    @classmethod
    def load(cls, path) -> "PassageModel":
        """Load the ``.npz`` model file (a path or a file object)."""
        with np.load(path, allow_pickle=False) as z:
            return cls.from_arrays(z)

    # --- features -------------------------------------------------------------------------------

    def features(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows, feature ids, l2-normalised tf-idf values) of ``texts``, all at once."""
        n = len(texts)
        big = _normalize_all(texts)
        if not big.strip(_SEP):
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        cp = np.frombuffer(big.encode("utf-32-le"), dtype=np.uint32)
        ok = (cp != 32) & (cp != 0)
        row_of = np.cumsum(cp == 0)  # the paragraph each character belongs to
        rows, feats = [], []
        r, f = _lookup(self.uni_keys, self.uni_ids, cp, ok)
        rows.append(row_of[r]), feats.append(f)
        pair = (cp[:-1].astype(np.uint64) << _SHIFT) | cp[1:].astype(np.uint64)
        r, f = _lookup(self.bi_keys, self.bi_ids, pair, ok[:-1] & ok[1:])
        rows.append(row_of[r]), feats.append(f)
        if self.automaton is not None:
            found = self.automaton.find_matches_as_indexes(big)
            if found:
                m = np.fromiter(chain.from_iterable(found), dtype=np.int64, count=3 * len(found)).reshape(-1, 3)
                ids = self.word_ids[m[:, 0]]
                keep = ids >= 0
                rows.append(row_of[m[keep, 1]]), feats.append(ids[keep])
        row = np.concatenate(rows)
        feat = np.concatenate(feats)
        F = len(self.terms)
        key, counts = np.unique(row * F + feat, return_counts=True)
        row, feat = key // F, key % F
        val = (1.0 + np.log(counts)) * self.idf[feat]
        norms = np.sqrt(np.bincount(row, weights=val * val, minlength=n))
        val = val / np.where(norms > 0, norms, 1.0)[row]
        return row, feat, val

    def score(self, texts: list[str]) -> PassageScores:
        """Class probabilities of every text in ``texts`` (one sparse product for the batch)."""
        n = len(texts)
        row, feat, val = self.features(texts)
        decision = np.tile(self.intercept, (n, 1))
        if len(row):
            # rows are sorted, so each paragraph's features are one run: sum the runs in one reduceat
            starts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
            decision[row[starts]] += np.add.reduceat(self.coef[:, feat] * val, starts, axis=1).T
        decision -= decision.max(axis=1, keepdims=True)
        e = np.exp(decision)
        return PassageScores(self.classes, e / e.sum(axis=1, keepdims=True), row, feat, val)

    def top_terms(self, scores: PassageScores, i: int, cls: str, top: int = 5) -> tuple[tuple[str, float], ...]:
        """The words and bigrams that pushed paragraph ``i`` most towards ``cls`` (single characters,
        punctuation and digits say little to a clerk)."""
        k = self.classes.index(cls)
        a, b = np.searchsorted(scores.rows, (i, i + 1))  # rows are sorted (np.unique over row · F + feature)
        feats, vals = scores.feats[a:b], scores.vals[a:b]
        # relative to the mean of the classes: what sets this class apart, not what every class shares
        w = self.coef[k, feats] - self.coef[:, feats].mean(axis=0)
        contrib = w * vals
        merged: dict[str, float] = {}
        for j in np.argsort(-contrib):
            if contrib[j] <= 0 or len(merged) >= top:
                break
            term = self.terms[feats[j]].removeprefix("w:")
            if len(term) >= 2 and _READABLE.match(term):
                merged[term] = merged.get(term, 0.0) + float(contrib[j])
        return tuple((t, round(v, 4)) for t, v in merged.items())


_SPACE_RUN = re.compile(r"\s+")
_BOUNDARY = re.compile(r"[^\S\n]*\n[^\S\n]*")


def _normalize_all(texts: list[str]) -> str:
    """``features.normalize`` of every text, joined by ``\\0`` — in three regex passes over the whole batch.

    The marking and digit patterns never match across a line break, so running them over the texts
    joined by ``\\n`` changes nothing; then each break (and the white space around it) becomes the
    separator and the remaining white space is squeezed, as ``normalize`` strips and squeezes each
    text. Texts that hold a line break themselves are normalised one by one.
    """
    clean = [t.replace(_SEP, " ") for t in texts]
    if any("\n" in t for t in clean):
        return _SEP.join(normalize(t) for t in clean)
    big = "\n".join(clean)
    big = _DIGITS.sub("0", MARKING_RE.sub(" ", big))
    return _SPACE_RUN.sub(" ", _BOUNDARY.sub(_SEP, big)).strip(" ")


def _lookup(keys: np.ndarray, ids: np.ndarray, query: np.ndarray, ok: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(positions in ``query``, feature ids) of the query keys found in sorted ``keys``."""
    if len(keys) == 0 or len(query) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    pos = np.searchsorted(keys, query)
    pos[pos == len(keys)] = 0
    hit = ok & (keys[pos] == query)
    where = np.nonzero(hit)[0]
    return where, ids[pos[where]]


def load_file(path: str | Path) -> PassageModel:
    """The model file at ``path``."""
    return PassageModel.load(path)

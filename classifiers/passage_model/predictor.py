"""The passage model at audit time: every paragraph of a document scored in one pass, numpy only.

Training (``training``) fits TF-IDF + multinomial logistic regression with scikit-learn over the
attribute model's tokens (``model_classifier.features.Analyzer``: character unigrams and bigrams
plus jieba-derived words found by forward maximum matching). Calling that analyzer paragraph by
paragraph is a Python loop over every character; here the same tokens are found for all paragraphs
at once:

* the tokens are the attribute model's vectorised pass (``model_classifier.columns.Columns``, over
  this model's own vocabulary): the paragraphs joined with a sentinel and normalised once, code
  points → character ids → table look-ups for the unigram and bigram columns, one leftmost-longest
  Aho–Corasick pass for the words (forward maximum matching), each token tagged with its paragraph;
* (paragraph, feature) counts by one sort (``columns.counted``), sublinear tf · idf, l2 norm per paragraph,
  and the decision function of all paragraphs as one gather of weight rows (``np.take``) and one
  ``np.add.reduceat`` — one sparse product.

The arithmetic is scikit-learn's (``TfidfVectorizer(sublinear_tf=True, norm="l2")`` then
``LogisticRegression.predict_proba``: a softmax of the decision function), so the probabilities
equal scikit-learn's to float64 rounding (``tests/classifiers/test_passage_model.py``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..model_classifier.columns import Columns, counted as _counted, run_starts as _run_starts

_SEP = "\x00"
#: Terms worth showing a clerk: words and bigrams of Chinese characters (not "，内" or "0月").
_READABLE = re.compile(r"^[\u3400-\u9fff]{2,}$")


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
    columns: Columns  # the vocabulary laid out for table look-ups (``model_classifier.columns``)
    #: ``coef`` transposed, (features, classes), C-ordered: a feature's weights are one 40-byte row, so
    #: gathering a document's features touches one cache line each instead of one per class
    coef_t: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "coef_t", np.ascontiguousarray(self.coef.T))

    @classmethod
    def from_arrays(cls, z) -> "PassageModel":
        """Build from the model file's arrays (an ``np.load`` result or a dict)."""
        terms = tuple(str(z["terms"]).split("\n"))  # one string each: an array of 28k short strings loads 8x slower
        words = tuple(w for w in str(z["words"]).split("\n") if len(w) >= 2 and _SEP not in w)
        idf = np.asarray(z["idf"], dtype=np.float64)
        return cls(
            terms=terms, idf=idf, coef=np.asarray(z["coef"], dtype=np.float64),
            intercept=np.asarray(z["intercept"], dtype=np.float64), classes=tuple(z["classes"].tolist()), words=words,
            meta=json.loads(str(z["meta"])), columns=Columns(terms, frozenset(words), idf),
        )

    @classmethod
    def load(cls, path) -> "PassageModel":
        """Load the ``.npz`` model file (a path or a file object)."""
        with np.load(path, allow_pickle=False) as z:
            return cls.from_arrays(z)

    # --- features -------------------------------------------------------------------------------

    def features(self, texts: list[str], norms: dict[str, str] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows, feature ids, l2-normalised tf-idf values) of ``texts``, all at once (``norms``: see
        ``model_classifier.columns.Columns.of``)."""
        n = len(texts)
        if not n:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        seg, cols = self.columns.of(texts, norms=norms)
        F = len(self.terms)
        # (text, column) packed as text << shift | column: sorted in the same order as text * F + column, and split
        # back by a shift and a mask (an integer division of every key: 7 µs a 4 KB document, against 2)
        shift = F.bit_length()
        known = cols < F  # the spare columns: a word the vocabulary dropped, the sentinel between texts
        key = (seg[known] << shift) | cols[known]
        if (n << shift) < 2**31:
            key = key.astype(np.int32)  # half the bytes to sort: the counting sort of a document is a third faster
        key, counts = _counted(key)
        key = key.astype(np.int64, copy=False)
        row, feat = key >> shift, key & ((1 << shift) - 1)
        val = (1.0 + np.log(counts)) * self.idf[feat]
        norms = np.sqrt(np.bincount(row, weights=val * val, minlength=n))
        val = val / np.where(norms > 0, norms, 1.0)[row]
        return row, feat, val

    def score(self, texts: list[str], norms: dict[str, str] | None = None) -> PassageScores:
        """Class probabilities of every text in ``texts`` (one sparse product for the batch)."""
        n = len(texts)
        row, feat, val = self.features(texts, norms)
        decision = np.empty((n, len(self.intercept)))
        decision[:] = self.intercept
        if len(row):
            # rows are sorted, so each paragraph's features are one run: sum the runs in one reduceat
            starts = _run_starts(row)
            # np.take gathers whole rows (a fancy index copies them element by element, four times slower)
            w = np.take(self.coef_t, feat, axis=0)
            w *= val[:, None]
            decision[row[starts]] += np.add.reduceat(w, starts, axis=0)
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


def load_file(path: str | Path) -> PassageModel:
    """The model file at ``path``."""
    return PassageModel.load(path)

"""The attribute model at audit time: numpy only, loaded from one ``.npz`` in milliseconds.

Importing scikit-learn costs 1.1–1.6 s and ``joblib.load`` another 0.4 s (perf-limits.md); the
fitted TF-IDF + calibrated linear model is therefore exported as arrays (vocabulary, idf,
coefficients, the per-class sigmoid calibrators) and evaluated here with the same arithmetic
scikit-learn uses: sublinear tf · idf, l2 norm, decision function, sigmoid per class, normalised.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .columns import Columns, counted
from .features import Analyzer


def _sigmoid(x: float) -> float:
    """1 / (1 + e^x), 0 where e^x overflows (as numpy's inf gives)."""
    try:
        return 1.0 / (1.0 + math.exp(x))
    except OverflowError:
        return 0.0


@dataclass(frozen=True)
class Prediction:
    """Class probabilities for one text, the winner and the tokens that pushed it most."""

    label: str
    confidence: float
    probabilities: tuple[tuple[str, float], ...]
    top_terms: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class Reading:
    """A document's reading by ``LinearModel.read_columns``: the winner and its probability, explained on demand."""

    model: "LinearModel"
    idx: np.ndarray
    val: np.ndarray
    proba: np.ndarray
    label: str
    confidence: float

    @property
    def probabilities(self) -> tuple[tuple[str, float], ...]:
        return tuple((c, float(p)) for c, p in zip(self.model.classes, self.proba))

    def prediction(self, top: int = 6) -> Prediction:
        """The full ``Prediction``, with the ``top`` words that pushed the winner most."""
        return self.model._prediction(self.idx, self.val, self.proba, top)


@dataclass(frozen=True)
class LinearModel:
    """TF-IDF vocabulary and a calibrated linear classifier, as arrays."""

    vocabulary: dict
    idf: np.ndarray
    coef: np.ndarray  # (classes, features)
    intercept: np.ndarray
    cal_a: np.ndarray
    cal_b: np.ndarray
    classes: tuple[str, ...]
    analyzer: Analyzer
    terms: tuple[str, ...]
    meta: dict
    columns: Columns = field(init=False, repr=False, compare=False)
    #: ``coef`` transposed, (features, classes), C-ordered: gathering a feature's row is one short copy
    coef_t: np.ndarray = field(init=False, repr=False, compare=False)
    #: each feature as a clerk reads it (a word without its ``w:``)
    shown: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", Columns(self.terms, self.analyzer.words, self.idf))
        object.__setattr__(self, "coef_t", np.ascontiguousarray(self.coef.T))
        object.__setattr__(self, "shown", tuple(t.removeprefix("w:") for t in self.terms))

    @classmethod
    def load(cls, path: str | Path) -> "LinearModel":
        with np.load(path, allow_pickle=False) as z:
            terms = tuple(z["terms"].tolist())
            return cls(
                vocabulary={t: i for i, t in enumerate(terms)}, idf=z["idf"].astype(np.float64),
                coef=z["coef"].astype(np.float64), intercept=z["intercept"].astype(np.float64),
                cal_a=z["cal_a"].astype(np.float64), cal_b=z["cal_b"].astype(np.float64),
                classes=tuple(z["classes"].tolist()), analyzer=Analyzer(z["words"].tolist()), terms=terms,
                meta=json.loads(str(z["meta"])),
            )

    def tokens(self, texts: list[str], *, segments: bool = True,
               norms: dict[str, str] | None = None) -> tuple[np.ndarray | None, np.ndarray]:
        """(index of the text, feature column) of every token of ``texts``: one pass, to be shared by the
        document's reading (``predict_columns``) and its paragraphs' (``probabilities_of``, which needs
        ``segments``). See ``columns.Columns.of`` (and its ``norms``)."""
        return self.columns.of(texts, segments=segments, norms=norms)

    def vector(self, text: str | list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(feature indices, tf-idf values, l2-normalised) of ``text`` (a list: of its texts read as one)."""
        return self._vector(self.columns.of(text if isinstance(text, list) else [text], segments=False)[1])

    def _vector(self, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        size = len(self.terms)
        # the features in the order the reference tokenizer first meets them (``cols`` keeps the token
        # order), so the sums and the order among exactly tied terms are the reference's: counts by one
        # bincount, each column's first position by one ``minimum.at``, and the tokens standing at their
        # column's first position, read in order, are the features in that order — no sort at all
        n = len(cols)
        if not n:
            return cols.astype(np.int64), np.zeros(0)
        counts = np.bincount(cols, minlength=size + 2)
        first = np.full(size + 2, n, dtype=np.intp)
        pos = np.arange(n)
        np.minimum.at(first, cols, pos)
        idx = cols[(first[cols] == pos) & (cols < size)]  # the spare bins (unknown tokens, the sentinel) are no feature
        if not len(idx):
            return idx.astype(np.int64), np.zeros(0)
        val = (1.0 + np.log(counts[idx])) * self.idf[idx]
        norm = math.sqrt(float(val @ val))
        return idx, (val / norm if norm else val)

    def predict(self, text: str | list[str], top: int = 6) -> Prediction:
        """The model's reading of ``text``; a list of texts is read as one text with a line between them
        (what ``check.document_text`` joins), without joining them."""
        return self.predict_columns(self.columns.of(text if isinstance(text, list) else [text], segments=False)[1], top)

    def predict_columns(self, cols: np.ndarray, top: int = 6) -> Prediction:
        """The reading of the tokens ``cols`` (from ``tokens``) taken together."""
        return self.read_columns(cols).prediction(top)

    def read_columns(self, cols: np.ndarray) -> "Reading":
        """The reading of the tokens ``cols`` before it is explained: label and probabilities at once, the words that
        pushed it (``Reading.prediction``) only when asked — a document whose reading raises nothing needs none."""
        idx, val = self._vector(cols)
        # the rows of the transposed weights by np.take (a fancy index copies element by element, four times slower),
        # seen as (classes, features) in the layout ``coef[:, idx]`` has (Fortran order), so the product sums alike
        decision = np.take(self.coef_t, idx, axis=0).T @ val + self.intercept
        proba = self._proba(decision)
        k = int(np.argmax(proba))
        return Reading(self, idx, val, proba, self.classes[k], float(proba[k]))

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """Class probabilities of each text, (len(texts), classes), in one vectorised pass."""
        segs, cols = self.tokens(texts)
        return self.probabilities_of(segs, cols, len(texts))

    def probabilities_of(self, segs: np.ndarray, cols: np.ndarray, n: int) -> np.ndarray:
        """Class probabilities of each of the ``n`` texts whose tokens ``tokens`` gave: counts per (text,
        column) by one sort, then tf-idf, l2 norm and the decision function summed per text with
        ``np.add.reduceat`` — no Python loop over the texts."""
        size = len(self.terms)
        shift = size.bit_length()  # (text, column) packed in one integer: text << shift | column
        known = cols < size
        keys = (segs[known] << shift) | cols[known]
        if (n << shift) < 2**31:
            keys = keys.astype(np.int32)  # half the bytes to sort on a long document
        u, cnt = counted(keys)  # np.unique(keys, return_counts=True), without its generality
        u = u.astype(np.int64)
        decision = np.tile(self.intercept, (n, 1))  # a text with no known token: the intercept alone
        if len(u):
            seg, col = u >> shift, u & ((1 << shift) - 1)
            val = (1.0 + np.log(cnt)) * self.idf[col]
            starts = np.flatnonzero(np.concatenate(([True], seg[1:] != seg[:-1])))
            norm = np.sqrt(np.add.reduceat(val * val, starts))
            sums = np.add.reduceat(np.take(self.coef_t, col, axis=0) * val[:, None], starts, axis=0)
            decision[seg[starts]] += sums / np.where(norm > 0, norm, 1.0)[:, None]
        return self._proba(decision)

    def _proba(self, decision: np.ndarray) -> np.ndarray:
        """Per-class sigmoid calibration, normalised to sum to one (rows of a 2-D ``decision`` each)."""
        if decision.ndim == 1:  # one text: three numbers, cheaper in plain floats than in numpy calls
            p = [_sigmoid(float(a) * float(d) + float(b)) for a, d, b in zip(self.cal_a, decision, self.cal_b)]
            s = sum(p)
            return np.array([x / s for x in p] if s > 0 else [1.0 / len(p)] * len(p))
        proba = 1.0 / (1.0 + np.exp(self.cal_a * decision + self.cal_b))
        s = proba.sum(axis=-1, keepdims=True)
        return np.where(s > 0, proba / np.where(s > 0, s, 1.0), 1.0 / proba.shape[-1])

    def _prediction(self, idx: np.ndarray, val: np.ndarray, proba: np.ndarray, top: int) -> Prediction:
        k = int(np.argmax(proba))
        contrib = self.coef[k, idx] * val
        # explain with words and bigrams (single characters say little); a word and the same bigram merge
        merged: dict[str, float] = {}
        # the full sort: a partition and a sort of its head give the same head only without ties, and a term's
        # word and bigram (or the bigrams of a word that always comes whole) weigh exactly the same: on the
        # bench's prose every document had a tie in its head
        order = np.argsort(-contrib)
        head = order[: 8 * top + 48]
        for i, c in zip(idx[head].tolist(), contrib[head].tolist()):
            if c <= 0 or len(merged) >= top:
                break
            term = self.shown[i]
            if len(term) >= 2:
                merged[term] = merged.get(term, 0.0) + c
        else:
            rest = order[8 * top + 48:]
            for i, c in zip(idx[rest].tolist(), contrib[rest].tolist()):  # rarely: the strongest few dozen were not enough
                if c <= 0 or len(merged) >= top:
                    break
                term = self.shown[i]
                if len(term) >= 2:
                    merged[term] = merged.get(term, 0.0) + c
        terms = tuple((t, round(w, 4)) for t, w in merged.items())
        return Prediction(self.classes[k], float(proba[k]), tuple((c, float(p)) for c, p in zip(self.classes, proba)), terms)

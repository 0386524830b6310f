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

from .columns import Columns
from .features import Analyzer


@dataclass(frozen=True)
class Prediction:
    """Class probabilities for one text, the winner and the tokens that pushed it most."""

    label: str
    confidence: float
    probabilities: tuple[tuple[str, float], ...]
    top_terms: tuple[tuple[str, float], ...]


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

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", Columns(self.terms, self.analyzer.words))

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

    def tokens(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(index of the text, feature column) of every known token of ``texts``: one pass, to be shared
        by the document's reading (``predict_columns``) and its paragraphs' (``probabilities_of``)."""
        return self.columns.of(texts)

    def vector(self, text: str | list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(feature indices, tf-idf values, l2-normalised) of ``text`` (a list: of its texts read as one)."""
        return self._vector(self.tokens(text if isinstance(text, list) else [text])[1])

    def _vector(self, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        counts = np.bincount(cols, minlength=len(self.terms))
        idx = np.flatnonzero(counts)
        if not len(idx):
            return idx.astype(np.int64), np.zeros(0)
        val = (1.0 + np.log(counts[idx])) * self.idf[idx]
        norm = math.sqrt(float(val @ val))
        return idx, (val / norm if norm else val)

    def predict(self, text: str | list[str], top: int = 6) -> Prediction:
        """The model's reading of ``text``; a list of texts is read as one text with a line between them
        (what ``check.document_text`` joins), without joining them."""
        return self.predict_columns(self.tokens(text if isinstance(text, list) else [text])[1], top)

    def predict_columns(self, cols: np.ndarray, top: int = 6) -> Prediction:
        """The reading of the tokens ``cols`` (from ``tokens``) taken together."""
        idx, val = self._vector(cols)
        decision = self.coef[:, idx] @ val + self.intercept
        return self._prediction(idx, val, self._proba(decision), top)

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """Class probabilities of each text, (len(texts), classes), in one vectorised pass."""
        segs, cols = self.tokens(texts)
        return self.probabilities_of(segs, cols, len(texts))

    def probabilities_of(self, segs: np.ndarray, cols: np.ndarray, n: int) -> np.ndarray:
        """Class probabilities of each of the ``n`` texts whose tokens ``tokens`` gave: tf-idf, l2 norm and
        the decision function per text by ``bincount`` over (text, column) pairs, no Python loop."""
        size = len(self.terms)
        u, cnt = np.unique(segs * size + cols, return_counts=True)
        seg, col = u // size, u % size
        val = (1.0 + np.log(cnt)) * self.idf[col]
        norm = np.sqrt(np.bincount(seg, weights=val * val, minlength=n))
        val = val / np.where(norm > 0, norm, 1.0)[seg]
        decision = np.stack([np.bincount(seg, weights=self.coef[k, col] * val, minlength=n) for k in range(len(self.classes))], axis=1)
        return self._proba(decision + self.intercept)

    def _proba(self, decision: np.ndarray) -> np.ndarray:
        """Per-class sigmoid calibration, normalised to sum to one (rows of a 2-D ``decision`` each)."""
        proba = 1.0 / (1.0 + np.exp(self.cal_a * decision + self.cal_b))
        s = proba.sum(axis=-1, keepdims=True)
        return np.where(s > 0, proba / np.where(s > 0, s, 1.0), 1.0 / proba.shape[-1])

    def _prediction(self, idx: np.ndarray, val: np.ndarray, proba: np.ndarray, top: int) -> Prediction:
        k = int(np.argmax(proba))
        contrib = self.coef[k, idx] * val
        # explain with words and bigrams (single characters say little); a word and the same bigram merge
        merged: dict[str, float] = {}
        for j in np.argsort(-contrib):
            if contrib[j] <= 0 or len(merged) >= top:
                break
            term = self.terms[idx[j]].removeprefix("w:")
            if len(term) >= 2:
                merged[term] = merged.get(term, 0.0) + float(contrib[j])
        terms = tuple((t, round(w, 4)) for t, w in merged.items())
        return Prediction(self.classes[k], float(proba[k]), tuple((c, float(p)) for c, p in zip(self.classes, proba)), terms)

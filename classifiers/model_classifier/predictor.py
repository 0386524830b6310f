"""The attribute model at audit time: numpy only, loaded from one ``.npz`` in milliseconds.

Importing scikit-learn costs 1.1–1.6 s and ``joblib.load`` another 0.4 s (perf-limits.md); the
fitted TF-IDF + calibrated linear model is therefore exported as arrays (vocabulary, idf,
coefficients, the per-class sigmoid calibrators) and evaluated here with the same arithmetic
scikit-learn uses: sublinear tf · idf, l2 norm, decision function, sigmoid per class, normalised.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

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

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(feature indices, tf-idf values, l2-normalised) of ``text``."""
        counts = Counter(i for i in map(self.vocabulary.get, self.analyzer(text)) if i is not None)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts))
        val = tf * self.idf[idx]
        norm = math.sqrt(float(val @ val))
        return idx, (val / norm if norm else val)

    def predict(self, text: str, top: int = 6) -> Prediction:
        idx, val = self.vector(text)
        decision = self.coef[:, idx] @ val + self.intercept
        proba = 1.0 / (1.0 + np.exp(self.cal_a * decision + self.cal_b))
        s = proba.sum()
        proba = proba / s if s > 0 else np.full_like(proba, 1.0 / len(proba))
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

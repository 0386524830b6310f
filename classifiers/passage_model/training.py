"""Fit the passage model with jieba + scikit-learn and export it to numpy arrays.

Imported only by ``gongkai train --passages``, ``bench/eval_passage_model.py`` and tests: it pulls in
scikit-learn and jieba, which the audit never loads. The tokens are the attribute model's
(``model_classifier.features.Analyzer`` over the word list ``model_classifier.training.build_words``
builds with jieba), so both models read text the same way. ``TfidfVectorizer`` (sublinear tf,
``min_df``) then a multinomial ``LogisticRegression`` (lbfgs, class-balanced): its probabilities are a
softmax of one linear function, which exports as a weight matrix and an intercept. Deterministic for
the same examples, on any machine (the vocabulary's ties are broken by the term, ``_vocabulary``).
"""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path
from typing import Iterable

import numpy as np

from ..model_classifier.features import Analyzer

CLASSES = ("public", "internal", "secret", "commercial", "personal")


def fit(examples: Iterable[tuple[str, str]], *, C: float = 16.0, min_df: int = 2, max_features: int | None = 40000):
    """(vectorizer, classifier, words) fitted on (text, label) pairs — the scikit-learn objects."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from ..model_classifier.training import build_words

    pairs = sorted((str(t), str(y)) for t, y in examples)
    bad = sorted({y for _, y in pairs} - set(CLASSES))
    if bad:
        raise ValueError(f"unknown passage label(s) in training data: {bad}; known: {list(CLASSES)}")
    texts = [t for t, _ in pairs]
    y = np.array([lab for _, lab in pairs])
    words = build_words(texts)
    analyzer = Analyzer(words)
    # lowercase=False: the analyzer is a callable, which scikit-learn never lowercases; said, so that a given vocabulary
    # holding capitals is not warned about
    vec = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, vocabulary=_vocabulary(texts, analyzer, min_df, max_features),
                          norm="l2", dtype=np.float64, lowercase=False)
    X = vec.fit_transform(texts)
    clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    clf.fit(X, y)
    return vec, clf, words


def _vocabulary(texts: list[str], analyzer, min_df: int, max_features: int | None) -> dict[str, int]:
    """The terms in at least ``min_df`` texts, the ``max_features`` most frequent of them (total count), ties broken by the
    term, indexed in sorted order: what ``TfidfVectorizer(min_df=…, max_features=…)`` keeps, but the same on every
    machine. scikit-learn ranks by an unstable ``argsort``, and numpy's sort differs by CPU (AVX-512 or not): the same
    examples gave a different vocabulary, and so a different model file, on another machine."""
    from sklearn.feature_extraction.text import CountVectorizer

    cv = CountVectorizer(analyzer=analyzer, min_df=min_df, dtype=np.int64, lowercase=False)
    counts = cv.fit_transform(texts)
    terms = cv.get_feature_names_out()  # sorted
    keep = np.arange(len(terms))
    if max_features is not None and len(terms) > max_features:
        total = np.asarray(counts.sum(axis=0)).ravel()
        keep = np.sort(np.lexsort((keep, -total))[:max_features])  # most frequent first, then by term
    return {str(terms[i]): k for k, i in enumerate(keep)}


def export(vec, clf, words: tuple[str, ...], meta: dict | None = None) -> dict[str, np.ndarray]:
    """The model file's arrays (vocabulary in sorted-term order, float64 weights)."""
    import sklearn

    terms = sorted(vec.vocabulary_)
    cols = np.array([vec.vocabulary_[t] for t in terms])
    # the whole word list ships, not only the words in the vocabulary: forward maximum matching needs
    # every word that can consume characters
    info = {"features": len(terms), "words": len(words), "C": float(clf.C), "sklearn": sklearn.__version__,
            "tokens": "char 1-2 grams + jieba-derived words (FMM)", "model": "tf-idf + multinomial logistic regression"}
    info.update(meta or {})
    return {
        # the normalised text has no line breaks, so no term or word holds one: "\n" joins them
        "terms": np.array("\n".join(terms)), "idf": vec.idf_[cols].astype(np.float64), "coef": clf.coef_[:, cols].astype(np.float64),
        "intercept": clf.intercept_.astype(np.float64), "classes": np.array([str(c) for c in clf.classes_]),
        "words": np.array("\n".join(words)), "meta": np.array(json.dumps(info, ensure_ascii=False, sort_keys=True)),
    }


def train(examples: Iterable[tuple[str, str]], *, C: float = 16.0, meta: dict | None = None) -> dict[str, np.ndarray]:
    """Fit on (text, label) pairs and return the arrays of the model file (checked against scikit-learn)."""
    pairs = list(examples)
    vec, clf, words = fit(pairs, C=C)
    per_class = dict(sorted(Counter(lab for _, lab in pairs).items()))
    arrays = export(vec, clf, words, {"n_examples": len(pairs), "per_class": per_class, **(meta or {})})
    check_against_sklearn(arrays, vec, clf, [t for t, _ in pairs[:200]])
    return arrays


def check_against_sklearn(arrays: dict, vec, clf, texts: list[str], atol: float = 1e-6) -> float:
    """The numpy predictor must give scikit-learn's probabilities; returns the largest difference."""
    from .predictor import PassageModel

    buf = io.BytesIO()
    np.savez(buf, **arrays)
    buf.seek(0)
    model = PassageModel.load(buf)
    sk = clf.predict_proba(vec.transform(texts))
    ours = model.score(texts).proba
    order = [model.classes.index(str(c)) for c in clf.classes_]
    diff = float(np.abs(sk - ours[:, order]).max()) if len(texts) else 0.0
    if diff > atol:
        raise AssertionError(f"numpy passage predictor disagrees with scikit-learn (max diff {diff:.2e})")
    return diff


def save(arrays: dict[str, np.ndarray], path: str | Path) -> Path:
    """Write the model file (compressed npz: the word list and vocabulary compress well)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        np.savez_compressed(fh, **arrays)
    return path

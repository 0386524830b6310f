"""Fit the attribute model with jieba + scikit-learn and export it to numpy arrays.

Imported only by ``gongkai train``, the evaluation script and slow tests: it pulls in
scikit-learn and jieba, which the audit never loads. Reproducible: fixed seeds, sorted inputs,
single-threaded solvers, so the same examples give the same model file, byte for byte.

Pipeline: jieba (with ``userdict.txt``) segments the training texts once to build the word list;
``features.Analyzer`` then gives char 1–2 grams + those words; ``TfidfVectorizer`` (sublinear tf,
min_df 2); ``LinearSVC`` inside ``CalibratedClassifierCV`` (sigmoid, 5 folds, ``ensemble=False``:
one linear model plus one sigmoid per class, so it exports as arrays).
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Iterable

import numpy as np

from .features import Analyzer, normalize

ATTRIBUTES = ("主动公开", "依申请公开", "不予公开")
_CJK_WORD = re.compile(r"^[\u4e00-\u9fa5]{2,8}$")


def build_words(texts: list[str], min_df: int = 2) -> tuple[str, ...]:
    """Multi-character words jieba finds in ``texts`` (with the 公文 user dictionary), df ≥ ``min_df``."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    userdict = resources.files("classifiers.model_classifier").joinpath("userdict.txt").read_text(encoding="utf-8")
    tok.load_userdict(io.StringIO("\n".join(ln for ln in userdict.splitlines() if ln and not ln.startswith("#"))))
    df: Counter[str] = Counter()
    for t in texts:
        df.update({w for w in tok.lcut(normalize(t), HMM=False) if _CJK_WORD.match(w)})
    user_words = {ln.split()[0] for ln in userdict.splitlines() if ln and not ln.startswith("#")}
    return tuple(sorted({w for w, n in df.items() if n >= min_df} | user_words))


def train(examples: Iterable[tuple[str, str]], *, seed: int = 0, C: float = 0.5) -> dict[str, np.ndarray]:
    """Fit on (text, attribute) pairs and return the arrays of the model file."""
    import sklearn
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.model_selection import StratifiedKFold
    from sklearn.svm import LinearSVC

    pairs = sorted((t, a) for t, a in examples)
    bad = sorted({a for _, a in pairs} - set(ATTRIBUTES))
    if bad:
        raise ValueError(f"unknown attribute(s) in training data: {bad}")
    texts = [t for t, _ in pairs]
    y = np.array([a for _, a in pairs])
    words = build_words(texts)
    vec = TfidfVectorizer(analyzer=Analyzer(words), sublinear_tf=True, min_df=2, norm="l2", dtype=np.float64)
    X = vec.fit_transform(texts)
    base = LinearSVC(C=C, random_state=seed, max_iter=20000)
    clf = CalibratedClassifierCV(base, method="sigmoid", cv=StratifiedKFold(5, shuffle=True, random_state=seed), ensemble=False)
    clf.fit(X, y)
    (cc,) = clf.calibrated_classifiers_
    est = cc.estimator
    # vocabulary in sorted-term order; reorder the columns to match
    terms = sorted(vec.vocabulary_)
    cols = np.array([vec.vocabulary_[t] for t in terms])
    classes = [str(c) for c in est.classes_]
    arrays = {
        "terms": np.array(terms), "idf": vec.idf_[cols].astype(np.float32), "coef": est.coef_[:, cols].astype(np.float32),
        "intercept": est.intercept_.astype(np.float32),
        "cal_a": np.array([c.a_ for c in cc.calibrators], dtype=np.float32), "cal_b": np.array([c.b_ for c in cc.calibrators], dtype=np.float32),
        "classes": np.array(classes), "words": np.array(words),
        "meta": np.array(json.dumps({"n_examples": len(pairs), "per_class": dict(Counter(y.tolist())), "features": len(terms),
                                     "words": len(words), "C": C, "seed": seed, "sklearn": sklearn.__version__,
                                     "tokens": "char 1-2 grams + jieba-derived words (FMM)"}, ensure_ascii=False, sort_keys=True)),
    }
    _check_against_sklearn(arrays, clf, vec, texts[:50])
    return arrays


def _check_against_sklearn(arrays: dict, clf, vec, texts: list[str]) -> None:
    """The numpy predictor must give the probabilities scikit-learn gives (float32 weights aside)."""
    from .predictor import LinearModel

    path = io.BytesIO()
    np.savez(path, **arrays)
    path.seek(0)
    model = LinearModel.load(path)
    sk = clf.predict_proba(vec.transform(texts))
    ours = np.array([[dict(model.predict(t).probabilities)[c] for c in clf.classes_] for t in texts])
    if not np.allclose(sk, ours, atol=1e-4) or (sk.argmax(1) != ours.argmax(1)).any():
        raise AssertionError(f"numpy predictor disagrees with scikit-learn (max diff {np.abs(sk - ours).max():.2e})")


def save(arrays: dict[str, np.ndarray], path: str | Path) -> Path:
    """Write the model file (uncompressed npz: fastest to load, deterministic bytes)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        np.savez(fh, **arrays)
    return path


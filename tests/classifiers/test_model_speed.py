"""The vectorised model path gives what the reference tokenizer gives: same tokens, same opinions,
same paragraphs flagged — only faster (issue 11, item 5)."""

from __future__ import annotations

import math
import random
from collections import Counter

import numpy as np
import pytest

from classifiers import load_config
from classifiers.audit import audit_document
from classifiers.model_classifier import load_model
from extractors.model import Block, BlockKind, Document, Position
from samples.corpus import build_corpus


def _reference(m, text: str) -> tuple[np.ndarray, list[tuple[str, float]], bool]:
    """The predictor as it was: the analyzer's token list counted in Python, then the same arithmetic."""
    counts = Counter(i for i in map(m.vocabulary.get, m.analyzer(text)) if i is not None)
    idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts))
    val = tf * m.idf[idx]
    norm = math.sqrt(float(val @ val))
    val = val / norm if norm else val
    d = m.coef[:, idx] @ val + m.intercept
    p = 1.0 / (1.0 + np.exp(m.cal_a * d + m.cal_b))
    p = p / p.sum()
    k = int(np.argmax(p))
    contrib = m.coef[k, idx] * val
    terms: dict[str, float] = {}
    seen: list[float] = []
    for j in np.argsort(-contrib):
        seen.append(float(contrib[j]))
        if contrib[j] <= 0 or len(terms) >= 6:
            break
        t = m.terms[idx[j]].removeprefix("w:")
        if len(t) >= 2:
            terms[t] = terms.get(t, 0.0) + float(contrib[j])
    tied = len(set(seen)) < len(seen)  # equal contributions: their order was arbitrary, then and now
    return p, [(t, round(w, 4)) for t, w in terms.items()], tied


def _texts() -> list[str]:
    r = random.Random(11)
    docs = [d.text for d in build_corpus(120, 17, "A")] + [d.text for d in build_corpus(120, 18, "B")]
    alphabet = "的是人社局不予公开主动此件（）()：:，。 \u3000\t\n0123４５abcAB\x00\U0001F600征求意见稿收悉妥否"
    noise = ["".join(r.choice(alphabet) for _ in range(r.randint(0, 90))) for _ in range(300)]
    cuts = [t[: r.randint(0, len(t))] for t in docs[:100]]
    return docs + noise + cuts + ["", " ", "（此件公开发布）", "2026"]


def test_columns_count_exactly_the_reference_tokens():
    m = load_model()
    for text in _texts():
        ref = Counter(i for i in map(m.vocabulary.get, m.analyzer(text)) if i is not None)
        _, cols = m.tokens([text], segments=False)
        got = Counter(c for c in cols.tolist() if c < len(m.terms))
        assert got == ref, text


def test_texts_normalised_one_by_one_give_the_same_tokens():
    """The attribute and the passage model share one ``norms`` dict a document: each text normalised on its own,
    then joined, tokenises exactly as the joined texts normalised at once (no marking or number crosses a line)."""
    from classifiers.passage_model.check import load_model as load_passages

    texts = _texts() + ["公开方式：主动公开", "本表依申请公开12件、不予公开3件", "（此件不公开）", "此件仅限内部", "免予公开\x00"]
    for cols in (load_model().columns, load_passages().columns):
        norms: dict = {}
        for i in range(0, len(texts), 7):
            batch = texts[i:i + 7] + texts[i:i + 2]  # a text twice in a batch, and again in the next
            for segments in (True, False):
                a, b = cols.of(batch, segments=segments), cols.of(batch, segments=segments, norms=norms)
                assert all((x is None and y is None) or np.array_equal(x, y) for x, y in zip(a, b)), batch
        assert norms


def test_texts_filled_at_once_are_normalised_one_by_one():
    """``fill`` normalises the texts a document lacks in one pass over them joined: each comes back as it would alone,
    whatever markings, sentinels, digits or line breaks it holds at its ends."""
    from classifiers.model_classifier.columns import fill, normalised

    texts = ["2026年1月", "（此件公开发布）12", "3\n公开方式：主动公开\n4", "\x00此件不予公开\x00", "", "\n", "０９",
             "依申请公开7件", "免予公开", "第1条\n第2条", "此件仅限内部掌握，不得公开1份"] + _texts()[:20]
    norms: dict = {}
    fill(norms, texts)
    assert norms == {t: normalised(t) for t in texts}


def test_too_short_answers_as_the_whole_marking_pass():
    """The model's too-short test reads the text before the first 此件/公开 as it is, and is the full pass's answer."""
    from classifiers.model_classifier.check import _too_short
    from classifiers.model_classifier.features import MARKING_RE

    r = random.Random(5)
    pieces = ["此件", "公开", "依申请公开", "（此件公开发布）", "不公开", "主动公开", "公开方式：主动", "通知", "　", " ", "\n", "一二三四五", "0"]
    for _ in range(3000):
        text = "".join(r.choice(pieces) for _ in range(r.randint(0, 8)))
        assert _too_short(text) == (len(MARKING_RE.sub("", text).strip()) < 10), text


def test_predictions_and_explanations_match_the_reference():
    m = load_model()
    for text in _texts():
        p, terms, _ = _reference(m, text)
        got = m.predict(text)
        assert np.allclose([x for _, x in got.probabilities], p, atol=1e-12, rtol=0), text
        assert got.label == m.classes[int(np.argmax(p))]
        assert list(got.top_terms) == terms, text  # ties among terms included: same order as before


def test_a_list_of_texts_reads_as_the_texts_joined_by_lines():
    m = load_model()
    for d in build_corpus(60, 23, "A"):
        lines = d.text.split("\n")
        assert np.allclose([x for _, x in m.predict(lines).probabilities], [x for _, x in m.predict(d.text).probabilities], atol=1e-12)


def test_paragraph_probabilities_in_one_pass_match_each_paragraph_alone():
    m = load_model()
    texts = [ln for d in build_corpus(40, 29, "B") for ln in d.text.split("\n")] + ["", "（此件不予公开）", "2026"]
    batch = m.probabilities(texts)
    single = np.array([[x for _, x in m.predict(t).probabilities] for t in texts])
    assert np.allclose(batch, single, atol=1e-12, rtol=0)


def _marked(paras: list[str]) -> Document:
    blocks = [Block(BlockKind.PARAGRAPH, "关于做好社会保险经办服务工作的通知", Position(block=0), element="标题")]
    blocks += [Block(BlockKind.PARAGRAPH, p, Position(block=i + 1), element="正文") for i, p in enumerate(paras)]
    blocks.append(Block(BlockKind.PARAGRAPH, "（此件公开发布）", Position(block=len(blocks)), element="附注"))
    return Document(source="t.docx", sha256="0" * 64, format="docx", blocks=tuple(blocks))


@pytest.mark.parametrize("seed", [3, 4])
def test_the_mixed_content_check_flags_the_paragraphs_it_flagged_one_by_one(seed):
    """A public notice with a withheld-sounding paragraph planted: the vectorised pass flags exactly the
    paragraphs a paragraph-by-paragraph reading over the threshold flags, with the same confidence."""
    cfg = load_config()
    m = load_model()
    public = [d.text for d in build_corpus(40, seed, "A") if d.attribute == "主动公开"][:3]
    withheld = [d.text for d in build_corpus(40, seed, "A") if d.attribute == "不予公开"][:2]
    paras = [ln for t in public for ln in t.split("\n")[2:]] + [withheld[0].replace("\n", "")] + [ln for t in withheld[1:] for ln in t.split("\n")]
    doc = _marked(paras)
    # the check's own findings (the audit folds them into a rule's secret finding when there is one)
    from classifiers.model_classifier.check import ModelCheck
    from classifiers.registry import AuditContext

    ctx = AuditContext(document=doc, config=cfg, attribute="主动公开", marking=None)
    got = [(f.position.block, round(f.confidence, 9)) for f in ModelCheck()(doc, ctx)
           if getattr(f, "code", None) is not None and f.code.value == "MIXED_CONTENT"]
    thr, min_chars = cfg["model"].passage_threshold, cfg["model"].passage_min_chars
    doc_pred = m.predict([b.text for b in doc.blocks if b.element != "附注"])
    expected = []
    if doc_pred.label == "主动公开":
        for b in doc.blocks[1:-1]:
            p = m.predict(b.text)
            if len(b.text) >= min_chars and p.label == "不予公开" and p.confidence >= thr:
                expected.append((b.position.block, round(p.confidence, 9)))
    assert got == expected
    assert doc_pred.label != "主动公开" or expected, "the planted paragraph should be flagged"


def test_audit_timings_name_every_step_and_change_nothing():
    cfg = load_config()
    doc = _marked([d.text.replace("\n", "") for d in build_corpus(6, 41, "A")])
    timings: dict[str, float] = {}
    timed = audit_document(doc, cfg, timings=timings)
    plain = audit_document(doc, cfg)
    assert timed.findings == plain.findings and timed.decision == plain.decision
    assert {"markings", "model", "decision"} <= set(timings) and all(t >= 0 for t in timings.values())

"""The attribute model: numpy predictor, the ``model`` check, and reproducible training."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from classifiers.model import Suggestion
from classifiers.model_classifier import document_text, load_model
from classifiers.model_classifier.features import Analyzer, fmm_words, normalize
from extractors.model import Block, BlockKind, Document, Position
from samples.corpus import build_corpus, spec_text


def _doc(*paras: str, note: str | None = None) -> Document:
    blocks = [Block(BlockKind.PARAGRAPH, p, Position(block=i)) for i, p in enumerate(paras)]
    if note:
        blocks.append(Block(BlockKind.PARAGRAPH, note, Position(block=len(blocks)), element="附注"))
    return Document(source="t.docx", sha256="0" * 64, format="docx", blocks=tuple(blocks))


def test_marking_is_not_a_feature():
    assert "公开" not in normalize("（此件公开发布）关于做好值班工作的通知 公开方式：主动公开")
    assert normalize("2026年12月") == "0年0月"
    m = load_model()
    text = build_corpus(1, 5, "A")[0].text
    assert m.predict(text).probabilities == m.predict(text + "\n（此件不予公开）").probabilities


def test_forward_maximum_matching():
    assert fmm_words("征求意见稿收悉", frozenset({"征求", "征求意见稿", "收悉"}), 5) == ["w:征求意见稿", "w:收悉"]
    toks = Analyzer({"妥否"})("妥否，请批示")
    assert "w:妥否" in toks and "批示" in toks and "妥" in toks


@pytest.mark.parametrize("style, floor", [("A", 0.95), ("B", 0.85)])
def test_predictions_on_unseen_documents(style, floor):
    m = load_model()
    docs = build_corpus(60, 4242, style)
    acc = sum(m.predict(d.text).label == d.attribute for d in docs) / len(docs)
    assert acc >= floor


def test_top_terms_explain_the_prediction():
    m = load_model()
    p = m.predict("关于申请专项经费的请示\n市人民政府：\n恳请予以支持。妥否，请批示。")
    assert p.label == "不予公开" and p.confidence > 0.5
    assert p.top_terms and all(len(t) >= 2 and w > 0 for t, w in p.top_terms)
    assert abs(sum(x for _, x in p.probabilities) - 1) < 1e-9


def _run(doc, attribute, **model_cfg):
    from classifiers import load_config
    from classifiers.registry import AuditContext, select

    cfg = load_config(overrides={"model": model_cfg} if model_cfg else None)
    (check,) = select(["model"])
    return list(check(doc, AuditContext(document=doc, config=cfg, attribute=attribute, marking=None)))


REQUEST = ("关于申请就业补助资金的请示", "市人民政府：", "受多重因素影响，就业补助资金缺口较大，恳请从市级预备费中安排专项资金予以补足。", "妥否，请批示。")


def test_check_suggests_and_flags_a_mismatch():
    out = _run(_doc(*REQUEST), "主动公开")
    sug = [x for x in out if isinstance(x, Suggestion)]
    assert sug and sug[0].source == "model" and sug[0].attribute == "不予公开"
    mism = [x for x in out if not isinstance(x, Suggestion) and x.code == "LABEL_MISMATCH"]
    assert len(mism) == 1 and mism[0].source == "model" and mism[0].subtype == "model"
    assert "模型" in mism[0].message and dict(mism[0].explanation)["top_terms"]


def test_no_finding_when_label_agrees_or_below_threshold_or_disabled():
    doc = _doc(*REQUEST)
    assert not [x for x in _run(doc, "不予公开") if not isinstance(x, Suggestion)]
    assert not [x for x in _run(doc, "主动公开", mismatch_threshold=1.0) if not isinstance(x, Suggestion) and x.code == "LABEL_MISMATCH"]
    assert [x for x in _run(doc, "主动公开", findings=False) if not isinstance(x, Suggestion)] == []
    assert _run(doc, None) and all(isinstance(x, Suggestion) for x in _run(doc, None))


def test_passage_reading_as_withheld_in_a_public_document():
    doc = _doc("关于做好城乡居民养老保险费征缴工作的通知", "各县（区）人力资源和社会保障局：",
               "为进一步做好城乡居民基本养老保险工作，切实维护群众合法权益，根据《中华人民共和国社会保险法》和自治区有关规定，现就有关事项通知如下。",
               "一、参保人员可通过银行柜台或村（社区）代办员缴费，也可通过“我的宁夏”政务APP网上申请。",
               "二、各地要加强政策宣传，通过政府网站、微信公众号等渠道向群众解读政策，做到应知尽知。",
               "会议听取了养老保险科关于缴费档次调整工作的汇报，原则同意所提方案，要求进一步完善后按程序报批，出席局党组成员。",
               "政策咨询可拨打12333人社服务热线，监督电话0955-7012333。")
    out = _run(doc, "主动公开")
    assert next(x for x in out if isinstance(x, Suggestion)).attribute == "主动公开"  # the document reads public …
    mixed = [x for x in out if not isinstance(x, Suggestion) and x.code == "MIXED_CONTENT"]
    assert len(mixed) == 1 and mixed[0].source == "model" and mixed[0].position.block == 5  # … but one passage does not
    assert "会议" in dict(mixed[0].explanation)["top_terms"][0]


def test_mismatch_direction_more_open_by_default():
    """Marked more restrictive than the model reads: only the suggestion, unless direction = any."""
    doc = _doc("关于做好城乡居民养老保险费征缴工作的通知", "各县（区）人力资源和社会保障局：",
               "为进一步做好城乡居民基本养老保险工作，切实维护群众合法权益，根据《中华人民共和国社会保险法》和自治区有关规定，现就有关事项通知如下。",
               "一、各地要加强政策宣传，通过政府网站、微信公众号等渠道向群众解读政策，做到应知尽知。",
               "政策咨询可拨打12333人社服务热线。")
    codes = lambda out: [x.code for x in out if not isinstance(x, Suggestion)]  # noqa: E731
    assert codes(_run(doc, "不予公开")) == []
    assert codes(_run(doc, "不予公开", mismatch_direction="any", mismatch_threshold=0.5)) == ["LABEL_MISMATCH"]


def test_document_text_skips_the_marking_and_hidden_blocks():
    doc = _doc("正文一段", note="（此件公开发布）")
    doc = Document(doc.source, doc.sha256, doc.format, doc.blocks + (Block(BlockKind.COMMENT, "批注", Position(block=9), visible=False),))
    assert document_text(doc) == "正文一段"


def test_audit_imports_neither_sklearn_nor_jieba(tmp_path):
    from samples.docx_writer import write_docx

    spec = build_corpus(1, 3, "A")[0].spec
    p = write_docx(spec, tmp_path / "a.docx")
    code = ("import sys; from flows.cli import main; main(['audit', '--json', %r]); "
            "bad = [m for m in ('sklearn', 'jieba', 'scipy') if m in sys.modules]; assert not bad, bad") % str(p)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_training_rejects_unknown_attributes():
    from classifiers.model_classifier.training import train

    with pytest.raises(ValueError, match="部分公开"):
        train([("文本", "部分公开")])


@pytest.mark.slow
def test_retraining_reproduces_the_shipped_model(tmp_path):
    """``gongkai train`` from the corpus gives the same arrays and the same predictions."""
    from classifiers.model_classifier.check import default_model_path
    from classifiers.model_classifier.predictor import LinearModel
    from classifiers.model_classifier.training import save, train
    from samples.corpus import corpus_examples

    out = save(train(corpus_examples()), tmp_path / "m.npz")
    new, old = LinearModel.load(out), LinearModel.load(default_model_path())
    assert new.terms == old.terms and np.array_equal(new.coef, old.coef)
    docs = build_corpus(80, 77, "B")
    assert [new.predict(d.text).probabilities for d in docs] == [old.predict(d.text).probabilities for d in docs]


@pytest.mark.slow
def test_training_learns_from_reviewer_verdicts():
    """Extra (text, attribute) pairs — as the ledger's ``training_examples()`` gives — change the model."""
    from classifiers.model_classifier.training import train
    from samples.corpus import corpus_examples

    base = corpus_examples(200)
    odd = spec_text(build_corpus(1, 11, "B")[0].spec)
    flipped = [(odd + f"\n补充说明第{i}条", "不予公开") for i in range(30)]
    a, b = train(base), train(base + flipped)
    assert not np.array_equal(a["coef"], b["coef"]) or a["terms"].shape != b["terms"].shape

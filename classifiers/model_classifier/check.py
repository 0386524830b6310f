"""The model's second opinion beside the rules: a suggested attribute, and findings above a
configurable confidence that say they came from the model and show the words behind them.

* ``Suggestion(source="model")`` for every readable document — it fills ``suggested_attribute``
  when no rule suggests one (a rule's suggestion wins: the rules are the regulation).
* ``LABEL_MISMATCH`` (subtype ``model``) when the marked attribute differs from the prediction
  and the confidence is ≥ ``mismatch_threshold`` (《公开属性源头认定制度》第三条（一））.
* ``MIXED_CONTENT`` (subtype ``model``) when a document marked 主动公开 holds a paragraph the model
  reads as 不予公开 with confidence ≥ ``passage_threshold`` (第三条（三）: 不可夹带).

The model is a numpy file (``classifiers/data/attribute_model.npz`` by default) built by
``gongkai train``; scikit-learn and jieba are never imported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from extractors.model import Block, BlockKind, Document

from ..config import section
from ..messages import RULES, message
from ..model import Code, Finding, Severity, Suggestion
from ..registry import AuditContext, register
from .features import MARKING_RE
from .files import ModelFiles

if TYPE_CHECKING:  # numpy is imported when the model is first loaded, not when the check registers
    from .predictor import LinearModel, Prediction

DEFAULT_MODEL = "attribute_model.npz"
_SKIP_ELEMENTS = frozenset({"附注", "公开方式", "公开属性", "发文字号", "印发机关和印发日期", "版记"})


@section("model")
@dataclass(frozen=True, slots=True)
class ModelConfig:
    """``[model]`` in gongkai.toml: where the model file is and when its opinion becomes a finding."""

    path: str = ""  # empty: the model shipped in classifiers/data
    suggest: bool = True
    findings: bool = True
    #: "more_open": a mismatch only when the marking is more open than the prediction (the risk is
    #: publishing what should not be; over-withholding is left to the suggestion); "any": both ways
    mismatch_direction: str = "more_open"
    mismatch_threshold: float = 0.9
    passage_threshold: float = 0.95
    passage_min_chars: int = 30
    top_terms: int = 6

    def __post_init__(self) -> None:
        if self.mismatch_direction not in ("more_open", "any"):
            raise ValueError(f"model.mismatch_direction {self.mismatch_direction!r} must be 'more_open' or 'any'")
        for k in ("mismatch_threshold", "passage_threshold"):
            v = getattr(self, k)
            if not 0.0 < v <= 1.0:
                raise ValueError(f"model.{k} {v} must be in (0, 1]")


def _load(p: Path) -> "LinearModel":
    from .predictor import LinearModel

    return LinearModel.load(p)


_files: "ModelFiles[LinearModel]" = ModelFiles(DEFAULT_MODEL, _load, "模型文件不存在，请先运行 gongkai train / model file not found")


def default_model_path() -> Path:
    """Where the shipped model file lives."""
    return _files.default_path


def load_model(path: str | Path | None = None) -> "LinearModel":
    """The model at ``path`` (default: the shipped one), loaded once per process."""
    return _files.get(path)


def document_text(doc: Document) -> str:
    """What the model reads: visible text without the marking, the 版记 and the page furniture."""
    return "\n".join(b.text for b in _read_blocks(doc))


def _read_blocks(doc: Document) -> list[Block]:
    """The blocks ``document_text`` joins, in order."""
    return [b for b in doc.blocks
            if b.visible and b.kind not in (BlockKind.HEADER, BlockKind.FOOTER, BlockKind.METADATA, BlockKind.SIDECAR)
            and b.element not in _SKIP_ELEMENTS]


def _too_short(text: str) -> bool:
    """Fewer than ten characters to read once the marking is taken out. Every marking holds 此件 or 公开 and
    starts at most three characters before it (依申请公开), so the text before that is read as it is: ten
    characters there answer without the pattern's pass over the whole document."""
    at = min((i for i in (text.find("此件"), text.find("公开")) if i >= 0), default=-1)
    if at < 0:
        return len(text.strip()) < 10
    if len(text[:max(0, at - 3)].strip()) >= 10:
        return False
    return len(MARKING_RE.sub("", text).strip()) < 10


def _is_passage(b: Block) -> bool:
    """A body paragraph or table cell the 夹带 check reads on its own (a subset of ``_read_blocks``)."""
    return b.kind in (BlockKind.PARAGRAPH, BlockKind.TABLE_CELL) and b.element in (None, "正文")


def _terms(p: "Prediction") -> str:
    return "、".join(t for t, _ in p.top_terms) or "—"


@register("model")
class ModelCheck:
    """The attribute classifier's opinion on one document."""

    name = "model"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding | Suggestion]:
        cfg: ModelConfig = ctx.config["model"]
        if not (cfg.suggest or cfg.findings):
            return
        model = load_model(cfg.path or None)
        blocks = _read_blocks(doc)
        if _too_short("\n".join(b.text for b in blocks)):
            return
        # one tokenisation of the document, shared by its reading and its paragraphs' (the 夹带 check)
        passages = ctx.attribute == "主动公开" and cfg.findings  # the 夹带 check below may read each paragraph
        from ..rules._text import per_document  # the passage model normalises the same paragraphs: once a document

        segs, cols = model.tokens([b.text for b in blocks], segments=passages, norms=per_document(doc, "model_norms", dict))
        reading = model.read_columns(cols)  # explained (the words that pushed it) only where a finding quotes it
        if cfg.suggest:
            # what decides is the label and its probability (``audit.best_suggestion``); the probabilities say why
            yield Suggestion(reading.label, "model", reading.confidence, tuple(f"{c} {p:.3f}" for c, p in reading.probabilities))
        if not cfg.findings or ctx.attribute is None:
            return
        if (reading.label != ctx.attribute and reading.confidence >= cfg.mismatch_threshold
                and (cfg.mismatch_direction == "any" or _OPENNESS.get(ctx.attribute, 0) > _OPENNESS[reading.label])
                and not _forwarding(doc) and not _conflicting(doc, ctx)):
            pred = reading.prediction(cfg.top_terms)
            pos = ctx.marking.position if ctx.marking is not None else doc.blocks[0].position if doc.blocks else None
            expl = (("model", model.meta.get("tokens", "")), ("probabilities", {c: round(p, 3) for c, p in pred.probabilities}),
                    ("top_terms", [f"{t} {w:+.3f}" for t, w in pred.top_terms]))
            yield Finding(
                code=Code.LABEL_MISMATCH, subtype="model", severity=Severity.MEDIUM, source="model",
                message=message("MODEL_LABEL_MISMATCH", predicted=pred.label, confidence=pred.confidence, marked=ctx.attribute, terms=_terms(pred)),
                rule=RULES["source_3_1"], confidence=pred.confidence, explanation=expl + (("threshold", cfg.mismatch_threshold),),
                match_key=f"model:{ctx.attribute}->{pred.label}", **({"position": pos} if pos is not None else {}),
            )
        if ctx.attribute == "主动公开" and reading.label == "主动公开":
            # 夹带 (第三条（三）): a document that reads public, with a passage that does not. When the
            # whole document reads non-public the mismatch above already says so.
            yield from _passages(blocks, segs, cols, model, cfg)


#: How open an attribute is; a marking more open than the model's reading is the risky direction.
_OPENNESS = {"主动公开": 2, "依申请公开": 1, "不予公开": 0}


def _forwarding(doc: Document) -> bool:
    """A 转发 notice takes the forwarded document's attribute (第三条（二）), whatever its own text reads like."""
    title = doc.fields.title or ""
    return "转发" in title


def _conflicting(doc: Document, ctx: AuditContext) -> bool:
    """True when the markings already contradict each other: LABEL_CONFLICT returns the document
    and asks to settle the attribute, so a model mismatch on top would only repeat it."""
    from .. import markings

    scan = ctx.scan if ctx.scan is not None else markings.scan(doc, ctx.config["markings"])
    return any(f.code == Code.LABEL_CONFLICT for f in scan.findings)


def _passages(blocks: list[Block], segs, cols, model: "LinearModel", cfg: ModelConfig) -> Iterable[Finding]:
    """MIXED_CONTENT for each body paragraph the model reads as 不予公开 with confidence ≥ the threshold.

    Every paragraph's probabilities come from the document's tokens in one vectorised pass; only a
    paragraph over the threshold is read again on its own, for the words that explain it.
    """
    proba = model.probabilities_of(segs, cols, len(blocks))
    withheld = model.classes.index("不予公开")
    n = 0
    for j, b in enumerate(blocks):
        if not _is_passage(b):
            continue
        n += 1
        if len(b.text) < cfg.passage_min_chars or int(proba[j].argmax()) != withheld or proba[j, withheld] < cfg.passage_threshold - 1e-9:
            continue
        p = model.predict(b.text, cfg.top_terms)
        if p.label == "不予公开" and p.confidence >= cfg.passage_threshold:
            yield Finding(
                code=Code.MIXED_CONTENT, subtype="model", severity=Severity.MEDIUM, source="model",
                message=message("MODEL_MIXED_CONTENT", para=n, predicted=p.label, confidence=p.confidence, terms=_terms(p)),
                rule=RULES["source_3_3"], position=b.position, confidence=p.confidence,
                evidence=b.text[:40] + ("…" if len(b.text) > 40 else ""),
                explanation=(("probabilities", {c: round(x, 3) for c, x in p.probabilities}), ("top_terms", [f"{t} {w:+.3f}" for t, w in p.top_terms]),
                             ("threshold", cfg.passage_threshold)),
                match_key=f"model:passage:{b.text[:24]}",
            )

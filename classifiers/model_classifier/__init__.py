"""The attribute classifier: jieba + scikit-learn at training, numpy at audit time.

``gongkai train`` fits it (``training``); the audit loads the exported arrays (``predictor``) and
the ``model`` check (``check``) turns its opinion into a suggestion and, above a configurable
confidence, findings marked ``source="model"``.
"""

from .check import ModelCheck, ModelConfig, document_text, load_model  # noqa: F401
from .predictor import LinearModel, Prediction  # noqa: F401

__all__ = ["LinearModel", "ModelCheck", "ModelConfig", "Prediction", "document_text", "load_model"]

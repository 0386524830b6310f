"""The attribute classifier: jieba + scikit-learn at training, numpy at audit time.

``gongkai train`` fits it (``training``); the audit loads the exported arrays (``predictor``) and
the ``model`` check (``check``) turns its opinion into a suggestion and, above a configurable
confidence, findings marked ``source="model"``.
"""

from .check import ModelCheck, ModelConfig, document_text, load_model  # noqa: F401

# ``LinearModel`` / ``Prediction`` live in ``.predictor``; importing it pulls in numpy, so it is
# left to ``load_model`` (a run with the model check disabled never pays for numpy).
__all__ = ["ModelCheck", "ModelConfig", "document_text", "load_model"]

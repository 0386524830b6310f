"""The passage classifier: each body paragraph read as public / internal / secret / commercial /
personal — jieba + scikit-learn at training (``training``), numpy at audit time (``predictor``).

``check`` registers the ``passage_model`` check and its ``[passage_model]`` section; importing this
package does not import numpy (the model is loaded on first use).
"""

from .check import PassageModelCheck, PassageModelConfig, fold_into_rules, load_model  # noqa: F401

__all__ = ["PassageModelCheck", "PassageModelConfig", "fold_into_rules", "load_model"]

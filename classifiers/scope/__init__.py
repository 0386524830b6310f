"""The secrecy-scope knowledge base (保密事项范围): matters as object × state concepts, matched on words.

``kb`` loads and validates ``classifiers/secrecy_scope.toml``; ``match.find_matters`` finds the matters
in a text; ``segment`` gives jieba's word boundaries without loading jieba at audit time. The
SECRET_CONTENT rule reports the ``secret`` matters, the MIXED_CONTENT rule the ``internal`` ones.
"""

from .kb import KnowledgeBase, Matter, SecrecyScopeConfig, load_kb
from .match import ScopeHit, find_matters

__all__ = ["KnowledgeBase", "Matter", "ScopeHit", "SecrecyScopeConfig", "find_matters", "load_kb"]

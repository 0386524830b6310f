"""Checks over what only a machine reads: importing this package registers them.

* ``hidden_content`` — tracked changes, comments, hidden and white text, field codes, annotations,
  embedded objects → ``HIDDEN_CONTENT`` with the subtype saying which;
* ``hidden_metadata`` — document properties that say what a published file must not (internal
  marks, personal data, reviewers' remarks) → ``HIDDEN_CONTENT`` / ``metadata``;
* ``ineffective_redaction`` — text painted over (black boxes, black highlight) and full numbers kept
  in hidden parts behind their masked form → ``INEFFECTIVE_REDACTION``.

The sensitive-data detectors run over hidden blocks themselves (they scan every block); these
checks say that the block is there at all.
"""

from . import content, metadata, redaction  # noqa: F401
from .config import HiddenConfig

__all__ = ["HiddenConfig"]

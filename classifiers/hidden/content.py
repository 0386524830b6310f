"""``hidden_content``: what only a machine reads — tracked changes, comments, hidden and white text,
annotations, embedded objects and field codes that point somewhere private.

《保密审查工作制度》第五条（二）: information that is not marked but touches a secret or someone's
privacy may not be published — a reader never sees a tracked deletion or a comment, yet anyone
who opens the file's XML (or presses “显示标记”) reads it. A document whose changes are all
accepted and comments removed has no such blocks and yields nothing here.
"""

from __future__ import annotations

import re
from typing import Iterable

from extractors.model import BlockKind, Document

from ..messages import RULES
from ..model import Code, Finding, Severity
from ..registry import AuditContext, register
from ._finding import finding

#: Block kind → (subtype, severity).
SUBTYPES = {
    BlockKind.DELETION: ("tracked_change", Severity.HIGH),
    BlockKind.INSERTION: ("tracked_change", Severity.HIGH),
    BlockKind.COMMENT: ("comment", Severity.HIGH),
    BlockKind.HIDDEN: ("hidden_text", Severity.HIGH),
    BlockKind.INVISIBLE: ("white_text", Severity.HIGH),
    BlockKind.ANNOTATION: ("annotation", Severity.MEDIUM),
    BlockKind.EMBEDDED: ("embedded", Severity.MEDIUM),
    BlockKind.FIELD: ("field", Severity.LOW),
}
#: A field instruction that reaches a local file, a share or a private address.
_PRIVATE_TARGET = re.compile(
    r"file:|\\\\|[A-Za-z]:\\|localhost|127\.0\.0\.1|(?<![\d.])(?:10|192\.168|172\.(?:1[6-9]|2\d|3[01]))\.\d+\.\d+|"
    r"\.(?:local|lan|intra|internal)\b|内网|oa\.",
    re.IGNORECASE,
)


def field_is_private(instruction: str, words: tuple[str, ...]) -> bool:
    """True for a field that fetches content or points at a private place (not a public web link)."""
    word = instruction.strip().split(" ", 1)[0].upper()
    if word not in words:
        return False
    if word in ("HYPERLINK", "INCLUDEPICTURE"):
        return bool(_PRIVATE_TARGET.search(instruction))
    return True


@register("hidden_content")
class HiddenContentCheck:
    """Tracked changes, comments, hidden/white text, annotations, embedded objects, private fields."""

    name = "hidden_content"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg = ctx.config["hidden"]
        for b in doc.blocks:
            if b.visible or b.kind not in SUBTYPES or not b.text.strip():
                continue
            subtype, severity = SUBTYPES[b.kind]
            if subtype not in cfg.subtypes:
                continue
            if subtype == "field" and not field_is_private(b.text, cfg.field_words):
                continue
            yield finding(Code.HIDDEN_CONTENT, subtype, b, RULES["secrecy_5_2"], severity, f"HIDDEN_{subtype}")

"""Traditional → simplified script, offsets kept: the checks read simplified, evidence quotes the original.

Mirrors and some portals convert a page to traditional script (``（此件公開發布）``); every check of the
product — the marking scan, the rules, the detectors, the attribute model — is written for simplified
text. ``simplified(doc)`` gives the same document converted with OpenCC's maintained ``t2s`` tables and
zoned again (a 版记 row ``公開方式`` or a 印發 line only zones once converted); ``ScriptMap`` quotes any
string found in it back in the document's own script.

Offsets: ``t2s`` maps one character to one character for all but a few phrases; a block whose phrase
conversion changes its length is converted character by character instead, so a span ``[start, end)`` in
a converted block is the same span of the original block, always.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .model import Document

#: OpenCC's configuration: traditional (any variant) to simplified, phrases included.
CONFIG = "t2s"


@lru_cache(maxsize=1)
def _converter():
    import opencc  # imported on first use: ~20 ms, and a document without Chinese never needs it

    return opencc.OpenCC(CONFIG)


#: Web markup a page leaves in saved text (``<p>``, ``</SPAN>``, ``<br/>``, ``&nbsp;``; bench/real/SOURCES.md):
#: not the document's words, so the checks read spaces there (same length: every offset still holds).
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,12}(?:\s[^<>\n]{0,200})?/?>|&(?:nbsp|amp|lt|gt|quot|ensp|emsp|#\d{2,5});")


def to_simplified(text: str) -> str:
    """``text`` in simplified script, with web markup left by a saved page read as spaces — exactly as long
    as ``text`` (position ``i`` is character ``i``)."""
    if not text:
        return text
    out = text if text.isascii() else _t2s(text)
    if "<" in out or "&" in out:
        out = _MARKUP.sub(_blank, out)
    return out


#: Tags that end a paragraph or a line on the page: read as a line break, so a page saved as one line of
#: ``<p>…</p><p>（此件公开发布）</p>`` keeps its 附注 on a line of its own.
_BREAKS = re.compile(r"</?(?:p|br|div|li|tr|h[1-6]|table|section)\b", re.I)


def _blank(m: re.Match) -> str:
    tag = m.group()
    return ("\n" + " " * (len(tag) - 1)) if _BREAKS.match(tag) else " " * len(tag)


def _t2s(text: str) -> str:
    conv = _converter()
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    # a phrase rule changed the length: character by character, so every offset still holds
    chars = []
    for ch in text:
        c = conv.convert(ch)
        chars.append(c if len(c) == 1 else ch)
    return "".join(chars)


def _unchanged(texts: list[str]) -> bool:
    """True when ``to_simplified`` leaves each of ``texts`` as it is — asked of OpenCC once for the document
    instead of once a block: no OpenCC phrase holds a line break, so the texts joined by line breaks convert
    part by part, and the joined text comes back unchanged exactly when every part does."""
    joined = "\n".join(texts)
    if "<" in joined or "&" in joined:
        return False
    return joined.isascii() or _converter().convert(joined) == joined


def simplified(doc: Document) -> Document:
    """``doc`` with every block, property and OA form value in simplified script, zoned again — or ``doc``
    itself when nothing changes (the usual case: no copy, no second zoning)."""
    blocks = doc.blocks if _unchanged([b.text for b in doc.blocks]) else tuple(
        replace(b, text=t) if (t := to_simplified(b.text)) != b.text else b for b in doc.blocks)
    meta = tuple((k, to_simplified(v)) for k, v in doc.metadata)
    sc = doc.sidecar
    if sc is not None:
        sc = replace(sc, attribute=sc.attribute and to_simplified(sc.attribute), reason=sc.reason and to_simplified(sc.reason))
    if all(a is b for a, b in zip(blocks, doc.blocks)) and meta == doc.metadata and sc == doc.sidecar:
        return doc
    from .zones import assign_zones, document_parts

    fresh = tuple(b if b.zone is None else replace(b, zone=None, element=None) for b in blocks)
    zoned, fields = assign_zones(fresh, doc.fields.department)
    # labels the extractor set outside the flow (页码 …) survive where the zoner gives none
    zoned = tuple(z if z.zone is not None or b.zone is None else replace(z, zone=b.zone, element=b.element)
                  for z, b in zip(zoned, blocks))
    return replace(doc, blocks=zoned, fields=fields, metadata=meta, sidecar=sc, parts=document_parts(zoned))


class ScriptMap:
    """Quote text of the converted document in the original's script.

    A span of a converted block is the same span of the original (``block_span``). A free string
    (a marking's text, a title, composite evidence) is mapped back character by character with this
    document's own correspondences — only where a simplified character came from one traditional
    character everywhere in the document and never stood as itself, so a mixed-script document keeps
    the simplified character where it cannot tell.
    """

    def __init__(self, original: Document, converted: Document):
        self.original, self.converted = original, converted
        seen: dict[str, set[str]] = {}
        for a, b in zip(original.blocks, converted.blocks):
            if a.text is b.text or a.text == b.text:
                for ch in set(a.text):
                    seen.setdefault(ch, set()).add(ch)
                continue
            for x, y in zip(a.text, b.text):
                seen.setdefault(y, set()).add(x)
        # only letters map back: a space that stands for blanked web markup must never turn into a '<'
        self._back = {s: next(iter(o)) for s, o in seen.items() if len(o) == 1 and s not in o and s.isalpha()}

    def text(self, s: str | None) -> str | None:
        """``s`` (found in the converted document) in the original script."""
        if not s or not self._back:
            return s
        return "".join(self._back.get(ch, ch) for ch in s)

    def block_span(self, block: int | None, start: int | None, end: int | None, s: str | None) -> str | None:
        """``s`` as the original prints it: the original's text at the same place when ``s`` is the text at
        ``[start, end)`` of converted block ``block`` or occurs in that block; otherwise ``text(s)``."""
        if s and block is not None and 0 <= block < len(self.converted.blocks):
            conv, orig = self.converted.blocks[block].text, self.original.blocks[block].text
            if start is not None and end is not None and conv[start:end] == s:
                return orig[start:end]
            at = conv.replace("\u3000", " ").find(s)  # the zoner's fields read ideographic spaces as spaces
            if at >= 0:
                return orig[at:at + len(s)]
        return self.text(s)

    def find(self, s: str | None) -> str | None:
        """``s`` as the original prints it where ``s`` occurs in a converted block, else ``text(s)``."""
        if s:
            for i, b in enumerate(self.converted.blocks):
                if b.text is not self.original.blocks[i].text and s in b.text.replace("\u3000", " "):
                    return self.block_span(i, None, None, s)
        return self.text(s)

    def document(self) -> Document:
        """The original document (its own text) with the zones, fields and parts read from the converted one."""
        blocks = tuple(replace(o, zone=c.zone, element=c.element) for o, c in zip(self.original.blocks, self.converted.blocks))
        f = self.converted.fields
        back = {}
        for name in ("copy_number", "secrecy", "urgency", "issuer", "doc_number", "signer", "title", "signature", "date", "printer"):
            v = getattr(f, name)
            if v is not None:
                back[name] = self.find(v)
        for name in ("recipients", "attachments", "notes", "cc"):
            back[name] = tuple(self.find(x) or "" for x in getattr(f, name))
        return replace(self.original, blocks=blocks, fields=replace(f, **back), parts=self.converted.parts)

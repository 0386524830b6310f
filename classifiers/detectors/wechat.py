"""微信号 of a private person: announced by 微信 / 微信号 / VX / 威信, or the system form ``wxid_…``.

A custom WeChat id is 6–20 characters, a letter first, then letters, digits, ``_`` and ``-``
(WeChat's own rule); no checksum. ``wxid_`` + 6 or more characters is reported without a word.
An official account (公众号) is a thing by the label model. Mask: first two and last two.
"""

from __future__ import annotations

import re

from extractors.model import Document

from ..masking import context as snippet_of
from ..masking import mask_account
from ..registry import register
from ._base import Hit
from ._document import DocumentCheck
from ._labelled import Spec, spec
from ._scan import joined

SPEC = spec(Spec("wechat", ("微信", "微信号", "VX", "vx", "威信", "WeChat"), re.compile(r"[A-Za-z][A-Za-z0-9_\-]{5,19}"),
                 mask_account, "微信号（字母开头 6–20 位）"))
WXID_RE = re.compile(r"(?<![A-Za-z0-9_])wxid_[a-z0-9]{6,22}(?![A-Za-z0-9_])")


def wxid_hits(doc: Document, cfg) -> list[Hit]:
    """``wxid_…`` system ids, with or without a word before them."""
    j = joined(doc, cfg)
    if b"wxid_" not in j.ascii:  # an ASCII word: in the text's ASCII part too
        return []
    out = []
    for m in WXID_RE.finditer(j.text):
        _, b, text, s = j.locate(m.start())
        e = s + len(m.group())
        shown = mask_account(m.group())
        out.append(Hit("wechat", b, s, e, shown, 0.8, "微信系统号 wxid_", "—", (("base wechat wxid_", 0.8),), (), snippet=snippet_of(text, s, e, shown)))
    return out


def with_wxid(labelled: list[Hit], wxid: list[Hit]) -> list[Hit]:
    """The WeChat check's hits: announced ids, then ``wxid_`` ids not already taken."""
    taken = {(id(h.block), h.start) for h in labelled}
    return labelled + [h for h in wxid if (id(h.block), h.start) not in taken]


@register("wechat")
class WeChatDetector(DocumentCheck):
    """Private WeChat ids."""

    name = "wechat"

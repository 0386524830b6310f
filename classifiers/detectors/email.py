"""个人电子邮箱. The office's own public mailboxes are not personal data: a configured address, a
domain in ``public_mail_domains`` (``gov.cn`` by default), or an address right after
投诉邮箱 / 咨询邮箱 / 受理邮箱 …  (《保密审查工作制度》第五条（二）).
"""

from __future__ import annotations

import re

from extractors.model import Document

from ..masking import context as snippet_of
from ..masking import mask_email
from ..registry import register
from ._base import Hit
from ._document import DocumentCheck
from ._scan import context, joined, score_context


EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_DOMAIN_RE = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def find_emails(text: str):
    """(start, end) of every address, anchored on ``@`` (``str.find``): the regex above, run over
    a whole page, tries every letter as a start and crawls 64 characters from each."""
    at = text.find("@")
    while at >= 0:
        s = at
        while s > 0 and at - s < 64 and text[s - 1] in _LOCAL:
            s -= 1
        while s < at and not text[s].isalnum():
            s += 1  # the local part starts with a letter or digit
        m = _DOMAIN_RE.match(text, at + 1)
        if s < at and m is not None:
            yield s, m.end()
            at = text.find("@", m.end())
        else:
            at = text.find("@", at + 1)


def is_public(address: str, cfg) -> bool:
    a = address.lower()
    dom = a.rsplit("@", 1)[-1]
    return a in {m.lower() for m in cfg.public_mailboxes} or any(dom == d or dom.endswith("." + d) for d in cfg.public_mail_domains)


def email_hits(doc: Document, cfg) -> list[Hit]:
    """Scored e-mail addresses of every block (one pass over the joined text)."""
    out: list[Hit] = []
    j = joined(doc, cfg)
    if b"@" not in j.ascii:  # the ASCII part: ~100 bytes of a 4 KB page
        return out
    ctx = context(doc, cfg)
    for ms, me in find_emails(j.text):
        _, b, text, s = j.locate(ms)
        v = j.text[ms:me]
        e = s + len(v)
        # an address alone is as often the office's as a person's: the label (个人邮箱, 申请人邮箱, a name
        # before it) says whose; an office's (电子信箱, 投诉邮箱 …) or a thing's takes it down
        above = ctx.above(b) if not text[:s].strip() else None
        score, steps, used = score_context("email", 0.45, text, s, e, ctx.header(b), cfg, boost=0.4, trap=0.5, office=True, above=above)
        if b.position.cell is not None and any("姓名" in h for k, h in ctx.headers.items() if k[:2] == (b.position.part, b.position.cell[0])):
            score += 0.4  # a column of a list of persons (姓名 | 联系电话 | 电子邮箱)
            steps += (("table of persons (姓名 column)", 0.4),)
        if is_public(v, cfg):
            score -= 0.7
            steps += (("office domain / configured mailbox", -0.7),)
        steps, used = tuple(steps), tuple(used)
        shown = mask_email(v)
        out.append(Hit("email", b, s, e, shown, max(score, 0.0), "电子邮箱地址", "—", steps, used,
                       snippet=snippet_of(text, s, e, shown)))
    return out


@register("email")
class EmailDetector(DocumentCheck):
    """Private e-mail addresses."""

    name = "email"

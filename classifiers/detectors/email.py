"""个人电子邮箱. The office's own public mailboxes are not personal data: a configured address, a
domain in ``public_mail_domains`` (``gov.cn`` by default), or an address right after
投诉邮箱 / 咨询邮箱 / 受理邮箱 …  (《保密审查工作制度》第五条（二）).
"""

from __future__ import annotations

import re
from typing import Iterable

from extractors.model import Document

from ..masking import context as snippet_of
from ..masking import mask_email
from ..model import Finding
from ..registry import AuditContext, register
from ._base import Hit, to_findings, words
from ._scan import joined, memo, nearest_label


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
    office = words("pii_office")
    j = joined(doc, cfg)
    if "@" not in j.text:
        return out
    for ms, me in find_emails(j.text):
        _, b, text, s = j.locate(ms)
        v = j.text[ms:me]
        e = s + len(v)
        steps: list[tuple[str, float]] = [("base email", 0.8)]
        used: list[str] = []
        score = 0.8
        if is_public(v, cfg):
            score -= 0.7
            steps.append(("office domain / configured mailbox", -0.7))
        label, _ = nearest_label(text[max(0, s - cfg.window_before):s], office)
        if label is not None:
            score -= 0.5
            steps.append((f"office label 「{label}」", -0.5))
            used.append(label)
        shown = mask_email(v)
        out.append(Hit("email", b, s, e, shown, max(score, 0.0), "电子邮箱地址", "—", tuple(steps), tuple(used),
                       snippet=snippet_of(text, s, e, shown)))
    return out


@register("email")
class EmailDetector:
    """Private e-mail addresses."""

    name = "email"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg = ctx.config["detectors"]
        return to_findings(memo(doc, cfg, "email", email_hits), cfg)

"""One analysis per document: every detector's findings computed in one place, each check a lookup.

The detectors share most of their work (the joined text, the digit-run scan, the word pass, the
announced identifiers; the name detector reads every other's hits). Run as 21 separate checks,
each paid its own configuration lookup, cache lookups, context objects and ``to_findings`` — a
fixed ~54 µs per document before any text was read. Here the passes run once, in one function,
and each registered check (``DocumentCheck``) takes its slice of the result. Patterns, validation
and scoring stay in the detector modules; only the orchestration lives here.

A document none of whose characters can start a detector's match holds no findings at all: one
character-class search over its joined text says so, and every check returns nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from extractors.model import Document

from ..model import Finding
from ..registry import AuditContext
from ._base import DetectorConfig, Hit, to_findings
from ._scan import joined, memo, shared_scan

#: Characters that every ASCII- or digit-anchored detector needs one of: digits (full-width ones
#: are translated in the joined text, but a lone ＊/Ｘ is not a digit and is listed for safety),
#: letters (passports, plates, permits, QQ/WeChat values, e-mails), ``@`` and the masks ``*``/``×``
#: (the masking policy, the 杜*（于亚） name pass).
_ANCHORS = "0-9A-Za-z@*＊×０-９Ｘｘ"


@lru_cache(maxsize=1)
def _gate() -> re.Pattern:
    """One character class: the anchors above plus the first character of every word that starts
    a match with no digit or letter (a person's role or cue before/after a name, an address label,
    a commercial-secret trigger). Built on first use, after every detector module registered."""
    chars = set(address.STARTERS) | set(commercial_secret.starters()) | set(name.STARTERS)
    return re.compile("[" + _ANCHORS + re.escape("".join(sorted(chars))) + "]")


@lru_cache(maxsize=1)
def _ascii_passes() -> re.Pattern:
    """One search over a page's ASCII part (``Joined.ascii``) for the gates of the passport, e-mail,
    plate, bracketed-landline and ``wxid_`` passes, each of which returns nothing when its own gate
    finds nothing there: a page none of them can match skips the five calls."""
    gates = (passport._GATE.pattern, re.escape(b"@"), plate._GATE.pattern, landline._GATE.pattern, re.escape(b"wxid_"))
    return re.compile(b"|".join(b"(?:" + g + b")" for g in gates))


def quiet(doc: Document, cfg: DetectorConfig) -> bool:
    """True when no detector can find anything in the document."""
    return _gate().search(joined(doc, cfg).text) is None


_NOTHING: dict[str, list[Finding]] = {}


def analyse(doc: Document, cfg: DetectorConfig) -> dict[str, list[Finding]]:
    """Every detector's findings for one document, by check name (a check with none: absent)."""
    if quiet(doc, cfg):
        return _NOTHING
    scan = shared_scan(doc, cfg)
    labelled = memo(doc, cfg, "labelled", _labelled.labelled_hits)
    # each pass runs once here, called directly: the memo (a lock and a dict per key) is for the
    # detector functions called alone; the name pass gets the other passes' hits as an argument
    addresses, military = address.address_hits(doc, cfg), military_id.military_hits(doc, cfg)
    if _ascii_passes().search(joined(doc, cfg).ascii) is None:
        # none of the five ASCII-gated passes can match (most pages of prose): each would return []
        passports, emails, plates, bracketed, wxid = [], [], [], [], []
    else:
        passports, emails = passport.passport_hits(doc, cfg), email.email_hits(doc, cfg)
        plates, bracketed, wxid = plate.plate_hits(doc, cfg), landline.bracketed_hits(doc, cfg), wechat.wxid_hits(doc, cfg)
    others = passports + addresses + emails + [h for v in labelled.values() for h in v] + plates + military + bracketed + wxid
    names, policy, commercial = name.name_hits(doc, cfg, others), masked.policy_hits(scan, cfg), commercial_secret.commercial_hits(doc, cfg)
    threshold = cfg.threshold
    if not any(h.score >= threshold for found in (scan.hits, others, names, policy, commercial) for h in found):
        # no pass found a candidate that reaches the threshold (``to_findings`` would drop every
        # one): most pages of prose, an office's hotline scored down among them
        return _NOTHING
    numbers: dict[str, list[Hit]] = {}
    for h in scan.hits:
        numbers.setdefault(h.subtype, []).append(h)
    hits: dict[str, list[Hit]] = {
        # id_card and id_card_15 interleave in the text: one filter keeps their order
        "id_card": [h for h in scan.hits if h.subtype in id_card.SUBTYPES] if "id_card" in numbers or "id_card_15" in numbers else [],
        "bank_card": numbers.get("bank_card", []),
        "mobile": numbers.get("mobile", []),
        "landline": numbers.get("landline", []) + bracketed,
        "passport": passport.with_foreign(passports, labelled["passport"]) if passports or labelled["passport"] else [],
        "email": emails,
        "address": addresses,
        "qq": labelled["qq"],
        "wechat": wechat.with_wxid(labelled["wechat"], wxid) if wxid else labelled["wechat"],
        "plate": plates,
        "hk_macau_permit": labelled["hk_macau_permit"],
        "taiwan_permit": labelled["taiwan_permit"],
        "taiwan_residence": numbers.get("taiwan_residence", []),
        "foreign_permanent": numbers.get("foreign_permanent", []) + labelled["foreign_permanent"],
        "social_security_card": labelled["social_security_card"],
        "disability_cert": numbers.get("disability_cert", []),
        "military_id": military,
        "medical_insurance": labelled["medical_insurance"],
        "name": names,
        "masking_policy": policy,
        "commercial_secret": commercial,
    }
    # a check absent from the analysis has no findings (``DocumentCheck`` reads it as empty)
    return {k: f for k, v in hits.items() if v and (f := to_findings(v, cfg))}


#: ``(document, Config, analysis)`` of the last document analysed: the 20 checks after the first
#: find it with two identity tests (``Config.__getitem__`` walks the sections: 0.4 µs a lookup).
#: Starts as an entry no document matches, so the fast path is two identity tests and a dict get.
_last: list = [(None, None, _NOTHING)]


class DocumentCheck:
    """A registered detector check: its findings are its slice of the document's analysis."""

    name: str

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        last = _last[0]  # one list read: atomic under the GIL, so no lock for readers
        if last[0] is not doc or last[1] is not ctx.config:
            last = (doc, ctx.config, memo(doc, ctx.config["detectors"], "findings", analyse))
            _last[0] = last
        found = last[2].get(self.name)
        return list(found) if found else ()


# The detector modules define their checks as ``DocumentCheck``s, so they import this module;
# it reads their passes only when a document is analysed, so they are imported last.
from . import (_labelled, address, commercial_secret, email, id_card, landline, masked, military_id, name,  # noqa: E402
               passport, plate, wechat)

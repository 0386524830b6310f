"""A seeded generator of plausible audit records, for tests, the bench and trying the monthly report.

Not used by the service. It mimics a bureau's month: eight drafting sections of uneven size,
公开属性 in realistic shares, faults planted at fixed rates (unmarked documents, full ID numbers in
publicity lists, 密级 marks, tracked changes left in), decisions following the default decision
table, a third of returned documents resubmitted and approved, reviewers dismissing some findings
(more often for the fuzzy rules), and times from drop to decision and to review.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from .records import AuditRecord, FindingRecord

DEPARTMENTS = (("办公室", 14), ("就业促进科", 22), ("养老保险科", 18), ("工伤保险科", 9), ("劳动关系科", 10),
               ("职业能力建设科", 8), ("人事科", 7), ("政策法规科", 12))
ATTRIBUTES = (("主动公开", 55), ("依申请公开", 22), ("不予公开", 16), (None, 7))
#: (code, subtype, chance per document, action for 主动公开 documents, reviewer dismiss rate)
FAULTS = (
    ("LABEL_INVALID", None, 0.02, "return", 0.02),
    ("LABEL_CONFLICT", None, 0.02, "return", 0.05),
    ("REASON_MISSING", None, 0.02, "return", 0.1),
    ("PERSONAL_DATA", "id_card", 0.06, "return", 0.03),
    ("PERSONAL_DATA", "mobile", 0.05, "return", 0.08),
    ("PERSONAL_DATA", "bank_card", 0.015, "return", 0.05),
    ("SECRET_MARKING", None, 0.01, "return", 0.0),
    ("SECRET_CONTENT", None, 0.03, "escalate", 0.35),
    ("HIDDEN_CONTENT", "comment", 0.04, "return", 0.1),
    ("HIDDEN_CONTENT", "deletion", 0.03, "return", 0.1),
    ("LABEL_MISMATCH", None, 0.03, "return", 0.25),
)
_RANK = {"approve": 0, "escalate": 1, "return": 2, "error": 3}


def _weighted(rng: random.Random, table):
    return rng.choices([t[0] for t in table], weights=[t[1] for t in table])[0]


def generate(n: int, year: int, month: int, *, months: int = 1, seed: int = 7) -> list[AuditRecord]:
    """``n`` records spread over ``months`` calendar months ending with (year, month)."""
    from .stats import month_bounds, previous_months

    rng = random.Random(seed)
    spans = [month_bounds(y, m) for y, m in previous_months(year, month, months)]
    out: list[AuditRecord] = []
    run = 0
    while len(out) < n:
        start, end = spans[rng.randrange(len(spans))]
        received = start + dt.timedelta(seconds=rng.randrange(int((end - start).total_seconds()) - 4 * 86400))
        dept = _weighted(rng, DEPARTMENTS)
        attr = _weighted(rng, ATTRIBUTES)
        number = f"卫人社发〔{received.year}〕{run + 1}号" if rng.random() < 0.8 else None
        title = f"关于{dept}第{run}号事项的通知"
        findings = []
        decision = "approve"
        if attr is None:
            findings.append(("LABEL_MISSING", None, "return", 0.0))
            decision = "return"
        if rng.random() < 0.01:
            findings = [("UNREADABLE", "encrypted", "error", 0.0)]
            decision = "error"
        else:
            for code, sub, p, action, fp in FAULTS:
                if rng.random() < p:
                    act = action if attr in ("主动公开", None) or code in ("SECRET_CONTENT", "LABEL_INVALID", "LABEL_CONFLICT",
                                                                        "REASON_MISSING", "LABEL_MISMATCH") else "note"
                    findings.append((code, sub, act, fp))
                    if act != "note" and _RANK[act] > _RANK[decision]:
                        decision = act
        run += 1
        out.append(_record(rng, run, dept, attr, number, title, findings, decision, received, None))
        if decision == "return" and rng.random() < 0.35 and len(out) < n:
            # resubmitted after correction, a few days later: the faults are gone
            again = received + dt.timedelta(hours=rng.randint(20, 96))
            run += 1
            out.append(_record(rng, run, dept, attr or "主动公开", number, title, [], "approve", again, None))
        if rng.random() < 0.02 and len(out) < n:
            # the very same file dropped twice
            run += 1
            out.append(_record(rng, run, dept, attr, number, title, findings, decision,
                               received + dt.timedelta(minutes=rng.randint(1, 90)), out[-1].run_id))
    return out[:n]


def _record(rng, run, dept, attr, number, title, findings, decision, received, duplicate_of) -> AuditRecord:
    decided = received + dt.timedelta(seconds=rng.randint(2, 600))
    frs = []
    for i, (code, sub, _act, fp) in enumerate(findings):
        fingerprint = hashlib.sha256(f"{run}:{i}:{code}".encode()).hexdigest()[:20]
        verdict = reason = None
        if code != "UNREADABLE" and rng.random() < 0.7:
            verdict = "dismissed" if rng.random() < fp else "confirmed"
            reason = "false_positive" if verdict == "dismissed" else None
        frs.append(FindingRecord(code, sub, fingerprint, "", verdict, reason))
    review = reviewed = reviewer = None
    if decision != "error" and rng.random() < 0.8:
        reviewed = decided + dt.timedelta(minutes=rng.randint(20, 60 * 48))
        reviewer = rng.choice(("马主任", "李科长", "王审核"))
        if decision == "approve":
            review = "returned" if rng.random() < 0.04 else "approved"
        elif decision == "escalate":
            review = "approved" if rng.random() < 0.5 else "returned"
        else:
            review = "approved" if rng.random() < 0.06 else "returned"
    sha = hashlib.sha256(f"doc{duplicate_of or run}".encode()).hexdigest()
    opinion = {"approve": "公开；经审查未发现涉密、个人隐私或不宜公开内容", "return": "退回修改", "escalate": "需报审",
               "error": "无法审查"}[decision]
    return AuditRecord(
        run_id=run, file=f"{title}.docx", decision=decision, received_at=received, decided_at=decided, department=dept,
        attribute=attr, sha256=sha, doc_number=number, title=title, findings=tuple(frs), review=review,
        reviewed_at=reviewed, reviewer=reviewer, duplicate_of=duplicate_of, opinion=opinion,
    )

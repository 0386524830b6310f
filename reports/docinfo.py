"""The few facts about a document every report prints, from wherever they are known.

A fresh audit carries its ``Document``; a result rebuilt from the ledger's contract (a duplicate
drop, a restart) does not, but its contract's ``document`` part still names the title, 发文字号 and
承办科室. ``doc_info`` takes the first that knows: the Document (fields, then OA sidecar), the
department the caller passes (the inbox subfolder), the contract, and last the file name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from classifiers.masking import mask_text
from classifiers.model import AuditResult


@dataclass(frozen=True, slots=True)
class DocInfo:
    title: str
    doc_number: str | None = None
    department: str | None = None
    doc_type: str | None = None
    secrecy: str | None = None
    page_count: int | None = None


def doc_info(result: AuditResult, contract: dict[str, Any] | None = None, department: str | None = None) -> DocInfo:
    """Title, 发文字号, 承办科室, 文种, 密级, 页数 for the reports."""
    doc = result.document
    c = (contract or {}).get("document") or {}
    f = doc.fields if doc is not None else None
    dept = None
    if f is not None and f.department:
        dept = f.department
    elif doc is not None and doc.sidecar is not None and doc.sidecar.department:
        dept = doc.sidecar.department
    dept = dept or department or c.get("department")

    def pick(name: str):
        v = getattr(f, name) if f is not None else None
        return v or c.get(name)

    return DocInfo(
        title=mask_text(pick("title")) or PurePath(result.file).stem,  # never a full number, whatever the title caught
        doc_number=pick("doc_number"), department=dept, doc_type=pick("doc_type"), secrecy=pick("secrecy"),
        page_count=(doc.page_count if doc is not None else None) or c.get("page_count"),
    )

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

from . import labels as L


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

    title = pick("title") or PurePath(result.file).stem
    return DocInfo(
        title=mask_text(title),
        doc_number=mask_text(pick("doc_number")), department=mask_text(dept),
        doc_type=mask_text(pick("doc_type") or doc_kind(title)), secrecy=mask_text(pick("secrecy")),
        page_count=(doc.page_count if doc is not None else None) or c.get("page_count"),
    )


def doc_kind(title: str | None) -> str | None:
    """The kind of document a title names when it is not one of GB/T 9704's 文种 (公示, 名单, 办事指南 …).

    The extractor's 文种 (``Document.fields.doc_type``) knows the fifteen 文种 of the standard; the
    reports also name the everyday kinds a 人社局 publishes, so a 公示 is not shown as "—".
    """
    t = (title or "").rstrip(" \u3000）)」》")
    return next((k for k in L.OTHER_DOC_KINDS if t.endswith(k)), None)

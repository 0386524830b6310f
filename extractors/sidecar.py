"""The OA sidecar: 发文稿纸 form fields delivered next to a document.

Looked up as ``<file>.json`` / ``<file>.xml`` first (``通知.docx.json``), then ``<stem>.json`` /
``<stem>.xml`` (``通知.json``). JSON is one object; XML is one root element whose children are the
fields. Keys may be Chinese or English (README § "OA sidecar")::

    {"公开属性": "依申请公开", "不公开理由": "涉及个人隐私", "承办科室": "养老保险科",
     "拟稿人": "王某", "发文字号": "卫人社发〔2026〕12号", "密级": "无"}

An unreadable sidecar is not fatal: it becomes a warning on the Document and the audit goes on
without it (the rules then see no form value).
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from pathlib import Path

from .model import Document, GongwenFields, Sidecar, without_surrogates
from .names import UNRECOGNISED_DEPARTMENT, department_name, department_problem, shown
from .ooxml import SAFE_PARSER

#: field → accepted keys (Chinese as OA systems export them, and English).
KEYS = {
    "attribute": ("公开属性", "公开方式", "信息公开选项", "政府信息公开属性", "attribute", "govPublicItem", "disclosure"),
    "reason": ("不公开理由", "公开理由", "依申请公开理由", "免予公开理由", "reason", "govPublicItemReason"),
    "department": ("承办科室", "拟稿科室", "主办科室", "department"),
    "drafter": ("拟稿人", "起草人", "drafter"),
    "doc_number": ("发文字号", "文号", "doc_number"),
    "secrecy": ("密级", "secrecy"),
}
SUFFIXES = (".json", ".xml")
MAX_BYTES = 1024 * 1024


def sidecar_paths(doc_path: Path) -> list[Path]:
    """Candidate sidecar files for ``doc_path``, most specific first."""
    out = [doc_path.with_name(doc_path.name + s) for s in SUFFIXES]
    out += [doc_path.with_suffix(s) for s in SUFFIXES if doc_path.suffix.lower() not in SUFFIXES]
    return out


def find_sidecar(doc_path: Path) -> Path | None:
    """The first candidate that is a regular file — never a link, a FIFO or a device (never read through)."""
    for p in sidecar_paths(doc_path):
        try:
            st = os.lstat(p)  # a candidate name over NAME_MAX raises here: it cannot exist
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and p != doc_path:
            return p
    return None


def read_sidecar(path: Path) -> Sidecar:
    """Parse one sidecar file; raises ValueError with a bilingual message when it is malformed."""
    # at most one byte past the bound is read (a sparse 2 GiB sidecar was read whole and the audit ran out of memory),
    # never through a link
    with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)), "rb") as fh:
        data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError("OA 表单文件过大 / sidecar larger than 1 MiB")
    raw: dict[str, str] = {}
    if path.suffix.lower() == ".json":
        try:
            obj = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise ValueError(f"OA 表单 JSON 格式错误 / sidecar is not valid JSON: {e}") from None
        except (RecursionError, ValueError):  # nested thousands deep, or an integer of thousands of digits
            raise ValueError("OA 表单 JSON 嵌套过深或数字过长 / sidecar JSON nested too deep or with a number too long") from None
        if not isinstance(obj, dict):
            raise ValueError("OA 表单应为一个 JSON 对象 / sidecar JSON must be an object")
        # a ``\ud800`` escape is valid JSON but no character: made U+FFFD, as nothing later can write it
        raw = without_surrogates({str(k): "" if v is None else str(v) for k, v in obj.items() if not isinstance(v, (dict, list))})
    else:
        from lxml import etree

        if b"<!DOCTYPE" in data[:2048] or b"<!ENTITY" in data[:4096]:
            raise ValueError("OA 表单 XML 含 DTD，已拒绝 / sidecar XML with a DTD is refused")
        try:
            root = etree.fromstring(data, SAFE_PARSER)
        except etree.XMLSyntaxError as e:
            raise ValueError(f"OA 表单 XML 格式错误 / sidecar is not valid XML: {e}") from None
        raw = {etree.QName(el).localname: (el.text or "").strip() for el in root if isinstance(el.tag, str)}
    picked: dict[str, str | None] = {}
    used: set[str] = set()
    for field, keys in KEYS.items():
        for k in keys:
            if raw.get(k, "").strip():
                picked[field] = raw[k].strip()
                used.add(k)
                break
    extra = tuple(sorted((k, v) for k, v in raw.items() if k not in used))
    return Sidecar(path=path.name, extra=extra, **picked)


def attach_sidecar(doc: Document, doc_path: Path, department: str | None = None) -> Document:
    """The document with its sidecar (if any) and the 承办科室 (sidecar, else inbox subfolder, else the document's form).

    Every department value is checked as a folder name (``extractors.names.department_name``): an
    invalid one (``../../outside``, an absolute path, control characters …) becomes
    ``_未识别科室`` with a warning, so the report shows it and the file is filed under that folder.
    """
    sc_path = find_sidecar(doc_path)
    sc = None
    warnings = doc.warnings
    if sc_path is not None:
        try:
            sc = read_sidecar(sc_path)
        except (ValueError, OSError) as e:
            warnings = warnings + (f"{sc_path.name}: {e}",)
    if sc is not None and sc.department:
        safe = department_name(sc.department)
        if safe == UNRECOGNISED_DEPARTMENT:
            warnings = warnings + (_bad_department("OA 表单 / sidecar", sc.department),)
        sc = replace(sc, department=safe)
    form = doc.fields.department
    if form and department_name(form) == UNRECOGNISED_DEPARTMENT:
        warnings = warnings + (_bad_department("发文稿纸 / document form", form),)
    dept = (sc.department if sc and sc.department else None) or department_name(department) or department_name(form)
    fields: GongwenFields = replace(doc.fields, department=dept) if dept != doc.fields.department else doc.fields
    if sc is None and dept == doc.fields.department and warnings == doc.warnings:
        return doc
    return replace(doc, sidecar=sc, fields=fields, warnings=warnings)


def _bad_department(where: str, raw: str) -> str:
    import unicodedata

    why = department_problem(unicodedata.normalize("NFC", raw).strip()) or ""
    return (f"{where}：承办科室“{shown(raw)}”不能用作科室名（{why}），按“{UNRECOGNISED_DEPARTMENT}”处理 / "
            f"department name is not usable, filed as {UNRECOGNISED_DEPARTMENT}")

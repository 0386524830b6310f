"""``write_document_reports``: everything written beside one audited file in its route.

``<stem>.审查报告.html`` (the flag report), ``<stem>.result.json`` (the result contract, the same
JSON ``gongkai audit --json`` prints) and, when the decision is ``return``, ``<stem>.退文通知单.docx``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from classifiers.model import AuditResult

from .docinfo import doc_info
from .flag import render_flag_report
from .notice import NoticeOptions, write_return_notice

HTML_SUFFIX = ".审查报告.html"
JSON_SUFFIX = ".result.json"
NOTICE_SUFFIX = ".退文通知单.docx"


def contract_json(result: AuditResult) -> str:
    """The result contract as stable JSON (``ensure_ascii=False, indent=2, sort_keys=True``)."""
    return json.dumps(result.to_contract(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _write_text(path: Path, text: str) -> None:
    # write-then-rename so a reviewer opening the report from a share never sees half a page
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write_document_reports(result: AuditResult, out_dir: Path, stem: str, *,
                           notice: NoticeOptions | None = None, now: dt.datetime | None = None,
                           contract: dict[str, Any] | None = None, department: str | None = None) -> list[Path]:
    """Write the flag report, the contract JSON and (for ``return``) the 退文通知单; return their paths.

    ``contract`` (the stored result contract) and ``department`` (the inbox subfolder) fill in the
    title, 发文字号 and 承办科室 when ``result`` was rebuilt without its Document (a duplicate drop).
    """
    info = doc_info(result, contract, department)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    now = now or dt.datetime.now()
    html_path = out_dir / f"{stem}{HTML_SUFFIX}"
    json_path = out_dir / f"{stem}{JSON_SUFFIX}"
    _write_text(html_path, render_flag_report(result, audited_at=now, bureau=(notice or NoticeOptions()).bureau, info=info))
    _write_text(json_path, contract_json(result))
    paths = [html_path, json_path]
    if str(result.decision) == "return":
        docx_path = out_dir / f"{stem}{NOTICE_SUFFIX}"
        tmp = docx_path.with_name(docx_path.name + ".part")
        write_return_notice(result, tmp, options=notice, today=now.date(), info=info)
        os.replace(tmp, docx_path)
        paths.append(docx_path)
    return paths

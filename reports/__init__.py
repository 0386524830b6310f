"""Results → flag report, return notice, register and monthly statistics.

Public API (heavy libraries — python-docx, openpyxl, matplotlib — load only when used):

- ``write_document_reports(result, out_dir, stem)`` → ``[<stem>.审查报告.html, <stem>.result.json,
  (<stem>.退文通知单.docx)]``
- ``reports.records.AuditRecord`` — the plain record statistics are computed from
- ``reports.register.write_register(records, path, start, end)`` — 政务公开登记台账 (xlsx)
- ``reports.monthly.write_monthly(records, month, out_dir)`` — monthly xlsx + HTML with charts
"""

from .document import write_document_reports
from .notice import NoticeOptions

__all__ = ["NoticeOptions", "write_document_reports"]

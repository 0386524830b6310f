"""Results → flag report, return notice, register and monthly statistics.

Public API (heavy libraries — python-docx, openpyxl, matplotlib — load only when used):

- ``write_document_reports(result, out_dir, stem)`` → ``[<stem>.审查报告.html, <stem>.result.json,
  (<stem>.退文通知单.docx when the decision is return)]``; ``NoticeOptions`` says who signs and the deadline
- ``reports.records.AuditRecord`` — the plain record statistics are computed from;
  ``reports.source`` fills records from the ledger
- ``reports.register.write_register(rows, path, start, end)`` — 政务公开登记台账 (xlsx)
- ``reports.stats.compute_monthly(records, year, month)`` → ``MonthlyStats``;
  ``reports.monthly.write_monthly(stats, out_dir)`` → xlsx workbook + HTML page with charts
- ``reports.rubric.load_rubric(path)`` — the assessment rubric (default ``reports/rubric.toml``)
- ``reports.settings.load_report_settings(config_path)`` — the ``[reports]`` section
"""

from .document import write_document_reports
from .notice import NoticeOptions

__all__ = ["NoticeOptions", "write_document_reports"]

"""``gongkai eval``: measure the audit on a bureau's own archive against its own truth file.

- ``read_truth(path)`` → ``TruthFile`` (CSV or JSONL; ``TruthFileError`` names the line), ``template_text()``
- ``observed(result)`` and ``evaluate(rows, results, …)`` → ``Evaluation`` (pure scoring)
- ``print_evaluation(ev, out)`` / ``to_dict(ev)``, ``write_workbook(ev, path)``, ``write_page(ev, path)``
"""

from .page import render_page, write_page
from .score import CodeScore, Evaluation, Matrix, Observed, Outcome, evaluate, matrix, observed
from .text import print_evaluation, to_dict
from .truth import KNOWN_CODES, TRUTH_CODES, TruthFile, TruthFileError, TruthRow, normalise_path, parse_truth, read_truth, template_text
from .workbook import write_workbook

__all__ = ["KNOWN_CODES", "TRUTH_CODES", "CodeScore", "Evaluation", "Matrix", "Observed", "Outcome", "TruthFile",
           "TruthFileError", "TruthRow", "evaluate", "matrix", "normalise_path", "observed", "parse_truth", "print_evaluation",
           "read_truth", "render_page", "template_text", "to_dict", "write_page", "write_workbook"]

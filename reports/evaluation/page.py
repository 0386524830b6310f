"""The evaluation as one self-contained HTML page (Jinja2, autoescaped; every string masked).

The template is ``reports/templates/eval.html``. Autoescape is on for every value and a ``finalize``
hook masks every string printed, so a file name or note carrying ``<script>`` or an ID number in the
truth file reaches the page as inert, masked text. Nothing is fetched from elsewhere.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

from classifiers.masking import mask_text

from .. import labels as L
from . import messages as M
from .score import Evaluation
from .text import attribute_shown, code_row, codes_shown, disagreement_rows, evidence_lines, label_name, percent


def _finalize(value):
    return mask_text(value) if isinstance(value, str) else ("" if value is None else value)


def render_page(ev: Evaluation, generated: dt.datetime | None = None) -> str:
    """The HTML text of the evaluation page."""
    from jinja2 import Environment, StrictUndefined

    env = Environment(autoescape=True, finalize=_finalize, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    source = resources.files("reports").joinpath("templates", "eval.html").read_text(encoding="utf-8")
    n = dict(truth=ev.truth_rows, scored=len(ev.outcomes), extra=len(ev.not_in_truth), missing=len(ev.missing))
    bad = [{"file": o.truth.file, "rows": disagreement_rows(o), "evidence": evidence_lines(o), "error": o.got.error,
            "note": o.truth.note} for o in ev.disagreements]
    files = [{"file": o.truth.file, "ok": o.agrees, "cells": [attribute_shown(o.truth.attribute), attribute_shown(o.got.attribute),
              label_name(o.truth.decision), label_name(o.got.decision), codes_shown(o.truth.codes), codes_shown(o.got.codes)]}
             for o in ev.outcomes]
    return env.from_string(source).render(
        M=M, bureau=L.BUREAU, product=L.PRODUCT, ev=ev, summary=M.SUMMARY.format(**n), summary_en=M.SUMMARY_EN.format(**n),
        attribute_pct=percent(ev.attribute), decision_pct=percent(ev.decision),
        matrices=[(M.ATTRIBUTE_ACCURACY, percent(ev.attribute), ev.attribute), (M.DECISION_AGREEMENT, percent(ev.decision), ev.decision)],
        label_name=label_name, code_rows=[code_row(s) for s in ev.codes], micro=code_row(ev.micro),
        unscored="、".join(f"{c}×{k}" for c, k in ev.unscored), disagreements=bad, files=files,
        generated=L.datetime_zh(generated or dt.datetime.now()),
    )


def write_page(ev: Evaluation, path: str | Path) -> Path:
    """Write the evaluation page at ``path`` (mode 0640) and return the path."""
    import os

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_page(ev), encoding="utf-8")
    os.chmod(path, 0o640)
    return path

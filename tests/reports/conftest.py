"""Real AuditResults for the report tests: the demo set and one document with hidden content."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def demo_results(demo_inbox) -> dict:
    """{inbox-relative path: AuditResult} for every demo file, department from the subfolder."""
    from classifiers import audit_path

    out = {}
    for p in sorted(demo_inbox.rglob("*")):
        if p.is_file() and p.suffix in (".docx", ".pdf") and not p.name.startswith("."):
            rel = str(p.relative_to(demo_inbox))
            out[rel] = audit_path(p, department=p.parent.name, display=rel)
    return out


@pytest.fixture(scope="session")
def id_list_result(demo_results):
    """The publicity list with six full ID numbers (decision return)."""
    return demo_results["就业促进科/创业补贴公示（含完整身份证号）.docx"]


@pytest.fixture(scope="session")
def hidden_doc(tmp_path_factory) -> tuple[Path, str, str]:
    """(path, planted ID, planted mobile): a 主动公开 notice with a comment, hidden text and a tracked deletion."""
    from samples.content import ARCHETYPES, mark
    from samples.docx_writer import write_docx
    from samples.fake import Faker
    from samples.spec import Hidden

    f = Faker(5)
    idn, mob = f.id_card(), f.mobile()
    spec = replace(mark(ARCHETYPES["pension_notice"](f), "主动公开"), hidden=(
        Hidden("comment", f"请核实联系人手机{mob}", 1, "张科长"),
        Hidden("vanish", f"经办人身份证号{idn}", 2),
        Hidden("deletion", "原定缴费截止日期为5月31日", 3),
    ))
    path = write_docx(spec, tmp_path_factory.mktemp("hidden") / "养老保险科" / "征缴通知（含批注）.docx")
    return path, idn, mob


@pytest.fixture(scope="session")
def hidden_result(hidden_doc):
    from classifiers import audit_path

    return audit_path(hidden_doc[0], department="养老保险科")


@pytest.fixture(scope="session")
def raw_numbers():
    """f(result) → every 11+ digit run in the document's blocks: what a report must never print in full."""
    import re

    def numbers(result) -> set[str]:
        return {m.group() for b in result.document.blocks for m in re.finditer(r"\d{11,}[Xx]?", b.text)}

    return numbers

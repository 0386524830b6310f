"""Build small 公文 from lines and run one rule over them, as ``audit_document`` would."""

from __future__ import annotations

import pytest

from classifiers import load_config
from classifiers import markings
from classifiers.model import Finding, Suggestion
from classifiers.registry import AuditContext
from extractors.model import Block, BlockKind, Document, Position, Sidecar
from extractors.zones import assign_zones

COUNTIES = "各县（区）人力资源和社会保障局，市社会保险事业管理中心："
SIGN = ["中卫市人力资源和社会保障局", "2026年11月20日"]
RECORD = ["抄送：市财政局", "中卫市人力资源和社会保障局办公室　　2026年11月20日印发"]


def make_gongwen(title: str, body: list[str], *, recipients: str | None = COUNTIES, notes=(), rows=(), head=(),
            header: str | None = None, sidecar: Sidecar | None = None, number: str = "卫人社发〔2026〕12号") -> Document:
    lines = list(head) + ["中卫市人力资源和社会保障局文件", number, title] + ([recipients] if recipients else [])
    lines += list(body) + SIGN + list(notes) + list(rows) + RECORD
    blocks = [Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines)]
    if header:
        blocks.append(Block(BlockKind.HEADER, header, Position(block=len(blocks), part="word/header1.xml")))
    zoned, fields = assign_zones(tuple(blocks))
    return Document("t.docx", "0" * 64, "docx", zoned, fields, sidecar=sidecar)


@pytest.fixture(scope="session")
def gongwen():
    """``gongwen(title, body, recipients=…, notes=…, rows=…, head=…, header=…, sidecar=…)`` → Document."""
    return make_gongwen


@pytest.fixture(scope="session")
def config():
    return load_config()


@pytest.fixture(scope="session")
def run(config):
    """``run(check_class, doc, config=None)`` → (findings, suggestions)."""

    def _run(check, doc: Document, cfg=None):
        cfg = cfg or config
        scan = markings.scan(doc, cfg["markings"])
        ctx = AuditContext(document=doc, config=cfg, attribute=scan.attribute, marking=scan.primary)
        items = list(check()(doc, ctx))
        return [i for i in items if isinstance(i, Finding)], [i for i in items if isinstance(i, Suggestion)]

    return _run

"""Fixtures for the detector tests; ``helpers_detectors.make_doc`` builds small Documents by hand."""

from __future__ import annotations

import pytest

from extractors.model import Document


@pytest.fixture(scope="session")
def run_check():
    from classifiers import load_config
    from classifiers.registry import AuditContext, select

    cfg = load_config()

    def run(name: str, doc: Document, config=None):
        config = config or cfg
        ctx = AuditContext(document=doc, config=config, attribute=None, marking=None)
        (check,) = select([name])
        return [f for f in check(doc, ctx)]

    return run

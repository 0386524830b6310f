"""Fixtures of the storage tests: a fresh ledger, and the demo set's real audit results."""

from __future__ import annotations

import pytest

from storage import Ledger


@pytest.fixture
def ledger(tmp_path):
    led = Ledger.for_root(tmp_path)
    yield led
    led.close()


@pytest.fixture(scope="module")
def results(demo_inbox, default_config):
    """Real audit results of the demo set, by file name."""
    from classifiers import audit_path

    return {p.name: audit_path(p, default_config, department=p.parent.name) for p in sorted(demo_inbox.rglob("*.docx"))}

"""Fixtures for the console and API tests: a root the inline service has processed, with people in it."""

from __future__ import annotations

import shutil

import pytest
from console_helpers import DEMO_FILES, add_people, process_inbox


@pytest.fixture(scope="session")
def console_template(tmp_path_factory, demo_inbox):
    root = tmp_path_factory.mktemp("console-template") / "root"
    for rel in DEMO_FILES:
        (root / "inbox" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(demo_inbox / rel, root / "inbox" / rel)
    process_inbox(root, 3)
    token = add_people(root)
    return root, token


@pytest.fixture
def console_root(console_template, tmp_path):
    """A private copy of the processed root (tests decide and move files)."""
    src, token = console_template
    root = tmp_path / "root"
    shutil.copytree(src, root, symlinks=True)
    return root, token


@pytest.fixture
def client(console_root):
    from fastapi.testclient import TestClient

    from flows.web import create_app

    root, token = console_root
    app = create_app(root, webhooks=False)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        c.root, c.token = root, token
        yield c
    app.state.console.ledger.close()



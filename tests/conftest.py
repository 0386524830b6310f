"""Shared fixtures: the demo inbox is generated once per session (it is the README's sample set)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def demo_inbox(tmp_path_factory) -> Path:
    from samples.demo import build_demo

    root = tmp_path_factory.mktemp("demo") / "inbox"
    build_demo(root)
    return root


@pytest.fixture(scope="session")
def demo_expected(demo_inbox) -> dict:
    return json.loads((demo_inbox / ".expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def default_config():
    from classifiers import load_config

    return load_config()

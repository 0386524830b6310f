"""Shared fixtures: the demo inbox is generated once per session (it is the README's sample set)."""

from __future__ import annotations

import json
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import pytest

NO_CJK_FONT = ("no CJK font installed (Debian: apt install fonts-noto-cjk; .ci/run installs it): the sample PDFs "
               "name a CJK font without embedding it, so layout and LibreOffice output depend on one being present")


@lru_cache(maxsize=1)
def cjk_font_installed() -> bool:
    """Whether fontconfig knows a font covering Chinese (the tests that print or lay out CJK text need one)."""
    exe = shutil.which("fc-list")
    if exe is None:
        return False
    try:
        out = subprocess.run([exe, ":lang=zh", "family"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(out.strip())


def pytest_collection_modifyitems(config, items):
    """``@pytest.mark.cjk_font`` tests skip, with the reason, on a machine without a CJK font."""
    if cjk_font_installed():
        return
    skip = pytest.mark.skip(reason=NO_CJK_FONT)
    for item in items:
        if item.get_closest_marker("cjk_font"):
            item.add_marker(skip)


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

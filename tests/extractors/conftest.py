"""The extractor feature samples, generated once per session (``samples.extract_fixtures``)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def fixtures(tmp_path_factory) -> dict[str, Path]:
    from samples.extract_fixtures import build_fixtures

    return build_fixtures(tmp_path_factory.mktemp("extract_fixtures"))


@pytest.fixture(scope="session")
def extracted(fixtures):
    """{name: Document} for every fixture that extracts (the scanned PDF does not)."""
    from extractors import ExtractionError, extract

    out = {}
    for name, path in fixtures.items():
        try:
            out[name] = extract(path, source=path.name)
        except ExtractionError:
            pass
    return out

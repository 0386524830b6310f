"""The layering is one-way: extractors → classifiers → storage → reports → flows.

Library layers never import Prefect nor read the environment; only ``flows`` does. Checked on the
source (AST), so a violation fails here rather than in review.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["extractors", "classifiers", "storage", "reports", "flows"]
#: samples is a side package: it may use extractors' and classifiers' helpers, and nothing above.
ALLOWED = {pkg: set(ORDER[: i + 1]) for i, pkg in enumerate(ORDER)}
ALLOWED["samples"] = {"samples", "extractors", "classifiers"}
ALLOWED["flows"].add("samples")  # the demo writes the sample set


def _modules(pkg: str):
    yield from sorted((ROOT / pkg).rglob("*.py"))


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield node.lineno, a.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module.split(".")[0]


@pytest.mark.parametrize("pkg", ORDER + ["samples"])
def test_imports_go_one_way(pkg):
    bad = []
    for path in _modules(pkg):
        for line, top in _imports(path):
            if top in ALLOWED and top not in ALLOWED[pkg]:
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {top}")
            if top == "prefect" and pkg != "flows":
                bad.append(f"{path.relative_to(ROOT)}:{line} imports prefect outside flows/")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("pkg", ["extractors", "classifiers", "storage", "reports"])
def test_library_layers_do_not_read_the_environment(pkg):
    bad = []
    for path in _modules(pkg):
        src = path.read_text(encoding="utf-8")
        for needle in ("os.environ", "os.getenv", "getenv("):
            if needle in src:
                # the LibreOffice conversion passes a private HOME to a child process only
                if path.name == "legacy.py" and needle == "os.environ":
                    continue
                bad.append(f"{path.relative_to(ROOT)} uses {needle}")
    assert not bad, "\n".join(bad)

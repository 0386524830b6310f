"""A hostile or mistyped ``--rubric`` file is a clear error naming the key (probe 13), never a traceback, a partial
workbook or an endless read."""

from __future__ import annotations

import pytest

from extractors.errors import ConfigError
from reports.rubric import load_rubric

GOOD = '[[items]]\nname = "公开属性标注率"\nmetric = "label_compliance"\nweight = 1\n'


@pytest.mark.parametrize("text, key", [
    ("total = nan\n" + GOOD, "total"), ("total = inf\n" + GOOD, "total"),
    (GOOD.replace("weight = 1", "weight = nan"), "weight"), (GOOD.replace("weight = 1", 'weight = "abc"'), "weight"),
    (GOOD.replace("weight = 1", "weight = {x = 1}"), "weight"), ('min_documents = "x"\n' + GOOD, "min_documents"),
    ("min_documents = 1.5\n" + GOOD, "min_documents"), ("items = [1, 2]\n", "items"),
    ("title = " + "[" * 5000 + "]" * 5000 + "\n" + GOOD, "嵌套"),
])
def test_bad_values_name_their_key(tmp_path, text, key):
    p = tmp_path / "r.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=key):
        load_rubric(p)


def test_a_folder_a_device_or_a_huge_file_is_no_rubric(tmp_path):
    with pytest.raises(ConfigError, match="普通文件"):
        load_rubric(tmp_path)
    with pytest.raises(ConfigError, match="普通文件"):
        load_rubric("/dev/zero")
    big = tmp_path / "big.toml"
    with open(big, "wb") as fh:
        fh.truncate(4 << 30)
    with pytest.raises(ConfigError, match="1 MiB"):
        load_rubric(big)


def test_the_shipped_rubric_and_a_plain_one_load(tmp_path):
    assert load_rubric().items
    p = tmp_path / "r.toml"
    p.write_text("total = 5\nmin_documents = 2\n" + GOOD, encoding="utf-8")
    r = load_rubric(p)
    assert r.total == 5.0 and r.min_documents == 2

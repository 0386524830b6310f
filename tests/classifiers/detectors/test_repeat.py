"""The cross-document cache of a digit run's classification (``_repeat``): a line repeated on
every page (an office's hotline) is scored once, and a page reads exactly what it would alone."""

from __future__ import annotations

from helpers_detectors import make_doc

from classifiers import load_config
from classifiers.detectors import _scan
from classifiers.detectors._repeat import LocalCache


def _landlines(doc, cfg):
    return [h for h in _scan.scan_document(doc, cfg).hits if h.subtype == "landline"]


def test_a_repeated_line_gives_each_page_its_own_block_and_the_same_score():
    cfg = load_config()["detectors"]
    _scan._LOCAL.clear()
    first = make_doc("关于开展年度检查的通知", "咨询电话：0955-7012333")
    second = make_doc("各单位：", "请认真落实。", "咨询电话：0955-7012333")
    a, b = _landlines(first, cfg), _landlines(second, cfg)
    assert len(a) == len(b) == 1
    assert b[0].block is second.blocks[2] and a[0].block is first.blocks[1]
    assert a[0]._replace(block=None) == b[0]._replace(block=None)


def test_the_line_above_and_the_configuration_are_part_of_the_key():
    cfg = load_config()["detectors"]
    _scan._LOCAL.clear()
    office = _landlines(make_doc("咨询电话", "0955-7012333"), cfg)
    home = _landlines(make_doc("家庭电话", "0955-7012333"), cfg)
    assert office[0].score < cfg.threshold <= home[0].score
    louder = load_config(overrides={"detectors": {"extra_hotwords": {"landline": ["咨询电话"]}}})["detectors"]
    line = make_doc("咨询电话：0955-7012333")
    assert _landlines(line, louder)[0].score > _landlines(line, cfg)[0].score


def test_the_cache_is_bounded_and_checks_the_configuration_by_identity():
    c = LocalCache(size=3)
    cfg, other = object(), object()
    for k in range(10):
        c.put(k, cfg, k)
    assert len(c._data) <= 3
    c.put("x", cfg, 1)
    assert c.get("x", cfg) == 1 and c.get("x", other) is LocalCache.MISS
    assert c.cached("y", cfg, lambda: 2) == 2 and c.cached("y", cfg, lambda: 3) == 2

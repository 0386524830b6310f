"""Probe 12 (a second independent red-team pass): numbers split by the spaces and format characters the first fix did
not name; noncharacters in a comment or a title; a wildcard as a document's reference; hostile configuration values;
a root inside another root; an oversized sidecar read whole."""

from __future__ import annotations

import datetime as dt
import math
import os
import time

import pytest
from probe_helpers import gongwen, run_service
from test_probe6 import drop

from flows.cli import main as cli


def test_a_noncharacter_in_a_return_comment_still_writes_the_notice(tmp_path):
    root = tmp_path / "root"
    drop(root, "通知.txt", gongwen())
    assert [o.decision for o in run_service(root)] == ["approve"]
    rc = cli(["review", "return", "--root", str(root), "通知.txt", "--reviewer", "李审核", "--comment", "请改\uffff正文"])
    assert rc == 0
    assert list((root / "returned").rglob("*.退文通知单.docx")), "the decision and its notice, not a traceback"


def test_a_noncharacter_in_an_approval_comment_leaves_the_register_exportable(tmp_path):
    root = tmp_path / "root"
    drop(root, "通知.txt", gongwen())
    assert [o.decision for o in run_service(root)] == ["approve"]
    assert cli(["review", "approve", "--root", str(root), "通知.txt", "--reviewer", "王审核", "--attribute", "主动公开",
                "--comment", "同意\ufffe"]) == 0
    today = dt.date.today().isoformat()
    assert cli(["report", "register", "--root", str(root), "--from", "2000-01-01", "--to", today]) == 0
    assert list((root / "reports").glob("*.xlsx"))


@pytest.mark.parametrize("ref", ["%", "_", "%%%", " ", "a%"])
def test_a_wildcard_is_no_reference(tmp_path, ref):
    root = tmp_path / "root"
    drop(root, "通知.txt", gongwen())
    run_service(root)
    assert cli(["review", "withdraw", "--root", str(root), ref, "--reviewer", "马审核"]) == 3
    assert cli(["review", "show", "--root", str(root), ref]) == 3


def test_a_reviewer_name_that_is_not_utf8_is_a_usage_error(tmp_path):
    root = tmp_path / "root"
    drop(root, "通知.txt", gongwen())
    run_service(root)
    bad = os.fsdecode(b"\xe9\xa9\xac\xff")  # 马 and a byte that is no UTF-8
    assert cli(["review", "approve", "--root", str(root), "通知.txt", "--reviewer", bad, "--attribute", "主动公开"]) == 3


@pytest.mark.parametrize("field, value", [("seconds", math.nan), ("max_zip_ratio", math.nan), ("seconds", math.inf),
                                          ("memory_mb", 2**63 - 1)])
def test_limits_that_are_not_finite_or_past_bounds_fail_at_start(field, value):
    from extractors.registry import Limits

    with pytest.raises(ValueError, match=field):
        Limits(**{field: value})


@pytest.mark.parametrize("field", ["settle_seconds", "lease_seconds", "heartbeat_seconds", "poll_seconds"])
@pytest.mark.parametrize("value", [math.nan, math.inf, 10**9])
def test_service_waits_that_are_not_finite_or_past_a_week_fail_at_start(field, value):
    from flows.settings import ServiceSettings

    with pytest.raises(ValueError, match=field):
        ServiceSettings(**{field: value})


def test_a_root_inside_another_root_is_refused(tmp_path):
    outer = tmp_path / "outer"
    assert cli(["watch", "--root", str(outer), "--init", "--once", "--engine", "inline", "--quiet"]) == 0
    for inner in (outer / "inbox" / "nested", outer / "reports"):
        assert cli(["watch", "--root", str(inner), "--init", "--once", "--engine", "inline", "--quiet"]) == 3
    assert not (outer / "inbox" / "nested").exists()


def test_an_oversized_sidecar_is_not_read_whole(tmp_path):
    from extractors.sidecar import read_sidecar

    side = tmp_path / "a.txt.json"
    with open(side, "wb") as fh:
        fh.truncate(8 << 30)  # 8 GiB that take no disk
    t0 = time.perf_counter()
    with pytest.raises(ValueError, match="过大"):
        read_sidecar(side)
    assert time.perf_counter() - t0 < 2, "read to the bound only"

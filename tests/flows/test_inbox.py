"""Which inbox files are ready: temp/lock files ignored, size+mtime stability, the sidecar wait."""

from __future__ import annotations

import os
import time

import pytest

from flows.inbox import InboxScanner, Layout, department_of, ignored, locked_by_office


@pytest.mark.parametrize("name,skip", [
    ("~$关于通知.docx", True), ("通知.docx.tmp", True), (".~lock.通知.docx#", True), (".DS_Store", True),
    ("下载中.pdf.part", True), ("通知.docx~", True), ("Thumbs.db", True),
    ("通知.docx", False), ("通知.pdf", False), ("办公室$预算.docx", False), ("tmp说明.docx", False),  # traps
])
def test_ignored_names(name, skip):
    assert ignored(name) is skip


def _old(p, age=10.0):
    t = time.time() - age
    os.utime(p, (t, t))


def test_a_file_is_ready_only_after_two_equal_looks(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "办公室").mkdir(parents=True)
    f = inbox / "办公室" / "a.docx"
    f.write_bytes(b"x" * 10)
    _old(f)
    sc = InboxScanner(inbox, settle=1.0, sidecar_wait=1.5)
    assert sc.poll()[0] == [] and sc.pending == 1  # first look: nothing to compare with
    ready, _ = sc.poll()
    assert [r.path for r in ready] == [f] and ready[0].department == "办公室"


def test_a_growing_file_waits(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    f = inbox / "a.pdf"
    f.write_bytes(b"x")
    _old(f)
    sc = InboxScanner(inbox, settle=1.0, sidecar_wait=0)
    sc.poll()
    with open(f, "ab") as fh:
        fh.write(b"more")  # still being written: mtime is now
    assert sc.poll()[0] == []
    _old(f)
    assert sc.poll()[0] == []  # size/mtime changed since the last look
    assert [r.path for r in sc.poll()[0]] == [f]


def test_fresh_file_waits_for_settle_and_sidecar(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    f = inbox / "a.docx"
    f.write_bytes(b"x")
    _old(f, 1.2)  # settled, but a sidecar may still come
    sc = InboxScanner(inbox, settle=1.0, sidecar_wait=5.0)
    sc.poll()
    assert sc.poll()[0] == []
    side = inbox / "a.json"
    side.write_text("{}", encoding="utf-8")
    _old(side, 1.2)
    sc.poll()
    ready, _ = sc.poll()
    assert [(r.path, r.sidecars) for r in ready] == [(f, (side,))]


def test_document_open_in_word_waits(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    f = inbox / "关于通知.docx"
    f.write_bytes(b"x")
    (inbox / "~$于通知.docx").write_bytes(b"owner")
    _old(f)
    assert locked_by_office(f)
    sc = InboxScanner(inbox, settle=1.0, sidecar_wait=0)
    sc.poll()
    assert sc.poll()[0] == []


def test_orphan_sidecar_is_reported_after_its_timeout(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    side = inbox / "孤立.json"
    side.write_text("{}", encoding="utf-8")
    _old(side, 100)
    sc = InboxScanner(inbox, settle=1.0, sidecar_wait=0, orphan_after=50)
    sc.poll()
    assert sc.poll() == ([], [side])
    assert InboxScanner(inbox, orphan_after=500).poll()[1] == []


def test_layout_routes(tmp_path):
    L = Layout(tmp_path)
    assert L.route_dir("return", "办公室") == tmp_path / "returned" / "办公室"
    assert L.route_dir("return", None) == tmp_path / "returned" / "未注明科室"
    assert L.route_dir("error", "办公室") == tmp_path / "quarantine"
    assert department_of(tmp_path, tmp_path / "a.docx") is None

"""Probe 11 (an independent red-team's findings on the OA API): a symlinked 科室 folder, a number as a 科室, a body
sent before its token or over its bound."""

from __future__ import annotations

import json
import os

from test_api import _post


def test_a_linked_department_folder_takes_nothing_outside_the_root(client, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (client.root / "inbox").mkdir(exist_ok=True)
    os.symlink(outside, client.root / "inbox" / "社保科")
    r = _post(client, b"plain text", "关于测试的通知.txt", department="社保科",
              sidecar=json.dumps({"公开属性": "主动公开"}, ensure_ascii=False))
    assert r.status_code == 409 and "符号链接" in r.json()["detail"]
    assert list(outside.iterdir()) == [], "nothing written through the link"
    assert os.path.islink(client.root / "inbox" / "社保科"), "the link is left for the watch service to quarantine"


def test_a_file_in_place_of_the_department_folder_is_refused(client):
    (client.root / "inbox").mkdir(exist_ok=True)
    (client.root / "inbox" / "就业科").write_bytes(b"not a folder")
    assert _post(client, b"plain text", "a.txt", department="就业科").status_code == 409


def test_a_number_is_no_department(client):
    r = _post(client, b"plain text", "无标注一.txt", department="张三13912345678")
    assert r.status_code == 422 and "证件号" in r.json()["detail"]
    assert not any("13912345678" in p.name for p in client.root.rglob("*")), "no folder named with the number"


def test_an_upload_without_a_token_is_refused_before_its_body_is_read(client):
    sent = []

    def body():
        for _ in range(64):
            sent.append(1)
            yield b"x" * 65536

    r = client.post("/api/v1/documents", content=body(), headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert r.status_code == 401
    assert len(sent) <= 2, f"{len(sent)} chunks read before the 401"


def test_a_declared_length_over_the_bound_is_refused_unread(client):
    big = str(client.app.state.console.max_bytes + (2 << 20))
    r = client.post("/api/v1/documents", content=b"", headers={"Authorization": f"Bearer {client.token}",
                                                                "Content-Length": big})
    assert r.status_code == 413
    r = client.post("/login", content=b"", headers={"Content-Length": str(2 << 20),
                                                     "Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413


def test_a_chunked_form_is_cut_at_its_bound(client):
    def body():
        for _ in range(40):
            yield b"a=" + b"x" * 65536

    r = client.post("/login", content=body(), headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413

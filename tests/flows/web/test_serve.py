"""``gongkai serve`` as a process (health, the watch service in the same process, clean stop) and ``gongkai users``."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from flows.cli import main as cli


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_health(port: int, proc, timeout: float = 90) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        assert proc.poll() is None, proc.log.read_text(encoding="utf-8")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("gongkai serve did not come up")


def start_serve(root, *extra):
    """The command in its own process; its output goes to a file (the audit workers it starts share it)."""
    port = free_port()
    log = root.parent / f"serve-{port}.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", "--root", str(root), "--port", str(port), *extra],
                                stdout=out, stderr=subprocess.STDOUT)
    proc.log = log
    wait_health(port, proc)
    return proc, port


def test_users_cli(console_root, monkeypatch, capsys):
    root, _ = console_root
    monkeypatch.setattr(sys, "stdin", io.StringIO("a long password\n"))
    assert cli(["users", "add", "王审核", "--role", "reviewer", "--root", str(root)]) == 0
    assert cli(["users", "add", "OA2", "--role", "oa", "--root", str(root)]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(token) >= 40
    assert cli(["users", "add", "王审核", "--role", "reviewer", "--root", str(root)]) == 3, "taken name"
    assert cli(["users", "add", "科", "--role", "section", "--section", "../x", "--root", str(root)]) == 3
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert cli(["users", "add", "赵", "--role", "office", "--root", str(root)]) == 3, "password too short"
    assert cli(["users", "disable", "王审核", "--root", str(root)]) == 0
    capsys.readouterr()
    assert cli(["users", "list", "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert "王审核" in out and "停用" in out and token not in out
    from storage import Ledger

    ledger = Ledger.for_root(root)
    with ledger.engine.connect() as conn:
        dump = "\n".join(str(r) for r in conn.exec_driver_sql("SELECT * FROM users"))
    ledger.close()
    assert "a long password" not in dump and token not in dump and "$argon2id$" in dump


def test_users_needs_a_ledger(tmp_path):
    assert cli(["users", "list", "--root", str(tmp_path / "none")]) == 3


@pytest.mark.slow
def test_serve_watches_answers_and_stops_cleanly(console_root):
    root, token = console_root
    proc, port = start_serve(root, "--engine", "inline")
    try:
        body = b"--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.txt\"\r\n\r\n" \
               + "关于做好值班工作的通知\n公开方式：主动公开\n".encode() + b"\r\n--B--\r\n"
        req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/documents", data=body, method="POST", headers={
            "Authorization": f"Bearer {token}", "Content-Type": "multipart/form-data; boundary=B"})
        with urllib.request.urlopen(req, timeout=10) as r:
            sub = json.loads(r.read())["id"]
        end = time.monotonic() + 30
        status = None
        while time.monotonic() < end:
            req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/documents/{sub}",
                                         headers={"Authorization": f"Bearer {token}"})
            with urllib.request.urlopen(req, timeout=5) as r:
                status = json.loads(r.read())["status"]
            if status in ("done", "error"):
                break
            time.sleep(0.3)
        assert status == "done", "the watch service in the same process audited the upload"
        # the root is held: a second watcher refuses
        assert cli(["watch", "--root", str(root), "--once", "--engine", "inline"]) == 3
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        rc = proc.wait(timeout=30)
    assert rc == 0, proc.log.read_text(encoding="utf-8")


@pytest.mark.slow
def test_serve_no_watch_beside_a_watcher(console_root):
    root, _ = console_root
    proc, port = start_serve(root, "--no-watch")
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=5) as r:
            assert r.status == 200 and "登录审核台" in r.read().decode()
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0

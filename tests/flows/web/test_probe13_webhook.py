"""Probe 13 (a third, short red-team pass): a webhook endpoint that drips its answer held the one webhook thread for
a quarter of an hour, and a redirect sent the server on to an address the office never configured."""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

from flows.web import webhooks


def _drip_server() -> tuple[int, threading.Event]:
    """A server that takes a request and answers one byte every 0.3 s, for ever (until ``stop``)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    stop = threading.Event()

    def serve():
        conn, _ = srv.accept()
        conn.recv(65536)
        try:
            for ch in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 10_000:
                if stop.is_set():
                    break
                conn.send(bytes([ch]))
                time.sleep(0.3)
        except OSError:
            pass
        finally:
            conn.close()
            srv.close()

    threading.Thread(target=serve, daemon=True).start()
    return srv.getsockname()[1], stop


def test_a_dripping_endpoint_is_cut_at_the_deadline(monkeypatch):
    monkeypatch.setattr(webhooks, "DEADLINE", 1.5)
    port, stop = _drip_server()
    t0 = time.monotonic()
    try:
        assert webhooks.post_json(f"http://127.0.0.1:{port}/hook", {"id": "x"}) is False
    finally:
        stop.set()
    assert time.monotonic() - t0 < 4, "the whole call is bounded, not each read"


def test_a_redirect_is_not_followed():
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.1:{self.server.server_port}/elsewhere")
            self.end_headers()

        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    srv = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        assert webhooks.post_json(f"http://127.0.0.1:{srv.server_port}/hook", {"id": "x"}) is False
    finally:
        srv.shutdown()
    assert hits == ["/hook"], hits


def test_a_plain_endpoint_still_gets_the_post():
    got: list[bytes] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            got.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    srv = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        assert webhooks.post_json(f"http://127.0.0.1:{srv.server_port}/hook?x=1", {"id": "甲"}) is True
    finally:
        srv.shutdown()
    assert got == ['{"id": "甲"}'.encode("utf-8")]

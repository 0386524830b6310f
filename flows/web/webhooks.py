"""Webhooks: when a submission is done, POST its status to the OA system's URL, retrying a bounded number of times.

One daemon thread per app polls the submissions whose webhook is pending. A failed call is retried
after 2, 4, 8 … seconds, ``ATTEMPTS`` times in all, then given up (``failed``, in the ledger); a
success is ``sent``. Nothing here blocks a request.
"""

from __future__ import annotations

import json
import logging
import threading
import time

log = logging.getLogger("gongkai.web")
ATTEMPTS = 5
TIMEOUT = 5.0  # each connect and read
DEADLINE = 10.0  # the whole call


class WebhookCaller:
    """The background caller of one app."""

    def __init__(self, console, interval: float = 0.5) -> None:
        self.console = console
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._next_try: dict[str, float] = {}

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="gongkai-webhooks", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=TIMEOUT + 1)

    def _loop(self) -> None:
        away = 0  # rounds in a row the ledger did not answer: said once, then tried less often (up to a minute apart)
        while not self._stop.wait(self.interval if not away else min(60.0, self.interval * 2 ** min(away, 7))):
            try:
                self.tick()
                away = 0
            except Exception as e:  # noqa: BLE001 — a ledger hiccup must not end the caller
                from flows.moves import ledger_unavailable

                if ledger_unavailable(e):
                    if not away:
                        log.warning("webhook round skipped: the ledger is unavailable (%s)", type(e).__name__)
                    away += 1
                else:
                    log.warning("webhook round failed", exc_info=True)

    def tick(self) -> int:
        """Call every due webhook once; returns how many calls were made."""
        from .api import status_of

        c = self.console
        calls = 0
        for sub in c.people.webhook_due():
            body = status_of(c, sub)
            if body["status"] not in ("done", "error") or time.monotonic() < self._next_try.get(sub.id, 0):
                continue
            user = c.people.user_by_id(sub.user_id)
            if user is None or not user.webhook:
                c.people.webhook_attempted(sub.id, "failed")
                continue
            calls += 1
            ok = post_json(user.webhook, body)
            attempts = sub.webhook_attempts + 1
            state = "sent" if ok else ("failed" if attempts >= ATTEMPTS else "pending")
            c.people.webhook_attempted(sub.id, state)
            self._next_try[sub.id] = time.monotonic() + 2 ** attempts
        return calls


def post_json(url: str, body: dict) -> bool:
    """POST ``body`` as JSON; True on a 2xx answer.

    ``TIMEOUT`` bounds each connect and read, and ``DEADLINE`` the whole call: an endpoint that answers one byte every
    few seconds kept the one webhook thread — every OA user's notices — for a quarter of an hour (a red-team finding);
    at the deadline the socket is shut down under the reading call. A redirect is an answer that is not 2xx, never
    followed: the OA endpoint cannot send this server on to another address."""
    import http.client
    import socket
    import urllib.parse

    u = urllib.parse.urlsplit(url)
    if u.scheme not in ("http", "https") or not u.hostname:
        return False
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    path = (u.path or "/") + (f"?{u.query}" if u.query else "")
    cls = http.client.HTTPSConnection if u.scheme == "https" else http.client.HTTPConnection
    timer = None
    try:
        conn = cls(u.hostname, u.port, timeout=TIMEOUT)
    except Exception:  # noqa: BLE001 — a bad port in the URL
        return False
    try:
        conn.connect()
        sock = conn.sock

        def cut() -> None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

        timer = threading.Timer(DEADLINE, cut)
        timer.daemon = True
        timer.start()
        conn.request("POST", path, body=data, headers={"Content-Type": "application/json; charset=utf-8",
                                                       "User-Agent": "gongkai-audit"})
        resp = conn.getresponse()
        resp.read(64 * 1024)  # the answer's body is not used: a little is read so the connection ends cleanly
        return 200 <= resp.status < 300
    except Exception:  # noqa: BLE001 — any failure is a retry
        return False
    finally:
        if timer is not None:
            timer.cancel()
        conn.close()

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
import urllib.request

log = logging.getLogger("gongkai.web")
ATTEMPTS = 5
TIMEOUT = 5.0


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
        while not self._stop.wait(self.interval):
            try:
                self.tick()
            except Exception:  # noqa: BLE001 — a ledger hiccup must not end the caller
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
    """POST ``body`` as JSON; True on a 2xx answer."""
    if not url.startswith(("http://", "https://")):
        return False
    req = urllib.request.Request(url, data=json.dumps(body, ensure_ascii=False).encode("utf-8"), method="POST",
                                 headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": "gongkai-audit"})
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:  # noqa: S310 — the office configured the URL
            return 200 <= resp.status < 300
    except Exception:  # noqa: BLE001 — any failure is a retry
        return False

"""Probe 14 (see ``tests/flows/test_probe14.py``): ``/healthz`` of ``gongkai serve`` answered 200 while its watch
thread was dead and uploads waited unaudited; it now answers 503 when the watch stopped or the ledger is away."""

from __future__ import annotations

import threading
import time


class _Watch:
    """What ``/healthz`` reads of the watch service: its stop flag and how long the ledger has been away."""

    def __init__(self, away: float | None = None):
        self.stop = threading.Event()
        self.ledger_away = away


def test_healthz_answers_503_when_the_watch_stopped_or_the_ledger_is_away(client):
    app = client.app
    assert client.get("/healthz").status_code == 200
    live = threading.Thread(target=time.sleep, args=(5,), daemon=True)
    live.start()
    app.state.watch = (live, _Watch(away=12.0))
    r = client.get("/healthz")
    assert r.status_code == 503 and r.json()["ledger"] == "unavailable" and r.json()["seconds"] == 12
    app.state.watch = (live, _Watch())
    assert client.get("/healthz").status_code == 200
    dead = threading.Thread(target=lambda: None)
    dead.start()
    dead.join()
    app.state.watch = (dead, _Watch())
    r = client.get("/healthz")
    assert r.status_code == 503 and r.json()["watch"] == "stopped"
    stopping = _Watch()
    stopping.stop.set()
    app.state.watch = (dead, stopping)
    assert client.get("/healthz").status_code == 200, "a watch that was asked to stop is no fault"
    app.state.watch = None

"""The watch-folder service: watchdog events plus a periodic rescan, batches of ready files, clean stop.

``Service.run(once=False)`` recovers what a previous process left half-done, then loops: poll the
inbox (on a watchdog event, every ``poll_seconds`` while files are settling, and every
``rescan_seconds`` regardless — SMB/NFS shares often send no events), and hand each batch of ready
files to the engine: the Prefect flow (``flows.pipeline``) or the same steps inline. SIGTERM and
Ctrl-C set a flag: nothing new is claimed, the documents in hand are finished (those still running
``auditpool.STOP_GRACE`` seconds later go back to the inbox, unaudited), the process exits 0.

Ctrl-C in a terminal reaches the whole process group: the audit workers ignore it (``auditpool``)
and the embedded Prefect server runs in its own session (``flows.prefect_server``), so only this
process acts on it, and the server outlives the flow it serves.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from .auditpool import AuditPool
from .inbox import InboxScanner, Layout, ReadyFile
from .intake import Intake, Outcome
from .moves import LedgerUnavailable, ledger_unavailable
from .settings import Settings

log = logging.getLogger("gongkai.watch")


class Service:
    """One service process on one root."""

    def __init__(self, settings: Settings, *, on_outcome: Callable[[Outcome], None] | None = None) -> None:
        from storage import Ledger

        self.settings = settings
        s = settings.service
        self.layout = Layout(Path(s.root).resolve())
        self.layout.ensure()
        self.ledger = Ledger.for_root(self.layout.root, settings.ledger_url)
        self.ledger.retain_text(settings.storage.text_days)  # masked text for retraining, no longer than set
        self.worker_id = self.ledger.register_worker()
        self.key = f"{self.layout.root}#{self.worker_id}"
        self.stop = threading.Event()
        self.pool = AuditPool(settings.config_path, s.concurrency, stopping=self.stop)
        self.intake = Intake(self.layout, self.ledger, self.worker_id, self.pool, orphan_minutes=s.orphan_sidecar_seconds / 60,
                             settle=s.settle_seconds, max_bytes=_max_bytes(settings.config_path))
        self.scanner = InboxScanner(self.layout.inbox, settle=s.settle_seconds, sidecar_wait=s.sidecar_wait_seconds,
                                    orphan_after=s.orphan_sidecar_seconds)
        self.wake = threading.Event()
        self.batch_items: dict[str, ReadyFile] = {}
        self.audited: dict = {}  # claim id → Audited, between the flow's steps
        self.outcomes: list[Outcome] = []
        self._away_since: float | None = None  # when the ledger stopped answering (``_ledger_away``)
        self._away_told = 0.0
        self._away_tries = 0
        self._away_what: str | None = None  # "ledger" or "prefect"
        self._on_outcome = on_outcome
        self._lock = threading.Lock()

    # -- hooks used by the engines -----------------------------------------------------------------
    def on_outcome(self, out: Outcome) -> None:
        with self._lock:
            self.outcomes.append(out)
        if self._on_outcome is not None:
            self._on_outcome(out)

    def claim_label(self, cid: str) -> str:
        return Path(self.ledger.claim(cid).source).name

    # -- engines --------------------------------------------------------------------------------------
    def _run_batch(self, ready: list[ReadyFile], resume: list[str]) -> None:
        self.batch_items = {self.layout.rel(r.path): r for r in ready}
        rels = list(self.batch_items)
        if self.settings.service.engine == "prefect":
            from .pipeline import run_batch

            # The flow runs off the main thread: Prefect's engine then cannot swap in its own SIGTERM
            # handler (which would crash the run), and ours keeps meaning "finish what is in hand".
            box: dict = {}

            def target() -> None:
                try:
                    box["n"] = run_batch(self, rels, resume)
                except BaseException as e:  # noqa: BLE001 — re-raised in the main thread
                    box["error"] = e

            t = threading.Thread(target=target, name="gongkai-flow")
            t.start()
            while t.is_alive():
                t.join(0.5)
            if "error" in box:
                raise box["error"]
        else:
            self._run_inline(rels, resume)

    def _run_inline(self, rels: list[str], resume: list[str]) -> None:
        """The same lots and steps as the flow, without Prefect."""
        import math

        n = self.settings.service.concurrency
        size = max(1, math.ceil(len(rels) / n))
        lots: list[tuple[list[str], list[str]]] = [([], resume)] if resume else []
        lots += [(rels[i:i + size], []) for i in range(0, len(rels), size)]

        def one(item: tuple[list[str], list[str]]) -> None:
            lot_rels, cids = item
            cids = list(cids) + self.intake.claim_lot([self.batch_items[r] for r in lot_rels], self.stop)
            for out in self.intake.process_lot(cids):
                self.on_outcome(out)

        with ThreadPoolExecutor(n) as ex:
            list(ex.map(one, lots))

    # -- the loop -----------------------------------------------------------------------------------
    def run(self, once: bool = False) -> list[Outcome]:
        """Recover, then process ready files until stopped (or, with ``once``, until nothing is left)."""
        s = self.settings.service
        restore = self._install_signals()
        observer = None
        done = threading.Event()  # ends the heartbeat when run returns (``once``), not only on a stop
        beat = threading.Thread(target=self._heartbeat, args=(done,), daemon=True, name="gongkai-heartbeat")
        beat.start()
        try:
            server = self._launch_prefect()
            self.pool.warm()  # start the audit processes now: the first file must not wait for them
            if server is not None:
                from .prefect_server import await_embedded

                await_embedded(server, float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", 90)), self.stop)
            try:
                resume = self.intake.recover(s.lease_seconds)
                if resume and not self.stop.is_set():
                    log.info("recovering %d claim(s) left by a stopped service", len(resume))
                    self._run_batch([], resume)
                last_adopt = time.monotonic()
            except Exception as e:  # noqa: BLE001 — only the ledger's or the Prefect server's absence is waited out
                if _away(e) is None:
                    raise
                self._ledger_away(e)
                last_adopt = 0.0  # take the claims up as soon as the ledger answers
            if not once and s.watchdog:
                observer = self._watch()
            last_ready = time.monotonic()
            last_scan = 0.0
            while not self.stop.is_set():
                try:
                    if self._away_since is not None and self._away_what == "ledger":
                        self.ledger.ping()
                        self._ledger_back()
                    if time.monotonic() - last_adopt >= max(s.rescan_seconds, s.lease_seconds / 2):
                        # a worker that died while this one runs (another process on the root, or a
                        # predecessor whose lease had not yet run out at start) leaves claims no one
                        # else would take until the next restart
                        last_adopt = time.monotonic()
                        adopted = self.intake.recover(s.lease_seconds) if self.ledger.has_orphans(s.lease_seconds) else []
                        adopted = adopted or self.intake.leftovers()
                        if adopted:
                            log.info("recovering %d claim(s) left by a worker that stopped or by a failed step", len(adopted))
                            self._run_batch([], adopted)
                            self._engine_back()
                            continue
                    ready, orphans = self.scanner.poll()
                    last_scan = time.monotonic()
                    for o in orphans:
                        self.intake.quarantine_orphan(o)
                    if ready:
                        self._run_batch(ready[: s.batch_max], [])
                        self._engine_back()
                        last_ready = time.monotonic()
                        continue
                    if once:
                        idle = time.monotonic() - last_ready
                        if self.scanner.pending_documents == 0 or idle > s.settle_seconds + s.sidecar_wait_seconds + 3:
                            break
                    timeout = s.poll_seconds if (self.scanner.pending or once) else max(0.0, s.rescan_seconds - (time.monotonic() - last_scan))
                    if self.wake.wait(timeout):
                        self.wake.clear()
                except Exception as e:  # noqa: BLE001 — only the ledger's or the Prefect server's absence is waited out
                    if _away(e) is None:
                        raise
                    self._ledger_away(e)
                    last_adopt = 0.0  # the lot's open claims are taken up as soon as the ledger answers
        finally:
            if observer is not None:
                observer.stop()
                observer.join(timeout=5)
            restore()
            done.set()
            beat.join(timeout=5)
            try:
                self.ledger.stop_worker(self.worker_id)
            except Exception:  # noqa: BLE001 — the ledger is away: the lease runs out instead
                log.warning("could not mark this worker stopped in the ledger; its lease will run out", exc_info=True)
            self.pool.close()
        return self.outcomes

    def _ledger_away(self, e: BaseException) -> None:
        """The ledger (or the Prefect server the flows run on) did not answer: say so (once an outage, then every five
        minutes), wait a while (2 s, doubling to 30 s, cut short by a stop), and let the loop try again. Nothing is
        quarantined for it; the claims in hand stay open in ``work/`` and are taken up again (``leftovers``) once it
        answers."""
        now = time.monotonic()
        what = _away(e)
        if self._away_since is None or what != self._away_what:
            self._away_since, self._away_told, self._away_tries, self._away_what = now, now, 0, what
            if what == "prefect":
                log.warning("Prefect 服务器暂不可用，稍后自动重试；在办文件留在 work/，恢复后继续 / the Prefect server is "
                            "unreachable; retrying, the documents in hand stay in work/ and go on once it answers (%s: %s)",
                            type(e).__name__, str(e).splitlines()[0][:200] if str(e) else "")
            else:
                log.warning("台账数据库暂不可用，稍后自动重试；在办文件留在 work/，恢复后继续 / the ledger is unavailable; "
                            "retrying, the documents in hand stay in work/ and go on once it answers (%s: %s)",
                            type(e).__name__, str(e).splitlines()[0][:200] if str(e) else "")
        elif now - self._away_told >= 300:
            self._away_told = now
            log.warning("%s仍不可用（已 %d 秒）/ the %s is still unavailable (%d s)",
                        "Prefect 服务器" if what == "prefect" else "台账数据库", now - self._away_since,
                        "Prefect server" if what == "prefect" else "ledger", now - self._away_since)
        self._away_tries += 1
        self.stop.wait(min(30.0, 2.0 ** min(self._away_tries, 5)))

    def _ledger_back(self) -> None:
        if self._away_what == "prefect":
            log.warning("Prefect 服务器已恢复（中断 %d 秒）/ the Prefect server answers again (after %d s)",
                        time.monotonic() - self._away_since, time.monotonic() - self._away_since)
        else:
            log.warning("台账数据库已恢复（中断 %d 秒）/ the ledger answers again (after %d s)",
                        time.monotonic() - self._away_since, time.monotonic() - self._away_since)
        self._away_since = self._away_what = None

    def _engine_back(self) -> None:
        """A batch went through: a Prefect server that was away answers again (the ledger is pinged instead)."""
        if self._away_since is not None and self._away_what == "prefect":
            self._ledger_back()

    @property
    def away_what(self) -> str | None:
        """What is away ("ledger" or "prefect"), or None."""
        return self._away_what if self._away_since is not None else None

    @property
    def ledger_away(self) -> float | None:
        """Seconds since the ledger (or the Prefect server) stopped answering, or None (``/healthz`` reports it)."""
        return None if self._away_since is None else time.monotonic() - self._away_since

    def close(self) -> None:
        self.ledger.close()

    def _launch_prefect(self):
        """The embedded Prefect server in its own session, when this process is to use one.

        Only before Prefect is imported here (its settings are read at import); otherwise — a test
        harness, an in-process caller — Prefect's own arrangement stands.
        """
        if (self.settings.service.engine != "prefect" or not self.settings.embedded_prefect
                or os.environ.get("PREFECT_API_URL") or "prefect" in sys.modules):
            return None
        from .prefect_server import launch_embedded

        return launch_embedded()

    def _heartbeat(self, done: threading.Event) -> None:
        while not done.wait(self.settings.service.heartbeat_seconds) and not self.stop.is_set():
            try:
                self.ledger.heartbeat(self.worker_id)
            except Exception as e:  # noqa: BLE001 — a missed heartbeat must not kill the service
                # the ledger away is said once by the loop (``_ledger_away``); anything else with its traceback
                log.warning("ledger heartbeat failed (%s)", type(e).__name__, exc_info=not ledger_unavailable(e))

    def _watch(self):
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        wake = self.wake

        class _Handler(FileSystemEventHandler):
            def on_any_event(self, event):  # noqa: ANN001
                wake.set()

        obs = Observer()
        obs.schedule(_Handler(), str(self.layout.inbox), recursive=True)
        obs.daemon = True
        obs.start()
        return obs

    def _install_signals(self) -> Callable[[], None]:
        if threading.current_thread() is not threading.main_thread():
            return lambda: None

        def handler(signum, frame):  # noqa: ARG001
            if self.stop.is_set() and signum == signal.SIGINT:
                raise KeyboardInterrupt  # a second Ctrl-C: give up at once
            log.warning("stopping: finishing the document(s) in hand")
            self.stop.set()
            self.wake.set()

        old = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}

        def restore() -> None:
            for sig, h in old.items():
                signal.signal(sig, h)

        return restore


def prepare_prefect_env(settings: Settings, environ: dict | None = None) -> dict[str, str]:
    """Environment for an embedded local Prefect (no ``PREFECT_API_URL``): state under ``<root>/.prefect``.

    Must run before Prefect is imported. With ``PREFECT_API_URL`` set only ``DO_NOT_TRACK`` is set.
    """
    env = os.environ if environ is None else environ
    set_now = {}
    if "DO_NOT_TRACK" not in env:
        # the client's own switch: no usage data and no first-run telemetry notice on the clerk's
        # terminal, whichever server (embedded or the bureau's) the flows talk to
        env["DO_NOT_TRACK"] = set_now["DO_NOT_TRACK"] = "1"
    if settings.prefect_api_url:
        return set_now
    home = Path(settings.service.root).resolve() / ".prefect"
    home.mkdir(parents=True, exist_ok=True)
    wanted = {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_FOREMAN_ENABLED": "false",
        "PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        # the embedded server is stopped with the service; its "error flushing events" at that
        # moment is noise (the ledger, not Prefect, is the record)
        "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    }
    for k, v in wanted.items():
        if k not in env:
            env[k] = v
            set_now[k] = v
    return set_now


def _away(e: BaseException) -> str | None:
    """What did not answer, when ``e`` (or an error it arose from) says so: "ledger" (the database restarting, the
    network gone) or "prefect" (the Prefect server of ``PREFECT_API_URL`` restarting); None for any other failure."""
    seen = 0
    while e is not None and seen < 8:
        if ledger_unavailable(e) or isinstance(e, LedgerUnavailable):
            return "ledger"
        if type(e).__module__.startswith(("httpx", "httpcore")) and type(e).__name__ in _UNREACHABLE:
            return "prefect"
        e, seen = e.__cause__ or e.__context__, seen + 1
    return None


#: httpx's and httpcore's errors of a server that does not answer (connect, read or write failed, timed out)
_UNREACHABLE = frozenset({"ConnectError", "ConnectTimeout", "ReadError", "ReadTimeout", "WriteError", "WriteTimeout",
                          "RemoteProtocolError", "PoolTimeout", "NetworkError", "TimeoutException"})


def _max_bytes(config_path: str | None) -> int:
    """``[limits] max_bytes`` of the configuration (the default without one): the claim copies no larger file."""
    from extractors.registry import Limits

    if not config_path:
        return Limits().max_bytes
    from classifiers.config import load_config

    return load_config(config_path)["limits"].max_bytes

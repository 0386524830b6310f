"""The embedded local Prefect server, started by the service in its own session.

Without ``PREFECT_API_URL`` Prefect would start a temporary server itself, as a plain child of the
service: in the terminal's process group, so Ctrl-C (SIGINT to the whole group) killed it while the
service was still finishing its files, and every remaining API call logged a connection traceback.
Here the service starts the same server (``prefect.server.api.server:create_app`` under uvicorn,
ephemeral: no UI, no background services, state under ``PREFECT_HOME``) itself:

* in a **new session** (``start_new_session``): the terminal's signals never reach it;
* with a **parent-death signal** (Linux ``PR_SET_PDEATHSIG``): if the service is killed outright
  (``kill -9``), the server goes with it instead of lingering;
* stopped **last**, from an ``atexit`` hook, after Prefect's own exit hooks have flushed their logs
  and events to it.

The service then points ``PREFECT_API_URL`` at it before Prefect is imported. Run as a module it
is the server process itself: ``python -m flows.prefect_server PORT``.
"""

from __future__ import annotations

import atexit
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

log = logging.getLogger("gongkai.watch")

#: What Prefect itself sets for its temporary server (``SubprocessASGIServer``).
_SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class EmbeddedServer:
    """One local Prefect API server for this service process (see the module docstring)."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> None:
        """Launch the server process (returns at once; ``wait_ready`` waits for it).

        Call from the main thread: the parent-death signal fires when the *thread* that started the
        process ends.
        """
        env = {**os.environ, **_SERVER_ENV}
        self.proc = subprocess.Popen([sys.executable, "-m", "flows.prefect_server", str(self.port), str(os.getpid())],
                                     env=env, start_new_session=True, stdin=subprocess.DEVNULL)
        atexit.register(self.stop)

    def wait_ready(self, timeout: float, stop: threading.Event | None = None) -> bool:
        """True once ``/api/health`` answers; False on timeout, on ``stop``, or if the server exited."""
        end = time.monotonic() + timeout
        while time.monotonic() < end and not (stop is not None and stop.is_set()):
            if self.proc is None or self.proc.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as r:
                    if r.status == 200:
                        return True
            except (urllib.error.URLError, OSError, ValueError):
                pass
            time.sleep(0.2)
        return False

    def stop(self) -> None:
        """SIGTERM to the server's process group, then SIGKILL after 3 s."""
        p, self.proc = self.proc, None
        if p is None or p.poll() is not None:
            return
        try:
            os.killpg(p.pid, signal.SIGTERM)
            p.wait(timeout=3)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
        except ProcessLookupError:
            pass


def launch_embedded() -> EmbeddedServer:
    """Start the server process and point ``PREFECT_API_URL`` at it (before Prefect is imported)."""
    server = EmbeddedServer()
    server.start()
    os.environ["PREFECT_API_URL"] = server.api_url
    return server


def await_embedded(server: EmbeddedServer, timeout: float, stop: threading.Event | None = None) -> EmbeddedServer | None:
    """The server once it answers; None if it did not start (Prefect then starts its own, as before)."""
    if server.wait_ready(timeout, stop) or (stop is not None and stop.is_set()):
        return server
    server.stop()
    os.environ.pop("PREFECT_API_URL", None)
    log.warning("the embedded Prefect server did not start in %.0f s; Prefect will start its own", timeout)
    return None


def _die_with_parent(parent: int) -> None:
    """Linux: SIGTERM to this process when the service that started it dies (even by SIGKILL)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(0)


def main(argv: list[str] | None = None) -> int:
    """The server process: ``python -m flows.prefect_server PORT PARENT_PID``."""
    port, parent = (int(a) for a in (argv or sys.argv[1:])[:2])
    _die_with_parent(parent)
    import uvicorn

    uvicorn.run("prefect.server.api.server:create_app", factory=True, host="127.0.0.1", port=port,
                log_level="error", lifespan="on")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

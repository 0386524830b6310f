"""Helpers shared by the watch-service tests (drop files slowly, start a service process)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def write_slowly(path: Path, data: bytes, chunks: int = 4, pause: float = 0.15) -> None:
    """Write ``data`` in chunks with pauses, as a slow copy from a share does."""
    path.parent.mkdir(parents=True, exist_ok=True)
    step = max(1, len(data) // chunks)
    with open(path, "wb") as fh:
        for i in range(0, len(data), step):
            fh.write(data[i:i + step])
            fh.flush()
            time.sleep(pause)


def service_process(root: Path, *args: str, env: dict | None = None, log: Path | None = None) -> subprocess.Popen:
    """``gongkai watch --root ROOT …`` as a child process (its own session, so it can be killed alone)."""
    e = dict(os.environ, PYTHONUNBUFFERED="1")
    e.update(env or {})
    out = open(log, "ab") if log else subprocess.DEVNULL
    return subprocess.Popen([sys.executable, "-m", "flows.cli", "watch", "--root", str(root), "--quiet", *args],
                            env=e, stdout=out, stderr=out, start_new_session=True)

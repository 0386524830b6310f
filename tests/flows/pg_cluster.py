"""A throw-away PostgreSQL cluster for the scale-out tests (initdb + pg_ctl, trust auth, loopback only).

Shared by the ``postgres_url`` fixture (the ledger on PostgreSQL) and the worker-pool test (the
Prefect server's database and the ledger). The cluster listens on a Unix socket in its own temporary
folder and on 127.0.0.1 at a free port; nothing is reachable from outside the machine.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class ClusterUnavailable(RuntimeError):
    """No PostgreSQL server binaries, or the cluster would not start (the reason is the message)."""


@dataclass(frozen=True, slots=True)
class PgCluster:
    """A running cluster: its folder, port and superuser (``gongkai``, no password)."""

    folder: Path
    port: int
    user: str = "gongkai"

    def url(self, database: str = "postgres", driver: str = "psycopg") -> str:
        """A SQLAlchemy URL over TCP loopback (``driver`` psycopg for the ledger, asyncpg for Prefect)."""
        return f"postgresql+{driver}://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """Create an empty database ``name`` (dropped first if a previous test left it); returns its name."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user, dbname="postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return name


def binaries() -> tuple[str, str] | None:
    """(initdb, pg_ctl), looking on PATH and in Debian's /usr/lib/postgresql/<version>/bin; None if absent."""
    path = os.pathsep.join([os.environ.get("PATH", ""), *sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)])
    initdb, pg_ctl = shutil.which("initdb", path=path), shutil.which("pg_ctl", path=path)
    return (initdb, pg_ctl) if initdb and pg_ctl else None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> list[str]:
    # initdb refuses to run as root: the cluster belongs to the ``postgres`` system user then
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def start_cluster() -> PgCluster:
    """initdb a new cluster in a temporary folder and start it; ClusterUnavailable says why it cannot."""
    found = binaries()
    if found is None:
        raise ClusterUnavailable("PostgreSQL server binaries (initdb, pg_ctl) not found; CI installs them (.ci/run)")
    try:
        import psycopg  # noqa: F401
    except ImportError as e:
        raise ClusterUnavailable("psycopg not installed (pip install -e '.[test]')") from e
    initdb, pg_ctl = found
    folder = Path(tempfile.mkdtemp(prefix="gongkai-pg-"))  # pytest's tmp tree is private to root
    run_as = _run_as()
    if run_as:
        shutil.chown(folder, "postgres")
    last: Exception | None = None
    for _attempt in range(3):  # the free port can be taken between the check and the start
        port = free_port()
        try:
            if not (folder / "data").exists():
                subprocess.run([*run_as, initdb, "-D", str(folder / "data"), "-A", "trust", "-U", "gongkai", "-E", "UTF8"],
                               check=True, capture_output=True, cwd=folder)
            subprocess.run([*run_as, pg_ctl, "-D", str(folder / "data"), "-o",
                            f"-k {folder} -p {port} -c listen_addresses=127.0.0.1 -c max_connections=200",
                            "-l", str(folder / "log"), "-w", "-t", "60", "start"], check=True, capture_output=True, cwd=folder)
        except (subprocess.CalledProcessError, OSError) as e:
            last = e
            continue
        time.sleep(0.3)
        return PgCluster(folder, port)
    log = (folder / "log").read_text(errors="replace")[-1500:] if (folder / "log").exists() else ""
    shutil.rmtree(folder, ignore_errors=True)
    raise ClusterUnavailable(f"cannot start a PostgreSQL cluster: {last}\n{log}")


def stop_cluster(cluster: PgCluster) -> None:
    """Stop the cluster (fast shutdown) and delete its folder."""
    found = binaries()
    if found is not None:
        subprocess.run([*_run_as(), found[1], "-D", str(cluster.folder / "data"), "-m", "fast", "-w", "stop"],
                       capture_output=True, cwd=cluster.folder)
    shutil.rmtree(cluster.folder, ignore_errors=True)

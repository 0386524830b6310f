"""Fixtures for the flows tests: one Prefect test harness per session, tuned (see the Prefect notes).

Heartbeats off (the engine joins a 1-s sleeping thread per sync flow run), server services the tests
do not need off, analytics off, a long start-up timeout (a fresh DB takes ~20 s on a busy box).
Only tests that ask for ``prefect_harness`` pay its 15–20 s start.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.settings import (
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        PREFECT_LOGGING_LEVEL,
        PREFECT_SERVER_ANALYTICS_ENABLED,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
        PREFECT_SERVER_SERVICES_FOREMAN_ENABLED,
        PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED,
        PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED,
        PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS,
        temporary_settings,
    )
    from prefect.testing.utilities import prefect_test_harness

    tuned = {
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None,
        PREFECT_LOGGING_LEVEL: "WARNING",
        PREFECT_SERVER_ANALYTICS_ENABLED: False,
        PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED: False,
        PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED: False,
        PREFECT_SERVER_SERVICES_FOREMAN_ENABLED: False,
        PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS: False,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: 90,
    }
    with temporary_settings(tuned), prefect_test_harness(server_startup_timeout=120):
        from prefect.settings import PREFECT_API_URL

        yield PREFECT_API_URL.value()


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory):
    """A throw-away PostgreSQL cluster (initdb + pg_ctl as the ``postgres`` user); skipped when unavailable."""
    import os
    import shutil
    import subprocess
    import time

    import glob

    # Debian's postgresql package keeps its server binaries off PATH
    pg_path = os.pathsep.join([os.environ.get("PATH", ""), *sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)])
    initdb, pg_ctl = shutil.which("initdb", path=pg_path), shutil.which("pg_ctl", path=pg_path)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg not installed (pip install 'gongkai-audit[postgres]')")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries not found")
    import tempfile
    from pathlib import Path

    d = Path(tempfile.mkdtemp(prefix="gongkai-pg-"))  # pytest's tmp tree is private to root
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if run_as:
        shutil.chown(d, "postgres")
    port = 55000 + os.getpid() % 400
    try:
        subprocess.run([*run_as, initdb, "-D", str(d / "data"), "-A", "trust", "-U", "gongkai"], check=True, capture_output=True, cwd=d)
        subprocess.run([*run_as, pg_ctl, "-D", str(d / "data"), "-o", f"-k {d} -p {port} -c listen_addresses=''",
                        "-l", str(d / "log"), "-w", "start"], check=True, capture_output=True, cwd=d)
    except (subprocess.CalledProcessError, OSError) as e:
        pytest.skip(f"cannot start a PostgreSQL cluster: {e}")
    time.sleep(0.5)
    yield f"postgresql+psycopg://gongkai@/postgres?host={d}&port={port}"
    subprocess.run([*run_as, pg_ctl, "-D", str(d / "data"), "-m", "fast", "stop"], capture_output=True, cwd=d)
    shutil.rmtree(d, ignore_errors=True)

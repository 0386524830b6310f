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
def pg_cluster():
    """A throw-away PostgreSQL cluster for the session (``pg_cluster.py``); skipped when unavailable."""
    from pg_cluster import ClusterUnavailable, start_cluster, stop_cluster

    try:
        cluster = start_cluster()
    except ClusterUnavailable as e:
        pytest.skip(str(e))
    try:
        yield cluster
    finally:
        stop_cluster(cluster)


@pytest.fixture(scope="session")
def postgres_url(pg_cluster):
    """The ledger test's database: the cluster's ``postgres`` database, through psycopg."""
    return pg_cluster.url("postgres")

"""Scale-out on a Prefect process work pool: the inbox sweep as a scheduled deployment.

Each run of ``inbox-sweep`` is one pass of the watch service (``gongkai watch --once``): recover
what a crashed run left, route every ready file, exit. Several process workers on several machines
may run sweeps of the same root at the same time — the claim by atomic rename and the ledger keep
every file routed exactly once. The batches inside a sweep are ``inbox-batch`` flow runs with their
step tasks and artifacts, as under ``gongkai watch``. Proven with real processes (a server on
PostgreSQL, two workers, one killed mid-run) by tests/flows/test_worker_scaleout.py:

    # once, against the shared server (PREFECT_API_URL set):
    prefect work-pool create gongkai --type process
    python -m flows.sweep deploy --root /mnt/gongkai --pool gongkai --every 60 --config /etc/gongkai.toml
    # on each machine (same package version, the share mounted at the same path):
    GONGKAI_LEDGER_URL=postgresql+psycopg://… prefect worker start --pool gongkai --limit 1
    # a sweep now, besides the schedule:
    prefect deployment run inbox-sweep/inbox-sweep

A long-running ``gongkai watch`` per machine gives lower latency (watchdog, ~2 s); sweeps trade
latency (the interval plus a worker's poll and two process starts, 10–20 s) for Prefect-managed workers.
"""

from __future__ import annotations

import sys
from pathlib import Path

from prefect import flow


@flow(name="inbox-sweep", flow_run_name="sweep {root}", persist_result=False)
def inbox_sweep(root: str, config: str | None = None, concurrency: int | None = None) -> int:
    """One pass of the watch service over ``root``: recover, route what is ready, return the count.

    A sweep on another worker that died during this pass (a machine lost, a worker killed) leaves
    claims behind; this sweep then makes one more pass, which adopts and finishes them, rather
    than leaving them to the next scheduled tick.
    """
    from classifiers.masking import install_log_masking

    from .root import apply_umask, check_root_path, prepare_root, root_lock, root_ready
    from .service import Service
    from .settings import load_settings, validate_config

    install_log_masking()  # a sweep's log lines reach the worker's journal: the same mask as watch and serve
    apply_umask()
    validate_config(config)
    if not has_work(Path(root)):
        return 0  # an idle tick: no ledger connection, no audit processes, no worker row
    settings = load_settings(config, overrides={"root": root, "concurrency": concurrency, "watchdog": False})
    check_root_path(settings.root)
    routed = 0
    with root_lock(settings.root, shared=settings.service.shared_root):
        state = prepare_root(settings.root, settings.ledger_url, group=settings.service.group)
        for _pass in range(2):
            svc = Service(settings)
            root_ready(state.root, settings.ledger_url, group=settings.service.group)
            try:
                routed += len(svc.run(once=True))
                again = not svc.stop.is_set() and orphaned_claims(svc.ledger, settings.service.lease_seconds)
            finally:
                svc.close()
            if not again:
                break
    return routed


def orphaned_claims(ledger, lease_seconds: float) -> bool:
    """True when a dead worker (same host and gone, or silent past the lease) still holds open claims."""
    return ledger.has_orphans(lease_seconds)


def has_work(root: Path) -> bool:
    """False only when ``root`` has an ``inbox/`` with no file in it and an empty ``work/``.

    A scheduled sweep runs every 30–60 s on every worker; most ticks find nothing. Starting the
    service for them costs an audit process (the classifiers imported), a ledger connection and a
    worker row each time. Anything in ``work/`` may be a claim a dead sweep left, so it runs then;
    a root without ``inbox/`` goes to the service too, which sets it up or refuses it.
    """
    import os

    inbox, work = root / "inbox", root / "work"
    if not inbox.is_dir():
        return True
    try:
        if work.is_dir() and any(os.scandir(work)):
            return True
        return any(files for _dir, _subdirs, files in os.walk(inbox))
    except OSError:
        return True  # a share hiccup: let the service look properly


def _importable_flow():
    """``inbox_sweep`` as ``flows.sweep.inbox_sweep`` — also under ``python -m flows.sweep``, where this
    module is ``__main__`` and a deployment would name an entrypoint no worker can import."""
    from . import sweep

    return sweep.inbox_sweep


def _parameters(root: str | Path, config: str | None) -> dict:
    # absolute: a worker runs each flow in a temporary folder, so a relative path would point there
    return {"root": str(Path(root).resolve()), "config": str(Path(config).resolve()) if config else None}


def deployment(root: str | Path, *, every: float = 30.0, config: str | None = None, name: str = "inbox-sweep"):
    """A ``RunnerDeployment`` of ``inbox_sweep`` every ``every`` seconds (for ``serve`` on one machine)."""
    from datetime import timedelta

    from prefect.types.entrypoint import EntrypointType

    return _importable_flow().to_deployment(
        name=name, interval=timedelta(seconds=every), parameters=_parameters(root, config),
        entrypoint_type=EntrypointType.MODULE_PATH, concurrency_limit=None,
        description="收件夹巡检：处理已就绪的公文（可多台机器并行）", tags=["gongkai", "inbox"],
    )


def deploy_to_pool(root: str | Path, pool: str, *, every: float = 30.0, config: str | None = None,
                   name: str = "inbox-sweep"):
    """Register the sweep on a process work pool; returns the deployment id.

    The entrypoint is the module path ``flows.sweep.inbox_sweep``: every worker imports the sweep from
    its installed ``gongkai-audit`` (same version everywhere), not from a copy of this checkout. With
    the file-path entrypoint ``flows/sweep.py:inbox_sweep`` Prefect loads the file as a top-level
    module ``sweep``; the spawned audit processes then cannot unpickle ``sweep.auditpool``, and every
    run failed (found by tests/flows/test_worker_scaleout.py).
    """
    from datetime import timedelta

    from prefect.types.entrypoint import EntrypointType

    return _importable_flow().deploy(
        name=name, work_pool_name=pool, interval=timedelta(seconds=every), entrypoint_type=EntrypointType.MODULE_PATH,
        parameters=_parameters(root, config), description="收件夹巡检：处理已就绪的公文（可多台机器并行）",
        tags=["gongkai", "inbox"], print_next_steps=False,
    )


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - needs a Prefect server
    import argparse

    ap = argparse.ArgumentParser(prog="python -m flows.sweep", description="收件夹巡检部署 / inbox sweep deployment")
    ap.add_argument("action", choices=("deploy", "serve"))
    ap.add_argument("--root", required=True)
    ap.add_argument("--pool", help="process work pool (deploy)")
    ap.add_argument("--every", type=float, default=30.0, help="seconds between sweeps")
    ap.add_argument("--config")
    a = ap.parse_args(argv)
    if a.action == "deploy":
        if not a.pool:
            ap.error("deploy needs --pool")
        print(deploy_to_pool(a.root, a.pool, every=a.every, config=a.config))
    else:
        from prefect import serve

        serve(deployment(a.root, every=a.every, config=a.config))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Scale-out on a Prefect process work pool: the inbox sweep as a scheduled deployment.

Each run of ``inbox-sweep`` is one pass of the watch service (``gongkai watch --once``): recover
what a crashed run left, route every ready file, exit. Several process workers on several machines
may run sweeps of the same root at the same time — the claim by atomic rename and the ledger keep
every file routed exactly once (tested with two services on one inbox). The batches inside a sweep
are ``inbox-batch`` flow runs with their step tasks and artifacts, as under ``gongkai watch``.

    # once, against the shared server (PREFECT_API_URL set):
    prefect work-pool create gongkai --type process
    python -m flows.sweep deploy --root /mnt/gongkai --pool gongkai --every 30 [--config /etc/gongkai.toml]
    # on each machine (same package version, the share mounted at the same path):
    prefect worker start --pool gongkai --limit 1

A long-running ``gongkai watch`` per machine gives lower latency (watchdog, ~2 s); sweeps trade
latency (the interval plus a worker's 10 s poll and process start) for Prefect-managed workers.
"""

from __future__ import annotations

import sys
from pathlib import Path

from prefect import flow


@flow(name="inbox-sweep", flow_run_name="sweep {root}", persist_result=False)
def inbox_sweep(root: str, config: str | None = None, concurrency: int | None = None) -> int:
    """One pass of the watch service over ``root``: recover, route what is ready, return the count."""
    from .root import apply_umask, check_root_path, prepare_root, root_lock, root_ready
    from .service import Service
    from .settings import load_settings, validate_config

    apply_umask()
    validate_config(config)
    settings = load_settings(config, overrides={"root": root, "concurrency": concurrency, "watchdog": False})
    check_root_path(settings.root)
    with root_lock(settings.root, shared=settings.service.shared_root):
        state = prepare_root(settings.root, settings.ledger_url, group=settings.service.group)
        svc = Service(settings)
        root_ready(state.root, settings.ledger_url, group=settings.service.group)
        try:
            return len(svc.run(once=True))
        finally:
            svc.close()


def deployment(root: str | Path, *, every: float = 30.0, config: str | None = None, name: str = "inbox-sweep"):
    """A ``RunnerDeployment`` of ``inbox_sweep`` every ``every`` seconds (for ``serve`` on one machine)."""
    from datetime import timedelta

    return inbox_sweep.to_deployment(
        name=name, interval=timedelta(seconds=every), parameters={"root": str(root), "config": config},
        concurrency_limit=None, description="收件夹巡检：处理已就绪的公文（可多台机器并行）", tags=["gongkai", "inbox"],
    )


def deploy_to_pool(root: str | Path, pool: str, *, every: float = 30.0, config: str | None = None,
                   name: str = "inbox-sweep", source: str | Path | None = None):
    """Register the sweep on a process work pool (code loaded from ``source``, default this checkout)."""
    from datetime import timedelta

    src = str(source or Path(__file__).resolve().parents[1])
    return inbox_sweep.from_source(source=src, entrypoint="flows/sweep.py:inbox_sweep").deploy(
        name=name, work_pool_name=pool, interval=timedelta(seconds=every),
        parameters={"root": str(root), "config": config}, tags=["gongkai", "inbox"],
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

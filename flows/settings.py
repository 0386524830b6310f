"""Service settings: the ``[service]`` and ``[storage]`` sections of the one TOML file, plus the environment.

Read once at start into frozen dataclasses; an unknown key or a wrong type fails at start-up naming
the key (the same loader as ``classifiers.config``). Precedence: defaults < TOML < environment <
command line. Only this layer reads the environment:

* ``PREFECT_API_URL`` — a Prefect server to use unchanged; without it the service runs an embedded
  local Prefect with its state under ``<root>/.prefect``.
* ``GONGKAI_LEDGER_URL`` — a SQLAlchemy URL for the ledger (PostgreSQL for several machines);
  without it, ``<root>/ledger.sqlite3``.

Example::

    [service]
    root = "/srv/gongkai"          # inbox/, approval/, returned/, escalated/, quarantine/, reports/
    settle_seconds = 1.0           # size and mtime unchanged this long → the file is complete
    sidecar_wait_seconds = 1.5     # a document without its OA sidecar waits this long for it
    rescan_seconds = 5.0           # full rescan (SMB/NFS send no events)
    concurrency = 2                # documents audited at once (audit processes)
    batch_max = 200                # files per flow run at most
    engine = "prefect"             # or "inline" (same steps, no Prefect)

    [storage]
    url = "postgresql+psycopg://gongkai@db/gongkai"
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping


ENGINES = ("prefect", "inline")


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    """``[service]``: the watch folder and how files are taken and processed."""

    root: str = "gongkai-data"
    settle_seconds: float = 1.0
    sidecar_wait_seconds: float = 1.5
    orphan_sidecar_seconds: float = 300.0
    rescan_seconds: float = 5.0
    poll_seconds: float = 0.2
    concurrency: int = 2
    batch_max: int = 200
    engine: str = "prefect"
    lease_seconds: float = 60.0
    heartbeat_seconds: float = 10.0
    io_retries: int = 3
    artifacts: bool = True
    watchdog: bool = True

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"service.engine {self.engine!r} unknown; known: {', '.join(ENGINES)}")
        for name in ("settle_seconds", "sidecar_wait_seconds", "orphan_sidecar_seconds", "rescan_seconds", "poll_seconds"):
            if getattr(self, name) < 0:
                raise ValueError(f"service.{name} must be >= 0")
        if self.concurrency < 1 or self.batch_max < 1:
            raise ValueError("service.concurrency and service.batch_max must be >= 1")


@dataclass(frozen=True, slots=True)
class StorageSettings:
    """``[storage]``: the ledger database (empty → SQLite under the root)."""

    url: str = ""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the service needs besides the classifier configuration."""

    service: ServiceSettings = field(default_factory=ServiceSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    config_path: str | None = None
    prefect_api_url: str | None = None

    @property
    def root(self) -> Path:
        return Path(self.service.root)

    @property
    def ledger_url(self) -> str | None:
        return self.storage.url or None

    @property
    def embedded_prefect(self) -> bool:
        return not self.prefect_api_url


def load_settings(config_path: str | Path | None = None, *, env: Mapping[str, str] | None = None,
                  overrides: Mapping[str, Any] | None = None) -> Settings:
    """Defaults, the TOML file's ``[service]``/``[storage]``, the environment, then ``overrides`` (``root=…``)."""
    from classifiers.config import build, read_toml

    env = os.environ if env is None else env
    data: dict[str, Any] = read_toml(config_path) if config_path is not None else {}
    service = build(ServiceSettings, dict(data.get("service", {})), "service")
    storage = build(StorageSettings, dict(data.get("storage", {})), "storage")
    if env.get("GONGKAI_LEDGER_URL"):
        storage = replace(storage, url=env["GONGKAI_LEDGER_URL"])
    ov = {k: v for k, v in (overrides or {}).items() if v is not None}
    if ov:
        service = build(ServiceSettings, {**_asdict(service), **ov}, "service")
    return Settings(service=service, storage=storage, config_path=str(config_path) if config_path else None,
                    prefect_api_url=env.get("PREFECT_API_URL") or None)


def _asdict(obj: Any) -> dict[str, Any]:
    from dataclasses import fields

    return {f.name: getattr(obj, f.name) for f in fields(obj)}

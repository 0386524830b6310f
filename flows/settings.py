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
    shared_root = false            # true: several services on this root (scale-out); default refuses a second
    group = ""                     # group that may read what the service writes (default: the process's group)

    [storage]
    url = "postgresql+psycopg://gongkai@db/gongkai"
    text_days = 365                # masked audit text kept for retraining this long (0: none)

``validate_config`` checks the whole file — every section of every layer — and every command calls
it first (``flows.cli``), so a misspelt section or key stops ``audit``, ``watch``, ``review`` and
``report`` alike, with the same message and exit status 3.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping


ENGINES = ("prefect", "inline")


#: The longest wait a ``[service]`` setting may name (a week): more is a typo, and a timer overflows on infinity.
_MAX_SECONDS = 7 * 86_400


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
    shared_root: bool = False  # several service processes on one root (scale-out) — see flows.root
    group: str = ""  # group owning what the service creates (name or number); "" = the process's group

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"service.engine {self.engine!r} unknown; known: {', '.join(ENGINES)}")
        import math

        for name in ("settle_seconds", "sidecar_wait_seconds", "orphan_sidecar_seconds", "rescan_seconds", "poll_seconds",
                     "lease_seconds", "heartbeat_seconds"):
            # NaN passes ``< 0`` (a settle of NaN waited for ever); infinity overflows a timer; a week is no wait
            v = getattr(self, name)
            if not math.isfinite(v) or not 0 <= v <= _MAX_SECONDS:
                raise ValueError(f"service.{name} must be a number from 0 to {_MAX_SECONDS}")
        if self.concurrency < 1 or self.batch_max < 1:
            raise ValueError("service.concurrency and service.batch_max must be >= 1")


@dataclass(frozen=True, slots=True)
class StorageSettings:
    """``[storage]``: the ledger database (empty → SQLite under the root)."""

    url: str = ""
    text_days: int = 365  # keep the masked text of an audit (for `gongkai train --root`) this many days; 0 = none

    def __post_init__(self) -> None:
        if self.text_days < 0:
            raise ValueError("storage.text_days must be >= 0")


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


#: Sections owned by the flows and reports layers (the classifiers' sections register themselves).
FLOWS_SECTIONS = ("reports", "service", "storage")


def validate_config(config_path: str | Path | None) -> None:
    """Validate the whole TOML file at once: every section and key of every layer, or a ``ConfigError``.

    The message names what is wrong and lists the known names, in Chinese and English, with the
    nearest known name when one is close (``[servce]`` → ``[service]``).
    """
    if config_path is None:
        return
    import difflib

    from classifiers.config import build, known_sections, load_config, read_toml
    from extractors.errors import ConfigError
    from reports.settings import load_report_settings

    data = read_toml(config_path)
    known = sorted(set(known_sections()) | set(FLOWS_SECTIONS))
    unknown = sorted(k for k in data if k not in known)
    if unknown:
        hints = [f"[{k}] → [{m[0]}]" for k in unknown for m in [difflib.get_close_matches(k, known, 1, 0.6)] if m]
        hint = f"；是否应为 / did you mean: {', '.join(hints)}" if hints else ""
        raise ConfigError(f"配置文件 {config_path} 中有未知配置节 / unknown config section(s) {[f'[{k}]' for k in unknown]}"
                          f"{hint}；已知配置节 / known sections: {', '.join(known)}")
    for name in ("service", "storage"):
        _build_named(build, ServiceSettings if name == "service" else StorageSettings, data.get(name, {}), name)
    load_report_settings(config_path)
    load_config(config_path)


def _build_named(build, cls, values, name: str):
    import difflib

    from extractors.errors import ConfigError

    if isinstance(values, dict):
        from dataclasses import fields

        names = sorted(f.name for f in fields(cls))
        extra = sorted(set(values) - set(names))
        if extra:
            hints = [f"{k} → {m[0]}" for k in extra for m in [difflib.get_close_matches(k, names, 1, 0.6)] if m]
            hint = f"；是否应为 / did you mean: {', '.join(hints)}" if hints else ""
            raise ConfigError(f"[{name}] 中有未知配置项 / unknown key(s) {[f'{name}.{k}' for k in extra]}{hint}；"
                              f"已知配置项 / known keys: {', '.join(names)}")
    return build(cls, dict(values) if isinstance(values, dict) else values, name)


def _asdict(obj: Any) -> dict[str, Any]:
    from dataclasses import fields

    return {f.name: getattr(obj, f.name) for f in fields(obj)}

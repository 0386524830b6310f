"""One configuration file (TOML), validated on load into frozen objects.

Each concern declares its own section as a frozen dataclass with good defaults and registers it
with ``@section("name")``; ``load_config`` builds every section from the user's file and fails at
start-up naming any unknown section or key, or any value of the wrong type. Lexicons are data:
defaults live in ``classifiers/lexicons/*.txt`` and a bureau overrides them in its TOML.

The library layers never read the environment: ``flows`` finds the file and passes it here.
"""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any, Callable, TypeVar

from extractors.errors import ConfigError, RegistryError

T = TypeVar("T")
_SECTIONS: dict[str, type] = {}


def section(name: str) -> Callable[[type[T]], type[T]]:
    """Register a frozen dataclass as the configuration section ``[name]``."""

    def deco(cls: type[T]) -> type[T]:
        if name in _SECTIONS and _SECTIONS[name] is not cls:
            raise RegistryError(f"config section {name!r} registered twice; known: {sorted(_SECTIONS)}")
        _SECTIONS[name] = cls
        return cls

    return deco


def by_identity(cache: dict[int, tuple[Any, Any]], obj: Any, build: Callable[[Any], Any]) -> Any:
    """``build(obj)``, kept in ``cache`` by the identity of ``obj``: a loaded configuration or knowledge base is the
    same object for every document, and hashing one walks every list it holds. Each entry keeps ``obj`` alive (so its
    id is not reused); a handful of entries at most."""
    got = cache.get(id(obj))
    if got is None or got[0] is not obj:
        if len(cache) > 8:
            cache.clear()
        got = cache[id(obj)] = (obj, build(obj))
    return got[1]


def lexicon(name: str) -> tuple[str, ...]:
    """A default lexicon shipped in ``classifiers/lexicons/<name>.txt`` (one term a line, # comments)."""
    text = resources.files("classifiers").joinpath("lexicons", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))


@dataclass(frozen=True, slots=True)
class Config:
    """All sections, by name. ``cfg.section("markings")`` or ``cfg["markings"]``."""

    sections: tuple[tuple[str, Any], ...]
    source: str | None = None

    def __getitem__(self, name: str) -> Any:
        for k, v in self.sections:
            if k == name:
                return v
        raise RegistryError(f"no config section {name!r}; known: {sorted(k for k, _ in self.sections)}")

    section = __getitem__


def _import_sections() -> None:
    # Every module that declares a section is imported so the loader knows them all.
    from . import decision, limits, markings, registry  # noqa: F401

    registry._load()


def read_toml(path: str | Path) -> dict[str, Any]:
    """The TOML file at ``path`` as a dict; a missing or malformed file is a ``ConfigError``."""
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"配置文件不存在 / config file not found: {path}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"配置文件格式错误 / invalid TOML in {path}: {e}") from None


def known_sections() -> list[str]:
    _import_sections()
    return sorted(_SECTIONS)


def load_config(path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> Config:
    """Defaults, then the TOML file at ``path`` (if any), then ``overrides``; validated."""
    _import_sections()
    data: dict[str, Any] = read_toml(path) if path is not None else {}
    for k, v in (overrides or {}).items():
        data.setdefault(k, {}).update(v)
    unknown = sorted(set(data) - set(_SECTIONS) - _FOREIGN_SECTIONS)
    if unknown:
        raise ConfigError(f"未知配置节 / unknown config section(s) {unknown}; known: {sorted(_SECTIONS)}")
    built = tuple((name, build(cls, data.get(name, {}), name)) for name, cls in sorted(_SECTIONS.items()))
    return Config(built, str(path) if path else None)


#: Sections owned by the flows layer (service, storage, reports); validated there, not here.
_FOREIGN_SECTIONS = frozenset({"service", "storage", "reports"})


def build(cls: type[T], values: dict[str, Any], where: str) -> T:
    """Build dataclass ``cls`` from ``values`` with type checks; unknown keys fail naming the key."""
    if not isinstance(values, dict):
        raise ConfigError(f"[{where}] must be a table")
    names = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
    extra = sorted(set(values) - set(names))
    if extra:
        raise ConfigError(f"未知配置项 / unknown key(s) {[f'{where}.{k}' for k in extra]}; known: {sorted(names)}")
    hints = typing.get_type_hints(cls)
    kw = {k: _coerce(hints[k], v, f"{where}.{k}") for k, v in values.items()}
    try:
        obj = cls(**kw)
    except (TypeError, ValueError) as e:
        raise ConfigError(f"[{where}] {e}") from None
    return obj


def _coerce(tp: Any, v: Any, key: str) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any:
        return v
    if origin in (typing.Union, types.UnionType):
        if v is None and type(None) in args:
            return None
        for a in args:
            if a is type(None):
                continue
            try:
                return _coerce(a, v, key)
            except ConfigError:
                continue
        raise ConfigError(f"配置项类型错误 / {key}: {v!r} is not {tp}")
    if origin is tuple:
        if not isinstance(v, (list, tuple)):
            raise ConfigError(f"配置项类型错误 / {key}: expected a list, got {type(v).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_coerce(args[0], x, f"{key}[{i}]") for i, x in enumerate(v))
        return tuple(_coerce(a, x, f"{key}[{i}]") for i, (a, x) in enumerate(zip(args, v)))
    if origin is dict:
        if not isinstance(v, dict):
            raise ConfigError(f"配置项类型错误 / {key}: expected a table")
        return {k: _coerce(args[1], x, f"{key}.{k}") for k, x in v.items()} if args else dict(v)
    if dataclasses.is_dataclass(tp):
        return build(tp, v, key)
    if tp is float and isinstance(v, int) and not isinstance(v, bool):
        return float(v)
    if isinstance(tp, type):
        if tp is int and isinstance(v, bool):
            raise ConfigError(f"配置项类型错误 / {key}: expected int, got bool")
        if not isinstance(v, tp):
            try:
                if issubclass(tp, str) and isinstance(v, str):
                    return tp(v)
                if hasattr(tp, "__members__"):  # enums
                    return tp(v)
            except ValueError:
                pass
            raise ConfigError(f"配置项类型错误 / {key}: expected {tp.__name__}, got {v!r}")
    return v

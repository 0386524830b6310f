"""Registry of checks: detectors and rules registered by name, selected by configuration.

A check is a small plug-in (Presidio's recognizer shape): it declares a ``name`` and yields frozen
``Finding``s for one document. Registering a name twice, asking for an unknown name, or a
configuration that selects nothing raises ``RegistryError`` listing the known names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Protocol

from extractors.errors import RegistryError
from extractors.model import Document

from .config import section

if TYPE_CHECKING:
    from .config import Config
    from .markings import MarkingScan
    from .model import Finding, Marking, Suggestion


@dataclass(frozen=True, slots=True)
class AuditContext:
    """What a check may know beyond the document: the resolved marking and the configuration."""

    document: Document
    config: "Config"
    attribute: str | None  # 公开属性 as marked (normalised), None when missing/invalid
    marking: "Marking | None"
    #: the marking scan the audit already ran (``markings.scan``), so a check need not run it again
    scan: "MarkingScan | None" = None


class Check(Protocol):
    name: str

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable["Finding | Suggestion"]: ...


_CHECKS: dict[str, Callable[[], Check]] = {}


def register(name: str) -> Callable:
    """Register a check factory (a class or function returning a ``Check``) under ``name``."""

    def deco(factory: Callable[[], Check]) -> Callable[[], Check]:
        if name in _CHECKS:
            raise RegistryError(f"check {name!r} registered twice; known: {sorted(_CHECKS)}")
        _CHECKS[name] = factory
        return factory

    return deco


def known_checks() -> list[str]:
    _load()
    return sorted(_CHECKS)


def select(names: Iterable[str]) -> list[Check]:
    """Instantiate the named checks in order; unknown names or an empty selection are errors.

    The checks hold no state, so a selection is instantiated once and handed out again (a new list each
    time): the audit asks for it once a document."""
    names = tuple(names)
    got = _SELECTED.get(names)
    if got is None:
        got = _SELECTED[names] = _select(names)
    return list(got)


_SELECTED: dict[tuple[str, ...], list[Check]] = {}


def _select(names: tuple[str, ...]) -> list[Check]:
    _load()
    names = list(names)
    if not names:
        raise RegistryError(f"configuration selects no checks; known: {sorted(_CHECKS)}")
    unknown = [n for n in names if n not in _CHECKS]
    if unknown:
        raise RegistryError(f"unknown check(s) {unknown}; known: {sorted(_CHECKS)}")
    return [_CHECKS[n]() for n in names]


def _load() -> None:
    """Import the packages whose modules register checks (idempotent)."""
    from . import detectors, hidden, model_classifier, passage_model, rules  # noqa: F401


@section("checks")
@dataclass(frozen=True, slots=True)
class ChecksConfig:
    """Which checks run, in order. Empty means every registered check."""

    enabled: tuple[str, ...] = ()
    disabled: tuple[str, ...] = ()

    def names(self) -> list[str]:
        base = list(self.enabled) if self.enabled else known_checks()
        unknown = [n for n in self.disabled if n not in known_checks()]
        if unknown:
            raise RegistryError(f"unknown check(s) in checks.disabled {unknown}; known: {known_checks()}")
        return [n for n in base if n not in self.disabled]

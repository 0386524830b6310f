"""Model files loaded once per process, by path — the attribute model's and the passage model's alike."""

from __future__ import annotations

import threading
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Callable, Generic, TypeVar

from extractors.errors import ConfigError

M = TypeVar("M")


class ModelFiles(Generic[M]):
    """``get(path)``: the model at ``path`` (default: the one shipped in classifiers/data), loaded once.

    ``load`` reads a file (imported lazily by the caller, so the audit pays numpy only when a model is
    asked for); ``missing`` is the bilingual message for a file that is not there."""

    def __init__(self, shipped: str, load: Callable[[Path], M], missing: str) -> None:
        self._shipped, self._load, self._missing = shipped, load, missing
        self._lock = threading.Lock()
        self._models: dict[str, M] = {}
        self._by_arg: dict[str | Path | None, M] = {}  # get's argument → the model it loaded

    @cached_property
    def default_path(self) -> Path:
        """The shipped model (resolved once: ``importlib.resources`` costs ~0.1 ms a call)."""
        return Path(str(resources.files("classifiers").joinpath("data", self._shipped)))

    def get(self, path: str | Path | None = None) -> M:
        got = self._by_arg.get(path)
        if got is not None:  # the audit asks once a document: skip resolving the path again
            return got
        p = Path(path) if path else self.default_path
        key = str(p)
        with self._lock:
            if key not in self._models:
                if not p.is_file():
                    raise ConfigError(f"{self._missing}: {p}")
                self._models[key] = self._load(p)
            self._by_arg[path] = self._models[key]
            return self._models[key]

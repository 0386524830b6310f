"""A bounded cache across documents for work whose result depends only on a short local text.

A bureau's pages repeat the same lines: its hotline (咨询电话：0955-7012333), its contact block,
its signature. The scoring of a digit run on such a line (its label, the column header, the line
above, the office words after it) was paid again on every page that carries it — on the prose of
the detector bench, 42 % of pages hold the office hotline and its scoring was a third of the
number scan. The caller builds the key from *every* input the cached function reads, so a hit
returns exactly what the call would; the value also holds the configuration it was computed
under, checked by identity (a key holds the configuration's ``id``; the value's reference keeps
that id from being reused while the entry lives).

Thread safety: one ``dict`` read, one write, or one ``clear`` — each atomic under the GIL; the
values are immutable. Bounded: at ``size`` entries the whole cache is dropped (the repeated lines
come back at once; no LRU bookkeeping on the hot path). Texts longer than ``longest`` characters
are not cached at all, so the memory held stays small (``size`` × ``longest`` characters).
"""

from __future__ import annotations

from typing import Any, Callable, Hashable

_ABSENT = object()


class LocalCache:
    """``(key, config) → value`` across documents, bounded; see the module docstring."""

    __slots__ = ("_data", "size", "longest")

    def __init__(self, size: int = 2048, longest: int = 600):
        self._data: dict[Hashable, tuple[Any, Any]] = {}
        self.size = size
        self.longest = longest

    def get(self, key: Hashable, cfg: Any) -> Any:
        """The value stored under ``key`` for this very ``cfg``, else ``LocalCache.MISS``."""
        v = self._data.get(key)
        if v is not None and v[0] is cfg:
            return v[1]
        return _ABSENT

    def put(self, key: Hashable, cfg: Any, value: Any) -> None:
        data = self._data
        if len(data) >= self.size:
            data.clear()
        data[key] = (cfg, value)

    def cached(self, key: Hashable, cfg: Any, compute: Callable[[], Any]) -> Any:
        """``compute()``, or the value it returned for the same key and configuration before."""
        v = self.get(key, cfg)
        if v is _ABSENT:
            v = compute()
            self.put(key, cfg, v)
        return v

    def clear(self) -> None:
        self._data.clear()

    MISS = _ABSENT

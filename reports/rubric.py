"""The assessment rubric (考核评分细则) as data: which monthly figures earn a section its points.

《政府信息公开制度》第二十一条: 政务公开工作列入人社系统年度效能目标考核内容，赋分值4分;
《考核制度》第八条: 考核工作实行量化标准. The bureau writes the weights in a TOML file
(default ``reports/rubric.toml``); each item names a *metric* from the registry below, a weight,
and the article it rests on. A section's score is ``total × Σ(weight × metric) / Σ weight``, every
metric being a share in [0, 1]. Unknown metrics or keys fail on load, naming what is known.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable

from extractors.errors import ConfigError

#: metric name → (Chinese description, function of SectionStats → share in [0, 1])
METRICS: dict[str, tuple[str, Callable]] = {}


def metric(name: str, description: str):
    """Register a rubric metric; a name registered twice is an error."""

    def deco(fn):
        if name in METRICS:
            raise ConfigError(f"rubric metric {name!r} registered twice; known: {sorted(METRICS)}")
        METRICS[name] = (description, fn)
        return fn

    return deco


def _share(good: int, of: int) -> float:
    return good / of if of else 1.0


@metric("first_pass_rate", "一次通过率：首次提交即未被退回、未需报审的公文占比")
def _first_pass(s) -> float:
    return _share(s.first_pass, s.first_submissions)


@metric("label_compliance", "标注规范率：公开属性标注齐全、取值规范、前后一致并说明理由的公文占比")
def _labels(s) -> float:
    return _share(s.documents - s.label_issues, s.documents)


@metric("privacy_clean_rate", "隐私保护率：不含未去标识化个人信息、商业秘密的公文占比")
def _privacy(s) -> float:
    return _share(s.documents - s.privacy_issues, s.documents)


@metric("secrecy_clean_rate", "保密合规率：无密级标志、无疑似涉密内容的拟公开公文占比")
def _secrecy(s) -> float:
    return _share(s.documents - s.secrecy_issues, s.documents)


@metric("hidden_clean_rate", "文件清洁率：无批注、修订、隐藏文字、无效遮盖的公文占比")
def _hidden(s) -> float:
    return _share(s.documents - s.hidden_issues, s.documents)


@metric("readable_rate", "文件可读率：提交的文件可打开、未加密的占比")
def _readable(s) -> float:
    return _share(s.documents - s.errors, s.documents)


@dataclass(frozen=True, slots=True)
class RubricItem:
    """One scored line: a metric, its weight and the article it rests on."""

    name: str
    metric: str
    weight: float
    basis: str = ""

    def __post_init__(self) -> None:
        if self.metric not in METRICS:
            raise ConfigError(f"rubric item {self.name!r}: unknown metric {self.metric!r}; known: {sorted(METRICS)}")
        if self.weight < 0:
            raise ConfigError(f"rubric item {self.name!r}: weight must be ≥ 0")


@dataclass(frozen=True, slots=True)
class Rubric:
    """The whole rubric: points available (``total``), items, and the least documents to score a section."""

    items: tuple[RubricItem, ...]
    total: float = 4.0
    min_documents: int = 1
    title: str = "政务公开月度考核评分"
    source: str | None = None

    def __post_init__(self) -> None:
        if not self.items:
            raise ConfigError("rubric has no items; add [[items]] with name, metric, weight")
        if self.total <= 0:
            raise ConfigError("rubric total must be > 0")
        if sum(i.weight for i in self.items) <= 0:
            raise ConfigError("rubric weights sum to 0")

    def score(self, section) -> tuple[float | None, tuple[tuple[str, float, float], ...]]:
        """(score or None when the section has too few documents, ((item, share, points) …))."""
        wsum = sum(i.weight for i in self.items)
        parts = []
        for i in self.items:
            share = METRICS[i.metric][1](section)
            parts.append((i.name, share, self.total * i.weight / wsum * share))
        if section.documents < self.min_documents:
            return None, tuple(parts)
        return round(sum(p for _, _, p in parts), 2), tuple(parts)


_KEYS = {"total", "min_documents", "title", "items"}
_ITEM_KEYS = {"name", "metric", "weight", "basis"}


def load_rubric(path: str | Path | None = None) -> Rubric:
    """The rubric from ``path`` (TOML), or the shipped ``reports/rubric.toml``."""
    if path is None:
        text = resources.files("reports").joinpath("rubric.toml").read_text(encoding="utf-8")
        where = "reports/rubric.toml"
    else:
        text = _read_bounded(Path(path))
        where = str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"评分细则格式错误 / invalid TOML in {where}: {e}") from None
    except RecursionError:  # a value nested thousands deep
        raise ConfigError(f"评分细则嵌套过深 / rubric nested too deep in {where}") from None
    extra = sorted(set(data) - _KEYS)
    if extra:
        raise ConfigError(f"未知评分细则项 / unknown rubric key(s) {extra} in {where}; known: {sorted(_KEYS)}")
    raw_items = data.get("items", [])
    if not isinstance(raw_items, list) or len(raw_items) > MAX_ITEMS:
        raise ConfigError(f"评分细则 items 应为至多 {MAX_ITEMS} 项的 [[items]] 表 / items in {where} must be a list of at most "
                          f"{MAX_ITEMS} [[items]] tables")
    items = []
    for n, it in enumerate(raw_items):
        if not isinstance(it, dict):
            raise ConfigError(f"评分细则 items[{n}] 应为表 / items[{n}] of {where} must be a table (name, metric, weight)")
        bad = sorted(set(it) - _ITEM_KEYS)
        if bad:
            raise ConfigError(f"未知评分细则项 / unknown key(s) {bad} in items[{n}] of {where}; known: {sorted(_ITEM_KEYS)}")
        try:
            items.append(RubricItem(str(it["name"]), str(it["metric"]), _number(it["weight"], f"items[{n}].weight", where),
                                    str(it.get("basis", ""))))
        except KeyError as e:
            raise ConfigError(f"items[{n}] of {where} lacks {e.args[0]!r}") from None
    minimum = _number(data.get("min_documents", 1), "min_documents", where)
    if minimum != int(minimum) or not 0 <= minimum <= 10**6:
        raise ConfigError(f"评分细则 min_documents 应为 0 至 1000000 的整数 / min_documents in {where} must be a whole number "
                          f"from 0 to 1000000")
    return Rubric(tuple(items), _number(data.get("total", 4.0), "total", where), int(minimum),
                  str(data.get("title", "政务公开月度考核评分")), where)


#: The most items a rubric may hold (a column each in the monthly workbook) and the largest rubric file read.
MAX_ITEMS = 200
MAX_RUBRIC_BYTES = 1 << 20


def _read_bounded(path: Path) -> str:
    """The rubric file's text: a regular file of at most ``MAX_RUBRIC_BYTES`` (``/dev/zero`` or a FIFO is no rubric,
    and an endless file was read into memory whole), UTF-8."""
    import os
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise ConfigError(f"评分细则文件不存在 / rubric file not found: {path}") from None
    except OSError as e:
        raise ConfigError(f"无法读取评分细则文件 / cannot read the rubric file {path}: {e.strerror or e}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # a folder, /dev/zero, a FIFO
        os.close(fd)
        raise ConfigError(f"评分细则应为普通文件 / the rubric must be a regular file: {path}")
    with os.fdopen(fd, "rb") as fh:
        data = fh.read(MAX_RUBRIC_BYTES + 1)
    if len(data) > MAX_RUBRIC_BYTES:
        raise ConfigError(f"评分细则文件超过 1 MiB / the rubric file is larger than 1 MiB: {path}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(f"评分细则文件不是 UTF-8 / the rubric file is not UTF-8: {path}") from None


def _number(value, key: str, where: str) -> float:
    """``value`` as a finite number (a weight, the total, the least documents), else a ConfigError naming ``key``."""
    import math

    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(float(value)) \
            or abs(float(value)) > 1e9:
        raise ConfigError(f"评分细则 {key} 应为有限数值 / {key} in {where} must be a finite number, got {value!r}"[:300])
    return float(value)

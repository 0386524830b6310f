"""The secrecy-scope knowledge base (``classifiers/secrecy_scope.toml``), validated into frozen objects.

A matter is an object concept × a state concept with the article it comes from and the decision it
implies (``secret`` → SECRET_CONTENT, ``internal`` → MIXED_CONTENT in a 主动公开 document). Terms are
words (``试题``), alternatives (``启用前|使用前``) or ordered parts in one clause (``已于…公示``). A
bureau points ``[secrecy_scope] knowledge_base`` at its own file (same format) to extend or replace it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from extractors.errors import ConfigError

from ..config import section

DECISIONS = ("secret", "internal")
#: Evidence the matcher recognises itself (``requires`` / ``state_evidence``).
EVIDENCE = ("figure", "person", "org", "person_or_figure", "detail", "exam_form", "later_event", "heading", "benefit",
            "later", "logistics")
#: Event kinds a ``later_event`` state may name (``timing.EVENT_KINDS``).
EVENT_KINDS = ("exam", "release", "inspection", "review")
#: Characters that may not appear inside a clause-bound gap.
_CLAUSE_END = "，,。；;！!？?\n"


@dataclass(frozen=True, slots=True)
class Term:
    """One term as written, and its parts (each a tuple of alternatives), matched in order in one clause."""

    text: str
    parts: tuple[tuple[str, ...], ...]

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for p in self.parts for w in p)


@dataclass(frozen=True, slots=True)
class Matter:
    """One matter of the secrecy scope: objects × states, where it comes from and what it implies."""

    id: str
    name: str
    article: str
    level: str
    category: str
    decision: str
    objects: tuple[Term, ...]
    states: tuple[Term, ...]
    cancel: tuple[Term, ...]
    requires: tuple[str, ...] = ()
    state_evidence: tuple[str, ...] = ()
    #: the kinds of dated event that, later than the document, are this matter's state (``later_event``);
    #: without ``later_event`` they only add the date reasoning to a hit found by its words
    events: tuple[str, ...] = ()
    #: kinds of dated event that, held before the document (in the object's paragraph or a neighbour) with none
    #: of the matter's kinds still to come, end the matter: a review panel named in the results' 公示, the units
    #: of an unannounced inspection listed in its results (``held_cancels``)
    held: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """All matters, the shared cancelling / negation / rule-statement words, and the window sizes."""

    matters: tuple[Matter, ...]
    negation: tuple[Term, ...]
    statement: tuple[Term, ...]
    specific: tuple[Term, ...]
    #: words that make a "done" cancel prospective (预计自…起执行, 建议…起执行): the cancel then does not apply
    hedge: tuple[Term, ...] = ()
    gap: int = 12
    window: int = 2
    source: str = ""

    def all_terms(self) -> tuple[str, ...]:
        """Every word the knowledge base names (for the segmenter's dictionary)."""
        ws: set[str] = set()
        for t in (*self.negation, *self.statement, *self.specific, *self.hedge):
            ws.update(t.words)
        for m in self.matters:
            for t in (*m.objects, *m.states, *m.cancel):
                ws.update(t.words)
        return tuple(sorted(ws))

    def gap_pattern(self) -> str:
        return f"[^{re.escape(_CLAUSE_END)}]{{0,{self.gap}}}?"


def parse_term(text: str, where: str, classes: dict[str, tuple[str, ...]] | None = None) -> Term:
    """``已于…公布|公示`` → Term(parts=(("已于",), ("公布", "公示"))); an empty part is a ConfigError. An alternative
    ``@NAME`` stands for every word of the class ``NAME`` (``[classes]``): ``@AHEAD…@NEG…@TELL``."""
    parts = []
    for part in text.split("…"):
        alts = tuple(a.strip() for a in part.split("|"))
        if any(a.startswith("@") for a in alts):
            unknown = [a for a in alts if a.startswith("@") and a[1:] not in (classes or {})]
            if unknown:
                raise ConfigError(f"保密事项知识库词条引用了未定义的词类 / term {text!r} in {where} names undefined classes {unknown}")
            alts = tuple(dict.fromkeys(w for a in alts for w in ((classes or {})[a[1:]] if a.startswith("@") else (a,))))
        if not alts or any(not a or any(c in _CLAUSE_END for c in a) for a in alts):
            raise ConfigError(f"保密事项知识库词条格式错误 / bad term {text!r} in {where}")
        parts.append(alts)
    return Term(text, tuple(parts))


def _terms(values, where: str, classes: dict[str, tuple[str, ...]] | None = None) -> tuple[Term, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ConfigError(f"保密事项知识库 {where} 应为字符串列表 / {where} must be a list of strings")
    return tuple(parse_term(v, where, classes) for v in values)


def _classes(raw) -> dict[str, tuple[str, ...]]:
    """``[classes]``: NAME = [words], the word classes a term's ``@NAME`` stands for (each word one alternative)."""
    if not isinstance(raw, dict):
        raise ConfigError("保密事项知识库 [classes] 应为表 / [classes] must be a table")
    out = {}
    for name, words in raw.items():
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name) or not isinstance(words, list) or not words or not all(
                isinstance(w, str) and w.strip() and not any(c in _CLAUSE_END or c in "|…@" for c in w) for w in words):
            raise ConfigError(f"保密事项知识库词类 {name!r} 应为大写名称和非空词表 / class {name!r} must be an UPPER name with a list of words")
        out[name] = tuple(w.strip() for w in words)
    return out


_MATTER_KEYS = {"id", "name", "article", "level", "category", "decision", "objects", "states", "cancel", "shared_cancel",
                "requires", "state_evidence", "events", "held_cancels"}


def build_kb(data: dict, source: str = "") -> KnowledgeBase:
    """Validate a parsed knowledge-base TOML; anything malformed is a ConfigError naming the matter."""
    d = data.get("defaults", {})
    if not isinstance(d, dict):
        raise ConfigError("保密事项知识库 [defaults] 应为表 / [defaults] must be a table")
    classes = _classes(data.get("classes", {}))
    base_cancel = _terms(d.get("cancel", []), "defaults.cancel", classes)
    matters, seen = [], set()
    raw = data.get("matter", [])
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"保密事项知识库没有事项 / knowledge base {source or ''} lists no [[matter]]")
    for i, m in enumerate(raw):
        mid = str(m.get("id", f"#{i + 1}"))
        where = f"matter {mid}"
        extra = sorted(set(m) - _MATTER_KEYS)
        missing = sorted({"id", "name", "article", "category", "decision", "objects", "states"} - set(m))
        if extra or missing:
            raise ConfigError(f"保密事项知识库 {where}: 未知或缺少的键 / unknown keys {extra}, missing keys {missing}")
        if mid in seen:
            raise ConfigError(f"保密事项知识库事项重复 / duplicate matter id {mid!r}")
        seen.add(mid)
        if m["decision"] not in DECISIONS:
            raise ConfigError(f"保密事项知识库 {where}: decision {m['decision']!r} not in {DECISIONS}")
        ev = (*m.get("requires", []), *m.get("state_evidence", []))
        bad = [e for e in ev if e not in EVIDENCE]
        if bad:
            raise ConfigError(f"保密事项知识库 {where}: 未知证据 / unknown evidence {bad}; known: {EVIDENCE}")
        events = m.get("events", [])
        if any(e not in EVENT_KINDS for e in events) or (("later_event" in ev or "later" in ev) and not events):
            raise ConfigError(f"保密事项知识库 {where}: later_event 须与 events 同时给出，events 取值 / "
                              f"later_event needs events from {EVENT_KINDS}, got {events}")
        held = m.get("held_cancels", [])
        if not isinstance(held, list) or any(e not in EVENT_KINDS for e in held):
            raise ConfigError(f"保密事项知识库 {where}: held_cancels 取值须为事件类型 / held_cancels must list event kinds "
                              f"from {EVENT_KINDS}, got {held}")
        objects, states = _terms(m["objects"], f"{where}.objects", classes), _terms(m["states"], f"{where}.states", classes)
        if not objects or not (states or m.get("state_evidence")):
            raise ConfigError(f"保密事项知识库 {where}: 对象和状态都不能为空 / objects and states may not be empty")
        matters.append(Matter(
            id=mid, name=str(m["name"]), article=str(m["article"]), level=str(m.get("level", "")),
            category=str(m["category"]), decision=m["decision"], objects=objects, states=states,
            # the shared "already public / already used" words end a state of time; a matter that is internal
            # by what it is (a note to the handler) opts out with shared_cancel = false
            cancel=(base_cancel if m.get("shared_cancel", True) is not False else ()) + _terms(m.get("cancel", []), f"{where}.cancel", classes),
            requires=tuple(m.get("requires", [])), state_evidence=tuple(m.get("state_evidence", [])),
            events=tuple(events), held=tuple(held),
        ))
    gap, window = d.get("gap", 12), d.get("window", 2)
    if not isinstance(gap, int) or not isinstance(window, int) or gap < 0 or window < 0:
        raise ConfigError("保密事项知识库 defaults.gap / defaults.window 应为非负整数 / must be non-negative integers")
    return KnowledgeBase(
        matters=tuple(matters), negation=_terms(d.get("negation", []), "defaults.negation"),
        statement=_terms(d.get("statement", []), "defaults.statement"),
        specific=_terms(d.get("specific", []), "defaults.specific"), hedge=_terms(d.get("hedge", []), "defaults.hedge"),
        gap=gap, window=window, source=source,
    )


@lru_cache(maxsize=8)
def load_kb(path: str = "") -> KnowledgeBase:
    """The knowledge base at ``path``, or the shipped one when ``path`` is empty (cached per path)."""
    if not path:
        text = resources.files("classifiers").joinpath("secrecy_scope.toml").read_text(encoding="utf-8")
        source = "classifiers/secrecy_scope.toml"
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as e:
            raise ConfigError(f"保密事项知识库无法读取 / cannot read knowledge base {path}: {e}") from None
        source = path
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"保密事项知识库格式错误 / invalid TOML in {source}: {e}") from None
    return build_kb(data, source)


@section("secrecy_scope")
@dataclass(frozen=True, slots=True)
class SecrecyScopeConfig:
    """The secrecy-scope knowledge base the SECRET_CONTENT and MIXED_CONTENT checks consult."""

    enabled: bool = True
    #: a bureau's own knowledge base (same format as classifiers/secrecy_scope.toml); empty = the shipped one
    knowledge_base: str = ""

    def __post_init__(self) -> None:
        if self.enabled:
            load_kb(self.knowledge_base)  # a bad file fails at start-up, naming the matter

    def kb(self) -> KnowledgeBase:
        return load_kb(self.knowledge_base)

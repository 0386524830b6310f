"""Training paragraphs for the passage model, from three independent writers' generators.

``w1``, ``w2`` and ``w3`` each hold a ``gen.py`` and a ``README.md`` written by a writer who never saw
the project's rules or lexicons; each generator prints labelled paragraphs
(``{"text", "label", "writer", "topic"}``, labels public / internal / secret / commercial / personal).
They are run here with fixed seeds, so ``gongkai train --passages`` rebuilds the same model from a
fresh clone; the generated paragraphs are not stored in the repository. Beside them, as ``public``
only, the body paragraphs of the attribute model's starter corpus documents marked 主动公开
(``starter_public``: policy, 解读 Q&A, 公开征求意见 prose, which the writers' public class covers
thinly — without them 5 of 111 public documents of that corpus in its other wording raised a finding,
with them none, for 4 points of held-out recall) and the working instructions of published notices
(``public_admin``: report by a date to the 办公室, attend a meeting …, which the writers' ``internal``
class made look internal). ``dev`` is a small set of this project's own, for tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

WRITERS = ("w1", "w2", "w3")
HERE = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class Passage:
    """One labelled paragraph and who wrote the generator that made it."""

    text: str
    label: str
    writer: str
    topic: str = ""


def _run(writer: str, seed: int) -> list[dict]:
    """Run ``<writer>/gen.py`` with ``seed`` in a scratch directory and read its JSON lines."""
    gen = HERE / writer / "gen.py"
    if not gen.is_file():
        raise FileNotFoundError(f"passage corpus generator not found: {gen}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "passages.jsonl"
        cmd = [sys.executable, str(gen), "{out}", "--seed", "{seed}", "--n", str(PER_WRITER)]
        cmd = [c.format(seed=seed, out=out) for c in cmd]
        proc = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, timeout=600)
        if proc.returncode != 0:
            raise RuntimeError(f"{gen} failed ({proc.returncode}): {proc.stderr[-500:]}")
        text = out.read_text(encoding="utf-8") if out.is_file() else proc.stdout
    return [json.loads(ln) for ln in text.splitlines() if ln.strip()]


#: Paragraphs asked of each generator (all three take ``gen.py OUT.jsonl --seed N --n N``).
PER_WRITER = 2000

#: The fixed seeds the shipped model is trained with.
SEEDS = {"w1": 11, "w2": 22, "w3": 33}


def writer_passages(writer: str, seed: int | None = None) -> list[Passage]:
    """The paragraphs ``writer``'s generator makes with ``seed`` (default: the training seed)."""
    if writer == "dev":
        from .dev import build

        return [Passage(t, y, "dev") for t, y in build(400, seed or 0)]
    rows = _run(writer, SEEDS[writer] if seed is None else seed)
    return [Passage(str(r["text"]), str(r["label"]), writer, str(r.get("topic", ""))) for r in rows]


def starter_public(n: int = 600, seed: int = 2026) -> list[Passage]:
    """Body paragraphs of the attribute model's starter corpus documents marked 主动公开 (wording A), as
    ``public``: policy, 解读 Q&A, 公开征求意见 and 公示 prose the writers' public class covers thinly.

    Only the public class: a paragraph of a 不予公开 document is not therefore a secret passage.
    """
    from samples.corpus import build_corpus

    seen: set[str] = set()
    out = []
    for d in build_corpus(n, seed, "A"):
        if d.attribute != "主动公开":
            continue
        for b in d.spec.body:
            if isinstance(b, str) and len(b) >= 16 and b not in seen:
                seen.add(b)
                out.append(Passage(b, "public", "starter", d.archetype))
    return out


def extra_public() -> list[Passage]:
    """The public paragraphs that join the writers': the starter corpus's public prose and the
    working instructions of published notices (``public_admin``)."""
    from .public_admin import build

    return starter_public() + [Passage(t, "public", "admin") for t in build(400, 0)]


#: The labelled paragraphs of the evaluation sets used for tuning (A–R, U–Z, AC–AF), stored as text; new sets join
#: through ``bench/passage_labels.py``. Never an unread set (S, T) nor a final pair (AA, AB, AG, AH).
SETS_FILE = HERE / "judgement_sets.jsonl"


def judgement_sets() -> list[Passage]:
    """The paragraphs of the tuning evaluation sets with the labels an independent reader gave them."""
    out = []
    for ln in SETS_FILE.read_text(encoding="utf-8").splitlines():
        if ln.strip():
            r = json.loads(ln)
            out.append(Passage(str(r["text"]), str(r["label"]), f"set_{r['set']}", str(r.get("file", ""))))
    return out


def corpus(writers: tuple[str, ...] = WRITERS, *, extra: bool = True, sets: bool = True) -> list[Passage]:
    """Every writer's paragraphs, in writer order, then (``extra``) the extra public paragraphs and
    (``sets``) the labelled paragraphs of the tuning evaluation sets."""
    return ([p for w in writers for p in writer_passages(w)] + (extra_public() if extra else [])
            + (judgement_sets() if sets and SETS_FILE.is_file() else []))

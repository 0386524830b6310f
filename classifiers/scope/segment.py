"""Word boundaries as jieba cuts them, without importing jieba at audit time.

The knowledge base matches whole words, so 口径 does not match inside 统计口径 nor 题目 inside 课题目标.
The words are jieba's: ``build_wordlist`` (build time, imports jieba) exports the entries of jieba's
dictionary that hold a character of some knowledge-base term (freq ≥ 5), every single character and
every common word (freq ≥ 300) to ``data/scope_words.txt``;
``Segmenter`` runs jieba's own route search over them (the maximum-probability path through the word
graph, HMM off — ``jieba.cut(s, HMM=False)``), with every knowledge-base term added the way
``jieba.add_word`` suggests its frequency. The audit never loads jieba or its 5 MB dictionary (a test
holds the audit to that, and start-up to ≤ 1 s); the list is read once, and only for a document with
a candidate passage. ``tests/classifiers/rules/test_scope_kb.py`` checks that terms are cut where jieba cuts them.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

#: jieba's blocks: runs of Han characters, letters and digits; everything else stands alone.
_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")
_ALNUM = re.compile(r"[a-zA-Z0-9]")
MIN_FREQ = 5
COMMON_FREQ = 300
WORDLIST = "scope_words.txt"


class Segmenter:
    """jieba's no-HMM cut over a word → frequency table; ``boundaries`` gives the cut offsets."""

    def __init__(self, freq: dict[str, int], extra: Iterable[str] = (), total: int | None = None):
        self.freq: dict[str, int] = {}
        for w, f in freq.items():
            self._put(w, f)
        # the whole dictionary's total, so a word costs what it costs in jieba though the list is pruned
        self.total = total or sum(freq.values()) or 1
        self.log_total = math.log(self.total)
        self._logp: dict[str, float] = {}  # word → its route cost under the current table
        for w in sorted(set(extra), key=lambda w: (len(w), w)):  # a fixed order: each suggestion reads the total so far
            if w and _BLOCK.fullmatch(w):
                f = max(self.freq.get(w, 0), self._suggest(w))
                self._put(w, f)
                self.total += f  # as jieba.add_word does: the added word's frequency joins the total
                self.log_total = math.log(self.total)
                self._logp.clear()

    def _put(self, w: str, f: int) -> None:
        self.freq[w] = f
        for i in range(1, len(w)):  # prefixes with 0, as jieba's FREQ, so the graph search can stop early
            self.freq.setdefault(w[:i], 0)

    def _suggest(self, w: str) -> int:
        """jieba.suggest_freq(word, tune=False): just enough for ``w`` to be cut as one word."""
        p = 1.0
        for seg in self._cut_block(w):
            p *= (self.freq.get(seg) or 1) / self.total
        return max(int(p * self.total) + 1, self.freq.get(w, 0))

    def _cut_block(self, s: str) -> list[str]:
        n = len(s)
        freq = self.freq.get
        dag: list[list[int]] = []
        for k in range(n):
            ends, i, frag = [], k, s[k]
            while i < n:
                f = freq(frag)
                if f is None:
                    break
                if f:
                    ends.append(i)
                i += 1
                frag = s[k:i + 1]
            dag.append(ends or [k])
        # jieba's route: from the end, the best (cost, end) of each start; max over (cost, end) pairs, so of
        # equal costs the later end wins — the ends run in order, hence >= below
        score = [0.0] * (n + 1)
        nxt = [0] * (n + 1)
        logp, cost = self._logp.get, self._cost
        for idx in range(n - 1, -1, -1):
            best, at = None, 0
            for x in dag[idx]:
                w = s[idx:x + 1]
                c = logp(w)
                if c is None:
                    c = cost(w)
                c += score[x + 1]
                if best is None or c >= best:
                    best, at = c, x
            score[idx], nxt[idx] = best, at
        out, x, buf = [], 0, ""
        while x < n:
            y = nxt[x] + 1
            w = s[x:y]
            if len(w) == 1 and _ALNUM.match(w):  # jieba joins single letters/digits into one token
                buf += w
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(w)
            x = y
        if buf:
            out.append(buf)
        return out

    def _cost(self, w: str) -> float:
        """log(freq / total) of ``w`` as jieba's route search computes it (the same float, remembered)."""
        got = self._logp.get(w)
        if got is None:
            got = self._logp[w] = math.log(self.freq.get(w) or 1) - self.log_total
        return got

    def cuts(self, block: str) -> frozenset[int]:
        """The offsets inside one of jieba's blocks (a run of ``_BLOCK``) where a word starts or ends."""
        out, p = set(), 0
        for w in self._cut_block(block):
            p += len(w)
            out.add(p)
        return frozenset(out)

    def tokens(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each word, as jieba.cut(text, HMM=False) would give them."""
        out: list[tuple[int, int]] = []
        pos = 0
        for m in _BLOCK.finditer(text):
            for i in range(pos, m.start()):
                out.append((i, i + 1))
            p = m.start()
            for w in self._cut_block(m.group(0)):
                out.append((p, p + len(w)))
                p += len(w)
            pos = m.end()
        for i in range(pos, len(text)):
            out.append((i, i + 1))
        return out

    def boundaries(self, text: str) -> frozenset[int]:
        """Offsets where a word starts or ends."""
        b = {0, len(text)}
        for s, e in self.tokens(text):
            b.add(s)
            b.add(e)
        return frozenset(b)


@lru_cache(maxsize=1)
def _wordlist() -> tuple[dict[str, int], int]:
    text = resources.files("classifiers").joinpath("data", WORDLIST).read_text(encoding="utf-8")
    out: dict[str, int] = {}
    total = 0
    for ln in text.splitlines():
        if ln.startswith("#total "):
            total = int(ln[7:])
        elif ln and not ln.startswith("#"):
            w, _, f = ln.partition(" ")
            out[w] = int(f)
    return out, total


@lru_cache(maxsize=8)
def segmenter(terms: tuple[str, ...]) -> Segmenter:
    """The shipped word list with the knowledge base's terms added (built once per term set)."""
    words, total = _wordlist()
    return Segmenter(words, terms, total)


def build_wordlist(chars: Iterable[str], out: Path, min_freq: int = MIN_FREQ, terms: Iterable[str] = ()) -> int:
    """Export jieba's dictionary entries (freq ≥ ``min_freq``) holding one of ``chars`` — build time only —
    and, whatever their frequency, the entries holding a whole term (财务人员 holds 人员: it decides
    whether 人员 is a word there).

    Returns the number of words written. The knowledge base's own terms are added at run time.
    """
    import ahocorasick
    import jieba  # build-time dependency only

    keep = set(chars)
    within = ahocorasick.Automaton()
    for t in set(terms):
        if len(t) > 1:
            within.add_word(t, t)
    has_terms = len(within) > 0
    if has_terms:
        within.make_automaton()
    path = Path(jieba.__file__).parent / "dict.txt"
    rows = []
    total = 0
    for ln in path.read_text(encoding="utf-8").splitlines():
        w, f, *_ = ln.split(" ")
        total += int(f)
        # words near a term decide its boundaries too: keep every single character and every common word
        if (len(w) == 1 or int(f) >= COMMON_FREQ or (int(f) >= min_freq and any(c in keep for c in w))
                or (has_terms and next(within.iter(w), None) is not None)):
            rows.append(f"{w} {f}")
    header = (f"# jieba {jieba.__version__} dictionary entries: single characters, freq >= {COMMON_FREQ}, holding a character of a secrecy-scope term and freq >= {min_freq}, or holding a whole term\n"
              f"# built by: python -m classifiers.scope.segment (do not edit by hand)\n#total {total}\n")
    out.write_text(header + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    return len(rows)


if __name__ == "__main__":  # pragma: no cover - build step
    from .kb import load_kb

    kb = load_kb()
    n = build_wordlist("".join(kb.all_terms()), Path(__file__).resolve().parents[1] / "data" / WORDLIST, terms=kb.all_terms())
    print(f"wrote {n} words")

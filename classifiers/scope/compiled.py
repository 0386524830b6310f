"""The knowledge base compiled for ``match.find_matters``, once per knowledge base: a pattern per term, the
automata over the terms' words, and each word's bits — which (term, part) pairs it stands for, and which
matters it can make a candidate — so a paragraph's candidates come off one OR over the words it holds."""

from __future__ import annotations

import re

import ahocorasick_rs

from ..config import by_identity
from .kb import KnowledgeBase, Term
from .segment import segmenter


class CompiledKB:
    """Regexes per term, the Aho–Corasick prefilters (the words of objects and states; every word of every
    term) and the words' bits, built once per knowledge base."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        gap = kb.gap_pattern()
        self.rx: dict[str, re.Pattern] = {}
        for m in kb.matters:
            for t in (*m.objects, *m.states, *m.cancel):
                self._compile(t, gap)
        for t in (*kb.negation, *kb.statement, *kb.specific, *kb.hedge):
            self._compile(t, gap)
        self.terms = kb.all_terms()
        # every word of every term, found in one overlapping pass over the text; each word is a bit
        # mask of the (term, part) pairs it can stand for, so a paragraph's words OR-ed together say
        # which terms can match there: those whose every part has a bit set
        self.words = ahocorasick_rs.AhoCorasick(list(self.terms), matchkind=ahocorasick_rs.MatchKind.Standard)
        #: the low bits of a word's mask are seven fields of one bit per matter (see ``word_mask``); the
        #: (term, part) bits stand above them, so one OR over a paragraph's words gives them all
        n = self.matters = len(kb.matters)
        self.field = (1 << n) - 1
        self.fields = (1 << 7 * n) - 1
        self.need: dict[str, int] = {}
        by_word: dict[str, int] = {}
        bit = 7 * n
        every = [t for m in kb.matters for t in (*m.objects, *m.states, *m.cancel)]
        for t in (*every, *kb.negation, *kb.statement, *kb.specific, *kb.hedge):
            if t.text in self.need:
                continue
            need = 0
            for part in t.parts:
                for w in part:
                    by_word[w] = by_word.get(w, 0) | (1 << bit)
                need |= 1 << bit
                bit += 1
            self.need[t.text] = need
        #: per matter: (bits of all its objects' parts, bits of its one-part objects, needs of its other
        #: objects, the same two for its states, whether built-in evidence can be its state)
        self.roles = [(self._any(m.objects), *self._split(m.objects), *self._split(m.states), bool(m.state_evidence))
                      for m in kb.matters]
        #: per matter: the first parts and the last parts of its objects of several parts, the same for its states
        self.ends = [(*_ends(m.objects, self.need), *_ends(m.states, self.need)) for m in kb.matters]
        #: per word (by pattern index): its (term, part) bits, and, one bit per matter ``mi`` in each of the
        #: seven low fields: the matters one of whose objects it is a word of (field 0), one of whose
        #: one-part objects it is a word of (1), one of whose one-part states it is a word of (2), of the
        #: first part (3) or the last part (4) of one of whose objects of several parts, of the first (5) or
        #: the last part (6) of one of whose states of several parts. A paragraph's candidates are read off
        #: the OR over its words, without testing every matter.
        self.word_mask = [by_word.get(w, 0) | self._matters_of(by_word.get(w, 0)) for w in self.terms]
        # the paragraph pass reads only the words of objects and states (what makes a candidate, and all
        # the words of the terms a candidate is first matched on); the words of cancelling, negating, rule
        # and hedging terms are read, with the others, only in a paragraph that gets as far as asking for them
        core = {w for m in kb.matters for t in (*m.objects, *m.states) for w in t.words}
        self.core_words = ahocorasick_rs.AhoCorasick([w for w in self.terms if w in core],
                                                     matchkind=ahocorasick_rs.MatchKind.Standard)
        self.core_mask = [wm for w, wm in zip(self.terms, self.word_mask) if w in core]
        #: the tuples of terms whose every word the paragraph pass reads (ids: the knowledge base keeps them)
        self.core_tuples = frozenset(id(ts) for m in kb.matters for ts in (m.objects, m.states))
        #: the matters a state is always possible for (built-in evidence)
        self.free_states = sum(1 << mi for mi, r in enumerate(self.roles) if r[5])
        #: the matters that require the form of exam content (``exam_form``): none of them can fire in a
        #: document where that form cannot be (``evidence.may_be_form`` of the whole text)
        self.form_matters = sum(1 << mi for mi, m in enumerate(kb.matters) if "exam_form" in m.requires)
        #: a matter's bit → the needs of its objects (states) of several parts
        self.object_needs = {1 << mi: r[2] for mi, r in enumerate(self.roles)}
        self.state_needs = {1 << mi: r[4] for mi, r in enumerate(self.roles)}
        #: a matter's bit → (need, pattern) of each of its objects (states) of several parts
        self.object_terms = {1 << mi: tuple((self.need[t.text], self.rx[t.text]) for t in m.objects if len(t.parts) > 1)
                             for mi, m in enumerate(kb.matters)}
        self.state_terms = {1 << mi: tuple((self.need[t.text], self.rx[t.text]) for t in m.states if len(t.parts) > 1)
                            for mi, m in enumerate(kb.matters)}
        self._seg = None
        self._first: dict[int, tuple] = {}  # id(terms) → (terms, ``first_parts(terms)``)

    def _matters_of(self, wm: int) -> int:
        """The seven low fields of a word with (term, part) bits ``wm`` (see ``word_mask``)."""
        n, out = self.matters, 0
        for mi, (r, e) in enumerate(zip(self.roles, self.ends)):
            for f, x in enumerate((r[0], r[1], r[3], *e)):
                out |= bool(wm & x) << (f * n + mi)
        return out

    def candidates(self, bits: int, text: str) -> tuple[int, ...]:
        """The matters (indices, ascending) with an object term and a state term (or built-in evidence for
        their state) each of whose parts has a word in ``bits`` (the OR of a paragraph's word masks) — and,
        where that term has several parts, that matches in ``text`` (the paragraph) as well: its parts in
        order in one clause. A matter without one cannot be found there (``_match_matter`` reads its objects
        in the whole paragraph, its states in a window of it)."""
        n, field = self.matters, self.field
        sieve = bits & field
        if not sieve:
            return ()
        fields = bits & self.fields  # the seven fields alone: a small number, cheap to shift
        objects = one_object = fields >> n & field  # a one-part object is here
        # a term of several parts needs its first and its last: only a matter with both is tested in full
        rest, whole = sieve & ~objects & (fields >> 3 * n) & (fields >> 4 * n) & field, bits.__and__
        while rest:  # a matter whose object words are here only as parts of longer terms: one of them whole?
            low = rest & -rest
            needs = self.object_needs[low]
            if any(map(int.__eq__, map(whole, needs), needs)):
                objects |= low
            rest ^= low
        states = one_state = (fields >> 2 * n & field) | self.free_states
        rest = objects & ~states & (fields >> 5 * n) & (fields >> 6 * n) & field
        while rest:
            low = rest & -rest
            needs = self.state_needs[low]
            if any(map(int.__eq__, map(whole, needs), needs)):
                states |= low
            rest ^= low
        both = objects & states
        rest = both & ~(one_object & one_state)
        while rest:  # a candidate by a term of several parts: does the term match?
            low = rest & -rest
            if not (one_object & low and one_state & low) and not (
                    (one_object & low or _matches(self.object_terms[low], bits, text))
                    and (one_state & low or _matches(self.state_terms[low], bits, text))):
                both ^= low
            rest ^= low
        out = []
        while both:
            low = both & -both
            out.append(low.bit_length() - 1)
            both ^= low
        return tuple(out)

    def first_parts(self, terms: tuple[Term, ...]) -> tuple[int, dict[int, list[int]], tuple[int, ...]]:
        """(the bits of the first parts of ``terms`` (one of the knowledge base's tuples), each such bit → the
        indices of the terms it is the first part of, each term's ``need``), worked out on first use."""
        got = self._first.get(id(terms))
        if got is None or got[0] is not terms:
            first, by_bit = 0, {}
            for i, t in enumerate(terms):
                x = self.need[t.text]
                first |= x & -x  # a term's parts have its lowest bits first
                by_bit.setdefault(x & -x, []).append(i)
            got = self._first[id(terms)] = (terms, (first, by_bit, tuple(self.need[t.text] for t in terms)))
        return got[1]

    def _any(self, terms: tuple[Term, ...]) -> int:
        """The bits of every part of ``terms``: none set, and no term of them can match."""
        out = 0
        for t in terms:
            out |= self.need[t.text]
        return out

    def _split(self, terms: tuple[Term, ...]) -> tuple[int, tuple[int, ...]]:
        single = 0
        multi = []
        for t in terms:
            if len(t.parts) == 1:
                single |= self.need[t.text]
            else:
                multi.append(self.need[t.text])
        return single, tuple(multi)

    @property
    def seg(self):
        """The segmenter with this knowledge base's words (the word list is read on first use)."""
        if self._seg is None:
            self._seg = segmenter(self.terms)
        return self._seg

    def _compile(self, t: Term, gap: str) -> None:
        if t.text in self.rx:
            return
        groups = ["(" + "|".join(re.escape(a) for a in sorted(p, key=len, reverse=True)) + ")" for p in t.parts]
        self.rx[t.text] = re.compile(gap.join(groups))


_CACHE: dict[int, tuple[KnowledgeBase, CompiledKB]] = {}


def compiled_kb(kb: KnowledgeBase) -> CompiledKB:
    """``kb`` compiled, once per knowledge base."""
    return by_identity(_CACHE, kb, CompiledKB)  # knowledge bases are cached by load_kb


def _matches(terms: tuple[tuple[int, re.Pattern], ...], bits: int, text: str) -> bool:
    """Whether one of ``terms`` (need, pattern) has a word of each part in ``bits`` and matches in ``text``."""
    return any(bits & x == x and rx.search(text) is not None for x, rx in terms)


def _ends(terms: tuple[Term, ...], need: dict[str, int]) -> tuple[int, int]:
    """(the bits of the first parts, of the last parts) of ``terms`` of several parts (a part's bits run in order)."""
    first = last = 0
    for t in terms:
        if len(t.parts) > 1:
            x = need[t.text]
            first |= x & -x
            last |= 1 << (x.bit_length() - 1)
    return first, last

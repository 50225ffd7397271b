"""Clusters of one block: subjects matched by their words, then by their figures.

Claims with the same normalised words form a *unit*. Units are placed most specific first:

1. a *specific* unit joins the cluster whose representative holds all its words: the same head
   noun, narrowed by a modifier. A modifier that names a side ("fighters" → "Islamic State
   fighters": an alias or a proper noun) is enough; a common word ("prison officers" for
   "officers", "homes destroyed" for "homes") may name another kind, so the unit's figures must
   also agree with what the cluster's sources settle on. When several representatives hold it,
   it joins the one whose settled figure agrees with it, if only one does (counts; a date joins
   only a sole fit);
2. a *soft* unit — generic person nouns ("people", "workers") or a coordination of person nouns
   ("passengers and crew") — names people without saying which. No word ties it to a subject,
   so the figures must: when its own figures all agree, it joins the one specific cluster of
   people whose sources settle on a figure that agrees with them ("31 people" killed and "2 aid
   workers" among them are two quantities), else the one soft cluster it has a figure in common
   with; with none or several it stays alone.

Representatives are found through an inverted index of their words, and figures are compared as
merged sorted intervals, so the work stays near-linear in the block's size.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from crosscheck.compare import agreeing_camps, largest_agreeing, widen
from crosscheck.group._words import COORDINATED, Signature
from crosscheck.model import Claim, CountValue

__all__ = ["Figures", "Spans", "cluster_units", "figures_of", "meet", "spans_of"]

_FITS = 8
"""Most representatives a subject may fit before it counts as too vague to place."""
_CAMP_LIMIT = 200
"""Largest cluster whose figures are split into camps to find what its sources settle on."""
_NEAR = 64
"""Most clusters a coordinated subject ("passengers and crew") is compared with by figures."""

Spans = tuple[tuple[float, ...], tuple[float, ...]]
"""Merged count intervals: (sorted lows, their highs); empty for dates."""


def spans_of(claims: Sequence[Claim]) -> Spans:
    """The union of the claims' count intervals as sorted, disjoint spans."""
    raw = sorted(widen(c.value) for c in claims if isinstance(c.value, CountValue))
    lows: list[float] = []
    highs: list[float] = []
    for low, high in raw:
        if highs and low <= highs[-1]:
            highs[-1] = max(highs[-1], high)
        else:
            lows.append(low)
            highs.append(high)
    return tuple(lows), tuple(highs)


def _meet(small: Spans, large: Spans) -> bool:
    """Whether some number lies in both unions (each span of ``small`` looked up in ``large``)."""
    lows, highs = large
    for low, high in zip(*small, strict=True):
        i = bisect_left(highs, low)  # the first span of ``large`` that ends at or after ``low``
        if i < len(lows) and lows[i] <= high:
            return True
    return False


def meet(a: Spans, b: Spans) -> bool:
    """Whether two unions of intervals share a number (``math.inf`` ends included)."""
    if not a[0] or not b[0]:
        return False
    return _meet(a, b) if len(a[0]) <= len(b[0]) else _meet(b, a)


class Figures:
    """What a set of claims says in numbers: the union of their intervals, and their common part
    (``None`` when they do not all agree, or are dates). (A plain class: a dataclass costs
    start-up time to generate.)"""

    __slots__ = ("common", "spans")

    def __init__(self, spans: Spans, common: tuple[float, float] | None) -> None:
        self.spans = spans
        self.common = common


def _common(values: Sequence[CountValue]) -> tuple[float, float] | None:
    ends = [widen(v) for v in values]
    low, high = max(e[0] for e in ends), min(e[1] for e in ends)
    return (low, high) if low <= high else None


def figures_of(claims: Sequence[Claim]) -> Figures:
    values = [c.value for c in claims if isinstance(c.value, CountValue)]
    if len(values) < len(claims) or not values:
        return Figures(((), ()), None)
    return Figures(spans_of(claims), _common(values))


def settled(claims: Sequence[Claim]) -> tuple[float, float] | None:
    """The figure a cluster's sources settle on: what its largest agreeing camp allows, when
    every document has a claim in that camp (one report may add a figure of its own: a part, an
    earlier count), else ``None``. Large clusters are not split (they must all agree)."""
    values = [c.value for c in claims if isinstance(c.value, CountValue)]
    if len(values) < len(claims) or not values:
        return None
    if len(values) > _CAMP_LIMIT:
        return _common(values)
    docs = [c.doc for c in claims]
    camp = largest_agreeing(values, docs)
    if {docs[i] for i in camp} != set(docs):
        return None
    return _common([values[i] for i in camp])


def _all_agree(a: Figures, b: tuple[float, float] | None) -> bool:
    if a.common is None or b is None:
        return False
    return max(a.common[0], b[0]) <= min(a.common[1], b[1])


def _some_agree(a: Figures, b: Figures) -> bool:
    return meet(a.spans, b.spans)


class _Block:
    """Clusters as they grow: representatives, members, an inverted index and their figures."""

    def __init__(self, counts: bool, things: frozenset[str], named: frozenset[str]) -> None:
        self.counts = counts
        self.things = things
        self.named = named
        self.reps: list[Signature] = []
        self.members: list[list[Claim]] = []
        self.index: dict[str, list[int]] = {}
        self.figures: dict[int, Figures] = {}
        self.settled: dict[int, tuple[float, float] | None] = {}
        self.soft: set[int] = set()

    def figures_at(self, i: int) -> Figures:
        if i not in self.figures:
            self.figures[i] = figures_of(self.members[i])
        return self.figures[i]

    def settled_at(self, i: int) -> tuple[float, float] | None:
        if i not in self.settled:
            self.settled[i] = settled(self.members[i])
        return self.settled[i]

    def supersets(self, sig: Signature) -> list[int]:
        """Clusters whose representative holds every word of ``sig`` (up to ``_FITS`` + 1)."""
        if not sig:  # a subject with no words fits every cluster
            return list(range(min(len(self.reps), _FITS + 1)))
        rarest = min((self.index.get(w, []) for w in sig), key=len)
        return [i for i in rarest if sig <= self.reps[i]][: _FITS + 1]

    def agreeing(self, own: Figures, among: Sequence[int], *, strict: bool) -> list[int]:
        """Up to two of ``among`` whose figures agree with ``own``: all of ``own`` with what the
        cluster settles on (``strict``), or some figure of each."""
        found: list[int] = []
        if strict and own.common is None:
            return found
        for i in among:
            if (
                _all_agree(own, self.settled_at(i))
                if strict
                else _some_agree(own, self.figures_at(i))
            ):
                found.append(i)
                if len(found) == 2:
                    break
        return found

    def place(self, sig: Signature, own: Figures) -> int | None:
        """The one cluster whose representative holds ``sig`` and that it joins, or ``None``."""
        fits = self.supersets(sig)
        if not self.counts or not fits:
            return fits[0] if len(fits) == 1 else None
        if len(fits) == 1 and self.reps[fits[0]] - sig <= self.named:
            return fits[0]
        if len(fits) > _FITS:
            return None
        agree = self.agreeing(own, fits, strict=True)
        return agree[0] if len(agree) == 1 else None

    def _near(self, sig: Signature, generic: bool) -> list[int]:
        if generic:  # any cluster not of things: the generic words are few, so this stays linear
            return [i for i, rep in enumerate(self.reps) if rep and not rep & self.things]
        # a coordination: the clusters naming one of its nouns
        return sorted({i for w in sig - {COORDINATED} for i in self.index.get(w, [])})[:_NEAR]

    def specific(self, sig: Signature, own: Figures, generic: bool) -> int | None:
        """The one specific cluster of people whose settled figure agrees with all of ``own``."""
        near = [i for i in self._near(sig, generic) if i not in self.soft]
        agree = self.agreeing(own, near, strict=True)
        return agree[0] if len(agree) == 1 else None

    def home(self, sig: Signature, own: Figures, generic: bool) -> int | None:
        """The one cluster of people a soft unit joins, or ``None``."""
        fits = self.place(sig, own)
        if fits is not None or not self.counts:
            return fits
        near = self._near(sig, generic)
        agree = self.agreeing(own, [i for i in near if i not in self.soft], strict=True)
        if not agree:
            agree = self.agreeing(own, [i for i in near if i in self.soft], strict=False)
        return agree[0] if len(agree) == 1 else None

    def add(self, sig: Signature, claims: Sequence[Claim], into: int | None, soft: bool) -> None:
        if into is not None:
            self.members[into].extend(claims)
            self.figures.pop(into, None)
            self.settled.pop(into, None)
            return
        self.reps.append(sig)
        self.members.append(list(claims))
        for word in sig:
            self.index.setdefault(word, []).append(len(self.reps) - 1)
        if soft:
            self.soft.add(len(self.reps) - 1)


def cluster_units(
    units: Mapping[Signature, list[Claim]],
    *,
    generic_words: frozenset[str],
    things: frozenset[str],
    named: frozenset[str],
) -> list[list[Claim]]:
    """The units of one block placed into clusters (see the module's docstring)."""
    claims = [c for cs in units.values() for c in cs]
    counts = bool(claims) and all(c.kind == "count" for c in claims)
    generic = {s: bool(s) and s <= generic_words for s in units}
    soft = {s: counts and (generic[s] or COORDINATED in s) for s in units}
    docs = {s: len({c.doc for c in cs}) for s, cs in units.items()}
    order = sorted(units, key=lambda s: (not s, soft[s], generic[s], -len(s), -docs[s], sorted(s)))
    block = _Block(counts, things, named)
    for sig in order:
        claims = units[sig]
        own = figures_of(claims)
        if soft[sig] and own.common is None and len(claims) > 1:
            claims = _pull_apart(block, sig, claims, generic[sig])
            own = figures_of(claims)
        into = block.home(sig, own, generic[sig]) if soft[sig] else block.place(sig, own)
        block.add(sig, claims, into, soft[sig])
    return block.members


def _pull_apart(block: _Block, sig: Signature, claims: list[Claim], generic: bool) -> list[Claim]:
    """A soft unit whose figures disagree may say several things ("people" admitted to hospital,
    "people" infected): each camp of agreeing figures backed by fewer documents than the first
    that agrees with the one specific cluster of people ("patients") joins it; the claims left
    (the first camp and the rest) are returned, to be placed as one unit."""
    camps = agreeing_camps([c.value for c in claims], [c.doc for c in claims], limit=_FITS)
    left = [claims[i] for i in camps[0]]
    most = len({claims[i].doc for i in camps[0]})
    for camp in camps[1:]:
        members = [claims[i] for i in camp]
        into = None
        if len({c.doc for c in members}) < most:  # a minority figure, not one side of a dispute
            into = block.specific(sig, figures_of(members), generic)
        if into is None:
            left.extend(members)
        else:
            block.add(sig, members, into, soft=True)
    return sorted(left, key=lambda c: (c.doc, c.start, c.id))

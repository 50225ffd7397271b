"""Grouping: claims that state the same quantity, recognised across sources.

Two claims state the same quantity when they share kind, category, scope (and unit) — the
*block* — and their subjects match. Blocking comes first, so no pairwise work crosses blocks.
Inside a block:

1. each subject is normalised to a set of words: entity aliases → canonical name ("ISIL" →
   "Islamic State"), the classify stage's subject synonyms and the grouping equivalents →
   canonical word, stop words dropped, plurals folded;
2. spelling variants of a word are folded onto the block's most frequent spelling when they are
   close by Levenshtein similarity (``rapidfuzz``), e.g. "Baghuz" → "Baghouz";
3. subjects match when one word set holds the other — what ``rapidfuzz.fuzz.token_set_ratio``
   scores 100 — so "fighters" joins "Islamic State fighters", but "SDF fighters" and "Islamic
   State fighters" (each naming a side the other does not) never merge;
4. a generic person noun ("people", "men", "staff") may name the same people as one specific
   subject ("suspects", "teachers") of the block: it joins the one specific cluster whose figures
   it agrees with, and stays on its own when there is none or several (it may also be a larger
   group: "31 people" killed, "2 aid workers" among them, are two quantities, not a dispute);
5. the date of an action that recurs through a story (people leaving, arriving) names one
   occurrence among many: without a scope ("since Saturday") only dates that one day satisfies
   are grouped (the same occurrence), and dates that differ are different occurrences;
6. distinct word sets are taken most specific first and compared with the representative of each
   cluster that shares a word (an inverted index), so the work stays near-linear; a subject that
   fits several clusters is ambiguous and stays on its own rather than bridge them.

Everything is sorted by (document, offset, id) first, so the result does not depend on input order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from crosscheck.compare import agreeing_camps, combine_counts, counts_agree
from crosscheck.lexicon import Lexicon
from crosscheck.model import Claim, CountValue

__all__ = ["claim_order", "group_claims", "is_generic", "normalise_scope", "subject_words"]

_OCCURRENCES = 12
"""Most occurrences a recurring action's dates are split into; the rest stay on their own."""
_SPELLING = 0.83
"""Least Levenshtein similarity for two words (5+ letters, same initial) to be one spelling."""
_WORD = re.compile(r"[a-z0-9_]+")
_SCOPE_LEAD = re.compile(r"^(?:(?:in|on|over|during|for|within|the)\s+)+")

Signature = frozenset[str]
BlockKey = tuple[str, str, str, str]


def claim_order(claim: Claim) -> tuple[str, int, str]:
    """The stable order of claims: by document, then offset, then id."""
    return claim.doc, claim.start, claim.id


@dataclass(frozen=True, eq=False)
class _Words:
    """The lexicon's words compiled for subject normalisation."""

    exact: re.Pattern[str] | None  # short capitalised aliases ("IS", "UN"): case-sensitive
    loose: re.Pattern[str] | None  # every other phrase: case-insensitive
    canonical: Mapping[str, str]  # variant (as matched, lower-cased unless exact) → token(s)
    stop: frozenset[str]
    recurring: frozenset[str]
    generic: frozenset[str]  # normalised words of generic person nouns ("people", "men")


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _token(name: str) -> str:
    """A canonical name as one word: "Islamic State" → "islamic_state"."""
    return "_".join(_WORD.findall(name.lower()))


def _alternation(phrases: Iterable[str], *, flags: int) -> re.Pattern[str] | None:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not ordered:
        return None
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)
    return re.compile(rf"(?<![\w'’.])(?:{body})(?![\w'’])", flags)


@lru_cache(maxsize=16)
def _words(lexicon: Lexicon) -> _Words:
    exact: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for name, variants in lexicon["entities"].get("aliases", {}).items():
        token = _token(str(name))
        for variant in [str(name), *_strings(variants)]:
            if len(variant) <= 3 and variant.isupper():
                exact.setdefault(variant, token)
            else:
                canonical.setdefault(" ".join(variant.lower().split()), token)
    grouping = lexicon["entities"].get("grouping", {})
    tables = [lexicon["subjects"].get("synonyms", {}), grouping.get("equivalents", {})]
    for table in tables:
        for name, variants in table.items():
            for variant in _strings(variants):
                canonical.setdefault(" ".join(variant.lower().split()), str(name).lower())
    return _Words(
        exact=_alternation(exact, flags=0),
        loose=_alternation(canonical, flags=re.IGNORECASE),
        canonical={**canonical, **exact},
        stop=frozenset(w.lower() for w in _strings(grouping.get("stop_words"))),
        recurring=frozenset(w.lower() for w in _strings(grouping.get("recurring_actions"))),
        generic=frozenset(
            _fold(word)
            for phrase in _strings(grouping.get("generic_subjects"))
            for word in canonical.get(" ".join(phrase.lower().split()), phrase.lower()).split()
        ),
    )


def _fold(word: str) -> str:
    """A light plural fold, so "civilian" and "civilians" are one word."""
    if "_" in word or len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def subject_words(subject: str, *, lexicon: Lexicon) -> Signature:
    """The normalised words of a subject: aliases, synonyms, stop words and plurals applied."""
    return _normalise(subject, lexicon)[0]


def is_generic(subject: str, *, lexicon: Lexicon) -> bool:
    """Whether a subject is only generic person nouns ("people", "men", "staff members")."""
    words = subject_words(subject, lexicon=lexicon)
    return bool(words) and words <= _words(lexicon).generic


def _normalise(subject: str, lexicon: Lexicon) -> tuple[Signature, frozenset[str]]:
    """(normalised words, those of them written as proper nouns: capitalised, not an alias)."""
    words = _words(lexicon)
    text = re.sub(r"'s\b", "", subject.replace("’", "'"))
    if words.exact is not None:
        text = words.exact.sub(lambda m: f" {words.canonical[m.group()]} ", text)
    if words.loose is not None:
        text = words.loose.sub(
            lambda m: f" {words.canonical.get(' '.join(m.group().lower().split()), m.group())} ",
            text,
        )
    proper = frozenset(_fold(w.lower()) for w in re.findall(r"\b[A-Z][a-z]+\b", text))
    return frozenset(_fold(w) for w in _WORD.findall(text.lower()) if w not in words.stop), proper


def normalise_scope(scope: str | None) -> str:
    """A scope compared as words: case, spacing and a leading preposition do not matter."""
    if scope is None:
        return ""
    return _SCOPE_LEAD.sub("", " ".join(scope.lower().split()))


def _block_key(claim: Claim) -> BlockKey:
    unit = claim.value.unit or "" if isinstance(claim.value, CountValue) else ""
    return claim.kind, claim.category, normalise_scope(claim.scope), unit


def _spellings(weight: Mapping[Signature, int], proper: frozenset[str]) -> dict[str, str]:
    """Each word of a block → its most frequent close spelling in the block (often itself).

    Only proper nouns are folded ("Baghuz" → "Baghouz"): common words that differ by a letter or
    two are different words ("captured" / "capture", "injured" / "insured").
    """
    counts: Counter[str] = Counter()
    for sig, n in weight.items():
        for word in sig:
            counts[word] += n
    chosen: dict[str, list[str]] = {}
    mapping: dict[str, str] = {}
    for word in sorted(counts, key=lambda w: (-counts[w], w)):
        peers = chosen.setdefault(word[0], [])
        found = None
        if peers and len(word) >= 5 and word in proper:
            from rapidfuzz import process  # imported when a spelling may fold, not at start-up
            from rapidfuzz.distance import Levenshtein

            found = process.extractOne(
                word,
                peers,
                scorer=Levenshtein.normalized_similarity,
                score_cutoff=_SPELLING,
            )
        if found is None:
            if word in proper:
                peers.append(word)
            mapping[word] = word
        else:
            mapping[word] = found[0]
    return mapping


def _interval(claims: Sequence[Claim]) -> CountValue | None:
    """What the counts of some claims allow together (``None``: they disagree, or are dates)."""
    values = [c.value for c in claims if isinstance(c.value, CountValue)]
    return combine_counts(values) if len(values) == len(claims) else None


@dataclass
class _Clusters:
    """Clusters of one block as they grow: representatives, members, and an inverted index."""

    reps: list[Signature]
    members: list[list[Claim]]
    index: dict[str, list[int]]
    intervals: dict[int, CountValue | None]  # cache of ``_interval`` per cluster

    def fits(self, sig: Signature) -> list[int]:
        """Up to two clusters whose representative holds every word of ``sig``.

        Representatives come most specific first, so none is a strict part of a later subject:
        only those holding its rarest word need a look, and two fits already mean ambiguity.
        """
        if not sig:  # a subject with no words fits every cluster
            return list(range(min(len(self.reps), 2)))
        rarest = min((self.index.get(w, []) for w in sig), key=len)
        found: list[int] = []
        for i in rarest:
            if sig <= self.reps[i]:
                found.append(i)
                if len(found) == 2:
                    break
        return found

    def home(self, claims: Sequence[Claim], specific: frozenset[int]) -> int | None:
        """The one specific cluster whose figures a generic subject's claims agree with."""
        own = _interval(claims)
        if own is None:
            return None
        homes: list[int] = []
        for i in sorted(specific):
            if i not in self.intervals:
                self.intervals[i] = _interval(self.members[i])
            theirs = self.intervals[i]
            if theirs is not None and counts_agree([own, theirs]):
                homes.append(i)
                if len(homes) == 2:
                    return None
        return homes[0] if homes else None

    def add(self, sig: Signature, claims: Sequence[Claim], into: int | None) -> None:
        if into is not None:
            self.members[into].extend(claims)
            self.intervals.pop(into, None)
            return
        self.reps.append(sig)
        self.members.append(list(claims))
        for word in sig:
            self.index.setdefault(word, []).append(len(self.reps) - 1)


def _cluster_block(claims: Sequence[Claim], lexicon: Lexicon) -> list[tuple[Claim, ...]]:
    normal = {c.id: _normalise(c.subject, lexicon) for c in claims}
    raw = {cid: words for cid, (words, _) in normal.items()}
    proper = frozenset(w for _, names in normal.values() for w in names)
    spelling = _spellings(Counter(raw.values()), proper)
    members: dict[Signature, list[Claim]] = {}
    for claim in claims:
        sig = frozenset(spelling[w] for w in raw[claim.id])
        members.setdefault(sig, []).append(claim)
    counts = all(c.kind == "count" for c in claims)
    generic_words = _words(lexicon).generic
    generic = {sig: counts and bool(sig) and sig <= generic_words for sig in members}
    docs = {sig: len({c.doc for c in cs}) for sig, cs in members.items()}
    order = sorted(members, key=lambda s: (generic[s], -len(s), -docs[s], sorted(s)))
    block = _Clusters([], [], {}, {})
    specific: frozenset[int] | None = None
    for sig in order:
        fits = block.fits(sig)
        if not fits and generic[sig]:
            if specific is None:  # the clusters made before the first generic subject
                specific = frozenset(range(len(block.reps)))
            home = block.home(members[sig], specific)
            fits = [] if home is None else [home]
        block.add(sig, members[sig], fits[0] if len(fits) == 1 else None)
    return [tuple(sorted(cluster, key=claim_order)) for cluster in block.members]


def _occurrences(cluster: Sequence[Claim]) -> list[tuple[Claim, ...]]:
    """A recurring action's dates split into occurrences: the dates one day satisfies, in turn."""
    camps = agreeing_camps([c.value for c in cluster], [c.doc for c in cluster], limit=_OCCURRENCES)
    out = [tuple(cluster[i] for i in camp) for camp in camps[:-1]]
    last = [cluster[i] for i in camps[-1]]
    return out + ([tuple(last)] if len(camps) < _OCCURRENCES else [(c,) for c in last])


def group_claims(claims: Sequence[Claim], *, lexicon: Lexicon) -> list[tuple[Claim, ...]]:
    """Claims grouped by the quantity they state; each group sorted, groups by first claim."""
    blocks: dict[BlockKey, list[Claim]] = {}
    for claim in sorted(claims, key=claim_order):
        blocks.setdefault(_block_key(claim), []).append(claim)
    out: list[tuple[Claim, ...]] = []
    recurring = _words(lexicon).recurring
    for key in sorted(blocks):
        kind, _, scope, _ = key
        block = blocks[key]
        if kind == "date" and not scope and recurring:
            apart = [c for c in block if subject_words(c.subject, lexicon=lexicon) & recurring]
            for cluster in _cluster_block(apart, lexicon) if apart else []:
                out.extend(_occurrences(cluster))
            taken = {c.id for c in apart}
            block = [c for c in block if c.id not in taken]
        out.extend(_cluster_block(block, lexicon) if block else [])
    return sorted(out, key=lambda cluster: claim_order(cluster[0]))

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
4. the date of an action that recurs through a story (people leaving, arriving) names one
   occurrence among many: without a scope ("since Saturday") such dates are not compared;
5. distinct word sets are taken most specific first and compared with the representative of each
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

from crosscheck.lexicon import Lexicon
from crosscheck.model import Claim, CountValue

__all__ = ["claim_order", "group_claims", "normalise_scope", "subject_words"]

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


def _cluster_block(claims: Sequence[Claim], lexicon: Lexicon) -> list[tuple[Claim, ...]]:
    normal = {c.id: _normalise(c.subject, lexicon) for c in claims}
    raw = {cid: words for cid, (words, _) in normal.items()}
    proper = frozenset(w for _, names in normal.values() for w in names)
    spelling = _spellings(Counter(raw.values()), proper)
    members: dict[Signature, list[Claim]] = {}
    for claim in claims:
        sig = frozenset(spelling[w] for w in raw[claim.id])
        members.setdefault(sig, []).append(claim)
    docs = {sig: len({c.doc for c in cs}) for sig, cs in members.items()}
    order = sorted(members, key=lambda s: (-len(s), -docs[s], sorted(s)))
    reps: list[Signature] = []
    clusters: list[list[Claim]] = []
    index: dict[str, list[int]] = {}
    for sig in order:
        # A subject with no words fits every cluster: it joins only when there is one.
        near = sorted({i for w in sig for i in index.get(w, ())}) if sig else range(len(reps))
        fits = [i for i in near if sig <= reps[i] or reps[i] <= sig]
        if len(fits) == 1:
            clusters[fits[0]].extend(members[sig])
            continue
        reps.append(sig)
        clusters.append(list(members[sig]))
        for word in sig:
            index.setdefault(word, []).append(len(reps) - 1)
    return [tuple(sorted(cluster, key=claim_order)) for cluster in clusters]


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
            alone = [c for c in block if subject_words(c.subject, lexicon=lexicon) & recurring]
            out.extend((c,) for c in alone)
            block = [c for c in block if c not in alone]
        out.extend(_cluster_block(block, lexicon) if block else [])
    return sorted(out, key=lambda cluster: claim_order(cluster[0]))

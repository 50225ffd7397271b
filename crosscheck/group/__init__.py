"""Grouping: claims that state the same quantity, recognised across sources.

Two claims state the same quantity when they share kind, category, scope (and unit) — the
*block* — and their subjects match. Blocking comes first, so no pairwise work crosses blocks.
Inside a block:

1. each subject is normalised to a set of words (``_words``): entity aliases → canonical name
   ("ISIL" → "Islamic State"), the classify stage's subject synonyms and the grouping
   equivalents → canonical word ("inmates" → "prisoners"), stop words and descriptive modifiers
   ("armed" police) dropped, plurals folded; a coordination of person nouns ("passengers and
   crew") is marked as such;
2. spelling variants of a proper noun are folded onto the block's most frequent spelling when
   they are close by Levenshtein similarity (``rapidfuzz``), e.g. "Kharkov" → "Kharkiv";
3. subjects match when one word set holds the other — the head noun is shared and a modifier
   only narrows it — so "fighters" joins "Islamic State fighters", but "SDF fighters" and
   "Islamic State fighters" (each naming a side the other does not) never merge; a subject that
   several clusters hold joins the one whose figures meet its own, if only one does;
4. generic person nouns ("people", "workers") and coordinations name people without saying
   which: they join the one cluster of people whose figures meet theirs (``_clusters``);
5. the date of an action that recurs through a story (people leaving, arriving) names one
   occurrence among many: without a scope ("since Saturday") only dates that one day satisfies
   are grouped (the same occurrence), and dates that differ are different occurrences.

Everything is sorted by (document, offset, id) first, so the result does not depend on input order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from crosscheck.compare import agreeing_camps
from crosscheck.group._clusters import cluster_units
from crosscheck.group._words import Signature, compiled, is_generic, normalise, normalise_scope
from crosscheck.lexicon import Lexicon
from crosscheck.model import Claim, CountValue

__all__ = ["claim_order", "group_claims", "is_generic", "normalise_scope", "subject_words"]

_OCCURRENCES = 12
"""Most occurrences a recurring action's dates are split into; the rest stay on their own."""
_SPELLING = 0.83
"""Least Levenshtein similarity for two words (5+ letters, same initial) to be one spelling."""

BlockKey = tuple[str, str, str, str]


def claim_order(claim: Claim) -> tuple[str, int, str]:
    """The stable order of claims: by document, then offset, then id."""
    return claim.doc, claim.start, claim.id


def subject_words(subject: str, *, lexicon: Lexicon) -> Signature:
    """The normalised words of a subject: aliases, synonyms, stop words and plurals applied."""
    return normalise(subject, lexicon)[0]


def _block_key(claim: Claim) -> BlockKey:
    unit = claim.value.unit or "" if isinstance(claim.value, CountValue) else ""
    return claim.kind, claim.category, normalise_scope(claim.scope), unit


def _spellings(weight: Mapping[Signature, int], proper: frozenset[str]) -> dict[str, str]:
    """Each word of a block → its most frequent close spelling in the block (often itself).

    Only proper nouns are folded ("Kharkov" → "Kharkiv"): common words that differ by a letter or
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
    normal = {c.id: normalise(c.subject, lexicon) for c in claims}
    raw = {cid: words for cid, (words, _) in normal.items()}
    proper = frozenset(w for _, names in normal.values() for w in names)
    spelling = _spellings(Counter(raw.values()), proper)
    members: dict[Signature, list[Claim]] = {}
    for claim in claims:
        sig = frozenset(spelling[w] for w in raw[claim.id])
        members.setdefault(sig, []).append(claim)
    words = compiled(lexicon)
    # a proper name may be a stop word of the subject ("At" opening a line): it maps to itself
    named = frozenset(spelling.get(w, w) for w in proper) | words.names
    generic = words.generic | words.by_category.get(claims[0].category, frozenset())
    clusters = cluster_units(members, generic_words=generic, things=words.things, named=named)
    return [tuple(sorted(cluster, key=claim_order)) for cluster in clusters]


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
    recurring = compiled(lexicon).recurring
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

"""Judging: each group's verdict, consensus and explanation, and the order of the report's groups.

A group's claims are split into *camps*: the largest agreeing subset (most documents, then most
claims; ``compare.agreeing_camps``), then the largest agreeing subset of the rest, and so on.
Sources disagree — ``contradict`` — when some document has no claim in the first camp, or when
another camp is backed by two documents or more (each report gives both figures: the police's
and the organisers' crowd, say — the sources they quote disagree). When every document backs the
first camp and each other figure comes from one report only, the group is ``agree`` (a batch, an
earlier toll in one report: the explanation names it). One document only → ``single`` (a
document repeating or correcting itself is not a second source). The consensus is
the value the first camp allows together, or ``None`` when no camp has more documents than the
next one.

Groups come out contradictions first (most documents first), then agreements, then single-source
claims; ties by kind, category, subject, scope and first claim. Ids are ``g1``… in that order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from crosscheck._cache import regex
from crosscheck.compare import agreeing_camps, combine_counts, combine_dates
from crosscheck.group import claim_order, is_generic, normalise_scope
from crosscheck.judge._latest import describe, latest_figures
from crosscheck.judge.explain import Camp, explain
from crosscheck.lexicon import Lexicon, default_lexicon
from crosscheck.model import Claim, CountValue, DateValue, Document, Group, Verdict

__all__ = ["camps_of", "doc_labels", "judge_groups"]

_RANK: dict[str, int] = {"contradict": 0, "agree": 1, "single": 2}
_MAX_CAMPS = 12
"""After this many camps, the remaining claims form one last camp (a pathological group)."""
_SPLIT = regex(r"[_\-. ]")
_RUNNING_SCOPES = frozenset({"", "so far", "total", "in total"})
"""Scopes of a figure that runs through the story (a toll): a report that changed it updated it.
Under a window ("past week") an earlier figure is another window's, set aside without dispute."""


def _shorten(name: str, level: int) -> str:
    if level == 0:
        return _SPLIT.split(name)[0]
    return name.rsplit(".", 1)[0] if level == 1 else name


def doc_labels(ids: Iterable[str]) -> dict[str, str]:
    """Short names for documents: "000_fffd244d9e50212b.txt" → "000" when that is unambiguous."""
    ids = sorted(set(ids))
    base = {i: i.rsplit("/", 1)[-1] for i in ids}
    for level in range(3):
        labels = {i: _shorten(base[i], level) for i in ids}
        if all(labels.values()) and len(set(labels.values())) == len(ids):
            return labels
    return {i: i for i in ids}


def _combine(claims: Sequence[Claim], tolerance: float) -> CountValue | DateValue | None:
    counts = [c.value for c in claims if isinstance(c.value, CountValue)]
    dates = [c.value for c in claims if isinstance(c.value, DateValue)]
    if counts and not dates:
        return combine_counts(counts, tolerance)
    if dates and not counts:
        return combine_dates(dates)
    return None


def camps_of(claims: Sequence[Claim], *, tolerance: float = 0.0) -> list[Camp]:
    """The claims split into agreeing camps, the best-supported first."""
    ordered = sorted(claims, key=claim_order)
    chosen = agreeing_camps(
        [c.value for c in ordered], [c.doc for c in ordered], tolerance=tolerance, limit=_MAX_CAMPS
    )
    camps = []
    for indices in chosen:
        members = tuple(ordered[i] for i in indices)
        camps.append(Camp(members, _combine(members, tolerance)))
    return camps


def _subject(claims: Sequence[Claim], lexicon: Lexicon) -> str:
    """The subject most documents use, a specific one before a generic one ("suspects" before
    "men"), then the shortest, then alphabetical."""
    docs: dict[str, set[str]] = {}
    for c in claims:
        docs.setdefault(c.subject, set()).add(c.doc)
    generic = {s: is_generic(s, lexicon=lexicon) for s in docs} if len(docs) > 1 else {}
    return min(docs, key=lambda s: (generic.get(s, False), -len(docs[s]), len(s), s))


def _scope(claims: Sequence[Claim]) -> str | None:
    scopes = Counter(c.scope for c in claims)
    return min(scopes, key=lambda s: (-scopes[s], s or ""))


def _judge(
    claims: Sequence[Claim],
    *,
    labels: dict[str, str],
    published: dict[str, date | None],
    texts: dict[str, str],
    tolerance: float,
    lexicon: Lexicon,
) -> Group:
    claims = sorted(claims, key=claim_order)
    docs = tuple(sorted({c.doc for c in claims}))
    kept, updates = latest_figures(claims, texts=texts, lexicon=lexicon, tolerance=tolerance)
    camps = camps_of(kept, tolerance=tolerance)
    verdict: Verdict = "single" if len(docs) == 1 else "agree"
    disputed = any(len(camp.docs) > 1 for camp in camps[1:])
    if verdict == "agree" and (disputed or set(docs) - set(camps[0].docs)):
        verdict = "contradict"
    running = normalise_scope(first_scope := _scope(claims)) in _RUNNING_SCOPES
    if verdict == "agree" and updates and running:
        verdict = "contradict"  # the latest figures agree, but the figure changed over time
    majority = len(camps) == 1 or len(camps[0].docs) > len(camps[1].docs)
    first = claims[0]
    subject = _subject(claims, lexicon)
    return Group(
        id="",
        kind=first.kind,
        category=first.category,
        subject=subject,
        scope=first_scope,
        claims=tuple(c.id for c in claims),
        docs=docs,
        verdict=verdict,
        consensus=camps[0].value if majority else None,
        explanation=explain(
            verdict,
            kind=first.kind,
            category=first.category,
            subject=subject,
            camps=camps,
            majority=majority,
            labels=labels,
            published={d: published.get(d) for d in docs},
            lexicon=lexicon,
            updates=describe(updates, labels, running=running),
        ),
    )


def _rank(group: Group) -> tuple[int, int, int, str, str, str, str, tuple[str, ...]]:
    return (
        _RANK[group.verdict],
        -len(group.docs),
        -len(group.claims),
        group.kind,
        group.category,
        group.subject,
        group.scope or "",
        group.claims,
    )


def judge_groups(
    clusters: Sequence[tuple[Claim, ...]],
    *,
    documents: Sequence[Document],
    tolerance: float,
    lexicon: Lexicon | None = None,
) -> tuple[Group, ...]:
    """Each cluster judged, explained, and put in report order with ids ``g1``, ``g2``…"""
    lexicon = lexicon or default_lexicon()
    labels = doc_labels([d.id for d in documents] + [c.doc for cl in clusters for c in cl])
    published: dict[str, date | None] = {d.id: d.published for d in documents}
    texts = {d.id: d.text for d in documents}
    groups = [
        _judge(
            cluster,
            labels=labels,
            published=published,
            texts=texts,
            tolerance=tolerance,
            lexicon=lexicon,
        )
        for cluster in clusters
        if cluster
    ]
    groups.sort(key=_rank)
    return tuple(g._replace(id=f"g{i}") for i, g in enumerate(groups, 1))

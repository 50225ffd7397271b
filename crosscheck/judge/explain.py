"""Explanations: one or two sentences a journalist can read — who says what, and why it may differ.

"Sources disagree on when the assault began: 000, 001, 004 — Sunday 10 March 2019; 003 —
Thursday." Then the cues a careful reader would add: words such as "another" or "resumed" in the
majority (the event recurred; the outlier may describe an earlier phase), figures that rise with
later publication, listed by day (an updated toll, or total, rather than an error), reports that
each give both figures (the sources they quote disagree: "according to police"), and wire copy
(two documents carrying the same sentence are one report, not two confirmations). Values and
names are worded by ``_wording``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from crosscheck._cache import regex
from crosscheck.group import claim_order
from crosscheck.judge._wording import (
    SHOW,
    Camp,
    by_wording,
    day_text,
    format_count,
    format_date,
    format_value,
    join,
    middle,
    says,
    written,
)
from crosscheck.lexicon import Lexicon
from crosscheck.model import Claim, CountValue, Verdict

__all__ = ["Camp", "explain", "format_count", "format_date"]

_WIRE_RATIO = 90.0
"""Least ``rapidfuzz.fuzz.ratio`` of two normalised quotes for them to be one wording."""
_WIRE_WORDS = 6
_WIRE_MAX = 200
_WORDS = regex(r"\w+")
_NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
_UNDATED = "change as reports come in: publication times would tell an update from an error."


def _words_in(claims: Iterable[Claim], words: Sequence[str]) -> list[str]:
    """Which of ``words`` the claims carry as cues (the classify stage's clause-level words)."""
    cues = {" ".join(cue.lower().split()) for c in claims for cue in c.cues}
    return [w for w in words if w in cues]


def _recurrence(camps: Sequence[Camp], labels: Mapping[str, str], words: Sequence[str]) -> str:
    found = _words_in(camps[0].claims, words)
    others = sorted(
        {labels[d] for camp in camps[1:] for d in camp.docs} - {labels[d] for d in camps[0].docs}
    )
    if not found or not others:
        return ""
    who = sorted({labels[c.doc] for c in camps[0].claims if _words_in([c], words)})
    quoted = ", ".join(f"“{w}”" for w in found[:3])
    return (
        f"{join(who)} {says(who)} {quoted}: the event may have recurred, and "
        f"{join(others)} may describe an earlier phase."
    )


def _rising(
    claims: Sequence[Claim],
    labels: Mapping[str, str],
    published: Mapping[str, date | None],
    noun: str,
) -> str:
    """A sentence when the figures rise with publication: each day's highest above the day
    before's, and no day's lowest below an earlier day's lowest (an early toll may linger)."""
    by_day: dict[date, dict[str, tuple[float, str, set[str]]]] = {}
    for c in claims:
        if day := published.get(c.doc):
            text, key = written(c)
            entry = by_day.setdefault(day, {}).setdefault(key, (middle(c.value), text, set()))
            entry[2].add(labels[c.doc])
    days = sorted(by_day)
    highs = [max(v for v, _, _ in by_day[d].values()) for d in days]
    lows = [min(v for v, _, _ in by_day[d].values()) for d in days]
    if len(days) < 2 or any(b <= a for a, b in itertools.pairwise(highs)):
        return ""
    if any(b < a for a, b in itertools.pairwise(lows)):
        return ""
    shown = "; ".join(
        f"{day_text(day)}: "
        + ", ".join(f"{t} ({', '.join(sorted(who))})" for _, t, who in sorted(by_day[day].values()))
        for day in days[:4]
    )
    return (
        f"The figures rise with later publication ({shown}): "
        f"probably an updated {noun} rather than an error."
    )


def _updated(
    camps: Sequence[Camp], labels: Mapping[str, str], words: Sequence[str], noun: str
) -> str:
    top = max(camps, key=lambda camp: max(middle(c.value) for c in camp.claims))
    found = _words_in(top.claims, words)
    if not found:
        return ""
    who = sorted({labels[c.doc] for c in top.claims})
    quoted = ", ".join(f"“{w}”" for w in found[:3])
    return f"{join(who)} {says(who)} {quoted}: the higher figure may be an updated {noun}."


def _all(camps: Sequence[Camp]) -> list[Claim]:
    return [c for camp in camps for c in camp.claims]


def _wire(claims: Sequence[Claim], labels: Mapping[str, str]) -> str:
    """Documents that carry one claim's sentence near-verbatim: one report, not several.

    Only quotes of ``_WIRE_WORDS`` words or more with the same figure are compared (same
    template, different figure: two versions, not one report). The documents of one quote join
    at once; two quotes whose documents are already joined are not compared."""
    claims = claims[:_WIRE_MAX]
    parent = {labels[c.doc]: labels[c.doc] for c in claims}
    if len(parent) < 2:
        return ""
    figures: dict[str, list[Claim]] = {}
    for c in claims:
        figures.setdefault(c.value_text.strip().lower(), []).append(c)
    by_figure: dict[str, dict[str, list[str]]] = {}
    for figure, same in figures.items():
        if len({c.doc for c in same}) < 2:
            continue  # one document's figure: nothing to copy
        for c in same:
            words = _WORDS.findall(c.quote.lower())
            if len(words) >= _WIRE_WORDS:
                quotes = by_figure.setdefault(figure, {})
                quotes.setdefault(" ".join(words), []).append(labels[c.doc])

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = sorted((root(a), root(b)))
        parent[rb] = ra

    similar: Callable[..., float] | None = None
    for quotes in by_figure.values():
        for docs in quotes.values():
            for other in docs[1:]:
                union(docs[0], other)
        items = list(quotes.items())
        for i, (qa, da) in enumerate(items):
            for qb, db in items[i + 1 :]:
                if root(da[0]) == root(db[0]):
                    continue
                if similar is None:  # imported when two quotes may be one wording
                    from rapidfuzz import fuzz

                    similar = fuzz.ratio
                if similar(qa, qb, score_cutoff=_WIRE_RATIO):
                    union(da[0], db[0])
    sets: dict[str, list[str]] = {}
    for label in sorted(parent):
        sets.setdefault(root(label), []).append(label)
    copies = [docs for docs in sets.values() if len(docs) > 1]
    return " ".join(
        f"{join(docs)} carry the same wording: one report, not "
        f"{_NUMBERS.get(len(docs), str(len(docs)))} confirmations."
        for docs in copies
    )


def _what(category: str, kind: str, subject: str, lexicon: Lexicon, *, share: bool) -> str:
    phrases = lexicon["entities"].get("phrases", {})
    default = "the date of “{subject}”" if kind == "date" else "the figure for {subject}"
    template = str(phrases.get(category, default))
    if share and category == "other_count":
        template = "the share of {subject}"
    words = subject.split()
    noun = " ".join(words[:-1]) if len(words) > 1 else subject
    return template.replace("{subject}", subject or "it").replace("{noun}", noun or "event")


def _running(category: str, subject: str, lexicon: Lexicon) -> str | None:
    """The word for a figure that grows as a story unfolds ("toll", "total"), else None."""
    cues = lexicon["entities"].get("cues", {})
    if category in {str(w) for w in cues.get("running_tolls", [])}:
        return "toll"
    words = set(subject.lower().split())
    return "total" if words & {str(w) for w in cues.get("running_subjects", [])} else None


def _both(camps: Sequence[Camp], labels: Mapping[str, str]) -> str:
    """Reports that back the first side and also a second side two reports give (the police's
    and the organisers' crowd): the dispute is among the sources they quote. A figure only one
    report adds (often a part: "112 of them seriously") is not called a dispute."""
    first = set(camps[0].docs)
    both = sorted(
        {labels[d] for camp in camps[1:] if len(camp.docs) > 1 for d in camp.docs if d in first}
    )
    if not both:
        return ""
    verb, whose = ("gives", "it quotes") if len(both) == 1 else ("each give", "they quote")
    return f"{join(both)} {verb} both figures: the sources {whose} disagree."


def _context(
    verdict: Verdict,
    category: str,
    subject: str,
    camps: Sequence[Camp],
    labels: Mapping[str, str],
    published: Mapping[str, date | None],
    lexicon: Lexicon,
) -> list[str]:
    cues = lexicon["entities"].get("cues", {})
    claims = _all(camps)
    out = []
    if verdict == "contradict":
        out.append(_recurrence(camps, labels, [str(w) for w in cues.get("recurrence", [])]))
        out.append(_both(camps, labels))
        if all(isinstance(c.value, CountValue) for c in claims):
            running = _running(category, subject, lexicon)
            noun = running or "figure"
            update = [str(w) for w in cues.get("update", [])]
            why = _rising(claims, labels, published, noun)
            why = why or _updated(camps, labels, update, noun)
            if not why and running and len({published.get(c.doc) for c in claims}) < 2:
                why = ("Tolls " if running == "toll" else "Running totals ") + _UNDATED
            out.append(why)
    out.append(_wire(sorted(claims, key=claim_order), labels))
    return [s for s in out if s]


def _according(camp: Camp, camps: Sequence[Camp]) -> str:
    """Whom a side's claims cite, when they name one source that no other side names."""

    def named(c: Camp) -> dict[str, str]:
        """Each cited source, compared without case or spacing → as first written."""
        names: dict[str, str] = {}
        for x in c.claims:
            if x.attribution and x.attribution.strip():
                name = " ".join(x.attribution.split())
                names.setdefault(name.lower(), name)
        return names

    own = named(camp)
    others = {key for c in camps if c is not camp for key in named(c)}
    if len(own) != 1 or own.keys() & others:
        return ""
    return f" (according to {next(iter(own.values()))})"


def _sides(kind: str, camps: Sequence[Camp], labels: Mapping[str, str]) -> list[str]:
    """Each camp of a contradiction as "000, 001 — Sunday 10 March 2019 (“Sunday”)"."""
    sides = []
    for camp in camps[: SHOW // 2]:
        names = join(sorted({labels[d] for d in camp.docs}), ", ")
        words = [t for t, _ in by_wording(camp.claims, labels)][: SHOW // 2]
        shown = " / ".join(words)
        if kind == "date" and camp.value is not None:
            shown = format_value(camp.value)
            quoted = [f"“{w}”" for w in words if w.lower() != shown.lower()]
            shown += f" ({', '.join(quoted)})" if quoted else ""
        sides.append(f"{names} — {shown}{_according(camp, camps)}")
    if rest := camps[SHOW // 2 :]:
        others = {d for camp in rest for d in camp.docs}
        values = len(by_wording(_all(rest), labels))
        sides.append(f"{values} other values from {len(others)} sources")
    return sides


def explain(
    verdict: Verdict,
    *,
    kind: str,
    category: str,
    subject: str,
    camps: Sequence[Camp],
    majority: bool,
    labels: Mapping[str, str],
    published: Mapping[str, date | None],
    lexicon: Lexicon,
    updates: str = "",
) -> str:
    """The group's explanation: who says what, the verdict, and the cues that bear on it.
    ``updates`` says which reports changed their own figure (see ``_latest``)."""
    share = any(isinstance(c.value, CountValue) and c.value.unit == "fraction" for c in _all(camps))
    what = _what(category, kind, subject, lexicon, share=share)
    wording = by_wording(camps[0].claims, labels)
    if verdict == "single":
        docs = sorted({labels[c.doc] for c in _all(camps)})
        head = f"Only {join(docs)} reports {what}: {'; '.join(t for t, _ in wording)}."
    elif verdict == "agree" or len(camps) == 1:
        listing = "; ".join(f"{join(d)}: {t}" for t, d in wording[:SHOW])
        listing += f"; {len(wording) - SHOW} other wordings" if len(wording) > SHOW else ""
        tail = "the same value" if len(wording) == 1 else "compatible"
        if kind == "date" and camps[0].value is not None and len(wording) > 1:
            tail += f" ({format_value(camps[0].value)})"
        head = f"Sources agree on {what}: {listing} — {tail}."
        if verdict == "contradict":  # one camp: the latest figures agree, an earlier one did not
            head = f"The figure changed as the story unfolded. Latest figures on {what}: {listing}."
    else:
        head = f"Sources disagree on {what}: " + "; ".join(_sides(kind, camps, labels)) + "."
        head += "" if majority else " No side has more sources."
    if verdict != "contradict":
        for camp in camps[1:]:
            who = sorted({labels[d] for d in camp.docs})
            said = " / ".join(t for t, _ in by_wording(camp.claims, labels))
            head += f" {join(who)} also {says(who)} {said} elsewhere in the same report."
    context = _context(verdict, category, subject, camps, labels, published, lexicon)
    return " ".join([s for s in (head, updates) if s] + context)

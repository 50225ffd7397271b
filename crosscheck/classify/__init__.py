"""Classify stage: mentions in one document → typed claims (category, subject, scope, attribution).

``extract_claims`` is a pure function of one document: it splits the text into sentences and
clauses (``sentences``), finds every number and date (``crosscheck.extract``), keeps the numbers
that count people or things of the story (``counts``) and the dates tied to a key action
(``dated``), and gives each its subject, scope, source (``attribution``) and cue words.
"""

from __future__ import annotations

from datetime import date

from crosscheck.classify._phrases import WordScan
from crosscheck.classify.attribution import speakers_of
from crosscheck.classify.context import Page, day_name
from crosscheck.classify.counts import CountFind, find_counts
from crosscheck.classify.dated import DateFind, find_dated
from crosscheck.classify.rules import rules_for
from crosscheck.classify.sentences import split_sentences
from crosscheck.extract.dates import find_dates
from crosscheck.extract.numbers import find_numbers
from crosscheck.lexicon import Lexicon
from crosscheck.model import Claim, Document, Kind

__all__ = ["extract_claims"]


def extract_claims(doc: Document, *, reference: date | None, lexicon: Lexicon) -> tuple[Claim, ...]:
    """Every count claim and dated claim of one document, in text order, with unique ids."""
    if not doc.text:
        return ()
    text = doc.text
    numbers = find_numbers(text, lexicon)
    dates = find_dates(text, reference, lexicon)
    if not numbers and not dates:
        return ()
    rules = rules_for(lexicon)
    marks = sorted([m.start for m in numbers] + [m.start for m in dates])
    scan = WordScan(text, rules.vocabulary)
    page = Page(text, rules, split_sentences(text, rules, doc.title, marks, scan), scan)
    if not page.sentences:
        return ()
    counts = find_counts(page, numbers, dates, reference)
    taken = [f.scope_span for f in counts if f.scope_span is not None]
    finds: list[tuple[Kind, CountFind | DateFind]] = [("count", f) for f in counts]
    dated = find_dated(page, dates, taken)
    finds += [("date", f) for f in dated]
    if not finds:
        return ()
    # "since Sunday" when Sunday is the day the incident struck: everything so far, no window.
    since_incident = {
        f"since {name}" for f in dated if f.incident and (name := day_name(f.mention)) is not None
    }
    # Text order; the speakers of the sentences up to the last claim's (state only flows on).
    finds.sort(key=lambda f: (f[1].quote[0], f[1].mention.start, f[0]))
    speakers = speakers_of(page, until=max(f.sentence.start for _, f in finds))
    claims: list[Claim] = []
    seen: set[str] = set()
    for kind, find in finds:
        mention = find.mention
        start, end = find.quote
        claims.append(
            Claim(
                id=_unique_id(doc.id, start, mention.start, seen),
                doc=doc.id,
                kind=kind,
                category=find.category,
                quote=text[start:end],
                start=start,
                end=end,
                value_text=mention.text,
                value_start=mention.start,
                value_end=mention.end,
                subject=find.subject,
                scope=None if find.scope in since_incident else find.scope,
                attribution=speakers.of(find.sentence),
                value=mention.value,
                cues=page.cue_words(*_cue_span(text, find)),
            )
        )
    return tuple(claims)


def _cue_span(text: str, find: CountFind | DateFind) -> tuple[int, int]:
    """The comma-delimited parts of the quote from the value to its trigger or action."""
    start, end = find.quote
    left, right = find.mention.start, find.mention.end
    if find.anchor is not None:
        left, right = min(left, find.anchor[0]), max(right, find.anchor[1])
    comma = text.rfind(",", start, left)
    after = text.find(",", right, end)
    return (comma + 1 if comma >= 0 else start), (after if after >= 0 else end)


def _unique_id(doc_id: str, start: int, value_start: int, seen: set[str]) -> str:
    """``doc:start``, and ``doc:start:value_start`` when a clause holds several (claims come
    in text order)."""
    ident = f"{doc_id}:{start}"
    if ident in seen:
        ident = f"{doc_id}:{start}:{value_start}"
    n = 1
    base = ident
    while ident in seen:
        n += 1
        ident = f"{base}.{n}"
    seen.add(ident)
    return ident

"""The scope of a count: the window, qualifier or named day its clause (or sentence) gives it.

A day only scopes a count in a category that takes a day scope (``day_scope``), and not when it
only tells when something was said ("said on Sunday") or the day of another action stated next
to the count ("rescued 27 students during a raid … on Wednesday").
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck._cache import regex
from crosscheck.classify.context import Match, Page, day_name
from crosscheck.classify.dated import date_action
from crosscheck.classify.sentences import Sentence
from crosscheck.model import DateMention

__all__ = ["scope_of"]

Span = tuple[int, int]

_BY_TIME = regex(
    r"\b(?:[Bb]y|[Aa]s of|[Aa]s at)\s+(\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|GMT|UTC)|noon|midday)"
)


def scope_of(
    page: Page,
    sentence: Sentence,
    clause: Span,
    dates: Sequence[DateMention],
    *,
    day_scope: bool,
    value: tuple[Span, Span | None] | None = None,
) -> tuple[str | None, Span | None]:
    """The clause's window or qualifier, else its named day, else the sentence's window."""
    # "rose to 37 after a girl died overnight": the window of the subordinate clause
    after = value[0][1] if value is not None else sentence.end
    subordinate = page.rules.subordinators
    windows = [
        m
        for m in page.within(page.scopes, sentence.start, sentence.end)
        if m.start < after or not subordinate.search(page.text, after, m.start)
    ]
    in_clause = page.within(windows, *clause)
    if in_clause:
        return in_clause[0].label, (in_clause[0].start, in_clause[0].end)
    by = _BY_TIME.search(page.text, clause[0], clause[1])
    if by is not None:
        # "By 1 p.m., turnout had reached 27 percent": a figure as of a time of day
        return "by " + by.group(1).lower().replace(".", "").replace(" ", ""), by.span()
    if day_scope:
        for mention in dates:
            if clause[0] <= mention.start < clause[1] and not _said_on(page, mention, clause):
                if value is not None and _of_another_action(
                    page, mention, sentence, clause, value, dates
                ):
                    continue
                name = day_name(mention)
                if name is not None:
                    since = page.text[max(clause[0], mention.start - 6) : mention.start]
                    label = f"since {name}" if since.lower().strip() == "since" else name
                    return label, (mention.start, mention.end)
    for window in windows:
        # A window in a later clause is that clause's predicate's ("… rose to 37 after a girl
        # died overnight"); one said before carries on ("Overnight, 300 were evacuated").
        other = sentence.clause_at(window.start)
        if other[0] <= clause[0]:
            return window.label, (window.start, window.end)
        break
    return None, None


def _of_another_action(
    page: Page,
    mention: DateMention,
    sentence: Sentence,
    clause: Span,
    value: tuple[Span, Span | None],
    dates: Sequence[DateMention],
) -> bool:
    """A date that tells the day of another action: after the count, one stated between them
    ("rescued 27 students during a raid … on Wednesday" dates the raid); before it, one stated
    before the count ("Police stormed the prison early on Tuesday, freeing all eight guards"
    dates the storming). Not the count's own trigger ("On March 4, … evacuated 3,000")."""
    (value_start, value_end), anchor = value
    if value_start < mention.end and mention.start < value_end:
        return False
    others = [d for d in dates if d is not mention and clause[0] <= d.start < clause[1]]
    found = date_action(page, mention, sentence, clause, others)
    if found is None:
        return False
    action, verb = found
    if verb == anchor:
        return False
    if mention.start >= value_end:
        # any action, even one that makes no claim ("… were still sheltering … on Friday")
        return value_end <= verb[0] < mention.start
    return action.claim and verb[1] <= value_start and (anchor is None or verb[1] <= anchor[0])


def _said_on(page: Page, mention: DateMention, clause: Span) -> bool:
    """A date that only tells when something was said ("said on Sunday")."""
    verbs: list[Match] = page.within(page.speech, clause[0], mention.start)
    return bool(verbs) and page.gap(verbs[-1].end, mention.start) <= 2

"""Dated claims: a date tied to a key action of the story ("launched an assault … on March 10").

Each date takes the action of the nearest action word in its clause (``[dates.*]`` of
``categories.toml``); an ``attack_start`` action in reach wins over the others, so "announced
they were launching another assault" is the assault's start. Verbs after "to" are intentions
("aiming to capture"), not actions. A date next to a speech verb ("said on Sunday") only dates
the statement, and a bare year ("in 2014") is background: neither is a claim. Some actions hold
a date without making a claim (``claim = false``: "the toll rose to 147 on Wednesday"); a
``collective`` action done by one person ("she left … on Friday") is no key action of the story;
and a date that is the scope of a count claim ("On March 4, … evacuated 3,000 people") belongs to
that count, not to a claim of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from crosscheck._cache import regex
from crosscheck.classify._phrases import key
from crosscheck.classify.context import Page
from crosscheck.classify.rules import Action, Lists
from crosscheck.classify.sentences import Sentence, trim
from crosscheck.model import DateMention

__all__ = ["DateFind", "date_action", "find_dated"]

_ATTACK_REACH = 15
_REACH = 12
_OBJECT_REACH = 6
_SPEECH_REACH = 5
_ATTACK_MARGIN = 4
_AFTER = 5
_POSSESSIVE = regex(r"(?:\s+(?:morning|afternoon|evening|night))?['’]s\b")
# "the October 20 presidential election": a date right before its event noun modifies it
_MODIFIES = regex(r"\s+(?:[a-z][a-z-]*\s+){0,2}")
_LONG_REACH = 24
_BREAK = regex(r"[,;:()—–]")
_INFINITIVE = regex(r"\bto\s*$", re.IGNORECASE)


class DateFind(NamedTuple):
    """One dated claim found (a named tuple: cheaper than a dataclass to define and build)."""

    mention: DateMention
    sentence: Sentence
    quote: tuple[int, int]
    category: str
    subject: str
    scope: str | None
    anchor: tuple[int, int] | None = None
    """The action word the date is tied to."""
    incident: bool = False
    """Whether the action is the story's incident itself."""


def _candidates(
    page: Page,
    span: tuple[int, int],
    clause: tuple[int, int],
    sentence: Sentence,
    others: Sequence[DateMention] = (),
) -> list[tuple[int, int, Action, tuple[int, int]]]:
    """(distance, lexicon order, action, verb span) for every action stated in the clause.

    A date usually tells when the action before it happened ("struck … on Sunday", "rose to 147
    on Wednesday"), so actions after it count a few words farther; a possessive date ("Monday's
    earthquake") is the other way round. An action with another date between it and this one
    is that date's ("a riot that began on Sunday, and … on Monday").
    """
    text, rules = page.text, page.rules
    possessive = _POSSESSIVE.match(text, span[1]) is not None
    objects: list[tuple[frozenset[int], tuple[int, int]]] | None = None  # read when needed
    found = []
    for start, end, verb in page.scan.find(Lists.VERBS, *clause):
        where = (start, end)
        if where[0] < span[1] and span[0] < where[1]:
            continue
        if any(
            (where[1] <= d.start and d.end <= span[0]) or (span[1] <= d.start and d.end <= where[0])
            for d in others
        ):
            continue
        if _INFINITIVE.search(text, max(clause[0], where[0] - 4), where[0]):
            continue
        plain = page.distance(span, where)
        noun = where[0] >= span[1] and (possessive or _modifies(page, span[1], where[0]))
        for order in rules.verb_actions[key(verb)]:
            action = rules.actions[order]
            if action.modifier and not noun:
                continue
            distance = plain
            if action.objects:
                if objects is None:
                    objects = [
                        (rules.object_actions[key(hit)], (at, to))
                        for at, to, hit in page.scan.find(
                            Lists.OBJECTS, sentence.start, sentence.end
                        )
                    ]
                near = [
                    page.distance(span, at)
                    for owners, at in objects
                    if order in owners and page.distance(where, at) <= _OBJECT_REACH
                ]
                if not near:
                    continue
                distance = min(distance, *near)
            if (where[0] >= span[1]) != (possessive or (noun and action.modifier)):
                distance += _AFTER
            found.append((distance, order, action, where))
    return found


def _modifies(page: Page, end: int, noun: int) -> bool:
    """Only adjectives between a date and a noun: "the October 20 presidential election"."""
    between = page.text[end:noun]
    return (
        len(between) < 40
        and _MODIFIES.fullmatch(between) is not None
        and not page.rules.stop.intersection(between.split())
    )


def _statement_date(page: Page, span: tuple[int, int], clause: tuple[int, int]) -> int | None:
    """Distance to a speech verb just before the date, if any ("said on Sunday")."""
    verbs = page.within(page.speech, clause[0], span[0])
    if verbs and page.gap(verbs[-1].end, span[0]) <= _SPEECH_REACH:
        return page.gap(verbs[-1].end, span[0])
    return None


_PURPOSE = regex(r"\s+to\s+([a-z]+)\b")


def _purpose(page: Page, action: Action, clause: tuple[int, int]) -> str:
    """ " to capture" when the action's object states its aim ("their plan to capture …")."""
    if action.object_list is None:
        return ""
    for _, end, _ in page.scan.find(action.object_list, *clause):
        aim = _PURPOSE.match(page.text, end, clause[1])
        if aim:
            return f" to {aim.group(1)}"
    return ""


def _background(mention: DateMention) -> bool:
    return mention.month is None and mention.day is None and mention.weekday is None


def _scoped(mention: DateMention, taken: Sequence[tuple[int, int]]) -> bool:
    return any(start < mention.end and mention.start < end for start, end in taken)


def _choose(
    page: Page,
    span: tuple[int, int],
    clause: tuple[int, int],
    sentence: Sentence,
    others: Sequence[DateMention] = (),
) -> tuple[int, Action, tuple[int, int], bool] | None:
    """(distance, action, verb span, whether an attack won) of the action a date tells of."""
    candidates = _candidates(page, span, clause, sentence, others)
    if not candidates:
        return None
    nearest = min(c[0] for c in candidates)
    attacks = [
        c
        for c in candidates
        if c[2].category == "attack_start" and c[0] <= min(_ATTACK_REACH, nearest + _ATTACK_MARGIN)
    ]
    near = attacks or [c for c in candidates if c[0] <= _REACH]
    if not near:
        # "collapsed onto a street of the city of … during the rush hour on Thursday": an action
        # before the date with only its own phrases between them, no comma
        near = [
            c
            for c in candidates
            if c[0] <= _LONG_REACH
            and c[3][1] <= span[0]
            and not _BREAK.search(page.text, c[3][1], span[0])
        ]
    if not near:
        return None
    distance, _, action, verb = min(near, key=lambda c: (c[0], c[1]))
    return distance, action, verb, bool(attacks)


def date_action(
    page: Page,
    mention: DateMention,
    sentence: Sentence,
    clause: tuple[int, int],
    others: Sequence[DateMention] = (),
) -> tuple[Action, tuple[int, int]] | None:
    """The key action a date in ``clause`` tells the day of, and its word, if any (``others``:
    the other dates of the clause)."""
    chosen = _choose(page, (mention.start, mention.end), clause, sentence, others)
    return None if chosen is None else (chosen[1], chosen[2])


def find_dated(
    page: Page, dates: Sequence[DateMention], taken: Sequence[tuple[int, int]] = ()
) -> list[DateFind]:
    """Dated claims; ``taken`` are the spans already read as the scope of a count claim."""
    text = page.text
    finds = []
    for mention in dates:
        sentence = page.sentence_at(mention.start)
        if sentence is None or mention.end > sentence.end or _background(mention):
            continue
        if _scoped(mention, taken):
            continue
        clause = sentence.clause_at(mention.start)
        span = (mention.start, mention.end)
        others = [d for d in dates if d is not mention and clause[0] <= d.start < clause[1]]
        chosen = _choose(page, span, clause, sentence, others)
        if chosen is None:
            continue
        distance, action, verb, attacks = chosen
        said = _statement_date(page, span, clause)
        if not action.claim or (said is not None and said < distance and not attacks):
            continue
        if action.collective and page.rules.singular.search(text, *clause):
            continue
        before = text[max(clause[0], mention.start - 6) : mention.start].lower().split()
        scope = (
            "since"
            if before[-1:] == ["since"] or mention.text.lower().startswith("since")
            else None
        )
        quote = trim(text, *clause)
        if not quote[0] <= mention.start < mention.end <= quote[1]:
            quote = (min(quote[0], mention.start), max(quote[1], mention.end))
        subject = (
            action.subject + _purpose(page, action, clause) if action.purpose else action.subject
        )
        finds.append(
            DateFind(
                mention, sentence, quote, action.category, subject, scope, verb, action.incident
            )
        )
    return finds

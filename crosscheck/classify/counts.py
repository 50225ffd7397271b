"""Count claims: a number that counts people or things of the story, typed by its clause.

The category is the nearest trigger word in the number's clause (``categories.toml``); a
``fallback`` category such as troops only applies when no other trigger is in reach. A core
category needs a counted noun of people (or none): "six trucks" near "came out" is not an
evacuation. Numbers worth no claim: money and units, ages, "her three children", page furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.classify.context import (
    Match,
    Page,
    day_name,
    noun_after,
    noun_before,
    of_phrase,
)
from crosscheck.classify.sentences import Sentence, trim
from crosscheck.model import DateMention, NumberMention

__all__ = ["CountFind", "find_counts", "scope_of"]

_REACH = 12
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")


@dataclass(frozen=True, slots=True)
class CountFind:
    mention: NumberMention
    sentence: Sentence
    quote: tuple[int, int]
    category: str
    subject: str
    scope: str | None


def _category(page: Page, mention: NumberMention, clause: tuple[int, int]) -> str:
    rules = page.rules
    span = (mention.start, mention.end)
    best: dict[bool, tuple[int, int, str]] = {}
    for trigger in page.within(page.triggers, *clause):
        if trigger.start < mention.end and trigger.end > mention.start:
            continue
        distance = page.distance(span, (trigger.start, trigger.end))
        if distance > _REACH:
            continue
        fallback = trigger.label in rules.fallback
        rank = (distance, 0 if trigger.start >= mention.end else 1, trigger.label)
        if fallback not in best or rank < best[fallback]:
            best[fallback] = rank
    for fallback in (False, True):
        if fallback in best:
            return best[fallback][2]
    return "other_count"


def _is_description(page: Page, mention: NumberMention, clause: tuple[int, int]) -> bool:
    """Ages, ranks and possessed numbers ("a 38-year-old", "her three children")."""
    rules, text = page.rules, page.text
    after = text[mention.end : mention.end + 14].lower().lstrip()
    if any(after.startswith(w) for w in rules.not_counts):
        return True
    before = _WORD_BEFORE.search(text[max(clause[0], mention.start - 20) : mention.start])
    if before and before.group(1).lower() in rules.possessives:
        return True
    if not any(c.isdigit() for c in mention.text) and rules.manner_before.search(
        text, max(clause[0], mention.start - 14), mention.start
    ):
        return True
    return mention.low == mention.high == 1 and after.startswith("of ")


def scope_of(
    page: Page,
    sentence: Sentence,
    clause: tuple[int, int],
    dates: Sequence[DateMention],
    *,
    day_scope: bool,
) -> str | None:
    """The clause's window or qualifier, else its named day, else the sentence's window."""
    in_clause = page.within(page.scopes, *clause)
    if in_clause:
        return in_clause[0].label
    if day_scope:
        for mention in dates:
            if clause[0] <= mention.start < clause[1] and not _said_on(page, mention, clause):
                name = day_name(mention)
                if name is not None:
                    since = page.text[max(clause[0], mention.start - 6) : mention.start]
                    return f"since {name}" if since.lower().strip() == "since" else name
    in_sentence = page.within(page.scopes, sentence.start, sentence.end)
    return in_sentence[0].label if in_sentence else None


def _said_on(page: Page, mention: DateMention, clause: tuple[int, int]) -> bool:
    """A date that only tells when something was said ("said on Sunday")."""
    verbs: list[Match] = page.within(page.speech, clause[0], mention.start)
    return bool(verbs) and page.gap(verbs[-1].end, mention.start) <= 2


def find_counts(
    page: Page, numbers: Sequence[NumberMention], dates: Sequence[DateMention]
) -> list[CountFind]:
    rules, text = page.rules, page.text
    finds = []
    for mention in numbers:
        sentence = page.sentence_at(mention.start)
        if sentence is None or mention.end > sentence.end:
            continue
        if mention.unit not in (None, "fraction"):
            continue
        if any(d.start < mention.end and mention.start < d.end for d in dates):
            continue
        clause = sentence.clause_at(mention.start)
        if _is_description(page, mention, clause):
            continue
        if mention.unit == "fraction":
            whole = of_phrase(text, mention.end, clause[1], rules)
            if whole is None:
                continue
            category, subject = "other_count", whole
        else:
            phrase = noun_after(text, mention.end, clause[1], rules)
            head = phrase.head.lower() if phrase.head else None
            category = _category(page, mention, clause)
            person = (
                head is None or head in rules.people or rules.canonical_noun(head) in rules.people
            )
            if category != "other_count" and not person and head not in rules.count_category:
                category = "other_count"
            if category == "other_count" and not (
                head is not None and (person or head in rules.things)
            ):
                continue
            subject = (
                phrase.subject(rules)
                or noun_before(text, clause[0], mention.start, rules)
                or rules.default_subject.get(category, "people")
            )
        scope = scope_of(
            page, sentence, clause, dates, day_scope=rules.day_scope.get(category, True)
        )
        quote = trim(text, *clause)
        if not quote[0] <= mention.start < mention.end <= quote[1]:
            quote = (min(quote[0], mention.start), max(quote[1], mention.end))
        finds.append(CountFind(mention, sentence, quote, category, subject, scope))
    return finds

"""What makes a count a different quantity from the total its words name.

A part ("Seventeen of the dead"), an increment ("three more bodies", "another 12"), a remainder
("16 men are still trapped") and a severity ("40 remain seriously injured") are scoped so that
they are never compared with the total; a population ("a fishing island of 9,000 people"), a
yearly rate ("3 million passengers a year"), a plan ("600 inmates would be moved") and a
description (an age, a label or measure, an address, "her three children") are no count claims
at all. The words are lexicon data (``[text]`` of ``categories.toml``, ``[severity]`` of
``scopes.toml``), compiled in ``Rules.qualifiers``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck._cache import regex
from crosscheck.classify._phrases import key
from crosscheck.classify.context import Match, Page
from crosscheck.classify.nouns import NounPhrase
from crosscheck.classify.rules import Rules
from crosscheck.model import NumberMention

__all__ = [
    "described_before",
    "description",
    "extra_scope",
    "is_plan",
    "is_population_or_rate",
    "part_of_the",
    "subset_scope",
    "vague",
]

Span = tuple[int, int]

_WORD_BEFORE = regex(r"\W*([^\W\d_]+)")
"""The last word of a span, matched on the span reversed."""
_DECIMAL = regex(r"\d\.\d")
_POSSESSED = regex(r"\b([^\W\d_]+)\s+[^\W\d_]+\s+(?:and|or)\s+$")
_NAME_AGE = regex(r"[A-Z][\w'’-]+,\s*$")
_MAX_AGE = 120
_AGE_OVER = regex(r"(?:over|under|above|older than|younger than)\s", re.IGNORECASE)
_AGE_TAIL = regex(r"\s*(?:[.,;:)]|years?\b|$)")
_BE = {"were", "are", "was", "is", " were", " are", " was", " is"}
_OF_THE = regex(r"\s+of\s+(?:the|those|these)\s", re.IGNORECASE)
_SCORE = regex(r"\d[-–]$")
_SCORE_AFTER = regex(r"[-–]\d")
_INCREMENT = "more"
_NEXT = regex(r"[,;:\d]|\b(?:and|but|while|as)\b")
_NEAR = 25
"""Characters before a trigger in which a severity or "still" word qualifies it."""


def part_of_the(
    page: Page, mention: NumberMention, phrase: NounPhrase, category: str
) -> str | None:
    """ "part of the dead" for "Seventeen of the dead were fans": a part of a group whose noun
    names the claim's own category (a count of the injured among the dead is no part)."""
    if phrase.head is None or not _OF_THE.match(page.text, mention.end, phrase.end):
        return None
    rules = page.rules
    head = phrase.head.lower()
    named = rules.noun_category.get(head) or rules.noun_category.get(rules.canonical_noun(head))
    return f"part of the {head}" if named == category else None


def vague(mention: NumberMention) -> bool:
    """A vague quantity ("several", "dozens"): as a part, it is no claim."""
    return mention.low != mention.high and not any(c.isdigit() for c in mention.text)


def is_population_or_rate(
    page: Page, mention: NumberMention, phrase: NounPhrase, clause: Span
) -> bool:
    """ "a town of 48,000", "built in the 1960s for 900 inmates", "3 million passengers a
    year", the 1 of a score ("won 2-1"): no count of the story."""
    q, text = page.rules.qualifiers, page.text
    if _SCORE.search(text, max(0, mention.start - 2), mention.start) or _SCORE_AFTER.match(
        text, mention.end
    ):
        return True
    before = text[max(clause[0], mention.start - 5) : mention.start].rstrip().lower()
    if before.endswith((" of", " for")):
        lead = max(clause[0], mention.start - 60)
        if q.places_of.search(text, lead, mention.start) or q.capacity_for.search(
            text, lead, mention.start
        ):
            return True
    return q.rates.match(text, max(mention.end, phrase.end), clause[1]) is not None


def is_plan(page: Page, phrase: NounPhrase, clause: Span) -> bool:
    """ "600 inmates would be moved": what may happen, not what happened."""
    return page.rules.qualifiers.plans.match(page.text, phrase.end, clause[1]) is not None


def extra_scope(
    page: Page,
    mention: NumberMention,
    kind: tuple[str, str],
    anchor: Match | None,
    clause: Span,
    earlier: tuple[str, str] | None,
) -> str | None:
    """The scope of a count no window or day scopes: a severity, a remainder or an increment.

    ``kind``: the count's (category, subject); ``earlier``: that of the last count read in its
    sentence or the one before, if any.
    """
    q, text = page.rules.qualifiers, page.text
    category = kind[0]
    if anchor is not None:
        lead = max(clause[0], min(anchor.start, mention.start) - _NEAR)
        for found in q.severity.finditer(text, lead, min(clause[1], anchor.end)):
            if found.end() > anchor.start or not text[found.end() : anchor.start].strip():
                return q.severity_name.get(key(found.group()))
        remaining = q.remaining_scope.get(category)
        if remaining is not None:
            # "still"/"remain" before the trigger, or in the predicate of the counted noun
            # ("Four of the kidnapped pupils remain in captivity"), up to the next count or
            # coordinated clause.
            left = max(clause[0], mention.start - 12) if anchor.start > mention.end else lead
            tail = max(anchor.end, mention.end)
            right = min(clause[1], tail + _NEAR)
            stop = _NEXT.search(text, tail, right)
            if q.remaining.search(text, left, stop.start() if stop else right):
                return remaining
    increment = q.increment_after.match(text, mention.end, clause[1]) or q.increment_before.search(
        text, max(clause[0], mention.start - 16), mention.start
    )
    # "24 were killed and scores more injured", "razed 120 houses and damaged 300 more": "more"
    # means others than those just counted, not an increment.
    return _INCREMENT if increment and earlier in (None, kind) else None


_EARLIER = regex(
    r"(?<![\w-])(?:(?:up|down|rising|falling|revised|raised|lowered|increased|reduced)|"
    r"to\s+[\d,.]+)\s+from\s+$",
    re.IGNORECASE,
)


def earlier_figure(page: Page, mention: NumberMention) -> bool:
    """ "71 people, up from 64 on Sunday night": the figure it replaced, not the current one."""
    return _EARLIER.search(page.text, max(0, mention.start - 24), mention.start) is not None


def subset_scope(
    page: Page,
    numbers: Sequence[NumberMention],
    index: int,
    phrase: NounPhrase,
    clause: Span,
    kind: tuple[str, str],
) -> tuple[str | None, str]:
    """The scope of the count ``numbers[index]`` if it is a part of a larger set, and its
    subject (a total said after it is no part of the subject).

    "all but 4,000 homes" is a remainder; for counts of no core category ("other_count"),
    "visited 420 polling stations", "a sample of 1,200", "fraud at 37 polling stations",
    "37 with irregularities" are named parts ("part of the polling stations observed"), and
    "420 out of 3,000", "900 of the 4,000 ballots" a part of the total that follows.
    """
    q, text = page.rules.qualifiers, page.text
    category, subject = kind
    mention = numbers[index]
    following = numbers[index + 1] if index + 1 < len(numbers) else None
    # "but" opens a clause: "all but" is read past the clause's start
    if q.all_but.search(text, max(0, mention.start - 24), mention.start):
        return q.remaining_scope.get(category, "still"), subject
    if category != "other_count":
        return None, subject
    if (
        following is not None
        and following.end <= clause[1]
        and q.of_total.match(text, mention.end, following.start)
    ):
        total = following.text.lower()
        if subject.lower().startswith(total + " "):
            subject = subject[len(total) + 1 :]  # "900 of the 4,000 ballots": the ballots
        return f"part of {total}", subject
    lead = max(clause[0], mention.start - 90)
    for part in q.parts:
        if part.before.search(text, lead, mention.start) or part.after.match(
            text, max(mention.end, phrase.end), clause[1]
        ):
            return f"part of the {subject} {part.name}", subject
    return None, subject


def description(page: Page, mention: NumberMention, clause: Span) -> bool | None:
    """Ages, labels, measures and addresses told by the number itself or the words after it:
    True or False when these tell, None when they tell nothing (``described_before`` then)."""
    rules, text = page.rules, page.text
    if rules.not_counts.match(text, mention.end) or rules.streets.match(text, mention.end):
        return True
    if text.startswith(",", mention.end) and _NAME_AGE.search(
        text, max(0, mention.start - 40), mention.start
    ):
        return mention.text.isdigit() and int(mention.text) < _MAX_AGE
    if (
        "." in mention.text
        and _DECIMAL.search(mention.text)
        and mention.low is not None
        and not mention.low.is_integer()
    ):
        # "turnout was 61.4 percent" is a share of a counted thing; "prices rose 1.9%" no count
        return mention.unit != "fraction" or not page.within(
            page.triggers, clause[0], mention.start
        )
    if _AGE_OVER.match(mention.text) and _AGE_TAIL.match(text, mention.end):
        # "Nine in ten of the dead were over 70": an age
        return (
            text[max(0, mention.start - 5) : mention.start].lower().rstrip() in _BE
            and (mention.low if mention.low is not None else mention.high or _MAX_AGE) < _MAX_AGE
        )
    return None


def described_before(page: Page, mention: NumberMention, start: int) -> bool:
    """Labels and possessed numbers told by the words before the number (from ``start``, its
    clause's): "magnitude 7", "her three children", "in their thousands", "one of"."""
    rules, text = page.rules, page.text
    if mention.low == mention.high == 1 and text.startswith(" of ", mention.end):
        return True
    if rules.not_before.search(text, max(start, mention.start - 24), mention.start):
        return True
    # The word right before, read backwards from the number (one anchored match, not a search)
    before = _WORD_BEFORE.match(text[max(start, mention.start - 20) : mention.start][::-1])
    if before and before.group(1)[::-1].lower() in rules.possessives:
        return True
    if _joined_possessive(text, max(start, mention.start - 40), mention.start, rules):
        return True
    return not any(map(str.isdigit, mention.text)) and (
        rules.manner_before.search(text, max(start, mention.start - 14), mention.start) is not None
    )


def _joined_possessive(text: str, start: int, end: int, rules: Rules) -> bool:
    """ "her son and 3 …": a possessive two words before "and"/"or" right before the number
    (the regex only runs when the words before end with "and"/"or" and a space)."""
    if not text[end - 1 : end].isspace() or start >= end:
        return False
    if not text[start:end].rstrip().endswith(("and", "or")):
        return False
    joined = _POSSESSED.search(text, start, end)
    return joined is not None and joined.group(1).lower() in rules.possessives

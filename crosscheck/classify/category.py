"""The category of a count: which trigger word, or which counted noun, the number belongs to.

In order: a trigger tied to the number by a link ("the death toll … rose to 147"); a trigger
right before or right after it ("killing 15", "15 soldiers died"; a light verb such as "left"
yields to the word after: "left 3 dead"); for a number that is the subject of its own clause
("5,000 troops have been deployed"), the nearest trigger of its predicate; a counted noun that
names a category ("40 bodies", "300 soldiers"); else the nearest trigger in its clause, never
past a comma after the number.
"""

from __future__ import annotations

import re

from crosscheck._cache import regex
from crosscheck.classify.context import Match, Page
from crosscheck.classify.nouns import NounPhrase
from crosscheck.model import NumberMention

__all__ = ["category_of"]

Span = tuple[int, int]

_REACH = 12
_ADJACENT = 1
_FIRST_WORD = regex(r"\s*([^\W\d_][\w-]*)")
_SEPARATOR = regex(r"[;:—–()]|(?<!\d),|,(?!\d)")
_JOIN = regex(r"[;:]|(?<!\d),|,(?!\d)|\b(?:and|or|but|while|as|then)\b", re.IGNORECASE)
_AUX = regex(
    r"\b(?:have|has|had|were|was|are|is|will)\s+(?:(?:been|being|also|now|still)\s+)*([a-z]+)"
)
_SUBJECT_WORDS = regex(r"\s*([^\W\d_]+)")
_ASIDE = regex(
    r",\s*(?:including|among them|among whom|most of them|many of them|some of them|mostly|"
    r"mainly|all of them|both)\b[^,;:]*,",
    re.IGNORECASE,
)


def _is_subject(page: Page, phrase: NounPhrase, tail: int, clause: Span) -> bool:
    """A counted noun followed by an auxiliary or a past verb: "5,000 troops have been sent"."""
    if phrase.head is None:
        return False
    match = _SUBJECT_WORDS.match(page.text, tail, clause[1])
    if match is None:
        return False
    word = match.group(1)
    return word.lower() in page.rules.subject_verbs or (
        word.islower() and word.endswith("ed") and word not in page.rules.count_category
    )


def _past_aside(text: str, pos: int, end: int) -> int:
    """After an aside that follows the counted noun (", including a 12-year-old boy,")."""
    match = _ASIDE.match(text, pos - 1 if text[pos - 1 : pos] == "," else pos, end)
    return match.end() if match else pos


def _adjacent(page: Page, left: int, right: int) -> bool:
    """At most one word between, and no conjunction or comma ("injured and 5,000 troops")."""
    return page.gap(left, right) <= _ADJACENT and not _JOIN.search(page.text, left, right)


def _nearest(page: Page, span: Span, triggers: list[Match]) -> Match | None:
    best: tuple[int, int, str] | None = None
    found = None
    for trigger in triggers:
        distance = page.distance(span, (trigger.start, trigger.end))
        if distance > _REACH:
            continue
        rank = (distance, 0 if trigger.start >= span[1] else 1, trigger.label)
        if best is None or rank < best:
            best, found = rank, trigger
    return found


def category_of(
    page: Page, mention: NumberMention, clause: Span, phrase: NounPhrase
) -> tuple[str, Match | None]:
    rules, text = page.rules, page.text
    span = (mention.start, mention.end)
    triggers = [
        t
        for t in page.within(page.triggers, *clause)
        if not (t.start < mention.end and t.end > mention.start)
    ]
    if not triggers:  # every branch below comes to the counted noun's category
        return _noun_category(page, mention, phrase) or "other_count", None
    base = max(mention.end, phrase.end)
    tail = _past_aside(text, base, clause[1])
    edge = base - 1 if tail == base and text[base - 1 : base] == "," else tail
    before = [t for t in triggers if t.end <= mention.start]
    after = [t for t in triggers if t.start >= tail]
    main = [t for t in triggers if t.label not in rules.fallback]
    if before and rules.links.search(text, before[-1].end, mention.start):
        return before[-1].label, before[-1]
    next_to = after[0] if after and _adjacent(page, tail, after[0].start) else None
    if before and before[-1] in main and _adjacent(page, before[-1].end, mention.start):
        light = text[before[-1].start : before[-1].end].lower() in rules.light_verbs
        named = rules.count_category.get(phrase.head.lower()) if phrase.head else None
        if light and named is not None:
            return named, None
        if not (light and next_to is not None and next_to in main):
            return before[-1].label, before[-1]
    noun = _noun_category(page, mention, phrase)
    if next_to is not None and next_to in main:
        predicate = _predicate_after(page, next_to, clause, tail)
        if predicate is None:
            return next_to.label, next_to
        found = _nearest(page, span, [t for t in main if t.start >= predicate])
        if found is not None:
            return found.label, found
        return (noun or "other_count"), None
    stop = _SEPARATOR.search(text, edge, clause[1])
    if stop is not None:
        main = [t for t in main if t.start < stop.start()]
        triggers = [t for t in triggers if t.start < stop.start()]
        after = [t for t in after if t.start < stop.start()]
    if _is_subject(page, phrase, tail, clause):
        found = _nearest(page, span, [t for t in after if t in main])
        if found is not None:
            return found.label, found
        return (noun or "other_count"), None
    if noun is not None:
        return noun, None
    found = _nearest(page, span, main) or _nearest(page, span, triggers)
    return (found.label, found) if found is not None else ("other_count", None)


def _predicate_after(page: Page, participle: Match, clause: Span, tail: int) -> int | None:
    """Where the predicate starts when a participle only describes the counted noun.

    "Eleven of the students abducted from the school have escaped": "abducted" is no predicate
    of "Eleven", "have escaped" is. None when the participle is the predicate, or when what
    follows only tells the state of the counted ("The eight miners injured in the collapse are in
    stable condition": no verb after the auxiliary, so "injured" counts them).
    """
    text = page.text
    word = text[participle.start : participle.end]
    if " " in word or not word.lower().endswith("ed") or text[tail : participle.start].strip():
        return None
    stop = _JOIN.search(text, participle.end, clause[1])
    aux = _AUX.search(text, participle.end, stop.start() if stop else clause[1])
    if aux is None:
        return None
    verb = aux.group(1)
    if not (verb.endswith(("ed", "en")) or verb in page.rules.count_category):
        return None
    return aux.start()


def _noun_category(page: Page, mention: NumberMention, phrase: NounPhrase) -> str | None:
    rules = page.rules
    if phrase.head is not None:
        head = phrase.head.lower()
        found = rules.noun_category.get(head) or rules.noun_category.get(rules.canonical_noun(head))
        if found is not None:
            return found
    first = _FIRST_WORD.match(page.text, mention.end)
    return rules.noun_category.get(first.group(1).lower()) if first else None

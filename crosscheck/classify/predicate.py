"""A count's predicate outside its own clause: past a relative aside, or a toll named before.

"About 200 tenants of the tower, which stands next to the site, were moved to hotels": the
clause of 200 ends at the aside, whose closing comma opens the count's own predicate.
"The number of people killed when the dam burst on Monday has risen to 52": 52 has no noun
and no trigger of its own; the link ("has risen to") ties it to the trigger said before it.
"""

from __future__ import annotations

import re

from crosscheck._cache import regex
from crosscheck.classify.context import Match, Page
from crosscheck.classify.sentences import Sentence
from crosscheck.model import NumberMention

__all__ = ["linked_before", "predicate_past_aside"]

Span = tuple[int, int]

_RELATIVE = regex(r"\s*(?:which|who)\s", re.IGNORECASE)
_PREDICATE = regex(r",\s+(?=([a-z]+)\b)")
_REACH = 4


def predicate_past_aside(page: Page, sentence: Sentence, clause: Span) -> tuple[Match, int] | None:
    """The trigger that opens the predicate after a relative aside closing the clause, with the
    end of that predicate's clause."""
    text, rules = page.text, page.rules
    aside = sentence.clause_at(clause[1])
    if aside[0] < clause[1] or not _RELATIVE.match(text, aside[0], aside[1]):
        return None
    for comma in _PREDICATE.finditer(text, aside[0], aside[1]):
        if comma.group(1) not in rules.subject_verbs:
            continue
        for trigger in page.within(page.triggers, comma.end(), aside[1]):
            if page.gap(comma.end(), trigger.start) > _REACH:
                break
            if trigger.label not in rules.fallback:
                return trigger, aside[1]
        return None
    return None


def linked_before(
    page: Page, sentence: Sentence, clause: Span, mention: NumberMention
) -> Match | None:
    """A trigger in the clause before, when the count's clause only links to it ("The number of
    people killed when … has risen to 52")."""
    text, rules = page.text, page.rules
    if not rules.links.search(text, max(clause[0], mention.start - 24), mention.start):
        return None
    if page.within(page.triggers, clause[0], mention.start):
        return None
    before = page.within(page.triggers, sentence.start, clause[0])
    main = [t for t in before if t.label not in rules.fallback]
    return main[-1] if main else None

"""Parts and states of counts: "112 of them" counts part of the count before it, and counted
things keep what happened to them ("85 homes destroyed" is not "40 homes damaged")."""

from __future__ import annotations

import re
from typing import NamedTuple

from crosscheck._cache import regex
from crosscheck.classify.context import Page
from crosscheck.classify.nouns import NounPhrase
from crosscheck.model import NumberMention

__all__ = ["Referent", "included_in", "with_state"]

Span = tuple[int, int]


class Referent(NamedTuple):
    """The last count read, for a following "N of them"."""

    sentence: int
    phrase: NounPhrase
    category: str
    value_text: str
    end: int = 0
    """Where its value ends."""


_STATE_BEFORE = regex(r"([^\W\d_]+)(?:\s+([^\W\d_]+))?\s+$")
_STATE_AFTER = regex(
    r"\s+(?:(?:were|was|are|is|have been|has been|had been|been|being)\s+)?"
    r"([^\W\d_]+)(?:\s+([^\W\d_]+))?"
)


def with_state(
    page: Page, subject: str, mention: NumberMention, phrase: NounPhrase, clause: Span
) -> str:
    """The subject of counted things with what happened to them: "homes destroyed"."""
    text, states = page.text, page.rules.thing_states
    found = [
        _STATE_BEFORE.search(text, max(clause[0], mention.start - 30), mention.start),
        _STATE_AFTER.match(text, phrase.end, clause[1]),
    ]
    for match in found:
        if match is None:
            continue
        words = [w.lower() for w in match.groups() if w]
        candidates = (
            [" ".join(words), words[-1]]
            if match.re is _STATE_BEFORE
            else [" ".join(words), words[0]]
        )
        for key in candidates:
            if key in states:
                return f"{subject} {states[key]}"
    return subject


_INCLUDING = regex(
    r"\b(?:including|among them|among whom|among those|among the dead|among the injured|"
    r"among the victims|of whom|of which)\b[^,;:]{0,40}$",
    re.IGNORECASE,
)


def included_in(
    page: Page, mention: NumberMention, index: int, before: Referent | None
) -> Referent | None:
    """The count just before in the sentence when this one is in an aside that names part of it
    ("killed 12 people, including three children")."""
    if before is None or before.sentence != index:
        return None
    return before if _INCLUDING.search(page.text, before.end, mention.start) else None

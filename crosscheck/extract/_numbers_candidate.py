"""Cheap patterns that find where the full ones may match: the candidate, where a number may
start; ``after_pattern``, whether anything the checks after a number look for follows it; the
guards of the full pattern's forms; and the ``Endings`` of word lists, for a cheap test before a
search for one of their words at the end of a window.

The candidate finds the places where a number may start in one pass over a text.

Every form of the full pattern starts after a non-word character (or at the start of the text),
so the candidate consumes that character: a pattern that opens with a character class lets the
engine skip, in C, every position inside a word. The lookahead then tests at once that the next
character opens some form. The pattern is compiled without IGNORECASE (its tries spell out both
cases) so that the engine skips a branch on its first character; and the words it looks for
(number words, currency codes, "a"/"an") share one trie, so each place costs one branch per
first letter, not one per word list. Only where a candidate starts matters, not where it ends.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from crosscheck.extract._tries import lowered_variants, trie, variants

__all__ = [
    "Endings",
    "after_pattern",
    "candidate_pattern",
    "endings",
    "first_letters",
    "guard",
    "month_ends",
]


def candidate_pattern(
    triggers: Collection[str],
    articles: Collection[str],
    follow: Collection[str],
    codes: Collection[str],
    symbols: str,
    lowered: bool = False,
) -> str:
    """``triggers``: words that open a number, followed by a word boundary; ``articles``: words
    that open one only before a word of ``follow``; ``codes``: currency codes, before a digit,
    a point or a dollar sign; ``symbols``: the currency signs (caseless); ``lowered``: for a
    text lower-cased by ``str.lower()`` (to the same length)."""
    words = [*triggers, *articles, *codes]
    # Each word list ends with its own marker, a character no word holds, and the trie spells
    # the marker as what must follow a word of that list.
    used = {ch for word in words for ch in word.lower()}
    free = (ch for ch in map(chr, range(0xE000, 0xF900)) if ch not in used)
    word_end, article_end, code_end = next(free), next(free), next(free)
    ends = {
        word_end: r"\b",
        article_end: rf"\s*-?\s*(?:{trie(follow, fold=True, lowered=lowered)})",
        code_end: r"\s?(?=[\d.$])",
    }
    marked = [
        *(w + word_end for w in triggers),
        *(w + article_end for w in articles),
        *(w + code_end for w in codes),
    ]
    case = lowered_variants if lowered else variants
    firsts = "".join(sorted({v for w in words for v in case(w[:1])}))
    words_trie = trie(marked, fold=True, lowered=lowered, ends=ends)
    return (
        rf"\W(?=[\d\-−.{re.escape(symbols + firsts)}])"
        rf"(?:\d|[-−]\.?\d|\.\d|[{re.escape(symbols)}]|{words_trie})"
    )


def after_pattern(word_lists: Collection[Collection[str]]) -> str:
    """A pattern that matches wherever one of the patterns after a number may: a word of one of
    ``word_lists`` (currencies, units, months and "of", ages, clock words) after spaces or
    dashes and maybe an ordinal suffix, or a digit after ``:``, ``.`` or ``/``. Compiled without
    IGNORECASE (its trie spells out both cases), it mostly fails at the first letter; ``""``
    (a match anywhere) when an empty list or word would let a full pattern match anything."""
    words = {re.sub(r"^[\s-]+", "", word) for words in word_lists for word in words}
    if not all(word_lists) or "" in words:
        return ""
    ordinal = trie(["st", "nd", "rd", "th"], fold=True)
    return rf"(?:{ordinal})?[\s-]*+(?:{trie(words, fold=True)})|[:./]\d"


def first_letters(words: Iterable[str], lowered: bool = False) -> str:
    """The first characters of ``words`` (lower case) for a guard's class (of a pattern compiled
    with IGNORECASE; with ``lowered``, of one for a lower-cased text: their
    ``lowered_variants``); ``""`` (no guard) if a word has none, or opens with a space or a dash
    (which the guards skip)."""
    firsts = {w[:1].lower() for w in words}
    if not firsts or "" in firsts or "-" in firsts or any(ch.isspace() for ch in firsts):
        return ""
    if lowered:
        firsts = {v for ch in firsts for v in lowered_variants(ch)}
    return re.escape("".join(sorted(firsts)))


def guard(before: str, firsts: str) -> str:
    """A lookahead that only spares the engine work (where it fails, so does what follows):
    ``before``, then one of ``firsts``; ``""`` when there are none."""
    return f"(?={before}[{firsts}])" if firsts else ""


Endings = tuple[dict[str, tuple[str, ...]], int] | None
"""The last words of a word list (lower case) by their last letter, and the longest one's length,
for a cheap test before searching for one of the list at the end of a window (a text ends with
one of them only if it ends with one of those of its last letter: a short tuple for
``str.endswith``, not the whole list); ``None`` when that test could miss a match (a word that
is not ASCII, or ends with what the pattern skips)."""


def _by_last(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Non-empty ``words`` by their last character, each group in the order given."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[-1], []).append(word)
    return {last: tuple(group) for last, group in groups.items()}


def endings(words: Iterable[str], skipped: str = "") -> Endings:
    ends = set()
    for word in words:
        parts = word.lower().split()
        if not parts or not word.isascii() or parts[-1][-1] in skipped:
            return None
        ends.add(parts[-1])
    return (_by_last(sorted(ends)), max(map(len, ends), default=0)) if ends else None


def month_ends(forms: list[str]) -> Endings:
    """The month forms by their last letter, and the longest one's length, for the cheap test
    before ``month_before``; ``None`` unless each is letters with a capital (the test skips a
    window without one)."""
    fine = all(form.isalpha() and any(ch.isupper() for ch in form) for form in forms)
    return (_by_last(forms), max(map(len, forms))) if forms and fine else None

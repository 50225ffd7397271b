"""find_numbers: every numeric expression in a text, normalised to an interval.

The scan (``_numbers_scan``) finds single numbers with one compiled regex per lexicon and drops
dates, times, ages, ordinals, labels and IDs; this module joins ranges ("200 to 300", "between
200 and 300"), drops sports scores ("a 3-2 win"), and applies qualifiers ("more than", "about").
Word lists live in ``lexicons/numbers.toml``; see the report contract for the value table.
"""

from __future__ import annotations

import re

from crosscheck._cache import regex
from crosscheck.extract._numbers_lexicon import Compiled, compile_numbers
from crosscheck.extract._numbers_rules import may_end_with
from crosscheck.extract._numbers_scan import scan
from crosscheck.extract._numbers_values import Atom, exact, percent_interval, qualify
from crosscheck.lexicon import Lexicon, default_lexicon
from crosscheck.model import NumberMention

__all__ = ["find_numbers"]

_RANGE_GAP = regex(r"\s*(?:(?P<dash>[-–—])|(?P<word>to|and|or|-to-))\s*", re.IGNORECASE)
_BETWEEN = regex(r"(?<![\w])between\s+$", re.IGNORECASE)
_FROM = regex(r"(?<![\w])from\s+$", re.IGNORECASE)


def find_numbers(text: str, lexicon: Lexicon | None = None) -> list[NumberMention]:
    """Every numeric expression of ``text``, sorted, non-overlapping, with exact offsets."""
    c = compile_numbers(lexicon if lexicon is not None else default_lexicon())
    # The patterns that look for words are quicker on the text lower-cased (literal letters,
    # no IGNORECASE): unless that moves offsets (a dotted capital I), they read it.
    folded = text.lower()
    lowered = folded if len(folded) == len(text) else None
    atoms = _join_ranges(text, scan(text, c, lowered), c)
    mentions: list[NumberMention] = []
    previous_end = 0
    for atom in atoms:
        mention = _qualified(text, lowered, atom, previous_end, c)
        mentions.append(mention)
        previous_end = mention.end
    return mentions


def _join_ranges(text: str, atoms: list[Atom], c: Compiled) -> list[Atom]:
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        gap = _RANGE_GAP.fullmatch(text, a.end, b.start) if b is not None else None
        if b is None or gap is None:
            out.append(a)
            i += 1
            continue
        if gap.group("dash") and _score(text, a, b, c):
            i += 2
            continue
        joined = _range(text, a, b, gap)
        if joined is None:
            out.append(a)
            i += 1
            continue
        out.append(joined)
        i += 2
    return out


def _score(text: str, a: Atom, b: Atom, c: Compiled) -> bool:
    """'2-0', 'a 3-2 win', 'drew 1-1': two small whole numbers joined by a dash."""
    values = (a.low, a.high, b.low, b.high)
    if any(v is None or v != int(v) or not 0 <= v <= 99 for v in values) or a.unit or b.unit:
        return False
    assert a.low is not None and b.low is not None
    if a.low >= b.low:
        return True
    around = text[max(0, a.start - 30) : a.start] + " " + text[b.end : b.end + 20]
    return c.score_near.search(around) is not None


def _range(text: str, a: Atom, b: Atom, gap: re.Match[str]) -> Atom | None:
    word = (gap.group("word") or "").lower()
    between = _BETWEEN.search(text, max(0, a.start - 10), a.start)
    if word == "and" and not between:
        return None
    if a.low != a.high or b.low != b.high or a.low is None or b.low is None:
        return None
    if (a.unit and a.unit != b.unit) or (a.percent and not b.percent):
        return None
    low, high = a.low, b.low
    if b.percent and not a.percent and a.unit is None and a.base is not None:
        low = percent_interval(a.base)[0]
    elif _shares_scale(a, b):
        assert a.base is not None and b.base is not None
        low = exact(a.base * (b.low / b.base))
    if not low < high:
        return None
    if word in ("or",) and high > 10 * low:
        return None
    start = between.start() if between else a.start
    return Atom(start, b.end, low, high, a.approximate or b.approximate, b.unit or a.unit)


def _shares_scale(a: Atom, b: Atom) -> bool:
    """'1 to 2 million': the first number takes the second's scale word."""
    if not b.scaled or a.scaled or a.base is None or not b.base:
        return False
    return a.base < b.base and a.unit in (None, b.unit)


def _qualified(
    text: str, lowered: str | None, atom: Atom, previous_end: int, c: Compiled
) -> NumberMention:
    start, end = atom.start, atom.end
    m = None
    if start and text[start - 1].isspace():  # the pattern ends with a space
        window = max(previous_end, start - 40)
        if may_end_with(text[window:start].rstrip(), c.qualifier_ends):
            if lowered is not None:
                m = c.qualifier_before.search(lowered, window, start)
            else:
                m = c.cased_qualifier_before.search(text, window, start)
    if m is None or _FROM.search(text, window, m.start()):
        return NumberMention(
            start, end, text[start:end], atom.low, atom.high, atom.approximate, atom.unit
        )
    kind = c.qualifiers[" ".join(m.group("q").lower().split())]
    low, high, approx = qualify(kind, atom.low, atom.high, atom.approximate)
    return NumberMention(m.start(), end, text[m.start() : end], low, high, approx, atom.unit)

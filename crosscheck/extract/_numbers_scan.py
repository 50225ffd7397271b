"""The scanner: one compiled regex finds candidate numbers; each becomes an Atom or is dropped."""

from __future__ import annotations

import re

from crosscheck.extract import _numbers_rules as rules
from crosscheck.extract._numbers_lexicon import Compiled
from crosscheck.extract._numbers_units import finish_digits, finish_words, unit_follows
from crosscheck.extract._numbers_values import (
    Atom,
    exact,
    fraction_interval,
    plural_interval,
    vague_interval,
)

_SINGULAR_FRACTION_OK = frozenset({"of", "the", "more", "less", "fewer", "as", "that", "than"})
_HALF_BAD_BEFORE = frozenset({"first", "second", "the", "other", "this", "that", "in", "its"})


def scan(text: str, c: Compiled, lowered: str | None) -> list[Atom]:
    """The numbers of ``text``; ``lowered``: the text lower-cased, or None when that moved
    offsets."""
    atoms: list[Atom] = []
    pos = 0
    # The candidate pattern consumes the non-word character before a number: in ``padded``
    # that character sits at the index where the number starts in ``text``. It looks at the
    # text lower-cased when it can (see _numbers_candidate), and so does the full pattern (see
    # _numbers_forms); the handlers read the text as it is.
    if lowered is not None:
        matched, find, match = lowered, c.candidate.search, c.master.match
    else:
        matched, find, match = text, c.cased_candidate.search, c.cased_master.match
    padded = " " + matched
    while (hint := find(padded, pos)) is not None:
        start = hint.start()
        m = match(matched, start)
        if m is None:
            pos = start + 1
            continue
        kind = m.lastgroup
        handler = _HANDLERS.get(kind or "") or _HANDLERS[_first_group(m)]
        atom, resume = handler(text, m, c)
        if atom is None and kind in _FALLBACK:
            plain = c.simple.match(text, start)
            if plain is not None:
                atom, resume = _atom(text, plain, c)
        if atom is not None:
            atoms.append(atom)
        pos = resume if resume > start else start + 1
    return atoms


_FALLBACK = frozenset({"half", "inof", "frac"})


def _atom(text: str, m: re.Match[str], c: Compiled) -> tuple[Atom | None, int]:
    kind = m.lastgroup if m.lastgroup in _HANDLERS else _first_group(m)
    return _HANDLERS[kind](text, m, c)


def _first_group(m: re.Match[str]) -> str:
    for name in _HANDLERS:
        if m.group(name) is not None:
            return name
    raise AssertionError(m.group())


def _scale_word(c: Compiled, word: str) -> float:
    word = word.lower()
    return float(c.scales.get(word, c.scales.get(word[:-1], 1)))


def _vague_of(text: str, m: re.Match[str], c: Compiled) -> tuple[Atom | None, int]:
    first = " ".join(m.group("vof").lower().split()[:-2])
    times = _scale_word(c, m.group("vofs"))
    if first in c.vague:
        low, high = vague_interval(c.vague[first], times)
    else:
        low, high = plural_interval(_scale_word(c, first), times)
    return Atom(m.start(), m.end(), low, high, True), m.end()


def _vague_scaled(text: str, m: re.Match[str], c: Compiled) -> tuple[Atom | None, int]:
    word = m.group("vsc")[: m.start("vscs") - m.start()].strip()
    vague = c.vague[" ".join(word.lower().split())]
    low, high = vague_interval(vague, _scale_word(c, m.group("vscs")))
    return Atom(m.start(), m.end(), low, high, True), m.end()


def _plural(text: str, m: re.Match[str], c: Compiled) -> tuple[Atom | None, int]:
    low, high = plural_interval(_scale_word(c, m.group("pl")))
    return Atom(m.start(), m.end(), low, high, True), m.end()


def _vague_alone(text: str, m: re.Match[str], c: Compiled) -> tuple[Atom | None, int]:
    low, high = vague_interval(c.vague[" ".join(m.group("val").lower().split())], 1)
    return Atom(m.start(), m.end(), low, high, True), m.end()


def _half(text: str, m: re.Match[str], c: Compiled) -> tuple[Atom | None, int]:
    if m.group("halfs"):
        whole = m.group("halfs").lower()
        value = c.groups.get(whole) or c.scales.get(whole, 1)
        return Atom(m.start(), m.end(), exact(value / 2), exact(value / 2)), m.end()
    before = rules.word_before(text, m.start())
    if before is not None and before.lower() in _HALF_BAD_BEFORE:
        return None, m.end()
    if text[m.end() : m.end() + 1] == "-" or text[m.start() - 1 : m.start()] == "-":
        return None, m.end()
    after = rules.next_word(text, m.end())
    if after not in _SINGULAR_FRACTION_OK and after not in _DETERMINERS:
        return None, m.end()
    return Atom(m.start(), m.end(), 0.5, 0.5, False, "fraction"), m.end()


_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "all",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "those",
        "these",
        "them",
        "this",
        "us",
        "what",
        "were",
        "are",
        "was",
        "is",
        "say",
        "said",
    }
)


def _number(token: str, c: Compiled) -> float | None:
    token = token.lower()
    if token.isdigit():
        return float(token)
    if token in ("a", "an"):
        return 1.0
    value = c.cardinals.get(token)
    return float(value) if value is not None else None


def _in_of(text: str, m: re.Match[str], c: Compiled) -> tuple[Atom | None, int]:
    a, b = _number(m.group("ia"), c), _number(m.group("ib"), c)
    if a is None or b is None or not 0 < a < b or unit_follows(text, m, c):
        return None, m.start("ia") + len(m.group("ia"))
    low, high = fraction_interval(a / b)
    return Atom(m.start(), m.end(), low, high, False, "fraction"), m.end()


def _fraction(text: str, m: re.Match[str], c: Compiled) -> tuple[Atom | None, int]:
    numerator = _number(m.group("fa"), c)
    word = m.group("fd").lower()
    denominator = c.fractions[word]
    singular = word in (
        "half",
        "third",
        "quarter",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
    )
    if numerator is None:
        return None, m.end()
    if numerator == 1 and singular:
        after = rules.next_word(text, m.end())
        glued = text[m.end() : m.end() + 1] == "-"
        if glued or (
            after is not None
            and after not in _SINGULAR_FRACTION_OK
            and text[m.end() : m.end() + 1] == " "
        ):
            return None, m.end()
    low, high = fraction_interval(numerator / denominator)
    return Atom(m.start(), m.end(), low, high, False, "fraction"), m.end()


_HANDLERS = {
    "vof": _vague_of,
    "vsc": _vague_scaled,
    "pl": _plural,
    "val": _vague_alone,
    "half": _half,
    "inof": _in_of,
    "frac": _fraction,
    "dig": finish_digits,
    "words": finish_words,
}

__all__ = ["Atom", "scan"]

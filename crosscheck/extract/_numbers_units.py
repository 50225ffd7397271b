"""Digit and word numbers: their scale, percent, currency and unit, and the rules that drop them."""

from __future__ import annotations

import re

from crosscheck._cache import regex
from crosscheck.extract import _numbers_rules as rules
from crosscheck.extract._numbers_lexicon import Compiled
from crosscheck.extract._numbers_values import (
    Atom,
    exact,
    fraction_interval,
    lookup,
    parse_words,
    percent_interval,
)

_MINUS = regex(r"(?<![\w])(?:minus|negative)[\s-]$", re.IGNORECASE)
_SLASH_FRACTION = regex(r"/(\d{1,3})(?![\d/])")
_GROUPED = regex(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_WORD_REST = regex(r"[\w.,-]*")


def _lowered(m: re.Match[str], c: Compiled) -> str | None:
    """The text lower-cased, if ``m`` was matched on it (see _numbers_forms), else None."""
    return m.string if m.re is c.master else None


def _suffix(text: str, end: int, c: Compiled, lowered: str | None) -> tuple[str | None, int]:
    """A currency word or a unit right after the number, and where it ends (looked for in
    ``lowered``, the text lower-cased, unless None)."""
    if lowered is not None:
        currency, unit_after, seen = c.lowered_currency_after, c.lowered_unit_after, lowered
    else:
        currency, unit_after, seen = c.currency_after, c.unit_after, text
    m = currency.match(seen, end)
    if m:
        return lookup(c.currency_suffix, m.group("c")), m.end()
    m = unit_after.match(seen, end)
    if m:
        word = m.group("u") or m.group("u1")
        if m.group("u1") and text[end : end + 1].isspace():
            return None, end
        return lookup(c.units, word), m.end()
    return None, end


_DIGIT_GROUPS = ("cur", "neg", "num", "mult", "ms", "mg", "mp", "pct")


def finish_digits(text: str, m: re.Match[str], c: Compiled) -> tuple[Atom | None, int]:
    start, end = m.span()
    cur, neg, raw, mult, ms, mg, mp, pct = m.group(*_DIGIT_GROUPS)
    if "," in raw and not _GROUPED.fullmatch(raw):
        return None, end
    base = float(raw.replace(",", ""))
    if neg or _minus_before(text, start):
        base = -base
    currency = lookup(c.currency_prefix, cur) if cur else None
    multiplier = 1.0
    if ms:
        words = ms.lower().split()
        for word in words:
            multiplier *= float(c.scales.get(word, 1))
        if words == ["hundred"] and base >= 100 and base % 100 == 0:
            multiplier = 1.0  # "700 hundred": a slip for 700
    elif mg:
        multiplier = float(c.glued[mg.lower()])
    elif mp:
        multiplier = float(c.spaced[mp.lower()])
    # (exact() of a whole number is itself; but it turns -0.0 into 0.0)
    value = base if multiplier == 1.0 and base and base.is_integer() else exact(base * multiplier)
    num_start, num_end = m.span("num")
    unit = currency
    percent = bool(pct)
    # Nothing that the checks after the number look for follows it (the common case).
    quiet = not (mult or pct) and c.after_any.match(text, end) is None
    low = high = value
    if percent:
        low, high = percent_interval(value)
        unit = "fraction"
    else:
        found, after = (None, end) if quiet else _suffix(text, end, c, _lowered(m, c))
        if found is not None:
            if unit is None or found in ("cent", "pence"):
                unit = found
            end = after
        if currency is None and found is None and not quiet:
            slash = _SLASH_FRACTION.match(text, num_end)
            if slash and not mult and base <= 3 and 0 < base < int(slash.group(1)):
                low, high = fraction_interval(base / int(slash.group(1)))
                return Atom(start, slash.end(), low, high, False, "fraction", base), slash.end()
    if end < len(text) and (text[end].isalnum() or text[end] == "_"):
        return None, _skip_word(text, end)
    if rules.in_code(text, num_start, num_end):
        return None, end
    plain = not (cur or mult or pct)
    if _dropped(text, num_start, num_end, value, raw, plain, unit, c, quiet):
        return None, end
    if not (cur or unit or mult or pct or "," in raw) and rules.label(text, start, c):
        return None, end  # "Section 427", "iPhone 11"
    return Atom(start, end, low, high, False, unit, base, multiplier != 1.0, percent), end


_LAST_LETTERS = "sSſeE"  # what re.IGNORECASE takes for the last letters of "minus", "negative"


def _minus_before(text: str, start: int) -> bool:
    """'minus 5', 'negative 3': ``_MINUS`` ends with the word, a space or a dash, and maybe a
    final newline, so the letter that ends the word ('s' or 'e', in any case) is looked at
    first."""
    if start < 6:  # "minus " does not fit
        return False
    gap = text[start - 1]
    if gap != "-" and not gap.isspace():
        return False
    if text[start - 2] not in _LAST_LETTERS and not (
        gap == "\n" and text[start - 3] in _LAST_LETTERS
    ):
        return False
    return _MINUS.search(text, max(0, start - 10), start) is not None


def _skip_word(text: str, pos: int) -> int:
    m = _WORD_REST.match(text, pos)
    return m.end() if m else pos + 1


def _dropped(
    text: str,
    num_start: int,
    num_end: int,
    value: float,
    raw: str,
    plain: bool,
    unit: str | None,
    c: Compiled,
    quiet: bool,
) -> bool:
    """A date, a time, an ID, an age or a year, not a quantity (``plain``: without a currency,
    a scale or a percent)."""
    if plain and rules.clock_or_date(text, num_start, num_end, c, quiet):
        return True
    if rules.hyphen_id(text, num_start, c.hyphen_prefixes):
        return True
    if plain and rules.age(text, num_start, num_end, c, quiet):
        return True
    four_digits = plain and unit is None and raw.isdigit() and len(raw) == 4
    return four_digits and rules.year(text, num_start, num_end, value, c)


def finish_words(text: str, m: re.Match[str], c: Compiled) -> tuple[Atom | None, int]:
    spans = [
        (t.group(), t.start(), t.end()) for t in c.word_token.finditer(text, m.start(), m.end())
    ]
    if m.group("words")[:2].lower() in ("a ", "an") and spans and spans[0][0].lower() != "a":
        first = m.group("words").split()[0]
        spans.insert(0, (first, m.start(), m.start() + len(first)))
    parsed = parse_words([s[0] for s in spans], c)
    if parsed is None:
        return None, m.end()
    value, used = parsed
    start, end = m.start(), spans[used - 1][2]
    if c.ordinal_word_after.match(text, end):
        return None, _skip_word(text, end)
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        tail = re.match(r"-([a-z]+)", text[end : end + 20], re.IGNORECASE)
        if tail and lookup(c.units, tail.group(1)) is None:
            return None, end
    if used == 1 and spans[0][0].lower() == "one" and rules.pronoun_one(text, start, end, c):
        return None, end
    if rules.age(text, start, end, c):
        return None, end
    pct = c.percent_after.match(text, end)
    if pct:
        low, high = percent_interval(value)
        return Atom(start, pct.end(), low, high, False, "fraction", value, False, True), pct.end()
    unit, after = _suffix(text, end, c, _lowered(m, c))
    if unit is not None:
        end = after
    scaled = any(s[0].lower() in c.scales for s in spans[:used])
    return Atom(start, end, value, value, False, unit, value, scaled), end


def unit_follows(text: str, m: re.Match[str], c: Compiled) -> bool:
    """Whether a unit follows the match ``m`` of the full pattern."""
    lowered = _lowered(m, c)
    if lowered is not None:
        return c.lowered_unit_after.match(lowered, m.end()) is not None
    return c.unit_after.match(text, m.end()) is not None


__all__ = ["finish_digits", "finish_words", "unit_follows"]

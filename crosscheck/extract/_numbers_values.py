"""Values: number words to numbers, fractions and qualifiers to intervals."""

from __future__ import annotations

import math
from collections.abc import Mapping

from crosscheck.extract._numbers_lexicon import Compiled, Vague

Interval = tuple[float | None, float | None, bool]
"""(low, high, approximate)."""


class Atom:
    """A number found in the text, before ranges and qualifiers are applied. Never changed once
    made. A plain class: a frozen dataclass is made ~5x slower (one is made per number), and
    making a dataclass costs ~0.4 ms at every start."""

    __slots__ = ("approximate", "base", "end", "high", "low", "percent", "scaled", "start", "unit")

    def __init__(
        self,
        start: int,
        end: int,
        low: float | None,
        high: float | None,
        approximate: bool = False,
        unit: str | None = None,
        base: float | None = None,  # the written number before its scale ("1.2" of "1.2m")
        scaled: bool = False,  # a scale word or suffix was written ("million", "k", "bn")
        percent: bool = False,
    ) -> None:
        self.start, self.end, self.low, self.high = start, end, low, high
        self.approximate, self.unit, self.base = approximate, unit, base
        self.scaled, self.percent = scaled, percent


def exact(value: float) -> float:
    """Floats that hold an integer come out integral (``4000.0``), others rounded to 12 digits."""
    rounded = round(value)
    return (
        float(rounded) if abs(value - rounded) < 1e-9 * max(1.0, abs(value)) else round(value, 12)
    )


def fraction_interval(value: float) -> tuple[float, float]:
    """A fraction as the contract gives it: exact when it has 3 decimals, else 0.333–0.334."""
    scaled = value * 1000
    if abs(scaled - round(scaled)) < 1e-6:
        return exact(value), exact(value)
    return math.floor(scaled) / 1000, math.ceil(scaled) / 1000


def percent_interval(percent: float) -> tuple[float, float]:
    """25% → 0.25; a whole percent that rounds a third (33%, 67%) reads as that third."""
    if percent == int(percent) and 0 < percent < 100:
        thirds = round(percent * 3 / 100)
        if thirds % 3 and abs(thirds * 100 / 3 - percent) < 0.5:
            return fraction_interval(thirds / 3)
    value = percent / 100
    return round(value, 12), round(value, 12)


def vague_interval(vague: Vague, scale: float) -> tuple[float, float]:
    low = exact(vague.low * scale)
    if vague.high is not None:
        return low, exact(vague.high * scale)
    below = vague.below if vague.below is not None else 10 * vague.low
    return low, exact(below * scale - 1)


def plural_interval(scale: float, times: float = 1) -> tuple[float, float]:
    """'hundreds' → 200–999; 'hundreds of thousands' → 200,000–999,999."""
    return exact(2 * scale * times), exact(10 * scale * times - 1)


def parse_words(tokens: list[str], c: Compiled) -> tuple[float, int] | None:
    """The value of number-word tokens and how many tokens it used, or None.

    Stops at the first token that cannot continue the number, so "two and three" gives 2 and
    "twenty one" gives 21 but "five six" gives 5.
    """
    total = 0.0
    current = 0.0
    used = 0
    last: str | None = None  # "unit", "teen", "ten", "scale", "a", "and"
    largest_scale = math.inf
    for i, raw in enumerate(tokens):
        token = raw.lower()
        if not i and (token in c.scales or token in c.groups):
            return None  # a bare "million" or "dozen" ("parts per million", "a baker's dozen")
        if token in ("a", "an"):
            if i:
                break
            last = "a"
            continue
        if token == "and":
            if last != "scale":
                break
            last = "and"
            continue
        if token in c.cardinals:
            value = c.cardinals[token]
            if last in ("unit", "teen"):
                break
            if last == "ten" and not 1 <= value <= 9:
                break
            current += value
            last = "unit" if value < 10 else ("teen" if value < 20 else "ten")
        elif token in c.scales:
            scale = c.scales[token]
            if scale >= largest_scale and last != "a":
                break
            base = current or 1.0
            if scale == 100:
                current = base * 100
            else:
                total += base * scale
                current = 0.0
                largest_scale = scale
            last = "scale"
        elif token in c.groups:
            current = (current or 1.0) * c.groups[token]
            last = "scale"
            largest_scale = 0
        else:
            break
        used = i + 1
    if not used or last == "a":
        return None
    return exact(total + current), used


def qualify(kind: str, low: float | None, high: float | None, approx: bool) -> Interval:
    """Apply a qualifier kind (from numbers.toml) to an interval."""
    if low is None and high is None:
        return low, high, approx
    lo = low if low is not None else high
    hi = high if high is not None else low
    assert lo is not None and hi is not None
    if kind == "above":
        return lo, None, True
    if kind == "at_least":
        return lo, None, approx
    if kind == "below":
        return None, hi, True
    if kind == "at_most":
        return None, hi, approx
    if kind == "about":
        return _ordered(exact(lo - lo / 10), exact(hi + hi / 10))
    if kind in ("nearly", "just_under"):
        return _ordered(exact(hi - hi / 10), hi)
    if kind == "just_over":
        return _ordered(lo, exact(lo + lo / 10))
    return low, high, approx


def _ordered(one: float, two: float) -> Interval:
    """An approximate interval, low end first: a tenth of a negative number ("about -1") moves
    the other way, so its ends come out swapped."""
    return min(one, two), max(one, two), True


def lookup(table: Mapping[str, str], text: str) -> str | None:
    return table.get(" ".join(text.lower().split()))

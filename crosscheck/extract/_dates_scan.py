"""The date scanner: one compiled pattern per lexicon, built from ``lexicons/dates.toml``.

Each kind of date expression is one named pattern in ``_FORMS``, tried in that
order at each position (longer forms first); the words come from the lexicon, never from code.
Month and weekday names must be capitalised; the other words may start with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from crosscheck.lexicon import Lexicon


@dataclass(frozen=True, eq=False)
class Words:
    """The lexicon's date words, lower-cased, as lookup tables for the parser."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    deictic: Mapping[str, int]
    relative: Mapping[str, int]
    ago: Mapping[str, int]
    amounts: Mapping[str, int]
    parts: Mapping[str, str]
    part_days: Mapping[str, tuple[int, int]]
    part_months: Mapping[str, tuple[int, int]]
    bounded: Mapping[str, int]
    context_months: frozenset[str]
    prepositions: frozenset[str]
    year_blockers_before: frozenset[str]
    year_blockers_after: frozenset[str]
    comparatives: frozenset[str]


@dataclass(frozen=True, eq=False)
class Scanner:
    words: Words
    pattern: re.Pattern[str]
    future: re.Pattern[str]


def _table(raw: Mapping[str, Any], name: str) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in raw.get(name, {}).items()}


def _alt(words: Iterable[str], *, capital: bool = False) -> str:
    """An alternation of words, longest first; ``capital`` demands a capital first letter."""
    out = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        parts = [re.escape(piece) for piece in word.split()]
        head, rest = parts[0], r"\s+".join(parts)[len(parts[0]) :]
        first = head[0]
        if capital:
            out.append(first.upper() + head[1:] + rest)
        elif first.isalpha():
            out.append(f"[{first.upper()}{first}]{head[1:]}{rest}")
        else:
            out.append(head + rest)
    return "(?:" + "|".join(out) + ")"


def _words(raw: Mapping[str, Any]) -> Words:
    months = _table(raw, "months") | _table(raw, "month_abbreviations")
    weekdays = _table(raw, "weekdays") | _table(raw, "weekday_abbreviations")
    return Words(
        months=months,
        weekdays=weekdays,
        deictic=_table(raw, "deictic_days"),
        relative=_table(raw, "relative"),
        ago=_table(raw, "ago"),
        amounts=_table(raw, "amounts"),
        parts=_table(raw, "parts"),
        part_days={k: (int(v[0]), int(v[1])) for k, v in _table(raw, "part_days").items()},
        part_months={k: (int(v[0]), int(v[1])) for k, v in _table(raw, "part_months").items()},
        bounded=_table(raw, "bounded"),
        context_months=frozenset(w.lower() for w in raw.get("context_months", [])),
        prepositions=frozenset(w.lower() for w in raw.get("prepositions", [])),
        year_blockers_before=frozenset(w.lower() for w in raw.get("year_blockers_before", [])),
        year_blockers_after=frozenset(w.lower() for w in raw.get("year_blockers_after", [])),
        comparatives=frozenset(w.lower() for w in raw.get("comparatives", [])),
    )


_FORMS = (
    # 2019-03-10
    r"""(?P<iso>(?<![\d-])YEAR-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-]))""",
    # 2019/03/10 · 2019.03.10
    r"""(?P<ymd>(?<![\d/.-])YEAR(?P<ysep>[/.])(?:1[0-2]|0?[1-9])(?P=ysep)(?:[12]\d|3[01]|0?[1-9])(?![\d/]|[.-]\d))""",
    # 3/10/2019 · 03/10/19 · 21-04-2016 · 10.03.2019 (day first when the first number is over
    # 12 or the separator is a full stop; month first otherwise)
    r"""(?P<numeric>(?<![\d/.-])(?:[12]\d|3[01]|0?[1-9])(?:(?P<nsep>/|-)(?:[12]\d|3[01]|0?[1-9])(?P=nsep)(?:\d{4}|\d\d)|\.(?:1[0-2]|0?[1-9])\.\d{4})(?![\d/]|[.-]\d))""",
    # Sunday, March 10th, 2019 · March 10 · Thu., April 2
    r"""(?P<mdy>(?:WEEKDAY\.?,?\s+(?:the\s+)?)?MONTH\s+DAY(?:,?\s+YEAR)?)""",
    # Sunday 10 March 2019 · the 10th of March
    r"""(?P<dmy>(?:WEEKDAY,?\s+)?(?:the\s+)?DAY(?:\s+of)?\s+MONTH(?:,?\s+YEAR)?)""",
    # early March · mid-March 2019 · late last July · the end of March
    r"""(?P<monthpart>PART(?:-|\s+)(?:RELATIVE\s+)?MONTH(?:,?\s+YEAR)?)""",
    # early 2011 · early this year · the end of year · late last year
    r"""(?P<yearpart>PART\s+(?:YEAR|(?:(?:RELATIVE|the)\s+)?(?:fiscal\s+)?year\b))""",
    # earlier this month · later this year
    r"""(?P<bounded>BOUNDED\s+this\s+(?:week|month|year)\b)""",
    # last week · this month · next year · this fiscal year
    r"""(?P<relunit>RELATIVE\s+(?:fiscal\s+)?PERIOD\b)""",
    # two days ago · a week earlier · 3 years later
    r"""(?P<ago>(?:AMOUNT|\d{1,3})\s+COUNTEDs?\s+AGO\b)""",
    # yesterday · today
    r"""(?P<deictic>DEICTIC\b)""",
    # last Sunday · Sunday
    r"""(?P<weekday>(?:RELATIVE\s+)?WEEKDAY_FULL\b)""",
    # last July · September · May 2010
    r"""(?P<month>(?:RELATIVE\s+)?MONTH(?:,?\s+YEAR)?)""",
    # 2014
    r"""(?P<year>(?<![\d,.$£€'])YEAR(?!\d|[.,]\d|%|\s*(?:percent|per\s+cent)\b))""",
)


def _compile(raw: Mapping[str, Any]) -> Scanner:
    words = _words(raw)
    full_months = _table(raw, "months")
    abbreviations = _table(raw, "month_abbreviations")
    month = (
        "(?:"
        + _alt(full_months, capital=True)
        + "|"
        + _alt(abbreviations, capital=True)
        + r"\.?)(?![\w'’-])"
    )
    pieces = {
        "WEEKDAY_FULL": _alt(_table(raw, "weekdays"), capital=True),
        "WEEKDAY": _alt(words.weekdays, capital=True),
        "MONTH": month,
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\w|[:.,]\d)",
        "YEAR": r"(?:1[89]|20)\d\d(?!\w)",
        "PART": _alt(words.parts),
        "RELATIVE": _alt(words.relative),
        "BOUNDED": _alt(words.bounded),
        "PERIOD": _alt(raw.get("period_units", [])),
        "COUNTED": _alt(raw.get("count_units", [])),
        "AMOUNT": _alt(words.amounts),
        "AGO": _alt(words.ago),
        "DEICTIC": _alt(words.deictic),
    }
    token = re.compile("|".join(sorted(pieces, key=len, reverse=True)))
    forms = [token.sub(lambda m: pieces[m.group()], form) for form in _FORMS]
    pattern = re.compile(r"(?<!\w)(?=[^\W_])(?:" + "|".join(forms) + ")")
    future = re.compile(
        r"(?<![\w'])" + _alt(raw.get("future_cues", ["will"])) + r"(?!\w)", re.IGNORECASE
    )
    return Scanner(words, pattern, future)


@lru_cache(maxsize=8)
def scanner(lexicon: Lexicon) -> Scanner:
    """The compiled scanner of a lexicon (cached: a Lexicon hashes by identity)."""
    return _compile(lexicon["dates"])

"""The date scanner: one compiled pattern per lexicon, built from ``lexicons/dates.toml``.

Each kind of date expression is one named pattern in ``_FORMS``, tried in that
order at each position (longer forms first); the words come from the lexicon, never from code.
Month and weekday names may be lower case except the lexicon's ``capital_only`` ones ("march");
the other words may start with a capital. The forms of ``DATEPARSER_FORMS`` are rare shapes that
dateparser reads ("05-Aug-2016", "11/2016", "Q3 2019"); the others are read
by ``_dates_parse``. An optional group is written ``(?:…|)``, not ``(?:…)?`` (same matches,
faster: see ``_dates_trie``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from crosscheck._cache import regex, remember_table
from crosscheck.extract._dates_trie import alternation as _alt
from crosscheck.extract._dates_trie import branches
from crosscheck.lexicon import Lexicon


def _table(raw: Mapping[str, Any], name: str) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in raw.get(name, {}).items()}


def _set(raw: Mapping[str, Any], name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in raw.get(name, []))


def _pairs(raw: Mapping[str, Any], name: str) -> dict[str, tuple[int, int]]:
    return {k: (int(v[0]), int(v[1])) for k, v in _table(raw, name).items()}


class Words:
    """The lexicon's date words, lower-cased, as lookup tables for the parser. (A plain class: a
    dataclass costs every run a few tenths of a millisecond to define.)"""

    __slots__ = (
        *("months", "full_months", "weekdays", "deictic", "relative", "ago", "amounts", "parts"),
        "parts_longest_first",
        *("part_days", "part_months", "part_weekdays", "ordinals", "nth_weekdays", "bounded"),
        *("context_months", "prepositions", "year_blockers_before", "year_blockers_after"),
        *("year_verbs_after", "year_prepositions", "comparatives"),
    )

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.months: Mapping[str, int] = _table(raw, "months") | _table(raw, "month_abbreviations")
        self.full_months = frozenset(_table(raw, "months"))
        self.weekdays: Mapping[str, int] = _table(raw, "weekdays") | _table(
            raw, "weekday_abbreviations"
        )
        self.deictic: Mapping[str, int] = _table(raw, "deictic_days")
        self.relative: Mapping[str, int] = _table(raw, "relative")
        self.ago: Mapping[str, int] = _table(raw, "ago")
        self.amounts: Mapping[str, int] = _table(raw, "amounts")
        self.parts: Mapping[str, str] = _table(raw, "parts")
        self.parts_longest_first = tuple(sorted(self.parts, key=len, reverse=True))
        self.part_days = _pairs(raw, "part_days")
        self.part_months = _pairs(raw, "part_months")
        self.part_weekdays = _pairs(raw, "part_weekdays")
        self.ordinals: Mapping[str, int] = {
            k.replace("-", " "): v for k, v in _table(raw, "ordinals").items()
        }
        self.nth_weekdays: Mapping[str, int] = _table(raw, "nth_weekdays")
        self.bounded: Mapping[str, int] = _table(raw, "bounded")
        self.context_months = _set(raw, "context_months")
        self.prepositions = _set(raw, "prepositions")
        self.year_blockers_before = _set(raw, "year_blockers_before")
        self.year_blockers_after = _set(raw, "year_blockers_after")
        self.year_verbs_after = _set(raw, "year_verbs_after")
        self.year_prepositions = _set(raw, "year_prepositions")
        self.comparatives = _set(raw, "comparatives")


class Scanner:
    """A lexicon's words, its date pattern and its pattern of future cues ("will")."""

    __slots__ = ("future", "pattern", "words")

    def __init__(self, words: Words, pattern: re.Pattern[str], future: re.Pattern[str]) -> None:
        self.words = words
        self.pattern = pattern
        self.future = future


# Read by dateparser (see ``_dates_dp``); every other form is read by ``_dates_parse``.
DATEPARSER_FORMS = frozenset({"ymdname", "dmyname", "mdsep", "monthyear", "quarter"})
# How a form may open: "y" with a year ("2019-03-10"), "n" with a smaller number of one to three
# digits ("3/10/2019", "10 March"), "w" with a word ("Q3 2019", "the 10th"); a form not listed
# opens with a word. At one place only one of the three can hold (a year is four digits).
_OPENINGS = {
    **dict.fromkeys(("iso", "ymd", "ymdname", "year"), "y"),
    **dict.fromkeys(("dmyname", "numeric"), "n"),
    **{"monthyear": "ny", "quarter": "yw", "dmy": "nw", "ago": "nw"},
}

_FORMS = (
    # 2019-03-10
    r"""(?P<iso>(?<![\d-])YEAR-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-]))""",
    # 2019/03/10 · 2019.03.10
    r"""(?P<ymd>(?<![\d/.-])YEAR(?P<ysep>[/.])(?:1[0-2]|0?[1-9])(?P=ysep)(?:[12]\d|3[01]|0?[1-9])(?![\d/]|[.-]\d))""",
    # 2019-sep-1 · 2020/Sep/23
    r"""(?P<ymdname>(?<![\d/.-])YEAR(?P<nsep>[/-])MONTHNAME(?P=nsep)(?:[12]\d|3[01]|0?[1-9])(?![\w/-]))""",
    # 05-Aug-2016 · 23/Sep/2020
    r"""(?P<dmyname>(?<![\d/.-])(?:[12]\d|3[01]|0?[1-9])(?P<dsep>[/-])MONTHNAME(?P=dsep)YEAR(?![\w/-]))""",
    # Oct-2 · Oct/2 · Sep.1st · Sep-23-2020
    r"""(?P<mdsep>MONTHNAME(?P<msep>[/.-])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|)(?:(?P=msep)YEAR|)(?![\w/-]|[.,:]\d))""",
    # 3/10/2019 · 03/10/19 · 21-04-2016 · 10.03.2019 (day first when the first number is over
    # 12 or the separator is a full stop; month first otherwise)
    r"""(?P<numeric>(?<![\d/.-])(?:[12]\d|3[01]|0?[1-9])(?:(?P<nsep2>/|-)(?:[12]\d|3[01]|0?[1-9])(?P=nsep2)(?:\d{4}|\d\d)|\.(?:1[0-2]|0?[1-9])\.\d{4})(?![\d/]|[.-]\d))""",
    # 11/2016 · 2016/11
    r"""(?P<monthyear>(?<![\d/.-])(?:(?:1[0-2]|0?[1-9])/YEAR|YEAR/(?:1[0-2]|0?[1-9]))(?![\d/]|[.-]\d))""",
    # Q3 2019 · 2019-Q1
    r"""(?P<quarter>(?:[Qq][1-4][-\s]?YEAR|YEAR[-\s]?[Qq][1-4])(?!\w))""",
    # Sunday, March 10th, 2019 · March 10 · Thu., April 2 · July the 5th · June 4th of 1995 ·
    # Friday night, Feb. 21
    r"""(?P<mdy>(?:WEEKDAY\.?(?:\s+DAYPART|),?\s+(?:the\s+|)|)MONTH\s+(?:the\s+|)DAY(?:ANDYEAR|))""",
    # June first · May twenty-first, 2016 (not "June first responders": no lower-case word
    # after it but a preposition)
    r"""(?P<mdyword>(?:WEEKDAY\.?,?\s+|)MONTH\s+(?:the\s+|)ORDINAL(?![\w-])(?:ANDYEAR|(?!\s+(?!PREP\b)[a-z])))""",
    # Sunday 10 March 2019 · the 10th of March
    r"""(?P<dmy>(?<![$£€])(?:WEEKDAY(?:\s+DAYPART|),?\s+|)(?:the\s+|)DAY(?:\s+of|)\s+MONTH(?:ANDYEAR|))""",
    # the first Friday of next month · the last Sunday in March · the last week of July
    r"""(?P<nthweekday>(?:the\s+|)NTH\s+(?:WEEKDAY_FULL|week)\s+(?:of|in)\s+(?:(?:RELATIVE|the)\s+month\b|MONTH(?:ANDYEAR|)))""",
    # the twenty-second of June · second of Aug
    r"""(?P<dmyword>(?:WEEKDAY,?\s+|)(?:the\s+|)ORDINAL\s+of\s+MONTH(?:ANDYEAR|))""",
    # early March · mid-March 2019 · late last July · the end of March
    r"""(?P<monthpart>PART(?:-|\s+)(?:RELATIVE\s+|)MONTH(?:ANDYEAR|))""",
    # early 2011 · early this year · the end of year · late last year
    r"""(?P<yearpart>PART\s+(?:YEAR|(?:(?:RELATIVE|the)\s+|)(?:fiscal\s+|)year\b))""",
    # early next week · late last week · the end of the week
    r"""(?P<weekpart>PART(?:-|\s+)(?:(?:RELATIVE|the)\s+|)week\b)""",
    # earlier this month · later this year
    r"""(?P<bounded>BOUNDED\s+this\s+(?:week|month|year)\b)""",
    # Friday the 13th · Tuesday the eleventh
    r"""(?P<weekdayday>WEEKDAY_FULL,?\s+the\s+(?:DAY|ORDINAL(?![\w-])))""",
    # next week on Friday · next week Friday · Friday next week · Sunday of next week
    r"""(?P<weekweekday>RELATIVE\s+week(?:\s+on|,|)\s+WEEKDAY_FULL\b|WEEKDAY_FULL\s+(?:of\s+|)RELATIVE\s+week\b)""",
    # last week · this month · next year · this fiscal year
    r"""(?P<relunit>RELATIVE\s+(?:fiscal\s+|)PERIOD\b)""",
    # two days ago · a week earlier · 3 years later
    r"""(?P<ago>(?:AMOUNT|\d{1,3})\s+COUNTEDs?\s+AGO\b)""",
    # yesterday · today
    r"""(?P<deictic>DEICTIC\b)""",
    # last Sunday · Sunday
    r"""(?P<weekday>(?:RELATIVE\s+|)WEEKDAY_FULL\b)""",
    # last July · September · May 2010
    r"""(?P<month>(?:RELATIVE\s+|)MONTH(?:ANDYEAR|))""",
    # 2014
    r"""(?P<year>(?<![\d,.$£€'])YEAR(?!\d|[.,]\d|%|\s*(?:percent|per\s+cent)\b))""",
)


_ANDYEAR = r"\s*,?\s+(?:of\s+|)YEAR"
_GROUP = regex(r"\(\?P([<=])(\w+)")


_TABLES = (
    *("months", "month_abbreviations", "weekdays", "weekday_abbreviations", "ordinals"),
    *("nth_weekdays", "parts", "relative", "bounded", "amounts", "deictic_days"),
)


def _openers(raw: Mapping[str, Any]) -> dict[str, str]:
    """The first words of the lexicon entries, each with what must follow it. "the" and the
    amount words ("a", "two") open a date only before certain words ("the 10th", "the first
    Friday", "the end of", "a week ago"); any other opener must end a word."""
    tables = {t: _split(raw.get(t, {})) for t in _TABLES}
    entries = [e for split in tables.values() for e in split]
    amounts = {str(w).lower() for w in raw.get("amounts", {})}
    alone = {e[0] for t, split in tables.items() if t != "amounts" for e in split if len(e) == 1}
    guarded = ({"the"} | amounts) - alone
    followers: dict[str, set[str]] = {w: set() for w in guarded}
    for entry in entries:
        if entry[0] in guarded and len(entry) > 1:
            followers[entry[0]].add(entry[1])
    for word in guarded & amounts:
        followers[word] |= {str(u).lower() for u in raw.get("count_units", [])}
    if "the" in guarded:  # the forms' "(the) DAY", "(the) ORDINAL", "(the) NTH"
        followers["the"] |= {e[0] for t in ("ordinals", "nth_weekdays") for e in tables[t]}
    ends = dict.fromkeys({e[0] for e in entries} - guarded, r"(?![^\W\d_])")
    by_followers: dict[tuple[str, ...], list[str]] = {}
    for word, after in followers.items():
        by_followers.setdefault(tuple(sorted(after)), []).append(word)
    for following, words in by_followers.items():
        if following:
            tail = r"[-\s]+(?:" + _alt(following) + (r"|\d" if "the" in words else "") + ")"
            ends |= dict.fromkeys(words, tail)
    return ends


def _ahead(openers: Mapping[str, str]) -> str:
    """A look at the words ahead that every form opening with a letter passes, so that the forms
    are tried at few places: "Q1", or an opener (one trie of them all). A first letter that no
    opener has fails at once, on one character class."""
    firsts = sorted({c for word in openers for c in (word[0].lower(), word[0].upper())})
    words = "|".join(["Q[1-4]", "q[1-4]", *branches(openers, ends=openers)])
    return rf"(?=[Qq{re.escape(''.join(firsts))}])(?={words})"


def _split(words: Iterable[Any]) -> list[list[str]]:
    return [re.split(r"[\s-]+", str(w).lower()) for w in words]


def _compile(raw: Mapping[str, Any]) -> Scanner:
    # Kept between runs, the pattern texts spare each start building the tries (~2.5 ms).
    scan, future = remember_table("dates.scanner", raw, _pattern_texts)
    return Scanner(Words(raw), regex(scan), regex(future, re.IGNORECASE))


def _pattern_texts(raw: Mapping[str, Any]) -> tuple[str, str]:
    """The date pattern and the future-cue pattern of a lexicon's dates table."""
    capital_only = _set(raw, "capital_only")
    full_months = _alt(_table(raw, "months"), capital=capital_only)
    abbreviations = _alt(_table(raw, "month_abbreviations"), capital=capital_only)
    full_weekdays = _alt(_table(raw, "weekdays"))
    short_weekdays = _alt(_table(raw, "weekday_abbreviations"), capital=True)
    pieces = {
        "WEEKDAY_FULL": full_weekdays,
        "WEEKDAY": f"(?:{full_weekdays}|{short_weekdays})",
        "MONTHNAME": f"(?:{full_months}|{abbreviations})",
        "MONTH": f"(?:{full_months}|{abbreviations}\\.?)(?![\\w'’-])",
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|)(?!\w|[:.,]\d)",
        "ORDINAL": _alt(raw.get("ordinals", {})),
        "NTH": _alt(raw.get("nth_weekdays", {})),
        "PREP": _alt(_set(raw, "prepositions")),
        "YEAR": r"(?:1[89]|20)\d\d(?!\w)",
        "PART": _alt(_table(raw, "parts")),
        "RELATIVE": _alt(_table(raw, "relative")),
        "BOUNDED": _alt(_table(raw, "bounded")),
        "PERIOD": _alt(raw.get("period_units", [])),
        "COUNTED": _alt(raw.get("count_units", [])),
        "AMOUNT": _alt(_table(raw, "amounts")),
        "AGO": _alt(_table(raw, "ago")),
        "DEICTIC": _alt(_table(raw, "deictic_days")),
        "DAYPART": _alt(raw.get("day_parts", [])),
    }
    token = regex("|".join(sorted(pieces, key=len, reverse=True)))
    forms: dict[str, str] = {}
    for form in _FORMS:  # "(?P<name>…)"
        body = token.sub(lambda m: pieces[m.group()], form.replace("ANDYEAR", _ANDYEAR))
        forms[form[4 : form.index(">")]] = body
    # At each place only the forms that may open as it does are tried, in ``_FORMS`` order: a
    # form that may open in two ways is in two sets, its groups renamed in each set (``_``
    # appended, once per set) as a group name is used once per pattern. (An opener that is not
    # a word of letters, none in the built-in lexicon, may open a word form at a digit: every set
    # then holds the word forms.)
    openers = _openers(raw)
    odd = not all(word[0].isalpha() for word in openers)
    opening = {name: _OPENINGS.get(name, "w") + ("yn" if odd else "") for name in forms}
    year, number, word = (
        "|".join(
            _GROUP.sub(rf"(?P\1\2{'_' * copy}", form)
            for name, form in forms.items()
            if way in opening[name]
        )
        for copy, way in enumerate("ynw")
    )
    # A number form's digits end in a separator, a space or "st"/"nd"/"rd"/"th".
    at_number = r"\d" if odd else r"\d{1,3}(?:[/.\s-]|st|nd|rd|th)"
    at_digit = rf"(?=\d)(?:(?={pieces['YEAR']})(?:{year})|(?={at_number})(?:{number}))"
    at_word = rf"{_ahead(openers)}(?:{word})"
    # Most places open with a letter: the word forms are looked at first, unless an odd opener
    # puts them in the digit sets too (which then must come first to keep their order).
    either = f"{at_digit}|{at_word}" if odd else f"{at_word}|{at_digit}"
    # A date starts after a non-word character: the pattern consumes it (see ``candidates``),
    # and opening with a character class lets the engine skip word interiors in C.
    future = r"(?<![\w'])" + _alt(raw.get("future_cues", ["will"])) + r"(?!\w)"
    return rf"\W(?:{either})", future


def candidates(scan: Scanner, text: str) -> Iterator[tuple[str, int, int, str]]:
    """(form, start, end, words) of each candidate date of ``text``, in order, not overlapping.

    The pattern consumes the non-word character before a date, so it runs on the text behind
    one space (offsets shifted back by one); the next search starts at the last character of
    the previous match, which may be the non-word character before the next date.
    """
    padded = " " + text
    pos = 0
    search = scan.pattern.search
    while (match := search(padded, pos)) is not None:
        group = match.lastgroup or ""
        start, end = match.span(group)
        yield group.rstrip("_"), start - 1, end - 1, padded[start:end]
        pos = end - 1


@lru_cache(maxsize=8)
def scanner(lexicon: Lexicon) -> Scanner:
    """The compiled scanner of a lexicon (cached: a Lexicon hashes by identity)."""
    return _compile(lexicon["dates"])

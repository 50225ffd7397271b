"""The date scanner's pattern: its speed-minded shapes match what the plain shapes match.

The forms are tried only where they may open (a year, a smaller number, a word), the word lists
are tries whose branches open with a plain letter, and an opener that is not a word of letters
(none in the built-in lexicon) puts every form back at a digit.
"""

from __future__ import annotations

import re
from copy import deepcopy
from datetime import date
from typing import Any

import pytest

from crosscheck.extract import _dates_scan
from crosscheck.extract._dates_parse import parse
from crosscheck.extract._dates_resolve import FUTURE_BLIND, resolve
from crosscheck.extract._dates_trie import alternation
from crosscheck.lexicon import default_lexicon

WORDS = ["march", "mar", "may", "monday", "mid", "twenty-first", "the end", "'ll", "sept"]


@pytest.mark.parametrize(
    "text",
    ["march", "March", "Mar", "mars", "May", "Monday", "mid", "twenty first", "twenty-first",
     "the  end", "'ll", "Sept", "sep", "mayday", "Twenty-First", "MARCH", "the end"],
)  # fmt: skip
def test_alternation_matches_what_plain_words_match(text: str) -> None:
    capital = ["march", "may"]
    plain = "|".join(
        (w[0].upper() if w in capital else f"[{w[0].upper()}{w[0]}]")
        + re.escape(w[1:]).replace(r"\-", r"[-\s]").replace(r"\ ", r"\s+")
        for w in sorted(WORDS, key=len, reverse=True)
    )
    trie = alternation(WORDS, capital=capital)
    assert bool(re.fullmatch(trie, text)) == bool(re.fullmatch(f"(?:{plain})", text))


def _found(raw: dict[str, Any], text: str) -> list[tuple[str, str]]:
    scan = _dates_scan._compile(raw)
    return [(form, words) for form, _, _, words in _dates_scan.candidates(scan, text)]


TEXT = "On 2019-03-10, March 10, 2019, 10 March and Q3 2019, two days ago, in 2014 and 5 June."


def test_an_opener_starting_with_a_digit_keeps_every_form() -> None:
    raw = dict(default_lexicon()["dates"])
    odd = deepcopy(raw)
    odd["deictic_days"] = {**odd["deictic_days"], "2day": 0}
    assert _found(odd, TEXT) == _found(raw, TEXT)
    assert ("deictic", "2day") in _found(odd, "We meet 2day at noon.")
    assert ("deictic", "2day") not in _found(raw, "We meet 2day at noon.")


def test_forms_open_where_they_may() -> None:
    assert _found(dict(default_lexicon()["dates"]), TEXT) == [
        ("iso", "2019-03-10"),
        ("mdy", "March 10, 2019"),
        ("dmy", "10 March"),
        ("quarter", "Q3 2019"),
        ("ago", "two days ago"),
        ("year", "2014"),
        ("dmy", "5 June"),
    ]


BLIND = (
    "On 2019-03-10, 2019/03/10 and 3/10/2019, in 2014, next week on Friday, early next week,"
    " yesterday, two days ago, three years later, earlier this month, later this year, last"
    " week, next month, this fiscal year, the end of the week."
)


@pytest.mark.parametrize("reference", [date(2019, 3, 11), date(2020, 12, 31), date(2016, 2, 29)])
def test_future_blind_forms_read_the_same_either_way(reference: date) -> None:
    lexicon = default_lexicon()
    scan = _dates_scan.scanner(lexicon)
    found = list(_dates_scan.candidates(scan, BLIND))
    assert {form for form, *_ in found} == FUTURE_BLIND
    for form, _, _, words in found:
        parsed = parse(form, words, scan.words)
        reads = [
            resolve(
                parsed,
                reference,
                future=future,
                part_days=scan.words.part_days,
                part_months=scan.words.part_months,
                part_weekdays=scan.words.part_weekdays,
            )
            for future in (False, True)
        ]
        assert reads[0] == reads[1], words

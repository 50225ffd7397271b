"""The regexes and tables find_numbers compiles from ``lexicon["numbers"]``, once per lexicon."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import cached_property, lru_cache
from typing import Any

from crosscheck._cache import regex
from crosscheck.extract._numbers_candidate import (
    Endings,
    after_pattern,
    candidate_pattern,
    endings,
    month_ends,
)
from crosscheck.extract._numbers_forms import forms, qualifier_before, suffixes
from crosscheck.extract._tries import trie
from crosscheck.lexicon import Lexicon

_I = re.IGNORECASE


class Vague:
    """A vague quantity of ``[vague]`` in numbers.toml."""

    __slots__ = ("alone", "below", "high", "low", "of_only")

    def __init__(
        self, low: float, high: float | None, below: float | None, alone: bool, of_only: bool
    ) -> None:
        self.low, self.high, self.below, self.alone, self.of_only = low, high, below, alone, of_only


class Compiled:
    """The patterns and tables of one lexicon, made by ``compile_numbers`` and never changed.

    Plain classes, not dataclasses: making a dataclass of this many fields costs ~1 ms at every
    start (its methods are compiled from source)."""

    master: re.Pattern[str]
    lists: dict[str, Collection[str]]
    plain_small: bool
    candidate: re.Pattern[str]
    candidate_words: tuple[Collection[str], Collection[str], Collection[str], list[str], str]
    word_token: re.Pattern[str]
    lowered_unit_after: re.Pattern[str]
    lowered_currency_after: re.Pattern[str]
    after_any: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    label_before: re.Pattern[str]
    year_cue_before: re.Pattern[str]
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    age_after: re.Pattern[str]
    clock_after: re.Pattern[str]
    score_near: re.Pattern[str]
    ordinal_word_after: re.Pattern[str]
    cardinals: Mapping[str, int]
    scales: Mapping[str, int]
    glued: Mapping[str, int]
    spaced: Mapping[str, int]
    groups: Mapping[str, int]
    vague: Mapping[str, Vague]
    qualifiers: Mapping[str, str]
    fractions: Mapping[str, int]
    currency_prefix: Mapping[str, str]
    currency_suffix: Mapping[str, str]
    units: Mapping[str, str]
    pronoun_before: frozenset[str]
    pronoun_after: frozenset[str]
    year_after: frozenset[str]
    hyphen_prefixes: frozenset[str]
    percent_after: re.Pattern[str]
    qualifier_ends: Endings
    label_ends: Endings
    month_ends: Endings

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)

    @cached_property
    def cased_forms(self) -> tuple[str, str]:
        """The fancy and simple forms for the text as it is (see _numbers_forms), built on first
        use: the scan matches the text lower-cased."""
        return forms(self.lists, plain_small=self.plain_small)

    @cached_property
    def simple(self) -> re.Pattern[str]:
        """The plain digit and word forms alone, for the rare match that a fancier form took
        and then dropped: compiled on first use (~2 ms a run spares most runs)."""
        return regex(self.cased_forms[1], _I | re.VERBOSE)

    @cached_property
    def cased_master(self) -> re.Pattern[str]:
        """The full pattern for a text that ``str.lower()`` lengthens, matched as it is: compiled
        on first use."""
        return regex("|".join(self.cased_forms), _I | re.VERBOSE)

    @cached_property
    def unit_after(self) -> re.Pattern[str]:
        """A unit right after a number, for the text as it is (``lowered_unit_after`` is for the
        text lower-cased): compiled on first use."""
        return regex(suffixes(self.units, self.currency_suffix)[0], _I)

    @cached_property
    def currency_after(self) -> re.Pattern[str]:
        """A currency word right after a number, for the text as it is: compiled on first use."""
        return regex(suffixes(self.units, self.currency_suffix)[1], _I)

    @cached_property
    def cased_qualifier_before(self) -> re.Pattern[str]:
        """``qualifier_before`` for a text that ``str.lower()`` lengthens, searched as it is:
        built and compiled on first use."""
        return regex(qualifier_before(trie(self.qualifiers)), _I)

    @cached_property
    def cased_candidate(self) -> re.Pattern[str]:
        """The candidate pattern for a text that ``str.lower()`` lengthens (a dotted capital I),
        which is scanned as it is: built and compiled on first use."""
        return regex(candidate_pattern(*self.candidate_words))


def _longest(word: str) -> tuple[int, str]:
    return -len(word), word


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _words(table: Mapping[str, Any], name: str) -> list[str]:
    value = table.get(name, {})
    return [str(w) for w in (value.get("words", []) if isinstance(value, Mapping) else value)]


@lru_cache(maxsize=8)
def compile_numbers(lexicon: Lexicon) -> Compiled:
    t = lexicon["numbers"]
    cardinals = {_key(k): int(v) for k, v in t.get("cardinals", {}).items()}
    scales = {_key(k): int(v) for k, v in t.get("scales", {}).items()}
    abbreviations = t.get("abbreviations", {})
    glued = {k.lower(): int(v) for k, v in abbreviations.get("glued", {}).items()}
    spaced = {k.lower(): int(v) for k, v in abbreviations.get("spaced", {}).items()}
    groups = {_key(k): int(v) for k, v in t.get("groups", {}).items()}
    vague = {
        _key(k): Vague(
            float(v["low"]),
            float(v["high"]) if "high" in v else None,
            float(v["below"]) if "below" in v else None,
            bool(v.get("alone", False)),
            bool(v.get("of_only", False)),
        )
        for k, v in t.get("vague", {}).items()
    }
    qualifiers = {_key(k): str(v) for k, v in t.get("qualifiers", {}).items()}
    fractions = {_key(k): int(v) for k, v in t.get("fractions", {}).items()}
    currency = t.get("currency", {})
    cur_pre = {_key(k): str(v) for k, v in currency.get("prefix", {}).items()}
    cur_suf = {_key(k): str(v) for k, v in currency.get("suffix", {}).items()}
    units = {_key(k): str(v) for k, v in t.get("units", {}).items()}
    percent = _words(t, "percent")
    calendar = t.get("calendar", {})
    context = t.get("context", {})

    cur_sym_chars = "".join(sorted({k[0] for k in cur_pre if not k[0].isalpha()}))
    lists: dict[str, Collection[str]] = {
        "cardinals": list(cardinals),
        "scales": list(scales),
        "glued": list(glued),
        "spaced": list(spaced),
        "groups": list(groups),
        "vague": list(vague),
        "vague_scaled": [k for k, v in vague.items() if not v.of_only],
        "vague_alone": [k for k, v in vague.items() if v.alone],
        "small": [c for c, v in cardinals.items() if 1 <= v <= 10],
        "fractions": list(fractions),
        "currency": list(cur_pre),
        "percent": percent,
    }
    plain = all(re.fullmatch(r"\w+", w) for w in lists["small"])
    fancy, simple = forms(lists, plain_small=plain, lowered=True)
    word = trie([*cardinals, *scales, *groups])
    pct = trie(percent)
    # Candidates first: a cheap regex finds where a number may start (a digit, a sign, a
    # currency, a number word); the full pattern is only tried there (see _numbers_candidate).
    triggers = {
        *cardinals,
        *scales,
        *(f"{s}s" for s in scales),
        *groups,
        "half",
        *(v.split()[0] for v in vague),
    }
    # "a" and "an" open a number only before a scale, "dozen", a fraction or the rest of a vague
    # phrase ("a hundred", "a third", "a few"): most of their hits were a candidate for nothing.
    articles = {"a", "an"}
    alone = articles & {*cardinals, *scales, *groups, *vague}
    follow = {*scales, "dozen", *fractions}
    follow |= {" ".join(v.split()[1:]) for v in vague if v.split()[0] in articles - alone}
    coded = [k for k in cur_pre if k[0].isalpha()]
    words = (triggers - articles) | alone
    candidate_words = (words, articles - alone, follow, coded, cur_sym_chars)
    master = regex(fancy + "|" + simple, re.VERBOSE)
    months = [str(m) for m in calendar.get("months", [])]
    # Longest first; names of one length in a fixed order (a set's order changes with every
    # process, and so would the pattern: it missed the regex cache at every run's first call).
    month_alt = "|".join(
        sorted({m.capitalize() for m in months} | {m.upper() for m in months}, key=_longest)
    )
    quals_lowered = trie(qualifiers, lowered=True)
    unit_after, currency_after = suffixes(units, cur_suf, lowered=True)
    # a day and its month share a line: "toll rises to 96\n\nJune 9" counts 96
    month_after = rf"(?:st|nd|rd|th)?[^\S\n]+(?:of\s+)?(?:{month_alt})\b"
    age_after = rf"\s?-?\s?(?:{trie(context.get('age_words', []))})"
    clock_after = (
        rf"(?::\d\d|\.\d\d\s?(?:a\.?m|p\.?m)|\s?(?:{trie(context.get('clock_words', []))})"
        r"(?![a-z]))"
    )
    # Whether any of those (or a slashed fraction, "1/3") follows: most numbers are followed by
    # none, and one quick match tells so instead of six.
    after_any = after_pattern(
        [
            list(cur_suf),
            list(units),
            [*months, "of"] if months else [],
            [str(w) for w in context.get("age_words", [])],
            [str(w) for w in context.get("clock_words", [])],
        ]
    )
    return Compiled(
        master=master,
        lists=lists,
        plain_small=plain,
        candidate=regex(candidate_pattern(*candidate_words, lowered=True)),
        candidate_words=candidate_words,
        word_token=regex(rf"{word}|and", _I),
        lowered_unit_after=regex(unit_after),
        lowered_currency_after=regex(currency_after),
        after_any=regex(after_any),
        qualifier_before=regex(qualifier_before(quals_lowered)),
        label_before=regex(rf"(?<![\w])(?:{trie(_words(t, 'labels'))})\s?#?\s?$", _I),
        year_cue_before=regex(rf"(?<![\w])(?:{trie(_words(t, 'year_cues'))})\s+$", _I),
        month_before=regex(
            rf"(?<![\w])(?:{month_alt})\.?,?[^\S\n]+(?:\d{{1,2}}(?:st|nd|rd|th)?\s?[-–]\s?)?$"
        ),
        month_after=regex(month_after),
        age_after=regex(age_after, _I),
        clock_after=regex(clock_after, _I),
        score_near=regex(rf"\b(?:{trie(context.get('score_words', []))})\b", _I),
        ordinal_word_after=regex(
            r"\s*-?\s*(?:first|second|third|fifth|eighth|ninth|twelfth|[a-z]+ieth|fourth|"
            r"sixth|seventh|tenth|eleventh|[a-z]+teenth)\b",
            _I,
        ),
        cardinals=cardinals,
        scales=scales,
        glued=glued,
        spaced=spaced,
        groups=groups,
        vague=vague,
        qualifiers=qualifiers,
        fractions=fractions,
        currency_prefix=cur_pre,
        currency_suffix=cur_suf,
        units=units,
        pronoun_before=frozenset(w.lower() for w in t.get("pronoun_one", {}).get("before", [])),
        pronoun_after=frozenset(w.lower() for w in t.get("pronoun_one", {}).get("after", [])),
        year_after=frozenset(w.lower() for w in t.get("year_cues", {}).get("after", [])),
        hyphen_prefixes=frozenset(w.lower() for w in _words(t, "hyphen_prefixes")),
        percent_after=regex(rf"\s?(?:{pct})(?![a-z])", _I),
        qualifier_ends=endings([*qualifiers, "of"]),
        label_ends=endings(_words(t, "labels"), skipped="#"),
        month_ends=month_ends(month_alt.split("|")),
    )

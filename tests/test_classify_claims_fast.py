"""The classify shortcuts give what the plain regexes give: a span read backwards, tokens by
``str.split``, and the cheap tests made before a regex (each must hold whenever it matches)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.classify import counts, nouns, qualifiers
from crosscheck.classify.rules import Rules, rules_for
from crosscheck.lexicon import default_lexicon

PIECES = [
    *"aZ é,.;:-'’\"()[]!?…—0129_²\n\t\u00a0",
    "her ",
    "His ",
    "and ",
    "or ",
    " of ",
    "of the ",
    "was ",
    "is ",
    "stood at ",
    "rose to ",
    "turnout ",
    "people",
    "U.S.",
    "’s",
    "'s",
    "...",
    "ISIS ",
]
ENDS = [
    *["", " ", ", ", ",\n", "and ", "or  ", "was ", "stood at\n", "her son and "],
    *["their homes or\t", "turnout rose to ", "rate hit ", "levels of ", "Turnout in Kyiv was "],
]
TEXT = st.builds(
    "".join,
    st.tuples(st.lists(st.sampled_from(PIECES), max_size=24).map("".join), st.sampled_from(ENDS)),
)


def _rules() -> Rules:
    return rules_for(default_lexicon())


def _bounds(text: str) -> list[tuple[int, int]]:
    n = len(text)
    return [(0, n), (min(3, n), n), (0, max(0, n - 2)), (n // 2, n)]


def _old_tokens(text: str, start: int, end: int, limit: int) -> list[tuple[str, int, bool]]:
    strip = '"“”‘’()[]{},;:!?…*—–'
    out: list[tuple[str, int, bool]] = []
    for m in re.compile(r"\S+").finditer(text, start, end):
        if len(out) == limit:
            break
        raw = m.group()
        core = raw.strip(strip)
        dotted = "." in core and re.search(r"(?:[A-Za-z]\.){2,}$", core) is not None
        if core.endswith(".") and not dotted:
            core = core.rstrip(".")
        closed = raw != raw.rstrip(strip + ".") and not dotted
        if core.endswith(("’s", "'s")):
            core, closed = core[:-2], True
        out.append((core, m.start() + len(raw), closed))
        if not core:
            break
    return out


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_word_before_read_backwards(text: str) -> None:
    for start, end in _bounds(text):
        old = re.compile(r"([^\W\d_]+)\W*$").search(text, start, end)
        new = qualifiers._WORD_BEFORE.match(text[start:end][::-1])
        assert (new.group(1)[::-1] if new else None) == (old.group(1) if old else None)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_joined_possessive_as_its_regex(text: str) -> None:
    rules = _rules()
    for start, end in _bounds(text):
        old = qualifiers._POSSESSED.search(text, start, end)
        expected = old is not None and old.group(1).lower() in rules.possessives
        assert qualifiers._joined_possessive(text, start, end, rules) == expected


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(1, 9))
def test_tokens_by_split(text: str, limit: int) -> None:
    for start, end in _bounds(text):
        if start <= end:
            assert nouns._tokens(text, start, end, limit) == _old_tokens(text, start, end, limit)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_share_verb_before_whenever_the_share_patterns_match(text: str) -> None:
    for start, end in _bounds(text):
        if counts._SHARE_IN.search(text, start, end) or counts._SHARE_BEFORE.search(
            text, start, end
        ):
            lead = text[start:end]
            assert lead[-1:].isspace()
            assert lead.rstrip().endswith(counts._SHARE_VERB_ENDS)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_noun_before_as_its_regex(text: str) -> None:
    rules = _rules()
    for start, end in _bounds(text):
        old = re.search(r"([^\W\d_][\w-]*)\s*,\s*$", text[start:end])
        expected = (
            rules.canonical_noun(old.group(1))
            if old and nouns._is_noun(old.group(1), rules)
            else None
        )
        assert nouns.noun_before(text, start, end, rules) == expected


def test_noun_before_examples() -> None:
    rules = _rules()
    text = "the smallest batch of evacuees, just over 200"
    assert nouns.noun_before(text, 0, text.index("200") - len("just over "), rules) == "evacuees"
    assert nouns.noun_before(text, 0, text.index("200"), rules) is None


def test_description_words_before() -> None:
    assert qualifiers._joined_possessive("killing her son and ", 0, 20, _rules())
    assert not qualifiers._joined_possessive("killing the son and ", 0, 20, _rules())
    text = "killing his 3"
    found = qualifiers._WORD_BEFORE.match(text[: text.index("3")][::-1])
    assert found is not None and found.group(1)[::-1] == "his"

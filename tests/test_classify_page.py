"""The fast forms of the page's scans find what their plain definitions find.

Sentence ends are scanned once per text, clause breaks and years open with a character class,
break words come from the word scan, and a part's start is read with ``rfind``: each is
checked here against the pattern it stands for, on made-up texts of the characters that matter.
"""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.classify import background, sentences
from crosscheck.classify._patterns import key, strings
from crosscheck.classify._phrases import trie
from crosscheck.classify.rules import rules_for
from crosscheck.lexicon import default_lexicon

RULES = rules_for(default_lexicon())
TEXT = default_lexicon()["categories"]["text"]


def chunks(*pieces: str, size: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


def bounds(text: str, a: int, b: int) -> tuple[int, int]:
    a, b = min(a, len(text)), min(b, len(text))
    return (a, b) if a <= b else (b, a)


INDEX = st.integers(min_value=0, max_value=60)


@settings(max_examples=300, deadline=None)
@given(chunks("1", "a", ",", ";", ":", "—", "–", " ", "٣"), INDEX, INDEX)
def test_part_start_is_after_the_last_separator(text: str, a: int, b: int) -> None:
    start, pos = bounds(text, a, b)
    last = re.compile(r".*(?:[;:—–]|(?<!\d),|,(?!\d))", re.DOTALL).match(text, start, pos)
    assert background._part_start(text, start, pos) == (last.end() if last else start)
    plain = re.compile(r"[;:—–]|(?<!\d),|,(?!\d)").search(text, start, pos)
    found = background._SEPARATOR.search(text, start, pos)
    assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=300, deadline=None)
@given(chunks(" 1999", " 2019", "2020", " 1850-", " 2001–2", "x", " ", "\n", "19", "5"))
def test_year_scan_finds_years_after_a_space(text: str) -> None:
    plain = re.compile(r"\s((?:1[89]|20)\d\d)\b(?![-–]?\d)")
    found = [(m.start(1), m.group(1)) for m in background._YEAR_SCAN.finditer(text)]
    assert found == [(m.start(1), m.group(1)) for m in plain.finditer(text)]


def plain_clause_breaks() -> re.Pattern[str]:
    """The clause breaks as one alternation of their branches, in lexicon order."""
    parts = [rf"\s(?=(?:{trie(map(key, strings(TEXT['clause_words'])), fold=True)})\b)"]
    parts.append(rf",\s(?=(?:{trie(map(key, strings(TEXT['clause_comma_words'])), fold=True)})\b)")
    for mark in strings(TEXT["clause_marks"]):
        if mark in {":", ";"}:
            parts.append(rf"{re.escape(mark)}(?=\s)")
        elif mark == "/":
            parts.append(r"/(?=[^\W\d_])")
        elif mark == "-":
            parts.append(r"(?<=\s)-(?=\s)")
        else:
            parts.append(re.escape(mark))
    return re.compile("|".join(parts))


CLAUSE_PIECES = [
    *("while", "When", "but", "butter", "which", "and then", "and", "as", "x", "1/2", "BUT"),
    *(",", ", ", ";", ":", "—", "–", "--", "-", " - ", "/", " ", "\n", "\u00a0", "whİle"),
]


def plain_clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    cuts = [start]
    for match in plain_clause_breaks().finditer(text, start, end):
        cut = match.end()
        if match.group() == "/" and not text[match.start() - 1 : match.start()].isalpha():
            continue
        if cut > cuts[-1] and cut < end:
            cuts.append(cut)
    return tuple(pairwise([*cuts, end]))


@settings(max_examples=300, deadline=None)
@given(chunks(*CLAUSE_PIECES), INDEX, INDEX)
def test_clauses_cut_where_the_plain_alternation_does(text: str, a: int, b: int) -> None:
    start, end = bounds(text, a, b)
    if end <= start or (0 < end < len(text) and (text[end - 1] + text[end]).isalnum()):
        return  # a sentence is never empty, nor does its end cut a word
    words = sentences._break_words(text, RULES, None)
    assert sentences._clauses(text, start, end, RULES, words) == plain_clauses(text, start, end)


def ends_line_by_line(text: str, lines: list[tuple[int, int, bool]]) -> list[list[int]]:
    """Each line's sentence ends, scanned line by line (what the one scan must give)."""
    found = []
    for start, end, _ in lines:
        here = []
        for match in sentences._END.finditer(text, start, end):
            if text[match.start()] == ".":
                word = sentences._last_word(text, start, match.start())
                lowered = word.lower().lstrip('("“')
                if lowered in RULES.abbreviations or sentences._INITIALS.fullmatch(word):
                    continue
            here.append(match.end())
        found.append([*here, end])
    return found


SENTENCE_PIECES = [
    *("Mr.", "U.S.", "He", "said", "3", "…", ".", "!", "?", '"', "”", ")", "The"),
    *("\n", "\n\n", " ", "  ", "A", "b.", "(", "“", "Read More Now"),
]


@settings(max_examples=300, deadline=None)
@given(chunks(*SENTENCE_PIECES, size=30))
def test_one_scan_ends_sentences_as_each_line_would(text: str) -> None:
    lines = sentences._body_lines(text, None)
    assert sentences._sentence_ends(text, lines, RULES) == ends_line_by_line(text, lines)
    for sentence in sentences.split_sentences(text, RULES):
        assert sentence.clauses[0][0] == sentence.start
        assert all(a[1] == b[0] for a, b in pairwise(sentence.clauses))


SCAN_PIECES = (
    *("the", " ", "  ", "in", "a", "week", "last", "said", ",", "-", "_", "9", "é", "K"),
    *("“", "’", "\u00a0", "\u2014"),
)


@settings(max_examples=300, deadline=None)
@given(chunks(*SCAN_PIECES, size=30), INDEX, INDEX)
def test_ascii_word_scan_agrees_with_the_word_split(text: str, a: int, b: int) -> None:
    """A text's openers (found by bytes when its words are ASCII) and word counts (counted in
    place) are those of the plain split of its words; every word start is a ``\\w+`` run's."""
    from crosscheck.classify._openers import scan_folded
    from crosscheck.classify._phrases import WordScan

    scan = WordScan(text, RULES.vocabulary)
    folded = text.lower()
    starts = [m.start() for m in re.finditer(r"\w+", folded)]
    a, b = bounds(text, a, b)
    assert scan.count_words(a, b) == len([s for s in starts if a <= s < b])
    assert scan.words == starts
    plain: list[list[tuple[int, int, str]]] = [[] for _ in RULES.vocabulary.lists]
    assert scan_folded(folded, RULES.vocabulary, plain) == starts
    assert scan.openers == plain


@settings(max_examples=300, deadline=None)
@given(
    chunks(".", "!", "?", '"', "'", ")", "]", " ", "\n", "\t", "\x1c", "A", "a", "1", "(", size=30)
)
def test_ascii_sentence_end_finds_what_the_full_one_does(text: str) -> None:
    """In an ASCII text the ASCII sentence-end pattern ends sentences where the full one does."""
    assert [m.span() for m in sentences._END_ASCII.finditer(text)] == [
        m.span() for m in sentences._END.finditer(text)
    ]


def test_other_ascii_spaces_are_every_ascii_space_but_space_and_newline() -> None:
    spaces = {chr(c) for c in range(128) if chr(c).isspace()} - {" ", "\n"}
    assert set(sentences._OTHER_ASCII_SPACES) == spaces


@settings(max_examples=300, deadline=None)
@given(chunks("a", "B", " ", "  ", "\t", "\r", "\x1c", "\u00a0", ".", size=12))
def test_line_key_is_the_same_when_the_text_holds_spaces_only(line: str) -> None:
    """A line's key read the fast way (known to hold no space but " ") is its plain key."""
    if line and sentences._spaces_only(line):
        assert sentences._key(line, True) == " ".join(line.split()).lower()


def test_frozen_records_take_exactly_their_fields_and_stay_as_made() -> None:
    import pytest

    from crosscheck.classify._frozen import Frozen

    class Pair(Frozen):
        left: int
        right: int
        __slots__ = tuple(__annotations__)

    pair = Pair(left=1, right=2)
    assert (pair.left, pair.right) == (1, 2)
    with pytest.raises(AttributeError):
        pair.left = 3
    with pytest.raises(TypeError):
        Pair(left=1)
    with pytest.raises(TypeError):
        Pair(left=1, right=2, other=3)
    assert RULES == RULES and hash(RULES) == hash(RULES) and RULES.qualifiers.parts[0].name

"""The word scan of phrase lists finds exactly what a whole-word pattern's ``finditer`` finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.classify._phrases import Phrases, Vocabulary, WordScan, trie

PHRASES = ["death toll", "death", "killed", "killed in", "the past week", "the", "sit-in", "toll"]


def reference(phrases: list[str], text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    keys = {" ".join(p.lower().split()) for p in phrases}
    pattern = re.compile(rf"(?<![\w-])(?:{trie(keys)})(?![\w-])", re.IGNORECASE)
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, end)]


def scan(phrases: list[str], text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return WordScan(text, Vocabulary([Phrases(phrases)])).find(0, start, end)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The death toll rose", ["The", "death toll"]),
        ("the DEATH  tolls", ["the", "DEATH"]),
        ("a sit-in; re-killed, killed-in, killed in", ["sit-in", "killed in"]),
        ("In the past week, the past weeks", ["the past week", "the"]),
        ("KİLLED and ſit-in", ["KİLLED", "ſit-in"]),
    ],
    ids=["phrase", "longest-then-shorter", "hyphens", "nested", "folds"],
)
def test_scan_finds_whole_phrases(text: str, found: list[str]) -> None:
    hits = scan(PHRASES, text, 0, len(text))
    assert [h[2] for h in hits] == found
    assert hits == reference(PHRASES, text, 0, len(text))


WORDS = st.sampled_from(["death", "toll", "the", "killed", "in", "sit", "past", "week", "Toll"])
SEPARATORS = st.sampled_from([" ", "  ", "-", ", ", "\n", "", "'"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(WORDS, SEPARATORS), max_size=12),
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=80),
)
def test_scan_equals_finditer(parts: list[tuple[str, str]], a: int, b: int) -> None:
    text = "".join(word + sep for word, sep in parts)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert scan(PHRASES, text, start, end) == reference(PHRASES, text, start, end)

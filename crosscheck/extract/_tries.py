"""Word lists as regex tries: one branch per next letter, so the engine never tries the words of
a shared prefix one by one, and a pattern of hundreds of words stays short and quick to compile.

``trie(["ten", "tens", "three"])`` is ``t(?:en(?:s)?|hree)``: at each letter, longer words are
tried before their prefixes, as in an alternation sorted longest first. A space in a word matches
any run of whitespace. With ``fold`` each letter is a class of its case variants (the ones
``re.IGNORECASE`` would accept), for patterns compiled without that flag: the engine skips a
branch whose first class does not hold the next character without entering it. With ``lowered``
the pattern is for a text lower-cased by ``str.lower()`` (to the same length): each letter is
then the few of those variants that ``lower()`` leaves as they are, mostly one literal, which the
engine tests quicker than a class.

The tries are kept between runs (``crosscheck._cache.remember``, keyed by the words); when one
is built, the builder works on the sorted word list, where the words under one node are a
contiguous slice, instead of building a tree of dicts: ~4x quicker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache

from crosscheck._cache import remember

__all__ = ["lowered_variants", "trie", "variants"]

# Letters that re.IGNORECASE matches beyond their ASCII pair (dotted/dotless i, Kelvin, long s).
_EXTRA_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


@cache
def variants(char: str) -> str:
    """The characters ``re.IGNORECASE`` takes for ``char`` (``char`` itself when it has no case)."""
    if char.isalpha() and char.lower() != char.upper():
        return "".join(sorted({char.lower(), char.upper(), *_EXTRA_FOLDS.get(char.lower(), "")}))
    return char


@cache
def lowered_variants(char: str) -> str:
    """The characters of ``variants(char)`` that ``str.lower()`` leaves unchanged: a character
    is one of ``variants(char)`` exactly when its lower case is one of these (``İ`` aside, which
    lower-cases to two characters; tests/test_numbers_scan.py checks every code point)."""
    return "".join(v for v in variants(char) if v.lower() == v)


@cache
def _plain(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


@cache
def _folded(char: str) -> str:
    found = variants(char)
    return _plain(char) if found == char else f"[{found}]"


@cache
def _lowered(char: str) -> str:
    found = lowered_variants(char)
    return _plain(char) if found == char else f"[{found}]"


def _alternation(words: list[str], depth: int, piece: Callable[[str], str]) -> str:
    """The branches for ``words`` (sorted, all longer than ``depth``, sharing their first
    ``depth`` letters), one per letter at ``depth``, in code-point order."""
    branches = []
    i, n = 0, len(words)
    while i < n:
        char = words[i][depth]
        j = i + 1
        while j < n and words[j][depth] == char:
            j += 1
        branches.append(piece(char) + _rest(words[i:j], depth + 1, piece))
        i = j
    return "|".join(branches)


def _rest(words: list[str], depth: int, piece: Callable[[str], str]) -> str:
    """What follows the letter at ``depth - 1`` of ``words`` (sorted, sharing ``depth`` letters)."""
    if len(words) == 1:
        return "".join(map(piece, words[0][depth:]))
    if len(words[0]) == depth:  # a word ends here: the longer ones are optional
        return f"(?:{_alternation(words[1:], depth, piece)})?"
    inner = _alternation(words, depth, piece)
    return f"(?:{inner})" if words[0][depth] != words[-1][depth] else inner


def trie(
    words: Iterable[str],
    *,
    fold: bool = False,
    lowered: bool = False,
    ends: Mapping[str, str] | None = None,
) -> str:
    """An alternation of literal ``words`` (lower-cased) as a trie; ``""`` when there is none.

    ``ends`` spells some characters as a pattern of their own: marks that end the words of
    different lists, each with what must follow a word of that list."""
    unique = tuple(sorted({word.lower() for word in words} - {""}))
    spelled = tuple(sorted(ends.items())) if ends else ()
    return remember("trie", _build, unique, fold, lowered, spelled)


def _build(
    unique: tuple[str, ...], fold: bool, lowered: bool, ends: tuple[tuple[str, str], ...]
) -> str:
    """``trie`` of the sorted unique words (kept between runs: ~2.5 ms of every start)."""
    base: Callable[[str], str] = _lowered if lowered else _folded if fold else _plain
    return _alternation(list(unique), 0, base if not ends else _spelled(dict(ends), base))


def _spelled(ends: Mapping[str, str], base: Callable[[str], str]) -> Callable[[str], str]:
    def piece(char: str) -> str:
        return ends[char] if char in ends else base(char)

    return piece

"""Word lists as regex tries: one branch per next letter, so the engine never tries the words of
a shared prefix one by one, and a pattern of hundreds of words stays short and quick to compile.

``trie(["ten", "tens", "three"])`` is ``t(?:en(?:s)?|hree)``: at each letter, longer words are
tried before their prefixes, as in an alternation sorted longest first. A space in a word matches
any run of whitespace. With ``fold`` each letter is a class of its case variants (the ones
``re.IGNORECASE`` would accept), for patterns compiled without that flag: the engine skips a
branch whose first class does not hold the next character without entering it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie"]

_Node = dict[str, "_Node"]

# Letters that re.IGNORECASE matches beyond their ASCII pair (dotted/dotless i, Kelvin, long s).
_EXTRA_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _piece(char: str, fold: bool) -> str:
    if char == " ":
        return r"\s+"
    if fold and char.isalpha() and char.lower() != char.upper():
        variants = {char.lower(), char.upper(), *_EXTRA_FOLDS.get(char.lower(), "")}
        return "[" + "".join(sorted(variants)) + "]"
    return re.escape(char)


def _branches(node: _Node, fold: bool) -> str:
    branches = [
        _piece(char, fold) + _body(node[char], fold) for char in sorted(c for c in node if c)
    ]
    return "|".join(branches)


def _body(node: _Node, fold: bool) -> str:
    inner = _branches(node, fold)
    if not inner:
        return ""
    several = sum(1 for c in node if c) > 1
    if "" in node:
        return f"(?:{inner})?"
    return f"(?:{inner})" if several else inner


def trie(words: Iterable[str], *, fold: bool = False) -> str:
    """An alternation of literal ``words`` (lower-cased) as a trie; ``""`` when there is none."""
    root: _Node = {}
    for word in words:
        node = root
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root, fold)

"""Pattern text for the date scanner, shaped for the speed of CPython's regex engine.

The scanner's pattern is tried at every word start of every text, so the shapes it is written in
matter:

* a list of words is a trie (one branch per next letter), never the words one by one;
* each branch opens with a plain letter, never a class like ``[Mm]``: the engine skips a
  branch whose first letter differs at once, inline, but calls out to test a class;
* an optional group ``(?:…)?`` is written ``(?:…|)`` (here and in the scanner's forms), which
  matches the same in the same order: the engine runs ``?`` on a group through its general
  repeat, which is slow and makes every alternation inside it save all the group marks first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["alternation", "branches"]

_Trie = dict[str, Any]
"""A node: the next letters, each to its node; a word ending here has the key "" holding what
must follow it ("" for nothing)."""


# How a word's letters read in a pattern: a space as any run of spaces, a hyphen as a hyphen or a
# space, the other characters as themselves (escaped as ``re.escape`` does).
_LETTERS = {i: "\\" + chr(i) for i in b"()[]{}?*+|^$\\.&~#\t\n\r\v\f"}
_LETTERS |= {ord(" "): r"\s+", ord("-"): r"[-\s]"}


def _trie(node: _Trie) -> str:
    """A trie as a pattern: one branch per next letter, longer words first."""
    branches = []
    for char in sorted(node):
        if not char:
            continue
        chain, child = char, node[char]
        while len(child) == 1 and "" not in child:  # a chain of single letters: one piece
            ((char, child),) = child.items()
            chain += char
        branches.append(chain.translate(_LETTERS) + _trie(child))
    end: str | None = node.get("")
    if not branches:
        return end or ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return body if end is None else f"(?:{body}|{end})"


def branches(
    words: Iterable[str],
    *,
    capital: bool | Iterable[str] = False,
    ends: Mapping[str, str] | None = None,
) -> list[str]:
    """The branches of an alternation of lower-case words, one per first letter; the first
    letter may be a capital, and must be for ``capital`` (every word, or the words it lists). A
    hyphen in a word also matches a space. ``ends`` gives words a pattern that must follow them."""
    ends = ends or {}
    ordered = sorted({" ".join(w.split()): ends.get(w, "") for w in words}.items())
    capitals = {w for w, _ in ordered} if capital is True else set(capital or ())
    heads: dict[str, _Trie] = {}
    for word, end in ordered:
        first = word[0]
        if first.isalpha():
            first = first.upper() if word in capitals else f"[{first.upper()}{first}]"
        node = heads.setdefault(first, {})
        for char in word[1:]:
            node = node.setdefault(char, {})
        node[""] = end
    found = []
    for head, node in sorted(heads.items()):
        rest = _trie(node)
        found += [re.escape(c) + rest for c in (head[1:-1] if head.startswith("[") else head)]
    return found


def alternation(
    words: Iterable[str],
    *,
    capital: bool | Iterable[str] = False,
    ends: Mapping[str, str] | None = None,
) -> str:
    """``branches`` as one group."""
    return "(?:" + "|".join(branches(words, capital=capital, ends=ends)) + ")"

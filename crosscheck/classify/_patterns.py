"""Small pattern builders for the classify lexicon: tries, clause breaks, edge patterns,
addresses."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from crosscheck._cache import regex, remember
from crosscheck.classify._frozen import Frozen
from crosscheck.classify._openers import RUN

__all__ = [
    "Parts",
    "Qualifiers",
    "clause_breaks",
    "clause_words",
    "edge_pattern",
    "key",
    "named_phrases",
    "phrase_index",
    "qualifiers",
    "streets",
    "strings",
    "trie",
]


_FOLD_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""Letters that re.IGNORECASE matches beyond their lower and upper case."""


def key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@cache
def _piece(char: str, fold: bool) -> str:
    if char == " ":
        return r"\s+"
    if fold and char.lower() != char.upper():
        variants = {char.lower(), char.upper(), *_FOLD_EXTRA.get(char.lower(), "")}
        return "[" + "".join(sorted(variants)) + "]"
    return re.escape(char)


def trie(phrases: Iterable[str], *, fold: bool = False) -> str:
    """A prefix-factored alternation: much faster than a flat one, and greedy (longest first).

    With ``fold`` each letter is a class of the letters ``re.IGNORECASE`` would accept, for a
    pattern compiled without that flag (the engine then rejects a branch on its first letter).
    Kept between runs (``remember``): a run's tries of the lexicon cost ~2 ms to build.
    """
    return remember("classify.trie", _trie, tuple(phrases), fold)


def _trie(phrases: tuple[str, ...], fold: bool) -> str:
    """The trie, built from the sorted phrases (those sharing a prefix are adjacent)."""

    def emit(items: list[str], depth: int) -> str:
        """The alternation of the distinct sorted ``items`` after their shared ``depth`` chars."""
        optional = len(items[0]) == depth  # one phrase ends here
        if optional:
            items = items[1:]
            if not items:
                return ""
        if len(items) == 1:
            body = "".join([_piece(c, fold) for c in items[0][depth:]])
        else:
            alternatives = []
            i = 0
            while i < len(items):
                char = items[i][depth]
                j = i + 1
                while j < len(items) and items[j][depth] == char:
                    j += 1
                alternatives.append(_piece(char, fold) + emit(items[i:j], depth + 1))
                i = j
            body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if optional else body

    items = sorted({" ".join(phrase.split()) for phrase in phrases})
    return emit(items, 0) if items else ""


def strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str) and v] if isinstance(value, list) else []


def clause_words(text: Mapping[str, Any]) -> list[str] | None:
    """The break words ("while", "but"), when the word scan can find them: single ASCII words,
    and no mark that could take the space before one; else None (``clause_breaks`` has them)."""
    words = [key(w) for w in strings(text.get("clause_words"))]
    if any(c.isspace() for mark in strings(text.get("clause_marks")) for c in mark):
        return None
    return words if all(w.isascii() and RUN.fullmatch(w) for w in words) else None


def clause_breaks(text: Mapping[str, Any], *, words: bool = True) -> re.Pattern[str]:
    """Where a clause starts: the end of a match (a space before a break word unless ``words``
    is False, a comma and a space before a comma word, or a mark). The words are tries spelling
    both cases (no IGNORECASE), so a space before a word that opens none is rejected on that
    word's first letter; a slash must follow a letter (checked by the caller).

    Each branch opens with one character; the pattern opens with the class of them all, and each
    branch checks its own by a lookbehind: a pattern that opens with a class lets the engine skip
    to those characters in its fast scan instead of trying every branch at every position. At a
    space (most of them) only the word branch is tried: the others wait behind one lookbehind
    for a non-space.
    """
    space = ""
    break_words = strings(text.get("clause_words")) if words else []
    if break_words:
        space = rf"(?<=\s)(?=(?:{trie(map(key, break_words), fold=True)})\b)"
    branches: list[tuple[str, str, str]] = []
    """(first character's class, the lookbehind that checks it, the rest of the branch)"""
    comma_words = strings(text.get("clause_comma_words"))
    if comma_words:
        branches.append((",", ",", rf"\s(?=(?:{trie(map(key, comma_words), fold=True)})\b)"))
    marks = strings(text.get("clause_marks"))
    for mark in marks:
        first = re.escape(mark[0])
        if mark in {":", ";"}:
            branches.append((first, first, r"(?=\s)"))
        elif mark == "/":
            branches.append((first, first, r"(?=[^\W\d_])"))
        elif mark == "-":
            branches.append((first, r"\s-", r"(?=\s)"))  # a hyphen between spaces is a dash
        else:
            branches.append((first, first, re.escape(mark[1:])))
    if not branches and not space:
        return regex(r"(?!x)x")
    firsts = "".join(dict.fromkeys([r"\s"] * bool(space) + [first for first, _, _ in branches]))
    rest = "|".join(f"(?<={behind}){after}" for _, behind, after in branches)
    if rest and space and not any(re.fullmatch(r"\s", m[:1]) for m in marks):
        rest = rf"(?<=\S)(?:{rest})"
    return regex(f"[{firsts}](?:{'|'.join(filter(None, [space, rest]))})")


def phrase_index(table: Mapping[str, Any], field: str) -> dict[str, list[int]]:
    """Phrase → indexes of the actions (in the rules' action order) that list it under ``field``."""
    index: dict[str, list[int]] = {}
    order = 0
    for spec in table.values():
        if not isinstance(spec, Mapping) or not strings(spec.get("verbs")):
            continue
        for phrase in strings(spec.get(field)):
            found = index.setdefault(key(phrase), [])
            if order not in found:
                found.append(order)
        order += 1
    return index


def named_phrases(*tables: Mapping[str, Any]) -> dict[str, str]:
    """Phrase → the name of the table entry that lists it (the first one)."""
    names: dict[str, str] = {}
    for table in tables:
        for name, phrases in table.items():
            for phrase in strings(phrases):
                names.setdefault(key(phrase), name)
    return names


def edge_pattern(phrases: list[str], template: str) -> re.Pattern[str]:
    """``template`` with ``{}`` replaced by a trie of the phrases; never matches when empty."""
    if not phrases:
        return regex(r"(?!x)x")
    return regex(template.format(trie(key(w) for w in phrases)), re.IGNORECASE)


def streets(words: list[str]) -> re.Pattern[str]:
    """Capitalised words ending in a street word, right after a number: an address."""
    if not words:
        return regex(r"(?!x)x")
    names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex(rf"\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}(?:{names})\b")


class Qualifiers(Frozen):
    """What makes a count a part, an increment, a remainder, a severity, a population, a rate or
    a plan (``[text]`` of ``categories.toml`` and ``[severity]`` of ``scopes.toml``)."""

    increment_after: re.Pattern[str]
    increment_before: re.Pattern[str]
    remaining: re.Pattern[str]
    remaining_scope: Mapping[str, str]
    """Category → the scope of a count of those still in its state."""
    severity: re.Pattern[str]
    severity_name: Mapping[str, str]
    places_of: re.Pattern[str]
    capacity_for: re.Pattern[str]
    rates: re.Pattern[str]
    plans: re.Pattern[str]
    illness: re.Pattern[str]
    """After a care trigger: the care was for an illness ("treated in hospital for heatstroke")."""
    parts: tuple[Parts, ...]
    """Named kinds of part ("observed", "sampled" …), tried in order (``[parts]``)."""
    of_total: re.Pattern[str]
    """Between a part and its total: "420 out of 3,000", "900 of the 4,000 ballots"."""
    all_but: re.Pattern[str]
    """Right before a remainder: "all but 4,000 homes"."""

    __slots__ = tuple(__annotations__)  # the fields above


class Parts(Frozen):
    """One kind of part of a set (``[parts.<name>]`` of ``scopes.toml``): the words before the
    number (``before``: a verb right before it or before a preposition) and after it."""

    name: str
    before: re.Pattern[str]
    after: re.Pattern[str]

    __slots__ = tuple(__annotations__)  # the fields above


_GAP = r"(?:[^\W\d_][\w'’-]*|\d[\d,.]*)"
"""A word or a number ("2,500") between a verb and the preposition before the part."""


def _parts(table: Mapping[str, Any]) -> tuple[Parts, ...]:
    found = []
    for name, spec in table.items():
        if name in ("of_total", "remainder") or not isinstance(spec, Mapping):
            continue
        direct, reach = strings(spec.get("direct")), strings(spec.get("reach"))
        branches = []
        if direct or reach:
            verbs = trie(key(w) for w in direct + reach)
            branches.append(
                rf"(?<![\w-])(?:{verbs})(?:\s+{_GAP}){{0,8}}?\s+(?:to|at|in|across|from)\s+"
            )
        if direct:
            branches.append(rf"(?<![\w-])(?:{trie(key(w) for w in direct)})\s+")
        if strings(spec.get("before")):
            branches.append(rf"(?<![\w-])(?:{trie(key(w) for w in strings(spec['before']))})\s+")
        before = "(?:" + "|".join(branches) + ")$" if branches else r"(?!x)x"
        after = edge_pattern(strings(spec.get("after")), r"\s+(?:{})\s")
        found.append(Parts(name=name, before=regex(before, re.IGNORECASE), after=after))
    return tuple(found)


def qualifiers(
    text: Mapping[str, Any], counts: Mapping[str, Any], scopes: Mapping[str, Any]
) -> Qualifiers:
    severity = scopes.get("severity", {})
    parts = scopes.get("parts", {})
    names = {key(phrase): name for name, phrases in severity.items() for phrase in strings(phrases)}
    return Qualifiers(
        increment_after=edge_pattern(
            strings(text.get("increment_after")), r"\s+(?:{})(?![\w-])(?!\s+than\b)"
        ),
        increment_before=edge_pattern(
            strings(text.get("increment_before")), r"(?<![\w-])(?:{})\s+$"
        ),
        remaining=edge_pattern(strings(text.get("remaining")), r"(?<![\w-])(?:{})(?![\w-])"),
        remaining_scope={
            name: str(spec["remaining_scope"])
            for name, spec in counts.items()
            if isinstance(spec, Mapping) and isinstance(spec.get("remaining_scope"), str)
        },
        severity=edge_pattern(list(names), r"(?<![\w-])(?:{})(?![\w-])"),
        severity_name=names,
        places_of=edge_pattern(strings(text.get("places")), r"(?<![\w-])(?:{})\s+of\s+$"),
        capacity_for=edge_pattern(
            strings(text.get("capacity_verbs")), r"(?<![\w-])(?:{})\b[^,;.]{{0,40}}?\bfor\s+$"
        ),
        rates=edge_pattern(strings(text.get("rates")), r"\s*(?:{})(?![\w-])"),
        plans=edge_pattern(strings(text.get("plans")), r"\s*(?:{})(?![\w-])"),
        illness=edge_pattern(
            strings(text.get("illnesses")),
            r"\s+(?:(?:in|at|to)\s+(?:a\s+)?hospitals?\s+)?(?:for|with)\s+(?:{})(?![\w-])",
        ),
        parts=_parts(parts),
        of_total=edge_pattern(
            strings(parts.get("of_total", {}).get("between")),
            r"(?:\s+[^\W\d_][\w-]*){{0,3}}?\s+(?:{})\s+$",
        ),
        all_but=edge_pattern(
            strings(parts.get("remainder", {}).get("before")), r"(?<![\w-])(?:{})\s+$"
        ),
    )

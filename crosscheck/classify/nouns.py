"""The counted noun phrase of a number: "400 ISIS terrorists", "a third of Iraq and Syria"."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from crosscheck._cache import regex
from crosscheck.classify.rules import Rules

__all__ = ["NounPhrase", "is_person", "noun_after", "noun_before", "of_phrase"]

_STRIP = '"“”‘’()[]{},;:!?…*—–'
_STRIP_DOT = _STRIP + "."
_POSSESSIVE_ENDS = ("'s", "’s")
_CAPS_RUN = regex(r"[A-Z]{2}")
_INITIALS = regex(r"(?:[A-Za-z]\.){2,}$")


class NounPhrase(NamedTuple):
    """A counted noun (``head``), the words before it and where the phrase ends."""

    head: str | None
    modifiers: tuple[str, ...]
    end: int

    def subject(self, rules: Rules) -> str | None:
        if self.head is None and not self.modifiers:
            return None
        words = [rules.canonical_entity(m) if m[:1].isupper() else m for m in self.modifiers]
        words = [w for w in words if w.lower() not in rules.ignore_modifiers]
        if self.head is not None:
            words.append(rules.canonical_noun(self.head))
        return " ".join(words) if words else None


def _tokens(text: str, start: int, end: int, limit: int) -> list[tuple[str, int, bool]]:
    """(core word, end offset, ends a phrase) for the first ``limit`` tokens of text[start:end]."""
    out: list[tuple[str, int, bool]] = []
    pos = start
    # str.split and \S+ agree on what a space is; find() gives back each token's offset
    for raw in text[start:end].split(None, limit)[:limit]:
        pos = text.find(raw, pos) + len(raw)
        if raw.isalpha():  # a plain word (most tokens): nothing to strip
            out.append((raw, pos, False))
            continue
        core = raw.strip(_STRIP)
        dotted = "." in core and _INITIALS.search(core) is not None
        if not dotted and core.endswith("."):
            core = core.rstrip(".")
        closed = not dotted and raw != raw.rstrip(_STRIP_DOT)
        if core.endswith(_POSSESSIVE_ENDS):
            core, closed = core[:-2], True
        out.append((core, pos, closed))
        if not core:
            break
    return out


def _is_noun(word: str, rules: Rules) -> bool:
    key = word.lower()
    return (
        key in rules.people or key in rules.things or key in rules.synonyms or is_person(key, rules)
    )


@lru_cache(maxsize=8192)
def is_person(key: str, rules: Rules) -> bool:
    """A noun of people, singular or plural ("guard" as "guards", "police officer")."""
    return (
        key in rules.people
        or rules.canonical_noun(key) in rules.people
        or f"{key}s" in rules.people
        or f"{key}es" in rules.people
        or (key.endswith("man") and f"{key[:-3]}men" in rules.people)
    )


def _ends_phrase(word: str, following: str, rules: Rules) -> bool:
    """A lower-case word followed by another that is no noun is the head: "7.1 quake struck"."""
    if not word[:1].islower() or not following[:1].islower():
        return False
    key = following.lower()
    return not (_is_noun(following, rules) or key in rules.stop or key in rules.count_category)


def _caps(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _caps_lowered(tokens: list[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
    out = []
    for i, (word, end, closed) in enumerate(tokens):
        run = (i > 0 and _caps(tokens[i - 1][0])) or (
            i + 1 < len(tokens) and _caps(tokens[i + 1][0])
        )
        out.append((word.lower() if run and _caps(word) else word, end, closed))
    return out


def noun_after(text: str, start: int, end: int, rules: Rules) -> NounPhrase:
    """The counted noun phrase right after a number: "400 ISIS terrorists" → (terrorists, ISIS).

    Words in a run of capitals ("NEARLY 100 LAGS ON THE RUN") are read in lower case.
    """
    tokens = _tokens(text, start, end, 8)
    if tokens and _CAPS_RUN.search(text, start, tokens[-1][1]):
        tokens = _caps_lowered(tokens)
    i = 0
    if len(tokens) > 1 and tokens[0][0].lower() == "of" and not tokens[0][2]:
        i = 1 + (tokens[1][0].lower() == "the")
    mods: list[str] = []
    head: str | None = None
    last_end = start
    while i < len(tokens) and len(mods) < 4:
        word, tok_end, closed = tokens[i]
        key = word.lower()
        pair = f"{key} {tokens[i + 1][0].lower()}" if i + 1 < len(tokens) and not closed else ""
        if (
            key in rules.ignore_modifiers
            and key in rules.stop
            and i + 1 < len(tokens)
            and not closed
        ):
            i += 1
            continue
        if pair and _is_noun(pair, rules):
            head, last_end = pair, tokens[i + 1][1]
            break
        if pair in rules.count_category:  # "12 pulled alive"
            break
        if (
            (_is_noun(word, rules) and not word[:1].isupper())
            or key in rules.people
            or key in rules.noun_category
        ):
            head, last_end = word, tok_end
            break
        if (
            not word
            or key in rules.stop
            or key in rules.count_category
            or (closed and not word[:1].isupper())
        ):
            if closed and word and key not in rules.stop and not word[:1].isupper():
                head, last_end = word, tok_end
            break
        if key.endswith(("ed", "ing")) and (
            i + 1 >= len(tokens) or tokens[i + 1][0].lower() in rules.stop
        ):
            break
        mods.append(word)
        last_end = tok_end
        i += 1
        if closed or (i < len(tokens) and _ends_phrase(word, tokens[i][0], rules)):
            break
    if head is None and mods and not mods[-1][:1].isupper():
        head = mods.pop()
    return NounPhrase(head, tuple(mods), last_end)


_PAIR = regex(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) and ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
_PAIR_REACH = 3000


def _pair_before(text: str, pos: int, rules: Rules) -> list[list[str]] | None:
    """The most recent "X and Y" pair of names before pos (for "both countries")."""
    pairs = list(_PAIR.finditer(text, max(0, pos - _PAIR_REACH), pos))
    if not pairs:
        return None
    return [[rules.canonical_entity(name)] for name in pairs[-1].groups()]


def of_phrase(text: str, start: int, end: int, rules: Rules) -> str | None:
    """The whole a fraction is of: "a third of Iraq and Syria" → "Iraq and Syria" (sorted).

    "both countries" (or "the two …") stands for the most recent pair of names before it; a
    possessor gives way to the noun it owns ("half of the island's homes" → "homes").
    """
    first = text[start:end].split(None, 1)
    if not first or "of" not in first[0].lower():  # no "of" in the first word: no whole
        return None
    tokens = _tokens(text, start, end, 8)
    if tokens[0][0].lower() != "of" or tokens[0][2]:
        return None
    parts: list[list[str]] = [[]]
    pair = False
    for i, (word, tok_end, closed) in enumerate(tokens[1:], 1):
        key = word.lower()
        if closed and text[tok_end - 2 : tok_end] in _POSSESSIVE_ENDS and i + 1 < len(tokens):
            owned = tokens[i + 1][0]
            if owned.isalpha() and owned.islower() and owned not in rules.stop:
                parts[-1] = []
                continue
        if key in {"both", "two"} and not parts[-1]:
            pair = True
        elif key in {"the", "all"}:
            pass
        elif key == "and" and parts[-1]:
            parts.append([])
        elif not word or key in rules.stop:
            break
        else:
            parts[-1].append(rules.canonical_entity(word) if word[:1].isupper() else word)
        if closed:
            break
    if pair and len(parts) == 1 and len(parts[0]) == 1 and parts[0][0].islower():
        parts = _pair_before(text, start, rules) or parts
    names = sorted(" ".join(p) for p in parts if p)
    return " and ".join(names) if names else None


_NOUN_COMMA = regex(r"([^\W\d_][\w-]*)\s*,\s*$")


def noun_before(text: str, start: int, end: int, rules: Rules) -> str | None:
    """A counted noun just before the number: "the smallest batch of evacuees, just over 200"."""
    before = text[start:end]
    match = _NOUN_COMMA.search(before) if before.rstrip().endswith(",") else None
    if match and _is_noun(match.group(1), rules):
        return rules.canonical_noun(match.group(1))
    return None

"""Subjects as words: the lexicon's aliases, synonyms and stop words compiled, and applied.

A subject is compared as a set of words: entity aliases → one canonical token ("ISIL fighters" →
``islamic_state``, ``fighter``), the classify stage's subject synonyms and the grouping
equivalents → a canonical word ("inmates" → ``prisoners``), stop words and descriptive modifiers
("armed" police) dropped, plurals folded. A subject that coordinates several person nouns
("passengers and crew", "police and soldiers") carries the marker ``&``: it names a mix of people
and is matched like a generic person noun, by its figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from crosscheck._cache import regex
from crosscheck.lexicon import Lexicon

__all__ = ["COORDINATED", "Signature", "Words", "is_generic", "normalise", "normalise_scope"]

COORDINATED = "&"
"""The word a subject coordinating several person nouns carries."""

Signature = frozenset[str]
_WORD = regex(r"[a-z0-9_]+")
_AND = regex(r"\b(?:and|or)\b|&|,", re.IGNORECASE)
_POSSESSIVE = regex(r"'s\b")
_CAPITALISED = regex(r"\b[A-Z][a-z]+\b")
_SCOPE_LEAD = regex(r"^(?:(?:in|on|over|during|for|within|the)\s+)+")


class Words:
    """The lexicon's words compiled for subject normalisation. (A plain class: a dataclass
    costs start-up time to generate.)"""

    def __init__(
        self,
        *,
        exact: re.Pattern[str] | None,
        loose: re.Pattern[str] | None,
        canonical: Mapping[str, str],
        stop: frozenset[str],
        recurring: frozenset[str],
        generic: frozenset[str],
        persons: frozenset[str],
        names: frozenset[str],
        things: frozenset[str],
        by_category: Mapping[str, frozenset[str]],
    ) -> None:
        self.exact = exact  # short capitalised aliases ("IS", "UN"): case-sensitive
        self.loose = loose  # every other phrase: case-insensitive
        self.canonical = canonical  # variant (as matched, lower-cased unless exact) → token(s)
        self.stop = stop  # stop words and descriptive modifiers
        self.recurring = recurring
        self.generic = generic  # normalised words of generic person nouns ("people", "men")
        self.persons = persons  # normalised head words of every noun that counts people
        self.names = names  # the tokens of entity aliases ("islamic_state", "sdf")
        self.things = things  # normalised head words of nouns that count things ("homes")
        self.by_category = by_category  # category → its own generic words ("troops")


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _token(name: str) -> str:
    """A canonical name as one word: "Islamic State" → "islamic_state"."""
    return "_".join(_WORD.findall(name.lower()))


def _alternation(phrases: Iterable[str], *, flags: int) -> re.Pattern[str] | None:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not ordered:
        return None
    # a word of letters and digits needs no escaping (re.escape is the slow part at start-up)
    body = "|".join(
        r"\s+".join(w if w.isalnum() else re.escape(w) for w in p.split()) for p in ordered
    )
    return regex(rf"(?<![\w'’.])(?:{body})(?![\w'’])", flags)


def fold(word: str) -> str:
    """A light plural fold, so "civilian" and "civilians" are one word."""
    if "_" in word or len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _heads(phrases: Iterable[str], canonical: Mapping[str, str]) -> frozenset[str]:
    """The normalised last word of each phrase ("aid workers" → "worker")."""
    out = set()
    for phrase in phrases:
        key = " ".join(phrase.lower().split())
        words = _WORD.findall(canonical.get(key, key))
        if words:
            out.add(fold(words[-1]))
    return frozenset(out)


@lru_cache(maxsize=16)
def compiled(lexicon: Lexicon) -> Words:
    exact: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for name, variants in lexicon["entities"].get("aliases", {}).items():
        token = _token(str(name))
        for variant in [str(name), *_strings(variants)]:
            if len(variant) <= 3 and variant.isupper():
                exact.setdefault(variant, token)
            else:
                canonical.setdefault(" ".join(variant.lower().split()), token)
    grouping = lexicon["entities"].get("grouping", {})
    synonyms = lexicon["subjects"].get("synonyms", {})
    for table in [synonyms, grouping.get("equivalents", {})]:
        for name, variants in table.items():
            for variant in _strings(variants):
                canonical.setdefault(" ".join(variant.lower().split()), str(name).lower())
    generic = _strings(grouping.get("generic_subjects"))
    counted = lexicon["subjects"].get("counted", {})
    person_nouns = [*_strings(counted.get("people")), *(str(name) for name in synonyms), *generic]
    persons = _heads(person_nouns, canonical)
    return Words(
        exact=_alternation(exact, flags=0),
        loose=_alternation(canonical, flags=re.IGNORECASE),
        canonical={**canonical, **exact},
        stop=frozenset(
            w.lower()
            for key in ("stop_words", "descriptive_modifiers")
            for w in _strings(grouping.get(key))
        ),
        recurring=frozenset(w.lower() for w in _strings(grouping.get("recurring_actions"))),
        generic=frozenset(
            fold(word)
            for phrase in generic
            for word in canonical.get(" ".join(phrase.lower().split()), phrase.lower()).split()
        ),
        persons=persons,
        names=frozenset(_token(str(name)) for name in lexicon["entities"].get("aliases", {})),
        things=_heads(_strings(counted.get("things")), canonical) - persons,
        by_category={
            str(category): _heads(_strings(nouns), canonical)
            for category, nouns in grouping.get("category_generic", {}).items()
        },
    )


@lru_cache(maxsize=4096)
def normalise(subject: str, lexicon: Lexicon) -> tuple[Signature, frozenset[str]]:
    """(normalised words, those of them written as proper nouns: capitalised, not an alias).

    Kept per subject: a batch repeats its subjects, and judging asks again."""
    words = compiled(lexicon)
    text = subject.replace("’", "'")
    if "'" in text:
        text = _POSSESSIVE.sub("", text)
    if words.exact is not None:
        text = words.exact.sub(lambda m: f" {words.canonical[m.group()]} ", text)
    if words.loose is not None:
        text = words.loose.sub(
            lambda m: f" {words.canonical.get(' '.join(m.group().lower().split()), m.group())} ",
            text,
        )
    proper = frozenset(fold(w.lower()) for w in _CAPITALISED.findall(text))
    sig = frozenset(fold(w) for w in _WORD.findall(text.lower()) if w not in words.stop)
    if _AND.search(subject) and len(sig & words.persons) >= 2:
        sig |= {COORDINATED}
    return sig, proper


def is_generic(subject: str, *, lexicon: Lexicon) -> bool:
    """Whether a subject names people without saying which: only generic person nouns ("people",
    "men", "staff members"), or several person nouns coordinated ("passengers and crew")."""
    sig = normalise(subject, lexicon)[0]
    return bool(sig) and (COORDINATED in sig or sig <= compiled(lexicon).generic)


def normalise_scope(scope: str | None) -> str:
    """A scope compared as words: case, spacing and a leading preposition do not matter."""
    if scope is None:
        return ""
    return _SCOPE_LEAD.sub("", " ".join(scope.lower().split()))

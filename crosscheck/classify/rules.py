"""The classify stage's lexicon, compiled once per Lexicon: phrase patterns and lookup tables.

Built from ``categories.toml``, ``subjects.toml``, ``scopes.toml`` and (read-only)
``entities.toml``. ``rules_for`` is cached on the lexicon's identity.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from crosscheck.classify._frozen import Frozen
from crosscheck.classify._patterns import (
    Qualifiers,
    clause_breaks,
    clause_words,
    edge_pattern,
    named_phrases,
    phrase_index,
    qualifiers,
    streets,
)
from crosscheck.classify._patterns import (
    key as _key,
)
from crosscheck.classify._patterns import (
    strings as _strings,
)
from crosscheck.classify._phrases import Phrases, Vocabulary
from crosscheck.lexicon import Lexicon

__all__ = ["Action", "Lists", "Rules", "rules_for"]


class Lists:
    """Indexes of the phrase lists in ``Rules.vocabulary`` (one word scan serves them all)."""

    NOT_TRIGGERS = 0
    TRIGGERS = 1
    SPEECH = 2
    ACCORDING = 3
    SCOPES = 4
    CUES = 5
    BACKGROUND = 6
    VERBS = 7
    OBJECTS = 8
    ACTION_OBJECTS = 9  # the first purpose action's own objects; the others' follow


class Action(NamedTuple):
    """A key action a date can be tied to ("assault launched")."""

    name: str
    category: str
    subject: str
    objects: bool
    """Whether the action needs one of its objects near its verb."""
    purpose: bool = False
    claim: bool = True
    """False for actions that only hold a date ("the toll rose … on Monday"): no claim."""
    collective: bool = False
    """True when one person's doing it is not the story's action ("she left … on Friday")."""
    incident: bool = False
    """True for the story's incident itself (the quake struck, the fire broke out): a count
    "since" its day counts everything so far."""
    modifier: bool = False
    """True when the action is only named by a noun the date modifies ("the May 4 election")."""
    object_list: int | None = None
    """Index in ``Rules.vocabulary`` of a purpose action's own objects."""


class Rules(Frozen):
    """The compiled lexicon; compared and hashed by identity, like the Lexicon it comes from."""

    vocabulary: Vocabulary
    """The phrase lists found by one word scan; indexes in ``Lists``."""
    count_category: Mapping[str, str]
    noun_category: Mapping[str, str]
    thing_categories: frozenset[str]
    fallback: frozenset[str]
    day_scope: Mapping[str, bool]
    default_subject: Mapping[str, str]
    future_categories: frozenset[str]
    actions: tuple[Action, ...]
    verb_actions: Mapping[str, tuple[int, ...]]
    """An action verb (list ``VERBS``) → the actions it states."""
    object_actions: Mapping[str, frozenset[int]]
    speech_skip: frozenset[str]
    pronouns: frozenset[str]
    source_nouns: frozenset[str]
    attributive: frozenset[str]
    subordinators: re.Pattern[str]
    """One-word windows that describe a noun right after them ("overnight express")."""
    synonyms: Mapping[str, str]
    aliases: Mapping[str, str]
    people: frozenset[str]
    things: frozenset[str]
    ignore_modifiers: frozenset[str]
    stop: frozenset[str]
    abbreviations: frozenset[str]
    clause_breaks: re.Pattern[str]
    clause_words: int | None
    """Index in ``vocabulary`` of the break words found by the word scan (None: a branch of
    ``clause_breaks`` finds them)."""
    possessives: frozenset[str]
    not_counts: re.Pattern[str]
    not_before: re.Pattern[str]
    manner_before: re.Pattern[str]
    links: re.Pattern[str]
    subject_verbs: frozenset[str]
    singular: re.Pattern[str]
    light_verbs: frozenset[str]
    capacity_before: re.Pattern[str]
    streets: re.Pattern[str]
    thing_states: Mapping[str, str]
    """A verb or participle → what happened to counted things ("razed" → "destroyed")."""
    of_them: re.Pattern[str]
    qualifiers: Qualifiers

    __slots__ = tuple(__annotations__)  # the fields above

    def canonical_noun(self, phrase: str) -> str:
        key = _key(phrase)
        return self.synonyms.get(key, key)

    def canonical_entity(self, phrase: str) -> str:
        return self.aliases.get(phrase, self.aliases.get(phrase.lower(), phrase))


class _CountTables:
    """What ``[counts]`` of ``categories.toml`` says, table by table (filled by ``_counts``)."""

    def __init__(self) -> None:
        self.category: dict[str, str] = {}
        self.nouns: dict[str, str] = {}
        self.things: set[str] = set()
        self.fallback: set[str] = set()
        self.day_scope: dict[str, bool] = {}
        self.default_subject: dict[str, str] = {}
        self.future: set[str] = set()


def _counts(table: Mapping[str, Any]) -> _CountTables:
    tables = _CountTables()
    for name, spec in table.items():
        if not isinstance(spec, Mapping):
            continue
        for phrase in _strings(spec.get("triggers")):
            tables.category.setdefault(_key(phrase), name)
        for phrase in _strings(spec.get("nouns")):
            tables.nouns.setdefault(_key(phrase), name)
        if spec.get("fallback") is True:
            tables.fallback.add(name)
        if spec.get("counts_things") is True:
            tables.things.add(name)
        if spec.get("future_counts") is True:
            tables.future.add(name)
        tables.day_scope[name] = spec.get("day_scope", True) is not False
        tables.default_subject[name] = str(spec.get("default_subject", "people"))
    return tables


def _actions(table: Mapping[str, Any]) -> tuple[tuple[Action, ...], list[Phrases]]:
    """The actions, and the own objects of those whose subject states a purpose."""
    actions = []
    own: list[Phrases] = []
    for name, spec in table.items():
        if not isinstance(spec, Mapping) or not _strings(spec.get("verbs")):
            continue
        objects = _strings(spec.get("objects"))
        purpose = spec.get("purpose") is True
        if purpose and objects:
            own.append(Phrases(objects))
        actions.append(
            Action(
                name=name,
                category=str(spec.get("category", "event_date")),
                subject=str(spec.get("subject", name.replace("_", " "))),
                objects=bool(objects),
                purpose=purpose,
                claim=spec.get("claim", True) is not False,
                collective=spec.get("collective") is True,
                incident=spec.get("incident") is True,
                modifier=spec.get("modifier") is True,
                object_list=Lists.ACTION_OBJECTS + len(own) - 1 if purpose and objects else None,
            )
        )
    return tuple(actions), own


@lru_cache(maxsize=8)
def rules_for(lexicon: Lexicon) -> Rules:
    cats = lexicon["categories"]
    subjects = lexicon["subjects"]
    scopes = lexicon["scopes"]
    counts = cats.get("counts", {})
    tables = _counts(counts)
    attribution = cats.get("attribution", {})
    text = cats.get("text", {})
    synonyms: dict[str, str] = {}
    for canonical, variants in subjects.get("synonyms", {}).items():
        for variant in _strings(variants):
            synonyms.setdefault(_key(variant), canonical)
    aliases: dict[str, str] = {}
    for canonical, variants in lexicon["entities"].get("aliases", {}).items():
        for variant in _strings(variants):
            aliases.setdefault(variant, canonical)
            if len(variant) > 3:
                aliases.setdefault(variant.lower(), canonical)
    counted = subjects.get("counted", {})
    people = {_key(w) for w in _strings(counted.get("people"))}
    people |= {c for c in subjects.get("synonyms", {}) if _key(c) in people or c in people}
    dates = cats.get("dates", {})
    verbs = phrase_index(dates, "verbs")
    objects = phrase_index(dates, "objects")
    scope_name = named_phrases(scopes.get("windows", {}), scopes.get("qualifiers", {}))
    actions, own_objects = _actions(dates)
    lists = [
        Phrases(_strings(text.get("not_triggers"))),
        Phrases(tables.category, tables.category),
        Phrases(_strings(attribution.get("verbs"))),
        Phrases(_strings(attribution.get("before"))),
        Phrases(scope_name, scope_name),
        Phrases(_strings(cats.get("cues", {}).get("words"))),
        Phrases(_strings(text.get("background"))),
        Phrases(verbs),
        Phrases(objects),
        *own_objects,
    ]
    break_words = clause_words(text)
    if break_words is not None:
        lists.append(Phrases(break_words))
    return Rules(
        vocabulary=Vocabulary(lists),
        count_category=tables.category,
        noun_category=tables.nouns,
        thing_categories=frozenset(tables.things),
        fallback=frozenset(tables.fallback),
        day_scope=tables.day_scope,
        default_subject=tables.default_subject,
        future_categories=frozenset(tables.future),
        actions=actions,
        verb_actions={k: tuple(v) for k, v in verbs.items()},
        object_actions={k: frozenset(v) for k, v in objects.items()},
        speech_skip=frozenset(_key(w) for w in _strings(attribution.get("skip"))),
        pronouns=frozenset(_key(w) for w in _strings(attribution.get("pronouns"))),
        source_nouns=frozenset(_key(w) for w in _strings(attribution.get("nouns"))),
        attributive=frozenset(
            _key(w) for w in _strings(scopes.get("attributive", {}).get("words"))
        ),
        synonyms=synonyms,
        aliases=aliases,
        people=frozenset(people),
        things=frozenset(_key(w) for w in _strings(counted.get("things"))),
        ignore_modifiers=frozenset(_key(w) for w in _strings(counted.get("ignore_modifiers"))),
        stop=frozenset(_key(w) for w in _strings(counted.get("stop"))),
        abbreviations=frozenset(_key(w) for w in _strings(text.get("abbreviations"))),
        clause_breaks=clause_breaks(text, words=break_words is None),
        clause_words=None if break_words is None else len(lists) - 1,
        possessives=frozenset(_key(w) for w in _strings(text.get("possessives"))),
        not_counts=edge_pattern(_strings(text.get("not_counts")), r"\s*(?:{})(?![^\W\d_])"),
        not_before=edge_pattern(_strings(text.get("not_before")), r"(?<![\w-])(?:{})[\s-]*$"),
        manner_before=edge_pattern(_strings(text.get("manner_before")), r"(?<![\w-])(?:{})\s+$"),
        links=edge_pattern(_strings(text.get("links")), r"(?<![\w-])(?:{})\s+$"),
        subject_verbs=frozenset(_key(w) for w in _strings(text.get("subject_verbs"))),
        light_verbs=frozenset(_key(w) for w in _strings(text.get("light_verbs"))),
        capacity_before=edge_pattern(
            _strings(text.get("capacity_before")), r"(?<![\w-])(?:{})\s+$"
        ),
        subordinators=edge_pattern(_strings(text.get("subordinators")), r"(?<![\w-])(?:{})\s"),
        streets=streets(_strings(text.get("streets"))),
        thing_states=named_phrases(text.get("thing_states", {})),
        of_them=edge_pattern(_strings(text.get("of_them")), r"\s+(?:{})(?![\w-])"),
        singular=edge_pattern(_strings(text.get("singular")), r"(?<!\w)(?:{})(?!\w)"),
        qualifiers=qualifiers(text, counts, scopes),
    )

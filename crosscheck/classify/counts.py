"""Count claims: a number that counts people or things of the story, typed by its clause.

The category comes from ``category`` (trigger words and counted nouns, ``categories.toml``). A
core category needs a counted noun of people (or none): "six trucks" near "came out" is not an
evacuation. Numbers worth no claim: money and units (unless the unit is a counted thing such as
acres), decimals, labels and measures ("magnitude 7.1"), ages, addresses, "her three children",
capacities ("the school has 600 students") and background figures of earlier events.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from crosscheck._cache import regex
from crosscheck.classify.background import Background
from crosscheck.classify.category import category_of
from crosscheck.classify.context import Match, Page
from crosscheck.classify.nouns import NounPhrase, is_person, noun_after, noun_before, of_phrase
from crosscheck.classify.parts import Referent, included_in, with_state
from crosscheck.classify.predicate import linked_before, predicate_past_aside
from crosscheck.classify.qualifiers import (
    described_before,
    description,
    earlier_figure,
    extra_scope,
    is_plan,
    is_population_or_rate,
    part_of_the,
    subset_scope,
    vague,
)
from crosscheck.classify.scope import scope_of
from crosscheck.classify.sentences import Sentence, trim
from crosscheck.model import DateMention, NumberMention

__all__ = ["CountFind", "find_counts"]

_FIRST_WORD = regex(r"\s*([^\W\d_][\w-]*)")
_SHARE_VERB = (
    r"\s+(?:(?:had|has|have)\s+)?"
    r"(?:was|is|stood at|stands at|at|of|reached|hit|rose to|fell to|climbed to)\s+$"
)
_SHARE_VERB_ENDS = ("was", "is", "at", "of", "reached", "hit", "to")
"""How every verb of ``_SHARE_VERB`` ends."""
_SHARE_BEFORE = regex(r"\b([^\W\d_]{3,})" + _SHARE_VERB)
# "Turnout in the capital was 58 percent": the share is of the noun before the place
_SHARE_IN = regex(r"\b([^\W\d_]{3,})\s+(?:in|at|across|among|for)\s+[^,;]{1,40}?" + _SHARE_VERB)
_MORE = regex(r"\s+(?:more|others?)\b(?!\s+[^\W\d_]+\s+(?:were|was|are|have|had))")

Span = tuple[int, int]


class CountFind(NamedTuple):
    """One count claim found (a named tuple: cheaper than a dataclass to define and build)."""

    mention: NumberMention
    sentence: Sentence
    quote: Span
    category: str
    subject: str
    scope: str | None
    anchor: Span | None = None
    """The trigger that gave the category, if any."""
    scope_span: Span | None = None
    """The words the scope was read from, if any."""


def _set_aside(
    page: Page,
    background: Background,
    mention: NumberMention,
    sentence: Sentence,
    undecided: Span | None,
) -> bool:
    """The costlier tests, made once the cheaper ones have kept the number: a label or possessed
    number told by the words before it (when ``description`` told nothing: ``undecided`` is
    then its clause), or a background figure."""
    if undecided is not None and described_before(page, mention, undecided[0]):
        return True
    return background.of(mention.start, (sentence.start, sentence.end))


def _share_of(page: Page, mention: NumberMention, clause: Span) -> str | None:
    """What a share without "of" is of: "15 percent contained", "turnout was 62 percent"."""
    text, rules = page.text, page.rules
    after = _FIRST_WORD.match(text, mention.end, clause[1])
    if after and after.group(1).islower() and after.group(1) not in rules.stop:
        return after.group(1)
    lead = text[clause[0] : mention.start]
    if not (lead[-1:].isspace() and lead.rstrip().endswith(_SHARE_VERB_ENDS)):
        return None  # no share verb right before: neither pattern can match
    before = _SHARE_IN.search(text, clause[0], mention.start) or _SHARE_BEFORE.search(
        text, clause[0], mention.start
    )
    if before and before.group(1).lower() not in rules.stop:
        word = before.group(1).lower()
        # "turnout of 60 percent" but not "a limit of 10 per cent"
        if not before.group().rstrip().endswith(" of") or word in rules.count_category:
            return word
    return None


def _trigger_noun(page: Page, mention: NumberMention, anchor: Match | None) -> str | None:
    """A counted thing named by the trigger before the number ("cholera cases pass 1,800")."""
    if anchor is None or anchor.end > mention.start:
        return None
    word = page.text[anchor.start : anchor.end].lower()
    return word if word in page.rules.things else None


def _in_date(dates: Sequence[DateMention], starts: list[int], mention: NumberMention) -> bool:
    i = bisect_left(starts, mention.end) - 1
    while i >= 0:
        if dates[i].end > mention.start:
            return True
        if starts[i] < mention.start - 80:
            return False
        i -= 1
    return False


def find_counts(
    page: Page,
    numbers: Sequence[NumberMention],
    dates: Sequence[DateMention],
    reference: date | None = None,
) -> list[CountFind]:
    rules, text = page.rules, page.text
    date_starts = [d.start for d in dates]
    background = Background(page, dates, numbers, reference)
    finds = []
    last: tuple[Sentence, NounPhrase] | None = None
    referent: Referent | None = None
    previous: tuple[int, tuple[str, str]] | None = None  # last count's sentence, kind
    sentences, starts = page.sentences, page.starts
    for i, mention in enumerate(numbers):
        # cheapest tests first (none has a side effect): a unit that is no counted thing
        unit = mention.unit
        if unit is not None and unit != "fraction" and unit + "s" not in rules.things:
            continue
        index = bisect_right(starts, mention.start) - 1  # page.sentence_at, inlined
        if index < 0:
            continue
        sentence = sentences[index]
        if mention.start >= sentence.end or mention.end > sentence.end:
            continue
        if _in_date(dates, date_starts, mention):
            continue
        clause = sentence.clause_at(mention.start)
        described = description(page, mention, clause)
        if described:
            continue
        # The costlier tests (``_set_aside``) are made once the cheaper ones have kept the
        # number, and before anything it gives carries over to the next number (``last``,
        # ``referent``, ``previous``).
        undecided = clause if described is None else None
        checked = False
        anchor: Match | None = None
        part_of: Referent | None = None
        part_scope: str | None = None
        included: str | None = None
        subset: str | None = None
        of_them = rules.of_them.match(text, mention.end, clause[1])
        if of_them is not None:
            if referent is None or referent.sentence < index - 1:
                continue  # "Several of them …" with no count just before: who is unknown
            part_of = referent
        if mention.unit == "fraction":
            whole = of_phrase(text, mention.end, clause[1], rules) or _share_of(
                page, mention, clause
            )
            if whole is None or _set_aside(page, background, mention, sentence, undecided):
                continue
            category, subject = "other_count", whole
        else:
            if part_of is not None and of_them is not None:
                phrase = NounPhrase(part_of.phrase.head, part_of.phrase.modifiers, of_them.end())
            elif mention.unit is None:
                phrase = noun_after(text, mention.end, clause[1], rules)
            else:
                phrase = NounPhrase(f"{mention.unit}s", (), mention.end)
            if phrase.head is None and last is not None and last[0] is sentence:
                more = _MORE.match(text, mention.end, clause[1])
                if more:
                    phrase = NounPhrase(last[1].head, last[1].modifiers, more.end())
            head = phrase.head.lower() if phrase.head else None
            if head is not None and (is_person(head, rules) or head in rules.things):
                if _set_aside(page, background, mention, sentence, undecided):
                    continue
                checked, last = True, (sentence, phrase)
            category, anchor = category_of(page, mention, clause, phrase)
            if (
                category == "wounded"
                and anchor is not None
                and rules.qualifiers.illness.match(text, anchor.end, clause[1])
            ):
                category, anchor = "other_count", None  # "treated in hospital for heatstroke"
            if category == "other_count" and anchor is None:
                found = predicate_past_aside(page, sentence, clause)
                if found is not None:
                    anchor, clause = found[0], (clause[0], found[1])
                elif phrase.head is None:
                    anchor = linked_before(page, sentence, clause, mention)
                if anchor is not None:
                    category = anchor.label
            inside = included_in(page, mention, index, referent)
            bigger = part_of or inside
            if anchor is None and bigger is not None:
                # "Fourteen were hurt, two of them seriously", "killed 14, including three
                # police officers": a part counted by its noun alone is counted as its whole
                category = bigger.category
            person = head is None or is_person(head, rules)
            thing = head is not None and head in rules.things
            if category != "other_count" and not person:
                named = head in rules.count_category or head in rules.noun_category
                if not (named or (thing and category in rules.thing_categories)):
                    category, anchor = "other_count", None
            if category == "other_count" and (
                (anchor is None and not (head is not None and (person or thing)))
                or mention.low == mention.high == 1  # "one officer warned": a person, no count
                or rules.capacity_before.search(
                    text, max(clause[0], mention.start - 30), mention.start
                )
            ):
                continue
            if (
                (category == "other_count" or anchor is None)
                and category not in rules.future_categories
                and is_plan(page, phrase, clause)
            ):
                continue
            if is_population_or_rate(page, mention, phrase, clause):
                continue
            if not checked and _set_aside(page, background, mention, sentence, undecided):
                continue
            subject = (
                phrase.subject(rules)
                or noun_before(text, clause[0], mention.start, rules)
                or _trigger_noun(page, mention, anchor)
                or rules.default_subject.get(category, "people")
            )
            if thing:
                subject = with_state(page, subject, mention, phrase, clause)
            subset, subject = subset_scope(page, numbers, i, phrase, clause, (category, subject))
            if inside is not None and inside.category == category:
                included = f"part of {inside.value_text.lower()}"
            referent = Referent(index, phrase, category, mention.text, mention.end)
            part_scope = part_of_the(page, mention, phrase, category)
        scope: str | None
        if part_of is not None and category == part_of.category:
            scope, scope_span = f"part of {part_of.value_text.lower()}", None
        else:
            scope, scope_span = scope_of(
                page,
                sentence,
                clause,
                dates,
                day_scope=rules.day_scope.get(category, True),
                value=(
                    (mention.start, mention.end),
                    (anchor.start, anchor.end) if anchor is not None else None,
                ),
            )
        if subset is not None:
            scope, scope_span = subset, None  # "visited 420 polling stations": no total
        if earlier_figure(page, mention):
            scope, scope_span = "earlier figure", None
        if (part_of is not None or part_scope is not None) and vague(mention):
            continue  # "several of the injured": no figure to compare
        if scope is None and (part_scope or included) is not None:
            # "Seventeen of the dead were fans", "killed 12, including three children"; a window
            # wins ("Six of the deaths were in the last week")
            scope = part_scope or included
        elif scope is None:
            earlier = previous[1] if previous is not None and previous[0] >= index - 1 else None
            scope = extra_scope(page, mention, (category, subject), anchor, clause, earlier)
        quote = trim(text, *clause)
        if not quote[0] <= mention.start < mention.end <= quote[1]:
            quote = (min(quote[0], mention.start), max(quote[1], mention.end))
        where = (anchor.start, anchor.end) if anchor is not None else None
        finds.append(
            CountFind(mention, sentence, quote, category, subject, scope, where, scope_span)
        )
        previous = (index, (category, subject))
    return finds

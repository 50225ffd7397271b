"""The records that flow through the pipeline: load → extract → classify → group → judge → render.

Every record is an immutable named tuple: fields by name, ``_replace`` for a changed copy,
``_asdict`` for a dict. (Not dataclasses: a process that defines a dataclass pays for
``dataclasses`` and the ``inspect``/``ast``/``dis`` modules it imports, ~6 ms, plus ~0.4 ms per
class, at every start; a short report's whole budget is ~100 ms.) Offsets are Python ``str``
indices into the decoded text of the document, so ``document.text[start:end]`` is always the
quoted text.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, NamedTuple

Kind = Literal["count", "date"]
Verdict = Literal["agree", "contradict", "single"]
PublishedFrom = Literal["dateline", "metadata", "option"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""Weekday names indexed like ``datetime.date.weekday()`` (Monday is 0)."""

COUNT_CATEGORIES = (
    "killed",
    "wounded",
    "missing",
    "evacuated",
    "displaced",
    "arrested",
    "captured",
    "surrendered",
    "rescued",
    "troops",
    "other_count",
)
DATE_CATEGORIES = ("attack_start", "event_date", "other_date")


class CountValue(NamedTuple):
    """An interval of possible counts; ``None`` is an open end. Fractions have unit "fraction"."""

    low: float | None
    high: float | None
    approximate: bool = False
    unit: str | None = None


class DateValue(NamedTuple):
    """A partial date: each field is ``None`` when the text leaves it open.

    ``weekday`` is 0 for Monday … 6 for Sunday. ``earliest``/``latest`` bound the possible days
    when the text gives a span ("early March" → 1–10 March) and are ``None`` otherwise.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    earliest: date | None = None
    latest: date | None = None


class NumberMention(NamedTuple):
    """A numeric expression in a text, claim or not, normalised to an interval."""

    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    approximate: bool = False
    unit: str | None = None

    @property
    def value(self) -> CountValue:
        return CountValue(self.low, self.high, self.approximate, self.unit)


class DateMention(NamedTuple):
    """A calendar date expression in a text, resolved as far as the text and reference allow."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    earliest: date | None = None
    latest: date | None = None

    @property
    def value(self) -> DateValue:
        return DateValue(self.year, self.month, self.day, self.weekday, self.earliest, self.latest)


class Document(NamedTuple):
    """One input article. ``error`` is set (and ``text`` empty) when it could not be read."""

    id: str
    path: str
    text: str = ""
    published: date | None = None
    published_from: PublishedFrom | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()


class Claim(NamedTuple):
    """A sourced statement of a count or a date, with the exact words that carry it."""

    id: str
    doc: str
    kind: Kind
    category: str
    quote: str
    start: int
    end: int
    value_text: str
    value_start: int
    value_end: int
    subject: str
    scope: str | None
    attribution: str | None
    value: CountValue | DateValue
    cues: tuple[str, ...] = ()
    """Words in the clause a careful reader would weigh ("another", "resumed", "latest")."""


class Group(NamedTuple):
    """Claims that state the same quantity, with the verdict on whether their sources agree."""

    id: str
    kind: Kind
    category: str
    subject: str
    scope: str | None
    claims: tuple[str, ...]
    docs: tuple[str, ...]
    verdict: Verdict
    consensus: CountValue | DateValue | None
    explanation: str


class Summary(NamedTuple):
    documents: int
    claims: int
    groups: int
    agreements: int
    contradictions: int
    single_source: int


class Report(NamedTuple):
    """The cross-check of one event: its documents, their claims, and the judged groups."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    groups: tuple[Group, ...]
    event: str | None = None

    @property
    def summary(self) -> Summary:
        verdicts = [g.verdict for g in self.groups]
        return Summary(
            documents=len(self.documents),
            claims=len(self.claims),
            groups=len(self.groups),
            agreements=verdicts.count("agree"),
            contradictions=verdicts.count("contradict"),
            single_source=verdicts.count("single"),
        )

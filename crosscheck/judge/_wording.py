"""Words for explanations: values as a journalist writes them, names joined, wordings by source.

Shared by the explanation sentences (``explain``): "147", "at least 15", "Sunday 10 March 2019",
"000, 001 and 004", and each camp of agreeing claims with the value they allow together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from crosscheck.model import WEEKDAYS, Claim, CountValue, DateValue

__all__ = [
    "SHOW",
    "Camp",
    "by_wording",
    "day_text",
    "format_count",
    "format_date",
    "format_value",
    "join",
    "middle",
    "says",
    "written",
]

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
SHOW = 8
"""Most names, wordings or sides one sentence lists before it sums up the rest."""


class Camp:
    """Claims that agree with each other, the value they allow together, and their documents.

    (A plain class: a dataclass costs start-up time to generate.)"""

    __slots__ = ("claims", "docs", "value")

    def __init__(self, claims: tuple[Claim, ...], value: CountValue | DateValue | None) -> None:
        self.claims = claims
        self.value = value
        self.docs: tuple[str, ...] = tuple(sorted({c.doc for c in claims}))


def _number(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.3g}"


def format_count(value: CountValue) -> str:
    """A count as words: "147", "at least 15", "4,000 to 9,999", "33.3%"."""

    def show(x: float) -> str:
        return f"{x * 100:.3g}%" if value.unit == "fraction" else _number(x)

    low, high = value.low, value.high
    if low is None and high is None:
        return "an unknown number"
    if low is None:
        assert high is not None
        return f"at most {show(high)}"
    if high is None:
        return f"at least {show(low)}"
    if low == high:
        return ("about " if value.approximate else "") + show(low)
    return f"{show(low)} to {show(high)}"


def day_text(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def format_date(value: DateValue) -> str:
    """A partial date as words: "Sunday 10 March 2019", "10 March", "September", "Thursday"."""
    parts = [WEEKDAYS[value.weekday]] if value.weekday is not None else []
    if value.day is not None or value.month is not None or value.year is not None:
        if value.day is None and value.earliest and value.latest:
            parts.append(f"between {day_text(value.earliest)} and {day_text(value.latest)}")
        else:
            fields = [value.day, MONTHS[value.month - 1] if value.month else None, value.year]
            parts.append(" ".join(str(f) for f in fields if f is not None))
    elif value.earliest and value.latest:
        parts.append(f"between {day_text(value.earliest)} and {day_text(value.latest)}")
    return " ".join(parts) or "an unknown date"


def format_value(value: CountValue | DateValue | None) -> str:
    if isinstance(value, CountValue):
        return format_count(value)
    if isinstance(value, DateValue):
        return format_date(value)
    return "no single value"


def middle(value: CountValue | DateValue) -> float:
    """The middle of a count's interval (an open end left out), to order figures."""
    assert isinstance(value, CountValue)
    ends = [x for x in (value.low, value.high) if x is not None]
    return sum(ends) / len(ends) if ends else 0.0


def written(claim: Claim) -> tuple[str, str]:
    """A claim's value as written (formatted if it has no words), and that wording compared
    without case or spacing."""
    text = claim.value_text.strip() or format_value(claim.value)
    return text, " ".join(text.lower().split())


def join(labels: Sequence[str], sep: str = " and ") -> str:
    """Names joined for a sentence; a long list is cut short ("… and 12 more")."""
    if len(labels) > SHOW:
        return ", ".join(labels[: SHOW - 1]) + f" and {len(labels) - SHOW + 1} more"
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + sep + labels[-1]


def says(labels: Sequence[str]) -> str:
    return "says" if len(labels) == 1 else "say"


def by_wording(claims: Sequence[Claim], labels: Mapping[str, str]) -> list[tuple[str, list[str]]]:
    """(words used, documents using them), most documents first, then first seen."""
    seen: dict[str, tuple[str, list[str]]] = {}
    for c in claims:
        text, key = written(c)
        entry = seen.setdefault(key, (text, []))
        if labels[c.doc] not in entry[1]:
            entry[1].append(labels[c.doc])
    ranked = sorted(enumerate(seen.values()), key=lambda e: (-len(e[1][1]), e[0]))
    return [(text, sorted(docs)) for _, (text, docs) in ranked]

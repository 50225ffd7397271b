"""The fast paths of grouping, judging and rendering give what the general ones give."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from crosscheck.compare import (
    _abstract_candidates,
    _date_subsets,
    _fits_abstract,
    _fits_day,
    _years,
    agreeing_camps,
)
from crosscheck.judge.explain import _wire
from crosscheck.model import Claim, CountValue, DateValue, Report
from crosscheck.pipeline import check, check_events
from crosscheck.render import table
from crosscheck.render._grid import Unsupported, _single_cells, narrow, wrap

EVENTS = Path(__file__).parent / "events"
ALPHABET = "abcdefghij…—éß“”’⁄-.,0123456789ABC   \n"


def _rich_table(reports: list[Report], width: int, max_rows: int | None) -> str:
    """The table as rich draws it (the plain drawing switched off)."""
    original = table._plain

    def unsupported(*args: object) -> str:
        raise Unsupported("rich")

    table._plain = unsupported  # type: ignore[assignment]
    try:
        return table.render_table(reports, width=width, max_rows=max_rows)
    finally:
        table._plain = original  # type: ignore[assignment]


def _plain_table(reports: list[Report], width: int, max_rows: int | None) -> str:
    """The table as ``_grid`` draws it (raises ``Unsupported`` rather than fall back to rich)."""
    return table._plain(*table._described(reports, max_rows), width)


@pytest.fixture(scope="module")
def reports() -> list[list[Report]]:
    return [[check([EVENTS])], list(check_events([EVENTS]))]


@pytest.mark.parametrize(("width", "max_rows"), [(30, None), (100, 3)])
def test_plain_table_is_rich_table(
    reports: list[list[Report]], width: int, max_rows: int | None
) -> None:
    for items in reports:
        assert _plain_table(items, width, max_rows) == _rich_table(items, width, max_rows)


def test_plain_table_on_odd_text(reports: list[list[Report]]) -> None:
    """Long words folded, spaces and line breaks, punctuation outside Latin-1, narrow widths."""
    rng = random.Random(7)

    def text(most: int) -> str:
        words = rng.randint(0, most)
        return " ".join(
            "".join(rng.choice(ALPHABET) for _ in range(rng.choice([1, 3, 8, 21, 55])))
            for _ in range(words)
        )

    full = reports[0][0]
    groups = tuple(g for g in full.groups if g.verdict != "single")[:4] + full.groups[-2:]
    kept = {c for g in groups for c in g.claims}
    base = full._replace(groups=groups, claims=tuple(c for c in full.claims if c.id in kept))
    for _ in range(8):
        claims = tuple(
            c._replace(quote=text(12), value_text=text(3), subject=text(4), attribution=text(2))
            for c in base.claims
        )
        groups = tuple(g._replace(explanation=text(30)) for g in base.groups)
        report = base._replace(claims=claims, groups=groups, event=text(5) or None)
        width = rng.choice([25, 40, 64, 100])
        rows = rng.choice([None, 2])
        assert _plain_table([report], width, rows) == _rich_table([report], width, rows)


def test_single_cells_are_single_cells_for_rich() -> None:
    from rich._unicode_data import VERSIONS
    from rich.cells import get_character_cell_size

    for version in VERSIONS:
        assert all(get_character_cell_size(c, version) == 1 for c in _single_cells())


def test_wide_text_goes_to_rich() -> None:
    assert not narrow("東京")
    assert not narrow("a\tb")
    with pytest.raises(Unsupported):
        wrap("東京 tower", 10)


def test_wire_joins_copies() -> None:
    quote = "the police said that twelve people were hurt in the blast on Sunday"

    def claim(doc: str, text: str, value: str = "twelve") -> Claim:
        return Claim(
            id=f"{doc}-c", doc=doc, kind="count", category="injured", quote=text, start=0,
            end=len(text), value_text=value, value_start=0, value_end=1, subject="people",
            scope=None, attribution=None, value=CountValue(12, 12), cues=(),
        )  # fmt: skip

    claims = [claim("a", quote), claim("b", quote + "."), claim("c", "twelve hurt")]
    claims.append(claim("d", quote.replace("twelve", "12"), value="12"))
    labels = {c.doc: c.doc for c in claims}
    assert (
        _wire(claims, labels)
        == "a and b carry the same wording: one report, not two confirmations."
    )


def test_date_subsets_of_sunday_10_march_2019() -> None:
    values = [
        DateValue(2019, 3, 10),
        DateValue(None, None, None, 6),
        DateValue(2019, 3, None, 3),
        DateValue(None, 3, 10),
        DateValue(2019),
    ]
    subsets = set(_date_subsets(values))
    assert frozenset({0, 1, 3, 4}) in subsets
    assert frozenset({2, 4}) in subsets
    assert agreeing_camps(values, ["a", "b", "c", "d", "e"])[0] == (0, 1, 3, 4)


def _walk(values: list[DateValue]) -> list[frozenset[int]]:
    """``_date_subsets`` the slow way: every day of the values' years, then the year-free
    candidates, each tried against every value."""
    patterns: dict[DateValue, list[int]] = {}
    for i, v in enumerate(values):
        patterns.setdefault(v, []).append(i)
    found: dict[frozenset[int], None] = {}
    for year in _years(patterns):
        day = date(year, 1, 1)
        while day.year == year:
            hit = [p for p in patterns if _fits_day(p, day)]
            if hit:
                found[frozenset(i for p in hit for i in patterns[p])] = None
            day += timedelta(days=1)
    for m, d, w in _abstract_candidates(list(patterns)):
        hit = [p for p in patterns if _fits_abstract(p, m, d, w)]
        if hit:
            found[frozenset(i for p in hit for i in patterns[p])] = None
    return list(found)


def test_date_subsets_are_the_walk_s_in_its_order() -> None:
    rng = random.Random(11)

    def value() -> DateValue:
        year = rng.choice([None, None, 2019, 2020])
        month = rng.choice([None, 2, 3, 3])
        day = rng.choice([None, 10, 29, 31])
        weekday = rng.choice([None, None, 0, 6])
        earliest = latest = None
        if rng.random() < 0.2:
            earliest = date(2019, 3, 1) + timedelta(days=rng.randint(0, 40))
            latest = earliest + timedelta(days=rng.randint(0, 20))
        return DateValue(year, month, day, weekday, earliest, latest)

    for _ in range(200):
        values = [value() for _ in range(rng.randint(1, 5))]
        assert _date_subsets(values) == _walk(values)

"""Dated claims on made-up sentences about other events: category, subject, scope and value."""

from __future__ import annotations

from datetime import date

import pytest
from classify_helpers import claims_of

from crosscheck.model import Claim, DateValue

REFERENCE = date(2023, 4, 17)  # a Monday


def dated(text: str, reference: date | None = REFERENCE) -> list[Claim]:
    return [c for c in claims_of(text, reference) if c.kind == "date"]


ACTION = [
    (
        "offensive",
        "The army launched an offensive on the rebel town on March 3.",
        "attack_start",
        "assault launched",
    ),
    (
        "resumed",
        "Government forces resumed their assault on the city on Sunday.",
        "attack_start",
        "assault launched",
    ),
    (
        "announced-launch",
        "Police on Sunday announced they were launching another raid.",
        "attack_start",
        "assault launched",
    ),
    ("quake", "The earthquake struck the coastal region on Monday.", "event_date", "struck"),
    ("abduction", "Gunmen abducted the students on April 14.", "event_date", "struck"),
    ("halted", "The rescue operation was halted on February 12.", "event_date", "operation halted"),
    (
        "left",
        "No residents have left the flooded district since Saturday.",
        "event_date",
        "people left",
    ),
    (
        "emerged",
        "No survivors had emerged from the mine since Saturday.",
        "event_date",
        "people left",
    ),
    ("protest", "The protests began in the capital on Tuesday.", "event_date", "protest"),
    (
        "announced",
        "The governor announced the relief operation in September.",
        "event_date",
        "operation announced",
    ),
    (
        "tweet",
        "The mayor shared in a tweet on March 3 that roads were closed.",
        "other_date",
        "posted",
    ),
]


@pytest.mark.parametrize(
    ("text", "category", "subject"), [r[1:] for r in ACTION], ids=[r[0] for r in ACTION]
)
def test_date_action(text: str, category: str, subject: str) -> None:
    claims = dated(text)
    assert len(claims) == 1, claims
    assert (claims[0].category, claims[0].subject) == (category, subject)


NO_CLAIM = [
    ("said-on", "The mayor said on Sunday that the water was receding."),
    ("background-year", "In 2014 the group held most of the valley."),
    ("intention", "Officials hope to reopen the school on Monday."),
    ("no-action", "The market was busy on Friday."),
]


@pytest.mark.parametrize("text", [r[1] for r in NO_CLAIM], ids=[r[0] for r in NO_CLAIM])
def test_not_a_dated_claim(text: str) -> None:
    assert dated(text) == []


def test_since_is_its_own_scope() -> None:
    on_day = dated("The last residents left the town on Saturday.")
    since = dated("No residents have left the town since Saturday.")
    assert [c.scope for c in on_day] == [None]
    assert [c.scope for c in since] == ["since"]


def test_value_is_resolved_against_the_reference() -> None:
    (claim,) = dated("Gunmen abducted the students on Sunday.")
    assert isinstance(claim.value, DateValue)
    assert (claim.value.year, claim.value.month, claim.value.day, claim.value.weekday) == (
        2023,
        4,
        16,
        6,
    )


def test_without_reference_a_weekday_stays_partial() -> None:
    (claim,) = dated("Gunmen abducted the students on Sunday.", reference=None)
    assert isinstance(claim.value, DateValue)
    assert claim.value.weekday == 6
    assert claim.value.day is None


def test_attack_start_wins_over_a_nearer_announcement() -> None:
    text = "The militia on Sunday, April 16th, announced it was launching another offensive."
    (claim,) = dated(text)
    assert claim.category == "attack_start"
    assert claim.value_text.endswith("April 16th")
    assert "another" in claim.cues


def test_an_aim_keeps_announcements_apart() -> None:
    first = dated("The army announced its plan to retake the dam in September.")
    second = dated("The president announced plans to withdraw troops in December.")
    assert first[0].subject != second[0].subject


def test_statement_date_is_not_the_action_date() -> None:
    text = (
        "Fighting ended after the last families left the area,"
        " the agency said in a statement on Friday."
    )
    assert [c.value_text for c in dated(text)] == []


def test_quote_holds_the_date_and_the_action() -> None:
    text = (
        "Rescue teams worked through the night."
        " The earthquake struck the coast on Monday, officials said."
    )
    (claim,) = dated(text)
    assert claim.quote.startswith("The earthquake struck")
    assert text[claim.start : claim.end] == claim.quote
    assert claim.attribution == "officials"

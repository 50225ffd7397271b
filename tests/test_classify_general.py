"""Count and dated claims in the wording of event types the stage was not first written for.

Outbreaks, sieges and hostage-takings, shipwrecks, mine and building collapses, stampedes, storms,
strikes and votes. Every sentence is made up for these tables (none comes from the seeds or from
``tests/events/``): they hold the general rules — which words name a category, when a count is
a part, an increment, a remainder or a severity of a total, which numbers are no count of the
story at all, and which action a date tells the day of.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import classify_helpers
import pytest

REFERENCE = date(2022, 10, 12)  # a Wednesday


claims_of = partial(classify_helpers.claims_of, reference=REFERENCE)
count_of = partial(classify_helpers.count_of, reference=REFERENCE)


# (id, sentence, value text, category, subject)
WORDING = [
    ("disease-cases", "Health officials have confirmed 2,310 dengue cases.", "2,310", "other_count",
     "dengue cases"),
    ("hospitalised", "Some 75 passengers were hospitalised after the derailment.", "Some 75",
     "wounded", "passengers"),
    ("holding-hostage", "Rebels were holding 14 aid workers hostage in the hills.", "14",
     "captured", "aid workers"),
    ("held-at-gunpoint", "Five nurses were held at gunpoint for six hours.", "Five", "captured",
     "nurses"),
    ("recaptured-of-the", "Police have recaptured 12 of the escapees.", "12", "captured",
     "prisoners"),
    ("back-in-custody", "Nineteen of the escaped inmates are back in custody.", "Nineteen",
     "captured", "prisoners"),
    ("freeing", "Soldiers stormed the compound, freeing 23 hostages.", "23", "rescued",
     "hostages"),
    ("rescue-workers", "About 150 rescue workers are searching the debris.", "About 150",
     "troops", "rescuers"),
    ("rescuers-deployed", "Nearly 90 rescuers, with sniffer dogs, were at the quarry.",
     "Nearly 90", "troops", "rescuers"),
    ("trapped", "Forty-two climbers were trapped by the avalanche.", "Forty-two", "other_count",
     "climbers"),
    ("on-board", "The operator says 310 were on board.", "310", "other_count", "people"),
    ("caps-burned-to-death", "SIX firefighters were burned to death in the blaze.", "SIX",
     "killed", "firefighters"),
    ("crushed-to-death", "Eleven workers were crushed to death at the plant.", "Eleven", "killed",
     "workers"),
    ("guards-synonym", "Three prison officers were wounded.", "Three", "wounded", "guards"),
    ("share-of-possessed", "Nearly half of the city's schools were shut.", "Nearly half",
     "other_count", "schools"),
    ("on-strike", "Some 40,000 dockers went on strike.", "Some 40,000", "other_count", "dockers"),
    ("evacuation-orders", "About 8,000 residents are under evacuation orders.", "About 8,000",
     "evacuated", "people"),
    ("sought-refuge", "More than 600 villagers sought refuge in the church.", "More than 600",
     "displaced", "people"),
    ("injuries-sustained", "Twenty pilgrims sustained injuries in the crush.", "Twenty",
     "wounded", "pilgrims"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "category", "subject"),
    [r[1:] for r in WORDING],
    ids=[r[0] for r in WORDING],
)
def test_new_wording_category_and_subject(
    text: str, value: str, category: str, subject: str
) -> None:
    claim = count_of(text, value)
    assert claim is not None, [(c.value_text, c.category) for c in claims_of(text)]
    assert (claim.category, claim.subject) == (category, subject)


# (id, sentence, value text, category, scope): quantities that must never meet their total.
QUALIFIED = [
    ("so-far-no-scope", "A total of 64 people have died so far.", "64", "killed", None),
    ("in-all-no-scope", "In all, 5,200 homes lost power.", "5,200", "other_count", None),
    ("increment", "Divers found four more bodies, raising the toll to 31.", "four", "killed",
     "more"),
    ("increment-total", "Divers found four more bodies, raising the toll to 31.", "31", "killed",
     None),
    ("another", "Another 12 people died in hospital overnight.", "12", "killed", "overnight"),
    ("another-no-window", "Another 12 people died in hospital.", "12", "killed", "more"),
    ("more-means-others", "Eleven miners died and 30 more were injured.", "30", "wounded", None),
    ("part-of-the", "Eight of the dead were children.", "Eight", "killed", "part of the dead"),
    ("part-window-wins", "Five of the deaths were recorded in the past week.", "Five", "killed",
     "past week"),
    ("including", "The blast killed 14 people, including three police officers.", "three",
     "killed", "part of 14"),
    ("severity", "Sixty people remain seriously injured.", "Sixty", "wounded", "serious"),
    ("severity-not-the-total", "Sixty were seriously injured and 200 were treated in hospital.",
     "200", "wounded", None),
    ("still-trapped", "Thirty people are still trapped under the rubble.", "Thirty",
     "other_count", "still"),
    ("remain-in-captivity", "Four of the kidnapped pupils remain in captivity.", "Four",
     "captured", "still held"),
    ("still-sheltering", "About 3,000 people were still sheltering in schools.", "About 3,000",
     "displaced", "still"),
    ("still-missing-is-missing", "Twelve fishermen are still missing.", "Twelve", "missing",
     None),
    ("bringing-clause", "Nine more were freed on Friday, bringing the number rescued to 40.",
     "40", "rescued", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "category", "scope"),
    [r[1:] for r in QUALIFIED],
    ids=[r[0] for r in QUALIFIED],
)
def test_parts_increments_remainders_severities(
    text: str, value: str, category: str, scope: str | None
) -> None:
    claim = count_of(text, value)
    assert claim is not None, [(c.value_text, c.category) for c in claims_of(text)]
    assert (claim.category, claim.scope) == (category, scope)


# (id, sentence, value text): numbers that are no count of the story.
NOT_COUNTS = [
    ("population", "Rescuers reached Morl, a mountain village of 800 people, on foot.", "800"),
    ("population-district", "Tessin, a farming district of 210,000 people, was cut off.",
     "210,000"),
    ("yearly-rate", "The pass is crossed by some 2 million travellers a year.", "some 2 million"),
    ("built-for", "The jail, built in the 1950s for 700 inmates, was overcrowded.", "700"),
    ("licensed-to-carry", "The boat was licensed to carry up to 90 passengers.", "up to 90"),
    ("plan", "About 400 detainees would be transferred to other jails.", "About 400"),
    ("past-incident-participle", "In 2015 a tanker exploded at the depot, killing 23 workers.",
     "23"),
    ("past-incident-subject", "The worst blast in the city, a gas leak in 2009, killed 40 people.",
     "40"),
    ("past-incident-adjective", "Relatives recalled a 2016 collapse in which nine men died.",
     "nine"),
    ("last-season", "Only last season 200 fans were hurt at the same stand.", "200"),
    ("score", "The home side won 3-1 in front of the crowd.", "1"),
    ("hyphen-capacity", "Fans poured out of the 60,000-capacity stadium.", "60,000"),
    ("one-person", "One witness described the scene as chaos.", "One"),
    ("vague-part", "Several of the injured were in critical condition.", "Several"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"), [r[1:] for r in NOT_COUNTS], ids=[r[0] for r in NOT_COUNTS]
)
def test_not_a_count_of_the_story(text: str, value: str) -> None:
    assert count_of(text, value) is None


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Some 3,000 soldiers will stay in the province until spring.", "Some 3,000", "troops"),
        ("About 200 police officers will be deployed for the march.", "About 200", "troops"),
    ],
)
def test_a_stated_deployment_is_a_claim_even_in_the_future(
    text: str, value: str, category: str
) -> None:
    # unlike a plan for other counts ("400 detainees would be transferred"), a force level a
    # source states is what the story is about
    claim = count_of(text, value)
    assert claim is not None and claim.category == category


# (id, sentence, date text, category, subject); category None: no dated claim.
DATES = [
    ("plunged", "The bus plunged into a gorge on Tuesday night.", "Tuesday", "event_date",
     "struck"),
    ("came-ashore", "Typhoon Lira came ashore early on Sunday.", "Sunday", "event_date",
     "struck"),
    ("went-down", "The trawler went down in a gale on Friday.", "Friday", "event_date", "struck"),
    ("gave-way", "The dam gave way on October 3 after days of rain.", "October 3", "event_date",
     "struck"),
    ("happened", "The explosion happened on March 3 at the port.", "March 3", "event_date",
     "struck"),
    ("outbreak-declared", "The measles outbreak was declared on June 2.", "June 2", "event_date",
     "outbreak declared"),
    ("emergency-declared", "A state of emergency was declared on Friday.", "Friday",
     "event_date", "emergency declared"),
    ("mutiny-erupted", "The mutiny erupted on Saturday at the naval base.", "Saturday",
     "attack_start", "assault launched"),
    ("riot-began", "Guards fled during a riot that began on Sunday.", "Sunday", "attack_start",
     "assault launched"),
    ("vote-held", "Voters went to the polls on Sunday in a tense election.", "Sunday",
     "event_date", "vote held"),
    ("missing-since", "Three hikers have been missing since Thursday.", "Thursday", None, None),
    ("sheltering-on", "Thousands were sheltering in schools on Monday.", "Monday", None, None),
    ("dateline", "HARBOURTON, May 3 (Reuters) - Fire swept through a market.", "May 3", None,
     None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "when", "category", "subject"), [r[1:] for r in DATES], ids=[r[0] for r in DATES]
)
def test_dated_claims_of_new_actions(
    text: str, when: str, category: str | None, subject: str | None
) -> None:
    found = [c for c in claims_of(text) if c.kind == "date" and c.value_text == when]
    got = (found[0].category, found[0].subject) if found else (None, None)
    assert got == (category, subject)


def test_a_date_belongs_to_the_action_no_other_date_stands_before() -> None:
    text = (
        "The uprising began on Monday in the capital, and rebels were still holding the airport "
        "on Wednesday."
    )
    dated = {c.value_text: c.category for c in claims_of(text) if c.kind == "date"}
    assert dated.get("Monday") == "attack_start"
    assert dated.get("Wednesday") != "attack_start"


def test_a_day_before_a_count_dates_the_action_stated_before_it() -> None:
    claims = claims_of("Troops stormed the hotel early on Friday, freeing 40 guests.")
    freed = [c for c in claims if c.kind == "count"]
    assert [(c.category, c.scope) for c in freed] == [("rescued", None)]
    assert [(c.value_text, c.subject) for c in claims if c.kind == "date"] == [("Friday", "struck")]

"""Count and dated claims in the wording of typical news about other events.

Sentences are made up for these tables (earthquakes, floods, bombings, protests, abductions,
wildfires); none comes from the seed articles or from ``tests/events/``. The last tests run small
multi-source batches through the pipeline and check every claim of every document.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import classify_helpers
import pytest

from crosscheck.model import DateValue
from crosscheck.pipeline import check

REFERENCE = date(2021, 6, 9)  # a Wednesday


claims_of = partial(classify_helpers.claims_of, reference=REFERENCE)
count_of = partial(classify_helpers.count_of, reference=REFERENCE)


# (id, sentence, value text, category, subject, scope, attribution)
COUNTS = [
    ("toll-rose", "The death toll rose to 41 on Tuesday.", "41", "killed", "people", None, None),
    (
        "toll-stands",
        "The toll from the landslide now stands at 63, officials said.",
        "63",
        "killed",
        "people",
        None,
        "officials",
    ),
    (
        "at-least-killed",
        "At least 15 people were killed in the attack.",
        "At least 15",
        "killed",
        "people",
        None,
        None,
    ),
    ("killing-n", "The bombing, killing 12, was condemned.", "12", "killed", "people", None, None),
    ("left-dead", "The storm left 3 dead across the island.", "3", "killed", "people", None, None),
    ("claimed-lives", "The floods have claimed 40 lives.", "40", "killed", "people", None, None),
    (
        "bodies",
        "Divers recovered 12 bodies from the river.",
        "12",
        "killed",
        "people",
        None,
        None,
    ),
    (
        "injuring-dozens",
        "The blast killed two people, injuring dozens.",
        "dozens",
        "wounded",
        "people",
        None,
        None,
    ),
    ("were-hurt", "Seven spectators were hurt.", "Seven", "wounded", "spectators", None, None),
    (
        "unaccounted",
        "Some 20 climbers remain unaccounted for.",
        "Some 20",
        "missing",
        "climbers",
        None,
        None,
    ),
    (
        "kidnapped",
        "Gunmen kidnapped 14 aid workers near the border.",
        "14",
        "captured",
        "aid workers",
        None,
        None,
    ),
    (
        "were-abducted",
        "Thirty passengers were abducted from the bus, police said.",
        "Thirty",
        "captured",
        "passengers",
        None,
        "police",
    ),
    (
        "detained",
        "Police said 300 protesters were detained.",
        "300",
        "arrested",
        "protesters",
        None,
        "police",
    ),
    (
        "forced-from-homes",
        "More than 2,000 families were forced from their homes.",
        "More than 2,000",
        "displaced",
        "families",
        None,
        None,
    ),
    (
        "evacuated-from",
        "About 500 residents were evacuated from the valley on Monday.",
        "About 500",
        "evacuated",
        "people",
        "June 7",
        None,
    ),
    (
        "rescued-rubble",
        "Twelve miners were rescued from the rubble overnight.",
        "Twelve",
        "rescued",
        "miners",
        "overnight",
        None,
    ),
    (
        "pulled-alive",
        "Rescuers pulled 6 people alive from a collapsed hotel.",
        "6",
        "rescued",
        "people",
        None,
        None,
    ),
    (
        "health-ministry",
        "At least 41 people died, according to the health ministry.",
        "At least 41",
        "killed",
        "people",
        None,
        "health ministry",
    ),
    (
        "treated-for-illness",
        "Twelve pupils were treated for dehydration at the clinic.",
        "Twelve",
        "other_count",
        "students",
        None,
        None,
    ),
    (
        "since-incident-day",
        "The quake struck on Sunday. Rescuers have pulled 23 survivors alive since Sunday.",
        "23",
        "rescued",
        "people",  # survivors rescued are people rescued
        None,
        None,
    ),
    (
        "since-later-day",
        "The quake struck on Sunday. Rescuers have pulled 23 survivors alive since Monday.",
        "23",
        "rescued",
        "people",  # survivors rescued are people rescued
        "since June 7",  # resolved from the reference date
        None,
    ),
    (
        "window-of-a-later-count",
        "The toll has risen to 31, officials said, after three of the wounded died overnight.",
        "31",
        "killed",
        "people",
        None,
        "officials",
    ),
    (
        "raid-day-is-the-raids",
        "Troops freed 19 hostages during a raid on a camp on Tuesday, the army said.",
        "19",
        "rescued",
        "hostages",
        None,
        "army",
    ),
    (
        "red-cross",
        "The Red Cross said 2,000 homes were destroyed.",
        "2,000",
        "other_count",
        "homes destroyed",
        None,
        "Red Cross",
    ),
    (
        "demonstrators",
        "Thousands of demonstrators marched on parliament.",
        "Thousands",
        "other_count",
        "protesters",
        None,
        None,
    ),
    (
        "crowd-at",
        "Police put the crowd at about 8,000.",
        "about 8,000",
        "other_count",
        "people",
        None,
        None,
    ),
    ("turnout", "Turnout was 62 percent.", "62 percent", "other_count", "turnout", None, None),
    (
        "acres",
        "The fire has burned 3,000 acres.",
        "3,000 acres",
        "other_count",
        "acres",
        None,
        None,
    ),
    (
        "troops-deployed",
        "Some 350 people were injured and 5,000 troops have been deployed.",
        "5,000",
        "troops",
        "troops",
        None,
        None,
    ),
    (
        "officers-on-duty",
        "Police said 1,200 officers had been on duty.",
        "1,200",
        "troops",
        "police",
        None,
        "police",
    ),
    (
        "toll-then-injured",
        "The death toll rose to 88 on Friday, the ministry said, with 400 people injured.",
        "400",
        "wounded",
        "people",
        None,
        "ministry",
    ),
    (
        "aside",
        "Two hikers, including a 12-year-old boy, remain missing.",
        "Two",
        "missing",
        "hikers",
        None,
        None,
    ),
    (
        "more-inherits",
        "The quake killed 9 people and injured 40 more.",
        "40",
        "wounded",
        "people",
        None,
        None,
    ),
    (
        "participle-is-no-predicate",
        "Eleven of the passengers seized from the ship have escaped.",
        "Eleven",
        "other_count",
        "passengers",
        None,
        None,
    ),
    (
        "participle-then-predicate",
        "Some 20 pupils kidnapped from the school were freed by soldiers.",
        "Some 20",
        "rescued",
        "students",
        None,
        None,
    ),
    (
        "others-after-a-figure",
        "Police arrested 12 protesters and detained 30 others.",
        "30",
        "arrested",
        "people",
        None,
        None,
    ),
    (
        "headline-dead",
        "Bus plunge: 23 dead as rescuers search gorge",
        "23",
        "killed",
        "people",
        None,
        None,
    ),
    (
        "share-contained",
        "The blaze was 40 percent contained on Tuesday.",
        "40 percent",
        "other_count",
        "contained",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "category", "subject", "scope", "source"),
    [r[1:] for r in COUNTS],
    ids=[r[0] for r in COUNTS],
)
def test_count_wording(
    text: str, value: str, category: str, subject: str, scope: str | None, source: str | None
) -> None:
    claim = count_of(text, value)
    assert claim is not None, [(c.value_text, c.category) for c in claims_of(text)]
    assert (claim.category, claim.subject, claim.scope, claim.attribution) == (
        category,
        subject,
        scope,
        source,
    )


# Counted things keep what happened to them; "N of them" counts part of the count before it.
FLOOD = "The flood razed 120 houses and damaged 300 more."
INJURED = "Some 90 people were injured, 12 of them critically."
PARTS = [
    ("razed-before", FLOOD, "120", "houses destroyed", None),
    ("damaged-more", FLOOD, "300", "houses damaged", None),
    (
        "participle-after",
        "Officials said 45 buildings were damaged.",
        "45",
        "buildings damaged",
        None,
    ),
    ("part-same-category", INJURED, "12", "people", "part of some 90"),
    ("part-whole", INJURED, "Some 90", "people", None),
    (
        "part-other-category",
        "Police deployed 500 officers. Nine of them were hurt.",
        "Nine",
        "police",
        None,
    ),
    (
        "part-elliptic",
        "Nine were hurt in clashes, two of them seriously.",
        "two",
        "people",
        "part of nine",
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "subject", "scope"), [r[1:] for r in PARTS], ids=[r[0] for r in PARTS]
)
def test_counted_things_and_parts(text: str, value: str, subject: str, scope: str | None) -> None:
    claim = count_of(text, value)
    assert claim is not None, [(c.value_text, c.category) for c in claims_of(text)]
    assert (claim.subject, claim.scope) == (subject, scope)


NOT_COUNTS = [
    (
        "part-of-no-count",
        "The hostages were freed. Several of them were treated for dehydration.",
        "Several",
    ),
    ("magnitude", "A magnitude 7.1 earthquake struck the coast, killing 8.", "7.1"),
    ("magnitude-after", "A 6.4-magnitude quake struck the coast, killing 8.", "6.4-magnitude"),
    ("decimal", "The river rose 2.5 meters overnight, and 40 people fled.", "2.5"),
    ("address", "A shelter opened at the school, 300 Elm Street, for evacuees.", "300"),
    ("age-after-name", "“We ran,” said Ana Ruiz, 44, who fled with her family.", "44"),
    ("background-year", "A quake in 1999 killed about 1,200 people in the region.", "about 1,200"),
    ("years-ago", "Two years ago, gunmen seized 110 pupils from a school nearby.", "110"),
    ("relative-background", "It was the worst flood since 2009, when 900 people died.", "900"),
    ("capacity", "The school has about 700 students, a teacher said.", "about 700"),
    ("country-of", "Lorvia, a country of 9 million people, was hit hardest.", "9 million"),
    ("possessed-conjunct", "A farmer fled with his wife and three children.", "three"),
]


@pytest.mark.parametrize(
    ("text", "value"), [r[1:] for r in NOT_COUNTS], ids=[r[0] for r in NOT_COUNTS]
)
def test_not_a_count_of_the_story(text: str, value: str) -> None:
    assert count_of(text, value) is None


# (id, sentence, value text, category, subject)
DATES = [
    (
        "raid-not-count-scope",
        "Troops freed 19 hostages during a raid on a camp on Tuesday, the army said.",
        "Tuesday",
        "event_date",
        "raid",
    ),
    (
        "attack-not-count-scope",
        "Gunmen killed 12 villagers in an attack on Monday.",
        "Monday",
        "event_date",
        "struck",
    ),
    ("on-monday", "The earthquake struck the coast on Monday.", "Monday", "event_date", "struck"),
    ("possessive", "Monday's attack killed 12 people.", "Monday", "event_date", "struck"),
    ("late-on", "The bomb went off late on Tuesday.", "Tuesday", "event_date", "struck"),
    (
        "early",
        "Gunmen abducted 20 schoolgirls early Wednesday.",
        "Wednesday",
        "event_date",
        "struck",
    ),
    (
        "struck-at",
        "The blast struck at 10:30 a.m. on Monday, witnesses said.",
        "Monday",
        "event_date",
        "struck",
    ),
    ("april-14", "The floods began on April 14.", "April 14", "event_date", "event began"),
    (
        "fire-started",
        "The fire, which started on Sunday afternoon, has burned 3,000 acres.",
        "Sunday",
        "event_date",
        "event began",
    ),
    (
        "relative-struck",
        "The toll from the quake that flattened villages on Sunday rose to 90.",
        "Sunday",
        "event_date",
        "struck",
    ),
    (
        "responsibility",
        "A militant group claimed responsibility on Tuesday.",
        "Tuesday",
        "event_date",
        "responsibility claimed",
    ),
    (
        "protest",
        "Thousands marched through the capital on Saturday.",
        "Saturday",
        "event_date",
        "protest",
    ),
    (
        "offensive",
        "The army launched an offensive on the rebel town on May 3.",
        "May 3",
        "attack_start",
        "assault launched",
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "category", "subject"),
    [r[1:] for r in DATES],
    ids=[r[0] for r in DATES],
)
def test_date_wording(text: str, value: str, category: str, subject: str) -> None:
    found = [c for c in claims_of(text) if c.kind == "date"]
    assert [(c.value_text, c.category, c.subject) for c in found] == [(value, category, subject)]


NO_DATE = [
    ("toll-update", "The death toll rose to 147 on Wednesday, the ministry said."),
    ("count-scope", "On June 2, rescuers evacuated 3,000 people from the valley."),
    ("window-scope", "With 5,000 residents evacuated last week, the town is empty."),
    ("one-person", "A 38-year-old nurse left the town with her two sons on Friday."),
    ("background", "In 2014 the river flooded the same district."),
]


@pytest.mark.parametrize("text", [r[1] for r in NO_DATE], ids=[r[0] for r in NO_DATE])
def test_no_dated_claim(text: str) -> None:
    assert [c for c in claims_of(text) if c.kind == "date"] == []


def test_a_weekday_resolves_against_the_publication_date() -> None:
    (claim,) = [c for c in claims_of("Gunmen stormed the village on Sunday.") if c.kind == "date"]
    assert isinstance(claim.value, DateValue)
    assert (claim.value.year, claim.value.month, claim.value.day) == (2021, 6, 6)


def test_both_countries_take_the_last_pair_of_names() -> None:
    text = (
        "The river runs through Varna and Oster. The floods now cover"
        " about one-third of both countries."
    )
    claim = count_of(text, "about one-third")
    assert claim is not None and claim.subject == "Oster and Varna"


QUAKE = {
    "a.txt": (
        "Strong quake kills at least 12 in northern Lorvia\n\n"
        "Posted June 7, 2021\n\n"
        "A magnitude 6.8 earthquake struck northern Lorvia on Monday, killing at least 12 people"
        " and injuring more than 100, officials said.\n"
        "Around 2,000 people were left homeless, according to the civil defence agency.\n"
    ),
    "b.txt": (
        "Lorvia quake toll rises to 96\n\n"
        "Posted June 9, 2021\n\n"
        "The death toll from Monday's earthquake in northern Lorvia rose to 96 on Wednesday,"
        " the interior ministry said, with 400 people injured.\n"
        "Officials said about 3,000 people had been displaced by the quake, which struck on"
        " June 7.\n"
    ),
    "c.txt": (
        "Lorvia earthquake: 97 dead as rescuers search rubble\n\n"
        "Posted June 10, 2021\n\n"
        "At least 97 people were killed when the earthquake struck on Sunday, the health"
        " minister told reporters.\n"
        "Some 350 people were injured and 4,000 troops have been deployed to the region.\n"
    ),
}


def test_a_quake_batch_yields_the_claims_a_reader_sees(tmp_path: Path) -> None:
    for name, text in QUAKE.items():
        (tmp_path / name).write_text(text, "utf-8")
    report = check([tmp_path])
    seen = {
        (c.doc, c.kind, c.category, c.value_text, c.subject, c.scope, c.attribution)
        for c in report.claims
    }
    assert seen == {
        ("a.txt", "count", "killed", "at least 12", "people", None, None),
        ("a.txt", "count", "killed", "at least 12", "people", None, "officials"),
        ("a.txt", "count", "wounded", "more than 100", "people", None, "officials"),
        ("a.txt", "date", "event_date", "Monday", "struck", None, "officials"),
        ("a.txt", "count", "displaced", "Around 2,000", "people", None, "civil defence"),
        ("b.txt", "count", "killed", "96", "people", None, None),
        ("b.txt", "count", "killed", "96", "people", None, "interior ministry"),
        ("b.txt", "date", "event_date", "Monday", "struck", None, "interior ministry"),
        ("b.txt", "count", "wounded", "400", "people", None, "interior ministry"),
        ("b.txt", "count", "displaced", "about 3,000", "people", None, "officials"),
        ("b.txt", "date", "event_date", "June 7", "struck", None, "officials"),
        ("c.txt", "count", "killed", "97", "people", None, None),
        ("c.txt", "count", "killed", "At least 97", "people", None, "health minister"),
        ("c.txt", "date", "event_date", "Sunday", "struck", None, "health minister"),
        ("c.txt", "count", "wounded", "Some 350", "people", None, None),
        ("c.txt", "count", "troops", "4,000", "troops", None, None),
    }
    by_value = {(c.doc, c.value_text): c for c in report.claims if c.kind == "count"}
    assert by_value[("b.txt", "400")].cues == ()
    assert by_value[("b.txt", "96")].quote.endswith("the interior ministry said")


def test_a_headline_figure_before_a_dateline_is_a_claim() -> None:
    claim = count_of("Lorvia quake toll rises to 96\n\nJune 9, 2021\n\nRescuers dug on.", "96")
    assert claim is not None and claim.category == "killed"

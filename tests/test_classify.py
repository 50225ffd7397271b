"""Count claims on made-up sentences about other events: category, subject, scope, attribution.

Each row is (sentence, the words of the value, expected). Sentences are invented for these tests
about earthquakes, floods, attacks, protests and abductions, never the seed articles.
"""

from __future__ import annotations

from datetime import date

import pytest
from classify_helpers import claims_of
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.model import Claim


def count_claim(text: str, value: str) -> Claim | None:
    """The count claim whose value text holds ``value``, if any."""
    found = [c for c in claims_of(text) if c.kind == "count" and value in c.value_text]
    assert len(found) <= 1, found
    return found[0] if found else None


CATEGORY = [
    (
        "quake",
        "At least 41 people were killed when the earthquake struck the coast.",
        "41",
        "killed",
    ),
    ("quake-toll", "The death toll from the quake rose to 147 on Tuesday.", "147", "killed"),
    ("blast", "More than 70 people were injured in the blast near the market.", "70", "wounded"),
    ("flood-missing", "Some 300 villagers remain missing after the floods.", "300", "missing"),
    (
        "flood-displaced",
        "The floods have displaced 5,000 families in the delta.",
        "5,000",
        "displaced",
    ),
    (
        "flood-evacuated",
        "Authorities evacuated 12,000 residents from low-lying areas.",
        "12,000",
        "evacuated",
    ),
    (
        "flood-fled",
        "About 800 people fled their homes as the river burst its banks.",
        "800",
        "evacuated",
    ),
    ("protest-arrests", "Police arrested 230 protesters in the capital.", "230", "arrested"),
    ("abduction", "Gunmen abducted 20 students from a boarding school.", "20", "captured"),
    ("siege-surrender", "Some 150 militants surrendered to the army.", "150", "surrendered"),
    ("quake-rescue", "Rescuers have saved 61 survivors from the rubble.", "61", "rescued"),
    ("protest-troops", "The government sent 2,000 soldiers to the city.", "2,000", "troops"),
    ("storm-homes", "The storm destroyed 300 homes along the coast.", "300", "other_count"),
    ("share", "Rebels once held a third of the province.", "a third", "other_count"),
]


@pytest.mark.parametrize(
    ("text", "value", "category"), [r[1:] for r in CATEGORY], ids=[r[0] for r in CATEGORY]
)
def test_count_category(text: str, value: str, category: str) -> None:
    claim = count_claim(text, value)
    assert claim is not None, f"no claim for {value!r}"
    assert claim.category == category


def test_two_counts_in_one_clause_take_their_own_triggers() -> None:
    text = "The attack killed 15 people and wounded 30 others in the square."
    assert [c.category for c in claims_of(text)] == ["killed", "wounded"]


NOT_CLAIMS = [
    ("possessed", "She fled the flood with her three children.", "three"),
    ("age", "A 38-year-old teacher was killed in the attack.", "38"),
    ("money", "The government pledged $2 million to the families of those killed.", "2 million"),
    ("trucks-near-trigger", "The convoy of 12 trucks left the city at dawn.", "12"),
    ("no-counted-noun", "The protest lasted 3 hours in the square.", "3"),
]


@pytest.mark.parametrize(
    ("text", "value"), [r[1:] for r in NOT_CLAIMS], ids=[r[0] for r in NOT_CLAIMS]
)
def test_not_a_count_claim(text: str, value: str) -> None:
    claim = count_claim(text, value)
    assert claim is None or claim.category == "other_count", claim


def test_sidebar_headlines_and_furniture_carry_no_claims() -> None:
    text = (
        "Quake kills 41 in coastal province\n\n"
        "Storm leaves 3 dead in neighbouring country\n"
        "12 Comments\n\n"
        "At least 41 people were killed when the earthquake struck the coast on Monday.\n"
    )
    claims = [c for c in claims_of(text) if c.kind == "count"]
    assert [(c.value_text, c.value_start) for c in claims] == [
        ("41", text.index("41")),
        ("At least 41", text.index("At least")),
    ]


SUBJECT = [
    (
        "entity",
        "Troops captured 400 Isis terrorists near the border.",
        "400",
        "Islamic State fighters",
    ),
    ("synonym", "Officials said 150 militants surrendered.", "150", "fighters"),
    ("modifier", "Three SDF fighters had been wounded so far.", "Three", "SDF fighters"),
    ("of", "Thousands of students fled the burning campus.", "Thousands", "students"),
    ("residents", "Thousands of residents fled the rising water.", "Thousands", "people"),
    ("plain", "The quake killed 41 people.", "41", "people"),
    ("before", "The first group of evacuees, about 300, left on foot.", "300", "evacuees"),
    ("default", "The death toll rose to 147.", "147", "people"),
    (
        "fraction-of",
        "The flood covered a third of Sindh and Punjab.",
        "a third",
        "Punjab and Sindh",
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "subject"), [r[1:] for r in SUBJECT], ids=[r[0] for r in SUBJECT]
)
def test_count_subject(text: str, value: str, subject: str) -> None:
    claim = count_claim(text, value)
    assert claim is not None
    assert claim.subject == subject


SCOPE = [
    ("past-month", "Police arrested 230 protesters in the past month.", "230", "past month"),
    ("during-past-month", "Rescuers saved 61 people during the past month.", "61", "past month"),
    (
        "recent-months",
        "Some 9,000 people have fled over the last few months.",
        "9,000",
        "recent months",
    ),
    ("last-months", "Some 9,000 people have fled over the last months.", "9,000", "recent months"),
    ("in-recent-months", "Some 9,000 people have fled in recent months.", "9,000", "recent months"),
    ("last-week", "More than 500 residents were evacuated last week.", "500", "last week"),
    # A running total is no window: "so far" / "in total" count what a bare toll counts.
    ("so-far", "Twelve rescuers have been injured so far.", "Twelve", None),
    ("in-total", "In total, 340 homes were flooded, the council said.", "340", None),
    ("in-all", "Some 2,100 voters were turned away in all.", "2,100", None),
    (
        "named-day",
        "On April 14, rescuers evacuated 200 residents from the valley.",
        "200",
        "April 14",
    ),
    ("abduction-day-is-the-event", "On April 14, gunmen abducted 20 students.", "20", None),
    (
        "qualifier",
        "The largest batch of evacuees, about 900, arrived by bus.",
        "900",
        "largest batch",
    ),
    (
        "sentence-window",
        "In the past week police have detained 40 people and released 12 protesters.",
        "12",
        "past week",
    ),
    ("toll-has-no-day", "On Monday, the quake killed 41 people.", "41", None),
    ("none", "Gunmen abducted 20 students from the school.", "20", None),
]


@pytest.mark.parametrize(
    ("text", "value", "scope"), [r[1:] for r in SCOPE], ids=[r[0] for r in SCOPE]
)
def test_count_scope(text: str, value: str, scope: str | None) -> None:
    claim = count_claim(text, value)
    assert claim is not None
    assert claim.scope == scope


ATTRIBUTION = [
    ("x-said", "Police spokesman Ali Khan said 230 protesters were arrested.", "230", "Ali Khan"),
    ("said-x", '"We have arrested 230 people," said Ali Khan.', "230", "Ali Khan"),
    (
        "according-to",
        "At least 41 people died, according to the Red Crescent.",
        "41",
        "Red Crescent",
    ),
    ("told", "Maria Lopez told Reuters that 12 miners were trapped.", "12", "Maria Lopez"),
    ("officials", "Some 300 villagers are missing, officials said.", "300", "officials"),
    (
        "appositive",
        "Jane Doe, the head of the relief agency, said 800 people fled.",
        "800",
        "Jane Doe",
    ),
    ("located", "A spokesman in northern Kenya said 800 people fled.", "800", "spokesman"),
    ("none", "At least 41 people were killed in the quake.", "41", None),
]


@pytest.mark.parametrize(
    ("text", "value", "source"), [r[1:] for r in ATTRIBUTION], ids=[r[0] for r in ATTRIBUTION]
)
def test_count_attribution(text: str, value: str, source: str | None) -> None:
    claim = count_claim(text, value)
    assert claim is not None
    assert claim.attribution == source


def test_pronoun_resolves_to_last_named_speaker() -> None:
    text = "Ana Silva, the governor, said the camp was full. She said 5,000 people were displaced."
    claim = count_claim(text, "5,000")
    assert claim is not None and claim.attribution == "Ana Silva"


def test_quotation_takes_the_speaker_named_after_it() -> None:
    text = "“Some 900 families fled the town. We are overwhelmed,” the mayor told reporters."
    claim = count_claim(text, "900")
    assert claim is not None and claim.attribution == "mayor"


def test_quote_is_the_clause_and_cues_are_kept() -> None:
    text = "Rebels launched an attack at dawn, and another 15 soldiers were killed, the army said."
    claim = count_claim(text, "15")
    assert claim is not None
    assert "15 soldiers were killed" in claim.quote
    assert text[claim.start : claim.end] == claim.quote
    assert claim.cues == ("another",)


CUE_REACH = [
    (
        "other-part-of-sentence",
        "With 300 people killed last week, the rebels launched another attack on Sunday.",
        "300",
        (),
    ),
    (
        "toll-rose",
        "The death toll rose to 147 on Wednesday, with 400 people injured.",
        "400",
        (),
    ),
    ("own-part", "The death toll rose to 147 on Wednesday, with 400 injured.", "147", ("rose",)),
    ("latest", "The latest figures show 52 people missing after the floods.", "52", ("latest",)),
]


@pytest.mark.parametrize(
    ("text", "value", "cues"), [r[1:] for r in CUE_REACH], ids=[r[0] for r in CUE_REACH]
)
def test_cues_come_from_the_claims_own_clause(text: str, value: str, cues: tuple[str, ...]) -> None:
    claim = count_claim(text, value)
    assert claim is not None
    assert claim.cues == cues


def test_claim_ids_are_unique_and_in_text_order() -> None:
    text = "The attack killed 15 people and wounded 30 others; 4 remain missing."
    claims = claims_of(text)
    assert len({c.id for c in claims}) == len(claims) == 3
    assert [c.value_start for c in claims] == sorted(c.value_start for c in claims)
    assert all(c.id.startswith("t.txt:") for c in claims)


def test_messy_text_nbsp_curly_quotes_and_slash() -> None:
    text = "“Rescuers saved 61 people during the past month/plus 300\u00a0militants surrendered.”"
    claims = claims_of(text)
    assert [(c.category, c.scope) for c in claims] == [
        ("rescued", "past month"),
        ("surrendered", "past month"),
    ]


def test_headline_verbs_in_the_present_tense_count() -> None:
    claim = count_claim(
        "Gunmen kidnap 287 pupils in northwest region\n\nThe school was empty.", "287"
    )
    assert claim is not None
    assert (claim.category, claim.subject) == ("captured", "students")


def test_a_date_named_before_the_speaker_is_not_the_speaker() -> None:
    claim = count_claim("Gunmen abducted 287 pupils on Thursday, a teacher said.", "287")
    assert claim is not None and claim.attribution == "teacher"


def test_vague_quantity_as_manner_is_not_a_count() -> None:
    assert (
        count_claim("Families were coming out of the valley in the thousands.", "thousands") is None
    )
    claim = count_claim("Thousands of families were coming out of the valley.", "Thousands")
    assert claim is not None and claim.category == "evacuated"


def test_vague_quantity_after_a_bare_preposition_still_counts() -> None:
    claim = count_claim("The war resulted in thousands of deaths.", "thousands")
    assert claim is not None and claim.category == "killed"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "At least 41 people were killed",
                " on Monday",
                ", officials said.",
                " “Thousands fled",
                "”",
                " according to the Red Cross",
                "\n",
                " 3,000 residents were evacuated in the past month/plus",
                " the army launched an offensive on March 3",
                " since Saturday",
                "\u00a0",
                " he said",
                " a third of the region",
                ";",
            ]
        ),
        max_size=12,
    ).map("".join)
    | st.text(max_size=200)
)
def test_claims_always_quote_the_text_with_unique_ids(text: str) -> None:
    claims = claims_of(text, reference=date(2023, 4, 17))
    assert len({c.id for c in claims}) == len(claims)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote
        assert text[claim.value_start : claim.value_end] == claim.value_text
        assert claim.start <= claim.value_start < claim.value_end <= claim.end
    assert claims == claims_of(text, reference=date(2023, 4, 17))

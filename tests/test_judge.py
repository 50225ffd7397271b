"""Judging tables: verdicts, consensus, explanations and order, on the other events of issue 5."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.group import group_claims
from crosscheck.judge import doc_labels, judge_groups
from crosscheck.judge.explain import format_count, format_date
from crosscheck.lexicon import default_lexicon
from crosscheck.model import Claim, CountValue, DateValue, Document, Group

LEXICON = default_lexicon()


def claim(
    doc: str,
    value: CountValue | DateValue,
    text: str,
    *,
    start: int = 0,
    subject: str | None = None,
    category: str | None = None,
    scope: str | None = None,
    quote: str | None = None,
    cues: tuple[str, ...] = (),
    attribution: str | None = None,
) -> Claim:
    kind = "date" if isinstance(value, DateValue) else "count"
    return Claim(
        id=f"{doc}:{start}", doc=doc, kind=kind,
        category=category or ("event_date" if kind == "date" else "killed"),
        quote=quote or f"{text} ({doc})", start=start, end=start + 1, value_text=text,
        value_start=start, value_end=start + len(text),
        subject=subject or ("abduction" if kind == "date" else "people"), scope=scope,
        attribution=attribution, value=value, cues=cues,
    )  # fmt: skip


def judge(
    claims: list[Claim],
    *,
    published: dict[str, date] | None = None,
    texts: dict[str, str] | None = None,
    tolerance: float = 0.0,
) -> tuple[Group, ...]:
    published, texts = published or {}, texts or {}
    docs = sorted({c.doc for c in claims})
    documents = [
        Document(id=d, path=d, text=texts.get(d, ""), published=published.get(d)) for d in docs
    ]
    clusters = group_claims(claims, lexicon=LEXICON)
    return judge_groups(clusters, documents=documents, tolerance=tolerance)


def only(claims: list[Claim], **kw: object) -> Group:
    groups = judge(claims, **kw)  # type: ignore[arg-type]
    assert len(groups) == 1, [g.subject for g in groups]
    return groups[0]


EXACT = {n: CountValue(n, n) for n in (15, 100, 147, 148, 150)}
AT_LEAST_15 = CountValue(15, None)

# (claims as (doc, value, words), tolerance, verdict, consensus)
VERDICT_CASES = [
    pytest.param(
        [("a", AT_LEAST_15, "at least 15"), ("b", EXACT[147], "147")],
        0.0, "agree", CountValue(147, 147), id="at least 15 vs 147: compatible",
    ),
    pytest.param(
        [("a", EXACT[147], "147"), ("b", EXACT[148], "148")],
        0.0, "contradict", None, id="147 vs 148: no majority",
    ),
    pytest.param(
        [("a", EXACT[147], "147"), ("b", EXACT[148], "148")],
        0.01, "agree", CountValue(146.52, 148.47, True), id="147 vs 148 within 1%",
    ),
    pytest.param(
        [("a", EXACT[147], "147"), ("b", EXACT[147], "147"), ("c", EXACT[148], "148")],
        0.0, "contradict", EXACT[147], id="two sources against one",
    ),
    pytest.param(
        [("a", EXACT[147], "147"), ("a", EXACT[148], "148")],
        0.0, "single", None, id="one document contradicting itself is still one source",
    ),
    pytest.param(
        [("a", EXACT[147], "147"), ("b", EXACT[147], "147"), ("b", EXACT[15], "15")],
        0.0, "agree", EXACT[147], id="every source backs 147; b also gives 15",
    ),
    pytest.param(
        [("a", DateValue(weekday=0), "Monday"), ("b", DateValue(month=4, day=14), "April 14")],
        0.0, "agree", DateValue(None, 4, 14, 0), id="abduction: Monday and April 14",
    ),
    pytest.param(
        [
            ("a", DateValue(2014, 4, 21, 0), "Monday"),
            ("b", DateValue(2014, 4, 14, 0), "April 14, 2014"),
        ],
        0.0, "contradict", None, id="abduction: Monday 21 April vs 14 April 2014",
    ),
    pytest.param(
        [
            ("a", DateValue(weekday=6), "Sunday"),
            ("b", DateValue(month=3, day=10), "March 10"),
            ("c", DateValue(2019, 3, 10, 6), "Sunday, March 10th"),
            ("d", DateValue(weekday=3), "Thursday"),
        ],
        0.0, "contradict", DateValue(2019, 3, 10, 6), id="three say Sunday 10 March, one Thursday",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "tolerance", "verdict", "consensus"), VERDICT_CASES)
def test_verdict_and_consensus(
    rows: list[tuple[str, CountValue | DateValue, str]],
    tolerance: float,
    verdict: str,
    consensus: CountValue | DateValue | None,
) -> None:
    claims = [claim(doc, value, text, start=i) for i, (doc, value, text) in enumerate(rows)]
    group = only(claims, tolerance=tolerance)
    assert group.verdict == verdict, group.explanation
    if isinstance(consensus, CountValue):
        assert isinstance(group.consensus, CountValue)
        found = (group.consensus.low, group.consensus.high, group.consensus.approximate)
        assert found == pytest.approx((consensus.low, consensus.high, consensus.approximate))
    else:
        assert group.consensus == consensus
    for doc, _, text in rows:
        assert doc in group.explanation and text in group.explanation, group.explanation


def test_death_toll_rising_with_publication_is_an_update() -> None:
    claims = [
        claim("000", AT_LEAST_15, "at least 15"),
        claim("001", EXACT[100], "100"),
        claim("002", EXACT[147], "147"),
    ]
    days = {"000": date(2023, 2, 6), "001": date(2023, 2, 7), "002": date(2023, 2, 8)}
    group = only(claims, published=days)
    assert group.verdict == "contradict"
    assert "rise with later publication" in group.explanation
    assert "updated toll" in group.explanation
    assert "6 February 2023: at least 15" in group.explanation


def test_same_day_reports_then_a_higher_toll_next_day() -> None:
    claims = [
        claim("1", AT_LEAST_15, "at least 15"),
        claim("2", EXACT[147], "147"),
        claim("4", EXACT[147], "147"),
        claim("3", EXACT[148], "148"),
    ]
    days = {"1": date(2014, 4, 20), "2": date(2014, 4, 20), "4": date(2014, 4, 20)}
    group = only(claims, published={**days, "3": date(2014, 4, 21)})
    assert group.verdict == "contradict"
    assert (
        "The figures rise with later publication (20 April 2014: at least 15 (1), 147 (2, 4); "
        "21 April 2014: 148 (3)): probably an updated toll rather than an error."
    ) in group.explanation


def test_a_lower_figure_published_later_is_no_update() -> None:
    claims = [
        claim("1", EXACT[147], "147"),
        claim("2", EXACT[15], "15"),
        claim("2", EXACT[148], "148", start=1),
    ]
    group = only(claims, published={"1": date(2014, 4, 20), "2": date(2014, 4, 21)})
    assert "rise with later publication" not in group.explanation


@pytest.mark.parametrize(
    ("published", "sentence"),
    [
        pytest.param(
            {"1": date(2018, 8, 6), "2": date(2018, 8, 7)},
            "probably an updated total rather than an error.",
            id="rising with publication",
        ),
        pytest.param(
            {},
            "Running totals change as reports come in: publication times would tell an update "
            "from an error.",
            id="undated",
        ),
    ],
)
def test_a_running_total_is_one_quantity_over_time(
    published: dict[str, date], sentence: str
) -> None:
    acres = {"category": "other_count", "subject": "acres"}
    claims = [
        claim("1", CountValue(12000, 12000), "12,000 acres", **acres),  # type: ignore[arg-type]
        claim("2", CountValue(13500, 13500), "13,500 acres", **acres),  # type: ignore[arg-type]
    ]
    group = only(claims, published=published)
    assert group.verdict == "contradict"
    assert group.explanation.endswith(sentence), group.explanation


def test_two_reports_each_giving_both_figures_is_a_dispute() -> None:
    police = CountValue(4500, 5500, True)
    organisers = CountValue(20000, None, True)
    claims = [
        claim("1", police, "about 5,000", attribution="police", category="other_count"),
        claim("1", organisers, "more than 20,000", start=1, category="other_count"),
        claim(
            "2", organisers, "More than 20,000", attribution="organisers", category="other_count"
        ),
        claim("3", police, "about 5,000", category="other_count"),
        claim("3", organisers, "more than 20,000", start=1, category="other_count"),
    ]
    group = only(claims)
    assert group.verdict == "contradict"
    assert group.consensus == organisers
    assert group.explanation.startswith(
        "Sources disagree on the figure for people: 1, 2, 3 — more than 20,000 (according to "
        "organisers); 1, 3 — about 5,000 (according to police). 1 and 3 each give both figures: "
        "the sources they quote disagree."
    ), group.explanation


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        pytest.param("police", "organisers", True, id="each side its own source"),
        pytest.param("Police", "police", False, id="the same source on both sides"),
        pytest.param("police", None, True, id="one side names none"),
    ],
)
def test_sides_name_their_source(first: str, second: str | None, shown: bool) -> None:
    claims = [
        claim("1", EXACT[15], "15", attribution=first),
        claim("2", EXACT[147], "147", attribution=second),
    ]
    explanation = only(claims).explanation
    assert ("1 — 15 (according to " in explanation) is shown, explanation


def test_a_part_one_report_adds_is_not_a_dispute_of_its_sources() -> None:
    claims = [
        claim("1", CountValue(24, 99, True), "dozens"),
        claim("2", CountValue(600, None, True), "More than 600"),
        claim("2", CountValue(112, 112), "112", start=1),
        claim("3", CountValue(600, None, True), "More than 600"),
    ]
    group = only(claims)
    assert group.verdict == "contradict"
    assert "both figures" not in group.explanation, group.explanation


# Parts and increments, scoped by classify ("part of 24": "17 of the dead"; "more": "three more
# bodies"), are judged apart from the total: the total agrees, the part is on its own.
@pytest.mark.parametrize(
    ("scope", "value", "words"),
    [
        pytest.param("part of 24", CountValue(17, 17), "Seventeen", id="a part"),
        pytest.param("more", CountValue(3, 3), "three", id="an increment"),
    ],
)
def test_a_part_or_an_increment_never_contradicts_the_total(
    scope: str, value: CountValue, words: str
) -> None:
    claims = [
        claim("1", CountValue(24, 24), "24"),
        claim("2", CountValue(24, 24), "Twenty-four"),
        claim("3", value, words, scope=scope),
    ]
    groups = judge(claims)
    assert [(g.verdict, g.scope) for g in groups] == [("agree", None), ("single", scope)]


# Subjects named differently by each source, on events of other kinds (made-up claims).
SYNONYM_CASES = [
    pytest.param(
        [("1", "detainees", CountValue(83, 83)), ("2", "prisoners", CountValue(90, 100, True))],
        "contradict",
        id="police-station escape: detainees / prisoners",
    ),
    pytest.param(
        [("1", "armed police", CountValue(200, 999, True)), ("2", "police", CountValue(400, 400))],
        "agree",
        id="summit: armed police / police",
    ),
    pytest.param(
        [
            ("1", "households", CountValue(100_000, None)),
            ("2", "customers", CountValue(420_000, 420_000)),
        ],
        "agree",
        id="storm: households / customers without power",
    ),
    pytest.param(
        [
            ("1", "people", CountValue(5, 5)),
            ("2", "workers", CountValue(2, None)),
            ("3", "miners", CountValue(5, 5)),
        ],
        "agree",
        id="pit collapse: people / workers / miners",
    ),
]


@pytest.mark.parametrize(("rows", "verdict"), SYNONYM_CASES)
def test_subjects_named_differently_are_one_quantity(
    rows: list[tuple[str, str, CountValue]], verdict: str
) -> None:
    claims = [claim(d, v, "x", subject=s, category="other_count") for d, s, v in rows]
    assert only(claims).verdict == verdict


def test_a_specific_subject_names_the_group() -> None:
    claims = [
        claim("2", CountValue(2, 2), "two", subject="suspects", category="arrested"),
        claim("3", CountValue(2, 2), "two", subject="men", category="arrested"),
        claim("4", CountValue(2, 2), "two", subject="men", category="arrested"),
    ]
    group = only(claims)
    assert (group.subject, group.verdict) == ("suspects", "agree")


def test_falling_toll_is_not_called_an_update() -> None:
    claims = [claim("000", EXACT[147], "147"), claim("001", EXACT[15], "15")]
    days = {"000": date(2023, 2, 6), "001": date(2023, 2, 7)}
    group = only(claims, published=days)
    assert "updated" not in group.explanation


def test_update_words_without_dates() -> None:
    claims = [
        claim("000", EXACT[15], "15"),
        claim("001", EXACT[147], "147", cues=("rose",)),
    ]
    group = only(claims)
    assert "001 says “rose”: the higher figure may be an updated toll." in group.explanation


def test_recurrence_cues_point_to_an_earlier_phase() -> None:
    claims = [
        claim(
            "000",
            DateValue(weekday=6),
            "Sunday",
            subject="assault launched",
            cues=("another",),
            category="attack_start",
        ),
        claim(
            "001",
            DateValue(2019, 3, 10, 6),
            "Sunday, March 10th",
            subject="assault launched",
            category="attack_start",
        ),
        claim(
            "003",
            DateValue(weekday=3),
            "Thursday",
            subject="assault launched",
            category="attack_start",
        ),
    ]
    group = only(claims)
    assert group.explanation.startswith(
        "Sources disagree on when the assault began: 000, 001 — Sunday 10 March 2019 "
        "(“Sunday”, “Sunday, March 10th”); 003 — Thursday."
    )
    assert "000 says “another”" in group.explanation
    assert "003 may describe an earlier phase" in group.explanation


def test_wire_copy_is_one_report() -> None:
    wording = "more than 4,000 fighters had surrendered to the SDF in the past month, Bali said"
    claims = [
        claim(
            "002",
            CountValue(4000, None, True),
            "more than 4,000",
            quote=wording,
            category="surrendered",
        ),
        claim(
            "004",
            CountValue(4000, None, True),
            "more than 4,000",
            quote=wording.upper(),
            category="surrendered",
        ),
        claim(
            "000",
            CountValue(2000, 9999, True),
            "thousands",
            quote="thousands surrendered",
            category="surrendered",
        ),
    ]
    group = only(claims)
    assert group.verdict == "agree"
    assert group.explanation == (
        "Sources agree on how many people surrendered: 002 and 004: more than 4,000; "
        "000: thousands — compatible. 002 and 004 carry the same wording: one report, "
        "not two confirmations."
    )


def test_single_source_names_it() -> None:
    group = only([claim("003", CountValue(3, 3), "Three", subject="SDF fighters")])
    assert group.verdict == "single"
    assert group.explanation == "Only 003 reports how many SDF fighters were killed: Three."


def test_report_order_and_ids() -> None:
    claims = [
        claim("a", EXACT[15], "15", subject="soldiers"),  # single
        claim("a", EXACT[147], "147", subject="people", start=1),
        claim("b", EXACT[148], "148", subject="people", start=1),  # contradiction, 2 docs
        claim("a", EXACT[150], "150", subject="civilians", start=2),
        claim("b", EXACT[150], "150", subject="civilians", start=2),  # agreement
        claim("a", DateValue(weekday=0), "Monday", start=3),
        claim("b", DateValue(weekday=1), "Tuesday", start=3),
        claim("c", DateValue(weekday=1), "Tuesday", start=3),  # contradiction, 3 docs
    ]
    groups = judge(claims)
    assert [g.verdict for g in groups] == ["contradict", "contradict", "agree", "single"]
    assert [len(g.docs) for g in groups[:2]] == [3, 2]
    assert [g.id for g in groups] == ["g1", "g2", "g3", "g4"]


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["000_ab.txt", "001_cd.txt"], ["000", "001"]),
        (["x_1.txt", "x_2.txt"], ["x_1", "x_2"]),
        (["a.txt", "a.md"], ["a.txt", "a.md"]),
        (["event/003_ef.txt"], ["003"]),
    ],
)
def test_doc_labels(ids: list[str], expected: list[str]) -> None:
    labels = doc_labels(ids)
    assert [labels[i] for i in ids] == expected


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (CountValue(4000, 9999, True), "4,000 to 9,999"),
        (CountValue(15, None), "at least 15"),
        (CountValue(None, 50, True), "at most 50"),
        (CountValue(0.333, 0.334, False, "fraction"), "33.3% to 33.4%"),
        (CountValue(147, 147), "147"),
        (DateValue(2019, 3, 10, 6), "Sunday 10 March 2019"),
        (DateValue(month=9), "September"),
        (DateValue(weekday=3), "Thursday"),
        (
            DateValue(2019, 3, None, 6, date(2019, 3, 3), date(2019, 3, 10)),
            "Sunday between 3 March 2019 and 10 March 2019",
        ),
    ],
)
def test_formats(value: CountValue | DateValue, text: str) -> None:
    shown = format_count(value) if isinstance(value, CountValue) else format_date(value)
    assert shown == text


POOL = [
    claim("000", EXACT[147], "147", start=1),
    claim("001", EXACT[148], "148", start=1),
    claim("002", AT_LEAST_15, "at least 15", start=1, subject="victims"),
    claim("002", EXACT[147], "147", start=9),
    claim("000", DateValue(weekday=0), "Monday", start=2),
    claim("001", DateValue(month=4, day=14), "April 14", start=2),
    claim("003", DateValue(weekday=2), "Wednesday", start=2),
    claim("000", CountValue(2000, 9999, True), "thousands", start=3, subject="ISIS fighters"),
    claim("001", CountValue(4000, None, True), "over 4,000", start=3, subject="militants"),
    claim("003", CountValue(3, 3), "three", start=3, subject="SDF fighters"),
    claim("003", EXACT[15], "15", start=4, scope="so far"),
]


@settings(max_examples=40, deadline=None)
@given(st.permutations(POOL))
def test_grouping_and_judging_do_not_depend_on_claim_order(claims: list[Claim]) -> None:
    assert judge(list(claims)) == judge(POOL)


def test_same_template_with_different_figures_is_not_wire_copy() -> None:
    wording = "the earthquake killed {} people across the province, officials said"
    claims = [
        claim("000", EXACT[147], "147", quote=wording.format(147)),
        claim("001", EXACT[148], "148", quote=wording.format(148)),
    ]
    assert "same wording" not in only(claims).explanation


def test_a_crowded_contradiction_is_summed_up() -> None:
    claims = [claim(f"{i:03d}", CountValue(i + 1, i + 1), str(i + 1)) for i in range(30)]
    group = only(claims)
    assert group.verdict == "contradict" and group.consensus is None
    assert "26 other values from 26 sources" in group.explanation
    assert len(group.explanation) < 400


def test_undated_toll_disagreement_says_what_would_settle_it() -> None:
    group = only([claim("000", EXACT[15], "15"), claim("001", EXACT[147], "147")])
    assert group.explanation.endswith(
        "Tolls change as reports come in: publication times would tell an update from an error."
    )
    other = only(
        [
            claim("000", EXACT[15], "15", category="troops"),
            claim("001", EXACT[147], "147", category="troops"),
        ]
    )
    assert "Tolls" not in other.explanation


# --- running figures within one report: the document is judged by the figure it ends on ---

BLOG = (
    "Flood live\n\nUpdated 18:40\n\n"
    "18:40 — Rescuers say 23 people are missing.\n\n"
    "15:10 — Officials say 17 people are missing after the river burst its banks.\n"
)


def blog_claim(text: str, words: str, value: float, doc: str = "live") -> Claim:
    start = text.index(words)
    return claim(doc, CountValue(value, value), words.split()[-4], start=start, quote=words,
                 category="missing")  # fmt: skip


def test_a_live_blog_running_newest_first_ends_on_its_latest_entry() -> None:
    claims = [
        blog_claim(BLOG, "Rescuers say 23 people are missing", 23),
        blog_claim(BLOG, "Officials say 17 people are missing", 17),
        claim("wire", CountValue(23, 23), "23", category="missing"),
    ]
    (group,) = judge(claims, texts={"live": BLOG})
    # the latest figures agree (23, 23); the blog's 17 is superseded, yet the toll changed
    assert group.verdict == "contradict"
    assert group.consensus == CountValue(23, 23)
    assert "live raised its figure from 17 to 23" in group.explanation, group.explanation
    assert "Latest figures" in group.explanation


@pytest.mark.parametrize(
    ("quote", "words", "earlier"),
    [
        pytest.param("Police held 71 people, up from 64 on Sunday night", "64", True, id="up from"),
        pytest.param("The toll has now risen to 12, from 9", "9", True, id="a figure marked now"),
        pytest.param("About 5,000 marched, police said; organisers said 20,000", "5,000", False,
                     id="police and organisers: text order alone is no time"),
    ],
)  # fmt: skip
def test_words_that_date_a_figure_within_one_report(quote: str, words: str, earlier: bool) -> None:
    numbers = [w for w in ("71", "64", "12", "9", "5,000", "20,000") if w in quote]
    values = {w: float(w.replace(",", "")) for w in numbers}
    claims = [
        claim("a", CountValue(values[w], values[w]), w, start=quote.index(w), quote=quote,
              category="arrested")
        for w in numbers
    ]  # fmt: skip
    claims = [
        c._replace(start=0, value_start=quote.index(c.value_text), id=f"a:{i}")
        for i, c in enumerate(claims)
    ]  # fmt: skip
    top = max(values.values()) if earlier else 20000.0
    other = claim("b", CountValue(top, top), "x", category="arrested")
    (group,) = judge([*claims, other])
    assert (f"raised its figure from {words}" in group.explanation) is earlier, group.explanation


def test_a_windowed_figure_up_from_the_previous_window_is_set_aside() -> None:
    quote = "There were 230 new infections this week, up from 180 the week before"
    claims = [
        c._replace(value_start=quote.index(w))
        for c, w in [
            (claim("a", CountValue(230, 230), "230", start=1, quote=quote, scope="past week",
                   subject="infections", category="other_count"), "230"),
            (claim("a", CountValue(180, 180), "180", start=2, quote=quote, scope="past week",
                   subject="infections", category="other_count"), "180"),
        ]
    ]  # fmt: skip
    claims = [c._replace(start=0, id=f"a:{i}") for i, c in enumerate(claims)]
    other = claim("b", CountValue(230, 230), "230", scope="past week", subject="infections",
                  category="other_count")  # fmt: skip
    (group,) = judge([*claims, other])
    assert group.verdict == "agree", group.explanation
    assert "a also gives 180 as an earlier figure" in group.explanation

"""The article's own publication date: header datelines as a table of cases."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from crosscheck.dateline import dateline_candidates, find_dateline, parse_date_string
from crosscheck.load import dateline_of, load_documents, with_dateline
from crosscheck.model import DateMention

BODY = (
    "Rescue teams worked through the night to reach villages cut off by the landslide, and "
    "officials said at least 41 people were killed and dozens more were missing on the hillside."
)
HEADLINE = "Landslide buries hillside villages after days of rain"

# (header lines above the body, expected publication date or None)
CASES = [
    pytest.param("Mon, 11 Mar 2019 10:23 GMT", date(2019, 3, 11), id="rfc-2822 style"),
    pytest.param("March 11, 2019", date(2019, 3, 11), id="month day, year"),
    pytest.param("11 March 2019", date(2019, 3, 11), id="day month year"),
    pytest.param("Mar. 11th, 2019", date(2019, 3, 11), id="abbreviated month, ordinal"),
    pytest.param(
        "Published 3:59pm, Tuesday, 21 August, 2018", date(2018, 8, 21), id="published prefix"
    ),
    pytest.param("Posted 12:49 PM CDT, Apr 21, 2014", date(2014, 4, 21), id="posted prefix"),
    pytest.param("Updated: 2019-03-11 10:23", date(2019, 3, 11), id="updated, iso with time"),
    pytest.param("2019-03-11", date(2019, 3, 11), id="iso date"),
    pytest.param(
        "MARCH 11, 2019 / 6:32 PM / Updated 2 hours ago",
        date(2019, 3, 11),
        id="capitals, relative update time",
    ),
    pytest.param("2019-03-11T10:23:00Z", date(2019, 3, 11), id="iso datetime"),
    pytest.param(
        "Last modified on Wed 22 Aug 2018 09.10 BST", date(2018, 8, 22), id="last modified"
    ),
    pytest.param("Published: 25/03/2019", date(2019, 3, 25), id="numeric, day over 12"),
    pytest.param("Published: 03/11/2019", None, id="numeric, ambiguous"),
    pytest.param("Posted 12/25/2019 9:00", date(2019, 12, 25), id="numeric, month first"),
    pytest.param("31 February 2019", None, id="no such day"),
    pytest.param("By Ana Ruiz | Reuters\nMarch 12, 2019", date(2019, 3, 12), id="under a byline"),
    pytest.param("By Ana Ruiz, Reuters | March 12, 2019 9:05 AM ET", date(2019, 3, 12)),
    pytest.param(f"{HEADLINE}\n\nSat, 16 Mar 2019 08:00 GMT", date(2019, 3, 16), id="headline"),
    pytest.param(
        f"Lagos\n\nNairobi\n\nTue, 28 Jan 2020 18:15 GMT\n\n{HEADLINE}\n\nWorld\n\n"
        "Example Wire Paris\n\nSat, 16 Mar 2019 08:00 GMT",
        date(2019, 3, 16),
        id="page furniture above the headline, dateline under the outlet line",
    ),
    pytest.param(
        f"{HEADLINE}\nPublished March 11, 2019\nUpdated March 12, 2019",
        date(2019, 3, 11),
        id="published beats a later update",
    ),
    pytest.param(
        f"{HEADLINE}\n\nThis article is more than 2 years old\n\nAna Ruiz in Lima\n\n"
        "Sun 15 Aug 2021 02.05 BST",
        date(2021, 8, 15),
        id="weekday, day, abbreviated month, dotted time, zone",
    ),
    pytest.param(
        f"{HEADLINE}\nPublished Aug. 14, 2021Updated Aug. 15, 2021, 5:02 a.m. ET",
        date(2021, 8, 14),
        id="published and updated glued on one line",
    ),
    pytest.param(
        "By Ana Ruiz, Wire\n\nUpdated 4:23 PM EDT, Sat August 14, 2021",
        date(2021, 8, 14),
        id="byline then updated",
    ),
    pytest.param("Saturday 14 August 2021 15:34, UK", date(2021, 8, 14), id="weekday first"),
    pytest.param("2021/08/14 10:00", date(2021, 8, 14), id="iso with slashes"),
    pytest.param("14.08.2021", date(2021, 8, 14), id="dotted day first"),
    pytest.param("World | 14 August 2021 | 10 comments", date(2021, 8, 14), id="furniture"),
    pytest.param(
        "Home News Sport Business Innovation Culture Travel Earth Video Live Weather World Asia "
        "Africa Europe Americas Middle East Australia UK Politics Health Science\n"
        f"{HEADLINE}\n14 August 2021",
        date(2021, 8, 14),
        id="a long menu line is not the body",
    ),
    pytest.param("Tue, 11 Mar 2019", None, id="weekday does not fit its date"),
    pytest.param("The flood struck on March 3, 2019.", None, id="a sentence, not a dateline"),
    pytest.param(
        f"{HEADLINE}\nRelated: Floods hit city on March 1, 2019", None, id="related story"
    ),
    pytest.param("2 hours ago", None, id="relative: never the clock"),
    pytest.param(HEADLINE, None, id="headline only"),
    pytest.param("", None, id="no header"),
]


def run(tmp_path: Path, header: str, body: str = BODY) -> tuple[date | None, str | None]:
    path = tmp_path / "story.txt"
    path.write_text(f"{header}\n\n{body}\n" if header else body, encoding="utf-8")
    (doc,) = load_documents([str(path)], published={})
    # Loading may leave the dateline to the extraction workers: the same date either way.
    (undated,) = load_documents([str(path)], published={}, datelines=False)
    assert undated.published is None
    assert with_dateline(undated, dateline_of(undated)) == doc
    return doc.published, doc.published_from


@pytest.mark.parametrize(("header", "expected"), CASES)
def test_header_dateline(tmp_path: Path, header: str, expected: date | None) -> None:
    assert run(tmp_path, header) == (expected, "dateline" if expected else None)


def test_real_body_dates_overrule_proximity(tmp_path: Path) -> None:
    body = "Forces launched the assault on Sunday, March 10, officials said. " + BODY
    header = f"{HEADLINE}\n\nMarch 11, 2019\n\nJanuary 28, 2020"
    assert run(tmp_path, header, body) == (date(2019, 3, 11), "dateline")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "WASHINGTON, March 11, 2019 (Reuters) - " + BODY, date(2019, 3, 11), id="wire"
        ),
        pytest.param("ROME, 11 March 2019 — " + BODY, date(2019, 3, 11), id="wire, dash"),
        pytest.param(
            "KOLDA, North Province, March 11, 2019 (AP) — " + BODY,
            date(2019, 3, 11),
            id="wire, city and region",
        ),
        pytest.param(
            "In Paris, Lyon, March 11, 2019 was cold. " + BODY, None, id="places in a sentence"
        ),
        pytest.param("Officials said on March 11, 2019 that " + BODY, None, id="body date"),
        pytest.param(BODY + " It began on 10 March 2019.", None, id="date late in the body"),
    ],
)
def test_dateline_opening_the_body(tmp_path: Path, body: str, expected: date | None) -> None:
    assert run(tmp_path, "", body) == (expected, "dateline" if expected else None)


def mention(
    *,
    year: int | None = None,
    month: int | None = None,
    day: int | None = None,
    weekday: int | None = None,
) -> DateMention:
    return DateMention(0, 1, "x", year=year, month=month, day=day, weekday=weekday)


SUNDAY_MARCH_10 = mention(month=3, day=10, weekday=6)
TWO_DATES = f"{HEADLINE}\n\nMarch 11, 2019\n\nJanuary 28, 2020\n\n{BODY}"


@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        pytest.param(TWO_DATES, [], date(2020, 1, 28), id="no body dates: nearest the body"),
        pytest.param(
            TWO_DATES, [SUNDAY_MARCH_10], date(2019, 3, 11), id="body weekday and recency decide"
        ),
        pytest.param(
            TWO_DATES,
            [mention(year=2019, month=3, day=9)],
            date(2019, 3, 11),
            id="body full date days before",
        ),
        pytest.param(
            f"Mon, 11 Mar 2019\n\n{HEADLINE}\n\n{BODY}",
            [mention(month=3, day=10, weekday=3), mention(year=2019, month=5, day=2)],
            None,
            id="above the headline, body weekday and dates against it",
        ),
        pytest.param(
            f"{HEADLINE}\n\nMarch 11, 2019\n\n{BODY}",
            [mention(year=2019, month=4, day=2), mention(year=2019, month=4, day=9)],
            date(2019, 3, 11),
            id="lone dateline survives later body dates (scheduled events)",
        ),
        pytest.param(
            f"March 11, 2021\n\n{BODY}",
            [mention(year=2019, month=3, day=2), mention(year=2019, month=3, day=9)],
            None,
            id="two years after every body date and nothing for it",
        ),
    ],
)
def test_body_dates_weigh_on_the_choice(
    text: str, body: Sequence[DateMention], expected: date | None
) -> None:
    found = find_dateline(text, body_dates=lambda _: body)
    assert (found.date if found else None) == expected


def test_candidates_say_why_and_quote_the_date() -> None:
    text = (
        f"Tue, 28 Jan 2020 18:15 GMT\n\n{HEADLINE}\n\nWire London\n\n"
        f"Mon, 11 Mar 2019 10:23 GMT\n\n{BODY}"
    )
    best, furniture = dateline_candidates(text, body_dates=lambda _: [SUNDAY_MARCH_10])
    assert (best.date, best.text, text[best.start : best.end]) == (
        date(2019, 3, 11),
        "Mon, 11 Mar 2019",
        "Mon, 11 Mar 2019",
    )
    assert "below the headline" in best.reasons and "above the headline" in furniture.reasons
    assert best.score > furniture.score


def test_the_body_sample_is_what_follows_the_header() -> None:
    seen: list[str] = []
    find_dateline(f"March 11, 2019\n\n{BODY}", body_dates=lambda t: seen.append(t) or [])
    assert seen == [BODY]


def test_no_candidate_means_the_body_is_not_even_read() -> None:
    def fail(text: str) -> list[DateMention]:
        raise AssertionError("body dates read for an article without a dateline")

    assert find_dateline(f"{HEADLINE}\n\n{BODY}", body_dates=fail) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-03-11", date(2019, 3, 11)),
        ("2019-03-11T23:30:00-05:00", date(2019, 3, 11)),
        (" 2019-03-11 10:23 ", date(2019, 3, 11)),
        ("Mon, 11 Mar 2019 10:23:00 +0000", date(2019, 3, 11)),
        ("March 11, 2019", date(2019, 3, 11)),
        ("2019-13-11", None),
        ("2019-03", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_metadata_date(value: str, expected: date | None) -> None:
    assert parse_date_string(value) == expected


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_seed_publication_dates_match_the_gold() -> None:
    gold = json.loads((SEEDS.parent / "tests" / "seeds-gold.json").read_text("utf-8"))
    docs = load_documents([str(SEEDS)], published={})
    found = {d.id: (d.published.isoformat() if d.published else None) for d in docs}
    assert found == {name: entry["published"] for name, entry in gold["documents"].items()}

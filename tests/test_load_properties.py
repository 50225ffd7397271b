"""No bytes crash the load stage, and what it reports indexes the text it returns."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import PurePosixPath

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from crosscheck import _date_lines
from crosscheck.dateline import dateline_candidates, find_dateline, parse_date_string
from crosscheck.load.decode import decode_bytes
from crosscheck.load.formats import _FORMATS, format_of, parse
from crosscheck.load.html import html_to_text
from crosscheck.load.meta import sidecar_path, split_suffix
from crosscheck.model import DateMention

HEADERISH = st.lists(
    st.sampled_from(
        [
            "Mon, 11 Mar 2019 10:23 GMT",
            "Published 3:59pm, Tuesday, 21 August, 2018",
            "By A. Writer",
            "Updated 2019-03-11",
            "Storm floods the coast overnight",
            "31/02/2019",
            "",
            "Word " * 25,
        ]
    )
    | st.text(max_size=40),
    max_size=8,
).map("\n".join)


def no_body_dates(text: str) -> list[DateMention]:
    return []


@given(st.binary(max_size=300))
def test_any_bytes_decode_to_text_or_a_reason(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert (decoded.error is None) == bool(decoded.text.strip())
    assert "\r" not in decoded.text


@given(HEADERISH)
@settings(max_examples=200)
def test_dateline_offsets_quote_the_text(text: str) -> None:
    for candidate in dateline_candidates(text, body_dates=no_body_dates):
        assert text[candidate.start : candidate.end] == candidate.text
        assert isinstance(candidate.date, date)
    found = find_dateline(text, body_dates=no_body_dates)
    assert found is None or found.score >= 0


@given(HEADERISH)
def test_dateline_does_not_depend_on_newline_style(text: str) -> None:
    assume("\r" not in text)  # the same lines written with \n and with \r\n
    crlf = decode_bytes(text.replace("\n", "\r\n").encode("utf-8")).text
    lf = decode_bytes(text.encode("utf-8")).text
    assert find_dateline(crlf, body_dates=no_body_dates) == find_dateline(
        lf, body_dates=no_body_dates
    )


@given(st.text(max_size=300))
def test_every_format_parses_any_text(text: str) -> None:
    for kind in ("text", "markdown", "html", "jsonl"):
        articles = parse(kind, text)
        assert articles
        for article in articles:
            assert (article.error is None) or article.text == ""


@given(st.text(alphabet="<>/=\"' abcdiptlmesy&;#x0123456789\n", max_size=200))
def test_html_never_raises(source: str) -> None:
    text, fields = html_to_text(source)
    assert "\n\n\n" not in text
    assert set(fields) <= {"published", "title", "outlet", "url"}


@given(st.text(max_size=60) | st.dates().map(lambda d: f"{d:%A, %d %B %Y} 10:23 GMT"))
def test_metadata_dates_parse_or_refuse_and_round_trip(value: str) -> None:
    parsed = parse_date_string(value)
    if parsed is not None:
        assert parse_date_string(parsed.isoformat()) == parsed
        assert parse_date_string(f"{parsed:%d %b %Y}") == parsed


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_written_dates_read_back(day: date) -> None:
    for written in (
        f"{day:%A, %d %B %Y} 10:23 GMT",
        f"{day:%a, %d %b %Y %H:%M} GMT",
        f"Published {day:%B} {day.day}, {day.year}",
        f"{day.isoformat()}T10:23:00Z",
    ):
        assert parse_date_string(written) == day, written


# The header date patterns open on "\W" and read the line behind one space, their optional
# groups written "(?:…|)"; the plain patterns they replaced opened on "\b" and wrote "(?:…)?".
_PLAIN_DATES = tuple(
    re.compile(r"\b" + form.replace("|)", ")?"), re.IGNORECASE | re.VERBOSE)
    for form in _date_lines._FORMS.values()
)
# fmt: off
DATE_WORDS = st.lists(
    st.sampled_from([
        "Mon", "Tuesday", "Sept", "March", "mar.", "of", "11", "3rd", "31", "2019", "1999",
        "2019-03-11", "11/03/2019", "25.03.2019", "x", "_", "é", "0", "-", "/", ".", ",",
        " ", " ", "  ", "\u00a0", "\t",
    ]),
    max_size=14,
).map("".join)
# fmt: on


def _plain_dates_in(line: str) -> list[tuple[date, int, int, int | None]]:
    found: list[tuple[date, int, int, int | None]] = []
    for pattern in _PLAIN_DATES:
        for match in pattern.finditer(line):
            if any(match.start() < end and start < match.end() for _, start, end, _ in found):
                continue
            value = _date_lines._to_date(match)
            if value is not None:
                name = match.group("weekday")
                weekday = _date_lines._WEEKDAYS.index(name[:3].lower()) if name else None
                found.append((value, match.start(), match.end(), weekday))
    return sorted(found, key=lambda f: f[1])


@given(DATE_WORDS)
@settings(max_examples=500)
def test_header_dates_are_found_as_the_plain_patterns_find_them(line: str) -> None:
    found = [(f.date, f.start, f.end, f.weekday) for f in _date_lines.dates_in(line)]
    assert found == _plain_dates_in(line)


FILE_NAMES = st.lists(st.sampled_from(["a", "b", ".", "txt", "HTML", "md", "jsonl"]), max_size=5)


@given(FILE_NAMES.map("".join), st.sampled_from(["", "dir/", "/a.b/", "./"]))
def test_file_names_split_as_pathlib_splits_them(name: str, folder: str) -> None:
    assume(name not in ("", ".", ".."))
    path = PurePosixPath(folder + name)
    assert split_suffix(name) == (path.stem, path.suffix)
    assert format_of(folder + name) == _FORMATS.get(path.suffix.lower(), "text")
    sidecar = sidecar_path(folder + name)
    assert os.path.normpath(sidecar) == str(path.with_name(path.stem + ".meta.json"))

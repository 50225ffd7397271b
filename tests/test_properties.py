"""Properties of the whole pipeline: no text crashes it, and input order does not matter."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.model import Report
from crosscheck.pipeline import check
from crosscheck.render.json import to_dict

FRAGMENTS = [
    "At least 41 people were killed",
    "more than 4,000 fighters surrendered",
    "on Sunday, March 10th",
    "about 200 families were evacuated",
    "last week",
    "officials said",
    "dozens were wounded",
    "between 20 and 30",
    "a third of the town",
    "Mon, 11 Mar 2019 10:23 GMT",
    "thousands fled",
    "police arrested 12 protesters",
    "on Tuesday",
    "in 2014",
    "nearly 50 remain missing",
    "the quake struck at 3 a.m.",
    ", ",
    ". ",
    "\n\n",
    "  ",
    "-",
    "%",
    "½",
    "٣",
    "—",
    "“",
    "\t",
    "\r\n",
]
TEXT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=12).map(
    "".join
)
SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _write(folder: Path, texts: list[str]) -> list[Path]:
    paths = []
    for i, text in enumerate(texts):
        path = folder / f"doc{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@SETTINGS
@given(TEXT)
def test_no_text_crashes_check(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        [path] = _write(Path(folder), [text])
        report = check([path], jobs=1)
    [doc] = report.documents
    for claim in report.claims:
        assert doc.text[claim.start : claim.end] == claim.quote
    assert report.summary.claims == len(report.claims)


def _content(report: Report) -> tuple[Any, ...]:
    """The report without its order: documents, claims, and groups as sets of claims."""
    data = to_dict(report)
    docs = sorted(str(d) for d in data["documents"])
    claims = sorted(str(c) for c in data["claims"])
    groups = sorted(
        str(
            (
                sorted(g["claims"]),
                g["verdict"],
                g["category"],
                g["subject"],
                g["scope"],
                g["consensus"],
            )
        )
        for g in data["groups"]
    )
    return docs, claims, groups


@SETTINGS
@given(st.lists(TEXT, min_size=2, max_size=4), st.randoms(use_true_random=False))
def test_report_does_not_depend_on_input_order(texts: list[str], rng: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = _write(Path(folder), texts)
        shuffled = list(paths)
        rng.shuffle(shuffled)
        assert _content(check(paths, jobs=1)) == _content(check(shuffled, jobs=1))

"""A user's config serves another beat: new categories, trigger words and synonyms, no code."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck import check

WILDFIRE = {
    "a.txt": "Fire grows near Pine Ridge\n\nThe blaze has scorched 12,000 acres since Friday, "
    "fire officials said.\n",
    "b.txt": "Pine Ridge fire update\n\nThe fire has charred more than 15,000 acres since "
    "Friday, according to the county fire agency.\n",
}
CONFIG = """
[categories.counts.burned]
triggers = ["burned", "scorched", "charred"]
nouns = ["acres", "hectares"]
default_subject = "acres"
counts_things = true
"""


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "fire"
    folder.mkdir()
    for name, text in WILDFIRE.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_config_adds_a_count_category(batch: Path, tmp_path: Path) -> None:
    config = tmp_path / "crosscheck.toml"
    config.write_text(CONFIG, encoding="utf-8")
    report = check([batch], config=config)
    burned = [c for c in report.claims if c.category == "burned"]
    assert [(c.doc, c.value_text) for c in burned] == [
        ("a.txt", "12,000 acres"),
        ("b.txt", "more than 15,000 acres"),
    ]
    group = next(g for g in report.groups if g.category == "burned")
    assert group.docs == ("a.txt", "b.txt")
    assert group.verdict == "contradict"  # 12,000 is not more than 15,000


def test_without_the_config_the_category_is_unknown(batch: Path) -> None:
    report = check([batch])
    assert not [c for c in report.claims if c.category == "burned"]

"""The JSON report of ``seeds/`` is pinned in ``tests/golden/seeds.json``.

Any change to what the pipeline finds, groups or explains shows up here as a diff to review;
when the change is intended, ``make golden`` regenerates the file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seeds.json"


def seeds_json(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)  # the report names paths as given, like `make golden` does
    result = CliRunner().invoke(app, ["report", "seeds/", "--format", "json", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_seeds_report_matches_the_golden_file(monkeypatch: pytest.MonkeyPatch) -> None:
    golden = GOLDEN.read_text("utf-8")
    assert seeds_json(monkeypatch) == golden, "the seeds report changed: review, then make golden"


def test_golden_file_is_a_report_of_the_seeds() -> None:
    report = json.loads(GOLDEN.read_text("utf-8"))
    assert report["schema"] == "crosscheck.report/1"
    seeds = sorted(p.name for p in (ROOT / "seeds").iterdir())
    assert [doc["id"] for doc in report["documents"]] == seeds
    texts = {p.name: p.read_text("utf-8") for p in (ROOT / "seeds").iterdir()}
    for claim in report["claims"]:
        assert texts[claim["doc"]][claim["start"] : claim["end"]] == claim["quote"]

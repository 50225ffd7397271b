"""Every report the project makes validates against the shipped schema of crosscheck.report/1."""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from crosscheck.pipeline import check, check_events
from crosscheck.render.json import events_to_dict, render_json, render_jsonl, to_dict

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@cache
def schema() -> dict[str, Any]:
    text = (resources.files("crosscheck") / "render" / "schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def validate(data: Any) -> None:
    jsonschema.Draft202012Validator(schema()).validate(data)


def errors(data: Any) -> list[str]:
    return [e.message for e in jsonschema.Draft202012Validator(schema()).iter_errors(data)]


@cache
def seeds_report() -> dict[str, Any]:
    return to_dict(check([SEEDS], jobs=1))


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_seeds_report_validates() -> None:
    validate(seeds_report())
    validate(json.loads(render_json(check([SEEDS], jobs=1))))


def test_seeds_quotes_are_the_document_text_at_their_offsets() -> None:
    report = check([SEEDS], jobs=1)
    texts = {doc.id: doc.text for doc in report.documents}
    for claim in report.claims:
        assert texts[claim.doc][claim.start : claim.end] == claim.quote, claim.id
        assert texts[claim.doc][claim.value_start : claim.value_end] == claim.value_text


def test_claim_ids_are_unique_and_groups_name_known_claims() -> None:
    data = seeds_report()
    ids = [c["id"] for c in data["claims"]]
    assert len(ids) == len(set(ids))
    assert {cid for g in data["groups"] for cid in g["claims"]} <= set(ids)


def test_multi_event_batch_and_jsonl_validate(tmp_path: Path) -> None:
    for event in ("quake", "flood"):
        (tmp_path / event).mkdir()
        (tmp_path / event / "a.txt").write_text(
            f"Officials said the {event} on Monday killed 40 people and injured 120.", "utf-8"
        )
    (tmp_path / "flood" / "bad.txt").write_bytes(b"\x00\x00")
    reports = check_events([tmp_path], jobs=1)
    validate(events_to_dict(reports))
    for line in render_jsonl(reports).splitlines():
        validate(json.loads(line))


def _broken(path: list[str | int], value: Any = None, *, drop: bool = False) -> dict[str, Any]:
    data = copy.deepcopy(seeds_report())
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    if drop:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "drop"),
    [
        (["schema"], "crosscheck.report/2", False),
        (["summary"], None, True),
        (["documents", 0, "published"], "11 March 2019", False),
        (["documents", 0, "published_from"], "guess", False),
        (["documents", 0, "error"], None, True),
        (["claims", 0, "kind"], "amount", False),
        (["claims", 0, "quote"], None, True),
        (["claims", 0, "value"], {"low": 1}, False),
        (["groups", 0, "verdict"], "maybe", False),
        (["summary", "contradictions"], -1, False),
    ],
)
def test_schema_rejects_a_report_that_breaks_the_contract(
    path: list[str | int], value: Any, drop: bool
) -> None:
    assert seeds_report()["claims"] and seeds_report()["groups"]
    assert errors(_broken(path, value, drop=drop))


def test_a_date_claim_needs_a_date_value() -> None:
    data = copy.deepcopy(seeds_report())
    claim = data["claims"][0]
    claim["kind"] = "date"
    claim["value"] = {"low": 1, "high": 2, "approximate": False, "unit": None}
    assert errors(data)
    claim["value"] = {
        "year": 2019,
        "month": 3,
        "day": 10,
        "weekday": "Sunday",
        "earliest": "2019-03-10",
        "latest": "2019-03-10",
    }
    validate(data)
    claim["value"]["weekday"] = 6
    assert errors(data)


def test_categories_are_free_strings() -> None:
    validate(_broken(["claims", 0, "category"], "landslide_buried"))

"""The report as JSON: the ``crosscheck.report/1`` contract (``report-contract.md``).

Keys come in a fixed order, values are plain JSON (ISO dates, weekday names, integral floats as
ints), so the same input always gives the same bytes. The JSON Schema is ``render/schema.json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring
from typing import Any

from crosscheck.model import (
    WEEKDAYS,
    Claim,
    CountValue,
    DateValue,
    Document,
    Group,
    Report,
    Summary,
)

__all__ = ["SCHEMA", "dumps", "events_to_dict", "render_json", "render_jsonl", "to_dict"]

SCHEMA = "crosscheck.report/1"


def _number(value: float | None) -> int | float | None:
    if value is None or not math.isfinite(value):
        return None
    return int(value) if float(value).is_integer() else value


def value_to_dict(value: CountValue | DateValue | None) -> dict[str, Any] | None:
    """A count or date value as the contract writes it (``None`` stays ``None``)."""
    if isinstance(value, CountValue):
        return {
            "low": _number(value.low),
            "high": _number(value.high),
            "approximate": value.approximate,
            "unit": value.unit,
        }
    if isinstance(value, DateValue):
        return {
            "year": value.year,
            "month": value.month,
            "day": value.day,
            "weekday": None if value.weekday is None else WEEKDAYS[value.weekday],
            "earliest": None if value.earliest is None else value.earliest.isoformat(),
            "latest": None if value.latest is None else value.latest.isoformat(),
        }
    return None


def _document(doc: Document, claims: int) -> dict[str, Any]:
    return {
        "id": doc.id,
        "path": doc.path,
        "published": None if doc.published is None else doc.published.isoformat(),
        "published_from": doc.published_from,
        "title": doc.title,
        "outlet": doc.outlet,
        "url": doc.url,
        "claims": claims,
        "error": doc.error,
        "warnings": list(doc.warnings),
    }


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "doc": claim.doc,
        "kind": claim.kind,
        "category": claim.category,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "value_text": claim.value_text,
        "value_start": claim.value_start,
        "value_end": claim.value_end,
        "subject": claim.subject,
        "scope": claim.scope,
        "attribution": claim.attribution,
        "value": value_to_dict(claim.value),
        "cues": list(claim.cues),
    }


def _group(group: Group) -> dict[str, Any]:
    return {
        "id": group.id,
        "kind": group.kind,
        "category": group.category,
        "subject": group.subject,
        "scope": group.scope,
        "claims": list(group.claims),
        "docs": list(group.docs),
        "verdict": group.verdict,
        "consensus": value_to_dict(group.consensus),
        "explanation": group.explanation,
    }


def _summary(summary: Summary) -> dict[str, int]:
    return {
        "documents": summary.documents,
        "claims": summary.claims,
        "groups": summary.groups,
        "agreements": summary.agreements,
        "contradictions": summary.contradictions,
        "single_source": summary.single_source,
    }


def _body(report: Report) -> dict[str, Any]:
    per_doc: dict[str, int] = {}
    for claim in report.claims:
        per_doc[claim.doc] = per_doc.get(claim.doc, 0) + 1
    return {
        "documents": [_document(d, per_doc.get(d.id, 0)) for d in report.documents],
        "claims": [_claim(c) for c in report.claims],
        "groups": [_group(g) for g in report.groups],
        "summary": _summary(report.summary),
    }


def to_dict(report: Report) -> dict[str, Any]:
    """One report (one event) as the contract's object; ``event`` is null for a plain batch."""
    return {"schema": SCHEMA, "event": report.event, **_body(report)}


def total(reports: Sequence[Report]) -> Summary:
    """The summaries of several events added up."""
    sums = [r.summary for r in reports]
    return Summary(
        documents=sum(s.documents for s in sums),
        claims=sum(s.claims for s in sums),
        groups=sum(s.groups for s in sums),
        agreements=sum(s.agreements for s in sums),
        contradictions=sum(s.contradictions for s in sums),
        single_source=sum(s.single_source for s in sums),
    )


def events_to_dict(reports: Sequence[Report]) -> dict[str, Any]:
    """A multi-event batch (``--by-folder``): one object per event under ``events``."""
    return {
        "schema": SCHEMA,
        "events": [{"event": r.event or "", **_body(r)} for r in reports],
        "summary": _summary(total(reports)),
    }


def dumps(data: dict[str, Any], *, indent: int | None = 2) -> str:
    """``data`` as JSON text: UTF-8 characters kept, fixed key order, no trailing newline."""
    if indent is None:  # the C encoder
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        return _indented(data, indent)
    except TypeError:  # a value the contract never holds (NaN, a date): json writes it or says why
        return json.dumps(data, ensure_ascii=False, indent=indent, separators=(",", ": "))


_CONSTANTS = {None: "null", True: "true", False: "false"}


def _scalar(item: Any) -> str | None:
    """A JSON scalar's text; None for a list or an object. Raises ``TypeError`` on others
    (non-finite floats included: json writes those)."""
    if isinstance(item, str):
        return encode_basestring(item)
    if item is None or item is True or item is False:
        return _CONSTANTS[item]
    if isinstance(item, int):
        return int.__repr__(item)
    if isinstance(item, float):
        return _float(item)
    if isinstance(item, dict | list | tuple):
        return None
    raise TypeError(f"not JSON: {type(item).__name__}")


def _float(value: float) -> str:
    if not math.isfinite(value):
        raise TypeError("not JSON: a non-finite float")  # json writes those
    return float.__repr__(value)


_PLAIN: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    float: _float,
    bool: _CONSTANTS.__getitem__,
    type(None): _CONSTANTS.__getitem__,
}
"""The writers of the exact JSON scalar types, used in a container's loop (no ``member`` call for
those; others go through ``_scalar``)."""


def _indented(data: Any, indent: int) -> str:
    """What ``json.dumps(data, ensure_ascii=False, indent=indent)`` writes, without its
    pure-Python encoder's generators (with an indent, json never uses its C encoder): about
    twice as fast on a large batch, one piece of text per member as json keeps. Raises
    ``TypeError`` on anything but JSON types."""
    out: list[str] = []
    write = out.append
    names: dict[str, str] = {}  # each key as JSON, written once per run
    plain = _PLAIN.get

    def member(lead: str, item: Any, level: int) -> None:
        text = _scalar(item)
        if text is not None:
            write(lead + text)
        elif not item:
            write(lead + ("{}" if isinstance(item, dict) else "[]"))
        else:
            newline = "\n" + " " * (indent * (level + 1))
            if isinstance(item, dict):
                separator = lead + "{" + newline
                for key, inner in item.items():
                    if not isinstance(key, str):
                        raise TypeError(f"not a JSON key: {type(key).__name__}")
                    name = names.get(key)
                    if name is None:
                        name = names[key] = encode_basestring(key) + ": "
                    encode = plain(type(inner))
                    if encode is None:
                        member(separator + name, inner, level + 1)
                    else:
                        write(separator + name + encode(inner))
                    separator = "," + newline
                closing = "}"
            else:
                separator = lead + "[" + newline
                for inner in item:
                    encode = plain(type(inner))
                    if encode is None:
                        member(separator, inner, level + 1)
                    else:
                        write(separator + encode(inner))
                    separator = "," + newline
                closing = "]"
            write("\n" + " " * (indent * level) + closing)

    member("", data, 0)
    return "".join(out)


def render_json(report: Report | Sequence[Report]) -> str:
    """The ``--format json`` text of one report, or of a multi-event batch, with a final newline."""
    data = to_dict(report) if isinstance(report, Report) else events_to_dict(report)
    return dumps(data) + "\n"


def render_jsonl(reports: Sequence[Report]) -> str:
    """The ``--format jsonl`` text: one compact report object per line (per event)."""
    return "".join(dumps(to_dict(r), indent=None) + "\n" for r in reports)

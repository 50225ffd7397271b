"""The report as Markdown, for pasting into an issue or a pull request.

Article text is cleaned of control characters, then every character Markdown (or GitHub's
renderer) could read as markup — ``| * _ [ ] < > ` ~ & $ \\`` — is backslash-escaped,
so a quote stays a quote and a table row stays one row.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck._cache import regex
from crosscheck.model import Report
from crosscheck.render import _layout as layout
from crosscheck.render.json import total
from crosscheck.render.text import clean

__all__ = ["escape", "render_markdown"]

_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~&$"})
"""Each markup character → itself backslash-escaped."""
_LINE_START = regex(r"^(\d*)([#+=>.)-])")


def escape(text: str | None, *, line_start: bool = False) -> str:
    """``text`` on one line, with Markdown markup characters backslash-escaped.

    ``line_start``: the text begins a line, so a leading ``#``, ``-``, ``>`` or ``1.`` is escaped
    too (it would otherwise open a heading, a list or a quote).
    """
    text = clean(text).translate(_SPECIAL)
    return _LINE_START.sub(r"\1\\\2", text, count=1) if line_start else text


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return [_row(*header), _row(*("---" for _ in header)), *(_row(*r) for r in rows)]


def _documents(report: Report, limit: int | None) -> list[str]:
    counts: dict[str, int] = {}
    for claim in report.claims:
        counts[claim.doc] = counts.get(claim.doc, 0) + 1
    docs, hidden = layout.documents_shown(report, limit)
    rows = [
        (
            escape(doc.id),
            escape(doc.outlet) or "\\-",
            escape(layout.published(doc)),
            str(counts.get(doc.id, 0)),
            escape(layout.note(doc)),
        )
        for doc in docs
    ]
    table = _table(("id", "outlet", "published", "claims", "note"), rows)
    return table + (["", escape(layout.more(hidden, "documents"))] if hidden else [])


def _groups(report: Report, verdict: str, level: str, limit: int | None) -> list[str]:
    by_id = layout.claims_by_id(report)
    out: list[str] = []
    groups, hidden = layout.groups_shown(report, verdict, limit)
    for group in groups:
        rows = [
            (escape(r.doc), f"**{escape(r.says)}**", escape(r.quote), escape(r.source) or "\\-")
            for r in layout.lines(by_id, group)
        ]
        out += ["", f"{level}# {escape(layout.heading(group))}", ""]
        out += _table(("doc", "says", "quote", "source"), rows)
        if group.explanation:
            out += ["", escape(group.explanation, line_start=True)]
    return out + (["", escape(layout.more(hidden, "groups"))] if hidden else [])


def _singles(report: Report, limit: int | None) -> list[str]:
    by_id = layout.claims_by_id(report)
    lines = [r for g in layout.groups_with(report, "single") for r in layout.lines(by_id, g)]
    if not lines:
        return ["None."]
    shown = lines if limit is None else lines[:limit]
    rows = [
        (
            escape(r.doc),
            escape(r.category),
            escape(r.subject),
            f"**{escape(r.says)}**",
            escape(r.quote),
        )
        for r in shown
    ]
    table = _table(("doc", "category", "subject", "says", "quote"), rows)
    hidden = len(lines) - len(shown)
    return table + (["", escape(layout.more(hidden, "single-source claims"))] if hidden else [])


def _report(report: Report, level: str, limit: int | None) -> list[str]:
    out = [f"**{escape(layout.summary_line(report.summary))}**", "", f"{level} Documents", ""]
    out += _documents(report, limit)
    for verdict, title in layout.SECTIONS:
        count = len(layout.groups_with(report, verdict))
        out += ["", f"{level} {title} ({count})"]
        out += _groups(report, verdict, level, limit)
    out += ["", f"{level} Single-source claims", ""]
    out += _singles(report, limit)
    return out


def render_markdown(
    reports: Report | Sequence[Report], *, max_rows: int | None = layout.MAX_ROWS
) -> str:
    """The report (or each event of a batch as its own section) as one Markdown document.

    Long sections stop after ``max_rows`` rows and say how many more there are (None: all).
    """
    items = [reports] if isinstance(reports, Report) else list(reports)
    out = ["# crosscheck report", ""]
    if layout.is_batch(items):
        out += [f"**All events: {escape(layout.summary_line(total(items)))}**"]
        for report in items:
            out += ["", f"## {escape(layout.event_title(report))}", ""]
            out += _report(report, "###", max_rows)
    else:
        for report in items:
            out += _report(report, "##", max_rows)
    return "\n".join(out) + "\n"

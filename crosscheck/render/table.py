"""The report as tables for a terminal: documents, contradictions, agreements, single-source.

Every string taken from an article is cleaned (:func:`crosscheck.render.text.clean`) and drawn as
plain text (handed to rich as a plain ``Text``, never as markup), so an article can neither
restyle nor move the terminal. Without a terminal the width is fixed (100 columns) and no colour
is written, so the output is the same bytes from run to run.

The tables are described first (``_grid.Sheet``: titles, columns, cells and their styles). In
colour rich draws them; without colour ``_grid`` draws the same bytes without importing rich,
unless some text needs rich's own measuring (wide characters, tabs) or a column is too narrow for
its padding, when rich draws them too.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from crosscheck.model import Report
from crosscheck.render import DEFAULT_WIDTH
from crosscheck.render import _layout as layout
from crosscheck.render._grid import Column, Sheet, Unsupported, draw, wrap
from crosscheck.render.json import total
from crosscheck.render.text import clean

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = ["DEFAULT_WIDTH", "render_table"]

Part = tuple[str, str] | Sheet
"""A line of text with its style, or a table."""


def _documents(report: Report, limit: int | None) -> Sheet:
    names = ("id", "outlet", "published", "claims", "note")
    columns = [Column(n, justify="right" if n == "claims" else "left") for n in names]
    sheet = Sheet("Documents", "bold", columns)
    counts: dict[str, int] = {}
    for claim in report.claims:
        counts[claim.doc] = counts.get(claim.doc, 0) + 1
    docs, hidden = layout.documents_shown(report, limit)
    if hidden:
        sheet.caption = layout.more(hidden, "documents")
    for doc in docs:
        sheet.rows.append(
            (
                (clean(doc.id), ""),
                (clean(doc.outlet) or "-", ""),
                (layout.published(doc), ""),
                (str(counts.get(doc.id, 0)), ""),
                (layout.note(doc), "yellow" if doc.error else ""),
            )
        )
    return sheet


def _group_table(report: Report, verdict: str, style: str, limit: int | None) -> list[Part]:
    by_id = layout.claims_by_id(report)
    out: list[Part] = []
    groups, hidden = layout.groups_shown(report, verdict, limit)
    for group in groups:
        columns = [
            Column("doc", max_width=28),
            Column("says", max_width=24),
            Column("quote"),
            Column("source", max_width=20),
        ]
        sheet = Sheet(layout.heading(group), style, columns)
        sheet.caption = clean(group.explanation)
        for row in layout.lines(by_id, group):
            sheet.rows.append(
                ((row.doc, ""), (row.says, "bold"), (row.quote, ""), (row.source or "-", ""))
            )
        out.append(sheet)
    if hidden:
        out.append((layout.more(hidden, "groups"), ""))
    return out


def _singles(report: Report, limit: int | None) -> list[Part]:
    by_id = layout.claims_by_id(report)
    rows = [row for g in layout.groups_with(report, "single") for row in layout.lines(by_id, g)]
    if not rows:
        return []
    shown = rows if limit is None else rows[:limit]
    columns = [
        Column("doc", max_width=28),
        Column("category", max_width=16),
        Column("subject", max_width=20),
        Column("says", max_width=20),
        Column("quote"),
    ]
    sheet = Sheet("Single-source claims", "bold", columns)
    if len(shown) < len(rows):
        sheet.caption = layout.more(len(rows) - len(shown), "single-source claims")
    for row in shown:
        sheet.rows.append(
            (
                (row.doc, ""),
                (row.category, ""),
                (row.subject, ""),
                (row.says, "bold"),
                (row.quote, ""),
            )
        )
    return [("", ""), sheet]


def _report(report: Report, *, batch: bool, limit: int | None) -> list[Part]:
    parts: list[Part] = []
    if batch:
        parts.append((layout.event_title(report), "bold underline"))
    parts.append(_documents(report, limit))
    for verdict, title in layout.SECTIONS:
        count = len(layout.groups_with(report, verdict))
        style = "bold red" if verdict == "contradict" else "bold green"
        parts.append((f"\n{title} ({count})", style))
        parts.extend(_group_table(report, verdict, style, limit))
    parts.extend(_singles(report, limit))
    parts.append(("\n" + layout.summary_line(report.summary), "bold"))
    return parts


def _described(items: Sequence[Report], limit: int | None) -> tuple[list[list[Part]], str | None]:
    """Each report's parts, and the closing line of a multi-event batch (``None``: none)."""
    batch = layout.is_batch(items)
    described = [_report(report, batch=batch, limit=limit) for report in items]
    last = f"All events: {layout.summary_line(total(items))}" if batch and len(items) > 1 else None
    return described, last


def _plain(reports: list[list[Part]], last: str | None, width: int) -> str:
    """The parts drawn without rich (raises ``Unsupported`` when some text needs rich)."""
    lines: list[str] = []
    for index, parts in enumerate(reports):
        if index:
            lines.append("")
        for part in parts:
            lines.extend(wrap(part[0], width) if isinstance(part, tuple) else draw(part, width))
    if last is not None:
        lines.extend(["", *wrap(last, width)])
    return "".join(line + "\n" for line in lines)  # each already cut to the width


def _rich(part: Part) -> RenderableType:
    from rich.table import Table
    from rich.text import Text

    if isinstance(part, tuple):
        return Text(part[0], style=part[1])
    table = Table(title=Text(part.title, style=part.title_style), title_justify="left")
    for c in part.columns:
        table.add_column(c.header, overflow="fold", justify=c.justify, max_width=c.max_width)
    if part.caption is not None:
        table.caption = Text(part.caption)
        table.caption_justify = "left"
    for row in part.rows:
        table.add_row(*(Text(text, style=style) for text, style in row))
    return table


def render_table(
    reports: Report | Sequence[Report],
    *,
    width: int = DEFAULT_WIDTH,
    color: bool = False,
    max_rows: int | None = layout.MAX_ROWS,
) -> str:
    """The report (or each event of a batch, in turn) as text tables ``width`` columns wide.

    Long sections stop after ``max_rows`` rows and say how many more there are (None: all).
    """
    items = [reports] if isinstance(reports, Report) else list(reports)
    described, last = _described(items, max_rows)
    if not color:
        try:
            return _plain(described, last, width)
        except Unsupported:
            pass
    from rich.console import Console
    from rich.console import Group as RenderGroup
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )
    for index, parts in enumerate(described):
        if index:
            console.print()
        console.print(RenderGroup(*(_rich(part) for part in parts)))
    if last is not None:
        console.print()
        console.print(Text(last, style="bold"))
    return buffer.getvalue()

"""The report as rich tables for a terminal: documents, contradictions, agreements, single-source.

Every string taken from an article is cleaned (:func:`crosscheck.render.text.clean`) and handed to
rich as a plain ``Text``, never as markup, so an article can neither restyle nor move the
terminal. Without a terminal the width is fixed (100 columns) and no colour is written, so the
output is the same bytes from run to run.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console, RenderableType
from rich.console import Group as RenderGroup
from rich.table import Table
from rich.text import Text

from crosscheck.model import Report
from crosscheck.render import _layout as layout
from crosscheck.render.json import total
from crosscheck.render.text import clean

__all__ = ["DEFAULT_WIDTH", "render_table"]

from crosscheck.render import DEFAULT_WIDTH


def _documents(report: Report, limit: int | None) -> Table:
    table = Table(title=Text("Documents", style="bold"), title_justify="left", expand=False)
    for name in ("id", "outlet", "published", "claims", "note"):
        table.add_column(name, overflow="fold", justify="right" if name == "claims" else "left")
    counts: dict[str, int] = {}
    for claim in report.claims:
        counts[claim.doc] = counts.get(claim.doc, 0) + 1
    docs, hidden = layout.documents_shown(report, limit)
    if hidden:
        table.caption = Text(layout.more(hidden, "documents"))
        table.caption_justify = "left"
    for doc in docs:
        table.add_row(
            Text(clean(doc.id)),
            Text(clean(doc.outlet) or "-"),
            Text(layout.published(doc)),
            Text(str(counts.get(doc.id, 0))),
            Text(layout.note(doc), style="yellow" if doc.error else ""),
        )
    return table


def _group_table(
    report: Report, verdict: str, style: str, limit: int | None
) -> list[RenderableType]:
    by_id = layout.claims_by_id(report)
    out: list[RenderableType] = []
    groups, hidden = layout.groups_shown(report, verdict, limit)
    for group in groups:
        table = Table(
            title=Text(layout.heading(group), style=style),
            title_justify="left",
            caption=Text(clean(group.explanation)),
            caption_justify="left",
        )
        table.add_column("doc", overflow="fold", max_width=28)
        table.add_column("says", overflow="fold", max_width=24)
        table.add_column("quote", overflow="fold", ratio=1)
        table.add_column("source", overflow="fold", max_width=20)
        for row in layout.lines(by_id, group):
            table.add_row(
                Text(row.doc),
                Text(row.says, style="bold"),
                Text(row.quote),
                Text(row.source or "-"),
            )
        out.append(table)
    if hidden:
        out.append(Text(layout.more(hidden, "groups")))
    return out


def _singles(report: Report, limit: int | None) -> list[RenderableType]:
    by_id = layout.claims_by_id(report)
    rows = [row for g in layout.groups_with(report, "single") for row in layout.lines(by_id, g)]
    if not rows:
        return []
    shown = rows if limit is None else rows[:limit]
    table = Table(title=Text("Single-source claims", style="bold"), title_justify="left")
    if len(shown) < len(rows):
        table.caption = Text(layout.more(len(rows) - len(shown), "single-source claims"))
        table.caption_justify = "left"
    table.add_column("doc", overflow="fold", max_width=28)
    table.add_column("category", overflow="fold", max_width=16)
    table.add_column("subject", overflow="fold", max_width=20)
    table.add_column("says", overflow="fold", max_width=20)
    table.add_column("quote", overflow="fold", ratio=1)
    for row in shown:
        table.add_row(
            Text(row.doc),
            Text(row.category),
            Text(row.subject),
            Text(row.says, style="bold"),
            Text(row.quote),
        )
    return [Text(""), table]


def _report(report: Report, *, batch: bool, limit: int | None) -> list[RenderableType]:
    parts: list[RenderableType] = []
    if batch:
        parts.append(Text(layout.event_title(report), style="bold underline"))
    parts.append(_documents(report, limit))
    for verdict, title in layout.SECTIONS:
        count = len(layout.groups_with(report, verdict))
        style = "bold red" if verdict == "contradict" else "bold green"
        parts.append(Text(f"\n{title} ({count})", style=style))
        parts.extend(_group_table(report, verdict, style, limit))
    parts.extend(_singles(report, limit))
    parts.append(Text("\n" + layout.summary_line(report.summary), style="bold"))
    return parts


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
    batch = layout.is_batch(items)
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
    for index, report in enumerate(items):
        if index:
            console.print()
        console.print(RenderGroup(*_report(report, batch=batch, limit=max_rows)))
    if batch and len(items) > 1:
        console.print()
        console.print(Text(f"All events: {layout.summary_line(total(items))}", style="bold"))
    return buffer.getvalue()

"""Render stage: a Report as JSON (the contract), JSON lines, a rich table, or Markdown.

The renderers import rich and friends only when asked for, so importing this package is cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crosscheck.model import Report

__all__ = ["DEFAULT_WIDTH", "FORMATS", "render"]

FORMATS = ("table", "json", "markdown", "jsonl")
DEFAULT_WIDTH = 100
"""Columns of the table when the output is not a terminal, so that it is the same every run."""


def render(
    reports: Sequence[Report],
    fmt: str,
    *,
    by_folder: bool = False,
    width: int = DEFAULT_WIDTH,
    color: bool = False,
) -> str:
    """The text of ``reports`` in format ``fmt`` (one of :data:`FORMATS`).

    Without ``by_folder`` there is one report (the whole batch); with it, one per event, and the
    JSON is the multi-event object. ``width`` and ``color`` concern the table only.
    """
    from crosscheck.render.json import render_json, render_jsonl

    items: Report | Sequence[Report] = reports if by_folder else reports[0]
    if fmt == "json":
        return render_json(items)
    if fmt == "jsonl":
        return render_jsonl(reports)
    if fmt == "markdown":
        from crosscheck.render.markdown import render_markdown

        return render_markdown(items)
    if fmt == "table":
        from crosscheck.render.table import render_table

        return render_table(items, width=width, color=color)
    raise ValueError(f"unknown format {fmt!r}")

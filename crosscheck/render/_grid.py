"""Tables as plain text, drawn the way rich draws them, for a report without colour.

Importing rich and laying out a report's tables through its renderables costs more than the rest
of a short report's run (~30 ms to import, ~60 ms to draw 100 texts' tables). Without colour the
table format is plain text, so it is drawn here, with rich's own rules for the features the table
renderer uses: a heavy-headed box, a title and a caption justified left, columns that fold long
words and may have a ``max_width``, one cell of padding either side, left- or right-justified
cells, and words wrapped as ``rich.text.Text.wrap`` wraps them. The output is byte for byte what
rich writes (``tests/test_group_fast.py`` compares the two).

Only text whose every character rich counts as one cell wide is drawn here (Latin, Greek,
Cyrillic, general punctuation…); for anything else — wide or combining characters, tabs, a
column too narrow to hold its padding — :func:`draw` raises :class:`Unsupported` and the caller
draws with rich.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import cache
from typing import Literal

from crosscheck._cache import regex

__all__ = ["Column", "Sheet", "Unsupported", "draw", "narrow", "wrap"]

Justify = Literal["default", "left", "right"]
_WORD = regex(r"\s*\S+\s*")
_TRAILING = regex(r"\s+$")
_NON_SPACE = regex(r"[^ ]")


class Unsupported(Exception):
    """The text or the layout needs rich itself."""


class Column:
    """A column's header and layout: ``justify`` "left" or "right", ``max_width`` in cells."""

    __slots__ = ("header", "justify", "max_width")

    justify: Justify

    def __init__(
        self,
        header: str,
        *,
        justify: Justify = "left",
        max_width: int | None = None,
    ) -> None:
        self.header = header
        self.justify = justify
        self.max_width = max_width


class Sheet:
    """One table as data: title, columns, rows of (text, style) cells, caption (or ``None``).

    Styles matter only to rich (colour); the plain drawing ignores them."""

    __slots__ = ("caption", "columns", "rows", "title", "title_style")

    def __init__(self, title: str, title_style: str, columns: Sequence[Column]) -> None:
        self.title = title
        self.title_style = title_style
        self.columns = list(columns)
        self.rows: list[tuple[tuple[str, str], ...]] = []
        self.caption: str | None = None


@cache
def _single_cells() -> frozenset[str]:
    """Characters rich measures as one cell by its own fast path, plus punctuation and symbols
    its width tables (every Unicode version) give one cell ("…", "—", "“", "€", "⁄")."""
    ranges = [
        (0x20, 0x7E),
        (0xA0, 0xAC),
        (0xAE, 0x2FF),
        (0x370, 0x482),
        (0x1E00, 0x1EFF),  # Latin extended additional
        (0x2010, 0x2027),  # dashes, quotes, "…"
        (0x2030, 0x205E),  # per mille, primes, "⁄"
        (0x20A0, 0x20C0),  # currency signs
        (0x2100, 0x218B),  # letterlike symbols, number forms
        (0x2190, 0x22FF),  # arrows, mathematical operators
        (0x2500, 0x25FC),
        (0x2800, 0x28FF),
    ]
    return frozenset(chr(c) for low, high in ranges for c in range(low, high + 1))


def narrow(line: str) -> bool:
    """Whether every character of a line is one cell wide (so its cell count is its length)."""
    return (line.isascii() and line.isprintable()) or _single_cells().issuperset(line)


def _breaks(line: str, width: int) -> list[int]:
    """Where a line longer than ``width`` cells breaks to fit: ``rich._wrap.divide_line`` with
    folding."""
    if line.isprintable() and line[0] != " " and max(map(len, line.split())) <= width:
        return _greedy(line, width)
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(line):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:  # longer than a line: folded across lines
            pieces = [word[i : i + width] for i in range(0, len(word), width)]
            for i, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if i == len(pieces) - 1:
                    offset = len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _greedy(line: str, width: int) -> list[int]:
    """``_breaks`` of a printable line (so " " is its only whitespace) whose words all fit a
    line (no folding): each line ends before the first word reaching past ``width`` cells."""
    breaks: list[int] = []
    start = 0
    while start + width < len(line):
        limit = start + width
        if line[limit] == " ":  # the next word starts after the spaces
            found = _NON_SPACE.search(line, limit)
            if found is None:
                break
            start = found.start()
        else:  # the word running past the limit starts the next line
            start = line.rfind(" ", start, limit) + 1
        breaks.append(start)
    return breaks


def wrap(text: str, width: int, justify: Justify = "default") -> list[str]:
    """``text`` wrapped to ``width`` cells as ``rich.text.Text.wrap`` does (overflow "fold"):
    lines padded to the width when justified "left", pushed right when "right"."""
    out: list[str] = []
    for line in text.split("\n"):
        if width < 1 or not narrow(line):
            raise Unsupported(line)
        if len(line) <= width:  # one piece, as it is
            pieces = [line]
        else:
            cuts = [0, *_breaks(line, width), len(line)]
            pieces = [line[start:end] for start, end in itertools.pairwise(cuts)]
        for piece in pieces:
            if len(piece) > width and (space := _TRAILING.search(piece)):
                piece = piece[: len(piece) - min(len(space.group()), len(piece) - width)]
            if justify == "left":
                piece = piece[:width] + " " * (width - len(piece))
            elif justify == "right":
                piece = piece.rstrip()[:width]
                piece = " " * (width - len(piece)) + piece
            out.append(piece[:width])
    return out


def _longest_line(text: str) -> int:
    """A text's natural width: its longest line (rich's ``Measurement`` maximum of a ``Text``)."""
    if text.isprintable():  # no line break of any kind
        return len(text)
    return max(map(len, text.splitlines()), default=0)


def _column_width(longest: int, max_width: int | None, width: int) -> int:
    """A column's maximum width within ``width``, its padding (one cell either side) included:
    rich's ``Table._measure_column`` of a column whose longest cell line is ``longest``. (Only
    maximums set a table's widths; the largest padded maximum is the padded largest one.)"""
    if width < 1:
        return 0
    most = width if width - 2 < 1 else min(min(longest, width - 2) + 2, width)
    return most if max_width is None else min(most, max_width + 2)


def _reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    """``rich._ratio.ratio_reduce``: ``total`` taken from ``values`` in proportion to ``ratios``."""
    ratios = [ratio if most else 0 for ratio, most in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    out = []
    for ratio, most, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            taken = min(most, round(ratio * remaining / total_ratio))
            out.append(value - taken)
            remaining -= taken
            total_ratio -= ratio
        else:
            out.append(value)
    return out


def _collapse(widths: list[int], max_width: int) -> list[int]:
    """``rich.table.Table._collapse_widths`` with every column wrappable: the widest columns
    narrowed in turn until the table fits."""
    excess = sum(widths) - max_width
    while sum(widths) and excess > 0:
        widest = max(widths)
        second = max(w if w != widest else 0 for w in widths)
        difference = widest - second
        ratios = [1 if w == widest else 0 for w in widths]
        if not any(ratios) or not difference:
            break
        widths = _reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
        excess = sum(widths) - max_width
    return widths


def _widths(sheet: Sheet, max_width: int) -> list[int]:
    """Each column's width, padding included (``rich.table.Table._calculate_column_widths``)."""
    count = len(sheet.columns)
    longest = [
        max(_longest_line(c.header), *(_longest_line(row[i][0]) for row in sheet.rows))
        for i, c in enumerate(sheet.columns)
    ]
    limits = [c.max_width for c in sheet.columns]
    widths = [_column_width(longest[i], limits[i], max_width) or 1 for i in range(count)]
    if sum(widths) > max_width:
        widths = _collapse(widths, max_width)
        if sum(widths) > max_width:
            widths = _reduce(sum(widths) - max_width, [1] * count, widths, widths)
        widths = [_column_width(longest[i], limits[i], w) for i, w in enumerate(widths)]
    return widths


def _cell(text: str, width: int, justify: Justify) -> list[str]:
    """A cell's lines, ``width`` cells with its padding (``wrap`` raises ``Unsupported`` when no
    cell is left inside the padding)."""
    return [f" {line} " for line in wrap(text, width - 2, justify)]


def draw(sheet: Sheet, width: int) -> list[str]:
    """The lines of one table, ``width`` cells at most, as rich prints it without colour."""
    count = len(sheet.columns)
    widths = _widths(sheet, width - 2 - (count - 1))
    table_width = sum(widths) + 2 + count - 1
    out = wrap(sheet.title, table_width, "left") if sheet.title else []
    out.append("┏" + "┳".join("━" * w for w in widths) + "┓")
    rows = [tuple((c.header, "") for c in sheet.columns), *sheet.rows]
    for index, row in enumerate(rows):
        cells = [
            _cell(text, w, column.justify)
            for (text, _), w, column in zip(row, widths, sheet.columns, strict=True)
        ]
        height = max(len(cell) for cell in cells)
        for cell, w in zip(cells, widths, strict=True):
            blank = [" " * w] * (height - len(cell))
            cell[:] = blank + cell if index == 0 else cell + blank  # the header sits at the bottom
        edge = "┃" if index == 0 else "│"
        out.extend(edge + edge.join(parts) + edge for parts in zip(*cells, strict=True))
        if index == 0:
            out.append("┡" + "╇".join("━" * w for w in widths) + "┩")
    out.append("└" + "┴".join("─" * w for w in widths) + "┘")
    if sheet.caption:
        out.extend(wrap(sheet.caption, table_width, "left"))
    return [line[:width] for line in out]

"""Untrusted article text, made safe to show: no control characters, no terminal escapes.

Article text comes from anywhere. Before a renderer shows a quote, a title or an outlet it goes
through :func:`clean`, which removes ANSI/VT escape sequences, C0/C1 control characters and the
Unicode bidi controls that could reorder what a reader sees, and folds every run of whitespace
(newlines included) into one space. Renderers then escape their own markup on top (rich markup
for the table, Markdown for the markdown report).
"""

from __future__ import annotations

import re

from crosscheck._cache import regex

__all__ = ["clean", "shorten"]

_ESCAPES = regex(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]               # CSI: colours, cursor moves, clears
    | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?  # OSC: window titles, hyperlinks
    | \x1b[PX^_][^\x1b]*(?:\x1b\\)?       # DCS, SOS, PM, APC strings
    | \x1b[ -/]*[0-~]?                    # any other ESC sequence (and a lone ESC)
    | \x9b[0-?]*[ -/]*[@-~]               # 8-bit CSI
    """,
    re.VERBOSE,
)
_CONTROLS = regex("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = regex(r"\s+")


def clean(text: str | None) -> str:
    """``text`` without escape sequences or control characters, whitespace folded to one space."""
    if not text:
        return ""
    if text.isprintable():  # no escape, control or bidi character; no space but " "
        return (_SPACES.sub(" ", text) if "  " in text else text).strip()
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def shorten(text: str, width: int, *, centre: int | None = None) -> str:
    """``text`` cut to about ``width`` characters, keeping the part around ``centre``.

    ``centre`` is an index into ``text`` (e.g. where the value starts) that stays visible;
    cut ends are marked with "…".
    """
    if len(text) <= width:
        return text
    middle = len(text) // 2 if centre is None else max(0, min(centre, len(text)))
    start = max(0, min(middle - width // 2, len(text) - width))
    end = start + width
    head = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    return f"{head}{text[start:end].strip()}{tail}"

"""Decoded file text → articles, by format: plain text, Markdown, HTML, JSON lines.

* Plain text: the text is the article.
* Markdown: optional front matter (``---`` lines holding published, title, outlet, url); the
  article's text is the body after the front matter, so offsets index the body, not the file.
  The Markdown markup itself is kept as written.
* HTML: see ``crosscheck.load.html``; offsets index the extracted visible text.
* JSON lines: one article per line, an object with ``text`` and optionally id, published, title,
  outlet, url. Each line is its own article; a bad line is an article with an error naming the
  line, and the other lines still load.
"""

from __future__ import annotations

import json
import os
from typing import NamedTuple

from crosscheck.load.decode import EMPTY, normalise_newlines
from crosscheck.load.meta import Meta, read_meta, split_front, split_suffix

__all__ = ["FOLDER_SUFFIXES", "Article", "format_of", "parse"]

_FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}
FOLDER_SUFFIXES = frozenset(_FORMATS)
"""The endings read when walking a folder; a file named on the command line is read whatever
its ending (as plain text unless the ending names another format)."""


class Article(NamedTuple):
    """One article of a file: ``key`` is None for the whole file, the line's id for JSON lines."""

    key: str | None
    text: str = ""
    meta: Meta = Meta()
    error: str | None = None


def format_of(path: str) -> str:
    return _FORMATS.get(split_suffix(os.path.basename(path))[1].lower(), "text")


def parse(kind: str, text: str) -> tuple[Article, ...]:
    """The articles a file of format ``kind`` holds (at least one, possibly with an error)."""
    if kind == "markdown":
        front, body = split_front(text)
        meta = read_meta(front, source="front matter")
        if not body.strip():
            return (Article(None, meta=meta, error="no text after the front matter"),)
        return (Article(None, body, meta),)
    if kind == "html":
        from crosscheck.load.html import html_to_text  # html.parser only for HTML input

        body, fields = html_to_text(text)
        meta = read_meta(fields, source="HTML metadata")
        if not body.strip():
            return (Article(None, meta=meta, error="no visible text in the page"),)
        return (Article(None, body, meta),)
    if kind == "jsonl":
        return _jsonl(text)
    return (Article(None, text),)


def _jsonl(text: str) -> tuple[Article, ...]:
    articles: list[Article] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            articles.append(_jsonl_line(number, line))
    return tuple(articles) or (Article(None, error=EMPTY),)


def _jsonl_line(number: int, line: str) -> Article:
    where = f"line {number}"
    try:
        values = json.loads(line)
    except json.JSONDecodeError as exc:
        return Article(str(number), error=f"{where}: malformed JSON ({exc.msg})")
    if not isinstance(values, dict):
        return Article(str(number), error=f"{where}: not a JSON object")
    raw_id = values.get("id")
    key = str(number)
    if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip():
        key = str(raw_id).strip()
    meta = read_meta(values, source=where)
    body = values.get("text")
    if not isinstance(body, str):
        return Article(key, meta=meta, error=f"{where}: no text field")
    if not body.strip():
        return Article(key, meta=meta, error=f"{where}: empty text")
    return Article(key, normalise_newlines(body), meta)

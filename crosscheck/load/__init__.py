"""Load stage: paths → Documents (decoded text, metadata, publication date).

Inputs are files, folders (read recursively in sorted order) or ``-`` (one document from stdin).
In a folder only article files are read (``.txt``, ``.md``/``.markdown``, ``.html``/``.htm``,
``.jsonl``); hidden files and folders and ``*.meta.json`` sidecars are skipped. A file named
explicitly is read whatever its ending.

Document ids: the path relative to the folder given (``event-a/001.txt``), the file name for a
file given directly, ``-`` for stdin, and ``<file id>#<line id>`` for a JSON-lines article. Ids
are unique in a batch: a clashing id gets ``~2``, ``~3`` … appended; the same file reached twice
is read once.

A file that cannot be read never stops the batch: it becomes a Document with ``error`` set. Only
a path that does not exist raises ``InputError``, before anything is read.

Publication date, first found wins: the ``published`` option (keyed by the file as the user typed
it, its id, or any path naming the same file), the metadata (sidecar, then front matter, HTML
meta or JSONL field), then the article's own dateline (``crosscheck.dateline``). The dateline
is the costly part of loading: with ``datelines=False`` it is left out (``published`` stays None)
and :func:`dateline_of` finds it later, in the worker process that extracts the document.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import NamedTuple

from crosscheck.dateline import find_dateline
from crosscheck.errors import InputError
from crosscheck.load.decode import decode_bytes
from crosscheck.load.formats import FOLDER_SUFFIXES, Article, format_of, parse
from crosscheck.load.meta import SIDECAR, Meta, merge, read_sidecar
from crosscheck.model import Document, PublishedFrom

__all__ = ["STDIN", "dateline_of", "load_documents", "unused_published", "with_dateline"]

STDIN = "-"


class _Source(NamedTuple):
    id: str
    path: str
    error: str | None = None  # a folder that could not be listed


def load_documents(
    paths: Sequence[str], *, published: Mapping[str, date], datelines: bool = True
) -> tuple[Document, ...]:
    """Every document of ``paths``, in input order, folders in sorted order (see module doc).

    With ``datelines=False`` a document that neither the option nor its metadata dates is left
    undated: ``with_dateline`` (or ``dateline_of``) completes it, with the same result.
    """
    for raw in paths:
        if raw != STDIN and not os.path.lexists(raw):
            raise InputError("no such file or folder", path=raw)
    options = _Options(published, datelines)
    docs: list[Document] = []
    taken: set[str] = set()
    seen_files: set[object] = set()
    for source in _sources(paths):
        if source.path != STDIN:
            identity = _identity(source.path)
            if identity in seen_files:
                continue
            seen_files.add(identity)
        docs.extend(_read(source, options, taken))
    return tuple(docs)


def unused_published(documents: Sequence[Document], published: Iterable[str]) -> list[str]:
    """The ``published`` keys (FILE as typed) that name none of ``documents`` (a typo the CLI
    should report)."""
    names = {name for doc in documents for name in (doc.id, doc.path)}
    files = {os.path.realpath(doc.path) for doc in documents if doc.path != STDIN}
    return [
        key
        for key in published
        if key not in names and (key == STDIN or os.path.realpath(key) not in files)
    ]


def _identity(path: str) -> object:
    """What makes two paths the same file: device and inode (else the resolved path)."""
    try:
        status = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (status.st_dev, status.st_ino)


def _unique(doc_id: str, taken: set[str]) -> str:
    """``doc_id``, or ``doc_id~2``, ``~3`` … when an earlier document of the batch has it."""
    unique, n = doc_id, 1
    while unique in taken:
        n += 1
        unique = f"{doc_id}~{n}"
    taken.add(unique)
    return unique


def _sources(paths: Sequence[str]) -> Iterator[_Source]:
    for raw in paths:
        if raw == STDIN:
            yield _Source(STDIN, STDIN)
        elif os.path.isdir(raw):
            yield from _walk(raw)
        else:
            yield _Source(os.path.basename(os.path.normpath(raw)) or raw, raw)


def _walk(top: str) -> Iterator[_Source]:
    found: list[tuple[tuple[str, ...], _Source]] = []

    def unreadable(exc: OSError) -> None:
        where = str(exc.filename or top)
        rel = os.path.relpath(where, top).replace(os.sep, "/")
        rel = os.path.basename(os.path.normpath(top)) if rel == "." else rel
        found.append((tuple(rel.split("/")), _Source(rel, where, exc.strerror or str(exc))))

    for folder, dirs, files in os.walk(top, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        inside = os.path.relpath(folder, top)
        parts = () if inside == "." else tuple(inside.split(os.sep))
        for name in files:
            if name.startswith(".") or name.lower().endswith(SIDECAR):
                continue
            if os.path.splitext(name)[1].lower() not in FOLDER_SUFFIXES:
                continue
            key = (*parts, name)
            found.append((key, _Source("/".join(key), os.path.join(folder, name))))
    for _, source in sorted(found, key=lambda item: item[0]):
        yield source


def _read(source: _Source, options: _Options, taken: set[str]) -> list[Document]:
    if source.error is not None:
        return [Document(id=_unique(source.id, taken), path=source.path, error=source.error)]
    try:
        if source.path == STDIN:
            data = sys.stdin.buffer.read()
        else:
            with open(source.path, "rb") as file:
                data = file.read()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return [Document(id=_unique(source.id, taken), path=source.path, error=reason)]
    decoded = decode_bytes(data)
    if decoded.error is not None:
        return [Document(id=_unique(source.id, taken), path=source.path, error=decoded.error)]
    is_file = source.path != STDIN
    sidecar = read_sidecar(source.path) if is_file else Meta()
    kind = format_of(source.path) if is_file else "text"
    return [
        _document(
            source,
            _unique(source.id if article.key is None else f"{source.id}#{article.key}", taken),
            article,
            merge(sidecar, article.meta),
            decoded.warnings,
            options,
        )
        for article in parse(kind, decoded.text)
    ]


def _document(
    source: _Source,
    doc_id: str,
    article: Article,
    meta: Meta,
    warnings: tuple[str, ...],
    options: _Options,
) -> Document:
    day, published_from = _publication(doc_id, source.path, article, meta, options)
    return Document(
        id=doc_id,
        path=source.path,
        text=article.text if article.error is None else "",
        published=day,
        published_from=published_from,
        title=meta.title,
        outlet=meta.outlet,
        url=meta.url,
        error=article.error,
        warnings=warnings + meta.warnings,
    )


def _publication(
    doc_id: str, path: str, article: Article, meta: Meta, options: _Options
) -> tuple[date | None, PublishedFrom | None]:
    chosen = options.lookup(doc_id, path)
    if chosen is not None:
        return chosen, "option"
    if meta.published is not None:
        return meta.published, "metadata"
    if not options.datelines or article.error is not None:
        return None, None
    dateline = find_dateline(article.text)
    return (dateline.date, "dateline") if dateline is not None else (None, None)


def dateline_of(doc: Document) -> date | None:
    """The dateline of a document loaded with ``datelines=False`` and left undated (else None)."""
    if doc.published is not None or doc.error is not None or not doc.text:
        return None
    dateline = find_dateline(doc.text)
    return None if dateline is None else dateline.date


def with_dateline(doc: Document, day: date | None) -> Document:
    """``doc`` dated by its dateline ``day`` (from ``dateline_of``); itself when ``day`` is None."""
    return doc if day is None else doc._replace(published=day, published_from="dateline")


class _Options:
    """The ``published`` option: FILE as the user typed it → date."""

    def __init__(self, published: Mapping[str, date], datelines: bool = True) -> None:
        self.published = published
        self.datelines = datelines
        self.real = {
            os.path.realpath(key): day for key, day in sorted(published.items()) if key != STDIN
        }

    def lookup(self, doc_id: str, path: str) -> date | None:
        """By the document's id first, then its path as reached, then the file it names."""
        if not self.published:
            return None
        for key in (doc_id, path):
            if key in self.published:
                return self.published[key]
        return None if path == STDIN else self.real.get(os.path.realpath(path))

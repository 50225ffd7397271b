"""The driver: wires load → extract/classify → group → judge, and nothing else.

Extraction is a pure function of one document (``classify.extract_claims``), so it can run in
worker processes (``jobs``) with output identical to a serial run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

from crosscheck.classify import extract_claims
from crosscheck.group import group_claims
from crosscheck.judge import judge_groups
from crosscheck.lexicon import Lexicon, load_lexicon
from crosscheck.load import load_documents
from crosscheck.model import Claim, Document, Report

Progress = Callable[[int], None]
"""Called with the number of documents just processed."""

_worker_lexicon: Lexicon | None = None


def _init_worker(lexicon: Lexicon) -> None:
    global _worker_lexicon
    _worker_lexicon = lexicon


def _extract_in_worker(item: tuple[Document, date | None]) -> tuple[Claim, ...]:
    assert _worker_lexicon is not None
    return extract_claims(item[0], reference=item[1], lexicon=_worker_lexicon)


def _anchor(doc: Document, reference_date: date | None) -> date | None:
    return doc.published or reference_date


def extract_all(
    documents: Sequence[Document],
    *,
    lexicon: Lexicon,
    reference_date: date | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> tuple[Claim, ...]:
    """Claims of every readable document, in document order then text order."""
    work = [(doc, _anchor(doc, reference_date)) for doc in documents if doc.error is None]
    results: Iterable[tuple[Claim, ...]]
    if jobs > 1 and len(work) > 1:
        chunk = max(1, len(work) // (jobs * 8))
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(lexicon,)) as pool:
            results = list(_tick(pool.map(_extract_in_worker, work, chunksize=chunk), progress))
    else:
        results = _tick(
            (extract_claims(doc, reference=ref, lexicon=lexicon) for doc, ref in work), progress
        )
    return tuple(claim for claims in results for claim in claims)


def _tick(
    results: Iterable[tuple[Claim, ...]], progress: Progress | None
) -> Iterable[tuple[Claim, ...]]:
    for claims in results:
        if progress is not None:
            progress(1)
        yield claims


def report_for(
    documents: Sequence[Document],
    *,
    lexicon: Lexicon,
    reference_date: date | None = None,
    tolerance: float = 0.0,
    jobs: int = 1,
    event: str | None = None,
    progress: Progress | None = None,
) -> Report:
    """Cross-check documents already loaded, as one event."""
    claims = extract_all(
        documents, lexicon=lexicon, reference_date=reference_date, jobs=jobs, progress=progress
    )
    clusters = group_claims(claims, lexicon=lexicon)
    groups = judge_groups(clusters, documents=documents, tolerance=tolerance, lexicon=lexicon)
    return Report(documents=tuple(documents), claims=claims, groups=groups, event=event)


def check(
    paths: Sequence[str | Path],
    *,
    published: Mapping[str, date] | None = None,
    reference_date: date | None = None,
    tolerance: float = 0.0,
    config: Path | None = None,
    jobs: int = 1,
    lexicon: Lexicon | None = None,
    progress: Progress | None = None,
) -> Report:
    """Cross-check the claims of a batch of articles about one event.

    ``paths`` are files or folders (read recursively, in sorted order). ``published`` maps a
    document path to its publication date and wins over everything the document says.
    ``reference_date`` anchors relative dates in documents whose publication date is unknown.
    """
    lexicon = lexicon or load_lexicon(config)
    documents = load_documents([str(p) for p in paths], published=published or {})
    return report_for(
        documents,
        lexicon=lexicon,
        reference_date=reference_date,
        tolerance=tolerance,
        jobs=jobs,
        progress=progress,
    )


def events_of(documents: Sequence[Document]) -> list[tuple[str, tuple[Document, ...]]]:
    """Split a batch by the first folder of each document's id; top-level files form event ""."""
    events: dict[str, list[Document]] = {}
    for doc in documents:
        head, sep, _ = doc.id.partition("/")
        events.setdefault(head if sep else "", []).append(doc)
    return [(name, tuple(docs)) for name, docs in sorted(events.items())]


def check_events(
    paths: Sequence[str | Path],
    *,
    published: Mapping[str, date] | None = None,
    reference_date: date | None = None,
    tolerance: float = 0.0,
    config: Path | None = None,
    jobs: int = 1,
    lexicon: Lexicon | None = None,
    progress: Progress | None = None,
) -> tuple[Report, ...]:
    """One report per event, an event being a sub-folder: claims are never grouped across events."""
    lexicon = lexicon or load_lexicon(config)
    documents = load_documents([str(p) for p in paths], published=published or {})
    return tuple(
        report_for(
            docs,
            lexicon=lexicon,
            reference_date=reference_date,
            tolerance=tolerance,
            jobs=jobs,
            event=name,
            progress=progress,
        )
        for name, docs in events_of(documents)
    )


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)

"""The driver: wires load → extract/classify → group → judge, and nothing else.

Extraction is a pure function of one document (``classify.extract_claims``), so it can run in
worker processes (``jobs``) with output identical to a serial run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from crosscheck.classify import extract_claims
from crosscheck.group import group_claims
from crosscheck.judge import judge_groups
from crosscheck.lexicon import Lexicon, load_lexicon
from crosscheck.load import dateline_of, load_documents, with_dateline
from crosscheck.model import Claim, Document, Report

if TYPE_CHECKING:
    from pathlib import Path

Progress = Callable[[int], None]
"""Called with the number of documents just processed."""

_worker_lexicon: Lexicon | None = None

Dated = tuple[date | None, tuple[Claim, ...]]
"""What a worker sends back for one document: its dateline (when loading left it undated) and
its claims. Documents go out once and never come back, so the pipe carries little."""


def _init_worker(lexicon: Lexicon) -> None:
    global _worker_lexicon
    _worker_lexicon = lexicon


def _date_and_extract(doc: Document, reference_date: date | None, lexicon: Lexicon) -> Dated:
    """The dateline that loading left to find (``load_documents(datelines=False)``), then the
    claims anchored on the publication date."""
    day = dateline_of(doc)
    anchor = doc.published or day or reference_date
    return day, extract_claims(doc, reference=anchor, lexicon=lexicon)


def _date_and_extract_in_worker(item: tuple[Document, date | None]) -> Dated:
    assert _worker_lexicon is not None
    return _date_and_extract(item[0], item[1], _worker_lexicon)


_T = TypeVar("_T")
_MAX_CHUNK = 64
POOL_MIN_CHARS = 250_000
"""Less text than this is extracted in the main process whatever ``jobs`` says: starting the
pool (~60-90 ms) costs more than it saves. Best of 8 runs, 2 cores: 113 KB 0.17 s serial, 0.27 s
with 2 jobs; 137 KB 0.18 / 0.24 s; 299 KB 0.27 / 0.23 s; 587 KB 0.51 / 0.36 s."""


def _run(
    work: Sequence[tuple[Document, date | None]],
    serial: Callable[[Document, date | None], _T],
    in_worker: Callable[[tuple[Document, date | None]], _T],
    *,
    lexicon: Lexicon,
    jobs: int,
    progress: Progress | None,
) -> list[_T]:
    """``serial`` on every item in order, or ``in_worker`` in a pool of ``jobs`` processes."""
    if jobs > 1 and len(work) > 1 and sum(len(doc.text) for doc, _ in work) >= POOL_MIN_CHARS:
        from concurrent.futures import ProcessPoolExecutor  # 7-10 ms: only when it serves

        # Chunks of at most 64 documents: fewer round trips than one at a time, and the last
        # chunks end close together (16 chunks of 625 on a 10,000-document batch left one
        # worker idle for half a chunk, ~0.5 s, on average).
        chunk = max(1, min(_MAX_CHUNK, len(work) // (jobs * 8)))
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(lexicon,)) as pool:
            return list(_tick(pool.map(in_worker, work, chunksize=chunk), progress))
    return list(_tick((serial(doc, ref) for doc, ref in work), progress))


def _tick(results: Iterable[_T], progress: Progress | None) -> Iterable[_T]:
    for item in results:
        if progress is not None:
            progress(1)
        yield item


def judge_event(
    documents: Sequence[Document],
    claims: Mapping[str, tuple[Claim, ...]],
    *,
    lexicon: Lexicon,
    tolerance: float = 0.0,
    event: str | None = None,
) -> Report:
    """Group and judge the claims of one event's documents (claims by document id)."""
    ordered = tuple(claim for doc in documents for claim in claims.get(doc.id, ()))
    clusters = group_claims(ordered, lexicon=lexicon)
    groups = judge_groups(clusters, documents=documents, tolerance=tolerance, lexicon=lexicon)
    return Report(documents=tuple(documents), claims=ordered, groups=groups, event=event)


def _load_and_extract(
    paths: Sequence[str | Path],
    *,
    published: Mapping[str, date] | None,
    reference_date: date | None,
    lexicon: Lexicon,
    jobs: int,
    progress: Progress | None,
) -> tuple[tuple[Document, ...], dict[str, tuple[Claim, ...]]]:
    """Load, then find each document's dateline and claims (in the workers: a dateline costs
    about a fifth of an extraction, and loading is otherwise serial)."""
    loaded = load_documents([str(p) for p in paths], published=published or {}, datelines=False)
    work = [(doc, reference_date) for doc in loaded if doc.error is None]

    def serial(doc: Document, ref: date | None) -> Dated:
        return _date_and_extract(doc, ref, lexicon)

    results = iter(
        _run(
            work,
            serial,
            _date_and_extract_in_worker,
            lexicon=lexicon,
            jobs=jobs,
            progress=progress,
        )
    )
    documents: list[Document] = []
    claims: dict[str, tuple[Claim, ...]] = {}
    for doc in loaded:
        if doc.error is None:
            day, claims[doc.id] = next(results)
            doc = with_dateline(doc, day)
        documents.append(doc)
    return tuple(documents), claims


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
    ``jobs`` worker processes extract claims; the report is the same whatever their number.
    """
    lexicon = lexicon or load_lexicon(config)
    documents, claims = _load_and_extract(
        paths,
        published=published,
        reference_date=reference_date,
        lexicon=lexicon,
        jobs=jobs,
        progress=progress,
    )
    return judge_event(documents, claims, lexicon=lexicon, tolerance=tolerance)


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
    """One report per event, an event being a sub-folder: claims are never grouped across events.

    Takes the options of ``check``; extraction runs once over the whole batch.
    """
    lexicon = lexicon or load_lexicon(config)
    documents, claims = _load_and_extract(
        paths,
        published=published,
        reference_date=reference_date,
        lexicon=lexicon,
        jobs=jobs,
        progress=progress,
    )
    return tuple(
        judge_event(docs, claims, lexicon=lexicon, tolerance=tolerance, event=name)
        for name, docs in events_of(documents)
    )


def events_of(documents: Sequence[Document]) -> list[tuple[str, tuple[Document, ...]]]:
    """Split a batch by the first folder of each document's id; top-level files form event ""."""
    events: dict[str, list[Document]] = {}
    for doc in documents:
        head, sep, _ = doc.id.partition("/")
        events.setdefault(head if sep else "", []).append(doc)
    return [(name, tuple(docs)) for name, docs in sorted(events.items())]


def default_jobs() -> int:
    """The cores this process may run on (all of the machine's where that cannot be asked)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1

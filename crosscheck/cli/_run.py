"""What ``crosscheck report`` does once its options are read, without typer.

Both ways in call :func:`run_report`: typer's command (``_app``) and the fast path for plain
command lines (``_fast``), which spares a report the ~25 ms of importing typer.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from crosscheck.errors import CrosscheckError, InputError, UsageError
from crosscheck.render.text import clean

if TYPE_CHECKING:
    from crosscheck.model import Report

PROG = "crosscheck"


class Format(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"
    jsonl = "jsonl"


class FailOn(StrEnum):
    contradiction = "contradiction"
    never = "never"


# run_report's keyword → how the command line spells its option (typer's ``_app`` and ``_fast``)
OPTION_NAMES: dict[str, tuple[str, ...]] = {
    "fmt": ("--format", "-f"),
    "output": ("--output", "-o"),
    "published": ("--published",),
    "reference_date": ("--reference-date",),
    "fail_on": ("--fail-on",),
    "tolerance": ("--tolerance",),
    "config": ("--config",),
    "jobs": ("--jobs", "-j"),
    "by_folder": ("--by-folder",),
    "quiet": ("--quiet", "-q"),
}


def say(kind: str, message: str) -> None:
    sys.stderr.write(f"{PROG}: {kind}: {clean(message)}\n")
    sys.stderr.flush()


def parse_date(text: str) -> date:
    """An ISO date (``2019-03-11``; an ISO date-time keeps its date part). Raises ``ValueError``."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        return datetime.fromisoformat(text).date()


def parse_published(values: Sequence[str]) -> dict[str, date]:
    """``--published FILE=DATE`` options as a mapping from FILE (as typed) to its date."""
    published: dict[str, date] = {}
    for value in values:
        file, sep, when = value.rpartition("=")
        if not sep or not file:
            raise UsageError(f"--published expects FILE=DATE, got {value!r}")
        try:
            published[file] = parse_date(when)
        except ValueError:
            raise UsageError(
                f"malformed date {when!r} in --published (expected YYYY-MM-DD)", path=file
            ) from None
    return published


def parse_reference(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise UsageError(f"malformed --reference-date {value!r} (expected YYYY-MM-DD)") from None


def run_report(
    paths: Sequence[str],
    *,
    fmt: Format = Format.table,
    output: str | None = None,
    published: Sequence[str] | None = None,
    reference_date: str | None = None,
    fail_on: FailOn = FailOn.never,
    tolerance: float = 0.0,
    config: str | None = None,
    jobs: int | None = None,
    by_folder: bool = False,
    quiet: bool = False,
) -> int:
    """Run ``crosscheck report`` with these options; the exit status (errors said on stderr)."""
    try:
        reports = _check(
            paths,
            published=parse_published(published or ()),
            reference_date=parse_reference(reference_date),
            tolerance=tolerance,
            config=config,
            jobs=jobs,
            by_folder=by_folder,
            show_progress=not quiet and _is_terminal(sys.stderr),
        )
        if not quiet:
            _warn_documents(reports, published_keys=[p.rpartition("=")[0] for p in published or ()])
        if not any(doc.error is None for r in reports for doc in r.documents):
            raise InputError("no readable document", path=paths[0] if len(paths) == 1 else None)
        _write(_render(reports, fmt, by_folder=by_folder, to_terminal=output is None), output)
    except CrosscheckError as err:
        say("error", str(err))
        return 2
    contradictions = sum(r.summary.contradictions for r in reports)
    return 1 if fail_on is FailOn.contradiction and contradictions else 0


def _warn_documents(reports: Sequence[Report], *, published_keys: Sequence[str]) -> None:
    from crosscheck.load import unused_published

    documents = [doc for report in reports for doc in report.documents]
    for doc in documents:
        for problem in ([doc.error] if doc.error is not None else []) + list(doc.warnings):
            say("warning", f"{doc.path}: {problem}")
    for key in unused_published(documents, published_keys):
        say("warning", f"{key}: --published names no input document")


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        with open(output, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path=output) from None


def _is_terminal(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _check(
    paths: Sequence[str],
    *,
    config: str | None,
    jobs: int | None,
    by_folder: bool,
    show_progress: bool,
    **options: Any,
) -> tuple[Report, ...]:
    from crosscheck.lexicon import load_lexicon
    from crosscheck.pipeline import check, check_events, default_jobs

    options.update(lexicon=load_lexicon(config), jobs=jobs or default_jobs())
    # The modules, patterns and lexicon are here to stay: moved out of the collector's sight, they
    # are not walked again by every collection the run triggers (~8 ms of a 0.12 s report;
    # forked workers share their pages too). Collection itself goes on as usual. Once a process:
    # a caller running many reports in one process would otherwise freeze its garbage too.
    if gc.get_freeze_count() == 0:
        gc.freeze()
    if not show_progress:  # rich is imported only when a bar can be shown
        return check_events(paths, **options) if by_folder else (check(paths, **options),)
    from crosscheck.render.progress import DocumentProgress

    with DocumentProgress() as progress:
        options["progress"] = progress
        return check_events(paths, **options) if by_folder else (check(paths, **options),)


def _render(reports: Sequence[Report], fmt: Format, *, by_folder: bool, to_terminal: bool) -> str:
    from crosscheck.render import DEFAULT_WIDTH, render

    terminal = to_terminal and fmt is Format.table and _is_terminal(sys.stdout)
    color = terminal and "NO_COLOR" not in os.environ
    width = DEFAULT_WIDTH
    if terminal:
        import shutil

        width = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return render(reports, fmt.value, by_folder=by_folder, width=width, color=color)

"""The command line: ``crosscheck report PATH...``, a thin layer over :mod:`crosscheck.pipeline`.

Only this module turns a :class:`~crosscheck.errors.CrosscheckError` into a message and an exit
code: 0 success, 1 a contradiction under ``--fail-on contradiction``, 2 bad usage or input. Every
error is ONE line on stderr, ``crosscheck: error: <path>: <what is wrong>``. The pipeline, rich and
the renderers are imported inside the command, so ``crosscheck --help`` starts fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from crosscheck import __version__
from crosscheck.errors import CrosscheckError, InputError, UsageError
from crosscheck.render.text import clean

if TYPE_CHECKING:
    from crosscheck.model import Report

__all__ = ["app", "main"]

PROG = "crosscheck"


class Format(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"
    jsonl = "jsonl"


class FailOn(StrEnum):
    contradiction = "contradiction"
    never = "never"


def _say(kind: str, message: str) -> None:
    sys.stderr.write(f"{PROG}: {kind}: {clean(message)}\n")
    sys.stderr.flush()


class _Group(TyperGroup):
    """Typer's group; typer's own usage errors also become one ``crosscheck: error:`` line."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args) or ["--help"]
        name = prog_name or PROG
        if not standalone_mode:
            return super().main(argv, name, complete_var, False, windows_expand_args, **extra)
        try:
            code = super().main(argv, name, complete_var, False, windows_expand_args, **extra)
        except typer.TyperException as exc:
            ctx = getattr(exc, "ctx", None)
            where = getattr(ctx, "command_path", None) or PROG
            _say("error", f"{exc.format_message()} (see '{where} --help')")
            sys.exit(2)
        except typer.Abort:
            _say("error", "aborted")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=_Group,
    name=PROG,
    rich_markup_mode=None,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"{PROG} {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Print the version and exit.",
            is_eager=True,
            callback=_show_version,
        ),
    ] = False,
) -> None:
    """Cross-check the numbers and dates that news sources report about one event.

    Run `crosscheck report FOLDER` on a batch of articles: it lists each claim (a death toll, an
    arrest count, the day an assault began), groups the claims that state the same quantity, and
    says where the sources agree and where they contradict each other.
    """


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


def _warn_documents(reports: Sequence[Report], *, published_keys: Sequence[str]) -> None:
    documents = [doc for report in reports for doc in report.documents]
    for doc in documents:
        for problem in ([doc.error] if doc.error is not None else []) + list(doc.warnings):
            _say("warning", f"{doc.path}: {problem}")
    known = {name for doc in documents for name in (doc.path, doc.id, _resolved(doc.path))}
    for key in published_keys:
        if key not in known and _resolved(key) not in known:
            _say("warning", f"{key}: --published names no input document")


def _resolved(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return path


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        with output.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path=str(output)) from None


def _is_terminal(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


_PATHS = typer.Argument(
    metavar="PATH",
    show_default=False,
    help="Article files or folders (folders are read recursively, in sorted order); "
    "'-' reads one article from stdin.",
)
_FORMAT = typer.Option(
    "--format",
    "-f",
    help="Output format: table (for a terminal), json (the crosscheck.report/1 contract), "
    "markdown (for an issue or pull request), jsonl (one report per line).",
)
_OUTPUT = typer.Option(
    "--output", "-o", metavar="FILE", help="Write the report to FILE instead of stdout."
)
_PUBLISHED = typer.Option(
    "--published",
    metavar="FILE=DATE",
    show_default=False,
    help="Publication date of one input file (YYYY-MM-DD); wins over the file's metadata and "
    "dateline. Repeat for several files.",
)
_REFERENCE = typer.Option(
    "--reference-date",
    metavar="DATE",
    help="Date (YYYY-MM-DD) that anchors relative dates ('on Sunday', 'last week') in "
    "documents whose publication date is unknown.",
)
_FAIL_ON = typer.Option(
    "--fail-on",
    help="Exit with status 1 when the report holds a contradiction ('contradiction'), or never.",
)
_TOLERANCE = typer.Option(
    "--tolerance",
    min=0.0,
    help="Relative slack on exact counts when comparing them: 0.1 widens 100 to 90-110.",
)
_CONFIG = typer.Option(
    "--config",
    metavar="FILE",
    help="TOML file extending the built-in lexicons (categories, trigger words, synonyms, "
    "aliases).",
)
_JOBS = typer.Option(
    "--jobs",
    "-j",
    min=1,
    metavar="N",
    show_default=False,
    help="Worker processes for extraction (default: all cores). The output is the same whatever N.",
)
_BY_FOLDER = typer.Option(
    "--by-folder",
    help="Treat each sub-folder as one event: report the events in turn and never group "
    "claims across them.",
)
_QUIET = typer.Option(
    "--quiet", "-q", help="No progress bar and no per-document warnings on stderr."
)


@app.command()
def report(
    paths: Annotated[list[str], _PATHS],
    fmt: Annotated[Format, _FORMAT] = Format.table,
    output: Annotated[Path | None, _OUTPUT] = None,
    published: Annotated[list[str] | None, _PUBLISHED] = None,
    reference_date: Annotated[str | None, _REFERENCE] = None,
    fail_on: Annotated[FailOn, _FAIL_ON] = FailOn.never,
    tolerance: Annotated[float, _TOLERANCE] = 0.0,
    config: Annotated[Path | None, _CONFIG] = None,
    jobs: Annotated[int | None, _JOBS] = None,
    by_folder: Annotated[bool, _BY_FOLDER] = False,
    quiet: Annotated[bool, _QUIET] = False,
) -> None:
    """Cross-check the claims of a batch of articles about one event (or one per sub-folder).

    Exit status: 0 done; 1 a contradiction was found under --fail-on contradiction; 2 bad usage
    or input (missing path, malformed date, bad config, no readable document).
    """
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
        _say("error", str(err))
        raise typer.Exit(2) from None
    contradictions = sum(r.summary.contradictions for r in reports)
    raise typer.Exit(1 if fail_on is FailOn.contradiction and contradictions else 0)


def _check(
    paths: Sequence[str],
    *,
    config: Path | None,
    jobs: int | None,
    by_folder: bool,
    show_progress: bool,
    **options: Any,
) -> tuple[Report, ...]:
    from crosscheck.lexicon import load_lexicon
    from crosscheck.pipeline import check, check_events, default_jobs

    options.update(lexicon=load_lexicon(config), jobs=jobs or default_jobs())
    if not show_progress:  # rich is imported only when a bar can be shown
        return check_events(paths, **options) if by_folder else (check(paths, **options),)
    from crosscheck.render.progress import DocumentProgress

    with DocumentProgress() as progress:
        options["progress"] = progress
        return check_events(paths, **options) if by_folder else (check(paths, **options),)


def _render(reports: Sequence[Report], fmt: Format, *, by_folder: bool, to_terminal: bool) -> str:
    from crosscheck.render import DEFAULT_WIDTH, render

    terminal = to_terminal and fmt is Format.table and _is_terminal(sys.stdout)
    width = DEFAULT_WIDTH
    if terminal:
        import shutil

        width = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    color = terminal and "NO_COLOR" not in os.environ
    return render(reports, fmt.value, by_folder=by_folder, width=width, color=color)


def main() -> None:
    """The ``crosscheck`` console script."""
    app()

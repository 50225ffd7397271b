"""typer's side of the command line: the ``crosscheck`` group, its help and its usage errors.

``crosscheck.cli.main`` runs a plain ``crosscheck report`` command line without importing this
module (see ``_fast``); everything else (help, version, usage errors, unusual spellings of the
options) comes here. Both ways end in :func:`crosscheck.cli._run.run_report`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from crosscheck import __version__
from crosscheck.cli._run import OPTION_NAMES, PROG, FailOn, Format, run_report, say

__all__ = ["app"]


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
            say("error", f"{exc.format_message()} (see '{where} --help')")
            sys.exit(2)
        except typer.Abort:
            say("error", "aborted")
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


_PATHS = typer.Argument(
    metavar="PATH",
    show_default=False,
    help="Article files or folders (folders are read recursively, in sorted order); "
    "'-' reads one article from stdin.",
)
_FORMAT = typer.Option(
    *OPTION_NAMES["fmt"],
    help="Output format: table (for a terminal), json (the crosscheck.report/1 contract), "
    "markdown (for an issue or pull request), jsonl (one report per line).",
)
_OUTPUT = typer.Option(
    *OPTION_NAMES["output"], metavar="FILE", help="Write the report to FILE instead of stdout."
)
_PUBLISHED = typer.Option(
    *OPTION_NAMES["published"],
    metavar="FILE=DATE",
    show_default=False,
    help="Publication date of one input file (YYYY-MM-DD); wins over the file's metadata and "
    "dateline. Repeat for several files.",
)
_REFERENCE = typer.Option(
    *OPTION_NAMES["reference_date"],
    metavar="DATE",
    help="Date (YYYY-MM-DD) that anchors relative dates ('on Sunday', 'last week') in "
    "documents whose publication date is unknown.",
)
_FAIL_ON = typer.Option(
    *OPTION_NAMES["fail_on"],
    help="Exit with status 1 when the report holds a contradiction ('contradiction'), or never.",
)
_TOLERANCE = typer.Option(
    *OPTION_NAMES["tolerance"],
    min=0.0,
    help="Relative slack on exact counts when comparing them: 0.1 widens 100 to 90-110.",
)
_CONFIG = typer.Option(
    *OPTION_NAMES["config"],
    metavar="FILE",
    help="TOML file extending the built-in lexicons (categories, trigger words, synonyms, "
    "aliases).",
)
_JOBS = typer.Option(
    *OPTION_NAMES["jobs"],
    min=1,
    metavar="N",
    show_default=False,
    help="Worker processes for extraction (default: all cores). The output is the same whatever N.",
)
_BY_FOLDER = typer.Option(
    *OPTION_NAMES["by_folder"],
    help="Treat each sub-folder as one event: report the events in turn and never group "
    "claims across them.",
)
_QUIET = typer.Option(
    *OPTION_NAMES["quiet"], help="No progress bar and no per-document warnings on stderr."
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
    code = run_report(
        paths,
        fmt=fmt,
        output=None if output is None else str(output),
        published=published,
        reference_date=reference_date,
        fail_on=fail_on,
        tolerance=tolerance,
        config=None if config is None else str(config),
        jobs=jobs,
        by_folder=by_folder,
        quiet=quiet,
    )
    raise typer.Exit(code)

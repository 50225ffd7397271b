"""The command line: ``crosscheck report PATH...``, a thin layer over :mod:`crosscheck.pipeline`.

Only this package turns a :class:`~crosscheck.errors.CrosscheckError` into a message and an exit
code: 0 success, 1 a contradiction under ``--fail-on contradiction``, 2 bad usage or input. Every
error is ONE line on stderr, ``crosscheck: error: <path>: <what is wrong>``. The pipeline, rich and
the renderers are imported inside the command, so ``crosscheck --help`` starts fast; a plain
``crosscheck report`` command line does not even import typer (``_fast``).

``app`` (the typer application, in ``_app``) is imported on first use.
"""

from __future__ import annotations

import errno
import os
import sys
from typing import Any

from crosscheck.cli._run import parse_date, parse_published, parse_reference, run_report, say

__all__ = ["app", "main", "parse_date", "parse_published", "parse_reference"]


def __getattr__(name: str) -> Any:
    if name == "app":
        from crosscheck.cli._app import app

        return app
    raise AttributeError(f"module 'crosscheck.cli' has no attribute {name!r}")


def main() -> None:
    """The ``crosscheck`` console script."""
    from crosscheck.cli._fast import report_options

    options = report_options(sys.argv[1:])
    if options is None or "_CROSSCHECK_COMPLETE" in os.environ:
        from crosscheck.cli._app import app

        app()
        return
    # What typer's runner does around a command (KeyboardInterrupt, EOF, a closed pipe).
    try:
        code = run_report(**options)
    except KeyboardInterrupt:
        code = 130
    except EOFError:
        sys.stderr.write("\n")
        say("error", "aborted")
        code = 1
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    sys.exit(code)

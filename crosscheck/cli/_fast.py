"""The fast path: a plain ``crosscheck report`` command line read without importing typer.

Importing typer costs about a quarter of a small report's run time. A command line made only of
``report``, paths and the report's options each spelt out in full (``--format json``, ``-j 2``,
no ``--opt=value``, no option given twice, values that typer would accept as they are) is read
here into the keyword arguments typer would pass to :func:`~crosscheck.cli._run.run_report`.
Anything else returns ``None`` and goes to typer, which gives help, versions and usage errors.
A test checks that both readings agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from crosscheck._cache import regex
from crosscheck.cli._run import OPTION_NAMES, FailOn, Format

__all__ = ["report_options"]

_FLOAT = regex(r"\d+(?:\.\d*)?|\.\d+")
_POSITIVE_INT = regex(r"[1-9]\d{0,5}")


def _choice(kind: type[Format] | type[FailOn]) -> Callable[[str], Any]:
    def read(value: str) -> Any:
        return kind(value) if value in kind.__members__.values() else None

    return read


def _path(value: str) -> str | None:
    return value or None


def _float(value: str) -> float | None:
    return float(value) if _FLOAT.fullmatch(value) else None


def _jobs(value: str) -> int | None:
    return int(value) if _POSITIVE_INT.fullmatch(value) else None


# keyword → reader of its option's value (None for a flag)
_READERS: dict[str, Callable[[str], Any] | None] = {
    "fmt": _choice(Format),
    "output": _path,
    "published": str,
    "reference_date": str,
    "fail_on": _choice(FailOn),
    "tolerance": _float,
    "config": _path,
    "jobs": _jobs,
    "by_folder": None,
    "quiet": None,
}
# option spelling → (keyword, reader)
_OPTIONS = {
    spelling: (name, _READERS[name])
    for name, spellings in OPTION_NAMES.items()
    for spelling in spellings
}


def report_options(argv: Sequence[str]) -> dict[str, Any] | None:
    """The keyword arguments of ``run_report`` for ``argv`` (without the program name), or
    ``None`` when typer should read it."""
    if not argv or argv[0] != "report":
        return None
    paths: list[str] = []
    published: list[str] = []
    options: dict[str, Any] = {}
    rest = iter(argv[1:])
    for token in rest:
        if token == "-" or not token.startswith("-"):
            paths.append(token)
            continue
        if token not in _OPTIONS:
            return None
        name, read = _OPTIONS[token]
        if read is None:
            value: Any = True
        else:
            raw = next(rest, None)
            if raw is None or raw.startswith("-"):
                return None
            value = read(raw)
            if value is None:
                return None
        if name == "published":
            published.append(value)
        elif name in options:
            return None
        else:
            options[name] = value
    if not paths:
        return None
    return {"paths": paths, **options, "published": published or None}

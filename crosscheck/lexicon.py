"""Word lists as data: the package's ``lexicons/*.toml`` files, extended by a user's config.

Each file becomes one table, named after the file (``numbers.toml`` → ``lexicon["numbers"]``).
A user's config (``crosscheck report --config crosscheck.toml``) holds tables of the same names;
its lists extend the built-in lists and its tables merge into the built-in tables, so a newsroom
can add categories, trigger words and synonyms for its own beat without touching the code.

A ``Lexicon`` hashes by identity, so stages can cache what they compile from it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from typing import Any

from crosscheck._cache import toml_table
from crosscheck.errors import ConfigError


class Lexicon:
    """The tables by name; equal only to itself (stages cache what they build per lexicon)."""

    __slots__ = ("tables",)

    def __init__(self, tables: Mapping[str, Mapping[str, Any]]) -> None:
        self.tables = tables

    def __getitem__(self, name: str) -> Mapping[str, Any]:
        return self.tables.get(name, {})


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, Mapping) and isinstance(extra, Mapping):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [item for item in extra if item not in base]
    return extra


# The package's own folder, read as plain files: importlib.resources would cost a report ~7 ms
# of imports (zipfile, tempfile, shutil) for a package that is always installed unzipped, and
# pathlib ~3.5 ms more (the run imports neither).
_FOLDER = os.path.join(os.path.dirname(os.path.realpath(__file__)), "lexicons")


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as file:
        return file.read()


def _builtin_tables() -> dict[str, dict[str, Any]]:
    tables: dict[str, dict[str, Any]] = {}
    for name in sorted(os.listdir(_FOLDER)):
        if name.startswith(".") or not name.endswith(".toml"):
            continue
        try:
            tables[name[: -len(".toml")]] = toml_table(_read(os.path.join(_FOLDER, name)))
        except ValueError as exc:  # tomllib.TOMLDecodeError, without importing tomllib
            raise ConfigError(f"malformed lexicon: {exc}", path=name) from None
    return tables


@cache
def default_lexicon() -> Lexicon:
    """The built-in lexicon, read once per process."""
    return Lexicon(_builtin_tables())


def load_lexicon(config: str | os.PathLike[str] | None = None) -> Lexicon:
    """The built-in lexicon, extended by the user's config file when one is given."""
    if config is None:
        return default_lexicon()
    try:
        extra = toml_table(_read(os.fspath(config)))
    except OSError as exc:
        raise ConfigError(f"cannot read config: {exc.strerror or exc}", path=str(config)) from None
    except ValueError as exc:  # tomllib.TOMLDecodeError or UnicodeDecodeError
        raise ConfigError(f"malformed config: {exc}", path=str(config)) from None
    tables = dict(default_lexicon().tables)
    for name, table in extra.items():
        if not isinstance(table, Mapping):
            raise ConfigError(f"[{name}] must be a table", path=str(config))
        tables[name] = _merge(tables.get(name, {}), table)
    return Lexicon(tables)

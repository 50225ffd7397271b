"""Work a run would redo identically at every start, kept between runs: compiled regexes, parsed
lexicon files and the pattern text built from them.

A short report spends most of its start outside the text: CPython compiles our patterns in
pure Python (~45 ms; the lexicon tries are long alternations) and parses the TOML lexicons
(~7 ms). Both results depend only on their input string (and, for a regex, the interpreter), so
they are kept in one file — like ``__pycache__`` keeps bytecode — under
``$CROSSCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/crosscheck``, else ``~/.cache/crosscheck``.
``CROSSCHECK_CACHE_DIR=off`` (or an empty value) turns it off.

Nothing here depends on the documents, so the cache can never change a report: a regex is
rebuilt from its compiled program by ``_sre.compile``, which validates the program, and the
entry is keyed by the whole pattern, its flags and the exact interpreter build. A missing,
stale, foreign or corrupt file, or an interpreter other than CPython, means compiling and
parsing as usual. New entries are written once, at exit, atomically.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeVar

__all__ = ["regex", "remember", "remember_table", "toml_table"]

_V = TypeVar("_V")

try:  # CPython's regex engine; anything else compiles as usual.
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _ENGINE: str | None = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - other interpreters
    _ENGINE = None


_KEEP = 8
"""How many writes of the file an entry survives unused: enough for workloads that take turns (a
report; a script that only finds numbers), few enough that an older version's entries go."""


class _Store:
    """The cache file's entries, read on first use; ``path`` is fixed then (None: no cache).

    Each entry is stored with the number of the write that last saw it used; a write keeps the
    entries seen in the last ``_KEEP`` writes. A run writes when it built something new, or when
    an entry it used is half-way to being dropped.
    """

    def __init__(self) -> None:
        self.entries: dict[Any, tuple[int, Any]] | None = None
        self.used: dict[Any, Any] = {}
        self.generation = 0
        self.dirty = False
        self._path: str | None = None
        self._looked_up = False

    @property
    def path(self) -> str | None:
        if not self._looked_up:
            self._path, self._looked_up = _file(), True
        return self._path

    def get(self, key: Any) -> Any:
        if self.entries is None:
            self.entries = self._read()
        found = self.entries.get(key)
        if found is None:
            return None
        seen, value = found
        self.used[key] = value
        if seen <= self.generation - _KEEP // 2:
            self._touch()
        return value

    def put(self, key: Any, value: Any) -> None:
        if self.entries is None:
            self.entries = self._read()
        self.used[key] = value
        self._touch()

    def _touch(self) -> None:
        if not self.dirty:
            atexit.register(self.save)
        self.dirty = True

    def _read(self) -> dict[Any, tuple[int, Any]]:
        path = self.path
        if path is None:
            return {}
        try:
            with open(path, "rb") as file:
                data = marshal.loads(file.read())
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        if not isinstance(data, dict) or data.get("engine") != _ENGINE:
            return {}
        entries, generation = data.get("entries"), data.get("generation")
        if not isinstance(entries, dict) or not isinstance(generation, int):
            return {}
        self.generation = generation
        return entries

    def save(self) -> None:
        """Write the entries seen in the last ``_KEEP`` writes; never fails a run."""
        path = self.path
        if not self.dirty or path is None or self.entries is None:
            return
        generation = self.generation + 1
        keep = {
            key: entry
            for key, entry in self.entries.items()
            if isinstance(entry, tuple) and entry[0] > generation - _KEEP
        }
        keep.update((key, (generation, value)) for key, value in self.used.items())
        data = {"engine": _ENGINE, "generation": generation, "entries": keep}
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            temp = f"{path}.{os.getpid()}.tmp"
            with open(temp, "wb") as file:
                file.write(marshal.dumps(data))
            os.replace(temp, path)
        except (OSError, ValueError):
            return
        self.entries, self.generation, self.dirty = keep, generation, False


def _file() -> str | None:
    where = os.environ.get("CROSSCHECK_CACHE_DIR")
    if where is None:
        home = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
        where = os.path.join(home, "crosscheck")
    if where.strip().lower() in ("", "off") or _ENGINE is None:
        return None
    return os.path.join(where, f"start-{sys.implementation.cache_tag}.marshal")


_STORE = _Store()


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this interpreter compiled it before."""
    if _STORE.path is None:
        return re.compile(pattern, flags)
    found = _kept(("re", pattern, int(flags)), lambda: _program(pattern, flags))
    try:
        return _sre.compile(pattern, *found)  # type: ignore[no-any-return]
    except (RuntimeError, TypeError, ValueError):  # not a program this engine takes
        return re.compile(pattern, flags)


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern itself."""
    parsed = _parser.parse(pattern, flags)
    groups = parsed.state.groupdict
    index: list[str | None] = [None] * parsed.state.groups
    for name, number in groups.items():
        index[number] = name
    return (
        int(flags | parsed.state.flags),
        [int(word) for word in _compiler._code(parsed, flags)],
        parsed.state.groups - 1,
        dict(groups),
        tuple(index),
    )


def toml_table(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, from the cache when this text was parsed before.

    Raises ``tomllib.TOMLDecodeError`` as ``tomllib.loads`` does (errors are not cached).
    """

    def parse() -> dict[str, Any]:
        import tomllib  # ~3 ms of imports, only on a miss

        return tomllib.loads(text)

    return _kept(("toml", text), parse)


def _kept(key: Any, build: Callable[[], _V]) -> _V:
    """The stored value of ``key``, else ``build()``, stored when marshal can write it (a TOML
    date cannot be: such a value is built at every run)."""
    if _STORE.path is None:
        return build()
    found: Any = _STORE.get(key)
    if found is None:
        found = build()
        try:
            marshal.dumps(found)
        except ValueError:
            return found  # type: ignore[no-any-return]
        _STORE.put(key, found)
    return found  # type: ignore[no-any-return]


@cache
def _source_stamp() -> int:
    """The name, size and modification time of every source file of the package, hashed
    (~0.4 ms, once a process)."""
    files: list[tuple[str, int, int]] = []
    folders = [os.path.dirname(os.path.realpath(__file__))]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.name.endswith(".py") and entry.is_file():
                    stat = entry.stat()
                    files.append((entry.path, stat.st_size, stat.st_mtime_ns))
                elif entry.is_dir() and entry.name != "__pycache__":
                    folders.append(entry.path)
    return zlib.crc32(repr(sorted(files)).encode())


def remember(name: str, build: Callable[..., _V], *args: Any) -> _V:
    """``build(*args)``, kept between runs under ``(name, args)``.

    For pure builders of pattern text from word lists (a trie of 2,600 number words takes
    ~8 ms to build at each start). ``args`` must be hashable and, like the result, made of what
    marshal carries (str, numbers, None, tuples, lists, dicts, sets, frozensets). A result is
    only as good as the code that built it: the key holds the package's source stamp, so an
    edited or upgraded crosscheck builds afresh.
    """
    if _STORE.path is None:  # spares the source stamp
        return build(*args)
    return _kept(("remember", _source_stamp(), name, args), lambda: build(*args))


def remember_table(name: str, table: Mapping[str, Any], build: Callable[[Any], _V]) -> _V:
    """``build(table)``, kept between runs under ``name`` and the table's content.

    For pattern text built from a lexicon table: parsed from the same TOML, a table marshals to
    the same bytes at every run. A table marshal cannot write (a TOML date in a user's config)
    is built at every run.
    """
    try:
        key = marshal.dumps(dict(table))
    except ValueError:
        return build(table)
    return remember(name, lambda _: build(table), key)

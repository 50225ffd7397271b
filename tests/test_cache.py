"""The start-up cache: compiled regexes and parsed lexicon files kept between runs.

It may make a run start faster and must never change what a run does: a cached regex behaves as
the freshly compiled one, a broken or foreign file is ignored, and ``off`` writes nothing.
"""

from __future__ import annotations

import functools
import marshal
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crosscheck import _cache

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PATTERNS = [
    (r"(?P<num>\d+(?:,\d{3})*)\s+(?P<noun>people|troops)", re.IGNORECASE),
    (r"(?i)\bon\s+(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", 0),
    (r"(?<![\w'’.])(?:al-Qa(?:e|')?da|ISIS|ISIL)(?![\w'’])", re.VERBOSE),
    (r"[\u2013\u2014-]\s*(\d+)", 0),
]
TEXT = "On Sunday 4,000 People fled; ISIL said – 12 troops, then ISIS — 7 people on Tuesday."


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty cache in ``tmp_path`` (the module's store reset around the test)."""
    monkeypatch.setenv("CROSSCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_cache, "_STORE", _cache._Store())
    return tmp_path


def _reload(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the next process sees: the store read again from the file."""
    _cache._STORE.save()
    monkeypatch.setattr(_cache, "_STORE", _cache._Store())


def _behaviour(pattern: re.Pattern[str]) -> tuple[object, ...]:
    found = [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(TEXT)]
    return pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex, found


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_cached_regex_behaves_as_compiled(
    store: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int
) -> None:
    fresh = re.compile(pattern, flags)
    assert _behaviour(_cache.regex(pattern, flags)) == _behaviour(fresh)
    _reload(monkeypatch)
    assert ("re", pattern, int(flags)) in _cache._STORE._read()
    assert _behaviour(_cache.regex(pattern, flags)) == _behaviour(fresh)


def test_a_corrupt_program_is_compiled_afresh(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags = PATTERNS[0]
    _cache.regex(pattern, flags)
    _reload(monkeypatch)
    entries = _cache._STORE._read()
    key = ("re", pattern, int(flags))
    seen, (final, program, *rest) = entries[key]
    entries[key] = (seen, (final, [99999, *program[1:]], *rest))  # not an opcode
    _cache._STORE.entries = entries
    assert _behaviour(_cache.regex(pattern, flags)) == _behaviour(re.compile(pattern, flags))


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal at all", marshal.dumps(["a", "list"]), marshal.dumps({"engine": "other"})],
    ids=["empty", "garbage", "not-a-dict", "other-interpreter"],
)
def test_an_unusable_file_is_ignored(
    store: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    path = _cache._STORE.path
    assert path is not None
    Path(path).write_bytes(content)
    pattern, flags = PATTERNS[1]
    assert _behaviour(_cache.regex(pattern, flags)) == _behaviour(re.compile(pattern, flags))
    _reload(monkeypatch)  # and it is replaced by a good one
    assert ("re", pattern, flags) in _cache._STORE._read()


@pytest.mark.parametrize("value", ["off", "OFF", ""])
def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CROSSCHECK_CACHE_DIR", value)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(_cache, "_STORE", _cache._Store())
    pattern, flags = PATTERNS[0]
    assert _behaviour(_cache.regex(pattern, flags)) == _behaviour(re.compile(pattern, flags))
    assert _cache.toml_table('a = ["b"]\n') == {"a": ["b"]}
    _cache._STORE.save()
    assert list(tmp_path.iterdir()) == []


def test_xdg_cache_home_is_the_default_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CROSSCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    path = _cache._Store().path
    assert path is not None and Path(path).parent == Path("/somewhere/crosscheck")


def test_toml_tables_are_cached_but_dates_are_not(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = 'words = ["fled", "evacuated"]\n[hedges]\nabout = "approximately"\n'
    dated = "since = 2019-03-10\n"
    assert _cache.toml_table(plain) == {
        "words": ["fled", "evacuated"],
        "hedges": {"about": "approximately"},
    }
    assert _cache.toml_table(dated) == {"since": date(2019, 3, 10)}
    _reload(monkeypatch)
    entries = _cache._STORE._read()
    assert ("toml", plain) in entries
    assert ("toml", dated) not in entries
    assert _cache.toml_table(plain)["words"] == ["fled", "evacuated"]


def test_a_malformed_toml_raises_and_is_not_cached(store: Path) -> None:
    with pytest.raises(ValueError, match="Invalid value"):
        _cache.toml_table("words = [\n")
    assert _cache._STORE.dirty is False


def _report(cache: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", "report", str(SEEDS), "--format", "json"],
        capture_output=True,
        env={"CROSSCHECK_CACHE_DIR": cache, "PATH": "/usr/bin:/bin"},
        check=False,
    )


def test_reports_are_the_same_bytes_cold_warm_and_off(tmp_path: Path) -> None:
    off = _report("off")
    cold = _report(str(tmp_path))
    written = list(tmp_path.iterdir())
    warm = _report(str(tmp_path))
    assert off.returncode == cold.returncode == warm.returncode == 0
    assert [p.suffix for p in written] == [".marshal"]
    assert off.stdout == cold.stdout == warm.stdout
    assert off.stderr == cold.stderr == warm.stderr == b""


def test_an_unwritable_cache_folder_does_not_fail_a_run(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    run = _report(str(blocked / "crosscheck"))
    assert run.returncode == 0
    assert run.stderr == b""
    assert run.stdout == _report("off").stdout


def test_remembered_results_are_built_once_across_runs(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[tuple[str, ...]] = []

    def alternation(words: frozenset[str]) -> str:
        built.append(tuple(sorted(words)))
        return "|".join(sorted(words, key=lambda w: (-len(w), w)))

    words = frozenset({"dozen", "score", "hundred"})
    assert _cache.remember("alt", alternation, words) == "hundred|dozen|score"
    _reload(monkeypatch)
    assert _cache.remember("alt", alternation, frozenset(sorted(words))) == "hundred|dozen|score"
    assert _cache.remember("alt", alternation, words | {"gross"}) == "hundred|dozen|gross|score"
    assert built == [("dozen", "hundred", "score"), ("dozen", "gross", "hundred", "score")]


def test_remember_with_the_cache_off_just_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSCHECK_CACHE_DIR", "off")
    monkeypatch.setattr(_cache, "_STORE", _cache._Store())
    calls: list[int] = []
    for _ in range(2):
        assert _cache.remember("n", lambda n: calls.append(n) or n * 2, 21) == 42
    assert calls == [21, 21]


def test_entries_unused_for_keep_writes_are_dropped(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workloads taking turns keep their entries; one no run uses any more goes."""

    def stored() -> set[str]:
        return {key[1] for key in _cache._STORE._read()}

    _cache.regex(r"report\d+")  # a report's pattern, then runs of other work only
    _reload(monkeypatch)
    for n in range(_cache._KEEP - 1):
        _cache.regex(rf"script{n}\d+")  # each builds something new: a write
        _reload(monkeypatch)
    assert r"report\d+" in stored()
    _cache.regex(r"report\d+")  # used again, old enough to be refreshed: a write
    _reload(monkeypatch)
    for n in range(_cache._KEEP - 1):
        _cache.regex(rf"other{n}\d+")
        _reload(monkeypatch)
    assert r"report\d+" in stored()
    assert r"script0\d+" not in stored()  # unused for _KEEP writes
    for n in range(_cache._KEEP):
        _cache.regex(rf"more{n}\d+")
        _reload(monkeypatch)
    assert r"report\d+" not in stored()


def test_a_run_that_only_reads_fresh_entries_writes_nothing(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _cache.regex(r"fresh\d+")
    _reload(monkeypatch)
    path = _cache._STORE.path
    assert path is not None
    before = os.stat(path).st_mtime_ns
    _cache.regex(r"fresh\d+")
    assert _cache._STORE.dirty is False
    _cache._STORE.save()
    assert os.stat(path).st_mtime_ns == before


def test_tables_are_remembered_by_content(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []

    def words(table: Mapping[str, Any]) -> str:
        built.append(table["name"])
        return "|".join(table["words"])

    first = {"name": "first", "words": ["a", "b"]}
    assert _cache.remember_table("t", first, words) == "a|b"
    _reload(monkeypatch)
    assert _cache.remember_table("t", dict(first), words) == "a|b"  # same content
    assert _cache.remember_table("t", {"name": "other", "words": ["c"]}, words) == "c"
    dated = {"name": "dated", "words": ["d"], "since": date(2019, 3, 10)}
    assert _cache.remember_table("t", dated, words) == "d"  # built: marshal can't write a date
    assert _cache.remember_table("t", dated, words) == "d"
    assert built == ["first", "other", "dated", "dated"]


def test_remembered_results_go_stale_with_the_source(
    store: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    package = tmp_path / "package"
    (package / "extract").mkdir(parents=True)
    (package / "_cache.py").write_text("the cache")
    (package / "extract" / "_tries.py").write_text("a builder")
    monkeypatch.setattr(_cache, "__file__", str(package / "_cache.py"))
    stamp = functools.cache(_cache._source_stamp.__wrapped__)
    monkeypatch.setattr(_cache, "_source_stamp", stamp)
    built: list[int] = []

    def double(n: int) -> int:
        built.append(n)
        return n * 2

    def next_run() -> int:
        _reload(monkeypatch)
        stamp.cache_clear()
        return _cache.remember("double", double, 21)

    assert _cache.remember("double", double, 21) == 42
    assert next_run() == 42  # the same source: remembered
    (package / "extract" / "_tries.py").write_text("the builder, edited")
    assert next_run() == 42  # built again
    assert next_run() == 42
    assert built == [21, 21]

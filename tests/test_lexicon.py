"""The lexicons are data: every built-in file parses, and a user's config extends them."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from crosscheck.errors import ConfigError
from crosscheck.lexicon import default_lexicon, load_lexicon

LEXICON_FILES = sorted(
    entry.name
    for entry in (resources.files("crosscheck") / "lexicons").iterdir()
    if entry.name.endswith(".toml")
)


def _strings_only(value: object, where: str) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str) and key, f"{where}: empty key"
            _strings_only(item, f"{where}.{key}")
    elif isinstance(value, list):
        assert len(value) == len({repr(v) for v in value}), f"{where}: duplicate entries"
        for item in value:
            _strings_only(item, where)
    else:
        assert isinstance(value, str | int | float | bool), f"{where}: unexpected {value!r}"
        if isinstance(value, str):
            assert value == value.strip() and value, f"{where}: blank or padded {value!r}"


def test_there_are_lexicon_files() -> None:
    assert {"entities.toml", "subjects.toml"} <= set(LEXICON_FILES)


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_lexicon_file_is_well_formed(name: str) -> None:
    text = (resources.files("crosscheck") / "lexicons" / name).read_text("utf-8")
    table = tomllib.loads(text)
    assert table, f"{name} is empty"
    _strings_only(table, name)


def test_default_lexicon_names_tables_after_files() -> None:
    lexicon = default_lexicon()
    assert set(lexicon.tables) == {name.removesuffix(".toml") for name in LEXICON_FILES}
    assert lexicon["no-such-table"] == {}


def test_config_extends_lists_and_adds_entries(tmp_path: Path) -> None:
    config = tmp_path / "crosscheck.toml"
    config.write_text(
        '[entities.aliases]\n"Islamic State" = ["IS group"]\n"FEMA" = ["Federal Emergency'
        ' Management Agency"]\n',
        encoding="utf-8",
    )
    lexicon = load_lexicon(config)
    aliases = lexicon["entities"]["aliases"]
    assert aliases["Islamic State"][-1] == "IS group"
    assert set(default_lexicon()["entities"]["aliases"]["Islamic State"]) < set(
        aliases["Islamic State"]
    )
    assert aliases["FEMA"] == ["Federal Emergency Management Agency"]
    # the built-in lexicon is untouched
    assert "FEMA" not in default_lexicon()["entities"]["aliases"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[entities\n", "malformed config"),
        ('entities = "not a table"\n', "[entities] must be a table"),
    ],
)
def test_bad_config_is_a_config_error(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)) as info:
        load_lexicon(config)
    assert info.value.path == str(config)


def test_missing_config_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read config"):
        load_lexicon(tmp_path / "absent.toml")

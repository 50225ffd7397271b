"""The load stage: paths → Documents, whatever the files hold."""

from __future__ import annotations

import builtins
import io
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crosscheck.errors import InputError
from crosscheck.load import load_documents
from crosscheck.load.decode import BINARY, EMPTY, decode_bytes
from crosscheck.model import Document

ARTICLE = "Rescuers pulled 12 survivors from the rubble on Tuesday, officials said.\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def load(*paths: Path | str, published: dict[str, date] | None = None) -> dict[str, Document]:
    docs = load_documents([str(p) for p in paths], published=published or {})
    return {doc.id: doc for doc in docs}


# --- decoding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text", "error", "warned"),
    [
        pytest.param(b"caf\xc3\xa9 opens\n", "café opens\n", None, False, id="utf-8"),
        pytest.param(b"\xef\xbb\xbfcaf\xc3\xa9", "café", None, False, id="utf-8 BOM stripped"),
        pytest.param(b"\x93quoted\x94 caf\xe9", "“quoted” café", None, True, id="cp1252"),
        pytest.param("\ufeffcafé".encode("utf-16-le"), "café", None, False, id="utf-16 BOM"),
        pytest.param(b"a\r\nb\rc\n", "a\nb\nc\n", None, False, id="newlines normalised"),
        pytest.param(b"PK\x03\x04\x00\x00binary", "", BINARY, False, id="NUL bytes"),
        pytest.param(bytes(range(1, 9)) * 20, "", BINARY, False, id="control characters"),
        pytest.param(b"", "", EMPTY, False, id="empty"),
        pytest.param(b" \n\r\n\t", "", EMPTY, False, id="blank"),
        pytest.param(b"\xef\xbb\xbf", "", EMPTY, False, id="only a BOM"),
    ],
)
def test_decode(data: bytes, text: str, error: str | None, warned: bool) -> None:
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.error, bool(decoded.warnings)) == (text, error, warned)


def test_cp1252_warning_says_what_happened() -> None:
    (warning,) = decode_bytes(b"Caf\xe9 du Monde").warnings
    assert "Windows-1252" in warning and "byte 3" in warning


# --- a mixed batch ----------------------------------------------------------------------------


def test_bad_files_are_named_and_the_batch_goes_on(tmp_path: Path) -> None:
    write(tmp_path, "a_binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path, "b_empty.txt", b"")
    write(
        tmp_path, "c_cp1252.txt", "Floods displaced 3,000 people in S\xe3o Paulo.".encode("cp1252")
    )
    write(tmp_path, "d_good.txt", ARTICLE)
    docs = load_documents([str(tmp_path)], published={})
    assert [(d.id, d.error) for d in docs] == [
        ("a_binary.txt", BINARY),
        ("b_empty.txt", EMPTY),
        ("c_cp1252.txt", None),
        ("d_good.txt", None),
    ]
    assert docs[0].text == docs[1].text == ""
    assert docs[2].text == "Floods displaced 3,000 people in São Paulo."
    assert any("Windows-1252" in w for w in docs[2].warnings)
    assert docs[3].text == ARTICLE and docs[3].warnings == ()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads a chmod 000 file"
)
def test_unreadable_file_is_an_error_with_the_os_reason(tmp_path: Path) -> None:
    locked = write(tmp_path, "locked.txt", ARTICLE)
    write(tmp_path, "open.txt", ARTICLE)
    locked.chmod(0)
    try:
        docs = load(tmp_path)
    finally:
        locked.chmod(0o644)
    assert docs["locked.txt"].error == "Permission denied"
    assert docs["open.txt"].error is None


def test_read_failure_is_an_error_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.txt", ARTICLE)
    real = builtins.open

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if os.path.basename(str(file)) == "a.txt":
            raise PermissionError(13, "Permission denied", str(file))
        return real(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    docs = load(tmp_path)
    assert [(d.id, d.error) for d in docs.values()] == [
        ("a.txt", "Permission denied"),
        ("b.txt", None),
    ]


def test_unlistable_sub_folder_is_an_error_and_the_rest_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "locked/b.txt", ARTICLE)
    write(tmp_path, "z/c.txt", ARTICLE)
    real = os.scandir

    def scandir(path: str) -> object:
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs = load(tmp_path)
    assert [(d.id, d.error) for d in docs.values()] == [
        ("a.txt", None),
        ("locked", "Permission denied"),
        ("z/c.txt", None),
    ]


def test_missing_path_raises_before_reading_anything(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    missing = str(tmp_path / "nope")
    with pytest.raises(InputError) as raised:
        load_documents([str(tmp_path), missing], published={})
    assert raised.value.message == "no such file or folder"
    assert raised.value.path == missing


# --- ids, walking, order ----------------------------------------------------------------------


def test_folder_ids_are_relative_sorted_and_recursive(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "event-b/001.txt", "event-a/002.html", "event-a/001.txt"]:
        write(tmp_path, name, ARTICLE if not name.endswith(".html") else f"<p>{ARTICLE}</p>")
    docs = load_documents([str(tmp_path)], published={})
    assert [d.id for d in docs] == [
        "a.md",
        "b.txt",
        "event-a/001.txt",
        "event-a/002.html",
        "event-b/001.txt",
    ]
    assert docs[2].path == str(tmp_path / "event-a" / "001.txt")


def test_folder_skips_sidecars_hidden_files_and_other_endings(tmp_path: Path) -> None:
    for name in ["a.txt", "a.meta.json", ".hidden.txt", ".git/x.txt", "notes.docx", "x.json"]:
        write(tmp_path, name, ARTICLE)
    write(tmp_path, "upper.TXT", ARTICLE)
    assert list(load(tmp_path)) == ["a.txt", "upper.TXT"]


def test_a_file_named_explicitly_is_read_whatever_its_ending(tmp_path: Path) -> None:
    path = write(tmp_path, "sub/story.article", ARTICLE)
    (doc,) = load_documents([str(path)], published={})
    assert (doc.id, doc.path, doc.text, doc.error) == ("story.article", str(path), ARTICLE, None)


def test_clashing_ids_are_made_unique_and_the_same_file_is_read_once(tmp_path: Path) -> None:
    first = write(tmp_path, "one/story.txt", ARTICLE)
    write(tmp_path, "two/story.txt", ARTICLE.upper())
    docs = load_documents(
        [str(first), str(tmp_path / "two"), str(tmp_path / "one"), str(first)], published={}
    )
    assert [(d.id, d.path) for d in docs] == [
        ("story.txt", str(first)),
        ("story.txt~2", str(tmp_path / "two" / "story.txt")),
    ]


def test_input_order_is_kept_across_paths(tmp_path: Path) -> None:
    write(tmp_path, "z.txt", ARTICLE)
    write(tmp_path, "a.txt", ARTICLE)
    assert list(load(tmp_path / "z.txt", tmp_path / "a.txt")) == ["z.txt", "a.txt"]


def test_stdin_is_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfMarch 11, 2019\n\n" + ARTICLE.encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    (doc,) = load_documents(["-"], published={})
    assert (doc.id, doc.path, doc.published, doc.published_from) == (
        "-",
        "-",
        date(2019, 3, 11),
        "dateline",
    )


def test_loading_is_deterministic(tmp_path: Path) -> None:
    for index in range(12):
        write(tmp_path, f"{index % 3}/{11 - index:02}.txt", ARTICLE)
    first = load_documents([str(tmp_path)], published={})
    assert first == load_documents([str(tmp_path)], published={})
    assert [d.id for d in first] == sorted(d.id for d in first)


# --- JSON lines -------------------------------------------------------------------------------


def test_jsonl_one_article_a_line_and_bad_lines_named(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "quake-1", "text": "At least 41 died.\r\nMore later.", "outlet": "AP"}),
        "",
        json.dumps({"text": "Second story.", "published": "2021-08-14T12:29:08Z"}),
        "{not json",
        json.dumps({"id": 7, "title": "no text"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Bad date.", "published": "last Tuesday"}),
    ]
    write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    docs = load(tmp_path)
    assert list(docs) == [
        "feed.jsonl#quake-1",
        "feed.jsonl#3",
        "feed.jsonl#4",
        "feed.jsonl#7",
        "feed.jsonl#6",
        "feed.jsonl#7~2",
    ]
    first, second, broken, no_text, listed, bad_date = docs.values()
    assert (first.text, first.outlet, first.error) == ("At least 41 died.\nMore later.", "AP", None)
    assert (second.published, second.published_from) == (date(2021, 8, 14), "metadata")
    assert broken.error.startswith("line 4: malformed JSON")
    assert no_text.error == "line 5: no text field"
    assert listed.error == "line 6: not a JSON object"
    assert bad_date.error is None and bad_date.published is None
    assert bad_date.warnings == ("line 7: malformed published date 'last Tuesday', ignored",)
    assert all(d.path == str(tmp_path / "feed.jsonl") for d in docs.values())

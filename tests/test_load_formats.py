"""Each input format, its metadata, and which publication date wins."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from crosscheck.load import load_documents, unused_published
from crosscheck.load.html import html_to_text
from crosscheck.load.meta import split_front
from crosscheck.model import Document

BODY = (
    "The earthquake struck at dawn on Sunday, August 14, flattening homes across the region "
    "and killing at least 304 people, the civil protection agency said in a statement.\n"
)


def only(path: Path, published: dict[str, date] | None = None) -> Document:
    (doc,) = load_documents([str(path)], published=published or {})
    return doc


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_front_matter_is_metadata_and_the_body_is_the_text(tmp_path: Path) -> None:
    doc = only(
        write(
            tmp_path / "quake.md",
            "---\npublished: 2021-08-15\ntitle: \"Quake: 304 dead\"\noutlet: 'Wire'\n"
            "url: https://example.org/q\n---\n" + BODY,
        )
    )
    assert doc.text == BODY
    assert (doc.published, doc.published_from) == (date(2021, 8, 15), "metadata")
    assert (doc.title, doc.outlet, doc.url) == ("Quake: 304 dead", "Wire", "https://example.org/q")


def test_markdown_without_front_matter_is_all_text(tmp_path: Path) -> None:
    text = "# Quake\n\n---\n\n" + BODY
    doc = only(write(tmp_path / "quake.markdown", text))
    assert (doc.text, doc.title, doc.published) == (text, None, None)


@pytest.mark.parametrize(
    ("source", "fields", "body"),
    [
        pytest.param("---\na: 1\n---\nbody", {"a": "1"}, "body", id="closed"),
        pytest.param("---\na: 1\nbody", {}, "---\na: 1\nbody", id="never closed: all text"),
        pytest.param("---\nA: x: y\n# note\n---\n", {"a": "x: y"}, "", id="value with colon"),
        pytest.param("text\n---\na: 1\n---\n", {}, "text\n---\na: 1\n---\n", id="not at start"),
    ],
)
def test_split_front(source: str, fields: dict[str, str], body: str) -> None:
    assert split_front(source) == (fields, body)


def test_markdown_with_only_front_matter_is_an_error(tmp_path: Path) -> None:
    doc = only(write(tmp_path / "empty.md", "---\ntitle: x\n---\n\n"))
    assert doc.error == "no text after the front matter"


# --- HTML ---------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head>
<title>Quake kills 304 | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2021-08-14T12:29:08-04:00">
<link rel="canonical" href="https://example.org/quake">
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
</head><body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article><h1>Quake   kills 304</h1>
<p>The earthquake struck at dawn&nbsp;on Sunday &amp; flattened homes.<br>More follows.</p>
<p>Officials said <b>at least 304</b> people died.</p></article>
<noscript>enable JavaScript</noscript>
</body></html>"""


def test_html_text_is_what_a_reader_sees() -> None:
    text, fields = html_to_text(PAGE)
    assert text == (
        "Home\nWorld\n\nQuake kills 304\n\n"
        "The earthquake struck at dawn on Sunday & flattened homes.\nMore follows.\n\n"
        "Officials said at least 304 people died."
    )
    assert fields == {
        "title": "Quake kills 304 | Example News",
        "outlet": "Example News",
        "url": "https://example.org/quake",
        "published": "2021-08-14T12:29:08-04:00",
    }


def test_html_file_metadata_keeps_the_date_part_as_written(tmp_path: Path) -> None:
    doc = only(write(tmp_path / "quake.htm", PAGE))
    assert (doc.published, doc.published_from) == (date(2021, 8, 14), "metadata")
    assert (doc.title, doc.outlet, doc.url) == (
        "Quake kills 304 | Example News",
        "Example News",
        "https://example.org/quake",
    )


@pytest.mark.parametrize(
    ("page", "published"),
    [
        pytest.param(
            '<time datetime="2020-01-01">x</time><time pubdate datetime="2019-03-11">y</time>',
            "2019-03-11",
            id="time marked pubdate wins",
        ),
        pytest.param(
            '<p>x</p><time datetime="2019-03-11T10:23Z">Mon</time><time datetime="2020-01-01">',
            "2019-03-11T10:23Z",
            id="else the first time",
        ),
        pytest.param('<meta name="pubdate" content="2019-03-11">', "2019-03-11", id="pubdate"),
    ],
)
def test_html_publication_date_sources(page: str, published: str) -> None:
    assert html_to_text(page)[1]["published"] == published


def test_html_unclosed_head_still_shows_the_body() -> None:
    assert html_to_text("<html><head><title>T</title><body><p>Body text.</p>")[0] == "Body text."


@pytest.mark.parametrize(
    "page",
    [
        "<p>Before</p><svg/><p>Twelve people died.</p>",
        "<title/><p>Before</p><p>Twelve people died.</p>",
    ],
)
def test_html_self_closed_element_hides_nothing_after_it(page: str) -> None:
    text, _ = html_to_text(page)
    assert "Twelve people died." in text


def test_html_without_visible_text_is_an_error(tmp_path: Path) -> None:
    doc = only(write(tmp_path / "blank.html", "<html><script>x()</script></html>"))
    assert (doc.error, doc.text) == ("no visible text in the page", "")


# --- sidecars and precedence ----------------------------------------------------------------


def test_sidecar_metadata_beside_the_article(tmp_path: Path) -> None:
    article = write(tmp_path / "story.txt", BODY)
    write(
        tmp_path / "story.meta.json",
        json.dumps({"published": "2021-08-15", "title": "T", "outlet": "O", "url": "U"}),
    )
    doc = only(article)
    assert (doc.published, doc.published_from, doc.title, doc.outlet, doc.url) == (
        date(2021, 8, 15),
        "metadata",
        "T",
        "O",
        "U",
    )


@pytest.mark.parametrize(
    ("sidecar", "warning"),
    [
        pytest.param("{broken", "story.meta.json: malformed JSON", id="malformed"),
        pytest.param("[1, 2]", "story.meta.json: not a JSON object", id="not an object"),
        pytest.param('{"published": "soon"}', "story.meta.json: malformed published date 'soon'"),
        pytest.param('{"published": 20210815}', "story.meta.json: published is not a string"),
        pytest.param('{"published": "2021-02-30"}', "story.meta.json: malformed published date"),
    ],
)
def test_a_bad_sidecar_is_a_warning_not_a_crash(tmp_path: Path, sidecar: str, warning: str) -> None:
    write(tmp_path / "story.meta.json", sidecar)
    doc = only(write(tmp_path / "story.txt", "March 11, 2019\n\n" + BODY))
    assert doc.error is None and doc.text
    assert (doc.published, doc.published_from) == (date(2019, 3, 11), "dateline")
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith(warning)


def test_sidecar_wins_over_front_matter_field_by_field(tmp_path: Path) -> None:
    article = write(tmp_path / "s.md", "---\npublished: 2021-08-14\ntitle: Front\n---\n" + BODY)
    write(tmp_path / "s.meta.json", json.dumps({"published": "2021-08-16"}))
    doc = only(article)
    assert (doc.published, doc.title) == (date(2021, 8, 16), "Front")


DATELINED = "Quake kills 304\n\nBy A. Reporter\nAugust 15, 2021\n\n" + BODY


@pytest.mark.parametrize(
    ("option_key", "sidecar", "expected"),
    [
        pytest.param(None, False, (date(2021, 8, 15), "dateline"), id="dateline alone"),
        pytest.param(None, True, (date(2021, 8, 16), "metadata"), id="metadata over dateline"),
        pytest.param("PATH", True, (date(2021, 8, 20), "option"), id="option by path"),
        pytest.param("story.txt", True, (date(2021, 8, 20), "option"), id="option by id"),
        pytest.param("RELATIVE", True, (date(2021, 8, 20), "option"), id="option same file"),
        pytest.param("other.txt", True, (date(2021, 8, 16), "metadata"), id="option elsewhere"),
    ],
)
def test_publication_date_precedence(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    option_key: str | None,
    sidecar: bool,
    expected: tuple[date, str],
) -> None:
    article = write(tmp_path / "news" / "story.txt", DATELINED)
    if sidecar:
        write(tmp_path / "news" / "story.meta.json", json.dumps({"published": "2021-08-16"}))
    monkeypatch.chdir(tmp_path)
    keys = {"PATH": str(article), "RELATIVE": "./news/../news/story.txt"}
    published = {} if option_key is None else {keys.get(option_key, option_key): date(2021, 8, 20)}
    (doc,) = load_documents([str(tmp_path / "news")], published=published)
    assert (doc.published, doc.published_from) == expected


def test_option_names_a_jsonl_file_or_one_of_its_lines(tmp_path: Path) -> None:
    feed = write(
        tmp_path / "feed.jsonl",
        json.dumps({"id": "a", "text": BODY}) + "\n" + json.dumps({"id": "b", "text": BODY}),
    )
    docs = load_documents(
        [str(feed)], published={"feed.jsonl#b": date(2021, 8, 2), str(feed): date(2021, 8, 1)}
    )
    assert [(d.id, d.published) for d in docs] == [
        ("feed.jsonl#a", date(2021, 8, 1)),
        ("feed.jsonl#b", date(2021, 8, 2)),
    ]


def test_unused_published_keys_are_reported(tmp_path: Path) -> None:
    story = write(tmp_path / "news" / "story.txt", BODY)
    docs = load_documents([str(tmp_path / "news")], published={})
    keys = {
        "story.txt": date(2021, 8, 1),
        str(story): date(2021, 8, 1),
        str(tmp_path / "news" / ".." / "news" / "story.txt"): date(2021, 8, 1),
        "stroy.txt": date(2021, 8, 1),
        "-": date(2021, 8, 1),
    }
    assert unused_published(docs, keys) == ["stroy.txt", "-"]

"""Article metadata (published, title, outlet, url) from sidecars, front matter, HTML and JSONL.

Every source gives a plain mapping of strings; ``read_meta`` turns it into a ``Meta`` and says what
was wrong with it as warnings: a malformed date never stops a document from loading.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from datetime import date
from typing import NamedTuple

from crosscheck.dateline import parse_date_string

__all__ = [
    "FIELDS",
    "Meta",
    "merge",
    "read_meta",
    "read_sidecar",
    "sidecar_path",
    "split_front",
    "split_suffix",
]

FIELDS = ("published", "title", "outlet", "url")
SIDECAR = ".meta.json"


class Meta(NamedTuple):
    published: date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()


def read_meta(values: Mapping[str, object], *, source: str) -> Meta:
    """The known fields of ``values``; a value of the wrong type or a bad date is a warning."""
    found: dict[str, str] = {}
    warnings: list[str] = []
    for name in FIELDS:
        value = values.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if not isinstance(value, str):
            warnings.append(f"{source}: {name} is not a string, ignored")
            continue
        found[name] = " ".join(value.split())
    published = None
    if "published" in found:
        published = parse_date_string(found["published"])
        if published is None:
            warnings.append(f"{source}: malformed published date {found['published']!r}, ignored")
    return Meta(
        published=published,
        title=found.get("title"),
        outlet=found.get("outlet"),
        url=found.get("url"),
        warnings=tuple(warnings),
    )


def merge(first: Meta, then: Meta) -> Meta:
    """Field by field, ``first`` wins where it has a value; warnings of both are kept."""
    return first._replace(
        published=first.published or then.published,
        title=first.title or then.title,
        outlet=first.outlet or then.outlet,
        url=first.url or then.url,
        warnings=first.warnings + then.warnings,
    )


def split_suffix(name: str) -> tuple[str, str]:
    """A file name's stem and suffix as ``pathlib`` reads them ("a.b.txt" → "a.b", ".txt"; a dot
    that opens or ends the name is no suffix), without building a ``Path``."""
    dot = name.rfind(".")
    return (name[:dot], name[dot:]) if 0 < dot < len(name) - 1 else (name, "")


def sidecar_path(article: str) -> str:
    """``story.txt`` → ``story.meta.json`` in the same folder."""
    folder, name = os.path.split(article)
    return os.path.join(folder, split_suffix(name)[0] + SIDECAR)


def read_sidecar(article: str) -> Meta:
    """The sidecar beside ``article``, if there is one; a broken sidecar is a warning."""
    path = sidecar_path(article)
    if not os.path.isfile(path):  # False, not OSError, for a name too long for the system
        return Meta()
    source = os.path.basename(path)
    try:
        with open(path, "rb") as file:
            values = json.loads(file.read().decode("utf-8-sig"))
    except OSError as exc:
        return Meta(warnings=(f"{source}: cannot read: {exc.strerror or exc}",))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return Meta(warnings=(f"{source}: malformed JSON ({exc}), ignored",))
    if not isinstance(values, dict):
        return Meta(warnings=(f"{source}: not a JSON object, ignored",))
    return read_meta(values, source=source)


def split_front(text: str) -> tuple[dict[str, str], str]:
    """Split a Markdown file's front matter (``---`` … ``---``, ``key: value`` lines) from its body.

    Returns the fields and the body after the closing ``---`` line. Without front matter (or
    without a closing line) the fields are empty and the body is the whole text.
    """
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 3)
    if end < 0:
        if not text.endswith("\n---"):
            return {}, text
        end = len(text) - 4
    fields: dict[str, str] = {}
    for line in text[4:end].split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "#")):
            fields[key.strip().lower()] = _unquote(value.strip())
    return fields, text[end + 5 :]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value

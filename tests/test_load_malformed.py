"""Inputs hypothesis found crashing or unstable in loading, kept as regressions: a batch must
never stop on one file's bytes or name, and line endings must not change what a file is."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.load import load_documents
from crosscheck.load.decode import BINARY, decode_bytes
from crosscheck.load.html import html_to_text


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("<![0", "<![0"),  # no closing '>': the rest is text
        ("<p>Before</p><![0 junk]>after <b>12</b> dead", "Before\n\nafter 12 dead"),
        ("<p>A</p><![CDATA[x]]><p>B</p>", "A\n\nB"),  # a well-formed section still parses
    ],
)
def test_a_malformed_marked_section_is_skipped_not_raised(source: str, text: str) -> None:
    assert html_to_text(source)[0] == text


def test_a_malformed_page_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<html><body><p>Nine were hurt.</p><![0 </body>")
    (tmp_path / "b.txt").write_text("Twelve people were hurt on Sunday.")
    done = subprocess.run(
        [sys.executable, "-m", "crosscheck", "report", str(tmp_path), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert '"id": "b.txt"' in done.stdout


@pytest.mark.parametrize(
    "text",
    [
        "Updated 2019-03-11\n00\x1f\x1f\x80\n\x1f",
        "Mon, 11 Mar 2019 10:23 GMT\n\n\x08\x08\x80\n\x08\x08\x80",
        "line\n" * 3000 + "\x01" * 900,  # past the sniffed start with \n, inside it with \r\n
    ],
)
def test_binary_or_not_whatever_the_line_endings(text: str) -> None:
    lf = decode_bytes(text.encode("utf-8"))
    crlf = decode_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    assert (lf.error, lf.text) == (crlf.error, crlf.text)


def test_mostly_control_bytes_is_still_binary_with_crlf() -> None:
    assert decode_bytes(b"\x01\x02\x03\r\n" * 100).error == BINARY


def test_an_article_whose_sidecar_name_is_too_long_still_loads(tmp_path: Path) -> None:
    name = "a" * 250 + ".txt"  # 254 bytes; its sidecar, "a" * 250 + ".meta.json", 260
    (tmp_path / name).write_text("Twelve people were hurt.")
    (doc,) = load_documents([str(tmp_path / name)], published={})
    assert doc.error is None
    assert doc.text == "Twelve people were hurt."

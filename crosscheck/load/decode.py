"""Bytes → text: the one place that decides how an input file is decoded.

UTF-8 is tried first (a byte-order mark is dropped); a UTF-16 file is recognised by its BOM;
anything else is read as Windows-1252 (the usual encoding of text saved from old web pages) with
a warning. Newlines are normalised to ``\\n`` (``\\r\\n`` and lone ``\\r`` both become ``\\n``), so
every offset the pipeline reports indexes the normalised text.

A file holding NUL bytes (or mostly control characters) is binary and is refused; so is an empty
or blank file. Refusals are values, never exceptions: the batch goes on.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

__all__ = ["BINARY", "EMPTY", "Decoded", "decode_bytes", "normalise_newlines"]

BINARY = "binary file, not text"
EMPTY = "empty file"

_CONTROL = bytes(sorted(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}))
_SNIFF = 8192


class Decoded(NamedTuple):
    """The decoded text, or the reason there is none (``error``), plus what a reader should know."""

    text: str = ""
    error: str | None = None
    warnings: tuple[str, ...] = ()


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` → ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or control bytes past a tenth of the start: judged on the text as it will read
    (``\\r\\n`` one newline), so the same text is binary or not whatever its line endings."""
    head = data[: _SNIFF * 2].replace(b"\r\n", b"\n")[:_SNIFF]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls * 10 > len(head)


def decode_bytes(data: bytes) -> Decoded:
    """Decode one file's bytes as described in the module docstring."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return Decoded(error=BINARY)
        return _finish(text, ())
    if not data.strip():
        return Decoded(error=EMPTY)
    if _looks_binary(data):
        return Decoded(error=BINARY)
    try:
        return _finish(data.decode("utf-8-sig"), ())
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start}"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined: read them as Latin-1 control characters.
        text = data.decode("latin-1")
    return _finish(text, (f"not UTF-8 (invalid {where}): read as Windows-1252",))


def _finish(text: str, warnings: tuple[str, ...]) -> Decoded:
    text = normalise_newlines(text.removeprefix("\ufeff"))
    if not text.strip():
        return Decoded(error=EMPTY)
    return Decoded(text=text, warnings=warnings)

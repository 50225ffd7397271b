"""Sentence and clause spans of a document, and which lines are page furniture.

A line is *headline-like* when it is short and has no closing punctuation. The first such line
of four words or more (or the document's title) is the headline and carries claims; other
headline-like lines (sidebar headlines, datelines, "Read More", bylines) and repeated lines are
furniture and carry none.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from crosscheck._cache import regex
from crosscheck.classify._phrases import WordScan
from crosscheck.classify.rules import Rules

__all__ = ["Sentence", "claim_spans", "split_sentences", "trim"]

_WORD = regex(r"[^\W\d_]{2,}")
_END = regex(r"""[.!?…][.!?…]*["”’)\]]*\s+(?=["“‘(\[]?[A-Z0-9…])""")
"""A sentence end (opening with a class, not a repeat, so the engine scans for it fast)."""
_END_ASCII = regex(r"""[.!?][.!?]*[")\]]*\s+(?=["(\[]?[A-Z0-9])""")
"""The same in an ASCII text (a smaller first class is tested faster at each character)."""
_CLOSERS = '.!?:;"”’)…'
_EDGE = ' \t\r\n\u00a0,;:—–-/"“”‘’'
_INITIALS = regex(r"(?:[A-Za-z]\.)*[A-Za-z]$")
_MAX_HEADLINE_WORDS = 20
_WINDOW = 40


class Sentence(NamedTuple):
    """A sentence's span, its clauses (none unless it holds a value) and its line."""

    start: int
    end: int
    clauses: tuple[tuple[int, int], ...]
    paragraph: int
    """Index of the line the sentence is on."""
    headline: bool = False

    def clause_at(self, pos: int) -> tuple[int, int]:
        for start, end in self.clauses:
            if start <= pos < end:
                return start, end
        return self.start, self.end


_new = tuple.__new__
"""A named tuple made from its fields in C (its own ``__new__`` is a Python function)."""


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past spaces, edge punctuation and a final period."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and (text[end - 1] in _EDGE or text[end - 1] in ".!?…"):
        end -= 1
    return start, end


def _headline_like(line: str) -> bool:
    return line.rstrip()[-1:] not in _CLOSERS and len(line.split()) <= _MAX_HEADLINE_WORDS


def _key(line: str, spaces_only: bool = False) -> str:
    """The line's words joined by one space, in lower case: lines with the same key repeat.
    ``spaces_only``: the line holds no space but " " (known for the whole text)."""
    if (
        (spaces_only or line.isprintable())
        and "  " not in line
        and line[0] != " "
        and line[-1] != " "
    ):
        return line.lower()  # its only spaces are single ones between words (most lines)
    return " ".join(line.split()).lower()


_OTHER_ASCII_SPACES = "\t\r\x0b\x0c\x1c\x1d\x1e\x1f"
"""What ``str.split`` parts words at in an ASCII text besides " " and the newline."""


def _spaces_only(text: str) -> bool:
    """Whether the text's lines hold no space but " " (a few scans of the text for each other
    kind, cheaper than a test of each line's every character)."""
    return text.isascii() and not any(c in text for c in _OTHER_ASCII_SPACES)


def _body_lines(text: str, title: str | None) -> list[tuple[int, int, bool]]:
    """(start, end, is_headline) of the lines that carry claims."""
    lines: list[tuple[int, int, bool]] = []
    seen: set[str] = set()
    headline_found = False
    wanted = " ".join(title.split()).lower() if title else None
    end = -1
    spaces_only = _spaces_only(text)
    for line in text.split("\n"):
        start = end + 1
        end = start + len(line)
        if not line:
            continue
        key = _key(line, spaces_only)
        if not key or key in seen:
            continue
        seen.add(key)
        if _headline_like(line):
            is_headline = key == wanted if wanted else len(_WORD.findall(line)) >= 4
            if headline_found or not is_headline:
                continue
            headline_found = True
            lines.append((start, end, True))
        else:
            lines.append((start, end, False))
    return lines


def _last_word(text: str, start: int, end: int) -> str:
    """The last whitespace-separated word of text[start:end] (read from a short window)."""
    window = max(start, end - _WINDOW)
    before = text[window:end].rsplit(None, 1)
    if window > start and len(before) < 2:  # the word may begin before the window
        before = text[start:end].rsplit(None, 1)
    return before[-1] if before else ""


def _sentence_ends(text: str, lines: list[tuple[int, int, bool]], rules: Rules) -> list[list[int]]:
    """Where each line's sentences end (the last at the line's end).

    One scan of the text serves every line: a match that runs past its line's end (over the
    newline) is one the line's own scan would not find, and it consumes only end marks and
    spaces, where that scan would start no other match.
    """
    pattern = _END_ASCII if text.isascii() else _END
    found = pattern.finditer(text, lines[0][0]) if lines else iter(())
    match = next(found, None)
    ends = []
    for start, end, _ in lines:
        here = []
        while match is not None and match.start() < end:
            at = match.start()
            if at >= start and match.end() <= end:
                if text[at] == ".":
                    word = _last_word(text, start, at)
                    lowered = word.lower().lstrip('("“')
                    if lowered in rules.abbreviations or _INITIALS.fullmatch(word):
                        match = next(found, None)
                        continue
                here.append(match.end())
            match = next(found, None)
        here.append(end)
        ends.append(here)
    return ends


def _clauses(
    text: str, start: int, end: int, rules: Rules, words: list[tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """The clause spans of a sentence: cut where a break pattern's match ends and where a break
    word (``words``: their spans, from the word scan) starts. A sentence's end cuts no word
    (a space or a line's end follows it), so a word inside it is whole."""
    cuts = [start]
    for match in rules.clause_breaks.finditer(text, start, end):
        cut = match.end()
        if match.group() == "/" and not text[match.start() - 1 : match.start()].isalpha():
            continue
        if cut > cuts[-1] and cut < end:
            cuts.append(cut)
    first, last = bisect_right(words, (start, end)), bisect_left(words, (end,))
    inside = [at for at, stop in words[first:last] if stop <= end]
    if inside:
        cuts = sorted({*cuts, *inside})
    cuts.append(end)
    return tuple(pairwise(cuts))


def _break_words(text: str, rules: Rules, scan: WordScan | None) -> list[tuple[int, int]]:
    """The spans of the break words found by the word scan after a space (none when the break
    pattern finds them)."""
    if rules.clause_words is None:
        return []
    if scan is None:
        scan = WordScan(text, rules.vocabulary)
    found = scan.openers[rules.clause_words]
    return [(at, stop) for at, stop, _ in found if at and text[at - 1].isspace()]


def _holds(marks: Sequence[int], start: int, end: int) -> bool:
    i = bisect_left(marks, start)
    return i < len(marks) and marks[i] < end


def split_sentences(
    text: str,
    rules: Rules,
    title: str | None = None,
    marks: Sequence[int] | None = None,
    scan: WordScan | None = None,
) -> list[Sentence]:
    """Sentences of the lines that carry claims, in text order, each with its clause spans.

    With ``marks`` (sorted offsets), only the sentences that hold one are split into clauses.
    ``scan`` is the text's word scan, when one is made already.
    """
    sentences = []
    words: list[tuple[int, int]] | None = None
    lines = _body_lines(text, title)
    for index, ((line_start, _, headline), ends) in enumerate(
        zip(lines, _sentence_ends(text, lines, rules), strict=True)
    ):
        left = line_start
        for right in ends:
            start, end = left, right  # the chunk without its edge spaces (most have one or none)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                clauses: tuple[tuple[int, int], ...] = ()
                if marks is None or _holds(marks, start, end):
                    if words is None:
                        words = _break_words(text, rules, scan)
                    clauses = _clauses(text, start, end, rules, words)
                sentences.append(_new(Sentence, (start, end, clauses, index, headline)))
            left = right
    return sentences


def claim_spans(sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """The runs of consecutive sentences that were split into clauses (the ones holding a value)."""
    spans: list[tuple[int, int]] = []
    run = False
    for sentence in sentences:
        if not sentence.clauses:
            run = False
        elif run:
            spans[-1] = (spans[-1][0], sentence.end)
        else:
            spans.append((sentence.start, sentence.end))
            run = True
    return spans

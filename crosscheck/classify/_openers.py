"""The word scan's first pass: a text's words, and where the first words of phrases stand.

Each list of ``WordScan.openers`` gets (start, end, folded word) of each word that may open one
of its phrases: one whose next word can go on with it (``Vocabulary.pairs``) or that needs no
next word (``Vocabulary.always``). Three ways, by what the text's case folding keeps; the
third, a word at a time, keeps every opener whatever its next word (the match tells).
"""

from __future__ import annotations

from itertools import accumulate, compress
from operator import or_
from typing import TYPE_CHECKING

from crosscheck._cache import regex

if TYPE_CHECKING:
    from crosscheck.classify._phrases import Vocabulary

__all__ = ["RUN", "ascii_words", "fold", "fold_text", "scan_ascii", "scan_folded", "scan_words"]

Hit = tuple[int, int, str]
RUN = regex(r"\w+")
"""A word, as the stage counts words."""
SPLIT = regex(r"(\w+)")
# Characters re.IGNORECASE folds onto ASCII letters that str.lower() does not map onto them.
_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLD_CHARS = "\u0130\u0131\u017f\u212a"
_OTHER_WORD_CHAR = regex(r"[^\W\x00-\x7f]")
"""A word character that is not ASCII (most texts that are not ASCII have none: only quotes,
dashes and spaces of their own)."""
_SPACED = bytes(c if chr(c).isalnum() or c == 0x5F else 0x20 for c in range(256))
"""An ASCII text's bytes with every non-word character (what ``\\w`` misses) a space (a
translation of bytes, much faster than one of a string)."""


def ascii_words(folded: str) -> bool:
    """Whether every word character of the (folded) text is ASCII."""
    return folded.isascii() or _OTHER_WORD_CHAR.search(folded) is None


def fold_text(text: str) -> str | None:
    """The text folded as a whole, when that keeps every offset and word boundary; else None."""
    if text.isascii():
        return text.lower()
    if any(c in text for c in _FOLD_CHARS):
        text = text.translate(_FOLDS)
    folded = text.lower()
    return folded if len(folded) == len(text) else None


def fold(word: str) -> str:
    """A word as the first word of a phrase would spell it (lower case, as IGNORECASE folds)."""
    return word.lower() if word.isascii() else word.translate(_FOLDS).lower()


def scan_ascii(folded: str, vocabulary: Vocabulary, lists: list[list[Hit]]) -> None:
    """Openers of a text whose words are ASCII, every loop over all words in C: its bytes
    (one per character, any other character a "?") with each non-word character made a
    space, read back as a string, split into the words; the openers (and the words after
    them) picked by index, those the next word lets open a list kept; an opener's offset is
    found back by ``str.find`` of the word between two spaces, from the end of the kept
    opener before it, past as many equal openers as lie between the two."""
    spaced = " " + folded.encode("ascii", "replace").translate(_SPACED).decode() + " "
    words = spaced.split()
    openers = vocabulary.openers
    hits = list(compress(range(len(words)), map(vocabulary.firsts.__contains__, words)))
    if not hits:
        return
    words.append("")  # the word after the last: opens nothing
    firsts = list(map(words.__getitem__, hits))
    nexts = list(map(words.__getitem__, map((1).__add__, hits)))
    kept = compress(
        range(len(hits)),
        map(
            or_,
            map(vocabulary.always.__contains__, firsts),
            map(vocabulary.pairs.__contains__, zip(firsts, nexts, strict=True)),
        ),
    )
    find, at, previous = spaced.find, 0, -1
    for h in kept:  # the index of a kept opener among all openers
        word = firsts[h]
        spaced_word = f" {word} "
        for _ in range(firsts[previous + 1 : h].count(word)):
            at = find(spaced_word, at) + len(word)
        at = find(spaced_word, at)
        end = at + len(word)
        span = (at, end, word)
        at, previous = end, h
        after = nexts[h]
        for index, seconds in openers[word]:
            if seconds is None or after in seconds:
                lists[index].append(span)


def scan_folded(folded: str, vocabulary: Vocabulary, lists: list[list[Hit]]) -> list[int]:
    """Word starts and openers of a text whose folding keeps its offsets."""
    parts = SPLIT.split(folded)
    bounds = list(accumulate(map(len, parts)))
    words = parts[1::2]
    starts = bounds[0:-1:2]
    openers, last = vocabulary.openers, len(words) - 1
    for i in compress(range(len(words)), map(openers.__contains__, words)):
        word = words[i]
        span = (starts[i], starts[i] + len(word), word)
        after = words[i + 1] if i < last else None
        for index, seconds in openers[word]:
            if seconds is None or after in seconds:
                lists[index].append(span)
    return starts


def scan_words(text: str, vocabulary: Vocabulary, lists: list[list[Hit]]) -> list[int]:
    """Word starts and openers, one word at a time (texts whose case folding is uneven); the
    next word is not read, so every opener is kept."""
    get = vocabulary.openers.get
    words: list[int] = []
    for m in RUN.finditer(text):
        start = m.start()
        words.append(start)
        word = fold(m.group())
        found = get(word)
        if found is not None:
            span = (start, m.end(), word)
            for index, _ in found:
                lists[index].append(span)
    return words

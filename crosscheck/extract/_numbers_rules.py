"""Context rules: when a number in the text is a date, a time, an age, a label or an ID."""

from __future__ import annotations

import re

from crosscheck._cache import regex
from crosscheck.extract._numbers_candidate import Endings
from crosscheck.extract._numbers_lexicon import Compiled

_WORD_BEFORE = regex(r"([A-Za-z][\w&'’.]*)\s$")
_WORD_AFTER = regex(r"\s+([A-Za-z][a-z]*)")
_NEXT_WORD = regex(r"[\s,]*([A-Za-z'’]+)")
_MULTI_GROUP = regex(r"\d+(?:-\d+){2,}|\d+(?:\.\d+){2,}|\d+(?:/\d+)+|\+\d[\d\s()-]{6,}")
_PHONE_PAIR = regex(r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b\d{3}-\d{4}\b")
_AGED_RANGE = regex(r"(?<![\w])aged?\s+\d{1,3}\s?(?:to|and|-|–)\s?$", re.IGNORECASE)
_APPOSITIVE_AGE = regex(r"[A-Z][a-z]+,\s$")
_SENTENCE_START = regex(r"(?:^|[.!?:;\"“”\n(]\s*)$")


def spaced_before(text: str, start: int, also: str = "") -> bool:
    """Whether whitespace (or a character of ``also``) stands right before ``start``. A pattern
    searched before a number that ends with ``\\s$`` needs it: this cheap test spares most
    numbers the search."""
    return start > 0 and (text[start - 1].isspace() or text[start - 1] in also)


def may_end_with(tail: str, endings: Endings) -> bool:
    """Whether ``tail`` (right-stripped) may end with one of ``endings``: when not, a search for
    one of their words at the end of the window it closes cannot match, and is skipped."""
    if endings is None:
        return True
    words, longest = endings
    last = tail[-longest:]
    if not last.isascii():
        return True
    last = last.lower()
    return last.endswith(words.get(last[-1:], ()))


def word_before(text: str, start: int) -> str | None:
    if start < 2 or not text[start - 1].isspace():  # the pattern ends with one space
        return None
    # The word holds no space: the search starts after the last one before it, instead of
    # trying each of 30 places. (Not the one at start - 2: before a final newline, ``\s$``
    # may end there.)
    lo = max(0, start - 30)
    m = _WORD_BEFORE.search(text, max(lo, text.rfind(" ", lo, start - 2) + 1), start)
    return m.group(1) if m else None


def next_word(text: str, end: int) -> str | None:
    m = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return m.group(1).lower() if m else None


# Every match of the two patterns above holds one of these, one per form in their order (a
# plain decimal number holds none): a window without one holds no match either.
_CODE_HINT = regex(
    r"[\d+](?:(?<=\d)(?:-\d+-\d|\.\d+\.\d|/\d|\)?[\s.-]\d{3}[\s.-]\d|-\d{4})|(?<=\+)\d)"
)


def _may_be_code(text: str, start: int, end: int) -> bool:
    """Whether a code match may hold ``start``, the start of the number ``start:end``: every
    character of one is a digit, a space or one of ``.()/+-``. One that starts before the number
    holds the character before it (a space only between digits, brackets or dashes: a phone
    number's gap). One that starts with it goes on after its first digits with ``-./)`` or a
    space (a phone number's, after three digits): past the number, with a digit after ``-./``
    or a space ("1.2.3", "2019-03", "555 123 4567"), or with a bracket ("555) 123-4567")."""
    if start > 0:
        before = text[start - 1]
        if before in "./()+-" or before.isdecimal():
            return True
        if before.isspace() and start > 1:
            two = text[start - 2]
            if two in "()-" or two.isdecimal() or two.isspace():
                return True
    number = text[start:end]
    if "," in number or number[:1] == ".":  # its first digits end with a comma, or none lead
        return False
    after = text[end : end + 1]
    if after == ")":
        return True
    if not text[end + 1 : end + 2].isdecimal():
        return False
    if "." in number:  # "1.2.3", "555.123 4567"
        return after in ".-" or after.isspace()
    return after in "./-" or (after.isspace() and end - start == 3)


def in_code(text: str, start: int, end: int) -> bool:
    """Phone numbers, ISO or slashed dates, IP addresses and versions: 2019-03-10, 1.2.3."""
    if not _may_be_code(text, start, end):
        return False
    lo, hi = max(0, start - 24), min(len(text), end + 24)
    if _CODE_HINT.search(text, lo, hi) is None:
        return False
    for m in _MULTI_GROUP.finditer(text, lo, hi):
        if m.start() <= start and end <= m.end() and "/" not in m.group():
            return True
        if m.start() <= start < m.end() and "/" in m.group():
            return True
    return any(m.start() <= start < m.end() for m in _PHONE_PAIR.finditer(text, lo, hi))


def clock_or_date(text: str, start: int, end: int, c: Compiled, quiet: bool = False) -> bool:
    """``quiet``: ``c.after_any`` found nothing at ``end``."""
    if start >= 2 and text[start - 1] == ":" and text[start - 2].isdigit():
        return True
    if not quiet and c.clock_after.match(text, end):
        return True
    if _month_before(text, start, c):
        return True
    return not quiet and c.month_after.match(text, end) is not None


def _month_before(text: str, start: int, c: Compiled) -> bool:
    """'March 3': the search is skipped when the window does not end with a month name (its case
    is exact: a capital within a month's length first), unless it ends with a dash (a day
    range: 'May 3-5')."""
    lo = max(0, start - 14)
    tail = text[lo:start].rstrip()
    if c.month_ends is not None and not tail.endswith(("-", "–")):
        names, longest = c.month_ends
        name = tail.rstrip(".,")
        if name[-longest:].islower() or not name.endswith(names.get(name[-1:], ())):
            return False
    return c.month_before.search(text, lo, start) is not None


def hyphen_id(text: str, start: int, allowed: frozenset[str]) -> bool:
    """'F-16', 'COVID-19', 'TA-35': a word glued by a hyphen names the number."""
    if start < 2 or text[start - 1] != "-" or not text[start - 2].isalpha():
        return False
    m = re.search(r"([A-Za-z]+)-$", text[max(0, start - 20) : start])
    return not (m and m.group(1) in allowed)


def label(text: str, start: int, c: Compiled) -> bool:
    """'Section 427', 'No. 10', 'iPhone 11', 'Apple Watch 5': a name before the number."""
    lo = max(0, start - 16)
    tail = text[lo:start].rstrip().rstrip("#").rstrip()
    if may_end_with(tail, c.label_ends) and c.label_before.search(text, lo, start):
        return True
    if text[max(0, start - 30) : start].islower():  # no capital, in the word before either
        return False
    word = word_before(text, start)
    if word is None or not (word[0].isupper() or any(ch.isupper() for ch in word[1:])):
        return False
    lowered = word.lower().rstrip(".")
    if lowered in c.qualifiers or lowered in c.cardinals or lowered in _CAPITAL_OK:
        return False
    before_word = start - 1 - len(word)
    return not _SENTENCE_START.search(text, max(0, before_word - 4), max(0, before_word))


_CAPITAL_OK = frozenset(
    {
        "the",
        "and",
        "but",
        "with",
        "about",
        "over",
        "nearly",
        "some",
        "at",
        "of",
        "to",
        "for",
        "than",
        "by",
        "from",
        "in",
        "on",
        "all",
        "only",
        "just",
        "another",
        "kills",
        "killed",
        "kill",
        "dead",
        "die",
        "dies",
        "died",
        "injured",
        "injures",
        "wounded",
        "hurt",
        "missing",
        "rescued",
        "evacuated",
        "displaced",
        "arrested",
        "detained",
        "freed",
        "surrender",
        "surrendered",
        "hits",
        "tops",
        "reaches",
        "rises",
        "passes",
        "nears",
        "exceeds",
        "toll",
        "leaves",
        "left",
        "least",
        "more",
        "most",
        "were",
        "are",
        "is",
        "was",
        "has",
        "have",
        "says",
        "said",
        "after",
        "as",
        "into",
        "among",
    }
)


def year(text: str, start: int, end: int, value: float, c: Compiled) -> bool:
    """A bare 4-digit number is a year unless a counted noun follows it ('2000 people')."""
    if not 1800 <= value <= 2099:
        return False
    if spaced_before(text, start) and c.year_cue_before.search(text, max(0, start - 12), start):
        return True
    if start >= 1 and text[start - 1] in "'’":
        return True
    m = _WORD_AFTER.match(text, end, min(len(text), end + 30))
    if m is None or not m.group(1).islower():
        return True
    return m.group(1) in c.year_after


def age(text: str, start: int, end: int, c: Compiled, quiet: bool = False) -> bool:
    """``quiet``: ``c.after_any`` found nothing at ``end``."""
    if not quiet and c.age_after.match(text, end):
        return True
    # Both tests below need "age" in the 30 characters before (any case: only ASCII capitals
    # lower-case to these letters).
    if "age" in text[max(0, start - 30) : start].lower():
        before = word_before(text, start)
        if before is not None and before.lower() in ("aged", "age", "ages"):
            return True
        if spaced_before(text, start, "oOdD-–") and _AGED_RANGE.search(
            text, max(0, start - 16), start
        ):
            return True
    if text[start - 2 : start - 1] == "," and _APPOSITIVE_AGE.search(
        text, max(0, start - 30), start
    ):
        return text[end : end + 1] == "," and end - start <= 2
    return False


def pronoun_one(text: str, start: int, end: int, c: Compiled) -> bool:
    """'one of the factors', 'the one', 'each one': the pronoun, not the count."""
    before = word_before(text, start)
    if before is not None and before.lower() in c.pronoun_before:
        return True
    after = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    if after is None or text[end : after.start(1)].strip():
        return True
    return after.group(1).lower() in c.pronoun_after

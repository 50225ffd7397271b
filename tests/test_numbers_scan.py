"""The scanner's shortcuts answer as the plain searches they spare: each cheap test before a
regex only ever skips a search that could not match, and the tries match their word lists."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from crosscheck.extract import _numbers_forms as forms_module
from crosscheck.extract import _numbers_lexicon as lexicon_module
from crosscheck.extract import _numbers_rules as rules
from crosscheck.extract._numbers_lexicon import Compiled, compile_numbers
from crosscheck.extract._numbers_units import _MINUS, _SLASH_FRACTION, _minus_before
from crosscheck.extract._tries import lowered_variants, trie, variants
from crosscheck.lexicon import default_lexicon

C: Compiled = compile_numbers(default_lexicon())

# Pieces that open or close the forms the shortcuts are about, and characters that
# re.IGNORECASE folds oddly (dotted and dotless i, Kelvin sign, long s).
_PIECES = [
    "a",
    "an",
    "A",
    "hundred",
    "third",
    "few",
    "couple",
    "of",
    "dozen",
    "half",
    "two",
    "one",
    "minus",
    "Negative",
    "aged",
    "age",
    "AGE",
    "No.",
    "Section",
    "iPhone",
    "more than",
    "about",
    "up to",
    "March",
    "MAY",
    "June",
    "st",
    "km",
    "miles",
    "euros",
    "year-old",
    "pm",
    "GMT",
    "people",
    "said",
    "İ",
    "ı",
    "\u212a",
    "ſ",
    "ſome",
    "mınus",
    "1",
    "12",
    "2019",
    "3.5",
    "1,200",
    "555",
    "1234",
    "$",
    "US$",
    "€",
    "£",
    " ",
    "  ",
    "\n",
    "\t",
    "-",
    "–",
    "/",
    ":",
    ".",
    ",",
    "#",
    "(",
    ")",
    "+",
    "'",
    "’",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _old_trie(words: list[str], fold: bool) -> str:
    """The first trie builder (a tree of dicts), kept as the reference."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def piece(char: str) -> str:
        if char == " ":
            return r"\s+"
        if fold and char.isalpha() and char.lower() != char.upper():
            extra = {"i": "İı", "k": "\u212a", "s": "ſ"}.get(char.lower(), "")
            return "[" + "".join(sorted({char.lower(), char.upper(), *extra})) + "]"
        return re.escape(char)

    def branches(node: dict) -> str:  # type: ignore[type-arg]
        return "|".join(piece(ch) + body(node[ch]) for ch in sorted(c for c in node if c))

    def body(node: dict) -> str:  # type: ignore[type-arg]
        inner = branches(node)
        if not inner:
            return ""
        if "" in node:
            return f"(?:{inner})?"
        return f"(?:{inner})" if sum(1 for c in node if c) > 1 else inner

    return branches(root)


@settings(max_examples=300)
@given(st.lists(st.text(alphabet="abAB .-İıKſ$s", max_size=5), max_size=8), st.booleans())
def test_trie_is_the_reference_trie(words: list[str], fold: bool) -> None:
    assert trie(words, fold=fold) == _old_trie(words, fold)


def _old_candidate() -> re.Pattern[str]:
    """The first candidate pattern: each number word, "a" and "an" before a word boundary."""
    triggers = {*C.cardinals, *C.scales, *(f"{s}s" for s in C.scales), *C.groups}
    triggers |= {"half", "a", "an", *(v.split()[0] for v in C.vague)}
    signs = "".join(sorted({k[0] for k in C.currency_prefix if not k[0].isalpha()}))
    codes = trie((k for k in C.currency_prefix if k[0].isalpha()), fold=True)
    return re.compile(
        rf"\W(?:[-−]?\.?\d|[{re.escape(signs)}]|(?:{trie(triggers, fold=True)})\b"
        rf"|(?:{codes})\s?(?=[\d.$]))"
    )


OLD_CANDIDATE = _old_candidate()


@settings(max_examples=400)
@given(texts)
@example("a hundred")
@example("A-third")
@example("an  few")
@example("a couple of")
@example("a$5")
@example("US$-1")
def test_the_candidate_hits_where_the_first_one_did(text: str) -> None:
    """Wherever the full pattern matches, the candidate hits if and only if the first one did
    (it no longer hits where the full pattern cannot match: "a" before a noun)."""
    padded, lowered = " " + text, " " + text.lower()
    candidate = C.candidate if len(lowered) == len(padded) else C.cased_candidate
    for pos in range(len(text)):
        if C.master.match(text, pos) is not None:
            old = OLD_CANDIDATE.match(padded, pos) is not None
            hit = candidate.match(lowered if candidate is C.candidate else padded, pos)
            assert (hit is not None) == old, (text, pos)


def test_lowered_variants_are_the_folded_ones_lower_cased() -> None:
    """A character is one of ``variants(ch)`` exactly when its lower case is one of
    ``lowered_variants(ch)``, for every letter of the candidate's words (every code point that
    ``str.lower()`` keeps to one character)."""
    words = [*C.cardinals, *C.scales, *C.groups, *C.vague, *C.fractions, *C.currency_prefix]
    letters = {ch for word in [*words, "half", "a", "an"] for ch in word if ch.isalpha()}
    lower_of: dict[str, set[str]] = {}
    for point in range(0x110000):
        char = chr(point)
        low = char.lower()
        if len(low) == 1:
            lower_of.setdefault(low, set()).add(char)
    for letter in {ch.lower() for ch in letters}:
        found = {c for v in lowered_variants(letter) for c in lower_of.get(v, ())}
        assert found == set(variants(letter)) - {"İ"}, letter
    cased = re.compile(f"[{forms_module.ascii_letters(False)}]", re.IGNORECASE)
    lowered = re.compile(f"[{forms_module.ascii_letters(True)}]")
    for low, chars in lower_of.items():
        for char in chars:
            assert bool(cased.match(char)) == bool(lowered.match(low)), char


@settings(max_examples=400)
@given(texts)
@example("İ a hundred")
@example("ſeven and ſix KIlo")
def test_the_lowered_candidate_hits_where_the_cased_one_does(text: str) -> None:
    """The scan looks for candidates in the text lower-cased: the same places as in the text."""
    padded, lowered = " " + text, " " + text.lower()
    if len(lowered) != len(padded):
        return
    for pos in range(len(padded)):
        cased = C.cased_candidate.match(padded, pos) is not None
        assert (C.candidate.match(lowered, pos) is not None) == cased, (text, pos)


@settings(max_examples=400)
@given(texts)
@example("word \n5")
@example("U.S. 5")
@example("a 3rd. 5")
def test_word_before_is_the_plain_search(text: str) -> None:
    plain = re.compile(r"([A-Za-z][\w&'’.]*)\s$")
    for start in range(len(text) + 1):
        found = None
        if start >= 2 and text[start - 1].isspace():
            m = plain.search(text, max(0, start - 30), start)
            found = m.group(1) if m else None
        assert rules.word_before(text, start) == found, (text, start)


@settings(max_examples=400)
@given(texts)
@example("mınus 5")
@example("minuſ-5")
@example("ſome 5")
@example("MORE THAN\n5")
@example("up to of 5")
@example("No. #\n5")
@example("SECTİON 5")
@example("March \n5")
@example("May 3 -\n5")
@example("June., 5")
def test_the_tests_before_searches_skip_only_misses(text: str) -> None:
    for start in range(len(text) + 1):
        lo = max(0, start - 16)
        if C.label_before.search(text, lo, start):
            tail = text[lo:start].rstrip().rstrip("#").rstrip()
            assert rules.may_end_with(tail, C.label_ends), (text, start)
        lo = max(0, start - 40)
        if C.cased_qualifier_before.search(text, lo, start):
            assert rules.may_end_with(text[lo:start].rstrip(), C.qualifier_ends), (text, start)
        lowered = text.lower()
        if len(lowered) == len(text):
            one = C.qualifier_before.search(lowered, lo, start)
            two = C.cased_qualifier_before.search(text, lo, start)
            assert (one and (one.span(), one.group("q").lower())) == (
                two and (two.span(), two.group("q").lower())
            ), (text, start)
        minus = rules.spaced_before(text, start, "-") and _MINUS.search(
            text, max(0, start - 10), start
        )
        assert _minus_before(text, start) == bool(minus), (text, start)
        month = C.month_before.search(text, max(0, start - 14), start) is not None
        assert rules._month_before(text, start, C) == month, (text, start)


@settings(max_examples=400)
@given(texts)
@example("5th of June")
@example("5 -year-old")
@example("5ſt MARCH")
@example("5\tKM")
@example("5m")
@example("5:30")
@example("5.30pm")
@example("5 o'clock")
def test_after_any_matches_wherever_one_of_its_parts_does(text: str) -> None:
    parts = (C.currency_after, C.unit_after, C.month_after, C.age_after, C.clock_after)
    for end in range(len(text) + 1):
        if any(p.match(text, end) for p in (*parts, _SLASH_FRACTION)):
            assert C.after_any.match(text, end) is not None, (text, end)


def _old_in_code(text: str, start: int, end: int) -> bool:
    lo, hi = max(0, start - 24), min(len(text), end + 24)
    for m in rules._MULTI_GROUP.finditer(text, lo, hi):
        if m.start() <= start and end <= m.end() and "/" not in m.group():
            return True
        if m.start() <= start < m.end() and "/" in m.group():
            return True
    return any(m.start() <= start < m.end() for m in rules._PHONE_PAIR.finditer(text, lo, hi))


_CODE_PIECES = [
    "1",
    "12",
    "555",
    "1234",
    "1,234",
    "٣",
    "-",
    ".",
    "/",
    " ",
    "\t",
    "\u00a0",
    "(",
    ")",
    "+",
    "\n",
    ",",
    "a",
    "$",
    "2019-03-10",
    "555 123 4567",
    "+1 555",
    "5.",
]
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")


@settings(max_examples=600)
@given(st.lists(st.sampled_from(_CODE_PIECES), max_size=16).map("".join))
@example("555 123 4567")
@example("(555) 123-4567")
@example("+1 555 123 4567")
@example("call 555-1234 now")
@example("2019-03-10")
@example("v1.2.3")
@example("12/5")
@example("+44  20 7946 0958")
@example("555.123 4567")
@example("555.123-4567")
@example("(555) 123-4567")
@example("1.2.3")
@example("in 2016.\n")
@example("(0.5 W")
@example("call 555) 123-4567")
def test_in_code_is_the_plain_search(text: str) -> None:
    for i in range(len(text)):
        m = _NUMBER.match(text, i)
        if m is not None:
            start, end = m.span()
            assert rules.in_code(text, start, end) == _old_in_code(text, start, end), (text, i)


def _old_age(text: str, start: int, end: int) -> bool:
    if C.age_after.match(text, end):
        return True
    before = rules.word_before(text, start)
    if before is not None and before.lower() in ("aged", "age", "ages"):
        return True
    if rules.spaced_before(text, start, "oOdD-–") and rules._AGED_RANGE.search(
        text, max(0, start - 16), start
    ):
        return True
    if text[start - 2 : start - 1] == "," and rules._APPOSITIVE_AGE.search(
        text, max(0, start - 30), start
    ):
        return text[end : end + 1] == "," and end - start <= 2
    return False


def _old_label(text: str, start: int) -> bool:
    if C.label_before.search(text, max(0, start - 16), start):
        return True
    word = rules.word_before(text, start)
    if word is None or not (word[0].isupper() or any(ch.isupper() for ch in word[1:])):
        return False
    lowered = word.lower().rstrip(".")
    if lowered in C.qualifiers or lowered in C.cardinals or lowered in rules._CAPITAL_OK:
        return False
    before_word = start - 1 - len(word)
    return not rules._SENTENCE_START.search(text, max(0, before_word - 4), max(0, before_word))


@settings(max_examples=400)
@given(texts)
@example("AGED 5")
@example("Ages 3 to 5")
@example("Smith, 45,")
@example("Section 5")
@example("The iPhone 11")
@example("said: Apple 5")
@example("5 year-old")
@example("5 March")
@example("5 pm")
def test_age_and_label_are_the_plain_tests(text: str) -> None:
    for m in re.finditer(r"\d+", text):
        start, end = m.span()
        assert rules.age(text, start, end, C) == _old_age(text, start, end), (text, start)
        quiet = C.after_any.match(text, end) is None
        assert rules.age(text, start, end, C, quiet) == _old_age(text, start, end)
        assert rules.label(text, start, C) == _old_label(text, start), (text, start)
        clock = rules.clock_or_date(text, start, end, C)
        assert rules.clock_or_date(text, start, end, C, quiet) == clock, (text, start)


def _unguarded() -> Compiled:
    """The patterns built without their guards (lookaheads that only spare the engine work).
    The forms for the text as it is are built on first use: they are built here, while the
    guards are off (built later, they would have their guards)."""
    guard = forms_module.guard
    forms_module.guard = lambda before, firsts: ""
    try:
        compiled: Compiled = lexicon_module.compile_numbers.__wrapped__(default_lexicon())
        compiled.cased_forms  # noqa: B018 (built now, without guards)
        return compiled
    finally:
        forms_module.guard = guard


UNGUARDED = _unguarded()


@settings(max_examples=400)
@given(texts)
@example("3 in 10")
@example("one out of five")
@example("two-thirds")
@example("1 - QUARTER")
@example("a few thousand")
@example("ſeveral hundreds")
@example("half a million")
@example("5 - million")
@example("5m")
@example("5 bn")
@example("5 per cent")
@example("US$ 5 -- billion")
@example("RS. 5")
def test_the_guards_of_the_full_pattern_change_no_match(text: str) -> None:
    for guarded, plain, guards in (
        (C.master, UNGUARDED.master, 6),
        (C.cased_master, UNGUARDED.cased_master, 6),
        (C.simple, UNGUARDED.simple, 3),
    ):
        assert plain.pattern.count("(?=") == guarded.pattern.count("(?=") - guards
    lowered = text.lower()
    pairs = [(C.cased_master, UNGUARDED.cased_master, text), (C.simple, UNGUARDED.simple, text)]
    if len(lowered) == len(text):
        pairs.append((C.master, UNGUARDED.master, lowered))
    for pos in range(len(text)):
        for guarded, plain, seen in pairs:
            one, two = guarded.match(seen, pos), plain.match(seen, pos)
            assert (one and (one.span(), one.groupdict())) == (
                two and (two.span(), two.groupdict())
            ), (text, pos)


def _groups(m: re.Match[str] | None) -> object:
    """A match's span and its groups' spans and lower-cased texts."""
    if m is None:
        return None
    names = m.re.groupindex
    return m.span(), {n: (m.span(n), (m.group(n) or "").lower()) for n in names}


@settings(max_examples=400)
@given(texts)
@example("ſeveral hundreds")
@example("3 ın 10")
@example("HALF A MILLION")
@example("5 \u212aM")
@example("FIVE-ſIXTHS")
@example("5 Per Cent")
@example("US$ 5 -- BILLION")
@example("a KILO of 5")
@example("1mınus")
@example("5 perſ")
@example("5bſ")
def test_the_lowered_full_pattern_matches_as_the_cased_one(text: str) -> None:
    """The scan matches the full pattern on the text lower-cased: the same spans and groups
    (their texts lower-cased) as the IGNORECASE one on the text."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    for pos in range(len(text)):
        one, two = C.master.match(lowered, pos), C.cased_master.match(text, pos)
        assert _groups(one) == _groups(two), (text, pos)


@settings(max_examples=300)
@given(texts)
@example("5 KM")
@example("5 ſq km")
@example("5 euroſ")
@example("5 mı")
@example("5m\u212a")
def test_the_lowered_suffix_patterns_match_as_the_cased_ones(text: str) -> None:
    """A unit or a currency word after a number is looked for in the text lower-cased: the same
    spans and words (lower-cased) as in the text."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    pairs = ((C.lowered_unit_after, C.unit_after), (C.lowered_currency_after, C.currency_after))
    for pos in range(len(text) + 1):
        for low, cased in pairs:
            assert _groups(low.match(lowered, pos)) == _groups(cased.match(text, pos)), (text, pos)

"""The full pattern, and the other patterns that look for words around a number (a unit or a
currency word after it, a qualifier before it), each for the text as it is or lower-cased.

The full pattern: the forms of a number, one named group each (vague quantities, plurals of
scales, halves, "3 in 10", fractions, digits with their currency, scale and percent, number
words), so that a match says which form it is.

It is built twice from the same word lists: for the text as it is (compiled with IGNORECASE) and,
with ``lowered``, for the text lower-cased by ``str.lower()`` when that keeps its length
(compiled without). The scan uses the second: a literal letter (or a class of its few
``lowered_variants``) is tested quicker than a case-folded one, and a branch that opens with
another letter is skipped without being entered (~20% of the full pattern's work). Both find the
same spans (a character is a case variant of a letter exactly when its lower case is one of that
letter's ``lowered_variants``; so ``[a-z]`` under IGNORECASE, which also takes the odd case
variants of ``i``, ``k`` and ``s``, is ``[a-zıſ]`` in the text lower-cased); group texts differ
only in case, which every handler lower-cases.
"""

from __future__ import annotations

import string
from collections.abc import Collection, Iterable

from crosscheck.extract._numbers_candidate import first_letters, guard
from crosscheck.extract._tries import lowered_variants, trie

__all__ = ["ascii_letters", "forms", "qualifier_before", "suffixes"]


def ascii_letters(lowered: bool) -> str:
    """The inside of a class of the ASCII letters: under IGNORECASE, ``a-z``; for the text
    lower-cased, what a case variant of one of them lower-cases to."""
    if not lowered:
        return "a-z"
    extra = {v for ch in string.ascii_lowercase for v in lowered_variants(ch)}
    return "a-z" + "".join(sorted(extra - set(string.ascii_lowercase)))


def forms(
    lists: dict[str, Collection[str]], *, plain_small: bool, lowered: bool = False
) -> tuple[str, str]:
    """The fancy forms and the simple ones (digits and number words), as VERBOSE patterns.

    ``lists``: the word lists (``cardinals``, ``scales``, ``glued``, ``spaced``, ``groups``,
    ``vague``, ``vague_scaled``, ``vague_alone``, ``small``, ``fractions``, ``currency``,
    ``percent``); ``plain_small``: whether the small cardinals are all word characters (the
    guards of "3 in 10" and "two thirds" look past one)."""

    def alt(words: Collection[str]) -> str:
        return trie(words, lowered=lowered)

    def firsts(words: Collection[str]) -> str:
        return first_letters(words, lowered=lowered)

    letters = ascii_letters(lowered)
    scales = lists["scales"]
    word = alt([*lists["cardinals"], *scales, *lists["groups"]])
    scale = alt(scales)
    plural_scales = alt([f"{s}s" for s in scales])
    small = alt(lists["small"])
    currency = lists["currency"]
    cur_sym = alt([k for k in currency if not k[0].isalpha()])
    cur_code = alt([k for k in currency if k[0].isalpha()])
    # Literal words of the forms, spelled as the tries spell letters.
    half, of, in_, dozen, and_, s = (alt([w]) for w in ("half", "of", "in", "dozen", "and", "s"))
    out_of = rf"{alt(['out'])}\s+{of}"
    an = rf"{alt(['a'])}{alt(['n'])}?"

    # Guards, so that at most places (a digit, a word that opens none of them) these forms fail
    # at once: a class of the first letters of the word forms, and a look past the first word
    # of "3 in 10" and "two thirds" (all word characters, up to a space or dash) for the letter
    # that must come next; after a number, a look for the first letter of a scale or percent.
    opens = guard("", firsts([*lists["vague"], *(f"{s}s" for s in scales), "half"]))
    in_of = guard(r"\w++\s+", firsts(["in", "out"]) if plain_small else "")
    fraction = guard(r"\w++\s*-?\s*", firsts(lists["fractions"]) if plain_small else "")
    money = guard("", firsts(currency))
    scaled = guard(r"[\s-]*+", firsts([*scales, *lists["glued"], *lists["spaced"]]))
    percent_sign = guard(r"\s?", firsts(lists["percent"]))
    fancy = rf"""
        (?:{opens}(?:
            (?P<vof>\b(?:{alt(lists["vague"])}|{plural_scales})\s+{of}\s+
                (?P<vofs>{plural_scales})\b)
          | (?P<vsc>\b(?:{alt(lists["vague_scaled"])})\s+(?P<vscs>{scale}){s}?\b)
          | (?P<pl>\b(?:{plural_scales})\b)
          | (?P<val>\b(?:{alt(lists["vague_alone"])})\b)
          | (?P<half>\b{half}(?:\s+{an}\s+|-)(?P<halfs>{scale}|{dozen})\b|\b{half}\b)
        ))
      | (?P<inof>{in_of}
            \b(?P<ia>{small}|\d{{1,3}})\s+(?:{in_}|{out_of})\s+(?P<ib>{small}|\d{{1,4}})\b)
      | (?P<frac>{fraction}
            \b(?P<fa>{an}|{small}|\d{{1,3}})(?:\s+|\s*-\s*)(?P<fd>{alt(lists["fractions"])})\b)
"""
    simple = rf"""
        (?P<dig>
            (?:{money}
                (?P<cur>(?<![\w$€£¥])(?:{cur_sym})|(?<![\w])(?:{cur_code}))\s?)?
            (?(cur)|(?<![\w.,]))(?P<neg>[-−](?=[.\d]))?
            (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
            (?P<mult>{scaled}
                (?:\s*-?\s*(?P<ms>(?:{scale})(?:\s+(?:{scale}))*){s}?\b
                |(?P<mg>{alt(lists["glued"])})(?![{letters}0-9])
                |\s?(?P<mp>{alt(lists["spaced"])})\b))?
            (?P<pct>{percent_sign}\s?(?:{alt(lists["percent"])})(?![{letters}]))?
        )
      | (?P<words>\b(?:{an}\s+(?=(?:{scale}|{dozen})\b))?(?:{word})
            (?:(?:\s*-\s*|\s+{and_}\s+|\s+)(?:{word})\b)*\b)
        """
    return fancy, simple


def suffixes(
    units: Iterable[str], currencies: Iterable[str], lowered: bool = False
) -> tuple[str, str]:
    """The patterns of a unit and of a currency word right after a number: compiled with
    IGNORECASE, or with ``lowered`` for the text lower-cased (see the module docstring)."""
    units = list(units)
    unit_alt = trie((k for k in units if len(k) > 1 or not k.isalpha()), lowered=lowered)
    unit_one = trie((k for k in units if len(k) == 1 and k.isalpha()), lowered=lowered)
    letters = ascii_letters(lowered)
    unit = rf"(?:\s?-?\s?(?P<u>{unit_alt})|(?P<u1>{unit_one}))(?![{letters}0-9])"
    return unit, rf"\s(?P<c>{trie(currencies, lowered=lowered)})\b"


def qualifier_before(qualifiers: str) -> str:
    """A qualifier ("more than", "about") and maybe "of" that end a window (before a number):
    for the text lower-cased (``qualifiers`` a trie built with ``lowered``), else compiled with
    IGNORECASE."""
    return rf"(?<![\w])(?P<q>{qualifiers})\s+(?:of\s+)?$"

"""PLACEHOLDER find_numbers: plain digit groups only; replaced by the count-claims issue."""

from __future__ import annotations

import re

from crosscheck.lexicon import Lexicon
from crosscheck.model import NumberMention

_DIGITS = re.compile(r"\d[\d,]*")


def find_numbers(text: str, lexicon: Lexicon | None = None) -> list[NumberMention]:
    out = []
    for m in _DIGITS.finditer(text):
        value = float(m.group().replace(",", "").strip(",") or 0)
        out.append(NumberMention(m.start(), m.end(), m.group(), value, value))
    return out

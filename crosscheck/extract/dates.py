"""PLACEHOLDER find_dates: finds nothing yet; replaced by the dated-claims issue."""

from __future__ import annotations

from datetime import date

from crosscheck.lexicon import Lexicon
from crosscheck.model import DateMention


def find_dates(
    text: str, reference: date | None = None, lexicon: Lexicon | None = None
) -> list[DateMention]:
    return []

"""Classify stage: mentions in one document → typed claims (category, subject, scope, attribution).

PLACEHOLDER: every number becomes an other_count claim; replaced by the count-claims issue.
"""

from __future__ import annotations

from datetime import date

from crosscheck.extract.numbers import find_numbers
from crosscheck.lexicon import Lexicon
from crosscheck.model import Claim, Document


def extract_claims(
    doc: Document, *, reference: date | None, lexicon: Lexicon
) -> tuple[Claim, ...]:
    return tuple(
        Claim(
            id=f"{doc.id}:{m.start}", doc=doc.id, kind="count", category="other_count",
            quote=m.text, start=m.start, end=m.end, value_text=m.text, value_start=m.start,
            value_end=m.end, subject="", scope=None, attribution=None, value=m.value,
        )
        for m in find_numbers(doc.text, lexicon)
    )

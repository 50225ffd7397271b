"""One made-up text through the classify stage, for the ``test_classify*`` tables."""

from __future__ import annotations

from datetime import date

from crosscheck.classify import extract_claims
from crosscheck.lexicon import default_lexicon
from crosscheck.model import Claim, Document


def claims_of(
    text: str, reference: date | None = None, title: str | None = None, doc_id: str = "t.txt"
) -> tuple[Claim, ...]:
    """The claims of one document holding ``text``."""
    doc = Document(id=doc_id, path=doc_id, text=text, title=title)
    return extract_claims(doc, reference=reference, lexicon=default_lexicon())


def count_of(text: str, value: str, reference: date | None = None) -> Claim | None:
    """The count claim whose value text is ``value``, if any (never more than one)."""
    found = [c for c in claims_of(text, reference) if c.kind == "count" and c.value_text == value]
    assert len(found) <= 1, found
    return found[0] if found else None

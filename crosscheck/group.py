"""PLACEHOLDER grouping: every claim alone; replaced by the grouping issue."""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.lexicon import Lexicon
from crosscheck.model import Claim


def group_claims(claims: Sequence[Claim], *, lexicon: Lexicon) -> list[tuple[Claim, ...]]:
    return [(c,) for c in claims]

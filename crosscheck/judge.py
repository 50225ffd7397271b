"""PLACEHOLDER judging: every group single; replaced by the grouping issue."""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.model import Claim, Document, Group


def judge_groups(
    clusters: Sequence[tuple[Claim, ...]], *, documents: Sequence[Document], tolerance: float
) -> tuple[Group, ...]:
    return tuple(
        Group(
            id=f"g{i + 1}", kind=c[0].kind, category=c[0].category, subject=c[0].subject,
            scope=c[0].scope, claims=tuple(x.id for x in c), docs=tuple(sorted({x.doc for x in c})),
            verdict="single", consensus=c[0].value, explanation="",
        )
        for i, c in enumerate(clusters)
    )

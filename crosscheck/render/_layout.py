"""What the human-readable renderers (table, Markdown) show, independent of how they draw it."""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.model import Claim, Document, Group, Report, Summary
from crosscheck.render.text import clean, shorten

QUOTE_WIDTH = 72
MAX_ROWS = 100
"""Rows a human-readable section shows before it says how many more there are (JSON has all).

Contradictions are never cut, and unreadable documents are always listed."""

SECTIONS = (
    ("contradict", "Contradictions"),
    ("agree", "Agreements"),
)


class Line:
    """One source's words in a group, cleaned of control characters (markup NOT escaped).

    (A plain class: a dataclass costs start-up time to generate.)"""

    __slots__ = ("category", "doc", "quote", "says", "source", "subject")

    def __init__(
        self, *, doc: str, says: str, quote: str, source: str, category: str, subject: str
    ) -> None:
        self.doc = doc
        self.says = says
        self.quote = quote
        self.source = source
        self.category = category
        self.subject = subject


def documents_shown(report: Report, limit: int | None) -> tuple[list[Document], int]:
    """The first ``limit`` documents, plus every unreadable one, and how many are left out."""
    docs = list(report.documents)
    if limit is None or len(docs) <= limit:
        return docs, 0
    shown = docs[:limit] + [d for d in docs[limit:] if d.error is not None]
    return shown, len(docs) - len(shown)


def groups_shown(report: Report, verdict: str, limit: int | None) -> tuple[list[Group], int]:
    """The groups of a verdict, at most ``limit`` of them unless they contradict."""
    groups = groups_with(report, verdict)
    if limit is None or verdict == "contradict" or len(groups) <= limit:
        return groups, 0
    return groups[:limit], len(groups) - limit


def more(hidden: int, what: str) -> str:
    return f"… and {hidden} more {what} (--format json lists them all)"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def summary_line(summary: Summary) -> str:
    return (
        f"{plural(summary.documents, 'document')} · {plural(summary.claims, 'claim')} · "
        f"{plural(summary.groups, 'group')}: "
        f"{plural(summary.contradictions, 'contradiction')}, "
        f"{plural(summary.agreements, 'agreement')}, "
        f"{summary.single_source} single-source"
    )


def published(doc: Document) -> str:
    if doc.published is None:
        return "unknown"
    source = f" ({doc.published_from})" if doc.published_from else ""
    return f"{doc.published.isoformat()}{source}"


def note(doc: Document) -> str:
    if doc.error is not None:
        return clean(f"error: {doc.error}")
    return clean("; ".join(doc.warnings))


def heading(group: Group) -> str:
    scope = f" ({group.scope})" if group.scope else ""
    return clean(f"{group.category}: {group.subject}{scope}")


def short_quote(claim: Claim, width: int = QUOTE_WIDTH) -> str:
    """The claim's quote on one line, cut around the words that carry the value."""
    before = clean(claim.quote[: max(0, claim.value_start - claim.start)])
    return shorten(clean(claim.quote), width, centre=len(before) + len(claim.value_text) // 2)


def line(claim: Claim) -> Line:
    return Line(
        doc=clean(claim.doc),
        says=clean(claim.value_text),
        quote=short_quote(claim),
        source=clean(claim.attribution),
        category=clean(claim.category),
        subject=clean(claim.subject),
    )


def claims_by_id(report: Report) -> dict[str, Claim]:
    return {claim.id: claim for claim in report.claims}


def lines(by_id: dict[str, Claim], group: Group) -> list[Line]:
    """The lines of a group's claims; ``by_id`` is :func:`claims_by_id` of its report."""
    return [line(by_id[c]) for c in group.claims if c in by_id]


def groups_with(report: Report, verdict: str) -> list[Group]:
    return [g for g in report.groups if g.verdict == verdict]


def event_title(report: Report) -> str:
    return f"Event: {clean(report.event) or '(top level)'}"


def is_batch(reports: Sequence[Report]) -> bool:
    return any(r.event is not None for r in reports)

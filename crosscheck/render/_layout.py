"""What the human-readable renderers (table, Markdown) show, independent of how they draw it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.model import Claim, Document, Group, Report, Summary
from crosscheck.render.text import clean, shorten

QUOTE_WIDTH = 72

SECTIONS = (
    ("contradict", "Contradictions"),
    ("agree", "Agreements"),
)


@dataclass(frozen=True, slots=True)
class Line:
    """One source's words in a group, cleaned of control characters (markup NOT escaped)."""

    doc: str
    says: str
    quote: str
    source: str
    category: str
    subject: str


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


def lines(report: Report, group: Group) -> list[Line]:
    by_id = {claim.id: claim for claim in report.claims}
    return [line(by_id[c]) for c in group.claims if c in by_id]


def groups_with(report: Report, verdict: str) -> list[Group]:
    return [g for g in report.groups if g.verdict == verdict]


def event_title(report: Report) -> str:
    return f"Event: {clean(report.event) or '(top level)'}"


def is_batch(reports: Sequence[Report]) -> bool:
    return any(r.event is not None for r in reports)

"""Running figures within one report: the figure a document ends on, and those it superseded.

A live blog or a story that follows a toll gives several figures for one quantity: "14:05 — nine
wounded", then "16:20 — Eleven people are being treated". Within one document, time orders them:
the entry's time stamp when the document has stamped entries (a live blog may run newest first),
then words that date a figure in its clause (the "64" of "71, up from 64 on Sunday night" is the
earlier one; "now", "has risen to" mark the current one), then the order of the text. The last
figure is the document's own; an earlier figure that disagrees with it is *superseded* — an update
by the same source, not a second opinion — when time says so: an earlier stamp, a word that dates
it earlier, or an earlier place in the text before a figure marked current ("now"). Text order
alone does not (a headline's round figure, the police's and the organisers' crowd).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from crosscheck._cache import regex
from crosscheck.compare import counts_agree
from crosscheck.judge._wording import middle
from crosscheck.lexicon import Lexicon
from crosscheck.model import Claim, CountValue

__all__ = ["Update", "describe", "latest_figures"]

_STAMP = regex(r"^[ \t]*(?:updated[ \t]+)?([01]?\d|2[0-3])[:.]([0-5]\d)\b", re.I | re.M)
_BEFORE = 24
"""Characters before a figure searched for a word that marks it as the earlier one ("up from")."""


class Update:
    """A document's figures for one quantity that changed: earlier ones, then the one it ends on.

    (A plain class: a dataclass costs start-up time to generate.)"""

    __slots__ = ("doc", "earlier", "latest")

    def __init__(self, doc: str, earlier: tuple[Claim, ...], latest: Claim) -> None:
        self.doc = doc
        self.earlier = earlier
        self.latest = latest


@lru_cache(maxsize=64)
def _stamps(text: str) -> tuple[tuple[int, int], ...]:
    """(offset, minutes) of each time-stamped entry, when the document has two or more."""
    found = tuple(
        (m.start(), int(m.group(1)) * 60 + int(m.group(2))) for m in _STAMP.finditer(text)
    )
    return found if len(found) > 1 else ()


def _stamp(claim: Claim, text: str) -> int:
    minutes = -1
    for offset, value in _stamps(text):
        if offset > claim.start:
            break
        minutes = value
    return minutes


@lru_cache(maxsize=16)
def _patterns(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    cues = lexicon["entities"].get("cues", {})

    def words(key: str) -> str | None:
        """The cue phrases under ``key`` as one pattern's text (longest first), or ``None``."""
        phrases = sorted({str(w).lower() for w in cues.get(key, [])}, key=lambda p: (-len(p), p))
        if not phrases:
            return None
        body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
        return rf"\b(?:{body})\b"

    earlier, update = words("earlier_figure"), words("update")
    return (
        # the marker ends at most two words before the figure
        None if earlier is None else regex(rf"{earlier}(?:\s+[^\s\d]+){{0,2}}\s*$", re.I),
        None if update is None else regex(update, re.I),
    )


def _cue(claim: Claim, lexicon: Lexicon) -> int:
    """-1 for a figure its clause dates earlier ("up from 64"), 1 for a current one ("now")."""
    earlier, update = _patterns(lexicon)
    cut = max(0, claim.value_start - claim.start)
    before = claim.quote[max(0, cut - _BEFORE) : cut]
    if earlier is not None and earlier.search(before):
        return -1
    return 1 if update is not None and update.search(claim.quote) else 0


def latest_figures(
    claims: Sequence[Claim], *, texts: Mapping[str, str], lexicon: Lexicon, tolerance: float
) -> tuple[list[Claim], list[Update]]:
    """The claims a group is judged on (superseded figures set aside), and each update."""
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.doc, []).append(c)
    kept: list[Claim] = []
    updates: list[Update] = []
    for doc in sorted(by_doc):
        own = by_doc[doc]
        if len(own) < 2 or not all(isinstance(c.value, CountValue) for c in own):
            kept.extend(own)
            continue
        text = texts.get(doc, "")
        rank = {c.id: (_stamp(c, text), _cue(c, lexicon), c.start, c.id) for c in own}
        last = max(own, key=lambda c: rank[c.id])
        assert isinstance(last.value, CountValue)
        earlier = []
        stamp, now, start, _ = rank[last.id]
        for c in own:
            when, cue, _, _ = rank[c.id]
            before = when < stamp or cue < 0 or (when == stamp and c.start < start and now > 0)
            assert isinstance(c.value, CountValue)
            if c is not last and before and not counts_agree([c.value, last.value], tolerance):
                earlier.append(c)
            else:
                kept.append(c)
        if earlier:
            updates.append(Update(doc, tuple(earlier), last))
    return kept, updates


def _text(claim: Claim) -> str:
    return " ".join(claim.value_text.split()) or "?"


def describe(updates: Sequence[Update], labels: Mapping[str, str], *, running: bool) -> str:
    """One sentence per update: "2 raised its figure from nine to Eleven: it updated itself."."""
    out = []
    for update in updates:
        label = labels.get(update.doc, update.doc)
        figures = ", ".join(dict.fromkeys(_text(c) for c in update.earlier))
        latest = _text(update.latest)
        if not running:
            out.append(f"{label} also gives {figures} as an earlier figure, before {latest}.")
            continue
        now = middle(update.latest.value)
        higher = all(middle(c.value) < now for c in update.earlier)
        lower = all(middle(c.value) > now for c in update.earlier)
        verb = "raised" if higher else "lowered" if lower else "revised"
        out.append(
            f"{label} {verb} its figure from {figures} to {latest}: the report updated itself, "
            f"and {latest} is its latest figure."
        )
    return " ".join(out)

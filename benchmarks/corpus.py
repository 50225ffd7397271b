"""Benchmark corpora, written on the fly into a folder, the same bytes on every run.

* ``seeds``: a copy of ``seeds/``.
* ``distinct``: distinct news text from the peer suites: each TempEval-3 platinum article in its
  own file (publication date in an ``X.meta.json`` sidecar, or as ``--published`` options), and
  the NewsQuant sentences in files of ten, one sentence a line. No text is repeated.
* ``batch``: many documents made by mixing the distinct sentences across documents and events,
  with their digits redrawn, in one sub-folder per event (for ``--by-folder``). Each document
  opens with a dateline. The first *n* documents of a batch are the same whatever its size, so
  batches of 2,500 / 5,000 / 10,000 documents nest.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from suites import ROOT, cases

SEEDS = ROOT / "seeds"
NEWSQUANT_PER_FILE = 10
DOCS_PER_EVENT = 100

_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“(])")
_DIGITS = re.compile(r"\d+")
_YEARISH = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Corpus:
    """A folder of documents and what the benchmark needs to know about it."""

    name: str
    path: Path
    documents: int
    text_bytes: int
    """UTF-8 bytes of the documents' text (sidecars not included)."""
    published: dict[str, str] = field(default_factory=dict)
    """Document path relative to ``path`` → ISO publication date, where known."""

    @property
    def kilobytes(self) -> float:
        return self.text_bytes / 1000

    def published_options(self) -> list[str]:
        """``--published FILE=DATE`` options for the command line (FILE as a full path)."""
        out: list[str] = []
        for rel, day in sorted(self.published.items()):
            out += ["--published", f"{self.path / rel}={day}"]
        return out


def _write(path: Path, text: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def seeds(dest: Path) -> Corpus:
    """A copy of the seed articles."""
    total = 0
    count = 0
    for src in sorted(SEEDS.glob("*.txt")):
        total += _write(dest / src.name, src.read_text("utf-8"))
        count += 1
    return Corpus("seeds", dest, count, total)


def _tempeval() -> Iterator[tuple[str, str, str]]:
    """(file stem, text, reference date) of each TempEval-3 platinum article."""
    for case in cases("tempeval3-platinum"):
        stem = str(case["id"]).rsplit("/", 1)[-1]
        yield stem, str(case["text"]), str(case["reference_date"])


def _newsquant() -> list[str]:
    return [" ".join(str(case["text"]).split()) for case in cases("newsquant-cqe")]


def distinct(dest: Path, *, sidecars: bool = True) -> Corpus:
    """TempEval-3 articles one a file plus NewsQuant sentences ten a file; nothing repeated."""
    total = 0
    count = 0
    published: dict[str, str] = {}
    for stem, text, day in _tempeval():
        name = f"te3_{stem}.txt"
        total += _write(dest / name, text)
        count += 1
        published[name] = day
        if sidecars:
            _write(dest / f"te3_{stem}.meta.json", json.dumps({"published": day}) + "\n")
    sentences = _newsquant()
    for i in range(0, len(sentences), NEWSQUANT_PER_FILE):
        chunk = sentences[i : i + NEWSQUANT_PER_FILE]
        total += _write(dest / f"nq_{i // NEWSQUANT_PER_FILE:03d}.txt", "\n".join(chunk) + "\n")
        count += 1
    return Corpus("distinct", dest, count, total, published)


def _split_sentences(text: str) -> list[str]:
    out: list[str] = []
    for para in text.splitlines():
        out += [s.strip() for s in _SENTENCE_END.split(para) if len(s.strip()) > 20]
    return out


def _pools() -> list[list[str]]:
    """Sentences grouped by source: each TempEval article, each NewsQuant block of ten."""
    pools = [_split_sentences(text) for _, text, _ in _tempeval()]
    nq = _newsquant()
    pools += [nq[i : i + NEWSQUANT_PER_FILE] for i in range(0, len(nq), NEWSQUANT_PER_FILE)]
    return [pool for pool in pools if pool]


def _redraw_digits(sentence: str, rng: random.Random) -> str:
    """New digits of the same length (years left alone), so no sentence repeats exactly."""

    def swap(m: re.Match[str]) -> str:
        digits = m.group()
        if _YEARISH.fullmatch(digits):
            return digits
        first = str(rng.randint(1, 9)) if digits[0] != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    return _DIGITS.sub(swap, sentence)


def _dateline(day: date, rng: random.Random) -> str:
    return f"{day:%a, %d %b %Y} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} GMT"


def batch_document(index: int, pools: list[list[str]], *, seed: int = 0) -> tuple[str, str]:
    """(relative path, text) of document ``index`` of a mixed batch: a pure function of both."""
    event = index // DOCS_PER_EVENT
    erng = random.Random(f"event-{seed}-{event}")
    core = erng.sample(range(len(pools)), 3)
    day0 = date(2013, 1, 1) + timedelta(days=erng.randrange(0, 2000))
    rng = random.Random(f"doc-{seed}-{index}")
    lines = [_dateline(day0 + timedelta(days=rng.randrange(0, 3)), rng)]
    for _ in range(rng.randint(4, 20)):
        pool = pools[rng.choice(core)] if rng.random() < 0.7 else rng.choice(pools)
        lines.append(_redraw_digits(rng.choice(pool), rng))
    return f"e{event:03d}/d{index:05d}.txt", "\n".join(lines) + "\n"


def batch(dest: Path, size: int, *, seed: int = 0) -> Corpus:
    """``size`` mixed documents in sub-folders of :data:`DOCS_PER_EVENT` (one per event)."""
    pools = _pools()
    total = 0
    for index in range(size):
        rel, text = batch_document(index, pools, seed=seed)
        total += _write(dest / rel, text)
    return Corpus(f"batch-{size}", dest, size, total)


def tiny(dest: Path) -> Corpus:
    """One short document: the fixed cost of a ``report`` run (start-up, imports, output)."""
    size = _write(dest / "tiny.txt", "Officials said 12 people were hurt on Monday.\n")
    return Corpus("tiny", dest, 1, size)

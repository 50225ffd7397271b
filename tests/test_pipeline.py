"""The driver: parallel extraction equals serial extraction; events never share groups."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from crosscheck import pipeline
from crosscheck.model import DateValue, Document
from crosscheck.pipeline import check, check_events, events_of

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _pool_for_any_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' batches are small: let ``jobs`` start a pool all the same."""
    monkeypatch.setattr(pipeline, "POOL_MIN_CHARS", 0)


def test_parallel_extraction_equals_serial() -> None:
    serial = check([ROOT / "seeds"], jobs=1)
    parallel = check([ROOT / "seeds"], jobs=2)
    assert parallel == serial
    assert serial.claims, "the seeds hold claims"


def test_progress_is_called_once_per_readable_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Three people were killed.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")  # empty: an error, no extraction
    (tmp_path / "c.txt").write_text("Five people were injured.", encoding="utf-8")
    ticks: list[int] = []
    report = check([tmp_path], progress=ticks.append)
    assert ticks == [1, 1]
    assert [doc.error for doc in report.documents] == [None, "empty file", None]


def test_events_of_splits_on_the_first_folder() -> None:
    docs = [
        Document(id=i, path=i) for i in ("quake/a.txt", "flood/b.txt", "top.txt", "quake/sub/c.txt")
    ]
    assert [(name, [d.id for d in ds]) for name, ds in events_of(docs)] == [
        ("", ["top.txt"]),
        ("flood", ["flood/b.txt"]),
        ("quake", ["quake/a.txt", "quake/sub/c.txt"]),
    ]


def test_claims_are_never_grouped_across_events(tmp_path: Path) -> None:
    for event in ("first", "second"):
        (tmp_path / event).mkdir()
        for seed in sorted((ROOT / "seeds").iterdir())[:2]:
            shutil.copy(seed, tmp_path / event / seed.name)
    reports = check_events([tmp_path])
    assert [r.event for r in reports] == ["first", "second"]
    for report in reports:
        prefix = f"{report.event}/"
        assert all(doc.startswith(prefix) for g in report.groups for doc in g.docs)
        assert all(c.doc.startswith(prefix) for c in report.claims)


def test_datelines_found_in_workers_equal_datelines_found_while_loading(tmp_path: Path) -> None:
    header = "Floods kill dozens in the north\nMonday, 11 March 2019 10:23 GMT\n\n"
    body = "The earthquake struck yesterday and killed 12 people, officials said."
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(header + body + "\n", encoding="utf-8")
    (tmp_path / "c.meta.json").write_text('{"published": "2019-03-12"}', encoding="utf-8")
    serial, parallel = check([tmp_path], jobs=1), check([tmp_path], jobs=2)
    assert parallel == serial
    dated = [(doc.published, doc.published_from) for doc in serial.documents]
    assert dated == [(date(2019, 3, 11), "dateline")] * 2 + [(date(2019, 3, 12), "metadata")]
    days = [(c.doc, c.value.day) for c in serial.claims if isinstance(c.value, DateValue)]
    assert days == [("a.txt", 10), ("b.txt", 10), ("c.txt", 11)], "'yesterday' anchored on each"


def test_small_batches_skip_the_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    monkeypatch.setattr(pipeline, "POOL_MIN_CHARS", 10**9)
    assert check([ROOT / "seeds"], jobs=2).claims
    monkeypatch.setattr(pipeline, "POOL_MIN_CHARS", 0)
    with pytest.raises(AssertionError, match="a pool was started"):
        check([ROOT / "seeds"], jobs=2)


def test_a_capitalised_stop_word_in_a_subject_does_not_crash(tmp_path: Path) -> None:
    # found by the no-crash property: "At" is read as a name but is no subject word
    (tmp_path / "a.txt").write_text("0/At least 41 people were killed", encoding="utf-8")
    report = check([tmp_path])
    assert any(c.value_text == "At least 41" for c in report.claims)

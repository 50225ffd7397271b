"""Renderers on hand-built reports: the JSON contract's values, escaping, fixed layout."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.model import Claim, CountValue, DateValue, Document, Group, Report
from crosscheck.render import render
from crosscheck.render.json import dumps, events_to_dict, render_json, render_jsonl, to_dict
from crosscheck.render.markdown import escape as md_escape
from crosscheck.render.markdown import render_markdown
from crosscheck.render.table import render_table
from crosscheck.render.text import clean, shorten

HOSTILE = "[bold red]Flood\x1b[2J\x1b]0;pwned\x07 waters\x1b[31m rose | *fast* \u202eevil"
TEXT_A = "Officials said 41 people were killed in the floods on Sunday."
TEXT_B = f"{HOSTILE}. Rescuers said 120 people were killed, police said."


def _count(doc: str, text: str, words: str, low: float | None, high: float | None) -> Claim:
    start = text.index(words)
    return Claim(
        id=f"{doc}:{start}",
        doc=doc,
        kind="count",
        category="killed",
        quote=text,
        start=0,
        end=len(text),
        value_text=words,
        value_start=start,
        value_end=start + len(words),
        subject="people",
        scope=None,
        attribution="officials",
        value=CountValue(low, high, approximate=False),
    )


def _report(event: str | None = None) -> Report:
    docs = (
        Document(
            id="a.txt",
            path="in/a.txt",
            text=TEXT_A,
            published=date(2019, 3, 11),
            published_from="dateline",
            outlet="Wire",
        ),
        Document(id="b.txt", path="in/b.txt", text=TEXT_B, title=HOSTILE, outlet=HOSTILE),
        Document(id="c.bin", path="in/c.bin", error="binary file, not text"),
    )
    killed_a = _count("a.txt", TEXT_A, "41", 41.0, 41.0)
    killed_b = _count("b.txt", TEXT_B, "120", 120.0, 120.0)
    sunday = Claim(
        id="a.txt:51",
        doc="a.txt",
        kind="date",
        category="event_date",
        quote=TEXT_A,
        start=0,
        end=len(TEXT_A),
        value_text="on Sunday",
        value_start=51,
        value_end=60,
        subject="floods",
        scope=None,
        attribution=None,
        value=DateValue(2019, 3, 10, 6, date(2019, 3, 10), date(2019, 3, 10)),
    )
    fraction = Claim(
        id="b.txt:0",
        doc="b.txt",
        kind="count",
        category="other_count",
        quote=TEXT_B,
        start=0,
        end=len(TEXT_B),
        value_text=HOSTILE,
        value_start=0,
        value_end=len(HOSTILE),
        subject=HOSTILE,
        scope="last week",
        attribution=HOSTILE,
        value=CountValue(0.333, 0.334, unit="fraction"),
    )
    groups = (
        Group(
            id="g1",
            kind="count",
            category="killed",
            subject="people",
            scope=None,
            claims=(killed_a.id, killed_b.id),
            docs=("a.txt", "b.txt"),
            verdict="contradict",
            consensus=None,
            explanation=f"a.txt: 41; b.txt: 120 {HOSTILE} — incompatible.",
        ),
        Group(
            id="g2",
            kind="date",
            category="event_date",
            subject="floods",
            scope=None,
            claims=(sunday.id,),
            docs=("a.txt",),
            verdict="single",
            consensus=sunday.value,
            explanation="Only a.txt.",
        ),
        Group(
            id="g3",
            kind="count",
            category="other_count",
            subject=HOSTILE,
            scope="last week",
            claims=(fraction.id,),
            docs=("b.txt",),
            verdict="single",
            consensus=fraction.value,
            explanation="",
        ),
    )
    return Report(
        documents=docs, claims=(killed_a, sunday, killed_b, fraction), groups=groups, event=event
    )


def test_count_values_write_integral_floats_as_ints_and_keep_fractions() -> None:
    claims = to_dict(_report())["claims"]
    assert claims[0]["value"] == {"low": 41, "high": 41, "approximate": False, "unit": None}
    assert isinstance(claims[0]["value"]["low"], int)
    assert claims[3]["value"] == {
        "low": 0.333,
        "high": 0.334,
        "approximate": False,
        "unit": "fraction",
    }


def test_date_values_write_weekday_names_and_iso_bounds() -> None:
    value = to_dict(_report())["claims"][1]["value"]
    assert value == {
        "year": 2019,
        "month": 3,
        "day": 10,
        "weekday": "Sunday",
        "earliest": "2019-03-10",
        "latest": "2019-03-10",
    }


def test_documents_count_their_claims_and_keep_errors() -> None:
    docs = to_dict(_report())["documents"]
    assert [(d["id"], d["claims"], d["error"]) for d in docs] == [
        ("a.txt", 2, None),
        ("b.txt", 2, None),
        ("c.bin", 0, "binary file, not text"),
    ]
    assert docs[0]["published"] == "2019-03-11"
    assert docs[0]["published_from"] == "dateline"
    assert docs[1]["published"] is None


def test_summary_and_top_level_keys_follow_the_contract() -> None:
    data = to_dict(_report())
    assert list(data) == ["schema", "event", "documents", "claims", "groups", "summary"]
    assert data["schema"] == "crosscheck.report/1"
    assert data["summary"] == {
        "documents": 3,
        "claims": 4,
        "groups": 3,
        "agreements": 0,
        "contradictions": 1,
        "single_source": 2,
    }


def test_events_object_adds_up_the_summaries() -> None:
    data = events_to_dict([_report("a"), _report("b")])
    assert [e["event"] for e in data["events"]] == ["a", "b"]
    assert data["summary"]["claims"] == 8
    assert data["summary"]["contradictions"] == 2


def test_json_keeps_non_ascii_and_ends_with_one_newline() -> None:
    text = render_json(_report())
    assert "\u202e" in text  # JSON carries the article's text exactly, as data
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert json.loads(text) == to_dict(_report())


def test_jsonl_is_one_compact_object_per_report() -> None:
    lines = render_jsonl([_report("a"), _report("b")]).splitlines()
    assert [json.loads(line)["event"] for line in lines] == ["a", "b"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain", "plain"),
        ("clear\x1b[2Jscreen", "clearscreen"),
        ("red\x1b[1;31mtext\x1b[0m", "redtext"),
        ("title\x1b]0;owned\x07here", "titlehere"),
        ("link\x1b]8;;http://x\x1b\\here", "linkhere"),
        ("c1\x9b2Jcsi", "c1csi"),
        ("bell\x07tab\there", "bell tab here"),
        ("bidi \u202eoverride\u202c end", "bidi override end"),
        ("lines\r\nand\nmore", "lines and more"),
        ("lone escape at the end\x1b", "lone escape at the end"),
        (None, ""),
    ],
)
def test_clean_removes_escapes_and_control_characters(raw: str | None, expected: str) -> None:
    assert clean(raw) == expected


def test_shorten_keeps_the_centre_in_view() -> None:
    text = "x" * 50 + "VALUE" + "y" * 50
    short = shorten(text, 20, centre=52)
    assert "VALUE" in short and short.startswith("…") and short.endswith("…")
    assert shorten("short", 20) == "short"


def test_table_lists_sections_and_who_says_what() -> None:
    out = render_table(_report())
    assert (
        out.index("Documents")
        < out.index("Contradictions (1)")
        < out.index("Agreements (0)")
        < out.index("Single-source claims")
    )
    assert "killed: people" in out and "41" in out and "120" in out
    assert "2019-03-11 (dateline)" in out
    assert "error: binary file" in out
    assert out.rstrip().endswith(
        "3 documents · 4 claims · 3 groups: 1 contradiction, 0 agreements, 2 single-source"
    )


@pytest.mark.parametrize("color", [False, True])
def test_table_never_lets_article_text_restyle_or_move_the_terminal(color: bool) -> None:
    out = render_table(_report(), color=color)
    assert "[bold red]Flood" in out  # the markup is shown as text, not applied
    assert "\x1b[2J" not in out and "\x1b]" not in out and "\u202e" not in out
    assert "pwned" not in out  # the OSC payload went with its escape
    if not color:
        assert "\x1b" not in out


def test_table_has_a_fixed_width_when_not_a_terminal() -> None:
    out = render_table(_report())
    assert max(len(line) for line in out.splitlines()) <= 100
    assert render_table(_report(), width=60) != out


def test_table_shows_one_section_per_event() -> None:
    out = render_table([_report("quake"), _report("")])
    assert out.index("Event: quake") < out.index("Event: (top level)")
    assert "All events: 6 documents" in out


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a | b", "a \\| b"),
        ("*bold* _it_", "\\*bold\\* \\_it\\_"),
        ("[link](http://x) <script>", "\\[link\\](http://x) \\<script\\>"),
        ("`code` ~~s~~ $x$ &amp;", "\\`code\\` \\~\\~s\\~\\~ \\$x\\$ \\&amp;"),
        ("two\nlines", "two lines"),
    ],
)
def test_markdown_escape(raw: str, expected: str) -> None:
    assert md_escape(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("# h", "\\# h"), ("- l", "\\- l"), ("12. x", "12\\. x"), ("> q", "\\> q")],
)
def test_markdown_escape_at_line_start(raw: str, expected: str) -> None:
    assert md_escape(raw, line_start=True) == expected


def test_markdown_tables_keep_their_shape_whatever_the_article_says() -> None:
    out = render_markdown(_report())
    assert out.startswith("# crosscheck report\n")
    assert "## Contradictions (1)" in out and "### killed: people" in out
    for line in out.splitlines():
        if line.startswith("| "):
            cells = re.split(r"(?<!\\)\|", line)[1:-1]
            assert len(cells) in (4, 5), line
    assert "\x1b" not in out and "[bold red]" not in out and "\\[bold red\\]" in out


def test_markdown_has_one_section_per_event() -> None:
    out = render_markdown([_report("quake"), _report("flood")])
    assert "## Event: quake" in out and "## Event: flood" in out
    assert "### Documents" in out


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "jsonl"])
def test_render_is_deterministic(fmt: str) -> None:
    assert render([_report()], fmt) == render([_report()], fmt)


def test_render_rejects_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        render([_report()], "xml")


@pytest.mark.parametrize(("documents", "shown"), [(50, False), (51, True)])
def test_progress_bar_appears_only_past_the_threshold(documents: int, shown: bool) -> None:
    import io

    from rich.console import Console

    from crosscheck.render.progress import DocumentProgress

    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=80)
    with DocumentProgress(threshold=50, console=console) as progress:
        for _ in range(documents):
            progress(1)
    assert progress.done == documents
    assert bool(stream.getvalue()) is shown


def _long_report(n: int) -> Report:
    text = "Officials said 7 people were hurt."
    docs = [Document(id=f"d{i:03}.txt", path=f"d{i:03}.txt", text=text) for i in range(n)]
    docs.append(Document(id="zz.bin", path="zz.bin", error="binary file, not text"))
    claims = [
        Claim(
            id=f"{d.id}:15",
            doc=d.id,
            kind="count",
            category="wounded",
            quote=text,
            start=0,
            end=len(text),
            value_text="7",
            value_start=15,
            value_end=16,
            subject="people",
            scope=None,
            attribution=None,
            value=CountValue(7.0, 7.0),
        )
        for d in docs[:n]
    ]
    groups = [
        Group(
            id=f"g{i}",
            kind="count",
            category="wounded",
            subject="people",
            scope=None,
            claims=(c.id,),
            docs=(c.doc,),
            verdict="single" if i % 2 else "contradict",
            consensus=None,
            explanation=f"group {i}",
        )
        for i, c in enumerate(claims)
    ]
    return Report(documents=tuple(docs), claims=tuple(claims), groups=tuple(groups))


@pytest.mark.parametrize("renderer", [render_table, render_markdown])
def test_long_sections_are_cut_but_never_contradictions_or_unreadable_documents(
    renderer: Any,
) -> None:
    out = renderer(_long_report(300), max_rows=100)
    assert "and 200 more documents" in out
    assert "zz.bin" in out  # the unreadable document is listed past the cut
    assert "and 50 more single" in out  # 150 single-source claims, 100 shown
    assert out.count("group ") == 150  # the explanation of every contradiction
    full = renderer(_long_report(300), max_rows=None)
    assert "more documents" not in full and "d299.txt" in full


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@given(data=st.dictionaries(st.text(), _JSON_VALUES, max_size=5))
def test_indented_json_is_what_the_json_module_writes(data: dict[str, Any]) -> None:
    expected = json.dumps(data, ensure_ascii=False, indent=2, separators=(",", ": "))
    assert dumps(data) == expected
    assert dumps(data, indent=None) == json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def test_indented_json_leaves_other_types_to_the_json_module() -> None:
    assert dumps({"a": (1, 2)}) == '{\n  "a": [\n    1,\n    2\n  ]\n}'
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps({"when": date(2019, 3, 10)})

"""The command line through typer's runner: exit codes, exact error lines, formats, options."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner, Result

import crosscheck.pipeline
from crosscheck import __version__
from crosscheck.cli import app
from crosscheck.model import Claim, CountValue, Document, Group, Report

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = (
    "Rescue teams said on Monday that at least 40 people were killed when the river burst "
    "its banks, and 200 families were evacuated from the valley."
)


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "flood.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def contradiction(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make the pipeline return a report with one contradiction, whatever the stages find."""
    docs = (
        Document(id="a.txt", path="a.txt", text="12 dead"),
        Document(id="b.txt", path="b.txt", text="30 dead"),
    )
    claims = tuple(
        Claim(
            id=f"{d.id}:0",
            doc=d.id,
            kind="count",
            category="killed",
            quote=d.text,
            start=0,
            end=len(d.text),
            value_text=d.text[:2],
            value_start=0,
            value_end=2,
            subject="people",
            scope=None,
            attribution=None,
            value=CountValue(float(d.text[:2]), float(d.text[:2])),
        )
        for d in docs
    )
    group = Group(
        id="g1",
        kind="count",
        category="killed",
        subject="people",
        scope=None,
        claims=tuple(c.id for c in claims),
        docs=("a.txt", "b.txt"),
        verdict="contradict",
        consensus=None,
        explanation="a.txt: 12; b.txt: 30.",
    )
    report = Report(documents=docs, claims=claims, groups=(group,))
    monkeypatch.setattr(crosscheck.pipeline, "check", lambda paths, **options: report)
    yield


# --- help and version ---------------------------------------------------------------------------


def test_app_help_names_the_report_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: crosscheck")
    assert "report" in result.stdout and "--version" in result.stdout


def test_no_arguments_shows_the_help() -> None:
    result = run()
    assert result.exit_code == 0
    assert "Usage: crosscheck" in result.stdout


def test_every_command_and_option_has_help_text() -> None:
    group = typer.main.get_command(app)
    assert group.help
    commands = getattr(group, "commands", {})
    assert set(commands) == {"report"}
    for name, command in commands.items():
        assert command.help, name
        shown = run(name, "--help").stdout
        for param in command.params:
            assert getattr(param, "help", None), f"{name} {param.name} has no help"
            for flag in getattr(param, "opts", []):
                if flag.startswith("--"):
                    assert flag in shown, flag


def test_version() -> None:
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"crosscheck {__version__}\n")


def test_help_starts_fast() -> None:
    script = Path(sys.executable).parent / "crosscheck"
    best = min(_timed([str(script), "--help"]) for _ in range(3))
    assert best < 0.3


def _timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - start


def test_help_does_not_import_the_pipeline_or_rich() -> None:
    code = (
        "import sys; from crosscheck.cli import app; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('rich', 'dateparser', 'rapidfuzz') or m == 'crosscheck.pipeline'))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"


# --- exit codes and exact error lines ------------------------------------------------------------


def test_missing_path_is_one_error_line(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    result = run("report", missing)
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {missing}: no such file or folder\n"
    assert result.stdout == ""


def test_malformed_published_date(article: Path) -> None:
    result = run("report", str(article), "--published", f"{article}=2019-13-45")
    assert result.exit_code == 2
    assert result.stderr == (
        f"crosscheck: error: {article}: malformed date '2019-13-45' in --published "
        "(expected YYYY-MM-DD)\n"
    )


def test_published_without_a_date(article: Path) -> None:
    result = run("report", str(article), "--published", "2019-03-11")
    assert result.exit_code == 2
    assert result.stderr == ("crosscheck: error: --published expects FILE=DATE, got '2019-03-11'\n")


def test_malformed_reference_date(article: Path) -> None:
    result = run("report", str(article), "--reference-date", "yesterday")
    assert result.exit_code == 2
    assert result.stderr == (
        "crosscheck: error: malformed --reference-date 'yesterday' (expected YYYY-MM-DD)\n"
    )


def test_no_readable_document(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    result = run("report", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"crosscheck: error: {tmp_path}: no readable document"
    assert result.stderr.startswith(f"crosscheck: warning: {tmp_path / 'blob.txt'}: ")
    assert result.stdout == ""


def test_empty_folder_has_no_readable_document(tmp_path: Path) -> None:
    result = run("report", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {tmp_path}: no readable document\n"


def test_bad_config_is_one_error_line(article: Path, tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[numbers\n", encoding="utf-8")
    result = run("report", str(article), "--config", str(config))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"crosscheck: error: {config}: malformed config: ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report"], "Missing argument 'PATH'"),
        (["report", "x", "--nope"], "No such option: --nope"),
        (["report", "x", "--format", "xml"], "'xml' is not one of"),
        (["report", "x", "--jobs", "0"], "Invalid value for '--jobs'"),
        (["report", "x", "--tolerance", "-1"], "Invalid value for '--tolerance'"),
        (["frobnicate"], "No such command 'frobnicate'"),
    ],
)
def test_typer_usage_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("crosscheck: error: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "╭" not in result.stderr


def test_unreadable_documents_are_warned_about_and_listed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    result = run("report", str(tmp_path), "--format", "json", "--jobs", "1")
    assert result.exit_code == 0
    assert result.stderr.startswith(f"crosscheck: warning: {tmp_path / 'b.txt'}: ")
    docs = json.loads(result.stdout)["documents"]
    assert [(d["id"], d["error"] is None) for d in docs] == [("a.txt", True), ("b.txt", False)]
    quiet = run("report", str(tmp_path), "--format", "json", "--jobs", "1", "--quiet")
    assert quiet.stderr == "" and quiet.stdout == result.stdout


def test_fail_on_contradiction_exits_1(contradiction: None, article: Path) -> None:
    assert run("report", str(article), "--fail-on", "contradiction").exit_code == 1
    assert run("report", str(article), "--fail-on", "never").exit_code == 0
    assert run("report", str(article)).exit_code == 0


def test_fail_on_contradiction_exits_0_without_one(article: Path) -> None:
    result = run("report", str(article), "--fail-on", "contradiction", "--jobs", "1")
    contradictions = json.loads(run("report", str(article), "-f", "json").stdout)["summary"]
    assert result.exit_code == (1 if contradictions["contradictions"] else 0)


# --- formats, output, stdin, determinism ---------------------------------------------------------


def test_table_is_the_default_format() -> None:
    result = run("report", str(SEEDS), "--jobs", "1")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Documents")
    assert "001_63683042a51f30a2.txt" in result.stdout
    assert lines[-1].startswith("5 documents · ")
    assert max(len(line) for line in lines) <= 100


def test_json_format_follows_the_contract() -> None:
    data = json.loads(run("report", str(SEEDS), "--format", "json", "--jobs", "1").stdout)
    assert data["schema"] == "crosscheck.report/1"
    assert [d["id"] for d in data["documents"]] == sorted(p.name for p in SEEDS.iterdir())
    assert data["summary"]["claims"] == len(data["claims"])


def test_jsonl_format_is_one_line_per_report() -> None:
    out = run("report", str(SEEDS), "--format", "jsonl", "--jobs", "1").stdout
    assert out.count("\n") == 1
    assert json.loads(out)["summary"]["documents"] == 5


def test_markdown_format() -> None:
    out = run("report", str(SEEDS), "--format", "markdown", "--jobs", "1").stdout
    assert out.startswith("# crosscheck report\n")
    assert "## Documents" in out and "| id | outlet | published | claims | note |" in out


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "jsonl"])
def test_output_file_holds_exactly_what_stdout_would(fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"report.{fmt}"
    written = run("report", str(SEEDS), "-f", fmt, "-o", str(target), "--jobs", "1")
    assert (written.exit_code, written.stdout) == (0, "")
    printed = run("report", str(SEEDS), "-f", fmt, "--jobs", "1").stdout
    assert target.read_bytes() == printed.encode("utf-8")


def test_output_into_a_missing_folder_is_one_error_line(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "out.json"
    result = run("report", str(SEEDS), "-o", str(target), "--jobs", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"crosscheck: error: {target}: cannot write: ")


def test_stdin_is_one_document() -> None:
    result = run("report", "-", "--format", "json", stdin=ARTICLE)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["documents"]] == ["-"]
    assert all(c["doc"] == "-" for c in data["claims"])


def test_published_option_sets_the_date(article: Path) -> None:
    result = run("report", str(article), "-f", "json", "--published", f"{article}=2021-07-15")
    doc = json.loads(result.stdout)["documents"][0]
    assert (doc["published"], doc["published_from"]) == ("2021-07-15", "option")


@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
def test_same_input_same_bytes(fmt: str) -> None:
    first = run("report", str(SEEDS), "-f", fmt, "--jobs", "1").stdout_bytes
    assert run("report", str(SEEDS), "-f", fmt, "--jobs", "1").stdout_bytes == first


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_jobs_does_not_change_the_output(fmt: str) -> None:
    serial = run("report", str(SEEDS), "-f", fmt, "--jobs", "1")
    parallel = run("report", str(SEEDS), "-f", fmt, "--jobs", "2")
    assert parallel.exit_code == 0
    assert parallel.stdout_bytes == serial.stdout_bytes


def test_article_text_cannot_restyle_or_move_the_terminal(tmp_path: Path) -> None:
    hostile = tmp_path / "[bold red]wire\x1b[2J.txt"
    hostile.write_text(f"[bold red]\x1b[2J{ARTICLE}[/bold red]\x1b]0;owned\x07", "utf-8")
    result = run("report", str(tmp_path), "--jobs", "1")
    assert result.exit_code == 0
    assert "[bold red]wire" in result.stdout
    assert "\x1b" not in result.stdout and "owned" not in result.stdout


# --- multi-event batches -------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    quake = tmp_path / "corpus" / "quake"
    flood = tmp_path / "corpus" / "flood"
    quake.mkdir(parents=True)
    flood.mkdir()
    (quake / "a.txt").write_text(
        "The earthquake on Tuesday killed 85 people, officials said.", "utf-8"
    )
    (quake / "b.txt").write_text(
        "Officials said the earthquake killed 85 people and injured 300 on Tuesday.", "utf-8"
    )
    (flood / "a.txt").write_text("The flood killed 85 people on Tuesday, officials said.", "utf-8")
    (flood / "b.txt").write_text(
        "Officials said 12 people were killed in the flood on Tuesday.", "utf-8"
    )
    return tmp_path / "corpus"


def test_by_folder_json_has_one_object_per_event(corpus: Path) -> None:
    result = run("report", str(corpus), "--by-folder", "-f", "json", "--jobs", "1")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [e["event"] for e in data["events"]] == ["flood", "quake"]
    for event in data["events"]:
        ids = {d["id"] for d in event["documents"]}
        assert ids == {f"{event['event']}/a.txt", f"{event['event']}/b.txt"}
        assert {c["doc"] for c in event["claims"]} <= ids
        for group in event["groups"]:
            assert set(group["docs"]) <= ids  # never grouped across events
    assert data["summary"]["documents"] == 4
    assert data["summary"]["claims"] == sum(len(e["claims"]) for e in data["events"])


def test_by_folder_jsonl_is_one_report_per_event(corpus: Path) -> None:
    out = run("report", str(corpus), "--by-folder", "-f", "jsonl", "--jobs", "1").stdout
    assert [json.loads(line)["event"] for line in out.splitlines()] == ["flood", "quake"]


def test_by_folder_table_has_one_section_per_event(corpus: Path) -> None:
    out = run("report", str(corpus), "--by-folder", "--jobs", "1").stdout
    assert out.index("Event: flood") < out.index("Event: quake") < out.index("All events: ")


def test_by_folder_jobs_does_not_change_the_output(corpus: Path) -> None:
    serial = run("report", str(corpus), "--by-folder", "-f", "json", "--jobs", "1")
    assert (
        run("report", str(corpus), "--by-folder", "-f", "json", "--jobs", "2").stdout_bytes
        == serial.stdout_bytes
    )


def test_date_option_parsing_accepts_iso_datetimes() -> None:
    from crosscheck.cli import parse_date

    assert parse_date("2019-03-11T10:23:00+00:00") == date(2019, 3, 11)
    assert parse_date(" 2019-03-11 ") == date(2019, 3, 11)


def test_published_naming_no_document_is_a_warning(article: Path) -> None:
    result = run("report", str(article), "--published", "other.txt=2019-03-11", "-f", "json")
    assert result.exit_code == 0
    assert result.stderr == "crosscheck: warning: other.txt: --published names no input document\n"


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    for i in range(60):
        (tmp_path / f"{i:03}.txt").write_text(f"Officials said {i} people were hurt.", "utf-8")
    result = run("report", str(tmp_path), "-f", "json", "--jobs", "1")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert json.loads(result.stdout)["summary"]["documents"] == 60


# --- the fast path: plain report command lines are read without typer ----------------------------

_FAST_READS = [
    ["report", "a.txt"],
    ["report", "a.txt", "b", "-"],
    ["report", "corpus", "--format", "json", "--quiet", "--output", "o.json", "--jobs", "1"],
    ["report", "--format", "markdown", "corpus", "-q", "-o", "out.md", "-j", "2"],
    ["report", "corpus", "-f", "jsonl", "--by-folder"],
    ["report", "corpus", "--published", "a.txt=2019-03-11", "--published", "b.txt=2019-03-12"],
    ["report", "corpus", "--reference-date", "2019-03-11", "--fail-on", "contradiction"],
    ["report", "corpus", "--tolerance", "0.1", "--config", "extra.toml"],
    ["report", "corpus", "--tolerance", "2", "--fail-on", "never", "-f", "table"],
]


@pytest.mark.parametrize("argv", _FAST_READS, ids=" ".join)
def test_fast_path_reads_what_typer_reads(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import inspect

    import crosscheck.cli._app
    from crosscheck.cli._fast import report_options
    from crosscheck.cli._run import run_report

    seen: list[dict[str, object]] = []

    def capture(paths: list[str], **options: object) -> int:
        seen.append({"paths": list(paths), **options})
        return 0

    monkeypatch.setattr(crosscheck.cli._app, "run_report", capture)
    assert run(*argv).exit_code == 0
    defaults = {
        name: p.default
        for name, p in inspect.signature(run_report).parameters.items()
        if p.default is not inspect.Parameter.empty
    }
    fast = report_options(argv)
    assert fast is not None
    typer_read = {**seen[0], "published": seen[0]["published"] or None}
    assert {**defaults, **fast} == typer_read
    assert {k: type(v) for k, v in {**defaults, **fast}.items()} == {
        k: type(v) for k, v in typer_read.items()
    }


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["--version"],
        ["report"],
        ["report", "--help"],
        ["report", "a.txt", "-h"],
        ["report", "a.txt", "--format=json"],
        ["report", "a.txt", "-fjson"],
        ["report", "a.txt", "--format", "JSON"],
        ["report", "a.txt", "--format"],
        ["report", "a.txt", "--format", "json", "-f", "table"],
        ["report", "a.txt", "--jobs", "0"],
        ["report", "a.txt", "--jobs", "two"],
        ["report", "a.txt", "--tolerance", "-1"],
        ["report", "a.txt", "--tolerance", "1e-1"],
        ["report", "a.txt", "--output", "-x"],
        ["report", "a.txt", "--no-by-folder"],
        ["report", "a.txt", "--", "-b.txt"],
        ["report", "a.txt", "--colour"],
        ["other", "a.txt"],
    ],
    ids=lambda argv: " ".join(argv) or "(nothing)",
)
def test_fast_path_leaves_everything_else_to_typer(argv: list[str]) -> None:
    from crosscheck.cli._fast import report_options

    assert report_options(argv) is None


def test_fast_path_report_runs_without_typer(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    code = (
        "import sys; from crosscheck.cli import main\n"
        f"sys.argv = ['crosscheck', 'report', {str(article)!r}, '-f', 'json', '-o', {str(out)!r}]\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    print(exit.code, 'typer' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert (done.stdout, done.stderr) == ("0 False\n", "")
    assert out.read_text("utf-8") == run("report", str(article), "-f", "json").stdout


def test_fast_path_error_is_the_same_line(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    script = Path(sys.executable).parent / "crosscheck"
    done = subprocess.run([str(script), "report", missing], capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == run("report", missing).stderr

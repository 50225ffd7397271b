"""Which crosscheck the benchmark measures: the installed command, frozen at the start of a run.

Other work goes on in the same tree while a benchmark runs, so by default the package is copied
into the run's temporary folder (``cwd`` outside the repository): every measure of one run sees
the same code, whatever is edited meanwhile. The copy is installed as ``pip install .`` installs
it, not as the developer's editable install: a virtual environment of the run's own whose
``site-packages`` holds a plain path file naming the copy and the development environment's
``site-packages`` (for rapidfuzz, typer, …), and pip's ``crosscheck`` script. (The
editable install's import hook costs each start ~5 ms — importlib.util and pathlib — that a
user's install does not.)

Every install gets a start-up cache of its own in the run's folder (``CROSSCHECK_CACHE_DIR``,
see ``crosscheck/_cache.py``): the user's ``~/.cache`` is neither read nor written, and
``cold`` gives the same install with the cache off, as a first run ever is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

from suites import ROOT


@dataclass(frozen=True)
class Install:
    """How to start crosscheck: ``command`` (argv prefix) with ``env`` in ``cwd``."""

    python: Path
    command: tuple[str, ...]
    env: dict[str, str] | None = None
    cwd: Path | None = None
    source: str = "working tree"


def _command(python: Path) -> tuple[str, ...]:
    script = python.parent / "crosscheck"
    return (str(script),) if script.exists() else (str(python), "-m", "crosscheck")


def _revision() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "crosscheck")
    return f"{head}{' + uncommitted changes' if dirty else ''}"


def _env(work: Path, **extra: str) -> dict[str, str]:
    """The user's environment plus ``extra``, with the install's own start-up cache in ``work``."""
    return {**os.environ, **extra, "CROSSCHECK_CACHE_DIR": str(work / "start-cache")}


def live(python: Path, work: Path) -> Install:
    """The package as it is in the tree, run after run."""
    return Install(python, _command(python), env=_env(work), source=f"live tree at {_revision()}")


def snapshot(python: Path, work: Path) -> Install:
    """A copy of ``crosscheck/`` taken now, installed as a user's install is (module docstring).

    The copy is byte-compiled, as a pip install is: with PYTHONDONTWRITEBYTECODE set (as on
    some machines) every run would otherwise recompile the sources, ~40 ms no user pays.
    """
    target = work / "snapshot"
    shutil.copytree(
        ROOT / "crosscheck",
        target / "crosscheck",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    subprocess.run([str(python), "-m", "compileall", "-q", str(target)], check=True)
    venv = work / "venv"
    subprocess.run([str(python), "-m", "venv", "--without-pip", str(venv)], check=True)
    own = venv / "bin" / "python"
    site = _ask(own, "import sysconfig; print(sysconfig.get_path('purelib'))")
    deps = _ask(python, "import os, rapidfuzz; print(os.path.dirname(rapidfuzz.__path__[0]))")
    Path(site, "crosscheck-bench.pth").write_text(f"{target}\n{deps}\n", "utf-8")
    script = venv / "bin" / "crosscheck"  # pip's own console script, for this interpreter
    body = (python.parent / "crosscheck").read_text("utf-8").partition("\n")[2]
    script.write_text(f"#!{own}\n{body}", "utf-8")
    script.chmod(0o755)
    source = f"snapshot of {_revision()}, installed as pip installs it"
    return Install(own, (str(script),), env=_env(work), cwd=work, source=source)


def _ask(python: Path, code: str) -> str:
    """What ``python -c code`` prints."""
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def cold(install: Install) -> Install:
    """The same install with the start-up cache off: every run compiles its regexes afresh."""
    return replace(install, env={**(install.env or os.environ), "CROSSCHECK_CACHE_DIR": "off"})

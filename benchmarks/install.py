"""Which crosscheck the benchmark measures: the installed command, frozen at the start of a run.

Other work goes on in the same tree while a benchmark runs, so by default the package is copied
into the run's temporary folder and put first on ``PYTHONPATH`` (``cwd`` outside the repository):
every measure of one run sees the same code, whatever is edited meanwhile.

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
    """A copy of ``crosscheck/`` taken now, shadowing the editable install.

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
    env = _env(work, PYTHONPATH=str(target))
    return Install(python, _command(python), env=env, cwd=work, source=f"snapshot of {_revision()}")


def cold(install: Install) -> Install:
    """The same install with the start-up cache off: every run compiles its regexes afresh."""
    return replace(install, env={**(install.env or os.environ), "CROSSCHECK_CACHE_DIR": "off"})

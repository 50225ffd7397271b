"""Run one command as a subprocess and measure it: wall time, peak RSS, exit status.

Peak memory is read two ways. ``peak_mb`` is the ``ru_maxrss`` that ``os.wait4`` returns for this
very child: the largest resident set of the child or of any of its own waited-for children (so
with ``--jobs 2`` it is the biggest single process, not the sum). ``tree_peak_mb`` samples the
summed RSS of the child and all its descendants from ``/proc`` every few milliseconds: the memory
the whole run holds at once, approximate (a short spike between samples can be missed).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_SAMPLE_EVERY = 0.05


@dataclass(frozen=True)
class Run:
    """One measured subprocess run."""

    argv: tuple[str, ...]
    seconds: float
    peak_mb: float
    tree_peak_mb: float
    returncode: int
    stderr_tail: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    return children


def _tree_rss_bytes(root: int) -> int:
    children = _children_map()
    total = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm", "rb") as statm:
                total += int(statm.read().split()[1]) * _PAGE
        except (OSError, IndexError, ValueError):
            pass
        todo += children.get(pid, [])
    return total


class _Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.done = threading.Event()

    def run(self) -> None:
        if not Path("/proc").is_dir():
            return
        while not self.done.is_set():
            self.peak = max(self.peak, _tree_rss_bytes(self.pid))
            self.done.wait(_SAMPLE_EVERY)


def run(
    argv: Sequence[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdout_path: Path | None = None,
) -> Run:
    """Run ``argv`` to completion; stdout goes to ``stdout_path`` (or is dropped)."""
    out = stdout_path.open("wb") if stdout_path else None
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=out or subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    sampler = _Sampler(proc.pid)
    sampler.start()
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    sampler.done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    if out is not None:
        out.close()
    tail = stderr.decode("utf-8", "replace").strip().splitlines()
    return Run(
        argv=tuple(argv),
        seconds=seconds,
        peak_mb=usage.ru_maxrss / 1024,
        tree_peak_mb=max(sampler.peak / 2**20, usage.ru_maxrss / 1024),
        returncode=proc.returncode,
        stderr_tail=tail[-1] if tail else "",
    )


@dataclass(frozen=True)
class Repeated:
    """The median of repeated runs of the same command (all runs kept for the record)."""

    runs: tuple[Run, ...]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.runs)

    @property
    def seconds(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(r.peak_mb for r in self.runs)

    @property
    def tree_peak_mb(self) -> float:
        return max(r.tree_peak_mb for r in self.runs)

    @property
    def error(self) -> str | None:
        bad = [r for r in self.runs if not r.ok]
        if not bad:
            return None
        return f"exit {bad[0].returncode}: {bad[0].stderr_tail or '(no message)'}"


def repeat(
    argv: Sequence[str],
    times: int,
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdout_path: Path | None = None,
) -> Repeated:
    """Run ``argv`` ``times`` times; stop early at the first failure."""
    runs: list[Run] = []
    for _ in range(max(1, times)):
        one = run(argv, cwd=cwd, env=env, stdout_path=stdout_path)
        runs.append(one)
        if not one.ok:
            break
    return Repeated(tuple(runs))

"""A progress bar on stderr for long batches: shown once more than ``threshold`` documents are done.

The pipeline does not say how many documents a batch holds before it runs, so the bar appears
only when the batch proves long (``threshold`` documents processed), counts documents as they
finish, and vanishes when the batch is over. It is only used when stderr is a terminal.
"""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

__all__ = ["DocumentProgress"]


class DocumentProgress:
    """A ``progress`` callback for the pipeline (called with 1 per document processed)."""

    def __init__(self, *, threshold: int = 50, console: Console | None = None) -> None:
        self.threshold = threshold
        self.done = 0
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed} documents"),
            TimeElapsedColumn(),
            console=console or Console(stderr=True),
            transient=True,
        )
        self._task: TaskID | None = None

    def __call__(self, n: int) -> None:
        self.done += n
        if self._task is None:
            if self.done <= self.threshold:
                return
            self._progress.start()
            self._task = self._progress.add_task("checking", total=None, completed=self.done)
        else:
            self._progress.advance(self._task, n)

    def __enter__(self) -> DocumentProgress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._task is not None:
            self._progress.stop()

"""crosscheck: cross-check the numbers and dates that news sources report about one event.

>>> from crosscheck import check, find_numbers, find_dates
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "Claim",
    "CountValue",
    "DateMention",
    "DateValue",
    "Document",
    "Group",
    "NumberMention",
    "Report",
    "__version__",
    "check",
    "find_dates",
    "find_numbers",
]

if TYPE_CHECKING:
    from crosscheck.extract.dates import find_dates
    from crosscheck.extract.numbers import find_numbers
    from crosscheck.model import (
        Claim,
        CountValue,
        DateMention,
        DateValue,
        Document,
        Group,
        NumberMention,
        Report,
    )
    from crosscheck.pipeline import check

_LAZY = {
    "check": "crosscheck.pipeline",
    "find_numbers": "crosscheck.extract.numbers",
    "find_dates": "crosscheck.extract.dates",
    **{
        name: "crosscheck.model"
        for name in (
            "Claim",
            "CountValue",
            "DateMention",
            "DateValue",
            "Document",
            "Group",
            "NumberMention",
            "Report",
        )
    },
}


def __getattr__(name: str) -> Any:
    """Import the pipeline lazily, so ``crosscheck --help`` starts fast."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)

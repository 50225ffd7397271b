"""Read-only records for the compiled lexicon."""

from __future__ import annotations

from typing import Any

__all__ = ["Frozen"]


class Frozen:
    """A record whose fields are set once, by name (a slotted class, not a named tuple: a slot
    is read in the interpreter's fast path, a named tuple's field is not; no dataclass either,
    so the ``dataclasses`` module is not imported)."""

    __slots__ = ()

    def __init__(self, **fields: Any) -> None:
        names = type(self).__slots__
        if len(fields) != len(names) or not fields.keys() <= set(names):
            raise TypeError(f"{type(self).__name__} needs exactly {', '.join(names)}")
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

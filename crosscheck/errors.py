"""Errors meant for the user. Only ``cli`` turns them into messages and exit codes."""

from __future__ import annotations


class CrosscheckError(Exception):
    """An error whose message a user can act on. ``path`` names the file it concerns, if any."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class UsageError(CrosscheckError):
    """The command line or an option's value is wrong (exit code 2)."""


class InputError(CrosscheckError):
    """An input file or folder cannot be used (exit code 2 when nothing usable is left)."""


class ConfigError(CrosscheckError):
    """A lexicon or user config file is malformed."""

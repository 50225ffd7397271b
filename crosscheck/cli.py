"""PLACEHOLDER command line; replaced by the foundation issue's typer CLI."""

from __future__ import annotations

import dataclasses
import json
import sys


def main() -> None:
    from crosscheck.pipeline import check

    report = check(sys.argv[2:])
    print(json.dumps(dataclasses.asdict(report), default=str, indent=1))

"""Load stage: paths → Documents (decoded text, metadata, publication date).

PLACEHOLDER: reads .txt files only; replaced by the load issue's implementation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.model import Document


def load_documents(
    paths: Sequence[str], *, published: Mapping[str, date]
) -> tuple[Document, ...]:
    docs: list[Document] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or folder", path=raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            doc_id = file.relative_to(path).as_posix() if path.is_dir() else file.name
            docs.append(Document(id=doc_id, path=str(file), text=file.read_text("utf-8")))
    return tuple(docs)

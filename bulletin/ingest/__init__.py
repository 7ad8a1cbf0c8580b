"""The ingest stage: inputs (files, folders) -> Articles.

A folder contributes its supported files in sorted order, hidden files and folders skipped. A file
that cannot be used becomes a warning naming it, so the good articles next to it still go on air; a
path that does not exist at all stops the run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from bulletin.errors import InputError
from bulletin.ingest.text import read_markdown, read_text
from bulletin.models import Article

READERS = {".txt": read_text, ".md": read_markdown, ".markdown": read_markdown}


def collect(inputs: Iterable[str]) -> tuple[list[Article], list[str]]:
    """Read every input; return the articles and one warning per file that was skipped."""
    articles: list[Article] = []
    warnings: list[str] = []
    for raw in inputs:
        path = require_existing(raw)
        files = sorted(_files_in(path)) if path.is_dir() else [path]
        for file in files:
            reader = READERS.get(file.suffix.lower())
            if reader is None:
                warnings.append(f"{file}: unsupported file type {file.suffix or '(none)'}, skipped "
                                f"(supported: {', '.join(sorted(READERS))})")
                continue
            try:
                articles.append(reader(file))
            except InputError as err:
                warnings.append(f"{err}; skipped")
    return articles, warnings


def require_existing(raw: str) -> Path:
    path = Path(raw)
    if not path.exists():
        raise InputError(raw, "no such file or folder; check the --input path or `inbox` setting")
    return path


def _files_in(folder: Path) -> Iterable[Path]:
    for root, dirs, names in os.walk(folder):  # does not follow symlinked folders: no loops
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if not name.startswith("."):
                yield Path(root) / name

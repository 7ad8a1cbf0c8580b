"""Plain text and Markdown articles.

.txt: the first non-empty line is the headline, the rest the body. Paragraphs are separated by blank
lines; a file without blank lines has one paragraph per line. Inside a paragraph the line breaks are
kept, because the cleaner decides per line (a bank-details block is several short lines).
.md: optional front matter between '---' lines (source, priority, published), '# headline', body.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bulletin.errors import InputError
from bulletin.ingest.paths import open_input
from bulletin.models import Article

FRONT_MATTER_KEYS = {"source", "priority", "published", "title"}
MAX_BYTES = 5_000_000  # a news article is a few kB; anything this large is not one


@dataclass(frozen=True)
class Repaired:
    data: bytes
    foreign: int  # bytes that were not UTF-8 in text that otherwise is, read as Windows-1252


# Each byte that is not UTF-8, as Windows-1252 reads it (5 bytes it leaves undefined: nothing).
_AS_CP1252 = {0xDC00 + byte: bytes([byte]).decode("cp1252", "ignore") for byte in range(0x80, 0x100)}
_NOT_UTF8 = re.compile("[\udc80-\udcff]")
# a character UTF-8 encoded, not ASCII: neither ASCII nor an undecodable byte (the same set as
# [\x80-\udc7f\udd00-\U0010ffff], written as what it leaves out: compiled in 0.15 ms, not 5 ms)
_UTF8_CHAR = re.compile("[^\x00-\x7f\udc80-\udcff]")


def repair_utf8(data: bytes) -> Repaired:
    """UTF-8 with a few bytes from another encoding (an article pasted together from two sources)
    -> UTF-8, those bytes read as Windows-1252: one stray byte must not turn every "ü" into "Ã¼".
    Data with fewer UTF-8 characters than such bytes (a whole cp1252 or Latin-1 file, or noise) is
    left as it is."""
    try:
        data.decode("utf-8")
        return Repaired(data, 0)
    except UnicodeDecodeError:
        pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Repaired(data, 0)
    text = data.decode("utf-8", "surrogateescape")
    foreign = len(_NOT_UTF8.findall(text))
    if len(_UTF8_CHAR.findall(text)) < foreign:
        return Repaired(data, 0)  # more evidence against UTF-8 than for it: a legacy encoding (or noise)
    return Repaired(text.translate(_AS_CP1252).encode("utf-8"), foreign)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM; stray bytes of another encoding read as cp1252), UTF-16 with BOM,
    else cp1252, else Latin-1: umlauts survive."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")  # a cut-off last byte or a lone surrogate: "\ufffd"
    data = repair_utf8(data).data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_file_bytes(path: Path, max_bytes: int = MAX_BYTES, inside: Path | None = None,
                    follow_symlinks: bool = False) -> bytes:
    """The file's bytes; InputError if it is not a regular file, too large, unreadable or binary.

    Every file the tool reads comes through here. ``inside`` is the folder input ``path`` was found
    in: links in it are guarded (paths.py). Pipes, devices and sockets are refused without blocking
    (a FIFO or /dev/zero in the inbox would block or never end), and at most max_bytes + 1 bytes
    are read even if the file grows meanwhile.
    """
    fd = open_input(path, inside, follow_symlinks)
    try:
        with os.fdopen(fd, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise InputError(path, f"{_size(size)} is too large for an article (limit "
                                       f"{_size(max_bytes)}, setting max_file_bytes)")
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise InputError(path, f"cannot read it ({err.strerror or err})") from None
    if len(data) > max_bytes:
        raise InputError(path, f"grew beyond the limit of {_size(max_bytes)} while being read")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "looks like a binary file, not an article")
    if not data.strip():
        raise InputError(path, "is empty")
    return data


def _size(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB" if count >= 100_000 else f"{count} bytes"


def read_file_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    return _text(read_file_bytes(path, max_bytes), path)


def _text(data: bytes, origin: Path | str) -> str:
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(origin, "is empty")
    return text


def split_paragraphs(lines: list[str]) -> tuple[str, ...]:
    """Blank-line separated blocks; without any blank line, one paragraph per line."""
    lines = [line.rstrip() for line in lines]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if not any(not line.strip() for line in lines):
        return tuple(line.strip() for line in lines if line.strip())
    blocks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return tuple(blocks)


def read_text(path: Path) -> Article:
    return text_article(read_file_bytes(path), path)


def text_article(data: bytes, path: Path) -> Article:
    lines = _text(data, path).split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines[0].strip()
    paragraphs = split_paragraphs(lines[1:])
    if not paragraphs:
        raise InputError(path, "has a headline but no text")
    return Article(title=title, paragraphs=paragraphs, origin=str(path))


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


def strip_markdown(line: str) -> str:
    """Markdown markup -> plain text: links keep their text, images their alt text."""
    line = re.sub(r"^\s*(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+(?=\S))", "", line)
    line = _MD_LINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub(r"\2", line)


def read_markdown(path: Path) -> Article:
    return markdown_article(read_file_bytes(path), path)


def markdown_article(data: bytes, path: Path) -> Article:
    meta, lines = _front_matter(_text(data, path).split("\n"), path)
    title = meta.get("title", "")
    body = []
    for line in lines:
        if not title and line.strip().startswith("# "):
            title = line.strip()[2:].strip()
        elif not title and line.strip() and not line.lstrip().startswith("#"):
            title = strip_markdown(line).strip()
        elif title:
            body.append(strip_markdown(line))
    if not title:
        raise InputError(path, "has no headline ('# Headline' line)")
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        raise InputError(path, "has a headline but no text")
    return Article(title=title, paragraphs=paragraphs, origin=str(path), source=meta.get("source", ""),
                   published=_published(path, meta.get("published")), priority=_priority(path, meta))


def _front_matter(lines: list[str], path: Path) -> tuple[dict[str, str], list[str]]:
    """The front matter between '---' lines at the top (FRONT_MATTER_KEYS as 'key: value'), and the
    lines after it; no front matter: {} and all the lines."""
    if not lines or lines[0].strip() != "---":
        return {}, lines
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise InputError(path, "front matter starts with '---' but never ends; "
                               "close it with a '---' line") from None
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or key not in FRONT_MATTER_KEYS:
            raise InputError(path, f"line {number}: front matter takes "
                                   f"{', '.join(sorted(FRONT_MATTER_KEYS))} as 'key: value'")
        meta[key] = value.strip().strip("'\"")
    return meta, lines[end + 1:]


def _priority(path: Path, meta: dict[str, str]) -> int:
    try:
        return int(meta.get("priority", "0"))
    except ValueError:
        raise InputError(path, f"priority must be a whole number (got {meta['priority']!r})") from None


def _published(path: Path, value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise InputError(path, f"published must be ISO 8601 like 2026-11-27T14:05 (got {value!r})") from None

"""Retention: old bulletins go, stale temporary files go, the speech cache keeps to its size.

Only files this tool made are touched: names that fit the `file_name` pattern (or a delivery's
time-stamped pattern) with .mp3, .json or .script.txt, and hidden `.<name>.*.part` temp files that a
killed run left behind. Age is the file's modification time, so a bulletin re-made today is kept
however old its air hour. In the output folder every temp file is stale, because the caller holds
the folder's lock; in playout folders only ones older than STALE_TEMP_SECONDS are removed, in case
another output folder delivers there at the same moment.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import string
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger("bulletin")

SUFFIXES = (".mp3", ".json", ".script.txt")
STALE_TEMP_SECONDS = 3600
_TEMP = re.compile(r"^\..+\.part$")
_CACHE_TEMP = re.compile(r"^\..+\.tmp$")
# strftime directives -> what they produce; anything else matches loosely
_DIRECTIVES = {"Y": r"\d{4}", "y": r"\d{2}", "m": r"\d{2}", "d": r"\d{2}", "H": r"\d{2}", "I": r"\d{2}",
               "M": r"\d{2}", "S": r"\d{2}", "j": r"\d{3}", "U": r"\d{2}", "W": r"\d{2}", "V": r"\d{2}",
               "G": r"\d{4}", "u": r"\d", "w": r"\d", "z": r"[+-]\d{4}", "%": "%"}


def pattern_regex(pattern: str, suffixes: Iterable[str] = SUFFIXES) -> re.Pattern:
    """The file names a `{air:...}` name pattern produces, as a regex (with one of `suffixes`)."""
    return re.compile(rf"^{_names(pattern, suffixes)}$")


def temp_regex(pattern: str) -> re.Pattern:
    """Our hidden temp files for those names: `.<name>.<8 random characters>.part` (mkstemp)."""
    return re.compile(rf"^\.{_names(pattern, SUFFIXES)}\.\w{{8}}\.part$")


def _names(pattern: str, suffixes: Iterable[str]) -> str:
    parts = []
    for literal, field, spec, _ in string.Formatter().parse(pattern):
        parts.append(re.escape(literal))
        if field is None:
            continue
        if not spec:
            parts.append(r".+?")
            continue
        pos = 0
        while pos < len(spec):
            if spec[pos] == "%" and pos + 1 < len(spec):
                parts.append(_DIRECTIVES.get(spec[pos + 1], r".+?"))
                pos += 2
            else:
                parts.append(re.escape(spec[pos]))
                pos += 1
    ends = "|".join(re.escape(s) for s in suffixes)
    stem = "".join(parts)
    if pattern.lower().endswith(".mp3"):  # a delivery name with its extension
        return stem
    return rf"{stem}(?:{ends})"


def remove_old(folder: Path, pattern: str, max_age_s: float, now: float | None = None) -> list[Path]:
    """Remove this tool's bulletins older than `max_age_s` from `folder`; returns what went."""
    if max_age_s <= 0 or not folder.is_dir():
        return []
    now = time.time() if now is None else now
    names = pattern_regex(pattern)
    removed = []
    for entry in _entries(folder):
        if names.match(entry.name) and now - _mtime(entry) > max_age_s and _unlink(entry):
            removed.append(Path(entry.path))
    return removed


def remove_stale_temps(folder: Path, min_age_s: float = 0.0, now: float | None = None,
                       names: re.Pattern = _TEMP) -> list[Path]:
    """Remove the hidden `.<name>.*.part` files killed runs left in `folder` (only those matching
    `names`, and only when at least `min_age_s` old)."""
    if not folder.is_dir():
        return []
    now = time.time() if now is None else now
    removed = []
    for entry in _entries(folder):
        if names.match(entry.name) and now - _mtime(entry) >= min_age_s and _unlink(entry):
            removed.append(Path(entry.path))
    return removed


def cap_cache(folder: Path, max_bytes: int, now: float | None = None) -> tuple[int, int]:
    """Keep the speech cache under `max_bytes`, least recently used first (mtime, which a cache hit
    renews, or atime when newer). Returns (files removed, bytes left)."""
    if not folder.is_dir():
        return 0, 0
    now = time.time() if now is None else now
    files = []
    for root, _, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            try:
                info = path.stat()
            except OSError:
                continue
            if _CACHE_TEMP.match(name):
                if now - info.st_mtime > STALE_TEMP_SECONDS:
                    _unlink_path(path)
                continue
            files.append((max(info.st_mtime, info.st_atime), info.st_size, path))
    total = sum(size for _, size, _ in files)
    removed = 0
    if max_bytes > 0:
        for _, size, path in sorted(files):
            if total <= max_bytes:
                break
            if _unlink_path(path):
                total -= size
                removed += 1
    return removed, total


def _entries(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as found:
            return [e for e in found if e.is_file(follow_symlinks=False)]
    except OSError as err:
        log.warning("retention: cannot list %s (%s)", folder, err.strerror or err)
        return []


def _mtime(entry: os.DirEntry) -> float:
    try:
        return entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return time.time()


def _unlink(entry: os.DirEntry) -> bool:
    return _unlink_path(Path(entry.path))


def _unlink_path(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False
    except OSError as err:
        log.warning("retention: cannot remove %s (%s)", path, err.strerror or err)
        return False


def keep_seconds(keep_days: int, keep_hours: int) -> float:
    """0 = keep forever."""
    return (keep_days * 24 + keep_hours) * 3600.0


def tidy(output: Path, file_name: str, playout: Iterable[tuple[Path, str]], keep_s: float,
         cache: Path | None, cache_max_bytes: int) -> dict[str, int]:
    """Everything retention does after a run; returns counts for the log."""
    counts = {"temp": len(remove_stale_temps(output)), "old": len(remove_old(output, file_name, keep_s))}
    for folder, pattern in playout:
        counts["temp"] += len(remove_stale_temps(folder, STALE_TEMP_SECONDS, names=temp_regex(pattern)))
        if "{" in pattern:  # time-stamped deliveries; a fixed name is overwritten every hour anyway
            counts["old"] += len(remove_old(folder, pattern, keep_s))
    if cache is not None:
        with contextlib.suppress(OSError):
            counts["cache"], _ = cap_cache(cache, cache_max_bytes)
    return counts

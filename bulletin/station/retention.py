"""Retention: old bulletins go, stale temporary files go, the speech cache keeps to its size.

Only files this station's runs wrote are removed: those the ledger lists (bulletin/station/ledger.py), and
each only while it is still the very file that was written. A file that merely fits the name
pattern, or that another program replaced or changed since, stays; so do bulletins made before the
ledger existed. Age is the file's modification time (unchanged since it was written, or it would
not be ours), so a bulletin re-made today is kept however old its air hour. Fixed-name deliveries
are never removed for their age: the next hour's bulletin replaces them.

Temp files of killed runs carry the form the atomic writer gives them (`.<final name>.<8 random
characters>.part`, bulletin/station/deliver.py) for a name this station writes, and only folders it writes
to are looked at. In the output folder every such temp file is stale, because the caller holds the
folder's lock; in playout folders only ones older than STALE_TEMP_SECONDS are removed, in case
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
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bulletin.errors import LedgerError
from bulletin.speech import cache_folder

log = logging.getLogger("bulletin")

SUFFIXES = (".mp3", ".json", ".script.txt")
STALE_TEMP_SECONDS = 3600
# what the speech cache makes (tts/cache.py): <2 hex>/<sha256>.wav, and mkstemp's .<8 chars>.tmp
_CACHE_SHARD = re.compile(r"^[0-9a-f]{2}$")
_CACHE_ENTRY = re.compile(r"^[0-9a-f]{64}\.wav$")
_CACHE_TEMP = re.compile(r"^\.[a-z0-9_]{8}\.tmp$")
_MKSTEMP = r"[a-z0-9_]{8}"  # the 8 characters tempfile.mkstemp puts between prefix and suffix
# strftime directives -> what they produce; anything else matches loosely
_DIRECTIVES = {"Y": r"\d{4}", "y": r"\d{2}", "m": r"\d{2}", "d": r"\d{2}", "H": r"\d{2}", "I": r"\d{2}",
               "M": r"\d{2}", "S": r"\d{2}", "j": r"\d{3}", "U": r"\d{2}", "W": r"\d{2}", "V": r"\d{2}",
               "G": r"\d{4}", "u": r"\d", "w": r"\d", "z": r"[+-]\d{4}", "%": "%"}
_PLAIN_AIR = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2})?"  # str(air), for {air}


@dataclass(frozen=True)
class Tidied:
    """What retention did after a run."""

    deleted: tuple[str, ...] = ()  # our files, removed for their age
    let_go: tuple[str, ...] = ()  # ledger rows forgotten: the file is gone, or no longer ours
    temps: tuple[str, ...] = ()  # temp files of killed runs
    cache_files: int = 0  # speech cache entries removed to keep its cap
    problems: tuple[str, ...] = ()  # what could not be done (logged as warnings)

    def counts(self) -> dict[str, int]:
        return {"old": len(self.deleted), "temp": len(self.temps), "cache": self.cache_files}


def temp_regex(pattern: str) -> re.Pattern:
    """Our hidden temp files for the names a `{air:...}` pattern produces: `.<name>.<mkstemp's 8
    characters>.part`."""
    return re.compile(rf"^\.{_names(pattern, SUFFIXES)}\.{_MKSTEMP}\.part$")


def _names(pattern: str, suffixes: Iterable[str]) -> str:
    parts = []
    for literal, field, spec, _ in string.Formatter().parse(pattern):
        parts.append(re.escape(literal))
        if field is None:
            continue
        if not spec:
            parts.append(_PLAIN_AIR)
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


def remove_old(ledger, max_age_s: float, now: float | None = None) -> Tidied:
    """Remove the files in `ledger` (a ledger.Ledger) older than `max_age_s` that are still ours;
    forget the rows of files that are gone or no longer ours. 0 = keep forever."""
    if max_age_s <= 0:
        return Tidied()
    now = time.time() if now is None else now
    deleted, let_go, problems = [], [], []
    for entry in ledger.entries():
        path, state = entry.file.path, entry.file.state()
        if state != "ours":
            let_go.append(path)
            if state == "changed":
                log.info("retention: left %s alone: changed or replaced since this station wrote it",
                         path)
        elif entry.kind != "fixed" and now - entry.file.mtime_ns / 1e9 > max_age_s:
            problem = _unlink(path)
            if problem:
                problems.append(problem)
                continue
            deleted.append(path)
            written = datetime.fromtimestamp(entry.file.mtime_ns / 1e9).astimezone()
            log.info("retention: deleted %s (written %s, for air hour %s)", path,
                     written.isoformat(timespec="seconds"), entry.air_utc)
    ledger.forget([*deleted, *let_go])
    return Tidied(deleted=tuple(deleted), let_go=tuple(let_go), problems=tuple(problems))


def remove_stale_temps(folder: Path, names: re.Pattern, min_age_s: float = 0.0,
                       now: float | None = None) -> list[Path]:
    """Remove the temp files killed runs left in `folder` whose names match `names` (temp_regex),
    when at least `min_age_s` old."""
    if not folder.is_dir():
        return []
    now = time.time() if now is None else now
    removed = []
    for entry in _entries(folder):
        if names.match(entry.name) and now - _mtime(entry) >= min_age_s and not _unlink(entry.path):
            removed.append(Path(entry.path))
    return removed


def cap_cache(folder: Path, max_bytes: int, now: float | None = None) -> tuple[int, int]:
    """Keep the speech cache under `max_bytes`, least recently used first (mtime, which a cache hit
    renews, or atime when newer). Only the entries and temp files the cache makes count and go:
    `cache_dir` may name a folder that holds other files too. Returns (files removed, bytes left)."""
    if not folder.is_dir():
        return 0, 0
    files = _cache_entries(folder, time.time() if now is None else now)
    total = sum(size for _, size, _ in files)
    removed = 0
    if max_bytes > 0:
        for _, size, path in sorted(files):
            if total <= max_bytes:
                break
            if not _unlink(path):
                total -= size
                removed += 1
    return removed, total


def _cache_entries(folder: Path, now: float) -> list[tuple[float, int, str]]:
    """The speech cache's entries as (last used, size, path); its stale temp files are removed."""
    files = []
    for shard in _entries(folder, folders=True):
        if not _CACHE_SHARD.match(shard.name):
            continue
        for entry in _entries(Path(shard.path)):
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if _CACHE_TEMP.match(entry.name):
                if now - info.st_mtime > STALE_TEMP_SECONDS:
                    _unlink(entry.path)
            elif _CACHE_ENTRY.match(entry.name):
                files.append((max(info.st_mtime, info.st_atime), info.st_size, entry.path))
    return files


def _entries(folder: Path, folders: bool = False) -> list[os.DirEntry]:
    """The plain files (or the folders) in `folder`; links are neither."""
    try:
        with os.scandir(folder) as found:
            if folders:
                return [e for e in found if e.is_dir(follow_symlinks=False)]
            return [e for e in found if e.is_file(follow_symlinks=False)]
    except OSError as err:
        log.warning("retention: cannot list %s (%s)", folder, err.strerror or err)
        return []


def _mtime(entry: os.DirEntry) -> float:
    try:
        return entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return time.time()


def _unlink(path: str | os.PathLike) -> str:
    """Remove `path`; '' when it went (or was gone already), else why not (also logged)."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        return ""
    except OSError as err:
        problem = f"retention: cannot remove {path} ({err.strerror or err})"
        log.warning(problem)
        return problem
    return ""


def keep_seconds(keep_days: int, keep_hours: int) -> float:
    """0 = keep forever."""
    return (keep_days * 24 + keep_hours) * 3600.0


@dataclass(frozen=True)
class Retention:
    """What retention keeps: this station's files (named by `file_name`) for `keep_s` seconds (0:
    forever), and the speech cache under `cache_max_bytes` (0: no cap)."""

    file_name: str
    keep_s: float
    cache: Path | None = None
    cache_max_bytes: int = 0

    @classmethod
    def of(cls, config) -> Retention:
        cache = cache_folder(config.cache_dir)
        return cls(config.file_name, keep_seconds(config.keep_days, config.keep_hours), cache,
                   config.cache_max_mb * 1_000_000)


def tidy(output: Path, playout: Iterable[tuple[Path, str]], retention: Retention, ledger=None) -> Tidied:
    """Everything retention does after a run. Without a ledger (it could not be opened) no bulletin
    is removed: nothing then says which files are ours."""
    old = Tidied()
    if ledger is not None:
        try:
            old = remove_old(ledger, retention.keep_s)
        except LedgerError as err:
            log.warning("retention: %s; no old bulletins removed this hour", err)
            old = Tidied(problems=(str(err),))
    temps = remove_stale_temps(output, temp_regex(retention.file_name))
    for folder, pattern in playout:
        temps += remove_stale_temps(folder, temp_regex(pattern), STALE_TEMP_SECONDS)
    cache_files = 0
    if retention.cache is not None:
        with contextlib.suppress(OSError):
            cache_files, _ = cap_cache(retention.cache, retention.cache_max_bytes)
    return Tidied(old.deleted, old.let_go, tuple(str(p) for p in temps), cache_files, old.problems)

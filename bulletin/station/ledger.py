"""The ledger: every file this station's runs wrote, so that retention removes those and nothing else.

One SQLite file per output folder (`.bulletin-ledger.sqlite`, beside the memory of what aired, and
written under the same lock). A run adds a row for each file it put under a final name: the bulletin,
manifest and script in the output folder, and each copy or link in a delivery folder. The row holds
what identifies that very file: size, modification time in nanoseconds, inode and device. A file
that another program replaced, edited or touched since no longer matches its row: it is not ours
anymore, and retention leaves it alone and forgets the row. Stations that share a playout folder
have separate ledgers, so each removes only its own copies, and only while they are unchanged.

Paths are stored as the file system's bytes: a folder name need not be valid UTF-8.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bulletin.errors import LedgerError
from bulletin.station.history import ensure_schema, not_regular

LEDGER_NAME = ".bulletin-ledger.sqlite"  # hidden, like the history: watch folders see only bulletins
SCHEMA_VERSION = 1
# what a row is: a file in the output folder, a time-stamped delivery, or a fixed-name delivery
# (overwritten every hour by the next bulletin; never removed for its age)
KINDS = ("output", "delivery", "fixed")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path      BLOB PRIMARY KEY,   -- absolute path, the file system's bytes
    kind      TEXT NOT NULL,      -- output | delivery | fixed
    air_utc   TEXT NOT NULL,      -- the air hour it belongs to
    size      INTEGER NOT NULL,
    mtime_ns  INTEGER NOT NULL,
    inode     INTEGER NOT NULL,
    device    INTEGER NOT NULL,
    written   TEXT NOT NULL       -- when the run recorded it (UTC)
);
"""


@dataclass(frozen=True)
class FileId:
    """A file as this tool left it: its path and what tells that very file from a replacement."""

    path: str
    size: int
    mtime_ns: int
    inode: int
    device: int

    @classmethod
    def of(cls, path: str | os.PathLike, info: os.stat_result | None = None) -> FileId:
        """The identity of the file at `path` now (or of `info`, a stat of it taken earlier)."""
        info = os.lstat(path) if info is None else info
        return cls(os.path.abspath(path), info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev)

    def state(self) -> str:
        """'ours' (still the very file written), 'gone', or 'changed' (replaced, edited, a link now)."""
        try:
            info = os.lstat(self.path)
        except FileNotFoundError:
            return "gone"
        except OSError:
            return "changed"  # cannot tell: treat it as not ours
        same = (info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev) == (
            self.size, self.mtime_ns, self.inode, self.device)
        return "ours" if same and stat.S_ISREG(info.st_mode) else "changed"


@dataclass(frozen=True)
class Entry:
    """One row: the file, what it is, and the air hour it was made for."""

    file: FileId
    kind: str
    air_utc: str


class Ledger:
    """The ledger of one output folder. The file is made by the first run that records something, so
    a run that fails before it has written anything (a full disk) leaves no ledger behind."""

    def __init__(self, folder: str | os.PathLike):
        self.path = Path(folder) / LEDGER_NAME
        self.db: sqlite3.Connection | None = None
        _refuse_links(self.path)  # SQLite follows links: one planted here would have us write elsewhere
        if self.path.exists():
            self._opened()

    def _opened(self) -> sqlite3.Connection:
        if self.db is not None:
            return self.db
        _refuse_links(self.path)
        try:
            db = sqlite3.connect(self.path, timeout=15)
        except sqlite3.Error as err:
            raise LedgerError(self.path, f"cannot open the ledger of written files ({err})") from None
        try:
            # as the history does: each commit costs one write, not several flushes (about 10 ms per
            # run instead of 55 here); a commit lost to a power cut only means a file not removed
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            newer = ensure_schema(db, _SCHEMA, SCHEMA_VERSION)
        except sqlite3.Error as err:
            db.close()
            raise LedgerError(self.path, f"cannot use the ledger of written files ({err}); move it "
                                         "aside and a new one is started (files it listed are then "
                                         "no longer removed by retention)") from None
        if newer:
            db.close()
            raise LedgerError(self.path, f"was written by a newer bulletin (schema {newer}); update bulletin")
        self.db = db
        return db

    def close(self) -> None:
        if self.db is not None:
            self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def record(self, air: datetime, files: Iterable[tuple[FileId, str]]) -> None:
        """Note each (file, kind) as written by this run for `air`, replacing an older row of the
        same path (the next hour's fixed-name copy, a --force)."""
        air_utc = air.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [(os.fsencode(f.path), kind, air_utc, f.size, f.mtime_ns, f.inode, f.device, now)
                for f, kind in files]
        if any(kind not in KINDS for _, kind, *_ in rows):
            raise ValueError(f"ledger kinds are {KINDS}")
        self._write("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def entry(self, path: str | os.PathLike) -> Entry | None:
        """The row for `path`, or None when no run of this station wrote it."""
        rows = self._read("SELECT path, kind, air_utc, size, mtime_ns, inode, device FROM files "
                          "WHERE path = ?", (os.fsencode(os.path.abspath(path)),))
        return _entry(rows[0]) if rows else None

    def entries(self) -> list[Entry]:
        """Every row, oldest file first."""
        return [_entry(row) for row in self._read(
            "SELECT path, kind, air_utc, size, mtime_ns, inode, device FROM files ORDER BY mtime_ns")]

    def forget(self, paths: Iterable[str]) -> None:
        self._write("DELETE FROM files WHERE path = ?", [(os.fsencode(p),) for p in paths])

    def _write(self, sql: str, rows: list[tuple]) -> None:
        if not rows:
            return
        db = self._opened()
        try:
            with db:
                db.executemany(sql, rows)
        except sqlite3.Error as err:
            raise LedgerError(self.path, f"cannot write the ledger of written files ({err})") from None

    def _read(self, sql: str, args: tuple = ()) -> list[tuple]:
        if self.db is None:  # no run has recorded anything here yet
            return []
        try:
            return self.db.execute(sql, args).fetchall()
        except sqlite3.Error as err:
            raise LedgerError(self.path, f"cannot read the ledger of written files ({err})") from None


def _refuse_links(path: Path) -> None:
    problem = not_regular(path)
    if problem:
        raise LedgerError(path, problem)


def _entry(row: tuple) -> Entry:
    path, kind, air_utc, size, mtime_ns, inode, device = row
    return Entry(FileId(os.fsdecode(path), size, mtime_ns, inode, device), kind, air_utc)

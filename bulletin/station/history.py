"""The memory of what aired: a SQLite database of runs and their items, one per output folder.

Each air hour is one row in `runs` (keyed by its UTC instant, so the repeated hour in October is two
different hours) and its items in `items`. Re-making an hour replaces its rows. The database lives in
the output folder by default, so two stations with separate output folders never share a memory;
writes happen under the output folder's lock, readers (`make-bulletin history`) go alongside (WAL).

Whether a story is a repeat: an item is the same story as one aired before when its normalized
title matches, or when most of either text is in the other (word trigrams). It counts as changed
when it brings a number the aired version did not have (a new toll, score, time) or when less than
UNCHANGED_SHARE of its trigrams were in the aired version; a shortened version of the same text is
no change for a listener.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import sqlite3
import stat
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bulletin.errors import HistoryError
from bulletin.models import Dropped, Item

log = logging.getLogger("bulletin")

DB_NAME = ".bulletin-history.sqlite"  # hidden: watch folders and `ls` see only bulletins
SCHEMA_VERSION = 1
SAME_STORY_SHARE = 0.5  # this much of either text in the other: the same story, retitled
UNCHANGED_SHARE = 0.8  # at least this much of the new text was in the aired one: not new to a listener

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    air_utc   TEXT PRIMARY KEY,   -- 2026-11-27T13:00:00Z
    air_local TEXT NOT NULL,      -- 2026-11-27T14:00:00+01:00
    made_at   TEXT NOT NULL,
    status    TEXT NOT NULL,      -- made | repeat | short | skipped
    delivered INTEGER NOT NULL,   -- 0 when every playout delivery failed: did not air
    audio     TEXT,
    engine    TEXT,
    note      TEXT
);
CREATE TABLE IF NOT EXISTS items (
    air_utc   TEXT NOT NULL REFERENCES runs(air_utc) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    story_key TEXT NOT NULL,      -- normalized title, hashed
    text_hash TEXT NOT NULL,
    title     TEXT NOT NULL,
    source    TEXT NOT NULL,
    text      TEXT NOT NULL,
    verdict   TEXT NOT NULL,      -- new | changed | priority | repeat | script
    PRIMARY KEY (air_utc, position)
);
CREATE INDEX IF NOT EXISTS items_story ON items(story_key);
"""


@dataclass(frozen=True)
class Aired:
    """One item as it aired."""

    air_utc: str
    story_key: str
    title: str
    source: str
    text: str
    verdict: str = ""


@dataclass(frozen=True)
class Run:
    air_local: str
    status: str
    delivered: bool
    audio: str
    engine: str
    note: str
    items: tuple[Aired, ...]


def default_path(output: str | Path) -> Path:
    return Path(output) / DB_NAME


def utc_key(air: datetime) -> str:
    return air.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def not_regular(path: Path) -> str | None:
    """Why a state database file cannot be used as it is (a link, a pipe ...), or None when it is a
    plain file or not there yet."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as err:
        return f"cannot use it ({err.strerror or err})"
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file (a symbolic link?); remove it, a new one is started"
    return None


class History:
    """The state database of one output folder."""

    def __init__(self, path: Path, readonly: bool = False):
        self.path = Path(path)
        try:
            if readonly:  # `history` and `check`: look, never write (a producer may not be allowed to)
                self.db = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True, timeout=15)
                self.db.execute("SELECT count(*) FROM runs").fetchone()
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            problem = not_regular(self.path)  # SQLite follows links: a planted one writes elsewhere
            if problem:
                raise HistoryError(self.path, problem)
            self.db = sqlite3.connect(self.path, timeout=15)
            self.db.execute("PRAGMA foreign_keys = ON")
            # WAL: `history` can read while a run writes. It needs a local disk; on a file system
            # without shared memory SQLite keeps its default journal, which also works.
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            newer = ensure_schema(self.db, _SCHEMA, SCHEMA_VERSION)
            if newer:
                raise HistoryError(self.path, f"was written by a newer bulletin (schema {newer}); "
                                              "update bulletin or set history_db to another file")
        except sqlite3.Error as err:
            raise HistoryError(self.path, f"cannot use the state database ({err}); move it aside, "
                                          "a new one is made on the next run") from None

    def close(self) -> None:
        self.db.close()

    def aired_since(self, air: datetime, hours: float) -> list[Aired]:
        """Items of runs that went on air in the `hours` before `air` (not `air` itself), newest first."""
        start = utc_key(air - timedelta(hours=hours))
        rows = self._query(
            "SELECT i.air_utc, i.story_key, i.title, i.source, i.text, i.verdict FROM items i "
            "JOIN runs r USING (air_utc) WHERE r.delivered = 1 AND r.status != 'skipped' "
            "AND i.air_utc > ? AND i.air_utc < ? ORDER BY i.air_utc DESC, i.position",
            (start, utc_key(air)))
        return [Aired(*row) for row in rows]

    def record(self, air: datetime, status: str, items: Iterable[tuple[str, str, str, str]], *,  # noqa: PLR0913 — one column each of a run's row, the optional ones by keyword
               delivered: bool = True, audio: str = "", engine: str = "", note: str = "") -> None:
        """Store the run of `air` with its items (title, source, text, verdict), replacing an earlier
        run of the same hour (--force): one hour is one run, never a repeat of itself."""
        made_at = datetime.now(UTC).isoformat(timespec="seconds")
        key = utc_key(air)
        try:
            with self.db:
                self.db.execute("DELETE FROM runs WHERE air_utc = ?", (key,))
                self.db.execute("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                (key, air.isoformat(), made_at, status, int(delivered), audio, engine, note))
                self.db.executemany(
                    "INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(key, position, story_key(title), text_hash(text), title, source, text, verdict)
                     for position, (title, source, text, verdict) in enumerate(items, start=1)])
        except sqlite3.Error as err:
            raise HistoryError(self.path, f"cannot record the run ({err})") from None

    def mark_delivered(self, air: datetime) -> None:
        """The run of `air` reached a playout folder after all (a later rerun delivered it)."""
        try:
            with self.db:
                self.db.execute("UPDATE runs SET delivered = 1 WHERE air_utc = ?", (utc_key(air),))
        except sqlite3.Error as err:
            raise HistoryError(self.path, f"cannot record the delivery ({err})") from None

    def runs(self, limit: int = 12) -> list[Run]:
        """The latest runs by air hour, newest first, with their items."""
        runs = []
        for key, air_local, status, delivered, audio, engine, note in self._query(
                "SELECT air_utc, air_local, status, delivered, audio, engine, note FROM runs "
                "ORDER BY air_utc DESC LIMIT ?", (limit,)):
            items = tuple(Aired(*row) for row in self._query(
                "SELECT air_utc, story_key, title, source, text, verdict FROM items WHERE air_utc = ? "
                "ORDER BY position", (key,)))
            runs.append(Run(air_local, status, bool(delivered), audio or "", engine or "", note or "",
                            items))
        return runs

    def forget_before(self, cutoff: datetime) -> int:
        """Remove runs older than `cutoff`; returns how many."""
        try:
            with self.db:
                return self.db.execute("DELETE FROM runs WHERE air_utc < ?", (utc_key(cutoff),)).rowcount
        except sqlite3.Error as err:
            raise HistoryError(self.path, f"cannot prune old runs ({err})") from None

    def quick_check(self) -> tuple[int, str]:
        """For `check`: (number of runs, SQLite's quick_check answer)."""
        answer = self._query("PRAGMA quick_check")[0][0]
        count = self._query("SELECT count(*) FROM runs")[0][0]
        return count, answer

    def _query(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            return self.db.execute(sql, args).fetchall()
        except sqlite3.Error as err:
            raise HistoryError(self.path, f"cannot read the state database ({err})") from None


def ensure_schema(db: sqlite3.Connection, schema: str, version: int) -> int | None:
    """Create the tables of `schema` and mark the file with `version`; when a newer bulletin made
    the file, change nothing and return its version."""
    found = db.execute("PRAGMA user_version").fetchone()[0]
    if found > version:
        return found
    with db:
        db.executescript(schema)
        db.execute(f"PRAGMA user_version = {version}")
    return None


@contextlib.contextmanager
def opened(path: Path, readonly: bool = True) -> Iterator[History]:
    history = History(path, readonly)
    try:
        yield history
    finally:
        history.close()


# --- is it a repeat? -------------------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_WORD = re.compile(r"\w+")


def normalized_title(title: str) -> str:
    """Case, accents of the form (NFC), punctuation and spacing do not make another story."""
    text = unicodedata.normalize("NFC", title).casefold()
    return " ".join(_WORD.findall(text))


def story_key(title: str) -> str:
    return hashlib.sha1(normalized_title(title).encode()).hexdigest()[:16]


def text_hash(text: str) -> str:
    return hashlib.sha1(" ".join(_WORD.findall(text.casefold())).encode()).hexdigest()[:16]


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    if len(words) < 3:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def share_in(text: str, other: str) -> float:
    """How much of `text` (its word trigrams) is also in `other`, 0..1."""
    mine = _trigrams(text)
    return len(mine & _trigrams(other)) / len(mine) if mine else 1.0


def same_story(title: str, text: str, aired: Aired) -> bool:
    if story_key(title) == aired.story_key:
        return True
    return max(share_in(text, aired.text), share_in(aired.text, text)) >= SAME_STORY_SHARE


def changed_materially(text: str, aired_text: str) -> bool:
    """New figures, or mostly new wording; a shortened or reworded-in-places text is no change."""
    new_numbers = set(_NUMBER.findall(text)) - set(_NUMBER.findall(aired_text))
    return bool(new_numbers) or share_in(text, aired_text) < UNCHANGED_SHARE


def verdict(title: str, text: str, priority: int, aired: list[Aired], repeat_priority: int = 0
            ) -> tuple[str, Aired | None]:
    """'new', 'changed', 'priority' or 'repeat', and the aired version it was compared with.

    `aired` is newest first, so the comparison is with the last time the story went out. A story
    whose priority reaches `repeat_priority` (when that is above 0) airs every hour regardless.
    """
    last = next((a for a in aired if same_story(title, text, a)), None)
    if last is None:
        return "new", None
    if changed_materially(text, last.text):
        return "changed", last
    if repeat_priority > 0 and priority >= repeat_priority:
        return "priority", last
    return "repeat", last


@dataclass(frozen=True)
class Choice:
    """What goes on air this hour, and why the rest does not."""

    items: tuple[Item, ...]  # in air order
    verdicts: tuple[str, ...]  # per item: new | changed | priority | repeat
    status: str  # made | repeat | short | skipped
    dropped: tuple[Dropped, ...] = ()  # the stories left out
    note: str = ""  # with "skipped": why no bulletin is made this hour


def choose(items: Sequence[Item], aired: Sequence[Aired], config) -> Choice:
    """Leave out stories aired within repeat_hours unless changed or priority. When none is new,
    `when_nothing_new` decides: repeat them all, a short bulletin of the top story, or skip the hour
    (status "skipped", no items, and a note saying why)."""
    aired = list(aired)
    judged = [(item, *verdict(item.title, item.text, item.priority, aired, config.repeat_priority))
              for item in items]
    fresh = [(item, kind) for item, kind, _ in judged if kind != "repeat"]
    repeats = [(item, last) for item, kind, last in judged if kind == "repeat"]
    if fresh:
        dropped = tuple(Dropped(item.title, item.source, f"aired at {_local(last.air_utc, config)} and "
                                f"unchanged since (repeat_hours = {config.repeat_hours})")
                        for item, last in repeats)
        return Choice(tuple(item for item, _ in fresh), tuple(kind for _, kind in fresh), "made", dropped)
    since = _local(repeats[0][1].air_utc, config)
    if config.when_nothing_new == "skip":
        return Choice((), (), "skipped", note=f"nothing new since {since} (all {len(repeats)} stories aired "
                      f"within repeat_hours = {config.repeat_hours}); no bulletin this hour "
                      "(when_nothing_new = skip)")
    if config.when_nothing_new == "short":
        dropped = tuple(Dropped(item.title, item.source, "nothing new: a short bulletin with the top story "
                                "only") for item, _ in repeats[1:])
        log.info("nothing new since %s: the top story again (short)", since)
        return Choice((repeats[0][0],), ("repeat",), "short", dropped)
    log.info("nothing new since %s: repeating the last %d stories", since, len(repeats))
    return Choice(tuple(item for item, _ in repeats), ("repeat",) * len(repeats), "repeat")


def _local(air_utc: str, config) -> str:
    """'2026-11-27T13:00:00Z' -> '14:00' in the station's time zone."""
    return datetime.fromisoformat(air_utc.replace("Z", "+00:00")).astimezone(config.tz).strftime("%H:%M")

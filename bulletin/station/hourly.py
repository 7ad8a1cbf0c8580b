"""Around the stages, for the unattended hourly run: where this hour's files go, the output folder's
two databases (the ledger of written files and the memory of what aired), the playout copies, and
retention. Each step returns what it did and its warnings; problems here are warnings for the
manifest and the log, never the end of a bulletin.

An hour counts as made when its bulletin (or script) and manifest are both there, the manifest is
for that very hour, and, where the ledger knows them, both are still the files a run wrote: a run
killed between the two renames, or a pair of which one was replaced, is made again. A made hour is
kept, but what its run could not deliver (a playout folder that was missing) is delivered now.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Generic, TypeVar

from bulletin.config import Config
from bulletin.errors import HistoryError, LedgerError
from bulletin.models import Kept, Result
from bulletin.station.deliver import Delivered, Target, deliver_all, is_copy_of, write_text
from bulletin.station.history import Aired, History, default_path
from bulletin.station.ledger import FileId, Ledger
from bulletin.station.manifest import manifest_json, shown
from bulletin.station.retention import Retention, Tidied
from bulletin.station.retention import tidy as tidy_folders

log = logging.getLogger("bulletin")
Database = TypeVar("Database", Ledger, History)


@dataclass(frozen=True)
class BulletinFiles:
    """Where one air hour's bulletin goes: the output folder and the final names in it."""

    folder: Path
    name: str  # `file_name` filled in with the air time, without a suffix
    air: datetime
    script_only: bool = False

    @classmethod
    def of(cls, config: Config, air: datetime, output: str = "", script_only: bool = False) -> BulletinFiles:
        return cls(Path(output or config.output), config.file_name.format(air=air), air, script_only)

    @property
    def audio(self) -> Path:
        return self.folder / f"{self.name}.mp3"

    @property
    def manifest(self) -> Path:
        return self.folder / f"{self.name}.json"

    @property
    def script(self) -> Path:
        return self.folder / f"{self.name}.script.txt"

    @property
    def final(self) -> Path:
        """What the run makes beside the manifest: the MP3, or with --script-only the script."""
        return self.script if self.script_only else self.audio


@dataclass(frozen=True)
class Opened(Generic[Database]):
    """One of the output folder's databases, or None when it is off or cannot be used (and why)."""

    database: Database | None
    warnings: tuple[str, ...] = ()

    def close(self) -> None:
        if self.database is not None:
            self.database.close()


@dataclass(frozen=True)
class Databases:
    """The output folder's databases for this run, each None when it is off or cannot be used."""

    ledger: Ledger | None = None  # the files the runs wrote, so retention removes only those
    history: History | None = None  # the memory of what aired


def targets(config: Config, playout: Sequence[str]) -> tuple[Target, ...]:
    """[[delivery]] entries from the settings, then --playout folders (copies under the own name)."""
    return tuple(config.delivery) + tuple(Target(folder=folder) for folder in playout)


def open_ledger(folder: Path) -> Opened[Ledger]:
    """The output folder's ledger of written files; when it cannot be used the bulletin still goes
    out, and retention then removes no old bulletins."""
    try:
        return Opened(Ledger(folder))
    except LedgerError as err:
        return Opened(None, (f"{err}; this run's files are not recorded and no old bulletins are removed",))


def open_history(config: Config, folder: Path) -> Opened[History]:
    """The memory of what aired; None when it is off or broken (the bulletin still goes out)."""
    if config.repeat_hours <= 0 and not config.history_db:
        return Opened(None)
    try:
        return Opened(History(Path(config.history_db) if config.history_db else default_path(folder)))
    except HistoryError as err:
        return Opened(None, (f"{err}; this hour goes out without the memory of what aired",))


def aired_recently(history: History | None, air: datetime, hours: float) -> list[Aired] | None:
    """The stories aired within `hours` before `air`, newest first; None when the memory is off or
    cannot be read (every story may go on air then; a read error is logged)."""
    if history is None or hours <= 0:
        return None
    try:
        return history.aired_since(air, hours)
    except HistoryError as err:
        log.warning("%s; every story goes on air this hour", err)
        return None


def record(ledger: Ledger | None, air: datetime, files: Sequence[tuple[FileId, str]]) -> tuple[str, ...]:
    """Note in the ledger what this run wrote ((FileId, kind) pairs); returns the warning when it
    cannot (those files are then never removed by retention)."""
    if ledger is None or not files:
        return ()
    try:
        ledger.record(air, files)
    except LedgerError as err:
        return (f"{err}; these files will not be removed by retention",)
    return ()


@dataclass(frozen=True)
class Copies:
    """The playout copies: per target what is there now or what went wrong, the ledger rows of what
    was written, and a warning per failed folder."""

    delivered: tuple[Delivered, ...] = ()
    rows: tuple[tuple[FileId, str], ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def failed(self) -> tuple[str, ...]:
        return tuple(d.folder for d in self.delivered if d.problem)

    @property
    def aired(self) -> bool:
        """False when every playout delivery failed: then the bulletin did not air."""
        return not self.delivered or any(not d.problem for d in self.delivered)

    def as_manifest(self) -> tuple[dict, ...]:
        """The manifest's `deliveries`."""
        return tuple(d.as_manifest() for d in self.delivered)


def deliver_copies(mp3_path: Path, where: Sequence[Target], air: datetime, bulletin_name: str) -> Copies:
    """A checked copy (or link) in every target; a failing folder does not stop the others."""
    done = deliver_all(mp3_path, where, air, bulletin_name, checked=True)
    for delivered in done:
        if not delivered.problem:
            log.info("delivered %s (%s)", delivered.path, delivered.mode)
    return Copies(tuple(done), tuple(_ledger_rows(where, done)),
                  tuple(f"playout: {d.problem}" for d in done if d.problem))


def _ledger_rows(where: Sequence[Target], done: Sequence[Delivered]) -> list[tuple[FileId, str]]:
    return [(d.written, "fixed" if target.fixed else "delivery")
            for target, d in zip(where, done, strict=True) if d.written is not None]


def remember(history: History | None, result: Result, verdicts: Sequence[str], aired: bool = True
             ) -> tuple[str, ...]:
    """Record what went on air this hour, with the memory's verdict per item; an hour whose every
    playout delivery failed did not air, so its stories are not "aired" for the next hour. Returns
    the warning when the memory cannot be written (the bulletin is out all the same)."""
    if history is None:
        return ()
    verdicts = list(verdicts) + [""] * (len(result.script.items) - len(verdicts))
    items = shown([(p.title, p.source, p.text, verdict)
                   for p, verdict in zip(result.script.items, verdicts, strict=False)])
    try:
        history.record(result.air_time, result.status, items, delivered=aired,
                       audio=shown(result.audio or ""), engine=result.engine)
    except HistoryError as err:
        return (f"{err}",)
    return ()


def remember_skipped(history: History | None, air: datetime) -> None:
    """Record a skipped hour (nothing new); a failure is logged, there is no manifest to note it in."""
    if history is None:
        return
    try:
        history.record(air, "skipped", [], note="nothing new")
    except HistoryError as err:
        log.warning("%s", err)


def tidy(config: Config, folder: Path, where: Sequence[Target], databases: Databases,
         air: datetime) -> Tidied:
    """Retention after the run, still under the lock: old files this station wrote, temp files of
    killed runs, the speech cache's cap, old runs in the memory. Problems are logged, never fatal."""
    tidied = Tidied()
    try:
        playout = [(Path(t.folder), t.name or config.file_name) for t in where]
        tidied = tidy_folders(folder, playout, Retention.of(config), databases.ledger)
        counts = tidied.counts()
        if databases.history is not None:
            counts["history"] = databases.history.forget_before(air - timedelta(days=config.history_days))
        if any(counts.values()):
            log.info("retention: removed %s", ", ".join(f"{n} {what}" for what, n in counts.items() if n))
    except (OSError, HistoryError) as err:
        log.warning("retention: %s", err)
    return tidied


# --- an hour made already -------------------------------------------------------------------------

def keep_made(config: Config, files: BulletinFiles, playout: Sequence[str],
              ledger: Ledger | None) -> Kept | None:
    """The hour is made already: keep it, and deliver it where its run could not. None: make it."""
    made = already_made(files, ledger)
    if made is None:
        return None
    if files.script_only:
        return Kept(str(files.final), str(files.manifest))
    return deliver_missing(config, made, files, targets(config, playout), ledger)


def already_made(files: BulletinFiles, ledger: Ledger | None) -> dict | None:
    """The manifest of the bulletin (or script) for this very hour when it is there whole, else None.
    In the repeated hour of October both 02:00 share a file name; the manifest's air time tells the
    first from the second, which replaces it."""
    final_path, manifest_path, air = files.final, files.manifest, files.air
    if not final_path.exists():
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        made_for = datetime.fromisoformat(manifest["air_time"])
    except (OSError, ValueError, KeyError, TypeError):
        log.info("%s has no readable manifest beside it; making it again", final_path.name)
        return None
    if made_for.timestamp() != air.timestamp():  # not !=: PEP 495 makes any fold=1 time unequal
        log.info("%s is the bulletin for %s, not %s (the repeated hour); replacing it", final_path.name,
                 made_for.isoformat(), air.isoformat())
        return None
    if not files.script_only and not manifest.get("audio"):
        log.info("%s describes a script, not %s; making it again", manifest_path.name, final_path.name)
        return None
    try:
        entries = [ledger.entry(path) for path in (final_path, manifest_path)] if ledger else []
    except LedgerError:
        entries = []
    if any(entry is not None and entry.file.state() != "ours" for entry in entries):
        log.info("%s and %s are not the pair a run wrote (one was replaced, or a run was killed "
                 "between them); making it again", final_path.name, manifest_path.name)
        return None
    return manifest


def deliver_missing(config: Config, made: dict, files: BulletinFiles, where: Sequence[Target],
                    ledger: Ledger | None) -> Kept:
    """A made hour is kept; every target its manifest does not record as delivered gets the bulletin
    now (a playout folder that was missing then): from the checked MP3 in the output folder, byte for
    byte as a run delivers it. Manifest, ledger and the memory of what aired learn of it."""
    air, mp3_path = files.air, files.audio
    delivered_before = {d.get("path") for d in made.get("deliveries") or [] if not d.get("problem")}
    missing = [t for t in where if str(Path(t.folder) / t.file_name(air, files.name)) not in delivered_before]
    if not missing:
        return Kept(str(mp3_path), str(files.manifest))
    there, done = [], []
    for target in missing:  # a copy an earlier run made but could not note: noted, not copied again
        path = Path(target.folder) / target.file_name(air, files.name)
        if is_copy_of(path, mp3_path):
            mode = "link" if path.samefile(mp3_path) else "copy"
            there.append(target)
            done.append(Delivered(target.folder, str(path), mode, written=FileId.of(path)))
    to_copy = [t for t in missing if t not in there]
    entry = ledger.entry(mp3_path) if ledger is not None else None
    checked = entry is not None and entry.file.state() == "ours"  # else it is decoded once first
    done += deliver_all(mp3_path, to_copy, air, files.name, checked=checked)
    warnings = [f"playout: {d.problem}" for d in done if d.problem]
    _note_later_deliveries(made, done)
    rows = _ledger_rows(there + to_copy, done)
    warnings += record(ledger, air, [(write_text(files.manifest, manifest_json(made)), "output"), *rows])
    if any(not d.problem for d in done):
        warnings += _mark_delivered(config, files)
    return Kept(str(mp3_path), str(files.manifest), delivered=tuple(d.path for d in done if not d.problem),
                failed=tuple(d.folder for d in done if d.problem), warnings=tuple(warnings))


def _note_later_deliveries(made: dict, done: Sequence[Delivered]) -> None:
    """The made hour's manifest (as read) learns of the copies delivered now."""
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    for delivered in done:
        if not delivered.problem:
            log.info("delivered %s (%s), which the run that made it could not", delivered.path,
                     delivered.mode)
            made.setdefault("warnings", []).append(f"playout: delivered {delivered.path} later ({now})")
    fresh = {d.path: d.as_manifest() for d in done}
    made["deliveries"] = [fresh.pop(d.get("path"), d) for d in made.get("deliveries") or []]
    made["deliveries"] += fresh.values()


def _mark_delivered(config: Config, files: BulletinFiles) -> tuple[str, ...]:
    """The memory of what aired learns that the kept hour reached a playout folder after all."""
    history = open_history(config, files.folder)
    if history.database is None:
        return history.warnings
    try:
        history.database.mark_delivered(files.air)
    except HistoryError as err:
        return (str(err),)
    finally:
        history.close()
    return ()

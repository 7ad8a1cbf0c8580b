"""Around the stages, for the unattended hourly run: delivery targets, the ledger of written files,
the memory of what aired, and retention. Problems here are warnings for the manifest and the log,
never the end of a bulletin.

An hour counts as made when its bulletin (or script) and manifest are both there, the manifest is
for that very hour, and, where the ledger knows them, both are still the files a run wrote: a run
killed between the two renames, or a pair of which one was replaced, is made again. A made hour is
kept, but what its run could not deliver (a playout folder that was missing) is delivered now.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from bulletin.config import Config
from bulletin.models import Kept, Result
from bulletin.text.desk import Memory

log = logging.getLogger("bulletin")


def targets(config: Config, playout: Sequence[str]) -> tuple:
    """[[delivery]] entries from the settings, then --playout folders (copies under the own name)."""
    from bulletin.station.deliver import Target

    return tuple(config.delivery) + tuple(Target(folder=folder) for folder in playout)


def deliver_copies(result: Result, mp3_path: Path, where: Sequence, bulletin_name: str,
                   warn: Callable[[str], None]) -> list[tuple]:
    """A checked copy (or link) in every target; a failing folder does not stop the others.
    Returns what was written, for the ledger."""
    from bulletin.station.deliver import deliver_all

    done = deliver_all(mp3_path, where, result.air_time, bulletin_name, checked=True)
    for delivered in done:
        result.deliveries.append(delivered.as_manifest())
        if delivered.problem:
            warn(f"playout: {delivered.problem}")
            result.failed_deliveries.append(delivered.folder)
        else:
            log.info("delivered %s (%s)", delivered.path, delivered.mode)
    return _ledger_rows(where, done)


def _ledger_rows(where: Sequence, done: Sequence) -> list[tuple]:
    return [(d.written, "fixed" if target.fixed else "delivery")
            for target, d in zip(where, done, strict=True) if d.written is not None]


def open_ledger(out_dir: Path, warn: Callable[[str], None]):
    """The output folder's ledger of written files, or None when it cannot be used (the bulletin
    still goes out; retention then removes no old bulletins)."""
    from bulletin.errors import LedgerError
    from bulletin.station.ledger import Ledger

    try:
        return Ledger(out_dir)
    except LedgerError as err:
        warn(f"{err}; this run's files are not recorded and no old bulletins are removed")
        return None


def record(ledger, air: datetime, files: Sequence[tuple], warn: Callable[[str], None]) -> None:
    """Note in the ledger what this run wrote ((FileId, kind) pairs); a failure is a warning."""
    from bulletin.errors import LedgerError

    if ledger is None or not files:
        return
    try:
        ledger.record(air, files)
    except LedgerError as err:
        warn(f"{err}; these files will not be removed by retention")


def already_made(final_path: Path, manifest_path: Path, air: datetime, ledger, audio: bool) -> dict | None:
    """The manifest of the bulletin (or script) for this very hour when it is there whole, else None.
    In the repeated hour of October both 02:00 share a file name; the manifest's air time tells the
    first from the second, which replaces it."""
    from bulletin.errors import LedgerError

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
    if audio and not manifest.get("audio"):
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


def open_history(config: Config, out_dir: Path, warn: Callable[[str], None]):
    """The state database, or None when the memory is off or broken (the bulletin still goes out)."""
    from bulletin.station.history import History, HistoryError, default_path

    if config.repeat_hours <= 0 and not config.history_db:
        return None
    try:
        return History(Path(config.history_db) if config.history_db else default_path(out_dir))
    except HistoryError as err:
        warn(f"{err}; this hour goes out without the memory of what aired")
        return None


def remember(memory: Memory, air, result: Result | None, script_only: bool) -> None:
    """Record what went on air this hour (a skipped hour too); a failure is a warning, not a stop."""
    from bulletin.station.history import HistoryError
    from bulletin.station.manifest import shown

    if memory.history is None or script_only:
        return
    try:
        if result is None:
            memory.history.record(air, "skipped", [], note="nothing new")
            return
        verdicts = memory.verdicts + [""] * (len(result.script.items) - len(memory.verdicts))
        items = shown([(p.title, p.source, p.text, v)
                       for p, v in zip(result.script.items, verdicts, strict=False)])
        # every delivery failed: it did not air, so its stories are not "aired" for the next hour
        delivered = not result.deliveries or any(not d["problem"] for d in result.deliveries)
        memory.history.record(air, result.status, items, delivered=delivered,
                              audio=shown(result.audio or ""), engine=result.engine)
    except HistoryError as err:
        (result.warnings.add if result is not None else log.warning)(f"{err}")


def tidy(config: Config, out_dir: Path, where: Sequence, memory: Memory, air, ledger=None):
    """Retention after the run, still under the lock; problems are logged, never fatal. Returns
    what it did (retention.Tidied)."""
    from bulletin.speech.cache import default_cache_dir
    from bulletin.station.history import HistoryError
    from bulletin.station.retention import Tidied, keep_seconds
    from bulletin.station.retention import tidy as remove_old

    tidied = Tidied()
    try:
        playout = [(Path(t.folder), t.name or config.file_name) for t in where]
        cache = Path(config.cache_dir) if config.cache_dir else default_cache_dir()
        keep = keep_seconds(config.keep_days, config.keep_hours)
        tidied = remove_old(out_dir, config.file_name, playout, keep, cache, config.cache_max_mb * 1_000_000,
                            ledger)
        counts = tidied.counts()
        if memory.history is not None:
            counts["history"] = memory.history.forget_before(air - timedelta(days=config.history_days))
        if any(counts.values()):
            log.info("retention: removed %s", ", ".join(f"{n} {what}" for what, n in counts.items() if n))
    except (OSError, HistoryError) as err:
        log.warning("retention: %s", err)
    finally:
        if memory.history is not None:
            memory.history.close()
    return tidied


def deliver_missing(made: dict, mp3_path: Path, manifest_path: Path, air: datetime, where: Sequence,
                    bulletin_name: str, ledger, history_of: Callable, warn: Callable[[str], None]) -> Kept:
    """A made hour is kept; every target its manifest does not record as delivered gets the bulletin
    now (a playout folder that was missing then): from the checked MP3 in the output folder, byte for
    byte as a run delivers it. Manifest, ledger and the memory of what aired learn of it."""
    from bulletin.station.deliver import Delivered, deliver_all, is_copy_of
    from bulletin.station.ledger import FileId

    delivered_before = {d.get("path") for d in made.get("deliveries") or [] if not d.get("problem")}
    missing = [t for t in where
               if str(Path(t.folder) / t.file_name(air, bulletin_name)) not in delivered_before]
    if not missing:
        return Kept(str(mp3_path), str(manifest_path))
    there, done = [], []
    for target in missing:  # a copy an earlier run made but could not note: noted, not copied again
        path = Path(target.folder) / target.file_name(air, bulletin_name)
        if is_copy_of(path, mp3_path):
            mode = "link" if path.samefile(mp3_path) else "copy"
            there.append(target)
            done.append(Delivered(target.folder, str(path), mode, written=FileId.of(path)))
    to_copy = [t for t in missing if t not in there]
    entry = ledger.entry(mp3_path) if ledger is not None else None
    checked = entry is not None and entry.file.state() == "ours"  # else it is decoded once first
    done += deliver_all(mp3_path, to_copy, air, bulletin_name, checked=checked)
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    for delivered in done:
        if delivered.problem:
            warn(f"playout: {delivered.problem}")
        else:
            log.info("delivered %s (%s), which the run that made it could not", delivered.path,
                     delivered.mode)
            made.setdefault("warnings", []).append(f"playout: delivered {delivered.path} later ({now})")
    fresh = {d.path: d.as_manifest() for d in done}
    made["deliveries"] = [fresh.pop(d.get("path"), d) for d in made.get("deliveries") or []]
    made["deliveries"] += fresh.values()
    _rewrite_manifest(manifest_path, made, air, _ledger_rows(there + to_copy, done), ledger, warn)
    if any(not d.problem for d in done):
        _mark_delivered(history_of(), air, warn)
    return Kept(str(mp3_path), str(manifest_path), delivered=tuple(d.path for d in done if not d.problem),
                failed=tuple(d.folder for d in done if d.problem))


def _rewrite_manifest(path: Path, data: dict, air: datetime, rows: list, ledger, warn) -> None:
    from bulletin.station.deliver import write_text
    from bulletin.station.manifest import manifest_json

    record(ledger, air, [(write_text(path, manifest_json(data)), "output"), *rows], warn)


def _mark_delivered(history, air: datetime, warn: Callable[[str], None]) -> None:
    from bulletin.station.history import HistoryError

    if history is None:
        return
    try:
        history.mark_delivered(air)
    except HistoryError as err:
        warn(str(err))
    finally:
        history.close()

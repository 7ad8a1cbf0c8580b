"""Around the stages, for the unattended hourly run: delivery targets, the memory of what aired, and
retention. Problems here are warnings for the manifest and the log, never the end of a bulletin."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

from bulletin.config import Config
from bulletin.editing import Memory
from bulletin.models import Result

log = logging.getLogger("bulletin")


def targets(config: Config, playout: Sequence[str]) -> tuple:
    """[[delivery]] entries from the settings, then --playout folders (copies under the own name)."""
    from bulletin.deliver import Target

    return tuple(config.delivery) + tuple(Target(folder=folder) for folder in playout)


def deliver_copies(result: Result, mp3_path: Path, where: Sequence, bulletin_name: str,
                   warn: Callable[[str], None]) -> None:
    """A checked copy (or link) in every target; a failing folder does not stop the others."""
    from bulletin.deliver import deliver_all

    for done in deliver_all(mp3_path, where, result.air_time, bulletin_name, checked=True):
        result.deliveries.append(dataclasses.asdict(done))
        if done.problem:
            warn(f"playout: {done.problem}")
            result.failed_deliveries.append(done.folder)
        else:
            log.info("delivered %s (%s)", done.path, done.mode)


def open_history(config: Config, out_dir: Path, warn: Callable[[str], None]):
    """The state database, or None when the memory is off or broken (the bulletin still goes out)."""
    from bulletin.history import History, HistoryError, default_path

    if config.repeat_hours <= 0 and not config.history_db:
        return None
    try:
        return History(Path(config.history_db) if config.history_db else default_path(out_dir))
    except HistoryError as err:
        warn(f"{err}; this hour goes out without the memory of what aired")
        return None


def remember(memory: Memory, air, result: Result | None, script_only: bool) -> None:
    """Record what went on air this hour (a skipped hour too); a failure is a warning, not a stop."""
    from bulletin.history import HistoryError

    if memory.history is None or script_only:
        return
    try:
        if result is None:
            memory.history.record(air, "skipped", [], note="nothing new")
            return
        verdicts = memory.verdicts + [""] * (len(result.script.items) - len(memory.verdicts))
        items = [(p.title, p.source, p.text, v) for p, v in zip(result.script.items, verdicts, strict=False)]
        # every delivery failed: it did not air, so its stories are not "aired" for the next hour
        delivered = not result.deliveries or any(not d["problem"] for d in result.deliveries)
        memory.history.record(air, result.status, items, delivered=delivered,
                              audio=result.audio or "", engine=result.engine)
    except HistoryError as err:
        (result.warnings.add if result is not None else log.warning)(f"{err}")


def tidy(config: Config, out_dir: Path, where: Sequence, memory: Memory, air) -> None:
    """Retention after the run, still under the lock; problems are logged, never fatal."""
    from bulletin.history import HistoryError
    from bulletin.retention import keep_seconds
    from bulletin.retention import tidy as remove_old
    from bulletin.tts.cache import default_cache_dir

    try:
        playout = [(Path(t.folder), t.name or config.file_name) for t in where]
        cache = Path(config.cache_dir) if config.cache_dir else default_cache_dir()
        keep = keep_seconds(config.keep_days, config.keep_hours)
        counts = remove_old(out_dir, config.file_name, playout, keep, cache, config.cache_max_mb * 1_000_000)
        if memory.history is not None:
            counts["history"] = memory.history.forget_before(air - timedelta(days=config.history_days))
        if any(counts.values()):
            log.info("retention: removed %s", ", ".join(f"{n} {what}" for what, n in counts.items() if n))
    except (OSError, HistoryError) as err:
        log.warning("retention: %s", err)
    finally:
        if memory.history is not None:
            memory.history.close()

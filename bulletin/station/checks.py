"""`make-bulletin check`: what works and what does not, one line each, before the first air hour.

Each check yields (status, line): "ok", "warn" (worth a look, the bulletin still goes out) or "fail"
(something the hourly run needs is broken; the command exits 1). Nothing here changes the station's
files: folders are tested with a hidden temp file that is removed at once.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from bulletin.errors import BulletinError, EngineError

ONLINE_TIMEOUT = 5.0  # seconds: check answers quickly even when Google hangs
Line = tuple[str, str]


def run_checks(config_path: Path | None, output: str | None = None,
               playout: Sequence[str] = ()) -> Iterator[Line]:
    from bulletin.config import load_config
    from bulletin.station.deliver import Target

    try:
        config, warnings = load_config(config_path, {"output": output})
    except BulletinError as err:
        yield "fail", f"configuration: {err}"
        return
    yield "ok", f"configuration: station {config.station!r}, time zone {config.timezone}"
    for message in warnings:
        yield "warn", f"configuration: {message}"
    yield _check(_air_hour, config)
    yield _check(_templates, config)
    yield from (_jingle(config, slot) for slot in config.jingles)
    if config.bed.get("file") and config.bed["file"].lower() != "none":
        yield _check(_bed, config)
    yield _check(_ffmpeg)
    yield from _engines(config)
    out = Path(config.output)
    yield _check(_writable, out, "output folder", True)
    targets = [*config.delivery, *(Target(folder=folder) for folder in playout)]
    for target in targets:
        yield _check(_playout, target, out, label=f"playout folder {target.folder}")
    yield from _free_space(config, [out, *(Path(t.folder) for t in targets)])
    yield _check(_history, config)
    yield _check(_lock, out)
    if config.log_file:
        yield _check(_log_file, Path(config.log_file))
    yield _check(_cache, config)
    yield _check(_inbox, config.inbox)


def _inbox(inbox: str) -> str:
    """A folder, a file, or a feed/page URL (its scheme and host are checked; it is fetched on use)."""
    from bulletin.ingest import require_existing

    path = require_existing(inbox)
    if path is None:
        return f"inbox {inbox}: a URL, fetched on each run"
    return f"inbox {path}: " + ("folder found" if path.is_dir() else "file found")


def _check(func, *args, label: str = "") -> Line:
    try:
        return "ok", func(*args)
    except (BulletinError, OSError) as err:
        return "fail", f"{label or func.__name__.strip('_').replace('_', ' ')}: {err}"


def _air_hour(config) -> str:
    from bulletin.station.airtime import next_full_hour

    air = next_full_hour(config.tz)
    return f"air hour: the next run makes {air:%Y-%m-%d %H:%M %Z} (UTC{air.isoformat()[-6:]})"


def _templates(config) -> str:
    from zoneinfo import ZoneInfo

    from bulletin.models import Item
    from bulletin.text.render import render_script

    sample = Item(title="Test", text="Testmeldung.", source="", origin="check", seconds=1.0)
    render_script([sample], config.station, datetime(2026, 1, 1, 14, tzinfo=ZoneInfo(config.timezone)),
                  config.templates)
    return "templates: intro.j2, item.j2, outro.j2 render" + (
        f" (user folder {config.templates})" if config.templates else "")


def _jingle(config, slot: str) -> Line:
    """Decodes (at most max_jingle_seconds of) the jingle; a longer one is cut on air: a warning."""
    from bulletin.sound.mix import jingle_path, load_jingle

    path = jingle_path(slot, config.jingles.get(slot, ""))
    if path is None:
        return "ok", f"jingle {slot}: none"
    try:
        piece = load_jingle(path, config.sample_rate, config.channels, max_seconds=config.max_jingle_seconds)
    except (BulletinError, OSError) as err:
        return "fail", f"jingle: {err}"
    if piece.cut:
        return "warn", (f"jingle {slot}: {path.name} is longer than max_jingle_seconds; only its first "
                        f"{config.max_jingle_seconds:g} s are played (faded out)")
    return "ok", f"jingle {slot}: {path.name}, {piece.frames / config.sample_rate:.1f} s"


def _bed(config) -> str:
    from bulletin.sound.bed import BedSettings, load_bed

    settings = BedSettings(**config.bed)
    bed = load_bed(settings, config.sample_rate, config.channels, -23.0, 600.0)
    return f"bed: {settings.path().name}, {len(bed.loop) / config.sample_rate:.1f} s (looped as needed)"


def _ffmpeg() -> str:
    from bulletin.sound.audio import ffmpeg_exe, run_ffmpeg

    run_ffmpeg(["-version"], what="ffmpeg -version")
    return f"ffmpeg: {ffmpeg_exe()}"


def _engines(config) -> Iterator[Line]:
    """Each voice the run may use; a broken one only fails the check when no other can speak."""
    candidates = config.engines if config.engine == "auto" else (config.engine,)
    results = [_check(_engine, config, name, label=f"voice {name}") for name in candidates]
    working = [name for name, (status, _) in zip(candidates, results, strict=True) if status == "ok"]
    for status, line in results:
        if status == "fail" and working:
            yield "warn", f"{line}; auto uses {working[0]} instead"
        else:
            yield status, line
    if not working:
        yield "fail", "speech: no engine can speak"


def _engine(config, name: str) -> str:
    from bulletin.speech import engine_class, unavailable_reason
    from bulletin.speech.voices import load_voice

    voice = load_voice(config.voices[name], config.voices_dir)
    engine = engine_class(name).from_config(config)
    problem = unavailable_reason(engine)
    if problem:
        raise BulletinError(f"{name} is not available: {problem}")
    if name == "gtts":  # one short request, no retries: is the online voice there right now?
        engine.timeout, engine.retries = min(config.gtts_timeout, ONLINE_TIMEOUT), 0
        engine.deadline = ONLINE_TIMEOUT * 2
    started = time.monotonic()
    try:
        clip = engine.synthesize("Test.", voice)
    except EngineError as err:
        raise BulletinError(err.problem) from None  # the line already names the voice
    took = time.monotonic() - started
    where = " online, reachable" if name == "gtts" else ""
    return (f"voice {name}: profile {voice.name},{where} speaks ({clip.seconds * 1000:.0f} ms test in "
            f"{took:.1f} s)")


def _writable(folder: Path, label: str, create: bool = False) -> str:
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    if not folder.is_dir():
        raise BulletinError(f"{folder} does not exist; create it")
    # a real write: os.access says yes to root even on a read-only mount
    fd, name = tempfile.mkstemp(prefix=".check.", suffix=".part", dir=folder)
    os.close(fd)
    os.unlink(name)
    return f"{label} {folder}: writable"


def _playout(target, out: Path) -> str:
    line = _writable(Path(target.folder), "playout folder")
    name = target.name or "(the bulletin's own name)"
    line += f", {target.mode} as {name}"
    if target.mode == "link" and out.is_dir() and os.stat(target.folder).st_dev != os.stat(out).st_dev:
        line += " (another file system than the output: it will be copied)"
    return line


def _free_space(config, folders: list[Path]) -> Iterator[Line]:
    """Free space where bulletins are written; one line per file system."""
    seen = set()
    need = config.min_free_mb
    for folder in folders:
        try:
            device = os.stat(folder).st_dev
            free_mb = shutil.disk_usage(folder).free / 1e6
        except OSError:
            continue  # the folder line above already failed
        if device in seen:
            continue
        seen.add(device)
        text = f"free space at {folder}: {free_mb:,.0f} MB"
        if free_mb < need:
            yield "fail", f"{text}, less than min_free_mb ({need} MB); make room"
        elif free_mb < 5 * need:
            yield "warn", f"{text}, getting close to min_free_mb ({need} MB)"
        else:
            yield "ok", text


def _history(config) -> str:
    from bulletin.station.history import default_path, opened

    if config.repeat_hours <= 0 and not config.history_db:
        return "history: off (repeat_hours = 0), stories may repeat every hour"
    path = Path(config.history_db) if config.history_db else default_path(config.output)
    if not path.exists():
        return f"history {path}: made by the first run"
    with opened(path) as history:
        count, answer = history.quick_check()
        runs = history.runs(1)
    if answer != "ok":
        raise BulletinError(f"{path} is damaged ({answer}); move it aside, the next run makes a new one")
    last = f", last {runs[0].air_local.replace('T', ' ')[:16]} ({runs[0].status})" if runs else ""
    return f"history {path}: {count} runs{last}; repeat_hours = {config.repeat_hours}"


def _lock(out: Path) -> str:
    from bulletin.station.lock import is_locked

    holder = is_locked(out)
    return f"lock: {'a run is in progress: ' + holder if holder else 'no run in progress'}"


def _log_file(path: Path) -> str:
    _writable(path.parent, "log folder", True)
    return f"log file {path}: writable"


def _cache(config) -> str:
    from bulletin.speech import cache_folder

    folder = cache_folder(config.cache_dir)
    _writable(folder, "speech cache", True)
    size = sum(f.stat().st_size for f in folder.rglob("*.wav"))
    cap = f" of {config.cache_max_mb} MB" if config.cache_max_mb else " (no cap)"
    return f"speech cache {folder}: {size / 1e6:.1f} MB{cap}"

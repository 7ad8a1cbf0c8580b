"""`make-bulletin check`: what works and what does not, one line each, before the first air hour."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from bulletin.errors import BulletinError


def run_checks(config_path: Path | None) -> Iterator[tuple[bool, str]]:
    from bulletin.config import load_config

    try:
        config, warnings = load_config(config_path)
    except BulletinError as err:
        yield False, f"configuration: {err}"
        return
    yield True, f"configuration: station {config.station!r}, time zone {config.timezone}"
    for message in warnings:
        yield True, f"configuration: warning: {message}"
    yield _check(_templates, config)
    yield from (_check(_jingle, config, slot) for slot in config.jingles)
    if config.bed.get("file") and config.bed["file"].lower() != "none":
        yield _check(_bed, config)
    yield _check(_ffmpeg)
    candidates = config.engines if config.engine == "auto" else (config.engine,)
    results = [_check(_engine, config, name) for name in candidates]
    yield from results
    if not any(ok for ok, _ in results):
        yield False, "speech: no engine can speak"
    yield _check(_writable, Path(config.output), "output folder")
    inbox = Path(config.inbox)
    yield (inbox.is_dir(), f"inbox {inbox}: " + ("found" if inbox.is_dir() else "missing (give -i or "
                                                 "set `inbox`)"))


def _check(func, *args) -> tuple[bool, str]:
    try:
        return True, func(*args)
    except (BulletinError, OSError) as err:
        return False, f"{func.__name__.strip('_')}: {err}"


def _templates(config) -> str:
    from zoneinfo import ZoneInfo

    from bulletin.models import Item
    from bulletin.render import render_script

    sample = Item(title="Test", text="Testmeldung.", source="", origin="check", seconds=1.0)
    render_script([sample], config.station, datetime(2026, 1, 1, 14, tzinfo=ZoneInfo(config.timezone)),
                  config.templates)
    return "templates: intro.j2, item.j2, outro.j2 render" + (
        f" (user folder {config.templates})" if config.templates else "")


def _jingle(config, slot: str) -> str:
    from bulletin.mix import jingle_path, load_jingle

    path = jingle_path(slot, config.jingles.get(slot, ""))
    if path is None:
        return f"jingle {slot}: none"
    piece = load_jingle(path, config.sample_rate, config.channels)
    return f"jingle {slot}: {path.name}, {piece.frames / config.sample_rate:.1f} s"


def _bed(config) -> str:
    from bulletin.bed import BedSettings, load_bed

    settings = BedSettings(**config.bed)
    bed = load_bed(settings, config.sample_rate, config.channels, -23.0, 600.0)
    return f"bed: {settings.path().name}, {len(bed.loop) / config.sample_rate:.1f} s (looped as needed)"


def _ffmpeg() -> str:
    from bulletin.audio import ffmpeg_exe, run_ffmpeg

    run_ffmpeg(["-version"], what="ffmpeg -version")
    return f"ffmpeg: {ffmpeg_exe()}"


def _engine(config, name: str) -> str:
    from bulletin.tts import engine_class
    from bulletin.tts.voices import load_voice

    voice = load_voice(config.voices[name], config.voices_dir)
    engine = engine_class(name).from_config(config)
    if not engine.available():
        raise BulletinError(f"{name} is not available")
    if name == "espeak":
        clip = engine.synthesize("Test.", voice)
        return f"voice {name}: profile {voice.name}, speaks ({len(clip)} ms test)"
    return f"voice {name}: profile {voice.name}, library present (reachability is tested on use)"


def _writable(folder: Path, label: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    if not os.access(folder, os.W_OK):
        raise BulletinError(f"{folder} is not writable")
    return f"{label} {folder}: writable"

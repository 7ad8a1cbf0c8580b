"""Calls the stages in order, and nothing else: edit (ingest, clean, each story once, condense:
editing.py), fit the slot, render, normalize, speak, mix, master, deliver. Warnings are collected for
the manifest and logged as they happen.

A run holds its output folder's lock from start to end (lock.py); inside it, the memory of what aired
keeps recent stories from being repeated, the ledger notes every file written, and retention tidies
up afterwards (operation.py). Bulletin and manifest are one unit: both are complete in temp files
before either gets its final name, and the two renames follow each other directly.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bulletin import __version__
from bulletin.config import Config
from bulletin.models import Dropped, Kept, Result, Script
from bulletin.station.manifest import manifest_text, summarized, write_manifest
from bulletin.text.controls import escape_controls
from bulletin.text.desk import Memory, edit, guard_items

log = logging.getLogger("bulletin")


@dataclass(frozen=True)
class Request:
    air: datetime
    inputs: tuple[str, ...] = ()
    output: str = ""
    engine: str = ""  # "" -> config.engine
    force: bool = False
    playout: tuple[str, ...] = ()
    script_only: bool = False
    script_file: str = ""


class Warnings(list):
    def add(self, message: str) -> None:
        message = escape_controls(message)  # names files and titles: shown escaped, here and in the manifest
        log.warning(message)
        self.append(message)


def bulletin_name(config: Config, air: datetime) -> str:
    return config.file_name.format(air=air)


def make_bulletin(config: Config, request: Request, config_warnings: Sequence[str] = (),
                  progress: Callable[[int, int], None] | None = None) -> Result | Kept:
    """Make the bulletin for request.air; return what was made (paths, measurements, warnings), or
    what was kept when the hour is made already (and --force was not given)."""
    from bulletin.ingest import require_existing
    from bulletin.station.hourly import open_ledger
    from bulletin.station.lock import output_lock
    from bulletin.text.script_file import require_script_file

    warnings = Warnings()
    for message in config_warnings:
        warnings.add(message)
    out_dir = Path(request.output or config.output)
    name = bulletin_name(config, request.air)
    mp3_path, manifest_path = out_dir / f"{name}.mp3", out_dir / f"{name}.json"
    final_path = out_dir / f"{name}.script.txt" if request.script_only else mp3_path
    if request.script_file:
        require_script_file(Path(request.script_file))
    for source in (request.script_file,) if request.script_file else request.inputs or (config.inbox,):
        require_existing(source)  # a broken setup is reported even when the hour is already made
    with output_lock(out_dir, config.lock_wait, f"making {request.air:%Y-%m-%d %H:%M %Z}"):
        ledger = open_ledger(out_dir, warnings.add)
        try:
            kept = None if request.force else _kept(config, request, ledger, final_path, manifest_path,
                                                    warnings)
            return kept or _run(config, request, warnings, ledger, out_dir,
                                (mp3_path, manifest_path, final_path), progress)
        finally:
            if ledger is not None:
                ledger.close()


def _kept(config: Config, request: Request, ledger, final_path: Path, manifest_path: Path,
          warnings: Warnings) -> Kept | None:
    """The hour is made already: keep it, and deliver it where its run could not."""
    from bulletin.station.hourly import already_made, deliver_missing, open_history, targets

    made = already_made(final_path, manifest_path, request.air, ledger, audio=not request.script_only)
    if made is None:
        return None
    if request.script_only:
        return Kept(str(final_path), str(manifest_path))
    out_dir = final_path.parent
    return deliver_missing(made, final_path, manifest_path, request.air, targets(config, request.playout),
                           bulletin_name(config, request.air), ledger,
                           lambda: open_history(config, out_dir, warnings.add), warnings.add)


def _run(config: Config, request: Request, warnings: Warnings, ledger, out_dir: Path, paths: tuple,
         progress) -> Result:
    from bulletin.station.history import NothingNew
    from bulletin.station.hourly import open_history, remember, targets, tidy

    started = time.monotonic()
    log.info("run: %s for %s, output %s", "script" if request.script_only else "bulletin",
             request.air.isoformat(), out_dir)
    memory = Memory(history=open_history(config, out_dir, warnings.add))
    try:
        result = _make(config, request, warnings, memory, *paths, progress, ledger)
    except NothingNew:
        remember(memory, request.air, None, request.script_only)
        raise
    finally:
        tidy(config, out_dir, targets(config, request.playout), memory, request.air, ledger)
    log.info("run: done in %.1f s: %s, %d items (%s), %.1f s of audio, voice %s",
             time.monotonic() - started, result.script_path or result.audio, len(result.script.items),
             result.status, result.duration_s, result.engine or "-")
    return result


def _make(config: Config, request: Request, warnings: Warnings, memory: Memory, mp3_path: Path,
          manifest_path: Path, final_path: Path, progress, ledger) -> Result:
    jingles = _jingles_soon(config, request, warnings.add)  # numpy and jingles load in the background
    engine_choice = request.engine or config.engine
    candidates = tuple(config.engines) if engine_choice == "auto" else (engine_choice,)
    voices = {name_: _voice_profiles(config, name_) for name_ in candidates}
    first_voice = voices[candidates[0]][0]
    dropped: list[Dropped] = []
    log.info("stage: ingest")
    if request.script_file:
        from bulletin.config import MOST_ITEMS
        from bulletin.sound.fit import cap_script, items_of_script, script_with_items
        from bulletin.text.script_file import read_script

        edited = read_script(Path(request.script_file))
        edited = _noted(cap_script(edited, MOST_ITEMS), warnings, dropped).script
        items = items_of_script(edited, request.script_file, _estimator(first_voice))
        memory.verdicts = ["script"] * len(items)

        def render(chosen):
            return normalized(script_with_items(edited, chosen), first_voice.lexicon)
    else:
        from bulletin.text.render import render_script

        items = edit(config, request.inputs or (config.inbox,), request.air, _estimator(first_voice),
                     warnings.add, dropped, memory)

        def render(chosen):
            script = _guarded_frame(render_script(chosen, config.station, request.air, config.templates),
                                    warnings)
            return normalized(script, first_voice.lexicon)  # the speaker redoes it per voice used
    items = guard_items(items, warnings.add, dropped, request.air)
    from bulletin.sound.fit import within_max_seconds

    limited = within_max_seconds(config, items, render, voices[candidates[0]],
                                 lambda: _jingle_frames(jingles), _estimator)
    items = list(_noted(limited, warnings, dropped).items)
    slot = None
    if config.slot_seconds:
        from bulletin.sound.fit import SlotFitter

        slot = SlotFitter(config, items, render, _jingle_frames(jingles), voices[candidates[0]], _estimator)
        items = slot.items
    result = Result(air_time=request.air, station=config.station, script=render(items),
                    loudness_target=config.loudness_target, dropped=dropped, warnings=warnings)
    result.status = memory.status
    if request.script_only:
        if slot:
            slot.report(result.dropped, result.warnings.add)
        return _deliver_script(result, final_path, manifest_path, ledger)
    return _produce_audio(config, request, result, candidates, voices, mp3_path, manifest_path, progress,
                          jingles, slot, (memory, ledger))


def _noted(limited, warnings: Warnings, dropped: list[Dropped]):
    """A limit's result, its warnings and what it dropped taken into the run's."""
    for message in limited.warnings:
        warnings.add(message)
    dropped.extend(limited.dropped)
    return limited


def _jingle_frames(jingles) -> dict[str, int]:
    return {name: piece.frames for name, piece in jingles.result().items() if piece is not None}


def _guarded_frame(script: Script, warnings: Warnings) -> Script:
    """The last guard for the station's own parts too: a template that puts an e-mail address or a
    phone number in the intro or outro is warned about once, and that sentence is not read."""
    from bulletin.text.clean import guard_text

    parts = []
    for part in script.parts:
        text, removed = (part.text, []) if part.kind == "item" else guard_text(part.text)
        for sentence in removed:
            message = f"{part.kind} template: left out {sentence[:80]!r} (payment or contact data, a link)"
            if message not in warnings:
                warnings.add(message)
        if text.strip():
            parts.append(dataclasses.replace(part, text=text) if removed else part)
    return Script(parts=tuple(parts))


def _jingles_soon(config: Config, request: Request, warn: Callable[[str], None]):
    """A future of the decoded jingles (needed for audio, and for the slot's length estimate), loaded
    in a daemon thread: a run stopped early never waits for it."""
    from concurrent.futures import Future

    from bulletin.interrupts import in_background

    if request.script_only and not config.slot_seconds:
        done: Future = Future()
        done.set_result({})
        return done

    def load():
        from bulletin.sound.mix import load_jingles

        return load_jingles(config.jingles, config.sample_rate, config.channels, config.jingle_level, warn,
                            max_seconds=config.max_jingle_seconds)

    return in_background(load, name="jingles")


def _voice_profiles(config: Config, engine: str) -> tuple:
    """The engine's first profile, and its second one when voices alternate."""
    from bulletin.speech.voices import load_voices

    names = [config.voices[engine]]
    if config.alternate != "off":
        names.append(config.second_voices.get(engine, config.voices[engine]))
    return load_voices(engine, names, config.voices_dir)


def _estimator(voice) -> Callable[[str], float]:
    from bulletin.speech.normalize import normalize

    return lambda text: len(normalize(text, voice.lexicon)) / voice.chars_per_second


def normalized(script: Script, lexicon=None) -> Script:
    from bulletin.speech.normalize import normalize

    parts = script.parts
    return Script(parts=tuple(dataclasses.replace(p, spoken=normalize(p.text, lexicon)) for p in parts))


def _produce_audio(config: Config, request: Request, result: Result, candidates, voices, mp3_path: Path,
                   manifest_path: Path, progress, jingles, slot, state: tuple) -> Result:
    from bulletin.sound.audio import release_memory
    from bulletin.sound.bed import BedSettings
    from bulletin.sound.mastering import MasterSettings, Tags, master_to_mp3, start_codec_probe
    from bulletin.sound.mix import SpeechPrep, mix_programme
    from bulletin.speech.cache import SpeechCache
    from bulletin.speech.speaker import default_engine_factory, speak_parts
    from bulletin.speech.voices import voice_slots
    from bulletin.station.deliver import AtomicFiles, finished_mp3_ok

    rate, channels = config.sample_rate, config.channels
    cache, make_engine = SpeechCache(config.cache_dir or None), default_engine_factory(config)
    # LAME's level loss: measured once per ffmpeg and bitrate, on the other core while the voice speaks
    start_codec_probe(config.bitrate, rate, channels, cache.folder / "codec-level-loss.json")
    prep = SpeechPrep(rate, channels)  # each clip is resampled and measured as soon as it is spoken
    log.info("stage: speak")
    for attempt in range(3):
        script = result.script
        kinds = [p.kind for p in script.parts]
        slots = voice_slots(kinds, config.alternate)
        spoken = speak_parts(script.parts, candidates, voices, cache, make_engine, progress, slots,
                             on_clip=prep.submit)
        pieces = [prep.get(key) for key in spoken.keys]
        if slot is None or attempt == 2:
            break
        # what the voice really took: speak again what fitting changes (the rest comes from the cache)
        again = slot.after_speech(script, voices[spoken.engine], slots, [piece.frames for piece in pieces])
        if again is None:
            break
        result.script = again
    if slot:
        slot.report(result.dropped, result.warnings.add)
    for message in spoken.warnings:
        result.warnings.add(message)
    release_memory()  # what preparing the speech left behind, before the programme is allocated
    log.info("stage: mix")
    limit = config.slot_seconds or config.max_seconds  # the slot is never longer than max_seconds
    programme = mix_programme(pieces, kinds, jingles.result(), rate, channels, config.pause_seconds,
                              BedSettings(**config.bed), length_s=limit if config.fit == "exact" else None,
                              max_s=limit)
    del pieces
    prep.done.clear()  # the clips are in the programme now: free their memory before mastering
    if programme.cut:
        what = f"the {limit:g} s slot" if config.slot_seconds else f"max_seconds ({limit:g} s)"
        result.warnings.add(f"even the shortest bulletin is longer than {what}; the end was cut "
                            "(with a fade)")
    speech_seconds = [seg.end - seg.start for seg in programme.timeline if seg.kind == "speech"]
    result.script = Script(parts=tuple(dataclasses.replace(part, seconds=round(seconds, 2))
                                       for part, seconds in zip(spoken.parts, speech_seconds, strict=True)))
    result.engine = spoken.engine
    result.voices = sorted({p.voice for p in spoken.parts})
    _same_voice_warning(result, voices[spoken.engine], config.alternate)
    air = request.air
    tags = Tags(title=f"Nachrichten {air.hour} Uhr, {air:%d.%m.%Y}", artist=config.station,
                album=f"{config.station} Nachrichten", date=f"{air:%Y-%m-%d}",
                comment=f"bulletin {__version__}, voice: {spoken.engine} ({', '.join(result.voices)})")
    log.info("stage: master")
    pair = AtomicFiles(mp3_path, manifest_path)
    with pair as (tmp, manifest_tmp):
        mastered = master_to_mp3(programme, tmp, MasterSettings.of(config), tags)
        log.info("stage: deliver")
        finished_mp3_ok(tmp, mastered.frames)  # only a whole file that decodes goes live and to playout
        result.loudness = mastered.loudness
        result.audio, result.duration_s = str(mp3_path), round(mastered.seconds, 3)
        manifest_tmp.write_bytes(manifest_text(result).encode("utf-8"))  # before the MP3 gets its name
    result.manifest = str(manifest_path)
    return _publish(config, request, result, pair.written, *state)


def _publish(config: Config, request: Request, result: Result, pair: tuple, memory: Memory, ledger) -> Result:
    """Bulletin and manifest are in place: note them, deliver the copies, remember the hour, and
    write the manifest again with what the deliveries did."""
    from bulletin.station.hourly import deliver_copies, record, remember, targets

    air = result.air_time
    warned = len(result.warnings)
    record(ledger, air, [(written, "output") for written in pair], result.warnings.add)
    where = targets(config, request.playout)
    copies = deliver_copies(result, Path(result.audio), where, bulletin_name(config, air),
                            result.warnings.add)
    remember(memory, air, result, request.script_only)
    if where or len(result.warnings) > warned:
        record(ledger, air, [(write_manifest(result, Path(result.manifest)), "output"), *copies],
               result.warnings.add)
    return result


def _same_voice_warning(result: Result, profiles, alternate: str) -> None:
    if alternate != "off" and len(profiles) == 2 and profiles[0].key == profiles[1].key:
        result.warnings.add(f"alternate = {alternate}: both voice profiles ({profiles[0].name}, "
                            f"{profiles[1].name}) sound the same; {profiles[0].engine} has one German voice")


def _deliver_script(result: Result, script_path: Path, manifest_path: Path, ledger) -> Result:
    from bulletin.station.deliver import AtomicFiles
    from bulletin.station.hourly import record
    from bulletin.text.script_file import write_script

    header = f"Nachrichten {result.station}, Sendezeit {result.air_time.isoformat()}"
    pair = AtomicFiles(script_path, manifest_path)
    with pair as (script_tmp, manifest_tmp):
        write_script(script_tmp, result.script, header, summarized(result.dropped))
        manifest_tmp.write_bytes(manifest_text(result).encode("utf-8"))
    result.manifest, result.script_path = str(manifest_path), str(script_path)
    record(ledger, result.air_time, [(written, "output") for written in pair.written], result.warnings.add)
    return result

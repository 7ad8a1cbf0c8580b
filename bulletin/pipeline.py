"""The story of one bulletin, in the order it happens (the README's architecture table tells it too):

    station          lock                   station.lock.output_lock, station.hourly.keep_made -> Kept
    ingest           ingest                 ingest.collect -> Collected (called by the desk)
    text             clean, dedupe,         text.desk.edit -> Edited
                     condense               (an edited script: text.script_file.read_edited -> Edited)
                     check                  text.desk.guard_items -> Guarded
                     render                 text.render.Renderer
    speech, sound    fit, normalize, speak  sound.fit.within_max_seconds -> Limited,
                                            sound.fit.speak_to_fit -> Fitted (speech.speaker.Spoken)
    sound            mix                    sound.mix.mix -> Mixed
                     master                 sound.mastering.master_to_mp3 -> Mastered
    station          deliver, manifest      station.deliver.AtomicFiles,
                                            station.hourly.deliver_copies -> Copies
                     memory                 station.hourly.remember
                     retention              station.hourly.tidy -> Tidied

With --script-only, sound.fit.fit_to_slot -> Limited fits the slot on estimates and the script file is
written with the manifest instead of speech and sound. Each stage returns what it made and what it
left out or warned about; this module collects them (`Notes`) and builds the run's Result, from which
the manifest is written, and does nothing else. Bulletin and manifest are complete in temp files
before either gets its final name, and the two renames follow each other directly.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bulletin import __version__
from bulletin.config import Config
from bulletin.ingest import require_existing
from bulletin.interrupts import in_background
from bulletin.models import Dropped, Edited, Kept, Result, Script, Skipped
from bulletin.sound.fit import (
    Fitting,
    Said,
    fit_to_slot,
    speak_to_fit,
    speaking_time,
    within_max_seconds,
)
from bulletin.sound.order import Jingles
from bulletin.station.deliver import AtomicFiles, finished_mp3_ok
from bulletin.station.hourly import (
    BulletinFiles,
    Databases,
    aired_recently,
    deliver_copies,
    keep_made,
    open_history,
    open_ledger,
    record,
    remember,
    remember_skipped,
    targets,
    tidy,
)
from bulletin.station.ledger import FileId
from bulletin.station.lock import output_lock
from bulletin.station.manifest import manifest_text, summarized, write_manifest
from bulletin.text.controls import escape_controls
from bulletin.text.desk import edit, guard_items
from bulletin.text.render import Renderer
from bulletin.text.script_file import read_edited, require_script_file, write_script

if TYPE_CHECKING:
    from bulletin.sound.mix import Mixed, Piece, SpeechPrep
    from bulletin.speech.cache import SpeechCache
    from bulletin.speech.speaker import Spoken
    from bulletin.speech.voices import VoiceProfile

log = logging.getLogger("bulletin")


@dataclass(frozen=True)
class Request:
    """What the command line asks for."""

    air: datetime
    inputs: tuple[str, ...] = ()
    output: str = ""
    engine: str = ""  # "" -> config.engine
    force: bool = False
    playout: tuple[str, ...] = ()
    script_only: bool = False
    script_file: str = ""


@dataclass(frozen=True)
class Run:
    """One run: the settings, what was asked, where its files go, the output folder's databases, and
    where the synthesis shows its progress."""

    config: Config
    request: Request
    files: BulletinFiles
    databases: Databases
    progress: Callable[[int, int], None] | None = None


@dataclass(frozen=True)
class Notes:
    """What the stages so far left out and warned about, in the order they ran."""

    dropped: tuple[Dropped, ...] = ()
    warnings: tuple[str, ...] = ()

    def took(self, outcome) -> Notes:
        """These notes and a stage result's (its `warnings`, and its `dropped` if it has any)."""
        return dataclasses.replace(self.warned(outcome.warnings),
                                   dropped=self.dropped + tuple(getattr(outcome, "dropped", ())))

    def warned(self, messages: Sequence[str]) -> Notes:
        """These notes and `messages`, logged now (file names and titles in them shown escaped, here
        and in the manifest)."""
        return dataclasses.replace(self, warnings=self.warnings + _logged(messages))


def _logged(messages: Sequence[str]) -> tuple[str, ...]:
    escaped = tuple(escape_controls(message) for message in messages)
    for message in escaped:
        log.warning(message)
    return escaped


def make_bulletin(config: Config, request: Request, config_warnings: Sequence[str] = (),
                  progress: Callable[[int, int], None] | None = None) -> Result | Kept | Skipped:
    """Make the bulletin for request.air and return what was made; or what was kept, when the hour is
    made already and --force was not given; or that the hour was skipped (nothing new)."""
    files = BulletinFiles.of(config, request.air, request.output, request.script_only)
    if request.script_file:
        require_script_file(Path(request.script_file))
    for source in (request.script_file,) if request.script_file else request.inputs or (config.inbox,):
        require_existing(source)  # a broken setup is reported even when the hour is already made
    with output_lock(files.folder, config.lock_wait, f"making {request.air:%Y-%m-%d %H:%M %Z}"):
        ledger = open_ledger(files.folder)
        try:
            notes = Notes().warned(config_warnings).took(ledger)
            kept = None if request.force else keep_made(config, files, request.playout, ledger.database)
            if kept is not None:
                _logged(kept.warnings)
                return kept
            return _run(Run(config, request, files, Databases(ledger.database), progress), notes)
        finally:
            ledger.close()


def _run(run: Run, notes: Notes) -> Result | Skipped:
    """The hour made from scratch, with the memory of what aired; retention afterwards."""
    config, request = run.config, run.request
    started = time.monotonic()
    log.info("run: %s for %s, output %s", "script" if request.script_only else "bulletin",
             request.air.isoformat(), run.files.folder)
    history = open_history(config, run.files.folder)
    run = dataclasses.replace(run, databases=Databases(run.databases.ledger, history.database))
    try:
        made = _make(run, notes.took(history))
    finally:
        tidy(config, run.files.folder, targets(config, request.playout), run.databases, request.air)
        history.close()
    if isinstance(made, Result):
        log.info("run: done in %.1f s: %s, %d items (%s), %.1f s of audio, voice %s",
                 time.monotonic() - started, made.script_path or made.audio, len(made.script.items),
                 made.status, made.duration_s, made.engine or "-")
    return made


def _make(run: Run, notes: Notes) -> Result | Skipped:
    """The text stage, then the script (--script-only) or the audio."""
    config, request = run.config, run.request
    jingles = _jingles_soon(config, request)  # numpy and the jingles load in the background
    voices = _voice_profiles(config, request.engine or config.engine)
    first_voice = next(iter(voices.values()))[0]
    log.info("stage: ingest")
    edited = _edited(run, first_voice)
    notes = notes.took(edited)
    if edited.status == "skipped":
        if not request.script_only:
            remember_skipped(run.databases.history, request.air)
        return Skipped(request.air, edited.note)
    guarded = guard_items(edited.items, request.air)
    render = Renderer(config.station, request.air, config.templates, first_voice.lexicon, edited.frame)
    notes = notes.took(guarded).took(render.written(guarded.items))  # and the station's own parts
    fitting = Fitting(config, render, voices, jingles)
    limited = within_max_seconds(fitting, guarded.items)
    notes = notes.took(limited)
    if request.script_only:
        return _script_only(run, fitting, edited, limited.items, notes)
    return _audio(run, fitting, edited, limited.items, notes)


def _edited(run: Run, voice: VoiceProfile) -> Edited:
    """The items for this hour: from the articles (ingest and the desk), or from an edited script."""
    config, request = run.config, run.request
    estimate = speaking_time(voice)
    if request.script_file:
        return read_edited(request.script_file, estimate)
    aired = aired_recently(run.databases.history, request.air, config.repeat_hours)
    return edit(config, request.inputs or (config.inbox,), request.air, estimate, aired)


def _script_only(run: Run, fitting: Fitting, edited: Edited, items: Sequence, notes: Notes) -> Result:
    """The script file and its manifest for an editor, no audio: fitted to the slot on estimates."""
    fitted = fit_to_slot(fitting, items)
    notes = notes.took(fitted).took(fitting.jingles.result())  # loaded for the slot's estimate only
    config, files = run.config, run.files
    made = Result(air_time=run.request.air, station=config.station, script=fitting.render(fitted.items),
                  manifest=str(files.manifest), script_path=str(files.script),
                  loudness_target=config.loudness_target, dropped=notes.dropped, warnings=notes.warnings,
                  status=edited.status)
    header = f"Nachrichten {made.station}, Sendezeit {made.air_time.isoformat()}"
    pair = AtomicFiles(files.script, files.manifest)
    with pair as (script_tmp, manifest_tmp):
        write_script(script_tmp, made.script, header, summarized(made.dropped))
        manifest_tmp.write_bytes(manifest_text(made).encode("utf-8"))
    notes = notes.warned(record(run.databases.ledger, made.air_time, [(w, "output") for w in pair.written]))
    return dataclasses.replace(made, warnings=notes.warnings)


def _audio(run: Run, fitting: Fitting, edited: Edited, items: Sequence, notes: Notes) -> Result:
    """Speak (fitted to the slot), mix, master; then deliver."""
    # the sound stages bring numpy: imported here, by when the jingles' thread has loaded it
    from bulletin.sound.audio import release_memory
    from bulletin.sound.mix import mix

    speech = _speech(run, fitting)
    log.info("stage: speak")
    fitted = speak_to_fit(fitting, items, speech)
    notes = notes.took(fitted).took(fitted.spoken)
    release_memory()  # what preparing the speech left behind, before the programme is allocated
    log.info("stage: mix")
    jingles = fitting.jingles.result()
    mixed = mix(run.config, speech.pieces(fitted.spoken), [p.kind for p in fitted.spoken.parts], jingles)
    speech.prep.done.clear()  # the clips are in the programme now: free their memory before mastering
    notes = notes.took(jingles).took(mixed).warned(
        _same_voice(fitting.voices[fitted.spoken.engine], run.config.alternate))
    log.info("stage: master")
    made, written = _master(run, mixed, _made(run, edited, fitted.spoken, mixed, notes))
    return _deliver(run, made, written, edited.verdicts, notes)


def _made(run: Run, edited: Edited, spoken: Spoken, mixed: Mixed, notes: Notes) -> Result:
    """The Result of the stages up to the mix; mastering adds what the meter read."""
    parts = tuple(dataclasses.replace(part, seconds=round(seconds, 2))
                  for part, seconds in zip(spoken.parts, mixed.seconds, strict=True))
    return Result(air_time=run.request.air, station=run.config.station, script=Script(parts=parts),
                  loudness_target=run.config.loudness_target, engine=spoken.engine,
                  voices=tuple(sorted({p.voice for p in spoken.parts})), dropped=notes.dropped,
                  warnings=notes.warnings, status=edited.status)


def _master(run: Run, mixed: Mixed, made: Result) -> tuple[Result, tuple[FileId, ...]]:
    """Master into the bulletin's temp file and write the manifest beside it; both get their final
    names together, once the MP3 is checked whole. Returns the Result and the files written."""
    from bulletin.sound.mastering import MasterSettings, Tags, master_to_mp3

    config, files, air = run.config, run.files, run.request.air
    tags = Tags(title=f"Nachrichten {air.hour} Uhr, {air:%d.%m.%Y}", artist=config.station,
                album=f"{config.station} Nachrichten", date=f"{air:%Y-%m-%d}",
                comment=f"bulletin {__version__}, voice: {made.engine} ({', '.join(made.voices)})")
    pair = AtomicFiles(files.audio, files.manifest)
    with pair as (tmp, manifest_tmp):
        mastered = master_to_mp3(mixed.programme, tmp, MasterSettings.of(config), tags)
        log.info("stage: deliver")
        finished_mp3_ok(tmp, mastered.frames)  # only a whole file that decodes goes live and to playout
        made = dataclasses.replace(made, audio=str(files.audio), manifest=str(files.manifest),
                                   duration_s=round(mastered.seconds, 3), loudness=mastered.loudness)
        manifest_tmp.write_bytes(manifest_text(made).encode("utf-8"))  # before the MP3 gets its name
    return made, pair.written


def _deliver(run: Run, made: Result, written: Sequence[FileId], verdicts: Sequence[str],
             notes: Notes) -> Result:
    """Bulletin and manifest are in place: note them, deliver the copies, remember the hour, and
    write the manifest again with what the deliveries did."""
    air, files, databases = made.air_time, run.files, run.databases
    before = len(notes.warnings)
    notes = notes.warned(record(databases.ledger, air, [(file, "output") for file in written]))
    where = targets(run.config, run.request.playout)
    copies = deliver_copies(files.audio, where, air, files.name)
    notes = notes.took(copies).warned(remember(databases.history, made, verdicts, copies.aired))
    made = dataclasses.replace(made, deliveries=copies.as_manifest(), failed_deliveries=copies.failed,
                               warnings=notes.warnings)
    if where or len(notes.warnings) > before:  # the manifest again, with what the copies did
        rows = [(write_manifest(made, files.manifest), "output"), *copies.rows]
        made = dataclasses.replace(made, warnings=notes.warned(record(databases.ledger, air, rows)).warnings)
    return made


# --- what the stages are given: voices, jingles, the speech stage as fitting calls it -----------

def _engines(config: Config, engine_choice: str) -> tuple[str, ...]:
    """The engines tried, in order: `auto` tries the engines setting."""
    return tuple(config.engines) if engine_choice == "auto" else (engine_choice,)


def _voice_profiles(config: Config, engine_choice: str) -> dict[str, tuple[VoiceProfile, ...]]:
    """Per engine in the order tried (`auto`: the engines setting): its first profile, and its
    second one when voices alternate."""
    from bulletin.speech.voices import load_voices

    voices = {}
    for engine in _engines(config, engine_choice):
        names = [config.voices[engine]]
        if config.alternate != "off":
            names.append(config.second_voices.get(engine, config.voices[engine]))
        voices[engine] = load_voices(engine, names, config.voices_dir)
    return voices


def _jingles_soon(config: Config, request: Request) -> Future:
    """A future of the decoded jingles (sound.order.Jingles; needed for audio, and for the slot's
    length estimate), loaded in a daemon thread: a run stopped early never waits for it."""
    needed = not request.script_only or config.slot_seconds

    def load():
        if not needed:
            return Jingles({})
        from bulletin.sound.mix import load_jingles

        return load_jingles(config.jingles, config.sample_rate, config.channels, config.jingle_level,
                            fallback=True, max_seconds=config.max_jingle_seconds)

    return in_background(load, name="jingles")


@dataclass(frozen=True)
class _Speech:
    """The speech stage as fitting calls it: every part normalized and spoken by the first engine
    that manages all of them (a cached clip is not spoken again), each clip prepared for the mix
    (trimmed, resampled, levelled) on the other core as it comes."""

    candidates: tuple[str, ...]
    voices: Mapping[str, Sequence[VoiceProfile]]
    alternate: str
    cache: SpeechCache
    make_engine: Callable[[str], object]
    prep: SpeechPrep
    progress: Callable[[int, int], None] | None = None

    def __call__(self, script: Script) -> Said:
        from bulletin.speech.speaker import speak_parts
        from bulletin.speech.voices import voice_slots

        slots = voice_slots([p.kind for p in script.parts], self.alternate)
        spoken = speak_parts(script.parts, self.candidates, self.voices, self.cache, self.make_engine,
                             self.progress, slots, on_clip=self.prep.submit)
        return Said(spoken, tuple(piece.frames for piece in self.pieces(spoken)))

    def pieces(self, spoken: Spoken) -> list[Piece]:
        return [self.prep.get(key) for key in spoken.keys]


def _speech(run: Run, fitting: Fitting) -> _Speech:
    from bulletin.sound.mastering import start_codec_probe
    from bulletin.sound.mix import SpeechPrep
    from bulletin.speech.cache import SpeechCache
    from bulletin.speech.speaker import default_engine_factory

    config = run.config
    cache = SpeechCache(config.cache_dir or None)
    # LAME's level loss: measured once per ffmpeg and bitrate, on the other core while the voice speaks
    start_codec_probe(config.bitrate, config.sample_rate, config.channels,
                      cache.folder / "codec-level-loss.json")
    return _Speech(_engines(config, run.request.engine or config.engine), fitting.voices, config.alternate,
                   cache, default_engine_factory(config), SpeechPrep(config.sample_rate, config.channels),
                   run.progress)


def _same_voice(profiles: Sequence[VoiceProfile], alternate: str) -> tuple[str, ...]:
    if alternate != "off" and len(profiles) == 2 and profiles[0].key == profiles[1].key:
        return (f"alternate = {alternate}: both voice profiles ({profiles[0].name}, {profiles[1].name}) "
                f"sound the same; {profiles[0].engine} has one German voice",)
    return ()

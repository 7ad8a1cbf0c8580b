"""Calls the stages in order, and nothing else: ingest, clean, condense, render, normalize, speak,
mix, master, deliver. Warnings are collected for the manifest and logged as they happen."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bulletin import __version__
from bulletin.config import Config
from bulletin.errors import BulletinError, InputError, NoArticlesError
from bulletin.models import Article, Dropped, Item, Result, Script

log = logging.getLogger("bulletin")


class AlreadyMade(BulletinError):
    """The bulletin for that hour exists and --force was not given: nothing to do."""

    exit_code = 0

    def __init__(self, path: Path):
        self.path = path
        super().__init__(f"{path} already exists for that hour; kept it (use --force to replace it)")


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
        log.warning(message)
        self.append(message)


def bulletin_name(config: Config, air: datetime) -> str:
    return config.file_name.format(air=air)


def make_bulletin(config: Config, request: Request, config_warnings: Sequence[str] = (),
                  progress: Callable[[int, int], None] | None = None) -> Result:
    """Make the bulletin for request.air; return what was made (paths, measurements, warnings)."""

    warnings = Warnings()
    for message in config_warnings:
        warnings.add(message)
    out_dir = Path(request.output or config.output)
    name = bulletin_name(config, request.air)
    mp3_path, manifest_path = out_dir / f"{name}.mp3", out_dir / f"{name}.json"
    final_path = out_dir / f"{name}.script.txt" if request.script_only else mp3_path
    from bulletin.ingest import require_existing

    for source in (request.script_file,) if request.script_file else request.inputs or (config.inbox,):
        require_existing(source)  # a broken setup is reported even when the hour is already made
    if final_path.exists() and not request.force:
        raise AlreadyMade(final_path)

    jingles = _jingles_soon(config, request)  # numpy and the jingles load meanwhile, in the background
    engine_choice = request.engine or config.engine
    candidates = tuple(config.engines) if engine_choice == "auto" else (engine_choice,)
    voices = {name_: _voice_profiles(config, name_) for name_ in candidates}
    dropped: list[Dropped] = []
    if request.script_file:
        from bulletin.fit import items_of_script, script_with_items
        from bulletin.script_file import read_script

        edited = read_script(Path(request.script_file))
        items = items_of_script(edited, request.script_file, _estimator(voices[candidates[0]][0]))

        def render(chosen):
            return normalized(script_with_items(edited, chosen))
    else:
        from bulletin.render import render_script

        items = edit(config, request, voices[candidates[0]][0], warnings, dropped)

        def render(chosen):
            return normalized(render_script(chosen, config.station, request.air, config.templates))
    slot = None
    if config.slot_seconds:
        from bulletin.fit import SlotFitter

        frames = {name_: piece.frames for name_, piece in jingles.result().items() if piece is not None}
        slot = SlotFitter(config, items, render, frames, voices[candidates[0]], _estimator)
        items = slot.items
    result = Result(air_time=request.air, station=config.station, script=render(items),
                    loudness_target=config.loudness_target, dropped=dropped, warnings=warnings)
    if request.script_only:
        if slot:
            slot.report(result.dropped, result.warnings.add)
        return _deliver_script(result, final_path, manifest_path)
    return _produce_audio(config, request, result, candidates, voices, mp3_path, manifest_path, progress,
                          jingles, slot)


def _jingles_soon(config: Config, request: Request):
    """A future of the decoded jingles (needed for audio, and for the slot's length estimate)."""
    from concurrent.futures import Future, ThreadPoolExecutor

    if request.script_only and not config.slot_seconds:
        done: Future = Future()
        done.set_result({})
        return done

    def load():
        from bulletin.mix import load_jingles

        return load_jingles(config.jingles, config.sample_rate, config.channels, config.jingle_level)

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jingles")
    future = pool.submit(load)
    pool.shutdown(wait=False)
    return future


def _voice_profiles(config: Config, engine: str) -> tuple:
    """The engine's first profile, and its second one when voices alternate."""
    from bulletin.tts.voices import load_voices

    names = [config.voices[engine]]
    if config.alternate != "off":
        names.append(config.second_voices.get(engine, config.voices[engine]))
    return load_voices(engine, names, config.voices_dir)


def _estimator(voice) -> Callable[[str], float]:
    from bulletin.normalize import normalize

    return lambda text: len(normalize(text)) / voice.chars_per_second


def edit(config: Config, request: Request, voice, warnings: Warnings, dropped: list[Dropped]) -> list[Item]:
    """Articles -> cleaned, condensed, chosen items (in air order)."""
    from bulletin.clean import clean_article
    from bulletin.condense import condense
    from bulletin.ingest import collect

    articles, read_warnings = collect(request.inputs or (config.inbox,))
    for message in read_warnings:
        warnings.add(message)
    cleaned: list[Article] = []
    for article in articles:
        article = clean_article(article)
        if article.paragraphs:
            cleaned.append(article)
        else:
            dropped.append(Dropped(article.title, article.source, "only page furniture, no news text"))
            warnings.add(f"{article.origin}: only page furniture (credits, appeals, links), skipped")
    if not cleaned:
        raise NoArticlesError(_nothing_usable(request.inputs or (config.inbox,), articles, warnings))

    estimate = _estimator(voice)
    items = []
    for article in _air_order(cleaned):
        try:
            items.append(condense(article, config.item_seconds, estimate))
        except InputError as err:
            dropped.append(Dropped(article.title, article.source, err.problem))
            warnings.add(f"{err}; skipped")
    if not items:
        raise NoArticlesError(_nothing_usable(request.inputs or (config.inbox,), articles, warnings))
    for item in items[config.max_items:]:
        dropped.append(Dropped(item.title, item.source, f"more than max_items ({config.max_items})"))
    return items[:config.max_items]


def _air_order(articles: list[Article]) -> list[Article]:
    """Higher priority first, then the newest; otherwise the order they were read in (stable sort)."""
    oldest = datetime.min.replace(tzinfo=UTC)

    def newest(article: Article) -> datetime:
        published = article.published
        if published is None:
            return oldest
        return published if published.tzinfo else published.replace(tzinfo=UTC)

    by_time = sorted(articles, key=newest, reverse=True)
    return sorted(by_time, key=lambda a: a.priority, reverse=True)


def _nothing_usable(inputs: Sequence[str], articles: list[Article], warnings: Warnings) -> str:
    where = ", ".join(inputs)
    if articles:
        return f"no usable article in {where}: all {len(articles)} were page furniture only"
    if warnings:
        return f"no usable article in {where}: {len(warnings)} file(s) skipped (see the lines above)"
    return f"no articles in {where}; put .txt or .md files there"


def normalized(script: Script) -> Script:
    from bulletin.normalize import normalize

    return Script(parts=tuple(dataclasses.replace(p, spoken=normalize(p.text)) for p in script.parts))


def _produce_audio(config: Config, request: Request, result: Result, candidates, voices,
                   mp3_path: Path, manifest_path: Path, progress, jingles, slot) -> Result:
    from bulletin.audio import release_memory
    from bulletin.bed import BedSettings
    from bulletin.deliver import atomic_path
    from bulletin.master import Tags, master_to_mp3, start_codec_probe
    from bulletin.mix import SpeechPrep, mix_programme
    from bulletin.tts.cache import SpeechCache
    from bulletin.tts.speaker import default_engine_factory, speak_parts
    from bulletin.tts.voices import voice_slots

    rate, channels = config.sample_rate, config.channels
    cache, make_engine = SpeechCache(config.cache_dir or None), default_engine_factory(config)
    # LAME's level loss: measured once per ffmpeg and bitrate, on the other core while the voice speaks
    start_codec_probe(config.bitrate, rate, channels, cache.folder / "codec-level-loss.json")
    prep = SpeechPrep(rate, channels)  # each clip is resampled and measured as soon as it is spoken
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
    limit = config.slot_seconds or None
    programme = mix_programme(pieces, kinds, jingles.result(), rate, channels, config.pause_seconds,
                              BedSettings(**config.bed), length_s=limit if config.fit == "exact" else None,
                              max_s=limit)
    del pieces
    prep.done.clear()  # the clips are in the programme now: free their memory before mastering
    if programme.cut:
        result.warnings.add(f"even the shortest bulletin is longer than the {config.slot_seconds:g} s slot; "
                            "the end was cut (with a fade)")
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
    with atomic_path(mp3_path) as tmp:
        mastered = master_to_mp3(programme.samples, rate, tmp, config.loudness_target, config.true_peak,
                                 config.bitrate, tags, ticks=programme.ticks, replaygain=config.replaygain)
    result.loudness = mastered.loudness
    result.audio, result.duration_s = str(mp3_path), round(mastered.seconds, 3)
    _copy_to_playout(result, mp3_path, request.playout)
    _write_manifest(result, manifest_path)
    return result


def _same_voice_warning(result: Result, profiles, alternate: str) -> None:
    if alternate != "off" and len(profiles) == 2 and profiles[0].key == profiles[1].key:
        result.warnings.add(f"alternate = {alternate}: both voice profiles ({profiles[0].name}, "
                            f"{profiles[1].name}) sound the same; {profiles[0].engine} has one German voice")


def _deliver_script(result: Result, script_path: Path, manifest_path: Path) -> Result:
    from bulletin.deliver import write_text
    from bulletin.script_file import format_script

    header = f"Nachrichten {result.station}, Sendezeit {result.air_time.isoformat()}"
    write_text(script_path, format_script(result.script, header))
    result.manifest = str(manifest_path)
    _write_manifest(result, manifest_path)
    result.script_path = str(script_path)
    return result


def _copy_to_playout(result: Result, mp3_path: Path, folders: Sequence[str]) -> None:
    from bulletin.deliver import copy_into
    from bulletin.errors import DeliveryError

    for folder in folders:
        try:
            copy_into(mp3_path, Path(folder))
        except DeliveryError as err:
            result.warnings.add(f"playout: {err}")
            result.failed_deliveries.append(folder)


def manifest_data(result: Result) -> dict:
    loudness = result.loudness
    return {
        "air_time": result.air_time.isoformat(),
        "station": result.station,
        "audio": result.audio,
        "duration_s": result.duration_s,
        "loudness_target": result.loudness_target,
        "loudness_lufs": loudness.integrated_lufs if loudness else None,
        "true_peak_dbtp": loudness.true_peak_dbtp if loudness else None,
        "engine": result.engine or None,
        "voices": result.voices,
        "script": result.script.text,
        "spoken": result.script.spoken,
        "items": [{"title": p.title, "source": p.source, "text": p.text, "spoken": p.spoken,
                   "seconds": p.seconds, "voice": p.voice} for p in result.script.items],
        "dropped": [dataclasses.asdict(d) for d in result.dropped],
        "warnings": list(result.warnings),
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "bulletin_version": __version__,
    }


def _write_manifest(result: Result, path: Path) -> None:
    from bulletin.deliver import write_json

    write_json(path, manifest_data(result))
    result.manifest = str(path)


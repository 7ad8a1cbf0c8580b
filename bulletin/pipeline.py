"""Calls the stages in order, and nothing else: ingest, clean, condense, render, normalize, speak,
mix, master, deliver. Warnings are collected for the manifest and logged as they happen.

A run holds its output folder's lock from start to end (bulletin/lock.py); inside it, the memory of
what aired (bulletin/history.py) keeps recent stories from being repeated, and retention
(bulletin/retention.py) tidies up after a run.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bulletin import __version__
from bulletin.config import Config
from bulletin.errors import BulletinError, InputError, NoArticlesError
from bulletin.history import NothingNew
from bulletin.models import Article, Dropped, Item, Result, Script

log = logging.getLogger("bulletin")
MAX_ARTICLE_CHARS = 50_000  # far more than any news article; see _trimmed


class AlreadyMade(BulletinError):
    """The bulletin for that hour exists and --force was not given: nothing to do."""

    exit_code = 0

    def __init__(self, path: Path):
        self.path = path
        super().__init__(f"{path} already exists for that hour; kept it (use --force to replace it)")


@dataclass
class Memory:
    """The state database for this run (None when off or unusable) and what it decided."""

    history: object | None = None  # bulletin.history.History
    verdicts: list[str] = field(default_factory=list)  # per chosen item: new | changed | priority | repeat
    status: str = "made"  # made | repeat | short


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
    from bulletin.lock import output_lock

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
    with output_lock(out_dir, config.lock_wait, f"making {request.air:%Y-%m-%d %H:%M %Z}"):
        if not request.force and _already_made(final_path, manifest_path, request.air):
            raise AlreadyMade(final_path)
        started = time.monotonic()
        log.info("run: %s for %s, output %s", "script" if request.script_only else "bulletin",
                 request.air.isoformat(), out_dir)
        memory = Memory(history=_open_history(config, out_dir, warnings))
        try:
            result = _make(config, request, warnings, memory, mp3_path, manifest_path, final_path, progress)
        except NothingNew:
            _remember(config, request, memory, None)
            raise
        finally:
            _tidy(config, request, out_dir, memory)
        log.info("run: done in %.1f s: %s, %d items (%s), %.1f s of audio, voice %s",
                 time.monotonic() - started, result.script_path or result.audio, len(result.script.items),
                 result.status, result.duration_s, result.engine or "-")
        return result


def _make(config: Config, request: Request, warnings: Warnings, memory: Memory, mp3_path: Path,
          manifest_path: Path, final_path: Path, progress) -> Result:
    from bulletin.tts.voices import load_voice

    engine_choice = request.engine or config.engine
    candidates = tuple(config.engines) if engine_choice == "auto" else (engine_choice,)
    voices = {name_: load_voice(config.voices[name_], config.voices_dir) for name_ in candidates}
    dropped: list[Dropped] = []
    if request.script_file:
        from bulletin.script_file import read_script

        script = read_script(Path(request.script_file))
        memory.verdicts = ["script"] * len(script.items)
    else:
        script = edit(config, request, voices[candidates[0]], warnings, dropped, memory)
    script = guarded(script, warnings, dropped)
    script = normalized(script, voices[candidates[0]].lexicon)  # the speaker redoes it per voice used
    result = Result(air_time=request.air, station=config.station, script=script,
                    loudness_target=config.loudness_target, dropped=dropped, warnings=warnings)
    result.status = memory.status
    if request.script_only:
        return _deliver_script(result, final_path, manifest_path)
    return _produce_audio(config, request, result, candidates, voices, mp3_path, manifest_path, progress,
                          memory)


def _already_made(final_path: Path, manifest_path: Path, air: datetime) -> bool:
    """Is the bulletin for this very hour there? In the repeated hour of October both 02:00 share a
    file name; the manifest's air time tells the first from the second, which replaces it."""
    if not final_path.exists():
        return False
    try:
        made_for = datetime.fromisoformat(json.loads(manifest_path.read_text(encoding="utf-8"))["air_time"])
    except (OSError, ValueError, KeyError, TypeError):
        return True  # cannot tell: keep what is there
    if made_for.timestamp() == air.timestamp():  # not ==: PEP 495 makes any fold=1 time unequal
        return True
    log.info("%s is the bulletin for %s, not %s (the repeated hour); replacing it", final_path.name,
             made_for.isoformat(), air.isoformat())
    return False


def guarded(script: Script, warnings: Warnings, dropped: list[Dropped]) -> Script:
    """No sentence with payment or contact data, a link or noise reaches the voice: the last guard."""
    from bulletin.clean import guard_text

    parts = []
    for part in script.parts:
        text, removed = guard_text(part.text)
        for sentence in removed:
            warnings.add(f"{part.kind} {part.title!r}: left out a sentence with payment or contact data, "
                         f"a link or noise before speaking it: {sentence[:80]!r}")
        if text.strip():
            parts.append(dataclasses.replace(part, text=text))
        elif part.kind == "item":
            dropped.append(Dropped(part.title, part.source, "nothing left after the last guard "
                                                            "(payment or contact data only)"))
    if not any(part.kind == "item" for part in parts):
        raise NoArticlesError("no item left after the last guard removed payment and contact data")
    return Script(parts=tuple(parts))


def _trimmed(article: Article, warnings: Warnings) -> Article:
    """Only the first MAX_ARTICLE_CHARS are edited: condensing is lead-biased, and a book-length
    'article' would otherwise cost minutes in the cleaner's patterns."""
    if sum(len(p) for p in article.paragraphs) <= MAX_ARTICLE_CHARS:
        return article
    kept, room = [], MAX_ARTICLE_CHARS
    for paragraph in article.paragraphs:
        if room <= 0:
            break
        kept.append(paragraph[:room])
        room -= len(paragraph)
    warnings.add(f"{article.origin}: longer than {MAX_ARTICLE_CHARS} characters; only the beginning is used")
    return dataclasses.replace(article, paragraphs=tuple(kept))


def summarized(dropped: list[Dropped], limit: int = 100) -> list[Dropped]:
    """At most `limit` entries, then one line that counts the rest by reason (a 10,000-entry feed
    must not make a 1 MB manifest)."""
    if len(dropped) <= limit:
        return dropped
    rest = dropped[limit:]
    reasons: dict[str, int] = {}
    for entry in rest:
        reason = entry.reason.split(":")[0].split(" (")[0]
        reasons[reason] = reasons.get(reason, 0) + 1
    by_count = sorted(reasons.items(), key=lambda r: -r[1])
    counted = "; ".join(f"{count} x {reason}" for reason, count in by_count)
    return [*dropped[:limit], Dropped(f"{len(rest)} more", "", counted)]


def edit(config: Config, request: Request, voice, warnings: Warnings, dropped: list[Dropped],
         memory: Memory | None = None) -> Script:
    """Articles -> cleaned, condensed, chosen items -> rendered script."""
    from bulletin.clean import clean_article
    from bulletin.condense import condense
    from bulletin.ingest import collect, options_from
    from bulletin.normalize import normalize
    from bulletin.render import render_script

    collected = collect(request.inputs or (config.inbox,), options_from(config, request.air))
    articles = collected.articles
    for message in collected.warnings:
        warnings.add(message)
    dropped.extend(collected.dropped)
    cleaned: list[Article] = []
    for article in articles:
        article = clean_article(_trimmed(article, warnings))
        if article.paragraphs:
            cleaned.append(article)
        else:
            dropped.append(Dropped(article.title, article.source, "only page furniture, no news text"))
            warnings.add(f"{article.origin}: only page furniture (credits, appeals, links), skipped")
    if not cleaned:
        raise NoArticlesError(_nothing_usable(request.inputs or (config.inbox,), articles, warnings, dropped))
    cleaned = _each_story_once(cleaned, dropped)

    def estimate(text: str) -> float:
        return len(normalize(text)) / voice.chars_per_second

    items = []
    for article in _air_order(cleaned):
        try:
            items.append(condense(article, config.item_seconds, estimate))
        except InputError as err:
            dropped.append(Dropped(article.title, article.source, err.problem))
            warnings.add(f"{err}; skipped")
    if not items:
        raise NoArticlesError(_nothing_usable(request.inputs or (config.inbox,), articles, warnings))
    memory = memory if memory is not None else Memory()
    items = _without_repeats(items, config, request.air, memory, dropped)
    for item in items[config.max_items:]:
        dropped.append(Dropped(item.title, item.source, f"more than max_items ({config.max_items})"))
    return render_script(items[:config.max_items], config.station, request.air, config.templates)


def _each_story_once(articles: list[Article], dropped: list[Dropped]) -> list[Article]:
    from bulletin.dedupe import dedupe

    kept, duplicates = dedupe(articles)
    for duplicate in duplicates:
        log.info("%s: %s", duplicate.article.origin, duplicate.reason)
        dropped.append(Dropped(duplicate.article.title, duplicate.article.source, duplicate.reason))
    return kept


def _without_repeats(items: list[Item], config: Config, air: datetime, memory: Memory,
                     dropped: list[Dropped]) -> list[Item]:
    """The memory of what aired decides which items go out (all of them when it is off)."""
    from bulletin.history import HistoryError, choose

    if memory.history is None or config.repeat_hours <= 0:
        return items
    try:
        aired = memory.history.aired_since(air, config.repeat_hours)
    except HistoryError as err:
        log.warning("%s; every story goes on air this hour", err)
        return items
    chosen = choose(items, aired, config)
    dropped.extend(chosen.dropped)
    memory.verdicts, memory.status = chosen.verdicts[:config.max_items], chosen.status
    return chosen.items


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


def _nothing_usable(inputs: Sequence[str], articles: list[Article], warnings: Warnings,
                    dropped: Sequence[Dropped] = ()) -> str:
    where = ", ".join(inputs)
    if articles:
        return f"no usable article in {where}: all {len(articles)} were page furniture only"
    if warnings:
        return f"no usable article in {where}: {len(warnings)} file(s) skipped (see the lines above)"
    if dropped:
        entries = "entry" if len(dropped) == 1 else "entries"
        return (f"no usable article in {where}: {len(dropped)} feed {entries} left out "
                f"(e.g. {dropped[0].reason}); see the manifest's dropped list")
    return f"no articles in {where}; put .txt, .md, .html or feed (.xml) files there, or give feed URLs"


def normalized(script: Script, lexicon=None) -> Script:
    from bulletin.normalize import normalize

    parts = script.parts
    return Script(parts=tuple(dataclasses.replace(p, spoken=normalize(p.text, lexicon)) for p in parts))


def _produce_audio(config: Config, request: Request, result: Result, candidates, voices,
                   mp3_path: Path, manifest_path: Path, progress, memory: Memory | None = None) -> Result:
    from bulletin.deliver import atomic_path, decodes
    from bulletin.master import Tags, master_to_mp3
    from bulletin.mix import mix_programme
    from bulletin.tts.cache import SpeechCache
    from bulletin.tts.speaker import default_engine_factory, speak_parts

    spoken = speak_parts(result.script.parts, candidates, voices, SpeechCache(config.cache_dir or None),
                         default_engine_factory(config), progress)
    for message in spoken.warnings:
        result.warnings.add(message)
    programme = mix_programme(spoken.clips, [p.kind for p in spoken.parts], config.jingles,
                              config.sample_rate, config.channels, config.pause_seconds)
    speech_seconds = [seg.end - seg.start for seg in programme.timeline if seg.kind == "speech"]
    result.script = Script(parts=tuple(dataclasses.replace(part, seconds=round(seconds, 2))
                                       for part, seconds in zip(spoken.parts, speech_seconds, strict=True)))
    result.engine = spoken.engine
    result.voices = sorted({p.voice for p in spoken.parts})
    air = request.air
    tags = Tags(title=f"Nachrichten {air.hour} Uhr, {air:%d.%m.%Y}", artist=config.station,
                album=f"{config.station} Nachrichten", date=f"{air:%Y-%m-%d}",
                comment=f"bulletin {__version__}, voice: {spoken.engine} ({', '.join(result.voices)})")
    with atomic_path(mp3_path) as tmp:
        result.loudness = master_to_mp3(programme.samples, programme.rate, tmp, config.loudness_target,
                                        config.true_peak, config.bitrate, tags)
        decodes(tmp)  # only a file that decodes goes under the final name and on to playout
    result.audio, result.duration_s = str(mp3_path), round(programme.seconds, 3)
    _copy_to_playout(result, mp3_path, _targets(config, request), config)
    if memory is not None:
        _remember(config, request, memory, result)
    _write_manifest(result, manifest_path)
    return result


def _deliver_script(result: Result, script_path: Path, manifest_path: Path) -> Result:
    from bulletin.deliver import write_text
    from bulletin.script_file import format_script

    header = f"Nachrichten {result.station}, Sendezeit {result.air_time.isoformat()}"
    write_text(script_path, format_script(result.script, header, summarized(result.dropped)))
    result.manifest = str(manifest_path)
    _write_manifest(result, manifest_path)
    result.script_path = str(script_path)
    return result


def _targets(config: Config, request: Request) -> tuple:
    """[[delivery]] entries from the settings, then --playout folders (copies under the own name)."""
    from bulletin.deliver import Target

    return tuple(config.delivery) + tuple(Target(folder=folder) for folder in request.playout)


def _copy_to_playout(result: Result, mp3_path: Path, targets: Sequence, config: Config) -> None:
    from bulletin.deliver import deliver_all

    for done in deliver_all(mp3_path, targets, result.air_time, bulletin_name(config, result.air_time)):
        result.deliveries.append(dataclasses.asdict(done))
        if done.problem:
            result.warnings.add(f"playout: {done.problem}")
            result.failed_deliveries.append(done.folder)
        else:
            log.info("delivered %s (%s)", done.path, done.mode)


def _open_history(config: Config, out_dir: Path, warnings: Warnings):
    """The state database, or None when the memory is off or broken (the bulletin still goes out)."""
    from bulletin.history import History, HistoryError, default_path

    if config.repeat_hours <= 0 and not config.history_db:
        return None
    try:
        return History(Path(config.history_db) if config.history_db else default_path(out_dir))
    except HistoryError as err:
        warnings.add(f"{err}; this hour goes out without the memory of what aired")
        return None


def _remember(config: Config, request: Request, memory: Memory, result: Result | None) -> None:
    """Record what went on air this hour (a skipped hour too); a failure is a warning, not a stop."""
    from bulletin.history import HistoryError

    if memory.history is None or request.script_only:
        return
    try:
        if result is None:
            memory.history.record(request.air, "skipped", [], note="nothing new")
            return
        verdicts = memory.verdicts + [""] * (len(result.script.items) - len(memory.verdicts))
        items = [(p.title, p.source, p.text, v) for p, v in zip(result.script.items, verdicts, strict=False)]
        # every delivery failed: it did not air, so its stories are not "aired" for the next hour
        delivered = not result.deliveries or any(not d["problem"] for d in result.deliveries)
        memory.history.record(request.air, result.status, items, delivered=delivered,
                              audio=result.audio or "", engine=result.engine)
    except HistoryError as err:
        (result.warnings.add if result is not None else log.warning)(f"{err}")


def _tidy(config: Config, request: Request, out_dir: Path, memory: Memory) -> None:
    """Retention after the run, still under the lock; problems are logged, never fatal."""
    from bulletin.history import HistoryError
    from bulletin.retention import keep_seconds, tidy
    from bulletin.tts.cache import default_cache_dir

    try:
        playout = [(Path(t.folder), t.name or config.file_name) for t in _targets(config, request)]
        cache = Path(config.cache_dir) if config.cache_dir else default_cache_dir()
        counts = tidy(out_dir, config.file_name, playout, keep_seconds(config.keep_days, config.keep_hours),
                      cache, config.cache_max_mb * 1_000_000)
        if memory.history is not None:
            cutoff = request.air - timedelta(days=config.history_days)
            counts["history"] = memory.history.forget_before(cutoff)
        if any(counts.values()):
            log.info("retention: removed %s", ", ".join(f"{n} {what}" for what, n in counts.items() if n))
    except (OSError, HistoryError) as err:
        log.warning("retention: %s", err)
    finally:
        if memory.history is not None:
            memory.history.close()


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
        "dropped": [dataclasses.asdict(d) for d in summarized(result.dropped)],
        "warnings": list(result.warnings),
        "status": result.status,
        "deliveries": result.deliveries,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "bulletin_version": __version__,
    }


def _write_manifest(result: Result, path: Path) -> None:
    from bulletin.deliver import write_json

    write_json(path, manifest_data(result))
    result.manifest = str(path)


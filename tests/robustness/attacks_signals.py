"""Attacks on signals, threads and resource limits (issue 19): a real make-bulletin stopped with SIGTERM
at chosen moments, a 30-minute jingle, a script with 3,000 items, espeak-ng without its data. Each kind
starts with the number of the issue's item it reproduces."""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
import wave
from pathlib import Path

import numpy as np

from tests.robustness.harness import (
    HOUR,
    Case,
    Outcome,
    Station,
    all_of,
    cache_of_previous,
    good_article_on_air,
    half_written,
    named_on_stderr,
)

SIGTERM_STATUS = (128 + signal.SIGTERM, -signal.SIGTERM)  # ended itself, or by the signal before it set up
EARLY_TRIES = 10  # item 5: runs stopped at random moments in their first 0.9 s (a run takes 1-1.3 s)
ENDS_WITHIN_S = 30.0  # after the signal; the run gives itself 5 s, a hang is forever
LONG_SENTENCES = 60  # item 3: an item espeak-ng takes about a second to speak (7 minutes)
MORE_ARTICLES = (
    ("Hallenbad öffnet wieder", "Das Hallenbad in Beispielstadt öffnet nach zwei Jahren Sanierung am "
     "Samstag wieder. Die Arbeiten haben 6,8 Millionen Euro gekostet, teilte die Stadt mit."),
    ("Neue Buslinie zum Bahnhof", "Ab Dezember fährt die Linie 12 alle zwanzig Minuten vom Marktplatz "
     "zum Bahnhof. Das kündigten die Verkehrsbetriebe Beispielstadt an."),
)


def _script(station: Station, items: int, sentences: int = 3) -> Path:
    body = ["[intro]", "Guten Tag, hier sind die Nachrichten.", ""]
    for n in range(1, items + 1):
        text = " ".join(f"Der Rat von Beispielstadt hat in seiner {k}. Sitzung über den Radweg Nummer {n} "
                        "beraten, teilte die Verwaltung mit." for k in range(1, sentences + 1))
        body += [f"[item] Meldung {n} | Quelle: Testdienst", text, ""]
    path = station.root / "bulletin.script.txt"
    path.write_text("\n".join([*body, "[outro]", "Das waren die Nachrichten.", ""]), encoding="utf-8")
    return path


def _from_script(station: Station, script: Path, *extra: str, **kwargs) -> Outcome:
    return station.run("--script", str(script), "-o", str(station.out), "--hour", HOUR, "--engine", "espeak",
                       "--force", *extra, **kwargs)


def _cache_entries(folder: Path) -> dict[str, tuple]:
    """Each speech-cache entry by name: its frames and sample data (None where it does not decode)."""
    entries = {}
    for path in folder.rglob("*.wav"):
        try:
            with wave.open(str(path), "rb") as wav:
                entries[path.name] = (wav.getnframes(), wav.readframes(wav.getnframes()))
        except (OSError, EOFError, wave.Error):
            entries[path.name] = None
    return entries


# --- 3: SIGTERM while espeak-ng synthesizes ---------------------------------------------------------

def _sigterm_in_synthesis(station: Station) -> Outcome:
    """The intro is spoken and cached first; then the long item is normalized (some 50 ms) and spoken
    (about a second): SIGTERM 0.25 s after the intro's entry appeared."""
    script = _script(station, 1, LONG_SENTENCES)
    cache = station.root / "stopped-cache"
    intro_cached: list[float] = []

    def inside_synthesis(stderr: str) -> bool:
        if not intro_cached and any(cache.rglob("*.wav")):
            intro_cached.append(time.monotonic())
        return bool(intro_cached) and time.monotonic() > intro_cached[0] + 0.25

    stopped = _from_script(station, script, kill_when=inside_synthesis, kill_with=signal.SIGTERM,
                           env={"XDG_CACHE_HOME": str(cache)})
    station.interrupted_cache = _cache_entries(cache)
    # the same clips made afresh: a run left alone until its speech is done (then stopped: the rest
    # would take seconds and makes no clip)
    fresh = _from_script(station, script, "-v", env={"XDG_CACHE_HOME": str(station.root / "fresh-cache")},
                         kill_when=lambda stderr: "stage: mix" in stderr)
    station.fresh_cache = _cache_entries(station.root / "fresh-cache")
    station.fresh_done = "stage: mix" in fresh.stderr
    return stopped


def _synthesis_check(station: Station, outcome: Outcome) -> str | None:
    problems = []
    if outcome.exit_code not in SIGTERM_STATUS:
        problems.append(f"exit {outcome.exit_code}, not SIGTERM's status (143)")
    if not station.fresh_done or not station.fresh_cache:
        return "the uninterrupted run did not finish its speech"
    damaged = {name: (entry or (0,))[0] for name, entry in station.interrupted_cache.items()
               if entry != station.fresh_cache.get(name)}
    if damaged:
        fresh = {name: (station.fresh_cache.get(name) or (0,))[0] for name in damaged}
        problems.append(f"cache entries unlike a fresh synthesis: frames {damaged}, fresh {fresh}")
    elif len(station.interrupted_cache) >= len(station.fresh_cache):
        problems.append("the signal did not come during a synthesis (every clip was cached)")
    return "; ".join(problems) or None


# --- 5: SIGTERM at random moments early in a run ----------------------------------------------------

def _sigterm_early(station: Station) -> Outcome:
    """Three articles and an empty speech cache each time: every run lasts past the last moment
    (about 1 s), so each signal comes while it works."""
    _three_articles(station)
    station.tries = []
    rng = random.Random(19)
    outcome = None
    for number in range(EARLY_TRIES):
        delay = rng.uniform(0.0, 0.9)
        started, sent = time.monotonic(), []

        def after_delay(stderr: str, started=started, delay=delay, sent=sent) -> bool:
            if time.monotonic() - started < delay:
                return False
            sent.append(time.monotonic() - started)
            return True

        # fresh: a new interpreter, its start (imports, then main's handlers) among the moments hit
        outcome = station.make(kill_when=after_delay, kill_with=signal.SIGTERM, timeout=60, fresh=True,
                               env={"XDG_CACHE_HOME": str(station.root / f"cache-{number}")})
        station.tries.append((delay, outcome, sent[0] if sent else None, half_written(station.out)))
    return outcome


def _early_check(station: Station, outcome: Outcome) -> str | None:
    for delay, tried, sent, half in station.tries:
        if tried.exit_code == 0 and (sent is None or sent > tried.seconds - 0.1):
            continue  # done before the signal came
        if tried.exit_code not in SIGTERM_STATUS:
            code = "no end (killed at the timeout)" if tried.exit_code is None else f"exit {tried.exit_code}"
            return f"SIGTERM after {delay:.2f} s: {code}"
        if tried.seconds - (sent or 0) > ENDS_WITHIN_S:
            return f"SIGTERM after {delay:.2f} s: ended {tried.seconds - sent:.0f} s later"
        if half:
            return f"SIGTERM after {delay:.2f} s: half-written {half}"
        if "Traceback" in tried.stderr or "Exception ignored" in tried.stderr:
            return f"SIGTERM after {delay:.2f} s: a traceback on stderr"
    return None


# --- 17: runaway resources --------------------------------------------------------------------------

def _long_wav(path: Path, minutes: float, rate: int = 22050) -> Path:
    """A quiet tone with a little noise, 16-bit mono: one minute made and written again and again
    (never whole in memory; making every minute anew took 1.2 s for 30)."""
    t = np.arange(60 * rate) / rate
    tone = 0.2 * np.sin(2 * np.pi * 330 * t) + 0.01 * np.random.default_rng(17).standard_normal(len(t))
    minute = (tone * 32767).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        for _ in range(int(minutes)):
            wav.writeframes(minute)
    return path


def _three_articles(station: Station) -> None:
    for number, (title, text) in enumerate(MORE_ARTICLES, start=1):
        station.write(f"{number:02d}-more.txt", f"{title}\n\n{text}\n")


def _long_jingle(station: Station) -> Outcome:
    _three_articles(station)
    jingle = _long_wav(station.root / "separator-30min.wav", 30)
    return station.make(env={"BULLETIN_JINGLES__SEPARATOR": str(jingle)})


def _long_jingle_check(station: Station, outcome: Outcome) -> str | None:
    manifest = outcome.manifest or {}
    warned = any("separator-30min.wav" in w and "max_jingle_seconds" in w for w in manifest.get("warnings", []))
    return all_of(good_article_on_air(outcome), named_on_stderr(outcome, "separator-30min.wav"),
                  None if warned else "no warning naming the jingle and max_jingle_seconds in the manifest",
                  None if manifest.get("duration_s", 1e9) < 240 else f"{manifest.get('duration_s')} s long")


def _long_bed(station: Station) -> Outcome:
    bed = _long_wav(station.root / "bed-30min.wav", 30)
    return station.make(env={"BULLETIN_BED__FILE": str(bed)})


def _long_bed_check(station: Station, outcome: Outcome) -> str | None:
    duration = (outcome.manifest or {}).get("duration_s", 1e9)
    return all_of(good_article_on_air(outcome), None if duration < 120 else f"{duration} s long")


# The 3,000-item script case runs with this max_seconds and items of one sentence: about ten items
# fit (90 s is spoken, mixed and encoded: 240 s with three-sentence items took 2 s more, 900 s 10 s more).
SCRIPT_MAX_SECONDS = 90


def _huge_script(station: Station) -> Outcome:
    script = _script(station, 3000, sentences=1)
    return _from_script(station, script, env={"BULLETIN_MAX_SECONDS": str(SCRIPT_MAX_SECONDS)}, timeout=120)


def _huge_script_check(station: Station, outcome: Outcome) -> str | None:
    manifest = outcome.manifest or {}
    if outcome.exit_code != 0 or not manifest:
        return f"exit {outcome.exit_code}: {outcome.error_lines[-1:]}"
    dropped = manifest.get("dropped", [])
    counted = sum(int(d["title"].split()[0]) for d in dropped if d["title"].endswith(" more"))
    listed = len(dropped) - (1 if counted else 0) + counted
    items = len(manifest.get("items", []))
    return all_of(None if manifest["duration_s"] <= SCRIPT_MAX_SECONDS else f"{manifest['duration_s']} s long",
                  None if items + listed == 3000 else f"{items} items on air and {listed} dropped, not 3000",
                  None if items >= 5 else f"only {items} items on air")


# --- 19: espeak-ng without its data ------------------------------------------------------------------

def espeak_without_data(folder: Path) -> dict[str, str]:
    """The espeakng-loader wheel as installed, but without its espeak-ng-data folder, put first on the
    path: the environment for a run that finds the library and not the data."""
    import espeakng_loader

    installed = Path(espeakng_loader.__file__).parent
    copy = folder / "espeakng_loader"
    copy.mkdir(parents=True)
    for path in installed.iterdir():
        if path.is_file():
            shutil.copy2(path, copy / path.name)
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH", "")]))}


def _data_missing_all_cached(station: Station) -> Outcome:
    cache_of_previous(station)  # every clip of the good article, as a first run leaves them
    return station.make(env=espeak_without_data(station.root / "broken-wheel"))


def _all_cached_check(station: Station, outcome: Outcome) -> str | None:
    manifest = outcome.manifest or {}
    return all_of(good_article_on_air(outcome),
                  None if manifest.get("engine") == "espeak" else f"engine {manifest.get('engine')}",
                  None if not manifest.get("warnings") else f"warnings {manifest.get('warnings')}")


def _data_missing(station: Station) -> Outcome:
    return station.make(env=espeak_without_data(station.root / "broken-wheel"))


def _data_missing_check(station: Station, outcome: Outcome) -> str | None:
    lines = [line for line in outcome.error_lines if "error:" in line]
    if outcome.exit_code != 1 or len(lines) != 1:
        return f"expected exit 1 and one error line, got {outcome.exit_code}: {outcome.error_lines}"
    missing = [w for w in ("espeak-ng-data", "missing", "reinstall the espeakng-loader") if w not in lines[0]]
    return f"the line does not say {missing}: {lines[0]}" if missing else None


def _data_missing_fallback(station: Station) -> Outcome:
    from tests.robustness.faults import gtts_against

    env = espeak_without_data(station.root / "broken-wheel")
    return gtts_against(_tone_mp3, "auto", BULLETIN_ENGINES="espeak,gtts", **env)(station)


def _tone_mp3() -> tuple:
    import subprocess

    from bulletin.sound.audio import ffmpeg_exe

    return ("audio", subprocess.run([ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i",
                                     "sine=f=440:d=1:sample_rate=24000", "-c:a", "libmp3lame", "-b:a", "32k",
                                     "-f", "mp3", "-"], capture_output=True, check=True).stdout)


def _fallback_note_check(station: Station, outcome: Outcome) -> str | None:
    manifest = outcome.manifest or {}
    notes = [w for w in manifest.get("warnings", []) if "espeak" in w]
    return all_of(good_article_on_air(outcome),
                  None if manifest.get("engine") == "gtts" else f"engine {manifest.get('engine')}",
                  None if any("espeak-ng-data" in n and "reinstall" in n for n in notes)
                  else f"the manifest's fallback note does not say why: {notes}")


CASES = [
    Case("#3 SIGTERM during espeak-ng synthesis", "exit 143; no cache entry unlike a fresh synthesis",
         _sigterm_in_synthesis, _synthesis_check, timeout=120),
    Case(f"#5 SIGTERM at {EARLY_TRIES} random moments in the first 0.9 s",
         f"each run ends within {ENDS_WITHIN_S:g} s with exit 143, nothing half-written", _sigterm_early,
         _early_check, timeout=60 * EARLY_TRIES),
    Case("#17 a 30-minute WAV as the separator jingle", "cut to max_jingle_seconds (30 s), named; bounded",
         _long_jingle, _long_jingle_check),
    Case("#17 a 30-minute WAV as the music bed", "only the bulletin's length decoded; bounded", _long_bed,
         _long_bed_check),
    Case(f"#17 a script with 3,000 items (max_seconds {SCRIPT_MAX_SECONDS})",
         "the first items within max_seconds, the rest listed as dropped; bounded", _huge_script,
         _huge_script_check, timeout=120),
    Case("#19 espeak-ng data missing, every clip cached", "made from the cache, no engine asked",
         _data_missing_all_cached, _all_cached_check),
    Case("#19 espeak-ng data missing, nothing cached", "exit 1, one line naming the folder and the remedy",
         _data_missing, _data_missing_check),
    Case("#19 espeak-ng data missing, online voice there", "made by gtts; the manifest says why not espeak",
         _data_missing_fallback, _fallback_note_check),
]

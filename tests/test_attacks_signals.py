"""Issue 19, signals and limits, where the robustness table's cases (tests/robustness/attacks_signals.py)
cannot reach: a run held up by its own threads or stuck with the interrupt swallowed (real processes,
real signals), the espeak-ng callback, the speech cache's check of what it wrote, jingles decoded only
as far as they are played, and the limits themselves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import tracemalloc
import wave
from concurrent.futures import Future
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from bulletin.config import load_config
from bulletin.errors import ConfigError, EngineError
from bulletin.models import Item, Part, Script
from bulletin.sound.audio import ffmpeg_exe
from bulletin.speech import Speech
from bulletin.speech.cache import SpeechCache
from bulletin.speech.espeak import EspeakEngine
from bulletin.speech.speaker import speak_parts
from bulletin.speech.voices import BUILTIN
from tests.robustness.attacks_signals import espeak_without_data

ESPEAK = BUILTIN["de-espeak"]
ENDS_WITHIN_S = 30.0  # the CLI gives a run 5 s after a signal; a hang is forever
STUCK_WORKER = """
    def stuck(*args, **kwargs):  # a worker that never ends, as one stuck in an import did
        threading.Thread(target=time.sleep, args=(3600,), name="busy-worker").start()
        ready()
        time.sleep(3600)
"""
SWALLOWING_MAIN = """
    def stuck(*args, **kwargs):  # the main thread waits on a lock that is never freed, and swallows
        lock = threading.Lock()  # the interrupt (as importlib did inside a weakref callback)
        lock.acquire()
        ready()
        while True:
            try:
                lock.acquire()
            except KeyboardInterrupt:
                pass
"""
SWALLOWING_FINALIZER = """
    class Slow:
        def __del__(self):  # Python prints an exception raised here and goes on
            time.sleep(0.01)

    def stuck(*args, **kwargs):
        ready()
        while True:
            Slow()
            time.sleep(0.01)
"""


def _stopped(tmp_path: Path, body: str, signum: int = signal.SIGTERM) -> tuple[int | None, float, str]:
    """make-bulletin's main() in a real process whose bulletin is `body`'s stuck(): once it is under
    way, send it `signum`. Returns (exit status or None if it did not end, seconds it took after the
    signal, stderr)."""
    child = textwrap.dedent("""
        import sys, threading, time
        import bulletin.pipeline

        def ready():
            print("ready", file=sys.stderr, flush=True)
    """) + textwrap.dedent(body) + textwrap.dedent(f"""
        bulletin.pipeline.make_bulletin = stuck
        sys.argv = ["make-bulletin", "-q", "--script-only", "-i", {str(tmp_path)!r}, "-o", {str(tmp_path)!r}]
        from bulletin.cli import main
        main()
    """)
    env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETIN_")}
    err_path = tmp_path / "stderr.txt"
    with open(err_path, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-c", child], stderr=err, stdout=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 60
        while "ready" not in err_path.read_text() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        sent = time.monotonic()
        proc.send_signal(signum)
        try:
            code = proc.wait(timeout=ENDS_WITHIN_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            code = None
    return code, time.monotonic() - sent, err_path.read_text()


# --- 5: a signal ends the run in bounded time, whatever the threads do -------------------------------

def test_sigterm_ends_a_run_whose_worker_never_finishes(tmp_path):
    code, _, stderr = _stopped(tmp_path, STUCK_WORKER)
    assert code == 143, stderr
    assert stderr.strip().splitlines()[-1].startswith("make-bulletin: error: interrupted (SIGTERM)")


def test_ctrl_c_likewise_with_its_own_status(tmp_path):
    code, _, stderr = _stopped(tmp_path, STUCK_WORKER, signal.SIGINT)
    assert code == 130 and "interrupted (SIGINT)" in stderr, stderr


@pytest.mark.slow
def test_a_swallowed_interrupt_still_ends_the_run(tmp_path):
    code, _, stderr = _stopped(tmp_path, SWALLOWING_MAIN)
    assert code == 143, stderr
    assert "still busy 5 s after the signal" in stderr and "Traceback" not in stderr


def test_an_interrupt_swallowed_by_a_finalizer_is_raised_again(tmp_path):
    code, _, stderr = _stopped(tmp_path, SWALLOWING_FINALIZER)
    assert code == 143, stderr
    assert "Exception ignored" not in stderr and "Traceback" not in stderr
    assert "nothing half-written was left" in stderr  # unwound, not stopped by the deadline


def test_importing_the_package_starts_no_thread_and_no_pool():
    probe = ("import gc, threading, concurrent.futures as cf\n"
             "import bulletin.cli, bulletin.pipeline, bulletin.sound.mastering, bulletin.sound.mix, bulletin.sound.encode, "
             "bulletin.speech.espeak, bulletin.speech.speaker\n"
             "pools = [o for o in gc.get_objects() if isinstance(o, cf.ThreadPoolExecutor)]\n"
             "print(threading.active_count(), len(pools))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "0"], done.stdout + done.stderr


# --- 3: espeak-ng's callback and the speech cache ----------------------------------------------------

def test_an_exception_in_the_synthesis_callback_stops_it_and_is_raised(monkeypatch):
    import ctypes

    from bulletin.speech import espeak

    engine = EspeakEngine()
    engine.synthesize("Test.", ESPEAK)  # loaded
    real, calls = ctypes.string_at, []

    def failing_once(*args):
        calls.append(1)
        if len(calls) == 3:
            raise MemoryError("simulated")
        return real(*args)

    monkeypatch.setattr(espeak.ctypes, "string_at", failing_once)
    text = "Der Gemeinderat hat am Dienstag lange beraten und am Ende beschlossen, den Radweg zu bauen. " * 4
    with pytest.raises(MemoryError):
        engine.synthesize(text, ESPEAK)
    assert len(calls) == 3  # espeak-ng stopped at once
    monkeypatch.setattr(espeak.ctypes, "string_at", real)
    assert engine.synthesize("Test.", ESPEAK).seconds > 0.3  # and speaks again afterwards


def test_a_clip_longer_than_max_seconds_is_stopped_while_it_is_made():
    text = "Der Gemeinderat hat am Dienstag lange beraten und am Ende beschlossen, den Radweg zu bauen. " * 8
    with pytest.raises(EngineError, match="max_seconds"):
        EspeakEngine(max_seconds=2.0).synthesize(text, ESPEAK)


def _tone(seconds: float) -> Speech:
    t = np.arange(int(seconds * 22050)) / 22050
    return Speech(np.round(0.3 * np.sin(2 * np.pi * 300 * t) * 32768).astype(np.float32) / 32768, 22050)


def test_the_cache_keeps_only_what_reads_back_as_the_whole_clip(tmp_path, monkeypatch):
    cache, clip = SpeechCache(tmp_path), _tone(1.0)
    real = wave.Wave_write.writeframes
    monkeypatch.setattr(wave.Wave_write, "writeframes", lambda self, data: real(self, data[:-2000]))
    stored = cache.put("a" * 64, clip)
    monkeypatch.setattr(wave.Wave_write, "writeframes", real)
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]  # no entry, no temp file
    assert stored is False
    assert cache.put("b" * 64, clip) is True
    assert np.array_equal(cache.get("b" * 64).samples, clip.samples)


def test_an_interrupted_cache_write_leaves_no_temp_file(tmp_path, monkeypatch):
    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        SpeechCache(tmp_path).put("c" * 64, _tone(0.5))
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


# --- 17: limits ------------------------------------------------------------------------------------

def _long_wav(path: Path, seconds: float, rate: int = 22050) -> Path:
    """A 330 Hz tone (a whole number of periods a second, so one second repeats seamlessly)."""
    second = (0.3 * np.sin(2 * np.pi * 330 * np.arange(rate) / rate) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(np.tile(second, int(seconds)).tobytes())
    return path


@pytest.mark.parametrize("kind", ["wav", "flac"])
def test_a_long_jingle_is_decoded_only_as_far_as_it_plays(tmp_path, kind):
    from bulletin.sound.mix import load_jingle

    path = _long_wav(tmp_path / "long.wav", 600.0)  # 10 minutes, 26 MB
    if kind == "flac":  # decoded by ffmpeg rather than read directly
        subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), str(tmp_path / "long.flac")], check=True)
        path = tmp_path / "long.flac"
    tracemalloc.start()
    piece = load_jingle(path, 44100, 2)  # max_jingle_seconds' default: 30 s
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 150e6  # for 30 s; the 10 minutes would take 212 MB at 44.1 kHz stereo alone, 1.5 GB in all
    assert piece.cut and piece.frames == pytest.approx(30.0 * 44100, abs=44100 * 0.01)
    assert np.abs(piece.samples[-100:]).max() < 1e-3  # faded out, no click
    assert np.abs(piece.samples[: 44100]).max() > 0.01


def test_a_short_jingle_is_left_whole(tmp_path):
    from bulletin.sound.mix import load_jingle

    piece = load_jingle(_long_wav(tmp_path / "short.wav", 3.0), 44100, 2, max_seconds=5.0)
    assert not piece.cut and piece.frames == pytest.approx(3.0 * 44100, abs=44100 * 0.01)


def test_check_warns_about_a_jingle_that_is_cut(tmp_path):
    from bulletin.station.checks import _jingle

    config = SimpleNamespace(jingles={"separator": str(_long_wav(tmp_path / "sep.wav", 40.0))},
                             sample_rate=44100, channels=2, max_jingle_seconds=30.0)
    status, line = _jingle(config, "separator")
    assert status == "warn" and "sep.wav" in line and "max_jingle_seconds" in line


def _items(count: int, seconds: float) -> list[Item]:
    return [Item(title=f"Meldung {n}", text=f"Meldung {n}. " + "Satz mit Inhalt. " * 10, source="Dienst",
                 origin=f"m{n}.txt", seconds=seconds, priority=count - n) for n in range(count)]


def _render(items):
    parts = [Part("intro", "Guten Tag.", spoken="Guten Tag.")]
    parts += [Part("item", i.text, title=i.title, source=i.source, spoken="x" * int(i.seconds * 15)) for i in items]
    return Script(parts=tuple(parts + [Part("outro", "Tschüss.", spoken="Tschüss.")]))


def test_items_beyond_max_seconds_are_left_out_before_they_are_spoken():
    from bulletin.sound.fit import Fitting, within_max_seconds
    from bulletin.sound.order import Jingles

    config = SimpleNamespace(max_seconds=120.0, max_jingle_seconds=30.0, sample_rate=44100, alternate="off",
                             pause_seconds=0.5, jingles={"intro": "none", "separator": "none", "outro": "none"})
    voice = SimpleNamespace(key="v", name="v", chars_per_second=15.0)
    no_jingles: Future = Future()
    no_jingles.set_result(Jingles({}))
    fitting = Fitting(config, _render, {"v": [voice]}, no_jingles)
    limited = within_max_seconds(fitting, _items(20, 20.0))
    assert 4 <= len(limited.items) <= 5 and [i.title for i in limited.items] == [f"Meldung {n}" for n in
                                                                                range(len(limited.items))]
    assert len(limited.dropped) == 20 - len(limited.items)
    assert all("max_seconds (120 s)" in d.reason for d in limited.dropped) and len(limited.warnings) == 1
    short = within_max_seconds(fitting, _items(3, 20.0))
    assert len(short.items) == 3 and not short.dropped and not short.warnings


def test_a_script_holds_at_most_the_most_items_a_bulletin_holds():
    from bulletin.config import MOST_ITEMS
    from bulletin.text.script_file import cap_script

    parts = [Part("intro", "Hallo.")] + [Part("item", f"Text {n}.", title=f"T{n}") for n in range(60)]
    capped = cap_script(Script(parts=tuple(parts + [Part("outro", "Tschüss.")])), MOST_ITEMS)
    assert [p.title for p in capped.script.items] == [f"T{n}" for n in range(MOST_ITEMS)]
    assert [p.kind for p in capped.script.parts][-1] == "outro"
    assert [d.title for d in capped.dropped] == [f"T{n}" for n in range(MOST_ITEMS, 60)]
    assert "60 items" in capped.warnings[0]


@pytest.mark.parametrize("settings, key", [
    ({"BULLETIN_MAX_SECONDS": "10"}, "max_seconds"),
    ({"BULLETIN_MAX_SECONDS": "99999"}, "max_seconds"),
    ({"BULLETIN_MAX_JINGLE_SECONDS": "0"}, "max_jingle_seconds"),
    ({"BULLETIN_SLOT_SECONDS": "600", "BULLETIN_MAX_SECONDS": "300"}, "slot_seconds"),
])
def test_limit_settings_have_ranges(settings, key):
    with pytest.raises(ConfigError) as caught:
        load_config(None, environ=settings)
    assert caught.value.key == key


def test_limit_defaults():
    config, _ = load_config(None, environ={})
    assert config.max_seconds == 900 and config.max_jingle_seconds == 30


# --- 19: espeak-ng without its data ------------------------------------------------------------------

def test_check_says_which_espeak_data_is_missing_and_what_to_do(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETIN_")}
    env.update(espeak_without_data(tmp_path / "wheel"), BULLETIN_ENGINE="espeak", XDG_CACHE_HOME=str(tmp_path))
    done = subprocess.run([str(Path(sys.executable).parent / "make-bulletin"), "check", "-o", str(tmp_path / "o")],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    line = next(ln for ln in done.stdout.splitlines() if "voice espeak" in ln)
    assert done.returncode == 1 and line.startswith("FAIL")
    assert str(tmp_path / "wheel" / "espeakng_loader" / "espeak-ng-data") in line
    assert "reinstall the espeakng-loader wheel" in line


def test_a_missing_data_file_is_named(tmp_path, monkeypatch):
    from bulletin.speech import espeak

    (tmp_path / "phontab").write_bytes(b"")
    monkeypatch.setattr(espeak, "_library", None)
    monkeypatch.setattr(espeak, "data_folder", lambda: tmp_path)
    problem = EspeakEngine().problem()
    assert "phonindex, phondata, intonations missing" in problem and str(tmp_path) in problem


def test_cached_clips_need_no_engine(tmp_path):
    class Unavailable:
        def available(self):
            return False

        def synthesize(self, text, voice):
            raise AssertionError("asked to speak a cached clip")

    parts = (Part("intro", "Hallo."), Part("item", "Eine Meldung."))
    cache = SpeechCache(tmp_path)
    first = speak_parts(parts, ["espeak"], {"espeak": ESPEAK}, cache, lambda name: EspeakEngine())
    again = speak_parts(parts, ["espeak"], {"espeak": ESPEAK}, cache, lambda name: Unavailable())
    assert again.engine == "espeak" and not again.warnings
    assert all(np.array_equal(a.samples, b.samples) for a, b in zip(again.clips, first.clips, strict=True))
    with pytest.raises(EngineError, match="not available"):
        speak_parts((Part("item", "Etwas Neues."),), ["espeak"], {"espeak": ESPEAK}, cache,
                    lambda name: Unavailable())

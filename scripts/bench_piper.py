#!/usr/bin/env python3
"""Real-time factor of the Piper path, and what a medium German voice costs before the hour.

    python scripts/bench_piper.py [--runs 5] [--voice de_DE-thorsten-medium]

Speaks the bundled sample articles (normalized, as in a bulletin) through the Piper engine: espeak-ng
phonemes, phoneme ids, onnxruntime, joining. Without --voice it uses a generated tone voice with a
Piper voice's inputs and outputs (tests/tone_voice.py), whose model costs next to nothing, so the
figure is bulletin's own overhead around the network. With --voice (an installed voice, see
`make-bulletin voices`), it is the real cost on this machine. The real-time factor (RTF) is
synthesis seconds per second of speech (lower is faster); medians over the runs.

The cost of the network itself is taken from Piper's published figures (sources below) and turned
into the time a 3-minute bulletin needs, against the 5 minutes between the :55 run and the hour.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # tone_voice.py

BULLETIN_S, WINDOW_S = 180.0, 300.0  # a 3-minute bulletin; the run starts at :55
# Published real-time factors of Piper voices on a CPU (lower is faster):
PUBLISHED = [
    ("Raspberry Pi 4 (4x Cortex-A72), low/medium voice: 'about 200 % speed'", 0.5,
     "rhasspy/rhasspy3#36; maintainer in rhasspy/piper#235: 'faster than realtime with low/medium'"),
    ("RK3588 CPU (ARM), Piper voice", 0.65, "clehaxze.tw, 'Accelerating Piper ... RK3588 NPU' (2023)"),
    ("Threadripper 1800X workstation CPU, Piper voice", 0.2, "same source"),
    ("AMD 5950X, high-quality voice (heavier than medium)", 0.082, "maintainer, rhasspy/piper#235"),
]
# Two desktop x86 cores do at least the work of a Pi 4's four Cortex-A72 cores (one such core is
# about 2-3x an A72): the Pi 4 figure is the planning figure, 1.0 the worst case we allow for.
PLANNING_RTF, WORST_RTF = 0.5, 1.0


def sample_text() -> str:
    from bulletin.ingest import collect
    from bulletin.speech.normalize import normalize

    articles = collect((str(ROOT / "bulletin" / "assets" / "samples"),)).articles
    return " ".join(normalize(" ".join([a.title + ".", *a.paragraphs])) for a in articles)


def measure(text: str, model: str, runs: int) -> tuple[float, float, float]:
    """Median seconds for phonemes alone, median seconds for the whole path, seconds of speech."""
    from bulletin.speech.espeak import phoneme_clauses
    from bulletin.speech.piper import PiperEngine
    from bulletin.speech.piper_phonemes import text_to_ids
    from bulletin.speech.piper_voices import find_model, read_voice_config
    from bulletin.speech.voices import VoiceProfile

    voice = VoiceProfile(name="bench", engine="piper", model=model)
    config = read_voice_config(Path(f"{find_model(voice)}.json"))
    engine = PiperEngine()
    engine.speak("Guten Tag.", voice)  # load the model once, as the first part of a bulletin does
    phonemes, whole, audio = [], [], 0.0
    for _ in range(runs):
        started = time.perf_counter()
        text_to_ids(text, config.espeak_voice, config.id_map, phoneme_clauses)
        phonemes.append(time.perf_counter() - started)
        started = time.perf_counter()
        speech = engine.speak(text, voice)
        whole.append(time.perf_counter() - started)
        audio = len(speech.samples) / speech.rate
    return statistics.median(phonemes), statistics.median(whole), audio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--voice", help="an installed Piper voice to measure instead of the tone voice")
    args = parser.parse_args()
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        print("skipped: the piper extra (onnxruntime) is not installed (pip install 'bulletin[piper]')")
        return 0
    text = sample_text()
    with tempfile.TemporaryDirectory() as scratch:
        if args.voice:
            model, label = args.voice, f"voice {args.voice}"
        else:
            try:
                from tone_voice import write_tone_voice
            except ImportError:
                print("skipped: the onnx package (dev extra) is needed for the generated voice: make venv")
                return 0
            os.environ["XDG_DATA_HOME"] = scratch
            write_tone_voice(Path(scratch) / "bulletin" / "voices", "de_DE-tone-medium")
            model, label = "de_DE-tone-medium", "generated tone voice (the network costs ~nothing)"
        phonemes_s, whole_s, audio_s = measure(text, model, args.runs)
    own_rtf = whole_s / audio_s
    print(f"Piper path, {label}: {len(text)} characters -> {audio_s:.1f} s of speech")
    print(f"  phonemes (espeak-ng, ids): {phonemes_s * 1000:.0f} ms = {len(text) / phonemes_s:,.0f} chars/s")
    print(f"  whole path: {whole_s * 1000:.0f} ms, RTF {own_rtf:.4f} (median of {args.runs})")
    print("Published real-time factors of Piper voices on a CPU:")
    for what, rtf, source in PUBLISHED:
        print(f"  {rtf:>5.3f}  {what}  [{source}]")
    print(f"A medium German voice on 2 cores, a {BULLETIN_S:.0f} s bulletin (every part new, cache empty):")
    overhead = 0.0 if args.voice else own_rtf  # a real voice's figure already holds it
    for name, rtf in (("planning", PLANNING_RTF), ("worst case", WORST_RTF)):
        total = BULLETIN_S * (rtf + overhead)
        print(f"  {name}: {BULLETIN_S:.0f} s x (RTF {rtf} + {overhead:.4f}) = {total:.0f} s synthesis, "
              f"{total / WINDOW_S:.0%} of the {WINDOW_S:.0f} s before the hour")
    if args.voice:
        total = BULLETIN_S * own_rtf
        print(f"  measured here: {BULLETIN_S:.0f} s x {own_rtf:.3f} = {total:.0f} s "
              f"({total / WINDOW_S:.0%} of {WINDOW_S:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

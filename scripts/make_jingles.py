#!/usr/bin/env python3
"""Regenerate the built-in jingles in bulletin/assets/jingles/ (original, synthesized chimes).

    python scripts/make_jingles.py

Bell-like notes (a few inharmonic partials with exponential decay, like a struck tuned bar), laid out
as a rising arpeggio for the intro, a two-note chime between items and a falling figure for the outro.
48 kHz 16-bit stereo WAV, peak -3 dBFS, soft edges. Deterministic: same files every run.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

RATE = 48000
OUT = Path(__file__).resolve().parent.parent / "bulletin" / "assets" / "jingles"
# (ratio to the fundamental, relative amplitude, decay time constant in s): a tuned-bar spectrum
PARTIALS = ((1.0, 1.0, 1.2), (2.0, 0.35, 0.6), (3.0, 0.12, 0.35), (4.07, 0.08, 0.25), (6.8, 0.03, 0.12))


def note(freq: float, seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    tone = sum(amp * np.exp(-t / decay) * np.sin(2 * np.pi * freq * ratio * t)
               for ratio, amp, decay in PARTIALS)
    attack = np.minimum(1.0, t / 0.004)  # 4 ms attack: a soft strike, no click
    return tone * attack


def midi(number: int) -> float:
    return 440.0 * 2 ** ((number - 69) / 12)


def figure(notes: list[tuple[float, int, float]], seconds: float) -> np.ndarray:
    """notes: (start s, midi note, pan -1..1) -> stereo float buffer."""
    out = np.zeros((int(seconds * RATE), 2))
    for start, number, pan in notes:
        tone = note(midi(number), seconds - start)
        begin = int(start * RATE)
        left, right = np.sqrt((1 - pan) / 2), np.sqrt((1 + pan) / 2)
        out[begin:begin + len(tone), 0] += tone * left
        out[begin:begin + len(tone), 1] += tone * right
    fade = int(0.3 * RATE)
    out[-fade:] *= np.linspace(1, 0, fade)[:, None] ** 2
    return out / np.abs(out).max() * 10 ** (-3 / 20)


def write(name: str, samples: np.ndarray) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as wav:
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(np.round(samples * 32767).astype("<i2").tobytes())
    print(f"{OUT / name}: {len(samples) / RATE:.2f} s")


def main() -> None:
    # F major: F4 A4 C5 F5, then a held C5+F5 dyad
    write("intro.wav", figure([(0.0, 65, -0.4), (0.18, 69, -0.1), (0.36, 72, 0.2), (0.54, 77, 0.4),
                               (0.9, 72, -0.2), (0.9, 77, 0.2)], 3.2))
    write("separator.wav", figure([(0.0, 77, -0.2), (0.16, 72, 0.2)], 1.2))
    write("outro.wav", figure([(0.0, 77, 0.4), (0.2, 72, 0.1), (0.4, 69, -0.1), (0.6, 65, -0.4),
                               (0.6, 60, 0.0)], 2.6))


if __name__ == "__main__":
    main()

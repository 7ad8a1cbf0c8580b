#!/usr/bin/env python3
"""Regenerate the built-in music bed bulletin/assets/bed/bed.flac (an original, synthesized loop).

    python scripts/make_bed.py

A calm, steady news bed in F major (the key of the built-in chimes), 120 bpm, eight bars of
| F | Dm | Bb | C | twice: a soft detuned pad, a muted eighth-note pulse, a round bass on beats one
and three and quiet sixteenth-note ticks. Every note is written around a circle, so the loop's end
runs seamlessly into its start (tails wrap around) and the mix can repeat it for any length.
Nothing above 12 kHz. 48 kHz 16-bit stereo FLAC, peak -3 dBFS. Deterministic: same file every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RATE = 48000
BEAT = 0.5  # s, 120 bpm
BARS = 8
LENGTH = int(BARS * 4 * BEAT * RATE)  # 16 s
OUT = ROOT / "bulletin" / "assets" / "bed" / "bed.flac"
CHORDS = [(53, 57, 60, 65), (50, 57, 62, 65), (46, 58, 62, 65), (48, 55, 60, 64)]  # F Dm Bb C (MIDI)


def hz(midi: float) -> float:
    return 440.0 * 2 ** ((midi - 69) / 12)


def place(buffer: np.ndarray, start_s: float, sound: np.ndarray, pan: float = 0.0) -> None:
    """Add a mono sound at start_s, wrapping around the end of the loop; pan -1 (left) .. 1 (right)."""
    index = (int(start_s * RATE) + np.arange(len(sound))) % LENGTH
    np.add.at(buffer[:, 0], index, sound * np.sqrt((1 - pan) / 2))
    np.add.at(buffer[:, 1], index, sound * np.sqrt((1 + pan) / 2))


def tone(freq: float, seconds: float, harmonics: list[float], detune: float = 0.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return sum(amp * np.sin(2 * np.pi * freq * (n + 1) * (1 + detune) * t) for n, amp in enumerate(harmonics))


def envelope(seconds: float, attack: float, release: float) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    rise = np.clip(t / attack, 0, 1)
    fall = np.clip((seconds - t) / release, 0, 1)
    return (0.5 - 0.5 * np.cos(np.pi * rise)) * (0.5 - 0.5 * np.cos(np.pi * fall))


def pad(buffer: np.ndarray) -> None:
    for bar in range(BARS):
        chord = CHORDS[bar % 4]
        start, length = bar * 4 * BEAT, 4 * BEAT + 0.6  # overlaps the next chord a little
        for voice, note in enumerate(chord):
            for side, detune in ((-0.7, -0.0025), (0.7, 0.0025)):  # a slow chorus, wide in stereo
                sound = tone(hz(note + 12), length, [1.0, 0.35, 0.12, 0.05], detune)
                place(buffer, start, 0.05 * sound * envelope(length, 0.35, 0.7), pan=side * (0.5 + voice / 8))


def pulse(buffer: np.ndarray) -> None:
    for bar in range(BARS):
        root = CHORDS[bar % 4][0] + 24
        for eighth in range(8):
            note = root + (7 if eighth % 4 == 2 else 0)  # root, fifth on the off-beat of two and four
            t = np.arange(int(0.3 * RATE)) / RATE
            pluck = tone(hz(note), 0.3, [1.0, 0.25, 0.08]) * np.exp(-t / 0.07) * np.minimum(1, t / 0.003)
            place(buffer, bar * 4 * BEAT + eighth * BEAT / 2, 0.06 * pluck, pan=-0.35 if eighth % 2 else 0.35)


def bass(buffer: np.ndarray) -> None:
    for bar in range(BARS):
        root = CHORDS[bar % 4][0] - 12
        for beat in (0, 2):
            t = np.arange(int(0.9 * RATE)) / RATE
            note = tone(hz(root), 0.9, [1.0, 0.3]) * np.exp(-t / 0.35) * np.minimum(1, t / 0.01)
            place(buffer, bar * 4 * BEAT + beat * BEAT, 0.18 * note)


def ticks(buffer: np.ndarray) -> None:
    rng = np.random.default_rng(20261127)
    n = int(0.06 * RATE)
    spectrum_freqs = np.fft.rfftfreq(n, 1 / RATE)
    band = np.exp(-0.5 * ((spectrum_freqs - 7000) / 2000) ** 2)  # a soft band around 7 kHz
    for sixteenth in range(BARS * 16):
        noise = np.fft.irfft(np.fft.rfft(rng.standard_normal(n)) * band, n)
        burst = noise / np.abs(noise).max() * np.exp(-np.arange(n) / RATE / 0.012)
        accent = 1.0 if sixteenth % 4 == 2 else 0.55
        place(buffer, sixteenth * BEAT / 4, 0.025 * accent * burst, pan=0.5 if sixteenth % 2 else -0.2)


def lowpass(buffer: np.ndarray, cutoff: float = 12000.0) -> np.ndarray:
    """Circular (the loop is periodic), so the loop point stays seamless."""
    spectrum = np.fft.rfft(buffer, axis=0)
    freqs = np.fft.rfftfreq(len(buffer), 1 / RATE)
    spectrum *= np.clip((cutoff + 1000 - freqs) / 2000, 0, 1)[:, None]
    return np.fft.irfft(spectrum, len(buffer), axis=0)


def main() -> None:
    from bulletin.sound.audio import run_ffmpeg

    buffer = np.zeros((LENGTH, 2))
    for part in (pad, pulse, bass, ticks):
        part(buffer)
    buffer = lowpass(buffer)
    buffer *= 10 ** (-3 / 20) / np.abs(buffer).max()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    pcm = np.round(buffer * 32767).astype("<i2")
    run_ffmpeg(["-f", "s16le", "-ar", str(RATE), "-ac", "2", "-i", "pipe:0", "-c:a", "flac",
                "-compression_level", "8", "-map_metadata", "-1", "-y", str(OUT)], input_bytes=pcm.tobytes())
    print(f"{OUT}: {LENGTH / RATE:.1f} s, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

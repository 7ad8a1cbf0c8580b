"""The master stage: loudness to target, true peak under the ceiling, MP3 CBR, ID3v2.3 tags.

The programme is measured in memory (BS.1770), brought to the target with one gain, and held under
the true-peak ceiling by a lookahead limiter, not by turning everything down. MP3 encoding adds a
little overshoot, so the limiter aims a margin lower; then the encoded file is decoded and measured
again, and that measurement (what listeners get) goes into the manifest. A file that still misses the
ceiling is made again with a lower limit.
"""

from __future__ import annotations

import functools
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bulletin.audio import decode_file, run_ffmpeg
from bulletin.errors import AudioError
from bulletin.loudness import SILENCE, apply_gain, integrated_lufs, limit_true_peak, true_peak_dbtp
from bulletin.models import Loudness

ENCODER_MARGIN_DB = 0.5  # LAME's typical true-peak overshoot at 128 kbps on speech
LOUDNESS_TOLERANCE = 0.2  # LU: correct the gain again when limiting moved the loudness further
FILE_TOLERANCE = 0.3  # LU: re-encode when the finished file misses the target by more
ATTEMPTS = 3


@dataclass(frozen=True)
class Tags:
    title: str
    artist: str
    album: str
    date: str  # YYYY-MM-DD
    comment: str


def master_to_mp3(samples: np.ndarray, rate: int, path: Path, target_lufs: float, ceiling_dbtp: float,
                  bitrate: int, tags: Tags) -> Loudness:
    """Write the finished MP3 to `path` and return what the meter reads on it."""
    measured = integrated_lufs(samples, rate)
    if measured <= SILENCE:
        raise AudioError("the programme is silent; check the speech engine and the jingles")
    margin = ENCODER_MARGIN_DB
    aim = target_lufs + codec_level_loss(bitrate, rate, samples.shape[1])
    for _ in range(ATTEMPTS):
        levelled = level_and_limit(samples, rate, aim, ceiling_dbtp - margin, measured)
        encode_mp3(levelled, rate, path, bitrate)
        result = measure_file(path, rate, samples.shape[1])
        overshoot = result.true_peak_dbtp - ceiling_dbtp
        missed = target_lufs - result.integrated_lufs
        if overshoot <= 0 and abs(missed) <= FILE_TOLERANCE:
            break
        margin += max(overshoot + 0.1, 0)
        aim += missed
    else:
        raise AudioError(f"the encoded file measures {result.integrated_lufs:.1f} LUFS, "
                         f"{result.true_peak_dbtp:.1f} dBTP, and cannot meet {target_lufs} LUFS under "
                         f"{ceiling_dbtp} dBTP; lower loudness_target or raise bitrate")
    write_tags(path, tags, seconds=len(levelled) / rate)
    return result


def level_and_limit(samples: np.ndarray, rate: int, target_lufs: float, ceiling_dbtp: float,
                    measured: float | None = None) -> np.ndarray:
    """One gain to the target, the limiter for the peaks, and a small correction if limiting cost level."""
    measured = integrated_lufs(samples, rate) if measured is None else measured
    out = limit_true_peak(apply_gain(samples, target_lufs - measured), rate, ceiling_dbtp)
    for _ in range(ATTEMPTS):
        now = integrated_lufs(out, rate)
        if abs(now - target_lufs) <= LOUDNESS_TOLERANCE:
            break
        out = limit_true_peak(apply_gain(out, target_lufs - now), rate, ceiling_dbtp)
    return out


@functools.cache
def codec_level_loss(bitrate: int, rate: int, channels: int) -> float:
    """dB of level LAME takes away at this bitrate (measured: about 0.45 dB up to 160 kbps, none from
    256 kbps), found by encoding two seconds of tones in the speech band, so the first encode usually
    hits the target (broadband noise would lose more above the encoder's lowpass than speech does)."""
    t = np.arange(2 * rate) / rate
    mono = sum(0.03 * np.sin(2 * np.pi * f * t) for f in (220.0, 470.0, 1030.0, 2150.0))
    noise = np.repeat(mono[:, None], channels, axis=1).astype(np.float32)
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe.mp3"
        encode_mp3(noise, rate, probe, bitrate)
        decoded = decode_file(probe, rate, channels)
    return round(integrated_lufs(noise, rate) - integrated_lufs(decoded, rate), 2)


def encode_mp3(samples: np.ndarray, rate: int, path: Path, bitrate: int) -> None:
    """CBR MP3 via ffmpeg's libmp3lame, samples piped in as float (no intermediate WAV)."""
    channels = samples.shape[1]
    run_ffmpeg(
        ["-f", "f32le", "-ar", str(rate), "-ac", str(channels), "-i", "pipe:0",
         "-c:a", "libmp3lame", "-b:a", f"{bitrate}k", "-ar", str(rate),
         "-map_metadata", "-1", "-write_xing", "1", "-id3v2_version", "0", "-f", "mp3", "-y", str(path)],
        input_bytes=np.ascontiguousarray(samples, dtype="<f4").tobytes(),
        what="MP3 encoding",
    )


def measure_file(path: Path, rate: int, channels: int) -> Loudness:
    decoded = decode_file(path, rate, channels)
    return Loudness(integrated_lufs=round(integrated_lufs(decoded, rate), 2),
                    true_peak_dbtp=round(true_peak_dbtp(decoded), 2))


def write_tags(path: Path, tags: Tags, seconds: float) -> None:
    """ID3v2.3, which every playout system reads (v2.4 confuses some Windows tools)."""
    from mutagen.id3 import COMM, ID3, TALB, TCON, TDRC, TIT2, TLEN, TPE1

    id3 = ID3()
    id3.add(TIT2(encoding=3, text=tags.title))
    id3.add(TPE1(encoding=3, text=tags.artist))
    id3.add(TALB(encoding=3, text=tags.album))
    id3.add(TDRC(encoding=3, text=tags.date))
    id3.add(TCON(encoding=3, text="News"))
    id3.add(TLEN(encoding=3, text=str(int(round(seconds * 1000)))))
    id3.add(COMM(encoding=3, lang="deu", desc="", text=tags.comment))
    id3.save(str(path), v2_version=3)

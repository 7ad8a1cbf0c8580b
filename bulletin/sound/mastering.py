"""The master stage: loudness to target, true peak under the ceiling, MP3 CBR, ID3v2.3 tags.

Loudness is measured on samples in memory: the programme's K-weighted energy is known from its pieces
(mix.py) and corrected for what the limiter takes away, so one gain brings it to the target. LAME
lowers the level by a small, content-independent amount at low bitrates (about 0.45 dB at 128 kbps,
none at 256): measured once per ffmpeg and bitrate by a probe that runs while the speech is
synthesized, and aimed above by that much. The manifest's loudness is this figure; the tests hold it
to ffmpeg's ebur128 meter on the file.

The encoder can push peaks up, so the file itself is checked (encode.py: the decoded MP3 streams back
into a true-peak meter while LAME still works). A file over the ceiling is made again with the
limiter set lower. A long programme is encoded in two halves on both cores (mp3_splice.py) unless
`split_encode = false`.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
from concurrent.futures import Future
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np
from mutagen.id3 import COMM, ID3, TALB, TCON, TDRC, TIT2, TLEN, TPE1, TXXX

from bulletin.errors import AudioError
from bulletin.interrupts import in_background
from bulletin.models import Loudness
from bulletin.sound import mp3_splice
from bulletin.sound.audio import ffmpeg_exe
from bulletin.sound.encode import encode_measured, encode_mp3
from bulletin.sound.limiter import Limiter, apply
from bulletin.sound.loudness import (
    SILENCE,
    Meter,
    kweighted_power,
    loudness_of_ticks,
    tick_frames,
    ticks_of,
)
from bulletin.sound.mix import Programme

ENCODER_MARGIN_DB = 0.5  # LAME's typical true-peak overshoot at 128 kbps on speech
MODEL_TOLERANCE = 0.02  # LU: how close the level-and-limit loop gets before encoding
REACH_TOLERANCE = 0.3  # LU: further off, the limiter could not give the loudness asked for
ATTEMPTS = 3
REPLAYGAIN_REFERENCE = -18.0  # LUFS, ReplayGain 2.0


@dataclass(frozen=True)
class Tags:
    title: str
    artist: str
    album: str
    date: str  # YYYY-MM-DD
    comment: str


@dataclass(frozen=True)
class MasterSettings:
    """What the master aims for: the settings of the same names."""

    loudness_target: float = -23.0  # LUFS
    true_peak: float = -1.0  # dBTP ceiling
    bitrate: int = 128  # kbps CBR
    replaygain: bool = False  # also ReplayGain tags
    split_encode: bool = True  # a long programme in two halves on both cores (mp3_splice.py)

    @classmethod
    def of(cls, config) -> MasterSettings:
        return cls(**{field.name: getattr(config, field.name) for field in fields(cls)})


@dataclass(frozen=True)
class Mastered:
    """What the meter reads on the finished file, and how long it plays."""

    loudness: Loudness
    frames: int
    rate: int

    @property
    def seconds(self) -> float:
        return self.frames / self.rate


def master_to_mp3(programme: Programme, path: Path, settings: MasterSettings, tags: Tags) -> Mastered:
    """Write the finished MP3 to `path`. The programme's samples are scaled in place; its `ticks`,
    the K-weighted energy per tick, are used where the mix knows them (else measured here)."""
    samples, rate, ticks = programme.samples, programme.rate, programme.ticks
    if ticks is None:
        ticks = ticks_of(kweighted_power(samples, rate, tail=0), tick_frames(rate))
    if loudness_of_ticks(ticks, rate) <= SILENCE:
        raise AudioError("the programme is silent; check the speech engine and the jingles")
    target, ceiling = settings.loudness_target, settings.true_peak
    loss = codec_level_loss(settings.bitrate, rate, samples.shape[1])
    encode = mp3_splice.encode if settings.split_encode else encode_mp3  # the same file either way
    margin = ENCODER_MARGIN_DB
    for _ in range(ATTEMPTS):
        ticks = level_and_limit(samples, rate, ticks, target + loss, ceiling - margin)
        reached = loudness_of_ticks(ticks, rate) - loss
        if abs(reached - target) > REACH_TOLERANCE:
            raise AudioError(f"the programme reaches only {reached:.1f} LUFS under {ceiling} dBTP "
                             f"(target {target} LUFS); lower loudness_target or raise true_peak")
        encoded = encode(samples, rate, path, settings.bitrate, ceiling)
        peak = encoded.true_peak_dbtp
        if peak <= ceiling:
            break
        margin += peak - ceiling + 0.1  # LAME pushed a peak over: limit lower and encode again
    else:
        raise AudioError(f"the encoded file peaks at {peak:.1f} dBTP and cannot stay under "
                         f"{ceiling} dBTP at {target} LUFS; lower loudness_target or raise bitrate")
    loudness = Loudness(integrated_lufs=round(loudness_of_ticks(ticks, rate) - loss, 2),
                        true_peak_dbtp=round(peak, 2))
    replaygain = (REPLAYGAIN_REFERENCE - loudness.integrated_lufs, 10 ** (peak / 20))
    write_tags(path, tags, encoded.frames / rate, replaygain if settings.replaygain else None)
    return Mastered(loudness, encoded.frames, rate)


def level_and_limit(samples: np.ndarray, rate: int, ticks: np.ndarray, target_lufs: float,
                    ceiling_dbtp: float) -> np.ndarray:
    """One gain to the target and the limiter for the peaks, in place; the gain is raised by what the
    limiter takes away (found by the secant method: the more gain, the more the limiter takes).
    Returns the new energy per tick."""
    limiter = Limiter(samples, rate, ceiling_dbtp)
    tick = tick_frames(rate)

    def after(gain_db: float):
        gain = 10 ** (gain_db / 20)
        limited = limiter.gains(gain)
        model = gain * gain * (ticks - limiter.energy_loss(limited, tick, len(ticks)))
        return loudness_of_ticks(model, rate), gain, limited, model

    gain_db = target_lufs - loudness_of_ticks(ticks, rate)
    now, gain, limited, model = after(gain_db)
    previous = None
    for _ in range(8):
        if abs(now - target_lufs) <= MODEL_TOLERANCE:
            break
        slope = 1.0  # LU per dB of gain: 1 where the limiter does nothing, less where it works
        if previous is not None and gain_db != previous[0]:
            slope = min(max((now - previous[1]) / (gain_db - previous[0]), 0.05), 1.0)
        previous = (gain_db, now)
        gain_db += (target_lufs - now) / slope
        now, gain, limited, model = after(gain_db)
    apply(samples, gain, limited)
    return model


# --- LAME's level loss, probed once per process in the background ---

_probes: dict[tuple[int, int, int], Future] = {}
_probe_lock = threading.Lock()


def start_codec_probe(bitrate: int, rate: int, channels: int, remember: Path | None = None) -> None:
    """Start measuring LAME's level loss now (an ffmpeg process on the other core), in a daemon thread:
    a run that ends early never waits for it. With `remember` (a JSON file), a loss measured before
    with the same ffmpeg binary is reused."""
    with _probe_lock:
        if (bitrate, rate, channels) not in _probes:
            _probes[(bitrate, rate, channels)] = in_background(_remembered_probe, bitrate, rate, channels,
                                                               remember, name="codec-probe")


def _remembered_probe(bitrate: int, rate: int, channels: int, remember: Path | None) -> float:
    if remember is None:
        return _probe(bitrate, rate, channels)
    try:
        binary = Path(ffmpeg_exe()).stat()
        key = f"{ffmpeg_exe()}|{binary.st_size}|{binary.st_mtime_ns}|{bitrate}|{rate}|{channels}"
        known = json.loads(remember.read_text(encoding="utf-8")) if remember.is_file() else {}
    except (OSError, ValueError):
        return _probe(bitrate, rate, channels)
    if isinstance(known.get(key), (int, float)):
        return float(known[key])
    loss = _probe(bitrate, rate, channels, remember.parent)
    with contextlib.suppress(OSError):  # a cache that cannot be written is no error
        remember.parent.mkdir(parents=True, exist_ok=True)
        scratch = remember.with_name(f".{remember.name}.{os.getpid()}.tmp")  # retention knows .tmp
        scratch.write_text(json.dumps({**known, key: loss}), encoding="utf-8")
        os.replace(scratch, remember)
    return loss


def codec_level_loss(bitrate: int, rate: int, channels: int) -> float:
    """dB of level LAME takes away at this bitrate (measured: about 0.45 dB up to 160 kbps, none from
    256 kbps), found by encoding two seconds of tones in the speech band (broadband noise would lose
    more above the encoder's lowpass than speech does)."""
    start_codec_probe(bitrate, rate, channels)
    return _probes[(bitrate, rate, channels)].result()


def _probe(bitrate: int, rate: int, channels: int, folder: Path | None = None) -> float:
    """Encode tones and measure what LAME took; the scratch MP3 goes into `folder` (the speech cache,
    where a run stopped meanwhile leaves a hidden .tmp file that retention removes), else /tmp."""
    t = np.arange(2 * rate) / rate
    mono = sum(0.03 * np.sin(2 * np.pi * f * t) for f in (220.0, 470.0, 1030.0, 2150.0))
    tones = np.repeat(mono[:, None], channels, axis=1).astype(np.float32)
    try:
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".codec-probe.", suffix=".tmp", dir=folder)
    except OSError:
        fd, name = tempfile.mkstemp(prefix=".bulletin-codec-probe.", suffix=".tmp")
    os.close(fd)
    try:
        decoded = encode_measured(tones, rate, Path(name), bitrate, Meter(rate, channels))
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)
    reference = Meter(rate, channels)
    reference.add(tones)
    return round(reference.finish().integrated() - decoded.integrated(), 2)


def write_tags(path: Path, tags: Tags, seconds: float, replaygain: tuple[float, float] | None = None) -> None:
    """ID3v2.3, which every playout system reads (v2.4 confuses some Windows tools). ReplayGain as
    TXXX frames (REPLAYGAIN_TRACK_GAIN/PEAK, the foobar2000 and Mp3tag convention) when asked for."""
    id3 = ID3()
    id3.add(TIT2(encoding=3, text=tags.title))
    id3.add(TPE1(encoding=3, text=tags.artist))
    id3.add(TALB(encoding=3, text=tags.album))
    id3.add(TDRC(encoding=3, text=tags.date))
    id3.add(TCON(encoding=3, text="News"))
    id3.add(TLEN(encoding=3, text=str(int(round(seconds * 1000)))))
    id3.add(COMM(encoding=3, lang="deu", desc="", text=tags.comment))
    if replaygain:
        gain_db, peak = replaygain
        id3.add(TXXX(encoding=3, desc="REPLAYGAIN_TRACK_GAIN", text=f"{gain_db:+.2f} dB"))
        id3.add(TXXX(encoding=3, desc="REPLAYGAIN_TRACK_PEAK", text=f"{peak:.6f}"))
        id3.add(TXXX(encoding=3, desc="REPLAYGAIN_REFERENCE_LOUDNESS",
                     text=f"{REPLAYGAIN_REFERENCE:.1f} LUFS"))
    id3.save(str(path), v2_version=3)

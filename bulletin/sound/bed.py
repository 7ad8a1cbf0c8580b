"""The music bed: an optional loop under the whole bulletin, ducked under the speech.

The bed sits `level` LU relative to the speech where it is heard alone (around the jingles, between
items, in the padding of an exact-length slot) and `duck` dB lower under speech. Because the mix knows
where every piece of speech starts, the bed goes down `attack` seconds *before* a sentence and comes
back up over `release` seconds after it: raised-cosine ramps in dB, never a step. It fades in at the
start and out at the end of the programme.

The built-in bed (scripts/make_bed.py) is an original seamless loop; a user's file is looped with a
short equal-power crossfade when it is shorter than the bulletin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bulletin.config import BED_DEFAULTS
from bulletin.errors import AudioError
from bulletin.sound.audio import ASSETS, decode_file
from bulletin.sound.loudness import TAIL, KFilter, gated_loudness, tick_frames, ticks_of

BUILTIN = "builtin"
CROSSFADE_S = 0.5  # when a user's bed loops
BED_MAX_SECONDS = 300.0  # of a longer bed file only this much is decoded, and looped (memory)
POWER_CHUNK = 1 << 19  # frames measured at a time


@dataclass(frozen=True)
class BedSettings:
    """The [bed] settings (defaults and ranges in config.py)."""

    file: str = BED_DEFAULTS["file"]  # "" = no bed, "builtin" = the bundled one, else a file ffmpeg reads
    level: float = BED_DEFAULTS["level"]  # LU relative to the speech, where the bed is heard alone
    duck: float = BED_DEFAULTS["duck"]  # dB, under speech
    attack: float = BED_DEFAULTS["attack"]  # s the bed takes to go down before speech starts
    release: float = BED_DEFAULTS["release"]  # s it takes to come back up after speech ends
    fade_in: float = BED_DEFAULTS["fade_in"]  # s at the start of the programme
    fade_out: float = BED_DEFAULTS["fade_out"]  # s at the end

    @property
    def enabled(self) -> bool:
        return bool(self.file) and self.file.lower() != "none"

    def path(self) -> Path:
        if self.file.lower() == BUILTIN:
            return ASSETS / "bed" / "bed.flac"
        return Path(self.file)


@dataclass
class Bed:
    loop: np.ndarray  # (frames, channels) float32 at its mix level
    power: np.ndarray  # K-weighted power per frame of the loop (summed over channels), at its mix level
    crossfade: int  # frames shared by the end of one repetition and the start of the next
    settings: BedSettings

    def track(self, start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        """The looped bed and its power for programme frames start..stop (before ducking)."""
        period = len(self.loop) - self.crossfade
        frames = np.arange(start, stop)
        where = frames % period
        samples, power = self.loop[where], self.power[where].astype(np.float64)
        if self.crossfade:
            joining = (where < self.crossfade) & (frames >= period)  # the previous repetition's tail
            t = (where[joining] + 0.5) / self.crossfade
            fade_in, fade_out = np.sin(0.5 * np.pi * t), np.cos(0.5 * np.pi * t)  # equal power
            tail = where[joining] + period
            samples[joining] = (samples[joining] * fade_in[:, None]
                                + self.loop[tail] * fade_out[:, None]).astype(np.float32)
            power[joining] = power[joining] * fade_in ** 2 + self.power[tail] * fade_out ** 2
        return samples, power


def load_bed(settings: BedSettings, rate: int, channels: int, speech_lufs: float, seconds: float) -> Bed:
    """Decode (at most `seconds` of, and at most BED_MAX_SECONDS: a longer file is looped from its
    start) the bed and bring it to `speech_lufs + settings.level`."""
    path = settings.path()
    if not path.is_file():
        raise AudioError(f"bed {path}: no such file; fix the [bed] file setting (\"builtin\" or a file)")
    try:
        loop = decode_file(path, rate, channels, seconds=min(seconds + 1.0, BED_MAX_SECONDS))
    except AudioError as err:
        raise AudioError(f"bed {path}: cannot decode it ({err}); give a file ffmpeg reads") from None
    builtin = settings.file.lower() == BUILTIN
    crossfade = 0 if builtin else min(int(CROSSFADE_S * rate), len(loop) // 4)
    power = _periodic_power(loop, rate)
    measured = _loudness(power, rate)
    if measured <= -70.0:
        raise AudioError(f"bed {path}: it is silent")
    gain = 10 ** ((speech_lufs + settings.level - measured) / 20)
    power *= np.float32(gain ** 2)
    return Bed(loop * np.float32(gain), power, crossfade, settings)


def _periodic_power(loop: np.ndarray, rate: int) -> np.ndarray:
    """K-weighted power per frame (float32) of the loop as it sounds when repeated: the filter starts
    on the loop's last TAIL frames (longer than its ringing), and the loop goes through it in chunks
    (a long bed is not copied whole several times over)."""
    warm = min(TAIL, len(loop))
    kfilter = KFilter(rate, loop.shape[1])
    power = np.empty(len(loop), dtype=np.float32)
    chunks = [loop[len(loop) - warm:]]
    chunks += [loop[at: at + POWER_CHUNK] for at in range(0, len(loop), POWER_CHUNK)]
    position = -warm  # output frame, counted from the loop's start
    for number, chunk in enumerate(chunks):
        out = kfilter.process(chunk, final=number == len(chunks) - 1)
        keep = out[:, max(-position, 0):]
        start = max(position, 0)
        power[start: start + keep.shape[1]] = np.einsum("cf,cf->f", keep, keep, dtype=np.float64)
        position += out.shape[1]
    return power


def _loudness(power: np.ndarray, rate: int) -> float:
    step = rate // 10
    whole = len(power) // step * step
    return gated_loudness(power[:whole].reshape(-1, step).sum(axis=1), step,
                          float(power[whole:].sum()), len(power) - whole)


def duck_db(frames: np.ndarray, speech: Sequence[tuple[int, int]], settings: BedSettings, rate: int,
            total: int) -> np.ndarray:
    """The bed's gain in dB at each frame: ducking around each speech span, fades at both ends."""
    db = np.zeros(len(frames), dtype=np.float64)
    attack, release = max(settings.attack * rate, 1.0), max(settings.release * rate, 1.0)
    first, last = (frames[0], frames[-1]) if len(frames) else (0, -1)
    for start, stop in speech:
        if stop + release < first or start - attack > last:
            continue
        shape = np.where(frames < start, _ramp((start - frames) / attack),
                         np.where(frames > stop, _ramp((frames - stop) / release), 1.0))
        np.minimum(db, settings.duck * shape, out=db)
    for length, distance in ((settings.fade_in, frames), (settings.fade_out, total - 1 - frames)):
        if length > 0:
            gain = 1.0 - _ramp(distance / (length * rate))  # 0 at the very edge, 1 after `length`
            db += 20 * np.log10(np.maximum(gain, 1e-5))
    return db


def _ramp(x: np.ndarray) -> np.ndarray:
    """1 at x <= 0, falling along a raised cosine to 0 at x >= 1."""
    return 0.5 + 0.5 * np.cos(np.pi * np.clip(x, 0.0, 1.0))


def add_bed(samples: np.ndarray, ticks: np.ndarray, bed: Bed, speech: Sequence[tuple[int, int]],
            rate: int) -> None:
    """Mix the ducked bed into the programme in place, and its K-weighted energy into `ticks`."""
    tick = tick_frames(rate)
    total = len(samples)
    chunk = tick * 2048
    for start in range(0, total, chunk):
        stop = min(start + chunk, total)
        frames = np.arange(start, stop)
        music, power = bed.track(start, stop)
        gain = 10 ** (duck_db(frames, speech, bed.settings, rate, total) / 20)
        samples[start:stop] += music * gain[:, None].astype(np.float32)
        part = ticks_of(power * gain ** 2, tick)
        ticks[start // tick: start // tick + len(part)] += part

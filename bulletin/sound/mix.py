"""The mix stage: speech clips (the engines' Speech: mono float samples), jingles, pauses and an
optional bed become one programme.

Each clip is converted once: trimmed of the engine's own leading and trailing silence (so the pauses
are ours), resampled band-limited to the output rate (audio.resample_and_filter), and brought to a
common speech loudness, so engines and voices match; jingles sit `jingle_level` LU relative to that.
The programme is laid out on a 1 ms grid and joined in one step in float samples (no chain of
appends, no integer saturation). Speech stays mono until it is placed.

Every piece carries its K-weighted energy per grid tick, measured once when it is loaded. Pieces do
not overlap (the bed is added the same way), so the programme's loudness is the sum of its pieces'
energies: the master knows it without measuring the whole programme again.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bulletin.config import Config
from bulletin.errors import AudioError
from bulletin.interrupts import in_background
from bulletin.sound.audio import ASSETS, read_audio, resample_and_filter
from bulletin.sound.bed import BedSettings, add_bed, load_bed
from bulletin.sound.loudness import (
    SILENCE,
    TAIL,
    frame_peak,
    k_magnitude,
    kweighted_power,
    loudness_of_ticks,
    tick_frames,
    ticks_at,
    ticks_of,
)
from bulletin.sound.order import Jingles, arrange, pause_frames
from bulletin.speech import Speech

SPEECH_LUFS = -23.0  # working level of speech in the mix; master sets the final level
JINGLE_LU = -2.0  # default: jingles sit this far below the speech
TRIM_DBFS = -50.0  # quieter than this at the ends of a clip counts as the engine's silence
EDGE_S = 0.01  # kept beyond the first and last sound, faded, so trimming never clicks
BUILTIN_JINGLES = {"intro": "intro.wav", "separator": "separator.wav", "outro": "outro.wav"}
END_FADE_S = 0.5  # only if a programme must be cut to its slot (the fit stage prevents that), or a jingle
MAX_JINGLE_S = Config.max_jingle_seconds  # the setting's default


@dataclass
class Piece:
    """One clip at its mix level: samples (frames, 1 or channels), frames a whole number of ticks,
    and its K-weighted energy per tick summed over the output channels (ringing included)."""

    samples: np.ndarray
    ticks: np.ndarray
    cut: bool = False  # a jingle longer than its limit: only its start, faded out

    @property
    def frames(self) -> int:
        return len(self.samples)


@dataclass(frozen=True)
class Segment:
    """Where one piece sits in the programme, in seconds."""

    kind: str  # "jingle" | "speech" | "pause" | "pad"
    label: str
    start: float
    end: float


@dataclass
class Programme:
    samples: np.ndarray  # float32, (frames, channels)
    rate: int
    timeline: list[Segment]
    ticks: np.ndarray | None = None  # K-weighted energy per tick (None: not known, measured when needed)
    cut: bool = False  # longer than the slot and cut to it (with a fade)

    @property
    def seconds(self) -> float:
        return self.samples.shape[0] / self.rate


def _level(samples: np.ndarray, rate: int, channels: int, target_lufs: float,
           ticks: np.ndarray | None = None) -> Piece:
    """Pad to whole ticks, measure once (unless `ticks` are known), and bring to `target_lufs` as it
    will sound on `channels`."""
    tick = tick_frames(rate)
    samples = np.pad(samples, ((0, -len(samples) % tick), (0, 0))).astype(np.float32, copy=False)
    if ticks is None:
        power = kweighted_power(samples, rate)
        if samples.shape[1] == 1:
            power *= channels  # mono placed on every channel (BS.1770 sums the channels)
        ticks = ticks_of(power, tick)
    measured = loudness_of_ticks(ticks, rate)
    if measured <= SILENCE:
        return Piece(samples, ticks)
    gain = 10 ** ((target_lufs - measured) / 20)
    return Piece(samples * np.float32(gain), ticks * gain ** 2)


def prepare_speech(clip: Speech, rate: int, channels: int, target_lufs: float = SPEECH_LUFS) -> Piece:
    """Engine clip -> trimmed, resampled, levelled mono piece."""
    samples = trim_silence(clip.samples[:, None], clip.rate)
    # Resampled, and K-weighted for the meter at the engine's rate (half the frames of the output rate,
    # the same band), from one FFT. Mono is placed on all channels of the output: BS.1770 sums them.
    resampled, weighted = resample_and_filter(samples, clip.rate, rate, k_magnitude, guard=TAIL)
    power = np.einsum("fc,fc->f", weighted, weighted, dtype=np.float64) * channels
    return _level(resampled, rate, channels, target_lufs, ticks_at(power, clip.rate, rate))


def trim_silence(samples: np.ndarray, rate: int, threshold_dbfs: float = TRIM_DBFS) -> np.ndarray:
    """Cut the silence before the first and after the last sound, keeping EDGE_S faded margins."""
    loud = np.flatnonzero(frame_peak(samples) > 10 ** (threshold_dbfs / 20))
    if loud.size == 0:
        return samples[:0]
    edge = int(EDGE_S * rate)
    out = samples[max(loud[0] - edge, 0): loud[-1] + 1 + edge].copy()
    ramp = np.linspace(0.0, 1.0, min(edge, len(out) // 2), dtype=np.float32)[:, None]
    if len(ramp):
        out[: len(ramp)] *= ramp
        out[len(out) - len(ramp):] *= ramp[::-1]
    return out


class SpeechPrep:
    """Prepares speech clips in worker threads as the engine delivers them (numpy's FFTs and the
    engine's C code both run without the GIL, so they overlap), once per clip and run."""

    def __init__(self, rate: int, channels: int, target_lufs: float = SPEECH_LUFS):
        self.rate, self.channels, self.target = rate, channels, target_lufs
        self.pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="speech-prep")
        self.done: dict[str, Future] = {}

    def submit(self, key: str, clip: Speech) -> None:
        if key not in self.done:
            self.done[key] = self.pool.submit(prepare_speech, clip, self.rate, self.channels, self.target)

    def get(self, key: str) -> Piece:
        return self.done[key].result()


def jingle_path(slot: str, configured: str) -> Path | None:
    """The configured file for a slot; "" means the built-in chime, "none" means no jingle."""
    if configured.lower() == "none":
        return None
    if configured:
        return Path(configured)
    return ASSETS / "jingles" / BUILTIN_JINGLES[slot]


def load_jingle(path: Path, rate: int, channels: int, level_lu: float = JINGLE_LU,
                max_seconds: float = MAX_JINGLE_S) -> Piece:
    """The jingle at its mix level. Only its first `max_seconds` are decoded (a 30-minute file is not
    read into memory); a longer one is cut there with a fade, and the piece says so (`cut`)."""
    if not path.is_file():
        raise AudioError(f"jingle {path}: no such file; fix the [jingles] setting or use \"none\"")
    try:  # a little more than the limit: what runs on past it tells that the file is longer
        samples = read_audio(path, rate, channels, seconds=max_seconds + 0.1)
    except AudioError as err:
        raise AudioError(f"jingle {path}: cannot decode it ({err}); give a file ffmpeg reads") from None
    keep = int(max_seconds * rate)
    cut = len(samples) > keep
    if cut:
        fade = min(int(END_FADE_S * rate), keep)
        samples = samples[:keep].copy()
        samples[keep - fade:] *= np.linspace(1.0, 0.0, fade, dtype=np.float32)[:, None]
    piece = _level(samples, rate, channels, SPEECH_LUFS + level_lu)
    piece.cut = cut
    return piece


def load_jingles(jingles: dict[str, str], rate: int, channels: int, level_lu: float = JINGLE_LU,  # noqa: PLR0913 (the slots, the programme's format, and three keywords with defaults: level, the built-in fallback, the longest jingle; as load_jingle takes them, a record would only rename the settings)
                 fallback: bool = False, max_seconds: float = MAX_JINGLE_S) -> Jingles:
    """All jingle slots, decoded side by side (each decode is an ffmpeg process, in a daemon thread). A
    station's own jingle that is missing or broken must not keep the news off the air: with `fallback`,
    the built-in chime takes its place and the problem is a warning (`make-bulletin check` still fails
    on it). A jingle longer than `max_seconds` is cut to it, with a warning."""
    paths = {slot: jingle_path(slot, jingles.get(slot, "")) for slot in BUILTIN_JINGLES}

    def load(slot: str, path: Path) -> tuple[Piece, str]:
        try:
            piece = load_jingle(path, rate, channels, level_lu, max_seconds)
        except AudioError as err:
            if not fallback or not jingles.get(slot):
                raise
            chime = load_jingle(jingle_path(slot, ""), rate, channels, level_lu)
            return chime, f"{err}; used the built-in {slot} chime instead"
        if piece.cut and fallback:
            return piece, (f"jingle {path}: longer than max_jingle_seconds; only its first {max_seconds:g} s "
                           "are played (faded out); shorten the file or raise max_jingle_seconds")
        return piece, ""

    futures = {slot: in_background(load, slot, path, name=f"jingle-{slot}")
               for slot, path in paths.items() if path is not None}
    loaded = {slot: futures[slot].result() if slot in futures else (None, "") for slot in paths}
    return Jingles({slot: piece for slot, (piece, _) in loaded.items()},
                   tuple(warning for _, warning in loaded.values() if warning))


def _add_into(target: np.ndarray, piece: np.ndarray) -> None:
    """target += piece; a mono piece goes onto each channel column by column (numpy broadcasts
    (n, 1) onto (n, 2) at half the speed: 35 ms against 20 ms for a 3-minute programme)."""
    if piece.shape[1] == 1 and target.shape[1] > 1:
        for channel in range(target.shape[1]):
            target[:, channel] += piece[:, 0]
    else:
        target += piece


# PLR0913: the pieces and their running order, the output format and pause, and three optional
# keywords (bed, exact length, longest length); a record for them would only rename the settings
def mix_programme(speech: Sequence[Piece], kinds: Sequence[str], jingles: dict[str, Piece | None],  # noqa: PLR0913
                  rate: int, channels: int, pause_s: float, bed: BedSettings | None = None,
                  length_s: float | None = None, max_s: float | None = None) -> Programme:
    """Join the pieces; with `length_s`, pad the programme to exactly that length; a programme longer
    than `length_s` or `max_s` is cut to it with a short fade (the fit stage makes that rare)."""
    tick = tick_frames(rate)
    placed = arrange(kinds, [p.frames for p in speech], {s: p.frames for s, p in jingles.items() if p},
                     pause_frames(pause_s, rate))
    content = placed[-1][3] + placed[-1][4] if placed else 0
    total = int(round(length_s * rate)) if length_s else content
    if max_s:
        total = min(total, int(round(max_s * rate)))
    samples = np.zeros((total, channels), dtype=np.float32)
    ticks = np.zeros(-(-total // tick), dtype=np.float64)
    timeline = []
    for kind, label, what, start, frames in placed:
        timeline.append(Segment(kind, label, start / rate, (start + frames) / rate))
        piece = speech[what] if kind == "speech" else jingles[what] if kind == "jingle" else None
        if piece is None or start >= total:
            continue
        stop = min(start + frames, total)
        _add_into(samples[start:stop], piece.samples[: stop - start])
        energy = piece.ticks[: len(ticks) - start // tick]
        ticks[start // tick: start // tick + len(energy)] += energy
    if total > content:
        timeline.append(Segment("pad", "", content / rate, total / rate))
    cut = total < content
    if cut:
        fade = min(int(END_FADE_S * rate), total)
        samples[total - fade:] *= np.linspace(1.0, 0.0, fade, dtype=np.float32)[:, None]
    if bed is not None and bed.enabled and total:
        spans = [(int(s.start * rate), int(s.end * rate)) for s in timeline if s.kind == "speech"]
        add_bed(samples, ticks, load_bed(bed, rate, channels, SPEECH_LUFS, total / rate), spans, rate)
    return Programme(samples, rate, timeline, ticks, cut)


@dataclass(frozen=True)
class Mixed:
    """The mix stage's result: the programme, how long each spoken part plays in it, and what was cut."""

    programme: Programme
    seconds: tuple[float, ...]  # per spoken part, in script order
    warnings: tuple[str, ...] = ()


def mix(config: Config, speech: Sequence[Piece], kinds: Sequence[str], jingles: Jingles) -> Mixed:
    """The bulletin's programme from its speech and jingles with the settings' pauses and bed, never
    longer than the slot (or max_seconds), with fit = "exact" exactly as long as the slot."""
    limit = config.slot_seconds or config.max_seconds  # the slot is never longer than max_seconds
    programme = mix_programme(speech, kinds, jingles.pieces, config.sample_rate, config.channels,
                              config.pause_seconds, BedSettings(**config.bed),
                              length_s=limit if config.fit == "exact" else None, max_s=limit)
    warnings = ()
    if programme.cut:
        what = f"the {limit:g} s slot" if config.slot_seconds else f"max_seconds ({limit:g} s)"
        warnings = (f"even the shortest bulletin is longer than {what}; the end was cut (with a fade)",)
    seconds = tuple(seg.end - seg.start for seg in programme.timeline if seg.kind == "speech")
    return Mixed(programme, seconds, warnings)

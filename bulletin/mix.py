"""The mix stage: speech clips (pydub segments from the engines), jingles and pauses become one programme.

Every clip is converted once to the output rate and layout (band-limited resampling, see audio.py),
trimmed of the engine's own leading/trailing silence so pauses are ours, and brought to a common
speech loudness, so engines, voices and jingles match before mastering. The programme is joined in
one step (no quadratic chain of pydub appends) in float samples: pydub's own arithmetic is integer
(audioop), saturates when clips overlap and its resampler leaves images. Speech sits about 15 dB below
full scale here, so nothing clips; master sets the final level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bulletin.audio import decode_file, resample, segment_to_array, to_layout
from bulletin.errors import AudioError
from bulletin.loudness import SILENCE, apply_gain, integrated_lufs

if TYPE_CHECKING:
    from pydub import AudioSegment

SPEECH_LUFS = -23.0  # working level of speech in the mix; master sets the final level
JINGLE_LU = -2.0  # jingles sit this far below the speech
TRIM_DBFS = -50.0  # quieter than this at the ends of a clip counts as silence
BUILTIN_JINGLES = {"intro": "intro.wav", "separator": "separator.wav", "outro": "outro.wav"}


@dataclass(frozen=True)
class Segment:
    """Where one piece sits in the programme, in seconds."""

    kind: str  # "jingle" | "speech" | "pause"
    label: str
    start: float
    end: float


@dataclass
class Programme:
    samples: np.ndarray  # float32, (frames, channels)
    rate: int
    timeline: list[Segment]

    @property
    def seconds(self) -> float:
        return self.samples.shape[0] / self.rate


def jingle_path(slot: str, configured: str) -> Path | None:
    """The configured file for a slot; "" means the built-in chime, "none" means no jingle."""
    if configured.lower() == "none":
        return None
    if configured:
        return Path(configured)
    return Path(str(resources.files("bulletin") / "assets" / "jingles" / BUILTIN_JINGLES[slot]))


def load_jingle(path: Path, rate: int, channels: int) -> np.ndarray:
    if not path.is_file():
        raise AudioError(f"jingle {path}: no such file; fix the [jingles] setting or use \"none\"")
    try:
        samples = decode_file(path, rate, channels)
    except AudioError as err:
        raise AudioError(f"jingle {path}: cannot decode it ({err}); give a file ffmpeg reads") from None
    return _level(samples, rate, SPEECH_LUFS + JINGLE_LU)


def prepare_speech(clip: AudioSegment, rate: int, channels: int) -> np.ndarray:
    samples = resample(segment_to_array(clip), clip.frame_rate, rate)
    return _level(trim_silence(to_layout(samples, channels)), rate, SPEECH_LUFS)


def trim_silence(samples: np.ndarray, threshold_dbfs: float = TRIM_DBFS) -> np.ndarray:
    loud = np.flatnonzero(np.abs(samples).max(axis=1) > 10 ** (threshold_dbfs / 20))
    if loud.size == 0:
        return samples[:0]
    return samples[loud[0]: loud[-1] + 1]


def _level(samples: np.ndarray, rate: int, target_lufs: float) -> np.ndarray:
    measured = integrated_lufs(samples, rate)
    return samples if measured <= SILENCE else apply_gain(samples, target_lufs - measured)


def mix_programme(
    clips: Sequence[AudioSegment],
    kinds: Sequence[str],
    jingles: dict[str, str],
    rate: int,
    channels: int,
    pause_s: float,
) -> Programme:
    """Lay out: intro jingle, intro, items with a separator between them, outro, outro jingle."""
    pieces: list[tuple[str, str, np.ndarray]] = []
    pause = np.zeros((int(round(pause_s * rate)), channels), dtype=np.float32)

    def add(kind: str, label: str, samples: np.ndarray) -> None:
        if samples.size or kind == "speech":  # every speech part keeps its place in the timeline
            pieces.append((kind, label, samples))

    def add_jingle(slot: str) -> None:
        path = jingle_path(slot, jingles.get(slot, ""))
        if path is not None:
            add("jingle", slot, load_jingle(path, rate, channels))
            add("pause", "", pause)

    add_jingle("intro")
    item_number = 0
    for clip, kind in zip(clips, kinds, strict=True):
        if kind == "item":
            if item_number:
                add_jingle("separator")
            item_number += 1
        elif kind == "outro" and item_number:
            add("pause", "", pause)
        add("speech", kind if kind != "item" else f"item {item_number}", prepare_speech(clip, rate, channels))
        add("pause", "", pause)
    add_jingle("outro")
    return _join(pieces, rate, channels)


def _join(pieces: list[tuple[str, str, np.ndarray]], rate: int, channels: int) -> Programme:
    timeline, position = [], 0
    for kind, label, samples in pieces:
        timeline.append(Segment(kind, label, position / rate, (position + len(samples)) / rate))
        position += len(samples)
    if not pieces:
        return Programme(np.zeros((0, channels), dtype=np.float32), rate, timeline)
    return Programme(np.concatenate([samples for _, _, samples in pieces]), rate, timeline)

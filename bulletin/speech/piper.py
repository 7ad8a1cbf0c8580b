"""Piper, the offline neural voice: a VITS voice file (.onnx with its .onnx.json) run by onnxruntime.

The runtime is onnxruntime (MIT), an optional extra (`pip install 'bulletin[piper]'`); the phonemes
come from the espeak-ng library the project already ships (piper_phonemes.py), so nothing of the
GPL `piper-tts` package is needed. Each sentence is one run of the model, with the voice's
noise and length scales (a profile may override them) and, for voices with several speakers, the
profile's speaker; the sentences are joined with a short pause.

The core (`speak`) returns float samples and their rate; `PiperEngine.synthesize` adapts them to the
pydub segment today's engine interface takes, in one line.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bulletin.errors import EngineError
from bulletin.speech.piper_phonemes import BOS, EOS, PAD, text_to_ids

if TYPE_CHECKING:
    from pydub import AudioSegment

    from bulletin.speech.voices import VoiceProfile

log = logging.getLogger(__name__)

RUNTIME_HINT = "install the runtime with: pip install 'bulletin[piper]'"
PEAK = 0.98  # a voice that overshoots full scale is turned down as a whole, never clipped


@dataclass(frozen=True)
class VoiceConfig:
    """What synthesis needs from a voice's .onnx.json."""

    sample_rate: int
    espeak_voice: str
    id_map: dict[str, tuple[int, ...]]
    num_speakers: int = 1
    speaker_ids: dict[str, int] | None = None
    default_speaker: int = 0
    noise_scale: float = 0.667
    length_scale: float = 1.0
    noise_w: float = 0.8
    vowel_clusters: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Speech:
    samples: np.ndarray  # float32 mono, within [-1, 1]
    rate: int
    missing: frozenset[str]  # phonemes the voice has no id for (left out)


def read_voice_config(path: Path) -> VoiceConfig:
    """Read and check a voice's .onnx.json; ValueError with one line saying what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("phoneme_type", "espeak") != "espeak":
            raise ValueError(f"phoneme_type {data['phoneme_type']!r} is not supported (only espeak)")
        id_map = {str(k): tuple(int(i) for i in v) for k, v in data["phoneme_id_map"].items()}
        missing = [symbol for symbol in (PAD, BOS, EOS) if symbol not in id_map]
        if missing:
            raise ValueError(f"phoneme_id_map has no {', '.join(missing)}")
        inference = data.get("inference") or {}
        config = VoiceConfig(
            sample_rate=int(data["audio"]["sample_rate"]), espeak_voice=str(data["espeak"]["voice"]),
            id_map=id_map, num_speakers=int(data.get("num_speakers", 1)),
            speaker_ids={str(k): int(v) for k, v in (data.get("speaker_id_map") or {}).items()},
            default_speaker=int(data.get("default_speaker_id", 0)),
            noise_scale=float(inference.get("noise_scale", 0.667)),
            length_scale=float(inference.get("length_scale", 1.0)),
            noise_w=float(inference.get("noise_w", 0.8)),
            vowel_clusters=tuple(tuple(c) for c in data.get("vowel_clusters") or ()))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ValueError(f"cannot read {path.name} ({err})") from None
    except (KeyError, TypeError, AttributeError) as err:
        raise ValueError(f"{path.name} is not a Piper voice config (missing or wrong {err})") from None
    if not 8000 <= config.sample_rate <= 48000:
        raise ValueError(f"{path.name}: sample rate {config.sample_rate} Hz is not a voice's")
    return config


def speaker_id(config: VoiceConfig, speaker: str) -> int | None:
    """The model's speaker number for a profile's `speaker` (a name or a number); None: one speaker."""
    if config.num_speakers <= 1:
        return None
    if not speaker:
        return config.default_speaker
    if speaker in (config.speaker_ids or {}):
        return config.speaker_ids[speaker]
    if speaker.isdecimal() and int(speaker) < config.num_speakers:
        return int(speaker)
    names = ", ".join(list(config.speaker_ids or {})[:8])
    raise ValueError(f"the voice has no speaker {speaker!r}; it has {config.num_speakers}"
                     + (f" ({names}, ...)" if names else f" (0 to {config.num_speakers - 1})"))


class _Sessions:
    """onnxruntime sessions of the voice files in use, loaded once per process (a medium voice takes
    a moment and some 100 MB): two, for the two voices that take turns with `alternate`."""

    KEEP = 2

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.loaded: dict[tuple, object] = {}

    def get(self, model: Path):
        import onnxruntime

        stat = model.stat()
        key = (str(model), stat.st_size, stat.st_mtime_ns)  # a replaced file is loaded again
        with self.lock:
            if key not in self.loaded:
                options = onnxruntime.SessionOptions()
                options.log_severity_level = 3  # errors only: no warnings on stderr at :55
                session = onnxruntime.InferenceSession(str(model), sess_options=options,
                                                       providers=["CPUExecutionProvider"])
                while len(self.loaded) >= self.KEEP:
                    self.loaded.pop(next(iter(self.loaded)))  # the one loaded first
                self.loaded[key] = session
            return self.loaded[key]


_sessions = _Sessions()


def run_model(session, ids: tuple[int, ...], scales: tuple[float, float, float],
              speaker: int | None) -> np.ndarray:
    """One sentence's ids through the model: float samples at the voice's rate."""
    inputs = {"input": np.array([ids], dtype=np.int64),
              "input_lengths": np.array([len(ids)], dtype=np.int64),
              "scales": np.array(scales, dtype=np.float32)}
    if speaker is not None:
        inputs["sid"] = np.array([speaker], dtype=np.int64)
    return np.asarray(session.run(None, inputs)[0], dtype=np.float32).reshape(-1)


def speak(text: str, model: Path, voice: VoiceProfile, clauses) -> Speech:
    """Speak `text` with the voice file `model` as `voice` sets it: samples, rate, phonemes left out.

    ValueError for a bad voice config or speaker; the runtime's own errors pass through."""
    config = read_voice_config(Path(f"{model}.json"))
    speaker = speaker_id(config, str(voice.speaker))
    scales = (config.noise_scale if voice.noise_scale is None else voice.noise_scale,
              config.length_scale if voice.length_scale is None else voice.length_scale,
              config.noise_w if voice.noise_w is None else voice.noise_w)
    found = text_to_ids(text, config.espeak_voice, config.id_map, clauses, config.vowel_clusters)
    session = _sessions.get(model)
    pause = np.zeros(int(round(voice.sentence_pause * config.sample_rate)), dtype=np.float32)
    pieces = []
    for ids in found.sentences:
        pieces += [run_model(session, ids, scales, speaker), pause]
    samples = np.concatenate(pieces[:-1]) if pieces else np.zeros(0, dtype=np.float32)
    peak = float(np.max(np.abs(samples))) if samples.size else 0.0
    if peak > PEAK:
        samples *= np.float32(PEAK / peak)
    return Speech(samples, config.sample_rate, found.missing)


class PiperEngine:
    name = "piper"

    @classmethod
    def from_config(cls, config) -> PiperEngine:
        return cls()

    def problem(self) -> str:
        """Why the engine cannot be tried here, in a few words; "" when it can."""
        try:
            import onnxruntime  # noqa: F401
        except ImportError:
            return f"the onnxruntime package is not installed; {RUNTIME_HINT}"
        from bulletin.speech.espeak import EspeakEngine

        if not EspeakEngine().available():
            return "the espeak-ng library (its phonemes) cannot be loaded; reinstall with `make venv`"
        return ""

    def available(self) -> bool:
        return not self.problem()

    def synthesize(self, text: str, voice: VoiceProfile) -> AudioSegment:
        from bulletin.sound.audio import array_to_segment

        speech = self.speak(text, voice)
        return array_to_segment(speech.samples, speech.rate)  # the one adapter to today's interface

    def speak(self, text: str, voice: VoiceProfile) -> Speech:
        from bulletin.speech.espeak import phoneme_clauses
        from bulletin.speech.piper_voices import find_model

        model = find_model(voice)  # EngineError naming the voice and how to install it
        try:
            speech = speak(text, model, voice, phoneme_clauses)
        except ImportError as err:
            missing = err.name or "a package"
            raise EngineError(self.name, f"{missing} is not installed; {RUNTIME_HINT}") from None
        except ValueError as err:
            raise EngineError(self.name, f"{err} (voice profile {voice.name})") from None
        except Exception as err:  # onnxruntime's errors share no public base class
            raise EngineError(self.name, f"the voice file {model.name} could not be run ({err}); "
                                         "download it again (make-bulletin voices download)") from None
        if speech.missing:
            log.warning("piper voice %s has no phoneme for %s (left out)", model.name,
                        " ".join(sorted(speech.missing)))
        if not speech.samples.size:
            raise EngineError(self.name, f"no audio for {text[:40]!r}")
        return speech

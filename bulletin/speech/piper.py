"""Piper, the offline neural voice: a VITS voice file (.onnx with its .onnx.json) run by onnxruntime.

The runtime is onnxruntime (MIT), an optional extra (`pip install 'bulletin[piper]'`); the phonemes
come from the espeak-ng library the project already ships (piper_phonemes.py), so nothing of the
GPL `piper-tts` package is needed. Each sentence is one run of the model, with the voice's
noise and length scales (a profile may override them) and, for voices with several speakers, the
profile's speaker; the sentences are joined with a short pause.

The core (`speak`) returns float samples, their rate and the phonemes the voice lacked;
`PiperEngine.synthesize` hands on the samples and rate as the engines' Speech.

onnxruntime is imported only where a voice is run or the engine is checked: it is an optional extra
(without it the engine reports why and `auto` goes on with the next one), and importing it takes
about 0.5 s that a run with another voice should not pay.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bulletin.errors import EngineError
from bulletin.speech import Speech
from bulletin.speech.espeak import EspeakEngine, phoneme_clauses
from bulletin.speech.piper_phonemes import text_to_ids
from bulletin.speech.piper_voices import find_model, read_voice_config, speaker_id

if TYPE_CHECKING:
    from bulletin.speech.voices import VoiceProfile

log = logging.getLogger(__name__)

RUNTIME_HINT = "install the runtime with: pip install 'bulletin[piper]'"
PEAK = 0.98  # a voice that overshoots full scale is turned down as a whole, never clipped


@dataclass(frozen=True)
class Voiced:
    """What the voice made of a text: float32 mono samples within [-1, 1], their rate, and the
    phonemes the voice has no id for (left out)."""

    samples: np.ndarray
    rate: int
    missing: frozenset[str]


class _Sessions:
    """onnxruntime sessions of the voice files in use, loaded once per process (a medium voice takes
    a moment and some 100 MB): two, for the two voices that take turns with `alternate`."""

    KEEP = 2

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.loaded: dict[tuple, object] = {}

    def get(self, model: Path):
        import onnxruntime  # the optional extra, 0.5 s to import: only when a voice is run

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


def speak(text: str, model: Path, voice: VoiceProfile, clauses) -> Voiced:
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
    return Voiced(samples, config.sample_rate, found.missing)


class PiperEngine:
    name = "piper"

    @classmethod
    def from_config(cls, config) -> PiperEngine:
        return cls()

    def problem(self) -> str:
        """Why the engine cannot be tried here, in a few words; "" when it can."""
        try:
            import onnxruntime  # noqa: F401  (the optional extra: is it there and does it load?)
        except ImportError:
            return f"the onnxruntime package is not installed; {RUNTIME_HINT}"
        if not EspeakEngine().available():
            return "the espeak-ng library (its phonemes) cannot be loaded; reinstall with `make venv`"
        return ""

    def available(self) -> bool:
        return not self.problem()

    def synthesize(self, text: str, voice: VoiceProfile) -> Speech:
        voiced = self.speak(text, voice)
        return Speech(voiced.samples, voiced.rate)

    def speak(self, text: str, voice: VoiceProfile) -> Voiced:
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


def profile_problem(voice: VoiceProfile) -> str:
    """Why a piper profile cannot speak here, in one line; "" when it can (nothing is synthesized)."""
    reason = PiperEngine().problem()
    if reason:
        return reason
    try:
        path = find_model(voice)
        speaker_id(read_voice_config(Path(f"{path}.json")), voice.speaker)
    except EngineError as err:
        return err.problem
    except ValueError as err:
        return str(err)
    return ""

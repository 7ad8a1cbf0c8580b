"""Speech engines behind one Protocol and a registry, tried in the configured order.

An engine takes normalized text and a voice profile and returns `Speech`: mono float samples and
their rate, nothing else (no audio library's container). The rest of the chain (cache, mix) takes
that record as it is.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np

    from bulletin.speech.voices import VoiceProfile

# name -> "module:Class"; the order here is only for listings, config decides the order tried.
REGISTRY = {
    "gtts": "bulletin.speech.gtts_engine:GttsEngine",
    "espeak": "bulletin.speech.espeak:EspeakEngine",
    "piper": "bulletin.speech.piper:PiperEngine",  # optional extra: bulletin[piper] (onnxruntime)
}
ENGINE_NAMES = tuple(REGISTRY)


@dataclass(frozen=True, eq=False)
class Speech:
    """One clip as an engine speaks it: float32 mono samples, full scale 1.0, at `rate` Hz (the
    engine's own rate; the mix resamples)."""

    samples: np.ndarray  # shape (frames,)
    rate: int

    def __post_init__(self) -> None:
        if self.samples.ndim != 1:
            raise ValueError(f"speech is mono: samples of shape (frames,), not {self.samples.shape}")
        if self.rate <= 0:
            raise ValueError(f"a sample rate, not {self.rate}")

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate


class SpeechEngine(Protocol):
    name: str

    def available(self) -> bool:
        """Cheap check that the engine can be tried at all (library present, not a network probe)."""

    def synthesize(self, text: str, voice: VoiceProfile) -> Speech:
        """Speak `text` (already normalized) with `voice`; raise EngineError when it cannot."""

    # Optional: `problem() -> str`, why the engine cannot be tried ("" when it can), naming what is
    # missing and what to do; see unavailable_reason().


def cache_folder(setting: str | Path | None = None) -> Path:
    """Where the speech cache (speech/cache.py) lives: the `cache_dir` setting, else the user's cache
    folder. Here, not there, so that retention and `check` find it without loading numpy."""
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bulletin" / "speech"


def unavailable_reason(engine) -> str:
    """Why `engine` cannot be tried here ("" when it can): its own `problem()` where it has one."""
    problem = getattr(engine, "problem", None)
    if callable(problem):
        return problem()
    return "" if engine.available() else "not available here"


def engine_class(name: str) -> type:
    """The engine's class, its module imported now. Lazy on purpose: an espeak-ng run must not load
    gTTS and requests (0.4 s) or onnxruntime (0.5 s, an optional extra), and `make-bulletin
    normalize` (which imports bulletin.speech.normalize, so this package) none of them."""
    module_name, _, class_name = REGISTRY[name].partition(":")
    return getattr(importlib.import_module(module_name), class_name)

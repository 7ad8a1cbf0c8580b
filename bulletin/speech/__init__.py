"""Speech engines behind one Protocol and a registry, tried in the configured order.

Engine modules are imported only when a bulletin is spoken, so `make-bulletin --help` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pydub import AudioSegment

    from bulletin.speech.voices import VoiceProfile

# name -> "module:Class"; the order here is only for listings, config decides the order tried.
REGISTRY = {
    "gtts": "bulletin.speech.gtts_engine:GttsEngine",
    "espeak": "bulletin.speech.espeak:EspeakEngine",
    "piper": "bulletin.speech.piper:PiperEngine",  # optional extra: bulletin[piper] (onnxruntime)
}
ENGINE_NAMES = tuple(REGISTRY)


class SpeechEngine(Protocol):
    name: str

    def available(self) -> bool:
        """Cheap check that the engine can be tried at all (library present, not a network probe)."""

    def synthesize(self, text: str, voice: VoiceProfile) -> AudioSegment:
        """Speak `text` (already normalized) with `voice`; raise EngineError when it cannot."""

    # Optional: `problem() -> str`, why the engine cannot be tried ("" when it can), naming what is
    # missing and what to do; see unavailable_reason().


def unavailable_reason(engine) -> str:
    """Why `engine` cannot be tried here ("" when it can): its own `problem()` where it has one."""
    problem = getattr(engine, "problem", None)
    if callable(problem):
        return problem()
    return "" if engine.available() else "not available here"


def engine_class(name: str) -> type:
    module_name, _, class_name = REGISTRY[name].partition(":")
    return getattr(importlib.import_module(module_name), class_name)

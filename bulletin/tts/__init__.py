"""Speech engines behind one Protocol and a registry, tried in the configured order.

Engine modules are imported only when a bulletin is spoken, so `make-bulletin --help` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pydub import AudioSegment

    from bulletin.tts.voices import VoiceProfile

# name -> "module:Class"; the order here is only for listings, config decides the order tried.
REGISTRY = {
    "gtts": "bulletin.tts.gtts_engine:GttsEngine",
    "espeak": "bulletin.tts.espeak:EspeakEngine",
    "piper": "bulletin.tts.piper:PiperEngine",  # optional extra: bulletin[piper] (onnxruntime)
}
ENGINE_NAMES = tuple(REGISTRY)


class SpeechEngine(Protocol):
    name: str

    def available(self) -> bool:
        """Cheap check that the engine can be tried at all (library present, not a network probe)."""

    def synthesize(self, text: str, voice: VoiceProfile) -> AudioSegment:
        """Speak `text` (already normalized) with `voice`; raise EngineError when it cannot."""


def why_unavailable(engine) -> str:
    """Why an engine that is not available cannot be tried, when it can say (`unavailable_reason`)."""
    reason = getattr(engine, "unavailable_reason", None)
    return reason() if reason else ""


def engine_class(name: str) -> type:
    module_name, _, class_name = REGISTRY[name].partition(":")
    return getattr(importlib.import_module(module_name), class_name)

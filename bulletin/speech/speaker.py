"""The speak stage: every part of the script through one engine, with the cache and the fallback.

`auto` tries the configured engines in order. One engine speaks the whole bulletin (no mid-bulletin
change of engine); when one fails, the next starts over and the reason goes into the warnings. Each
engine may have two voice profiles; `slots` says which of them reads each part (see voices.py). An
engine is asked whether it can speak only when a clip is not in the cache: a bulletin whose every
clip is cached is made even where the engine cannot speak now.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bulletin.errors import EngineError
from bulletin.models import Part
from bulletin.speech import Speech, engine_class, unavailable_reason
from bulletin.speech.cache import SpeechCache, as_stored
from bulletin.speech.normalize import normalize
from bulletin.speech.voices import VoiceProfile


@dataclass
class Spoken:
    parts: tuple[Part, ...]  # with `spoken` as sent and `voice` filled in
    clips: list[Speech]  # each part's clip; empty when they were handed on as they came (on_clip)
    engine: str
    warnings: list[str]
    keys: list[str] = dataclasses.field(default_factory=list)  # speech-cache key of each clip


# PLR0913: what to speak with which engines and voices, the cache and the engine factory, and three
# optional keywords (progress, voice slots, the clip hand-over to the mix)
def speak_parts(  # noqa: PLR0913
    parts: Sequence[Part],
    candidates: Sequence[str],
    voices: dict[str, VoiceProfile | Sequence[VoiceProfile]],
    cache: SpeechCache,
    make_engine: Callable[[str], object],
    progress: Callable[[int, int], None] | None = None,
    slots: Sequence[int] | None = None,
    on_clip: Callable[[str, Speech], None] | None = None,
) -> Spoken:
    """Speak all parts with the first candidate engine that manages all of them.

    `voices` maps each engine to its profile, or to its profiles when two voices take turns; part i
    is read by profile `slots[i]` (default: the first). `on_clip(key, clip)` is called as each clip
    is ready, so the next stage can start on it while the engine speaks the rest; the clips are then
    not kept here as well (float samples: some 16 MB for 3 minutes of speech)."""
    warnings: list[str] = []
    failures: list[str] = []
    for position, name in enumerate(candidates):
        engine = _AskedOnce(name, make_engine(name))
        later = candidates[position + 1:]
        profiles = voices[name]
        profiles = (profiles,) if isinstance(profiles, VoiceProfile) else tuple(profiles)
        chosen = [profiles[min(slot, len(profiles) - 1)] for slot in (slots or [0] * len(parts))]
        try:
            done = [_speak_one(engine, part, voice, cache, on_clip)
                    for part, voice in zip(_counted(parts, progress), chosen, strict=True)]
        except EngineError as err:
            failures.append(str(err))
            warnings.append(f"{err}" + (f"; fell back to {later[0]}" if later else ""))
            continue
        new_parts = tuple(dataclasses.replace(part, spoken=spoken, voice=voice.name)
                          for part, (spoken, _, _), voice in zip(parts, done, chosen, strict=True))
        clips = [clip for _, clip, _ in done if clip is not None]
        return Spoken(new_parts, clips, name, warnings, [key for _, _, key in done])
    if len(failures) == 1:
        raise EngineError(candidates[0], failures[0].removeprefix(f"speech engine {candidates[0]}: "))
    raise EngineError("/".join(candidates), "no engine could speak: " + " | ".join(failures))


class _AskedOnce:
    """An engine whose availability is asked for once, at its first synthesis (not for cached clips)."""

    def __init__(self, name: str, engine) -> None:
        self.name, self.engine, self.problem = name, engine, None

    def synthesize(self, text: str, voice: VoiceProfile) -> Speech:
        if self.problem is None:
            self.problem = unavailable_reason(self.engine)
        if self.problem:
            raise EngineError(self.name, f"not available: {self.problem}")
        return self.engine.synthesize(text, voice)


def _counted(parts: Sequence[Part], progress: Callable[[int, int], None] | None):
    for index, part in enumerate(parts):
        yield part
        if progress:
            progress(index + 1, len(parts))


def _speak_one(engine, part: Part, voice: VoiceProfile, cache: SpeechCache,
               on_clip: Callable[[str, Speech], None] | None = None) -> tuple[str, Speech | None, str]:
    # The voice's lexicon applies to the written text, then the normalizer reads what is left.
    text = normalize(part.text, voice.lexicon) if part.text else part.spoken
    key = cache.key(voice.key, text)
    clip = cache.get(key)
    if clip is None:
        clip = as_stored(engine.synthesize(text, voice))  # fresh or from the cache: the same samples
        cache.put(key, clip)
    if on_clip:
        on_clip(key, clip)
        return text, None, key  # handed on: whoever took it keeps what it needs
    return text, clip, key


def default_engine_factory(config) -> Callable[[str], object]:
    """Build engines by registry name from the settings."""
    return lambda name: engine_class(name).from_config(config)

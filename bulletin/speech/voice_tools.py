"""Producer tools for voices: which profiles there are and whether each can speak here, and a test
line spoken to a file (`make-bulletin voices`, `voices try`). Nothing here prints: the CLI does.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import tomllib
import wave
from dataclasses import dataclass
from pathlib import Path

from bulletin.errors import AudioError, BulletinError, EngineError
from bulletin.sound.audio import run_ffmpeg, to_pcm16
from bulletin.speech import REGISTRY, Speech, engine_class, unavailable_reason
from bulletin.speech.normalize import normalize
from bulletin.speech.piper import profile_problem
from bulletin.speech.piper_voices import data_dir
from bulletin.speech.voices import BUILTIN, VoiceProfile, load_voice, voice_dirs

OFFLINE = ("piper", "espeak")  # best first


@dataclass(frozen=True)
class ProfileStatus:
    name: str
    engine: str
    usable: str  # "yes" | "no" | "online" (not probed here)
    note: str  # what it is, or why it cannot speak
    roles: tuple[str, ...]  # "piper", "piper (second)": where the settings use it


@dataclass(frozen=True)
class Tried:
    path: Path
    spoken: str  # the text as the voice got it (lexicon and normalizer applied)
    profile: str
    seconds: float


def profile_names(config) -> list[str]:
    """Every profile: the voices folders' profile files, the built-in ones and those the settings name."""
    names = set(BUILTIN) | set(config.voices.values()) | set(config.second_voices.values())
    for folder in voice_dirs(config.voices_dir):
        for path in folder.glob("*.toml") if folder.is_dir() else ():
            try:
                if "engine" in tomllib.loads(path.read_text(encoding="utf-8")):
                    names.add(path.stem)
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                names.add(path.stem)  # load_voice names the problem
    return sorted(names)


def list_profiles(config) -> list[ProfileStatus]:
    """Each profile with its engine, whether it can speak here and why not."""
    listed = []
    for name in profile_names(config):
        roles = tuple([e for e, n in config.voices.items() if n == name]
                      + [f"{e} (second)" for e, n in config.second_voices.items() if n == name])
        try:
            profile = load_voice(name, config.voices_dir)
        except BulletinError as err:
            listed.append(ProfileStatus(name, "?", "no", str(err), roles))
            continue
        usable, note = profile_status(profile)
        listed.append(ProfileStatus(name, profile.engine, usable, note, roles))
    return listed


def profile_status(profile: VoiceProfile) -> tuple[str, str]:
    """("yes" | "no" | "online", what it is or why not) without a network request."""
    if profile.engine == "piper":
        why = profile_problem(profile)
        return ("no", why) if why else ("yes", f"Piper voice {profile.model}")
    if profile.engine == "gtts":
        if not engine_class("gtts")().available():
            return "no", "the gtts package is not installed"
        return "online", "Google's voice, needs the internet (make-bulletin check tries it)"
    if profile.engine not in REGISTRY:
        return "no", f"unknown engine {profile.engine!r}; known: {', '.join(REGISTRY)}"
    try:
        engine_class(profile.engine)().synthesize("Test.", profile)
    except EngineError as err:
        return "no", err.problem
    return "yes", f"espeak-ng voice {profile.voice or profile.lang}"


def offline_engine(config) -> str:
    """The best offline engine that can speak with its configured profile: piper, else espeak."""
    for engine in OFFLINE[:-1]:
        try:
            if profile_status(load_voice(config.voices[engine], config.voices_dir))[0] == "yes":
                return engine
        except BulletinError:
            continue
    return OFFLINE[-1]


def resolve_voice(name: str, config) -> VoiceProfile:
    """A profile name, an engine name (its profile from [voices]), or an installed Piper voice."""
    if name in config.voices:
        return load_voice(config.voices[name], config.voices_dir)
    if (data_dir() / f"{name}.onnx").is_file():
        try:
            return load_voice(name, config.voices_dir)
        except BulletinError:
            return VoiceProfile(name=name, engine="piper", model=name)
    return load_voice(name, config.voices_dir)


def try_voice(name: str, text: str, out: Path, config) -> Tried:
    """Speak `text` as a bulletin would (lexicon, normalizer) with voice `name` into `out` (.wav or
    .mp3), written atomically."""
    profile = resolve_voice(name, config)
    engine = engine_class(profile.engine).from_config(config)
    problem = unavailable_reason(engine)
    if problem:
        raise EngineError(profile.engine, problem)
    spoken = normalize(text, profile.lexicon)
    clip = engine.synthesize(spoken, profile)
    _write(clip, out)
    return Tried(out, spoken, profile.name, clip.seconds)


def _write(clip: Speech, out: Path) -> None:
    if out.suffix.lower() not in (".wav", ".mp3"):
        raise BulletinError(f"{out}: give a .wav or .mp3 file name")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as err:
        raise BulletinError(f"{out}: cannot write there ({err.strerror or err})") from None
    try:
        if out.suffix.lower() == ".wav":
            with os.fdopen(fd, "wb") as handle, wave.open(handle, "wb") as wav:
                wav.setnchannels(1)
                wav.setsampwidth(2)
                wav.setframerate(clip.rate)
                wav.writeframes(to_pcm16(clip.samples))
        else:
            os.close(fd)
            run_ffmpeg(["-y", "-f", "s16le", "-ar", str(clip.rate), "-ac", "1",
                        "-i", "pipe:0", "-c:a", "libmp3lame", "-b:a", "128k", "-f", "mp3", tmp],
                       input_bytes=to_pcm16(clip.samples), what=str(out))
        os.replace(tmp, out)
    except (OSError, AudioError) as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(err, OSError):
            raise BulletinError(f"{out}: cannot write it ({err.strerror or err})") from None
        raise

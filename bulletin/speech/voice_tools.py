"""Producer tools for voices: which profiles there are and whether each can speak here, and a test
line spoken to a file (`make-bulletin voices`, `voices try`). Nothing here prints: the CLI does.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import tomllib
import warnings
from dataclasses import dataclass
from pathlib import Path

from bulletin.errors import BulletinError, EngineError
from bulletin.sound.audio import ffmpeg_exe, to_pcm16
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
    """Speak `text` as a bulletin would (lexicon, normalizer) with voice `name` into `out` (.wav,
    .mp3, .ogg or .flac), written atomically."""
    profile = resolve_voice(name, config)
    engine = engine_class(profile.engine).from_config(config)
    problem = unavailable_reason(engine)
    if problem:
        raise EngineError(profile.engine, problem)
    spoken = normalize(text, profile.lexicon)
    clip = engine.synthesize(spoken, profile)
    _write(clip, out)
    return Tried(out, spoken, profile.name, clip.seconds)


# What `voices try` writes, by the file name's ending, and how (pydub's export arguments).
TRY_FORMATS = {".wav": {}, ".mp3": {"bitrate": "128k"}, ".ogg": {"codec": "libvorbis"}, ".flac": {}}


def _write(clip: Speech, out: Path) -> None:
    """The clip as a file a producer opens in any player: pydub exports it in the format the name
    asks for (through the same ffmpeg the bulletin uses), into a temp file renamed when whole."""
    suffix = out.suffix.lower()
    if suffix not in TRY_FORMATS:
        raise BulletinError(f"{out}: give a file name ending in {', '.join(TRY_FORMATS)}")
    segment = _segment(clip)  # before the temp file: no ffmpeg is its own error, and nothing is left
    from pydub.exceptions import CouldntEncodeError  # loaded with pydub just now

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as err:
        raise BulletinError(f"{out}: cannot write there ({err.strerror or err})") from None
    os.fchmod(fd, 0o644)  # a file to share and play, not a secret (mkstemp makes it 0600)
    os.close(fd)
    try:
        segment.export(tmp, format=suffix[1:], **TRY_FORMATS[suffix]).close()
        os.replace(tmp, out)
    except (OSError, CouldntEncodeError) as err:  # CouldntEncodeError: ffmpeg failed, its output inside
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        why = getattr(err, "strerror", None) or (str(err).strip().splitlines() or [type(err).__name__])[-1]
        raise BulletinError(f"{out}: cannot write it ({why})") from None


def _segment(clip: Speech):
    """The clip as a pydub AudioSegment (16-bit mono) whose exports use our ffmpeg.

    Imported here, not at the top: only `voices try` needs pydub, and its import looks up ffmpeg
    on PATH (a KeyError where PATH is unset, a warning where only the imageio-ffmpeg binary is)."""
    os.environ.setdefault("PATH", os.defpath)  # this command's own process, as a shell would have it
    with warnings.catch_warnings():
        # "Couldn't find ffmpeg" (we name ours next); "'audioop' is deprecated" (3.11, 3.12)
        warnings.simplefilter("ignore")
        from pydub import AudioSegment
    AudioSegment.converter = ffmpeg_exe()
    return AudioSegment(data=to_pcm16(clip.samples), sample_width=2, frame_rate=clip.rate, channels=1)

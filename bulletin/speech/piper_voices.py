"""Piper voice files on this machine: where they live, which profile uses which, whether it can speak.

A voice is two files, `<name>.onnx` (the model) and `<name>.onnx.json` (its config), kept in the
user's data folder, `$XDG_DATA_HOME/bulletin/voices` (default ~/.local/share/bulletin/voices), where
`make-bulletin voices download NAME` puts them. A profile names the voice (`model =
"de_DE-thorsten-medium"`) or gives a path to the .onnx (relative to the profile's folder).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bulletin.errors import ConfigError, EngineError

if TYPE_CHECKING:
    from bulletin.speech.voices import VoiceProfile

SUFFIX, CONFIG_SUFFIX, CARD_SUFFIX = ".onnx", ".onnx.json", ".MODEL_CARD"
# profile key -> (lowest, highest) accepted
RANGES = {"length_scale": (0.5, 2.0), "noise_scale": (0.0, 1.5), "noise_w": (0.0, 1.5),
          "sentence_pause": (0.0, 2.0)}


@dataclass(frozen=True)
class InstalledVoice:
    name: str
    model: Path
    sample_rate: int  # 0 when the config cannot be read
    speakers: int
    problem: str  # "" when the voice can be used


def data_dir() -> Path:
    """Where downloaded voices are kept."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "bulletin" / "voices"


def is_path(model: str) -> bool:
    """A profile's `model` given as a file rather than a voice name."""
    return "/" in model or model.endswith(SUFFIX)


def model_path(voice: VoiceProfile) -> Path:
    """The .onnx file a profile names (it may not exist)."""
    return Path(voice.model) if is_path(voice.model) else data_dir() / f"{voice.model}{SUFFIX}"


def find_model(voice: VoiceProfile) -> Path:
    """The profile's voice file, checked to be there with its config; EngineError saying how to get it."""
    if not voice.model:
        raise EngineError("piper", f"voice profile {voice.name} names no voice file (model = ...)")
    path = model_path(voice)
    config = Path(f"{path}.json")
    if path.is_file() and config.is_file():
        return path
    if is_path(voice.model):
        missing = path if not path.is_file() else config
        raise EngineError("piper", f"voice file {missing} not found (voice profile {voice.name})")
    raise EngineError("piper", f"voice {voice.model} is not installed (looked in {path.parent}); "
                               f"get it with: make-bulletin voices download {voice.model}")


def fingerprint(voice: VoiceProfile) -> str:
    """What identifies the voice file's sound for the speech cache: its path, size and time."""
    path = model_path(voice)
    try:
        stat = path.stat()
    except OSError:
        return f"{path}|missing"
    return f"{path}|{stat.st_size}|{stat.st_mtime_ns}"


def checked_piper_profile(profile: VoiceProfile, folder: Path, source: str) -> VoiceProfile:
    """A piper profile read from `folder`: its settings in range, a relative voice path made absolute."""
    if not profile.model:
        raise ConfigError("model", "missing; name the voice (model = \"de_DE-thorsten-medium\") or its "
                                   ".onnx file", source)
    for key, (low, high) in RANGES.items():
        value = getattr(profile, key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise ConfigError(key, f"must be a number from {low:g} to {high:g} (got {value!r})", source)
    model = profile.model
    if is_path(model) and not Path(model).is_absolute():
        model = str((folder / model).resolve())
    return dataclasses.replace(profile, model=model, speaker=str(profile.speaker))


def status(voice: VoiceProfile) -> str:
    """Why a piper profile cannot speak here, in one line; "" when it can (nothing is synthesized)."""
    from bulletin.speech.piper import PiperEngine, read_voice_config, speaker_id

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


def installed(folder: Path | None = None) -> list[InstalledVoice]:
    """The voices in the data folder, each with its rate and speakers, or what is wrong with it."""
    from bulletin.speech.piper import read_voice_config

    folder = folder or data_dir()
    found = []
    for model in sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []:
        name = model.name.removesuffix(SUFFIX)
        try:
            config = read_voice_config(Path(f"{model}.json"))
        except ValueError as err:
            found.append(InstalledVoice(name, model, 0, 0, str(err)))
            continue
        found.append(InstalledVoice(name, model, config.sample_rate, config.num_speakers, ""))
    return found

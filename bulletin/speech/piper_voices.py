"""Piper voice files on this machine: where they live, which profile uses which, what each holds.

A voice is two files, `<name>.onnx` (the model) and `<name>.onnx.json` (its config), kept in the
user's data folder, `$XDG_DATA_HOME/bulletin/voices` (default ~/.local/share/bulletin/voices), where
`make-bulletin voices download NAME` puts them. A profile names the voice (`model =
"de_DE-thorsten-medium"`) or gives a path to the .onnx (relative to the profile's folder).
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bulletin.errors import ConfigError, EngineError
from bulletin.speech.piper_phonemes import BOS, EOS, PAD

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


def installed(folder: Path | None = None) -> list[InstalledVoice]:
    """The voices in the data folder, each with its rate and speakers, or what is wrong with it."""
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

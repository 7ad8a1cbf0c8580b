"""Voice profiles: small TOML files in voices/ that say which engine speaks and how.

A profile names its engine, language and engine settings, a calibrated speaking rate used to estimate
item length before synthesis (scripts/calibrate_voice.py measures it), and optionally a lexicon
(word -> spoken form) producers extend. Each engine has a first and a second profile; `alternate`
says which parts the second one reads.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bulletin.errors import ConfigError
from bulletin.speech.normalize.lexicon import Lexicon, read_lexicon, read_lexicons  # noqa: F401 (re-export)
from bulletin.speech.piper_voices import checked_piper_profile, fingerprint

# The checkout's own voices/ folder (an editable install finds it next to the package).
PROJECT_VOICES = Path(__file__).resolve().parents[2] / "voices"


@dataclass(frozen=True)
class VoiceProfile:
    name: str
    engine: str  # registry name: "espeak" | "gtts" | "piper"
    lang: str = "de"
    voice: str = ""  # engine voice name (espeak-ng: "de", "de+f3"); empty: lang
    tld: str = "de"  # gTTS: Google host (translate.google.<tld>)
    slow: bool = False  # gTTS: slower reading
    rate: int = 160  # espeak-ng: words per minute
    pitch: int = 50  # espeak-ng: 0-100
    model: str = ""  # piper: voice file, a name in the voice folder ("de_DE-thorsten-medium") or a path
    speaker: str = ""  # piper: a multi-speaker voice's speaker (name or number); "": its default
    length_scale: float | None = None  # piper: > 1 slower, < 1 faster; None: the voice's own
    noise_scale: float | None = None  # piper: variation in the voice; None: the voice's own
    noise_w: float | None = None  # piper: variation in phoneme length; None: the voice's own
    sentence_pause: float = 0.2  # piper: seconds of silence between sentences
    chars_per_second: float = 14.0  # calibrated: spoken characters per second, for estimates
    lexicon: Lexicon = field(default_factory=Lexicon)  # written word -> spoken form (a dict is taken too)
    lexicon_case_sensitive: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.lexicon, dict):
            object.__setattr__(self, "lexicon", Lexicon.of(self.lexicon, self.lexicon_case_sensitive))

    @property
    def key(self) -> str:
        """What changes the sound: part of the speech cache key."""
        key = f"{self.engine}|{self.lang}|{self.voice}|{self.tld}|{self.slow}|{self.rate}|{self.pitch}"
        if self.engine == "piper":  # the voice file itself too: a new version of it sounds different
            key += (f"|{fingerprint(self)}|{self.speaker}|{self.length_scale}|{self.noise_scale}"
                    f"|{self.noise_w}|{self.sentence_pause}")
        return key


# Used when no profile file is found, so a bare install still speaks.
BUILTIN = {
    "de-espeak": VoiceProfile(name="de-espeak", engine="espeak", voice="de", rate=160,
                              chars_per_second=15.9),
    "de-espeak-2": VoiceProfile(name="de-espeak-2", engine="espeak", voice="de+f3", rate=165, pitch=55,
                                chars_per_second=16.5),
    "de-gtts": VoiceProfile(name="de-gtts", engine="gtts", tld="de", chars_per_second=14.0),
    "de-piper": VoiceProfile(name="de-piper", engine="piper", model="de_DE-thorsten-medium",
                             chars_per_second=15.0),
    "de-piper-2": VoiceProfile(name="de-piper-2", engine="piper", model="de_DE-kerstin-low",
                               chars_per_second=15.0),
}


def voice_slots(kinds: Sequence[str], alternate: str) -> list[int]:
    """Which of an engine's two profiles reads each part (0 = first, 1 = second).

    off: the first voice reads everything. roles: the first voice is the anchor (intro, outro), the
    second reads the items. items: the anchor reads intro and outro and the items take turns,
    starting with the second voice, so the voice changes with every item.
    """
    slots, item = [], 0
    for kind in kinds:
        if kind != "item" or alternate == "off":
            slots.append(0)
        else:
            slots.append(1 if alternate == "roles" or item % 2 == 0 else 0)
            item += 1
    return slots


def load_voices(engine: str, names: Sequence[str], configured_dir: str = "") -> tuple[VoiceProfile, ...]:
    """The profiles named for one engine, checked to belong to it."""
    profiles = tuple(load_voice(name, configured_dir) for name in names)
    for profile in profiles:
        if profile.engine != engine:
            raise ConfigError("voices", f"profile {profile.name!r} is for {profile.engine}, not {engine}; "
                                        f"name a {engine} profile for {engine}")
    return profiles


def voice_dirs(configured: str = "") -> list[Path]:
    """Where profiles are looked up, first match wins."""
    dirs = [Path(configured)] if configured else []
    return [*dirs, Path.cwd() / "voices", PROJECT_VOICES]


def load_voice(name: str, configured_dir: str = "") -> VoiceProfile:
    """Load the profile `name` (file `<name>.toml`); fall back to the built-in profile of that name."""
    for folder in voice_dirs(configured_dir):
        path = folder / f"{name}.toml"
        if path.is_file():
            return _read_profile(name, path)
    if name in BUILTIN:
        return BUILTIN[name]
    where = ", ".join(str(d) for d in voice_dirs(configured_dir))
    raise ConfigError("voices", f"no voice profile {name!r} (looked for {name}.toml in {where})")


def _read_profile(name: str, path: Path) -> VoiceProfile:
    source = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as err:
        raise ConfigError("voice profile", f"cannot read it ({err})", source) from None
    known = set(VoiceProfile.__dataclass_fields__) - {"name", "lexicon"}
    unknown = set(data) - known - {"lexicon_file"}
    if unknown:
        raise ConfigError(", ".join(sorted(unknown)), f"unknown key(s); known: {', '.join(sorted(known))}",
                          source)
    if "engine" not in data:
        raise ConfigError("engine", "missing; say engine = \"espeak\", \"gtts\" or \"piper\"", source)
    lexicon = _profile_lexicon(data, path)
    try:
        profile = VoiceProfile(name=name, lexicon=lexicon, **data)
    except TypeError as err:
        raise ConfigError("voice profile", str(err), source) from None
    _check_numbers(profile, source)
    if profile.engine == "piper":
        profile = checked_piper_profile(profile, path.parent, source)
    return profile


def _profile_lexicon(data: dict, path: Path) -> Lexicon:
    """The lexicon of the files the profile names (`lexicon_file`, taken out of `data`)."""
    files = data.pop("lexicon_file", None) or []
    files = [files] if isinstance(files, str) else files
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise ConfigError("lexicon_file", "must be a file name or a list of file names", str(path))
    if not files:
        return Lexicon()
    return read_lexicons([path.parent / f for f in files], data.get("lexicon_case_sensitive", True))


def _check_numbers(profile: VoiceProfile, source: str) -> None:
    for key in ("rate", "pitch"):
        if not isinstance(getattr(profile, key), int):
            raise ConfigError(key, "must be a whole number", source)
    if not 80 <= profile.rate <= 450:
        raise ConfigError("rate", f"must be 80 to 450 words per minute (got {profile.rate})", source)
    if not 0 <= profile.pitch <= 100:
        raise ConfigError("pitch", f"must be 0 to 100 (got {profile.pitch})", source)
    if not 5 <= float(profile.chars_per_second) <= 30:
        raise ConfigError("chars_per_second", f"must be 5 to 30 (got {profile.chars_per_second})", source)

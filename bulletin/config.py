"""Settings: built-in defaults < bulletin.toml < BULLETIN_* environment < command line.

Every key is checked here, so a bad value stops the run with one line naming the key. Paths given in
the file are relative to the file's folder (cron starts in $HOME); paths from the environment or the
command line are relative to the working directory.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bulletin.errors import ConfigError

DEFAULT_CONFIG_NAME = "bulletin.toml"
ENV_PREFIX = "BULLETIN_"
JINGLE_SLOTS = ("intro", "separator", "outro")
PATH_KEYS = ("inbox", "output", "voices_dir", "templates", "cache_dir", "log_file", "history_db")
REQUIRED_PATHS = ("inbox", "output")  # "" would be the current folder; for the other paths "" = default
# Ranges of the hourly-operation numbers: key -> (lowest, highest, unit); the others are checked
# one by one in _check_ranges. Beyond these, dates overflow (history_days = 1000000) or a typo
# passes unnoticed.
LIMITS: dict[str, tuple[int, int, str]] = {
    "keep_days": (0, 3650, " days"), "keep_hours": (0, 8760, " hours"), "history_days": (1, 3650, " days"),
    "cache_max_mb": (0, 1_000_000, " MB"), "min_free_mb": (0, 100_000_000, " MB"),
    "repeat_priority": (0, 1000, ""),
}
NAME_MAX_BYTES = 255  # one file name on Linux file systems (ext4, xfs, btrfs, tmpfs)
TEMP_NAME_EXTRA = len("." + ".abcdefgh.part")  # what the atomic writer adds for its temp name (deliver.py)
NOTHING_NEW = ("repeat", "skip", "short")
FIT_MODES = ("max", "exact")
ALTERNATE_MODES = ("off", "roles", "items")
MOST_ITEMS = 50  # the most items one bulletin holds: the top of max_items' range, and an edited script's cap
# [bed]: file "" = no bed, "builtin" = the bundled loop, or a file; levels in LU/dB, times in seconds
BED_DEFAULTS: dict[str, Any] = {"file": "", "level": -6.0, "duck": -18.0, "attack": 0.4, "release": 0.8,
                                "fade_in": 1.5, "fade_out": 2.5}
BED_RANGES = {"level": (-40.0, 0.0), "duck": (-60.0, 0.0), "attack": (0.05, 5.0), "release": (0.05, 5.0),
              "fade_in": (0.0, 30.0), "fade_out": (0.0, 30.0)}


@dataclass(frozen=True)
class Config:
    station: str = "Radio Beispiel"
    timezone: str = "Europe/Berlin"
    inbox: str = "inbox"
    output: str = "output"
    # File name of the bulletin without extension; {air} is the air time (a datetime).
    file_name: str = "nachrichten_{air:%Y-%m-%d_%H}00"
    engine: str = "auto"  # auto | gtts | espeak | piper
    engines: tuple[str, ...] = ("gtts", "espeak")  # the order auto tries
    voices: dict[str, str] = field(default_factory=lambda: {"gtts": "de-gtts", "espeak": "de-espeak",
                                                             "piper": "de-piper"})
    voices_dir: str = ""  # empty: ./voices, else the voices/ folder of this checkout
    templates: str = ""  # a folder whose *.j2 files replace the built-in ones
    cache_dir: str = ""  # empty: $XDG_CACHE_HOME/bulletin
    jingles: dict[str, str] = field(default_factory=lambda: dict.fromkeys(JINGLE_SLOTS, ""))
    item_seconds: float = 30.0
    max_items: int = 6
    pause_seconds: float = 0.6
    loudness_target: float = -23.0
    true_peak: float = -1.0
    bitrate: int = 128
    sample_rate: int = 44100
    channels: int = 2
    gtts_timeout: float = 10.0
    gtts_retries: int = 3
    gtts_endpoint: str = ""  # empty: Google's; tests and proxies point it elsewhere
    # Feeds, web pages and URLs (bulletin/ingest/)
    max_age_hours: float = 24.0  # feed entries older than this before the air time are left out; 0: no limit
    max_per_feed: int = 5  # the newest N entries of each feed
    follow_links: bool = False  # fetch the linked page when a feed entry is only a teaser
    fetch_timeout: float = 10.0  # seconds to connect and between reads; a whole download gets 3x
    max_fetch_bytes: int = 5_000_000
    user_agent: str = ""  # empty: "bulletin/<version> (radio news bulletin maker; ...)"
    max_file_bytes: int = 5_000_000  # largest local input file read (article, feed or page)
    max_inputs: int = 500  # files and URLs read per run; beyond that only the newest files
    allowed_hosts: tuple[str, ...] = ()  # empty: any host; else only these (and their subdomains)
    allow_networks: tuple[str, ...] = ()  # internal addresses that may be fetched, e.g. "10.1.2.0/24"
    follow_symlinks: bool = False  # read links inside an inbox folder that stay inside it
    gtts_deadline: float = 90.0  # seconds for the whole bulletin online, then the next engine speaks
    # Hourly operation (cron/systemd): one run per output folder, logs, delivery, retention, memory.
    lock_wait: float = 60.0  # seconds a second run waits for the first, then exits 3
    log_file: str = ""  # empty: stderr only; else also a rotating log file
    delivery: tuple = ()  # [[delivery]] entries: bulletin.station.deliver.Target
    keep_days: int = 7  # bulletins, manifests, scripts in output/ older than days + hours go
    keep_hours: int = 0
    cache_max_mb: int = 500  # speech cache size cap; least recently used entries go first
    history_db: str = ""  # empty: <output>/.bulletin-history.sqlite
    history_days: int = 90  # runs older than this are forgotten
    repeat_hours: int = 6  # a story aired within this many hours is not repeated unless changed
    repeat_priority: int = 3  # articles with at least this priority air every hour (0: none)
    when_nothing_new: str = "repeat"  # repeat | skip | short
    min_free_mb: int = 200  # `make-bulletin check` fails below this much free disk space
    slot_seconds: float = 0.0  # 0: no slot; else the bulletin never runs longer
    fit: str = "max"  # max: at most slot_seconds | exact: padded to exactly slot_seconds
    jingle_level: float = -2.0  # LU relative to the speech
    alternate: str = "off"  # off | roles (items in the second voice) | items (items take turns)
    second_voices: dict[str, str] = field(default_factory=lambda: {"gtts": "de-gtts",
                                                                    "espeak": "de-espeak-2",
                                                                    "piper": "de-piper-2"})
    bed: dict[str, Any] = field(default_factory=lambda: dict(BED_DEFAULTS))
    replaygain: bool = False  # also write ReplayGain tags (TXXX REPLAYGAIN_TRACK_GAIN/PEAK)
    split_encode: bool = True  # a long bulletin encoded in two halves on both cores (sound/mp3_splice.py)
    voice_download_url: str = ""  # empty: Piper's public voice repository; a mirror for `voices download`
    # Limits: what one run may make at all (a runaway script or a 30-minute jingle must not run for hours)
    max_seconds: float = 900.0  # the longest bulletin; items beyond it are left out before synthesis
    max_jingle_seconds: float = 30.0  # a longer jingle is cut (faded) to this, and only this much is decoded

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


_KEYS = {f.name: f for f in fields(Config)}
_DEFAULTS = Config()


def load_config(
    path: str | os.PathLike | None = None,
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
) -> tuple[Config, list[str]]:
    """Build the settings from all layers. Returns the config and warnings (unknown keys)."""
    warnings: list[str] = []
    values: dict[str, Any] = {}
    environ = os.environ if environ is None else environ

    file_path = Path(path) if path else Path(DEFAULT_CONFIG_NAME)
    if path and not file_path.is_file():
        raise ConfigError("--config", f"no such file {file_path}; give an existing bulletin.toml",
                          source="command line")
    if file_path.is_file():
        values.update(_read_file(file_path, warnings))

    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        key = name[len(ENV_PREFIX):].lower()
        table, _, sub = key.partition("__")
        if table in ("jingles", "voices", "second_voices", "bed") and sub:
            values.setdefault(table, dict(getattr(_DEFAULTS, table)))
            values[table] = {**values[table], sub: raw}
        elif key in _KEYS:
            values[key] = _from_env(key, raw, name)
        else:
            warnings.append(f"environment: unknown setting {name} (ignored)")

    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = value

    return _validated(values, source=str(file_path) if file_path.is_file() else "config"), warnings


def _read_file(path: Path, warnings: list[str]) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise ConfigError("syntax", f"{err}; fix the TOML syntax", source=str(path)) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError("file", f"cannot read it ({err})", source=str(path)) from None
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _KEYS:
            warnings.append(f"{path}: unknown setting '{key}' (ignored)")
            continue
        if key in PATH_KEYS and isinstance(value, str) and value:
            value = str((path.parent / value).resolve()) if not Path(value).is_absolute() else value
        if key == "delivery" and isinstance(value, list):
            value = [_relative_folder(entry, path.parent) for entry in value]
        if key == "jingles" and isinstance(value, dict):
            value = {
                k: (str((path.parent / v).resolve()) if isinstance(v, str) and v and v != "none"
                    and not Path(v).is_absolute() else v)
                for k, v in value.items()
            }
        if key == "bed" and isinstance(value, dict) and isinstance(value.get("file"), str):
            file = value["file"]
            if file and file.lower() not in ("none", "builtin") and not Path(file).is_absolute():
                value = {**value, "file": str((path.parent / file).resolve())}
        values[key] = value
    return values


def _relative_folder(entry: Any, base: Path) -> Any:
    """A [[delivery]] folder given relative to the settings file."""
    if isinstance(entry, str):
        entry = {"folder": entry}
    if isinstance(entry, dict) and isinstance(entry.get("folder"), str) and entry["folder"]:
        if not Path(entry["folder"]).is_absolute():
            entry = {**entry, "folder": str((base / entry["folder"]).resolve())}
    return entry


def _from_env(key: str, raw: str, name: str) -> Any:
    kind = type(getattr(_DEFAULTS, key))
    if kind is bool:
        words = {"true": True, "1": True, "yes": True, "on": True, "false": False, "0": False, "no": False,
                 "off": False}
        if raw.strip().lower() not in words:
            raise ConfigError(key, f"must be true or false (got {raw!r})", source=f"environment {name}")
        return words[raw.strip().lower()]
    if kind is tuple:
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    if key in REQUIRED_PATHS and not raw.strip():
        raise ConfigError(key, "is empty; give a folder or unset it (an empty path would mean the "
                               "current folder)", source=f"environment {name}")
    if kind in (int, float):
        try:
            return kind(raw)
        except ValueError:
            raise ConfigError(key, f"must be a number (got {raw!r})", source=f"environment {name}") from None
    return raw


def _validated(values: dict[str, Any], source: str) -> Config:
    config = Config(**{key: _typed(key, value, getattr(_DEFAULTS, key), source)
                       for key, value in values.items()})
    _check_ranges(config, source)
    return config


def _typed(key: str, value: Any, default: Any, source: str) -> Any:
    """`value` as a setting of its default's type, or a ConfigError saying what it must be."""
    if key == "delivery":  # a list of tables (or of folder names, from the environment)
        from bulletin.station.deliver import parse_targets

        return parse_targets(value, source)
    if key == "bed":
        return _bed_table(value, source)
    for kind, fits, must_be, taken in _TYPES:
        if isinstance(default, kind):
            if not fits(value):
                raise ConfigError(key, f"must be {must_be} (got {value!r})", source)
            return taken(value, default)
    return value


def _names(value: Any) -> bool:
    return all(isinstance(v, str) for v in value)


# a default's type (bool before int: True is an int too), which values fit, what they must be, how
# they are taken; a huge number is taken as infinite (the range check then says why it is refused)
_TYPES = (
    (bool, lambda v: isinstance(v, bool), "true or false", lambda v, _: v),
    (float, lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), "a number",
     lambda v, _: float(v) if abs(v) < 1e300 else float("inf")),
    (int, lambda v: isinstance(v, int) and not isinstance(v, bool), "a whole number", lambda v, _: v),
    (str, lambda v: isinstance(v, str), "text", lambda v, _: v),
    (tuple, lambda v: isinstance(v, (list, tuple)) and _names(v), "a list of names", lambda v, _: tuple(v)),
    (dict, lambda v: isinstance(v, dict) and _names(v.values()), "a table of names",
     lambda v, default: {**default, **v}),
)


def _check_names(c: Config, source: str) -> None:
    """File names this tool writes, and the folders that must be named."""
    named = [("file_name", c.file_name, ".script.txt")]
    named += [(f"delivery[{number}].name", t.name, "" if t.name.lower().endswith(".mp3") else ".mp3")
              for number, t in enumerate(c.delivery, start=1) if t.name]
    for key, pattern, suffix in named:
        problem = name_problem(pattern, suffix, c.tz)
        if problem:
            raise ConfigError(key, problem, source)
    for key in REQUIRED_PATHS:
        if not getattr(c, key).strip():
            raise ConfigError(key, "is empty; give a folder (an empty path would mean the current folder)",
                              source)


def name_problem(pattern: str, suffix: str, tz: ZoneInfo) -> str | None:
    """Why `pattern` ({air...} filled in) cannot name this tool's files, or None. Filled in for a week
    of September (the longest month and weekday names) it must give plain file names that, with
    `suffix` and the temp file's additions, fit the file system's limit."""
    if "\0" in pattern:
        return "must not contain a NUL character"
    try:
        names = {pattern.format(air=datetime(2026, 9, day, 23, tzinfo=tz)) for day in range(14, 21)}
    except (KeyError, IndexError, ValueError, AttributeError) as err:
        return f"cannot be filled in ({err!r}); only {{air...}} is available"
    odd = [n for n in names if not n.strip() or n.startswith(".") or any(c in n for c in "/\\\0")]
    if odd:
        example = odd[0] if len(odd[0]) <= 60 else f"{odd[0][:20]}...{odd[0][-20:]}"
        return f"gives {example!r}: not a plain file name (no folders, not hidden, not empty)"
    try:
        longest = max(len(os.fsencode(name + suffix)) for name in names)
    except UnicodeEncodeError:
        return "holds characters no file name can have"
    room = NAME_MAX_BYTES - TEMP_NAME_EXTRA
    if longest > room:
        return (f"is too long: filled in, with {suffix or 'its extension'}, it takes {longest} bytes; at "
                f"most {room} fit ({NAME_MAX_BYTES} per file name, less {TEMP_NAME_EXTRA} for the temp file)")
    return None


def _bed_table(value: Any, source: str) -> dict[str, Any]:
    """[bed]: a file name and numbers (environment values arrive as text)."""
    if not isinstance(value, dict):
        raise ConfigError("bed", f"must be a table (got {value!r})", source)
    unknown = sorted(set(value) - set(BED_DEFAULTS))
    if unknown:
        raise ConfigError("bed", f"unknown key(s) {unknown}; known: {', '.join(BED_DEFAULTS)}", source)
    table = {**BED_DEFAULTS, **value}
    if not isinstance(table["file"], str):
        raise ConfigError("bed.file", f"must be text: \"\", \"builtin\" or a file (got {table['file']!r})",
                          source)
    for name, (low, high) in BED_RANGES.items():
        raw = table[name]
        try:
            number = float(raw) if not isinstance(raw, bool) else None
        except (TypeError, ValueError):
            number = None
        if number is None or not low <= number <= high:
            raise ConfigError(f"bed.{name}", f"must be a number from {low:g} to {high:g} (got {raw!r})",
                              source)
        table[name] = number
    return table


def _check_ranges(c: Config, source: str) -> None:
    from bulletin.speech import ENGINE_NAMES  # late: the registry lives with the engines

    def need(ok: bool, key: str, problem: str) -> None:
        if not ok:
            raise ConfigError(key, problem, source)

    need(bool(c.station.strip()), "station", "must not be empty")
    try:
        ZoneInfo(c.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        need(False, "timezone", f"unknown time zone {c.timezone!r}; use a name like Europe/Berlin")
    need(c.engine in ("auto", *ENGINE_NAMES), "engine",
         f"must be auto or one of {', '.join(ENGINE_NAMES)} (got {c.engine!r})")
    unknown = [e for e in c.engines if e not in ENGINE_NAMES]
    need(not unknown and bool(c.engines), "engines",
         f"unknown engine(s) {unknown}; known: {', '.join(ENGINE_NAMES)}")
    need(set(c.jingles) <= set(JINGLE_SLOTS), "jingles",
         f"slots are {', '.join(JINGLE_SLOTS)} (got {sorted(set(c.jingles) - set(JINGLE_SLOTS))})")
    need("{air" in c.file_name and "/" not in c.file_name and "\\" not in c.file_name, "file_name",
         "must contain {air...} (e.g. nachrichten_{air:%Y-%m-%d_%H}00) and no folder separators")
    _check_names(c, source)
    _check_numbers(c, need)
    _check_hourly(c, need)
    need(set(c.second_voices) <= set(ENGINE_NAMES), "second_voices",
         f"engines are {', '.join(ENGINE_NAMES)} (got {sorted(set(c.second_voices) - set(ENGINE_NAMES))})")


def _check_numbers(c: Config, need: Callable[[bool, str, str], None]) -> None:
    """The ranges of the numbers of items, sound, voices and fetching."""
    need(5 <= c.item_seconds <= 300, "item_seconds", f"must be 5 to 300 seconds (got {c.item_seconds})")
    need(1 <= c.max_items <= MOST_ITEMS, "max_items", f"must be 1 to {MOST_ITEMS} (got {c.max_items})")
    need(0 <= c.pause_seconds <= 5, "pause_seconds", f"must be 0 to 5 (got {c.pause_seconds})")
    need(-40 <= c.loudness_target <= -5, "loudness_target",
         f"must be -40 to -5 LUFS (got {c.loudness_target})")
    need(-9 <= c.true_peak <= 0, "true_peak", f"must be -9 to 0 dBTP (got {c.true_peak})")
    need(c.bitrate in (96, 112, 128, 160, 192, 224, 256, 320), "bitrate",
         f"must be a CBR rate of 96 to 320 kbps (got {c.bitrate})")
    need(c.sample_rate in (44100, 48000), "sample_rate", f"must be 44100 or 48000 (got {c.sample_rate})")
    need(c.channels in (1, 2), "channels", f"must be 1 (mono) or 2 (stereo) (got {c.channels})")
    need(0.5 <= c.gtts_timeout <= 120, "gtts_timeout", f"must be 0.5 to 120 s (got {c.gtts_timeout})")
    need(0 <= c.gtts_retries <= 10, "gtts_retries", f"must be 0 to 10 (got {c.gtts_retries})")
    need(0 <= c.max_age_hours <= 24 * 365, "max_age_hours",
         f"must be 0 (no limit) to 8760 hours (got {c.max_age_hours})")
    need(1 <= c.max_per_feed <= 100, "max_per_feed", f"must be 1 to 100 (got {c.max_per_feed})")
    need(0.5 <= c.fetch_timeout <= 120, "fetch_timeout", f"must be 0.5 to 120 s (got {c.fetch_timeout})")
    need(10_000 <= c.max_fetch_bytes <= 100_000_000, "max_fetch_bytes",
         f"must be 10000 to 100000000 bytes (got {c.max_fetch_bytes})")
    need(1_000 <= c.max_file_bytes <= 500_000_000, "max_file_bytes",
         f"must be 1000 to 500000000 bytes (got {c.max_file_bytes})")
    need(1 <= c.max_inputs <= 100_000, "max_inputs", f"must be 1 to 100000 (got {c.max_inputs})")
    need(not _header_problem(c.user_agent), "user_agent", _header_problem(c.user_agent))
    need(not _networks_problem(c.allow_networks), "allow_networks", _networks_problem(c.allow_networks))
    need(1 <= c.gtts_deadline <= 600, "gtts_deadline", f"must be 1 to 600 s (got {c.gtts_deadline})")
    need(0 <= c.lock_wait <= 3600, "lock_wait", f"must be 0 to 3600 s (got {c.lock_wait})")
    for key, (low, high, unit) in LIMITS.items():
        value = getattr(c, key)
        need(low <= value <= high, key, f"must be {low} to {high}{unit} (got {value})")


def _check_hourly(c: Config, need: Callable[[bool, str, str], None]) -> None:
    """The memory of what aired, the slot and its fit, jingles, voices and the longest bulletin."""
    need(0 <= c.repeat_hours <= 24 * 14, "repeat_hours", f"must be 0 to 336 (got {c.repeat_hours})")
    need(c.when_nothing_new in NOTHING_NEW, "when_nothing_new",
         f"must be one of {', '.join(NOTHING_NEW)} (got {c.when_nothing_new!r})")
    need(c.slot_seconds == 0 or 10 <= c.slot_seconds <= 3600, "slot_seconds",
         f"must be 0 (no slot) or 10 to 3600 seconds (got {c.slot_seconds})")
    need(c.fit in FIT_MODES, "fit", f"must be max or exact (got {c.fit!r})")
    need(c.fit == "max" or c.slot_seconds > 0, "fit",
         "exact needs a slot: set slot_seconds (e.g. 180) or use fit = \"max\"")
    need(-30 <= c.jingle_level <= 6, "jingle_level", f"must be -30 to 6 LU (got {c.jingle_level})")
    need(c.alternate in ALTERNATE_MODES, "alternate", f"must be off, roles or items (got {c.alternate!r})")
    need(30 <= c.max_seconds <= 3600, "max_seconds", f"must be 30 to 3600 seconds (got {c.max_seconds})")
    need(c.slot_seconds <= c.max_seconds, "slot_seconds",
         f"must not be longer than max_seconds ({c.max_seconds:g} s; got {c.slot_seconds:g}); "
         "raise max_seconds")
    need(1 <= c.max_jingle_seconds <= 120, "max_jingle_seconds",
         f"must be 1 to 120 seconds (got {c.max_jingle_seconds})")


def _header_problem(value: str, limit: int = 200) -> str:
    """What keeps ``value`` from being sent as an HTTP header value, or "" (HTTP/1.1 sends Latin-1)."""
    bad = next((ch for ch in value if not (" " <= ch <= "~" or "\xa0" <= ch <= "\xff")), None)
    if bad is not None:
        return (f"must be one line of printable ASCII or Latin-1 characters (got U+{ord(bad):04X} at "
                f"position {value.index(bad) + 1})")
    return f"must be at most {limit} characters (got {len(value)})" if len(value) > limit else ""


def _networks_problem(entries: tuple[str, ...]) -> str:
    from bulletin.ingest.netguard import parse_networks

    try:
        parse_networks(entries)
    except ValueError as err:
        return str(err)
    return ""

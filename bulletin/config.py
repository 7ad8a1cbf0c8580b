"""Settings: built-in defaults < bulletin.toml < BULLETIN_* environment < command line.

Every key is typed here and checked against its range (config_checks.py), so a bad value stops the
run with one line naming the key. Paths given in
the file are relative to the file's folder (cron starts in $HOME); paths from the environment or the
command line are relative to the working directory.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bulletin.config_checks import (
    BED_DEFAULTS,
    JINGLE_SLOTS,
    MOST_ITEMS,
    REQUIRED_PATHS,
    bed_table,
    check_config,
)
from bulletin.errors import ConfigError

# What other modules import from here (the rules themselves live in config_checks.py)
__all__ = ["BED_DEFAULTS", "JINGLE_SLOTS", "MOST_ITEMS", "Config", "load_config"]

DEFAULT_CONFIG_NAME = "bulletin.toml"
ENV_PREFIX = "BULLETIN_"
PATH_KEYS = ("inbox", "output", "voices_dir", "templates", "cache_dir", "log_file", "history_db")


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
    # The station's country, whose angle a foreign story's item tells ("Österreich", "Deutschland",
    # "Schweiz"); empty: the one the timezone tells (Europe/Vienna: Österreich); "none": no angle.
    home: str = ""
    max_items: int = 6
    # leave-out: an item whose lead reports nothing that happened (a feature's, a review's or a buyer's
    # guide's opening), that tells a plot or reads like a commentary is not aired while there is news
    # | last: it is aired after the news
    features: str = "leave-out"
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
    check_config(config, source)
    return config


def _typed(key: str, value: Any, default: Any, source: str) -> Any:
    """`value` as a setting of its default's type, or a ConfigError saying what it must be."""
    if key == "delivery":  # a list of tables (or of folder names, from the environment)
        from bulletin.station.deliver import parse_targets

        return parse_targets(value, source)
    if key == "bed":
        return bed_table(value, source)
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

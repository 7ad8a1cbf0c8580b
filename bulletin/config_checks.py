"""What each setting may be: the ranges and allowed names every value is checked against.

config.py reads the layers and types each value; check_config then holds the whole Config to these
rules, so a bad value stops the run with one line naming the key.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bulletin.errors import ConfigError
from bulletin.text.known import HOMES

if TYPE_CHECKING:
    from bulletin.config import Config

JINGLE_SLOTS = ("intro", "separator", "outro")
REQUIRED_PATHS = ("inbox", "output")  # "" would be the current folder; for the other paths "" = default
# Ranges of the hourly-operation numbers: key -> (lowest, highest, unit); the others are checked
# one by one in check_config. Beyond these, dates overflow (history_days = 1000000) or a typo
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
FEATURE_MODES = ("leave-out", "last")
MOST_ITEMS = 50  # the most items one bulletin holds: the top of max_items' range, and an edited script's cap
# [bed]: file "" = no bed, "builtin" = the bundled loop, or a file; levels in LU/dB, times in seconds
BED_DEFAULTS: dict[str, Any] = {"file": "", "level": -6.0, "duck": -18.0, "attack": 0.4, "release": 0.8,
                                "fade_in": 1.5, "fade_out": 2.5}
BED_RANGES = {"level": (-40.0, 0.0), "duck": (-60.0, 0.0), "attack": (0.05, 5.0), "release": (0.05, 5.0),
              "fade_in": (0.0, 30.0), "fade_out": (0.0, 30.0)}


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


def bed_table(value: Any, source: str) -> dict[str, Any]:
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


def check_config(c: Config, source: str) -> None:
    """Every setting within its range and of the allowed names, or a ConfigError naming the first that is
    not."""
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
    need(c.home in ("", "none", *HOMES), "home", f"must be one of {', '.join(HOMES)}, \"none\" or empty "
         f"(the timezone's country) (got {c.home!r})")
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
    need(c.features in FEATURE_MODES, "features", f"must be leave-out or last (got {c.features!r})")
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

"""Which hour a bulletin is for, in the station's time zone.

By default the next full hour: cron starts the run at :55 for the top of the hour. Arithmetic is done
in UTC and converted, so hours around the change to and from summer time come out right: at 01:55
on the last Sunday of March (Europe/Berlin) the next hour is 03:00 CEST, and in the night to the
last Sunday of October 02:00 comes twice (CEST, then CET), so the runs at 01:55 and 02:55 make
02:00+02:00 and 02:00+01:00.

`--hour` names a wall-clock hour. An hour the clocks skip is refused; in the repeated hour the first
occurrence is meant unless an offset picks the second ("2026-10-25T02+01:00").
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bulletin.errors import ConfigError

_HOUR = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::00)?(?:([+-])(\d{2}):?(\d{2}))?$", re.ASCII)
YEARS = (2000, 2099)  # a bulletin's air hour; beyond, a typo (0001, 9999) would only overflow later


def next_full_hour(tz: ZoneInfo, now: datetime | None = None) -> datetime:
    now_utc = (now or datetime.now(UTC)).astimezone(UTC)
    top = now_utc.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    return top.astimezone(tz)


def parse_hour(text: str, tz: ZoneInfo) -> datetime:
    """'2026-11-27T14' -> 14:00 local. A skipped hour (spring forward) is refused; in a repeated hour
    (fall back) the first occurrence, still on summer time, is meant, unless an offset such as
    '+01:00' names the other one."""
    match = _HOUR.match(text.strip())
    year, month, day, hour = (int(g) for g in match.groups()[:4]) if match else (0, 0, 0, 0)
    if not match or not YEARS[0] <= year <= YEARS[1]:
        raise ConfigError("--hour", f"expected YYYY-MM-DDTHH with a year from {YEARS[0]} to {YEARS[1]}, "
                          f"such as 2026-11-27T14 (got {text!r})", source="command line")
    try:
        local = datetime(year, month, day, hour, tzinfo=tz, fold=0)
    except ValueError as err:
        raise ConfigError("--hour", f"{text}: {err}", source="command line") from None
    if local.astimezone(UTC).astimezone(tz).replace(fold=0) != local:
        raise ConfigError("--hour", f"{text} does not exist in {tz.key} (clocks skip that hour); "
                          "choose the hour after it", source="command line")
    sign, off_h, off_m = match.groups()[4:]
    if sign:
        wanted = (1 if sign == "+" else -1) * timedelta(hours=int(off_h), minutes=int(off_m))
        for fold in (0, 1):
            candidate = local.replace(fold=fold)
            if candidate.utcoffset() == wanted:
                return candidate.astimezone(UTC).astimezone(tz)
        raise ConfigError("--hour", f"{text}: {tz.key} is at UTC{local.isoformat()[-6:]} then, not "
                          f"{sign}{off_h}:{off_m}", source="command line")
    return local.astimezone(UTC).astimezone(tz)

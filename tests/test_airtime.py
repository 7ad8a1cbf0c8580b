from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bulletin.errors import ConfigError
from bulletin.station.airtime import next_full_hour, parse_hour

BERLIN = ZoneInfo("Europe/Berlin")


def test_next_full_hour_in_station_time():
    air = next_full_hour(BERLIN, datetime(2026, 11, 27, 12, 55, tzinfo=UTC))
    assert (air.hour, air.minute, air.utcoffset().total_seconds()) == (14, 0, 3600)


def test_next_full_hour_across_spring_forward():
    air = next_full_hour(BERLIN, datetime(2026, 3, 29, 0, 55, tzinfo=UTC))  # 01:55 CET
    assert air.hour == 3 and air.utcoffset().total_seconds() == 7200  # 02:00 does not exist


def test_parse_hour():
    air = parse_hour("2026-11-27T14", BERLIN)
    assert air == datetime(2026, 11, 27, 14, tzinfo=BERLIN)


def test_skipped_hour_is_refused():
    with pytest.raises(ConfigError, match="does not exist"):
        parse_hour("2026-03-29T02", BERLIN)


def test_repeated_hour_means_the_first_occurrence():
    air = parse_hour("2026-10-25T02", BERLIN)
    assert air.utcoffset().total_seconds() == 7200  # still summer time (CEST)


@pytest.mark.parametrize("text", ["2026-11-27 14", "27.11.2026T14", "2026-11-27T25", "2026-02-30T10", "morgen"])
def test_bad_hour_text(text):
    with pytest.raises(ConfigError, match="--hour"):
        parse_hour(text, BERLIN)


def test_next_full_hour_through_the_repeated_hour():
    first = next_full_hour(BERLIN, datetime(2026, 10, 24, 23, 55, tzinfo=UTC))  # 01:55 CEST
    second = next_full_hour(BERLIN, datetime(2026, 10, 25, 0, 55, tzinfo=UTC))  # 02:55 CEST = the 01:55 CET
    assert (first.hour, first.utcoffset().total_seconds()) == (2, 7200)
    assert (second.hour, second.utcoffset().total_seconds()) == (2, 3600)
    assert second.timestamp() - first.timestamp() == 3600  # two different hours, one hour apart


def test_an_offset_picks_the_second_occurrence_and_must_fit():
    second = parse_hour("2026-10-25T02+01:00", BERLIN)
    assert second.timestamp() - parse_hour("2026-10-25T02", BERLIN).timestamp() == 3600
    assert parse_hour("2026-10-25T02+0200", BERLIN).utcoffset().total_seconds() == 7200
    assert parse_hour("2026-11-27T14+01:00", BERLIN) == datetime(2026, 11, 27, 14, tzinfo=BERLIN)
    with pytest.raises(ConfigError, match=r"at UTC\+01:00 then, not \+02:00"):
        parse_hour("2026-11-27T14+02:00", BERLIN)

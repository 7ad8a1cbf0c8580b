"""The robustness harness's own measurements (tests/robustness/harness.py), taken where `make test`
takes them: inside a pytest-xdist worker that has grown large running other tests."""

from __future__ import annotations

import json
import os

from bulletin.sound.mp3_splice import MIN_SPLIT_S
from tests.robustness.harness import _high_water_kb, decodes, new_station


def test_peak_memory_is_the_childs_not_the_test_process(tmp_path):
    ballast = bytearray(b"\x01") * (400 * 2**20)  # filled, so every page is resident in this process
    assert _high_water_kb(os.getpid()) / 1024 > 400
    station = new_station(tmp_path / "station", previous=False)
    outcome = station.make(audio=False)
    assert outcome.exit_code == 0, outcome.stderr
    # a script-only run needs some 50 MB; wait4's ru_maxrss would report this process's 400 MB and more
    assert 20 < outcome.peak_mb < 200, outcome.peak_mb
    del ballast


def test_decoding_is_judged_by_content_not_by_name(tmp_path):
    station = new_station(tmp_path / "station")  # out/ holds the previous bulletin's MP3
    good = station.mp3.read_bytes()
    assert decodes(station.mp3)
    station.mp3.write_bytes(good[: len(good) // 2] + b"\xff\xfb\x90\x00" + os.urandom(4000))
    assert not decodes(station.mp3)  # same name, new bytes: decoded again
    station.mp3.write_bytes(good)
    assert decodes(station.mp3)
    assert not decodes(tmp_path / "missing.mp3")


def test_the_stations_bulletin_is_long_enough_to_be_encoded_in_two_halves(tmp_path):
    """The robustness cases stop, kill and starve runs that encode as a real bulletin does: in two
    halves (bulletin/sound/mp3_splice.py), which the good article's bulletin must be long enough for."""
    station = new_station(tmp_path / "station")
    manifest = json.loads(station.manifest.read_text(encoding="utf-8"))
    assert manifest["duration_s"] > MIN_SPLIT_S + 2, manifest["duration_s"]

"""Retention: old bulletins and stale temp files go, other files stay, the speech cache keeps its cap."""

from __future__ import annotations

import os
import time

from bulletin.audio import array_to_segment
from bulletin.history import DB_NAME
from bulletin.lock import LOCK_NAME
from bulletin.retention import (
    STALE_TEMP_SECONDS,
    cap_cache,
    pattern_regex,
    remove_old,
    remove_stale_temps,
    temp_regex,
)
from bulletin.tts.cache import SpeechCache
from tests.conftest import tone
from tests.helpers_hourly import fast_config, run_hour, write_inbox

PATTERN = "nachrichten_{air:%Y-%m-%d_%H}00"
HOUR = 3600


def touch(path, age_s: float = 0.0, size: int = 10):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def test_the_pattern_matches_only_our_files():
    names = pattern_regex(PATTERN)
    for ours in ("nachrichten_2026-11-27_1400.mp3", "nachrichten_2026-11-27_1400.json",
                 "nachrichten_2026-11-27_1400.script.txt"):
        assert names.match(ours), ours
    for theirs in ("nachrichten.mp3", "nachrichten_2026-11-27_1400.wav", "jingle.mp3", "nachrichten_26-11-27_1400.mp3",
                   LOCK_NAME, DB_NAME, "notizen.txt"):
        assert not names.match(theirs), theirs
    assert pattern_regex("news_{air:%H}00.mp3").match("news_1400.mp3")
    assert not pattern_regex("news_{air:%H}00.mp3").match("news_1400.json")


def test_old_bulletins_go_everything_else_stays(tmp_path):
    old = [touch(tmp_path / f"nachrichten_2026-11-20_1400{s}", 8 * 24 * HOUR) for s in (".mp3", ".json", ".script.txt")]
    young = touch(tmp_path / "nachrichten_2026-11-27_1300.mp3", 2 * HOUR)
    foreign = touch(tmp_path / "sendeplan.mp3", 30 * 24 * HOUR)
    state = [touch(tmp_path / LOCK_NAME, 30 * 24 * HOUR), touch(tmp_path / DB_NAME, 30 * 24 * HOUR)]
    removed = remove_old(tmp_path, PATTERN, 7 * 24 * HOUR)
    assert sorted(removed) == sorted(old)
    assert young.exists() and foreign.exists() and all(p.exists() for p in state)
    assert remove_old(tmp_path, PATTERN, 0) == []  # 0 = keep forever


def test_stale_temp_files_are_cleared(tmp_path):
    fresh = touch(tmp_path / ".nachrichten.mp3.ab12cd.part", 60)
    old = touch(tmp_path / ".nachrichten.mp3.ef34gh.part", STALE_TEMP_SECONDS + 60)
    other_hidden = touch(tmp_path / ".hidden-config", STALE_TEMP_SECONDS + 60)
    # a playout folder another run may be writing into right now: only old ones
    assert remove_stale_temps(tmp_path, STALE_TEMP_SECONDS) == [old]
    assert fresh.exists()
    # the output folder under its lock: every temp file there is a leftover
    assert remove_stale_temps(tmp_path) == [fresh]
    assert other_hidden.exists()


def test_in_playout_folders_only_our_own_temp_names_go(tmp_path):
    ours = touch(tmp_path / ".nachrichten.mp3.k1ll3d_x.part", STALE_TEMP_SECONDS + 60)
    theirs = touch(tmp_path / ".jingle-upload.part", STALE_TEMP_SECONDS + 60)
    assert remove_stale_temps(tmp_path, STALE_TEMP_SECONDS, names=temp_regex("nachrichten.mp3")) == [ours]
    assert theirs.exists()


def test_speech_cache_keeps_its_cap_least_recently_used_first(tmp_path):
    entries = [touch(tmp_path / "ab" / f"{n:02d}.wav", age_s=(10 - n) * HOUR, size=1000) for n in range(10)]
    stale_tmp = touch(tmp_path / "ab" / ".x.tmp", STALE_TEMP_SECONDS + 60)
    removed, left = cap_cache(tmp_path, 4000)
    assert removed == 6 and left == 4000
    assert [p.exists() for p in entries] == [False] * 6 + [True] * 4  # the oldest went
    assert not stale_tmp.exists()


def test_a_cache_hit_counts_as_recent_use(tmp_path):
    cache = SpeechCache(tmp_path)
    for text in ("alt und oft gehört", "neu"):
        cache.put(cache.key("v", text), array_to_segment(tone(0.1, 16000), 16000))
    often = cache.path(cache.key("v", "alt und oft gehört"))
    os.utime(often, (time.time() - 10 * HOUR, time.time() - 10 * HOUR))
    assert cache.get(cache.key("v", "alt und oft gehört")) is not None  # a hit renews it
    os.utime(cache.path(cache.key("v", "neu")), (time.time() - HOUR, time.time() - HOUR))
    cap_cache(tmp_path, often.stat().st_size)
    assert often.exists() and not cache.path(cache.key("v", "neu")).exists()


def test_a_run_tidies_its_output_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    old = touch(out / "nachrichten_2026-11-01_1400.mp3", 26 * 24 * HOUR)
    leftover = touch(out / ".nachrichten_2026-11-27_1300.mp3.k1ll3d.part", 120)
    config = fast_config(tmp_path, keep_days=1, keep_hours=12)
    inbox = write_inbox(tmp_path / "inbox", "buecherei")
    run_hour(config, inbox, "2026-11-27T14", script_only=True)
    assert not old.exists() and not leftover.exists()
    assert (out / "nachrichten_2026-11-27_1400.script.txt").exists()

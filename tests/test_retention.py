"""Retention: our old bulletins (those in the ledger) and our stale temp files go, everything else
stays, the speech cache keeps its cap."""

from __future__ import annotations

import os
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bulletin.speech import Speech
from bulletin.speech.cache import SpeechCache
from bulletin.station.history import DB_NAME
from bulletin.station.ledger import LEDGER_NAME, FileId, Ledger
from bulletin.station.lock import LOCK_NAME
from bulletin.station.retention import (
    STALE_TEMP_SECONDS,
    cap_cache,
    remove_old,
    remove_stale_temps,
    temp_regex,
)
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


AIR = datetime(2026, 11, 20, 14, tzinfo=ZoneInfo("Europe/Berlin"))


def written(ledger: Ledger, path, kind: str = "output", age_s: float = 0.0):
    """A file a run wrote `age_s` ago, noted in the ledger as the run notes it."""
    touch(path, age_s)
    ledger.record(AIR, [(FileId.of(path), kind)])
    return path


def test_temp_names_are_only_the_atomic_writers(tmp_path):
    from bulletin.station.deliver import atomic_path

    names = temp_regex(PATTERN)
    with atomic_path(tmp_path / "nachrichten_2026-11-27_1400.script.txt") as tmp:
        assert names.match(tmp.name), tmp.name  # what the writer really makes
    for ours in (".nachrichten_2026-11-27_1400.mp3.ab12cd_9.part", ".nachrichten_2026-11-27_1400.json.zzzzzzzz.part"):
        assert names.match(ours), ours
    for theirs in (".nachrichten_2026-11-27_1400.mp3.ab12.part", ".upload.part", "nachrichten_2026-11-27_1400.mp3",
                   ".nachrichten_2026-11-27_1400.wav.ab12cd34.part", LOCK_NAME, DB_NAME, LEDGER_NAME):
        assert not names.match(theirs), theirs
    plain = temp_regex("news_{air}.mp3")  # {air} without a format: exactly what str(air) gives
    assert plain.match(".news_2026-11-27 14:00:00+01:00.mp3.abcdefgh.part")
    assert not plain.match(".news_jingle.mp3.abcdefgh.part") and not plain.match(".news_opener.mp3.abcdefgh.part")


def test_only_files_in_the_ledger_go_and_only_while_they_are_ours(tmp_path):
    week = 7 * 24 * HOUR
    ledger = Ledger(tmp_path)
    old = [written(ledger, tmp_path / f"nachrichten_2026-11-20_1400{s}", age_s=8 * 24 * HOUR) for s in (".mp3", ".json")]
    young = written(ledger, tmp_path / "nachrichten_2026-11-27_1300.mp3", age_s=2 * HOUR)
    fixed = written(ledger, tmp_path / "play" / "nachrichten.mp3", "fixed", age_s=30 * 24 * HOUR)
    replaced = written(ledger, tmp_path / "play" / "07.mp3", "delivery", age_s=30 * 24 * HOUR)
    touch(replaced, 20 * 24 * HOUR, size=11)  # another program wrote its own 07.mp3 there since
    gone = written(ledger, tmp_path / "play" / "08.mp3", "delivery", age_s=30 * 24 * HOUR)
    gone.unlink()
    unrecorded = [touch(tmp_path / "nachrichten_2026-10-01_1400.mp3", 60 * 24 * HOUR),  # before the ledger
                  touch(tmp_path / "play" / "news_jingle.mp3", 60 * 24 * HOUR)]
    state = [touch(tmp_path / LOCK_NAME, 30 * 24 * HOUR), touch(tmp_path / DB_NAME, 30 * 24 * HOUR)]
    assert remove_old(ledger, 0).deleted == ()  # 0 = keep forever
    done = remove_old(ledger, week)
    assert sorted(done.deleted) == sorted(str(p) for p in old)
    assert sorted(done.let_go) == sorted([str(replaced), str(gone)])  # forgotten, not removed
    assert all(p.exists() for p in [young, fixed, replaced, *unrecorded, *state])
    assert sorted(e.file.path for e in ledger.entries()) == sorted([str(young), str(fixed)])
    assert remove_old(ledger, week, now=time.time() + 365 * 24 * HOUR).deleted == (str(young),)
    assert fixed.exists()  # the next hour replaces a fixed name; age never removes it


def test_a_file_swapped_in_under_our_name_is_not_ours(tmp_path):
    """Same size, same name, even the same modification time: another inode is another file."""
    ledger = Ledger(tmp_path)
    ours = written(ledger, tmp_path / "news_1400.mp3", "delivery", age_s=30 * 24 * HOUR)
    info = ours.stat()
    theirs = tmp_path / "theirs.mp3"
    theirs.write_bytes(ours.read_bytes())
    os.utime(theirs, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.replace(theirs, ours)
    assert FileId.of(ours).size == info.st_size and FileId.of(ours).mtime_ns == info.st_mtime_ns
    assert remove_old(ledger, HOUR).deleted == () and ours.exists()


def test_stale_temp_files_are_cleared(tmp_path):
    names = temp_regex("nachrichten.mp3")
    fresh = touch(tmp_path / ".nachrichten.mp3.ab12cd34.part", 60)
    old = touch(tmp_path / ".nachrichten.mp3.ef34gh56.part", STALE_TEMP_SECONDS + 60)
    other_hidden = touch(tmp_path / ".hidden-config", STALE_TEMP_SECONDS + 60)
    # a playout folder another run may be writing into right now: only old ones
    assert remove_stale_temps(tmp_path, names, STALE_TEMP_SECONDS) == [old]
    assert fresh.exists()
    # the output folder under its lock: every temp file of ours there is a leftover
    assert remove_stale_temps(tmp_path, names) == [fresh]
    assert other_hidden.exists()


def test_in_playout_folders_only_our_own_temp_names_go(tmp_path):
    ours = touch(tmp_path / ".nachrichten.mp3.k1ll3d_x.part", STALE_TEMP_SECONDS + 60)
    theirs = [touch(tmp_path / name, STALE_TEMP_SECONDS + 60)
              for name in (".jingle-upload.part", ".news_opener.mp3.abcdefgh.part", ".nachrichten.mp3.part")]
    assert remove_stale_temps(tmp_path, temp_regex("nachrichten.mp3"), STALE_TEMP_SECONDS) == [ours]
    assert all(p.exists() for p in theirs)


def test_speech_cache_keeps_its_cap_least_recently_used_first(tmp_path):
    cache = SpeechCache(tmp_path)
    entries = [touch(cache.path(cache.key("v", f"Satz {n}")), age_s=(10 - n) * HOUR, size=1000) for n in range(10)]
    stale_tmp = touch(entries[0].parent / ".k1ll3d_x.tmp", STALE_TEMP_SECONDS + 60)
    removed, left = cap_cache(tmp_path, 4000)
    assert removed == 6 and left == 4000
    assert [p.exists() for p in entries] == [False] * 6 + [True] * 4  # the oldest went
    assert not stale_tmp.exists()


def test_the_cache_cap_removes_only_what_the_cache_made(tmp_path):
    """cache_dir may point at a folder that holds other files: only entries and temp files of the
    cache's own form count and go."""
    cache = SpeechCache(tmp_path)
    ours = touch(cache.path(cache.key("v", "Satz")), age_s=HOUR, size=1000)
    theirs = [touch(tmp_path / "notizen.txt", 30 * 24 * HOUR, size=5000),
              touch(tmp_path / "ab" / "foto.jpg", 30 * 24 * HOUR, size=5000),
              touch(tmp_path / "musik" / ("0" * 64 + ".wav"), 30 * 24 * HOUR, size=5000),
              touch(tmp_path / "codec-level-loss.json", 30 * 24 * HOUR),
              touch(tmp_path / "ab" / ".upload.tmp", 30 * 24 * HOUR)]
    assert cap_cache(tmp_path, 1) == (1, 0)
    assert not ours.exists() and all(p.exists() for p in theirs)


def test_a_cache_hit_counts_as_recent_use(tmp_path):
    cache = SpeechCache(tmp_path)
    for text in ("alt und oft gehört", "neu"):
        cache.put(cache.key("v", text), Speech(tone(0.1, 16000)[:, 0], 16000))
    often = cache.path(cache.key("v", "alt und oft gehört"))
    os.utime(often, (time.time() - 10 * HOUR, time.time() - 10 * HOUR))
    assert cache.get(cache.key("v", "alt und oft gehört")) is not None  # a hit renews it
    os.utime(cache.path(cache.key("v", "neu")), (time.time() - HOUR, time.time() - HOUR))
    cap_cache(tmp_path, often.stat().st_size)
    assert often.exists() and not cache.path(cache.key("v", "neu")).exists()


def test_a_run_tidies_its_output_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with Ledger(out) as ledger:
        old = written(ledger, out / "nachrichten_2026-11-01_1400.mp3", age_s=26 * 24 * HOUR)
    before_the_ledger = touch(out / "nachrichten_2026-10-01_1400.mp3", 56 * 24 * HOUR)
    leftover = touch(out / ".nachrichten_2026-11-27_1300.mp3.k1ll3d_x.part", 120)
    config = fast_config(tmp_path, keep_days=1, keep_hours=12)
    inbox = write_inbox(tmp_path / "inbox", "buecherei")
    run_hour(config, inbox, "2026-11-27T14", script_only=True)
    assert not old.exists() and not leftover.exists()
    assert before_the_ledger.exists()  # no run noted it: not removed automatically
    assert (out / "nachrichten_2026-11-27_1400.script.txt").exists()


def test_a_link_in_place_of_the_ledger_is_refused_and_nothing_is_removed(tmp_path, monkeypatch):
    """SQLite follows links: a planted ledger link would have runs write into another file."""
    from bulletin.errors import LedgerError

    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "notes.txt"
    elsewhere.write_text("a producer's notes\n", encoding="utf-8")
    (out / LEDGER_NAME).symlink_to(elsewhere)
    with pytest.raises(LedgerError, match="not a regular file"):
        Ledger(out)
    old = touch(out / "nachrichten_2026-11-01_1400.mp3", 26 * 24 * HOUR)
    config = fast_config(tmp_path, keep_days=1)
    made = run_hour(config, write_inbox(tmp_path / "inbox", "buecherei"), "2026-11-27T14", script_only=True)
    assert any(LEDGER_NAME in w and "not recorded" in w for w in made.warnings)
    assert old.exists() and elsewhere.read_text(encoding="utf-8") == "a producer's notes\n"

"""`make-bulletin check` for an unattended station, and the online voice's overall deadline; the
online voice is a fake Google on 127.0.0.1, never the network."""

from __future__ import annotations

import time

import pytest
import requests

from bulletin.errors import EngineError
from bulletin.speech.gtts_engine import GttsEngine
from bulletin.speech.voices import VoiceProfile
from bulletin.station.checks import run_checks
from bulletin.station.history import DB_NAME, History
from bulletin.station.lock import output_lock
from tests.helpers_hourly import BERLIN
from tests.test_gtts_engine import FakeGoogle, _mp3, _serve

CLOSED_PORT = "http://127.0.0.1:9/batchexecute"


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch):
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture(scope="module")
def google(tmp_path_factory):
    mp3 = _mp3(tmp_path_factory.mktemp("g"), "sine=frequency=440:duration=0.4:sample_rate=24000")
    yield from _serve(FakeGoogle(mp3))


@pytest.fixture
def station(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "inbox").mkdir()
    for key, value in {"INBOX": tmp_path / "inbox", "OUTPUT": tmp_path / "out",
                       "CACHE_DIR": tmp_path / "cache"}.items():
        monkeypatch.setenv(f"BULLETIN_{key}", str(value))
    return tmp_path


def lines(**kwargs) -> dict[str, list[tuple[str, str]]]:
    """Check lines grouped by their first word(s), e.g. 'voice gtts', 'playout', 'history'."""
    found: dict[str, list[tuple[str, str]]] = {}
    for status, line in run_checks(None, **kwargs):
        found.setdefault(line.split(":")[0].split(" /")[0], []).append((status, line))
    return found


def test_online_voice_reachable_and_everything_for_the_hourly_run(station, google, monkeypatch):
    monkeypatch.setenv("BULLETIN_GTTS_ENDPOINT", google.url)
    playout = station / "playout"
    playout.mkdir()
    found = lines(playout=[str(playout)])
    status, line = found["voice gtts"][0]
    assert status == "ok" and "reachable" in line and google.texts() == ["Test."]
    assert found["voice espeak"][0][0] == "ok"
    assert any(s == "ok" and str(playout) in ln and "writable" in ln for s, ln in found["playout folder"])
    assert any(ln.startswith("free space at") for group in found.values() for _, ln in group)
    assert any("no run in progress" in ln for _, ln in found["lock"])
    assert any("made by the first run" in ln for group in found.values() for _, ln in group)
    assert found["air hour"][0][0] == "ok"
    assert all(s == "ok" for group in found.values() for s, _ in group), found


def test_unreachable_online_voice_warns_under_auto_and_fails_alone(station, monkeypatch):
    monkeypatch.setenv("BULLETIN_GTTS_ENDPOINT", CLOSED_PORT)
    started = time.monotonic()
    status, line = lines()["voice gtts"][0]
    assert status == "warn" and "auto uses espeak instead" in line and "127.0.0.1:9" in line
    assert time.monotonic() - started < 15  # short timeouts, no retries
    monkeypatch.setenv("BULLETIN_ENGINE", "gtts")
    found = lines()
    assert found["voice gtts"][0][0] == "fail"
    assert found["speech"] == [("fail", "speech: no engine can speak")]


def test_missing_playout_folder_full_disk_damaged_history_and_a_running_lock(station, monkeypatch):
    monkeypatch.setenv("BULLETIN_ENGINE", "espeak")
    monkeypatch.setenv("BULLETIN_MIN_FREE_MB", str(10**8))  # 100 TB: more than any disk here
    out = station / "out"
    out.mkdir()
    (out / DB_NAME).write_bytes(b"kaputt" * 500)
    with output_lock(out, 0, "making 2026-11-27 14:00 CET"):
        found = lines(playout=[str(station / "fehlt")])
    fails = [ln for group in found.values() for s, ln in group if s == "fail"]
    assert any("fehlt" in ln and "does not exist" in ln for ln in fails)
    assert any(ln.startswith("free space at") and "min_free_mb" in ln for ln in fails)
    assert any(DB_NAME in ln and "move it aside" in ln for ln in fails)
    assert any("a run is in progress" in ln and "14:00" in ln for _, ln in found["lock"])


def test_healthy_history_is_summarized(station, monkeypatch):
    monkeypatch.setenv("BULLETIN_ENGINE", "espeak")
    from datetime import datetime

    history = History(station / "out" / DB_NAME)
    history.record(datetime(2026, 11, 27, 14, tzinfo=BERLIN), "made", [("A", "", "Text.", "new")])
    history.close()
    (line,) = [ln for s, ln in run_checks(None) if ln.startswith("history")]
    assert "1 runs, last 2026-11-27 14:00 (made)" in line


# --- the online voice's deadline --------------------------------------------------------------

VOICE = VoiceProfile(name="de-gtts", engine="gtts", lang="de", tld="de")


@pytest.fixture
def hanging_google():
    server = FakeGoogle(b"")
    server.default = ("hang",)
    yield from _serve(server)


@pytest.mark.slow
def test_a_hanging_google_hands_over_within_gtts_deadline(hanging_google):
    google = hanging_google
    waits: list[float] = []  # the read timeout of each try, as the engine hands it to the transport
    session = requests.Session()

    def send(request, timeout):
        waits.append(timeout[1])
        return session.send(request, timeout=timeout)

    engine = GttsEngine(timeout=1.0, retries=100, endpoint=google.url, deadline=1.4, transport=send,
                        sleep=lambda s: None)
    started = time.monotonic()
    with pytest.raises(EngineError, match=r"gtts_deadline \(1\.4 s\)"):
        engine.synthesize("Guten Tag.", VOICE)
    # one try of 1 s; its backoff (0.5 s) would pass the deadline, so it hands over at once
    assert waits == [1.0] and len(google.received) == 1
    # the time is the point here, so only a bound a loaded machine meets: without the deadline,
    # 101 tries of 1 s each
    assert 0.95 <= time.monotonic() - started < 30
    with pytest.raises(EngineError, match="gtts_deadline"):  # the deadline covers the whole bulletin:
        engine.synthesize("Zweiter Teil.", VOICE)  # the next part gets only the 0.4 s left of it
    assert len(waits) == 2 and 0 < waits[1] <= 0.4
    with pytest.raises(EngineError, match="not done within gtts_deadline"):
        engine.synthesize("Dritter Teil.", VOICE)
    assert len(google.received) == 2  # past the deadline: no request at all


def test_inbox_may_be_a_folder_a_file_or_a_url_and_a_missing_one_fails(station, monkeypatch):
    def inbox_line():
        return next((s, ln) for s, ln in run_checks(None) if ln.startswith("inbox"))

    assert inbox_line() == ("ok", f"inbox {station / 'inbox'}: folder found")
    monkeypatch.setenv("BULLETIN_INBOX", "https://news.example.org/feed.xml")
    assert inbox_line()[0] == "ok" and "URL" in inbox_line()[1]
    monkeypatch.setenv("BULLETIN_INBOX", "ftp://news.example.org/feed.xml")
    assert inbox_line()[0] == "fail"
    monkeypatch.setenv("BULLETIN_INBOX", str(station / "fehlt"))
    status, line = inbox_line()
    assert status == "fail" and "fehlt" in line

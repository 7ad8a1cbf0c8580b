"""Delivery into playout folders: [[delivery]] settings, fixed and time-stamped names, copy and hard
link, a copy that does not decode never goes live, one failing folder does not stop the others."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from bulletin.config import load_config
from bulletin.errors import ConfigError
from bulletin.sound.audio import run_ffmpeg
from bulletin.station.deliver import Target, deliver_all, parse_targets
from tests.conftest import decode_errors
from tests.helpers_hourly import BERLIN

AIR = datetime(2026, 11, 27, 14, tzinfo=BERLIN)


@pytest.fixture(scope="module")
def mp3(tmp_path_factory):
    path = tmp_path_factory.mktemp("src") / "nachrichten_2026-11-27_1400.mp3"
    run_ffmpeg(["-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "libmp3lame", "-b:a", "64k",
                str(path)])
    return path


def test_delivery_entries_from_the_settings_file(tmp_path):
    config_file = tmp_path / "bulletin.toml"
    config_file.write_text('[[delivery]]\nfolder = "playout/fest"\nname = "nachrichten.mp3"\n\n'
                           '[[delivery]]\nfolder = "/srv/news"\nname = "news_{air:%Y-%m-%d_%H}00"\nmode = "link"\n',
                           encoding="utf-8")
    config, _ = load_config(config_file, environ={})
    fixed, stamped = config.delivery
    assert fixed == Target(folder=str(tmp_path / "playout" / "fest"), name="nachrichten.mp3", mode="copy")
    assert fixed.fixed and not stamped.fixed and stamped.mode == "link"
    assert fixed.file_name(AIR, "x") == "nachrichten.mp3"
    assert stamped.file_name(AIR, "x") == "news_2026-11-27_1400.mp3"
    from_env, _ = load_config(environ={"BULLETIN_DELIVERY": "/srv/a,/srv/b"})
    assert [t.folder for t in from_env.delivery] == ["/srv/a", "/srv/b"]


@pytest.mark.parametrize("entry, key", [
    ({"folder": "/x", "mode": "move"}, "delivery[1].mode"),
    ({"folder": "/x", "name": "../up.mp3"}, "delivery[1].name"),
    ({"folder": "/x", "name": "n_{stunde}.mp3"}, "delivery[1].name"),
    ({"name": "nachrichten.mp3"}, "delivery[1].folder"),
    ({"folder": "/x", "ordner": "/y"}, "delivery[1]"),
])
def test_a_wrong_delivery_entry_names_itself(entry, key):
    with pytest.raises(ConfigError) as caught:
        parse_targets([entry], "bulletin.toml")
    assert caught.value.key == key and "\n" not in str(caught.value)


def test_fixed_name_is_replaced_whole_and_time_stamped_names_accumulate(tmp_path, mp3):
    fixed, stamped = tmp_path / "fest", tmp_path / "stempel"
    fixed.mkdir(), stamped.mkdir()
    (fixed / "nachrichten.mp3").write_bytes(b"last hour")
    targets = [Target(str(fixed), "nachrichten.mp3"), Target(str(stamped), "n_{air:%H}00.mp3")]
    done = deliver_all(mp3, targets, AIR, "nachrichten_2026-11-27_1400")
    assert [d.problem for d in done] == ["", ""]
    assert (fixed / "nachrichten.mp3").read_bytes() == mp3.read_bytes()
    assert (stamped / "n_1400.mp3").read_bytes() == mp3.read_bytes()
    assert sorted(os.listdir(fixed)) == ["nachrichten.mp3"] and sorted(os.listdir(stamped)) == ["n_1400.mp3"]


def test_link_mode_is_a_hard_link_to_the_checked_bulletin(tmp_path, mp3):
    folder = tmp_path / "link"
    folder.mkdir()
    source = tmp_path / mp3.name
    source.write_bytes(mp3.read_bytes())  # same file system as the target
    (done,) = deliver_all(source, [Target(str(folder), "nachrichten.mp3", "link")], AIR, "x")
    assert done.problem == "" and done.mode == "link"
    assert os.stat(folder / "nachrichten.mp3").st_ino == os.stat(source).st_ino


def test_a_failing_folder_does_not_stop_the_others(tmp_path, mp3):
    good = tmp_path / "gut"
    good.mkdir()
    blocker = tmp_path / "datei"
    blocker.write_text("a file, not a folder")
    targets = [Target(str(tmp_path / "fehlt")), Target(str(blocker)), Target(str(good))]
    done = deliver_all(mp3, targets, AIR, "nachrichten_2026-11-27_1400")
    assert "no such folder" in done[0].problem and "fehlt" in done[0].problem
    assert done[1].problem and "datei" in done[1].problem
    assert done[2].problem == "" and decode_errors(good / "nachrichten_2026-11-27_1400.mp3") == ""


def test_only_a_file_that_decodes_goes_live(tmp_path, mp3):
    broken = tmp_path / "kaputt.mp3"
    data = mp3.read_bytes()
    broken.write_bytes(data[:2000] + b"\x00" * 3000 + data[5000:])  # damaged frames in the middle
    folder = tmp_path / "playout"
    folder.mkdir()
    (folder / "nachrichten.mp3").write_bytes(data)  # the previous bulletin
    (done,) = deliver_all(broken, [Target(str(folder), "nachrichten.mp3")], AIR, "x")
    assert "does not decode cleanly" in done.problem
    assert (folder / "nachrichten.mp3").read_bytes() == data  # the previous one is still there
    assert os.listdir(folder) == ["nachrichten.mp3"]  # and no temp file left


@pytest.mark.parametrize("text, key", [
    ('when_nothing_new = "silence"', "when_nothing_new"),
    ("lock_wait = -1", "lock_wait"),
    ("keep_days = -2", "keep_days"),
    ("repeat_hours = 1000", "repeat_hours"),
    ("gtts_deadline = 0", "gtts_deadline"),
    ("cache_max_mb = -5", "cache_max_mb"),
    ("delivery = [1, 2]", "delivery[1]"),
    ('[[delivery]]\nname = "nachrichten.mp3"', "delivery[1].folder"),
])
def test_hourly_settings_are_checked_with_one_line(tmp_path, text, key):
    path = tmp_path / "bulletin.toml"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    assert caught.value.key == key and str(path) in str(caught.value) and "\n" not in str(caught.value)

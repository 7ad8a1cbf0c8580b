"""Issue 19, the station's own files and settings: the details tests/robustness/attacks_station.py
cannot express. Real processes for the command, real SQLite for the ledger, temporary folders.

Each test names the issue item it reproduces; together with the robustness cases they failed on the
code before the fix (7b9f2f6)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import time
from dataclasses import fields
from pathlib import Path

import pytest

from bulletin.config import Config, load_config
from bulletin.errors import ConfigError
from tests.conftest import decode_errors
from tests.helpers_hourly import BERLIN, BIN, cli, fast_config, run_hour, write_inbox

FAST = {"BULLETIN_ENGINE": "espeak", "BULLETIN_PAUSE_SECONDS": "0.2", "BULLETIN_LOCK_WAIT": "0",
        "BULLETIN_JINGLES__INTRO": "none", "BULLETIN_JINGLES__SEPARATOR": "none",
        "BULLETIN_JINGLES__OUTRO": "none"}
DAY = 24 * 3600
LEDGER = ".bulletin-ledger.sqlite"


def make(tmp_path: Path, hour: str, *args: str, env: dict | None = None):
    inbox = tmp_path / "inbox"
    if not inbox.exists():
        write_inbox(inbox, "buecherei")
    return cli("-i", str(inbox), "-o", str(tmp_path / "out"), "--hour", hour, *args,
               env={**FAST, **(env or {})}, cwd=tmp_path)


def renote(ledger_folder: Path, path: Path) -> None:
    """Note `path` in the ledger as it is now, as the run that wrote it did."""
    info = path.stat()
    with sqlite3.connect(ledger_folder / LEDGER) as db:
        db.execute("UPDATE files SET size = ?, mtime_ns = ?, inode = ?, device = ? WHERE path = ?",
                   (info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev, os.fsencode(path)))


def age(ledger_folder: Path, paths: list[Path], seconds: float) -> None:
    """Make files look `seconds` old, as if the run had written them then: their modification time
    and, where this station keeps a ledger, its note of them."""
    for path in paths:
        then = path.stat().st_mtime - seconds
        os.utime(path, (then, then))
    if not (ledger_folder / LEDGER).exists():
        return
    with sqlite3.connect(ledger_folder / LEDGER) as db:
        for path in paths:
            db.execute("UPDATE files SET mtime_ns = ? WHERE path = ?",
                       (path.stat().st_mtime_ns, os.fsencode(os.path.abspath(path))))


# 1 ------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_1_retention_removes_only_what_this_station_wrote_and_says_so(tmp_path):
    """Time-stamped deliveries `{air:%H}.mp3` and `news_{air}.mp3` beside another program's 07.mp3,
    news_jingle.mp3 and news_opener.mp3; one of our copies was replaced by another program since."""
    playout = tmp_path / "playout"
    playout.mkdir()
    config = tmp_path / "bulletin.toml"
    config.write_text('keep_days = 1\n[[delivery]]\nfolder = "playout"\nname = "{air:%H}.mp3"\n\n'
                      '[[delivery]]\nfolder = "playout"\nname = "news_{air}.mp3"\n', encoding="utf-8")
    log = tmp_path / "bulletin.log"
    first = make(tmp_path, "2026-11-20T09", "-c", str(config), "--log-file", str(log))
    assert first.returncode == 0, first.stderr
    out = tmp_path / "out"
    ours = [out / "nachrichten_2026-11-20_0900.mp3", out / "nachrichten_2026-11-20_0900.json",
            playout / "09.mp3"]
    replaced = playout / "news_2026-11-20 09:00:00+01:00.mp3"
    assert all(p.is_file() for p in [*ours, replaced])
    age(out, [*ours, replaced], 3 * DAY)
    theirs = {name: f"{name} of another program".encode() for name in ("07.mp3", "news_jingle.mp3",
                                                                       "news_opener.mp3")}
    for name, data in theirs.items():
        (playout / name).write_bytes(data)
    (playout / "replacement").write_bytes(b"another program's news file")
    os.replace(playout / "replacement", replaced)  # same name, another file
    age(out, [playout / name for name in theirs] + [replaced], 30 * DAY)

    second = make(tmp_path, "2026-11-27T14", "-c", str(config), "--log-file", str(log))
    assert second.returncode == 0, second.stderr
    assert not any(p.exists() for p in ours)
    assert all((playout / name).read_bytes() == data for name, data in theirs.items())
    assert replaced.read_bytes() == b"another program's news file"
    logged = log.read_text(encoding="utf-8")
    for path in ours:
        assert f"retention: deleted {path}" in logged
    assert f"left {replaced} alone" in logged


def test_1_only_our_own_temp_names_go_and_only_where_we_write(tmp_path):
    out, playout = tmp_path / "out", tmp_path / "playout"
    for folder in (out, playout):
        folder.mkdir()
    killed = {out: ".nachrichten_2026-11-27_1300.mp3.k1ll3d_x.part",
              playout: ".nachrichten_2026-11-27_1300.mp3.abcdefgh.part"}
    foreign = [out / ".upload.part", out / ".nachrichten_2026-11-27_1300.mp3.part", playout / ".upload.part",
               playout / ".nachrichten_2026-11-27_1300.mp3.part",
               tmp_path / ".nachrichten_2026-11-27_1300.mp3.abcdefgh.part"]
    for path in [*(folder / name for folder, name in killed.items()), *foreign]:
        path.write_bytes(b"x")
        os.utime(path, (time.time() - 2 * 3600, time.time() - 2 * 3600))
    done = make(tmp_path, "2026-11-27T14", "--script-only", env={"BULLETIN_DELIVERY": str(playout)})
    assert done.returncode == 0, done.stderr
    assert not any((folder / name).exists() for folder, name in killed.items())
    assert all(p.exists() for p in foreign)


# 2 ------------------------------------------------------------------------------------------------


def test_2_check_does_not_hang_on_a_pipe_as_lock_file(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / ".make-bulletin.lock")
    done = subprocess.run([str(BIN), "check", "-o", str(out)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **FAST}, cwd=tmp_path)
    assert "lock: no run in progress" in done.stdout
    assert stat.S_ISFIFO(os.lstat(out / ".make-bulletin.lock").st_mode)  # looked at, left alone


# 9 ------------------------------------------------------------------------------------------------


def test_9_empty_paths_are_errors_where_empty_has_no_meaning(tmp_path):
    (tmp_path / "bulletin.toml").write_text('output = ""\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="output: is empty"):
        load_config(tmp_path / "bulletin.toml", environ={})
    for key in ("inbox", "output"):
        with pytest.raises(ConfigError, match=f"environment BULLETIN_{key.upper()}: {key}: is empty"):
            load_config(None, environ={f"BULLETIN_{key.upper()}": ""})
    # where "" documentedly means the default, it still does
    env = {f"BULLETIN_{key.upper()}": "" for key in ("cache_dir", "history_db", "templates", "log_file")}
    config, _ = load_config(None, environ=env)
    assert (config.cache_dir, config.history_db, config.templates, config.log_file) == ("", "", "", "")
    with pytest.raises(ConfigError, match=r"delivery\[1\].folder"):
        load_config(None, {"delivery": [{"folder": ""}]}, environ={})


# 11 -----------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_11_an_mp3_without_its_manifest_is_not_made(tmp_path):
    first = make(tmp_path, "2026-11-27T14")
    assert first.returncode == 0, first.stderr
    manifest = tmp_path / "out" / "nachrichten_2026-11-27_1400.json"
    manifest.unlink()  # as a run killed between the two renames leaves it
    again = make(tmp_path, "2026-11-27T14")
    assert again.returncode == 0 and "already exists" not in again.stderr
    assert json.loads(manifest.read_text(encoding="utf-8"))["audio"].endswith("nachrichten_2026-11-27_1400.mp3")


@pytest.mark.slow
def test_11_a_manifest_beside_another_mp3_is_not_made(tmp_path):
    """--force killed after the new MP3 got its name but before its manifest did: the manifest
    describes the MP3 that is gone. A rerun makes the pair again instead of keeping it."""
    first = make(tmp_path, "2026-11-27T14")
    assert first.returncode == 0, first.stderr
    mp3 = tmp_path / "out" / "nachrichten_2026-11-27_1400.mp3"
    newer = tmp_path / "out" / "newer.mp3"
    newer.write_bytes(mp3.read_bytes())  # the same sound, but another file: as the rename leaves it
    os.replace(newer, mp3)
    again = make(tmp_path, "2026-11-27T14")
    assert again.returncode == 0, again.stderr
    assert "already exists" not in again.stderr


def test_11_the_manifest_is_ready_before_the_mp3_gets_its_name(tmp_path, monkeypatch):
    import bulletin.pipeline

    def broken(result):
        raise RuntimeError("the manifest cannot be written")

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(bulletin.pipeline, "manifest_text", broken)
    config = fast_config(tmp_path)
    with pytest.raises(RuntimeError):
        run_hour(config, write_inbox(tmp_path / "inbox", "buecherei"), "2026-11-27T14")
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == []


def test_11_undecodable_bytes_in_the_output_folder_name(tmp_path):
    out = Path(os.fsdecode(os.fsencode(tmp_path) + b"/Sendung-\xfc"))
    (out / "playout").mkdir(parents=True)
    write_inbox(tmp_path / "inbox", "buecherei")
    done = subprocess.run([str(BIN), "-i", str(tmp_path / "inbox"), "-o", out, "--hour", "2026-11-27T14",
                           "--playout", str(out / "playout")], capture_output=True, timeout=120,
                          env={**os.environ, **FAST})
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.splitlines()[-1] == os.fsencode(out / "nachrichten_2026-11-27_1400.mp3")
    manifest = json.loads((out / "nachrichten_2026-11-27_1400.json").read_text(encoding="utf-8"))
    assert "Sendung-\\xfc" in manifest["audio"] and "Sendung-\\xfc" in manifest["deliveries"][0]["path"]
    assert decode_errors(out / "playout" / "nachrichten_2026-11-27_1400.mp3") == ""


# 13 -----------------------------------------------------------------------------------------------

NUMBERS = [f.name for f in fields(Config) if f.type in ("int", "float")]


@pytest.mark.parametrize("key", NUMBERS)
def test_13_every_number_setting_has_a_range(key):
    for value in (10**15, -(10**15)):
        with pytest.raises(ConfigError, match=rf"{key}: .*\d"):
            load_config(None, {key: value}, environ={})
    if isinstance(getattr(Config(), key), float):
        for raw in ("nan", "inf", "1e999"):
            with pytest.raises(ConfigError, match=key):
                load_config(None, environ={f"BULLETIN_{key.upper()}": raw})


def test_13_the_ranges_take_the_documented_defaults_and_sane_extremes():
    config, _ = load_config(None, {"history_days": 3650, "keep_days": 3650, "keep_hours": 0,
                                   "cache_max_mb": 0, "repeat_priority": 0}, environ={})
    assert config.history_days == 3650
    assert load_config(None, environ={})[0] == Config()


# 14 -----------------------------------------------------------------------------------------------


def test_14_file_names_the_file_system_can_hold(tmp_path, monkeypatch):
    room = 255 - len(".script.txt") - len("." + ".abcdefgh.part")  # 229 bytes for the name itself
    for name, problem in [("a\0{air}", "NUL"), ("{air:%D}", "not a plain file name"),
                          ("{air:.%H}", "not a plain file name"), ("x" * room + "{air:%H}", "too long"),
                          ("ü" * (room // 2) + "{air:%H}", "too long")]:
        with pytest.raises(ConfigError, match=f"file_name: .*{problem}"):
            load_config(None, {"file_name": name}, environ={})
    with pytest.raises(ConfigError, match=r"delivery\[1\].name: is too long"):
        load_config(None, {"delivery": [{"folder": "/srv", "name": "n" * 240 + "{air:%H}"}]}, environ={})
    longest = "x" * (room - 2) + "{air:%H}"  # exactly at the limit: works, temp files included
    monkeypatch.chdir(tmp_path)
    config = fast_config(tmp_path, file_name=longest)
    made = run_hour(config, write_inbox(tmp_path / "inbox", "buecherei"), "2026-11-27T14", script_only=True)
    assert len(Path(made.script_path).name.encode()) == 240 and Path(made.manifest).is_file()


def test_14_air_hours_in_a_sane_range():
    from bulletin.station.airtime import parse_hour

    for text in ("0001-01-01T00", "9999-12-31T23", "2100-01-01T00", "1999-12-31T23", "٢٠٢٦-11-27T14"):
        with pytest.raises(ConfigError, match="--hour: expected YYYY-MM-DDTHH with a year from 2000 to 2099"):
            parse_hour(text, BERLIN)
    assert parse_hour("2099-12-31T23", BERLIN).year == 2099


# 18 -----------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_18_a_rerun_delivers_what_failed_and_everyone_learns_of_it(tmp_path):
    playout = tmp_path / "playout"
    first = make(tmp_path, "2026-11-27T14", "--playout", str(playout))
    assert first.returncode == 4
    out = tmp_path / "out"
    mp3 = out / "nachrichten_2026-11-27_1400.mp3"
    made = mp3.stat().st_mtime_ns
    listed = cli("history", "-o", str(out), env=FAST)
    assert "NOT DELIVERED" in listed.stdout
    still = make(tmp_path, "2026-11-27T14", "--playout", str(playout))
    assert still.returncode == 4 and "already exists" in still.stderr and "playout" in still.stderr
    playout.mkdir()
    again = make(tmp_path, "2026-11-27T14", "--playout", str(playout), "-q")
    assert again.returncode == 0 and again.stderr == ""
    assert again.stdout.splitlines()[-1] == str(mp3)
    copy = playout / mp3.name
    assert copy.read_bytes() == mp3.read_bytes() and mp3.stat().st_mtime_ns == made  # not made again
    manifest = json.loads((out / "nachrichten_2026-11-27_1400.json").read_text(encoding="utf-8"))
    assert [(d["path"], d["problem"]) for d in manifest["deliveries"]] == [(str(copy), "")]
    assert any("delivered" in w and str(copy) in w for w in manifest["warnings"])
    assert "NOT DELIVERED" not in cli("history", "-o", str(out), env=FAST).stdout
    with sqlite3.connect(out / LEDGER) as db:
        noted = {os.fsdecode(path): kind for path, kind in db.execute("SELECT path, kind FROM files")}
    assert noted[str(copy)] == "delivery" and noted[str(mp3)] == "output"
    once_more = make(tmp_path, "2026-11-27T14", "--playout", str(playout))
    assert once_more.returncode == 0 and "delivered it" not in once_more.stderr


def test_18_a_copy_already_there_is_noted_not_copied_again(tmp_path):
    """A run killed after delivering but before its manifest said so: the rerun compares byte for
    byte and notes the copy that is there."""
    playout = tmp_path / "playout"
    playout.mkdir()
    first = make(tmp_path, "2026-11-27T14", "--playout", str(playout))
    assert first.returncode == 0, first.stderr
    manifest_path = tmp_path / "out" / "nachrichten_2026-11-27_1400.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["deliveries"] = []
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    renote(tmp_path / "out", manifest_path)  # the manifest as the run wrote it before delivering
    inode = (playout / "nachrichten_2026-11-27_1400.mp3").stat().st_ino
    again = make(tmp_path, "2026-11-27T14", "--playout", str(playout))
    assert again.returncode == 0, again.stderr
    assert (playout / "nachrichten_2026-11-27_1400.mp3").stat().st_ino == inode
    assert json.loads(manifest_path.read_text(encoding="utf-8"))["deliveries"][0]["problem"] == ""

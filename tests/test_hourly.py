"""The unattended hourly run as cron and systemd start it: the printed crontab line in a bare
environment, the air hour around the clock changes, kill -9 in the middle of delivery, a progress
bar only at a terminal, and the scripts for systemd and Liquidsoap."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bulletin.station.airtime import next_full_hour
from tests.conftest import decode_errors
from tests.helpers_hourly import BERLIN, BIN, cli, fast_config, run_hour, write_inbox

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
FAST = 'engine = "espeak"\npause_seconds = 0.2\n[jingles]\nintro = "none"\nseparator = "none"\noutro = "none"\n'


def station(tmp_path: Path) -> Path:
    """A station folder as a producer sets it up: bulletin.toml with relative paths, an inbox."""
    home = tmp_path / "station"
    write_inbox(home / "inbox", "buecherei")
    config = home / "bulletin.toml"
    config.write_text(f'inbox = "inbox"\noutput = "out"\nlog_file = "logs/bulletin.log"\n{FAST}',
                      encoding="utf-8")
    return config


@pytest.fixture(scope="module")
def tone_mp3(tmp_path_factory) -> bytes:
    from bulletin.sound.audio import run_ffmpeg

    path = tmp_path_factory.mktemp("tone") / "tone.mp3"
    run_ffmpeg(["-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "libmp3lame", str(path)])
    return path.read_bytes()


def printed(*args: str) -> str:
    done = subprocess.run([sys.executable, str(SCRIPTS / "print_schedule.py"), *args], capture_output=True,
                          text=True, check=True)
    return done.stdout


def test_the_printed_crontab_line_runs_in_crons_bare_world(tmp_path):
    config = station(tmp_path)
    line = [ln for ln in printed("-c", str(config)).splitlines() if ln.startswith("55 * * * *")]
    assert len(line) == 1
    command = line[0].split(None, 5)[5]
    assert str(BIN) in command and str(config) in command  # absolute paths of this install
    home = tmp_path / "cron-home"  # an unusual HOME without any cache or settings
    home.mkdir()
    before = next_full_hour(BERLIN)
    done = subprocess.run(["/bin/sh", "-c", command], env={"PATH": "/usr/bin:/bin", "HOME": str(home)},
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, cwd="/")
    after = next_full_hour(BERLIN)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # -q: nothing for cron to mail, no progress bar without a terminal
    out = config.parent / "out"
    names = {f"nachrichten_{air:%Y-%m-%d_%H}00.mp3" for air in (before, after)}
    made = [p for p in out.glob("*.mp3")]
    assert len(made) == 1 and made[0].name in names and decode_errors(made[0]) == ""
    log = (config.parent / "logs" / "bulletin.log").read_text(encoding="utf-8")
    assert re.search(r"make-bulletin\[\d+\] INFO: run: bulletin for \d{4}-\d\d-\d\dT\d\d:00:00\+0[12]:00", log)
    assert "INFO: run: done in" in log
    assert (home / ".cache" / "bulletin" / "speech").is_dir()  # the cache went to that HOME


def test_progress_bar_only_at_a_terminal(tmp_path):
    config = station(tmp_path)
    main, child = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETIN_")}
    env.update({"TERM": "xterm", "COLUMNS": "100"})
    proc = subprocess.Popen([str(BIN), "-c", str(config), "--hour", "2026-11-27T14"], stdin=child,
                            stdout=subprocess.PIPE, stderr=child, env=env)
    os.close(child)
    seen = b""
    while True:
        ready, _, _ = select.select([main], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    stdout = proc.communicate(timeout=60)[0].decode()
    os.close(main)
    assert proc.returncode == 0
    text = seen.decode("utf-8", "replace")
    assert "Sprechen" in text and re.search(r"\d+/\d+", text), text  # rich's bar with done/total
    assert stdout.strip().endswith("nachrichten_2026-11-27_1400.mp3")  # stdout stays clean for scripts


def test_air_hours_around_the_clock_changes(tmp_path, monkeypatch):
    gap = cli("--hour", "2026-03-29T02", "-i", str(tmp_path), "-o", str(tmp_path / "out"))
    assert gap.returncode == 1
    assert gap.stderr.count("\n") == 1 and "2026-03-29T02 does not exist in Europe/Berlin" in gap.stderr

    # the repeated hour of October: 02:00 CEST, then 02:00 CET share the file name; the second
    # replaces the first (which has aired by then), and each is its own hour in the history
    monkeypatch.chdir(tmp_path)
    config = fast_config(tmp_path)
    inbox = write_inbox(tmp_path / "inbox", "buecherei")
    first = run_hour(config, inbox, "2026-10-25T02", script_only=True)
    second = run_hour(config, inbox, "2026-10-25T02+01:00", script_only=True)
    assert first.air_time.isoformat() == "2026-10-25T02:00:00+02:00"
    assert second.air_time.isoformat() == "2026-10-25T02:00:00+01:00"
    manifest = json.loads((tmp_path / "out" / "nachrichten_2026-10-25_0200.json").read_text(encoding="utf-8"))
    assert manifest["air_time"] == "2026-10-25T02:00:00+01:00"
    from bulletin.models import Kept

    again = run_hour(config, inbox, "2026-10-25T02+01:00", script_only=True)  # the same (second) 02:00
    assert again == Kept(str(tmp_path / "out" / "nachrichten_2026-10-25_0200.script.txt"),
                         str(tmp_path / "out" / "nachrichten_2026-10-25_0200.json"))


def test_kill_9_during_delivery_leaves_no_half_file(tmp_path, tone_mp3):
    """Killed while copying into playout: every visible file is whole; the next run clears the temps."""
    playout = [tmp_path / "playout-a", tmp_path / "playout-b"]
    for folder in playout:
        folder.mkdir()
        (folder / "nachrichten.mp3").write_bytes(tone_mp3)  # last hour's bulletin
    extra = "".join(f'[[delivery]]\nfolder = "{folder}"\nname = "nachrichten.mp3"\n\n' for folder in playout)
    config = station(tmp_path)
    config.write_text(config.read_text(encoding="utf-8") + "\n" + extra, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETIN_")}
    # The real command, killed -9 by itself halfway through writing the first playout copy (a copy
    # takes a few milliseconds: too short to hit from outside reliably).
    killer = (
        "import os, shutil, signal, sys\n"
        "import bulletin.station.deliver as deliver\n"
        "def half_then_die(src, dst):\n"
        "    data = open(src, 'rb').read()\n"
        "    with open(dst, 'wb') as out:\n"
        "        out.write(data[: len(data) // 2]); out.flush()\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "deliver.shutil = type('S', (), {'copyfile': staticmethod(half_then_die)})\n"
        "from bulletin.cli import main\n"
        f"sys.argv = ['make-bulletin', '-q', '-c', {str(config)!r}, '--hour', '2026-11-27T15']\n"
        "main()\n"
    )
    proc = subprocess.run([sys.executable, "-c", killer], env=env, capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    temps = [p for f in playout for p in f.iterdir() if p.name.startswith(".")]
    assert temps  # killed mid-copy: its hidden temp file is there ...
    for folder in playout:  # ... but every visible file is a whole bulletin, last hour's or this one
        visible = [p for p in folder.iterdir() if not p.name.startswith(".")]
        assert [p.name for p in visible] == ["nachrichten.mp3"]
        assert visible[0].read_bytes() == tone_mp3 or decode_errors(visible[0]) == ""
    out = config.parent / "out"
    for path in out.iterdir():
        if not path.name.startswith("."):
            assert path.suffix != ".mp3" or decode_errors(path) == ""
    # the next run starts at once (the lock died with the process) and its retention clears the
    # temps: in playout folders once they are an hour old, as another run might be writing there
    for temp in temps:
        os.utime(temp, (time.time() - 7200, time.time() - 7200))
    after = cli("-c", str(config), "--hour", "2026-11-27T16", "--script-only", env={"BULLETIN_LOCK_WAIT": "0"})
    assert after.returncode == 0, after.stderr
    assert not [p for f in [*playout, out] for p in f.iterdir() if p.name.endswith(".part")]


def test_help_documents_the_exit_codes():
    done = cli("--help")
    text = " ".join(done.stdout.split())
    for code in ("0 made", "1 error", "2 usage error", "3 another run", "4 made but a playout"):
        assert code in text, code


def test_systemd_units_for_this_install(tmp_path):
    config = station(tmp_path)
    for kind in ("service", "timer"):
        (tmp_path / f"bulletin.{kind}").write_text(printed("-c", str(config), "--only", kind, "--user", "root"))
    service = (tmp_path / "bulletin.service").read_text()
    timer = (tmp_path / "bulletin.timer").read_text()
    assert f"ExecStart={BIN} -q -c {config}" in service and "@" not in service.replace("file://", "")
    assert "OnCalendar=*-*-* *:55:00" in timer and "Persistent=true" in timer
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze not installed")
    done = subprocess.run(["systemd-analyze", "verify", "--man=no", str(tmp_path / "bulletin.service"),
                           str(tmp_path / "bulletin.timer")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    calendar = subprocess.run(["systemd-analyze", "calendar", "*-*-* *:55:00", "--iterations=2"],
                              capture_output=True, text=True)
    assert calendar.returncode == 0 and re.search(r":55:00", calendar.stdout)


def test_liquidsoap_plays_this_hours_bulletin(tmp_path, tone_mp3):
    if not shutil.which("liquidsoap"):
        pytest.skip("liquidsoap not installed")
    news = tmp_path / "news"
    news.mkdir()
    now = time.localtime()
    bulletin = news / time.strftime("nachrichten_%Y-%m-%d_%H00.mp3", now)
    bulletin.write_bytes(tone_mp3)
    snippet = (SCRIPTS / "news.liq").read_text(encoding="utf-8")
    (tmp_path / "news.liq").write_text(re.sub(r'(?m)^news_folder = ".*"$', f'news_folder = "{news}"', snippet))
    (tmp_path / "station.liq").write_text(
        "settings.init.allow_root.set(true)\n"
        f'%include "{tmp_path / "news.liq"}"\n'
        "radio = with_news(mksafe(sine()))\n"
        'radio.on_track(fun (m) -> begin print("TRACK #{m[\'filename\']}") shutdown() end)\n'
        "news_now()\noutput.dummy(radio)\nthread.run(delay=20., shutdown)\n")
    done = subprocess.run(["liquidsoap", str(tmp_path / "station.liq")], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    if time.localtime().tm_hour != now.tm_hour:
        pytest.skip("the hour changed while the test ran")
    assert f"TRACK {bulletin}" in done.stdout, done.stdout + done.stderr


def test_readme_settings_block_is_what_the_code_reads(tmp_path):
    """Every key the README documents is a real setting, and the block loads as it stands."""
    from bulletin.config import BED_DEFAULTS, Config, load_config

    readme = (SCRIPTS.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Configuration", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "bulletin.toml").write_text(block, encoding="utf-8")
    config, warnings = load_config(tmp_path / "bulletin.toml", environ={})
    assert warnings == []
    documented = set(re.findall(r"(?m)^\[*(\w+)\]*\s*(?:=|#|$)", block))
    tables = {"voices", "second_voices", "jingles", "delivery", "bed"}
    table_keys = {"gtts", "espeak", "piper", "intro", "separator", "outro", "folder", "name", "mode",
                  *BED_DEFAULTS}
    assert documented - tables - table_keys <= set(Config.__dataclass_fields__)
    assert tables <= documented
    assert {"lock_wait", "keep_days", "repeat_hours", "when_nothing_new", "delivery"} <= documented
    assert config.delivery[0].name == "nachrichten.mp3"

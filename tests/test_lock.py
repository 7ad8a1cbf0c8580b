"""One run at a time per output folder, with real processes contending for the lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from bulletin.errors import AlreadyRunning
from bulletin.station.lock import LOCK_NAME, is_locked, output_lock
from tests.helpers_hourly import BIN, cli, write_inbox

HOLDER = """
import sys, time
from pathlib import Path
from bulletin.station.lock import output_lock
with output_lock(Path(sys.argv[1]), 0, "making 2026-11-27 14:00 CET"):
    print("held", flush=True)
    time.sleep(60)
"""


@pytest.fixture
def holder(tmp_path):
    """Another process holding the output folder's lock, as a run in progress does."""
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(out)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    yield out, proc
    proc.kill()
    proc.wait()


def test_second_run_waits_a_bounded_time_then_exits_3(holder, tmp_path):
    out, proc = holder
    inbox = write_inbox(tmp_path / "inbox", "buecherei")
    args = ("-i", str(inbox), "-o", str(out), "--script-only", "--hour", "2026-11-27T14")
    at_once = cli(*args, env={"BULLETIN_LOCK_WAIT": "0"})
    assert at_once.returncode == 3
    line = at_once.stderr.strip()
    assert "\n" not in line and "already running" in line and f"pid {proc.pid}" in line and "14:00" in line
    started = time.monotonic()
    waited = cli(*args, env={"BULLETIN_LOCK_WAIT": "0.5"})
    elapsed = time.monotonic() - started
    assert waited.returncode == 3 and "after waiting 0.5 s" in waited.stderr
    # the time is the point here, so only a bound a loaded machine meets: the holder keeps the lock
    # for 60 s, all of which a run ignoring lock_wait would wait
    assert 0.5 <= elapsed < 30
    assert not list(out.glob("*.script.txt"))  # nothing was made behind the lock's back
    assert "pid" in is_locked(out)


def test_a_crashed_run_never_blocks_the_next_hour(holder, tmp_path):
    out, proc = holder
    proc.send_signal(signal.SIGKILL)  # the run dies without any chance to clean up
    proc.wait()
    assert f"pid {proc.pid}" in (out / LOCK_NAME).read_text()  # its note is still there ...
    assert is_locked(out) is None  # ... but the kernel released the lock
    inbox = write_inbox(tmp_path / "inbox", "buecherei")
    done = cli("-i", str(inbox), "-o", str(out), "--script-only", "--hour", "2026-11-27T15",
               env={"BULLETIN_LOCK_WAIT": "0"})
    assert done.returncode == 0, done.stderr
    assert (out / "nachrichten_2026-11-27_1500.script.txt").is_file()
    assert (out / LOCK_NAME).read_text() == ""  # released and emptied


def test_two_runs_for_the_same_hour_make_one_bulletin(tmp_path):
    """Both start at once; one makes it, the other waits for the lock and finds it made."""
    inbox = write_inbox(tmp_path / "inbox", "buecherei")
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETIN_")}
    env.update({"BULLETIN_JINGLES__INTRO": "none", "BULLETIN_JINGLES__OUTRO": "none"})
    args = [str(BIN), "-i", str(inbox), "-o", str(out), "--engine", "espeak",
            "--hour", "2026-11-27T14"]
    procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for _ in range(2)]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    mp3 = out / "nachrichten_2026-11-27_1400.mp3"
    assert [code for code, _, _ in results] == [0, 0], results
    assert all(stdout.strip().splitlines()[-1] == str(mp3) for _, stdout, _ in results)
    notes = [stderr for _, _, stderr in results if "already exists" in stderr]
    assert len(notes) == 1  # exactly one of them found the other's bulletin
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "nachrichten_2026-11-27_1400.json", "nachrichten_2026-11-27_1400.mp3"]


def test_lock_in_one_process_and_release(tmp_path):
    with output_lock(tmp_path, 0, "making 14:00"):
        with pytest.raises(AlreadyRunning) as caught:  # a second open file description: contended
            with output_lock(tmp_path, 0.3):
                pass
        assert caught.value.exit_code == 3 and "making 14:00" in str(caught.value)
    with output_lock(tmp_path, 0):  # free again
        pass


def test_sigterm_while_waiting_ends_cleanly(holder, tmp_path):
    """systemd stops a run with SIGTERM (TimeoutStartSec, systemctl stop): one line, exit 143."""
    out, _ = holder
    inbox = write_inbox(tmp_path / "inbox", "buecherei")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETIN_")}
    env["BULLETIN_LOCK_WAIT"] = "30"
    log = tmp_path / "bulletin.log"
    proc = subprocess.Popen([str(BIN), "-i", str(inbox), "-o", str(out), "--script-only", "--log-file", str(log)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (log.exists() and "waiting up to 30 s" in log.read_text()):
        time.sleep(0.05)  # until it is waiting for the lock
    proc.send_signal(signal.SIGTERM)
    stdout, stderr = proc.communicate(timeout=10)
    assert proc.returncode == 143 and stdout == ""
    assert stderr.count("\n") == 1 and "interrupted (SIGTERM)" in stderr

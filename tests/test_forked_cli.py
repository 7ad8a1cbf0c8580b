"""The fork server the suite's runs of make-bulletin go through (tests/forked_cli.py): a forked run is
a process of its own that answers as the executable does, sees the environment it is given, and the
runs whose environment a new interpreter reads as it starts are not forked at all."""

from __future__ import annotations

import os
import select
import signal
import subprocess

import pytest

from tests import forked_cli

BUS = "Bürgerbus fährt länger\n\nDer Bürgerbus in Beispielstadt fährt ab Dezember bis 20 Uhr, teilte der Verein mit.\n"


def plain_env(**changed: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("BULLETIN_")}
    return {**env, **changed}


def bulletin_started(folder):
    """A run making a bulletin of one article, forked, its output in folder/err."""
    (folder / "bus.txt").write_text(BUS, encoding="utf-8")
    with open(os.devnull, "rb") as nothing, open(folder / "err", "wb") as err:
        return forked_cli.start(["-i", str(folder), "-o", str(folder / "out"), "--engine", "espeak"],
                                env=plain_env(), cwd=folder, stdin=nothing.fileno(), stdout=err.fileno(),
                                stderr=err.fileno())


def test_a_forked_run_answers_as_the_executable_does(tmp_path):
    runs = [(["-i", str(tmp_path / "fehlt"), "-o", str(tmp_path / "out")], None),  # an error: exit 1, one line
            (["normalize", "-"], "Am 3. Oktober um 14:30 Uhr.\n"),  # stdin to stdout
            (["--hour", "2026-13-01T10", "-i", str(tmp_path)], None)]  # a usage error: exit 2
    for args, given in runs:
        forked = forked_cli.run(args, env=plain_env(), cwd=tmp_path, input=given, timeout=60)
        executable = subprocess.run([str(forked_cli.BIN), *args], capture_output=True, text=True,
                                    env=plain_env(), cwd=tmp_path, input=given or "", timeout=60)
        assert (forked.returncode, forked.stdout, forked.stderr) == (
            executable.returncode, executable.stdout, executable.stderr), args


def test_the_child_is_a_process_of_its_own_that_a_signal_ends(tmp_path):
    child = bulletin_started(tmp_path)
    assert child is not None  # this test's environment is one the server forks for
    try:
        assert child.pid not in (os.getpid(), forked_cli._the_server().process.pid)
        signal.pidfd_send_signal(child.pidfd, signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL  # the status is the child's, as Popen reports it
        assert select.select([child.pidfd], [], [], 0)[0]  # the pidfd saw it end
    finally:
        child.close()


def test_a_run_past_its_timeout_is_killed(tmp_path):
    (tmp_path / "bus.txt").write_text(BUS, encoding="utf-8")
    with pytest.raises(subprocess.TimeoutExpired):
        forked_cli.run(["-i", str(tmp_path), "-o", str(tmp_path / "out"), "--engine", "espeak"],
                       env=plain_env(), cwd=tmp_path, timeout=0.05)
    assert not (tmp_path / "out").is_dir() or not list((tmp_path / "out").glob("*.mp3"))


def test_the_child_sees_the_environment_it_is_given_not_the_servers(tmp_path, monkeypatch):
    """A server of its own, started where XDG_CACHE_HOME names a folder; the run is given no
    XDG_CACHE_HOME and a HOME: the speech cache goes to HOME/.cache, nothing into the server's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "servers-cache"))
    monkeypatch.setattr(forked_cli, "_server", None)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "bus.txt").write_text(BUS, encoding="utf-8")
    env = plain_env(HOME=str(tmp_path / "home"), BULLETIN_PAUSE_SECONDS="0.2")
    del env["XDG_CACHE_HOME"]
    done = forked_cli.run(["-i", str(inbox), "-o", str(tmp_path / "out"), "--engine", "espeak",
                           "--hour", "2026-11-27T14"], env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert forked_cli._server.env["XDG_CACHE_HOME"] == str(tmp_path / "servers-cache")
    assert list((tmp_path / "home" / ".cache").rglob("*.wav"))
    assert not (tmp_path / "servers-cache").exists()
    refused = forked_cli.run(["-i", str(inbox), "-o", str(tmp_path / "out")], cwd=tmp_path, timeout=60,
                             env=plain_env(BULLETIN_LOUDNESS_TARGET="12"))
    assert refused.returncode == 1 and "loudness_target" in refused.stderr  # a setting from the environment


@pytest.mark.parametrize("changed", [{"PATH": "/nonexistent"}, {"LANG": "C"}, {"LC_ALL": "C"}, {"TZ": "UTC"},
                                     {"PYTHONPATH": "/elsewhere"}, {"OPENBLAS_NUM_THREADS": "4"},
                                     {"IMAGEIO_FFMPEG_EXE": "/nonexistent/ffmpeg"}])
def test_an_environment_read_at_start_gets_a_new_interpreter(changed):
    server = forked_cli._the_server()
    assert not server.forks(plain_env(**changed))
    assert server.forks(plain_env(BULLETIN_ENGINE="espeak", XDG_CACHE_HOME="/tmp/x", HOME="/tmp",
                                  PYTEST_CURRENT_TEST="elsewhere"))


def test_a_variable_missing_from_the_run_gets_a_new_interpreter():
    server = forked_cli._the_server()
    env = plain_env()
    assert server.forks(env)
    env.pop("PATH")
    assert not server.forks(env)  # `env -i`: what Python makes of a bare world is the point


def test_the_server_outlives_a_test_that_stopped_waiting(tmp_path):
    child = bulletin_started(tmp_path)
    signal.pidfd_send_signal(child.pidfd, signal.SIGKILL)
    child.close()  # gone without waiting for the status: the server finds nobody to tell
    done = forked_cli.run(["--help"], env=plain_env(), timeout=60)
    assert done.returncode == 0 and "--input" in done.stdout

"""Where messages go: stderr by -q/-v, every run into a rotating log file, errors included."""

from __future__ import annotations

import logging

from bulletin.station import logs
from tests.helpers_hourly import cli


def test_log_file_rotates_and_keeps_info_under_quiet(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(logs, "LOG_MAX_BYTES", 2000)
    logs.setup_stderr(verbose=False, quiet=True)
    path = logs.add_log_file(tmp_path / "logs" / "bulletin.log")
    try:
        log = logging.getLogger("bulletin")
        for n in range(300):
            log.info("run: Nachrichten %d, alles gut", n)
        logs.to_file_only(logging.ERROR, "only in the file")
    finally:
        logs.close()
    assert capsys.readouterr().err == ""  # -q: no INFO on stderr ...
    rotated = sorted(p.name for p in path.parent.iterdir())
    assert rotated == ["bulletin.log", *(f"bulletin.log.{n}" for n in range(1, logs.LOG_BACKUPS + 1))]
    assert all(p.stat().st_size <= 2000 for p in path.parent.iterdir())  # ... bounded on disk
    text = path.read_text(encoding="utf-8")
    assert "INFO: run: Nachrichten 299" in text and "ERROR: only in the file" in text


def test_a_failed_run_leaves_its_error_in_the_log_file(tmp_path):
    log_file = tmp_path / "bulletin.log"
    done = cli("-q", "-i", str(tmp_path / "fehlt"), "-o", str(tmp_path / "out"), "--log-file", str(log_file))
    assert done.returncode == 1 and done.stderr.count("\n") == 1  # one line on stderr, as before
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR:" in text and "fehlt" in text and "(exit 1)" in text
    assert not list(tmp_path.glob("out/*"))

"""One run at a time per output folder.

The lock is an flock(2) on a hidden file in the output folder. The kernel releases it when the
process ends in any way (kill -9, power loss of the process, OOM), so a crashed run never blocks the
next hour; there is no stale-lock guessing by PID or age. The file itself stays (deleting a lock
file while another process waits on it would let two runs in); it holds the holder's PID, air hour
and start time for the "already running" message, and is emptied on release.

The descriptor is not inherited by child processes (Python's default since 3.4), so an ffmpeg left
running after its parent was killed does not keep the lock. flock works on local file systems and
on NFS (Linux emulates it with POSIX locks there).
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import logging
import os
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from bulletin.errors import BulletinError, DeliveryError

log = logging.getLogger("bulletin")

LOCK_NAME = ".make-bulletin.lock"
POLL_SECONDS = 0.2


class AlreadyRunning(BulletinError):
    """Another run holds the output folder's lock and did not finish within lock_wait."""

    exit_code = 3

    def __init__(self, folder: Path, holder: str, waited: float):
        self.folder, self.holder, self.waited = folder, holder, waited
        who = f"another run ({holder})" if holder else "another run"
        waited_text = f"gave up after waiting {waited:g} s (lock_wait); " if waited else ""
        super().__init__(f"already running: {who} holds the lock on {folder}; {waited_text}"
                         "nothing was made")


@contextlib.contextmanager
def output_lock(folder: Path, wait: float, what: str = "") -> Iterator[Path]:
    """Hold the output folder's lock for the block; wait up to `wait` seconds for another run.

    `what` (e.g. the air hour) is written into the lock file for the message another run shows.
    """
    path = folder / LOCK_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        raise DeliveryError(folder, f"cannot create the lock file there ({err.strerror or err}); "
                                    "check the output folder exists and is writable") from None
    try:
        waited = _acquire(fd, wait, path)
        if waited is None:
            raise AlreadyRunning(folder, holder(path), wait)
        os.ftruncate(fd, 0)
        started = datetime.now().astimezone().isoformat(timespec="seconds")
        os.pwrite(fd, f"pid {os.getpid()}{', ' + what if what else ''}, since {started}\n".encode(), 0)
        try:
            yield path
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)  # an empty file: nobody holds it
    finally:
        os.close(fd)  # releases the lock


def _acquire(fd: int, wait: float, path: Path) -> float | None:
    """Seconds waited once the lock is ours, or None after `wait` seconds without it."""
    started = time.monotonic()
    for attempt in itertools.count():
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if attempt:
                log.info("lock: got it after %.1f s", time.monotonic() - started)
            return time.monotonic() - started
        except BlockingIOError:
            if not attempt and wait > 0:
                log.info("lock: %s is running; waiting up to %g s", holder(path) or "another run", wait)
        remaining = wait - (time.monotonic() - started)
        if remaining <= 0:
            return None
        time.sleep(min(POLL_SECONDS, remaining))


def holder(path: Path) -> str:
    """What the lock file says about the run holding it ('' if it says nothing)."""
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def is_locked(folder: Path) -> str | None:
    """For `check`: None when no run holds the lock, else what the holder wrote."""
    path = folder / LOCK_NAME
    if not path.exists():
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return None
    except BlockingIOError:
        return holder(path) or "a run"
    finally:
        os.close(fd)

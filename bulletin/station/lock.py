"""One run at a time per output folder.

The lock is an flock(2) on a hidden file in the output folder. The kernel releases it when the
process ends in any way (kill -9, power loss of the process, OOM), so a crashed run never blocks the
next hour; there is no stale-lock guessing by PID or age. The file itself stays (deleting a lock
file while another process waits on it would let two runs in); it holds the holder's PID, air hour
and start time for the "already running" message, and is emptied on release.

The lock file is opened without following a symbolic link and never truncated on opening, and
anything but a plain file of our own there (a link, a pipe, a hard link to another file) is refused
with one line: a planted `.make-bulletin.lock` link must not get a run to empty the file it points
at.

The descriptor is not inherited by child processes (Python's default since 3.4), so an ffmpeg left
running after its parent was killed does not keep the lock. flock works on local file systems and
on NFS (Linux emulates it with POSIX locks there).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import itertools
import logging
import os
import stat
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from bulletin.errors import AlreadyRunning, DeliveryError

log = logging.getLogger("bulletin")

LOCK_NAME = ".make-bulletin.lock"
POLL_SECONDS = 0.2


@contextlib.contextmanager
def output_lock(folder: Path, wait: float, what: str = "") -> Iterator[Path]:
    """Hold the output folder's lock for the block; wait up to `wait` seconds for another run.

    `what` (e.g. the air hour) is written into the lock file for the message another run shows.
    """
    path = folder / LOCK_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = _open(path, os.O_RDWR | os.O_CREAT)
    except OSError as err:
        raise _cannot_open(path, err) from None
    try:
        waited = _acquire(fd, wait)
        if waited is None:
            raise AlreadyRunning(folder, _written_in(fd), wait)
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


def _open(path: Path, flags: int) -> int:
    """The lock file's descriptor: never through a link, never truncated, never blocking (a pipe),
    and only when it is a plain file with no other name."""
    fd = os.open(path, flags | os.O_NOFOLLOW | os.O_NONBLOCK, 0o666)
    info = os.fstat(fd)
    if stat.S_ISREG(info.st_mode) and info.st_nlink == 1:
        return fd
    os.close(fd)
    what = "a hard link to another file" if stat.S_ISREG(info.st_mode) else "not a plain file"
    raise DeliveryError(path, f"is {what}; a run writes its PID into the lock file, so it must be "
                              "one of its own: remove it, the next run makes a new one")


def _cannot_open(path: Path, err: OSError) -> DeliveryError:
    """Why the lock file could not be opened, guessed from what is there."""
    reason = err.strerror or str(err)
    if err.errno == errno.ELOOP:
        return DeliveryError(path, "is a symbolic link; a run would write into the file it points at: "
                                   "remove the link, the next run makes a plain lock file")
    try:
        info = os.lstat(path)
    except OSError:
        info = None
    if err.errno in (errno.EACCES, errno.EPERM) and info is not None and info.st_uid != os.geteuid():
        return DeliveryError(path, f"the lock file belongs to another user ({_user(info.st_uid)}); run "
                                   "as that user, or remove the file (it holds no state) and let runs "
                                   "make it anew")
    if err.errno in (errno.EACCES, errno.EPERM) and info is not None:
        return DeliveryError(path, f"cannot open the lock file ({reason}); make it writable "
                                   f"(chmod u+w) or remove it")
    return DeliveryError(path.parent, f"cannot create the lock file there ({reason}); check the "
                                      "output folder exists and is writable")


def _user(uid: int) -> str:
    import pwd

    try:
        return f"uid {uid}, {pwd.getpwuid(uid).pw_name}"
    except KeyError:
        return f"uid {uid}"


def _acquire(fd: int, wait: float) -> float | None:
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
                log.info("lock: %s is running; waiting up to %g s", _written_in(fd) or "another run", wait)
        remaining = wait - (time.monotonic() - started)
        if remaining <= 0:
            return None
        time.sleep(min(POLL_SECONDS, remaining))


def _written_in(fd: int) -> str:
    """What the lock file says about the run holding it ('' if it says nothing)."""
    try:
        return os.pread(fd, 4096, 0).decode("utf-8", "replace").strip()
    except OSError:
        return ""


def is_locked(folder: Path) -> str | None:
    """For `check`: None when no run holds the lock, else what the holder wrote."""
    path = folder / LOCK_NAME
    if not path.exists():
        return None
    try:
        fd = _open(path, os.O_RDONLY)
    except (OSError, DeliveryError):
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return None
    except BlockingIOError:
        return _written_in(fd) or "a run"
    finally:
        os.close(fd)

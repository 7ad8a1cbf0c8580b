"""The path guard: every file the tool reads from an inbox or a folder input is opened here.

A folder input is the station's inbox: others put files into it (a newsroom, a sync job, an upload
form). A symbolic link in it could make the tool read any file its user may read (`ln -s
/etc/shadow inbox/x.txt` would put a line of it on air), so a link inside a folder input is
skipped with a warning naming it. With ``follow_symlinks = true`` a link is read when its target
lies inside the same folder. The folder itself, and a file named directly (--input, --script, the
`inbox` setting), may be links: that is the station's own setup, an inbox on a mount.

The check is the opening itself, so a swap between the two cannot get past it: the file is opened
from the folder component by component with O_NOFOLLOW (the kernel refuses a link that appears
meanwhile), without blocking (a FIFO does not hang the run), and its type is then checked on the
opened descriptor. Linked folders inside the inbox are never entered (no loops, no way out).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from bulletin.errors import InputError

_READ = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
_DIR = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_FOLLOW_HINT = "follow_symlinks = true reads links whose target is inside the inbox"


def files_in(folder: Path) -> Iterator[Path]:
    """The files of a folder input, sorted, hidden ones skipped. Linked folders are yielded like
    files, not entered, so that reading them says why they were skipped."""
    for root, dirs, names in os.walk(folder):
        linked = [d for d in dirs if not d.startswith(".") and os.path.islink(os.path.join(root, d))]
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in linked)
        for name in sorted([*names, *linked]):
            if not name.startswith("."):
                yield Path(root) / name


def open_input(path: Path, inside: Path | None = None, follow_symlinks: bool = False) -> int:
    """A read-only descriptor of the regular file ``path``; InputError naming it otherwise.

    ``inside`` is the folder input ``path`` was found in (None: a file named directly). The caller
    closes the descriptor.
    """
    try:
        if inside is None:
            fd = os.open(path, _READ)
        else:
            fd = _open_in_folder(path, inside, follow_symlinks)
    except InputError:
        raise
    except OSError as err:
        raise InputError(path, f"cannot read it ({err.strerror or err})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(path, "is not a regular file (a folder, pipe, device or socket); "
                                   "remove it from the inbox")
    except BaseException:
        os.close(fd)
        raise
    return fd


def _open_in_folder(path: Path, folder: Path, follow_symlinks: bool) -> int:
    root = Path(os.path.realpath(folder))  # the inbox itself may be a link
    relative = path.relative_to(folder)
    try:
        return _open_beneath(root, relative.parts)
    except OSError as err:
        if err.errno not in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK) or not _is_link(folder, relative):
            raise
    target = os.readlink(path) if os.path.islink(path) else "a linked folder"
    if not follow_symlinks:
        raise InputError(path, f"is a symbolic link (to {target}); links in the inbox are not followed, "
                               f"skipped ({_FOLLOW_HINT})")
    try:
        resolved = Path(os.path.realpath(path, strict=True))
    except OSError:
        raise InputError(path, f"is a symbolic link (to {target}) that leads nowhere (a loop or a "
                               "missing file); skipped") from None
    if not resolved.is_relative_to(root) or resolved == root:
        raise InputError(path, f"is a symbolic link to {resolved}, outside the inbox {root}; skipped")
    return _open_beneath(root, resolved.relative_to(root).parts)


def _is_link(folder: Path, relative: Path) -> bool:
    """Is the file, or a folder on the way to it, a symbolic link?"""
    current = folder
    for part in relative.parts:
        current = current / part
        if os.path.islink(current):
            return True
    return False


def _open_beneath(root: Path, parts: tuple[str, ...]) -> int:
    """Open root/parts... without following any link below root (openat with O_NOFOLLOW each step)."""
    fd = os.open(root, _DIR)
    try:
        for part in parts[:-1]:
            inner = os.open(part, _DIR, dir_fd=fd)
            os.close(fd)
            fd = inner
        return os.open(parts[-1], _READ | os.O_NOFOLLOW, dir_fd=fd)
    finally:
        os.close(fd)

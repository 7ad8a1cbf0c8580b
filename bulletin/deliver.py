"""The deliver stage: files appear under their final names complete, or not at all.

Everything is written to a hidden temporary file in the target folder, flushed to disk, then renamed
over the final name with os.replace (atomic within one file system). Watch folders never see half a
file, and a run killed at any moment leaves the previous bulletin as it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from bulletin.errors import DeliveryError


@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """Yield a hidden temp path beside `final`; on success fsync it and rename it into place."""
    folder = final.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as err:
        raise DeliveryError(folder, f"cannot write there ({err.strerror or err}); "
                                    "check the folder exists and is writable") from None
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; playout runs as another user
        yield tmp
        _fsync_file(tmp)
        os.replace(tmp, final)
        _fsync_dir(folder)
    except OSError as err:
        raise DeliveryError(final, f"cannot write it ({err.strerror or err})") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_text(final: Path, text: str) -> None:
    with atomic_path(final) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_json(final: Path, data: dict) -> None:
    write_text(final, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def copy_into(src: Path, folder: Path, name: str | None = None,
              check: Callable[[Path], None] | None = None) -> Path:
    """Atomic copy of `src` into `folder`; `check` may inspect the copy before it goes live."""
    final = folder / (name or src.name)
    if not folder.is_dir():
        raise DeliveryError(folder, "no such folder; create it or fix the playout setting")
    with atomic_path(final) as tmp:
        shutil.copyfile(src, tmp)
        if check:
            check(tmp)
    return final


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be opened
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

"""The deliver stage: files appear under their final names complete, or not at all.

Everything is written to a hidden temporary file in the target folder, flushed to disk, then renamed
over the final name with os.replace (atomic within one file system). Watch folders never see half a
file, and a run killed at any moment leaves the previous bulletin as it was (and a hidden
`.<name>.*.part` file, which retention removes later).

Playout delivery: each target (a `[[delivery]]` entry or `--playout DIR`) gets a copy or a hard link
under a fixed or time-stamped name; a copy must have the source's size and decode cleanly before it
is renamed into place. A folder that fails is reported and the others still get theirs.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bulletin.errors import BulletinError, DeliveryError
from bulletin.station.ledger import FileId

TEMP_SUFFIX = ".part"  # temp files are `.<final name>.<8 random characters>.part` (tempfile.mkstemp)


class AtomicFiles:
    """Hidden temp files beside each final name; on success each is flushed to disk and renamed into
    place, in the order given and one right after the other (nothing can fail between them but the
    renames themselves); on any failure every temp file goes and no final name changes. `written`
    then holds the identity of each file now under its final name, taken before the rename (the
    ledger records exactly what this run wrote, never a file that replaced it a moment later)."""

    def __init__(self, *finals: Path):
        self.finals = tuple(Path(final) for final in finals)
        self.temps: list[Path] = []
        self.written: tuple[FileId, ...] = ()

    def __enter__(self) -> tuple[Path, ...]:
        try:
            for final in self.finals:
                self.temps.append(_temp_beside(final))
        except BaseException:
            self._remove_temps()
            raise
        return tuple(self.temps)

    def __exit__(self, kind, error, traceback) -> None:
        at = self.finals[0]
        try:
            if kind is None:
                for tmp in self.temps:
                    _fsync_file(tmp)
                infos = [os.stat(tmp) for tmp in self.temps]
                for tmp, at in zip(self.temps, self.finals, strict=True):
                    os.replace(tmp, at)
                for folder in dict.fromkeys(final.parent for final in self.finals):
                    _fsync_dir(folder)
                self.written = tuple(FileId.of(final, info) for final, info in zip(self.finals, infos,
                                                                                     strict=True))
        except OSError as err:
            error = err
        finally:
            self._remove_temps()
        if isinstance(error, OSError):
            raise DeliveryError(at, f"cannot write it ({error.strerror or error})") from None

    def _remove_temps(self) -> None:
        for tmp in self.temps:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _temp_beside(final: Path) -> Path:
    """`.<name>.<8 random characters>.part` in the final name's folder (retention knows the form)."""
    folder = final.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=TEMP_SUFFIX, dir=folder)
        os.close(fd)
        os.chmod(tmp_name, 0o666 & ~_umask())  # mkstemp makes 0600; playout runs as another user
    except OSError as err:
        raise DeliveryError(folder, f"cannot write there ({err.strerror or err}); "
                                    "check the folder exists and is writable") from None
    return Path(tmp_name)


@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """Yield a hidden temp path beside `final`; on success fsync it and rename it into place."""
    with AtomicFiles(final) as (tmp,):
        yield tmp


def write_text(final: Path, text: str) -> FileId:
    """Write `text` as UTF-8 under `final`; characters UTF-8 cannot hold (the surrogates a file name
    with undecodable bytes becomes) are written as backslash escapes, never a crash."""
    files = AtomicFiles(final)
    with files as (tmp,):
        tmp.write_bytes(text.encode("utf-8", "backslashreplace"))
    return files.written[0]


def write_json(final: Path, data: dict) -> FileId:
    return write_text(final, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def copy_into(src: Path, folder: Path, name: str | None = None,
              check: Callable[[Path], None] | None = None) -> Path:
    """Atomic copy of `src` into `folder`; `check` may inspect the copy before it goes live."""
    final = folder / (name or src.name)
    _copy(src, folder, final.name, check)
    return final


def _copy(src: Path, folder: Path, name: str, check: Callable[[Path], None] | None = None) -> FileId:
    if not folder.is_dir():
        raise DeliveryError(folder, "no such folder; create it or fix the playout setting")
    files = AtomicFiles(folder / name)
    with files as (tmp,):
        shutil.copyfile(src, tmp)
        if check:
            check(tmp)
    return files.written[0]


MODES = ("copy", "link")
_TARGET_KEYS = {"folder", "name", "mode"}


@dataclass(frozen=True)
class Target:
    """Where a finished bulletin goes: a folder, a file name pattern and how it gets there."""

    folder: str
    name: str = ""  # "" = the bulletin's own name; "nachrichten.mp3"; "news_{air:%H}00.mp3"
    mode: str = "copy"  # copy | link (a hard link: no extra space; copied across file systems)

    @property
    def fixed(self) -> bool:
        """A fixed name is overwritten every hour (LibreTime/AzuraCast style)."""
        return bool(self.name) and "{" not in self.name

    def file_name(self, air: datetime, default: str) -> str:
        name = self.name.format(air=air) if self.name else default
        return name if name.lower().endswith(".mp3") else f"{name}.mp3"


@dataclass(frozen=True)
class Delivered:
    """The outcome for one target: the file that is now there, or what went wrong."""

    folder: str
    path: str
    mode: str
    problem: str = ""
    written: FileId | None = field(default=None, compare=False)  # for the ledger; None if it failed

    def as_manifest(self) -> dict:
        """The manifest's `deliveries` entry."""
        return {"folder": self.folder, "path": self.path, "mode": self.mode, "problem": self.problem}


def parse_targets(value: object, source: str) -> tuple[Target, ...]:
    """[[delivery]] tables (or bare folder names) -> Targets; a mistake names the entry and key."""
    from bulletin.errors import ConfigError

    entries = value if isinstance(value, (list, tuple)) else [value]
    targets = []
    for number, entry in enumerate(entries, start=1):
        where = f"delivery[{number}]"
        if isinstance(entry, Target):
            targets.append(entry)
            continue
        if isinstance(entry, str):
            entry = {"folder": entry}
        if not isinstance(entry, dict):
            raise ConfigError(where, f"must be a table with folder, name, mode (got {entry!r})", source)
        unknown = sorted(set(entry) - _TARGET_KEYS)
        if unknown:
            raise ConfigError(where, f"unknown key(s) {', '.join(unknown)}; use folder, name, mode", source)
        folder, name, mode = entry.get("folder"), entry.get("name", ""), entry.get("mode", "copy")
        if not isinstance(folder, str) or not folder.strip():
            raise ConfigError(f"{where}.folder", "is missing; give the playout folder", source)
        if not isinstance(name, str) or "/" in name or "\\" in name or name.startswith("."):
            raise ConfigError(f"{where}.name", f"must be a file name without folders (got {name!r})",
                              source)
        try:
            name.format(air=datetime(2026, 1, 1, 14))
        except (KeyError, IndexError, ValueError, AttributeError) as err:
            raise ConfigError(f"{where}.name", f"cannot be filled in ({err!r}); only {{air...}} is "
                              "available, e.g. news_{air:%Y-%m-%d_%H}00.mp3", source) from None
        if mode not in MODES:
            raise ConfigError(f"{where}.mode", f"must be copy or link (got {mode!r})", source)
        targets.append(Target(folder=folder, name=name, mode=mode))
    return tuple(targets)


def deliver_all(src: Path, targets: Sequence[Target], air: datetime, default_name: str,
                checked: bool = False) -> list[Delivered]:
    """Deliver `src` to every target; one failing folder does not stop the others. `src` is decoded
    once here unless the caller has `checked` it; each copy must then be byte for byte the same."""
    if targets and not checked:
        try:
            decodes(src)
        except DeliveryError as err:
            return [Delivered(t.folder, str(Path(t.folder) / t.file_name(air, default_name)), t.mode,
                              str(err)) for t in targets]
    results = []
    for target in targets:
        name = target.file_name(air, default_name)
        try:
            written, mode = _deliver_one(src, Path(target.folder), name, target.mode)
            results.append(Delivered(target.folder, str(Path(target.folder) / name), mode, written=written))
        except BulletinError as err:
            results.append(Delivered(target.folder, str(Path(target.folder) / name), target.mode, str(err)))
    return results


def _deliver_one(src: Path, folder: Path, name: str, mode: str) -> tuple[FileId, str]:
    if mode != "link":
        return _copy(src, folder, name, check=same_bytes_as(src)), "copy"
    if not folder.is_dir():
        raise DeliveryError(folder, "no such folder; create it or fix the delivery setting")
    files = AtomicFiles(folder / name)
    with files as (tmp,):
        tmp.unlink()
        try:
            os.link(src, tmp)  # the same inode as the checked bulletin: nothing to verify
        except OSError as err:
            if err.errno != errno.EXDEV:
                raise
            shutil.copyfile(src, tmp)  # a hard link cannot cross file systems: copy and check
            same_bytes_as(src)(tmp)
            mode = "copy"
    return files.written[0], mode


def is_copy_of(path: Path, src: Path) -> bool:
    """Is the regular file at `path` byte for byte `src` (checked as a delivered copy is)?"""
    try:
        if not path.is_file() or path.is_symlink():
            return False
        same_bytes_as(src)(path)
    except (OSError, DeliveryError):
        return False
    return True


def same_bytes_as(src: Path) -> Callable[[Path], None]:
    """A copy_into check: the copy is the checked bulletin byte for byte (a short write on a full
    disk or a flaky network share shows here), so it decodes as the original does."""
    size = src.stat().st_size

    def check(copy: Path) -> None:
        if copy.stat().st_size != size:
            raise DeliveryError(copy, f"the copy has {copy.stat().st_size} of {size} bytes (disk full?)")
        with open(src, "rb") as original, open(copy, "rb") as written:
            while block := original.read(1 << 20):
                if written.read(len(block)) != block:
                    raise DeliveryError(copy, "the copy differs from the bulletin; not delivered")

    return check


def finished_mp3_ok(path: Path, frames: int) -> None:
    """Raise DeliveryError unless the just-encoded bulletin is whole: every audio frame was decoded
    while it was written (encode.py), so what is left to check is what changed since: the frame chain
    and header (mp3_frames.frame_problem) and that a player reads tag and header (the first seconds)."""
    from bulletin.sound.mp3_frames import frame_problem

    problem = frame_problem(path.read_bytes(), frames)
    if problem:
        raise DeliveryError(path, f"is not the file that was checked ({problem}); not delivered")
    decodes(path, seconds=None if problem is None else 2.0)  # no Info header to walk: all of it


def decodes(path: Path, seconds: float | None = None) -> None:
    """Raise DeliveryError unless ffmpeg decodes the whole file (or its first `seconds`) with no
    error message."""
    from bulletin.sound.audio import ffmpeg_exe

    limit = ["-t", f"{seconds:g}"] if seconds else []
    try:
        done = subprocess.run([ffmpeg_exe(), "-nostdin", "-hide_banner", "-v", "error", "-i", str(path),
                               *limit, "-f", "null", "-"], capture_output=True, check=False, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise DeliveryError(path, f"cannot run ffmpeg to check it ({err})") from None
    complaint = done.stderr.decode("utf-8", "replace").strip().splitlines()
    if done.returncode != 0 or complaint:
        reason = complaint[-1] if complaint else f"exit {done.returncode}"
        raise DeliveryError(path, f"does not decode cleanly ({reason}); not delivered")


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

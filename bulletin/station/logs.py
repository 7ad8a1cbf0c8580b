"""Where messages go: stderr always, a rotating log file when asked, a progress bar only on a terminal.

stderr shows what the producer asked for (-q errors only, default warnings, -v everything). The log
file, when `log_file` is set, records every run at INFO level whatever -q says: when it started,
for which hour, what it made and delivered, what it tidied, and every warning and error. It rotates
at LOG_MAX_BYTES and keeps LOG_BACKUPS old files, so it never fills the disk. Cron has no terminal,
so there is no progress bar there; at a terminal `rich` draws one for the synthesis (imported only
then, to keep `--help` fast).
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from bulletin.errors import ConfigError
from bulletin.text.controls import escape_controls

LOGGER = "bulletin"
FILE_ONLY = "bulletin.file"  # reaches the log file but not stderr (the CLI prints its own line)
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
STDERR_FORMAT = "make-bulletin: %(levelname)s: %(message)s"
FILE_FORMAT = "%(asctime)s make-bulletin[%(process)d] %(levelname)s: %(message)s"


class _Escaping(logging.Formatter):
    """Messages name files and titles: their control characters are shown escaped, never sent to a
    terminal or into the log file as they are (a traceback, with --verbose, stays as it is)."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        record.message = escape_controls(record.message)
        return super().formatMessage(record)


class _CurrentStderr(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time: rich's progress display swaps in a proxy that
    prints messages above the bar instead of through it."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


def setup_stderr(verbose: bool, quiet: bool) -> None:
    handler = _CurrentStderr()
    handler.setFormatter(_Escaping(STDERR_FORMAT))
    handler.setLevel(logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING)
    root = logging.getLogger(LOGGER)
    root.handlers[:] = [handler]
    root.setLevel(handler.level)
    root.propagate = False
    file_only = logging.getLogger(FILE_ONLY)
    file_only.handlers[:] = [logging.NullHandler()]  # else logging's last resort prints to stderr
    file_only.propagate = False


def add_log_file(path: str | os.PathLike) -> Path:
    """Also log to `path` (rotating), at INFO level at least."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES,
                                                       backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as err:
        raise ConfigError("log_file", f"cannot write {path} ({err.strerror or err}); fix the path or "
                          "its permissions") from None
    handler.setFormatter(_Escaping(FILE_FORMAT, datefmt="%Y-%m-%dT%H:%M:%S%z"))
    root = logging.getLogger(LOGGER)
    handler.setLevel(min(root.level, logging.INFO))
    root.addHandler(handler)
    root.setLevel(handler.level)
    logging.getLogger(FILE_ONLY).handlers[:] = [handler]
    logging.getLogger(FILE_ONLY).setLevel(logging.INFO)
    return path


def to_file_only(level: int, message: str) -> None:
    """For lines the CLI prints itself (errors, notes): into the log file, not twice on stderr."""
    logging.getLogger(FILE_ONLY).log(level, message)


def close() -> None:
    """Close and detach the log file (the stderr handler stays)."""
    for name in (LOGGER, FILE_ONLY):
        logger = logging.getLogger(name)
        for handler in [h for h in logger.handlers if isinstance(h, logging.FileHandler)]:
            handler.close()
            logger.removeHandler(handler)


def wants_progress(quiet: bool) -> bool:
    """A progress bar only for a person at a terminal: never under cron, in a pipe, or with -q."""
    return not quiet and sys.stderr.isatty() and os.environ.get("TERM") != "dumb"


@contextlib.contextmanager
def synthesis_progress(enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A `progress(done, total)` callback drawing a rich bar on stderr, or None when not wanted.

    The bar appears with the first spoken part and goes when the last is done (a fallback engine
    starting over brings it back), so it never sits over the other stages' messages.
    """
    if not enabled:
        yield None
        return
    shown: dict = {}

    def progress(done: int, total: int) -> None:
        if "bar" not in shown:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            bar = Progress(TextColumn("Sprechen"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                           console=Console(stderr=True), transient=True)
            bar.start()
            shown.update(bar=bar, task=bar.add_task("speech", total=total))
        shown["bar"].update(shown["task"], completed=done, total=total)
        if done >= total:
            shown.pop("bar").stop()

    try:
        yield progress
    finally:
        if "bar" in shown:
            shown.pop("bar").stop()

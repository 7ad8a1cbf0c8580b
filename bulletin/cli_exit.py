"""How a command of the command line ends: its exit code, and an error or a note as one line.

Shared by the bulletin run (cli.py) and the tools beside it (cli_tools.py); like them, part of the
command line, the only place that prints and exits.
"""

from __future__ import annotations

import logging
import sys

import typer

EXIT_OK, EXIT_ERROR, EXIT_RUNNING, EXIT_PARTIAL = 0, 1, 3, 4


def failed(err: BaseException, verbose: bool) -> typer.Exit:
    """An error as one line on stderr and in the log file, and its exit code (each error class in
    errors.py carries its own)."""
    from bulletin.station.logs import to_file_only
    from bulletin.text.controls import escape_controls

    if verbose:
        import traceback

        traceback.print_exception(err, file=sys.stderr)
    code = getattr(err, "exit_code", EXIT_ERROR)
    to_file_only(logging.ERROR, f"{err} (exit {code})")
    print(f"make-bulletin: error: {escape_controls(str(err))}", file=sys.stderr)
    return typer.Exit(code)


def noted(note: str, code: int, quiet: bool) -> int:
    """A note on stderr (not with -q) for an outcome that is no error: kept, skipped, no history
    yet; the log file has it with the exit code. Returns the code."""
    from bulletin.station.logs import to_file_only
    from bulletin.text.controls import escape_controls

    to_file_only(logging.INFO if code == EXIT_OK else logging.ERROR, f"{note} (exit {code})")
    if not quiet:
        print(f"make-bulletin: note: {escape_controls(note)}", file=sys.stderr)
    return code

"""The command line: the only place that prints and exits (with cli_exit.py, how a command ends, and
cli_tools.py, the sub-commands normalize, check, history and voices).

Stages raise BulletinError subclasses; here they become one line on stderr and an exit code (a
traceback only with --verbose). The last line on stdout is the path of what was made. Heavy modules
(audio, speech, templates) are imported inside the commands so `--help` answers at once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from pathlib import Path
from typing import Annotated

import typer

from bulletin import cli_tools, interrupts
from bulletin.cli_exit import EXIT_OK, EXIT_PARTIAL, failed, noted
from bulletin.errors import BulletinError, Stopped

app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Make a German radio news bulletin (MP3) for one air hour from the articles in an inbox.\n\n"
         "Reads articles, web pages and news feeds (files, folders or URLs), tells each story once, "
         "condenses each into a short item, speaks it "
         "(offline voices espeak-ng and Piper, or Google's gTTS), mixes jingles, brings it to broadcast "
         "loudness and writes <output>/<name>.mp3 with a .json manifest beside it. The last stdout line "
         "is the MP3 path.\n\n"
         "Exit codes: 0 made (or already there, or skipped because nothing was new), 1 error (no "
         "bulletin), 2 usage error, 3 another run still holds the output folder's lock (waited "
         "lock_wait seconds; nothing made), 4 made but a playout delivery failed, 130/143 stopped by "
         "Ctrl-C (SIGINT) / SIGTERM (nothing half-written is left).",
)
log = logging.getLogger("bulletin")


def _setup_logging(verbose: bool, quiet: bool) -> None:
    from bulletin.station.logs import setup_stderr

    setup_stderr(verbose, quiet)


@app.callback(invoke_without_command=True)
def make(  # noqa: PLR0913 — typer: one parameter per command-line option
    ctx: typer.Context,
    inputs: Annotated[list[str], typer.Option(
        "--input", "-i", metavar="PATH|URL",
        help="Article (.txt .md), web page (.html .htm), feed (.xml .rss .atom .rdf: "
             "RSS 0.9x/1.0/2.0, Atom), a folder of them, or an http(s) URL of a feed "
             "or page. Repeatable. Default: the `inbox` setting.")] = None,
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="DIR",
        help="Folder for the MP3 and manifest. Default: the `output` setting, "
             "else ./output.")] = None,
    hour: Annotated[str, typer.Option(
        "--hour", metavar="YYYY-MM-DDTHH",
        help="Air hour YYYY-MM-DDTHH (years 2000-2099) in the station's time zone. Default: "
             "the next full hour. An hour the clocks skip (spring) is refused; the repeated hour "
             "(autumn) means its first occurrence, add the offset for the second "
             "(2026-10-25T02+01:00).")] = None,
    engine: Annotated[str, typer.Option(
        "--engine", metavar="auto|gtts|espeak|piper",
        help="auto | gtts | espeak | piper. auto tries the `engines` setting in order "
             "(gtts, then espeak). Default: the `engine` setting, else auto.")] = None,
    config: Annotated[Path, typer.Option(
        "--config", "-c", metavar="FILE",
        help="Settings file. Default: ./bulletin.toml if present, else built-in "
             "defaults.")] = None,
    script_only: Annotated[bool, typer.Option(
        "--script-only", help="Write the manifest and an editable script, no audio; prints the "
                              "script path. Edit, delete or reorder its [item] sections, then "
                              "use --script.")] = False,
    script: Annotated[Path, typer.Option(
        "--script", metavar="FILE",
        help="Make the audio from this (edited) script file, the <name>.script.txt that "
             "--script-only wrote, instead of the articles.")] = None,
    playout: Annotated[list[str], typer.Option(
        "--playout", metavar="DIR",
        help="Also deliver a finished copy into this folder (atomic, checked to decode), "
             "besides the [[delivery]] entries of the settings. Repeatable.")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Replace an existing bulletin for that hour (and its entry in the history: "
                        "a replacement, not a repeat).")] = False,
    log_file: Annotated[Path, typer.Option(
        "--log-file", metavar="FILE",
        help="Also log every run to this file (rotating, 1 MB x 5). Default: the "
             "`log_file` setting, else stderr only.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")] = False,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="Progress and details on stderr; tracebacks on errors.")] = False,
) -> None:
    """Make the bulletin for one air hour."""
    _setup_logging(verbose, quiet)
    ctx.obj = {"config": config, "verbose": verbose, "output": output, "playout": playout or []}
    if ctx.invoked_subcommand is not None:
        return
    try:
        result = _make_bulletin(ctx.params)
    except BulletinError as err:
        raise failed(err, verbose) from None
    except KeyboardInterrupt as err:
        raise failed(_interrupted(getattr(err, "signum", signal.SIGINT)), verbose) from None
    raise typer.Exit(_told_made(result, quiet))


def _make_bulletin(options: dict):
    """A bulletin run with the command line's options (the `make` parameters by name); returns what
    the pipeline made, kept or skipped."""
    from bulletin.config import load_config
    from bulletin.station import logs
    from bulletin.station.airtime import next_full_hour, parse_hour

    inputs, playout, script = options["inputs"] or (), options["playout"] or (), options["script"]
    if options["script_only"] and script:
        raise BulletinError("--script-only and --script exclude each other; use one")
    _no_empty_paths({"--input": inputs, "--output": [options["output"]], "--playout": playout})
    settings, warnings = load_config(options["config"], {"output": options["output"],
                                                         "engine": options["engine"]})
    if options["log_file"] or settings.log_file:
        logs.add_log_file(options["log_file"] or settings.log_file)
    air = parse_hour(options["hour"], settings.tz) if options["hour"] else next_full_hour(settings.tz)
    # the stages only now: a bad option, setting or hour is told without loading them (0.1 s, not 0.25)
    from bulletin.pipeline import Request, make_bulletin

    request = Request(air=air, inputs=tuple(inputs), output=settings.output, engine=settings.engine,
                      force=options["force"], playout=tuple(playout), script_only=options["script_only"],
                      script_file=str(script) if script else "")
    with logs.synthesis_progress(logs.wants_progress(options["quiet"])) as progress:
        return make_bulletin(settings, request, warnings, progress=progress)


def _told_made(result, quiet: bool) -> int:
    """What a bulletin run says on stdout and stderr, and its exit code: the path of what was made
    (or kept) last on stdout; 4 when a playout folder failed."""
    from bulletin.models import Kept, Skipped

    if isinstance(result, Skipped):  # nothing new and when_nothing_new = skip: no file, a note
        return noted(result.note, EXIT_OK, quiet)
    if isinstance(result, Kept):  # made already: kept (and delivered where it had failed)
        return _kept(result, quiet)
    if result.script_path:
        print(result.script_path)
        return EXIT_OK
    if not quiet:
        loud = result.loudness
        status = "" if result.status == "made" else f" ({result.status}: nothing new)"
        print(f"{result.station}, {result.air_time:%Y-%m-%d %H:%M %Z}: {len(result.script.items)} items"
              f"{status}, {result.duration_s:.1f} s, {loud.integrated_lufs:.1f} LUFS, "
              f"{loud.true_peak_dbtp:.1f} dBTP, voice {result.engine}; manifest {result.manifest}")
    print(result.audio)
    if result.failed_deliveries:
        from bulletin.station.logs import to_file_only

        to_file_only(logging.ERROR, f"made, but delivery failed for {', '.join(result.failed_deliveries)} "
                                    f"(exit {EXIT_PARTIAL})")
        return EXIT_PARTIAL
    return EXIT_OK


def _kept(kept, quiet: bool) -> int:
    """The hour was made already: the same note, stdout line and exit code as always, and exit 4
    when a playout folder that had failed still fails."""
    note = f"{kept.path} already exists for that hour; kept it (use --force to replace it)"
    if kept.delivered:
        note += f"; delivered it to {', '.join(kept.delivered)}"
    code = noted(note, EXIT_PARTIAL if kept.failed else EXIT_OK, quiet)
    print(kept.path)
    return code


def _no_empty_paths(options: dict[str, list[str | None] | None]) -> None:
    """An empty path would mean the current folder: refused, naming the option."""
    from bulletin.errors import ConfigError

    for option, values in options.items():
        if any(value is not None and not value.strip() for value in values or []):
            raise ConfigError(option, "is empty; give a folder or file (an empty path would mean the "
                                      "current folder)", source="command line")


def _paths_for_scripts() -> None:
    """The last stdout line is a path a script uses: a folder name that is not UTF-8 is written as
    its own bytes, as the shell gave it, instead of failing."""
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="surrogateescape")


# The producer's tools beside the bulletin run (cli_tools.py), in the order --help lists them.
app.command("normalize")(cli_tools.normalize_command)
app.command("check")(cli_tools.check_command)
app.command("history")(cli_tools.history_command)
app.add_typer(cli_tools.voices_app, name="voices")


GRACE_SECONDS = 5.0  # after a signal, the run has this long to clean up, then the process ends anyway
_told: list[int] = []  # the interrupted line was printed (for this signal)


def _interrupted(signum: int) -> Stopped:
    """The one line for a run stopped by a signal; its exit status is the shell's 128 + signal."""
    _told.append(signum)
    return Stopped(signum)


def _stop_now(signum: int, why: str) -> None:
    """End the process now, from any thread and whatever the others hold: no logging or print (their
    locks may be held by the stuck thread), one line written straight to stderr and the log file."""
    line = f"make-bulletin: error: interrupted ({signal.Signals(signum).name}), stopped at once: {why}\n"
    targets = [2, *(getattr(h, "stream", None) for h in logging.getLogger("bulletin.file").handlers)]
    for target in targets:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.write(target if isinstance(target, int) else target.fileno(), line.encode())
    os._exit(128 + signum)


# Process-wide settings of the libraries below, made where the process starts (importing bulletin
# changes nothing) and before numpy is imported: both are read when it loads. A value already in the
# environment is kept.
PROCESS_ENVIRONMENT = {
    # numpy's BLAS would start a thread per core at import and spin them; its matrix products here are
    # small, and the second core is the encoder's.
    "OPENBLAS_NUM_THREADS": "1",
    # numpy asks the kernel for 2 MB pages for every array over 4 MB; where the kernel then compacts
    # memory on the fault (defrag=madvise, as here), writing a fresh array stalls. A bulletin writes
    # each big array about once, so small pages are faster: mixing a 3-minute programme took 0.04-0.20 s
    # with huge pages and 0.06 s steadily without (whole run, 15 interleaved rounds: 1.80 -> 1.72 s).
    "NUMPY_MADVISE_HUGEPAGE": "0",
}


def main() -> None:
    for name, value in PROCESS_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    # SIGTERM (systemd's stop or timeout, kill) and SIGINT (Ctrl-C) unwind the run like an error; the
    # process ends GRACE_SECONDS after the first signal whatever it is doing, at once on a second one.
    interrupts.install(_stop_now, GRACE_SECONDS)
    _paths_for_scripts()
    try:
        app()
    except SystemExit as done:
        if done.code not in (None, 0) and not interrupts.received():
            raise
    except KeyboardInterrupt:  # stopped before or after the command's own handler: said below
        pass
    if interrupts.received():
        _exit_interrupted(interrupts.received())
    # Done, and everything written, committed and closed: skip the interpreter's teardown, freeing
    # every module and the programme's arrays (measured after a 3-minute bulletin: 75-126 ms from the
    # end of main to the exit, 6-13 ms with os._exit). Only on success; an error exits normally.
    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # stdout closed early (`| head`): the normal exit reports it
        return
    os._exit(EXIT_OK)


def _exit_interrupted(signum: int) -> None:
    """After a signal the run has unwound (temp files gone): end without waiting for any thread."""
    if signum not in _told:  # stopped outside the bulletin command, or the signal was swallowed
        stopped = _interrupted(signum)
        logging.getLogger("bulletin.file").error(f"{stopped} (exit {stopped.exit_code})")
        print(f"make-bulletin: error: {stopped}", file=sys.stderr)
    logging.shutdown()
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(128 + signum)

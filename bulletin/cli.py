"""The command line: the only place that prints and exits.

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

from bulletin import interrupts
from bulletin.errors import BulletinError, Stopped

EXIT_OK, EXIT_ERROR, EXIT_RUNNING, EXIT_PARTIAL = 0, 1, 3, 4
CHECK_LABELS = {"ok": "ok  ", "warn": "WARN", "fail": "FAIL"}

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


def _fail(err: BaseException, verbose: bool) -> typer.Exit:
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
        raise _fail(err, verbose) from None
    except KeyboardInterrupt as err:
        raise _fail(_interrupted(getattr(err, "signum", signal.SIGINT)), verbose) from None
    raise typer.Exit(_told_made(result, quiet))


def _make_bulletin(options: dict):
    """A bulletin run with the command line's options (the `make` parameters by name); returns what
    the pipeline made, kept or skipped."""
    from bulletin.config import load_config
    from bulletin.pipeline import Request, make_bulletin
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
        return _note(result.note, EXIT_OK, quiet)
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
    code = _note(note, EXIT_PARTIAL if kept.failed else EXIT_OK, quiet)
    print(kept.path)
    return code


def _note(note: str, code: int, quiet: bool) -> int:
    """A note on stderr (not with -q) for an outcome that is no error: kept, skipped, no history
    yet; the log file has it with the exit code. Returns the code."""
    from bulletin.station.logs import to_file_only
    from bulletin.text.controls import escape_controls

    to_file_only(logging.INFO if code == EXIT_OK else logging.ERROR, f"{note} (exit {code})")
    if not quiet:
        print(f"make-bulletin: note: {escape_controls(note)}", file=sys.stderr)
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


@app.command("normalize")
def normalize_command(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(
        help="Text to turn into spoken form. '-' or nothing: read standard input, one output line "
             "per input line.")] = None,
    voice: Annotated[str, typer.Option(
        "--voice", metavar="NAME",
        help="Apply this voice's pronunciation lexicon first, as the bulletin does: an "
             "engine (espeak, gtts, piper; its profile from the [voices] setting) or a profile "
             "name (de-espeak). Default: no lexicon, the rules only.")] = None,
    trace: Annotated[bool, typer.Option(
        "--trace", help="Also show on stderr each rule that changed the text, in order.")] = False,
) -> None:
    """Print the spoken form of German text: numbers, dates, times, money, units, abbreviations as
    words, and with --voice the voice's lexicon (acronyms, names)."""
    from bulletin.speech.normalize import normalize
    from bulletin.speech.normalize import trace as trace_steps

    lexicon = None
    if voice:
        try:
            from bulletin.config import load_config
            from bulletin.speech.voices import load_voice

            settings, _ = load_config(ctx.obj["config"])
            lexicon = load_voice(settings.voices.get(voice, voice), settings.voices_dir).lexicon
        except BulletinError as err:
            raise _fail(err, ctx.obj["verbose"]) from None
    lines = [text] if text is not None and text != "-" else (line.rstrip("\n") for line in sys.stdin)
    for line in lines:
        if trace:
            for rule, changed in trace_steps(line, lexicon):
                print(f"{rule:>16}: {changed}", file=sys.stderr)
        print(normalize(line, lexicon))


@app.command("check")
def check_command(
    ctx: typer.Context,
    config: Annotated[Path, typer.Option(
        "--config", "-c", metavar="FILE", help="Settings file. Default: ./bulletin.toml if present.")] = None,
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="DIR",
        help="Output folder to check. Default: the `output` setting.")] = None,
    playout: Annotated[list[str], typer.Option(
        "--playout", metavar="DIR",
        help="Also check this playout folder (besides [[delivery]]). Repeatable.")] = None,
) -> None:
    """Check everything an unattended hourly run needs, one line each: settings, templates,
    jingles, ffmpeg, voices (the online one with a short timeout), output and playout folders,
    free disk space, the history database, the lock, the log file. Exit 1 when something needed
    is broken; WARN lines are worth a look but do not stop the bulletin."""
    from bulletin.station.checks import run_checks

    problems = 0
    for status, line in run_checks(config or ctx.obj["config"], output or ctx.obj.get("output"),
                                   [*(ctx.obj.get("playout") or []), *(playout or [])]):
        print(f"{CHECK_LABELS[status]} {line}")
        problems += status == "fail"
    if problems:
        print(f"make-bulletin: error: {problems} check(s) failed", file=sys.stderr)
        raise typer.Exit(EXIT_ERROR)


@app.command("history")
def history_command(
    ctx: typer.Context,
    config: Annotated[Path, typer.Option(
        "--config", "-c", metavar="FILE", help="Settings file. Default: ./bulletin.toml if present.")] = None,
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="DIR", help="Output folder whose history to show. Default: the `output` "
                               "setting.")] = None,
    runs: Annotated[int, typer.Option(
        "--runs", "-n", min=1, max=100_000, help="How many of the latest air hours to list.")] = 12,
) -> None:
    """List the latest runs (air hour, status, voice, file) and the items each one aired, marked
    new, changed, priority or repeat."""
    from bulletin.config import load_config
    from bulletin.station.history import default_path, opened
    from bulletin.text.controls import escape_controls

    try:
        settings, _ = load_config(config or ctx.obj["config"], {"output": output or ctx.obj.get("output")})
        path = Path(settings.history_db) if settings.history_db else default_path(settings.output)
        if not path.exists():
            raise typer.Exit(_note(f"{path}: no history yet (the first bulletin run writes it)", EXIT_OK,
                                   quiet=False))
        with opened(path) as history:
            listed = history.runs(runs)
    except BulletinError as err:
        raise _fail(err, ctx.obj["verbose"]) from None
    for run in listed:
        counts = f"{len(run.items)} item{'s' * (len(run.items) != 1)}" if run.status != "skipped" else ""
        aired = "" if run.delivered else "  NOT DELIVERED"
        fields = [run.air_local.replace("T", " ")[:16], f"{run.status:<7}", counts, run.engine,
                  Path(run.audio).name if run.audio else run.note]
        print(escape_controls("  ".join(f for f in fields if f) + aired))
        for item in run.items:
            source = f" ({item.source})" if item.source else ""
            print(escape_controls(f"    {item.verdict or '-':<8} {item.title}{source}"))


voices_app = typer.Typer(help="Voice profiles: list them and whether each can speak here, download a "
                                "Piper voice, hear a line.")
app.add_typer(voices_app, name="voices")
VOICES_CONFIG = typer.Option("--config", "-c", metavar="FILE",
                             help="Settings file. Default: ./bulletin.toml if present.")


def _settings(ctx: typer.Context, config: Path | None):
    from bulletin.config import load_config

    try:
        return load_config(config or ctx.obj["config"])[0]
    except BulletinError as err:
        raise _fail(err, ctx.obj["verbose"]) from None


@voices_app.callback(invoke_without_command=True)
def voices_command(
    ctx: typer.Context,
    config: Annotated[Path, VOICES_CONFIG] = None,
    offline_engine: Annotated[bool, typer.Option(
        "--offline-engine", help="Print only the best offline engine that can speak here: piper when "
                                 "its voice is installed, else espeak.")] = False,
) -> None:
    """List the voice profiles: engine, whether each can speak here (and why not), where the settings
    use it; then the Piper voices installed and the order `auto` tries."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = {**ctx.obj, "config": config or ctx.obj["config"]}
        return
    from bulletin.speech.piper_voices import data_dir, installed
    from bulletin.speech.voice_tools import list_profiles
    from bulletin.speech.voice_tools import offline_engine as best_offline

    settings = _settings(ctx, config)
    if offline_engine:
        print(best_offline(settings))
        return
    for entry in list_profiles(settings):
        roles = f" [{', '.join(entry.roles)}]" if entry.roles else ""
        print(f"{entry.name:<14} {entry.engine:<7} {entry.usable:<7} {entry.note}{roles}")
    voices = ", ".join(f"{v.name} ({v.problem or f'{v.sample_rate} Hz, {v.speakers} speaker(s)'})"
                       for v in installed())
    print(f"Piper voices in {data_dir()}: {voices or 'none (make-bulletin voices download NAME)'}")
    print(f"auto tries: {', '.join(settings.engines)} (the engines setting)")


@voices_app.command("download")
def voices_download(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="Voice name from Piper's voice list, e.g. "
                                                             "de_DE-thorsten-medium.")],
    max_mb: Annotated[int, typer.Option("--max-mb", min=1, help="Refuse files larger than this.")] = 250,
    deadline: Annotated[float, typer.Option("--deadline", min=1.0, help="Seconds allowed for each "
                                                                        "file.")] = 1800.0,
) -> None:
    """Download a Piper voice (.onnx, .onnx.json, MODEL_CARD) over https from Piper's voice list
    (or the `voice_download_url` mirror) into $XDG_DATA_HOME/bulletin/voices, checked against the
    list's size and MD5. Prints the path of the voice file."""
    from bulletin.speech.piper_download import DEFAULT_URL, Limits, download_voice
    from bulletin.speech.piper_voices import CARD_SUFFIX, data_dir

    settings = _settings(ctx, None)
    limits = Limits(timeout=settings.fetch_timeout, deadline=deadline, max_bytes=max_mb * 1_000_000)
    try:
        done = download_voice(name, data_dir(), settings.voice_download_url or DEFAULT_URL, limits,
                              tuple(settings.allow_networks))
    except BulletinError as err:
        raise _fail(err, ctx.obj["verbose"]) from None
    card = next((p for p in (*done.written, *done.kept) if p.name.endswith(CARD_SUFFIX)), None)
    print(f"{done.voice.key}: {len(done.written)} file(s) fetched, {len(done.kept)} already there"
          + (f"; licence and origin in {card}" if card else ""), file=sys.stderr)
    print(data_dir() / f"{done.voice.key}.onnx")


@voices_app.command("try")
def voices_try(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="Profile (de-piper), engine (piper: its "
                                                             "profile from [voices]) or an installed "
                                                             "Piper voice.")],
    text: Annotated[str, typer.Argument(metavar="TEXT", help="What to say (normalized and read with the "
                                                             "voice's lexicon, as in a bulletin).")],
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE",
                                         help="A .wav, .mp3, .ogg or .flac file. Default: "
                                              "./<name>-try.wav")] = None,
) -> None:
    """Speak a line with a voice into a short WAV, MP3, Ogg or FLAC file to listen to; prints its path."""
    from bulletin.speech.voice_tools import try_voice

    try:
        done = try_voice(name, text, output or Path(f"{name}-try.wav"), _settings(ctx, None))
    except BulletinError as err:
        raise _fail(err, ctx.obj["verbose"]) from None
    print(f"{done.profile}: {done.seconds:.1f} s: {done.spoken}", file=sys.stderr)
    print(done.path)


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

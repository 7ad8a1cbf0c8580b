"""The producer's tools beside the bulletin run: `normalize`, `check`, `history` and `voices`.

Part of the command line (cli.py registers these commands on its app, in the order --help lists them);
like it, they print and exit, and import what they use inside the command so `--help` answers at once.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from bulletin.cli_exit import EXIT_ERROR, EXIT_OK, failed, noted
from bulletin.errors import BulletinError

CHECK_LABELS = {"ok": "ok  ", "warn": "WARN", "fail": "FAIL"}


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
            raise failed(err, ctx.obj["verbose"]) from None
    lines = [text] if text is not None and text != "-" else (line.rstrip("\n") for line in sys.stdin)
    for line in lines:
        if trace:
            for rule, changed in trace_steps(line, lexicon):
                print(f"{rule:>16}: {changed}", file=sys.stderr)
        print(normalize(line, lexicon))


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
            raise typer.Exit(noted(f"{path}: no history yet (the first bulletin run writes it)", EXIT_OK,
                                   quiet=False))
        with opened(path) as history:
            listed = history.runs(runs)
    except BulletinError as err:
        raise failed(err, ctx.obj["verbose"]) from None
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
VOICES_CONFIG = typer.Option("--config", "-c", metavar="FILE",
                             help="Settings file. Default: ./bulletin.toml if present.")


def _settings(ctx: typer.Context, config: Path | None):
    from bulletin.config import load_config

    try:
        return load_config(config or ctx.obj["config"])[0]
    except BulletinError as err:
        raise failed(err, ctx.obj["verbose"]) from None


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
        raise failed(err, ctx.obj["verbose"]) from None
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
        raise failed(err, ctx.obj["verbose"]) from None
    print(f"{done.profile}: {done.seconds:.1f} s: {done.spoken}", file=sys.stderr)
    print(done.path)

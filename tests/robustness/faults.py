"""Faults: the world failing around a run. Expected each time: a bulletin with a fallback, or a clean
failure (one line, non-zero exit) with the previous bulletin intact and nothing half-written."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bulletin.sound.audio import ffmpeg_exe
from tests.robustness.harness import (
    HOUR,
    NAME,
    Case,
    Outcome,
    Station,
    all_of,
    cache_of_previous,
    decodes,
    good_article_on_air,
    named_on_stderr,
)

CLOSED = "http://127.0.0.1:9/batchexecute"
FAST_GTTS = {"BULLETIN_GTTS_TIMEOUT": "1", "BULLETIN_GTTS_RETRIES": "2", "BULLETIN_GTTS_DEADLINE": "6"}


def fell_back(station: Station, outcome: Outcome) -> str | None:
    manifest = outcome.manifest or {}
    return all_of(good_article_on_air(outcome),
                  None if manifest.get("engine") == "espeak" else f"engine {manifest.get('engine')}",
                  None if any("gtts" in w for w in manifest.get("warnings", [])) else "no warning about gtts",
                  None if outcome.seconds < 30 else f"took {outcome.seconds:.0f} s")


def clean_failure(*words: str):
    """Non-zero exit, one line saying what happened, previous bulletin untouched (checked generally)."""

    def check(station: Station, outcome: Outcome) -> str | None:
        if outcome.exit_code in (0, None):
            return f"expected a non-zero exit, got {outcome.exit_code}"
        lines = [line for line in outcome.error_lines if "error" in line.lower()]
        if len(lines) != 1:
            return f"expected one error line, got {outcome.error_lines}"
        missing = [w for w in words if w.lower() not in lines[0].lower()]
        return f"the line does not mention {missing}: {lines[0]}" if missing else None
    return check


def gtts_against(answer, engine: str = "auto", **settings: str):
    """A local stand-in for Google (tests/test_gtts_engine.py's FakeGoogle) that always answers with
    `answer` (a FakeGoogle plan step, or a function making one), the online voice pointed at it."""
    from tests.test_gtts_engine import FakeGoogle, _serve

    def run(station: Station) -> Outcome:
        server = FakeGoogle(b"")
        server.default = answer() if callable(answer) else answer
        serving = _serve(server)
        next(serving)
        try:
            env = {**FAST_GTTS, **settings, "BULLETIN_GTTS_ENDPOINT": server.url}
            return station.make("--engine", engine, env=env)
        finally:
            with contextlib.suppress(StopIteration):
                next(serving)
    return run


def _truncated_mp3() -> tuple:
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "sine=f=440:d=1:sample_rate=24000",
                          "-c:a", "libmp3lame", "-b:a", "32k", "-f", "mp3", "-"], capture_output=True,
                         check=True).stdout
    return ("audio", raw[: len(raw) // 2 + 7])


def _fake_ffmpeg(station: Station, script: str) -> dict[str, str]:
    folder = station.root / "fakebin"
    folder.mkdir()
    fake = folder / "ffmpeg"
    fake.write_text("#!/bin/sh\n" + script + "\n")
    fake.chmod(0o755)
    return {"PATH": f"{folder}:/usr/bin:/bin", "IMAGEIO_FFMPEG_EXE": str(fake)}


def _no_ffmpeg(station: Station) -> Outcome:
    return station.make(env={"PATH": "/nonexistent", "IMAGEIO_FFMPEG_EXE": str(station.root / "no-ffmpeg")})


def _failing_ffmpeg(station: Station) -> Outcome:
    return station.make(env=_fake_ffmpeg(station, "echo 'ffmpeg: simulated failure' >&2; exit 1"))


def _corrupt_jingle(station: Station) -> Outcome:
    jingle = station.root / "jingle.mp3"
    jingle.write_bytes(b"ID3\x03\x00\x00\x00\x00\x00\x00" + os.urandom(4000))
    return station.make(env={"BULLETIN_JINGLES__INTRO": str(jingle)})


def _corrupt_jingle_check(station: Station, outcome: Outcome) -> str | None:
    return all_of(good_article_on_air(outcome), named_on_stderr(outcome, "jingle.mp3"))


def _corrupt_cache(station: Station) -> Outcome:
    cache_of_previous(station)  # every clip of the good article, as a first run leaves them
    entries = [p for p in (station.root / "cache").rglob("*") if p.is_file()]
    for number, path in enumerate(entries):
        path.write_bytes(b"" if number % 2 else path.read_bytes()[: len(path.read_bytes()) // 3])
    return station.make()


def _corrupt_cache_check(station: Station, outcome: Outcome) -> str | None:
    return all_of(good_article_on_air(outcome), None if decodes(station.mp3) else "the MP3 does not decode")


@contextlib.contextmanager
def _small_disk(folder: Path, size: str):
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True,
                   capture_output=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _can_mount() -> str | None:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return "needs root to mount a small tmpfs"
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bulletin-mount-probe-") as folder:
        try:
            with _small_disk(Path(folder) / "disk", "64k"):
                return None
        except (subprocess.CalledProcessError, OSError) as err:
            return f"cannot mount a tmpfs here ({err})"


def _disk_full(station: Station) -> Outcome:
    out = station.root / "full"
    with _small_disk(out, "600k"):
        for name in (f"{NAME}.mp3", f"{NAME}.json"):  # the previous bulletin lives on the full disk
            shutil.copyfile(station.out / name, out / name)
        (out / "ballast").write_bytes(b"\0" * (600 * 1024 - (out / f"{NAME}.mp3").stat().st_size - 60_000))
        outcome = station.run("-i", str(station.inbox), "-o", str(out), "--hour", HOUR, "--engine", "espeak",
                              "--force")
        station.disk_report = {  # what was on the full disk after the run, for the check
            "mp3_decodes": decodes(out / f"{NAME}.mp3"),
            "same_mp3": (out / f"{NAME}.mp3").read_bytes() == (station.out / f"{NAME}.mp3").read_bytes(),
            "visible": sorted(p.name for p in out.iterdir() if not p.name.startswith(".")),
        }
    return outcome


def _disk_full_check(station: Station, outcome: Outcome) -> str | None:
    report = station.disk_report
    return all_of(clean_failure("space")(station, outcome),
                  None if report["same_mp3"] and report["mp3_decodes"] else "the previous bulletin was damaged",
                  None if report["visible"] == ["ballast", f"{NAME}.json", f"{NAME}.mp3"]
                  else f"left behind: {report['visible']}")


def _read_only_output(station: Station) -> Outcome:
    station.out.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    try:
        return station.make(as_plain_user=True)
    finally:
        station.out.chmod(0o755)


def _playout(kind: str):
    def run(station: Station) -> Outcome:
        good = station.root / "playout-ok"
        good.mkdir()
        bad = station.root / "playout-bad"
        if kind == "read-only":
            bad.mkdir(mode=0o555)
        outcome = station.make("--playout", str(bad), "--playout", str(good), as_plain_user=kind == "read-only")
        station.playout_ok = (good / f"{NAME}.mp3").is_file() and decodes(good / f"{NAME}.mp3")
        return outcome
    return run


def _playout_check(station: Station, outcome: Outcome) -> str | None:
    return all_of(None if outcome.exit_code == 4 else f"exit {outcome.exit_code}, expected 4",
                  named_on_stderr(outcome, "playout-bad"),
                  None if station.playout_ok else "the working playout folder did not get its copy",
                  None if decodes(station.mp3) else "no bulletin in the output folder")


def _concurrent(count: int):
    """`count` runs for the same hour at once (the station's lock_wait is 0), each a process of its own."""
    def run(station: Station) -> Outcome:
        with ThreadPoolExecutor(count - 1) as others:
            started = [others.submit(station.make, "-q") for _ in range(count - 1)]
            last = station.make("-q")
            results = [other.result() for other in started]
        station.codes = sorted((o.exit_code for o in [last, *results]), key=str)  # None: killed at its timeout
        station.others_err = [o.stderr for o in results]
        return last
    return run


def _concurrent_check(station: Station, outcome: Outcome) -> str | None:
    codes = station.codes
    if not set(codes) <= {0, 3} or 0 not in codes:
        return f"exit codes {codes} (expected 0 for the run that made it, 0 or 3 for the others)"
    refused = [err for err in station.others_err + [outcome.stderr] if "already running" in err]
    if codes.count(3) != len(refused):
        return "a refused run did not say 'already running'"
    return None if decodes(station.mp3) else "the bulletin does not decode"


STAGES = ("ingest", "speak", "mix", "master", "deliver")


def _kill_at(stage: str):
    def run(station: Station) -> Outcome:
        marker = f"stage: {stage}"
        return station.make("-v", "--playout", str(_mkdir(station.root / "playout")),
                            kill_when=lambda err: marker in err)
    return run


def _mkdir(path: Path) -> Path:
    path.mkdir(exist_ok=True)
    return path


def _killed_check(station: Station, outcome: Outcome) -> str | None:
    if outcome.exit_code is not None and outcome.exit_code >= 0:
        return f"the run was not killed (exit {outcome.exit_code}): the stage marker never appeared"
    playout = [p for p in (station.root / "playout").iterdir() if not p.name.startswith(".")]
    if any(not decodes(p) for p in playout if p.suffix == ".mp3"):
        return "a half file in the playout folder"
    return None


CASES = [
    Case("online voice: no network (port closed)", "falls back to espeak, says why",
         lambda s: s.make("--engine", "auto", env={**FAST_GTTS, "BULLETIN_GTTS_ENDPOINT": CLOSED}), fell_back),
    Case("online voice: DNS failure", "falls back to espeak, says why",
         lambda s: s.make("--engine", "auto", env={**FAST_GTTS, "BULLETIN_GTTS_ENDPOINT":
                                                   "http://bulletin-voice.invalid/batchexecute"}), fell_back),
    Case("online voice: a storm of 429s", "retries within the deadline, then espeak",
         gtts_against(("status", 429, {"Retry-After": "1"})), fell_back),
    Case("online voice: 5xx", "retries, then espeak", gtts_against(("status", 503, {})), fell_back),
    Case("online voice: server hangs", "timeouts hold, then espeak", gtts_against(("hang",), BULLETIN_GTTS_RETRIES="1"), fell_back,
         timeout=60),
    Case("online voice: truncated MP3", "rejected, then espeak", gtts_against(_truncated_mp3), fell_back),
    Case("online voice only, unreachable", "exit 1, one line, no new bulletin",
         lambda s: s.make("--engine", "gtts", env={**FAST_GTTS, "BULLETIN_GTTS_ENDPOINT": CLOSED}),
         clean_failure("gtts")),
    Case("ffmpeg missing", "exit 1, one line naming ffmpeg, previous kept", _no_ffmpeg, clean_failure("ffmpeg")),
    Case("ffmpeg failing", "exit 1, one line naming ffmpeg, previous kept", _failing_ffmpeg,
         clean_failure("ffmpeg")),
    Case("corrupt jingle", "built-in chime instead, named", _corrupt_jingle, _corrupt_jingle_check),
    Case("corrupt cache entries", "ignored and made afresh", _corrupt_cache, _corrupt_cache_check),
    Case("disk full (ENOSPC)", "exit 1, one line, previous bulletin intact, no leftovers", _disk_full,
         _disk_full_check, skip=_can_mount),
    Case("output folder read-only", "exit 1, one line naming it, previous kept", _read_only_output,
         clean_failure("out")),
    Case("playout folder missing", "the others get theirs; exit 4, named", _playout("missing"), _playout_check),
    Case("playout folder read-only", "the others get theirs; exit 4, named", _playout("read-only"),
         _playout_check),
    *(Case(f"kill -9 during {stage}", "no half file anywhere, previous bulletin intact", _kill_at(stage),
           _killed_check) for stage in STAGES),
    Case("two runs at once", "one makes it, the other waits or says 'already running'", _concurrent(2),
         _concurrent_check),
    Case("ten runs at once", "one makes it, the others wait or say 'already running'", _concurrent(10),
         _concurrent_check, timeout=120),
]

#!/usr/bin/env python3
"""What the hourly machinery costs, with a year of history and files behind it.

Prints medians (several repeats; the machine is shared, so single timings are noisy) and ratios to
the targets: the repeat filter against a year of runs, recording a run, the decode check of a
2.5-minute bulletin per delivery, a retention scan over a year of bulletins in the ledger of
written files (each checked to be still the file written), the speech-cache cap
over 20,000 entries, and how fast a second run gives up with exit 3 when the lock is held.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from timing import median_seconds  # scripts/timing.py

from bulletin.sound.audio import run_ffmpeg
from bulletin.station.deliver import Target, decodes, deliver_all
from bulletin.station.history import History, verdict
from bulletin.station.ledger import FileId, Ledger
from bulletin.station.retention import cap_cache, remove_old

HOURS = 24 * 365
ITEMS = 6
BIN = Path(sys.executable).parent / "make-bulletin"


def report(what: str, seconds: float, target: float) -> None:
    print(f"{what}: median {seconds * 1000:.1f} ms; target {target * 1000:.0f} ms, "
          f"ratio {seconds / target:.2f}")


def bench_history(folder: Path) -> None:
    history = History(folder / "history.sqlite")
    start = datetime(2025, 11, 27, tzinfo=UTC)
    text = ("Der Stadtrat von Beispielstadt hat am Dienstag den Bau eines neuen Radwegs beschlossen. "
            "Die Strecke soll {n} Kilometer lang werden, sagte die Bürgermeisterin.")
    with history.db:  # one transaction for the year: setting up, not what is measured
        for hour in range(HOURS):
            air = start + timedelta(hours=hour)
            items = [(f"Meldung {hour}-{i}", "dpa", text.format(n=hour * ITEMS + i), "new")
                     for i in range(ITEMS)]
            history.record(air, "made", items)
    now = start + timedelta(hours=HOURS)
    size = (folder / "history.sqlite").stat().st_size / 1e6

    def choose():
        aired = history.aired_since(now, 6)
        for i in range(ITEMS):
            verdict(f"Meldung {HOURS - 1}-{i}", text.format(n=(HOURS - 1) * ITEMS + i), 0, aired)

    report(f"repeat filter, {ITEMS} items against {HOURS} runs ({size:.1f} MB database)",
           median_seconds(choose), 0.05)
    counter = iter(range(100))

    def record():
        history.record(now + timedelta(hours=next(counter)), "made",
                       [(f"Neu {i}", "dpa", text.format(n=i), "new") for i in range(ITEMS)])

    report("recording one run", median_seconds(record), 0.05)
    history.close()


def bench_delivery(folder: Path) -> None:
    mp3 = folder / "nachrichten_2026-11-27_1400.mp3"
    run_ffmpeg(["-f", "lavfi", "-i", "sine=frequency=440:duration=150", "-ac", "2", "-c:a", "libmp3lame",
                "-b:a", "128k", str(mp3)])
    report(f"decode check of a 150 s bulletin ({mp3.stat().st_size / 1e6:.1f} MB)",
           median_seconds(lambda: decodes(mp3)), 1.0)
    targets = []
    for n in range(3):
        (folder / f"p{n}").mkdir()
        targets.append(Target(str(folder / f"p{n}"), "nachrichten.mp3", "copy" if n else "link"))
    air = datetime(2026, 11, 27, 14, tzinfo=UTC)
    report("delivery to 3 folders (1 link, 2 copies compared byte for byte)",
           median_seconds(lambda: deliver_all(mp3, targets, air, "x", checked=True)), 2.0)


def bench_retention(folder: Path) -> None:
    out = folder / "out"
    out.mkdir()
    start = datetime(2025, 11, 27, tzinfo=UTC)
    ledger = Ledger(out)
    for hour in range(HOURS):  # a year of bulletins and manifests, each noted by its run
        air = start + timedelta(hours=hour)
        written = []
        for suffix in (".mp3", ".json"):
            path = out / f"nachrichten_{air:%Y-%m-%d_%H}00{suffix}"
            path.touch()
            written.append((FileId.of(path), "output"))
        ledger.record(air, written)
    report(f"retention scan of {2 * HOURS} files in the ledger, nothing old", median_seconds(
        lambda: remove_old(ledger, 400 * 24 * 3600.0)), 1.0)
    ledger.close()
    cache = folder / "cache"
    for n in range(20_000):
        path = cache / f"{n % 256:02x}" / f"{n:064x}.wav"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 100)
    report("speech-cache cap over 20,000 entries (under the cap)",
           median_seconds(lambda: cap_cache(cache, 10**9), runs=3), 1.0)


def bench_lock(folder: Path) -> None:
    code = ("import time\nfrom pathlib import Path\nfrom bulletin.station.lock import output_lock\n"
            f"with output_lock(Path({str(folder)!r}), 0):\n"
            "    print('held', flush=True)\n    time.sleep(120)\n")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    holder.stdout.readline()
    inbox = folder / "inbox"
    inbox.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETIN_")}
    env["BULLETIN_LOCK_WAIT"] = "0"

    def second_run():
        done = subprocess.run([str(BIN), "-i", str(inbox), "-o", str(folder), "-q"], env=env,
                              capture_output=True)
        assert done.returncode == 3, done.stderr

    report("a second run giving up with exit 3 (whole process)", median_seconds(second_run), 1.0)
    holder.kill()
    holder.wait()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for name, bench in (("history", bench_history), ("delivery", bench_delivery),
                            ("retention", bench_retention), ("lock", bench_lock)):
            (base / name).mkdir()
            bench(base / name)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""How long a whole bulletin takes, against a bare ffmpeg LAME encode of the same audio.

    python scripts/bench_bulletin.py [--runs 5] [--corpus DIR]

Builds a 5-article, about 3-minute bulletin with the offline voice (espeak-ng) through the real
`make-bulletin` command, with an empty speech cache ("cold": every clip synthesized; the codec's
measured level loss stays remembered, as it does from hour to hour) and with a filled one ("warm"),
and times `ffmpeg -f f32le -i ... -c:a libmp3lame -b:a 128k` on the decoded audio
of that bulletin. Runs are interleaved so a busy machine slows all of them alike; medians are
reported. Target (issue 4): the cold bulletin at most 1.5x the bare encode, peak memory <= 300 MB.

The articles are the bundled samples; with --corpus, the first five Wikinews articles of the shared
corpus (../shared/corpus) are used instead, when it is there.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent / "make-bulletin"
SAMPLES = ROOT / "bulletin" / "assets" / "samples"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
TARGET_RATIO, TARGET_MB = 1.5, 300
HOUR = "2026-11-27T14"


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (with its children) and peak resident memory (MB, the largest of the
    command and its children) of one command."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode(errors='replace')}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def corpus_inbox(corpus: Path, inbox: Path) -> bool:
    """Five Wikinews articles of the corpus (already headline, blank line, body), linked into `inbox`."""
    files = sorted((corpus / "articles").glob("wikinews_de_*.txt"))[:5]
    for path in files:
        (inbox / path.name).symlink_to(path)
    return len(files) == 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, nargs="?", const=DEFAULT_CORPUS, default=None,
                        help=f"use five Wikinews articles of the corpus instead (default {DEFAULT_CORPUS})")
    args = parser.parse_args()
    from bulletin.sound.audio import ffmpeg_exe

    # the command as a regular install has it: byte-compiled (an editable install is not, and where
    # PYTHONDONTWRITEBYTECODE is set every run would compile the package again)
    compileall.compile_dir(ROOT / "bulletin", quiet=1)

    with tempfile.TemporaryDirectory(prefix="bench-bulletin-") as folder:
        work = Path(folder)
        inbox = SAMPLES
        if args.corpus is not None:
            inbox = work / "inbox"
            inbox.mkdir()
            if not corpus_inbox(args.corpus, inbox):
                print(f"corpus at {args.corpus} not usable; using the bundled samples")
                inbox = SAMPLES
        env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETIN_")}
        env.update(BULLETIN_ITEM_SECONDS="34", BULLETIN_MAX_ITEMS="5", BULLETIN_ENGINE="espeak")
        out = work / "out"
        cmd = [str(BIN), "-i", str(inbox), "-o", str(out), "--hour", HOUR, "--force", "-q"]

        def bulletin(cold: bool) -> tuple[float, float, float]:
            cache = work / "cache"
            if cold:  # every clip spoken afresh; LAME's measured level loss is kept, as on a station
                for entry in (cache / "bulletin" / "speech").glob("*/"):
                    shutil.rmtree(entry)
            return timed(cmd, {**env, "XDG_CACHE_HOME": str(cache)})

        bulletin(cold=True)  # first run: file caches, the codec probe
        mp3 = next(out.glob("*.mp3"))
        manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
        raw = work / "programme.f32"
        subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(mp3), "-f", "f32le", "-y", str(raw)],
                       check=True)
        bare_cmd = [ffmpeg_exe(), "-v", "error", "-f", "f32le", "-ar", "44100", "-ac", "2", "-i", str(raw),
                    "-c:a", "libmp3lame", "-b:a", "128k", "-f", "mp3", "-y", str(work / "bare.mp3")]
        bare, cold, warm = [], [], []
        for _ in range(args.runs):
            bare.append(timed(bare_cmd))
            cold.append(bulletin(cold=True))
            warm.append(bulletin(cold=False))

    memory = max(run[2] for run in cold + warm)
    (bare_s, cold_s, warm_s), (bare_cpu, cold_cpu, warm_cpu) = (
        [statistics.median(run[i] for run in runs) for runs in (bare, cold, warm)] for i in (0, 1))
    bare, cold, warm = ([run[0] for run in runs] for runs in (bare, cold, warm))
    print(f"bulletin: {len(manifest['items'])} items, {manifest['duration_s']:.1f} s of audio, "
          f"{manifest['loudness_lufs']} LUFS, {manifest['true_peak_dbtp']} dBTP, 128 kbps stereo 44.1 kHz")
    print(f"bare ffmpeg LAME encode of the same audio: median {bare_s:.2f} s "
          f"(min {min(bare):.2f}, max {max(bare):.2f}) over {args.runs} runs; CPU {bare_cpu:.2f} s")
    # each bulletin against the bare encode of its own round: a machine whose load drifts during
    # the bench moves both alike
    paired = sorted(c / b for c, b in zip(cold, bare, strict=True))
    print(f"make-bulletin, empty speech cache:  median {cold_s:.2f} s (min {min(cold):.2f}, "
          f"max {max(cold):.2f}); ratio {cold_s / bare_s:.2f} (target <= {TARGET_RATIO}); "
          f"CPU {cold_cpu:.2f} s")
    print(f"  ratio per round (bulletin / bare encode just before it): median "
          f"{statistics.median(paired):.2f}, min {paired[0]:.2f}, max {paired[-1]:.2f}")
    print(f"make-bulletin, filled speech cache: median {warm_s:.2f} s (min {min(warm):.2f}, "
          f"max {max(warm):.2f}); ratio {warm_s / bare_s:.2f}; CPU {warm_cpu:.2f} s")
    print(f"peak memory of make-bulletin: {memory:.0f} MB (target <= {TARGET_MB} MB)")
    print(f"load average while measuring: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    if cold_s / bare_s > TARGET_RATIO or memory > TARGET_MB:
        print("above target (on a shared machine, run again before drawing conclusions)")


if __name__ == "__main__":
    main()

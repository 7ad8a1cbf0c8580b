#!/usr/bin/env python3
"""How fast `make-bulletin --help` answers (target: median <= 0.25 s).

The audio and speech stacks (numpy, scipy, espeak-ng, onnxruntime) must not be imported for --help; this
prints the median and worst of several cold process starts, and which heavy modules got imported.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 9
TARGET = 0.25
BIN = Path(sys.executable).parent / "make-bulletin"
HEAVY = ("numpy", "scipy", "espeakng_loader", "onnxruntime", "jinja2", "num2words", "requests", "gtts",
         "mutagen", "pydantic")


def main() -> None:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([str(BIN), "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    probe = subprocess.run(
        [sys.executable, "-c",
         "import sys, bulletin.cli as c\n"
         "try:\n    c.app(['--help'])\nexcept SystemExit:\n    pass\n"
         f"print('HEAVY:' + ','.join(m for m in {HEAVY!r} if m in sys.modules))"],
        capture_output=True, text=True, check=True)
    imported = probe.stdout.rsplit("HEAVY:", 1)[-1].strip()
    median = statistics.median(times)
    print(f"make-bulletin --help: median {median:.3f} s, worst {max(times):.3f} s over {RUNS} runs; "
          f"target {TARGET} s, ratio {median / TARGET:.2f}")
    print(f"heavy modules imported for --help: {imported or 'none'}")
    if median > TARGET:
        sys.exit(1)


if __name__ == "__main__":
    main()

"""What bulletin does to the process it runs in: nothing on import; the process-wide settings only in
the command's main(), before numpy loads; and the package speaks numpy, not pydub."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

IMPORT_EVERYTHING = """
import ctypes, importlib, json, os, pkgutil, signal, sys, threading
loaded = []
real_cdll = ctypes.CDLL
class Recording(real_cdll):
    def __init__(self, name, *args, **kwargs):
        loaded.append(str(name))
        super().__init__(name, *args, **kwargs)
ctypes.CDLL = Recording
environment, hook = dict(os.environ), sys.unraisablehook
handlers = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
import bulletin
modules = [m.name for m in pkgutil.walk_packages(bulletin.__path__, "bulletin.") if m.name != "bulletin.__main__"]
for name in modules:
    importlib.import_module(name)
print(json.dumps({
    "modules": len(modules),
    "environment": {k: v for k, v in os.environ.items() if environment.get(k) != v},
    "threads": [t.name for t in threading.enumerate() if t is not threading.main_thread()],
    "cdll": loaded,
    "signals": [s.name for s, h in handlers.items() if signal.getsignal(s) is not h],
    "unraisablehook": sys.unraisablehook is not hook,
    "pydub": "pydub" in sys.modules or "audioop" in sys.modules,
}))
"""


def test_importing_any_module_changes_nothing_in_the_process():
    done = subprocess.run([sys.executable, "-c", IMPORT_EVERYTHING], capture_output=True, text=True,
                          cwd=ROOT, env={"PATH": "/usr/bin:/bin", "HOME": str(ROOT)}, timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["modules"] > 60  # every module of the package was imported
    assert found["environment"] == {}  # no variable set or changed
    assert found["threads"] == []  # no thread started
    assert found["cdll"] == []  # no C library loaded through ctypes (espeak-ng, libc)
    assert found["signals"] == [] and found["unraisablehook"] is False  # no handler installed
    assert found["pydub"] is False  # the audio path is numpy and ffmpeg; audioop (gone in 3.13) unused


MAIN_FIRST = """
import os, sys
import bulletin.cli as cli
before = "numpy" in sys.modules
def command():
    print(os.environ.get("OPENBLAS_NUM_THREADS"), os.environ.get("NUMPY_MADVISE_HUGEPAGE"), before,
          "numpy" in sys.modules, flush=True)
cli.app = command
cli.main()
"""


def test_main_sets_the_process_environment_before_numpy_loads():
    clean = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", MAIN_FIRST], capture_output=True, text=True, cwd=ROOT,
                          env=clean, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "0", "False", "False"]  # set, and numpy not loaded before
    mine = subprocess.run([sys.executable, "-c", MAIN_FIRST], capture_output=True, text=True, cwd=ROOT,
                          env={**clean, "OPENBLAS_NUM_THREADS": "2"}, timeout=60)
    assert mine.stdout.split()[0] == "2"  # a value the environment already has is kept


WITHOUT_AUDIO = """
import os, sys
import bulletin.cli as cli
real_exit = os._exit
def exit_telling(code):
    print("numpy loaded:", "numpy" in sys.modules, flush=True)
    real_exit(code)
os._exit = exit_telling
sys.argv = ["make-bulletin", *sys.argv[1:]]
cli.main()
"""


def test_a_run_that_makes_no_audio_loads_no_numpy(tmp_path, inbox):
    """--script-only needs the running order's arithmetic and the cache folder's name, not the sound
    modules (README, Architecture: 0.06 s of CPU a run)."""
    done = subprocess.run([sys.executable, "-c", WITHOUT_AUDIO, "-i", str(inbox), "-o", str(tmp_path / "out"),
                           "--hour", "2026-11-27T14", "--engine", "espeak", "--script-only"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-2:] == [str(tmp_path / "out" / "nachrichten_2026-11-27_1400.script.txt"),
                                             "numpy loaded: False"]

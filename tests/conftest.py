"""Shared test helpers: an independent loudness meter (ffmpeg's ebur128), sample articles, isolation.

Every test runs with its own speech cache and no bulletin.toml or BULLETIN_* variables from the
machine, so results never depend on the developer's setup.
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bulletin.cli import PROCESS_ENVIRONMENT  # importing the CLI loads no numpy (tests/test_process.py)

# numpy in the test processes as in make-bulletin, set before it loads: else OpenBLAS starts a thread
# per core that spins after each matrix product (the true-peak meter), on the core the other workers
# need (the audio tests took 24 s of CPU with it, 18 s without).
for _name, _value in PROCESS_ENVIRONMENT.items():
    os.environ.setdefault(_name, _value)

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from bulletin.sound.audio import ffmpeg_exe  # noqa: E402

# Property tests: a fixed, derandomized set in CI (a red build always reproduces); `make fuzz` for a
# deep random search.
settings.register_profile("ci", max_examples=150, derandomize=True, print_blob=True)
settings.register_profile("fuzz", max_examples=20_000, derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SAMPLES = Path(__file__).resolve().parent.parent / "bulletin" / "assets" / "samples"
# Files whose tests share nothing costly (each robustness case is a real run of its own): spread over
# the pytest-xdist workers one test at a time; every other file goes to one worker as a whole.
SPREAD_OVER_WORKERS = {"test_robustness.py"}
# How long each unit of work (a file, or a spread test) took in the last run, in pytest's cache.
UNIT_SECONDS = "bulletin/unit-seconds"


def work_unit(nodeid: str) -> str:
    path = nodeid.split("::", 1)[0]
    return nodeid if Path(path).name in SPREAD_OVER_WORKERS else path


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: pytest without xdist does not know it
def pytest_xdist_auto_num_workers(config):
    """`-n auto`: one worker more than there are cores. About a fifth of the suite's time a test
    waits (a deadline that must pass, a server that trickles, a child process stopped on a signal):
    the extra worker's tests use the core meanwhile (on 2 cores: 93 s instead of 115 s)."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist reads it
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores + 1


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`make test` runs `-n auto --dist loadfile`: all tests of a file in one worker, so a module-scoped
    fixture (a bulletin made once, checked by many tests) is made once, not in every worker; but the
    robustness cases, half the suite's time, are handed out one by one. (Not --dist loadgroup with
    xdist_group marks: pytest 9.2 ignores the group suffix xdist writes into node ids.) The units that
    took longest in the last run go first, so that no worker is left with a long one at the end."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    cache = getattr(config, "cache", None)  # None with -p no:cacheprovider
    last = cache.get(UNIT_SECONDS, {}) if cache else {}

    class FilesAndSpreadCases(LoadFileScheduling):
        ordered = False

        def _split_scope(self, nodeid: str) -> str:
            return work_unit(nodeid)

        def _assign_work_unit(self, node) -> None:
            if not self.ordered:  # units not seen before (a new file) count as long
                self.ordered = True
                for unit in sorted(self.workqueue, key=lambda u: -last.get(u, float("inf"))):
                    self.workqueue.move_to_end(unit)
            super()._assign_work_unit(node)

    return FilesAndSpreadCases(config, log)


_unit_seconds: dict[str, float] = {}


def pytest_runtest_logreport(report):
    """In the controlling process: each unit's time (setup, call, teardown), for the next run's order."""
    unit = work_unit(report.nodeid)
    _unit_seconds[unit] = _unit_seconds.get(unit, 0.0) + report.duration


def pytest_sessionfinish(session):
    cache = getattr(session.config, "cache", None)
    if hasattr(session.config, "workerinput") or not cache or not _unit_seconds:
        return
    known = cache.get(UNIT_SECONDS, {})
    known.update({unit: round(seconds, 2) for unit, seconds in _unit_seconds.items()})
    cache.set(UNIT_SECONDS, known)


@pytest.fixture(scope="session")
def caches(tmp_path_factory):
    """A folder for every test's own cache, and their numbers (tmp_path_factory.mktemp lists its whole
    folder to number each: 0.4 ms a test, growing with the number of tests run)."""
    return tmp_path_factory.mktemp("caches"), itertools.count()


@pytest.fixture(autouse=True)
def isolated(monkeypatch, caches):
    for name in list(os.environ):
        if name.startswith("BULLETIN_"):
            monkeypatch.delenv(name)
    folder, numbers = caches
    cache = folder / str(next(numbers))
    cache.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))


@pytest.fixture
def without_proxies(monkeypatch):
    """Requests would send 127.0.0.1 through a proxy from the environment; tests stay local."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(name="intranet")
def intranet_fixture():
    """A server on 127.0.0.2 standing for the station's own network (tests/local_http.py)."""
    from local_http import intranet

    with intranet() as server:
        yield server


@dataclass(frozen=True)
class Meter:
    integrated: float  # LUFS
    true_peak: float  # dBTP
    duration: float  # s


def ebur128(path: Path) -> Meter:
    """Measure a file with ffmpeg's ebur128 filter (true peak with oversampling)."""
    done = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostats", "-i", str(path), "-af", "ebur128=peak=true",
         "-f", "null", "-"], capture_output=True, text=True, check=True)
    summary = done.stderr[done.stderr.rindex("Summary:"):]
    integrated = float(re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)[1])
    peak = float(re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary)[1])
    times = re.findall(r"time=(\d+):(\d+):([\d.]+)", done.stderr)
    h, m, s = times[-1] if times else ("0", "0", "0")
    return Meter(integrated, peak, int(h) * 3600 + int(m) * 60 + float(s))


def decode_errors(path: Path) -> str:
    """What ffmpeg complains about when decoding the whole file ('' is good)."""
    done = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "null", "-"],
                          capture_output=True, text=True)
    return done.stderr.strip() + ("" if done.returncode == 0 else f" (exit {done.returncode})")


def tone(seconds: float, rate: int = 48000, freq: float = 440.0, dbfs: float = -20.0,
         channels: int = 1) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    mono = (10 ** (dbfs / 20) * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    return np.repeat(mono[:, None], channels, axis=1)


@pytest.fixture
def inbox(tmp_path) -> Path:
    """A folder with two short invented articles."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "01-rat.txt").write_text(
        "Stadtrat beschließt neuen Radweg\n\n"
        "Der Stadtrat von Beispielstadt hat am Dienstag den Bau eines neuen Radwegs beschlossen. "
        "Die Strecke soll 4,5 Kilometer lang werden und 1.200.000 Euro kosten.\n\n"
        "Bürgermeisterin Anna Beispiel sagte, der Radweg sei ein wichtiger Schritt. "
        "Die Arbeiten beginnen am 3. März.\n", encoding="utf-8")
    (folder / "02-wetter.md").write_text(
        "---\nsource: Wetterdienst Beispiel\npriority: 1\n---\n# Sturm erwartet\n\n"
        "Für Donnerstag wird ein Sturm mit Böen bis 90 Kilometern pro Stunde erwartet. "
        "Der Wetterdienst rät, ab 14:30 Uhr Wälder zu meiden.\n", encoding="utf-8")
    return folder

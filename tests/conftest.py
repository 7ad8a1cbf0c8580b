"""Shared test helpers: an independent loudness meter (ffmpeg's ebur128), sample articles, isolation.

Every test runs with its own speech cache and no bulletin.toml or BULLETIN_* variables from the
machine, so results never depend on the developer's setup.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from hypothesis import settings

from bulletin.sound.audio import ffmpeg_exe

# Property tests: a fixed, derandomized set in CI (a red build always reproduces); `make fuzz` for a
# deep random search.
settings.register_profile("ci", max_examples=150, derandomize=True, print_blob=True)
settings.register_profile("fuzz", max_examples=20_000, derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SAMPLES = Path(__file__).resolve().parent.parent / "bulletin" / "assets" / "samples"
# Files whose tests share nothing costly (each robustness case is a real run of its own): spread over
# the pytest-xdist workers one test at a time; every other file goes to one worker as a whole.
SPREAD_OVER_WORKERS = {"test_robustness.py"}


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: pytest without xdist does not know it
def pytest_xdist_make_scheduler(config, log):
    """`make test` runs `-n 2 --dist loadfile`: all tests of a file in one worker, so a module-scoped
    fixture (a bulletin made once, checked by many tests) is made once, not in every worker; but the
    robustness cases, half the suite's time, are handed out one by one. (Not --dist loadgroup with
    xdist_group marks: pytest 9.2 ignores the group suffix xdist writes into node ids.)"""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class FilesAndSpreadCases(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return nodeid if Path(path).name in SPREAD_OVER_WORKERS else path

    return FilesAndSpreadCases(config, log)


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path_factory):
    for name in list(os.environ):
        if name.startswith("BULLETIN_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


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

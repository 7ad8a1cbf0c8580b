"""Runs make-bulletin against what a hostile or careless world sends, and judges the outcome.

A Station is a throw-away folder with an inbox holding one good article, an output folder holding
the previous bulletin for the same hour, and its own speech cache (with what that bulletin's run
remembered there, LAME's level loss, but none of its clips). A Case sets something up in it
(a bad file, a broken voice, a full disk), runs the real command in a child process, and says what it
expected. Every outcome is also held to the rules that apply to all cases: no traceback, bounded time
and memory, nothing half-written under a final name, the previous bulletin never lost.

The tests (tests/test_robustness.py) and scripts/robustness_report.py run the same cases. In the
tests the child is forked from a process that has imported the package (tests/forked_cli.py: the same
entry point, 0.2 s of CPU less a run), except where the start is the point (Station.run); the report
starts the executable for every run.
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import json
import os
import re
import select
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests import forked_cli
from tests.conftest import decode_errors
from tests.forked_cli import BIN

HOUR = "2026-11-27T14"
NAME = "nachrichten_2026-11-27_1400"
MEMORY_LIMIT_MB = 400  # far above a normal run (about 150 MB); a blow-up shows
GOOD_TITLE = "Straßenbahn fährt wieder nach Musterhausen"
GOOD_ARTICLE = (
    f"{GOOD_TITLE}\n\n"
    "Die Straßenbahnlinie 4 fährt ab Montag wieder bis nach Musterhausen. Die Bauarbeiten an den "
    "Gleisen seien früher fertig geworden als geplant, teilten die Verkehrsbetriebe Beispielstadt mit.\n\n"
    "Die Sanierung hat rund 2,4 Mio. Euro gekostet.\n"
)  # a bulletin of 23 s: over mp3_splice.MIN_SPLIT_S (20 s), so each run encodes in two halves, as a real one
QUIET = {"intro": "none", "separator": "none", "outro": "none"}


@dataclass
class Outcome:
    exit_code: int | None  # None: killed by the harness (timeout)
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float
    manifest: dict | None = None

    @property
    def items(self) -> list[str]:
        return [item["title"] for item in (self.manifest or {}).get("items", [])]

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


@dataclass
class Station:
    root: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def out(self) -> Path:
        return self.root / "out"

    @property
    def mp3(self) -> Path:
        return self.out / f"{NAME}.mp3"

    @property
    def manifest(self) -> Path:
        return self.out / f"{NAME}.json"

    def write(self, name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
        path = self.inbox / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            data = data.encode(encoding)
        path.write_bytes(data)
        return path

    def run(self, *args: str, timeout: float = 90.0, kill_when: Callable[[str], bool] | None = None,
            as_plain_user: bool = False, env: dict[str, str] | None = None,
            kill_with: int = signal.SIGKILL, fresh: bool = False) -> Outcome:
        """make-bulletin in a child process; its peak memory (VmHWM), stdout/stderr via files.

        `kill_when(stderr_so_far)` lets a case kill -9 the run at a chosen moment (e.g. when a stage
        starts), or send it `kill_with` (SIGTERM: stopped as systemd does); `as_plain_user` drops
        root's power to ignore file permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so an
        unreadable file or a read-only folder is one for the run too.

        The child is forked from a process that has imported the package (tests/forked_cli.py),
        except where a new interpreter is the point: `fresh` (the case is about the start itself),
        `as_plain_user` (capabilities drop at exec), an environment Python or numpy read as they start.
        """
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETIN_")}
        full_env.update({"XDG_CACHE_HOME": str(self.root / "cache"), "HOME": str(self.root)})
        full_env.update(self.env)
        full_env.update(env or {})
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, open(os.devnull, "rb") as nothing:
            started = time.monotonic()
            child = None if fresh or as_plain_user else forked_cli.start(
                list(args), env=full_env, cwd=self.root, stdin=nothing.fileno(), stdout=out.fileno(),
                stderr=err.fileno())
            child = child or _Spawned(subprocess.Popen(
                [str(BIN), *args], stdout=out, stderr=err, env=full_env, cwd=self.root, stdin=nothing,
                preexec_fn=_drop_file_capabilities if as_plain_user else None))
            killer = _Killer(child, err, timeout, kill_when, kill_with)
            killer.start()
            returncode = child.wait()
            killer.join()  # it sees the end through its pidfd at once
            child.close()
            seconds = time.monotonic() - started
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
        code = None if killer.killed else returncode
        # killer.peak_kb is 0 only for a child that ended before its first look: it had no time to
        # grow. Not wait4's ru_maxrss, which counts this process's memory (a pytest-xdist worker that
        # has run many tests may hold more than a case's memory bound).
        return Outcome(code, stdout, stderr, seconds, killer.peak_kb / 1024, _manifest(self.manifest))

    def make(self, *extra: str, audio: bool = True, **kwargs) -> Outcome:
        """The bulletin for HOUR from the inbox, replacing the previous one."""
        mode = () if audio else ("--script-only",)
        return self.run("-i", str(self.inbox), "-o", str(self.out), "--hour", HOUR, "--engine", "espeak",
                        "--force", *mode, *extra, **kwargs)


def _drop_file_capabilities() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0 and ctypes.get_errno() != 22:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


class _Spawned:
    """A child started from the executable, followed as forked_cli.Child is: through a pidfd and its
    /proc status file, both opened before wait() can reap it."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.pid = proc.pid
        self.pidfd = os.pidfd_open(proc.pid)
        self.status_file = _status_file(proc.pid)

    def wait(self) -> int:
        _, status, _ = os.wait4(self.pid, 0)
        return os.waitstatus_to_exitcode(status)

    def close(self) -> None:
        os.close(self.pidfd)
        if self.status_file is not None:
            os.close(self.status_file)


class _Killer(threading.Thread):
    """Kills the child with SIGKILL at the timeout, or sends it `kill_with` when its stderr shows the
    chosen moment; and follows its memory high-water mark (VmHWM). wait4's ru_maxrss cannot be used:
    the kernel counts the test process's own memory into it when the child is forked (or vforked).

    The child is followed through descriptors opened before anyone can reap it (_Spawned,
    forked_cli.Child), closed by the caller after join(): its
    /proc status file (read again at each look) and a pidfd, which ends the 5 ms wait between looks
    as soon as the child ends, and through which a signal reaches this child only, never a process
    that got its number later. (Waiting on the pidfd costs less CPU than an Event's timed wait: 52
    against 60 ms for a child running 1.5 s, with the looks every 5 ms.)"""

    def __init__(self, child, err, timeout: float, kill_when, kill_with: int = signal.SIGKILL):
        super().__init__(daemon=True)
        self.err, self.timeout, self.kill_when = err, timeout, kill_when
        self.kill_with = kill_with
        self.killed = False
        self.peak_kb = 0
        self.pidfd, self.status = child.pidfd, child.status_file

    def run(self) -> None:
        ended = select.poll()
        ended.register(self.pidfd, select.POLLIN)
        self._follow(ended)

    def _follow(self, ended: select.poll) -> None:
        deadline = time.monotonic() + self.timeout
        while True:  # a first look at once, then every 5 ms: a stage may last only some 50 ms
            self.peak_kb = max(self.peak_kb, _high_water_in(self.status))
            if ended.poll(5):
                return
            hit = self.kill_when and self.kill_when(_peek(self.err))
            if hit or time.monotonic() > deadline:
                self.killed = not hit
                try:
                    signal.pidfd_send_signal(self.pidfd, self.kill_with if hit else signal.SIGKILL)
                except ProcessLookupError:
                    pass
                if hit and self.kill_with != signal.SIGKILL:  # the run should end itself now: else -9
                    self.kill_when = None
                    continue
                return


def _high_water_kb(pid: int) -> int:
    """The process's peak resident memory so far (kB), 0 when it is gone or not readable."""
    status = _status_file(pid)
    try:
        return _high_water_in(status)
    finally:
        if status is not None:
            os.close(status)


def _status_file(pid: int) -> int | None:
    """/proc/<pid>/status, opened once and read again at each look (os.pread): half the CPU of opening
    it every 5 ms, which over the robustness cases of one test run came to some 4 s."""
    try:
        return os.open(f"/proc/{pid}/status", os.O_RDONLY)
    except OSError:
        return None


def _high_water_in(status: int | None) -> int:
    """VmHWM (kB) from an open status file; 0 when the process is gone (an ended process has none)."""
    if status is None:
        return 0
    try:
        text = os.pread(status, 1 << 14, 0)
    except OSError:
        return 0
    found = _VM_HWM.search(text)
    return int(found.group(1)) if found else 0


_VM_HWM = re.compile(rb"^VmHWM:\s+(\d+) kB", re.M)


def _peek(handle) -> str:
    """What the child has written to this file so far (read where it is, the child's offset untouched)."""
    fd = handle.fileno()
    return os.pread(fd, os.fstat(fd).st_size, 0).decode("utf-8", "replace")


def _manifest(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# What the previous bulletin's run left in its station, by path in the station: the MP3 and manifest,
# and its speech cache (XDG_CACHE_HOME is root/cache). Every station gets the MP3, the manifest and
# LAME's level loss that the run measured and remembered in the cache (pipeline._speech), as every
# station that has made a bulletin has it: a case's run then spends no CPU on measuring it again
# (0.1 s a run). The clips only where a case asks for them (cache_of_previous), so each run speaks.
# A cache without the level loss: tests/test_cli.py.
CODEC_LOSS = Path("cache", "bulletin", "speech", "codec-level-loss.json")
_PREVIOUS: dict[Path, bytes] = {}
_SHARED_PREVIOUS: list[Path] = []  # where the processes of one test run keep it (share_previous)


def share_previous(folder: Path) -> None:
    """The processes of one test run (pytest-xdist workers) make the previous bulletin once between
    them, in `folder`, not once each (1.2 s of CPU)."""
    _SHARED_PREVIOUS[:] = [folder]


def new_station(root: Path, previous: bool = True) -> Station:
    """Inbox with the good article; out/ with the previous bulletin for HOUR and the speech cache with
    what its run remembered (made once per process, or per test run: share_previous)."""
    station = Station(root)
    station.write("00-strassenbahn.txt", GOOD_ARTICLE)
    station.out.mkdir(parents=True)
    station.env.update({"BULLETIN_JINGLES__INTRO": "none", "BULLETIN_JINGLES__SEPARATOR": "none",
                        "BULLETIN_JINGLES__OUTRO": "none", "BULLETIN_PAUSE_SECONDS": "0.2",
                        "BULLETIN_LOCK_WAIT": "0", "BULLETIN_KEEP_DAYS": "0"})
    if previous:
        if not _PREVIOUS:
            _PREVIOUS.update(_shared_previous(_SHARED_PREVIOUS[0]) if _SHARED_PREVIOUS
                             else _made_previous(root.with_name(f"{root.name}-previous")))
        for where, data in _PREVIOUS.items():
            if where.parts[0] != "cache" or where == CODEC_LOSS:
                _put(root / where, data)
    return station


def cache_of_previous(station: Station) -> None:
    """The station's speech cache as the previous bulletin's run left it, every clip of the good
    article in it: what a first run from the same inbox leaves, without making that run again."""
    clips = {where: data for where, data in _PREVIOUS.items() if where.parts[0] == "cache"}
    assert any(where.suffix == ".wav" for where in clips), f"the previous run cached no clips: {list(clips)}"
    for where, data in clips.items():
        _put(station.root / where, data)


def _put(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _made_previous(root: Path) -> dict[Path, bytes]:
    """The previous bulletin, made in a station of its own at `root` (every case's station starts
    alike: none has its clips unless it asks)."""
    station = new_station(root, previous=False)
    made = station.make()
    assert made.exit_code == 0, made.stderr
    kept = [station.mp3, station.manifest, *sorted(p for p in (root / "cache").rglob("*") if p.is_file())]
    return {path.relative_to(root): path.read_bytes() for path in kept}


def _shared_previous(folder: Path) -> dict[Path, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    done = folder / "kept.json"  # the paths kept, written last
    with open(folder / ".lock", "wb") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the first process makes it; the others wait, then read it
        if not done.is_file():
            made = _made_previous(folder / "station")
            done.write_text(json.dumps([str(where) for where in made]), encoding="utf-8")
        kept = [Path(where) for where in json.loads(done.read_text(encoding="utf-8"))]
        return {where: (folder / "station" / where).read_bytes() for where in kept}


_DECODES: dict[bytes, bool] = {}  # an MP3's SHA-256 -> whether ffmpeg decodes all of it


def decodes(path: Path) -> bool:
    """Whether ffmpeg decodes the whole file. Each content is decoded once per process: most cases
    leave the previous bulletin as it was, and three checks look at it (ffmpeg costs 0.1 s a time)."""
    try:
        digest = hashlib.sha256(path.read_bytes()).digest()
    except OSError:
        return False
    if digest not in _DECODES:
        _DECODES[digest] = decode_errors(path) == ""
    return _DECODES[digest]


def files_lost(station: Station) -> list[str]:
    """Final names that were there before the run and are now missing or damaged."""
    lost = []
    if _PREVIOUS:
        if not station.mp3.is_file() or not decodes(station.mp3):
            lost.append(station.mp3.name)
        if _manifest(station.manifest) is None:
            lost.append(station.manifest.name)
    return lost


def half_written(folder: Path) -> list[str]:
    """Visible files under final names that are not whole: an MP3 that does not decode, JSON that
    does not parse. Hidden temp files are allowed (retention clears them)."""
    bad = []
    for path in folder.rglob("*") if folder.is_dir() else []:
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.suffix == ".mp3" and not decodes(path):
            bad.append(path.name)
        elif path.suffix == ".json" and _manifest(path) is None:
            bad.append(path.name)
    return bad


def general_problems(station: Station, outcome: Outcome, timeout: float,
                     memory_mb: float = MEMORY_LIMIT_MB) -> list[str]:
    """The rules every case is held to."""
    problems = []
    if "Traceback" in outcome.stderr:
        problems.append("traceback on stderr")
    if outcome.exit_code is None:
        problems.append(f"did not finish within {timeout:.0f} s")
    if outcome.peak_mb > memory_mb:
        problems.append(f"peak memory {outcome.peak_mb:.0f} MB")
    problems += [f"half-written {name}" for name in half_written(station.out)]
    problems += [f"lost {name}" for name in files_lost(station)]
    return problems


@dataclass(frozen=True)
class Case:
    kind: str
    expected: str
    run: Callable[[Station], Outcome]  # sets up and runs
    check: Callable[[Station, Outcome], str | None]  # None when the expectation holds, else why not
    timeout: float = 90.0
    previous: bool = True
    skip: Callable[[], str | None] = lambda: None  # a reason when it cannot run here
    memory_mb: float = MEMORY_LIMIT_MB  # peak memory allowed (a case that makes a long bulletin needs more)


@dataclass
class Verdict:
    case: Case
    outcome: Outcome | None
    problems: list[str]
    lost: list[str]

    @property
    def handled(self) -> bool:
        return not self.problems

    @property
    def observed(self) -> str:
        if self.outcome is None:
            return "; ".join(self.problems)
        o = self.outcome
        code = "killed" if o.exit_code is None else f"exit {o.exit_code}"
        made = f"{len(o.items)} item(s)" if o.exit_code == 0 and o.manifest else "no new bulletin"
        lines = [ln for ln in o.error_lines if "error:" in ln] or [ln for ln in o.error_lines if "WARNING" in ln]
        line = lines[0].split(": ", 1)[-1] if lines else ""
        line = re.sub(r"/\S*/station/", "", line)  # the throw-away folder says nothing
        return f"{code}, {made}, {o.seconds:.1f} s, {o.peak_mb:.0f} MB" + (f"; {line}" if line else "")


def judge(case: Case, root: Path) -> Verdict:
    station = new_station(root, previous=case.previous)
    outcome = case.run(station)
    problems = general_problems(station, outcome, case.timeout, case.memory_mb)
    specific = case.check(station, outcome)
    if specific:
        problems.insert(0, specific)
    return Verdict(case, outcome, problems, files_lost(station))


def in_temp(case: Case) -> Verdict:
    """judge() in a fresh world-readable temp folder (cases may run as another user)."""
    root = Path(tempfile.mkdtemp(prefix="bulletin-robust-"))
    os.chmod(root, 0o755)
    try:
        return judge(case, root / "station")
    finally:
        shutil.rmtree(root, ignore_errors=True)


# Checks shared by many cases ------------------------------------------------------------------


def named_on_stderr(outcome: Outcome, name: str) -> str | None:
    hits = [line for line in outcome.error_lines if name in line]
    if not hits:
        return f"no line on stderr names {name}"
    if any(len(line) > 400 for line in hits):
        return f"the line naming {name} is not one short line"
    return None


def good_article_on_air(outcome: Outcome) -> str | None:
    if outcome.exit_code != 0:
        return f"exit {outcome.exit_code}: {outcome.error_lines[-1:] or outcome.stderr[:200]}"
    if GOOD_TITLE not in outcome.items:
        return f"the good article is not on air (items: {outcome.items})"
    return None


def all_of(*checks: str | None) -> str | None:
    return next((c for c in checks if c), None)

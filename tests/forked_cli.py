"""make-bulletin in a child process forked from a server that has imported the package already.

Why: a new interpreter spends about 0.2 s of CPU importing the package and its libraries (compiling
some 300 regular expressions, 75 dataclasses, num2words, jinja2, typer) before it does anything; the
suite starts about 180 runs of the command, and on 2 cores that start-up was a sixth of `make test`.

The child is still a process of its own, as cron starts it: its own pid, exit code and signals (a
test kills it through a pidfd), stdin, stdout and stderr (files of the test), working folder,
environment (os.environ replaced, so that what it starts sees it too) and argv. It runs the entry
point of the `make-bulletin` script and ends as that script does (`sys.exit(main())`, atexit
handlers and all). What it has from the server is only what importing the package does to a process,
which tests/test_process.py checks is nothing (no variable, thread, C library or signal handler).

Where the new interpreter is the point, tests start the real executable instead:
- a run whose environment differs from the server's in anything but the settings the command reads
  as it runs (RUN_TIME: BULLETIN_*, XDG_*, HOME, proxies, pytest's PYTEST_*): Python reads PYTHON*, LANG, LC_* and TZ
  when it starts, numpy its thread settings when it loads, and the PATH cases are about finding
  ffmpeg in a new process's world: `start` returns None for those and callers run the executable;
- import-time behaviour and the start itself (tests/test_process.py; robustness case #5, SIGTERM at
  random moments of the first 0.9 s; `env -i`), dropped capabilities (they take effect at exec:
  harness `as_plain_user`), a terminal (tests/test_hourly.py), runs not made through these helpers.

The server is started on first use, one per test process, and ends when that process closes its end
of the socket (when it exits). Protocol: a request is one JSON message (argv, env, cwd) with four
descriptors (a socket for the reply, stdin, stdout, stderr); the reply is the pid with a pidfd and the
child's /proc status file (opened before it can be reaped), then its wait status when it has ended.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import json
import locale
import os
import re
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

BIN = Path(sys.executable).parent / "make-bulletin"
# What a run may set differently from the server's environment: read by the command as it runs,
# never at import (tests/test_process.py: importing changes nothing, so reads nothing into state).
# PYTEST_*: pytest's own notes (the current test), which nothing in the command reads.
RUN_TIME = re.compile(r"BULLETIN_\w*|XDG_\w+|HOME|(?i:(http|https|all|no)_proxy)|PYTEST_\w+")


@dataclass
class Child:
    """A forked make-bulletin: its pid, a pidfd and its /proc/<pid>/status, open until close()."""

    pid: int
    pidfd: int
    status_file: int
    _reply: socket.socket

    def wait(self, timeout: float | None = None) -> int:
        """Its exit code (-N: ended by signal N), as Popen.returncode; TimeoutError after `timeout` s."""
        self._reply.settimeout(timeout)
        message = self._reply.recv(256)
        if not message:
            raise RuntimeError("the make-bulletin fork server ended before its child (its error is on stderr)")
        return os.waitstatus_to_exitcode(json.loads(message)["status"])

    def close(self) -> None:
        self._reply.close()
        os.close(self.pidfd)
        os.close(self.status_file)


class _Server:
    def __init__(self) -> None:
        self.control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.env = {name: value for name, value in os.environ.items() if not name.startswith("BULLETIN_")}
        self.process = subprocess.Popen([sys.executable, __file__, str(theirs.fileno())], pass_fds=[theirs.fileno()],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=self.env, cwd="/")
        theirs.close()
        self.owner = os.getpid()
        self.lock = threading.Lock()
        atexit.register(self.stop)

    def stop(self) -> None:
        """End it (it ends when the socket closes) and reap it, so that its CPU counts as this process's
        children's (time make test)."""
        if self.owner == os.getpid():
            self.control.close()
            self.process.wait(timeout=60)

    def forks(self, env: dict[str, str]) -> bool:
        """Whether a child of this server starts as a new interpreter would in `env`."""
        differ = {name for name in env.keys() | self.env.keys() if env.get(name) != self.env.get(name)}
        return all(RUN_TIME.fullmatch(name) for name in differ)


# False: every run from the executable. scripts/robustness_report.py's table shows each run's time
# and memory as a station's cron would see them, start-up included.
ENABLED = True
_server: _Server | None = None
_starting = threading.Lock()


def _the_server() -> _Server:
    global _server
    with _starting:
        if _server is None or _server.owner != os.getpid():
            _server = _Server()
        return _server


def start(args: list[str], *, env: dict[str, str], cwd: str | Path, stdin: int, stdout: int,
          stderr: int) -> Child | None:
    """`make-bulletin *args` forked from the server, with these descriptors as its stdin, stdout and
    stderr; None when `env` needs a new interpreter (see RUN_TIME): the caller runs BIN itself."""
    if not ENABLED:
        return None
    server = _the_server()
    if not server.forks(env):
        return None
    mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    request = json.dumps({"argv": [str(BIN), *args], "env": env, "cwd": str(cwd)}).encode()
    with server.lock, theirs:
        socket.send_fds(server.control, [request], [theirs.fileno(), stdin, stdout, stderr])
    message, fds, _, _ = socket.recv_fds(mine, 256, 2)
    if not message:
        mine.close()
        raise RuntimeError("the make-bulletin fork server is not running (its error is on stderr)")
    pidfd, status_file = fds
    return Child(json.loads(message)["pid"], pidfd, status_file, mine)


def run(args: list[str], *, env: dict[str, str], cwd: str | Path | None = None, input: str | None = None,
        timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    """subprocess.run([BIN, *args], capture_output=True, text=True, ...) through the server, or BIN
    itself where the environment needs a new interpreter. stdin is `input`, else empty."""
    argv = [str(BIN), *args]
    with tempfile.TemporaryFile() as given, tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        given.write((input or "").encode())
        given.seek(0)
        child = start(args, env=env, cwd=cwd or os.getcwd(), stdin=given.fileno(), stdout=out.fileno(),
                      stderr=err.fileno())
        if child is None:
            return subprocess.run(argv, capture_output=True, text=True, env=env, cwd=cwd, input=input or "",
                                  timeout=timeout)
        try:
            code = child.wait(timeout)
        except TimeoutError:
            signal.pidfd_send_signal(child.pidfd, signal.SIGKILL)
            child.wait()
            raise subprocess.TimeoutExpired(argv, timeout) from None
        finally:
            child.close()
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(argv, code, _text(out.read()), _text(err.read()))


def _text(data: bytes) -> str:
    """As subprocess's text mode decodes: the locale's encoding, universal newlines."""
    return data.decode(locale.getpreferredencoding(False)).replace("\r\n", "\n").replace("\r", "\n")


# The server -----------------------------------------------------------------------------------


def _preload() -> None:
    """Import every module of the package, as make-bulletin's runs between them do, with the
    process-wide settings its main() makes first (numpy reads its thread count as it loads)."""
    import importlib
    import pkgutil

    from bulletin.cli import PROCESS_ENVIRONMENT

    for name, value in PROCESS_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    import bulletin

    for module in pkgutil.walk_packages(bulletin.__path__, "bulletin."):
        if module.name != "bulletin.__main__":
            importlib.import_module(module.name)
    # What the imports made lives as long as the process: out of the collector's sight, a child's
    # collections and its exit no longer walk (and copy) those pages: an error run's exit took 0.2 s
    # of CPU without this, 0.06 s with it (a new interpreter's start and exit together take 0.2 s).
    gc.freeze()
    threads = os.listdir("/proc/self/task")
    if len(threads) != 1 or tempfile.tempdir is not None:  # a child would inherit them: no fork then
        sys.exit(f"forked_cli: after importing bulletin, {len(threads)} threads, tempdir {tempfile.tempdir!r}")


def _serve(control: socket.socket) -> dict:
    """Forks a child for each request and reports its end; returns only in a child, its request."""
    poll = select.poll()
    poll.register(control, select.POLLIN)
    running: dict[int, tuple[int, socket.socket]] = {}  # pidfd -> pid, reply socket
    while True:
        for ready, _ in poll.poll():
            if ready != control.fileno():
                pid, reply = running.pop(ready)
                poll.unregister(ready)
                os.close(ready)
                _, status = os.waitpid(pid, 0)
                with reply, contextlib.suppress(OSError):  # a test that stopped waiting has closed its end
                    reply.send(json.dumps({"status": status}).encode())
                continue
            message, fds, _, _ = socket.recv_fds(control, 1 << 20, 4)
            if not message:  # the test process has ended
                sys.exit(0)
            reply = socket.socket(fileno=fds[0])
            pid = os.fork()
            if pid == 0:
                for held in (control, reply, *(r for _, r in running.values())):
                    held.detach()  # closed below, with every descriptor of the server's
                for target, given in enumerate(fds[1:]):
                    os.dup2(given, target)
                os.closerange(3, os.sysconf("SC_OPEN_MAX"))
                return json.loads(message)
            for given in fds[1:]:
                os.close(given)
            pidfd = os.pidfd_open(pid)
            status_file = os.open(f"/proc/{pid}/status", os.O_RDONLY)
            with contextlib.suppress(OSError):
                socket.send_fds(reply, [json.dumps({"pid": pid}).encode()], [pidfd, status_file])
            os.close(status_file)
            running[pidfd] = (pid, reply)
            poll.register(pidfd, select.POLLIN)


def _become(request: dict) -> None:
    """The child: make-bulletin's script from here on (pip's console-script wrapper, the same lines)."""
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = request["argv"]
    from bulletin.cli import main

    sys.argv[0] = re.sub(r"(-script\.pyw|\.exe)?$", "", sys.argv[0])
    sys.exit(main())


if __name__ == "__main__":
    sys.path[0] = str(BIN.parent)  # as the make-bulletin script's own (this folder is not the command's)
    _preload()
    _become(_serve(socket.socket(fileno=int(sys.argv[1]))))

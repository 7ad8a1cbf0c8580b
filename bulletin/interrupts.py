"""What a signal does to a run (SIGTERM from systemd or kill, SIGINT from Ctrl-C), and background work
that never holds the process up.

The first signal raises Interrupted in the main thread, so the run unwinds like an error: temp files
go, nothing half-written stays, the lock is freed. Python runs a signal handler between any two
bytecodes of the main thread, and some places must not get an exception there:

- Python code that C code calls back (espeak-ng's synthesis callback): ctypes prints the exception,
  swallows it and lets the C code go on (a clip came out 60 ms short and was cached). Such calls run
  inside `deferred()`; the callback sees `pending()` and asks the engine to stop, and Interrupted is
  raised once the C call has returned.
- An import: an exception inside importlib can leave an import lock held (a run deadlocked when the
  main thread was stopped inside an import while a worker imported numpy), and one in a class body
  comes out as a RuntimeError.
- Finalizers and weakref callbacks, where Python prints the exception and goes on.

There the signal is held and delivered to the main thread again every REDELIVER_SECONDS until it can
be raised. Whatever happens, `stop` (the CLI's: it ends the process) is called `grace_s` after the
first signal, and at once on another one. Background work runs in daemon threads (`in_background`),
which exit never waits for.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any

from bulletin.errors import Interrupted

SIGNALS = (signal.SIGTERM, signal.SIGINT)
REDELIVER_SECONDS = 0.02
_IMPORTLIB = "<frozen importlib"

_received = 0  # the first signal's number, 0 before any
_held = False  # the first signal is still to be raised (it came at a place that must not get it)
_deferring = 0  # depth of deferred() in the main thread


def install(stop: Callable[[int, str], None], grace_s: float) -> None:
    """Handle SIGTERM and SIGINT in this process (call from the main thread). `stop(signum, why)`
    must end the process."""
    first = threading.Event()

    def watch() -> None:
        while not _received:  # a timeout: a second signal could cut the handler's set() short
            first.wait(0.25)
        deadline = time.monotonic() + grace_s
        while time.monotonic() < deadline:
            if _held and not _deferring:  # deferred() raises it itself when the C call returns
                with contextlib.suppress(OSError, ValueError):
                    signal.pthread_kill(threading.main_thread().ident, _received)
            time.sleep(REDELIVER_SECONDS)
        stop(_received, f"still busy {grace_s:g} s after the signal")

    def handle(signum: int, frame: Any) -> None:
        global _received, _held
        if not _received:
            _received, _held = signum, True
            first.set()
        elif not _held:
            stop(signum, "a second signal")
        if _deferring or _importing(frame):
            return  # raised when deferred() ends, or on a later delivery
        _held = False
        raise Interrupted(_received)

    threading.Thread(target=watch, name="signal-deadline", daemon=True).start()
    for signum in SIGNALS:
        signal.signal(signum, handle)
    sys.unraisablehook = _unraisable


def _importing(frame: Any) -> bool:
    while frame is not None:
        if frame.f_code.co_filename.startswith(_IMPORTLIB):
            return True
        frame = frame.f_back
    return False


def _unraisable(info: Any) -> None:
    """Python could not pass an exception on (a finalizer, a weakref or ctypes callback): for our
    Interrupted, hold the signal so it is delivered again, instead of printing it and going on."""
    global _held
    if isinstance(info.exc_value, Interrupted):
        _held = True
        return
    sys.__unraisablehook__(info)


def received() -> int:
    """The number of the first signal this process got (0: none)."""
    return _received


def pending() -> bool:
    """A signal waits to be raised: C code running inside deferred() should stop now."""
    return _held


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Inside: a signal is held instead of raised (for C calls that call back into Python); on
    leaving, it is raised as Interrupted. Only the main thread gets signals, so only there."""
    global _deferring, _held
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _deferring += 1
    try:
        yield
    finally:
        _deferring -= 1
        if not _deferring and _held:
            _held = False
            raise Interrupted(_received)


def in_background(work: Callable[..., Any], *args: Any, name: str) -> Future:
    """Run `work(*args)` in a daemon thread; its result or exception in the returned Future. Exit
    never waits for a daemon thread (a ThreadPoolExecutor's workers are joined at exit, also after an
    error or a signal, whatever they are doing)."""
    future: Future = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(work(*args))
        except BaseException as err:  # handed to whoever waits for the result
            future.set_exception(err)

    threading.Thread(target=run, name=name, daemon=True).start()
    return future

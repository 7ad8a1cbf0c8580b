"""One small error hierarchy. Stages raise these; only the CLI turns them into a line and an exit code."""

from __future__ import annotations

import signal


class BulletinError(Exception):
    """Base of every error the tool reports to a person. ``str(err)`` is the one line shown, and
    ``exit_code`` the status the command ends with (each class sets its own; the CLI never changes it)."""

    exit_code = 1


class ConfigError(BulletinError):
    """A setting (in bulletin.toml, the environment or on the command line) is invalid."""

    def __init__(self, key: str, problem: str, source: str = "config"):
        self.key, self.problem, self.source = key, problem, source
        super().__init__(f"{source}: {key}: {problem}")


class InputError(BulletinError):
    """An input file, folder or URL cannot be used."""

    def __init__(self, path: object, problem: str):
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path}: {problem}")


class AddressRefused(InputError):
    """A connection would go to an address inside this machine or its network (loopback, private,
    link-local, ...) that the allow_networks setting does not name; refused before connecting."""


class NoArticlesError(BulletinError):
    """Nothing usable was left to make a bulletin from."""


class TemplateError(BulletinError):
    """A template is missing or fails to render."""


class EngineError(BulletinError):
    """A speech engine could not speak; ``cause`` is the probable reason, for the manifest."""

    def __init__(self, engine: str, problem: str):
        self.engine, self.problem = engine, problem
        super().__init__(f"speech engine {engine}: {problem}")


class AudioError(BulletinError):
    """Decoding, mixing, mastering or encoding audio failed (ffmpeg, a jingle, a bed)."""


class DeliveryError(BulletinError):
    """Writing the bulletin or a copy of it failed; the previous bulletin is untouched."""

    def __init__(self, path: object, problem: str):
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path}: {problem}")


class DownloadError(BulletinError):
    """A voice (or its list) could not be downloaded; nothing half-fetched was left in place."""

    def __init__(self, what: object, problem: str):
        self.what, self.problem = str(what), problem
        super().__init__(f"{self.what}: {problem}")


class LedgerError(BulletinError):
    """The ledger of written files cannot be opened, read or written; retention then removes nothing."""

    def __init__(self, path: object, problem: str):
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path}: {problem}")


class HistoryError(BulletinError):
    """The state database (the memory of what aired) cannot be opened, read or written."""

    def __init__(self, path: object, problem: str):
        self.path, self.problem = path, problem
        super().__init__(f"{path}: {problem}")


class AlreadyRunning(BulletinError):
    """Another run holds the output folder's lock and did not finish within lock_wait."""

    exit_code = 3

    def __init__(self, folder: object, holder: str, waited: float):
        self.folder, self.holder, self.waited = folder, holder, waited
        who = f"another run ({holder})" if holder else "another run"
        waited_text = f"gave up after waiting {waited:g} s (lock_wait); " if waited else ""
        super().__init__(f"already running: {who} holds the lock on {folder}; {waited_text}"
                         "nothing was made")


class Stopped(BulletinError):
    """A run (or command) ended by a signal, as the CLI reports it: the exit status is the shell's
    128 + the signal's number (SIGINT 130, SIGTERM 143)."""

    def __init__(self, signum: int):
        self.signum = signum
        self.exit_code = 128 + signum
        super().__init__(f"interrupted ({signal.Signals(signum).name}); nothing half-written was left, "
                         "files already in place are whole")


class Interrupted(KeyboardInterrupt):
    """A signal (SIGTERM from systemd or kill, SIGINT from Ctrl-C) ends the run. A KeyboardInterrupt, so
    every handler that cleans up after Ctrl-C cleans up after it too; the exit status is 128 + the
    signal's number, as a shell reports a process ended by it (SIGTERM 143, SIGINT 130)."""

    def __init__(self, signum: int):
        self.signum = signum
        self.exit_code = 128 + signum
        self.signal_name = signal.Signals(signum).name
        super().__init__(self.signal_name)

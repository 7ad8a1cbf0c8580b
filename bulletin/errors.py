"""One small error hierarchy. Stages raise these; only the CLI turns them into a line and an exit code."""

from __future__ import annotations


class BulletinError(Exception):
    """Base of every error the tool reports to a person. ``str(err)`` is the one line shown."""

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


class Interrupted(KeyboardInterrupt):
    """A signal (SIGTERM from systemd or kill, SIGINT from Ctrl-C) ends the run. A KeyboardInterrupt, so
    every handler that cleans up after Ctrl-C cleans up after it too; the exit status is 128 + the
    signal's number, as a shell reports a process ended by it (SIGTERM 143, SIGINT 130)."""

    def __init__(self, signum: int):
        import signal

        self.signum = signum
        self.exit_code = 128 + signum
        self.signal_name = signal.Signals(signum).name
        super().__init__(self.signal_name)

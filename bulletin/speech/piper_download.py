"""`make-bulletin voices download NAME`: a Piper voice from the public voice list, checked, in place.

The list (`voices.json` in the rhasspy/piper-voices repository, or a mirror at `voice_download_url`)
names each voice's files with their size and MD5. Each file comes over https only (TLS always
checked; REQUESTS_CA_BUNDLE may name a proxy's CA), within a size cap and a deadline, into a hidden
temporary file beside its final place; its size and checksum are compared with the list, then it is
flushed to disk and renamed into place, the config last. Anything that fails leaves nothing behind.

`fetch_to_file` is the one place that talks to the network, through the same address guard and
overall deadline as every article fetch (`bulletin/ingest/netguard.py`): a mirror on this machine or
the station's network must be named in `allow_networks`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import requests

from bulletin import __version__
from bulletin.errors import AddressRefused, DownloadError
from bulletin.ingest.netguard import Deadline, guarded_session
from bulletin.speech.piper_voices import CARD_SUFFIX, CONFIG_SUFFIX, SUFFIX

DEFAULT_URL = "https://huggingface.co/rhasspy/piper-voices/resolve/main/"
LIST_NAME = "voices.json"
MAX_LIST_BYTES = 20_000_000
MAX_REDIRECTS = 5
USER_AGENT = f"bulletin/{__version__} (radio news bulletin maker; voice download)"
_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0  # seconds to connect and between reads
    deadline: float = 1800.0  # seconds for each whole file
    max_bytes: int = 250_000_000  # largest file accepted (the biggest Piper voices are about 120 MB)


@dataclass(frozen=True)
class RemoteFile:
    path: str  # inside the repository, e.g. de/de_DE/thorsten/medium/de_DE-thorsten-medium.onnx
    size: int
    md5: str
    local_name: str  # its name in the voice folder


@dataclass(frozen=True)
class ListedVoice:
    key: str  # de_DE-thorsten-medium
    language: str  # de_DE
    quality: str
    speakers: int
    files: tuple[RemoteFile, ...]


@dataclass(frozen=True)
class Downloaded:
    voice: ListedVoice
    written: tuple[Path, ...]  # fetched now
    kept: tuple[Path, ...]  # already there with the right size and checksum


def parse_list(data: bytes, source: str) -> dict[str, ListedVoice]:
    """voices.json -> voices by key and by alias; DownloadError when it is not such a list."""
    try:
        listed = json.loads(data)
        voices = {}
        for key, entry in listed.items():
            files = tuple(_remote_file(key, path, info) for path, info in entry["files"].items()
                          if path.endswith((SUFFIX, CONFIG_SUFFIX, "/MODEL_CARD")))
            language = str(entry.get("language", {}).get("code", ""))
            voice = ListedVoice(key, language, str(entry.get("quality", "")),
                                int(entry.get("num_speakers", 1)), files)
            for name in (key, *entry.get("aliases", ())):
                voices[name] = voice
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise DownloadError(source, f"is not a Piper voice list ({type(err).__name__}: {err})") from None
    return voices


def _remote_file(key: str, path: str, info: dict) -> RemoteFile:
    if not _NAME.match(key) or ".." in path.split("/") or path.startswith("/"):
        raise ValueError(f"unsafe name {key!r} / {path!r}")
    local = f"{key}{CARD_SUFFIX}" if path.endswith("/MODEL_CARD") else path.rsplit("/", 1)[-1]
    if not local.startswith(key):
        raise ValueError(f"file {path!r} does not belong to {key}")
    return RemoteFile(path, int(info["size_bytes"]), str(info["md5_digest"]).lower(), local)


def download_voice(name: str, folder: Path, base_url: str = DEFAULT_URL, limits: Limits = Limits(),
                   allow_networks: tuple[str, ...] = ()) -> Downloaded:
    """Fetch voice `name` (a key or alias of the list) and its config into `folder`."""
    base_url = base_url if base_url.endswith("/") else base_url + "/"
    list_url = urljoin(base_url, LIST_NAME)
    with tempfile.TemporaryDirectory(prefix=".voices-list.", dir=_made(folder)) as scratch:
        listed = Path(scratch) / LIST_NAME
        fetch_to_file(list_url, listed, Limits(limits.timeout, limits.deadline, MAX_LIST_BYTES),
                      allow_networks)
        voices = parse_list(listed.read_bytes(), list_url)
    voice = voices.get(name)
    if voice is None:
        german = sorted({v.key for v in voices.values() if v.language.startswith("de")})
        raise DownloadError(name, "no such voice in the voice list; German voices: "
                                  + (", ".join(german) or "none"))
    return _install(voice, folder, base_url, limits, allow_networks)


def _install(voice: ListedVoice, folder: Path, base_url: str, limits: Limits,
             allow_networks: tuple[str, ...]) -> Downloaded:
    """Fetch what is missing or different into temp files, check them, then rename them in place."""
    if not any(f.local_name.endswith(SUFFIX) for f in voice.files) or not any(
            f.local_name.endswith(CONFIG_SUFFIX) for f in voice.files):
        raise DownloadError(voice.key, "the voice list names no .onnx and .onnx.json for it")
    too_big = [f for f in voice.files if f.size > limits.max_bytes]
    if too_big:
        raise DownloadError(too_big[0].path, f"is {too_big[0].size / 1e6:.0f} MB, more than the "
                                             f"{limits.max_bytes / 1e6:.0f} MB allowed; not fetched")
    order = sorted(voice.files, key=lambda f: f.local_name.endswith(CONFIG_SUFFIX))  # config last
    kept = [folder / f.local_name for f in order if _matches(folder / f.local_name, f)]
    todo = [f for f in order if folder / f.local_name not in kept]
    temps: dict[Path, Path] = {}
    try:
        for remote in todo:
            fd, name = tempfile.mkstemp(prefix=f".{remote.local_name}.", suffix=".part", dir=_made(folder))
            os.close(fd)
            temps[folder / remote.local_name] = Path(name)
            url = urljoin(base_url, quote(remote.path))
            digest, size = fetch_to_file(url, Path(name), limits, allow_networks, expected_size=remote.size)
            if size != remote.size or digest != remote.md5:
                raise DownloadError(url, f"got {size} bytes with MD5 {digest}, the voice list says "
                                         f"{remote.size} bytes with MD5 {remote.md5}; nothing installed")
        for final, temp in temps.items():
            os.replace(temp, final)
        _sync_folder(folder)
    finally:
        for temp in temps.values():
            with contextlib.suppress(OSError):
                temp.unlink()
    return Downloaded(voice, tuple(temps), tuple(kept))


def fetch_to_file(url: str, target: Path, limits: Limits, allow_networks: tuple[str, ...] = (),
                  expected_size: int | None = None) -> tuple[str, int]:
    """GET `url` into the existing file `target` (https only, redirects checked hop by hop, every
    connection through the address guard, at most `limits.max_bytes` and `expected_size`, within the
    deadline), flushed to disk. Returns its MD5 and size. The one function here on the network."""
    with Deadline(limits.deadline) as watch, guarded_session(allow_networks, watch) as session:
        return _fetch(url, target, limits, session, expected_size)


def _fetch(url: str, target: Path, limits: Limits, session, expected_size: int | None) -> tuple[str, int]:
    deadline = time.monotonic() + limits.deadline
    cap = min(limits.max_bytes, expected_size if expected_size is not None else limits.max_bytes)
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        check_address(current)
        response = _get(session, current, limits)
        with response:
            if response.is_redirect or response.is_permanent_redirect:
                current = urljoin(current, response.headers.get("Location", ""))
                continue
            if response.status_code >= 400:
                raise DownloadError(url, f"the server answered {response.status_code} {response.reason or ''}"
                                         + ("; check the voice name and voice_download_url"
                                            if response.status_code == 404 else ""))
            declared = response.headers.get("Content-Length", "")
            if declared.isdecimal() and int(declared) > cap:
                raise DownloadError(url, f"is {int(declared)} bytes, more than the {cap} expected; "
                                         "not fetched")
            return _stream(response, url, target, cap, deadline, limits)
    raise DownloadError(url, f"more than {MAX_REDIRECTS} redirects")


def check_address(url: str) -> None:
    """Where a download may go: https with a host name. (The place for an address guard.)"""
    parts = urlsplit(url)
    if parts.scheme.lower() != "https":
        raise DownloadError(url, "voices are downloaded over https only (TLS checked); "
                                 "give an https voice_download_url")
    if not parts.hostname:
        raise DownloadError(url, "the address has no host name")


def _get(session, url: str, limits: Limits):
    try:
        # verify stays on: the environment may name a CA bundle, it cannot turn the check off
        settings = session.merge_environment_settings(url, {}, True, True, None)  # stream, verify
        settings["verify"] = settings.get("verify") or True
        return session.get(url, timeout=(limits.timeout, limits.timeout), allow_redirects=False,
                           headers={"User-Agent": USER_AGENT}, **settings)
    except AddressRefused as err:
        raise DownloadError(url, err.problem) from None
    except requests.exceptions.SSLError:
        raise DownloadError(url, "TLS certificate check failed. Probable cause: an intercepting proxy (name "
                                 "its CA in REQUESTS_CA_BUNDLE) or a wrong system clock") from None
    except requests.exceptions.Timeout:
        raise DownloadError(url, f"no answer within {limits.timeout:g} s") from None
    except requests.RequestException as err:
        raise DownloadError(url, f"could not connect ({type(err).__name__}). Probable cause: no network "
                                 "or the server is down") from None


# PLR0913: the response and where it goes, and the three bounds (bytes, the deadline and its length)
def _stream(response, url: str, target: Path, cap: int, deadline: float,  # noqa: PLR0913
            limits: Limits) -> tuple[str, int]:
    digest, size = hashlib.md5(usedforsecurity=False), 0
    raw = response.raw
    try:
        with open(target, "wb") as out:
            while chunk := (raw.read1(1 << 16) if hasattr(raw, "read1") else raw.read(1 << 16)):
                size += len(chunk)
                if size > cap:
                    raise DownloadError(url, f"sent more than the {cap} bytes expected; stopped")
                if time.monotonic() > deadline:
                    raise DownloadError(url, f"took longer than {limits.deadline:g} s; stopped")
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except DownloadError:
        raise
    except Exception as err:  # urllib3's read timeouts and protocol errors, OSError
        raise DownloadError(url, f"the download broke off ({type(err).__name__}: {err})") from None
    return digest.hexdigest(), size


def _matches(path: Path, remote: RemoteFile) -> bool:
    """An installed file that already is the listed one (same size and MD5)."""
    try:
        if path.stat().st_size != remote.size:
            return False
        with open(path, "rb") as handle:
            digest = hashlib.file_digest(handle, lambda: hashlib.md5(usedforsecurity=False))
        return digest.hexdigest() == remote.md5
    except OSError:
        return False


def _made(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise DownloadError(folder, f"cannot create the voice folder ({err.strerror})") from None
    return folder


def _sync_folder(folder: Path) -> None:
    """The renames themselves on disk (a crash right after must not lose them)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

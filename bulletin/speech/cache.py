"""Content-addressed speech cache: the same text in the same voice is never synthesized twice.

Entries are 16-bit mono WAV files (any audio tool opens them) named by the SHA-256 of (format version,
voice settings, text). An entry is written to a hidden temp file, read back and compared with the clip
(every frame there, the same samples) and only then renamed into place, so later hours never get half
a clip. A corrupt or truncated entry is treated as missing, removed, and replaced by the next
synthesis. Clips go in and come out as the engines' Speech; `as_stored` gives a fresh clip the 16 bits
the cache keeps, so an hour made from the cache is the same as one made fresh.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import wave
from pathlib import Path

from bulletin.sound.audio import from_pcm16, to_pcm16
from bulletin.speech import Speech, cache_folder

FORMAT_VERSION = "1"


def as_stored(speech: Speech) -> Speech:
    """The clip as the cache keeps it: on the 16-bit grid, values beyond full scale saturated."""
    return Speech(from_pcm16(to_pcm16(speech.samples)), speech.rate)


class SpeechCache:
    def __init__(self, folder: str | Path | None = None):
        self.folder = cache_folder(folder)
        self.hits = 0
        self.misses = 0

    def key(self, voice_key: str, text: str) -> str:
        digest = hashlib.sha256(f"{FORMAT_VERSION}\n{voice_key}\n{text}".encode()).hexdigest()
        return digest

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.wav"

    def get(self, key: str) -> Speech | None:
        path = self.path(key)
        try:
            data, rate = _read_whole(path)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, EOFError, wave.Error):
            with contextlib.suppress(OSError):
                path.unlink()  # corrupt: drop it so it is made afresh
            self.misses += 1
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # "recently used" for the size cap (atime is unreliable under relatime)
        self.hits += 1
        return Speech(from_pcm16(data), rate)

    def put(self, key: str, speech: Speech) -> bool:
        """Store atomically, and only what reads back as exactly this clip (in 16 bits); returns
        whether it was stored. A cache that cannot be written is not an error for the bulletin."""
        path = self.path(key)
        pcm = to_pcm16(speech.samples)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        except OSError:
            return False
        stored = False
        try:
            with os.fdopen(fd, "wb") as handle, wave.open(handle, "wb") as wav:
                wav.setnchannels(1)
                wav.setsampwidth(2)
                wav.setframerate(speech.rate)
                wav.writeframes(pcm)
            if pcm and _read_whole(Path(tmp)) == (pcm, speech.rate):
                os.replace(tmp, path)
                stored = True
        except (OSError, EOFError, wave.Error):
            pass
        finally:  # also when interrupted: no temp file stays behind
            if not stored:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        return stored


def _read_whole(path: Path) -> tuple[bytes, int]:
    """(16-bit mono frames, rate) of a WAV file that holds every frame its header counts; anything
    else (another sample format, more channels, fewer frames) is not an entry of this cache."""
    with wave.open(str(path), "rb") as wav:
        frames = wav.getnframes()
        data = wav.readframes(frames)
        width, rate, channels = wav.getsampwidth(), wav.getframerate(), wav.getnchannels()
    if (width, channels) != (2, 1):
        raise wave.Error(f"{width * 8}-bit, {channels} channels: not a clip of this cache")
    if frames == 0 or len(data) != frames * width * channels:
        raise EOFError("truncated")
    return data, rate

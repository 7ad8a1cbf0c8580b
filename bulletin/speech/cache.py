"""Content-addressed speech cache: the same text in the same voice is never synthesized twice.

Entries are 16-bit WAV files named by the SHA-256 of (format version, voice settings, text). An entry
is written to a hidden temp file, read back and compared with the clip (every frame there, the same
samples) and only then renamed into place, so later hours never get half a clip. A corrupt or
truncated entry is treated as missing, removed, and replaced by the next synthesis.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import wave
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydub import AudioSegment

FORMAT_VERSION = "1"


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bulletin" / "speech"


class SpeechCache:
    def __init__(self, folder: str | Path | None = None):
        self.folder = Path(folder) if folder else default_cache_dir()
        self.hits = 0
        self.misses = 0

    def key(self, voice_key: str, text: str) -> str:
        digest = hashlib.sha256(f"{FORMAT_VERSION}\n{voice_key}\n{text}".encode()).hexdigest()
        return digest

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.wav"

    def get(self, key: str) -> AudioSegment | None:
        path = self.path(key)
        try:
            data, width, rate, channels = _read_whole(path)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, EOFError, wave.Error):
            with contextlib.suppress(OSError):
                path.unlink()  # corrupt: drop it so it is made afresh
            self.misses += 1
            return None
        from bulletin.sound.audio import pydub

        with contextlib.suppress(OSError):
            os.utime(path)  # "recently used" for the size cap (atime is unreliable under relatime)
        self.hits += 1
        return pydub().AudioSegment(data=data, sample_width=width, frame_rate=rate, channels=channels)

    def put(self, key: str, segment: AudioSegment) -> bool:
        """Store atomically, and only what reads back as exactly this clip; returns whether it was
        stored. A cache that cannot be written is not an error for the bulletin."""
        path = self.path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        except OSError:
            return False
        stored = False
        try:
            with os.fdopen(fd, "wb") as handle, wave.open(handle, "wb") as wav:
                wav.setnchannels(segment.channels)
                wav.setsampwidth(segment.sample_width)
                wav.setframerate(segment.frame_rate)
                wav.writeframes(segment.raw_data)
            written = _read_whole(Path(tmp))
            if segment.raw_data and written == (segment.raw_data, segment.sample_width, segment.frame_rate,
                                                segment.channels):
                os.replace(tmp, path)
                stored = True
        except (OSError, EOFError, wave.Error):
            pass
        finally:  # also when interrupted: no temp file stays behind
            if not stored:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        return stored


def _read_whole(path: Path) -> tuple[bytes, int, int, int]:
    """(frames, sample width, rate, channels) of a WAV file that holds every frame its header counts."""
    with wave.open(str(path), "rb") as wav:
        frames = wav.getnframes()
        data = wav.readframes(frames)
        width, rate, channels = wav.getsampwidth(), wav.getframerate(), wav.getnchannels()
    if frames == 0 or len(data) != frames * width * channels:
        raise EOFError("truncated")
    return data, width, rate, channels

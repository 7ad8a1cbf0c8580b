"""Audio plumbing shared by the speech, mix and master stages: ffmpeg, decoding, sample conversion.

Audio is numpy float32 everywhere, (frames, channels) with full scale 1.0 (a voice's Speech is mono,
(frames,)). ffmpeg is the system one when it is on PATH, else the static binary from the
imageio-ffmpeg wheel (cron's PATH is bare); it decodes every file a station gives (jingles, bed) and
the online voice's MP3s, straight into float samples.
"""

from __future__ import annotations

import ctypes
import functools
import shutil
import subprocess
import wave
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import numpy as np

from bulletin.errors import AudioError

ASSETS = Path(__file__).parent.parent / "assets"  # the built-in jingles and bed ship inside the package


@functools.cache
def ffmpeg_exe() -> str:
    """Path of the ffmpeg binary to use."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg  # only without a system ffmpeg; a broken wheel is the AudioError below

        return imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError) as err:
        raise AudioError(f"no ffmpeg found on PATH and none in the imageio-ffmpeg wheel ({err}); "
                         "reinstall with `make venv`") from None


def release_memory() -> None:
    """Hand freed memory back to the system: glibc keeps what worker threads freed in their own
    arenas, and after the speech is prepared that is tens of MB the programme could use (peak memory
    of the benchmark's 3-minute bulletin: 232 MB without, 178 MB with; MALLOC_ARENA_MAX=1 instead:
    212 MB). A call on the whole process, so only the pipeline makes it, during a run."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def run_ffmpeg(args: list[str], input_bytes: bytes | None = None, what: str = "ffmpeg") -> bytes:
    """Run ffmpeg quietly; raise AudioError with its last message line on failure."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", *args]
    try:
        done = subprocess.run(cmd, input=input_bytes, capture_output=True, check=False)
    except OSError as err:
        raise AudioError(f"{what}: cannot run ffmpeg ({err})") from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise AudioError(f"{what}: ffmpeg failed ({lines[-1] if lines else f'exit {done.returncode}'})")
    return done.stdout


def decode_file(path: str | Path, rate: int, channels: int, seconds: float | None = None) -> np.ndarray:
    """Decode any file ffmpeg reads into float32 samples, shape (frames, channels), at `rate`
    (at most `seconds` of it). ffmpeg's soxr resampler does the rate change: no aliasing images.
    """
    limit = ["-t", f"{seconds:.3f}"] if seconds else []
    return _decode(["-i", str(path), "-vn", *limit], None, rate, channels, str(path))


def read_audio(path: str | Path, rate: int, channels: int, seconds: float | None = None) -> np.ndarray:
    """Like decode_file; plain 16-bit PCM WAV files (the built-in jingles) are read here directly,
    which spares an ffmpeg process each."""
    try:
        with wave.open(str(path), "rb") as wav:
            if wav.getsampwidth() != 2 or wav.getcomptype() != "NONE":
                raise wave.Error("not 16-bit PCM")
            have, src = wav.getnchannels(), wav.getframerate()
            frames = wav.getnframes() if not seconds else min(wav.getnframes(), int(seconds * src))
            data = wav.readframes(frames)
    except (wave.Error, EOFError, OSError):
        return decode_file(path, rate, channels, seconds)
    samples = from_pcm16(data).reshape(-1, have)
    if samples.size == 0:
        raise AudioError(f"{path}: no audio in the file")
    return resample(to_layout(samples, channels), src, rate)


def decode_bytes(data: bytes, rate: int, channels: int, what: str) -> np.ndarray:
    """Like decode_file, for encoded bytes in memory (an MP3 from the online voice)."""
    return _decode(["-i", "pipe:0", "-vn"], data, rate, channels, what)


def _decode(source: list[str], data: bytes | None, rate: int, channels: int, what: str) -> np.ndarray:
    """ffmpeg's decode of `source` (a file, or `data` on its stdin) as float32 (frames, channels)."""
    raw = run_ffmpeg([*source, "-af", "aresample=resampler=soxr", "-ac", str(channels), "-ar", str(rate),
                      "-f", "f32le", "-"], input_bytes=data, what=what)
    samples = np.frombuffer(raw, dtype="<f4").reshape(-1, channels)
    if samples.size == 0:
        raise AudioError(f"{what}: no audio in {'the file' if data is None else 'the data'}")
    return samples


def from_pcm16(data: bytes) -> np.ndarray:
    """16-bit little-endian PCM -> float32 samples, full scale 1.0 (channels stay interleaved)."""
    samples = np.frombuffer(data, dtype="<i2").astype(np.float32)
    samples *= 2.0 ** -15  # in place (a power of two: exact)
    return samples


def to_pcm16(samples: np.ndarray) -> bytes:
    """float samples -> 16-bit little-endian PCM; values beyond full scale saturate. The exact inverse
    of from_pcm16 for samples that came from 16 bits."""
    scaled = samples * np.float32(32768.0)
    np.round(scaled, out=scaled)  # in place: a clip of speech is megabytes
    np.clip(scaled, -32768, 32767, out=scaled)
    return scaled.astype("<i2").tobytes()


def resample(samples: np.ndarray, src_rate: int, dst_rate: int, guard: int = 2048) -> np.ndarray:
    """Band-limited rate change by FFT, not audioop.ratecv (pydub's), which leaves images above the
    old Nyquist (and no scipy, whose import alone costs a second).

    The whole clip's spectrum is cut, or zero-extended, to the new rate: exact band limiting with no
    filter delay. At least `guard` zeros after the clip keep the circular FFT from wrapping its end
    onto its start; the top 5 % below the lower Nyquist fade out with a raised cosine so the cut
    does not ring. Clips are seconds long, so one FFT each is cheap.
    """
    if src_rate == dst_rate:
        return samples
    return resample_and_filter(samples, src_rate, dst_rate, guard=guard)[0]


def resample_and_filter(samples: np.ndarray, src_rate: int, dst_rate: int,
                        response: Callable[[int, int], np.ndarray] | None = None,
                        guard: int = 2048) -> tuple[np.ndarray, np.ndarray | None]:
    """The clip at `dst_rate` and, from the same forward FFT, the clip at its own rate filtered by
    `response(src_rate, fft_size)` (real gains per rfft bin), `guard` frames of ringing included."""
    ratio = Fraction(dst_rate, src_rate)
    up, down = ratio.numerator, ratio.denominator
    frames = len(samples)
    multiple = _smooth(-(-(frames + guard) // down))  # FFT sizes with small prime factors only
    size_in, size_out = multiple * down, multiple * up
    spectrum = np.fft.rfft(np.asarray(samples, dtype=np.float32), size_in, axis=0)
    filtered = None
    if response is not None:
        weighted = spectrum * response(src_rate, size_in)[:, None]
        filtered = np.fft.irfft(weighted, size_in, axis=0)[: frames + guard].astype(np.float32, copy=False)
    if src_rate == dst_rate:
        return samples, filtered
    keep = min(size_in, size_out) // 2 + 1
    fade = max(keep // 20, 1)
    taper = np.ones(keep, dtype=np.float32)
    taper[-fade:] = 0.5 + 0.5 * np.cos(np.linspace(0, np.pi, fade, dtype=np.float32))
    bins = np.zeros((size_out // 2 + 1, samples.shape[1]), dtype=spectrum.dtype)
    bins[:keep] = spectrum[:keep] * (taper * np.float32(size_out / size_in))[:, None]
    out = np.fft.irfft(bins, size_out, axis=0)[: int(round(frames * up / down))]
    return out.astype(np.float32, copy=False), filtered


def _smooth(n: int) -> int:
    """The smallest number >= n whose prime factors are 2, 3 and 5."""
    best = 1 << max(n - 1, 0).bit_length()
    power5 = 1
    while power5 < best:
        power35 = power5
        while power35 < best:
            value = power35 * (1 << max(-(-n // power35) - 1, 0).bit_length())
            best = min(best, value)
            power35 *= 3
        power5 *= 5
    return best


def to_layout(samples: np.ndarray, channels: int) -> np.ndarray:
    """Mono <-> stereo (more channels are mixed down)."""
    have = samples.shape[1]
    if have == channels:
        return samples
    if channels == 1:
        return samples.mean(axis=1, keepdims=True)
    return np.repeat(samples.mean(axis=1, keepdims=True), channels, axis=1)

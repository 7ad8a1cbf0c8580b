"""A long programme encoded in two halves side by side, on both cores, and joined into one MP3.

LAME is single-threaded and most of a bulletin's time. Where the programme has a silent pause near
its middle (between items or sentences, quieter than the smallest step of 16-bit audio; not under a
music bed), the two halves are encoded at once and joined in that pause:

- Each LAME stream starts clean (no bit reservoir reaches back), so the second half's frames can
  follow the first half's.
- The first half is cut where LAME pads it by exactly one frame, and the second starts that padding
  plus its own encoder delay (576 samples) later: after the join every sample decodes exactly where
  it was, and the dropped samples lie in the silent pause.
- The Xing/LAME header is rewritten for the whole (frames, bytes, seek table, the second half's
  padding, the music CRC combined from both halves' CRCs, the tag CRC).
- Both halves are decoded while they are written (encode.encode_measured); anything unexpected
  (a half of the wrong length, a header that is not LAME's) falls back to one encode.

What it saves, on 2 cores with a 3-minute bulletin (espeak-ng, 128 kbps stereo): the encode alone
1.33 -> 1.12 s (median of 10 paired runs); the whole run 2.20 -> 1.89 s with an empty speech cache and
2.12 -> 1.88 s with a filled one (medians of 12 interleaved rounds of the benchmark's command, load
about 3). Nothing when the other core is busy anyway (load 6.7: 1.77 against 1.75 s). The file is the
same either way, to the sample; `split_encode = false` encodes in one go.
"""

from __future__ import annotations

import contextlib
import dataclasses
import subprocess
import threading
from pathlib import Path

import numpy as np

from bulletin.sound.encode import Encoded, FileCheck, encode_measured, encode_mp3, loopback_decoding
from bulletin.sound.loudness import PEAK_BLOCK, block_peaks
from bulletin.sound.mp3_frames import FRAME, LAME_DELAY, info_header, rewritten_header

MIN_SPLIT_S = 20.0  # shorter programmes are encoded in one go
QUIET = 2 ** -15  # -90.3 dBFS, one step of 16-bit audio: a pause this quiet can take a join


def encode(samples: np.ndarray, rate: int, path: Path, bitrate: int, ceiling_dbtp: float = 0.0) -> Encoded:
    """encode.encode_mp3's contract (the same file, to the sample), in two halves on both cores where
    the programme has a silent pause near its middle and this ffmpeg decodes while it encodes; else
    (or when a half is not as expected) in one go."""
    if loopback_decoding():  # the halves are checked as they are written, or not split at all
        done = _encode_halves(samples, rate, path, bitrate, ceiling_dbtp)
        if done is not None:
            return done
    return encode_mp3(samples, rate, path, bitrate, ceiling_dbtp)


def split_point(samples: np.ndarray, rate: int) -> tuple[int, int] | None:
    """(frames in the first half, frames of silence dropped at the start of the second) for a split
    in a silent pause near the middle, or None. A sentence pause counts, not only the pause between
    items: the halves then take the same time (a 58/42 split made the bulletin wait 0.1-0.2 s for the
    longer half).

    The first half is cut where LAME pads it by exactly one frame ((frames + delay) a whole number of
    frames), and the second starts that padding plus its own encoder delay later: in the joined
    stream the second half's first sample then decodes exactly where it was."""
    frames = len(samples)
    if frames < MIN_SPLIT_S * rate:
        return None
    silent = np.flatnonzero(block_peaks(samples) <= QUIET)
    if silent.size == 0:
        return None
    breaks = np.flatnonzero(np.diff(silent) > 1)
    starts = np.concatenate([[silent[0]], silent[breaks + 1]]) * PEAK_BLOCK
    stops = (np.concatenate([silent[breaks], [silent[-1]]]) + 1) * PEAK_BLOCK
    drop = LAME_DELAY + FRAME
    best = None
    for start, stop in zip(starts.tolist(), stops.tolist(), strict=True):
        first = -(-(start + FRAME + LAME_DELAY) // FRAME) * FRAME - LAME_DELAY  # a frame of silence, aligned
        if first + drop + FRAME <= min(stop, frames) and 0.25 * frames <= first <= 0.75 * frames:
            if best is None or abs(first - frames / 2) < abs(best[0] - frames / 2):
                best = (first, drop)
    return best


def _encode_halves(samples: np.ndarray, rate: int, path: Path, bitrate: int,
                   ceiling_dbtp: float) -> Encoded | None:
    """The two halves encoded side by side and joined, or None (no split point, or a half that is
    not as expected: the caller encodes in one go)."""
    split = split_point(samples, rate)
    if split is None:
        return None
    first, drop = split
    second = path.with_name(f".{path.name}.second.part")  # a hidden temp file retention knows
    checks: list[FileCheck | BaseException] = [FileCheck(ceiling_dbtp), FileCheck(ceiling_dbtp)]
    started: list[subprocess.Popen] = []  # the second half's ffmpeg processes

    def run_second() -> None:
        try:
            encode_measured(samples[first + drop:], rate, second, bitrate, checks[1], started)
        except BaseException as err:  # handed to the caller below
            checks[1] = err

    worker = threading.Thread(target=run_second, name="encode-second-half", daemon=True)
    try:
        worker.start()
        encode_measured(samples[:first], rate, path, bitrate, checks[0])
        worker.join()
        if isinstance(checks[1], BaseException):
            raise checks[1]
        a, b = checks
        if a.frames != first or b.frames != len(samples) - first - drop:
            return None
        # the joined header takes the second half's padding, which is the whole's
        if not join_mp3(path, second, expected_padding=drop - LAME_DELAY):
            return None
        return Encoded(path, len(samples), max(a.peak.dbtp, b.peak.dbtp))
    finally:
        while worker.is_alive():  # this half failed or was interrupted: stop the other one now
            for proc in started:
                with contextlib.suppress(OSError):
                    proc.kill()
            worker.join(0.05)
        with contextlib.suppress(OSError):
            second.unlink()


def join_mp3(first: Path, second: Path, expected_padding: int) -> bool:
    """Append the audio frames of `second` to `first` and rewrite `first`'s header for the whole."""
    a, b = first.read_bytes(), second.read_bytes()
    head_a, head_b = info_header(a), info_header(b)
    same_format = (a[1], a[2] >> 2, a[3] >> 6) == (b[1], b[2] >> 2, b[3] >> 6)  # all but the padding bit
    if head_a is None or head_b is None or not same_format:
        return False
    if head_a.delay != LAME_DELAY or head_b.delay != LAME_DELAY or head_a.padding != expected_padding:
        return False
    audio_b = b[head_b.size:]
    whole = dataclasses.replace(head_a, frames=head_a.frames + head_b.frames, padding=head_b.padding,
                                music_crc=crc16_combine(head_a.music_crc, head_b.music_crc, len(audio_b)))
    header = rewritten_header(a[: head_a.size], whole, len(a) + len(audio_b))
    with open(first, "r+b") as handle:
        handle.write(header)
        handle.seek(len(a))
        handle.write(audio_b)
    return True


def crc16_combine(crc_a: int, crc_b: int, length_b: int) -> int:
    """CRC-16/ARC of A followed by B from the CRCs of both (it is linear; zlib's crc32_combine way):
    A's register is carried through length_b zero bytes by repeated squaring of the one-bit step."""
    def times(matrix: list[int], vector: int) -> int:
        out, bit = 0, 0
        while vector:
            if vector & 1:
                out ^= matrix[bit]
            vector >>= 1
            bit += 1
        return out

    def square(matrix: list[int]) -> list[int]:
        return [times(matrix, column) for column in matrix]

    step = [0xA001] + [1 << (k - 1) for k in range(1, 16)]  # one zero bit, column per register bit
    for _ in range(3):
        step = square(step)  # one zero byte
    crc, n = crc_a, length_b
    while n:
        if n & 1:
            crc = times(step, crc)
        step = square(step)
        n >>= 1
    return crc ^ crc_b

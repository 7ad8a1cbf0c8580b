"""MP3 encoding with ffmpeg's libmp3lame, checked while it is written.

- CBR from a float pipe (no intermediate WAV), with the Xing/LAME header: gapless players and ffmpeg
  trim the encoder's delay and padding, so the file plays exactly as long as the samples (LAME's real
  padding is written into the header: mp3_frames.fix_padding).
- ffmpeg decodes its own output as it encodes (a "loopback decoder", ffmpeg 7.1 and later; older
  ffmpegs decode the written file afterwards) and the decoded samples stream back into a meter: the
  file's true peak and length are known when it is written.

`encode_mp3` is one encode on one core; mp3_splice.encode, with the same contract, encodes a long
programme in two halves on both cores.
"""

from __future__ import annotations

import contextlib
import fcntl
import re
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bulletin.errors import AudioError
from bulletin.sound.audio import ffmpeg_exe
from bulletin.sound.loudness import TruePeak
from bulletin.sound.mp3_frames import fix_padding

READ_BYTES = 1 << 19  # per meter call
REPORT_NEAR_DB = 3.0  # the file's reported true peak: blocks this close to its loudest sample


@dataclass(frozen=True)
class Encoded:
    """The MP3 written, as its decoded samples measure."""

    path: Path
    frames: int  # samples per channel it decodes to (gapless), the programme's length
    true_peak_dbtp: float


class FileCheck:
    """What a decoded MP3 is checked for: its true peak (LAME adds overshoot) and its length."""

    def __init__(self, ceiling_dbtp: float = 0.0) -> None:
        self.peak = TruePeak(10 ** (ceiling_dbtp / 20), near_db=REPORT_NEAR_DB)
        self.frames = 0

    def add(self, samples: np.ndarray) -> None:
        self.frames += len(samples)
        self.peak.add(samples)

    def finish(self) -> FileCheck:
        self.peak.finish()
        return self


def encode_mp3(samples: np.ndarray, rate: int, path: Path, bitrate: int,
               ceiling_dbtp: float = 0.0) -> Encoded:
    """Encode `samples` (frames, channels) to a CBR MP3 at `path` in one go; its decoded samples are
    measured while it is written. AudioError when ffmpeg fails or the file does not decode to
    exactly the programme's length."""
    check = encode_measured(samples, rate, path, bitrate, FileCheck(ceiling_dbtp))
    if check.frames != len(samples):
        raise AudioError(f"MP3 encoding: the file decodes to {check.frames} of {len(samples)} samples")
    return Encoded(path, len(samples), check.peak.dbtp)


# PLR0913: the four inputs of any encode, the meter of its decoded samples, and the list through which
# the two-half encode stops this one's processes from its other thread
def encode_measured(samples: np.ndarray, rate: int, path: Path, bitrate: int, meter,  # noqa: PLR0913
                    started: list[subprocess.Popen] | None = None):
    """One encode, its header giving LAME's real padding; `meter` (add/finish) gets the decoded
    file's samples. Each ffmpeg process is added to `started` as it starts (to stop it from another
    thread)."""
    channels = samples.shape[1]
    encode = ["-f", "f32le", "-ar", str(rate), "-ac", str(channels), "-i", "pipe:0", "-map", "0:a",
              "-c:a", "libmp3lame", "-b:a", f"{bitrate}k", "-ar", str(rate), "-map_metadata", "-1",
              "-write_xing", "1", "-id3v2_version", "0", "-f", "mp3", "-y", str(path)]
    if loopback_decoding():
        loopback = ["-dec", "0:0", "-filter_complex", "[dec:0]anull[decoded]", "-map", "[decoded]",
                    "-c:a", "pcm_f32le", "-f", "f32le", "pipe:1"]
        decoded = _stream([*encode, *loopback], samples, channels, meter, started)
        fix_padding(path, len(samples))
        return decoded
    _stream(encode, samples, channels, FileCheck(), started)
    fix_padding(path, len(samples))  # before decoding: the decoder trims what the header says
    return _stream(["-i", str(path), "-f", "f32le", "-c:a", "pcm_f32le", "pipe:1"], None, channels, meter,
                   started)


# --- running ffmpeg with a pipe in and a pipe out ---

def _stream(args: list[str], samples: np.ndarray | None, channels: int, meter,
            started: list[subprocess.Popen] | None = None):
    """Run ffmpeg, feeding `samples` from a thread and passing what it writes to stdout to `meter`."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", *args]
    if samples is not None:
        cmd.remove("-nostdin")
    with tempfile.TemporaryFile() as errors:
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if samples is not None else subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=errors)
        except OSError as err:
            raise AudioError(f"MP3 encoding: cannot run ffmpeg ({err})") from None
        if started is not None:
            started.append(proc)
        for pipe in (proc.stdin, proc.stdout):
            _widen(pipe)
        writer = None
        if samples is not None:
            writer = threading.Thread(target=_feed, args=(proc.stdin, samples), daemon=True)
            writer.start()
        try:
            _read_into(proc.stdout, channels, meter)
        except BaseException:  # a failing meter or Ctrl-C: ffmpeg must not wait on a full pipe
            proc.kill()
            proc.wait()
            raise
        if writer:
            writer.join()
        code = proc.wait()
        if code != 0:
            errors.seek(0)
            lines = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise AudioError(f"MP3 encoding: ffmpeg failed ({lines[-1] if lines else f'exit {code}'})")
    return meter.finish()


def _widen(pipe) -> None:
    """A 1 MiB pipe (Linux; the default 64 KiB is 2 ms of LAME's output): a busy moment here must not
    stall ffmpeg."""
    if pipe is not None:
        with contextlib.suppress(OSError, AttributeError, ValueError):
            fcntl.fcntl(pipe.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)


def _read_into(pipe, channels: int, meter) -> None:
    """Pass ffmpeg's float output to `meter` in whole frames, read into one reused buffer (so a
    meter must copy what it keeps). Metering 512 KiB takes about a millisecond, and the 1 MiB pipe
    holds some 30 ms of the decoder's output: ffmpeg never waits for the meter. (A reader thread
    and a queue cost 0.1 s more CPU per bulletin, on cores LAME needs.)"""
    buffer = np.empty((READ_BYTES // (4 * channels), channels), dtype="<f4")
    raw = memoryview(buffer).cast("B")
    frame_bytes = 4 * channels
    filled = 0
    while True:
        count = pipe.readinto(raw[filled:])
        filled += count or 0
        if filled < len(raw) and count:
            continue
        whole = filled // frame_bytes
        if whole:
            meter.add(buffer[:whole])
        rest = filled - whole * frame_bytes  # a frame cut by the pipe: keep its start
        raw[:rest] = raw[whole * frame_bytes: filled]
        filled = rest
        if not count:
            return


def _feed(pipe, samples: np.ndarray) -> None:
    """Write the samples as little-endian float32, a slice at a time (no copy of the programme)."""
    try:
        for start in range(0, len(samples), 1 << 15):
            pipe.write(np.ascontiguousarray(samples[start: start + (1 << 15)], dtype="<f4").data)
    except (BrokenPipeError, ValueError):
        pass  # ffmpeg stopped; its exit code and message say why
    finally:
        with contextlib.suppress(BrokenPipeError, OSError):
            pipe.close()


_loopback: bool | None = None


def loopback_decoding() -> bool:
    """Whether this ffmpeg can decode its own encoder output (-dec, ffmpeg 7.1 and later)."""
    global _loopback
    if _loopback is None:
        try:
            done = subprocess.run([ffmpeg_exe(), "-hide_banner", "-version"], capture_output=True, text=True,
                                  check=False)
            match = re.search(r"version n?(\d+)\.(\d+)", done.stdout)
            # a git build ("version N-12345-g...") is newer than any release
            _loopback = (int(match[1]), int(match[2])) >= (7, 1) if match else "version N-" in done.stdout
        except OSError:
            _loopback = False
    return _loopback

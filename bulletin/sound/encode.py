"""MP3 encoding with ffmpeg's libmp3lame, checked while it is written, on both cores when it can.

- CBR from a float pipe (no intermediate WAV), with the Xing/LAME header: gapless players and ffmpeg
  trim the encoder's delay and padding, so the file plays exactly as long as the samples.
- ffmpeg decodes its own output as it encodes (a "loopback decoder", ffmpeg 7.1 and later; older
  ffmpegs decode the written file afterwards) and the decoded samples stream back into a meter.
- LAME is single-threaded and most of a bulletin's time. Where the programme has a silent pause near
  its middle (between items or sentences, quieter than the smallest step of 16-bit audio; not under a
  music bed), the two halves are encoded side by side and joined in that pause: each LAME stream
  starts clean (no bit reservoir reaches back), the second half starts later by exactly the first
  half's padding and its own encoder delay, so after the join every sample sits where it was, and the
  header (frames, bytes, seek table, padding, CRCs) is written for the whole. Anything unexpected
  falls back to one encode.
"""

from __future__ import annotations

import contextlib
import re
import struct
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bulletin.errors import AudioError
from bulletin.sound.audio import ffmpeg_exe
from bulletin.sound.loudness import PEAK_BLOCK, TruePeak, block_peaks

READ_BYTES = 1 << 19  # per meter call
REPORT_NEAR_DB = 3.0  # the file's reported true peak: blocks this close to its loudest sample
FRAME = 1152  # samples per MPEG-1 layer III frame
LAME_DELAY = 576  # LAME's encoder delay at 32-48 kHz
MIN_SPLIT_S = 20.0  # shorter programmes are encoded in one go
QUIET = 2 ** -15  # -90.3 dBFS, one step of 16-bit audio: a pause this quiet can take a join


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
               ceiling_dbtp: float = 0.0) -> tuple[float, int]:
    """Encode; return the true peak (dBTP) of the decoded file and its length in frames."""
    split = split_point(samples, rate)
    if split is not None and loopback_decoding():
        done = _encode_halves(samples, rate, path, bitrate, ceiling_dbtp, *split)
        if done is not None:
            return done
    check = encode_measured(samples, rate, path, bitrate, FileCheck(ceiling_dbtp))
    if check.frames != len(samples):
        raise AudioError(f"MP3 encoding: the file decodes to {check.frames} of {len(samples)} samples")
    return check.peak.dbtp, len(samples)


def encode_measured(samples: np.ndarray, rate: int, path: Path, bitrate: int, meter,
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


# --- two halves side by side, joined in silence ---

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


def _encode_halves(samples: np.ndarray, rate: int, path: Path, bitrate: int, ceiling_dbtp: float,
                   first: int, drop: int) -> tuple[float, int] | None:
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
        return max(a.peak.dbtp, b.peak.dbtp), len(samples)
    finally:
        while worker.is_alive():  # this half failed or was interrupted: stop the other one now
            for proc in started:
                with contextlib.suppress(OSError):
                    proc.kill()
            worker.join(0.05)
        with contextlib.suppress(OSError):
            second.unlink()


_BITRATES = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0)  # kbps; 0: free, bad
_RATES = (44100, 48000, 32000, 0)


def frame_length(header: bytes) -> int:
    """Bytes of the MPEG-1 layer III frame that starts with this 4-byte header; 0 if it starts none."""
    if len(header) < 4 or header[0] != 0xFF or (header[1] & 0xFE) != 0xFA:
        return 0
    bitrate, rate = _BITRATES[header[2] >> 4], _RATES[(header[2] >> 2) & 3]
    return 144000 * bitrate // rate + ((header[2] >> 1) & 1) if bitrate and rate else 0


def id3_length(data: bytes) -> int:
    """Bytes of the ID3v2 tag at the start of `data` (0 without one)."""
    if data[:3] != b"ID3" or len(data) < 10:
        return 0
    return 10 + (data[9] | data[8] << 7 | data[7] << 14 | data[6] << 21) + (10 if data[5] & 0x10 else 0)


@dataclass
class _Info:
    size: int  # bytes of the Xing/Info frame
    tag: int  # offset of "Info"/"Xing" in it
    lame: int  # offset of the LAME extension
    frames: int
    delay: int
    padding: int
    music_crc: int


def _info(data: bytes) -> _Info | None:
    """The Xing/Info frame at the start of an MP3 (as ffmpeg writes it: no ID3v2 before it)."""
    size = frame_length(data[:4])
    if not size:
        return None
    mono = data[3] >> 6 == 3
    tag = 4 + (17 if mono else 32)
    if data[tag: tag + 4] not in (b"Info", b"Xing"):
        return None
    flags = struct.unpack(">I", data[tag + 4: tag + 8])[0]
    if flags & 7 != 7:
        return None
    frames = struct.unpack(">I", data[tag + 8: tag + 12])[0]
    lame = tag + 8 + 4 + 4 + 100 + (4 if flags & 8 else 0)
    both = int.from_bytes(data[lame + 21: lame + 24], "big")
    return _Info(size, tag, lame, frames, both >> 12, both & 0xFFF,
                 int.from_bytes(data[lame + 32: lame + 34], "big"))


def join_mp3(first: Path, second: Path, expected_padding: int) -> bool:
    """Append the audio frames of `second` to `first` and rewrite `first`'s header for the whole."""
    a, b = first.read_bytes(), second.read_bytes()
    head_a, head_b = _info(a), _info(b)
    same_format = (a[1], a[2] >> 2, a[3] >> 6) == (b[1], b[2] >> 2, b[3] >> 6)  # all but the padding bit
    if head_a is None or head_b is None or not same_format:
        return False
    if head_a.delay != LAME_DELAY or head_b.delay != LAME_DELAY or head_a.padding != expected_padding:
        return False
    audio_b = b[head_b.size:]
    header = _header(a[: head_a.size], head_a, head_a.frames + head_b.frames, len(a) + len(audio_b),
                     head_b.padding, crc16_combine(head_a.music_crc, head_b.music_crc, len(audio_b)))
    with open(first, "r+b") as handle:
        handle.write(header)
        handle.seek(len(a))
        handle.write(audio_b)
    return True


def fix_padding(path: Path, frames: int) -> None:
    """Write LAME's real padding into the header. ffmpeg records at most 1152 + 529 samples, but LAME
    pads up to 1727 when a stream ends just past a frame boundary: such a file would play up to 46
    samples long. The 12-bit field holds the real value, and every gapless decoder uses it."""
    with open(path, "r+b") as handle:
        data = handle.read(2048)
        head = _info(data)
        if head is None or head.delay != LAME_DELAY:
            return
        real = head.frames * FRAME - LAME_DELAY - frames
        if real == head.padding or not 0 <= real < 4096:
            return
        total = handle.seek(0, 2)
        header = _header(data[: head.size], head, head.frames, total, real, head.music_crc)
        handle.seek(0)
        handle.write(header)


def _header(frame: bytes, head: _Info, frames: int, total: int, padding: int, music_crc: int) -> bytes:
    """The Xing/Info frame with frame count, byte count, seek table, padding and both CRCs set."""
    header = bytearray(frame)
    header[head.tag + 8: head.tag + 16] = struct.pack(">II", frames, total)
    audio = total - head.size  # CBR: the seek table is a straight line
    header[head.tag + 16: head.tag + 116] = bytes(
        [0] + [min(255, 256 * (head.size + audio * i // 100) // total) for i in range(1, 100)])
    header[head.lame + 21: head.lame + 24] = ((LAME_DELAY << 12) | padding).to_bytes(3, "big")
    header[head.lame + 28: head.lame + 32] = total.to_bytes(4, "big")
    header[head.lame + 32: head.lame + 34] = music_crc.to_bytes(2, "big")
    header[head.lame + 34: head.lame + 36] = b"\0\0"  # inside the 190 bytes of a mono frame
    header[head.lame + 34: head.lame + 36] = crc16(bytes(header[:190])).to_bytes(2, "big")
    return bytes(header)


# --- the finished file: every audio frame was decoded while it was written; check what changed since ---

def frame_problem(data: bytes, frames: int) -> str | None:
    """Why the finished MP3 is not what the loopback decoders checked, "" when it is, or None when
    the file has no Info header to check against (an ffmpeg that writes none: decode it instead).

    The audio frames were decoded as they were written; afterwards only the Info header (joined
    halves, padding) and the ID3 tag changed. So: one ID3v2 tag, then an unbroken chain of MPEG-1
    layer III frames of one format to the end of the file, as many as the Info header counts, and
    the header's delay and padding give back exactly `frames` samples."""
    start = id3_length(data)
    head = _info(data[start: start + 2048])
    if head is None:
        return None
    end = len(data) - (128 if data[-128:-125] == b"TAG" else 0)
    form, position, count = data[start + 1: start + 4], start, 0
    while position + 4 <= end:
        b1, b2, b3 = data[position + 1], data[position + 2], data[position + 3]
        # one format: version and layer, bitrate, sample rate, mono or not (the Info frame says
        # "stereo" where LAME's frames say "joint stereo")
        if data[position] != 0xFF or (b1 & 0xFE) != 0xFA or (b1, b2 & 0xFC, b3 >> 6 == 3) != (
                form[0], form[1] & 0xFC, form[2] >> 6 == 3):
            return f"frame {count} at byte {position} is broken"
        size = frame_length(data[position: position + 4])
        if not size:
            return f"frame {count} at byte {position} has no valid bitrate or sample rate"
        position += size
        count += 1
    if position != end:
        return f"the file ends inside frame {count}"
    if count != head.frames + 1:
        return f"{count - 1} audio frames, the header says {head.frames}"
    if head.delay == LAME_DELAY and head.frames * FRAME - head.delay - head.padding != frames:
        return f"the header gives {head.frames * FRAME - head.delay - head.padding} samples, not {frames}"
    return ""


def crc16(data: bytes, crc: int = 0) -> int:
    """CRC-16/ARC, the one the LAME tag uses (fine for its 190 bytes; the music CRC is combined)."""
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


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
            import fcntl

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

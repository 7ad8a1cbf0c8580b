"""The MP3 file as ffmpeg's libmp3lame writes it: MPEG-1 layer III frame headers, the ID3v2 tag, and
the Xing/Info frame with LAME's extension (frame and byte counts, seek table, encoder delay and
padding, music CRC, tag CRC) that gapless players read.

Used to write LAME's real padding into the header (fix_padding), to check a finished file frame by
frame (frame_problem), and by the two-half encode (mp3_splice.py) to rewrite the header for the
joined file.
"""

from __future__ import annotations

import dataclasses
import struct
from dataclasses import dataclass
from pathlib import Path

FRAME = 1152  # samples per MPEG-1 layer III frame
LAME_DELAY = 576  # LAME's encoder delay at 32-48 kHz
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


@dataclass(frozen=True)
class InfoHeader:
    """The Xing/Info frame at the start of the audio, as read from the file."""

    size: int  # bytes of the Xing/Info frame
    tag: int  # offset of "Info"/"Xing" in it
    lame: int  # offset of the LAME extension
    frames: int  # audio frames after it
    delay: int  # encoder delay, samples
    padding: int  # samples added at the end
    music_crc: int  # CRC-16 of the audio frames


def info_header(data: bytes) -> InfoHeader | None:
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
    return InfoHeader(size, tag, lame, frames, both >> 12, both & 0xFFF,
                      int.from_bytes(data[lame + 32: lame + 34], "big"))


def rewritten_header(frame: bytes, head: InfoHeader, total: int) -> bytes:
    """The Xing/Info frame `frame` with `head`'s frame count, padding and music CRC, the byte count
    `total` of the whole file, the seek table for it, and the tag CRC set."""
    header = bytearray(frame)
    header[head.tag + 8: head.tag + 16] = struct.pack(">II", head.frames, total)
    audio = total - head.size  # CBR: the seek table is a straight line
    header[head.tag + 16: head.tag + 116] = bytes(
        [0] + [min(255, 256 * (head.size + audio * i // 100) // total) for i in range(1, 100)])
    header[head.lame + 21: head.lame + 24] = ((LAME_DELAY << 12) | head.padding).to_bytes(3, "big")
    header[head.lame + 28: head.lame + 32] = total.to_bytes(4, "big")
    header[head.lame + 32: head.lame + 34] = head.music_crc.to_bytes(2, "big")
    header[head.lame + 34: head.lame + 36] = b"\0\0"  # inside the 190 bytes of a mono frame
    header[head.lame + 34: head.lame + 36] = crc16(bytes(header[:190])).to_bytes(2, "big")
    return bytes(header)


def fix_padding(path: Path, frames: int) -> None:
    """Write LAME's real padding into the header. ffmpeg records at most 1152 + 529 samples, but LAME
    pads up to 1727 when a stream ends just past a frame boundary: such a file would play up to 46
    samples long. The 12-bit field holds the real value, and every gapless decoder uses it."""
    with open(path, "r+b") as handle:
        data = handle.read(2048)
        head = info_header(data)
        if head is None or head.delay != LAME_DELAY:
            return
        real = head.frames * FRAME - LAME_DELAY - frames
        if real == head.padding or not 0 <= real < 4096:
            return
        total = handle.seek(0, 2)
        header = rewritten_header(data[: head.size], dataclasses.replace(head, padding=real), total)
        handle.seek(0)
        handle.write(header)


def frame_problem(data: bytes, frames: int) -> str | None:
    """Why the finished MP3 is not what the loopback decoders checked, "" when it is, or None when
    the file has no Info header to check against (an ffmpeg that writes none: decode it instead).

    The audio frames were decoded as they were written; afterwards only the Info header (joined
    halves, padding) and the ID3 tag changed. So: one ID3v2 tag, then an unbroken chain of MPEG-1
    layer III frames of one format to the end of the file, as many as the Info header counts, and
    the header's delay and padding give back exactly `frames` samples."""
    start = id3_length(data)
    head = info_header(data[start: start + 2048])
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

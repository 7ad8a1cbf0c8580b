"""The master stage: loudness to target, true peak under the ceiling, MP3 CBR, ID3v2.3 tags.

The programme's loudness is known from its pieces (mix.py) and corrected for what the limiter takes
away, so one gain brings it to the target and the first encode usually hits it. LAME loses a small,
content-independent level at low bitrates (about 0.45 dB at 128 kbps, none at 256): measured once
per process with a probe that runs while the speech is synthesized, and aimed above by that much.

Encoding runs in one ffmpeg process that also decodes its own output (a "loopback decoder", ffmpeg 7.1
and later; older ffmpegs decode the written file afterwards). The decoded samples stream back into
our meter while LAME is still working, so what the manifest reports is measured on the MP3 itself,
at almost no extra time. A file that misses the ceiling or the target is made again, corrected.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bulletin.audio import ffmpeg_exe
from bulletin.errors import AudioError
from bulletin.limiter import Limiter, apply
from bulletin.loudness import SILENCE, Meter, kweighted_power, loudness_of_ticks, tick_frames, ticks_of
from bulletin.models import Loudness

ENCODER_MARGIN_DB = 0.5  # LAME's typical true-peak overshoot at 128 kbps on speech
MODEL_TOLERANCE = 0.02  # LU: how close the level-and-limit loop gets before encoding
FILE_TOLERANCE = 0.3  # LU: re-encode when the finished file misses the target by more
ATTEMPTS = 3
REPLAYGAIN_REFERENCE = -18.0  # LUFS, ReplayGain 2.0
READ_BYTES = 1 << 20


@dataclass(frozen=True)
class Tags:
    title: str
    artist: str
    album: str
    date: str  # YYYY-MM-DD
    comment: str


@dataclass(frozen=True)
class Mastered:
    """What the meter reads on the finished file, and how long it plays."""

    loudness: Loudness
    frames: int
    rate: int

    @property
    def seconds(self) -> float:
        return self.frames / self.rate


def master_to_mp3(samples: np.ndarray, rate: int, path: Path, target_lufs: float, ceiling_dbtp: float,
                  bitrate: int, tags: Tags, ticks: np.ndarray | None = None,
                  replaygain: bool = False) -> Mastered:
    """Write the finished MP3 to `path`. `samples` are scaled in place; `ticks` is their K-weighted
    energy per tick if the mix knows it (else it is measured here)."""
    channels = samples.shape[1]
    if ticks is None:
        ticks = ticks_of(kweighted_power(samples, rate, tail=0), tick_frames(rate))
    if loudness_of_ticks(ticks, rate) <= SILENCE:
        raise AudioError("the programme is silent; check the speech engine and the jingles")
    aim = target_lufs + codec_level_loss(bitrate, rate, channels)
    margin = ENCODER_MARGIN_DB
    for _ in range(ATTEMPTS):
        ticks = level_and_limit(samples, rate, ticks, aim, ceiling_dbtp - margin)
        result, frames = encode_mp3(samples, rate, path, bitrate)
        overshoot = result.true_peak_dbtp - ceiling_dbtp
        missed = target_lufs - result.integrated_lufs
        if overshoot <= 0 and abs(missed) <= FILE_TOLERANCE:
            break
        margin += max(overshoot + 0.1, 0)
        aim += missed
    else:
        raise AudioError(f"the encoded file measures {result.integrated_lufs:.1f} LUFS, "
                         f"{result.true_peak_dbtp:.1f} dBTP, and cannot meet {target_lufs} LUFS under "
                         f"{ceiling_dbtp} dBTP; lower loudness_target or raise bitrate")
    gain = None
    if replaygain:
        gain = (REPLAYGAIN_REFERENCE - result.integrated_lufs, 10 ** (result.true_peak_dbtp / 20))
    write_tags(path, tags, seconds=frames / rate, replaygain=gain)
    return Mastered(result, frames, rate)


def level_and_limit(samples: np.ndarray, rate: int, ticks: np.ndarray, target_lufs: float,
                    ceiling_dbtp: float) -> np.ndarray:
    """One gain to the target and the limiter for the peaks, in place; the gain is raised by what the
    limiter takes away. Returns the new energy per tick."""
    limiter = Limiter(samples, rate, ceiling_dbtp)
    tick = tick_frames(rate)
    gain_db = target_lufs - loudness_of_ticks(ticks, rate)
    for _ in range(5):
        gain = 10 ** (gain_db / 20)
        limited = limiter.gains(gain)
        model = gain * gain * (ticks - limiter.energy_loss(limited, tick, len(ticks)))
        now = loudness_of_ticks(model, rate)
        if abs(now - target_lufs) <= MODEL_TOLERANCE:
            break
        gain_db += target_lufs - now
    apply(samples, gain, limited)
    return model


# --- LAME's level loss, probed once per process in the background ---

_probes: dict[tuple[int, int, int], Future] = {}
_probe_lock = threading.Lock()
_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="codec-probe")


def start_codec_probe(bitrate: int, rate: int, channels: int, remember: Path | None = None) -> None:
    """Start measuring LAME's level loss now (an ffmpeg process on the other core). With `remember`
    (a JSON file), a loss measured before with the same ffmpeg binary is reused."""
    with _probe_lock:
        if (bitrate, rate, channels) not in _probes:
            _probes[(bitrate, rate, channels)] = _pool.submit(_remembered_probe, bitrate, rate, channels,
                                                              remember)


def _remembered_probe(bitrate: int, rate: int, channels: int, remember: Path | None) -> float:
    if remember is None:
        return _probe(bitrate, rate, channels)
    try:
        binary = Path(ffmpeg_exe()).stat()
        key = f"{ffmpeg_exe()}|{binary.st_size}|{binary.st_mtime_ns}|{bitrate}|{rate}|{channels}"
        known = json.loads(remember.read_text(encoding="utf-8")) if remember.is_file() else {}
    except (OSError, ValueError):
        return _probe(bitrate, rate, channels)
    if isinstance(known.get(key), (int, float)):
        return float(known[key])
    loss = _probe(bitrate, rate, channels)
    with contextlib.suppress(OSError):  # a cache that cannot be written is no error
        remember.parent.mkdir(parents=True, exist_ok=True)
        scratch = remember.with_name(f".{remember.name}.{os.getpid()}")
        scratch.write_text(json.dumps({**known, key: loss}), encoding="utf-8")
        os.replace(scratch, remember)
    return loss


def codec_level_loss(bitrate: int, rate: int, channels: int) -> float:
    """dB of level LAME takes away at this bitrate (measured: about 0.45 dB up to 160 kbps, none from
    256 kbps), found by encoding two seconds of tones in the speech band (broadband noise would lose
    more above the encoder's lowpass than speech does)."""
    start_codec_probe(bitrate, rate, channels)
    return _probes[(bitrate, rate, channels)].result()


def _probe(bitrate: int, rate: int, channels: int) -> float:
    t = np.arange(2 * rate) / rate
    mono = sum(0.03 * np.sin(2 * np.pi * f * t) for f in (220.0, 470.0, 1030.0, 2150.0))
    tones = np.repeat(mono[:, None], channels, axis=1).astype(np.float32)
    with tempfile.TemporaryDirectory() as folder:
        decoded, _ = encode_mp3(tones, rate, Path(folder) / "probe.mp3", bitrate)
    reference = Meter(rate, channels)
    reference.add(tones)
    return round(reference.finish().integrated() - decoded.integrated_lufs, 2)


# --- encoding with the file measured as it is written ---

def encode_mp3(samples: np.ndarray, rate: int, path: Path, bitrate: int) -> tuple[Loudness, int]:
    """CBR MP3 via ffmpeg's libmp3lame from a float pipe (no intermediate WAV), with the Xing/LAME
    header (gapless players and ffmpeg then trim the encoder delay: the file plays exactly as long as
    the samples). Returns what the meter reads on the decoded file, and its length in frames."""
    channels = samples.shape[1]
    encode = ["-f", "f32le", "-ar", str(rate), "-ac", str(channels), "-i", "pipe:0", "-map", "0:a",
              "-c:a", "libmp3lame", "-b:a", f"{bitrate}k", "-ar", str(rate), "-map_metadata", "-1",
              "-write_xing", "1", "-id3v2_version", "0", "-f", "mp3", "-y", str(path)]
    if loopback_decoding():
        meter = _stream([*encode, "-dec", "0:0", "-filter_complex", "[dec:0]anull[decoded]", "-map",
                         "[decoded]", "-c:a", "pcm_f32le", "-f", "f32le", "pipe:1"], samples, rate, channels)
    else:
        _stream(encode, samples, rate, channels)
        meter = _stream(["-i", str(path), "-f", "f32le", "-c:a", "pcm_f32le", "pipe:1"], None, rate, channels)
    return _loudness(meter), meter.frames


def measure_file(path: Path, rate: int, channels: int) -> Loudness:
    """Decode a file and measure it with our meter."""
    meter = _stream(["-i", str(path), "-ar", str(rate), "-ac", str(channels), "-f", "f32le", "-c:a",
                     "pcm_f32le", "pipe:1"], None, rate, channels)
    return _loudness(meter)


def _loudness(meter: Meter) -> Loudness:
    return Loudness(integrated_lufs=round(meter.integrated(), 2), true_peak_dbtp=round(meter.true_peak(), 2))


def _stream(args: list[str], samples: np.ndarray | None, rate: int, channels: int) -> Meter:
    """Run ffmpeg, feeding `samples` from a thread and metering what it writes to stdout."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", *args]
    if samples is not None:
        cmd.remove("-nostdin")
    meter = Meter(rate, channels)
    with tempfile.TemporaryFile() as errors:
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if samples is not None else subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=errors)
        except OSError as err:
            raise AudioError(f"MP3 encoding: cannot run ffmpeg ({err})") from None
        writer = None
        if samples is not None:
            writer = threading.Thread(target=_feed, args=(proc.stdin, samples), daemon=True)
            writer.start()
        rest = b""
        frame_bytes = 4 * channels
        while chunk := proc.stdout.read(READ_BYTES):
            data = rest + chunk
            whole = len(data) // frame_bytes * frame_bytes
            if whole:
                meter.add(np.frombuffer(data[:whole], dtype="<f4").reshape(-1, channels))
            rest = data[whole:]
        if writer:
            writer.join()
        code = proc.wait()
        if code != 0:
            errors.seek(0)
            lines = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise AudioError(f"MP3 encoding: ffmpeg failed ({lines[-1] if lines else f'exit {code}'})")
    return meter.finish()


def _feed(pipe, samples: np.ndarray) -> None:
    """Write the samples as little-endian float32, a slice at a time (no copy of the programme)."""
    try:
        for start in range(0, len(samples), 1 << 15):
            pipe.write(np.ascontiguousarray(samples[start: start + (1 << 15)], dtype="<f4").data)
    except (BrokenPipeError, ValueError):
        pass  # ffmpeg stopped; its exit code and message say why
    finally:
        try:
            pipe.close()
        except (BrokenPipeError, OSError):
            pass


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


def write_tags(path: Path, tags: Tags, seconds: float, replaygain: tuple[float, float] | None = None) -> None:
    """ID3v2.3, which every playout system reads (v2.4 confuses some Windows tools). ReplayGain as
    TXXX frames (REPLAYGAIN_TRACK_GAIN/PEAK, the foobar2000 and Mp3tag convention) when asked for."""
    from mutagen.id3 import COMM, ID3, TALB, TCON, TDRC, TIT2, TLEN, TPE1, TXXX

    id3 = ID3()
    id3.add(TIT2(encoding=3, text=tags.title))
    id3.add(TPE1(encoding=3, text=tags.artist))
    id3.add(TALB(encoding=3, text=tags.album))
    id3.add(TDRC(encoding=3, text=tags.date))
    id3.add(TCON(encoding=3, text="News"))
    id3.add(TLEN(encoding=3, text=str(int(round(seconds * 1000)))))
    id3.add(COMM(encoding=3, lang="deu", desc="", text=tags.comment))
    if replaygain:
        gain_db, peak = replaygain
        id3.add(TXXX(encoding=3, desc="REPLAYGAIN_TRACK_GAIN", text=f"{gain_db:+.2f} dB"))
        id3.add(TXXX(encoding=3, desc="REPLAYGAIN_TRACK_PEAK", text=f"{peak:.6f}"))
        id3.add(TXXX(encoding=3, desc="REPLAYGAIN_REFERENCE_LOUDNESS",
                     text=f"{REPLAYGAIN_REFERENCE:.1f} LUFS"))
    id3.save(str(path), v2_version=3)

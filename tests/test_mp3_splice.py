"""The two-half MP3 encode (bulletin/sound/mp3_splice.py) against a single encode of the same
programme, with ffmpeg as the decoder: the same samples at the same places, the exact gapless length,
a Xing/LAME header that describes the joined file, and the setting that turns it off."""

from __future__ import annotations

import numpy as np
import pytest

from bulletin.config import Config, load_config
from bulletin.sound import encode, mp3_splice
from bulletin.sound.audio import decode_file
from bulletin.sound.loudness import true_peak_dbtp
from bulletin.sound.mastering import MasterSettings, Tags, master_to_mp3
from bulletin.sound.mix import Programme
from bulletin.sound.mp3_frames import FRAME, LAME_DELAY, crc16, frame_length, frame_problem, info_header
from tests.conftest import decode_errors, tone

TAGS = Tags(title="Nachrichten 14 Uhr", artist="Radio Test", album="Radio Test Nachrichten",
            date="2026-11-27", comment="test")


def two_bursts(rate: int, channels: int, pause_s: float = 0.6) -> np.ndarray:
    """10.5 s of tone, a digital-silence pause, 10.5 s of the tone at half level (ramped: no clicks)."""
    burst = tone(10.5, rate, freq=440.0, dbfs=-12.0, channels=channels)
    burst *= np.clip(np.minimum(np.arange(len(burst)), np.arange(len(burst))[::-1]) / 480, 0, 1)[:, None]
    return np.concatenate([burst, np.zeros((int(pause_s * rate), channels), np.float32), burst * 0.5])


def lame_tag_crc_ok(data: bytes) -> bool:
    head = info_header(data)
    frame = bytearray(data[:190])
    stored = int.from_bytes(data[head.lame + 34: head.lame + 36], "big")
    frame[head.lame + 34: head.lame + 36] = b"\0\0"  # inside the 190 bytes in mono frames
    return crc16(bytes(frame[:190])) == stored


def frames_of(data: bytes) -> list[bytes]:
    """The audio frames after the Info frame, read by their headers."""
    position, found = info_header(data).size, []
    while position < len(data):
        size = frame_length(data[position: position + 4])
        assert size, f"no frame at byte {position}"
        found.append(data[position: position + size])
        position += size
    return found


@pytest.mark.parametrize("rate, channels", [(44100, 2), (44100, 1), (48000, 2)])
def test_a_spliced_file_decodes_to_the_samples_of_a_single_encode(tmp_path, rate, channels):
    programme = two_bursts(rate, channels)
    split = mp3_splice.split_point(programme, rate)
    assert split is not None and 10.5 * rate <= split[0] <= 11.1 * rate  # in the pause
    spliced = mp3_splice.encode(programme, rate, tmp_path / "spliced.mp3", 128, -1.0)
    single = encode.encode_mp3(programme, rate, tmp_path / "single.mp3", 128, -1.0)
    assert spliced.frames == single.frames == len(programme)
    assert decode_errors(spliced.path) == ""
    a, b = decode_file(spliced.path, rate, channels), decode_file(single.path, rate, channels)
    assert len(a) == len(b) == len(programme)  # gapless across the join, to the sample
    join = split[0] + split[1]  # where the second half's first sample sits
    assert np.array_equal(a[:join], b[:join])  # the first half and the pause: the very same samples
    # after the join: the same samples up to LAME's rounding (the second half's bit reservoir starts
    # empty); one sample out of place would differ by -36 dBFS here
    assert np.abs(a - b).max() < 10 ** (-50 / 20) and np.sqrt(np.mean((a - b) ** 2)) < 10 ** (-90 / 20)
    assert np.abs(a - programme).max() < 0.02  # and that is the programme, up to codec noise
    assert abs(spliced.true_peak_dbtp - true_peak_dbtp(a)) < 0.1
    assert abs(spliced.true_peak_dbtp - single.true_peak_dbtp) < 0.01
    # the first half's MP3 frames are the single encode's, byte for byte: only the join was made
    halves, whole = frames_of(spliced.path.read_bytes()), frames_of(single.path.read_bytes())
    first_frames = (split[0] + LAME_DELAY) // FRAME
    assert halves[:first_frames] == whole[:first_frames] and len(halves) == len(whole)


def test_the_joined_header_describes_the_whole_file(tmp_path):
    rate = 44100
    programme = two_bursts(rate, 2)
    spliced = mp3_splice.encode(programme, rate, tmp_path / "spliced.mp3", 128)
    single = encode.encode_mp3(programme, rate, tmp_path / "single.mp3", 128)
    data, reference = spliced.path.read_bytes(), single.path.read_bytes()
    head, expected = info_header(data), info_header(reference)
    audio = frames_of(data)
    assert head.frames == len(audio) == expected.frames
    assert (head.delay, head.padding) == (expected.delay, expected.padding) == (LAME_DELAY, head.padding)
    assert head.frames * FRAME - head.delay - head.padding == len(programme)
    assert int.from_bytes(data[head.tag + 12: head.tag + 16], "big") == len(data)  # Xing byte count
    assert int.from_bytes(data[head.lame + 28: head.lame + 32], "big") == len(data)  # LAME music length
    assert crc16(b"".join(audio)) == head.music_crc  # combined from the two halves' CRCs
    assert lame_tag_crc_ok(data)
    toc = list(data[head.tag + 16: head.tag + 116])
    assert toc == sorted(toc) and toc[0] == 0 and 250 <= toc[-1] <= 255  # a seek table over the whole
    assert frame_problem(data, len(programme)) == ""  # the chain of frames the delivery check walks


def test_a_sentence_pause_below_16_bit_takes_the_join_a_louder_one_does_not(tmp_path):
    rate = 44100
    burst = tone(10.5, rate, freq=440.0, dbfs=-12.0, channels=2)
    noise = np.random.default_rng(5).uniform(-1, 1, (int(0.3 * rate), 2)).astype(np.float32)

    def programme(pause_dbfs: float) -> np.ndarray:  # a speech pause: quiet noise, not digital zeros
        return np.concatenate([burst, noise * 10 ** (pause_dbfs / 20), burst])

    split = mp3_splice.split_point(programme(-100.0), rate)
    assert split is not None and 10.5 * rate <= split[0] <= 10.8 * rate
    assert mp3_splice.split_point(programme(-80.0), rate) is None  # audible: no join there
    path = tmp_path / "joined.mp3"
    quiet = programme(-100.0)
    assert mp3_splice.encode(quiet, rate, path, 128, -1.0).frames == len(quiet)
    decoded = decode_file(path, rate, 2)
    assert len(decoded) == len(quiet) and decode_errors(path) == ""
    assert np.abs(decoded - quiet).max() < 0.02
    pause = slice(int(10.5 * rate) + 2048, int(10.8 * rate) - 2048)  # the join, away from the bursts
    assert np.abs(decoded[pause]).max() < 10 ** (-80 / 20)  # it stays silent across the join


def test_a_join_that_does_not_check_out_falls_back_to_one_encode(tmp_path, monkeypatch):
    monkeypatch.setattr(mp3_splice, "join_mp3", lambda *args, **kwargs: False)  # e.g. a non-LAME header
    programme = two_bursts(44100, 2)
    done = mp3_splice.encode(programme, 44100, tmp_path / "x.mp3", 128)
    assert done.frames == len(programme) and len(decode_file(done.path, 44100, 2)) == len(programme)
    assert [p.name for p in tmp_path.iterdir()] == ["x.mp3"]  # no second half left behind


@pytest.mark.parametrize("split_encode", [True, False])
def test_split_encode_false_makes_one_encode(tmp_path, monkeypatch, split_encode):
    halves = []
    real = mp3_splice._encode_halves
    monkeypatch.setattr(mp3_splice, "_encode_halves", lambda *args: halves.append(1) or real(*args))
    programme = two_bursts(44100, 2)
    mastered = master_to_mp3(Programme(programme, 44100, []), tmp_path / "x.mp3",
                             MasterSettings(split_encode=split_encode), TAGS)
    assert len(halves) == (1 if split_encode else 0)
    assert mastered.frames == len(programme) == len(decode_file(tmp_path / "x.mp3", 44100, 2))


def test_the_setting_reads_from_file_and_environment(tmp_path):
    path = tmp_path / "bulletin.toml"
    path.write_text("split_encode = false\n", encoding="utf-8")
    assert load_config(path, environ={})[0].split_encode is False
    assert load_config(path, environ={"BULLETIN_SPLIT_ENCODE": "true"})[0].split_encode is True
    assert MasterSettings.of(Config()).split_encode is True  # the default


def test_crc16_combine_matches_the_whole():
    rng = np.random.default_rng(3)
    a, b = rng.bytes(1000), rng.bytes(777)
    assert mp3_splice.crc16_combine(crc16(a), crc16(b), len(b)) == crc16(a + b)

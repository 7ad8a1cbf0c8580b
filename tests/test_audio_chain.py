"""Limiter, resampling, mix and master, measured: ffmpeg's ebur128 filter is the independent meter."""

import numpy as np
import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3, BitrateMode

import bulletin.sound.encode as encode
import bulletin.sound.mastering as master
from bulletin.errors import AudioError
from bulletin.sound.audio import decode_file, resample, segment_to_array
from bulletin.sound.limiter import limit_true_peak
from bulletin.sound.loudness import integrated_lufs, true_peak_dbtp
from bulletin.sound.mastering import Tags, codec_level_loss, master_to_mp3
from bulletin.sound.mix import load_jingle, load_jingles, mix_programme, prepare_speech
from bulletin.speech.espeak import EspeakEngine
from bulletin.speech.voices import BUILTIN
from tests.conftest import decode_errors, ebur128, tone

TAGS = Tags(title="Nachrichten 14 Uhr, 27.11.2026", artist="Radio Test", album="Radio Test Nachrichten",
            date="2026-11-27", comment="voice: espeak")


def speech(text="Guten Tag. Hier sind die Nachrichten. Der Stadtrat hat am Dienstag getagt."):
    return EspeakEngine().synthesize(text, BUILTIN["de-espeak"])


@pytest.fixture(scope="module")
def clip():
    return speech()


def test_limiter_holds_the_true_peak_and_leaves_quiet_parts_alone():
    rate = 48000
    quiet = tone(1.0, rate, dbfs=-30.0)
    loud = tone(0.5, rate, freq=3000.0, dbfs=0.0)  # inter-sample peaks above 0 dBFS at 3 kHz
    signal = np.concatenate([quiet, loud, quiet])
    limited = limit_true_peak(signal, rate, -1.0)
    assert true_peak_dbtp(limited) <= -0.99
    # far from the peak (first half second) nothing changed
    assert np.allclose(limited[: rate // 2], signal[: rate // 2])
    gain = np.abs(limited[:, 0]) / np.maximum(np.abs(signal[:, 0]), 1e-9)
    steps = np.abs(np.diff(gain[np.abs(signal[:, 0]) > 0.01]))
    assert steps.max() < 0.05  # ramps, no hard steps


def test_limiter_catches_peaks_between_samples_below_the_ceiling_in_samples():
    rate = 48000
    n = np.arange(rate)
    crests = (10 ** (0.5 / 20) * np.sin(np.pi / 2 * n + np.pi / 4)).astype(np.float32)[:, None]  # samples -2.5
    crests *= np.clip(np.minimum(n, rate - 1 - n) / 480, 0, 1)[:, None]
    assert np.abs(crests).max() < 10 ** (-1 / 20) < 10 ** (true_peak_dbtp(crests) / 20)
    assert true_peak_dbtp(limit_true_peak(crests, rate, -1.0)) <= -0.99


@pytest.mark.parametrize("src, dst", [(22050, 44100), (22050, 48000), (24000, 44100)])
def test_resampling_keeps_pitch_and_length_and_leaves_no_images(src, dst):
    t = np.arange(src) / src
    signal = (0.5 * np.sin(2 * np.pi * 5000 * t)).astype(np.float32)[:, None]
    out = resample(signal, src, dst)
    assert len(out) == dst
    spectrum = np.abs(np.fft.rfft(out[:, 0] * np.hanning(len(out)))) ** 2
    freqs = np.fft.rfftfreq(len(out), 1 / dst)
    assert abs(freqs[spectrum.argmax()] - 5000) < 2
    image = spectrum[freqs > src / 2 + 500].sum()  # where audioop.ratecv mirrors 5 kHz
    assert image / spectrum.sum() < 1e-6


def test_speech_is_trimmed_and_levelled_once(clip):
    piece = prepare_speech(clip, 44100, 2)
    samples = segment_to_array(clip)
    loud = np.flatnonzero(np.abs(samples[:, 0]) > 10 ** (-50 / 20))
    expected = (loud[-1] - loud[0]) / clip.frame_rate
    assert abs(piece.frames / 44100 - expected) < 0.05  # the engine's silence is gone (10 ms margins)
    as_stereo = np.repeat(piece.samples, 2, axis=1)
    assert abs(integrated_lufs(as_stereo, 44100) + 23.0) < 0.2  # measured the way it will sound


def test_mix_lays_out_jingles_speech_and_separators():
    kinds = ["intro", "item", "item", "outro"]
    pieces = [prepare_speech(speech(t), 44100, 2) for t in ("Guten Tag.", "Erste Meldung.", "Zweite Meldung.",
                                                             "Ende.")]
    programme = mix_programme(pieces, kinds, load_jingles({}, 44100, 2), 44100, 2, 0.5)
    labels = [(s.kind, s.label) for s in programme.timeline if s.kind != "pause"]
    assert labels == [("jingle", "intro"), ("speech", "intro"), ("speech", "item 1"), ("jingle", "separator"),
                      ("speech", "item 2"), ("speech", "outro"), ("jingle", "outro")]
    assert programme.samples.shape[1] == 2 and programme.rate == 44100
    assert abs(programme.seconds - programme.timeline[-1].end) < 1e-6
    assert np.abs(programme.samples).max() < 0.9  # headroom: nothing near clipping
    for seg in programme.timeline:
        if seg.kind == "jingle":  # jingles 2 LU under the speech by default
            part = programme.samples[int(seg.start * 44100): int(seg.end * 44100)]
            assert abs(integrated_lufs(part, 44100) + 25.0) < 0.5


def test_jingles_can_be_switched_off_and_set_quieter(clip):
    jingles = load_jingles({"intro": "none", "separator": "none", "outro": "none"}, 44100, 1)
    programme = mix_programme([prepare_speech(clip, 44100, 1)] * 2, ["intro", "item"], jingles, 44100, 1, 0.3)
    assert not any(s.kind == "jingle" for s in programme.timeline)
    quiet = load_jingles({}, 44100, 1, level_lu=-10.0)["intro"]
    assert abs(integrated_lufs(quiet.samples, 44100) + 33.0) < 0.5


def test_missing_or_corrupt_jingle_is_named(tmp_path):
    with pytest.raises(AudioError, match="nope.wav"):
        load_jingle(tmp_path / "nope.wav", 44100, 2)
    bad = tmp_path / "kaputt.mp3"
    bad.write_bytes(b"ID3" + b"\x00" * 50 + b"garbage" * 100)
    with pytest.raises(AudioError, match="kaputt.mp3"):
        load_jingle(bad, 44100, 2)


@pytest.mark.parametrize("target, rate, channels, bitrate", [(-23.0, 44100, 2, 128), (-16.0, 48000, 1, 96),
                                                             (-16.0, 44100, 2, 320)])
def test_master_hits_target_and_peak_measured_by_ffmpeg(tmp_path, clip, target, rate, channels, bitrate):
    samples = np.repeat(prepare_speech(clip, rate, channels).samples, channels, axis=1) * 0.3
    frames = len(samples)
    path = tmp_path / "out.mp3"
    mastered = master_to_mp3(samples, rate, path, target, -1.0, bitrate, TAGS)
    meter = ebur128(path)
    assert decode_errors(path) == ""
    assert abs(meter.integrated - target) <= 0.5
    assert meter.true_peak <= -1.0
    assert abs(mastered.loudness.integrated_lufs - meter.integrated) <= 0.5
    assert abs(mastered.loudness.true_peak_dbtp - meter.true_peak) <= 0.5
    decoded = decode_file(path, rate, channels)
    assert len(decoded) == frames == mastered.frames  # gapless: the encoder's delay and padding are trimmed
    info = MP3(path).info
    assert info.bitrate_mode == BitrateMode.CBR and abs(info.bitrate - bitrate * 1000) < 1000
    assert info.sample_rate == rate and info.channels == channels


def test_master_without_loopback_decoding_measures_the_written_file(tmp_path, clip, monkeypatch):
    monkeypatch.setattr(encode, "_loopback", False)  # an ffmpeg older than 7.1
    samples = np.repeat(prepare_speech(clip, 44100, 2).samples, 2, axis=1)
    mastered = master_to_mp3(samples, 44100, tmp_path / "old.mp3", -20.0, -1.0, 128, TAGS)
    meter = ebur128(tmp_path / "old.mp3")
    assert abs(meter.integrated + 20.0) <= 0.5 and meter.true_peak <= -1.0
    assert abs(mastered.loudness.integrated_lufs - meter.integrated) <= 0.3


def test_master_writes_id3v23_tags_with_length_and_replaygain(tmp_path):
    samples = tone(3.0, 44100, dbfs=-20.0, channels=2)
    path = tmp_path / "out.mp3"
    mastered = master_to_mp3(samples, 44100, path, -23.0, -1.0, 128, TAGS, replaygain=True)
    tags = ID3(path)
    assert tags.version[:2] == (2, 3)
    assert str(tags["TIT2"]) == TAGS.title and str(tags["TPE1"]) == "Radio Test"
    assert str(tags["TALB"]) == TAGS.album and "espeak" in str(tags.getall("COMM")[0])
    assert int(str(tags["TLEN"])) == 3000
    gain = float(str(tags["TXXX:REPLAYGAIN_TRACK_GAIN"]).split()[0])
    peak = float(str(tags["TXXX:REPLAYGAIN_TRACK_PEAK"]))
    meter = ebur128(path)
    assert abs(gain - (-18.0 - meter.integrated)) <= 0.5  # ReplayGain 2.0: reference -18 LUFS
    assert abs(20 * np.log10(peak) - meter.true_peak) <= 0.5
    assert abs(20 * np.log10(peak) - mastered.loudness.true_peak_dbtp) < 0.01
    assert "TXXX:REPLAYGAIN_TRACK_GAIN" not in ID3(_without_replaygain(tmp_path, samples))


def _without_replaygain(tmp_path, samples):
    path = tmp_path / "plain.mp3"
    master_to_mp3(samples.copy(), 44100, path, -23.0, -1.0, 128, TAGS)
    return path


def test_silent_programme_is_refused(tmp_path):
    with pytest.raises(AudioError, match="silent"):
        master_to_mp3(np.zeros((44100, 2), np.float32), 44100, tmp_path / "x.mp3", -23, -1, 128, TAGS)


def test_codec_level_loss_is_measured_and_remembered(tmp_path):
    assert 0.2 < codec_level_loss(128, 44100, 2) < 0.8
    assert abs(codec_level_loss(320, 44100, 2)) < 0.2
    remember = tmp_path / "loss.json"
    loss = master._remembered_probe(192, 44100, 2, remember)
    assert remember.is_file() and str(loss) in remember.read_text()
    remember.write_text(remember.read_text().replace(str(loss), "0.123"))
    assert master._remembered_probe(192, 44100, 2, remember) == 0.123  # read back, not probed again


def lame_tag_crc_ok(data: bytes) -> bool:
    head = encode._info(data)
    frame = bytearray(data[:190])
    stored = int.from_bytes(data[head.lame + 34: head.lame + 36], "big")
    frame[head.lame + 34: head.lame + 36] = b"\0\0"  # inside the 190 bytes in mono frames
    return encode.crc16(bytes(frame[:190])) == stored


@pytest.mark.slow
@pytest.mark.parametrize("rate, channels", [(44100, 2), (44100, 1), (48000, 2)])
def test_long_programmes_are_encoded_in_two_halves_joined_in_silence(tmp_path, rate, channels):
    burst = tone(10.5, rate, freq=440.0, dbfs=-12.0, channels=channels)
    burst *= np.clip(np.minimum(np.arange(len(burst)), np.arange(len(burst))[::-1]) / 480, 0, 1)[:, None]
    programme = np.concatenate([burst, np.zeros((int(0.6 * rate), channels), np.float32), burst * 0.5])
    split = encode.split_point(programme, rate)
    assert split is not None and 10.5 * rate <= split[0] <= 11.1 * rate
    path = tmp_path / "joined.mp3"
    peak, frames = encode.encode_mp3(programme, rate, path, 128, -1.0)
    assert frames == len(programme) and decode_errors(path) == ""
    decoded = decode_file(path, rate, channels)
    assert len(decoded) == len(programme)  # gapless across the join, to the sample
    assert np.abs(decoded - programme).max() < 0.02  # every sample where it was: only codec noise
    assert abs(peak - true_peak_dbtp(decoded)) < 0.1
    data = path.read_bytes()
    head = encode._info(data)
    assert head.frames * 1152 - head.delay - head.padding == len(programme)
    assert lame_tag_crc_ok(data) and encode.crc16(data[head.size:]) == head.music_crc


def test_a_sentence_pause_below_16_bit_takes_the_join_a_louder_one_does_not(tmp_path):
    rate = 44100
    burst = tone(10.5, rate, freq=440.0, dbfs=-12.0, channels=2)
    noise = np.random.default_rng(5).uniform(-1, 1, (int(0.3 * rate), 2)).astype(np.float32)

    def programme(pause_dbfs: float) -> np.ndarray:  # a speech pause: quiet noise, not digital zeros
        return np.concatenate([burst, noise * 10 ** (pause_dbfs / 20), burst])

    split = encode.split_point(programme(-100.0), rate)
    assert split is not None and 10.5 * rate <= split[0] <= 10.8 * rate
    assert encode.split_point(programme(-80.0), rate) is None  # audible: no join there
    path = tmp_path / "joined.mp3"
    quiet = programme(-100.0)
    assert encode.encode_mp3(quiet, rate, path, 128, -1.0)[1] == len(quiet)
    decoded = decode_file(path, rate, 2)
    assert len(decoded) == len(quiet) and decode_errors(path) == ""
    assert np.abs(decoded - quiet).max() < 0.02
    pause = slice(int(10.5 * rate) + 2048, int(10.8 * rate) - 2048)  # the join, away from the bursts
    assert np.abs(decoded[pause]).max() < 10 ** (-80 / 20)  # it stays silent across the join


@pytest.mark.parametrize("loopback", [True, False])  # False: an ffmpeg older than 7.1
def test_length_is_exact_where_lame_pads_more_than_ffmpeg_writes(tmp_path, monkeypatch, loopback):
    monkeypatch.setattr(encode, "_loopback", loopback)
    frames = 1152 * 20 - 576 + 600  # LAME pads 1704 samples here; ffmpeg's header says 1681
    samples = np.zeros((frames, 2), np.float32)
    samples[:2000] = tone(2000 / 44100, 44100, dbfs=-20.0, channels=2)
    path = tmp_path / "odd.mp3"
    encode.encode_mp3(samples, 44100, path, 128)
    assert len(decode_file(path, 44100, 2)) == frames and lame_tag_crc_ok(path.read_bytes())


class _Trickle:
    """A pipe that hands out at most `step` bytes per read, so frames arrive cut in pieces."""

    def __init__(self, data: bytes, step: int):
        self.data, self.step, self.at = data, step, 0

    def readinto(self, target) -> int:
        count = min(self.step, len(target), len(self.data) - self.at)
        target[:count] = self.data[self.at: self.at + count]
        self.at += count
        return count


class _Keeping:
    def __init__(self):
        self.chunks = []

    def add(self, samples):
        self.chunks.append(samples.copy())  # the reader reuses its buffer: a meter copies what it keeps


@pytest.mark.parametrize("step", [3, 1000, 1 << 20])
def test_the_decoded_stream_reaches_the_meter_whole_frame_by_frame(step):
    samples = np.random.default_rng(7).uniform(-1, 1, (300_001, 2)).astype("<f4")
    meter = _Keeping()
    encode._read_into(_Trickle(samples.tobytes(), step), 2, meter)
    assert all(len(chunk) for chunk in meter.chunks)
    assert np.array_equal(np.concatenate(meter.chunks), samples)  # nothing lost, doubled or shifted


def test_a_failing_meter_stops_ffmpeg_instead_of_leaving_it_on_a_full_pipe(monkeypatch, tmp_path):
    started = []
    real = encode.subprocess.Popen

    def popen(*args, **kwargs):
        started.append(real(*args, **kwargs))
        return started[-1]

    class Broken:
        def add(self, samples):
            raise RuntimeError("meter broke")

    monkeypatch.setattr(encode.subprocess, "Popen", popen)
    monkeypatch.setattr(encode, "_loopback", True)
    samples = tone(5.0, 44100, dbfs=-20.0, channels=2)
    with pytest.raises(RuntimeError, match="meter broke"):
        encode.encode_measured(samples, 44100, tmp_path / "x.mp3", 128, Broken())
    assert started[-1].poll() is not None  # the encoding ffmpeg is gone, not waiting


def test_crc16_combine_matches_the_whole():
    rng = np.random.default_rng(3)
    a, b = rng.bytes(1000), rng.bytes(777)
    assert encode.crc16_combine(encode.crc16(a), encode.crc16(b), len(b)) == encode.crc16(a + b)


def test_a_loudness_the_ceiling_does_not_allow_is_refused(tmp_path, clip):
    samples = np.repeat(prepare_speech(clip, 44100, 2).samples, 2, axis=1)
    with pytest.raises(AudioError, match="loudness_target"):
        master_to_mp3(samples, 44100, tmp_path / "loud.mp3", -5.0, -9.0, 128, TAGS)


def _frame_offsets(data: bytes) -> list[int]:
    """Where each MP3 frame starts (after the ID3 tag), read from the frame headers."""
    position, offsets = encode.id3_length(data), []
    while position + 4 <= len(data) and encode.frame_length(data[position: position + 4]):
        offsets.append(position)
        position += encode.frame_length(data[position: position + 4])
    assert position == len(data), "a whole chain of frames"
    return offsets


@pytest.mark.parametrize("rate, channels", [(44100, 2), (48000, 1)])
def test_the_finished_file_check_passes_a_whole_bulletin_and_names_each_damage(tmp_path, rate, channels):
    from bulletin.errors import DeliveryError
    from bulletin.station.deliver import finished_mp3_ok

    burst = tone(10.5, rate, freq=440.0, dbfs=-12.0, channels=channels)
    programme = np.concatenate([burst, np.zeros((int(0.6 * rate), channels), np.float32), burst * 0.5])
    path = tmp_path / "whole.mp3"
    mastered = master_to_mp3(programme, rate, path, -23.0, -1.0, 128, TAGS)  # joined halves, ID3 tag
    data = path.read_bytes()
    assert data[:3] == b"ID3" and encode.frame_problem(data, mastered.frames) == ""
    finished_mp3_ok(path, mastered.frames)
    offsets = _frame_offsets(data)
    a, b = offsets[len(offsets) // 2], offsets[len(offsets) // 2 + 1]  # one whole frame in the middle
    damaged = [
        ("the file ends inside frame", data[:-100], mastered.frames),
        ("is broken", data[:a + 200] + b"\0" * 400 + data[a + 600:], mastered.frames),
        ("audio frames, the header says", data[:a] + data[b:], mastered.frames),  # a frame lost
        ("audio frames, the header says", data[:b] + data[a:], mastered.frames),  # one twice
        ("samples, not", data, mastered.frames + 1),  # not as long as the programme
    ]
    for reason, broken, frames in damaged:
        assert reason in encode.frame_problem(broken, frames), reason
        path.write_bytes(broken)
        with pytest.raises(DeliveryError, match="not delivered"):
            finished_mp3_ok(path, frames)
    # A damaged first header (bitrate index 15, "bad"): a clear answer, not an IndexError
    bad = bytearray(data)
    bad[offsets[0] + 2] |= 0xF0
    assert encode.frame_problem(bytes(bad), mastered.frames) is None  # no Info header is read from it
    # No Info header to walk against (an ffmpeg that writes none): the whole file is decoded instead
    info_start = offsets[0]
    headless = data[:info_start] + data[offsets[1]:]
    assert encode.frame_problem(headless, mastered.frames) is None
    path.write_bytes(headless)
    finished_mp3_ok(path, mastered.frames)
    path.write_bytes(headless[:len(headless) // 2] + b"\0" * 5000 + headless[len(headless) // 2 + 5000:])
    with pytest.raises(DeliveryError, match="does not decode cleanly"):
        finished_mp3_ok(path, mastered.frames)

"""Meters, limiter, mix and master, measured: ffmpeg's ebur128 filter is the independent meter."""

import numpy as np
import pytest
from mutagen.id3 import ID3

from bulletin.audio import decode_file, resample, run_ffmpeg, segment_to_array
from bulletin.errors import AudioError
from bulletin.loudness import integrated_lufs, limit_true_peak, true_peak_dbtp
from bulletin.master import Tags, codec_level_loss, master_to_mp3
from bulletin.mix import load_jingle, mix_programme
from bulletin.tts.espeak import EspeakEngine
from bulletin.tts.voices import BUILTIN
from tests.conftest import decode_errors, ebur128, tone

TAGS = Tags(title="Nachrichten 14 Uhr, 27.11.2026", artist="Radio Test", album="Radio Test Nachrichten",
            date="2026-11-27", comment="voice: espeak")


def speech(text="Guten Tag. Hier sind die Nachrichten. Der Stadtrat hat am Dienstag getagt."):
    return EspeakEngine().synthesize(text, BUILTIN["de-espeak"])


# (ffmpeg over-reads true peak by ~0.5 dB for tones near fs/4; speech has little energy there)
@pytest.mark.parametrize("freq, dbfs", [(440.0, -18.0), (997.0, -30.0), (3000.0, -3.0)])
def test_meters_agree_with_ffmpeg(tmp_path, freq, dbfs):
    signal = tone(6.0, 44100, freq=freq, dbfs=dbfs, channels=2)
    path = tmp_path / "t.wav"
    run_ffmpeg(["-f", "f32le", "-ar", "44100", "-ac", "2", "-i", "pipe:0", "-c:a", "pcm_f32le", str(path)],
               input_bytes=signal.tobytes())
    meter = ebur128(path)
    assert abs(integrated_lufs(signal, 44100) - meter.integrated) <= 0.1
    assert abs(true_peak_dbtp(signal) - meter.true_peak) <= 0.3


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


def test_resampling_leaves_no_images():
    rate_in, rate_out = 22050, 44100
    t = np.arange(rate_in) / rate_in
    signal = (0.5 * np.sin(2 * np.pi * 5000 * t)).astype(np.float32)[:, None]
    out = resample(signal, rate_in, rate_out)
    spectrum = np.abs(np.fft.rfft(out[:, 0])) ** 2
    freqs = np.fft.rfftfreq(len(out), 1 / rate_out)
    image = spectrum[(freqs > 16000) & (freqs < 18000)].sum()  # where audioop.ratecv mirrors 5 kHz
    assert image / spectrum.sum() < 1e-6


def test_mix_lays_out_jingles_speech_and_separators():
    clips = [speech("Guten Tag."), speech("Erste Meldung."), speech("Zweite Meldung."), speech("Ende.")]
    programme = mix_programme(clips, ["intro", "item", "item", "outro"], {}, 44100, 2, 0.5)
    labels = [(s.kind, s.label) for s in programme.timeline if s.kind != "pause"]
    assert labels == [("jingle", "intro"), ("speech", "intro"), ("speech", "item 1"), ("jingle", "separator"),
                      ("speech", "item 2"), ("speech", "outro"), ("jingle", "outro")]
    assert programme.samples.shape[1] == 2 and programme.rate == 44100
    assert abs(programme.seconds - programme.timeline[-1].end) < 1e-6
    assert np.abs(programme.samples).max() < 0.9  # headroom: nothing near clipping
    for seg in programme.timeline:
        if seg.kind == "speech":
            part = programme.samples[int(seg.start * 44100): int(seg.end * 44100)]
            if seg.end - seg.start > 0.5:
                assert abs(integrated_lufs(part, 44100) + 23.0) < 1.0  # common speech level


def test_jingles_can_be_switched_off():
    programme = mix_programme([speech("Hallo."), speech("Meldung.")], ["intro", "item"],
                              {"intro": "none", "outro": "none"}, 44100, 1, 0.3)
    assert not any(s.kind == "jingle" for s in programme.timeline)


def test_missing_or_corrupt_jingle_is_named(tmp_path):
    with pytest.raises(AudioError, match="nope.wav"):
        load_jingle(tmp_path / "nope.wav", 44100, 2)
    bad = tmp_path / "kaputt.mp3"
    bad.write_bytes(b"ID3" + b"\x00" * 50 + b"garbage" * 100)
    with pytest.raises(AudioError, match="kaputt.mp3"):
        load_jingle(bad, 44100, 2)


@pytest.mark.parametrize("target, rate, channels, bitrate", [(-23.0, 44100, 2, 128), (-16.0, 48000, 1, 192)])
def test_master_hits_target_and_peak_measured_by_ffmpeg(tmp_path, target, rate, channels, bitrate):
    clip = speech()
    samples = resample(segment_to_array(clip), clip.frame_rate, rate)
    samples = np.repeat(samples, channels, axis=1) * 0.3
    path = tmp_path / "out.mp3"
    measured = master_to_mp3(samples, rate, path, target, -1.0, bitrate, TAGS)
    meter = ebur128(path)
    assert decode_errors(path) == ""
    assert abs(meter.integrated - target) <= 0.5
    assert meter.true_peak <= -1.0
    assert abs(measured.integrated_lufs - meter.integrated) <= 0.5
    assert abs(measured.true_peak_dbtp - meter.true_peak) <= 0.5
    decoded = decode_file(path, rate, channels)
    assert abs(len(decoded) / rate - len(samples) / rate) < 0.1


def test_master_writes_id3v23_tags_with_length(tmp_path):
    samples = tone(3.0, 44100, dbfs=-20.0, channels=2)
    path = tmp_path / "out.mp3"
    master_to_mp3(samples, 44100, path, -23.0, -1.0, 128, TAGS)
    tags = ID3(path)
    assert tags.version[:2] == (2, 3)
    assert str(tags["TIT2"]) == TAGS.title and str(tags["TPE1"]) == "Radio Test"
    assert str(tags["TALB"]) == TAGS.album and "espeak" in str(tags.getall("COMM")[0])
    assert abs(int(str(tags["TLEN"])) - 3000) < 50


def test_silent_programme_is_refused(tmp_path):
    with pytest.raises(AudioError, match="silent"):
        master_to_mp3(np.zeros((44100, 2), np.float32), 44100, tmp_path / "x.mp3", -23, -1, 128, TAGS)


def test_codec_level_loss_is_measured_not_assumed():
    assert 0.2 < codec_level_loss(128, 44100, 2) < 0.8
    assert abs(codec_level_loss(320, 44100, 2)) < 0.2

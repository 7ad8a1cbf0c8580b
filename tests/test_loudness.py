"""The numpy meter against the EBU's own test signals, ffmpeg's ebur128 and pyloudnorm."""

import numpy as np
import pytest

from bulletin.sound.audio import run_ffmpeg
from bulletin.sound.loudness import (
    Meter,
    integrated_lufs,
    kweighted_power,
    loudness_of_ticks,
    peak_envelope,
    tick_frames,
    ticks_at,
    ticks_of,
    true_peak_dbtp,
)
from tests.conftest import ebur128, tone


def sequence(*parts, rate=48000, freq=1000.0):
    """Stereo 1 kHz tone in (dBFS, seconds) parts, as in EBU Tech 3341."""
    return np.concatenate([tone(seconds, rate, freq=freq, dbfs=dbfs, channels=2) for dbfs, seconds in parts])


# EBU Tech 3341 (2016) test cases 1-5, durations scaled down (the gating makes the same decisions)
@pytest.mark.parametrize("parts, expected", [
    ([(-23.0, 8.0)], -23.0),  # case 1
    ([(-33.0, 8.0)], -33.0),  # case 2
    ([(-36.0, 2.0), (-23.0, 12.0), (-36.0, 2.0)], -23.0),  # case 3: quiet parts below the relative gate
    ([(-72.0, 2.0), (-36.0, 2.0), (-23.0, 12.0), (-36.0, 2.0), (-72.0, 2.0)], -23.0),  # case 4
    ([(-26.0, 5.0), (-20.0, 5.025), (-26.0, 5.0)], -23.0),  # case 5: all inside the gate
])
def test_ebu_tech_3341_integrated_loudness(parts, expected):
    assert abs(integrated_lufs(sequence(*parts), 48000) - expected) <= 0.1


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


@pytest.fixture(scope="module")
def speechlike():
    """Noise shaped like speech (syllable-rate bursts, pauses), stereo with some side signal."""
    rng = np.random.default_rng(7)
    rate = 44100
    t = np.arange(12 * rate) / rate
    envelope = np.clip(np.sin(2 * np.pi * 3.1 * t), 0, None) ** 2 * (np.sin(2 * np.pi * 0.23 * t) > -0.4)
    noise = np.cumsum(rng.standard_normal((len(t), 2)), axis=0)  # reddish, like voiced sound
    noise -= np.convolve(noise[:, 0], np.ones(64) / 64, mode="same")[:, None]
    signal = (noise * envelope[:, None]).astype(np.float32)
    return signal / np.abs(signal).max() * 0.5, rate


def test_speechlike_signal_agrees_with_ffmpeg_and_pyloudnorm(tmp_path, speechlike):
    import pyloudnorm  # the reference library (a test dependency: it imports scipy, too slow for a run)

    signal, rate = speechlike
    path = tmp_path / "s.wav"
    run_ffmpeg(["-f", "f32le", "-ar", str(rate), "-ac", "2", "-i", "pipe:0", "-c:a", "pcm_f32le", str(path)],
               input_bytes=signal.tobytes())
    ours = integrated_lufs(signal, rate)
    assert abs(ours - ebur128(path).integrated) <= 0.1
    assert abs(ours - pyloudnorm.Meter(rate).integrated_loudness(signal.astype(np.float64))) <= 0.1


def test_a_stream_in_odd_chunks_measures_like_the_whole(speechlike):
    signal, rate = speechlike
    whole = Meter(rate, 2)
    whole.add(signal)
    whole.finish()
    stream = Meter(rate, 2)
    for start in range(0, len(signal), 7777):
        stream.add(signal[start: start + 7777])
    stream.finish()
    assert stream.frames == len(signal)
    assert abs(stream.integrated() - whole.integrated()) < 1e-6
    assert abs(stream.true_peak() - whole.true_peak()) < 1e-6


def test_loudness_from_ticks_equals_the_meter(speechlike):
    signal, rate = speechlike
    ticks = ticks_of(kweighted_power(signal, rate, tail=0), tick_frames(rate))
    assert abs(loudness_of_ticks(ticks, rate) - integrated_lufs(signal, rate)) < 0.01


def test_ticks_measured_at_another_rate_add_up_the_same():
    rate, other = 44100, 22050
    mono = tone(3.0, other, freq=700.0, dbfs=-20.0)
    ticks = ticks_at(kweighted_power(mono, other), other, rate)
    direct = ticks_of(kweighted_power(tone(3.0, rate, freq=700.0, dbfs=-20.0), rate), tick_frames(rate))
    assert abs(ticks.sum() / direct.sum() - 1) < 0.01
    assert abs(loudness_of_ticks(ticks, rate) - loudness_of_ticks(direct, rate)) < 0.05


def crests_between_samples(frames: int, amplitude: float) -> np.ndarray:
    """A sine at fs/4 sampled 45 degrees off its crests (every sample 3 dB below the true peak),
    faded in and out over 10 ms so its edges do not ring."""
    n = np.arange(frames)
    fade = np.clip(np.minimum(n, frames - 1 - n) / 480, 0, 1)
    return (amplitude * fade * np.sin(np.pi / 2 * n + np.pi / 4)).astype(np.float32)[:, None]


def test_true_peak_between_samples_is_found():
    signal = crests_between_samples(48000, 0.5)
    assert 20 * np.log10(np.abs(signal).max()) == pytest.approx(-9.03, abs=0.01)
    assert true_peak_dbtp(signal) == pytest.approx(-6.02, abs=0.1)


def test_hidden_peak_among_louder_samples_is_not_skipped():
    """Blocks are only oversampled near the loudest sample; an inter-sample peak 6 dB up still counts."""
    rate = 48000
    loud = tone(1.0, rate, freq=500.0, dbfs=-3.0)  # sample and true peak -3 dBFS
    hidden = crests_between_samples(rate // 4, 10 ** (-1.5 / 20))  # samples at -4.5 dBFS
    signal = np.concatenate([loud * np.hanning(rate)[:, None], hidden, loud])
    assert true_peak_dbtp(signal) == pytest.approx(-1.5, abs=0.1)
    envelope = peak_envelope(signal, floor=10 ** (-1 / 20))
    assert 20 * np.log10(envelope[rate: rate + len(hidden)].max()) == pytest.approx(-1.5, abs=0.1)


def test_silence_and_short_clips():
    assert integrated_lufs(np.zeros((48000, 2), np.float32), 48000) == -70.0
    short = tone(0.2, 48000, freq=1000.0, dbfs=-23.0, channels=2)  # shorter than one gating block
    assert abs(integrated_lufs(short, 48000) + 23.0) < 0.3

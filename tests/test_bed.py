"""The music bed: level relative to speech, ducking depth under speech, ramps, fades, loops."""

import numpy as np
import pytest

from bulletin.errors import AudioError
from bulletin.sound.audio import run_ffmpeg
from bulletin.sound.bed import BedSettings, duck_db, load_bed
from bulletin.sound.loudness import integrated_lufs, loudness_of_ticks
from bulletin.sound.mix import SPEECH_LUFS, mix_programme, prepare_speech
from bulletin.speech.espeak import EspeakEngine
from bulletin.speech.voices import BUILTIN
from tests.conftest import tone

RATE = 44100
NO_JINGLES = {"intro": None, "separator": None, "outro": None}
BED = BedSettings(file="builtin", level=-6.0, duck=-18.0, attack=0.4, release=0.8, fade_in=1.0, fade_out=1.5)


@pytest.fixture(scope="module")
def pieces():
    engine = EspeakEngine()
    texts = ("Guten Tag, hier sind die Nachrichten.", "Der Stadtrat hat am Dienstag den Haushalt beschlossen.",
             "Das Wetter: morgen Regen bei zwölf Grad.")
    return [prepare_speech(engine.synthesize(t, BUILTIN["de-espeak"]), RATE, 2) for t in texts]


@pytest.fixture(scope="module")
def mixes(pieces):
    """The same programme with and without the bed: the difference is the bed track, before summing."""
    kinds = ["intro", "item", "item"]
    plain = mix_programme(pieces, kinds, NO_JINGLES, RATE, 2, 2.5)
    with_bed = mix_programme(pieces, kinds, NO_JINGLES, RATE, 2, 2.5, bed=BED)
    bed = load_bed(BED, RATE, 2, SPEECH_LUFS, plain.seconds)
    raw, _ = bed.track(0, len(plain.samples))  # the looped bed before ducking and fades
    return plain, with_bed, with_bed.samples - plain.samples, raw


def gain_db(track, raw, start_s, end_s):
    """The bed's gain over a stretch: its level against the undocked loop, in dB."""
    a, b = int(start_s * RATE), int(end_s * RATE)
    return 10 * np.log10(np.sum(track[a:b] ** 2) / np.sum(raw[a:b] ** 2))


def test_bed_is_ducked_under_speech_and_comes_up_between_items(mixes):
    plain, _, track, raw = mixes
    speech = [s for s in plain.timeline if s.kind == "speech"]
    for seg in speech:  # inside each sentence (after the bed's fade-in at the start of the programme)
        assert gain_db(track, raw, max(seg.start, BED.fade_in) + 0.05, seg.end - 0.05) == pytest.approx(-18.0, abs=0.3)
    for before, after in zip(speech, speech[1:], strict=False):  # between items, after the release
        assert gain_db(track, raw, before.end + 0.85, after.start - 0.45) == pytest.approx(0.0, abs=0.5)


def test_bed_sits_at_its_level_relative_to_the_speech():
    bed = load_bed(BED, RATE, 2, SPEECH_LUFS, 20.0)
    assert abs(integrated_lufs(bed.loop, RATE) - (SPEECH_LUFS + BED.level)) < 0.3
    louder = load_bed(BedSettings(file="builtin", level=-3.0), RATE, 2, SPEECH_LUFS, 20.0)
    assert abs(integrated_lufs(louder.loop, RATE) - (SPEECH_LUFS - 3.0)) < 0.3


def test_ducking_ramps_are_smooth_and_start_before_speech():
    frames = np.arange(int(6 * RATE))
    db = duck_db(frames, [(2 * RATE, 4 * RATE)], BedSettings(file="builtin", fade_in=0, fade_out=0), RATE,
                 len(frames))
    assert db[int(1.5 * RATE)] == 0.0 and db[int(1.7 * RATE)] < -1.0  # going down 0.4 s before speech
    assert db[2 * RATE: 4 * RATE].max() == pytest.approx(-18.0)
    assert -18.0 < db[int(4.5 * RATE)] < 0.0 and db[int(4.81 * RATE)] == 0.0  # back up over 0.8 s
    assert np.abs(np.diff(db)).max() < 0.01  # dB per sample: no steps anywhere
    down = db[int(1.6 * RATE): 2 * RATE]
    assert np.all(np.diff(down) <= 0)  # monotone ramp


def test_bed_fades_in_and_out(mixes):
    _, with_bed, track, raw = mixes
    assert gain_db(track, raw, 0.0, 0.05) < -25  # starts from silence
    end = with_bed.seconds
    assert gain_db(track, raw, end - 0.05, end) < -25  # and ends in it


def test_programme_loudness_with_a_bed_is_known_without_measuring_it(mixes):
    _, with_bed, _, _ = mixes
    assert abs(loudness_of_ticks(with_bed.ticks, RATE) - integrated_lufs(with_bed.samples, RATE)) < 0.1


def test_a_short_user_bed_loops_without_clicks(tmp_path):
    path = tmp_path / "bed.wav"
    loop = tone(3.0, 48000, freq=220.0, dbfs=-12.0, channels=2) * np.linspace(0.6, 1.0, 3 * 48000)[:, None]
    run_ffmpeg(["-f", "f32le", "-ar", "48000", "-ac", "2", "-i", "pipe:0", "-c:a", "pcm_s16le", str(path)],
               input_bytes=loop.astype(np.float32).tobytes())
    bed = load_bed(BedSettings(file=str(path)), RATE, 2, SPEECH_LUFS, 10.0)
    music, power = bed.track(0, 10 * RATE)
    jumps = np.abs(np.diff(music[:, 0]))
    assert jumps.max() < 3 * np.quantile(jumps, 0.999)  # the loop points are crossfaded, not cut
    per_50ms = power[: len(power) // 2205 * 2205].reshape(-1, 2205).mean(axis=1)
    assert per_50ms.min() > 0.4 * per_50ms.max()  # no hole (or bump) in level at a loop point either


def test_builtin_bed_loops_seamlessly():
    bed = load_bed(BedSettings(file="builtin"), 48000, 2, SPEECH_LUFS, 60.0)
    assert bed.crossfade == 0 and abs(len(bed.loop) / 48000 - 16.0) < 0.01
    joint = np.abs(bed.loop[0] - bed.loop[-1]).max()
    typical = np.quantile(np.abs(np.diff(bed.loop[:, 0])), 0.999)
    assert joint < 2 * typical


def test_missing_bed_file_is_named(tmp_path):
    with pytest.raises(AudioError, match="fehlt.mp3"):
        load_bed(BedSettings(file=str(tmp_path / "fehlt.mp3")), RATE, 2, SPEECH_LUFS, 10.0)

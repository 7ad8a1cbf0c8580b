"""Settings for the sound (slot, bed, voices, ReplayGain) and what voice profiles change audibly."""

import numpy as np
import pytest

from bulletin.config import load_config
from bulletin.errors import ConfigError
from bulletin.speech.espeak import EspeakEngine
from bulletin.speech.voices import VoiceProfile, load_voices


def write(tmp_path, text):
    path = tmp_path / "bulletin.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_sound_settings_from_file_and_environment(tmp_path):
    path = write(tmp_path, 'slot_seconds = 180\nfit = "exact"\nalternate = "roles"\njingle_level = -4\n'
                           '[bed]\nfile = "musik/bett.mp3"\nduck = -20\n[second_voices]\nespeak = "meine-zweite"\n')
    config, warnings = load_config(path, environ={"BULLETIN_BED__RELEASE": "1.2", "BULLETIN_REPLAYGAIN": "true"})
    assert warnings == []
    assert (config.slot_seconds, config.fit, config.alternate, config.jingle_level) == (180.0, "exact", "roles", -4.0)
    assert config.bed["file"] == str((tmp_path / "musik" / "bett.mp3").resolve())  # relative to the file
    assert config.bed["duck"] == -20.0 and config.bed["release"] == 1.2 and config.bed["attack"] == 0.4
    assert config.replaygain is True and config.second_voices["espeak"] == "meine-zweite"
    builtin, _ = load_config(write(tmp_path, '[bed]\nfile = "builtin"\n'), environ={})
    assert builtin.bed["file"] == "builtin"


@pytest.mark.parametrize("text, key", [
    ("slot_seconds = 5", "slot_seconds"),
    ('fit = "exakt"', "fit"),
    ('fit = "exact"', "fit"),  # exact without a slot
    ('alternate = "both"', "alternate"),
    ("jingle_level = 12", "jingle_level"),
    ('replaygain = "ja"', "replaygain"),
    ("[bed]\nduck = 6", "bed.duck"),
    ('[bed]\nattack = "schnell"', "bed.attack"),
    ("[bed]\nvolume = 3", "bed"),
    ('[second_voices]\nsapi = "x"', "second_voices"),
])
def test_invalid_sound_settings_name_the_key(tmp_path, text, key):
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text + "\n"), environ={})
    assert caught.value.key == key and "\n" not in str(caught.value)


def test_invalid_boolean_in_the_environment_names_the_variable(tmp_path):
    with pytest.raises(ConfigError, match="BULLETIN_REPLAYGAIN"):
        load_config(write(tmp_path, ""), environ={"BULLETIN_REPLAYGAIN": "vielleicht"})


def test_a_voice_for_the_wrong_engine_is_refused():
    with pytest.raises(ConfigError, match="de-gtts"):
        load_voices("espeak", ["de-espeak", "de-gtts"])


def fundamental(samples: np.ndarray, rate: int) -> float:
    """Median pitch of the voiced frames, by autocorrelation (60-400 Hz)."""
    pitches = []
    size = int(0.04 * rate)
    for start in range(0, len(samples) - size, size):
        frame = samples[start: start + size] - samples[start: start + size].mean()
        if np.sqrt(np.mean(frame ** 2)) < 0.02:
            continue
        corr = np.correlate(frame, frame, "full")[size - 1:]
        lo, hi = rate // 400, rate // 60
        lag = lo + int(np.argmax(corr[lo:hi]))
        if corr[lag] > 0.5 * corr[0]:
            pitches.append(rate / lag)
    return float(np.median(pitches))


def test_espeak_rate_and_pitch_per_profile_are_heard():
    engine = EspeakEngine()
    text = "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen."

    def say(**settings):
        clip = engine.synthesize(text, VoiceProfile(name="t", engine="espeak", voice="de", **settings))
        return clip.samples, clip.rate

    slow, _ = say(rate=120)
    fast, _ = say(rate=240)
    assert 1.6 < len(slow) / len(fast) < 2.4  # twice the words per minute, about half the time
    low, rate = say(pitch=20)
    high, _ = say(pitch=80)
    assert fundamental(high, rate) > 1.2 * fundamental(low, rate)

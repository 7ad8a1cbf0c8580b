"""The offline voice for real, the cache, the lexicon and the engine fallback."""

import numpy as np
import pytest

from bulletin.errors import EngineError
from bulletin.models import Part
from bulletin.speech import Speech
from bulletin.speech.cache import SpeechCache
from bulletin.speech.espeak import EspeakEngine
from bulletin.speech.speaker import speak_parts
from bulletin.speech.voices import BUILTIN, VoiceProfile, load_voice

ESPEAK = BUILTIN["de-espeak"]


def test_espeak_speaks_german_at_its_native_rate():
    engine = EspeakEngine()
    assert engine.available()
    short = engine.synthesize("Guten Tag.", ESPEAK)
    long = engine.synthesize("Guten Tag. Hier sind die Nachrichten aus der Region, es ist vierzehn Uhr.", ESPEAK)
    assert short.rate == 22050 and short.samples.shape == (len(short.samples),)  # mono
    assert short.samples.dtype == np.float32
    assert 0.4 < short.seconds < 2.5
    assert long.seconds > 3 * short.seconds
    assert np.sqrt(np.mean(long.samples ** 2)) > 0.01  # not silence
    assert np.array_equal(np.round(long.samples * 32768) / 32768, long.samples)  # the library's 16 bits


def test_espeak_rate_setting_changes_the_length():
    engine = EspeakEngine()
    text = "Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen."
    slow = engine.synthesize(text, VoiceProfile(name="s", engine="espeak", voice="de", rate=120))
    fast = engine.synthesize(text, VoiceProfile(name="f", engine="espeak", voice="de", rate=240))
    assert slow.seconds > 1.5 * fast.seconds


def test_espeak_unknown_voice_is_an_engine_error():
    with pytest.raises(EngineError, match="espeak"):
        EspeakEngine().synthesize("Test.", VoiceProfile(name="x", engine="espeak", voice="xx-nope"))


class CountingEngine:
    """Stands in for an online engine: counts calls, can be told to fail."""

    def __init__(self, name="fake", fail=None, is_available=True):
        self.name, self.fail, self.calls, self.is_available = name, fail, [], is_available

    def available(self):
        return self.is_available

    def synthesize(self, text, voice):
        self.calls.append(text)
        if self.fail:
            raise EngineError(self.name, self.fail)
        return Speech(np.full(2205, 0.1, dtype=np.float32), 22050)


PARTS = (Part(kind="intro", text="Hallo.", spoken="Hallo."), Part(kind="item", text="Meldung.", spoken="Meldung."))


def test_cache_hit_means_no_second_synthesis(tmp_path):
    engine = CountingEngine()
    voices = {"fake": VoiceProfile(name="p", engine="fake")}
    first = speak_parts(PARTS, ["fake"], voices, SpeechCache(tmp_path), lambda n: engine)
    cache = SpeechCache(tmp_path)
    second = speak_parts(PARTS, ["fake"], voices, cache, lambda n: engine)
    assert len(engine.calls) == 2  # two parts, synthesized once each
    assert cache.hits == 2 and cache.misses == 0
    assert all(np.array_equal(a.samples, b.samples) and a.rate == b.rate
               for a, b in zip(first.clips, second.clips, strict=True))


def test_cache_key_depends_on_voice_settings(tmp_path):
    cache = SpeechCache(tmp_path)
    assert cache.key(VoiceProfile("a", "espeak", rate=150).key, "x") != cache.key(
        VoiceProfile("a", "espeak", rate=151).key, "x")


def test_corrupt_cache_entry_is_ignored_and_replaced(tmp_path):
    engine = CountingEngine()
    voices = {"fake": VoiceProfile(name="p", engine="fake")}
    cache = SpeechCache(tmp_path)
    speak_parts(PARTS[:1], ["fake"], voices, cache, lambda n: engine)
    entry = cache.path(cache.key(voices["fake"].key, "Hallo."))
    entry.write_bytes(entry.read_bytes()[:60])  # truncated
    spoken = speak_parts(PARTS[:1], ["fake"], voices, SpeechCache(tmp_path), lambda n: engine)
    assert len(engine.calls) == 2 and spoken.clips[0].seconds == 0.1
    assert SpeechCache(tmp_path).get(cache.key(voices["fake"].key, "Hallo.")) is not None


def test_auto_falls_back_and_says_why(tmp_path):
    online = CountingEngine("gtts", fail="could not reach translate.google.de. Probable cause: no network")
    offline = CountingEngine("espeak")
    voices = {"gtts": VoiceProfile("de-gtts", "gtts"), "espeak": VoiceProfile("de-espeak", "espeak")}
    spoken = speak_parts(PARTS, ["gtts", "espeak"], voices, SpeechCache(tmp_path),
                         {"gtts": online, "espeak": offline}.get)
    assert spoken.engine == "espeak"
    assert all(p.voice == "de-espeak" for p in spoken.parts)
    assert len(spoken.warnings) == 1 and "no network" in spoken.warnings[0] and "espeak" in spoken.warnings[0]


def test_unavailable_engine_is_skipped_with_a_warning(tmp_path):
    voices = {"gtts": VoiceProfile("de-gtts", "gtts"), "espeak": VoiceProfile("de-espeak", "espeak")}
    engines = {"gtts": CountingEngine("gtts", is_available=False), "espeak": CountingEngine("espeak")}
    spoken = speak_parts(PARTS, ["gtts", "espeak"], voices, SpeechCache(tmp_path), engines.get)
    assert spoken.engine == "espeak" and "not available" in spoken.warnings[0]
    assert engines["gtts"].calls == []


def test_a_single_failing_engine_raises(tmp_path):
    voices = {"gtts": VoiceProfile("de-gtts", "gtts")}
    with pytest.raises(EngineError, match="no network"):
        speak_parts(PARTS, ["gtts"], voices, SpeechCache(tmp_path),
                    lambda n: CountingEngine("gtts", fail="Probable cause: no network"))


def test_lexicon_whole_words_and_case():
    voice = VoiceProfile("v", "espeak", lexicon={"NATO": "Nato", "SPD": "S P D"})
    assert voice.lexicon.apply("Die NATO und die SPD, nicht SPDler.") == "Die Nato und die S P D, nicht SPDler."
    assert voice.lexicon.apply("Die nato tagt.") == "Die nato tagt."
    loose = VoiceProfile("v", "espeak", lexicon={"NATO": "Nato"}, lexicon_case_sensitive=False)
    assert loose.lexicon.apply("Die nato tagt.") == "Die Nato tagt."


def test_lexicon_is_what_the_voice_receives(tmp_path):
    engine = CountingEngine("espeak")
    voices = {"espeak": VoiceProfile("de-espeak", "espeak", lexicon={"Meldung": "Nachricht"})}
    spoken = speak_parts(PARTS, ["espeak"], voices, SpeechCache(tmp_path), lambda n: engine)
    assert engine.calls[1] == "Nachricht." and spoken.parts[1].spoken == "Nachricht."


def test_voice_profiles_in_the_project_load(tmp_path):
    assert load_voice("de-espeak").engine == "espeak"
    assert load_voice("de-gtts").engine == "gtts" and load_voice("de-gtts").tld == "de"
    (tmp_path / "kaputt.toml").write_text('engine = "espeak"\nrate = 900\n', encoding="utf-8")
    with pytest.raises(Exception, match="rate"):
        load_voice("kaputt", str(tmp_path))
    with pytest.raises(Exception, match="no voice profile"):
        load_voice("gibt-es-nicht", str(tmp_path))


# --- the engines' record and the cache ---------------------------------------------------------------

def test_speech_is_mono_samples_at_a_rate():
    assert Speech(np.zeros(22050, np.float32), 22050).seconds == 1.0
    with pytest.raises(ValueError, match="mono"):
        Speech(np.zeros((100, 2), np.float32), 22050)
    with pytest.raises(ValueError, match="rate"):
        Speech(np.zeros(100, np.float32), 0)


class FloatEngine(CountingEngine):
    """Speaks float samples off the 16-bit grid, one beyond full scale (as a neural voice may)."""

    def synthesize(self, text, voice):
        self.calls.append(text)
        return Speech(np.array([0.1, -0.30001, 1.5, -2.0, 0.25], dtype=np.float32), 16000)


def test_a_fresh_clip_is_what_the_cache_gives_back_later(tmp_path):
    engine = FloatEngine()
    voices = {"fake": VoiceProfile(name="p", engine="fake")}
    fresh = speak_parts(PARTS[:1], ["fake"], voices, SpeechCache(tmp_path), lambda n: engine).clips[0]
    cached = speak_parts(PARTS[:1], ["fake"], voices, SpeechCache(tmp_path), lambda n: engine).clips[0]
    assert len(engine.calls) == 1 and cached.rate == fresh.rate == 16000
    assert np.array_equal(cached.samples, fresh.samples)  # a warm hour sounds like a cold one
    assert fresh.samples.tolist() == [3277 / 32768, -9831 / 32768, 32767 / 32768, -1.0, 0.25]  # 16 bits


def test_the_cache_entry_is_a_plain_16_bit_wav_and_others_are_not_entries(tmp_path):
    import wave

    cache = SpeechCache(tmp_path)
    clip = Speech(np.array([0.5, -0.25, 0.0, 0.125] * 100, dtype=np.float32), 22050)
    assert cache.put("d" * 64, clip)
    with wave.open(str(cache.path("d" * 64)), "rb") as wav:  # any audio tool reads it
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate(), wav.getnframes()) == (1, 2, 22050, 400)
        assert np.frombuffer(wav.readframes(400), "<i2")[:4].tolist() == [16384, -8192, 0, 4096]
    assert np.array_equal(cache.get("d" * 64).samples, clip.samples)
    stereo = cache.path("e" * 64)
    stereo.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(stereo), "wb") as wav:  # not what this cache writes: made afresh
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\0\0" * 200)
    assert cache.get("e" * 64) is None and not stereo.exists()


def test_clips_handed_on_as_they_come_are_not_kept_twice(tmp_path):
    handed = []
    voices = {"fake": VoiceProfile(name="p", engine="fake")}
    spoken = speak_parts(PARTS, ["fake"], voices, SpeechCache(tmp_path), lambda n: CountingEngine(),
                         on_clip=lambda key, clip: handed.append((key, clip)))
    assert [key for key, _ in handed] == spoken.keys and all(c.seconds == 0.1 for _, c in handed)
    assert spoken.clips == []  # the mix has them; the speaker does not hold 3 minutes of floats as well

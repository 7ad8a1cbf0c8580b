"""The Piper engine: phonemes as Piper makes them, the real onnxruntime running a Piper-shaped voice,
the fallback when the voice or the runtime is missing, and a whole bulletin in the neural voice."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from bulletin.errors import EngineError
from bulletin.models import Part
from bulletin.speech.cache import SpeechCache
from bulletin.speech.espeak import phoneme_clauses
from bulletin.speech.piper import PiperEngine
from bulletin.speech.piper_phonemes import clause_mark, phoneme_ids, phonemize, text_to_ids
from bulletin.speech.voices import VoiceProfile

sys.path.insert(0, str(Path(__file__).parent))
from tone_voice import HOP, ID_MAP, read_ids, write_tone_voice  # noqa: E402

TEXT = "Guten Tag, hier ist Radio Beispiel. Es ist vierzehn Uhr."


def joined(sentences) -> list[str]:
    return ["".join(s) for s in sentences]


@pytest.fixture(scope="module")
def runtime() -> None:
    """The real runtime, and the onnx package that builds the test voices; else the test is skipped."""
    pytest.importorskip("onnxruntime", reason="the piper extra (onnxruntime) is not installed: "
                                              "pip install 'bulletin[piper]' or make venv")
    pytest.importorskip("onnx", reason="the dev extra (onnx, for the test voice) is not installed: make venv")


@pytest.fixture(scope="module")
def voices(tmp_path_factory, runtime) -> Path:
    """A voice folder with a 22.05 kHz, a 16 kHz and a three-speaker tone voice."""
    folder = tmp_path_factory.mktemp("voices")
    write_tone_voice(folder, "de_DE-tone-medium")
    write_tone_voice(folder, "de_DE-tone-low", rate=16000)
    write_tone_voice(folder, "de_DE-chor-medium", speakers=3)
    return folder


@pytest.fixture
def installed(voices, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(voices.parent))
    target = voices.parent / "bulletin" / "voices"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(voices)
    return target


def profile(**settings) -> VoiceProfile:
    return VoiceProfile(**{"name": "test-piper", "engine": "piper", "model": "de_DE-tone-medium", **settings})


# --- phonemes, as Piper makes them -------------------------------------------------------------------

@pytest.mark.parametrize("read, last, mark", [
    ("Guten Tag, h", False, ","), ("Nachrichten. E", False, "."), ("Wer? J", False, "?"),
    ("Achtung! D", False, "!"), ("Stadt spart: B", False, ":"), ("Einsatz; v", False, ";"),
    ("Minister – e", False, ";"),  # espeak-ng reads a dash as a semicolon
    ("morgen... D", False, ""), ("vor… a", False, ""),  # an ellipsis: nothing, as in Piper
    ("Er sagte: „", False, ":"),  # the opening quote of the next clause was read ahead
    ("sagte er.“", False, "."), ("Uhr.", True, "."),
    ("Oktober. dann ging er", True, ""),  # a full stop inside the clause
    ("ohne Punkt am Ende", True, ""),
])
def test_the_clause_mark_is_read_from_the_text_espeak_consumed(read, last, mark):
    assert clause_mark(read, last) == mark


def test_sentences_end_at_full_stops_and_clause_marks_get_a_space():
    sentences = phonemize(TEXT, "de", phoneme_clauses)
    assert len(sentences) == 2
    first, second = joined(sentences)
    assert first.endswith(".") and ", " in first and second.endswith(".")
    nachrichten = phonemize("Nachrichten", "de", phoneme_clauses)[0]
    assert "ç" not in nachrichten and "c\u0327" in "".join(nachrichten)  # NFD: "ç" is two phonemes


@pytest.mark.parametrize("text, expected", [
    # What piper-phonemize 1.1.0 (the phonemizer the published voices were trained with) gives,
    # captured with scripts/compare_piper_phonemes.py: punctuation and sentence split as Piper's.
    (TEXT, ["ɡˈuːtən tˈɑːk, hˈiːɾ ɪst rˈɑdɪˌoː bˈaɪʃpiːl.", "ɛsɪst fˈiːɾtseːn ˈuːɾ."]),
    ("Er sagte, er komme morgen... Dann legte er auf.",
     ["ɛɾ zˈɑːɡtə, ɛɾ kˈɔmə mˈɔɾɡəndan lˈeːktə ɛɾ ˈaʊf."]),
    ("Der Minister – er war erst seit Mai im Amt – trat zurück.",
     ["dɛɾ miːnˈɪstɜ; ɛɾ vɑːɾ ˈeːɾst zaɪt mˈaɪ ɪm ˈamt; tɾˈɑːt tsuːrˈyk."]),
    ("Ergebnis: drei zu eins. Tore: Meyer, Schulz.", ["ɛɾɡˈeːbnɪs: dɾˈaɪ tsuː ˈaɪns.", "tˈoːrə: mˈaɪɜ, ʃˈʊlts."]),
])
def test_phonemes_agree_with_pipers_own_phonemizer(text, expected):
    import unicodedata

    got = [unicodedata.normalize("NFC", s) for s in joined(phonemize(text, "de", phoneme_clauses))]
    # the one known difference: espeak-ng 1.52 writes short ü as ʏ where the 2023 fork wrote y
    assert [s.replace("ʏ", "y") for s in got] == expected


def test_raw_phonemes_in_double_brackets_pass_unchanged():
    sentences = phonemize("Heute spielt [[ʒeːrˈoːm]] in Paris.", "de", phoneme_clauses)
    assert len(sentences) == 1
    assert " ʒeːrˈoːm " in "".join(sentences[0])


def test_punctuation_after_a_raw_block_still_ends_the_sentence():
    text = "Es spielen [[ʒeːrˈoːm]] [[pˈeɪsliː]]. Dann [[ʒeːrˈoːm]], gut!"
    assert joined(phonemize(text, "de", phoneme_clauses)) == ["ɛs ʃpˈiːlən ʒeːrˈoːm pˈeɪsliː.",
                                                             "dan ʒeːrˈoːm, ɡˈuːt!"]


def test_ids_are_bos_pad_each_phoneme_pad_eos_from_the_voices_map():
    ids, missing = phoneme_ids(["a", "ʏ", "b"], {"^": [1], "_": [0], "$": [2], "a": [14], "b": [15]})
    assert ids == [1, 0, 14, 0, 15, 0, 2]
    assert missing == {"ʏ"}


def test_vowel_clusters_become_one_phoneme_when_the_voice_has_them():
    plain = phonemize("Beispiel", "de", phoneme_clauses)
    merged = phonemize("Beispiel", "de", phoneme_clauses, vowel_clusters=[["a", "ɪ"]])
    assert "aɪ" in merged[0] and "aɪ" not in plain[0] and len(merged[0]) == len(plain[0]) - 1


# --- the engine with the real runtime ----------------------------------------------------------------

def test_the_voice_hears_the_ids_of_each_sentence_in_order_with_a_pause_between(installed):
    gap = 20  # a pause of whole bursts, so the second sentence's bursts stay on the grid
    speech = PiperEngine().speak(TEXT, profile(sentence_pause=gap * HOP / 22050))
    expected = text_to_ids(TEXT, "de", ID_MAP, phoneme_clauses).sentences
    heard = read_ids(speech.samples, speech.rate, HOP)
    assert speech.rate == 22050
    assert heard == [*expected[0], *[-1] * gap, *expected[1]]  # silence between the sentences


def test_length_scale_comes_from_the_voice_unless_the_profile_sets_it(installed, voices):
    own = PiperEngine().speak(TEXT, profile(sentence_pause=0.0))
    slow = PiperEngine().speak(TEXT, profile(sentence_pause=0.0, length_scale=1.5))
    assert abs(len(slow.samples) / len(own.samples) - 1.5) < 0.01
    write_tone_voice(voices, "de_DE-slow-medium", length_scale=2.0)
    by_voice = PiperEngine().speak(TEXT, profile(model="de_DE-slow-medium", sentence_pause=0.0))
    assert abs(len(by_voice.samples) / len(own.samples) - 2.0) < 0.01


def test_a_multi_speaker_voice_speaks_with_the_profiles_speaker(installed):
    engine = PiperEngine()
    named = engine.speak("Ja.", profile(model="de_DE-chor-medium", speaker="sprecher2"))
    numbered = engine.speak("Ja.", profile(model="de_DE-chor-medium", speaker="1"))
    assert read_ids(named.samples, named.rate, HOP, speaker=2)[0] == 1  # BOS, in speaker 2's pitch
    assert read_ids(numbered.samples, numbered.rate, HOP, speaker=1)[0] == 1
    with pytest.raises(EngineError, match="no speaker 'sopran'; it has 3 .sprecher0"):
        engine.speak("Ja.", profile(model="de_DE-chor-medium", speaker="sopran"))


def test_a_phoneme_the_voice_lacks_is_left_out_and_named(runtime, tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    folder = tmp_path / "bulletin" / "voices"
    write_tone_voice(folder, "de_DE-arm-medium", id_map={k: v for k, v in ID_MAP.items() if k != "ʏ"})
    speech = PiperEngine().speak("Brücke.", profile(model="de_DE-arm-medium"))
    assert speech.missing == {"ʏ"}
    assert "ʏ" in caplog.text


def test_a_voice_that_is_not_installed_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    with pytest.raises(EngineError, match="voice de_DE-tone-medium is not installed .*make-bulletin voices "
                                          "download de_DE-tone-medium"):
        PiperEngine().synthesize("Test.", profile())


def test_a_broken_voice_file_or_config_is_one_clear_line(runtime, tmp_path):
    model = write_tone_voice(tmp_path, "de_DE-kaputt-medium")
    model.write_bytes(b"not a model")
    with pytest.raises(EngineError, match="de_DE-kaputt-medium.onnx could not be run"):
        PiperEngine().synthesize("Test.", profile(model=str(model)))
    Path(f"{model}.json").write_text('{"audio": {}}', encoding="utf-8")
    with pytest.raises(EngineError, match="is not a Piper voice config"):
        PiperEngine().synthesize("Test.", profile(model=str(model)))


def test_the_clip_keeps_the_voices_rate_for_the_band_limited_resampler(installed):
    clip = PiperEngine().synthesize("Hallo.", profile(model="de_DE-tone-low"))
    assert clip.rate == 16000 and clip.samples.ndim == 1 and clip.samples.dtype == np.float32


# --- fallback ---------------------------------------------------------------------------------------

def speak_with_fallback(tmp_path):
    from bulletin.speech.espeak import EspeakEngine
    from bulletin.speech.speaker import speak_parts

    parts = [Part(kind="intro", text="Guten Tag.")]
    voices = {"piper": profile(), "espeak": VoiceProfile("de-espeak", "espeak", voice="de")}
    engines = {"piper": PiperEngine(), "espeak": EspeakEngine()}
    return speak_parts(parts, ["piper", "espeak"], voices, SpeechCache(tmp_path), engines.__getitem__)


def test_auto_falls_back_when_the_voice_is_missing_and_says_why(runtime, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "empty"))
    spoken = speak_with_fallback(tmp_path)
    assert spoken.engine == "espeak"
    assert spoken.warnings == [f"speech engine piper: voice de_DE-tone-medium is not installed (looked in "
                               f"{tmp_path}/empty/bulletin/voices); get it with: make-bulletin voices "
                               "download de_DE-tone-medium; fell back to espeak"]


def test_auto_falls_back_when_the_runtime_is_missing_and_says_why(tmp_path, installed, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # as if the extra were not installed
    spoken = speak_with_fallback(tmp_path)
    assert spoken.engine == "espeak"
    assert spoken.warnings == ["speech engine piper: not available: the onnxruntime package is not "
                               "installed; install the runtime with: pip install 'bulletin[piper]'; "
                               "fell back to espeak"]


# --- a whole bulletin in the neural voice -----------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("voice_rate", [16000])
def test_a_whole_bulletin_in_the_piper_voice_meets_broadcast_levels_without_images(
        tmp_path, voices, inbox, voice_rate):
    from mutagen.mp3 import MP3

    from bulletin.sound.audio import decode_file
    from tests.conftest import decode_errors, ebur128
    from tests.test_cli import HOUR, NAME, run

    out = tmp_path / "out"
    (tmp_path / "tone.toml").write_text('engine = "piper"\nmodel = "de_DE-tone-low"\nsentence_pause = 0.3\n',
                                        encoding="utf-8")
    (tmp_path / "data" / "bulletin").mkdir(parents=True)
    (tmp_path / "data" / "bulletin" / "voices").symlink_to(voices)
    no_jingles = {f"BULLETIN_JINGLES__{slot}": "none" for slot in ("INTRO", "SEPARATOR", "OUTRO")}
    done = run("-i", str(inbox), "-o", str(out), "--engine", "piper", "--hour", HOUR,
               env={"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
                    "BULLETIN_VOICES__PIPER": "tone", "BULLETIN_VOICES_DIR": str(tmp_path), **no_jingles})
    assert done.returncode == 0, done.stderr
    mp3 = out / f"{NAME}.mp3"
    manifest = json.loads((out / f"{NAME}.json").read_text(encoding="utf-8"))
    assert manifest["engine"] == "piper" and manifest["voices"] == ["tone"] and not manifest["warnings"]
    assert decode_errors(mp3) == ""
    meter = ebur128(mp3)
    assert abs(meter.integrated - (-23.0)) <= 0.5 and meter.true_peak <= -1.0
    assert abs(manifest["duration_s"] - meter.duration) <= 0.2
    rate = MP3(mp3).info.sample_rate
    assert rate == 44100
    samples = decode_file(mp3, rate, 1)[:, 0]
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples)))) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    image = spectrum[freqs > voice_rate / 2 + 500].sum()  # where a naive resampler mirrors the voice
    assert image / spectrum.sum() < 1e-5


def test_check_names_the_missing_voice_and_what_speaks_instead(tmp_path, monkeypatch):
    from bulletin.station.checks import run_checks

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "empty"))
    monkeypatch.setenv("BULLETIN_ENGINES", "piper,espeak")  # a station that switched to Piper
    monkeypatch.chdir(tmp_path)
    lines = [(status, line) for status, line in run_checks(None, str(tmp_path / "out")) if "voice" in line]
    assert lines[0] == ("warn", f"voice piper: voice de_DE-thorsten-medium is not installed (looked in "
                                f"{tmp_path}/empty/bulletin/voices); get it with: make-bulletin voices "
                                "download de_DE-thorsten-medium; auto uses espeak instead")
    assert lines[1][0] == "ok" and lines[1][1].startswith("voice espeak: profile de-espeak, speaks")

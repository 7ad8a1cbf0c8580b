"""The pronunciation lexicon: whole words, case-sensitive or not per entry, one per voice profile,
applied before the normalizer's rules; and what espeak-ng really says with the shipped entries."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bulletin.errors import ConfigError
from bulletin.models import Part
from bulletin.speech import Speech
from bulletin.speech.cache import SpeechCache
from bulletin.speech.normalize import normalize
from bulletin.speech.normalize.lexicon import Lexicon, read_lexicon, read_lexicons
from bulletin.speech.speaker import speak_parts
from bulletin.speech.voices import PROJECT_VOICES, VoiceProfile, load_voice

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "espeak_phonemes.py"


def test_whole_words_exact_case_and_any_case_in_one_pass():
    lexicon = Lexicon(words={"CDU": "Ze De U", "NATO": "Nato", "De": "XX"}, any_case={"beispieloog": "Beispiel-ohg"})
    spoken = lexicon.apply("Die CDU-Politiker, die NATO, die cdu, CDUler und BEISPIELOOG.")
    assert spoken == "Die Ze De U-Politiker, die Nato, die cdu, CDUler und Beispiel-ohg."  # "De" is not re-read


def test_longer_entries_win_and_keys_may_hold_dots_and_slashes():
    lexicon = Lexicon(words={"CDU": "Ze De U", "CDU/CSU": "Union", "9/11": "Nine Eleven", "Dr. h. c.": "Ehrendoktor"})
    assert lexicon.apply("Die CDU/CSU zu 9/11, Dr. h. c. Muster") == "Die Union zu Nine Eleven, Ehrendoktor Muster"


def test_the_lexicon_comes_first_so_its_spoken_forms_are_normalized():
    lexicon = Lexicon(words={"A7": "A 7", "CO2": "Ze O 2"})
    assert normalize("Auf der A7 sank der CO2-Ausstoß um 3 %.", lexicon) == (
        "Auf der A sieben sank der Ze O zwei-Ausstoß um drei Prozent.")


def test_lexicon_files_merge_and_the_later_file_wins(tmp_path):
    shared, engine = tmp_path / "shared.toml", tmp_path / "engine.toml"
    shared.write_text('[words]\nUNO = "Uno"\nCDU = "Ze De U"\n[any_case]\nmusterhausen = "Muster-hausen"\n',
                      encoding="utf-8")
    engine.write_text('[words]\nUNO = "Uhno"\n[any_case]\nMUSTERHAUSEN = "Musterhaus-en"\n', encoding="utf-8")
    lexicon = read_lexicons([shared, engine])
    assert lexicon.apply("UNO CDU Musterhausen") == "Uhno Ze De U Musterhaus-en"
    loose = read_lexicon(shared, case_sensitive=False)
    assert loose.apply("uno cdu") == "Uno Ze De U"


@pytest.mark.parametrize("content, problem", [
    ('[words\nX = "y"', "cannot read it"),
    ('[words]\nX = 3\n', 'written = "spoken"'),
    ('[wordz]\nX = "y"\n', "unknown table"),
    ('[words]\n"" = "y"\n', "empty written form"),
])
def test_a_broken_lexicon_is_one_clear_line_naming_the_file(tmp_path, content, problem):
    path = tmp_path / "lex.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem) as caught:
        read_lexicon(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_a_profile_takes_one_or_several_lexicon_files(tmp_path):
    (tmp_path / "a.toml").write_text('[words]\nKI = "Ka I"\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text('[words]\nKI = "K I"\n', encoding="utf-8")
    (tmp_path / "one.toml").write_text('engine = "espeak"\nlexicon_file = "a.toml"\n', encoding="utf-8")
    (tmp_path / "two.toml").write_text('engine = "espeak"\nlexicon_file = ["a.toml", "b.toml"]\n', encoding="utf-8")
    (tmp_path / "bad.toml").write_text('engine = "espeak"\nlexicon_file = 3\n', encoding="utf-8")
    assert load_voice("one", str(tmp_path)).lexicon.apply("KI") == "Ka I"
    assert load_voice("two", str(tmp_path)).lexicon.apply("KI") == "K I"
    with pytest.raises(ConfigError, match="lexicon_file"):
        load_voice("bad", str(tmp_path))


def test_a_profile_built_in_code_still_takes_a_plain_dict():
    voice = VoiceProfile("v", "espeak", lexicon={"NATO": "Nato"}, lexicon_case_sensitive=False)
    assert voice.lexicon.apply("die nato") == "die Nato"


def test_the_shipped_profiles_spell_and_read_acronyms_from_their_lexicons():
    espeak, gtts = load_voice("de-espeak", str(PROJECT_VOICES)), load_voice("de-gtts", str(PROJECT_VOICES))
    text = "Die CDU, die EU, die USA, die NATO und die UNO."
    assert normalize(text, espeak.lexicon) == "Die Ze De U, die E U, die U Ess A, die Nato und die Uhno."
    assert normalize(text, gtts.lexicon) == "Die Ze De U, die E U, die U Ess A, die Nato und die Uno."
    drops = "Kaffee mit K.-o.-Tropfen, laut ČTK"  # the voice would read the full stops, and "Č" as a word
    assert normalize(drops, espeak.lexicon) == "Kaffee mit Ka-O-Tropfen, laut Tsche Te Ka"
    law = "Das BVerfG prüft Art. 5 GG und § 130 StGB."
    assert normalize(law, espeak.lexicon) == ("Das Bundesverfassungsgericht prüft Artikel fünf Grundgesetz "
                                              "und Paragraf hundertdreißig Strafgesetzbuch.")


class Recording:
    name = "espeak"

    def __init__(self):
        self.texts = []

    def available(self):
        return True

    def synthesize(self, text, voice):
        self.texts.append(text)
        return Speech(np.zeros(1100, np.float32), 22050)  # 50 ms of silence


def test_the_voice_gets_lexicon_then_rules_and_the_manifest_shows_it(tmp_path):
    voice = VoiceProfile("de-espeak", "espeak", lexicon={"CDU": "Ze De U"})
    engine = Recording()
    part = Part(kind="item", text="Die CDU gewann 3,5 %.", spoken=normalize("Die CDU gewann 3,5 %."))
    spoken = speak_parts([part], ["espeak"], {"espeak": voice}, SpeechCache(tmp_path), lambda name: engine)
    assert engine.texts == ["Die Ze De U gewann drei Komma fünf Prozent."]
    assert spoken.parts[0].spoken == engine.texts[0]


def espeak_says(*lines, voice=None):
    args = [sys.executable, str(SCRIPT), *(["--voice", voice] if voice else []), *lines]
    done = subprocess.run(args, capture_output=True, text=True, timeout=60, check=True)
    return [line.split("\t")[1] for line in done.stdout.splitlines()]


def test_espeak_spells_the_shipped_acronyms_only_with_the_lexicon():
    raw = espeak_says("EU", "USA", "KI")
    with_lexicon = espeak_says("EU", "USA", "KI", voice="espeak")
    assert raw[0] == "ˈɔø"  # the diphthong of "heute": why "EU" needs an entry
    assert with_lexicon == ["ˈeː ˈuː", "ˈuː ˈɛs ˈɑː", "kˈɑː ˈiː"]


def test_espeak_says_the_long_a_of_massnahmen_only_with_the_lexicon():
    assert espeak_says("Maßnahmen") == ["mˈasnɑːmən"]  # the short "a": why it needs an entry
    assert espeak_says("Maßnahmen", "Corona-Massnahmen", voice="espeak") == ["mˈɑːsnɑːmən", "kˈoːroːnˌɑːmˈɑːsnɑːmən"]

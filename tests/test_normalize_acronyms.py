"""Acronyms the voice can say: the lexicon's entries (words, English letters, plurals) and the
fallback rule that spells an unknown one with German letter names; what espeak-ng makes of them."""

from __future__ import annotations

import pytest

from bulletin.speech.normalize import normalize
from bulletin.speech.normalize.acronyms import acronyms, spelled
from bulletin.speech.normalize.lexicon import Lexicon
from bulletin.speech.voices import PROJECT_VOICES, load_voice
from tests.test_normalize_lexicon import espeak_says

ESPEAK = load_voice("de-espeak", str(PROJECT_VOICES)).lexicon
GTTS = load_voice("de-gtts", str(PROJECT_VOICES)).lexicon


@pytest.mark.parametrize("written, said", [
    ("die ÖVP", "die Ö Fau Pe"),
    ("die OSZE tagt", "die O Ess Zett E tagt"),
    ("ÖVP-Chefin", "Ö Fau Pe-Chefin"),
    ("SPÖ-nahe Kreise", "Ess Pe Ö-nahe Kreise"),
    ("zwei AKWs", "zwei A Ka Wes"),
    ("die ÖVPler", "die Ö Fau Peler"),
    ("ÖBB/ÖFB", "Ö Be Be/Ö Eff Be"),
    ("nach STANDARD-Infos", "nach Standard-Infos"),
    ("WARNUNG vor Sturm", "Warnung vor Sturm"),
    ("Teil III", "Teil III"),  # a Roman numeral: its rule and the voice read it
    ("BMLFUW", "Be Emm Ell Eff U We"),  # six capitals, one vowel: no word, spelled
    ("Die Ärzte", "Die Ärzte"),
    ("A und B", "A und B"),  # single letters are no acronyms
])
def test_the_fallback_spells_unknown_capitals_and_reads_words_in_capitals(written, said):
    assert acronyms(written) == said


def test_letter_names_are_the_german_ones():
    assert spelled("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ") == (
        "A Be Ze De E Eff Ge Ha I Jott Ka Ell Emm Enn O Pe Ku Err Ess Te U Fau We Ix Ypsilon Zett Ä Ö Ü")


def test_capitals_that_other_rules_read_are_not_spelled():
    text = "Um 5.00 Uhr MEZ lieferten 3 MW für 20 CHF, siehe Teil II am Ende."
    assert normalize(text) == ("Um fünf Uhr Emm E Zett lieferten drei Megawatt für zwanzig Franken, "
                               "siehe Teil zwei am Ende.")


@pytest.mark.parametrize("written, espeak, gtts", [
    ("Die ÖVP und die SPÖ", "Die Ö Fau Pe und die Ess Pe Ö", "Die Ö Fau Pe und die Ess Pe Ö"),
    ("FPÖ, KPÖ, ÖFB, ÖBB", "Eff Pe Ö, Ka Pe Ö, Ö Eff Be, Ö Be Be", "Eff Pe Ö, Ka Pe Ö, Ö Eff Be, Ö Be Be"),
    ("OSZE, ESM, ATX, ORF", "O Ess Zett E, E Ess Emm, A Te Ix, O Err Eff", "O Ess Zett E, E Ess Emm, A Te Ix, O Err Eff"),
    ("laut NBC News", "laut Enn Bi ßi News", "laut Enn Bi Si News"),
    ("CNN und BBC", "ßi Enn Enn und Bi Bi ßi", "Si Enn Enn und Bi Bi Si"),
    ("NATO und UNO", "Nato und Uhno", "Nato und Uno"),
    ("die NEOS und DIE LINKE", "die Neos und die Linke", "die Neos und die Linke"),
    ("zwei ICEs", "zwei I Ze Es", "zwei I Ze Es"),
])
def test_the_shipped_lexicons_and_the_rule_together(written, espeak, gtts):
    assert normalize(written, ESPEAK) == espeak
    assert normalize(written, GTTS) == gtts


def test_a_capitals_entry_covers_its_plural_and_other_entries_do_not():
    lexicon = Lexicon(words={"AKW": "A Ka We", "Kfz": "Ka Eff Zett"}, any_case={"uno": "Uno"})
    assert lexicon.apply("AKWs, AKW, Kfzs, UNOs") == "A Ka Wes, A Ka We, Kfzs, UNOs"


def test_espeak_says_letters_where_it_read_words_before():
    # Without the rule espeak-ng said "œfp" (Öfp), "ʃpøː" (Schpö), "ɔstsə" (Oste), "mˈeːts" (Mez).
    said = espeak_says("ÖVP", "SPÖ", "OSZE", "MEZ", "NBC", voice="espeak")
    assert said == ["ˈøː fˈaʊ pˈeː", "ˈɛs pˈeː ˈøː", "ˈoː ˈɛs tsˈɛt ˈeː", "ˈɛm ˈeː tsˈɛt", "ˈɛn bˈiː sˈiː"]

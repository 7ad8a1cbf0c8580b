"""Items from the forty-second set of invented agency copy (stop 54): who is credited."""

from __future__ import annotations

from dataclasses import replace

from bulletin.speech.normalize import normalize
from bulletin.speech.voices import PROJECT_VOICES, load_voice
from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets, outlet_of
from tests.item_copy import article, estimate

AGENCY_COPY = ("Musterstadt (APA) – Der Gemeinderat von Musterstadt hat am Montag ein neues Hallenbad "
               "beschlossen. Es soll 2028 eröffnet werden und rund zwölf Millionen Euro kosten.")


def test_agency_copy_is_credited_to_the_agency_in_its_dateline_not_the_site_carrying_it():
    item = condense(replace(article(AGENCY_COPY), source="derStandard.at"), 30, estimate, load_outlets())
    assert "Nachrichtenagentur APA" in item.text, item.text
    assert "Standard" not in item.text


def test_copy_without_an_agency_keeps_the_site_as_its_source():
    copy = AGENCY_COPY.replace(" (APA) –", " –")
    item = condense(replace(article(copy), source="derStandard.at"), 30, estimate, load_outlets())
    assert "der Standard" in item.text and "APA" not in item.text, item.text


def test_several_agencies_are_named_as_a_list():
    assert outlet_of("APA/AFP/dpa").spoken == "die Nachrichtenagenturen APA, AFP und dpa"
    assert outlet_of("APA/dpa").spoken == "die Nachrichtenagenturen APA und dpa"


def test_the_austrian_agency_is_said_as_a_word():
    espeak = load_voice("de-espeak", str(PROJECT_VOICES))
    assert normalize("meldet die Nachrichtenagentur APA", espeak.lexicon) == "meldet die Nachrichtenagentur Apa"

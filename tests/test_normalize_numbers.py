"""The plain-number rules, each on its own: ordinals, Roman numerals, fractions, decimals, codes,
cardinals; and the first and last rules of the list (tidy, leftover_digits)."""

import pytest

from bulletin.speech.normalize import normalize
from bulletin.speech.normalize.numbers import (
    cardinals,
    codes,
    decimals,
    fractions,
    ordinals,
    roman_numerals,
    suffixed,
)
from bulletin.speech.normalize.rules import leftover_digits, tidy, word_slashes


@pytest.mark.parametrize("written, spoken", [
    ("der 3. Platz", "der dritte Platz"),
    ("auf den 3. Platz", "auf den dritten Platz"),
    ("in der Tabelle der 3. Liga", "in der Tabelle der dritten Liga"),
    ("Aufstieg in die 3. Liga", "Aufstieg in die dritte Liga"),
    ("3. Liga", "dritte Liga"),
    ("zum 2. Mal", "zum zweiten Mal"),
    ("im 1. Halbjahr", "im ersten Halbjahr"),
    ("1. Halbjahr", "erstes Halbjahr"),
    ("ein 3. Platz", "ein dritter Platz"),
    ("der 1. FC Köln", "der erste FC Köln"),
    ("der 2. große Sieg", "der zweite große Sieg"),
    ("zum 100. Geburtstag", "zum hundertsten Geburtstag"),
    ("Er kam als 3. ins Ziel.", "Er kam als dritter ins Ziel."),
    ("Sie wurde 2.", "Sie wurde zweiter."),
    ("das 18. Lebensjahr, aber nicht das 65. vollendet", "das achtzehnte Lebensjahr, aber nicht das fünfundsechzigste vollendet"),
])
def test_ordinals_take_their_ending_from_context(written, spoken):
    assert ordinals(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Die Zahl stieg auf 12. Die Polizei ermittelt.", "Die Zahl stieg auf zwölf. Die Polizei ermittelt."),
    ("Sie landete auf Platz 2.", "Sie landete auf Platz zwei."),
    ("Er kritisiert das ab Seite 49. Leser widersprechen.", "Er kritisiert das ab Seite neunundvierzig. Leser widersprechen."),
    # a large number at the very end is a year or a count, never "the 2021st"
    ("Die Beteiligung war höher als 2021.", "Die Beteiligung war höher als zweitausendeinundzwanzig."),
    ("Es war mehr als 1989.", "Es war mehr als neunzehnhundertneunundachtzig."),
    ("Gemeldet wurden mehr als 12.500.", "Gemeldet wurden mehr als zwölftausendfünfhundert."),
    ("Im Ranking ist sie 21.", "Im Ranking ist sie einundzwanzigster."),  # small: still a place
])
def test_a_number_that_ends_a_sentence_stays_a_cardinal_and_keeps_the_stop(written, spoken):
    assert ordinals(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Ludwig XIV. regierte", "Ludwig der vierzehnte regierte"),
    ("ein Brief von Karl III. an", "ein Brief von Karl dem dritten an"),
    ("Die Möwe II fährt", "Die Möwe zwei fährt"),
    ("Die CDU und ich", "Die CDU und ich"),
    ("entschied der V. Zivilsenat", "entschied der fünfte Zivilsenat"),  # a court's senate: after an article
    ("Der II. Senat", "Der zweite Senat"), ("laut dem IX. Senat", "laut dem neunten Senat"),
    ("Die Vitamine A, D und E.", "Die Vitamine A, D und E."),
])
def test_roman_numerals_after_a_name_or_an_article(written, spoken):
    assert roman_numerals(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("2/3 der Stimmen", "zwei Drittel der Stimmen"), ("1 1/2 Stunden", "eineinhalb Stunden"),
    ("¾ der Fläche", "drei Viertel der Fläche"), ("1/100", "ein Hundertstel"),
    ("-1/22", "minus ein Zweiundzwanzigstel"), ("24/7", "24 7"), ("Heft 52/2018", "Heft 52 zweitausendachtzehn"),
])
def test_fractions_only_proper_ones(written, spoken):
    assert fractions(written) == spoken


def test_decimals_with_sign_and_thousands():
    assert decimals("3,5 und -60,2400 und 1.250,75") == (
        "drei Komma fünf und minus sechzig Komma zwei vier null null und tausendzweihundertfünfzig Komma sieben fünf")


@pytest.mark.parametrize("written, spoken", [
    ("42", "zweiundvierzig"), ("1.500 Menschen", "tausendfünfhundert Menschen"),
    ("250.000", "zweihundertfünfzigtausend"), ("-3 Grad", "minus drei Grad"), ("+2", "plus zwei"),
    ("1 Million", "eine Million"), ("1 Euro", "ein Euro"), ("1 Prozent", "ein Prozent"), ("1 Uhr", "ein Uhr"),
    ("mit 1 Stimme Mehrheit", "mit einer Stimme Mehrheit"), ("es kostet 1 Euro", "es kostet einen Euro"),
    ("um 1 Prozentpunkt", "um einen Prozentpunkt"), ("1 weiterer Fall", "ein weiterer Fall"),
    ("1 bis 2 Millionen", "ein bis zwei Millionen"), ("1-Euro-Job", "ein-Euro-Job"),
    ("Platz 1", "Platz eins"), ("Artikel 1 Absatz 2", "Artikel eins Absatz zwei"),
    ("Formel-1-Rennen", "Formel-eins-Rennen"), ("Covid-19", "Covid-neunzehn"), ("101 Tage", "hundertein Tage"),
    ("Insgesamt 1 Million", "Insgesamt eine Million"), ("1", "eins"),
    ("meldete 1 Verletzten", "meldete einen Verletzten"), ("mit 1 Polizisten", "mit einem Polizisten"),
])
def test_cardinals_with_ein_declined_for_its_noun(written, spoken):
    assert cardinals(written) == spoken


def test_a_number_joined_to_an_adjective_becomes_one_word():
    assert suffixed("Der 43-Jährige, ein 5-jähriges Kind, 1-jährig, 3-fach, 10- bis 12-jährige, 3-Zimmer") == (
        "Der dreiundvierzigjährige, ein fünfjähriges Kind, einjährig, dreifach, 10- bis zwölfjährige, 3-Zimmer")


@pytest.mark.parametrize("written, spoken", [
    ("G20-Gipfel", "G zwanzig-Gipfel"), ("H5N1", "H fünf N eins"), ("A380", "A dreihundertachtzig"),
    ("3D-Drucker", "drei-D-Drucker"), ("3fach", "dreifach"), ("10er-Karte", "zehner-Karte"),
    ("der 3te Versuch", "der dritte Versuch"), ("Haus 7a", "Haus sieben a"),
    ("der KSV1870", "der KSV achtzehnhundertsiebzig"), ("A1870", "A tausendachthundertsiebzig"),
])
def test_letters_and_digits_in_one_word(written, spoken):
    assert codes(written) == spoken


def test_a_founding_year_after_an_acronym_and_a_leading_zero_are_said_as_in_the_name():
    assert normalize("Der TSV 1860 München verlor.") == "Der Te Ess Fau achtzehnhundertsechzig München verlor."
    assert normalize("Schalke 04 siegte, Agent 007 nicht.") == "Schalke null vier siegte, Agent null null sieben nicht."


def test_tidy_turns_grouped_thousands_and_typographic_signs_into_plain_ones():
    assert tidy("110 000 Euro, 250\u202f000 Menschen, \u22123\u00a0Grad") == "110.000 Euro, 250.000 Menschen, -3 Grad"
    assert tidy("am 3 500 Meter") == "am 3.500 Meter"
    assert tidy("Seit 2019 500 Fälle") == "Seit 2019 500 Fälle"  # a year is no thousands group


def test_leftover_digits_never_reach_the_voice():
    assert leftover_digits("Version 2.10").split() == ["Version", "zwei", "Punkt", "zehn"]


@pytest.mark.parametrize("text, spoken", [
    ("Bündnis 90/Die Grünen", "Bündnis neunzig Die Grünen"),
    ("Saison 2020/2021", "Saison zweitausendzwanzig zweitausendeinundzwanzig"),
    ("und / oder", "und oder"),
    ("mit 50 km/h", "mit fünfzig Kilometer pro Stunde"),  # units and fractions keep their own reading
    ("3/4 der Stimmen", "drei Viertel der Stimmen"),
])
def test_a_slash_between_words_is_a_pause_not_a_word(text, spoken):
    assert normalize(text) == spoken


def test_word_slashes_leaves_other_slashes_alone():
    assert word_slashes("a/b, c / d") == "a b, c d"
    assert word_slashes("Preis: 5 € / Monat") == "Preis: 5 € / Monat"  # not between two words

"""The whole normalizer: bulletin sentences in, what a newsreader says out."""

import inspect
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bulletin.speech.normalize import normalize, trace, words
from bulletin.speech.normalize.rules import RULES


@pytest.mark.parametrize("written, spoken", [
    ("Es ist 14 Uhr.", "Es ist vierzehn Uhr."),
    ("Es ist 1 Uhr.", "Es ist ein Uhr."),
    ("um 14:30 Uhr", "um vierzehn Uhr dreißig"),
    ("um 7.15 Uhr", "um sieben Uhr fünfzehn"),
    ("am 3. Oktober", "am dritten Oktober"),
    ("Der 1. Mai ist frei.", "Der erste Mai ist frei."),
    ("am 27.11.2026", "am siebenundzwanzigsten November zweitausendsechsundzwanzig"),
    ("im April 2023", "im April zweitausenddreiundzwanzig"),
    ("seit 1990", "seit neunzehnhundertneunzig"),
    ("1.500 Menschen", "tausendfünfhundert Menschen"),
    ("3,5 Prozent", "drei Komma fünf Prozent"),
    ("42", "zweiundvierzig"),
    ("Das ist der Herbst. Er kam zuerst.", "Das ist der Herbst. Er kam zuerst."),
])
def test_numbers_dates_and_times_become_words(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Mit dem Sieg klettert das Team in der Tabelle der 3. Liga auf den 3. Platz.",
     "Mit dem Sieg klettert das Team in der Tabelle der dritten Liga auf den dritten Platz."),
    ("Die Gastgeberinnen haben mit 31:27 gewonnen, zur Pause stand es 13:15.",
     "Die Gastgeberinnen haben mit einunddreißig zu siebenundzwanzig gewonnen, zur Pause stand es dreizehn zu fünfzehn."),
    ("Die Reparatur kostet rund 1,2 Mio. Euro.", "Die Reparatur kostet rund eins Komma zwei Millionen Euro."),
    ("Der Radweg kostet 3,5 Mio. €.", "Der Radweg kostet drei Komma fünf Millionen Euro."),
    ("Karten kosten 12,50 €, ermäßigt 8 €.", "Karten kosten zwölf Euro fünfzig, ermäßigt acht Euro."),
    ("Die Leiterin, Dr. Lena Muster, lädt ein.", "Die Leiterin, Doktor Lena Muster, lädt ein."),
    ("Böen bis 90 km/h, z. B. am Berg; nachts -3 °C.", "Böen bis neunzig Kilometer pro Stunde, zum Beispiel am Berg; nachts minus drei Grad."),
    ("Geöffnet ist zwischen 8 und 10 Uhr, am Sonntag von 17:30 Uhr bis 22 Uhr.",
     "Geöffnet ist zwischen acht und zehn Uhr, am Sonntag von siebzehn Uhr dreißig bis zweiundzwanzig Uhr."),
    ("Ein 6:0-Sieg zum 2. Mal im 1. Halbjahr.", "Ein sechs zu null Sieg zum zweiten Mal im ersten Halbjahr."),
    ("Die Temperaturen steigen auf 10-12 Grad.", "Die Temperaturen steigen auf zehn bis zwölf Grad."),
    ("Die Quote stieg um 0,3 Prozentpunkte auf 5,1 %.", "Die Quote stieg um null Komma drei Prozentpunkte auf fünf Komma eins Prozent."),
    ("Es gab 1 Million Anträge.", "Es gab eine Million Anträge."),
    ("Bei dem Unfall gab es 1 Toten.", "Bei dem Unfall gab es einen Toten."),
    ("Am Freitag, 27. November 2026, ab 8.30 Uhr.",
     "Am Freitag, dem siebenundzwanzigsten November zweitausendsechsundzwanzig, ab acht Uhr dreißig."),
    ("Frau überweist 110 000 Euro.", "Frau überweist hundertzehntausend Euro."),
])
def test_bulletin_sentences_the_way_a_newsreader_says_them(written, spoken):
    assert normalize(written) == spoken


INVENTED = [
    "Am 3. Oktober um 14:30 Uhr stimmten 27 der 41 Ratsmitglieder für 3,5 Mio. Euro (ca. 12 % mehr).",
    "Die Fähre fährt ab 1.12. um 7:15 Uhr; eine Fahrt kostet 9,80 €, Kinder 0,50 €.",
    "Beim 2:1 (1:1) vor 1.850 Zuschauern fiel das Tor in der 89. Minute, Platz 3 ist sicher.",
    "Zwischen 2010-2012 fielen 80 mm Regen, d. h. 80 l/m² an 1 Tag; 2/3 davon im Mai 2011.",
    "Der G20-Gipfel 2025/26, Art. 5 Abs. 2, § 218 und Nr. 12: 1990er, 24/7, Version 2.10.",
]


@pytest.mark.parametrize("text", INVENTED)
def test_no_digit_reaches_the_voice_and_a_second_pass_changes_nothing(text):
    spoken = normalize(text)
    assert not re.search(r"\d", spoken), spoken
    assert normalize(spoken) == spoken


@given(st.integers(min_value=2, max_value=10**12))
def test_any_count_with_thousands_dots_reads_as_its_number(n):
    written = f"{n:,}".replace(",", ".") + " Menschen"
    assert normalize(written) == f"{words.before_noun(n)} Menschen"


def test_rules_are_small_documented_pure_functions():
    for rule in RULES:
        assert inspect.isfunction(rule) and rule.__doc__, rule
        assert len(inspect.signature(rule).parameters) == 1
        assert rule("Das ist der Herbst. Er kam zuerst.") == "Das ist der Herbst. Er kam zuerst."


def test_trace_shows_each_rule_that_changed_the_text():
    steps = list(trace("Am 3. Oktober um 14:30 Uhr"))
    assert [name for name, _ in steps] == ["clock_times", "day_month"]
    assert steps[-1][1] == normalize("Am 3. Oktober um 14:30 Uhr")

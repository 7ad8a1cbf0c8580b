"""Dates, years, clock times and scores, each rule on its own."""

import pytest

from bulletin.speech.normalize.dates import day_month, iso_dates, month_year, numeric_dates, years
from bulletin.speech.normalize.times import bare_times, clock_times, durations, scores, time_ranges


@pytest.mark.parametrize("written, spoken", [
    ("am 27.11.2026", "am siebenundzwanzigsten November zweitausendsechsundzwanzig"),
    ("27.11.2026", "siebenundzwanzigster November zweitausendsechsundzwanzig"),
    ("am 27. 11. 2026", "am siebenundzwanzigsten November zweitausendsechsundzwanzig"),
    ("bis 1.5.", "bis ersten Mai."),
    ("02.03.2003", "zweiter März zweitausenddrei"),
    ("02.03", "zweiter März"),
    ("am 3.10.90 gegründet", "am dritten Oktober neunzehnhundertneunzig gegründet"),
    ("Frist bis 31.12. Dann folgt", "Frist bis einunddreißigsten Dezember. Dann folgt"),
    ("1.500", "1.500"), ("Kapitel 2.3", "Kapitel 2.3"), ("32.13.2026", "32.13.2026"),
])
def test_numeric_dates(written, spoken):
    assert numeric_dates(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("am 3. Oktober", "am dritten Oktober"),
    ("Der 1. Mai ist frei", "Der erste Mai ist frei"),
    ("24. juli 2013", "vierundzwanzigster Juli zweitausenddreizehn"),
    ("am 2. Mär. 2003", "am zweiten März zweitausenddrei"),
    ("vom 1. bis 3. Mai", "vom 1. bis dritten Mai"),  # the "1." is left for the ordinal rule
    ("am Freitag, 27. November", "am Freitag, dem siebenundzwanzigsten November"),
    ("ab 1. Januar 2027", "ab ersten Januar zweitausendsiebenundzwanzig"),
    ("am 3./4. Oktober", "am dritten und vierten Oktober"), ("vom 3.-5. Mai", "vom dritten bis fünften Mai"),
])
def test_day_and_month(written, spoken):
    assert day_month(written) == spoken


def test_iso_dates_and_month_years():
    assert iso_dates("2026-11-27") == "siebenundzwanzigster November zweitausendsechsundzwanzig"
    assert iso_dates("2003-03 und 2011-12") == "März zweitausenddrei und 2011-12"  # a season stays
    assert month_year("im April 2023 und im Jan. 1990") == "im April zweitausenddreiundzwanzig und im Januar neunzehnhundertneunzig"


@pytest.mark.parametrize("written, spoken", [
    ("seit 1990", "seit neunzehnhundertneunzig"), ("im Jahr 1989", "im Jahr neunzehnhundertneunundachtzig"),
    ("1990-1995", "neunzehnhundertneunzig bis neunzehnhundertfünfundneunzig"),
    ("1952 geboren", "neunzehnhundertzweiundfünfzig geboren"),
    ("Saison 2025/26", "Saison zweitausendfünfundzwanzig sechsundzwanzig"),
    ("in den 90er Jahren", "in den neunziger Jahren"), ("die 1920er-Jahre", "die neunzehnhundertzwanziger-Jahre"),
    ("in den 1980er-Jahren", "in den achtziger-Jahren"), ("Anfang der 1930er Jahre", "Anfang der dreißiger Jahre"),
    ("die 2010er-Jahre", "die zweitausendzehner-Jahre"),
    ("1126 Menschen", "1126 Menschen"),  # a count before a noun
    ("1999 wurde die Firma gegründet", "neunzehnhundertneunundneunzig wurde die Firma gegründet"),
    ("Er kam 1999 nach Berlin.", "Er kam neunzehnhundertneunundneunzig nach Berlin."),
    ("Rund 1500 kamen.", "Rund 1500 kamen."),
])
def test_years_only_where_the_words_say_so(written, spoken):
    assert years(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("14:30 Uhr", "vierzehn Uhr dreißig"), ("7.15 Uhr", "sieben Uhr fünfzehn"), ("0:05 Uhr", "null Uhr fünf"),
    ("um 8 Uhr", "um acht Uhr"), ("1 Uhr", "ein Uhr"), ("08:00 Uhr", "acht Uhr"),
    ("02:02:23 Uhr", "zwei Uhr zwei Minuten dreiundzwanzig Sekunden"), ("25:00 Uhr", "25:00 Uhr"),
])
def test_clock_times(written, spoken):
    assert clock_times(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("zwischen 8 und 10 Uhr", "zwischen acht und zehn Uhr"), ("8-10 Uhr", "acht bis zehn Uhr"),
    ("zwischen 1 und 3 Uhr", "zwischen ein und drei Uhr"), ("14.30 bis 16 Uhr", "vierzehn Uhr dreißig bis sechzehn Uhr"),
    ("von 17:30 Uhr bis 22 Uhr", "von siebzehn Uhr dreißig bis zweiundzwanzig Uhr"),
])
def test_time_ranges(written, spoken):
    assert time_ranges(written) == spoken


def test_a_time_without_uhr_after_a_word_that_asks_for_one():
    assert bare_times("um 14:30 und ab 9.15") == "um vierzehn Uhr dreißig und ab neun Uhr fünfzehn"
    assert bare_times("mit 14:30") == "mit 14:30"


@pytest.mark.parametrize("written, spoken", [
    ("mit 31:27 gewonnen", "mit einunddreißig zu siebenundzwanzig gewonnen"),
    ("2:1 (1:1)", "zwei zu eins"), ("ein 6:0-Sieg", "ein sechs zu null Sieg"),
    ("Es endete 2 : 1.", "Es endete zwei zu eins."),
])
def test_scores(written, spoken):
    assert scores(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("in 29:58,33 Minuten", "in neunundzwanzig Minuten achtundfünfzig Komma drei drei Sekunden"),
    ("lief 2:05:33 Stunden", "lief zwei Stunden fünf Minuten dreiunddreißig Sekunden"),
    ("Nach 1:45 Min. war", "Nach einer Minute fünfundvierzig Sekunden war"),
    ("dauert 1:30 h", "dauert eine Stunde dreißig Minuten"),
    ("in 2:01 Minuten", "in zwei Minuten eine Sekunde"),
    ("endete 2:1", "endete 2:1"),  # a score: no unit of time after it
    ("um 14:30 Uhr", "um 14:30 Uhr"),  # a clock time
])
def test_race_and_match_times_are_read_as_durations(written, spoken):
    assert durations(written) == spoken

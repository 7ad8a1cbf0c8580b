"""Readings a news editor found wrong in real agency copy (issue 16), each rule on its own and then
the whole normalizer on invented sentences of the same shape."""

from __future__ import annotations

import pytest

from bulletin.speech.normalize import normalize
from bulletin.speech.normalize.abbreviations import abbreviations
from bulletin.speech.normalize.dates import date_articles, day_month, numeric_dates
from bulletin.speech.normalize.grammar import ordinal_ending
from bulletin.speech.normalize.numbers import decimals, ordinals
from bulletin.speech.normalize.rankings import match_minutes, ranked_compounds, ranking_lists
from bulletin.speech.normalize.rules import word_slashes
from bulletin.speech.normalize.times import clock_times, durations, scores
from bulletin.speech.normalize.units import units


@pytest.mark.parametrize("written, spoken", [
    ("seit 1. Jänner", "seit dem 1. Jänner"),
    ("Ab 1. Mai", "Ab dem 1. Mai"),
    ("bis 3. März", "bis zum 3. März"),
    ("von 1. bis 3. Mai", "vom 1. bis zum 3. Mai"),
    ("mit 1. Jänner", "mit dem 1. Jänner"),
    ("nach 12. Oktober", "nach dem 12. Oktober"),
    ("für 2. Juni", "für den 2. Juni"),
    ("ab 1.1.2027", "ab dem 1.1.2027"),
    ("zwischen 1. Oktober 2025 und 11. Oktober 2026", "zwischen dem 1. Oktober 2025 und dem 11. Oktober 2026"),
    ("per 1. Jänner", "per 1. Jänner"),  # per ersten Jänner: no article
    ("am 1. Mai", "am 1. Mai"), ("bis 17 Uhr", "bis 17 Uhr"), ("ab 1.500 Euro", "ab 1.500 Euro"),
    ("auf 1. Platz", "auf 1. Platz"), ("Rabat 1. Mai", "Rabat 1. Mai"),
])
def test_a_bare_preposition_before_a_date_gets_its_article(written, spoken):
    assert date_articles(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("am 2. Jänner", "am zweiten Jänner"),
    ("am 3. Feber", "am dritten Feber"),
    ("der 4. Jän. 2026", "der vierte Jänner zweitausendsechsundzwanzig"),
    ("am 5. Januar", "am fünften Januar"),
    ("am 31. März (Gruppe A), 5. April (Gruppe B) und 7. April", "am einunddreißigsten März (Gruppe A), fünften "
                                                                 "April (Gruppe B) und siebten April"),
])
def test_austrian_months_are_said_as_written_and_listed_dates_keep_the_article(written, spoken):
    assert day_month(written) == spoken


def test_a_numeric_date_in_a_list_after_am_keeps_its_ending():
    assert numeric_dates("am 3.4. und 5.6.") == "am dritten April und fünften Juni."


@pytest.mark.parametrize("before, gender, ending", [
    ("mit ", "m", "em"), ("in ", "f", "er"), ("nach ", "n", "em"), ("mit ", None, "en"),
    ("auf ", "m", "en"), ("per ", "m", "en"), ("Der letzte und ", "m", "e"),
])
def test_a_bare_dative_preposition_asks_for_the_strong_dative(before, gender, ending):
    assert ordinal_ending(before, gender) == ending


@pytest.mark.parametrize("written, spoken", [
    ("Beginn 20 Uhr (5.00 MEZ).", "Beginn zwanzig Uhr (fünf Uhr MEZ)."),
    ("Landung 13.30 Ortszeit", "Landung dreizehn Uhr dreißig Ortszeit"),
    ("um 12:00 UTC", "um zwölf Uhr UTC"),
    ("Finale (5.10 Uhr MEZ)", "Finale (fünf Uhr zehn MEZ)"),
    ("Preis 5.00 Euro", "Preis 5.00 Euro"),
])
def test_a_time_zone_makes_a_clock_time(written, spoken):
    assert clock_times(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("mit 4:6,6:4,6:0-Finalsieg", "mit vier zu sechs, sechs zu vier, sechs zu null Finalsieg"),
    ("knapp 6:7(1),6:7(4) verloren", "knapp sechs zu sieben, sechs zu sieben verloren"),
    ("siegte 6:4, 7:6 (5).", "siegte sechs zu vier, sieben zu sechs."),
    ("gewann 2:1 (1:0).", "gewann zwei zu eins."),  # (the half-time score: heard as a second result)
    ("Es stand 2:1, dann 3:1.", "Es stand zwei zu eins, dann drei zu eins."),
])
def test_tennis_sets_and_tie_breaks(written, spoken):
    assert scores(written) == spoken


def test_a_decimal_point_before_a_percentage_or_a_currency_is_no_clock_time():
    from bulletin.speech.normalize.times import bare_times

    assert bare_times("stieg um 3.14 Prozent und um 2.50 Euro, ab 8.30 los") == (
        "stieg um 3.14 Prozent und um 2.50 Euro, ab acht Uhr dreißig los")


def test_hundredths_make_a_race_time_without_a_unit():
    assert durations("Muster 1:45,32 vor Beispiel") == (
        "Muster eine Minute fünfundvierzig Komma drei zwei Sekunden vor Beispiel")


@pytest.mark.parametrize("written, spoken", [
    ("Muster (60.) traf zum 1:0.", "Muster in der sechzigsten Minute traf zum 1:0."),
    ("Tore: Muster (12., 75.), Beispiel (90.+2)", "Tore: Muster in der zwölften und fünfundsiebzigsten Minute, "
                                                  "Beispiel in der Nachspielzeit"),
    ("Tor durch Muster (11./Elfmeter)", "Tor durch Muster in der elften Minute, Elfmeter"),
    ("Muster (5.) spielt gegen Beispiel.", "Muster (5.) spielt gegen Beispiel."),  # a seed, no goal
])
def test_a_goals_minute_in_parentheses(written, spoken):
    assert match_minutes(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Der Weltranglisten-20. trifft auf", "Der Weltranglisten-zwanzigste trifft auf"),
    ("gegen den Weltranglisten-357.", "gegen den Weltranglisten-dreihundertsiebenundfünfzigsten."),
    ("Muster gegen Weltranglisten-45.", "Muster gegen Weltranglisten-fünfundvierzigsten."),
    ("Tabellen-3. Beispielstadt", "Tabellen-dritter Beispielstadt"),
    ("im Covid-19. Jahr", "im Covid-19. Jahr"),
])
def test_a_place_in_a_compound_is_an_ordinal_said_as_a_noun(written, spoken):
    assert ranked_compounds(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Die Rangliste: 1. Nordland 2. Südland 3. Westland", "Die Rangliste: Platz 1 Nordland, Platz 2 Südland, "
                                                          "Platz 3 Westland"),
    ("Endstand: 1. Muster 2. Beispiel ... 272. Irgendwer", "Endstand: Platz 1 Muster, Platz 2 Beispiel ..., "
                                                           "Platz 272 Irgendwer"),
    ("Die Forderungen: 1. Mehr Personal, 2. Höhere Löhne.", "Die Forderungen: erstens Mehr Personal, zweitens "
                                                            "Höhere Löhne."),
    ("in der 1. Halbzeit und der 2. Halbzeit", "in der 1. Halbzeit und der 2. Halbzeit"),
    ("3. Liga und 4. Liga", "3. Liga und 4. Liga"),
    ("Er wurde 1. und sie 3. Dann", "Er wurde 1. und sie 3. Dann"),
])
def test_a_numbered_list_is_said_by_its_places(written, spoken):
    assert ranking_lists(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("in der Beispielschau 2. Moderiert wird", "in der Beispielschau zwei. Moderiert wird"),
    ("im Mai 30.000. Nordland baut", "im Mai dreißigtausend. Nordland baut"),
    ("sind es mehr als 165.000. Normalerweise", "sind es mehr als hundertfünfundsechzigtausend. Normalerweise"),
    ("Es waren am Ende 272.", "Es waren am Ende zweihundertzweiundsiebzig."),
    ("Sie wurde 2.", "Sie wurde zweiter."),
    ("Im Ranking ist sie 21.", "Im Ranking ist sie einundzwanzigster."),
    ("2.", "zweiter."),
    ("mit 12. Sieg in Folge", "mit zwölftem Sieg in Folge"),
    ("Der letzte und 165. Fall", "Der letzte und hundertfünfundsechzigste Fall"),
    ("der 1000. Besucher", "der tausendste Besucher"),
    ("die 2. Liga", "die zweite Liga"),
])
def test_ordinals_counts_and_sentence_ends(written, spoken):
    assert ordinals(written) == spoken


def test_a_list_of_decimals():
    assert decimals("mit 7,68, 3,84, 1,92 TB") == (
        "mit sieben Komma sechs acht, drei Komma acht vier, eins Komma neun zwei TB")


@pytest.mark.parametrize("written, spoken", [
    ("die 15-TB-Platte", "die 15 Terabyte-Platte"),
    ("ein 100-km/h-Schild", "ein 100 Kilometer pro Stunde-Schild"),
    ("das Modell 4s", "das Modell 4s"),  # a product name, not four seconds
    ("in 7,5 s", "in 7,5 Sekunden"),
])
def test_units_in_compounds_and_a_letter_after_a_number(written, spoken):
    assert units(written) == spoken


def test_before_our_era():
    assert abbreviations("(578-539 v. u. Z.) soll") == "(578-539 vor unserer Zeitrechnung) soll"
    assert abbreviations("im Jahr 30 n. u. Z.") == "im Jahr 30 nach unserer Zeitrechnung."


@pytest.mark.parametrize("written, spoken", [
    ("Sektor C/D", "Sektor C und D"), ("Block A/B/C", "Block A B C"), ("CDU/CSU", "CDU CSU"),
    ("Bündnis 90/Die Grünen", "Bündnis 90 Die Grünen"), ("A/B-Test", "A B-Test"),
])
def test_two_letters_joined_by_a_slash_mean_both(written, spoken):
    assert word_slashes(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Anpfiff um 20 Uhr (5.00 MEZ).", "Anpfiff um zwanzig Uhr (fünf Uhr Emm E Zett)."),
    ("Die Inflation lag bei 1,40 Prozent.", "Die Inflation lag bei eins Komma vier null Prozent."),
    ("Der Kaffee kostet 1,40 Euro.", "Der Kaffee kostet einen Euro vierzig."),
    ("Ein Kaffee um 1,40 Euro.", "Ein Kaffee um einen Euro vierzig."),
    ("Die Frist endet am 2. Jänner.", "Die Frist endet am zweiten Jänner."),
    ("Seit 1. Jänner gilt die Regel.", "Seit dem ersten Jänner gilt die Regel."),
    ("Die Frist läuft bis 3. März.", "Die Frist läuft bis zum dritten März."),
    ("Muster (60.) traf zum 1:0.", "Muster in der sechzigsten Minute traf zum eins zu null."),
    ("Die Wertung: 1. Nordland 2. Südland", "Die Wertung: Platz eins Nordland, Platz zwei Südland"),
    ("Die Fans im Sektor C/D sangen.", "Die Fans im Sektor C und D sangen."),
    ("Eine Packung kostet 19.99 Franken.", "Eine Packung kostet neunzehn Franken neunundneunzig."),
    ("Das Heft hat 105’659 Leser.", "Das Heft hat hundertfünftausendsechshundertneunundfünfzig Leser."),
    ("Der Kurs stieg um 3.14 Prozent.", "Der Kurs stieg um drei Komma eins vier Prozent."),
])
def test_the_readings_of_the_issue_through_the_whole_normalizer(written, spoken):
    assert normalize(written) == spoken

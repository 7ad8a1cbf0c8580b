import pytest

from bulletin.normalize import normalize


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
    ("1.500 Menschen", "eintausendfünfhundert Menschen"),
    ("3,5 Prozent", "drei Komma fünf Prozent"),
    ("42", "zweiundvierzig"),
    ("Das ist der Herbst. Er kam zuerst.", "Das ist der Herbst. Er kam zuerst."),
])
def test_numbers_dates_and_times_become_words(written, spoken):
    assert normalize(written) == spoken

"""Money, percentages, units, ranges and signs, each rule on its own."""

import pytest

from bulletin.speech.normalize import normalize
from bulletin.speech.normalize.money import money, percentages
from bulletin.speech.normalize.units import ranges, symbols, units


@pytest.mark.parametrize("written, spoken", [
    ("12,50 €", "zwölf Euro fünfzig"), ("12,50 Euro", "zwölf Euro fünfzig"), ("9,80 €", "neun Euro achtzig"),
    ("12,– €", "zwölf Euro"), ("1 €", "ein Euro"), ("mit 1 €", "mit einem Euro"), ("kostet 1 Euro", "kostet einen Euro"),
    ("0,50 €", "fünfzig Cent"), ("€0,01", "ein Cent"), ("1.500 €", "tausendfünfhundert Euro"),
    ("3,5 Millionen Euro", "drei Komma fünf Millionen Euro"), ("€ 3,5 Millionen", "drei Komma fünf Millionen Euro"),
    ("1 Million Euro", "eine Million Euro"), ("1 Milliarde €", "eine Milliarde Euro"),
    ("$2", "zwei Dollar"), ("$2,20", "zwei Dollar zwanzig"), ("5 US-Dollar", "fünf US-Dollar"),
    ("$2,201", "zwei Komma zwei null eins Dollar"), ("£2,20", "zwei Pfund zwanzig"), ("CHF 20", "zwanzig Franken"),
    ("-5 €", "minus fünf Euro"),
])
def test_money(written, spoken):
    assert money(written) == spoken


def test_percentages_and_points_leave_the_number_for_the_number_rules():
    assert percentages("3,5 % und 2 %-Punkte und 1% und 0,5 ‰") == (
        "3,5 Prozent und 2 Prozentpunkte und 1 Prozent und 0,5 Promille")
    assert percentages("100%ig") == "100%ig"


@pytest.mark.parametrize("written, spoken", [
    ("90 km/h", "90 Kilometer pro Stunde"), ("-3 °C", "-3 Grad"), ("5 m", "5 Meter"), ("80 m²", "80 Quadratmeter"),
    ("65.000 km²", "65.000 Quadratkilometer"), ("1 t", "1 Tonne"), ("2 t", "2 Tonnen"), ("1 h", "1 Stunde"),
    ("2,5 kg", "2,5 Kilogramm"), ("20 l/m²", "20 Liter pro Quadratmeter"), ("98,7 MHz", "98,7 Megahertz"),
    ("12 kWh", "12 Kilowattstunden"), ("Einwohner/km²", "Einwohner pro Quadratkilometer"),
    ("um 5 Min.", "um 5 Minuten."), ("nach 5 Min. Pause", "nach 5 Minuten Pause"),
    ("90,4 Millionen t", "90,4 Millionen Tonnen"), ("5 Mann", "5 Mann"), ("Hallo m", "Hallo m"),
])
def test_units_after_a_number(written, spoken):
    assert " ".join(units(written).split()) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("10-12", "10 bis 12"), ("8–11 Grad", "8 bis 11 Grad"), ("2,5-3 Prozent", "2,5 bis 3 Prozent"),
    ("10-12-jährige", "10-12-jährige"), ("1.500-2.000", "1.500 bis 2.000"),
])
def test_ranges(written, spoken):
    assert ranges(written) == spoken


def test_signs_and_symbols():
    assert symbols("§ 218 und §§ 3, Bund & Länder, ~300, ±2, 3 x 4") == (
        "Paragraf 218 und Paragrafen 3, Bund und Länder, zirka 300, plus minus 2, 3 mal 4")


def test_every_unit_symbol_reads_as_its_own_word():
    # a table entry once overwrote "km" with "Liter auf hundert Kilometer": check every symbol
    from bulletin.speech.normalize.units import _UNITS

    for symbol, (singular, plural) in _UNITS.items():
        assert plural in normalize(f"Es sind 5 {symbol} mehr."), symbol
        assert singular in normalize(f"Es ist 1 {symbol} mehr."), symbol
    assert normalize("Die Strecke ist 100 km lang.") == "Die Strecke ist hundert Kilometer lang."
    assert normalize("Er braucht 7,5 l/100km.") == "Er braucht sieben Komma fünf Liter auf hundert Kilometer."
    assert normalize("10 Liter/100 km") == "zehn Liter auf hundert Kilometer"


@pytest.mark.parametrize("written, spoken", [
    ("11,20 € pro m²", "elf Euro zwanzig pro Quadratmeter"),
    ("Preis je kg", "Preis je Kilogramm"),
    ("Stau auf der A 7 bei km 12", "Stau auf der A sieben bei Kilometer zwölf"),
    ("Ein Platz pro Haus", "Ein Platz pro Haus"),  # only unit symbols
])
def test_a_unit_symbol_without_a_number_before_it(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Der Pegel stieg auf 7,45 m.", "Der Pegel stieg auf sieben Meter fünfundvierzig."),
    ("Er ist 1,80 m groß.", "Er ist ein Meter achtzig groß."),
    ("Sie sprang 2,05 m hoch.", "Sie sprang zwei Meter fünf hoch."),
    ("1,5 m", "eins Komma fünf Meter"),  # one decimal: a plain decimal
    ("12,25 m²", "zwölf Komma zwei fünf Quadratmeter"),  # not square metres
])
def test_metres_with_centimetres_are_said_like_a_level_or_a_height(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Der Euro kostet 1,08 Dollar.", "Der Euro kostet eins Komma null acht Dollar."),
    ("Ein Dollar kostete zuletzt 0,92 Euro.", "Ein Dollar kostete zuletzt null Komma neun zwei Euro."),
    ("Für 100 Dollar bekommt man 92,50 Euro.", "Für hundert Dollar bekommt man zweiundneunzig Euro fünfzig."),
    ("Das Brot kostet 2,50 Euro.", "Das Brot kostet zwei Euro fünfzig."),
])
def test_an_exchange_rate_is_a_decimal_and_a_price_is_euros_and_cents(written, spoken):
    assert normalize(written) == spoken


def test_a_noun_before_an_amount_does_not_name_it():
    # "Platz 1" names the number ("eins"); "Milch 1,20 Euro" is an amount of euros
    assert "ein Euro zwanzig" in normalize("Im Euro-Raum kostet Milch 1,20 Euro.")

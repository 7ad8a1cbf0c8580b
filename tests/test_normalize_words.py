"""Number words (words.py) and the grammar around them (grammar.py)."""

import pytest

from bulletin.speech.normalize import grammar, words


@pytest.mark.parametrize("n, spoken", [
    (0, "null"), (1, "eins"), (17, "siebzehn"), (21, "einundzwanzig"), (100, "hundert"),
    (101, "hunderteins"), (1000, "tausend"), (1500, "tausendfünfhundert"), (2026, "zweitausendsechsundzwanzig"),
    (101_000, "hunderteintausend"), (250_000, "zweihundertfünfzigtausend"), (1_000_000, "eine Million"),
    (2_500_000, "zwei Millionen fünfhunderttausend"), (1_100_000, "eine Million einhunderttausend"),
    (301_000_000, "dreihundertein Millionen"), (21_000_000_000, "einundzwanzig Milliarden"),
    (-25_037, "minus fünfundzwanzigtausendsiebenunddreißig"),
])
def test_cardinals_say_hundert_and_tausend_without_ein_and_fix_num2words(n, spoken):
    assert words.cardinal(n) == spoken


def test_a_number_ending_in_one_says_ein_before_a_noun():
    assert words.before_noun(101) == "hundertein"
    assert words.before_noun(21) == "einundzwanzig"
    assert words.before_noun(1) == "eins"  # 1 itself is declined by the caller


@pytest.mark.parametrize("n, spoken", [
    (1, "erste"), (3, "dritte"), (7, "siebte"), (8, "achte"), (19, "neunzehnte"), (20, "zwanzigste"),
    (100, "hundertste"), (101, "hunderterste"), (111, "hundertelfte"), (1000, "tausendste"),
    (1_000_000, "millionste"), (25_111, "fünfundzwanzigtausendeinhundertelfte"),
])
def test_ordinals(n, spoken):
    assert words.ordinal(n, "e") == spoken


@pytest.mark.parametrize("n, spoken", [
    (1990, "neunzehnhundertneunzig"), (1100, "elfhundert"), (1905, "neunzehnhundertfünf"),
    (2000, "zweitausend"), (2026, "zweitausendsechsundzwanzig"), (101, "hunderteins"), (1066, "tausendsechsundsechzig"),
])
def test_years_1100_to_1999_in_hundreds(n, spoken):
    assert words.year(n) == spoken


def test_decimals_read_the_digits_after_the_comma_one_by_one():
    assert words.decimal("1.250", "05") == "tausendzweihundertfünfzig Komma null fünf"
    assert words.fraction_noun(3) == "Drittel" and words.fraction_noun(20) == "Zwanzigstel"


@pytest.mark.parametrize("noun, gender", [
    ("Million", "f"), ("Euro", "m"), ("Prozent", "n"), ("Bundesliga", "f"), ("Spieltag", "m"),
    ("Halbjahr", "n"), ("Zeitung", "f"), ("Wochenende", "n"), ("Name", "m"), ("Motor", "m"), ("Uhr", "f"),
    ("schnell", None),
])
def test_gender_from_list_compound_and_suffix(noun, gender):
    assert grammar.gender(noun) == gender


@pytest.mark.parametrize("before, gender, form", [
    ("", "m", "ein"), ("", "f", "eine"), ("mit ", "f", "einer"), ("mit ", "n", "einem"),
    ("um ", "m", "einen"), ("kostet ", "m", "einen"), ("wegen ", "m", "eines"), ("über ", "f", "eine"),
])
def test_one_is_declined_by_gender_and_the_case_the_word_before_asks_for(before, gender, form):
    assert grammar.one(gender, grammar.case_after(before)) == form


@pytest.mark.parametrize("before, gender, ending", [
    ("am ", "m", "en"), ("Der ", "m", "e"), ("in der ", "f", "en"), ("klettert in der Tabelle der ", "f", "en"),
    ("am 3. Oktober, der ", "m", "e"),
    ("auf den ", "m", "en"), ("ein ", "n", "es"), ("ein ", "m", "er"), ("", "m", "er"), ("", "f", "e"),
    ("", "n", "es"), ("am 1. und ", "m", "en"), ("zum ", "n", "en"),
])
def test_ordinal_endings_from_context(before, gender, ending):
    assert grammar.ordinal_ending(before, gender) == ending


def test_a_bare_preposition_before_a_date_reads_the_dative_ending():
    assert grammar.ordinal_ending("ab ", "m", dated=True) == "en"

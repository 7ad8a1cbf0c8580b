"""The normalizer's rules in the order they run. Each is a small pure function str -> str with its
own tests; the more specific a rule, the earlier it runs:

abbreviations ("Mio." -> "Millionen") before money; times ("14:30 Uhr") before dates ("12.03") and
scores ("2:1"); dates and years before ranges ("2003-03-02", "1990-1995"); money, percentages and
units before the plain numbers; ordinals before cardinals ("3. Liga"); units, currencies, times and
Roman numerals before the acronym fallback that spells the capitals left ("ÖVP"); a last rule reads
whatever digits are left, so the voice never gets a digit.
"""

from __future__ import annotations

import re

from bulletin.speech.normalize import words
from bulletin.speech.normalize.abbreviations import abbreviations, weekday_ranges
from bulletin.speech.normalize.acronyms import acronyms
from bulletin.speech.normalize.dates import (
    date_articles,
    day_month,
    iso_dates,
    month_year,
    numeric_dates,
    years,
)
from bulletin.speech.normalize.money import money, percentages
from bulletin.speech.normalize.numbers import (
    cardinals,
    codes,
    decimals,
    fractions,
    ordinals,
    roman_numerals,
    suffixed,
)
from bulletin.speech.normalize.rankings import match_minutes, ranked_compounds, ranking_lists
from bulletin.speech.normalize.spelling import swiss_spelling
from bulletin.speech.normalize.times import bare_times, clock_times, durations, scores, time_ranges
from bulletin.speech.normalize.units import ranges, symbols, units

_SPACES = re.compile(r"[\u00a0\u2007\u2009\u202f]")
# "110 000" or "250 000" (narrow space): thousands in groups of three, as German style guides write
# numbers of five digits and more.
_GROUPED = re.compile(r"(?<![\d.,])([1-9]\d{0,2})((?:[ \u00a0\u2007\u2009\u202f’']\d{3})+)(?![\d]|[,.]\d)")
_DASHES = (("\u2212", "-"), ("\u2011", "-"), ("\u2010", "-"), ("\u00ad", ""))


def tidy(text: str) -> str:
    """Typographic spaces and signs to plain ones: '110 000' and '250 000' (narrow space) -> '110.000',
    the Swiss '105’659' -> '105.659', '−3' -> '-3', soft hyphens out."""
    text = _GROUPED.sub(lambda m: m.group(1) + re.sub(r"[\s’']", ".", m.group(2)), text)
    for sign, plain in _DASHES:  # str.replace is many times faster than str.translate here
        if sign in text:
            text = text.replace(sign, plain)
    return _SPACES.sub(" ", text)


_LEFTOVER_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_LEFTOVER = re.compile(r"\d+")


def leftover_digits(text: str) -> str:
    """Whatever digits no rule claimed, read as numbers: 'Version 2.10' -> 'Version zwei Punkt zehn'."""
    text = _LEFTOVER_POINT.sub(" Punkt ", text)
    return _LEFTOVER.sub(lambda m: f" {words.cardinal(int(m.group(0)))} ", text)


_WORD_SLASH = re.compile(r"(?<=\w)[ \t]?/[ \t]?(?=\w)")
_LETTER_SLASH = re.compile(r"/(?=[A-ZÄÖÜ](?![\w/-]))")  # scanned for the slash; the letter before in Python


def word_slashes(text: str) -> str:
    """A slash left between words is a short pause, not a word: 'Bündnis 90/Die Grünen', 'CDU/CSU',
    'und/oder', 'Saison 2020/2021'. (espeak-ng passes over it; Google may say "Schrägstrich".) Units
    ('km/h') and fractions ('3/4') were read by their own rules before. Between two single letters
    it means both: 'Sektor C/D' -> 'Sektor C und D' (two letters in a row are heard as one word)."""
    if "/" not in text:
        return text
    return _WORD_SLASH.sub(" ", _LETTER_SLASH.sub(_letters_joined, text))


def _letters_joined(match: re.Match) -> str:
    """The slash in 'C/D' is 'und': a single capital before it (not a word's end, not 'X/Y/Z')."""
    text, at = match.string, match.start()
    alone = at < 2 or not (text[at - 2].isalnum() or text[at - 2] == "/")
    return " und " if at >= 1 and text[at - 1].isupper() and alone else "/"


RULES = [
    tidy, swiss_spelling, abbreviations, weekday_ranges, symbols,
    durations, time_ranges, clock_times, bare_times,
    iso_dates, date_articles, numeric_dates, day_month, month_year, years,
    scores, percentages, money, units, ranges, fractions, suffixed,
    match_minutes, ranked_compounds, ranking_lists, ordinals, roman_numerals, decimals, codes, acronyms,
    cardinals, leftover_digits, word_slashes,
]

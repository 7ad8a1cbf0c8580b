"""The rules, each a pure function str -> str with its own tests. Number words come from num2words."""

from __future__ import annotations

import re

from num2words import num2words

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
_MONTH_ALT = "|".join(MONTHS + ("Jänner",))
# Words before a date that take the dative/accusative "-en" ending: "am dritten Oktober".
_EN_CONTEXT = re.compile(r"(?:\b(?:am|vom|zum|bis|seit|ab|dem|den|im|Am|Vom|Zum|Bis|Seit|Ab|Dem|Den)\s+)$")
_E_CONTEXT = re.compile(r"(?:\b(?:der|die|das|Der|Die|Das)\s+)$")


def words(number: int) -> str:
    return num2words(number, lang="de")


def ordinal_stem(number: int) -> str:
    """'dritt', 'siebenundzwanzigst': the ordinal without its case ending."""
    return num2words(number, lang="de", to="ordinal")[:-1]


def year_words(year: int) -> str:
    """1100-1999 as 'neunzehnhundert...', otherwise the cardinal ('zweitausendsechsundzwanzig')."""
    if 1100 <= year <= 1999:
        return num2words(year, lang="de", to="year")
    return words(year)


def _ordinal_ending(text_before: str) -> str:
    if _EN_CONTEXT.search(text_before):
        return "en"
    if _E_CONTEXT.search(text_before):
        return "e"
    return "er"


def numeric_dates(text: str) -> str:
    """'am 27.11.2026' -> 'am siebenundzwanzigsten November zweitausendsechsundzwanzig'."""
    def read(match: re.Match) -> str:
        day, month, year = int(match[1]), int(match[2]), match[3]
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return match[0]
        spoken = f"{ordinal_stem(day)}{_ordinal_ending(text[:match.start()])} {MONTHS[month - 1]}"
        return f"{spoken} {year_words(int(year))}" if year else spoken

    return re.sub(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})?(?![\d])", read, text)


def day_month(text: str) -> str:
    """'am 3. Oktober' -> 'am dritten Oktober'; 'der 1. Mai' -> 'der erste Mai'."""
    def read(match: re.Match) -> str:
        day = int(match[1])
        if not 1 <= day <= 31:
            return match[0]
        return f"{ordinal_stem(day)}{_ordinal_ending(text[:match.start()])} {match[2]}"

    return re.sub(rf"(?<![\d.,])(\d{{1,2}})\.\s*({_MONTH_ALT})\b", read, text)


def _hour_words(hour: int) -> str:
    return "ein" if hour == 1 else words(hour)


def clock_times(text: str) -> str:
    """'14:30 Uhr' -> 'vierzehn Uhr dreißig', '7.15 Uhr' -> 'sieben Uhr fünfzehn', '1 Uhr' -> 'ein Uhr'."""
    def read(match: re.Match) -> str:
        hour, minute = int(match[1]), int(match[2] or 0)
        if hour > 24 or minute > 59:
            return match[0]
        return f"{_hour_words(hour)} Uhr" + (f" {words(minute)}" if minute else "")

    return re.sub(r"(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s*Uhr\b", read, text)


def years(text: str) -> str:
    """Four-digit years after a month or 'im Jahr(e)' / 'seit' / 'bis': 'im April 2023'."""
    def read(match: re.Match) -> str:
        return f"{match[1]}{year_words(int(match[2]))}"

    pattern = rf"(\b(?:{_MONTH_ALT}|Jahr|Jahre|Jahres|seit|bis|von|ab)\s+)(1[1-9]\d\d|20\d\d)\b"
    return re.sub(pattern, read, text)


def decimals(text: str) -> str:
    """'3,5' -> 'drei Komma fünf' (German decimal comma; digits after it read one by one)."""
    def read(match: re.Match) -> str:
        whole = int(match[1].replace(".", ""))
        return f"{words(whole)} Komma {' '.join(words(int(d)) for d in match[2])}"

    return re.sub(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+),(\d+)(?![\d,])", read, text)


def cardinals(text: str) -> str:
    """'1.500' -> 'eintausendfünfhundert', '42' -> 'zweiundvierzig'."""
    def read(match: re.Match) -> str:
        return words(int(match[0].replace(".", "")))

    return re.sub(r"(?<![\d,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\d])", read, text)


RULES = [numeric_dates, day_month, clock_times, years, decimals, cardinals]

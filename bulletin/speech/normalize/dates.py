"""Rules for dates and years: "27.11.2026", "2026-11-27", "am 3. Oktober", "im April 2023",
"seit 1990", "in den 90er Jahren", "Saison 2025/26".

Day ordinals take their ending from the words before them ("am dritten", "der dritte", "dritter").
Years 1100-1999 are read in hundreds ("neunzehnhundertneunzig"), others as cardinals
("zweitausendsechsundzwanzig"); a four-digit number is read as a year only where it is one.
"""

from __future__ import annotations

import re

from bulletin.speech.normalize import grammar, words
from bulletin.speech.normalize.numbers import YEAR as _YEAR
from bulletin.speech.normalize.numbers import context, ends_sentence

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
# The Austrian names are said as written: "am 2. Jänner" is "am zweiten Jänner", not "Januar".
_AUSTRIAN = {"jänner": "Jänner", "feber": "Feber", "jän": "Jänner"}
_MONTH_NAMES = {name.lower(): i for i, name in enumerate(MONTHS)} | {"jänner": 0, "feber": 1}
_MONTH_SHORT = {"jan": 0, "jän": 0, "feb": 1, "mär": 2, "mrz": 2, "apr": 3, "jun": 5, "jul": 6, "aug": 7,
                "sep": 8, "sept": 8, "okt": 9, "nov": 10, "dez": 11}
# Both capitalizations spelled out: a case-insensitive alternation is eight times slower in `re`.
_MONTH_FORMS = sorted({form for word in [*_MONTH_NAMES, *(f"{s}." for s in _MONTH_SHORT)]
                       for form in (word, word.capitalize())}, key=len, reverse=True)
_MONTH_WORD = "(?:" + "|".join(re.escape(f) for f in _MONTH_FORMS) + r")(?![\w-])"
_MONTH = rf"(?<!\w)({_MONTH_WORD})"
_WEEKDAY_BEFORE = re.compile(r"\b[Aa]m\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
                             r",\s*$")


def _month_name(written: str) -> str:
    key = written.lower().rstrip(".")
    if key in _AUSTRIAN:
        return _AUSTRIAN[key]
    return MONTHS[_MONTH_NAMES[key]] if key in _MONTH_NAMES else MONTHS[_MONTH_SHORT[key]]


# An earlier date with its article in a list: "am 31. März, 5. April und 7. April" (all "am").
_LISTED_AFTER_ARTICLE = re.compile(r"\b(?:[Aa]m|[Vv]om|[Zz]um|[Dd]em|[Dd]en)\s+\d{1,2}\."
                                   r"(?:[^.!?;:]|(?<=\d)\.)*?(?:,|\bund|\boder|\bsowie)\s*$")


def _day(day: int, before: str) -> str:
    """'dritten', or 'dem dritten' after 'am Freitag,' (a newsreader says: am Freitag, dem dritten);
    'fünften' in a list of dates after 'am' ('am 31. März, 5. April')."""
    if _WEEKDAY_BEFORE.search(before):
        return "dem " + words.ordinal(day, "en")
    ending = grammar.ordinal_ending(before, grammar.M, dated=True)
    if ending == "er" and _LISTED_AFTER_ARTICLE.search(before[-120:]):
        ending = "en"
    return words.ordinal(day, ending)


def _before(match: re.Match) -> str:
    """The text before a date, long enough for a list of dates with their notes in parentheses."""
    return match.string[max(0, match.start() - 120):match.start()]


# A bare preposition before a date takes the article a newsreader says: "seit 1. Jänner" -> "seit
# dem 1. Jänner", "bis 3. März" -> "bis zum 3. März", "von 1. bis 3. Mai" -> "vom 1. bis zum 3. Mai".
_DATE_ARTICLES = {"seit": "seit dem", "ab": "ab dem", "nach": "nach dem", "vor": "vor dem", "mit": "mit dem",
                  "bis": "bis zum", "von": "vom", "an": "am", "zu": "zum", "bei": "beim", "für": "für den",
                  "auf": "auf den", "gegen": "gegen den", "über": "über den", "zwischen": "zwischen dem"}
_AFTER_DAY = rf"\s?(?:\d{{1,2}}\.|(?:(?:bis|und|-|–|/)\s?\d{{1,2}}\.\s?)?{_MONTH_WORD})"  # ". Mai", ".5."
# Scanned for a space and a day ("seit 1."): the word before and the month after are checked then.
_DAY_AFTER_SPACE = re.compile(r" \d{1,2}\.")
_REST_OF_DATE = re.compile(_AFTER_DAY)
_WORD_BEFORE = re.compile(r"(?<![\w.,])(\w+)$")
_SECOND_DATE = re.compile(r"(\b[Zz]wischen dem\s+\d{1,2}\.\s?[^.!?]{0,40}?\s)und\s+(?=\d{1,2}\.)")


def date_articles(text: str) -> str:
    """'seit 1. Jänner' -> 'seit dem 1. Jänner', 'bis 3. März' -> 'bis zum 3. März', 'ab 1.1.2027' ->
    'ab dem 1.1.2027', 'zwischen 1. und 3. Mai' -> 'zwischen dem 1. und dem 3. Mai' (the date rules then
    say 'dem ersten'); 'per 1. Jänner' stays (per ersten Jänner)."""
    parts, done = [], 0
    for match in _DAY_AFTER_SPACE.finditer(text):
        word = _WORD_BEFORE.search(text, max(done, match.start() - 12), match.start())
        spoken = _DATE_ARTICLES.get(word.group(1).lower()) if word else None
        if spoken and _REST_OF_DATE.match(text, match.end()):
            if word.group(1)[0].isupper():
                spoken = spoken[0].upper() + spoken[1:]
            parts += [text[done:word.start()], spoken]
            done = match.start()
    text = "".join(parts) + text[done:]
    return _SECOND_DATE.sub(r"\1und dem ", text) if "wischen dem" in text else text


def _two_digit_year(text: str) -> int:
    value = int(text)
    return value if len(text) == 4 else (2000 + value if value <= 50 else 1900 + value)


_ISO_DATE = re.compile(r"(?<![\w.,-])(1[1-9]\d\d|20\d\d)-(\d{1,2})(?:-(\d{1,2}))?(?![\w-]|[.,]\d)")


def iso_dates(text: str) -> str:
    """'2026-11-27' -> 'siebenundzwanzigster November zweitausendsechsundzwanzig'; '2003-03' -> 'März
    zweitausenddrei' (year and month only with a leading zero, so '2011-12' stays a season)."""
    def read(match: re.Match) -> str:
        year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
        if not 1 <= month <= 12 or (day is None and not match.group(2).startswith("0")):
            return match.group(0)
        spoken = f"{MONTHS[month - 1]} {words.year(year)}"
        if day is None:
            return spoken
        if not 1 <= int(day) <= 31:
            return match.group(0)
        return f"{_day(int(day), context(match)[0])} {spoken}"

    return _ISO_DATE.sub(read, text)


_NUMERIC_DATE = re.compile(
    r"(?<![\w.,:])(?:(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?"  # 27.11.2026, 27.11., 27.11.26
    r"|(\d{1,2})\.\s(\d{1,2})\.\s?(\d{4})"  # 27. 11. 2026
    r"|(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])(?![.,]\d))(?!\d|[.,]\d)")  # 02.03 (no final stop)


def numeric_dates(text: str) -> str:
    """'am 27.11.2026' -> 'am siebenundzwanzigsten November zweitausendsechsundzwanzig', '1.5.' ->
    'erster Mai', '27. 11. 2026' likewise; '02.03' without a final stop only with two-digit day and
    month. A date that ends a sentence ('bis 31.12. Dann ...') keeps the full stop."""
    def read(match: re.Match) -> str:
        groups = match.groups()
        day, month, year = next((groups[i:i + 3] for i in (0, 3) if groups[i]), (*groups[6:8], None))
        day, month = int(day), int(month)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return match.group(0)
        before, after = _before(match), context(match)[1]
        spoken = f"{_day(day, before)} {MONTHS[month - 1]}"
        if year:
            return f"{spoken} {words.year(_two_digit_year(year))}"
        ends = match.group(0).endswith(".") and not after[:1].isalnum() and ends_sentence(after)
        return spoken + ("." if ends else "")

    return _NUMERIC_DATE.sub(read, text)


_DAY_MONTH = re.compile(rf"(?<![\w.,:])(?:(\d{{1,2}})\.\s?([-–/])\s?)?(\d{{1,2}})\.\s*{_MONTH}"
                        rf"(?:\s+({_YEAR})(?![\w.,]\d|\d))?")


def day_month(text: str) -> str:
    """'am 3. Oktober' -> 'am dritten Oktober', 'der 1. Mai' -> 'der erste Mai', '2. Mär. 2003' ->
    'zweiter März zweitausenddrei', 'am 3./4. Mai' -> 'am dritten und vierten Mai', '3.-5. Mai' ->
    'dritter bis fünfter Mai' ('vom 1. bis 3. Mai': the '1.' is the ordinal rule's)."""
    def read(match: re.Match) -> str:
        first, joint, day = match.group(1), match.group(2), int(match.group(3))
        if not 1 <= day <= 31 or (first and not 1 <= int(first) <= 31):
            return match.group(0)
        before = _before(match)
        spoken = _day(day, before)
        if first:
            spoken = f"{_day(int(first), before)} {'und' if joint == '/' else 'bis'} {spoken}"
        spoken += f" {_month_name(match.group(4))}"
        return f"{spoken} {words.year(int(match.group(5)))}" if match.group(5) else spoken

    return _DAY_MONTH.sub(read, text)


_MONTH_YEAR = re.compile(rf"{_MONTH}\s+({_YEAR})(?![\w.,]\d|\d)")


def month_year(text: str) -> str:
    """'im April 2023' -> 'im April zweitausenddreiundzwanzig', 'Mai 1990' -> 'Mai neunzehnhundertneunzig'."""
    return _MONTH_YEAR.sub(lambda m: f"{_month_name(m.group(1))} {words.year(int(m.group(2)))}", text)


_YEAR_TOKEN = re.compile(rf"(?<![\w.,:])({_YEAR})(?![\w.,]\d|\d)")
# The word before a year (checked on a short window, so IGNORECASE costs nothing).
_YEAR_WORD_BEFORE = re.compile(r"\b(?:jahr|jahre|jahres|seit|bis|von|vom|ab|vor|nach|um|anfang|mitte|ende|"
                               r"frühjahr|sommer|herbst|winter|jahrgang|baujahr|zwischen|saison|im|und)\s+$",
                               re.IGNORECASE)
# "TSV 1860 München", "der KSV 1870": a club's or a body's name with its founding year
_CLUB_BEFORE = re.compile(r"\b[A-ZÄÖÜ]{2,5}\s+$")
_YEAR_EVENT_AFTER = re.compile(r"\s+(?:geboren|gegründet|gestorben|errichtet|erbaut|eröffnet|gebaut)\b")
# A four-digit number before a verb, a comma or the sentence end is a year ("1999 kam er", "bis
# heute, 1999,"); before a noun it is a count ("1500 Menschen"), as after "rund", "mehr als" ...
_NOT_A_NOUN_AFTER = re.compile(r"\s*(?:[,;:.!?)–]|[a-zäöüß]|$)")
_COUNT_WORD_BEFORE = re.compile(r"\b(?:rund|etwa|knapp|fast|insgesamt|ungefähr|zirka|circa|ca\.|als|über|"
                                r"unter|nur|lediglich|mindestens|höchstens|zu|auf)\s+$", re.IGNORECASE)
_YEAR_RANGE = re.compile(rf"(?<![\w.,:])({_YEAR})(\s*(?:bis|und|-|–)\s*)({_YEAR})(?![\w.,]\d|\d)")
_SEASON = re.compile(rf"(?<![\w.,/])({_YEAR})/(\d\d)(?![\w/]|[.,]\d)")
_DECADE = re.compile(r"(?<![\w.,])(1[1-9]\d0|20\d0|[1-9]0)er(?=[-\s]|\b)")


def _decade(digits: str) -> str:
    if len(digits) == 4 and not ("1930" <= digits <= "1990"):
        return words.year(int(digits))
    return words.cardinal(int(digits[-2:]))


def years(text: str) -> str:
    """Four-digit years where the words say they are years: 'seit 1990', 'im Jahr 1989', '1990 bis
    1995', '1952 geboren', '1999 kam er' (but '1500 Menschen', 'rund 1500.'); seasons '2025/26' ->
    'zweitausendfünfundzwanzig sechsundzwanzig'; decades 'in den 90er Jahren' -> 'neunziger',
    '1980er' -> 'achtziger' as it is said, but '1920er' -> 'neunzehnhundertzwanziger' (the
    twenties could be this century's)."""
    text = _SEASON.sub(lambda m: f"{words.year(int(m.group(1)))} {words.cardinal(int(m.group(2)))}", text)
    text = _DECADE.sub(lambda m: _decade(m.group(1)) + "er", text)
    text = _YEAR_RANGE.sub(lambda m: words.year(int(m.group(1))) + m.group(2).replace("-", " bis ").replace(
        "–", " bis ") + words.year(int(m.group(3))), text)

    def read(match: re.Match) -> str:
        start, end, whole = match.start(), match.end(), match.string
        before = whole[max(0, start - 12):start]
        if (_YEAR_WORD_BEFORE.search(before) or _YEAR_EVENT_AFTER.match(whole, end)
                or _CLUB_BEFORE.search(before)):
            return words.year(int(match.group(1)))
        if _NOT_A_NOUN_AFTER.match(whole, end) and not _COUNT_WORD_BEFORE.search(before):
            return words.year(int(match.group(1)))
        return match.group(0)

    return _YEAR_TOKEN.sub(read, text)

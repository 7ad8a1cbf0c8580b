"""Rules for money and percentages: "12,50 €" -> "zwölf Euro fünfzig", "3,5 Mio. Euro" -> "drei Komma
fünf Millionen Euro", "$2" -> "zwei Dollar", "0,50 €" -> "fünfzig Cent", "3,5 %" -> "drei Komma fünf
Prozent", "%-Punkte" -> "Prozentpunkte".

The abbreviation rules run first, so "Mio." and "Mrd." arrive here as "Millionen"/"Milliarden".
A newsreader says the cents without "Cent" after an amount in euros ("zwölf Euro fünfzig"), as
Germans do at any till; an amount below one euro is "fünfzig Cent".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bulletin.speech.normalize import words
from bulletin.speech.normalize.numbers import NUM, context, count

# written form -> (spoken currency, spoken minor unit or "" when there is none)
_CURRENCIES = {
    "€": ("Euro", "Cent"), "EUR": ("Euro", "Cent"), "Euro": ("Euro", "Cent"),
    "$": ("Dollar", "Cent"), "US-$": ("US-Dollar", "Cent"), "USD": ("US-Dollar", "Cent"),
    "Dollar": ("Dollar", "Cent"), "US-Dollar": ("US-Dollar", "Cent"),
    "£": ("Pfund", "Pence"), "GBP": ("Pfund", "Pence"), "Pfund": ("Pfund", "Pence"),
    "CHF": ("Franken", "Rappen"), "Franken": ("Franken", "Rappen"),
    "¥": ("Yen", ""), "JPY": ("Yen", ""), "Yen": ("Yen", ""),
}
_SYMBOLS = ("€", "US-$", "$", "£", "¥", "EUR", "USD", "GBP", "CHF", "JPY")
_SCALES = {"tausend": ("tausend", "tausend"), "million": ("Million", "Millionen"),
           "millionen": ("Million", "Millionen"), "milliarde": ("Milliarde", "Milliarden"),
           "milliarden": ("Milliarde", "Milliarden"), "billion": ("Billion", "Billionen"),
           "billionen": ("Billion", "Billionen")}
_SCALE = r"(?i:tausend|millionen|million|milliarden|milliarde|billionen|billion)"
_AMOUNT = rf"([-−]?)({NUM})(?:,(\d+|[-–]{{1,2}}))?"
_CURRENCY_AFTER = "|".join(re.escape(c) for c in sorted(_CURRENCIES, key=len, reverse=True))
_CURRENCY_BEFORE = "|".join(re.escape(c) for c in _SYMBOLS)
_AFTER = re.compile(rf"(?<![\w.,:/]){_AMOUNT}(?:\s*({_SCALE}))?\s*({_CURRENCY_AFTER})(?![\w$€£¥])")
_BEFORE = re.compile(rf"(?<![\w.,])({_CURRENCY_BEFORE})\s?{_AMOUNT}(?:\s*({_SCALE})\b)?(?![\w.,]\d)")


# "Der Euro kostet 1,08 Dollar": an exchange rate is a decimal ("eins Komma null acht Dollar"),
# not an amount of dollars and cents. Told by another currency named just before in the sentence.
_OTHER_CURRENCY_BEFORE = re.compile(r"\b(?:[Dd]er|[Ee]in|[Dd]en|[Dd]es)\s+"
                                    r"(Euro|Dollar|US-Dollar|Franken|Pfund|Yen)\b(?!-)[^.!?;\d]{0,40}$")


class _Written(NamedTuple):
    """An amount of money as the text writes it, the parts _AFTER and _BEFORE find."""

    sign: str  # "-" or "−" for a negative amount, else ""
    whole: str
    fraction: str | None  # the digits after the comma, "–" or "--" for none ("12,– €"), or None
    scale: str | None  # "Millionen", "tausend" ... or None
    currency: str  # as written: "€", "EUR", "Euro" ...


def _amount(written: _Written, before: str) -> str:
    """The amount said as a newsreader says it; ``before``: the text before it in its sentence."""
    sign, whole, fraction, scale, currency = written
    major, minor = _CURRENCIES[currency]
    minus = "minus " if sign else ""
    fraction = None if fraction is None or not fraction.isdecimal() else fraction
    rate = _OTHER_CURRENCY_BEFORE.search(before)
    if fraction and not scale and rate and _CURRENCIES[rate.group(1)][0] != major:
        return f"{minus}{words.decimal(whole, fraction)} {major}"
    if scale:
        singular, plural = _SCALES[scale.lower()]
        n = words.parse_int(whole)
        if fraction:
            number = words.decimal(whole, fraction)
        else:
            number = count(n, before, f" {singular}") if singular != "tausend" else words.cardinal(n)
        unit = singular if n == 1 and not fraction else plural
        return f"{minus}{number} {unit} {major}".replace(" tausend ", "tausend ")
    if fraction and len(fraction) > 2 and fraction[2:].strip("0"):
        return f"{minus}{words.decimal(whole, fraction.rstrip('0'))} {major}"  # $2,201 -> Komma
    cents = int(fraction[:2].ljust(2, "0")) if fraction else 0
    n = words.parse_int(whole)
    if n == 0 and cents and minor:
        return f"{minus}{count(cents, before, ' ' + minor, can_be_named=False)} {minor}"
    spoken = f"{minus}{count(n, before, ' ' + major, can_be_named=False)} {major}"
    if cents:
        spoken += f" {words.cardinal(cents)}" if minor else f" Komma {words.digits(fraction)}"
    return spoken


# Swiss and English copy write prices with a point: "19.99 Franken", "CHF 4.50" (two digits after it
# are never a thousands group). Scanned for the point (a pattern that starts with a literal is found
# fast; one that starts with a lookbehind is tried at every position); the rest is checked in Python.
_POINT = re.compile(r"\.(\d\d)(?![\d.,])")
_WHOLE_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}$")
_CURRENCY_AHEAD = re.compile(rf"\s?(?:{_CURRENCY_AFTER})(?![\w$€£¥])")
_CURRENCY_BEHIND = re.compile(rf"(?:{_CURRENCY_BEFORE})\s?\d{{1,3}}$")


def _cents_after_point(match: re.Match) -> str:
    text, at = match.string, match.start()
    currency = _CURRENCY_AHEAD.match(text, match.end()) or _CURRENCY_BEHIND.search(text, max(0, at - 10), at)
    whole = _WHOLE_BEFORE.search(text, max(0, at - 4), at)
    return "," + match.group(1) if currency and whole else match.group(0)


def money(text: str) -> str:
    """'12,50 €' -> 'zwölf Euro fünfzig', '1 €' -> 'ein Euro', 'kostet 1 Euro' -> 'kostet einen Euro',
    '€ 3,5 Millionen' -> 'drei Komma fünf Millionen Euro', '$2,20' -> 'zwei Dollar zwanzig',
    '0,01 €' -> 'ein Cent', '12,– €' -> 'zwölf Euro', '19.99 Franken' -> 'neunzehn Franken neunundneunzig'."""
    def after(match: re.Match) -> str:
        sign, whole, fraction, scale, currency = match.groups()
        return _amount(_Written(sign, whole, fraction, scale, currency), context(match)[0])

    def before(match: re.Match) -> str:
        currency, sign, whole, fraction, scale = match.groups()
        return _amount(_Written(sign, whole, fraction, scale, currency), context(match)[0])

    text = _POINT.sub(_cents_after_point, text)
    return _BEFORE.sub(before, _AFTER.sub(after, text))


_PERCENT = re.compile(r"(?<=\d)\s?(%|‰)(?:-(Punkte?n?))?(?!\w)")


# Scanned for the point; the whole number before it is checked in Python.
_POINT_PERCENT = re.compile(r"\.(\d{1,2})(?=\s?(?:%|‰|Prozent|Promille)(?!\w))")


def percentages(text: str) -> str:
    """'3,5 %' -> '3,5 Prozent', '2 %-Punkte' -> '2 Prozentpunkte', '0,5 ‰' -> '0,5 Promille', '3.14 %'
    (a decimal point, as Swiss and English copy write it) -> '3,14 Prozent'. The number stays for the
    number rules, which read '1 Prozent' as 'ein Prozent'."""
    text = _POINT_PERCENT.sub(lambda m: "," + m.group(1) if _WHOLE_BEFORE.search(
        m.string, max(0, m.start() - 4), m.start()) else m.group(0), text)
    def read(match: re.Match) -> str:
        word = "Prozent" if match.group(1) == "%" else "Promille"
        return f" {word}" + (match.group(2).lower() if match.group(2) else "")

    return _PERCENT.sub(read, text)

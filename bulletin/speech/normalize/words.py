"""German number words: num2words (lang "de") for the words, our own grammar around them.

num2words gets the words below a thousand right; above that we put the groups together ourselves,
because num2words 0.5 says "einhunderteinstausend" (101 000), "dreihunderteins Milliarden",
"einhunderterste" (101st) and, for years, "einshunderteins" (101).

Conventions, chosen for the listener (what a newsreader says):
- a number that begins with hundred or thousand is said without "ein": "hundert Menschen",
  "tausendfünfhundert Euro", "der hundertste Geburtstag" (num2words: "einhundert", "eintausend");
- "eine Million", "zwei Millionen"; the groups below a million are one word;
- before a noun, a number ending in one says "ein": "hundertein Tage" (Duden), and 1 itself is
  declined by the caller (see grammar.py): "ein Euro", "eine Million", "mit einem Prozent".
"""

from __future__ import annotations

from functools import lru_cache

from num2words import num2words

# Scale words from 10**6 up, (singular, plural). Above 10**18 num2words is left to do its best.
_SCALES = (
    (10**15, "Billiarde", "Billiarden"),
    (10**12, "Billion", "Billionen"),
    (10**9, "Milliarde", "Milliarden"),
    (10**6, "Million", "Millionen"),
)
_SMALL_ORDINALS = {1: "erst", 3: "dritt", 7: "siebt", 8: "acht"}
_DIGITS = ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")


@lru_cache(maxsize=4096)
def _below_thousand(n: int) -> str:
    """0 < n < 1000 as one word, num2words style: 'einhunderteins', 'siebenundzwanzig'."""
    return num2words(n, lang="de")


def _below_million(n: int) -> str:
    """0 < n < 1 000 000 as one word: 'einhunderteintausendzwei' (not num2words' '...einstausend...')."""
    thousands, rest = divmod(n, 1000)
    word = ""
    if thousands:
        word = _as_multiplier(_below_thousand(thousands)) + "tausend"
    if rest:
        word += _below_thousand(rest)
    return word


def _as_multiplier(word: str) -> str:
    """'eins' -> 'ein' in front of tausend or a scale word ('einhunderteintausend')."""
    return word[:-1] if word.endswith("eins") else word


def _drop_leading_ein(word: str) -> str:
    if word.startswith(("einhundert", "eintausend")):
        return word[3:]
    return word


@lru_cache(maxsize=8192)
def cardinal(n: int) -> str:
    """The number as said on its own: 'eins', 'hundert', 'tausendfünfhundert', 'eine Million zwei'."""
    if n < 0:
        return "minus " + cardinal(-n)
    if n == 0:
        return "null"
    if n >= 10**18:
        return num2words(n, lang="de")
    parts: list[str] = []
    rest = n
    for value, singular, plural in _SCALES:
        count, rest = divmod(rest, value)
        if count == 1:
            parts.append(f"eine {singular}")
        elif count:
            parts.append(f"{_as_multiplier(_below_million(count))} {plural}")
    if rest:
        parts.append(_below_million(rest))
    parts[0] = _drop_leading_ein(parts[0])
    return " ".join(parts)


def before_noun(n: int) -> str:
    """The number in front of a noun when it is not 1 itself: 'hundertein Tage', 'einundzwanzig Euro'."""
    word = cardinal(n)
    return word[:-1] if n != 1 and word.endswith("eins") else word


@lru_cache(maxsize=4096)
def ordinal_stem(n: int) -> str:
    """The ordinal without its ending: 'erst', 'dritt', 'hundertst', 'siebenundzwanzigst', 'millionst'."""
    if n < 0:
        return "minus " + ordinal_stem(-n)
    small = n % 100
    if 0 < small < 20:
        head = _joined(n - small) if n > small else ""
        return head + _SMALL_ORDINALS.get(small, _below_thousand(small)) + ("" if small in _SMALL_ORDINALS
                                                                             else "t")
    return (_joined(n) if n else "null") + ("t" if n == 0 else "st")


def _joined(n: int) -> str:
    """A cardinal as one lower-case word, for ordinals: 'hundert', 'zweimillionen' -> 'zweimillion'."""
    word = cardinal(n).replace(" ", "").lower()
    if word.startswith("eine") and n >= 10**6:
        word = word[4:]  # 'millionste', not 'einemillionste'
    return word.replace("millionen", "million").replace("milliarden", "milliard").replace(
        "billionen", "billion")


def ordinal(n: int, ending: str = "e") -> str:
    """'dritte', 'ersten', 'hundertster' (ending: e, en, er, es, em)."""
    return ordinal_stem(n) + ending


@lru_cache(maxsize=1024)
def year(n: int) -> str:
    """Years 1100-1999 in hundreds ('neunzehnhundertneunzig'), all others as the cardinal."""
    if 1100 <= n <= 1999:
        high, low = divmod(n, 100)
        return _below_thousand(high) + "hundert" + (_below_thousand(low) if low else "")
    return cardinal(n)


def digits(text: str) -> str:
    """Digits one by one, for what follows a decimal comma: '05' -> 'null fünf'."""
    return " ".join(_DIGITS[int(d)] for d in text)


def decimal(whole: str, fraction: str) -> str:
    """'3', '5' -> 'drei Komma fünf'; whole may carry thousands dots ('1.250')."""
    return f"{cardinal(int(whole.replace('.', '')))} Komma {digits(fraction)}"


def fraction_noun(denominator: int) -> str:
    """'Drittel', 'Viertel', 'Zwanzigstel', 'Hundertstel' (a half is 'halb', handled by the caller)."""
    stem = ordinal_stem(denominator)
    return (stem + "el").capitalize()


def parse_int(text: str) -> int:
    """'1.500' or '250000' -> the number (German thousands dots removed)."""
    return int(text.replace(".", ""))

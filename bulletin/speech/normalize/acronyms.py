"""The fallback for acronyms no lexicon knows: spelled with German letter names, as a newsreader
does with an unknown abbreviation ("ÖVP" -> "Ö Fau Pe", "OSZE" -> "O Ess Zett E").

How a known acronym is said (spelled, "Nato" as a word, "Enn Bi Si" in English letters) is data in
the voice's lexicon (voices/*-lexicon.toml), which is applied before the rules; what reaches this
rule in capitals is unknown. A voice left alone with it reads "ÖVP" as "Öfp" and "OSZE" as "Oste".

- two to five capitals (Ä, Ö, Ü included) are spelled, also before a hyphen ("ÖVP-Chef" -> "Ö Fau
  Pe-Chef", "SPÖ-nahe") and with a plural or "-ler" ending ("AKWs" -> "A Ka Wes", "ÖVPler");
- six or more capitals with two vowels or more are a word set in capitals for emphasis or as a
  name ("nach STANDARD-Infos", "WARNUNG"): said as the word ("Standard-Infos", "Warnung");
- Roman numerals ("Teil III") are left to the Roman-numeral rule and the voice.
"""

from __future__ import annotations

import re

LETTER_NAMES = {
    "A": "A", "B": "Be", "C": "Ze", "D": "De", "E": "E", "F": "Eff", "G": "Ge", "H": "Ha", "I": "I",
    "J": "Jott", "K": "Ka", "L": "Ell", "M": "Emm", "N": "Enn", "O": "O", "P": "Pe", "Q": "Ku", "R": "Err",
    "S": "Ess", "T": "Te", "U": "U", "V": "Fau", "W": "We", "X": "Ix", "Y": "Ypsilon", "Z": "Zett",
    "Ä": "Ä", "Ö": "Ö", "Ü": "Ü",
}  # fmt: skip
_VOWELS = frozenset("AEIOUYÄÖÜ")
# Without a lookbehind, three times faster; the character before is checked in Python.
_CAPITALS = re.compile(r"([A-ZÄÖÜ][A-ZÄÖÜ]+)(s|ler|lerin|lerinnen|lern)?(?!\w)")
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # I to XXXIX, as the Roman-numeral rule reads them


def spelled(letters: str) -> str:
    """'ÖVP' -> 'Ö Fau Pe': each capital by its German letter name."""
    return " ".join(LETTER_NAMES[c] for c in letters)


def _said(match: re.Match) -> str:
    letters, ending = match.group(1), match.group(2) or ""
    before = match.string[match.start() - 1:match.start()]
    if (before and (before.isalnum() or before == "_")) or _ROMAN.fullmatch(letters):
        return match.group(0)
    if len(letters) >= 6 and sum(c in _VOWELS for c in letters) >= 2:
        return letters.capitalize() + ending  # a word in capitals: "STANDARD" -> "Standard"
    return spelled(letters) + ending  # "AKWs" -> "A Ka Wes"


def acronyms(text: str) -> str:
    """'die ÖVP' -> 'die Ö Fau Pe', 'ÖVP-Chef' -> 'Ö Fau Pe-Chef', 'AKWs' -> 'A Ka Wes', 'nach
    STANDARD-Infos' -> 'nach Standard-Infos'. Runs after the lexicon and after the rules that read
    capitals of their own (units "5 MW", currencies "CHF", times "MEZ", Roman numerals)."""
    return _CAPITALS.sub(_said, text)

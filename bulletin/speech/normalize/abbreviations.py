"""Rules for abbreviations: "z. B." and "z.B." -> "zum Beispiel", "Dr." -> "Doktor", "3 Mio." ->
"3 Millionen", "Mo.–Fr." -> "Montag bis Freitag".

Sentence ends survive: an abbreviation's full stop that also ends the sentence stays ("... Äpfel,
Birnen usw." -> "... und so weiter."), the same judgement as bulletin.text.sentences makes: at the end of
the text, or for abbreviations that can close a sentence, before a typical sentence opener. Words
that merely end in an abbreviation ("Herbst." is no "St.") are left alone. Acronyms are not here:
how "CDU" or "NATO" is said lives in the voice's lexicon.
"""

from __future__ import annotations

import re

from bulletin.speech.normalize.numbers import ends_sentence
from bulletin.text.sentences import END_CAPABLE

# Written form (canonical spacing) -> spoken form. Matching tolerates missing or extra spaces
# inside ("z.B.") and a capital first letter at the start of a sentence ("Z. B.").
EXPANSIONS: dict[str, str] = {
    "z. B.": "zum Beispiel", "u. a.": "unter anderem", "bzw.": "beziehungsweise", "ca.": "zirka",
    "Dr.": "Doktor", "Prof.": "Professor", "usw.": "und so weiter", "d. h.": "das heißt",
    "v. a.": "vor allem", "evtl.": "eventuell", "inkl.": "inklusive", "exkl.": "exklusive",
    "etc.": "et cetera", "ggf.": "gegebenenfalls", "vgl.": "vergleiche", "bzgl.": "bezüglich",
    "bspw.": "beispielsweise", "insb.": "insbesondere", "insg.": "insgesamt", "zzgl.": "zuzüglich",
    "max.": "maximal", "mind.": "mindestens", "rd.": "rund", "lt.": "laut", "gem.": "gemäß",
    "allg.": "allgemein", "i. d. R.": "in der Regel", "u. U.": "unter Umständen", "z. T.": "zum Teil",
    "o. Ä.": "oder Ähnliches", "u. Ä.": "und Ähnliches", "u. v. m.": "und vieles mehr",
    "e. V.": "eingetragener Verein", "a. D.": "außer Dienst", "i. A.": "im Auftrag",
    "i. V.": "in Vertretung", "v. Chr.": "vor Christus", "n. Chr.": "nach Christus",
    "v. u. Z.": "vor unserer Zeitrechnung", "n. u. Z.": "nach unserer Zeitrechnung",
    "n. V.": "nach Verlängerung", "Hbf.": "Hauptbahnhof", "Bhf.": "Bahnhof", "Str.": "Straße",
    "Tel.": "Telefon", "Jh.": "Jahrhundert", "Jhd.": "Jahrhundert", "Mr.": "Mister", "Mrs.": "Misses",
    "Ms.": "Miss", "Abb.": "Abbildung", "ff.": "folgende", "Hrsg.": "Herausgeber", "Abg.": "Abgeordnete",
    "Gebr.": "Gebrüder", "Jr.": "Junior", "jr.": "junior", "ev.": "evangelisch", "kath.": "katholisch",
    "gest.": "gestorben", "geb.": "geborene", "Dipl.-Ing.": "Diplom-Ingenieur", "Ing.": "Ingenieur",
    "Nr.": "Nummer", "Nrn.": "Nummern", "Abs.": "Absatz", "Kap.": "Kapitel", "Bd.": "Band",
    "Hr.": "Herr", "Fr.": "Frau", "St.": "Sankt", "sog.": "sogenannte",
    "Mio.": "Millionen", "Mrd.": "Milliarden", "Tsd.": "tausend",
    "Art.": "Artikel", "S.": "Seite", "a. M.": "am Main", "a. d. O.": "an der Oder", "Az.": "Aktenzeichen",
}  # fmt: skip
# Only before a number ("Art. 5", "S. 12"): otherwise "Art." is the noun "Art" and "S." an initial.
_BEFORE_NUMBER = frozenset({"Art.", "S."})
# Only before a name ("St. Pauli", "Hr. Meier"); "St." after a number is "Stück".
_BEFORE_NAME = frozenset({"St.", "Hr.", "Fr."})
_SINGULAR = {"Mio.": "Million", "Mrd.": "Milliarde"}
_WEAK_BEFORE = frozenset("den dem des einem einen einer eines im am vom zum zur beim".split())
_HERRN = frozenset("mit von bei zu an für gegen um durch ohne dem den des".split())


def _pattern(abbr: str) -> str:
    parts = [re.escape(p) for p in abbr.replace(" ", "").split(".") if p]
    return r"\.\s*".join(parts) + r"\."


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text)


_LOOKUP = {_key(a): a for a in EXPANSIONS}
_ALTERNATIVES = sorted({a for a in EXPANSIONS} | {a[0].upper() + a[1:] for a in EXPANSIONS}, key=len,
                       reverse=True)
_BY_FIRST_LETTER: dict[str, list[str]] = {}
for _alternative in _ALTERNATIVES:  # longest first within each letter, as sorted above
    _BY_FIRST_LETTER.setdefault(_alternative[0], []).append(_pattern(_alternative)[1:])
# Grouped by first letter, so `re` tries a handful of branches per word instead of all of them.
_ABBREVIATION = re.compile(
    r"(?<![\w.-])(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in _BY_FIRST_LETTER.items())
    + r")|(?<=[a-zäöüß])str\.|(?<![\w.])(?:Mio|Mrd)(?![\w.])")
_NUMBER_BEFORE = re.compile(r"(?<![\d.,])1\s*$")
_END_CAPABLE = frozenset(_key(a) for a in END_CAPABLE)


def _canonical(found: str) -> str | None:
    key = _key(found)
    if key in _LOOKUP:
        return _LOOKUP[key]
    lowered = key[0].lower() + key[1:]
    return _LOOKUP.get(lowered)


def _keeps_sentence_end(canonical: str, rest: str) -> bool:
    """True when the abbreviation's full stop also ends the sentence: at the end of the text, or
    before a sentence opener for abbreviations that can close a sentence (as bulletin.text.sentences)."""
    closed = rest.lstrip().lstrip("“”\"»«)]")
    if not closed.strip() or (closed != rest.lstrip() and ends_sentence(closed[:40])):
        return True  # "... usw." at the end, "(... v. Chr.) Die ..."; not "(... v. u. Z.) soll"
    return _key(canonical) in _END_CAPABLE and ends_sentence(rest[:40])


# "am 12. u. 13. Dezember", "Peter u. Paul": a lower-case "u." between words is "und" (the longer
# "u. a.", "u. U." were expanded before; an initial is upper-case).
_AND_BETWEEN_WORDS = re.compile(r"(?<=\w)(\.?) u\. (?=\w)")


def abbreviations(text: str) -> str:
    """'z. B.' -> 'zum Beispiel', 'Dr. Müller' -> 'Doktor Müller', 'Chanel Nr. 5' -> 'Chanel Nummer 5',
    '1 Mio. Euro' -> '1 Million Euro', 'St. Pauli' -> 'Sankt Pauli', 'Hauptstr. 5' -> 'Hauptstraße 5',
    'Art. 5' -> 'Artikel 5'; '... Birnen usw.' at the end -> '... Birnen und so weiter.'."""
    text = _ABBREVIATION.sub(_read, text)
    return _AND_BETWEEN_WORDS.sub(r"\1 und ", text) if " u." in text else text


def _read(match: re.Match) -> str:
    """One abbreviation found as it is said where it stands, or as written where it is none."""
    found = match.group(0)
    known = _expansion(found)
    if known is None:
        return found
    canonical, spoken = known
    text_before, rest = match.string[max(0, match.start() - 40):match.start()], match.string[match.end():]
    spoken = _in_context(canonical, spoken, text_before, rest.lstrip()[:1])
    if spoken is None:
        return found
    if found[0].isupper() and canonical[0].islower():
        spoken = spoken[0].upper() + spoken[1:]
    if found.endswith(".") and _keeps_sentence_end(canonical, rest):
        spoken += "."
    return spoken


def _expansion(found: str) -> tuple[str, str] | None:
    """The abbreviation's canonical spelling and what it stands for, or None when it is none."""
    if found == "str.":
        return "Str.", "straße"
    if found in ("Mio", "Mrd"):
        return found + ".", EXPANSIONS[found + "."]
    canonical = _canonical(found)
    return None if canonical is None else (canonical, EXPANSIONS[canonical])


def _in_context(canonical: str, spoken: str, text_before: str, following: str) -> str | None:
    """The words for the abbreviation between ``text_before`` and the character ``following`` it:
    the case and number its neighbours ask for ("3 St." -> "Stück", "mit Hr." -> "Herrn", "1 Mio." ->
    "Million"), or None where it is no abbreviation ("Art" not before a number, "St." not before a name)."""
    word_before = text_before.split()[-1].lower() if text_before.split() else ""
    if canonical in _BEFORE_NUMBER and not following.isdigit():
        return None
    if canonical == "St." and text_before.rstrip()[-1:].isdigit():
        spoken = "Stück"  # "3 St. Butter"
    elif canonical in _BEFORE_NAME and not following.isupper():
        return None
    if canonical == "Hr." and word_before in _HERRN:
        spoken = "Herrn"
    if canonical in _SINGULAR and _NUMBER_BEFORE.search(text_before):
        spoken = _SINGULAR[canonical]
    if canonical == "sog." and word_before in _WEAK_BEFORE:
        spoken = "sogenannten"
    return spoken


_DAYS = {"Mo": "Montag", "Di": "Dienstag", "Mi": "Mittwoch", "Do": "Donnerstag", "Fr": "Freitag",
         "Sa": "Samstag", "So": "Sonntag"}
_DAY_RANGE = re.compile(r"(?<![\w.])(Mo|Di|Mi|Do|Fr|Sa|So)\.?\s?[-–]\s?(Mo|Di|Mi|Do|Fr|Sa|So)\.(?!\w)")


# A lone day: "am Do.", "Mo., 30. Nov."; "Fr." and "So." only where a day is meant ("am Fr.",
# "So., 6. Dezember"), as "Fr. Meier" is Frau Meier and "So." may open a sentence.
_DAY = re.compile(r"(?<![\w.])(Mo|Di|Mi|Do|Fr|Sa|So)\.(?!\w)")
_DAY_WORD_BEFORE = re.compile(r"\b(?:[Aa]m|[Aa]b|[Bb]is|[Vv]om)\s$")
_DATE_AFTER = re.compile(r",?\s?\d{1,2}\.")


def weekday_ranges(text: str) -> str:
    """'Mo.–Fr.' -> 'Montag bis Freitag'; a lone day where it is one: 'am Do.' -> 'am Donnerstag',
    'Fr., 4. Dezember' -> 'Freitag, 4. Dezember' (but 'Fr. Meier' stays for the abbreviations)."""
    text = _DAY_RANGE.sub(lambda m: f"{_DAYS[m.group(1)]} bis {_DAYS[m.group(2)]}", text)

    def read(match: re.Match) -> str:
        day, whole, end = match.group(1), match.string, match.end()
        if whole[end: end + 1] in ("-", "–"):
            return match.group(0)
        if day in ("Fr", "So") and not (_DAY_WORD_BEFORE.search(whole, max(0, match.start() - 5),
                                                                 match.start())
                                        or _DATE_AFTER.match(whole, end)):
            return match.group(0)
        return _DAYS[day] + ("." if ends_sentence(whole[end: end + 30]) else "")

    return _DAY.sub(read, text)

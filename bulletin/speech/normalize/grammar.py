"""The little German grammar the number rules need: the gender of the noun after a number, the case
the words before it ask for, and from these the form of "ein" (1) and the ending of an ordinal.

This is no parser. It looks at the one or two words before a number and the noun after it, which is
enough for news copy: "am 3. Oktober", "mit 1 Stimme Mehrheit", "auf den 3. Platz", "1 Million".
Genders come from a list of nouns that follow numbers in the news, then from the last part of a
compound ("Bundesliga" -> Liga), then from suffixes ("-ung" feminine); unknown nouns get None.
"""

from __future__ import annotations

import re
from functools import lru_cache

M, F, N = "m", "f", "n"

_GENDERS: dict[str, str] = {}
_NOUNS = {
    M: """Euro Dollar Cent Franken Rappen Yen Rubel Grad Meter Liter Tag Monat Platz Rang Punkt
        Prozentpunkt Sieg Mann Fall Schritt Sitz Wagen Zug Bus Krieg Termin Versuch Durchgang Wahlgang
        Lauf Satz Treffer Titel Preis Anlauf Advent Stock Knoten Zoll Fuß Kanal Ort Bezirk Kreis Teil
        Abschnitt Schaden Toter Toten Verletzter Verletzten FC SC SV VfB VfL TSV TV HSV BVB Stand Wert
        Anteil Haushalt
        Antrag Vorschlag Beschluss Bericht Hektar Zentner Morgen Abend Winter Sommer Herbst Frühling
        Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
        Spieltag Geburtstag Jahrestag Kilometer Zentimeter Millimeter Kubikmeter Quadratmeter
        Quadratkilometer Mikrometer Milliliter Hektoliter Kongress Parteitag Gipfel Durchlauf Streik
        Einsatz Unfall Brand Bürgermeister Vorsitzender Sekt Halt Wurf Elfmeter Strafstoß Arzt Patient
        Mensch Mitarbeiter Einwohner Bewohner Zuschauer Besucher Fahrgast Passagier Soldat Polizist
        Schüler Euro-Cent Weltkrieg Fußballclub Verein Wahlkreis Stadtteil Ortsteil Landkreis Senat Rat
        Gemeinderat Pfennig Motor Name Junge Kunde Käse Gedanke Glaube Wille Friede Buchstabe Experte
        Zeuge Kollege Franzose Brite Grieche Russe Türke""",
    F: """Million Milliarde Billion Billiarde Stunde Minute Sekunde Woche Tonne Meile Person Frau Stimme
        Stelle Runde Liga Klasse Halbzeit Etappe Reihe Seite Ausgabe Auflage Staffel Folge Kammer
        Instanz Stufe Etage Welle Dosis Mannschaft Partei Stadt Gemeinde Schule Kita Brücke Straße Linie
        Spur Bahn Nacht Uhr Zeit Kraft Wahl Division Armee Flotte Tat Hälfte Saison Spielzeit Partie
        Serie Nummer Zahl Ebene Generation Autobahn Olympiade Steuer Mauer Feier Mutter Tochter
        Schwester Oper Ziffer Mark Krone Lira Kalenderwoche Sorte Gruppe Tabelle Anlage Periode Amtszeit
        Legislatur Hand Tür Kilowattstunde Megawattstunde Gigawattstunde Terawattstunde Wattstunde
        Amtsperiode Fahrt Wende Legende Dividende Spende Rente Region Nation Union Kommission Koalition
        Fraktion Opposition Regierung Verwaltung Meisterschaft""",
    N: """Prozent Promille Jahr Halbjahr Kilogramm Gramm Milligramm Kilo Kind Haus Spiel Tor Mal Stück
        Land Dorf Auto Opfer Mitglied Pfund Quartal Jahrhundert Jahrzehnt Jahrtausend Semester Team Heft
        Kapitel Buch Gesetz Amt Mandat Projekt Konzert Rennen Treffen Finale Halbfinale Viertelfinale
        Achtelfinale Derby Match Unternehmen Verfahren Watt Kilowatt Megawatt Gigawatt Volt Kilovolt
        Millivolt Hertz Kilohertz Megahertz Gigahertz Dezibel Bataillon Regiment Bundesland Programm
        Geschäftsjahr Wochenende Ende Leben Glas Fass Paket Grundstück Bett Zimmer Fenster Schiff
        Flugzeug Boot Ticket Foto Video Interview Problem Thema System Komma Lager Todesopfer
        Hektopascal Pascal Kelvin Fahrenheit Ampere Gigabyte Megabyte Terabyte Kilobyte Byte Bit Megabit
        Gigabit Hochwasser Viertel Drittel Fünftel Zehntel Hundertstel Tausendstel Achtel Sechstel
        Siebtel Neuntel Elftel Zwölftel Zwanzigstel Dutzend Paar Prozentchen Wort Auge Erbe Interesse
        Image Stockwerk Obergeschoss Untergeschoss Erdgeschoss Plus Minus Gebot Angebot Mittel Werk
        Konto Ziel""",
}
for _gender, _nouns in _NOUNS.items():
    for _noun in _nouns.split():
        _GENDERS[_noun] = _gender

# Noun suffixes with a dependable gender, longest first within the check below.
_SUFFIXES = (
    ("ung", F), ("heit", F), ("keit", F), ("schaft", F), ("tion", F), ("sion", F), ("tät", F),
    ("ik", F), ("enz", F), ("anz", F), ("ie", F), ("ei", F), ("erin", F), ("istin", F), ("ur", F),
    ("ade", F), ("age", F), ("ette", F), ("ine", F), ("e", F), ("a", F),
    ("ling", M), ("ismus", M), ("eur", M), ("ist", M), ("or", M), ("er", M),
    ("chen", N), ("lein", N), ("um", N), ("ment", N), ("tum", N), ("nis", N), ("zeug", N), ("ett", N),
    ("o", N),
)

# Prepositions and the case they ask for when a number follows without an article. Two-way
# prepositions are read the way news uses them with numbers: "in einem Jahr" (when), "auf einen
# Euro" (to), "über eine Million" (more than).
_DATIVE = frozenset("mit von aus bei nach seit zu ab gegenüber samt nebst binnen in an vor hinter neben "
                    "zwischen".split())
_ACCUSATIVE = frozenset("für gegen ohne um durch auf über unter je pro bis per".split())
_GENITIVE = frozenset("wegen trotz während innerhalb außerhalb oberhalb unterhalb anstelle "
                      "statt infolge".split())
# Verbs whose object is the amount: "kostet einen Euro", "hat einen Tag Zeit".
_ACCUSATIVE_VERBS = frozenset("""kostet kosten kostete kosteten zahlt zahlen zahlte zahlten bezahlt
    verdient verdienen verdiente erhält erhalten erhielt bekommt bekommen bekam gewann gewinnt gewinnen
    erzielte erzielt erzielen beträgt betragen betrug braucht brauchen brauchte hat haben hatte hatten
    fordert fordern forderte verlangt verlangen verlangte spendet spenden spendete sparen spart sparte
    investiert investieren investierte bringt bringen brachte kassiert kassierte verlor verliert
    verlieren umfasst umfassen umfasste dauert dauern dauerte gibt gab geben""".split())

# Masculine nouns whose singular after "1" can only be accusative or dative: "einen Verletzten",
# "einem Polizisten" (nominalized adjectives and the weak masculine nouns of the news).
OBLIQUE_MASCULINE = frozenset("""Toten Verletzten Schwerverletzten Leichtverletzten Angeklagten
    Beschuldigten Verdächtigen Festgenommenen Vermissten Abgeordneten Beamten Menschen Polizisten
    Soldaten Patienten Studenten Kunden Zeugen Kollegen Experten Präsidenten Kandidaten Journalisten
    Nachbarn Jungen Bären Löwen Affen""".split())

_WORD_BEFORE = re.compile(r"([A-Za-zÄÖÜäöüß]+)[\s,]*$")


@lru_cache(maxsize=4096)
def gender(noun: str) -> str | None:
    """'m', 'f', 'n' or None for a noun ('Bundesliga' -> 'f', 'Spieltag' -> 'm', 'Zeitung' -> 'f')."""
    noun = noun.strip("-")
    if not noun:
        return None
    known = listed_gender(noun)
    if known:
        return known
    lower = noun.lower()
    if not noun[0].isupper():
        return None  # not a noun
    for suffix, suffix_gender in _SUFFIXES:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 1:
            return suffix_gender
    return None


def listed_gender(noun: str) -> str | None:
    """The gender of a listed noun or of a compound ending in one ("Reisebus" -> 'm'); no suffix guess."""
    if noun in _GENDERS:
        return _GENDERS[noun]
    # compounds: the last part decides ("Jahrestag" -> Tag)
    return next((_GENDERS[tail] for tail in compound_tails(noun) if tail in _GENDERS), None)


def compound_tails(noun: str) -> list[str]:
    """The parts a compound may end in, longest first, capitalized ("Jahrestag" -> "Hrestag",
    "Restag", "Estag", "Stag", "Tag"): the rest before each has a vowel ("Sch|lager" is no compound)."""
    return [noun[start].upper() + noun[start + 1:] for start in range(2, len(noun) - 2)
            if re.search(r"[aeiouäöüy]", noun[:start], re.IGNORECASE)]


def counted_noun(word: str) -> bool:
    """True for a noun an ordinal or a number typically stands before ('Spieltag', 'Liga', 'Platz')."""
    return word in _GENDERS


def word_before(text_before: str) -> str:
    """The last word before a number, lower-cased ('' when there is none)."""
    match = _WORD_BEFORE.search(text_before[-40:])
    return match.group(1).lower() if match else ""


_PRONOUNS = frozenset("es er sie man wir ihr ich du".split())


def case_after(text_before: str) -> str:
    """'nom', 'acc', 'dat' or 'gen': the case the word before a number asks for ('gab es' counts
    as 'gab')."""
    word = word_before(text_before)
    if word in _DATIVE:
        return "dat"
    if word in _PRONOUNS:
        word = word_before(text_before.rstrip()[:-len(word)])
    if word in _ACCUSATIVE or word in _ACCUSATIVE_VERBS:
        return "acc"
    if word in _GENITIVE:
        return "gen"
    return "nom"


_EIN = {
    ("nom", M): "ein", ("nom", N): "ein", ("nom", F): "eine",
    ("acc", M): "einen", ("acc", N): "ein", ("acc", F): "eine",
    ("dat", M): "einem", ("dat", N): "einem", ("dat", F): "einer",
    ("gen", M): "eines", ("gen", N): "eines", ("gen", F): "einer",
}


def one(noun_gender: str | None, case: str = "nom") -> str:
    """The form of 'ein' for 1 before a noun: 'ein Euro', 'eine Million', 'mit einem Prozent'."""
    return _EIN.get((case, noun_gender or N), "ein")


def one_before(noun: str, text_before: str) -> str:
    """'ein' declined for `noun` and the words before it: 'meldete einen Verletzten'."""
    case = case_after(text_before)
    if noun in OBLIQUE_MASCULINE:
        return one(M, case if case in ("dat", "gen") else "acc")
    return one(gender(noun), case)


# Ordinal endings. After a definite article or a contraction the weak ending; after "ein", "kein",
# possessives the mixed ending; with no article the strong ending, from the noun's gender.
_WEAK_E = frozenset("der die das ins ans aufs übers fürs ums diese dieser dieses jene jener jenes "
                    "eine keine meine deine seine ihre unsere eure welche".split())
_WEAK_EN = frozenset("den dem des am im zum zur vom beim einem einen einer eines keinem keinen keiner "
                     "keines seinem seinen seiner seines ihrem ihren ihrer ihres unserem unseren unserer "
                     "diesem diesen jenem jenen".split())
_MIXED = frozenset("ein kein mein dein sein ihr unser euer".split())
_PREPOSITIONS = _DATIVE | _ACCUSATIVE | _GENITIVE
# A number list before the ordinal: "am 1. und 2. Mai", "vom 1. bis 3. Oktober".
_ORDINAL_CHAIN = re.compile(r"\d+\.\s*(?:,|und|bis|oder|sowie|-|–)\s*$")
# An adjective joined to the ordinal: "der letzte und 165. Fall" takes the article's ending.
_ADJECTIVE_CHAIN = re.compile(r"\b[a-zäöüß]+e[mnrs]?\s+(?:und|oder)\s*$")


def has_determiner(text_before: str) -> bool:
    """True when an article, a contraction or a possessive stands right before ('am', 'der', 'seinen')."""
    words = text_before.split()
    return bool(words) and words[-1].lower().strip(",(„\"") in _WEAK_E | _WEAK_EN | _MIXED


def _is_noun(word: str, before: str) -> bool:
    """A capitalized word that does not open the sentence ("Tabelle der 3. Liga")."""
    if not word[:1].isupper() or not word[-1].isalnum():
        return False
    head = before[:before.rfind(word)].rstrip()
    return bool(head) and head[-1] not in ".!?:"


def ordinal_ending(text_before: str, noun_gender: str | None = None, dated: bool = False) -> str:
    """The ending of an ordinal from the words before it and the gender of its noun.

    'am' -> 'en' (am dritten Oktober); 'der' -> 'e' (der dritte Platz), but 'in der' -> 'en';
    'ein' -> 'er'/'es'; nothing -> strong: 'dritter Oktober', 'dritte Liga', 'erstes Halbjahr'; a bare
    dative preposition -> strong dative: 'mit zwölftem Sieg', 'in dritter Runde'.
    `dated`: a date after a bare preposition ("ab 1. Januar") reads "ab ersten Januar".
    """
    before = text_before[-60:]
    chained = _ORDINAL_CHAIN.search(before) or (
        _ADJECTIVE_CHAIN.search(before) if before.rstrip().endswith(("und", "oder")) else None)
    if chained:
        before = before[:chained.start()]
    words = before.split()
    last = words[-1].lower().strip(",(„\"") if words else ""
    if last in _WEAK_EN:
        return "en"
    if words and words[-1] == "der" and len(words) > 1 and (words[-2].lower() in _PREPOSITIONS
                                                            or _is_noun(words[-2], before)):
        return "en"  # "in der dritten Runde" (dative), "Tabelle der dritten Liga" (genitive)
    if last in _WEAK_E:
        return "e"
    if last in _MIXED:
        return {M: "er", N: "es"}.get(noun_gender or "", "e")
    if last in _PREPOSITIONS:
        if dated:
            return "en"
        if last in _DATIVE:  # strong dative: "mit zwölftem Sieg", "in dritter Runde"
            return {M: "em", N: "em", F: "er"}.get(noun_gender or "", "en")
        return {M: "en", F: "e", N: "es"}.get(noun_gender or "", "e")
    return {M: "er", F: "e", N: "es"}.get(noun_gender or "", "e")

"""Rules for plain numbers: ordinals, Roman numerals, fractions, decimals, cardinals, codes like "G20".

They run after the dates, times, money and unit rules, so what is left here is a number without a
more specific meaning. Each rule is a pure function str -> str.
"""

from __future__ import annotations

import re

from bulletin.speech.normalize import grammar, words
from bulletin.text.sentences import SENTENCE_STARTERS

# An integer with optional German thousands dots: "42", "1.500", "250.000".
NUM = r"(?:\d{1,3}(?:\.\d{3})+|\d+)"
YEAR = r"(?:1[1-9]\d\d|20\d\d|2100)"  # read as a year: "neunzehnhundert...", "zweitausend..."
_LETTER = r"[^\W\d_]"
# What may follow a number and still let the next word be its noun: a range or an alternative
# ("1 bis 2 Millionen", "1 oder 2 Tage"), then at most one adjective ("1 weiterer Fall").
_NOUN_AFTER = re.compile(
    r"\s*(?:(?:bis|und|oder|-|–)\s*[\d.,]+\s*)?(?:[a-zäöüß]+(?:e|er|es|en|em)\s+)?"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*|-[A-Za-zÄÖÜäöüß]|(?:million|milliarde|billion)(?:en)?\b)"
)
_CAPITALIZED_WORD_BEFORE = re.compile(r"([A-ZÄÖÜ][\w-]*)\s*$")
# Capitalized words before a count that do not name the number ("Insgesamt 1 Million").
_NOT_NAMES = SENTENCE_STARTERS | frozenset(
    """Insgesamt Rund Etwa Knapp Fast Mehr Weniger Nur Gut Über Unter Bis Ab Seit Genau Lediglich
    Mindestens Höchstens Maximal Zusammen Allein Jeweils Je Pro Zirka Circa Ca Gerade Exakt""".split())


def context(match: re.Match, width: int = 60) -> tuple[str, str]:
    """The text just before and just after a match (a window, so long texts stay fast)."""
    text = match.string
    return text[max(0, match.start() - width):match.start()], text[match.end():match.end() + width]


def ends_sentence(rest: str) -> bool:
    """True when nothing but closing marks follow, or a word that typically opens a sentence: a full
    stop that an abbreviation, a date or an ordinal shares with the sentence end must stay."""
    stripped = rest.lstrip()
    if not stripped or stripped[0] in "“”\"»«)]":
        return True
    return stripped.split(None, 1)[0].strip("„\"»«(,;:.!?") in SENTENCE_STARTERS


def noun_after(after: str) -> str | None:
    """The noun a number counts ('Millionen', 'Euro'), '-' for a compound ('1-Euro-Job'), or None."""
    match = _NOUN_AFTER.match(after)
    if not match:
        return None
    noun = match.group("noun")
    return "-" if noun.startswith("-") else noun[0].upper() + noun[1:].rstrip("-")


def named_by_noun(before: str) -> bool:
    """True when a noun names the number, as in 'Platz 1', 'Artikel 1', 'Formel-1'."""
    if before.endswith("-") and before[-2:-1].isalpha():
        return True
    match = _CAPITALIZED_WORD_BEFORE.search(before)
    return bool(match) and match.group(1) not in _NOT_NAMES


def count(n: int, before: str, after: str, can_be_named: bool = True) -> str:
    """A whole number in running text, with 1 declined for its noun: 'ein Euro', 'mit einer Stimme'.
    `can_be_named=False` where a noun before cannot name the number ('kostet Milch 1 Euro')."""
    noun = noun_after(after)
    if n != 1:
        return words.before_noun(n) if noun and noun != "-" else words.cardinal(n)
    if noun is None or (can_be_named and named_by_noun(before)):
        return "eins"
    if noun == "-":
        return "ein"  # "Ein-Euro-Job", "einjährig"
    if noun == "Uhr":
        return "ein"
    return grammar.one_before(noun, before)


# --- ordinals ---------------------------------------------------------------------------------

_ORDINAL = re.compile(rf"(?<![\w.,:/-])({NUM})\.(?!\d|\.)")
_NEXT_WORD = re.compile(r"\s*[„\"'(]?([\w-]+)")
# Nouns that name a number: "Seite 49. Leser ..." is page forty-nine and a sentence end.
_NAMING_NOUNS = frozenset("""Seite Platz Rang Nummer Artikel Paragraf Paragraph Kapitel Absatz Band Heft
    Ausgabe Folge Staffel Gleis Bahnsteig Linie Tor Halle Zimmer Raum Block Stufe Level Gruppe Klasse
    Abschnitt Teil Punkt Position Startplatz Bus Tram Kanal Terminal""".split())
# Words before "N." that make a sentence-final number a cardinal: "auf Platz 2.", "stieg auf 12."
_CARDINAL_BEFORE = frozenset("auf von bis um mit über unter rund etwa knapp fast insgesamt zu gegen "
                             "bei nur noch sogar ca circa zirka nummer nr".split())


_ARTICLES = frozenset("der die das dem den des zum zur am im beim vom ein eine einem einen einer eines "
                      "jeder jede jedes jedem jeden".split())
# Words before a sentence-final "N." that make it a place, said as an ordinal: "Er wurde 2." ->
# "zweiter", "kam als 5." -> "fünfter", "Im Ranking ist sie 21."; otherwise a bare "N." at the end is
# a count.
_RANK_VERBS = frozenset("wurde wird werden wurden würde wäre war landete landet landeten belegte belegt kam "
                        "kommt kamen endete beendete blieb bleibt als".split())
_RANKING = re.compile(r"Rang|Ranking|Tabelle|Wertung|Klassement|Platzierung|Endstand|Weltcup|Zieleinlauf")


def ordinal_phrase(n: int, before: str, after: str) -> str:
    """'dritten', 'dritte', 'dritter' for n from the words before and the noun after."""
    noun = noun_after(after)
    noun_gender = grammar.gender(noun) if noun and noun != "-" else None
    return words.ordinal(n, grammar.ordinal_ending(before, noun_gender))


def ordinals(text: str) -> str:
    """'der 3. Platz' -> 'der dritte Platz', '3. Liga' -> 'dritte Liga', 'zum 2. Mal' -> 'zum zweiten Mal'.

    A number with a full stop before a word that opens a sentence is a number at a sentence end
    ("stieg auf 12. Die Polizei"); so is one after 'Platz', 'auf', 'rund' ... at the very end, one
    after a name before a capital ("ORF 2. Moderiert"), a thousand or more before a capital ("im März
    30.000. Bulgarien"), and any bare one at the end ("Es waren 272."). After 'wurde', 'kam', 'als'
    the ordinal stands for a person or team: 'Er wurde 2.' -> 'Er wurde zweiter.'
    """
    def read(match: re.Match) -> str:
        n = words.parse_int(match.group(1))
        before, after = context(match)
        following = _NEXT_WORD.match(after)
        word = following.group(1) if following else ""
        if word and word[0].isdigit():
            return match.group(0)
        sentence_end = not after.strip() or after.lstrip()[0] in "“”\"'»«)]"
        named = bool(before.split()) and before.split()[-1] in _NAMING_NOUNS
        capital = word[:1].isupper() and not grammar.counted_noun(word)
        if word in SENTENCE_STARTERS or named or (sentence_end and _ends_cardinal(before)) or (
                capital and named_by_noun(before)):  # "in der ZiB 2. Moderiert wird ..."
            return f"{count(n, before, '')}."
        if (sentence_end or capital) and n >= 1000 and not grammar.has_determiner(before):
            # "höher als 2021." is a year or a count, never the 2021st ("zum 1000." stays one);
            # so is "im März 30.000. Bulgarien baut ..."
            plain_year = re.fullmatch(YEAR, match.group(1))
            return f"{words.year(n) if plain_year else count(n, before, '')}."
        if sentence_end and not grammar.has_determiner(before) and not _placed(before):
            return f"{count(n, before, '')}."  # a count ends the sentence: "Es waren am Ende 272."
        if sentence_end or not word or after.lstrip()[0] in ",;:" or _bare(word):
            return words.ordinal(n, grammar.ordinal_ending(before, grammar.M)) + (
                "." if sentence_end else "")
        return ordinal_phrase(n, before, after)

    return _ORDINAL.sub(read, text)


def _placed(before: str) -> bool:
    """A sentence-final number is a place after 'wurde', 'als' ..., in a ranking, or on its own ("2.")."""
    last = grammar.word_before(before)
    return not last or last in _RANK_VERBS or bool(_RANKING.search(before))


def _bare(word: str) -> bool:
    """A lower-case word after an ordinal that is no adjective: 'als 3. ins Ziel' (no noun)."""
    return word.islower() and not word.endswith(("e", "er", "es", "en", "em"))


def _ends_cardinal(before: str) -> bool:
    return grammar.word_before(before) in _CARDINAL_BEFORE or named_by_noun(before)


_SUFFIXED = re.compile(r"(?<![\w.,:/-])(\d+)-(?=(?:[Jj]ährig|fach|malig|stündig|tägig|wöchig|monatig|köpfig|"
                       r"stellig|prozentig|teilig|stöckig|seitig|minütig|sekündig|karätig|spurig)\w*)([A-ZÄÖÜ])?")


def suffixed(text: str) -> str:
    """A number joined to an adjective: '5-jähriges' -> 'fünfjähriges', 'der 43-Jährige' -> 'der
    dreiundvierzigjährige', '3-fach' -> 'dreifach' (one word, as it is said)."""
    def read(match: re.Match) -> str:
        n = int(match.group(1))
        head = "ein" if n == 1 else words.cardinal(n).replace(" ", "")
        return head + (match.group(2).lower() if match.group(2) else "")

    return _SUFFIXED.sub(read, text)


# --- Roman numerals ---------------------------------------------------------------------------

_ROMAN = re.compile(r"(\b(?!(?:Der|Die|Das|Den|Dem|Des) )[A-ZÄÖÜ][a-zäöüß]+ )([IVX]{2,6})(\.)?(?![\w-])")
# "der V. Zivilsenat", "Der II. Senat": an article, the numeral with its full stop, a noun
_ROMAN_AFTER_ARTICLE = re.compile(r"\b([Dd](?:er|ie|as|en|em|es)) ([IVX]{1,6})\. (?=[A-ZÄÖÜ][a-zäöüß])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_ROMAN_DATIVE = frozenset("von vom mit bei nach aus zu zum unter seit".split())


def _roman_value(numeral: str) -> int | None:
    total = 0
    for i, char in enumerate(numeral):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if _to_roman(total) == numeral else None


def _to_roman(n: int) -> str:
    out = ""
    for value, symbol in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + symbol, n - value
    return out


def roman_numerals(text: str) -> str:
    """'Ludwig XIV.' -> 'Ludwig der Vierzehnte', 'von Karl III.' -> 'von Karl dem Dritten',
    'Möwe II' -> 'Möwe zwei', 'der V. Zivilsenat' -> 'der fünfte Zivilsenat'. Only II to XXXIX after a
    name (single letters are too often words), any after an article and before a noun."""
    def read(match: re.Match) -> str:
        name, value = match.group(1), _roman_value(match.group(2))
        if value is None:
            return match.group(0)
        if not match.group(3):
            return name + words.cardinal(value)
        before = match.string[max(0, match.start() - 30):match.start()].split()
        if before and before[-1].lower() in _ROMAN_DATIVE:
            return f"{name}dem {words.ordinal(value, 'en')}"
        return f"{name}der {words.ordinal(value, 'e')}"

    def after_article(match: re.Match) -> str:
        value = _roman_value(match.group(2))
        if value is None:
            return match.group(0)
        ending = "en" if match.group(1).lower() in ("den", "dem", "des") else "e"
        return f"{match.group(1)} {words.ordinal(value, ending)} "

    return _ROMAN.sub(read, _ROMAN_AFTER_ARTICLE.sub(after_article, text))


# --- fractions, decimals, cardinals -----------------------------------------------------------

_VULGAR = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3)}
_FRACTION = re.compile(r"(?<![\w.,/])([-−]?)(?:(?:(\d+)\s+)?(\d+)/(\d+)(?![\w/]|[.,]\d)"
                       r"|(?:(\d+)\s*)?([½¼¾⅓⅔]))")


def _fraction_words(numerator: int, denominator: int) -> str:
    if denominator == 2:
        return "einhalb" if numerator == 1 else f"{words.cardinal(numerator)} halbe"
    head = "ein" if numerator == 1 else words.cardinal(numerator)
    return f"{head} {words.fraction_noun(denominator)}"


def fractions(text: str) -> str:
    """'2/3' -> 'zwei Drittel', '1 1/2' and '1½' -> 'eineinhalb', '¼' -> 'ein Viertel'.

    Only proper fractions: '24/7' and '50/50' are read as two numbers by the cardinal rule, and a
    season '2025/26' by the date rules."""
    def read(match: re.Match) -> str:
        sign = "minus " if match.group(1) else ""
        if match.group(6):
            whole, (numerator, denominator) = match.group(5), _VULGAR[match.group(6)]
        else:
            whole, numerator, denominator = match.group(2), int(match.group(3)), int(match.group(4))
        if not 0 < numerator < denominator or (denominator > 100 and denominator != 1000):
            if 1100 <= denominator <= 2100:  # 'Heft 52/2018'
                return f"{numerator} {words.year(denominator)}"
            return match.group(0).replace("/", " ")  # '24/7', '50/50': two numbers
        spoken = _fraction_words(numerator, denominator)
        if whole:
            head = "ein" if int(whole) == 1 else words.cardinal(int(whole))
            spoken = head + spoken if denominator == 2 else f"{head} und {spoken}"  # eineinhalb
        return sign + spoken

    return _FRACTION.sub(read, text)


_DECIMAL = re.compile(rf"(?<![\w.,:/])([-−+±](?=\d))?({NUM}),(\d+)(?!\w|,\d|\.\d)")
_SIGNS = {"-": "minus ", "−": "minus ", "+": "plus ", "±": "plus minus ", None: ""}


def decimals(text: str) -> str:
    """'3,5' -> 'drei Komma fünf', '-60,24' -> 'minus sechzig Komma zwei vier' (digits one by one);
    a list '7,68, 3,84' -> 'sieben Komma sechs acht, drei Komma acht vier'."""
    return _DECIMAL.sub(lambda m: _SIGNS[m.group(1)] + words.decimal(m.group(2), m.group(3)), text)


# Written so that `re` scans for a digit first; what may stand before the number is checked in Python
# (three lookbehinds tried at every position of the text cost more than all the rest of the rule).
_CARDINAL = re.compile(rf"([-−+±]?)({NUM})(?!\w|[.,:]\d)")
_LEADING_ZERO = re.compile(r"0\d{1,2}")
_NOT_BEFORE = frozenset("._,:/+±−-") | frozenset("0123456789")


def _free_before(text: str, start: int) -> bool:
    """True when the character before `start` lets a number begin there ('-' only in 'Covid-19')."""
    if start == 0:
        return True
    char = text[start - 1]
    if char == "-" and start > 1 and text[start - 2].isalpha():
        return True  # a compound: 'Covid-19', 'Formel-1-Rennen'
    return not (char.isalnum() or char in _NOT_BEFORE)


def cardinals(text: str) -> str:
    """'42' -> 'zweiundvierzig', '1.500' -> 'tausendfünfhundert', '-3' -> 'minus drei',
    '1 Million' -> 'eine Million', 'mit 1 Stimme' -> 'mit einer Stimme', 'Platz 1' -> 'Platz eins'."""
    def read(match: re.Match) -> str:
        sign, number = match.groups()
        if sign and _free_before(match.string, match.start()):
            sign = _SIGNS[sign]
        elif not _free_before(match.string, match.start(2)):
            return match.group(0)  # part of a code, a date, a time: not a number of its own
        if _LEADING_ZERO.fullmatch(number):  # 'Schalke 04', 'Agent 007': said digit by digit
            return sign + " ".join(words.cardinal(int(digit)) for digit in number)
        before, after = context(match)
        return sign + count(words.parse_int(number), before, after)  # a compound keeps its '-'

    return _CARDINAL.sub(read, text)


_CODE = re.compile(r"(?<![\w.,])(?=[^\W\d_]*\d)(?=\d*[^\W\d_])\w+(?!\w|[.,]\d)")
_RUNS = re.compile(r"\d+|\D+")
_YEAR_ONLY = re.compile(YEAR)
_ORDINAL_SUFFIX = re.compile(r"s?t(e[mnrs]?)")


def codes(text: str) -> str:
    """Letters and digits in one word: 'G20' -> 'G zwanzig', 'H5N1' -> 'H fünf N eins',
    '3D' -> 'drei-D', '3fach' -> 'dreifach', '10er' -> 'zehner'. A lexicon entry ('CO2') wins, as
    the lexicon is applied before the rules."""
    def read(match: re.Match) -> str:
        runs = _RUNS.findall(match.group(0))
        suffix = _ORDINAL_SUFFIX.fullmatch(runs[-1]) if len(runs) == 2 else None
        if suffix and runs[0].isdecimal():
            return words.ordinal(int(runs[0]), suffix.group(1))  # '3te', '21sten', '121tem'
        if len(runs) == 2 and runs[0].isdecimal():
            number, letters = int(runs[0]), runs[1]
            if letters.isupper():
                return f"{words.cardinal(number)}-{letters}"  # 3D, 5G
            if len(letters) > 1:
                head = "ein" if number == 1 else words.cardinal(number)
                return head + ("s" if number == 1 and letters == "er" else "") + letters  # 3fach, 1er
        if len(runs) == 2 and len(runs[0]) > 1 and runs[0].isupper() and _YEAR_ONLY.fullmatch(runs[1]):
            return f"{runs[0]} {words.year(int(runs[1]))}"  # 'KSV1870': a club's founding year
        return " ".join(words.cardinal(int(run)) if run.isdecimal() else run for run in runs)

    return _CODE.sub(read, text)

"""Noun phrases of headline syntax said with the article prose needs (headlines.py): "Steyrer
Zulieferer" -> "ein Steyrer Zulieferer", "auf Tauernautobahn" -> "auf der Tauernautobahn", "schweres
Beben" -> "ein schweres Beben". A noun takes its gender from normalize's list of news nouns, the last
part of a compound, the list below or a suffix that never fails ("-ung"); a name (the body says it
after a given name, after "in", or never with an article) takes none. Unsure means None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bulletin.speech.normalize.grammar import compound_tails, listed_gender
from bulletin.text.antecedents import given_name, is_title
from bulletin.text.known import COUNTRIES, REGIONS
from bulletin.text.verbs import PARTICIPLE, is_finite_form

M, F, N = "m", "f", "n"
NOM, ACC, DAT = 0, 1, 2
_ARTICLES = {  # (definite, indefinite) by case, for each gender
    M: (("der", "ein"), ("den", "einen"), ("dem", "einem")),
    F: (("die", "eine"), ("die", "eine"), ("der", "einer")),
    N: (("das", "ein"), ("das", "ein"), ("dem", "einem")),
}
_ENDINGS = {  # an adjective's ending after (definite, indefinite) articles, by case
    M: (("e", "er"), ("en", "en"), ("en", "en")),
    F: (("e", "e"), ("e", "e"), ("en", "en")),
    N: (("e", "es"), ("e", "es"), ("en", "en")),
}
_STRONG = {M: ("er", "en", "em"), F: ("e", "e", "er"), N: ("es", "es", "em")}  # "höheren Bonus": no article
# Nouns of headlines the news-noun list lacks, and suffixes whose gender holds without exception.
_HEADLINE_NOUNS = {
    M: "Zulieferer Hersteller Verarbeiter Versorger Betreiber Anbieter Konzern Händler Autobauer Versicherer "
       "Bonus Angriff Anschlag Notstand Ausnahmezustand Absturz Einsturz Erdrutsch Rückzug Rücktritt Streit "
       "Prozess Vorstand Betrieb Flughafen Bahnhof Hof Gasthof Dienst Test Schlager Leitzins",
    F: "Welt Außenwelt Lücke Panne Ortschaft Premiere Plattform Lawine Attacke Explosion Flut Fähre Firma "
       "Klinik Behörde Prognose Klage",
    N: "Beben Erdbeben Unglück Feuer Unwetter Attentat Sparpaket Gericht Parlament Ministerium Spital "
       "Krankenhaus Museum Theater Schloss Darknet Leck Verbot Duell Gutachten Hotel Gasthaus",
}
_NOUN_GENDER = {noun: gender for gender, nouns in _HEADLINE_NOUNS.items() for noun in nouns.split()}
_SURE_SUFFIXES = ((("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ette", "erin", "istin"), F),
                  (("chen", "lein", "ment", "tum"), N), (("ismus", "ling"), M))
# Plural nouns said without an article ("Daten ... aufgetaucht"), and plural suffixes.
_PLURALS = frozenset("Daten Menschen Leute Gäste Kunden Jobs Stellen Arbeitsplätze Häuser Schüler "
                     "Kinder Eltern Passagiere Insassen Bewohner Anrainer Urlauber Bergsteiger Muren "
                     "Regeln Strafen Gebühren Maßnahmen Vorschriften Mieten Abgaben Zölle Preise".split())
# The road's weather, said without an article after "auf", "bei", "wegen" ("auf Glatteis ins Schleudern")
ROAD_WEATHER = frozenset("Glatteis Blitzeis Eisglätte Schneeglätte Glätte Aquaplaning Nebel Starkregen "
                         "Schneefall Sturmböen Hagel".split())
_PLURAL_SUFFIXES = ("ungen", "heiten", "keiten", "schaften", "tionen")
# Heads for which there is one ("die Regierung", "der ORF-Stiftungsrat"), or a named one when
# compounded ("auf der Tauernautobahn").
UNIQUE = frozenset("""Bund Rat Beirat Gericht Gerichtshof Regierung Landesregierung Polizei Feuerwehr
    Parlament Nationalrat Bundesrat Landtag Gemeinderat Stiftungsrat Betriebsrat Aufsichtsrat Vorstand
    Staatsanwaltschaft Kommission Ministerium Notstand Ausnahmezustand Bundesheer Koalition Opposition
    Außenwelt Wirtschaft Inflation Konjunktur Teuerung Arbeitslosigkeit Arbeitslosenquote Prognose
    Leitzins""".split())
_FESTIVALS = ("sommer", "festival", "festspiele", "festwochen", "kirtag", "marathon", "ball", "advent")
_MATCHES = ("spiel", "duell", "derby", "schlager", "finale", "match")
_NAMED_HEADS = ("autobahn", "schnellstraße", "bundesstraße", "bahn", "straße", "tunnel")
# "-ung" nouns naming a thing or a body, not an act: "nahe der Großsiedlung Ariel"
_THINGS = ("siedlung", "wohnung", "zeitung", "stiftung", "versicherung", "vereinigung", "verwaltung")
_NUMBERS = (r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig"
            r"|sechzig|siebzig|achtzig|neunzig|hundert")
_NUMBER_WORD = re.compile(rf"^(?i:{_NUMBERS}|mehrere|zahlreiche|viele|mindestens|rund|fast|über)$")
_MASCULINE_BEFORE = re.compile(r"[a-zäöüß]+er")  # one adjective, strong, masculine in the nominative
QUANTIFIERS = re.compile(rf"^(?:\d[\d.,]*|(?i:{_NUMBERS})"
                         r"|[Dd]utzende|[Hh]underte|[Tt]ausende|[Mm]ehrere|[Zz]ahlreiche|[Vv]iele|[Mm]indestens"
                         r"|[Rr]und|[Ff]ast|[Üü]ber)$")
WITH_ARTICLE = frozenset("der die das den dem des ein eine einen einem einer eines im am vom zum zur beim "
                         "ins seinem seiner ihrem ihrer".split())
# "schweres", "höheren", "Wiener"
_ADJECTIVE = re.compile(r"^[a-zäöüß]+(?:er|es|em|en|e)$|^[A-ZÄÖÜ][a-zäöüß]+er$")
_ADJECTIVAL_NOUN = re.compile(r"(?:^|-)(?:Jährig|Vorsitzend|Abgeordnet|Beamt|Verletzt|Angeklagt"
                             r"|Verdächtig)er$")  # "ein 27-Jähriger", "ein Beamter"
_ADJECTIVE_SUFFIXES = ("ig", "lich", "isch", "bar", "sam", "haft", "los", "iert", "ell", "al", "iv")
_COMMON_ADJECTIVES = frozenset("neu schwer erneut groß klein hoch alt jung stark weit lang kurz frisch "
                               "erst letzt weiter hart knapp tot schwarz rot grün".split())


@dataclass
class Phrase:
    """A noun phrase said with its article: its words, where it ends, its head noun, its number."""

    words: list[str]
    end: int
    head: str
    plural: bool
    gender: str | None = None
    named: bool = False  # a name follows the noun: "Staatsanwaltschaft Mainz"


def noun_phrase(words: list[str], i: int, case: int, body: str,  # noqa: C901 (one branch per kind of phrase)
                 definite: bool | None = None) -> Phrase | None:
    """The noun phrase at ``i`` said in ``case`` with the article it needs: none for a number, a
    name or an office before one ("Innenminister Sobotka"); the definite one for an institution
    there is one of; else the indefinite one. None when unsure."""
    if i >= len(words):
        return None
    if words[i].lower() in WITH_ARTICLE:
        return None  # said with its article already: the headline's own grammar, not ours to guess
    if words[i] in REGIONS:
        return None  # ("Steiermark fehlen ...": "der Steiermark", a case we cannot tell; never "eine")
    if QUANTIFIERS.match(words[i]):
        j = i
        while j < len(words) and (QUANTIFIERS.match(words[j]) or words[j] in ("Millionen", "Milliarden")
                                  or words[j].islower() and _ADJECTIVE.match(words[j])):
            j += 1
        if j >= len(words) or not words[j][:1].isupper():
            return None
        counted = [w.lower() if _NUMBER_WORD.match(w) else w for w in words[i:j + 1]]  # "zwei Bergsteiger"
        return _with_genitive(Phrase(counted, j + 1, words[j], True), words, body)
    named = _named(words, i, case, body)
    if named:
        return named
    j = i
    if j == 0 and len(words) > 1 and words[1][:1].isupper():
        first = _first_word(words[0], body)
        if first is None:
            return None
        if first == "adjective":
            words = [words[0].lower(), *words[1:]]  # "Schweres Beben"
    while j < len(words) and words[j].islower() and _ADJECTIVE.match(words[j]):
        j += 1
    while j + 1 < len(words) and _PLACE_ADJECTIVE.fullmatch(words[j]) \
            and words[j + 1][:1].isupper() and noun_gender(words[j + 1]):
        j += 1  # "Steyrer Zulieferer": a place's adjective
    if j >= len(words) or not words[j][:1].isupper():
        return None
    head, end = words[j], j + 1
    while end < len(words) and words[end][:1].isupper() and noun_gender(words[end]) is None \
            and is_name(words[end], body, apposition=True):
        end += 1  # "Staatsanwaltschaft Mainz", "Großsiedlung Ariel"
    if end > j + 1 and j == i and any(_a_person(w, body) for w in words[j + 1:end]):
        return Phrase(words[i:end], end, head, False)  # "Vorstand Thiele": an office before a name
    if _plural(head):  # "pensionierte Pädagogen": a plural has no indefinite article
        return _with_genitive(Phrase(words[i:end], end, head, True), words, body)
    gender = noun_gender(head)
    if gender is None and _MASCULINE_BEFORE.fullmatch(" ".join(words[i:j])) and i == 0 and case == NOM:
        gender = M  # "Vermisster Schwammerlsucher": a headline's subject, its adjective's ending says which
    if gender is None:
        return None
    the = definite if definite is not None else _definite(head, words[i:j], end > j + 1)
    said = _said_with_article(words[i:j], head, gender, case, the)
    phrase = Phrase([*said, *words[j + 1:end]], end, head, False, gender, end > j + 1) if said else None
    return phrase and _with_genitive(phrase, words, body)


def _named(words: list[str], i: int, case: int, body: str) -> Phrase | None:
    """A phrase at ``i`` that a name makes: an office before a name ("Innenminister Sobotka"), a
    genitive before a noun ("Italiens Klage"), an acronym with the article the body gives it ("das
    WIFO"), a name of one or two words ("Sturm Graz"); else None."""
    if is_title(words[i]) and i + 1 < len(words) and is_name(words[i + 1], body):
        return Phrase(words[i:i + 2], i + 2, words[i + 1], False)
    owner = words[i][:-1] if words[i].endswith("s") else ""
    if owner and i + 1 < len(words) and words[i + 1][:1].isupper() and noun_gender(words[i + 1]) \
            and (owner in COUNTRIES or is_name(owner, body)):
        return Phrase(words[i:i + 2], i + 2, words[i + 1], False)  # "Italiens Klage": a genitive's own
    acronym = _acronym_gender(words[i], body)
    if acronym:  # "das WIFO", as the body says it
        return Phrase([_ARTICLES[acronym][case][0], words[i]], i + 1, words[i], False, acronym)
    if is_name(words[i], body) or words[i] in COUNTRIES:
        end = i + 1
        while end < len(words) and words[end][:1].isupper() and is_name(words[end], body, apposition=True):
            end += 1  # "Sturm Graz": a name of two words
        return Phrase(words[i:end], end, words[i], False)
    return None


def _first_word(word: str, body: str) -> str | None:
    """What a headline's first word before a noun is: "adjective" ("Schweres", "Steirischer"),
    "place" (a place's adjective, "Steyrer" for Steyr, which keeps its form), "" (a noun or a name),
    or None when unsure."""
    lower = word.lower()
    if not _ADJECTIVE.match(lower) or noun_gender(word) is not None or word in COUNTRIES:
        return ""
    stem = re.sub(r"(?:er|es|e)$", "", lower)
    if not lower.endswith("er") or stem.endswith(_ADJECTIVE_SUFFIXES) or stem in _COMMON_ADJECTIVES:
        return "adjective"  # a place's adjective ends in "-er" and is none of these
    if re.search(rf"\b(?:{re.escape(word[:-2])}|{re.escape(word[:-1])})\b", body):
        return "place"  # "Steyrer": the body names Steyr
    if _PARTICIPLE_STEM.fullmatch(stem):
        return "adjective"  # "Vermisster", "Verletzter": a participle (the body names no "Vermisst")
    return None


_PARTICIPLE_STEM = re.compile(r"(?:ge|ver|be|er|ent|zer)[a-zäöüß]{2,}(?:t|en)")


def _with_genitive(phrase: Phrase, words: list[str], body: str) -> Phrase | None:
    """``phrase`` with the "von ..." after it that belongs to it ("Daten von 1,2 Millionen Kunden")."""
    end = phrase.end
    if end + 1 < len(words) and words[end] == "von" and QUANTIFIERS.match(words[end + 1]):
        inner = noun_phrase(words, phrase.end + 1, DAT, body)
        if inner is None:
            return None
        return replace(phrase, words=[*phrase.words, "von", *inner.words], end=inner.end)
    # "Betreiber gefälschter Ticketseiten": a plural genitive, its adjective strong
    if end + 1 < len(words) and _STRONG_GENITIVE.fullmatch(words[end]) and words[end] not in _NOT_ADJECTIVES \
            and _plural(words[end + 1]):
        return replace(phrase, words=[*phrase.words, *words[end:end + 2]], end=end + 2)
    return phrase


_STRONG_GENITIVE = re.compile(r"[a-zäöüß]{3,}er")
_NOT_ADJECTIVES = frozenset("aber oder über unter hinter wieder weiter immer später bisher außer "
                            "sicher".split())


def _said_with_article(adjectives: list[str], head: str, gender: str, case: int,
                       definite: bool) -> list[str] | None:
    """ "schweres Beben" in ``case`` after its article: "ein schweres Beben", "einen schweren Unfall"."""
    kind = 0 if definite else 1
    said = [_ARTICLES[gender][case][kind]]
    for adjective in adjectives:
        if adjective[0].isupper():
            said.append(adjective)  # "Wiener": a place's adjective keeps its form
            continue
        stem = re.sub(r"(?:er|es|em|en|e)$", "", adjective)
        if stem + _STRONG[gender][case] != adjective:
            return None  # not the strong ending headline syntax gives this gender and case: unsure
        said.append(stem + _ENDINGS[gender][case][kind])
    if _ADJECTIVAL_NOUN.search(head):
        head = head[:-2] + _ENDINGS[gender][case][kind]  # "ein Beamter", "einen Beamten"
    return [*said, head]


def _definite(head: str, before: list[str], named: bool) -> bool:
    """The definite article for one there is one of, or one named: "die Staatsanwaltschaft Mainz",
    "der ORF-Stiftungsrat", "die Regierung", "auf der Tauernautobahn"; not "ein Wiener Verlag"."""
    last = head.split("-")[-1]
    prefix = head.split("-")[0] if "-" in head else ""
    if named or sum(c.isupper() for c in prefix) >= 2 or last in UNIQUE or _compound_end(last, UNIQUE):
        return True
    if before and before[-1][:1].isupper() and last.lower().endswith(_FESTIVALS):
        return True  # "Steyrer Musiksommer fällt aus": the town's one festival, a name
    if any(_RANKED.fullmatch(adjective) for adjective in before):
        return True  # "feiert ersten Heimsieg der Saison": the first, "den ersten Heimsieg"
    if last.lower().endswith(_MATCHES + _AGGREGATES):
        return True  # "Sturm verliert Spitzenspiel gegen Rapid": the one match; "die Bauproduktion"
    return not before and last.lower().endswith(_NAMED_HEADS) and last.lower() not in _NAMED_HEADS


_RANKED = re.compile(r"(?:erst|zweit|dritt|letzt|größt|höchst|best)e[nmrs]?")  # one of its rank
# "Bauproduktion im Vorjahr eingebrochen": a whole an economy measures, said with "die", never "eine"
_AGGREGATES = ("produktion", "nachfrage", "arbeitslosigkeit", "beschäftigung", "inflation", "teuerung",
               "konjunktur", "wirtschaftsleistung", "bauwirtschaft")


def _compound_end(word: str, nouns: frozenset[str]) -> bool:
    return any(word.endswith(noun.lower()) and len(word) > len(noun) for noun in nouns)


def a_thing(word: str) -> bool:
    """A noun for a thing or a firm, never a given name: listed (a word under five letters also as a
    compound), or a compound whose part from its third letter on, five letters or more, is listed or
    ends in a listed noun ("Lieferdienst", "Reisebus"; not "Roland", whose "land" is too short)."""
    if word in _NOUN_GENDER or listed_gender(word) and len(word) < 5:
        return True
    parts = (word[start].upper() + word[start + 1:] for start in range(2, len(word) - 4))
    return any(part in _NOUN_GENDER or listed_gender(part) for part in parts)


def noun_gender(noun: str) -> str | None:
    """A noun's gender when sure of it: listed, the last part of a compound, or a suffix."""
    last = noun.split("-")[-1]
    if not last[:1].isupper():
        return None
    if last in _NOUN_GENDER:
        return _NOUN_GENDER[last]
    for part in compound_tails(last):
        if part in _NOUN_GENDER:
            return _NOUN_GENDER[part]
    if _ADJECTIVAL_NOUN.search(last):
        return M
    listed = listed_gender(last)
    if listed:
        return listed
    return next((gender for suffixes, gender in _SURE_SUFFIXES if last.lower().endswith(suffixes)), None)


def _acronym_gender(word: str, body: str) -> str | None:
    """The gender of an acronym the body says with an article that tells it: "das WIFO", "den ÖGB"."""
    if not re.fullmatch(r"[A-ZÄÖÜ]{2,}", word):
        return None
    told = {_TOLD_BY[a.lower()] for a in re.findall(rf"\b([Dd]as|[Dd]en|[Dd]ie)\s+{word}\b", body)}
    return told.pop() if len(told) == 1 else None


_TOLD_BY = {"das": N, "den": M, "die": F}


def _plural(noun: str) -> bool:
    last = noun.split("-")[-1]
    if last in _PLURALS or last.lower().endswith(_PLURAL_SUFFIXES):
        return True
    if last.endswith("en") and F in (noun_gender(last[:-1]), noun_gender(last[:-2])):
        return True  # "Zigaretten", "Steuern"
    return last.endswith("e") and noun_gender(last[:-1]) in (M, N)  # "Zweitwohnsitze", "Tarife"


def is_name(word: str, body: str, apposition: bool = False) -> bool:
    """A person's or a place's name: the body says it after a given name ("Martin Konvička"), or,
    after a noun, any capitalized word the body has that is not a noun we know."""
    if not re.fullmatch(r"[A-ZÄÖÜ][\w-]+", word):
        return False
    if _bare_in_body(word, body):
        return True  # "Beispielland darf ...": the body never says it with an article
    if noun_gender(word) is not None or _plural(word):
        return False
    if apposition:
        return word in body or word in COUNTRIES
    if re.search(rf"\b(?:in|nach|aus|von|bei)\s+{re.escape(word)}\b", body):
        return True  # a place: "in Oberwölz"
    return _a_person(word, body)


def a_surname(phrase: Phrase, body: str) -> bool:
    """A person's surname alone ("Muster" where the body says "Max Muster"): said first, the listener
    asks who that is, which the headline's reader learns from the body."""
    return phrase.gender is None and not phrase.plural and phrase.words == [phrase.head] \
        and _a_person(phrase.head, body)


def _a_person(word: str, body: str) -> bool:
    """The body says ``word`` after a given name: a person's surname ("Martin Konvička")."""
    before = re.findall(rf"(\S*)\s+([A-ZÄÖÜ][a-zäöüß]+)\s+{re.escape(word)}\b", f" {body}")
    return any(given_name(first) and noun_gender(first) is None  # not "nach drei Jahren Umbau"
               and not (QUANTIFIERS.match(ahead) or ahead.lower() in WITH_ARTICLE) for ahead, first in before)


def abstract(phrase: Phrase) -> bool:
    """A noun naming an act or a state ("Abschaffung", "Restitution") said with an article we put."""
    last = phrase.head.split("-")[-1]
    return bool(phrase.gender) and last.endswith(("ung", "heit", "keit", "tion", "sion", "tät")) \
        and last not in UNIQUE and not last.endswith(_THINGS) and not phrase.named


def _bare_in_body(word: str, body: str) -> bool:
    """The body says ``word`` and never after an article or a contraction: a name."""
    before = re.findall(rf"(\S+)\s+{re.escape(word)}(?![\w-])", body)  # not "Sturm-Trainer"
    # "der Salzburger Landtag": a place's adjective before a noun we know is no sign of a name
    place = noun_gender(word) is not None and any(_PLACE_ADJECTIVE.fullmatch(b) for b in before)
    return bool(before) and not place and not any(b.lower() in WITH_ARTICLE or _INFLECTED.fullmatch(b)
                                                  for b in before)


_INFLECTED = re.compile(r"[a-zäöüß]+(?:e|er|es|en|em)")  # an adjective: "der israelischen Siedlung"
_PLACE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")  # "Salzburger", "Wiener"


def starts_phrase(words: list[str], i: int) -> bool:
    """A noun phrase without an article starts at ``i``: adjectives, then a capitalized noun."""
    j = i
    while j < len(words) and words[j].islower() and _ADJECTIVE.match(words[j]):
        j += 1
    if j < len(words) and words[j][:1].isupper():
        return True
    # "47 Tote", "Zahlreiche Verletzte"; not a count ending the clause ("auf 47") or a year ("seit 1990 mehr")
    follows = words[i + 1] if i + 1 < len(words) else ""
    year = words[i].isdigit() and follows.islower() and not _ADJECTIVE.match(follows)
    return bool(QUANTIFIERS.match(words[i])) and bool(follows) and not year


def participle_last(headline: str) -> bool:
    """ "Sechzig Schweine bei Stallbrand im Mühlviertel verendet": a participle last, no auxiliary
    (its "verendet" looks like a verb of the present, but the subject is plural)."""
    words = headline.rstrip(".").split()
    return len(words) > 2 and bool(re.fullmatch(PARTICIPLE, words[-1])) \
        and not any(is_finite_form(w) for w in words)


def dative_plural(words: list[str], i: int, body: str) -> Phrase | None:
    """ "steirischen Urlaubern" after "mit": a plural in the dative, said without an article (its "-n"
    and its adjectives' "-en" say the case); None for another shape or a name."""
    j = i
    while j < len(words) and words[j].islower() and words[j].endswith("en"):
        j += 1
    if j >= len(words) or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:ern|en|n)", words[j]) \
            or is_name(words[j], body):
        return None
    return Phrase(words[i:j + 1], j + 1, words[j], True)

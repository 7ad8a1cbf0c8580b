"""What a sentence takes for known: the words that make it lean on a sentence before it, told
without a tagger (the connectives that link it are in connectives.py).

Shared by the condenser (units.py: a sentence comes only with the one it leans on) and the editorial
check. Each test answers with the word that gave it away, or "" ("which one?", "who is she?"):
- a definite noun phrase whose thing was introduced in an earlier sentence ("Die Belege ...",
  "... nennt das Leitsystem" after "Leitsysteme"), or one that opens the sentence as something
  known without ever being introduced ("Das Gespräch wurde in die Länge gezogen."; a third-person
  pronoun before any noun or name: pronouns.py);
- a speaker named by a role as if known ("..., sagte die Mitunterzeichnerin").

Judgement call: a definite noun phrase introduces itself when a name, a genitive, "von", a number, a
relative clause, a named place or a match's opponent follows it ("Die Lebensmittelkette Spar", "Die
Erben der Besitzerin", "Die Gletscher in den Ötztaler Alpen", "das Derby gegen Rapid"); "die Polizei"
needs none. Known limits: bridging ("Anruf" ... "das Gespräch") is seen only where the phrase opens
the sentence; an adjective written with a capital ("Die Deutsche Bundesbank") counts as a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bulletin.text import known
from bulletin.text.grammar import NAMED_PLACE, is_finite_form
from bulletin.text.known import CONTESTS, KNOWN, KNOWN_ENDINGS, LIGHT_NOUNS, REGIONS, SCENE_VERBS, SCENES
from bulletin.text.news import restates
from bulletin.text.sentences import SENTENCE_STARTERS

_TOKEN = re.compile(r"[\wÄÖÜäöüß]+(?:[-.][\wÄÖÜäöüß]+)*|[^\w\s]")
_ARTICLES = frozenset("der die das den dem des dieser diese dieses diesem diesen".split())
_GENITIVE_OR_OF = frozenset("der des eines einer von vom".split())
_INDEFINITE = frozenset("ein eine einen einem einer".split())
_RELATIVE = frozenset("der die das den dem dessen deren".split())  # "Der Sozialmarkt, den der Verein ..."
_S_OF_THE_WORD = ("haus", "ss", "us", "nis")  # ... "Virus", "Ergebnis"
_NIS_PLURAL = re.compile(r"niss(?:e|en|es)$")


@lru_cache(maxsize=8192)  # the same few hundred nouns are compared over and over
def stem(word: str) -> str:
    """A noun without its plural or case ending, lower case: "Leitsysteme" -> "leitsystem"."""
    word = _NIS_PLURAL.sub("nis", word.lower())  # "Ergebnisse" -> "ergebnis"
    for ending in ("en", "er", "es", "e", "n", "s"):
        if ending == "s" and word.endswith(_S_OF_THE_WORD):
            break  # "Haus", "Prozess": the s is the noun's own, as "Hauses" and "Prozesses" show
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def same_noun(a: str, b: str) -> bool:
    """The same thing named: same stem, or one is the head of the other as a compound
    ("Auflösung" ~ "Selbstauflösung", "Hotline" ~ "Kündigungshotline")."""
    a, b = stem(a), stem(b)
    short, long_ = sorted((a, b), key=len)  # ("Bus" is the head of "Reisebus", not "Eis" of "Reis")
    return a == b or (len(short) >= 4 or (len(short) == 3 and len(long_) >= 7)) and long_.endswith(short)


def definite_nouns(sentence: str) -> list[tuple[str, bool]]:
    """Heads of the definite noun phrases that do not introduce themselves, each with whether it
    opens the sentence: "Die Belege schickte das Kiewer ORF-Büro an die Buchhaltung." ->
    [("Belege", True), ("Buchhaltung", False)]."""
    tokens = _TOKEN.findall(sentence)
    found = []
    for i, token in enumerate(tokens):
        if token.lower() not in _ARTICLES or (i and token[0].isupper()) or (i and tokens[i - 1] == ","):
            continue  # mid-sentence capitals start a quote or clause; after a comma it is a relative pronoun
        j = i + 1
        while j < len(tokens) and j - i <= 3 and _adjective_or_number(tokens[j]):
            j += 1
        if i == 0 and j > 1 and j < len(tokens) and (not tokens[j][0].isalnum() or is_finite_form(tokens[j])):
            found.append((tokens[j - 1], True))  # "Der letzte war ...": the noun is in a sentence before
            continue
        if j >= len(tokens) or not tokens[j][0].isupper() or not tokens[j][0].isalpha():
            continue
        if tokens[j + 1: j + 3] == ["-", "und"] and len(tokens) > j + 3 and tokens[j + 3] in REGIONS:
            j += 3  # "die Süd- und Oststeiermark": a region's parts
        noun, after = tokens[j], tokens[j + 1: j + 4]
        located = NAMED_PLACE.match(" ".join(tokens[j + 1: j + 6]))
        if _introduces_itself(noun, after) or located or tokens[i + 1: j] and tokens[i + 1][0].isdigit():
            continue
        found.append((noun, i == 0 or (i == 1 and tokens[0] in _SUBORDINATING)))  # "Ob die Erben ..."
    return found


def _adjective_or_number(token: str) -> bool:
    """A word between an article and its noun: "die genaue Höhe", "die 21 Monate" (not "Das haben
    Forscher ...", where the article is a pronoun)."""
    return token.isdigit() or bool(re.fullmatch(r"[a-zäöüß][\w-]*(?:e|en|er|es|em)", token)) \
        and not is_finite_form(token) and token not in _ARTICLES


def _name_like(noun: str) -> bool:
    """ "EU-Kommission", "ORF-Büro", "ZDF": a name, not a thing the text introduced."""
    return any(len(part) > 1 and part.isupper() for part in noun.split("-"))


def _introduces_itself(noun: str, after: list[str]) -> bool:
    known = noun in KNOWN or noun in REGIONS or noun.endswith(KNOWN_ENDINGS) or _name_like(noun)
    if known or not after:
        return known
    first = after[0]
    titled = first in ("«", "„", '"') and len(after) > 1 and after[1][:1].isupper()  # "die Show «Rausch»"
    titled = titled or (first == "gegen" and noun.lower().endswith(CONTESTS))  # "das Derby gegen Rapid"
    # "Die Kosten für ein Girokonto": said of any such thing, not of one told before
    titled = titled or (first == "für" and len(after) > 1 and after[1] in _INDEFINITE)
    if first[0].isupper() or first[0].isdigit() or first.lower() in _GENITIVE_OR_OF or titled:
        return True  # "Die Lebensmittelkette Spar", "Das Jahr 2015", "Die Erben der Besitzerin"
    new_clause = len(after) > 2 and after[2][:1].isupper()  # ", der Hauptpreis geht ...": no relative
    return first == "," and len(after) > 1 and (after[1][0].isupper()
                                                or (after[1] in _RELATIVE and not new_clause))


def mentions(sentence: str, noun: str) -> bool:
    """``sentence`` names the thing ``noun`` names (its first word included), or sets the scene
    that brings it (SCENES: "Kantonsgericht" for "das Urteil")."""
    # the SCENES thing or a compound of it ("Strafrichter"; not "Landgericht", only ending like "Richter")
    names = [noun, *next((found for thing, found in SCENES.items() if stem(noun) == stem(thing)
                          or noun.lower().rstrip("s").endswith(thing.lower())), ())]
    named = any(same_noun(name, w) for w in capitalized_words(sentence) for name in names)
    told = any(re.search(rf"\b{verb}\b", sentence) for verb in SCENE_VERBS.get(noun, ()))  # "verurteilt"
    return named or told or _done(sentence, noun)


# "Die Entdeckung gelang einem Team um ..." after "Forscher haben ... Bakterien entdeckt": the noun of a
# verb a sentence before told ("entdeckt", "eröffnet", "angekündigt") names that event
_VERB_PREFIXES = ("an", "auf", "aus", "ab", "ein", "vor", "zu", "fest", "mit", "nach", "um")


def _done(sentence: str, noun: str) -> bool:
    if not noun.endswith("ung") or len(noun) < 9:
        return False
    root = noun[:-3].lower()  # "entdeck", "ankündig"
    forms = {root, *(f"{p}ge{root[len(p):]}" for p in _VERB_PREFIXES if root.startswith(p))}
    return any(re.search(rf"\b(?:ge)?{form}(?:e?t|e?te|e?ten|en)\b", sentence) for form in forms)


@lru_cache(maxsize=4096)
def capitalized_words(sentence: str) -> tuple[str, ...]:
    """The capitalized words of ``sentence`` and of its hyphenated compounds ("ORF-Büro" -> ORF-Büro,
    ORF, Büro): asked for again and again of the same sentences."""
    return tuple(part for t in _TOKEN.findall(sentence) if t[0].isalpha()
                 for part in dict.fromkeys((t, *t.split("-"))) if part[:1].isupper())


def in_scene(sentence: str, heard: str) -> bool:
    """``sentence`` speaks of a thing the scene ``heard`` set brings with it ("Es wurde noch kein
    Urteil gefällt." after "... stand vor dem Kantonsgericht")."""
    words = [t for t in _TOKEN.findall(sentence) if t[:1].isupper()]
    return any(same_noun(w, thing) and mentions(heard, thing) for w in words for thing in SCENES)


def introduced_with_article(sentence: str, earlier: list[str], heard: str = "") -> list[int]:
    """Where the first definite noun phrase of ``sentence`` that ``heard`` does not name was
    introduced: the indices of the sentences in ``earlier`` naming it; [] when none."""
    for noun, _ in definite_nouns(sentence):
        if noun in LIGHT_NOUNS or (heard and mentions(heard, noun)):
            continue
        if noun in SCENES and mentions(sentence[:sentence.find(f" {noun}")], noun):
            continue  # "Ein Team um den Biologen X ..., an deren Stock die Forscher ...": told by itself
        found = [index for index, other in enumerate(earlier) if mentions(other, noun)]
        if found:
            return found
    return []


def introduced_in(sentence: str, earlier: list[str], heard: str = "") -> list[int]:
    """Where a thing ``sentence`` takes for known (a definite noun phrase) was introduced: the
    indices of the sentences in ``earlier`` that name it, for the first such thing; [] when none.
    A thing ``heard`` already names (the lead) is known."""
    found = introduced_with_article(sentence, earlier, heard)
    if found:
        return found
    for surname in _surnames(sentence):
        if heard and re.search(rf"\b{re.escape(surname)}\b", heard):
            continue
        full = re.compile(rf"\b([A-ZÄÖÜ][\w-]+)\s+{re.escape(surname)}\b")
        found = [index for index, other in enumerate(earlier)  # "Die Tiere", "Manche Forscher": no one
                 if any(m[1] not in SENTENCE_STARTERS and not _NOT_A_NAME.fullmatch(m[1].lower())
                        for m in full.finditer(other))]
        if found:
            return found
    return []


def _surnames(sentence: str) -> list[str]:
    """Capitalized words with no capitalized word next to them ("Viel Zeit bleibt Cernko nicht" ->
    ["Cernko"], "Hopfner wird ..." -> ["Hopfner"]): a surname, when an earlier sentence says
    "Willibald Cernko" (nouns never follow a name that way, so they are looked up in vain)."""
    tokens = _TOKEN.findall(sentence)
    alone = []
    for i, token in enumerate(tokens):
        if not (token[0].isupper() and token.isalpha() and len(token) > 2) or token in known.PLACES:
            continue  # ("Bulgarien" is no surname of "Europäisches Bulgarien")
        neighbours = tokens[i - 1: i] + tokens[i + 1: i + 2]
        if not any(n[0].isupper() for n in neighbours) and (i or (neighbours and neighbours[0][0].islower())):
            alone.append(token)  # the first word only before a verb: "Hopfner wird ..."
    return alone


# No given name before a surname: a role ("Vorstandschef Rummenigge"), a quantity or rank ("Manche Forscher")
_NOT_A_NAME = re.compile(r"manche|viele|einige|mehrere|wenige|zahlreiche|andere|beide|alle|sämtliche|jahre"
                         r"|(?:zweit|dritt|viert|fünft)\w*|.*(?:beste|stärkste|größte)[nr]?|.*werk|bezirk|gemeinde|sankt"
                         r"|zwei|drei|vier|fünf|sechs|sieben|acht|neun|\w*zehn|elf|zwölf|\w+zig|\w*hundert|\w*tausend"
                         # a body or a firm before its name: "Landesgericht Leoben", "Lieferdienst Flinkbox"
                         r"|.*(?:klinikum|gericht|theater|museum|spital|krankenhaus|haus|schule|amt|universität"
                         r"|direktion|dienst|verband|polizei|ministerium|behörde|team|monate|wochen|tage|stunden)"
                         r"|.{3,}(?:rat|rätin)|.*hauptmann|.*hauptfrau|millionen|milliarden|.*plattform|jahrzehnte")
NOT_GIVEN_NAME = re.compile(r".*(?:(?:chef|präsident|er)(?:in)?|ung|heit|keit|schaft|ismus|tion)|"
                            + _NOT_A_NAME.pattern)


def given_name(word: str) -> bool:
    """A capitalized word before a surname that can be a given name ("Uli", "Donald"): not a word
    that opens sentences or names a thing ("Die Unterschiede"), not a role or title ("Präsident")."""
    if "-" in word[1:-1]:  # "Klaus-Dieter"
        return all(part[1:].islower() and given_name(part) for part in word.split("-"))
    return word in known.GIVEN_IN_ER or (word not in KNOWN and word not in SENTENCE_STARTERS
                                          and not NOT_GIVEN_NAME.fullmatch(word.lower()))


# An office or title said before a name without an article ("Arbeiterkammer-Präsident Rudolf
# Kaske", "Ministerin", "SPÖ-Klubobmann"): it goes with the name wherever the name goes.
_ROLE = re.compile(r"[\w-]*(?:präsident|chef|minister|sprecher|leiter|trainer|direktor|kanzler|meister"
                   r"|sekretär|kommissar|botschafter|obmann|obfrau|hauptmann|gouverneur|bischof|intendant)(?:in)?")


def is_title(word: str) -> bool:
    """An office said before a name without an article ("Bundeskanzler", "SPÖ-Klubobmann")."""
    return bool(_ROLE.fullmatch(word.lower()))


# Words before a role that make it a noun of its own ("der Präsident Max Muster", "seine Anwältin")
DETERMINER = re.compile(r"(?i:der|die|das|dem|den|des|ein\w*|kein\w*|sein\w*|ihr\w*|unser\w*|dies\w*)")


def full_name(sentence: str, source: str) -> tuple[str, str] | None:
    """The first surname ``sentence`` says alone ("Mit der Haftzeit endet für Hoeneß ...") whose
    given name ``source`` says ("... schleuderte Uli Hoeneß ..."): (surname, full name), or None.
    An office ``source`` says before the name without an article comes with it ("beklagte sich
    Kaske" after "... reagierte auch Arbeiterkammer-Präsident Rudolf Kaske"): the listener needs
    who the person is as much as the given name."""
    for surname in _surnames(sentence):
        if surname in known.PLACES:
            continue  # "Salzburg ging in Führung": a club by its city ("Red Bull Salzburg"), nobody's surname
        for match in re.finditer(rf"\b([A-ZÄÖÜ][\w-]+)\s+{re.escape(surname)}\b", source):
            given = match.group(1)
            parts = given.split("-")  # "Karl-Heinz"; not "SPÖ-Chef"
            if not given_name(given):  # "Die Unterschiede" is no one's name
                continue
            before = source[:match.start()].split()[-2:]
            if before and before[-1][:1].isdigit():
                continue  # "zu 21 Jahren Verwahrung": a noun after a figure
            if all(part[:1].isupper() and part[1:].islower() and part.isalpha() for part in parts):
                return surname, " ".join(w for w in (_office(before), given, surname) if w)
    return None


def _office(before: list[str]) -> str:
    """The office among the (last two) words before a name, said without an article, or ""."""
    if not before or not before[-1][:1].isupper() or not _ROLE.fullmatch(before[-1].lower()):
        return ""
    return "" if len(before) == 2 and DETERMINER.fullmatch(before[0]) else before[-1]


# "Der 26-jährige George Hotz hat ...": a person named with an age and no role, after a sentence
# that introduced them by the role alone ("..., zeigt ein einzelner Hacker, dass ...", "das
# Posting eines bisher eher unbekannten Youtubers").
_AGE_AND_NAME = re.compile(r"^(?P<age>(?P<article>Der|Die) \d+-[Jj]ährige) (?=[A-ZÄÖÜ][a-zäöüß-]+ [A-ZÄÖÜ])")
_ROLE_INTRODUCED = re.compile(
    r"\bein(?:e|es|er|em|en)?\s+(?:[a-zäöüß]+\s+){0,3}"
    r"(?P<role>[A-ZÄÖÜ][a-zäöüß]+(?:er|in|ist|ant|ent|eur|oge|ege))(?:s|n|en)?\b")


def with_role_introduced(sentence: str, before: str) -> str:
    """``sentence`` with the role the sentence ``before`` it introduced the person by, when it names
    them only with an age and ``before`` is not read: "Der 26-jährige Hacker George Hotz hat ..."."""
    named = _AGE_AND_NAME.match(sentence)
    if not named:
        return sentence
    for match in _ROLE_INTRODUCED.finditer(before):
        role = match["role"]
        if (named["article"] == "Die") == role.endswith("in") and role not in sentence:
            return f"{named['age']} {role} {sentence[named.end():]}"
    return sentence


# "Der 28-jährige Niederösterreicher trifft ...": a person by age and origin (or nationality) first, the verb
# right after. (Without the age, "Der Verfahrensrichter" or "Der Hacker" is as often someone else.)
_EPITHET = re.compile(r"^(?P<epithet>(?:Der|Die)\s+(?:[a-zäöüß]+\s+)?\d+-[Jj]ährige\s+"
                      r"[A-ZÄÖÜ][a-zäöüß]+(?:er|erin))\s+(?=[a-zäöüß])")
# (a lookahead: "Kanadier Vasek Pospisil" is tried from each word), not after an article ("dem Raum Passau")
# nor in quotes ("die „Salzburger Nachrichten“")
_PERSON = re.compile(r"(?<![\w„»-])(?=(?P<given>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+"
                     r"(?P<surname>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b)")
_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|dem|den|des|im|am|vom|zum|zur|beim)\s+$"
                             r"|\bein(?:e|en|em|er|es)?\s+(?:[a-zäöüß]+\s+)?$")  # ("ein großes Blatt Papier")
_NOT_PEOPLE = frozenset("Winter Sommer Computer Vertrag Oktober September November Dezember Jänner Keller"
                        .split())


def with_name_of_epithet(sentence: str, before: str) -> str:
    """ "Der 28-jährige Niederösterreicher trifft auf ..." after "... dabei ist Andreas Muster." ->
    "Der 28-jährige Niederösterreicher Andreas Muster trifft auf ...": the sentence can be read
    without the one before, which it needed only to say who is meant (an outside editor wanted the
    opponent of the second player, not the sentence that he plays). Only when ``before`` names
    exactly one person by given name and surname; else ``sentence`` as it is."""
    match = _EPITHET.match(sentence)
    if not match or match["epithet"].split()[-1] in _NOT_PEOPLE:
        return sentence
    people = people_named(before)
    if len(people) != 1:
        return sentence
    return f"{match['epithet']} {people.pop()} {sentence[match.end():]}"


def people_named(sentence: str) -> set[str]:
    """The people ``sentence`` names by given name and surname ("Andreas Muster-Probe"; not an office)."""
    return {f"{m['given']} {m['surname']}" for m in _PERSON.finditer(sentence)
            if given_name(m["given"]) and m["surname"] not in KNOWN and m["surname"] not in SENTENCE_STARTERS
            and not _ROLE.fullmatch(m["surname"]) and not _ARTICLE_BEFORE.search(sentence[:m.start()])}


def known_without_introduction(sentence: str, heard: str = "") -> str:
    """The noun phrase that opens the sentence as something known ("Das Gespräch", "Die Zeit"),
    when nothing in the sentence (or in ``heard``) introduces it, or ""."""
    opening = [noun for noun, first in definite_nouns(sentence)
               if first and not (heard and mentions(heard, noun))]
    return opening[0] if opening else ""


# Things that are always someone's or something's: "die Geschäftsleitung" (of which firm?), "in der
# Produktion" (of which show?). Never introduced, they belong to the sentence before.
_BELONGING = re.compile(r"\w*(?:leitung|geschäftsführung|direktion|vorstand|produktion|besitzer(?:in)?"
                        r"|eigentümer(?:in)?|betreiber(?:in)?|inhaber(?:in)?|verwaltung|gründer(?:in)?)"
                        r"(?:s|n|en|nen)?")


def belonging_noun(sentence: str, heard: str = "") -> str:
    """A thing that is always someone's, named as known inside the sentence ("Eine Anfrage bei der
    Geschäftsleitung blieb unbeantwortet."), that ``heard`` does not name, or ""."""
    for noun, _ in definite_nouns(sentence):
        if _BELONGING.fullmatch(noun.lower()) and not (heard and mentions(heard, noun)):
            return noun
    return ""


_ROLE_SPEAKER = re.compile(r"\b(?:sagte|sagt|erklärte|betonte|meinte|ergänzte|so)\s+(?:der|die)\s+"
                           r"(?:[a-zäöüß]+\s+)?(?P<role>[A-ZÄÖÜ][a-zäöüß]+)(?![\w-]|\s+[A-ZÄÖÜ])")


def role_speaker(sentence: str, heard: str = "") -> str:
    """A speaker named by a role as someone known ("..., sagte die Mitunterzeichnerin"): the name
    was in a sentence before. "" when there is none, or ``heard`` names the role."""
    match = _ROLE_SPEAKER.search(sentence)
    if not match or match["role"] in KNOWN or (heard and mentions(heard, match["role"])):
        return ""
    return match["role"]


_SUBORDINATING = frozenset("Ob Da Weil Wenn Als Nachdem Obwohl Während Bevor Sobald".split())


# "Bei einem Brand ...": an event introduced, which a body's "Das Feuer ..." takes for known
# An event told by its verb ("ist gegen einen Baum geprallt und gestorben"), which "Der Unfall" names.
_EVENT_INTRODUCED = re.compile(r"\b(?:einem|einer|einen|ein|eine)\s+(?:[a-zäöüß]+\s+)?(?:Brand|Feuer"
                               r"|Großbrand|Unfall|Verkehrsunfall|Unglück|Anschlag|Explosion|Überfall|Zusammenstoß|Lawine|Unwetter"
                               r"|Erdbeben|Prozess|Streit)\b")


def told_first_by(standfirst: str, opener: str) -> bool:
    """The body's first sentence ``opener`` takes for known what ``standfirst`` introduced, and
    the standfirst does not only say it again: an event ("Das Feuer war ... ausgebrochen" after
    "Bei einem Brand ... ist eine Frau ums Leben gekommen") or a person named in full ("..., starb
    Reischl" after "Der Bildhauer Anton Reischl ist ... gestorben")."""
    if restates(standfirst, opener):
        return False
    noun = known_without_introduction(opener)
    if noun and (mentions(standfirst, noun) or _EVENT_INTRODUCED.search(standfirst)):
        return True
    if noun in known.EVENT_NOUNS and known.EVENT_TOLD.search(standfirst):
        return True  # "Der Unfall ereignete sich ..." after "Ein 19-Jähriger ist gegen einen Baum geprallt"
    return _surname_only(opener, standfirst)


_QUANTITY = re.compile(r"(?:Zehn|Hundert)?[Tt]ausende|Hunderte|Dutzende|Millionen|Zahlreiche|Etliche"
                       r"|Unzählige")


def _surname_only(sentence: str, standfirst: str) -> bool:
    """``sentence`` names by surname alone someone ``standfirst`` names in full ("..., starb Reischl"
    after "Der Bildhauer Anton Reischl ist ... gestorben.")."""
    for match in re.finditer(r"(?<=\s)([A-ZÄÖÜ][a-zäöüß]+)\b(?!-)", sentence):  # not "Einweg-E-Zigaretten"
        surname = match.group(1)
        in_full = re.search(rf"\b([A-ZÄÖÜ][a-zäöüß]+) {surname}\b(?!-)", standfirst)
        said_in_full = re.search(rf"\b([A-ZÄÖÜ][a-zäöüß]+) {surname}\b", sentence)
        if in_full and given_name(in_full.group(1)) and not _QUANTITY.fullmatch(in_full.group(1)) \
                and not said_in_full:
            return True
    return False

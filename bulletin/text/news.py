"""What makes a sentence news, told without a tagger: it reports something that happened or was
said (a time, an action in the perfect or past, a passive), it carries hard facts (figures, dates,
names), it says again what another sentence says (the same verb), and whether an article's opening
reads like a report at all or like a review, a feature or a commentary; and what a sentence tells,
roughly (its content-word stems and figures), and how much of that is new after other sentences.

Used by the condenser (which standfirst sentence adds a fact and which only restates the lead; the
lead of a review is its datable event; where the credit goes) and by the editorial check.

Judgement calls: a copula with an adjective or a noun ("Punk war eine Bewegung", "Die Tonalität war
ungewöhnlich", "... gilt als erwiesen") reports nothing unless a time says when; "man" in the first
clause is general ("kann man 200 Euro ausgeben"). A name is two capitalized words in a row ("Christian
Wulff", "Bank Austria") or a word in capitals (ORF): a single capitalized word may be any noun.
"""

from __future__ import annotations

import re

from bulletin.text.grammar import (
    CLAUSE_COLON,
    CLAUSE_COMMA,
    PARTICIPLE,
    finite_verbs,
    first_person,
    has_finite_verb,
    is_finite_form,
    main_parts,
    names_speaker,
)

_TOKEN = re.compile(r"[\wÄÖÜäöüß]+(?:[-.][\wÄÖÜäöüß]+)*|[^\w\s]")
WEEKDAYS = r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende"
MONTHS = r"Jänner|Januar|Feber|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
TIME_NAMES = frozenset(f"{WEEKDAYS}|{MONTHS}".split("|"))  # days and months by name
# When: "am Montag", "Montagabend", "heute", "in der Nacht", "vergangene Woche", "am 3. Mai", "2015".
TIME = re.compile(
    rf"\b(?:(?:{WEEKDAYS})(?:abend|morgen|nachmittag|vormittag|früh)?|(?:{MONTHS})|heute|gestern|morgen"
    r"|vorgestern|heuer|bisher|bislang|zuletzt|soeben|nun|jetzt|derzeit|in der Nacht"
    r"|am (?:Abend|Morgen|Vormittag"
    r"|Nachmittag|Wochenende)|(?:vergangene|letzte|kommende|nächste|diese)[nrs]? (?:Woche|Monat|Jahr)"
    r"|seit \w+|\d{1,2}\. (?:\w+)|(?:19|20)\d\d)\b",
    re.IGNORECASE,  # "Heute tagt ...", "Am Abend ...", "Seit Montag ..." open sentences
)
_COPULAS = frozenset("ist sind war waren gilt gelten galt bleibt bleiben blieb scheint schien wirkt "
                     "heißt".split())
_LIGHT_VERBS = frozenset(
    """sei sein ist sind war waren hab habe hat hatt werd wird wurd word geb gib gab geh ging komm kam
    mach lass ließ steh stand sag könn kann konnt müss muss musst soll woll will dürf darf mög mag
    bleib blieb gilt gelt heiß hieß zeig find fand sagt""".split()
)
_PREFIXES = ("zurück", "zusammen", "weiter", "wieder", "heraus", "hervor", "voran", "vorbei", "hinzu",
             "fest", "fort", "nach", "weg", "auf", "aus", "bei", "ein", "mit", "vor", "ab", "an", "zu", "um")
NUMBER_WORDS = re.compile(r"\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig"
                           r"|hundert"
                           r"|tausend|Millionen?|Milliarden?)\b", re.I)


def _verb_stem(word: str) -> str:
    """ "weggeräumt" -> "räum", "verhallte" -> "verhall", "aufgefordert" -> "forder"."""
    word = word.lower()
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 5:
            word = word[len(prefix):]
            break
    if word.startswith("ge") and len(word) >= 6:
        word = word[2:]
    for ending in ("eten", "ten", "te", "en", "et", "st", "t", "e", "n"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def verb_stems(sentence: str) -> frozenset[str]:
    """The stems of the sentence's verbs that carry meaning (finite forms and participles, not
    "ist", "hat", "wird", modals, "sagte")."""
    stems = set()
    participles = re.findall(r"\b[a-zäöüß]*ge[a-zäöüß]{3,}(?:t|en)\b|\b[a-zäöüß]{3,}iert\b", sentence)
    for word in finite_verbs(sentence) + participles:
        stem = _verb_stem(word)
        if len(stem) >= 4 and stem not in _LIGHT_VERBS:
            # "setzte sich ... durch" is not "fortgesetzt": a particle at its clause's end makes another verb
            particle = _particle_after(word, sentence)
            stems.add(particle + stem if particle else stem)
            lower = word.lower()
            prefix = next((p for p in _PARTICLES if lower.startswith(p) and not stem.startswith(p)), "")
            if prefix:
                stems.add(prefix + stem)  # "fortgesetzt": "fortsetz" as well as "setz"
    return frozenset(stems)


_CLAUSE_END = re.compile(r"(?<!\d)[,;:.!?](?!\d)|–|\s(?:und|oder|aber)\s")
_PARTICLES = frozenset("durch an auf aus ein fort zu ab mit vor nach zurück fest hin her weg um bei".split())


def _particle_after(word: str, sentence: str) -> str:
    """The separable particle closing the clause of the finite verb ``word`` ("setzte sich ...
    durch"), or ""."""
    match = re.search(rf"\b{re.escape(word)}\b", sentence)
    if not match:
        return ""
    end = _CLAUSE_END.search(sentence, match.end())
    last = sentence[match.end():end.start() if end else len(sentence)].split()[-1:]
    return last[0] if last and last[0] in _PARTICLES else ""


def restates(sentence: str, other: str) -> bool:
    """``sentence`` says again what ``other`` says: it shares a verb that carries meaning ("ist im
    All verhallt" / "verhallte im All"; "sind weggeräumt" / "aus dem Weg geräumt")."""
    return bool(verb_stems(sentence) & verb_stems(other))


def hard_facts(sentence: str) -> frozenset[str]:
    """What a listener takes away as a fact: figures, number words, days and months, names."""
    found = {f"#{n}" for n in re.findall(r"\d+(?:[.,]\d+)*", sentence)}
    found |= {w.lower() for w in NUMBER_WORDS.findall(sentence)}
    found |= {w.lower() for w in re.findall(rf"\b(?:{WEEKDAYS}|{MONTHS})\b", sentence)}
    tokens = [t for t in _TOKEN.findall(sentence) if t[0].isalpha()]
    for i, token in enumerate(tokens[1:], start=1):
        capital_pair = token[0].isupper() and tokens[i - 1][0].isupper() and i > 1
        if capital_pair or (len(token) > 1 and token.isupper()):
            found.add(token.lower())
    return frozenset(found)


_SUBORDINATE = re.compile(r"^(?:der|die|das|dem|den|deren|dessen|denen|welche\w*"
                          r"|[Ww](?:ie|enn|eil|ährend|as|er|o\w*)"
                          r"|[Dd](?:ass|a|amit)|[Oo]b|[Aa]ls|[Nn]achdem|[Bb]evor|[Oo]bwohl|[Uu]m|[Ss]eit|[Ss]ofern|[Ff]alls)\b")


def _main_clause(sentence: str) -> list[str]:
    """The words of the first main clause with a finite verb ("Wiesen: Die Region hat ..." -> after ":")."""
    for part in re.split(rf"\s*(?:{CLAUSE_COMMA}|{CLAUSE_COLON}|[;–])\s*", sentence):
        words = [w for w in _TOKEN.findall(part) if w.isalpha()]
        finite = [w for w in words if w[0].islower() and (is_finite_form(w) or has_finite_verb(w))]
        if finite and not _SUBORDINATE.match(part):
            return words
    return []


_ADJECTIVES_IN_T = frozenset("bekannt bereit gut weit recht klar schlecht laut echt leicht hart bunt sanft "
                             "still fest wert alt kalt halt nett".split())


_RANKED = re.compile(r"\b(?:die|den|das|der)\s+(?:höchste|niedrigste|größte|kleinste|meisten|wenigsten"
                     r"|stärkste|schwächste|geringste)[nr]?\s+[A-ZÄÖÜ]")


def _ends_in_participle(words: list[str]) -> bool:
    """ "... den Radweg beschlossen", "... ist im All verhallt": the clause ends in a participle,
    not in an adjective ("war ungewöhnlich") or "zu" and an infinitive ("hat viel zu bieten")."""
    lower = [w for w in words if w[0].islower()]
    if len(lower) < 2 or words[-2] == "zu":  # "hat viel zu bieten", not "ist zu Ende gegangen"
        return False
    if lower[-1] in ("worden", "geworden"):
        return True  # "ist ... verurteilt worden"
    # the clause's last word ("hat einen vollen Terminkalender" ends in no participle), or one before
    # "und" ("hat Kerne gezogen und Schicht für Schicht auf Pollen, ...")
    ends = [words[-1], *(lower[i - 1] for i, w in enumerate(lower) if w == "und" and i > 1)]
    return any(last[0].islower() and re.search(r"(?:t|en)$", last) and last not in _ADJECTIVES_IN_T
               for last in ends)


# "... dann könnte der 15. Oktober als Tag der Entscheidungen bezeichnet werden": a feature's opener
# that names a day or a thing, however dated, and tells nothing that happened.
_ONLY_NAMES = re.compile(r"\b(?:kann|könnte|könnten|dürfte|dürften|würde|würden|ließe|lässt)\b"
                         r"(?:[^.;:]|(?<=\d)\.)*\bals\b[^.;:]*\b(?:bezeichnet|genannt|bezeichnen|nennen)\b")

# "In Krisengebieten hilft oft nur Bargeld weiter.", "Immer mehr PCs bieten ...", "Vier Jahre dauert es im
# Schnitt, bis ...", "Millionen Geräte landen jedes Jahr im Müll": what is true often, on average, yearly
_GENERIC = re.compile(r"\b(?:oft|häufig|meist|meistens|gewöhnlich|in der Regel|immer wieder|selten|jedes Jahr"
                      r"|Jahr für Jahr|an vielen Tagen"
                      r"|(?:gehören|gehört)\s+(?:[^.,]+\s+)?zum\s+Alltag)\b"
                      r"|^Immer mehr\b|\b(?:dauer|koste)[tn]\s+es\s+im\s+(?:Durchs|S)chnitt\b")
# "Erfolge bringen mit sich, dass ..., wenn etwa Schauspieler singen": what is true whenever, an
# example given; only of a sentence naming nothing and no figure.
_FOR_EXAMPLE = re.compile(r",\s+wenn\s+(?:etwa|zum Beispiel|beispielsweise)\s")
# "Wenn junge Briten künftig ..., könnte ihnen ...": a scene imagined, no event.
_HYPOTHETICAL = re.compile(r"^Wenn\b[^.;:]*,\s*(?:könnte|könnten|würde|würden|dürfte|dürften|wäre|wären)\b")


def generic_or_imagined(sentence: str) -> bool:
    """The sentence tells what is true often, more and more or whenever, or imagines a scene ("In
    Krisengebieten hilft oft nur Bargeld weiter.", "Immer mehr PCs bieten ...", "Erfolge bringen
    mit sich, dass ..., wenn etwa ...", "Wenn junge Briten ... wischen, könnte ihnen ..."): a
    feature's opening or a teaser's background, never a standfirst read or leading."""
    main = " ".join(main_parts(sentence))  # not "..., aus denen X berichtet, hilft oft ..."
    whenever = bool(_FOR_EXAMPLE.search(sentence)) and not hard_facts(sentence)
    habit = re.search(r"\bgerne?\b", main)  # "..., spricht sie gern von ...": whoever speaks, a habit
    return bool((_GENERIC.search(main) and not names_speaker(main)) or _HYPOTHETICAL.match(sentence)
                or whenever or habit) and not TIME.search(sentence)


# "1951 waren zwei Bilder verschwunden", "war ... gescheitert": the story's background
_PAST_PERFECT = re.compile(r"\b(?:hatte|hatten|war|waren)\b(?:[^,;:]|(?<=\d)[,:](?=\d))*"  # (1,1 %, 3:2)
                           r"(?<!\bals )(?<!\bbisher )"  # not "größer als bisher angenommen"
                           rf"\b{PARTICIPLE}(?:\s+worden)?$")


def past_perfect(sentence: str) -> bool:
    """A main clause told in the past perfect: what had happened before the story."""
    return any(_PAST_PERFECT.search(part.rstrip(".!…")) for part in main_parts(sentence))


# "Ob die Erben nun klagen werden, bleibt ungewiss.": what is not known is no event, "nun" or not.
_OPEN_QUESTION = re.compile(r"(?:Ob|Wann|Wie|Wer|Was|Warum|Wo)\b[^.;:]*,\s*(?:bleibt|ist|war|scheint|sei)\b"
                            r"[^,.;:]*\b(?:ungewiss|offen|unklar|fraglich|dahingestellt|unbekannt|ungeklärt)\b")


_PERFECT_AUXILIARIES = frozenset("ist sind war waren hat haben hatte hatten".split())


_KICKER = re.compile(r"^[^:„“\"]{1,40}:\s+(?=[A-ZÄÖÜ])")


# "Wie berichtet, hatte ein Urlauber Beschwerde eingelegt.": what was reported before, recalled
RECAP = re.compile(r"^Wie\s+(?:bereits\s+|schon\s+)?(?:berichtet|gemeldet)\b")


def reports_event(sentence: str) -> bool:
    """The sentence tells something that happened or was said, so ", berichtet X" fits after it:
    a time, a perfect or passive ("hat ... beschlossen", "ist ... verurteilt worden"), an action
    verb. Not a copula with an adjective or noun ("Punk war eine Bewegung"), not "man" in general,
    not a name given to something ("könnte als Tag der Entscheidungen bezeichnet werden"), not an
    open question ("Ob ..., bleibt ungewiss")."""
    if (_ONLY_NAMES.search(sentence) or _OPEN_QUESTION.match(sentence)) and not names_speaker(sentence):
        return False
    kicker = _KICKER.match(sentence)  # "Nach 52 Jahren ist Schluss: Die Skiarena sperrt zu, ..."
    if kicker and reports_event(sentence[kicker.end():]):
        return True
    if TIME.search(sentence) or names_speaker(sentence):
        return True
    words = _main_clause(sentence)
    if "man" in words or first_person(" ".join(words)):
        return False
    # (judged in context: "dem europäischen" is no verb, "europäischen" alone looks like one)
    finite = [w for w in finite_verbs(" ".join(words)) if w in words]
    if not finite:
        return True  # no verb found by the list: do not judge
    if finite[0] in ("gilt", "gelten", "galt", "galten"):
        return False  # "gilt als erwiesen": a standing fact
    if finite[0] in _COPULAS or finite[0] in ("hat", "haben", "hatte", "hatten"):
        # "ist ... verhallt" happened; "bleibt angespannt", "scheint gelöst" is how things are; "hat
        # die höchste Quote aller Großstädte" is a ranking measured (a figure's news)
        ranked = bool(_RANKED.search(sentence))
        # "Die Firma X ist zahlungsunfähig.", "Daten waren wochenlang abrufbar."
        # ("Das Wasser ist wieder trinkbar.": a state that changed back)
        state = (finite[0] in ("ist", "sind") and (words[-1] in _NEWS_STATES or "wieder" in words)) or (
            finite[0] in ("war", "waren") and words[-1] in _OPEN_FOR_A_WHILE) or (
            # "Die Bücherei bleibt bis nach Ostern geschlossen.": a closure until a day
            finite[0] in ("bleibt", "bleiben") and words[-1] in _CLOSED and "bis" in words)
        return (finite[0] in _PERFECT_AUXILIARIES and (_ends_in_participle(words) or ranked)) or state
    return True


# States that are news when told in the present: a firm gone bust, someone dead or missing, a bear
# about ("Im Landkreis ist ein Braunbär unterwegs."), a road closed.
_NEWS_STATES = frozenset("zahlungsunfähig insolvent pleite tot vermisst unterwegs gesperrt".split())
_CLOSED = frozenset(("geschlossen", "gesperrt"))  # news with the day it ends: "bleibt bis Ostern zu"
# States that were news for a while: what should not have been open was ("wochenlang frei abrufbar").
_OPEN_FOR_A_WHILE = frozenset("abrufbar einsehbar zugänglich erreichbar".split())


def feature_opening(lead: str) -> str:
    """How ``lead`` opens like a feature: "nothing" (nothing that happened), "generic" (what is true
    often, more and more, or imagined: the news may follow), "background" (past perfect), or "" (it
    reports the news)."""
    if not lead:
        return ""
    if not reports_event(lead):
        return "nothing"
    if generic_or_imagined(lead):
        return "generic"
    return "background" if past_perfect(lead) else ""


NOW = re.compile(r"\b(?:[Nn]un|[Jj]etzt)\b")


def tells_news_now(sentence: str) -> bool:
    """It tells what happened "nun" or "jetzt" ("Jetzt hat das Gericht geurteilt."): after
    background, the news."""
    return bool(NOW.search(sentence)) and reports_event(sentence)


# "Bis Ende Jänner hoffen Forscher noch ...", "Ab Oktober soll gebaut werden": what comes next.
_LOOKS_AHEAD = re.compile(r"^(?:(?:Noch )?[Bb]is (?!zu\b)|Ab (?!sofort\b)|Künftig\b|In Zukunft\b|Frühestens\b"
                          r"|Spätestens\b|(?:Nächste|Kommende)[nrs]? (?:Woche|Monat|Jahr)\b)")


def looks_ahead(sentence: str) -> bool:
    """The sentence tells what comes next, from a time ahead: news puts that last."""
    return bool(_LOOKS_AHEAD.match(sentence))


def datable_event(sentence: str) -> bool:
    """A sentence a review's, preview's or commentary's news is in: something happening with a
    time ("Kommenden Donnerstag startet auf RTL die Serie ..."), or someone saying something."""
    return bool(TIME.search(sentence) or names_speaker(sentence)) and reports_event(sentence) \
        and has_finite_verb(sentence)


_DAY_WITH_WEEKDAY = re.compile(
    r"(?:\b(?P<prep>[Ss]eit|[Aa]b|[Bb]is|[Vv]on|[Ff]ür)\s+)?"
    r"(?:\b(?:[Hh]eute|[Gg]estern|morgen|[Vv]orgestern|[Üü]bermorgen),?\s+\(?|\b[Aa]m\s+(?:heutigen|gestrigen|morgigen)\s+)"
    r"(?P<day>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b\)?(?P<comma>,(?=\s))?"
)


def weekday_for_day_word(sentence: str) -> str:
    """ "heute, Dienstag," -> "am Dienstag", "seit gestern, Montag," -> "seit Montag": the weekday
    is right on whatever day the bulletin airs, the day word only on the day the article was
    written. A day word without a weekday stays (the editorial check notes it)."""
    def pinned(match: re.Match) -> str:
        prep, day = match.group("prep"), match.group("day")
        said = f"{prep} {day}" if prep else f"am {day}"
        return said[0].upper() + said[1:] if match.start() == 0 else said

    return _DAY_WITH_WEEKDAY.sub(pinned, sentence)


# --- what a sentence tells -------------------------------------------------------------------------

STOP_WORDS = frozenset(
    """aber alle allem allen aller als also am an auch auf aus bei beim bis bisher da damit dann
    das dass dem den denn der des die dies diese diesem diesen dieser doch dort durch ein eine
    einem einen einer eines er es für gegen hat hatte hier ihr ihre im in ins ist jetzt kann
    kein keine mehr mit muss nach neue neuen neuer neues nicht noch nun nur ob oder ohne sich
    sie sind so soll sollen über um und uns unter vom von vor war waren was weil wenn werden
    wie wieder will wird wir zu zum zur zwischen gibt geht macht erneut heute gestern morgen sagte
    sagt sagten sagen sondern irgendwelche""".split()
)
_FIGURE = re.compile(r"\d+(?:[.,:]\d+)*")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")  # letters only: "Corona-Hilfen" is two words


# Quantities without a figure tell no fact of their own ("hunderte Jahre alt" after "900 Jahre alt").
_VAGUE = frozenset("hunderte hunderten tausende tausenden dutzende dutzenden zahlreiche zahlreichen "
                   "etliche etlichen mehrere mehreren viele vielen einige einigen".split())


def _fact_stem(word: str) -> str:
    """A word's first six letters, lower case; a short adjective without its ending, so that its
    forms are one fact ("der nächste volle Erfolg" / "einen vollen Erfolg"). (Longer words differ
    after six letters only in their endings; a name keeps its "s": "Wulffs" is more than "Wulff".)"""
    if len(word) <= 6 and word[:1].islower():
        for ending in ("en", "em", "er", "es", "e", "n", "s"):
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                return word[: -len(ending)]
    return word.lower()[:6]


def facts(text: str) -> frozenset[str]:
    """What a sentence tells, roughly: its content-word stems and its figures ("#1500")."""
    words = {_fact_stem(w) for w in _WORD.findall(text)
             if len(w) >= 4 and w.lower() not in STOP_WORDS and w.lower() not in _VAGUE}
    figures = {"#" + re.sub(r"\.(?=\d{3})", "", n) for n in _FIGURE.findall(text)}
    return frozenset(words | figures)


def novelty(told: frozenset[str], already: frozenset[str]) -> float:
    """The share of ``told`` not in ``already``; figures count twice, and a figure said again
    costs as much as it would have brought (the listener hears the same number twice)."""
    if not told:
        return 0.0
    weight = {f: 2.0 if f.startswith("#") else 1.0 for f in told}
    new = sum(w for f, w in weight.items() if f not in already)
    repeated_figures = sum(w for f, w in weight.items() if f in already and f.startswith("#"))
    return max(0.0, (new - repeated_figures) / sum(weight.values()))


# --- what a sentence says of the headline ----------------------------------------------------------


def key_terms(title: str) -> frozenset[str]:
    """The content words of a headline, lower case: "Bahnstreik legt Verkehr lahm" -> bahnstreik,
    legt, verkehr, lahm. Hyphenated words count by their parts ("Corona-Hilfen" -> corona, hilfen)."""
    words = {w.lower() for w in _WORD.findall(title)}
    return frozenset(w for w in words if len(w) >= 3 and w not in STOP_WORDS)


def _related(word: str, term: str) -> bool:
    """Same word, same stem or one inside a compound: "Streiks" ~ "Bahnstreik" ~ "streik"."""
    if word == term:
        return True
    short, long_ = sorted((word, term), key=len)
    if len(short) >= 4 and (long_.startswith(short) or long_.endswith(short)):
        return True
    return len(short) >= 5 and word[:5] == term[:5]


def terms_in(sentence: str, terms: frozenset[str]) -> frozenset[str]:
    """Which of the key ``terms`` occur in ``sentence``."""
    words = {w.lower() for w in _WORD.findall(sentence) if len(w) >= 3}
    return frozenset(t for t in terms if any(_related(w, t) for w in words))


def term_hits(sentence: str, terms: frozenset[str]) -> int:
    """How many of the key ``terms`` occur in ``sentence`` (each counted once)."""
    return len(terms_in(sentence, terms))

"""Words inside a sentence that point back to one before it ("wies dies zurück", "verpasst damit",
"Bei der Liga sieht man das anders"), told apart from those pointing within their own sentence ("dort"
after a place it names, "davon" after its own figure, "darauf, dass ..." before the clause).
"""

from __future__ import annotations

import re

from bulletin.text.antecedents import people_named
from bulletin.text.grammar import DAY_WORDS_AFTER_THIS
from bulletin.text.known import EVENT_NOUNS, EVENT_TOLD, RESEARCHERS, STUDY_TOLD
from bulletin.text.verbs import has_finite_verb

_INSIDE_REFERENCE = re.compile(
    r"\b(?:nach\s+(?:seinen|ihren)\s+Angaben|(?:seinen|ihren)\s+Angaben\s+(?:nach|zufolge))\b|"
    r"(?<![,;:–]\s)(?<![,;:–])\b(?:damit|dabei|dadurch|deshalb|deswegen|daher|demnach|davon|dazu|darüber"
    r"|darauf|daran|darin|daraus|dafür|dagegen|danach|dort|hier)\b(?!\s*[,–]|\s+wo\b|(?<=danach)\s+aus\b)"
    r"|\bdies\b(?!\s*[,–])"
    # "Für immer mehr Menschen ist genau das Alltag.": what was told (or asked) before
    r"|\b(?:ist|sind|war|waren|bleibt)\s+genau\s+(?:das|dies)\b|\bgenau\s+(?:das|dies)\s+(?:ist|sind|war|wird)\b"
    # "Gut die Hälfte davon, nämlich ...": part of a sum told before; "In der Folge krachten ...": after it
    r"|\b(?:Hälfte|Drittel|Viertel|Teil|Großteil|Rest|Mehrheit)\s+davon\b"
    r"|^In\s+der\s+Folge\b(?!\s+(?:des|der|eines|einer|von)\b)"
    # "Neben dem Startplatz erhält der Verein ...": besides what was told before
    r"|^(?:Neben|Zusätzlich\s+zu)\s+(?:dem|der|den)\s+[A-ZÄÖÜ]\w*\b(?!\s+(?:des|der|von|im|in)\b)"
    # "begründete den Schritt", "kritisierte die Entscheidung": an action told before, named as known
    r"|\b(?:begründe|rechtfertig|verteidig|kritisier|verurteil|bedauer|begrüß)\w*\s+(?:den|die|das)\s+"
    r"(?:Schritt|Entscheidung|Maßnahme|Beschluss|Vorgehen|Entschluss)\b"
    # "Für die Gewerkschaft ist das eine Kürzung durch die Hintertür.": "das" is what was told before
    r"|\b(?:ist|sei|war|wäre)\s+das\s+(?:ein|eine|einer|kein|keine|nur|schlicht|eindeutig)\b(?!\s+oder)"
    # "Der Opposition reicht das nicht.", "Er sieht das anders": "das" as a pronoun before an adverb, no
    # noun after it in its clause (not "erreicht das nur schwer zugängliche Tal")
    r"|\b[a-zäöüß]+(?:t|te|en)\s+(?:man\s+|er\s+|sie\s+)?das\s+(?:nicht|nur|kaum|anders|genauso|ebenso|auch|so)\b"
    r"(?![^.,;:]*[A-ZÄÖÜ])"
    # "Das Ministerium wies das zurück.", "Die Firma lehnte dies ab.": the pronoun before the verb's
    # particle at the clause's end
    r"|\b(?:das|dies)\s+(?:zurück|ab|an|zu|fest|ein|vor)(?=\s*(?:[.,;]|$))"
    # "Ein entsprechender Antrag wurde abgewiesen": one that corresponds to what was told before
    r"|\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Dd]em)\s+entsprechende[nmrs]?\s+[A-ZÄÖÜ]"
    # "von vier bis fünf solchen Phasen": of the kind a sentence before told (not "solche X, wie ...")
    r"|\bsolche[nmrs]?\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?[A-ZÄÖÜ][\wäöüß-]*(?!\s*,\s*wie\b)(?=[\s,.;:])"
    # "Gerade Letzteres gilt als heikel.": the second of two things a sentence before named
    r"|\b(?:[Ll]etzteres|[Ee]rsteres)\b"
    # "Minuten später wälzte sich eine Lawine durch den Ort.", "Ein Jahr später stand sie ganz oben.":
    # later than a moment told before; "Vorbei ist es nicht – im Gegenteil.": unlike what was told before
    r"|^(?:(?:Wenige|Einige|Ein|Eine|Zwei|Drei|Kurze?)\s+)?(?:Sekunden|Minuten|Stunden?|Tage?|Wochen?|Monate?"
    r"|Jahre?|Augenblicke)\s+(?:später|danach|zuvor|davor)\b|\bim\s+Gegenteil\b(?!\s+zu)"
    # "Auf einzelnen Strecken sollen Diesellokomotiven bereitstehen.": some of those told before
    r"|^(?:(?:Auf|In|An|Bei|Für|Von)\s+)?[Ee]inzelne[nmr]?\s+[A-ZÄÖÜ]"
    # "Bis dahin hat der Gesetzgeber Zeit.": until the time a sentence before named
    r"|\b[Bb]is\s+dahin\b"
    # "Laut einer Sprecherin besteht bei keinem von ihnen Lebensgefahr.": of a group told before
    r"|\bvon ihnen\b"
    # "Im Vorjahr waren es rund 2,4 Millionen gewesen.": a count of what a sentence before named
    r"|\b(?:waren|sind|seien|wären)\s+(es)\s+(?:[^\s.,;:]+\s+){0,8}?\d+(?:[.,]\d+)*(?:\s+(?:Millionen"
    r"|Milliarden|Prozent|Tausend))?(?:\s+(?:gewesen|geworden))?(?:\s*[.;]|,\s)"
    # "Die Eisdicke nahm im selben Zeitraum um elf Meter ab.": the time a sentence before told
    r"|\b(?:[Ii]m|[Aa]m|[Zz]ur|[Zz]um|[Ii]n\s+der|[Ii]n\s+dem)\s+(?:selben|gleichen)\s+(?:Zeitraum|Zeit|Jahr|Monat|Tag|Woche"
    r"|Zeitpunkt|Moment|Abend|Morgen|Nacht)\b"
    rf"|\b(?:diese|dieser|diesem|diesen|dieses)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?"
    rf"(?!{DAY_WORDS_AFTER_THIS}\b)[A-ZÄÖÜ]"
)


# A place the sentence itself names before its "dort" ("in Baden-Württemberg aufgehalten und dort ...").
_PLACE_BEFORE = re.compile(r"\b(?:in|im|nach|aus)\s+(?:der\s+|dem\s+|den\s+)?[A-ZÄÖÜ][\w-]+")


def inside_reference(sentence: str) -> str:
    """A word inside the sentence that points back ("wies dies zurück", "verpasst damit"), or ""
    ("dort" after a place the sentence names points to that place)."""
    for match in _INSIDE_REFERENCE.finditer(sentence):
        if not _points_within(sentence, match):
            return match.group(0).split()[0]
    # "Italien begrüßte dagegen, dass ...": on the other hand, against what was told before
    contrast = re.search(r"\sdagegen\s*,", sentence)
    return "dagegen" if contrast and not _AGAINST.search(sentence, 0, contrast.start() + 1) else ""


def _points_within(sentence: str, match: re.Match) -> bool:  # noqa: C901 (one reading per pointing word)
    """The pointing word ``match`` found points to something its own sentence told."""
    word = match.group(0)
    if word == "dort" and _PLACE_BEFORE.search(sentence, 0, match.start()):
        return True
    # "Im Osten bleibt es milder, hier fällt Regen"; a speaker's own "hier" ("Wir reden hier ...")
    spoken = re.search(r"[„“”\"»«]|\b(?:[Ww]ir|[Ii]ch|uns)\b", sentence)
    if word == "hier" and ("," in sentence[:match.start()] or spoken):
        return True
    if word == "dabei" and _TAKING_PART.search(_clause_around(sentence, match)):
        return True
    # "19 Menschen wurden verletzt, drei von ihnen schwer", "240 Stellen fallen weg, die Hälfte davon in X"
    part = word in ("davon", "von ihnen") or match.group(0).endswith("davon")
    if part and _PART_OF_FIGURE.search(sentence, 0, match.end()):
        return True  # of the figure just told
    if match.group(1) and _FIGURE_IN_CLAUSE_BEFORE.search(sentence, 0, match.start()):
        return True  # "In Tirol sind zwölf Hütten betroffen, österreichweit sind es mehr als 30": those
    if word.startswith("da") and _POINTS_FORWARD.match(sentence, match.end()):
        return True  # "Hinweise darauf gefunden, dass ...": what it points to follows
    if word.startswith("solch") and "," in sentence[:match.start()]:
        return True  # "Vergleichbare Brunnen waren bekannt, wo ... mehrere solcher Anlagen ...": those
    if word.startswith("dies") and (_WITHIN_SENTENCE.search(sentence, 0, match.start())
                                    or _after_own_clause(sentence[:match.start()])
                                    or _NTH_TIME.search(sentence, 0, match.start())):
        return True  # "..., dass Hunde Personen meiden, auch wenn diese Menschen ...": the persons told
    joined = _SECOND_CLAUSE.search(sentence, 0, match.start())
    if word in _OUTCOME and joined and has_finite_verb(sentence[:joined.start() + 1]):
        return True  # "war gescheitert und hatte damit ... verpasst": the outcome of the first clause
    first = re.split(r",(?!\d)", sentence, maxsplit=1)[0]
    # "Er kündigte Berufung an, der Fall dürfte damit beim OGH landen."
    return word in _OUTCOME and match.start() > len(first) and has_finite_verb(first)


# "14 Menschen wurden verletzt, zwei davon schwer": a part of the figure the sentence itself told
_FIGURE_IN_CLAUSE_BEFORE = re.compile(r"(?:\d|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
                                      r"|zwanzig|hundert|tausend)\b)[^.;:]*,\s*[^,]*$")
_PART_OF_FIGURE = re.compile(r"(?:\d|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig"
                             r"|hundert|tausend|Dutzende?|Hunderte?|Tausende?)\b)[^.;:]*,\s*(?:[\w,]+\s+){0,3}"
                             r"(?:davon|von ihnen)$")


# "hat Hinweise darauf gefunden, dass ...", "rechnet damit, dass ...", "haben sich darauf
# verständigt, Österreich ... zu erlauben": a pronominal adverb whose clause follows
# Verbs taking "gegen" ("wehrt sich dagegen, dass ...", "sprach sich dagegen aus"), right before "dagegen"
_AGAINST = re.compile(r"\b(?:wehr|sprech|sprich|sprach|protestier|klag|kämpf|stimm|vorgeh|vorging|geh|ging"
                      r"|einwend|wand|richt|ist|sind|war|waren|sei|hab|hat|hatte)\w*(?:\s+sich)?\s+$")
_POINTS_FORWARD = re.compile(r"(?:\s+[\wäöüß]+){0,3}\s*,\s+(?:(?:dass|ob|wie|warum|wann|wo)\b"
                             r"|[^,.;:]*?\b(?:zu\s+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]+en)[,.])")


# A demonstrative in a clause of time, condition or cause after a clause naming things of its own
# means one of those ("Banken dürfen den Zinssatz nicht deckeln, wenn dieser ins Minus rutscht").
# "zum zweiten Mal in diesem Tarifkonflikt": counted within the one going on, which the sentence is about
_NTH_TIME = re.compile(r"\bzum\s+\w+\s+Mal\s+(?:in|seit\s+Beginn)\s+$")
_WITHIN_SENTENCE = re.compile(r"^\S+\s.*\b[A-ZÄÖÜ][a-zäöüß]+\b.*[,–]\s+"
                              r"(?:und zwar\s+)?(?:auch\s+)?(?:dann,?\s+)?"
                              r"(?:wenn|als|weil|obwohl|nachdem|sobald|sodass|wobei|bevor|solange|falls)\s+$")


def _after_own_clause(before: str) -> bool:
    """A demonstrative after a dash or semicolon that ends a clause of its own ("Seit 2015 dürfen die
    Behörden Kennzeichen speichern – nun hat das Gericht dieser Praxis eine Grenze gesetzt")."""
    cut = max(before.rfind(" – "), before.rfind("; "))
    named = re.search(r"\b[A-ZÄÖÜ][a-zäöüß]+\b", before[1:cut]) if cut > 0 else None
    return bool(named) and has_finite_verb(before[:cut])


# "... gescheitert und hatte damit": a clause joined by "und" (no comma), the outcome word after its verb
_SECOND_CLAUSE = re.compile(r"[^,]\sund\s+(?:[a-zäöüß]+\s+){0,2}$")
_OUTCOME = frozenset("damit dadurch deshalb deswegen daher somit".split())


# "fix im Herren-Bewerb dabei ist Max Muster", "war bei den Gesprächen dabei": "dabei sein" is
# taking part in what the clause itself names, not a pointer to the sentence before.
_TAKING_PART = re.compile(r"\b(?:bei|beim|im)\s+[^,;:]*\bdabei\s+"
                          r"(?:ist|sind|war|waren|sein|gewesen|sei|seien)\b"
                          r"|\b(?:ist|sind|war|waren|sei|seien|wäre|wären)\s+(?:[^,;:]*\s)?(?:bei|beim|im)\s+"
                          r"[^,;:]*\bdabei\b\s*(?:[.,;:]|$)")


def _clause_around(sentence: str, match: re.Match) -> str:
    """The clause of the sentence ``match`` stands in (between commas, semicolons, colons)."""
    start = max(sentence.rfind(mark, 0, match.start()) for mark in ",;:") + 1
    ends = [i for i in (sentence.find(mark, match.end()) for mark in ",;:") if i >= 0]
    return sentence[start:min(ends, default=len(sentence))]


def event_told_in(sentence: str, earlier: list[str], heard: str) -> list[int]:
    """Where the event ``sentence`` names as known ("bei dem Zusammenstoß", "des Unfalls") was told,
    when what the listener ``heard`` (the lead) neither names nor tells it: the indices of the
    ``earlier`` sentences telling it ("... ein Segelboot gerammt, ein Segler kam dabei ums Leben"),
    or []. So for researchers named as known ("identifizierte das Team") and the study bringing them."""
    for nouns, told in ((EVENT_NOUNS, EVENT_TOLD), (RESEARCHERS, STUDY_TOLD)):
        for noun in nouns:
            named = re.search(rf"\b(?:der|die|das|dem|den|des)\s+(?:[a-zäöüß]+\s+)?{noun}(?:e?s)?\b",
                              sentence)
            if named and noun not in heard and not told.search(heard):
                return [i for i, text in enumerate(earlier) if noun in text or told.search(text)]
    return []


# "Eine Gefahr sieht die 41-Jährige nicht.": someone named before by age (not "der 41-Jährige Max X")
_BY_AGE = re.compile(r"\b(?:der|die|den|dem|des)\s+(?P<age>\d+)-Jährige[nr]?\b(?!\s+[A-ZÄÖÜ])")
_FULL_NAME = re.compile(r"\b(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Im|Am|In|Auf|Bei|Mit|Nach|Von|Vor|Für"
                        r"|Bezirk|Landkreis|Stadtteil|Kanton|Gemeinde)\s)"
                        r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+\b")


def person_told_in(sentence: str, earlier: list[str], heard: str) -> list[int] | None:
    """Where the person ``sentence`` names by age as known ("die 41-Jährige") was introduced, when
    what the listener ``heard`` (the lead) names nobody: the ``earlier`` sentences giving that age
    ("die 41-jährige Biologin Anna Muster", "Anna Muster (41)"), else those naming the one person named
    before, [] when none does; None when the sentence names nobody so or the lead named someone."""
    named = _BY_AGE.search(sentence)
    if not named or _FULL_NAME.search(heard):
        return None
    age = named["age"]
    aged = [i for i, text in enumerate(earlier) if re.search(rf"\b{age}-[Jj]ährige|\({age}\)", text)]
    if aged:
        return aged
    named_before = [people_named(text) for text in earlier]  # (only when no sentence gives the age)
    if len(set().union(*named_before)) != 1:
        return aged
    # ("Alois Muster stand 19 Jahre an der Spitze ... Bei der Wahl hatte der 66-Jährige ...": the one person
    # named before, whatever his age)
    return [i for i, people in enumerate(named_before) if people]


# "Bei dem Unternehmen führte der Link ...": the firm named as known; "die Flimmerbox GmbH", "Der
# Papierhersteller Murtaler Papier": a firm named by its form or by its kind and name
_THE_FIRM = re.compile(r"\b(?:dem|das|des|beim)\s+(?:Unternehmen|Konzern)s?\b|\b(?:der|die)\s+Firma\b")
_FIRM_NAMED = re.compile(r"\b(?:GmbH|AG|SE|KG|OG|Inc|Ltd)\b|\b\w*(?:hersteller|zulieferer|[Kk]onzern|händler"
                         r"|[Uu]nternehmen|[Ff]irma|betreiber)\s+[A-ZÄÖÜ]\w+")


def firm_told_in(sentence: str, earlier: list[str], heard: str) -> list[int] | None:
    """Where the firm ``sentence`` names as known ("bei dem Unternehmen") was named, when what the
    listener ``heard`` (the lead) names none ("Anbieter von Online-Abos dürfen ..."): the ``earlier``
    sentences naming a firm ("gegen die Flimmerbox GmbH"); None when the sentence names no firm so,
    the lead named one, or no earlier sentence does (then nothing better is known)."""
    if not _THE_FIRM.search(sentence) or _FIRM_NAMED.search(heard):
        return None
    return [i for i, text in enumerate(earlier) if _FIRM_NAMED.search(text)] or None


# "die Konzernführung", "die Geschäftsleitung", "in der Produktion": a firm's own, of the firm the lead
# named by its kind ("Ein steirischer Edelstahlhersteller baut Stellen ab"), not of the sentence before
_FIRMS_OWN = re.compile(r"\w*(?:führung|leitung|vorstand|spitze|produktion|fertigung|belegschaft)", re.I)
_FIRM_KIND = re.compile(r"\w*(?:hersteller|zulieferer|werke?|konzern|unternehmen|firma|brauerei|bank|händler"
                        r"|kette)\b|\b(?:GmbH|AG|SE)\b", re.I)


def firms_own(noun: str, heard: str) -> bool:
    """``noun`` is a firm's own (its management, its production), and the lead the listener
    ``heard`` named the firm."""
    return bool(_FIRMS_OWN.fullmatch(noun) and _FIRM_KIND.search(heard))


def firm_named_in(noun: str, texts: list[str], start: int, end: int) -> list[int]:
    """For a firm's own ``noun`` ("die Geschäftsführung") the lead does not place: the sentences from
    ``start`` to ``end`` that name a firm ("Die Ennstaler Papierwerke sind ..."), whose it is; else []."""
    if not _FIRMS_OWN.fullmatch(noun):
        return []
    return [i for i in range(start, end) if _FIRM_KIND.search(texts[i])]


# "Am Abend korrigierte der Zivilschutz die Zahl der Evakuierten nach oben.", "Nicht 300, sondern rund
# 900 Menschen seien eingeschlossen": a count told earlier was wrong
_CORRECTED = re.compile(r"\bkorrigierte[n]?\b[^.]*\bnach\s+(?:oben|unten)\b"
                        r"|^Nicht\s+(?:rund\s+)?[\d.]+,\s+sondern\b")
_FIRST_THEN = re.compile(r"(?:Zunächst|Anfangs|Ursprünglich|In\s+ersten\s+\w+)\b[^.]*\bvon\b")
_PEOPLE_COUNT = re.compile(r"\b\d[\d.]*\s+(?:Menschen|Personen|Einheimische|Bewohner\w*|Gäste|Urlauber\w*)\b")


def counts_corrected_later(texts: list[str]) -> dict[int, list[int]]:
    """The sentences giving a count of people that a later sentence corrects, each with the sentence
    giving the corrected count: the first count is wrong on air without it ("rund 1.500 Menschen in
    Sicherheit gebracht" before "Inzwischen seien mehr als 4.200 ..."), so it comes only with it."""
    found: dict[int, list[int]] = {}
    for n, text in enumerate(texts):
        if not _CORRECTED.search(text) or _FIRST_THEN.match(text):
            continue  # ("Zunächst hatten Medien von 25 Verletzten berichtet, ... korrigierte die Zahl nach
            # unten": the first count is this one's, the count before it the corrected one)
        figure = n if re.search(r"\d", text) else n + 1
        if figure >= len(texts) or not re.search(r"\d", texts[figure]):
            continue
        for earlier in range(n):
            if _PEOPLE_COUNT.search(texts[earlier]):
                found[earlier] = [figure]
    return found



# "Diese Verantwortung ließ die Richterin nicht gelten.", "Dieser Argumentation folgte der BGH nicht.": the
# claim told just before was rejected
_REJECTED = re.compile(r"^(?:Diese[rsnm]?|Das|Dies)\b[^.]{0,60}\b(?:ließ|ließen)\b[^.]*\bnicht\s+gelten\b"
                       r"|^Diese[rnm]?\s+[A-ZÄÖÜ]\w+\s+(?:folgte|folgten)\b[^.]*\bnicht\b")


# "Die Bank wies die Kritik zurück." after "Die Gewerkschaft sprach von einem „Kahlschlag“." (and the
# union's figures in between): the criticism answered further on
_CRITICISM_REJECTED = re.compile(r"\b(?:wies|wiesen)\s+(?:die|diese)\s+(?:Kritik|Vorwürfe)\b"
                                 r"[^.]*\bzurück\b")
_CRITICISM = re.compile(r"\b(?:sprach|sprachen)\s+von\s+(?:einem|einer)\s+[„\"»]"
                        r"|\b(?:kritisierte|kritisierten)\b")
CRITICISM_REACH = 4  # sentences: how far back a rejection answers criticism


def claims_rejected_later(texts: list[str]) -> dict[int, list[int]]:
    """The sentences telling a claim (a defendant's excuse, a party's argument) that the next sentence
    rejects, or criticism a later sentence rejects ("Die Bank wies die Kritik zurück."), each with that
    sentence: on air the claim alone stands as the last word, unanswered."""
    found = {n - 1: [n] for n, text in enumerate(texts) if n and _REJECTED.match(text)}
    for n, text in enumerate(texts):
        if _CRITICISM_REJECTED.search(text):
            found |= {i: [n] for i in range(max(0, n - CRITICISM_REACH), n) if _CRITICISM.search(texts[i])}
    return found


def answered_later(texts: list[str]) -> dict[int, list[int]]:
    """The sentences never read without the later one answering them: a count corrected, a claim
    rejected (counts_corrected_later, claims_rejected_later)."""
    return counts_corrected_later(texts) | claims_rejected_later(texts)

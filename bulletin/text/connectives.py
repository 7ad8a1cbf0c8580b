"""The words that link a sentence to its neighbour, told without a tagger: a connective in its first
clause that answers the sentence before ("Es dürfte aber ...", "In jedem Fall ..."), a Konjunktiv
II without its condition, "zwar" without its "aber" (the counterpart is the next sentence), and a
first connective that only links ("So fand die Verhandlung ... statt"), without which the sentence
stands alone. Shared by the condenser (units.py, verdicts.py) and the opening (opening.py); the
things a sentence takes for known are in antecedents.py.
"""

from __future__ import annotations

import re

from bulletin.text.grammar import finite_verbs, is_finite_form

_TOKEN = re.compile(r"[\wÄÖÜäöüß]+(?:[-.][\wÄÖÜäöüß]+)*|[^\w\s]")
# Connectives that, in a sentence's first clause, answer or explain the sentence before.
_LEANING = frozenset("aber jedoch allerdings doch dennoch trotzdem hingegen indes nämlich also wiederum dann "
                     "daraufhin".split())
_COUNTERPART = re.compile(r"\b(?:aber|doch|jedoch|allerdings|dennoch|trotzdem|sondern)\b", re.I)


# A title or a quoted phrase inside a sentence (not a quotation opening it).
_TITLE_IN_QUOTES = re.compile(r"(?<=\w )[«»„“\"][^«»„“”\"]{1,80}[«»“”\"]")


def first_clause(sentence: str) -> str:
    """The sentence up to its first comma (not a decimal one), colon, semicolon or dash outside a
    quoted title («Klein gegen Gross – das Duell» ends no clause)."""
    return re.split(r",(?!\d)|[;:–—]|\s-\s", _TITLE_IN_QUOTES.sub("«»", sentence), maxsplit=1)[0]


def leaning_connective(sentence: str) -> str:
    """A connective in the first clause that answers the sentence before ("Es dürfte aber ...",
    "Sie sucht nämlich ...", "Dokumentiert ist etwa der Fall ...", "In jedem Fall ...", "reagierte
    auch Präsident Muster"), or "". Not after "zwar" in the
    same sentence (its own counterpart), not "etwa" before a number (about)."""
    opening = first_clause(sentence)
    words = [w.lower() for w in _TOKEN.findall(opening)]
    if "zwar" in words or re.search(r"\b(?:wenn|sobald|falls|erst)\b", sentence, re.I):
        return ""  # "zwar ... aber", "wenn ..., dann": the counterpart is in the sentence
    # "Dokumentiert ist etwa der Fall ...": an example of what was said; "etwa 20" is about 20
    example = re.search(r"\b(?:etwa|beispielsweise)\b(?!\s+(?:\d|ein|zwei|drei|vier|fünf|zehn|hundert))",
                        opening)
    answering = _ANSWERING.search(opening)
    return (next((w for w in words[1:] if w in _LEANING), "") or (example.group(0) if example else "")
            or (answering.group(0).strip() if answering else ""))


# Words that say the sentence answers or adds to one before: "ergab sich denn auch", "In jedem Fall
# muss ...", "ohnehin", "noch einmal 500 Millionen" (after a first 500 million), "ein anderes
# Prozedere" (other than which?), "Bei anderen genügte es ..." and "Die übrigen ..." (other than
# those said before), and "auch" before someone new in a sentence's subject place
# ("Verschnupft reagierte auch Präsident Muster": who else?); and an answer that is a clause of its own
# ("Ohne Erfolg, wie die Behörde mitteilte: ...": what failed?).
_ANSWERING = re.compile(r"\b(?i:denn auch|in jedem Fall|im Gegenteil|jedenfalls|ohnehin|sowieso|nochmals"
                        r"|noch einmal)\b|^(?:Ohne Erfolg|Mit Erfolg|Erfolglos|Vergeblich|Vergebens)$"
                        r"|\b(?:ein|eine|einen|einem|einer|eines|etwas)\s+andere[nmrs]?\b"
                        r"|^(?:(?:Bei|In|Für|Von|Unter|Mit|An|Auf)\s+)?(?:[Dd](?:en|ie|er)\s+)?(?i:andere[nmr]?"
                        r"|übrige[nmr]?|restliche[nmr]?)\b"
                        r"|^[A-ZÄÖÜ]\w+\s+[a-zäöüß]+\s+auch\s+(?=[A-ZÄÖÜ])")


# (and the strong verbs whose Konjunktiv II is not also their past: "träfe", not "gingen")
_SUBJUNCTIVE_II = re.compile(r"\b(?:müsste|müssten|wäre|wären|hätte|hätten|würde|würden|träfe|träfen|käme"
                             r"|kämen|gäbe|gäben|bliebe|stünde|stünden|läge|lägen|ginge)\b")


def subjunctive_without_condition(sentence: str) -> bool:
    """ "Die Bank müsste ihr Portfolio ändern.", "Im Vorjahr hätten sich die Anzeigen ...": a
    Konjunktiv II in the first clause with no "wenn" or "falls" in the sentence is someone's
    reported words or a consequence of something said before (its speaker or its condition)."""
    opening = first_clause(sentence)
    return bool(_SUBJUNCTIVE_II.search(opening)) and not re.search(
        r"\b(?:wenn|falls|sonst|andernfalls|ob)\b", sentence, re.I)


def open_concession(sentence: str) -> bool:
    """ "Zwar erfolgte die Auflösung nicht statutenkonform." without its "aber": the counterpart
    is in the next sentence."""
    # "und zwar" says what exactly, concedes nothing
    match = re.search(r"(?<!\bund )\bzwar\b", sentence, re.I)
    return bool(match) and not _COUNTERPART.search(sentence[match.end():])


# "Dabei entdeckten sie, wie praktisch diese Prägung ist.": a finding announced, not told; the
# next sentence tells it.
_ANNOUNCED = re.compile(r"\b(?:entdeck|zeig|fand|finde|gefunden|erklär|nachweis|nachgewiesen|belegt"
                        r"|beschreib)\w*[^,]*,\s+(?:wie|warum|wieso|weshalb)\s+(?:[\w-]+\s+){0,5}"
                        r"(?:ist|sind|war|waren|funktioniert|funktionieren|gelingt|wirkt)\.$")


# "Im Gespräch erklärt sie, was sie gefunden hat und warum ...": what an interview will tell, not told
_INTERVIEW_TEASER = re.compile(r"^(?:Im|Beim)\s+(?:Gespräch|Interview)\b[^,.]{0,40}?\s"
                               r"(?:erklärt|erzählt|verrät|schildert|spricht|sagt)\s+(?:sie|er)\b[^.]*?"
                               r"\b(?:was|wie|warum|wieso|weshalb|ob|über)\b")


# "Die Blackhawks stellten einen neuen Clubrekord auf.": which record, the next sentence tells.
_RECORD = re.compile(r"\b(?:einen|einem|ein)\s+neuen?\s+[\w-]*[Rr]ekord\b")


# "Überraschend war etwas anderes.", "Das Ergebnis hat auch die Forscher überrascht.": a surprise
# announced; what it was, a later sentence tells (which is read without it: it adds nothing).
_SURPRISE = re.compile(r"^(?:(?:Überraschend|Erstaunlich|Interessant|Bemerkenswert|Spannend)\s+(?:war|ist)\s+"
                       r"(?:etwas anderes|aber etwas anderes|vor allem eines)"
                       r"|Das Ergebnis\b[^,;:\d]*\b(?:überrascht|erstaunt|verblüfft)\w*"
                       r"|[^,;:\d]*\bkommt\s+(?:nun\s+)?zu\s+einem\s+(?:anderen|überraschenden)\s+"
                       r"(?:Schluss|Ergebnis)"
                       r"|Die Antwort (?:fällt|ist) (?:eindeutig|klar|überraschend)(?: aus)?"
                       r"|[^,;:\d]*\bergibt sich daraus (?:eine|ein) (?:klare[rs]? )?"
                       r"(?:Empfehlung|Schluss|Rat)"
                       # "Im Prozess um X ist das Urteil gefallen.", "Eine Studie liefert eine neue
                       # Erklärung.": which, the next sentences tell
                       r"|[^,;:\d]*\b(?:ist|wurde)\b[^,;:\d]*\b(?:das|ein) Urteil "
                       r"(?:gefallen|gesprochen|verkündet)"
                       r"|[^,;:\d]*\b(?:liefert|liefern|bietet|bieten|hat|haben)\s+(?:nun\s+)?(?:eine\s+)?"
                       r"(?:neue|andere|mögliche|überraschende)\s+(?:Erklärung|Antwort|Lösung|Deutung)"
                       # "Eine Wiener Studie liefert erstmals genaue Zahlen für einzelne Straßenzüge."
                       r"|[^,;:\d]*\b(?:liefert|liefern)\s+(?:nun\s+)?(?:erstmals\s+)?(?:genaue|neue|konkrete)\s+"
                       r"(?:Zahlen|Daten|Antworten|Einblicke)\b[^,;:\d]*)[.:]?$")


# "Kritik kam von der Opposition.": that there were reactions, not what they said (the next sentence)
_REACTIONS = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]+e\s+)?(?:Kritik|Lob|Zustimmung|Widerstand|Protest|Ablehnung"
                        r"|Reaktionen)\s+(?:kam|kamen|kommt|gab es)\s+"
                        r"(?:(?:auch|dagegen|zudem|vor allem|umgehend|prompt|sofort)\s+)?(?:von|aus)\b"
                        r"[^,;:]*\.$"
                        # "Aus der Opposition kam scharfe Kritik.", "Die IG Metall reagierte mit scharfer
                        # Kritik und kündigte Widerstand an."
                        r"|^(?:Von|Aus)\s+[^,.]{1,50}\s+(?:kam|kommt)\s+(?:[a-zäöüß]+e\s+)?Kritik\.$"
                        # "Zurückhaltend äußerte sich der Grazer Umweltmediziner X, der nicht beteiligt war."
                        r"|^(?:Zurückhaltend|Skeptisch|Kritisch|Vorsichtig|Verhalten)\s+(?:äußerte|äußerten|zeigte"
                        r"|zeigten)\s+sich\b[^.;:]*\.$"
                        r"|^(?:(?:Die|Der)\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?\s+reagierten?\s+mit\s+"
                        r"(?:[a-zäöüß]+er\s+)?(?:Kritik|Empörung|Unverständnis|Ablehnung)"
                        r"(?:\s+und\s+(?:kündigte|kündigten)\s+(?:[a-zäöüß]+en\s+)?Widerstand\s+an)?\.$"
                        # "Entsprechend scharf fielen die Reaktionen in Wien aus.": how, not what was said
                        r"|^(?:Entsprechend|Dementsprechend|Ähnlich|Heftig|Scharf|Verhalten|Gemischt)\s+(?:\w+\s+)?"
                        r"(?:fielen|fiel|fallen|fällt)\s+(?:die\s+)?(?:Reaktionen|Reaktion|Kritik)\b[^,;:]*\baus\.$")


# "Lange hatte es nach einer Überraschung ausgesehen.", "Dabei hatte zunächst wenig auf einen Sieg
# hingedeutet.": a turn set up; the next sentence tells it
_SETUP = re.compile(r"^(?:Lange|Dabei|Zunächst|Lange Zeit)\b[^.,;:]*\b(?:ausgesehen|hingedeutet)\.$")


# "Im Prozess um das Anlagemodell der X GmbH ist am Freitag ... das Urteil gefallen." and "Ein
# Schöffensenat verurteilte den 52-jährigen Firmengründer ...": the case, and the verdict in it
_CASE = re.compile(r"^(?P<case>Im\s+[\w-]*[Pp]rozess\s+[^,;:]+?)\s+(?:ist|wurde)\b[^,;:]*\b(?:das|ein)\s+"
                   r"Urteil\s+(?:gefallen|gesprochen|verkündet)\b")
_VERDICT = re.compile(r"^(?P<article>Ein|Eine|Der|Die|Das)\s+(?P<court>[A-ZÄÖÜ][\w-]*"
                      r"(?:\s+unter\s+(?:dem\s+)?Vorsitz\s+(?:von\s+)?[^,;:]+?)?)\s+"
                      r"(?P<verb>verurteilte|sprach|verhängte|entschied)\s+(?P<rest>.+)$")


def with_case_named(verdict_sentence: str, announcement: str) -> str:
    """The verdict said within its case, when the sentence before only announced it (that one is
    not read, announces_surprise): "Ein Schöffensenat verurteilte den 52-jährigen Firmengründer
    ..." -> "Im Prozess um das Anlagemodell der X GmbH verurteilte ein Schöffensenat den ...".
    Else the sentence as it is."""
    case, verdict = _CASE.match(announcement), _VERDICT.match(verdict_sentence)
    if not (case and verdict):
        return verdict_sentence
    return (f"{case['case']} {verdict['verb']} {verdict['article'].lower()} {verdict['court']} "
            f"{verdict['rest']}")


def announces_finding(sentence: str) -> bool:
    """The sentence says that something was found out, a record set, a reaction given or a turn
    set up, not what ("..., wie praktisch X ist.", "... stellten einen neuen Clubrekord auf."
    without a figure, "Kritik kam von der Opposition.", "Lange hatte es nach einer Überraschung
    ausgesehen.")."""
    record = bool(_RECORD.search(sentence)) and not re.search(r"\d", sentence)
    return record or bool(_ANNOUNCED.search(sentence) or _REACTIONS.match(sentence) or _SETUP.match(sentence))


# "Die Kultursprecherin der Grünen sprach von einer „Prestigeförderung“.": what a reaction said
_SAYS_WHAT = re.compile(r"[„“\"»«]|\b(?:sprach|sprachen|kritisierte|kritisierten|nannte|nannten|warf|warfen"
                        r"|forderte|forderten|verlangte|verlangten|bemängelte|bemängelten|sagte|sagten)\b")


def joins_next(sentence: str, following: str) -> bool:
    """``sentence`` announces a finding or a turn the ``following`` one tells, or a reaction whose
    words it gives ("Kritik kam von der Opposition." and "Die Grünen sprachen von ..."): one thought."""
    if _REACTIONS.match(sentence):
        return bool(_SAYS_WHAT.search(following))
    return announces_finding(sentence)


def teases_interview(sentence: str) -> bool:
    """ "Im Gespräch erklärt sie, was sie gefunden hat und warum ...": what an interview will tell
    (its questions and answers, never read), not told; never read either."""
    return bool(_INTERVIEW_TEASER.match(sentence))


def announces_surprise(sentence: str) -> bool:
    """ "Überraschend war etwas anderes.", "Das Ergebnis hat die Forscher überrascht.": never read."""
    return bool(_SURPRISE.match(sentence))


def counterpart_opens(sentence: str) -> bool:
    """The sentence answers a "zwar" before it ("Dennoch ...", "Doch ...", "... aber ...")."""
    opening = re.split(r"[,;:–—]", sentence, maxsplit=1)[0]
    return bool(_COUNTERPART.search(opening))


# Connectives that only say what came next, or in the end ("So fand die Verhandlung schliesslich
# ... statt", "Anschliessend wird die Front ... erwartet"): without them what is left is still true
# on its own. Not a reason ("Deshalb", "Daher"): without it the listener hears a consequence of
# nothing. Not "Dabei", "Damit", "Dort", "Zuvor", "Damals": they carry the how, where or when of
# the sentence before.
_FOLLOWING_ON = ("So|Schliesslich|Schließlich|Schlussendlich|Letztlich|Daraufhin|Danach|Anschließend"
                 "|Anschliessend|Dann")
_ADJECTIVE = r"[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+"
_DEFINITE_PHRASE = (rf"(?:der|die|das|den|dem)\s+(?:{_ADJECTIVE}){{0,2}}[A-ZÄÖÜ][\w-]*"
                    rf"(?:\s+(?:des|der)\s+(?:{_ADJECTIVE}){{0,2}}[A-ZÄÖÜ][\w-]*)?")
# "Der Anlass: ...", "Der Grund: ...": a statement said as the cause of the sentence before
_CAUSE_SAID = re.compile(r"^(?:Der|Die)\s+(?:Anlass|Grund|Hintergrund):\s+(?=[A-ZÄÖÜ])")
# "Im Mittelpunkt steht die Umwidmung ..." after "war der Druck auf den 61-Jährigen gewachsen": what the
# pressure was about, said "Hintergrund ist ..." where the sentence telling the pressure is not read
_FOCUS = re.compile(r"^Im\s+Mittelpunkt\s+(?P<verb>steht|stehen|stand|standen)\s+")
_FOCUS_VERB = {"steht": "ist", "stehen": "sind", "stand": "war", "standen": "waren"}
_PRESSURE = re.compile(r"\b(?:Druck|Kritik|Vorw[uü]rf\w*|Ermittlungen|\w*[Aa]ffäre|\w*[Ss]kandal)\b")
_CONNECTIVE_FIRST = re.compile(
    rf"^(?:{_FOLLOWING_ON})\s+(?P<verb>[a-zäöüß]+)\s+(?P<phrase>{_DEFINITE_PHRASE})\s+(?=[a-zäöüß])")
# "Demnach will die Gruppo Bancario Muster mit Sitz in Mailand, zu der die Musterbank gehört, bis 2028 ...
# abbauen": a plan told from the sentence before, which stands as the plan itself ("soll" keeps the hedge)
_PLAN_FIRST = re.compile(
    r"^Demnach\s+(?P<verb>will|wollen|soll|sollen|plant|planen)\s+(?P<phrase>(?:der|die|das)\s+"
    rf"(?:{_ADJECTIVE}){{0,2}}[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){{0,3}}(?:\s+mit\s+Sitz\s+in\s+[A-ZÄÖÜ][\w-]*)?"
    r"(?:,\s+(?:(?:zu|in|bei|mit|für|an)\s+)?(?:der|die|das|dem|den|denen|dessen|deren)\s+[^,]+?,)?)\s+(?=[a-zäöüß])")


def _first_verb(word: str, sentence: str) -> bool:
    """``word`` is a listed finite form or the first finite verb of ``sentence``."""
    return is_finite_form(word) or word in finite_verbs(sentence)[:1]


def without_connective(sentence: str, before: str = "") -> str:
    """The sentence without a first connective that only links it to the sentence ``before``, its
    subject first ("So fand die Verhandlung vor dem Gericht statt." -> "Die Verhandlung fand vor
    dem Gericht statt."), or "" when it opens otherwise, its subject is more than a plain definite
    noun phrase, or it names what ``before`` named ("... aus Belize" after "Belize hat ..."): that
    sentence told what it is about."""
    cause = _CAUSE_SAID.match(sentence)
    if cause:  # "Der Anlass: Die Mutter hat angekündigt ..." -> "Die Mutter hat angekündigt ..."
        return sentence[cause.end():]
    focus = _FOCUS.match(sentence)
    if focus and _PRESSURE.search(before):  # "Im Mittelpunkt steht die Umwidmung ..." after the pressure
        return f"Hintergrund {_FOCUS_VERB[focus['verb']]} {sentence[focus.end():]}"
    inner = _LINK_AFTER_VERB.match(sentence)
    if inner and _first_verb(inner["verb"], sentence):
        return inner["head"] + sentence[inner.end():]  # "Ein Team hat deshalb 212 Kinder ..."
    result = _RESULT_FOR.match(sentence)
    if result and not re.search(r",\s+(?:dass|ob|wie)\b", sentence):  # "Kunden können die Beträge ..."
        return f"{result['head']} {sentence[result.end():]}"
    wide = _LINK_THEN_WIDE.match(sentence)
    if wide and is_finite_form(wide["verb"]):  # "Konzernweit fallen ca. 240 Arbeitsplätze weg."
        return f"{wide['wide'].capitalize()} {wide['verb']} {sentence[wide.end():]}"
    words = _THESE_WORDS.match(sentence)
    if words and is_finite_form(words["verb"]):  # "Am Montag hat X ... seinen Rücktritt verkündet."
        return f"Am {words['day']} {words['verb']} {words['before']}{words['after']}"
    match = _CONNECTIVE_FIRST.match(sentence) or _PLAN_FIRST.match(sentence)
    if not match or not _first_verb(match["verb"], sentence):
        return ""
    named_before = {t for t in _TOKEN.findall(before) if t[:1].isupper()}
    if any(t in named_before for t in _TOKEN.findall(sentence[match.end("verb"):]) if t[:1].isupper()):
        return ""
    phrase = match["phrase"]
    return f"{phrase[0].upper()}{phrase[1:]} {match['verb']} {sentence[match.end():]}"


# "Kunden können damit die zu viel gezahlten Beträge zurückverlangen": what a ruling or a law means for
# those named by a plural noun; "damit" only links it to the ruling, which the lead told
_RESULT_FOR = re.compile(r"^(?P<head>[A-ZÄÖÜ][a-zäöüß]{3,}(?:innen)?\s+(?:können|dürfen|müssen|sollen"
                         r"|erhalten|bekommen))\s+damit\s+(?=(?:die|der|das|den|dem|ihr\w*|\d)\b)")
# "Dabei fallen konzernweit ca. 240 Arbeitsplätze weg": the link, its verb and how wide, which can open
_LINK_THEN_WIDE = re.compile(r"^(?:Dabei|Dadurch|Damit)\s+(?P<verb>[a-zäöüß]+)\s+"
                             r"(?P<wide>[a-zäöüß]+weit|insgesamt)\s+")
# "Mit diesen Worten hat X am Montag seinen Rücktritt verkündet.": the quote before is only its way in
_THESE_WORDS = re.compile(r"^Mit\s+diesen\s+Worten\s+(?P<verb>[a-zäöüß]+)\s+(?P<before>[^.]*?)\s+am\s+"
                          r"(?P<day>(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\w*)"
                          r"(?P<after>\s[^.]*\.)$")


# "Ein Team der Universität X hat deshalb 212 Kinder ... ausgestattet": the subject, its verb and a
# link to the sentence before ("why"), which by ear the item can do without
_LINK_AFTER_VERB = re.compile(r"^(?P<head>(?:Der|Die|Das|Ein|Eine)\s[^,;:–]*?\s(?P<verb>[a-zäöüß]+))"
                              r"\s+(?:deshalb|daher|deswegen|darum)\b(?=\s+\S)")


# "Eine Studie der Universität X zeichnet nun ein anderes Bild: <finding>" - the frame before the
# colon answers what was believed before (which the item may not read); the finding after it does not.
_STUDY_FRAME = re.compile(
    r"^(?P<subject>(?P<one>(?:Eine?|Die|Der)\s(?:[a-zäöüß]+e[nr]?\s)?(?:Studie|Untersuchung|Analyse|Auswertung"
    r"|Arbeit|Forschungsarbeit)\b)|(?:Forscher|Wissenschaftler|Wissenschafter)\w*\b)(?P<who>[^:]{0,120}?)"
    r"\s(?P<frame>(?:zeichne|stell|komm|widerleg|widersprech|widersprich|bring|wirf|werf)\w*\b[^:]{0,60}):\s"
    r"(?P<finding>[A-ZÄÖÜ„].+)$")
_FRAME_POINTS_BACK = re.compile(r"\b(?:andere[nrs]?|diese[nrsm]?|dies|jene[nrsm]?|infrage|widerleg\w*"
                                r"|widersp\w+|Gegenteil)\b")


def study_frame_said(sentence: str) -> str:
    """ "Eine neue Studie stellt diese Annahme nun infrage: In vier Proben fanden ..." -> "Eine
    neue Studie kommt nun zu dem Ergebnis: In vier Proben fanden ...": the finding stands alone
    once its frame stops pointing to what was believed before; a finding that names its own
    source ("Wie ein Team um X berichtet, ist ...") without the frame. Other sentences as they are."""
    match = _STUDY_FRAME.match(sentence)
    if not match or not _FRAME_POINTS_BACK.search(match["frame"]) or not finite_verbs(match["finding"]):
        return sentence
    if re.match(r"^Wie\s[^,]*\b(?:berichte[nt]|schreib(?:t|en)|zeig(?:t|en))\b,\s", match["finding"]):
        return match["finding"]
    verb = "kommt" if match["one"] else "kommen"
    now = " nun" if re.search(r"\bnun\b", match["frame"]) else ""
    return f"{match['subject']}{match['who']} {verb}{now} zu dem Ergebnis: {match['finding']}"


# "Wie berichtet, waren in der Nacht auf Sonntag ... Fels abgebrochen.": the newspaper's own earlier
# report, which the listener never heard; said without it, what comes after the verb goes first
_RECAP_START = re.compile(r"^Wie\s+(?:bereits\s+|schon\s+)?(?:berichtet|gemeldet),\s+"
                          r"(?P<verb>[a-zäöüß]+)\s+(?P<rest>.+)$")
_FRONT = re.compile(r"^(?:in der Nacht (?:auf|zum|zu)\s+\S+|am\s+(?:\d{1,2}\.\s+)?\S+"
                    r"|(?:Anfang|Mitte|Ende)\s+\S+"
                    r"|vor\s+\S+\s+(?:Tagen|Wochen|Monaten|Jahren)"
                    r"|(?:der|die|das|ein|eine)\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?"
                    r"|[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)(?=\s)")


def without_recap_marker(sentence: str) -> str:
    """ "Wie berichtet, hatten Unbekannte ... in Brand gesetzt." -> "Unbekannte hatten ... in Brand
    gesetzt."; ``sentence`` itself when what follows the verb does not open a sentence plainly."""
    match = _RECAP_START.match(sentence)
    front = _FRONT.match(match["rest"]) if match and is_finite_form(match["verb"]) else None
    if front is None:
        return sentence
    moved = front.group(0)
    return f"{moved[:1].upper()}{moved[1:]} {match['verb']}{match['rest'][front.end():]}"


# "FPÖ, Grüne und NEOS stimmten dagegen, wenn auch aus ganz unterschiedlichen Gründen.": reasons promised,
# which the item may never give
_VAGUE_REASONS = re.compile(r",\s+(?:wenn\s+auch|allerdings|freilich)\s+aus\s+"
                            r"(?:(?:ganz|gänzlich|völlig|sehr|teils)\s+)?"
                            r"(?:unterschiedlichen|verschiedenen)\s+Gründen(?=[.!?])")


def without_vague_reasons(sentence: str) -> str:
    """``sentence`` without ", wenn auch aus ganz unterschiedlichen Gründen" at its end: by ear it
    points at reasons the listener waits for in vain."""
    return _VAGUE_REASONS.sub("", sentence)


# A lead explains nothing said before it: "Das Schloss sucht nämlich einen Hauswart." leads without it;
# after it, "sie sind nämlich noch grau" is the writer's chatty tone by ear (an outside editor): no
# sentence reads it (one that explains still comes with the sentence it explains: connectives).
_EXPLAINING = re.compile(r"(?<![,;:–])\s+nämlich\b")
# "Hilfsorganisationen berichten zudem, dass ...": "zudem" adds to a sentence the item may not read
# (an outside editor heard it dangle); without it the sentence says the same
_ADDING = re.compile(r"(?<=[a-zäöüß])\s+(?:zudem|außerdem)\b(?=\s+[\w„\"]|,)")
_REPORTED = re.compile(r"^Wie\s+(?:bereits\s+|schon\s+)?berichtet,")


def without_link_words(text: str) -> str:
    """``text`` without an explaining "nämlich" or adding "zudem"; "Wie berichtet," said "Wie gemeldet,"."""
    return _REPORTED.sub("Wie gemeldet,", _ADDING.sub("", _EXPLAINING.sub("", text, count=1), count=1))

"""A body's first sentence that tells no news, and the headline's words that say what the news is.

Agency copy puts the news in its headline and often opens the body with how it came to this ("Seit
Wochen schwelt am Landestheater der Streit ...", "Schwache Aufträge setzen dem Zulieferer seit über
einem Jahr zu"), a scene ("Mit gesenktem Kopf nahm der Angeklagte ... das Urteil entgegen"), the
conditions of a race ("Dichter Nebel, zwei Unterbrechungen und eine Piste ...: Der Riesentorlauf
verlangte ... alles ab"), what everyone knows ("Fachleute empfehlen ...", "Wer ..., schläft kürzer
– das ist keine neue Erkenntnis") or a bare count ("Rund 240 Jobs sind betroffen."). Such an opener
gives the lead to the sentence that tells what the headline says (units._headline_lead).

A standfirst that is a teaser of its own ("Internatsbewohner werden in Ausweichquartieren
untergebracht") does not take the lead from an opener telling the news ("Der Großbrand ... ist von
einer Zigarette ausgelöst worden"): only an opener telling no news gives way to it.
"""

from __future__ import annotations

import re

from bulletin.text.genre import sets_a_scene
from bulletin.text.grammar import QUOTED
from bulletin.text.news import MONTHS, WEEKDAYS, key_terms, past_perfect
from bulletin.text.opening import Opening

# "Seit dem Auslaufen der Quote ist ...": how it came to this, background to the event
# (not "Seit vergangenem Samstag hat der Ort ein Reparaturcafé": since a day just past, the news)
BACKGROUND = re.compile(r"^(?:Seit|Schon seit|Bereits seit)\b(?!\s+(?:(?:vergangenem|letztem)\s+)?"
                         r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|gestern|heute)\b)")


# "Wer am Montag seine Steuererklärung machen wollte, hatte Pech.", "Wer im Zug telefonieren will, braucht
# Geduld.": anyone's bad luck, a feature's way in before what happened
_UNLUCKY = re.compile(r"^Wer\b[^.]*,\s+(?:hatte|hat|braucht|brauchte|muss|musste)\s+(?:[a-zäöüß]+\s+){0,3}"
                      r"(?:Pech|Geduld|warten)\b"
                      # "Wer in einer Dachgeschoßwohnung lebt, kennt das Problem: ...": the reader's own
                      r"|^Wer\b[^.]*,\s+kennt\s+(?:das|dieses|diese)\s+(?:Problem|Gefühl|Phänomen|Situation)\b")


def bad_luck(sentence: str) -> bool:
    """ "Wer ... wollte, hatte Pech.": anyone's bad luck, told before what happened to them."""
    return bool(_UNLUCKY.match(sentence))


# "seit über einem Jahr", "seit Wochen", "seit bald zwei Jahren": a state up to now, not a day's event
# (not a record: "erstmals seit mehr als fünf Jahren", "so hoch wie seit Jahren nicht")
_SPAN = re.compile(r"(?<!\berstmals\s)(?<!\bMal\s)(?<!\bwie\s)"
                   r"\bseit\s+(?:(?:über|mehr\s+als|fast|bald|knapp|gut)\s+)?"
                   r"(?:(?:einem|einer|zwei|drei|vier|fünf|sechs|vielen|mehreren|etlichen|\d+)\s+)?"
                   r"(?:Jahr|Jahren|Monat|Monaten|Woche|Wochen|Tagen|Jahrzehnten|Langem)\b")
_DAY = re.compile(rf"\b(?:{WEEKDAYS})\w*|\b(?:im|am\s+\d+\.)\s+(?:{MONTHS})\b"
                  r"|\b(?:heute|gestern|nun|jetzt)\b|\bin\s+der\s+Nacht\b")
_ONLY_A_COUNT = re.compile(r"^(?:(?:Rund|Etwa|Mehr\s+als|Über|Knapp|Fast|Bis\s+zu)\s+)?[\d.]+\s+[\wäöüÄÖÜß-]+"
                           r"\s+(?:sind|ist|waren|war)\s+(?:davon\s+)?betroffen\.?$")
# "Dichter Nebel, zwei Unterbrechungen und eine Piste, die ...: ..." - a list of conditions as a kicker
_CONDITIONS = re.compile(r"^[^:.;]*,[^:.;]*\bund\b[^:.;]*:\s+[A-ZÄÖÜ]")
_WHAT_EXPERTS_SAY = re.compile(r"^(?:Fachleute|Experten|Expertinnen|Ärzte|Ärztinnen|Mediziner\w*)\s+"
                               r"(?:empfehlen|raten|warnen|wissen)\b")
_NOT_NEW = re.compile(r"\b(?:keine\s+neue\s+Erkenntnis|nichts\s+Neues|altbekannt|längst\s+bekannt)\b")
# the verdict's moment without the verdict: "nahm der Angeklagte ... das Urteil entgegen", "als der
# Vorsitzende ... den Spruch verlas"
_VERDICT_MOMENT = re.compile(r"\b(?:Urteil|Spruch|Schuldspruch)\s+(?:\w+\s+)?"
                             r"(?:entgegen|verlas|verkündete)\b")
_VERDICT = re.compile(r"\b(?:verurteilt|freigesprochen|Haft|Jahren|Monaten)\b")


def tells_no_news(opener: str) -> bool:
    """The body's first sentence tells how it came to the news, a scene, the conditions, what is
    long known or a bare count, not the news itself."""
    if BACKGROUND.match(opener) or past_perfect(opener) or sets_a_scene(opener) or bad_luck(opener):
        return True
    if _SPAN.search(opener) and not _DAY.search(opener):
        return True
    moment = bool(_VERDICT_MOMENT.search(opener)) and not _VERDICT.search(opener)
    return bool(moment or _ONLY_A_COUNT.match(opener) or _CONDITIONS.match(opener)
                or _WHAT_EXPERTS_SAY.match(opener) or _NOT_NEW.search(opener))


def standfirst_terms(opening: Opening) -> frozenset[str]:
    """The key terms of the standfirst (agency copy: its headline), without its quotation: "„Ich
    gehe nicht im Zorn“: Salzburger Theaterchef hört vorzeitig auf" -> salzburger, theaterchef, ..."""
    headline = " ".join(opening.sentences[:opening.standfirst])
    return key_terms(QUOTED.sub(" ", headline))

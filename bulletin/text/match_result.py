"""A match told from its scene, its result at the end ("Am Ende setzte sich Traunau mit 2:1 durch"): the
result leads, said as news (lead_news asks here after a background or scene lead tells no score)."""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.text.asked_for import final_result
from bulletin.text.genre import SCORE
from bulletin.text.grammar import opening_reference
from bulletin.text.headline_sentence import headline_sentence
from bulletin.text.leads import FEATURE_SEARCH
from bulletin.text.perfect import in_perfect
from bulletin.text.selection import with_needs
from bulletin.text.units import Unit
from bulletin.text.verdicts import verdict

# A match told from its scene, the result at its end: "Am Ende setzte sich Traunau mit 2:1 durch und steht
# ...", "Am Ende jubelte aber der FC Traunau, der beim SV Hollerberg mit 2:1 gewann und nun auf Rang drei
# liegt." The result leads, said as news: "Traunau setzte sich mit 2:1 durch und steht ...", "Der FC
# Traunau gewann beim SV Hollerberg mit 2:1 und liegt nun auf Rang drei."
_AT_THE_END = re.compile(r"^(?:Am Ende|Letztlich|Schließlich) (?P<verb>setzte|setzten|gewann|gewannen"
                         r"|siegte|siegten) (?P<sich>sich )?(?P<team>[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)"
                         r" (?P<rest>[a-zäöüß].*)$")
# "Am Ende setzte sich der Tabellenvorletzte der 2. Liga gegen den SC X mit 3:1 durch": the team by its
# place in the table, the headline's club ("FC Steyrtal feiert ..."): "Der Tabellenvorletzte der 2. Liga,
# der FC Steyrtal, setzte sich gegen den SC X mit 3:1 durch"
_AT_THE_END_BY_RANK = re.compile(r"^(?:Am Ende|Letztlich|Schließlich) (?P<verb>setzte|gewann|siegte)"
                                 r" (?P<sich>sich )?der (?P<rank>[A-ZÄÖÜ][a-zäöüß]+(?: der \d+\. Liga)?)"
                                 r" (?P<rest>gegen (?:den|die|das) [A-ZÄÖÜ].*)$")
# "Am Ende jubelte dennoch der Außenseiter: Der SV X gewann das Finale mit 2:1 und holt ...": the result after
# the colon, a sentence of its own
_CHEERED_COLON = re.compile(r"^(?:Am Ende|Letztlich|Schließlich) (?:jubelte|jubelten|feierte|feierten)"
                            r" [^:]+: (?P<news>(?:Der|Die|Das) [^:]*\b(?:gewann|gewannen|siegte|siegten"
                            r"|setzte sich)\b.+)$")
_CLUB = re.compile(r"^(?P<club>(?:[A-Z]{2,4} )+[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?) [a-zäöüß]")  # "FC X"
_PHRASE = r"(?:[^,.;:]|\d:\d)*?"  # words of a clause, a score among them ("beim SV X mit 2:1")
_CHEERED = re.compile(r"^(?:Am Ende|Letztlich|Schließlich) (?:jubelte|jubelten|feierte|feierten)"
                      r" (?:aber |doch )?(?P<team>(?:der|die|das) [^,]+),"
                      rf" (?:der|die|das) (?P<what>{_PHRASE})"
                      r" (?P<won>gewann|siegte|gewannen|siegten)"
                      rf"(?: und (?P<and>{_PHRASE}) (?P<verb>[a-zäöüß]+))?\.$")


def score_news(units: list[Unit], headlines: tuple[str, ...] = ()) -> Unit | None:
    """The result of a match told at the end of its scene ("Am Ende setzte sich X mit 2:1 durch"),
    said as a lead, when the lead tells no score; or None. ``headlines``: the headline, which may name
    the club the result names by its rank."""
    if not units or SCORE.search(units[0].text):
        return None
    club = next((found["club"] for h in headlines if (found := _CLUB.match(h))), "")
    for unit in units[1:FEATURE_SEARCH]:
        if not SCORE.search(unit.text) or unit.also:
            continue
        end, cheered = _AT_THE_END.match(unit.text), _CHEERED.match(unit.text)
        ranked, colon = _AT_THE_END_BY_RANK.match(unit.text), _CHEERED_COLON.match(unit.text)
        if colon:  # "Am Ende jubelte dennoch der Außenseiter: Der SV Hallwang gewann das Finale mit 2:1 ..."
            news = colon["news"]
        elif ranked and club and club not in ranked["rest"]:
            said = f"{ranked['verb']} {ranked['sich'] or ''}{ranked['rest']}"
            news = f"Der {ranked['rank']}, der {club}, {said}"
        elif end:
            news = f"{end['team']} {end['verb']} {end['sich'] or ''}{end['rest']}"
        elif cheered:
            team = cheered["team"][0].upper() + cheered["team"][1:]
            joined = f" und {cheered['verb']} {cheered['and']}" if cheered["and"] else ""
            news = f"{team} {cheered['won']} {cheered['what']}{joined}."
        else:
            return None
        return Unit(unit.index, news, min_new=unit.min_new) if verdict(0, [news]) == (None, "") else None
    return None


LONG_CHAIN = 2  # sentences of play a result needs before it that do not fit after a lead (the headline)
# "Doch nach der Pause drehte X die Partie", "verwertete Y dann einen Foulelfmeter zum 2:1-Endstand": the
# words linking a result to the play told before it; without them it is told after the headline
_LINK_FIRST = re.compile(r"^(?:Doch|Aber|Dann|Danach)\s+(?=[a-zäöüß]+\s)")
_LINK_INSIDE = re.compile(r"\s(?:dann|doch|aber|schließlich)(?=\s)")


def result_after_headline(units: list[Unit], headline: str, body: str) -> tuple[Unit, Unit, bool] | None:
    """A match told from its scene whose result sentence leans on the play before it ("Doch nach der
    Pause drehte Blau-Weiß die Partie, ... zum 2:1-Endstand"; blind readers rewrote the item, which read
    the scene and missed the result): the ``headline``, when a sentence to say, leads, in the perfect
    ("Blau-Weiß Linz hat erstmals den ÖFB-Cup geholt."), and the result follows without its link words;
    or None; and whether the lead is the first of ``units`` (the headline said already). ``body``: the
    article's text, which tells the club's article ("der SC Mürztal")."""
    result, said = final_result(units), headline_sentence(headline)
    # the lead the headline already (its standfirst said: "Regionalligist X stürmt ins Viertelfinale."): the
    # result is read after it when it needs two or more sentences of play before it (that chain does not fit)
    led = units[0].text.rstrip(".") in headline or bool(said) and said.rstrip(".") in units[0].text
    if result is None or result.index < 2 or not (said or led):
        return None
    if led and len(with_needs(units, result.index)) - 1 < LONG_CHAIN:  # (the sentences it needs, back)
        return None
    text = _LINK_FIRST.sub("", result.text, count=1)
    text = text[0].upper() + text[1:]
    head, comma, tail = text.partition(",")
    text = _LINK_INSIDE.sub("", head, count=1) + comma + tail
    if text == result.text or verdict(0, [text]) != (None, "") or opening_reference(text):
        return None
    lead = replace(units[0], text=_in_perfect(units[0].text, body)) if led else None
    lead = lead or Unit(0, _in_perfect(said, body))
    fixture = _opponent_named(units, result, text) if led else None  # (the winning goal: against whom?)
    needs = None if fixture is None else fixture.index
    return lead, replace(result, text=text, needs=needs, or_else=(), also=()), led


# "empfingen im Achtelfinale des ÖFB-Cups den Bundesligisten TSV Hartberg": the opponent, by its league or
# its role and its name
_OPPONENT = re.compile(r"\b(?:den|dem|gegen den) (?:[A-ZÄÖÜ]\w*(?:ligisten|verteidiger|meister|favoriten"
                       r"|führer)|Gegner) (?P<club>(?:[A-Z]{2,4} )?[A-ZÄÖÜ][\w-]+)")


def _opponent_named(units: list[Unit], result: Unit, text: str) -> Unit | None:
    """The unit before the ``result`` (said ``text``) that names the opponent it does not ("Die
    Niederösterreicher ... empfingen ... den Bundesligisten TSV Hartberg."), needing none; or None."""
    for unit in units[1:result.index]:
        found = _OPPONENT.search(unit.text)
        if found and found["club"] not in text and unit.needs is None and not unit.also and not unit.or_else:
            return unit
    return None


def _in_perfect(said: str, body: str) -> str:
    """A headline sentence telling a result in the perfect, the club with its article when the body gives
    it one: "SC Mürztal rettet sich am letzten Spieltag." -> "Der SC Mürztal hat sich am letzten Spieltag
    gerettet."; in the present when its verb is not one perfect.py knows."""
    words = said.rstrip(".").split()
    verb = next((i for i, w in enumerate(words) if i and w.islower()), None)
    if verb is None:
        return said
    club, told = " ".join(words[:verb]), " ".join(words[verb + 1:])
    article = re.search(rf"\b(der|die|das) {re.escape(club)}\b", body)
    by_league = re.match(r"(?:Regional|Bundes|Zweit|Dritt|Landes)ligist\b", club)  # ("Regionalligist X")
    subject = f"{article[1].capitalize()} {club}" if article else f"Der {club}" if by_league else club
    aux, told = in_perfect(words[verb], told) or (words[verb], told)
    return f"{subject} {aux} {told}."

"""An incident told after background on the building it struck leads, saying where.

Agency copy may open with the building ("Das Hotel „Alpenrose“ in Obervals war erst im Dezember nach
einer Renovierung wiedereröffnet worden.", its occupancy, an earlier call-out) and tell only sentences on
what happened there, by its part and its time: "In der Nacht auf Sonntag brach im Dachgeschoß ein Feuer
aus, ...". Read in order, the listener hears an advert for the hotel and never the fire (a blind reader:
"the fire is never mentioned"). That sentence leads, its part said whose: "In der Nacht auf Sonntag brach
im Dachgeschoß des Hotels „Alpenrose“ in Obervals ein Feuer aus, ...".

Only after a background lead (day_news.background_lead) whose subject is a building, for a sentence
within FEATURE_SEARCH that opens with the incident's time and a verb of what breaks out or happens.
"""

from __future__ import annotations

import re

from bulletin.text.asked_for import tells_people_hit
from bulletin.text.day_news import DAY_PART, background_lead
from bulletin.text.grammar import before_verb, opening_reference
from bulletin.text.leads import FEATURE_SEARCH
from bulletin.text.news import WEEKDAYS
from bulletin.text.units import Unit
from bulletin.text.verdicts import verdict

# The lead's subject, a building with its article (and one adjective): "Das Vier-Sterne-Hotel „Alpenrose“
# im Südtiroler Skiort Obervals", "Die Schutzhütte am Hochkar", "Der Bauernhof der Familie Muster"
_BUILDING = re.compile(r"^(?P<article>Das|Der|Die) (?P<adjective>[a-zäöü]\w*e )?"
                       r"(?P<noun>(?:[A-ZÄÖÜ][\w-]*)?(?:[Hh]otel|[Hh]aus|[Hh]eim|[Hh]of|[Hh]ütte|[Ss]tall"
                       r"|[Gg]ebäude|[Ss]chule|[Kk]irche|[Ss]chloss|[Kk]loster|[Ll]okal|[Rr]estaurant"
                       r"|[Tt]heater|[Mm]useum|[Bb]ahnhof|[Ll]agerhalle|[Ss]pital|[Kk]rankenhaus))"
                       r"(?P<named> .+)?$")
_FEMININE = ("hütte", "schule", "kirche", "halle")
# "In der Nacht auf Sonntag brach im Dachgeschoß ein Feuer aus": the incident's time, its verb, the part
# of the building it struck (not already said whose: "im Keller des Hauses")
_INCIDENT = re.compile(rf"^(?P<when>In der Nacht (?:auf|zum) (?:{WEEKDAYS})|Am (?:frühen |späten )?{DAY_PART}"
                       r"|Kurz (?:vor|nach) Mitternacht) (?P<verb>brach|kam|explodierte|stürzte) "
                       r"(?P<part>(?:im|in der|in einem|in einer|auf dem|unter dem) [A-ZÄÖÜ][\w-]+)"
                       r"(?! (?:des|der|von)\b| [A-ZÄÖÜ„])(?P<rest> .+)$")


def _whose(building: re.Match) -> str:
    """The building in the genitive: "des Vier-Sterne-Hotels „Alpenrose“ ...", "der Schutzhütte ..."."""
    noun, adjective = building["noun"], building["adjective"] or ""
    named = building["named"] or ""
    if building["article"] == "Die" and noun.lower().endswith(_FEMININE):
        return f"der {adjective and adjective[:-1] + 'n '}{noun}{named}"
    if building["article"] == "Die":
        return ""  # (a plural or a noun this does not know: leave it)
    ending = "es" if noun.endswith(("s", "ß", "x", "z")) else "s"
    return f"des {adjective and adjective[:-1] + 'n '}{noun}{ending}{named}"


def incident_news(units: list[Unit]) -> tuple[list[Unit], Unit] | None:
    """The unit telling an incident at the building the background lead is about, said with the building
    named ("... brach im Dachgeschoß des Hotels „Alpenrose“ ein Feuer aus"), and the units to read it
    among: without a headline said as the lead ("Bei einem Hotelbrand ... sind zwei Menschen ums Leben
    gekommen"), whose toll the incident's own sentences tell with the place named; or None."""
    said = len(units) > 1 and tells_people_hit(units[0].text) and not any(
        0 in (u.needs, *u.or_else, *u.also) for u in units[1:])
    units = units[1:] if said else units
    lead = units[0].text if units else ""
    building = _BUILDING.match(before_verb(lead))
    whose = _whose(building) if building and background_lead(lead) else ""
    for unit in units[1:FEATURE_SEARCH] if whose else ():
        incident = _INCIDENT.match(unit.text)
        if not incident or unit.needs is not None or unit.also or unit.or_else:
            continue
        news = f"{incident['when']} {incident['verb']} {incident['part']} {whose}{incident['rest']}"
        if verdict(0, [news]) != (None, "") or opening_reference(news):
            return None
        return units, Unit(unit.index, news, min_new=unit.min_new)
    return None

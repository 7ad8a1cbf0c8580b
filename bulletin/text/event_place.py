"""The dateline's place said in a lead that tells an event and names no place.

Agency copy often names the town only in its dateline ("Kapfenberg (APA) – Bei dem Brand in der
Nacht auf Sonntag sind sechs Menschen verletzt worden ..."). The dateline is not read, so the item
never says where (every outside reader asked for the town). The lead then says it after its
verb: "... sind in Kapfenberg sechs Menschen verletzt worden", "Am Donnerstag ist in Mauterndorf
ein Schulbus ...", "Ein Brand hat am Sonntag in Musterdorf einen Bauernhof zerstört".

Only where the dateline's place is surely where it happened: one place (not "Innsbruck/Wien"), a
lead telling an incident, people hurt, found or rescued, a crime, or jobs lost at a firm (the
reporter is where such things happen; a minister's decision datelined "Wien" is not "in Wien"), a
lead naming no town, region or country of its own (a bureau in Jerusalem reports "im Norden des
Westjordanlandes"), and a verb before any comma. Else the lead stays.
"""

from __future__ import annotations

import re

from bulletin.text.antecedents import is_title
from bulletin.text.asked_for import tells_incident, tells_people_hit
from bulletin.text.datelines import STATE_OF_ADJECTIVE, STATE_OF_CAPITAL, STATES
from bulletin.text.genre import SCORE
from bulletin.text.grammar import finite_verbs
from bulletin.text.known import COUNTRIES, NAME_UPPER, REGIONS

# "festgenommen", "überfallen", "in eine Trafik eingebrochen": a crime, where it happened (not "Die
# Bauproduktion ist eingebrochen")
_CRIME = re.compile(r"\b(?:festgenommen|verhaftet|ausgeforscht|gefasst|überfallen|ausgeraubt|erstochen"
                    r"|erschossen|niedergestochen|angeschossen|Einbruch\w*|Überfall\w*|Raub\w*)\b"
                    r"|\bin\s+(?:ein|eine|einen|das|die|den)\b[^.;]*\beingebrochen\b")
# "stehen 180 Arbeitsplätze auf dem Spiel", "sollen 380 Stellen wegfallen": jobs lost where the firm is
_JOBS = re.compile(r"\b\d[\d.]*\s+(?:Arbeitsplätze|Stellen|Jobs|Beschäftigte)\b")
# a town named already: "in Graz", "bei Villach", "aus St. Pölten" (a name without an article)
_TOWN = re.compile(r"\b(?:in|bei|nahe|aus|nach)\s+(?:St\.\s|Bad\s)?[A-ZÄÖÜ][a-zäöüß]+\b(?!-)")
# a region named: "im Norden des Westjordanlandes", "im Mühlviertel", "im Lungau", "im Bezirk X"
# (a reporter in Jerusalem tells of the West Bank: the dateline's town is not where it happened)
_REGION = re.compile(r"\b(?:Norden|Süden|Osten|Westen|Nordosten|Nordwesten|Südosten|Südwesten|Region|Provinz"
                     r"|Bezirk|Gebiet|Bundesland|Kanton)\b|\b[A-ZÄÖÜ]\w*(?:viertel|tal|gau|land|landes|kreis"
                     r"|gebirge)\b")
# after the verb: a pronoun, and the time the subject's sentence tells first ("am Sonntag", "in der
# Nacht auf Montag", "kurz nach 7 Uhr"), which come before a place
_PRONOUN = re.compile(r"(?:er|sie|es|sich|man)\s+")
_TIME = re.compile(r"(?:am\s+(?:frühen\s+|späten\s+)?[A-ZÄÖÜ]\w+"
                   r"|in\s+der\s+Nacht(?:\s+(?:auf|zum)\s+[A-ZÄÖÜ]\w+)?|heute|gestern|(?:kurz\s+)?(?:nach|vor|gegen)\s+[\d.]+\s+Uhr)"
                   r"(?:\s+(?:kurz\s+)?(?:nach|vor|gegen|um)\s+[\d.]+\s+Uhr)?\s+")


def with_place_said(lead: str, place: str) -> str:
    """``lead`` with the dateline's ``place`` said after its verb ("... sind in Kapfenberg sechs
    Menschen verletzt worden") where it tells an event there and names no place; else ``lead``."""
    if not place or "/" in place or not _tells_event_there(lead) or _names_a_place(lead, place):
        return lead
    found = _first_verb(lead)
    if not found or "," in lead[:found.start()]:
        return lead  # (a clause before the verb: where the main clause's verb stands is less sure)
    at = found.end()
    pronoun = _PRONOUN.match(lead, at)
    at = pronoun.end() if pronoun else at
    time = _TIME.match(lead, at)
    at = time.end() if time and not lead[:found.start()].lower().startswith(("am ", "in der nacht")) else at
    return f"{lead[:at]}in {place} {lead[at:]}"


def _first_verb(lead: str) -> re.Match | None:
    """Where ``lead``'s first finite verb stands (group 1), with the space after it; None without one."""
    verbs = finite_verbs(lead)
    return re.search(rf"(?<=\s)({re.escape(verbs[0])})\s+", lead) if verbs else None


def _tells_event_there(lead: str) -> bool:
    """An incident, people hit, a crime or jobs lost; not a match ("Sturm hat Rapid mit 3:1 besiegt")."""
    told = tells_incident(lead) or tells_people_hit(lead) or bool(_CRIME.search(lead) or _JOBS.search(lead))
    return told and not SCORE.search(lead)


def _names_a_place(lead: str, place: str) -> bool:
    """``lead`` names the dateline's place, a town or a region of its own, or a country."""
    stem = place.split()[0].rstrip(".")[:5] if not place.startswith(("St.", "Bad ")) else place[:8]
    if stem in lead or _TOWN.search(lead) or _REGION.search(lead):
        return True
    return any(name in lead for name in COUNTRIES | REGIONS | STATES | _NEIGHBOUR_STATES)


_NEIGHBOUR_STATES = frozenset({"Bayern"})  # (a German state, which the lists do not name)


# the offices of a town and of a state, named in a lead's subject
_TOWN_OFFICE = re.compile(r"\b(?:(?:Vize)?[Bb]ürgermeister(?:in)?|Orts?chef(?:in)?|Stadtchef(?:in)?"
                          r"|Gemeinderat|Stadtrat|Stadträtin|Stadtsenat|Stadtverwaltung|Magistrat|Gemeinde"
                          r"|städtisch\w*)\b")
_STATE_OFFICE = re.compile(r"\b(?:\w*[Ll]andesrat|\w*[Ll]andesrätin|Landeshauptmann|Landeshauptfrau"
                           r"|Landesregierung|Landtag|Das\s+Land)\b")
# where a state's office is, as a lead says it first ("In der Steiermark hat ..."; else "In Tirol")
_IN_STATE = {"Steiermark": "In der Steiermark", "Burgenland": "Im Burgenland"}
_SUBJECT_FIRST = re.compile(rf"(?:(?:Der|Die|Das|Ein|Eine)\s|[{NAME_UPPER}][\w-]*(?:\s+[{NAME_UPPER}][\w-]*)+"
                            rf"(?:\s+\([A-ZÄÖÜ]+\))?$)")


def with_office_place(lead: str, place: str, headlines: tuple[str, ...], sentences: tuple[str, ...] = ()) \
        -> str:
    """``lead`` said with where the office telling it is ("In Traun hat der Leiter der städtischen
    IT-Abteilung, Gernot Hametner, am Dienstag ...") from the headline's place adjective, the town the
    article's ``sentences`` say a mayor heads, or the dateline's ``place``; ``headlines``: the headline
    and a standfirst not read; else ``lead``."""
    found = _first_verb(lead)
    subject = lead[:found.start()].rstrip() if found else ""
    if not _SUBJECT_FIRST.match(subject) or re.search(r",\s+[a-zäöü]", subject):
        return lead  # (a relative clause in the subject: where its verb ends is not sure)
    if re.search(r"\b(?:von|aus)\s+[A-ZÄÖÜ]", subject):
        return lead  # ("Der Bürgermeister von Heidenreichsdorf": its place said)
    rest, mayor = lead[found.end():], _MAYOR_NAMED.fullmatch(subject)
    towns = {found["town"] for s in sentences for found in _TOWN_HEADED.finditer(s)} if mayor else set()
    if len(towns) == 1:  # "Seit 2005 stand er an der Spitze der Marktgemeinde X": "Der Bürgermeister von X"
        return f"{mayor['office']} von {towns.pop()}, {mayor['name']}, {found[1]} {rest}"
    where = _office_place(subject, place, headlines)
    if not where or _names_a_place(lead, where.split()[-1]):
        return lead
    if mayor and where == f"In {place}":  # "Der Bürgermeister von Pettenbrunn, Johann Leitgeb, gab ..."
        return f"{mayor['office']} von {place}, {mayor['name']}, {found[1]} {rest}"
    pronoun = re.match(r"(?:sich|es|ihm|ihn|ihr|ihnen)\s+", rest)  # "hat sich der Bürgermeister"
    rest = rest[pronoun.end():] if pronoun else rest
    article = subject.split()[0] in ("Der", "Die", "Das", "Ein", "Eine")
    subject = subject[0].lower() + subject[1:] if article else subject
    return f"{where} {found[1]} {pronoun[0] if pronoun else ''}{subject} {rest}"

# the town a mayor heads: "an der Spitze der Marktgemeinde Sankt Veit am Hollersbach"
_TOWN_HEADED = re.compile(r"\ban der Spitze der (?:Markt|Stadt)?[Gg]emeinde (?P<town>[A-ZÄÖÜ][\w-]+"
                          r"(?: (?:am|an der|im|in der|bei|ob der) [A-ZÄÖÜ][\w-]+| [A-ZÄÖÜ][\w-]+)*)")
# a town's head named, the lead's subject: "Der Bürgermeister Johann Leitgeb"
_MAYOR_NAMED = re.compile(r"(?P<office>(?:Der|Die) (?:Bürgermeister(?:in)?|Ortschef(?:in)?))"
                          rf" (?P<name>[{NAME_UPPER}][\w-]+ [{NAME_UPPER}][\w-]+)")


def _office_place(subject: str, place: str, headlines: tuple[str, ...]) -> str:
    """ "In Südtirol" from the headline's adjective; else, for an office named in ``subject``, "In
    Salzburg" for a state's office datelined from its capital, "In Traun" for a town's."""
    adjective = next((found for h in headlines if (found := _HEADLINE_PLACE.match(h))), None)
    if adjective and (_an_office(adjective["office"]) or is_office(adjective["office"])):
        state = next(s for a, s in STATE_OF_ADJECTIVE.items() if adjective[1].lower().startswith(a))
        return _IN_STATE.get(state, f"In {state}")
    if not place or "/" in place:
        return ""
    state = STATE_OF_CAPITAL.get(place, "Südtirol" if place == "Bozen" else "")
    if _STATE_OFFICE.search(subject) and state:
        return _IN_STATE.get(state, f"In {state}")
    return f"In {place}" if _an_office(subject) else ""


def _an_office(words: str) -> bool:
    return bool(_TOWN_OFFICE.search(words) or _STATE_OFFICE.search(words))


# a headline led by a place's adjective and a role: "Südtiroler Landesrat tritt ... zurück"
_HEADLINE_PLACE = re.compile(rf"^((?:{'|'.join(a.capitalize() for a in STATE_OF_ADJECTIVE)})\w*)"
                             r"\s+(?P<office>[A-ZÄÖÜ][\w-]+)\s")


def is_office(word: str) -> bool:
    """A title, or an office or role a person holds ("Landesrat", "Paukfix-Gründer", "SVP-Politiker")."""
    return is_title(word.lower()) or word[:1].isupper() and word.lower().endswith(
        ("rat", "rätin", "gründer", "gründerin", "politiker", "politikerin"))

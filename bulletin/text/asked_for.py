"""What listeners ask for right after a lead, by the kind of story it tells: after an accident, what it did
to people (and the latest toll, not the first count); after a fraud conviction, what it cost; after a
business item, how many jobs go; after a race, by how much and ahead of whom it was won, and whether
it was the winner's first; after a strike called, when it runs; after a resignation, why. Each gives the
positions of the sentences telling it, which gain in the condenser's scores (TOLL_BONUS and the like).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bulletin.text.genre import HOME_BONUS, RESULT_VERB, SCORE, STANDING_BONUS, home_angle, standings
from bulletin.text.news import RECAP, WEEKDAYS, past_perfect

if TYPE_CHECKING:  # (the condenser's units: asked_for is read before units.py is)
    from bulletin.text.units import Unit

# An accident or a disaster ("ist eine Fähre ... auf Grund gelaufen", "Ein Hagelunwetter ist ...
# gezogen", "Ein Großbrand ..."), and what it did to people ("Verletzt wurde niemand."): after the
# event, the first thing a listener asks about.
_INCIDENT = re.compile(r"\b(?:\w*[Uu]nfall|\w*[Uu]nglück|\w*(?:[Bb]rand|[Bb]ränd(?:e|en)|[Ff]euer)|Explosion"
                       r"|Unwetter|Hagel\w*|Lawine|Erdbeben|Beben|Hochwasser|Überschwemmung\w*|Sturm|Murenabgang|Mure|Absturz"
                       r"|Fluten|Regenfällen|Starkregen"
                       r"|auf Grund gelaufen|entgleist|umgestürzt|Entgleisung|abgestürzt|gekentert"
                       r"|eingestürzt|verunglückt|(?:auf die Seite |um)gekippt"
                       r"|von der Fahrbahn abgekommen|von der Fahrbahn ab\b|zusammengestoßen"
                       r"|kollidiert|explodiert|aufgefahren|geprallt|prallte|eingeklemmt|überschlagen)\b")
_PEOPLE_HIT = re.compile(r"\b(?:[Vv]erletzt|schwer verletzt|getötet|ums Leben|starben|tot|geborgen|gerettet"
                         r"|in Sicherheit gebracht|evakuiert|vermisst|unverletzt"
                         r"|(?:lebend|tot)\s+(?:auf)?gefunden"
                         r"|(?:Leicht|Schwer)?[Vv]erletzte[n]?|Tote[n]?|Todesopfer[n]?)\b")
TOLL_BONUS = 0.5


# "Zwei Passagiere ... waren nach Angaben der Polizei sofort tot.", "Drei Menschen kamen ums Leben.": deaths
_KILLED = re.compile(r"\b(?:war|waren)\s+(?:[\w.-]+\s+){0,6}?(?:sofort|noch\s+an\s+der\s+Unfallstelle)"
                     r"\s+tot\b|\b(?:kam|kamen)\s+(?:[\w.-]+\s+){0,6}?ums\s+Leben\b|\b(?:starb|starben|erlag|erlagen)\b"
                     r"|\bgetötet\b|\b(?:bargen|bergen|geborgen)\b[^.]*\bLeichen?\b")  # "bargen vier Leichen"


def tells_incident(sentence: str) -> bool:
    """The sentence tells an accident or a disaster ("... war ein Kleinbus auf das Ende eines Staus
    aufgefahren") or deaths ("Zwei Passagiere ... waren sofort tot."): news, however a reporter's
    scene set it up."""
    return bool(_INCIDENT.search(sentence) or _KILLED.search(sentence))


def tells_people_hit(sentence: str) -> bool:
    """The sentence tells what happened to people: hurt, killed, rescued, found alive or dead."""
    return bool(_PEOPLE_HIT.search(sentence))


def human_toll(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` that tell what the accident or disaster ``lead`` tells did to
    people ("Alle Passagiere konnten in Sicherheit gebracht werden, 14 wurden leicht verletzt"),
    when the lead does not say it."""
    if not _INCIDENT.search(lead) or _PEOPLE_HIT.search(lead):
        return []
    return [n for n, text in enumerate(sentences) if _PEOPLE_HIT.search(text)]


# The latest toll and the jobs a firm cuts rank right after the lead: a listener must not hear only the
# first count, nor a firm's figures without its jobs (add_asked_for).
ASKED_FIRST_FLOOR = 1.0
TIE = 0.01  # above the best of the others: read first after the lead (why someone resigned)


def toll_since(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` telling the toll since the first count the ``lead`` says
    ("mindestens zwölf Menschen ums Leben gekommen" ... "Inzwischen sind 17 Menschen gestorben"; "zwei
    Menschen verletzt" ... "Inzwischen ist von fünf Verletzten die Rede"): of the injured when the lead
    tells only injuries, else of the dead."""
    if not tells_incident(lead):
        return []
    dead = _DEAD.search(lead) or _KILLED.search(lead)
    # (a lead telling the event with no count, "Vor X hat es ein Fährunglück gegeben": the deaths first)
    hurt = _INJURED if _INJURED.search(lead) and not dead else _DEAD
    return [n for n, text in enumerate(sentences) if _TOLL_SINCE.search(text) and hurt.search(text)]


def vote_taken(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` telling the vote a bill got ("Die Novelle wurde mit den Stimmen
    von ÖVP, SPÖ und NEOS beschlossen."), when the ``lead`` tells only its debate in a parliament
    ("hat ... im Nationalrat eine Novelle verteidigt"): the outcome a listener asks for first."""
    if not _DEBATED.search(lead) or _VOTED.search(lead):
        return []
    return [n for n, text in enumerate(sentences) if _VOTED.search(text)][:1]


_DEBATED = re.compile(r"\b(?:im|vor dem)\s+(?:Nationalrat|Bundesrat|Landtag|Bundestag|Parlament"
                      r"|Gemeinderat)\b[^.]*\b(?:verteidigt|debattiert|diskutiert|vorgestellt|eingebracht|präsentiert)\b")
_VOTED = re.compile(r"\b(?:wurden?|ist|sind)\b[^.]*\b(?:beschlossen|verabschiedet|angenommen|abgelehnt)\b")


_FROM_THREE = r"(?:drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"  # counts said in words
_A_COUNT = rf"(?:\d|(?:zwei|{_FROM_THREE})\s+[A-ZÄÖÜ])"
_TOLL_SINCE = re.compile(r"\b(?:[Ii]nzwischen|[Mm]ittlerweile|damit\s+sind"
                         r"|auf\s+(?:mindestens\s+)?\d+\s+gestiegen)\b[^.]*"
                         rf"{_A_COUNT}|\b(?:stieg|steigt)\s+die\s+Zahl\s+der\s+(?:\w+\s+)?(?:Tote|Todesopfer|Verletzte)\w*"
                         rf"[^.\d]*?\s+auf\s+(?:mindestens\s+)?(?:\d|{_FROM_THREE}\b)"
                         # "Am Abend korrigierte die Behörde die Zahl der Toten auf 23 nach oben"
                         r"|\bkorrigierten?\b[^.]*\bZahl\s+der\s+(?:Tote|Todesopfer|Verletzte)\w*\s+auf\s+\d"
                         # "..., die Zahl der Todesopfer stieg damit auf vier"
                         rf"|\bZahl\s+der\s+(?:Tote|Todesopfer|Verletzte)\w*\s+(?:stieg|steigt)\s+(?:damit\s+)?auf"
                         rf"\s+(?:mindestens\s+)?(?:\d|{_FROM_THREE}\b)"
                         # "bis zum Abend meldeten die Behörden mindestens 47 Todesopfer"
                         r"|\bbis\s+(?:zum\s+)?(?:Abend|Nachmittag|Mittag|Morgen|\w+tag\w*)\s+(?:meldeten|zählten"
                         r"|bestätigten)\b[^.]*\d")
_DEAD = re.compile(r"\b(?:gestorben|ums Leben|Tote\w*|Todesopfer\w*|getötet)\b")
_INJURED = re.compile(r"\b(?:verletzt|(?:Leicht|Schwer)?[Vv]erletzte\w*)\b")


# "acht Menschen verletzt", "von 21 Verletzten", "zwei Tote": a count of the hurt or the dead
_TOLL_COUNT = re.compile(rf"\b(?P<count>\d[\d.]*|zwei|{_FROM_THREE})\s+"
                         r"(?:(?:Menschen|Personen|Gäste|Insassen)\s+(?:\w+\s+){0,3}?(?:verletzt|getötet|ums\s+Leben)"
                         r"|(?:Schwer|Leicht)?[Vv]erletzte[n]?\b|Tote[n]?\b|Todesopfer[n]?\b)")


@lru_cache(maxsize=4096)  # asked by the selection for each pair of sentences it ranks
def toll_counts(said: str) -> frozenset[str]:
    """The counts of people hurt or killed ``said`` tells ("acht Menschen ... verletzt" tells "acht")."""
    return frozenset(found["count"] for found in _TOLL_COUNT.finditer(said))


# "... wegen Untreue zu 18 Monaten verurteilt", and "Er soll der Gemeinde einen Schaden von rund 420.000
# Euro zugefügt haben": after a conviction or a charge for a crime against property, what it cost
_PROPERTY_CRIME = re.compile(r"\b(?:Betrug\w*|Untreue|Diebstahl\w*|Veruntreuung|Unterschlagung|Geldwäsche"
                             r"|Amtsmissbrauch\w*|Anlagebetrug\w*|Steuerhinterziehung|Betrüger\w*"
                             # "... als Polizisten ausgegeben und ältere Menschen um ihr Erspartes gebracht"
                             r"|um\s+(?:ihr|sein|ihre|seine)\s+(?:Erspartes|Ersparnisse|Geld))\b")
_DAMAGE = re.compile(r"\b\w*[Ss]chaden\b[^.;]*?\b\d[\d.,]*\s*(?:Mio\.|Millionen|Mrd\.|Milliarden)?\s*Euro\b"
                     r"|\bum\s+(?:(?:rund|insgesamt|mehr\s+als|knapp|fast)\s+){0,2}\d[\d.,]*\s*(?:Mio\.|Millionen)?\s*Euro\s+"
                     r"(?:gebracht|betrogen|geschädigt|erleichtert)\b")


def damage_done(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` that tell what the crime the ``lead`` convicts or charges for
    cost ("einen Schaden von rund 420.000 Euro"), when the lead does not: readers asked for it in
    each fraud and breach-of-trust item."""
    if not _PROPERTY_CRIME.search(lead) or _DAMAGE.search(lead):
        return []
    return [n for n, text in enumerate(sentences) if _DAMAGE.search(text)]


# "Mit der Umstellung fallen 14 der bisher 38 Arbeitsplätze weg", "380 Stellen wurden abgebaut": jobs lost,
# the figure a business item's listeners ask for first (readers asked for it in every such item)
_JOBS = (r"(?:\w*(?:Arbeitsplätze|arbeitsplätze|Stellen|stellen)|Jobs|Mitarbeiter\w*|Beschäftigte\w*"
         r"|Dienstnehmer\w*|Arbeitnehmer\w*)")
_JOBS_CUT = re.compile(rf"\b\d[\d.]*\b[^.;:]{{0,60}}?\b{_JOBS}\b[^.;:]{{0,60}}?\b(?:weg|wegfallen|entfallen"
                       r"|abgebaut|abbauen|gestrichen|streichen|gekündigt|kündigen|verlieren|Abbau|betroffen)\b"
                       # "... und streicht 380 Stellen", "baut 120 Jobs ab": the verb first
                       rf"|\b(?:streicht|streichen|baut|bauen|kündigt|kündigen)\s+(?:\w+\s+){{0,3}}?\d[\d.]*\s+{_JOBS}"
                       # "Betroffen sind 94 Dienstnehmerinnen und Dienstnehmer", "..., betroffen sind 146
                       # Beschäftigte": an insolvency's staff
                       # ("betroffen sind 187 Gläubiger und 92 Beschäftigte", "betroffen sind nach
                       # Unternehmensangaben rund 1.150 der insgesamt 3.900 Beschäftigten")
                       rf"|\b[Bb]etroffen\s+sind\s+(?:\d[\d.]*\s+Gläubiger\s+und\s+|nach\s+[\w\s]{{3,30}}?)?"
                       rf"(?:rund\s+|etwa\s+)?\d[\d.]*\s+(?:der\s+(?:insgesamt\s+)?(?:etwa\s+|rund\s+)?\d[\d.]*\s+)?"
                       rf"{_JOBS}")


def jobs_cut(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` that tell how many jobs go, when the ``lead`` does not."""
    if _JOBS_CUT.search(lead):
        return []
    return [n for n, text in enumerate(sentences)
            if _JOBS_CUT.search(text) and not _OPEN.match(text) and not RECAP.match(text)]


# "die Strom- und Fernwärmeversorgung ... sei nicht gefährdet", "schwer verletzt wurde niemand", "Bestehende
# Genehmigungen bleiben gültig": what listeners who fear for themselves ask first after bad news
_SAFE = re.compile(r"\b(?:nicht|nie)\s+gefährdet\b|\bkeine\s+(?:akute\s+)?Gefahr\b"
                   r"|\b[Vv]erletzt\s+wurde\s+(?:[\w.]+\s+){0,4}?niemand\b|\bniemand\s+(?:wurde\s+)?(?:schwer\s+)?verletzt\b"
                   r"|\b(?:bleiben|bleibt)\s+(?:\w+\s+)?gültig\b|\bkein\s+Grund\s+zur\s+(?:Sorge|Beunruhigung)\b")


def all_safe(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` that tell what is not at risk (the power supply after a hacker
    attack, the children after a bus crash), when the ``lead`` does not say it."""
    return _told_after(_SAFE, lead, sentences)


# "31.400 Besucherinnen und Besucher", "bis zu 4.800 Euro pro Jahr", "um 22 Prozent mehr": how much,
# how many; the figure a listener takes away when the lead has none (not how far: "40 Kilometer südlich")
_MEASURED = re.compile(r"\b\d[\d.]*(?:,\d+)?\s+(?:Prozent|Euro|Dollar|Franken|Millionen|Milliarden"
                       r"|Mio\.|Mrd\.|Grad|Tonnen|Hektar|Liter)\b|\b\d[\d.]*(?:,\d+)?\s+(?:[a-zäöüß]+e[nrs]?\s+)?"
                       r"(?:Menschen|Personen|Kinder|Schüler\w*|Besucher\w*|Stellen|Jobs|Arbeitsplätze|Beschäftigte\w*"
                       r"|Mitarbeiter\w*|Wohnungen|Haushalte|Kunden\w*|Fälle|Tote[n]?|Verletzte[n]?|Datensätze"
                       r"|Exemplare|\w*[Pp]lätze|Betten|Anträge|Einsatzkräfte|Seen)\b")
FIGURE_BONUS = 0.3  # (0.2 took figures in 8 of 194 items, 0.3 in 14; readers asked for them in most)


# "Die Passiva belaufen sich laut KSV1870 auf rund 14,2 Millionen Euro": what an insolvent firm owes, asked
# for after the insolvency (with the staff it affects, jobs_cut)
_INSOLVENCY = re.compile(r"\b(?:\w*[Ss]anierungsverfahren\w*|Konkurs\w*|[Ii]nsolven\w*|zahlungsunfähig)\b")
_DEBTS = re.compile(r"\b(?:Passiva|Verbindlichkeiten|Schulden)\b[^.;]*\d")


def debts_owed(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` that tell what the firm the ``lead`` tells insolvent owes (not after
    "Wie gemeldet, ...": what is new weighs more)."""
    return _told_after(_DEBTS, lead, sentences) if _INSOLVENCY.search(lead) and not RECAP.match(lead) else []


# "trat ... zurück", "legte sein Amt zurück", "seinen Rücktritt": a resignation, after which a listener asks
# why ("Seit Wochen stand er in der Kritik, weil ...", "Ihm wird vorgeworfen, ..."), unless the lead says it
# (not "neun Jahre nach seinem Rücktritt": told as the news, a verb saying it)
_RESIGNED = re.compile(r"\b(?:trat|tritt|treten|traten)\b[^.;]*\bzurück\b|\bzurückgetreten\b"
                       r"|\b(?:gab|gibt|kündigte|kündigt|erklärte|erklärt|verkündete|verkündet)\b[^.;]*\bRücktritt\b"
                       r"|\b(?:legte|legt)\b[^.;]*\b(?:Amt|Funktion|Mandat)\w*\b[^.;]*\bzurück\b")
_WHY = re.compile(r"\b(?:weil|wegen|nach\s+(?:den\s+)?Vorwürfen|in\s+der\s+Kritik|unter\s+Druck|vorgeworfen"
                  r"|Vorw[üu]rf\w*|\w*[Aa]ffäre\w*|\w*[Ss]kandal\w*"
                  # "Im Mittelpunkt steht die Umwidmung", "Hintergrund ist ...": what the pressure is about
                  r"|Im\s+Mittelpunkt\s+(?:steht|stehen|stand|standen)|Hintergrund\s+(?:ist|sind|war|waren))\b")


# "Zuletzt geriet der Manager jedoch zunehmend unter Druck.": the pressure told, not what it is about
_BARE_PRESSURE = re.compile(r"^(?!.*\b(?:wegen|weil|nachdem)\b)(?:\S+\s+){0,8}?unter\s+Druck"
                            r"(?:\s+geraten|\s+gestanden)?\.$")


def why_resigned(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` that tell why the one the ``lead`` tells of resigned, when the lead
    does not say it (blind readers asked for it in every resignation read without it); after a sentence
    that tells only the pressure, the one after it (what it was about)."""
    found = _told_after(_WHY, lead, sentences)[:1] if _RESIGNED.search(lead) else []
    if found and _BARE_PRESSURE.match(sentences[found[0]]) and found[0] + 1 < len(sentences):
        # (one of the next few saying why in the newsroom's words, "... ermittelt wegen des Verdachts der
        # Untreue", not a quoted denial: the pressure was moved up to the lead, a reaction and profile follow)
        after = range(found[0] + 1, min(found[0] + 6, len(sentences)))
        said = (n for n in after if _WHY.search(sentences[n]) and "„" not in sentences[n])
        return [next(said, found[0] + 1)]
    return found


def reason_asked(units: list[Unit]) -> int | None:
    """The index of the unit telling why the one the lead of ``units`` tells of resigned, when the lead does
    not say it: an item is not read without it (a long reason lost to two short sentences of profile
    in the selection's sum, and blind readers rewrote every such item)."""
    found = why_resigned(units[0].text, [u.text for u in units[1:]]) if units else []
    return units[found[0] + 1].index if found else None


# "siegten mit 2:1", "zum 2:1-Endstand", "setzte sich mit 2:1 durch", "traf ... zum 2:1 und schoss den Klub
# ins Viertelfinale": a match's final result
_FINAL = re.compile(rf"{RESULT_VERB.pattern}|\b(?:Endstand|Endergebnis|Siegtreffer|Siegestor|Siegtor)\b"
                    r"|\bsetzten?\s+sich\b[^.;]*\bdurch\b|\bzum\s+Sieg\b"
                    r"|\bzum\s+\d+:\d+\b[^.;]*\bins\s+\w*(?:[Ff]inale|Endspiel)\b")


def final_result(units: list[Unit]) -> Unit | None:
    """The unit telling a match's final result when the lead tells no score (a match told from its
    scene), or None; not one in the past perfect ("hatte ... mit 4:3 bezwungen", an earlier round's)."""
    if not units or SCORE.search(units[0].text):
        return None
    return next((u for u in units[1:] if SCORE.search(u.text) and _FINAL.search(u.text)
                 and not past_perfect(u.text)), None)


def key_asked(units: list[Unit], headline: str) -> int | None:
    """The index of the unit a listener asks for first, which an item is not read without: why the one the
    lead tells of resigned (reason_asked), a match's final result after a lead telling no score, or what an
    accident the ``headline`` or the lead tells did to people, when the lead does not say it (blind readers
    rewrote every such item: a cup win told by the club's past, a bus crash by the group's itinerary)."""
    reason = _cause_told(units, headline) if units else None  # (the headline's first: "nach Prüfbericht")
    reason = reason_asked(units) if reason is None else reason
    if reason is not None or not units:
        return reason
    result = final_result(units)
    if result is not None:
        return result.index
    if _PEOPLE_HIT.search(units[0].text) or not (tells_incident(headline) or tells_incident(units[0].text)):
        return None
    return next((u.index for u in units[1:] if _PEOPLE_HIT.search(u.text)
                 and re.search(rf"\d|\b(?:zwei|{_FROM_THREE})\b", u.text)), None)


# "Bürgermeister von X tritt nach Prüfbericht zurück": what the headline says made the person go
_GOES_AFTER = re.compile(r"\b(?:tritt|treten|trat)\b.*\bnach (?P<cause>[A-ZÄÖÜ][\w-]+) zurück\b")


def _cause_told(units: list[Unit], headline: str) -> int | None:
    """The index of the first unit after the lead naming what the ``headline`` says made the one it tells of
    resign ("Prüfbericht": "... aus einem ... Bericht des Landesrechnungshofs hervor"), when the lead does not
    name it; or None."""
    found = _GOES_AFTER.search(headline)
    kind = re.split(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ])|-", found["cause"])[-1] if found else ""
    stem = (kind[-7:] if len(kind) > 7 else kind).lower()  # "Prüfbericht" -> "bericht"
    if not stem or stem in units[0].text.lower():
        return None
    return next((u.index for u in units[1:] if re.search(rf"\w*{re.escape(stem)}\w*", u.text.lower())), None)


def figures_told(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` that tell how much or how many ("31.400 Besucherinnen und
    Besucher", "14,8 Prozent"), when the ``lead`` tells no such figure."""
    return _told_after(_MEASURED, lead, sentences)


def _told_after(told: re.Pattern, lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` where ``told`` is found, none when the ``lead`` says it already."""
    return [] if told.search(lead) else [n for n, text in enumerate(sentences) if told.search(text)]


# "Wie viele der 150 Mitarbeiter ..., ist nicht klar": an open question (and news.RECAP: "Wie berichtet,
# hatte der Betrieb bereits im Herbst 22 Stellen abgebaut", a cut told before)
_OPEN = re.compile(r"^(?:Wie viele|Ob|Wann|Wer)\b")


# "... setzte sich mit 0,18 Sekunden Vorsprung auf die Schwedin X durch": a race's winning margin and
# runner-up, after a lead telling the win (not the standing after a first run: "nach dem ersten Durchgang")
_WON = re.compile(r"\b(?:gewann|gewinnt|siegte|gesiegt|gewonnen|Sieg\w*|\w+sieg\w*)\b")
_MARGIN = re.compile(r"\b\d+,\d+\s+Sekunden\s+(?:Vorsprung|vor\b)|\bSekunden\s+Vorsprung\b")


# "... hat in Wengen den zweiten Platz belegt": a place on the podium below the win, and who won
_PLACED = re.compile(r"\b(?:zweiten|dritten)\s+(?:Platz|Rang)\b|\bRang\s+(?:zwei|drei)\b"
                     r"|\b(?:wurde|als)\s+(?:Zweite|Zweiter|Dritte|Dritter)\b")
_WINNER = re.compile(r"\bgeschlagen\s+geben\b|\b(?:Sieger|Siegerin)\s+wurde\b"
                     r"|\b(?:gewann|siegte)\s+(?:der|die)\b")


# "Für Reitbauer ist es der erste Titel auf der ATP-Tour": a win that is someone's first
_FIRST_WIN = re.compile(r"\b(?:der|die|das|den|dem|sein\w*|ihr\w*)\s+erste[nmr]?\s+(?:[\w-]+\s+)?"
                        r"(?:Titel|Sieg|Weltcupsieg|Turniersieg|Saisonsieg|Erfolg|Meistertitel|Goldmedaille)\b")


def first_win(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` telling that the win the ``lead`` tells is the winner's first
    (readers asked for "der erste Titel auf der ATP-Tour", "der erste Weltcupsieg")."""
    if not _WON.search(lead) or _FIRST_WIN.search(lead):
        return []
    return [n for n, text in enumerate(sentences) if _FIRST_WIN.search(text)]


def race_margin(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` that tell by how much and ahead of whom a race was won, when the
    ``lead`` tells the win without it; after a lead telling second or third place, those telling who
    won ("musste sich nur dem Schweizer X geschlagen geben": a reader's first question)."""
    if _PLACED.search(lead) and not _WINNER.search(lead):
        return [n for n, text in enumerate(sentences) if _WINNER.search(text)]
    if not _WON.search(lead) or _MARGIN.search(lead):
        return []
    return [n for n, text in enumerate(sentences) if _MARGIN.search(text) and "Durchgang" not in text]


# "hat ... zu einem Streik aufgerufen": a strike called; "von Mittwoch, 2 Uhr, bis Donnerstag, 18 Uhr":
# when it runs, which travellers and parents ask first
_STRIKE = re.compile(r"\b(?:\w*[Ss]treik\w*|Ausstand|Arbeitsniederlegung\w*)\b")
_WHEN = re.compile(rf"\b(?:ab|von|am|bis)\s+(?:{WEEKDAYS})\w*\b[^.]*?"
                   rf"\b(?:\d{{1,2}}(?:[.:]\d\d)?\s+Uhr|früh|abend|morgen)|\b\d+\s+Stunden\b")


def strike_times(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` that tell when the strike the ``lead`` tells of runs ("Im
    Personenverkehr soll die Arbeit von Mittwoch, 2 Uhr, bis Donnerstag, 18 Uhr, niedergelegt
    werden"), when the lead does not say it."""
    if not _STRIKE.search(lead) or _WHEN.search(lead):
        return []
    return [n for n, text in enumerate(sentences) if _WHEN.search(text)]


def add_asked_for(units: list[Unit], scores: dict[int, float], where: str, home: tuple[str, ...]) -> None:
    """Add to ``scores`` (by unit index) what listeners ask for after the lead of ``units``: the
    standings after a result, the hurt, the jobs lost, what is not at risk, what a crime cost, by how
    much a race was won, when a strike runs, why someone resigned, the latest toll, and a story abroad's
    meaning at ``home``, what an insolvent firm owes (``where``: a standfirst may tell where abroad)."""
    lead, rest = (units[0].text, [u.text for u in units[1:]]) if units else ("", [])
    for n in standings(lead, rest):
        scores[units[n + 1].index] += STANDING_BONUS
    told = {asked: asked(lead, rest) for asked in (human_toll, jobs_cut, damage_done, race_margin, first_win,
                                                     strike_times, all_safe, debts_owed)}
    for n in (n for found in told.values() for n in found):
        scores[units[n + 1].index] += TOLL_BONUS
    # (the jobs and the vote: the first sentence telling them)
    for n in toll_since(lead, rest) + told[jobs_cut][:1] + vote_taken(lead, rest):
        scores[units[n + 1].index] = max(scores[units[n + 1].index], ASKED_FIRST_FLOOR)
    for n in figures_told(lead, rest):
        scores[units[n + 1].index] += FIGURE_BONUS
    for n in home_angle(lead, rest, home, where):
        scores[units[n + 1].index] += HOME_BONUS
    for n in why_resigned(lead, rest):  # before any profile: what the listener asks first
        others = [score for index, score in scores.items() if index != units[0].index]
        scores[units[n + 1].index] = max(others) + TIE

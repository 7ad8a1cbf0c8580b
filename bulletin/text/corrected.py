"""A figure the article corrects further on, said as corrected where the headline gives the first one.

Agency copy often corrects a count at the end: "Zunächst war von 240 betroffenen Mitarbeiterinnen und
Mitarbeitern die Rede, am Nachmittag korrigierte das Unternehmen die Zahl auf 185". Its headline still
says the first count ("Polytherm baut in Wels 240 Stellen ab"). Said as the item's lead, that headline
would tell the listener a figure the article itself withdrew. The headline says the corrected one.
"""

from __future__ import annotations

import re

_FIGURE = r"\d{1,3}(?:\.\d{3})+|\d+"
_ABOUT = r"(?:rund|etwa|mehr\s+als|mindestens|knapp|bis\s+zu|über)\s+"
# "Zunächst war von 240 ... die Rede, am Nachmittag korrigierte das Unternehmen die Zahl auf 185";
# "Zunächst war von rund 5.000 ... die Rede, am Abend sprach das Unternehmen von bis zu 30.000"
_CORRECTION = re.compile(
    rf"\b(?:Zunächst|Anfangs|Ursprünglich|Zuerst)\s+(?:war|hatte|hieß|hatten)\b[^.;]*?\b(?:von\s+)?(?:{_ABOUT})?"
    rf"(?P<old>{_FIGURE})\b(?:[^.;]|\.(?=\d))*?(?:\.\s+)?[^.;]*?\b(?:korrigierte\w*|korrigiert|sprach\w*|"
    rf"nannte\w*)\b[^.;]*?\b(?:auf|von)\s+(?:{_ABOUT})?(?P<new>{_FIGURE})\b")


def corrections(body: str) -> dict[str, str]:
    """The figures ``body`` corrects, first count -> corrected count ("240" -> "185")."""
    found = _CORRECTION.finditer(body)
    return {each["old"]: each["new"] for each in found if each["old"] != each["new"]}


def as_corrected(headline: str, corrected: dict[str, str]) -> str:
    """``headline`` with each figure the body corrects further on (``corrected``, from corrections)
    said as corrected."""
    for old, new in corrected.items():
        headline = re.sub(rf"(?<![\d.,]){re.escape(old)}(?![\d.,]\d)", new, headline)
    return headline


# "Zunächst war von zwölf Verletzten die Rede, inzwischen spricht das Rote Kreuz von 19 Verletzten,
# drei davon schwer." / "..., inzwischen korrigierte die Polizei die Zahl auf vier.": the first count,
# then the latest and who gives it
_WHO = r"(?:der|die|das)\s+(?:[A-ZÄÖÜ]?[a-zäöüß]+e[nr]?\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?"
_FIRST_THEN_LATEST = re.compile(
    rf"^(?:Zunächst|Anfangs|Ursprünglich|Zuerst)\s+war\s+von\s+(?:{_ABOUT})?\S+\s+"
    r"(?P<adjective>[a-zäöüß]+en\s+)?(?P<noun>[A-ZÄÖÜ][\w-]+)\s+"  # ("von zwölf verletzten Kindern")
    r"die\s+Rede(?:\s+gewesen)?,\s+(?:inzwischen|mittlerweile|nun|jetzt|später|am\s+[A-Z]\w+"
    r"|im\s+Laufe\s+des\s+[A-Z]\w+)\s+"
    rf"(?:(?:spricht|sprach|meldet|meldete|nennt|nannte)\s+(?P<who>{_WHO})\s+von\s+(?P<latest>.+)"
    rf"|korrigierte\s+(?P<corrector>{_WHO})\s+die\s+Zahl\s+auf\s+(?P<count>(?:{_ABOUT})?{_FIGURE}|\w+)"
    r"(?P<tail>\W.*)?)$")


# "Am Nachmittag korrigierte die Polizei die Zahl nach unten: Insgesamt seien neun Personen verletzt
# worden, zwei davon schwer.": the correction, then the count in reported speech
_CORRECTED_WHEN = r"^(?:(?:Am|Im|Gegen)\s+(?:[\wäöüß]+\s+){1,2}|Später\s+|Inzwischen\s+)?korrigierte\s+"
# "... korrigierte die Polizei die Zahl deutlich nach unten: ": who corrected the count, before its colon
_CORRECTED_BY = (_CORRECTED_WHEN + rf"(?P<who>{_WHO})\s+die\s+Zahl(?:\s+der\s+Verletzten)?"
                 r"(?:\s+(?:deutlich|leicht|etwas|stark))?(?:\s+nach\s+(?:unten|oben))?:\s+")
_CORRECTED_THEN_SAID = re.compile(
    _CORRECTED_BY + r"(?:Insgesamt\s+|Demnach\s+)?(?:(?:seien|wurden|sind)\s+(?:insgesamt\s+)?"
    rf"(?P<count>(?:{_ABOUT})?(?:{_FIGURE}|[a-zäöüß]+))\s+(?:Personen|Menschen)"
    # ("Elf Personen wurden verletzt, zwei davon schwer.")
    rf"|(?P<first>(?:{_ABOUT})?(?:{_FIGURE}|[A-ZÄÖÜ][a-zäöüß]+))\s+(?:Personen|Menschen)\s+(?:seien|wurden|sind))\s+"
    r"(?P<what>verletzt|ums\s+Leben\s+gekommen|getötet)(?:\s+worden)?(?P<tail>[,.].*)$")
# "Zunächst war von mehr als 20 Verletzten die Rede, am Nachmittag korrigierte die Polizei die Zahl nach
# unten: ...": the first count, then the correction (said as _correction_as_now says it)
_FIRST_THEN_CORRECTED = re.compile(r"^(?:Zunächst|Anfangs|Ursprünglich|Zuerst)\s+war\s+von\s+[^,:]+\s+die"
                                   r"\s+Rede(?:\s+gewesen)?,\s+(?P<correction>(?:am|im|gegen|später|inzwischen)"
                                   r"\b[^:]*\bkorrigierte\b.+)$")
# "...: Elf Jugendliche und eine Lehrerin wurden leicht verletzt, ein 18-Jähriger erlitt ...": the count told
# as a sentence of its own after the correction, said alone
_CORRECTED_TOLD = re.compile(_CORRECTED_BY + r"(?P<told>[A-ZÄÖÜ][^:]*\b(?:wurden|wurde|sind|ist)\s+"
                             r"(?:\w+\s+)?(?:verletzt|getötet|ums\s+Leben\s+gekommen)\b[^:]*)$")
_COUNTED_AS = {"verletzt": "Verletzten", "getötet": "Toten"}
_AFTER_VON = {"einen": "einem", "eine": "einer", "ein": "einem"}  # "auf einen Verletzten" -> "von einem ..."
# "Am Nachmittag korrigierte der Kreditschutzverband die Zahl auf 312 Dienstnehmerinnen und Dienstnehmer,
# weil ...": the staff an insolvency affects, corrected (why the first count was wrong is not news)
_STAFF_CORRECTED = re.compile(
    _CORRECTED_WHEN + r"(?:der|die|das)\s+(?P<who>[A-ZÄÖÜ][\w-]+(?:\s+[A-Z\d]{2,})?)\s+die\s+Zahl"
    r"(?:\s+der\s+Betroffenen)?\s+auf\s+"
    rf"(?P<count>(?:{_ABOUT})?{_FIGURE})\s+(?P<staff>(?:Dienstnehmer|Mitarbeiter|Arbeitnehmer)(?:innen\s+und\s+"
    r"(?:Dienstnehmer|Mitarbeiter|Arbeitnehmer))?|Beschäftigte|Angestellte)(?:,\s+(?:weil|da|nachdem)\b[^.]*)?\.$")


def latest_said(sentence: str) -> str:
    """A sentence telling a count first given and since corrected, said with the latest count alone:
    "Das Rote Kreuz spricht von 19 Verletzten, drei davon schwer." (the first count would leave the
    listener with two figures; the corrected one is the news); else ``sentence``."""
    match = _FIRST_THEN_LATEST.match(sentence)
    corrected = None if match else _FIRST_THEN_CORRECTED.match(sentence)
    if corrected:  # (said only when the count after it is: else the sentence as it is)
        correction = _correction_as_now(corrected["correction"][0].upper() + corrected["correction"][1:])
        return correction if correction != corrected["correction"][0].upper() + corrected["correction"][1:] \
            else sentence
    if not match:
        return _correction_as_now(sentence)
    who = match["who"] or match["corrector"]
    who = who[0].upper() + who[1:]
    if match["latest"]:
        return f"{who} spricht von {match['latest']}"
    count = _AFTER_VON.get(match["count"], match["count"])  # ("auf einen Verletzten": "von einem")
    counted = f"{count} {match['adjective'] or ''}{match['noun']}"
    # (the correction's own noun goes: "auf 46 Tiere." after "von rund 80 verendeten Rindern", "auf einen
    # Verletzten: Der Bauer ...")
    tail = re.sub(r"^\s+[A-ZÄÖÜ][\w-]*(?=[,.;:]|$)", "", match["tail"] or "")
    return f"{who} spricht von {counted}{tail or '.'}"


def _correction_as_now(sentence: str) -> str:
    """ "Am Nachmittag korrigierte die Polizei die Zahl nach unten: Insgesamt seien neun Personen verletzt
    worden, zwei davon schwer." -> "Die Polizei spricht inzwischen von neun Verletzten, zwei davon
    schwer.": the count now, which the listener needs no first count for; else ``sentence``."""
    match = _CORRECTED_THEN_SAID.match(sentence)
    staff = None if match else _STAFF_CORRECTED.match(sentence)
    if staff:  # "Laut Kreditschutzverband sind 312 Dienstnehmerinnen und Dienstnehmer betroffen."
        return f"Laut {staff['who']} sind {staff['count']} {staff['staff']} betroffen."
    if not match:
        told = _CORRECTED_TOLD.match(sentence)  # ("...: Elf Jugendliche wurden leicht verletzt, ...")
        return told["told"] if told else sentence
    who = match["who"][0].upper() + match["who"][1:]
    counted = _COUNTED_AS.get(match["what"], "Toten")
    count = match["count"] or match["first"].lower()
    return f"{who} spricht inzwischen von {count} {counted}{match['tail']}"

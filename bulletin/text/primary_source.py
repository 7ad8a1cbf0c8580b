"""The lead's primary source, said by the sentence after it.

Agency copy states the fact first and names where it comes from in the next sentence: "Das zeigt
eine Studie der Universität Salzburg, für die ...", "Das geht aus einem Prüfbericht des
Rechnungshofs hervor, der ...". That sentence is the item's credit (an outside editor: the outlet's
", berichtet der Standard" on top of it clutters), and how the source was made is detail.
"""

from __future__ import annotations

import re

# "Das zeigt eine Studie der Universität Salzburg", "Das geht aus aktuellen Daten des AMS hervor": a
# sentence pointing back to the lead and naming the source it comes from (also "Zu diesem Ergebnis kommt ...")
_STUDIES = "Studie|Umfrage|Analyse|Untersuchung|Erhebung|Auswertung|Bericht|Prüfbericht"  # a finding's source
_SOURCE = (r"(?:(?:^|(?<=[.!?]\s))(?:Das|Dies)\s+(?:(?:geht|gehen)\s+aus\s+[^,;:.–—]+?\s+hervor"
           r"|(?:zeigt|zeigen|ergab|ergaben|ergibt|belegt|belegen)\s+(?:eine|die|das|der|den|einer|ein)\s+"
           rf"(?:[\w-]+\s+)?(?:{_STUDIES}|Daten|Zahlen|Statistik|Befragung)\b[^,;:.–—]*)"
           # "Zu diesem Ergebnis kommt eine Studie der Universität Innsbruck"
           r"|(?:^|(?<=[.!?]\s))Zu\s+(?:diesem|dem)\s+(?:Ergebnis|Schluss)\s+(?:kommt|kommen|kam|kamen)\s+"
           rf"(?:eine|die|der|das)\s+(?:[\w-]+\s+)?(?:{_STUDIES})\b[^,;:.–—]*"
           # "Zu diesem Schluss kommt der Landes-Rechnungshof in einem am Dienstag veröffentlichten Bericht"
           r"|(?:^|(?<=[.!?]\s))Zu\s+(?:diesem|dem)\s+(?:Ergebnis|Schluss)\s+(?:kommt|kommen|kam|kamen)\s+"
           rf"(?:der|die|das)\s+[^,;:.–—]+?\s+in\s+(?:einem|einer|seinem|ihrem)\s+(?:[\w-]+\s+){{0,4}}?"
           rf"(?:{_STUDIES})\b[^,;:.–—]*)")
_SOURCE_NAMED = re.compile(_SOURCE)
# ", für die Forscher 2.300 Jugendliche befragt haben.": a relative clause after the source, to the end
_SOURCE_DETAIL = re.compile(
    _SOURCE + r"(?P<detail>,\s+(?:(?:für|bei|in|an|mit|von|aus|nach)\s+)?(?:der|die|das|den|dem|deren|dessen"
    r"|welche|welcher)\s+(?:[^;:–—„“”\"»«]|„[^“”„]{1,60}[“”])+)\.$")  # (a journal's name in quotes)


def names_lead_source(sentence: str) -> bool:
    """``sentence`` gives the source of the one before it and whose it is: "Das zeigt eine Studie der
    Universität Salzburg.", "Das geht aus aktuellen Daten des AMS hervor, die ..."."""
    found = _SOURCE_NAMED.search(sentence)
    return bool(found) and bool(_OWNER.search(found.group(0)))


# "der Universität Salzburg", "des Arbeitsmarktservice", "von Statistik Austria": whose source it is
# ("aus einer Anfragebeantwortung, die dem STANDARD vorliegt" names no one: the outlet is the credit)
_OWNER = re.compile(r"\b(?:des|der|vom|von)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]")


def without_source_detail(sentence: str) -> str:
    """ "Das zeigt eine Studie der Universität Salzburg, für die Forscher 2.300 Jugendliche befragt
    haben." -> "Das zeigt eine Studie der Universität Salzburg.": a sentence giving the lead's source
    keeps the source and loses how it was made ("Das geht aus einem Bericht hervor, der am Dienstag
    vorgestellt wurde.")."""
    match = _SOURCE_DETAIL.search(sentence)
    return sentence[:match.start("detail")] + "." if match else sentence


_BY_IT = re.compile(r"\b[Dd]emnach\b\s*")
_A_STUDY = re.compile(rf"\b(?:{_STUDIES}|Statistik|Befragung)\b")


def study_meant(index: int, texts: list[str]) -> int | None:
    """For a sentence pointing back by "demnach" alone, the nearest of the three before it naming a
    study or report, past how it was made ("Das Team hatte 86 Gletscher vermessen. Im Schnitt verloren
    die Eisflächen demnach ..."); else None."""
    if not _BY_IT.search(texts[index]) or _BY_IT.sub("", texts[index]).startswith(("Das ", "Dies")):
        return None
    return next((i for i in range(index - 1, max(index - 3, 0) - 1, -1) if _A_STUDY.search(texts[i])), None)

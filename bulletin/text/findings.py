"""What a report found: a study's finding ("Es zeigte sich, dass ...", "um 14 Prozent gesunken") and
the figures a presented statistic or report brings ("Das Ministerium hat seine Asylstatistik
vorgelegt." -> "... 7.930 Anträge, um 33 Prozent weniger als im Vorjahr"). The sentence telling it
weighs when the lead tells only that there was a study or a report.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (units.py picks leads, which ask what a standfirst found)
    from bulletin.text.units import Unit

# A research story's news is what was found, not how ("Sie führten die Analyse mittels genetischer
# Proben durch."): the sentence telling the finding gains when the lead tells only the study. 0.4
# changed no eval item (a long method sentence still won); 0.6 changes one (Hubble: the finding,
# not the researchers' aim).
FINDING_BONUS = 0.6
RESEARCH = re.compile(r"\b(?:Forsch\w*|Wissenschaft(?:l|er)\w*|Studie\w*|Biolog\w+|Astronom\w+"
                      r"|Archäolog\w+|Zoolog\w+|Experiment\w*|Team (?:um|der|des|von))\b")
_FINDING = re.compile(
    r"\b(?:(?:zeigte|zeigt|stellte|ergab|ergibt)\s+sich|(?:fanden|fand|finden|findet)\b[^.]*\bheraus\b"
    r"|(?:entdeckten|entdeckte|nachweisen|nachgewiesen|belegt|belegen|Befund|Ergebnis(?:se)?)\b"
    r"|^Je\s[^.,]+,\s+desto\b|\bschließen\s+daraus\b|^(?:Überraschend|Die Folge)\b"
    r"|\bProzent\s+(?:gesunken|gestiegen|zurückgegangen|zu|ab)\b"
    r"|\b(?:berichten|berichtet|schreiben|schreibt)\s+(?:nun|jetzt)\b[^.]*,\s+dass\b"
    r"|\bzeig(?:t|en)\s+(?:nun|jetzt):|\bzu dem Ergebnis:|\b[Dd]emnach\b"
    r"|\b(?:Hinweise|Belege|Anzeichen)\s+(?:darauf\s+|dafür\s+)?gefunden\b"
    r"|\bim\s+(?:Schnitt|Durchschnitt)\b[^.]*\b\w+er\s+als\b"
    r"|\b(?:fanden|fand)\s+(?:die|das)\s+(?:Forscher|Wissenschaft|Team|Archäolog)\w*\b)")
# "Dass Hunde Gesten deuten können, ist in zahlreichen Studien belegt.": what was known before the study
KNOWN_BEFORE = re.compile(r"\b(?:ist|sind|war|waren|gilt|gelten)\s+(?:[^,.]*\s)?"
                          r"(?:belegt|bekannt|erwiesen)\b"
                          r"|\b(?:vermute\w*|wissen|weiß|annehmen)\b[^.]*"
                          r"\b(?:schon lange|seit langem|längst)\b")


def tells_finding(sentence: str) -> bool:
    """The sentence tells what a study found ("Es zeigte sich, dass ...", "um 14 Prozent gesunken")."""
    return bool(_FINDING.search(sentence))


# "Das Innenministerium hat seine Asylstatistik vorgelegt.": a lead telling only that figures were
# presented; the sentence saying by how much they changed is the news ("um 33 Prozent weniger")
_PRESENTED = re.compile(r"\b(?:Statistik|Bilanz|Bericht|Zahlen|Daten|Erhebung|Auswertung|Ergebnisse"
                        r"|[A-ZÄÖÜ]\w+(?:statistik|bilanz|bericht|zahlen))\b[^.]*"
                        r"\b(?:vorgelegt|präsentiert|veröffentlicht|vorgestellt)\b")
_CHANGED_BY = re.compile(r"\b[\d,.]+\s+Prozent\s+(?:weniger|mehr|höher|niedriger)\b")


def findings(units: list[Unit]) -> list[int]:
    """The indices of the sentences after the lead that tell a study's finding, in a research story
    whose lead does not tell one itself; or by how much a statistic changed, when the lead tells only
    that it was presented."""
    if len(units) < 2:
        return []
    if _PRESENTED.search(units[0].text) and not re.search(r"\bProzent\b", units[0].text):
        return [u.index for u in units[1:] if _CHANGED_BY.search(u.text) or _FINDING.search(u.text)]
    lead_finds = _FINDING.search(units[0].text) and not KNOWN_BEFORE.search(units[0].text)
    if lead_finds or not RESEARCH.search(
            " ".join(u.text for u in units[:3])):
        return []
    return [u.index for u in units[1:] if _FINDING.search(u.text)]

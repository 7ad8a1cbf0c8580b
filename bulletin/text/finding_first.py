"""A research story's finding first: when the lead tells only what was known or done before the
study ("Seit 150 Jahren graben Archäologen ...", "Dass Hunde Gesten deuten, ist belegt."), the
finding opens the item, or the sentence telling the study it leans on, said with "laut" where the
finding says only "demnach". Used by lead_news.news_first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.text.findings import KNOWN_BEFORE, RESEARCH, findings
from bulletin.text.grammar import finite_verbs, opening_reference
from bulletin.text.news import feature_opening
from bulletin.text.units import LEAD_SEARCH, Unit, reordered
from bulletin.text.verdicts import verdict

# "Seit mehr als 150 Jahren graben Archäologen ...", "Lange galten ...": what was so before the study
_BEFORE_THE_STUDY = re.compile(r"^(?:Seit|Schon seit|Bereits seit|Lange|Bisher|Bislang|Jahrzehntelang)\b"
                               r"|^(?:Manche|Viele|Einige)\s+(?:Forscher|Wissenschaft\w+|Experten)\s+"
                               r"(?:vermuteten|nahmen\s+an|gingen\s+davon\s+aus)\b")


def finding_first(units: list[Unit]) -> list[Unit]:
    """``units`` with a research story's finding first when the lead tells only what was known or
    done before the study ("Seit 150 Jahren graben Archäologen ...", "Dass Hunde Gesten deuten,
    ist belegt."): a long background lead would leave no room for the news. The finding opens
    the item, or the sentence telling the study it leans on ("Ein Team ... stattete 212 Kinder mit
    Sensoren aus." before "Kinder, die ..., schliefen demnach ..."); the background may follow."""
    lead = units[0].text if units else ""
    # a feature's frame ("Ein Zylinder aus Schlamm ist die Grundlage einer Studie, die ...") too
    framed = feature_opening(lead) == "nothing"
    if not (_BEFORE_THE_STUDY.match(lead) or KNOWN_BEFORE.search(lead) or framed):
        return units
    for index in findings(units):
        unit = units[index]
        first = unit if unit.needs is None else units[unit.needs]
        if unit.or_else or unit.also or first.needs is not None or first.or_else or first.also:
            continue
        # the finding among the first sentences that may lead; with its study sentence, twice as far
        reach = LEAD_SEARCH if first is unit else 2 * LEAD_SEARCH
        if first.index >= reach or (first is not unit and not RESEARCH.search(first.text)):
            continue
        if verdict(0, [first.text]) != (None, "") or opening_reference(first.text):
            continue
        sourced = _with_study_named(unit.text, first.text) if first is not unit else ""
        if sourced:  # "..., schliefen laut einem Team der X im Schnitt ...": the finding leads alone
            unit = first = replace(unit, text=sourced, needs=None)
            units = [unit if u.index == unit.index else u for u in units]
        # "Weniger klar war bisher, ob ...": the question the finding answers is not asked after it
        pointed = {i for u in units for i in (u.needs, u.follows, *u.or_else, *u.also) if i is not None}
        news = [first, unit] if first is not unit else [unit]
        # nor is the feature's frame read after the news it framed
        unasked = [u for u in units if u.index not in pointed and (
            _QUESTION_SET.search(u.text) or (framed and u.index == 0))]
        rest = [u for u in units if u not in news and u not in unasked]
        moved = {u.index: position for position, u in enumerate([*news, *rest])}
        news[0] = replace(first, follows=None, as_written="")
        return sorted(reordered([*news, *rest], moved), key=lambda u: u.index)
    return units


# "Ein Team der Universität X hat ...", "Forscher der Y werteten ...": who did the study, said with
# "laut" ("laut einem Team der Universität X"), for a finding that says only "demnach"
_STUDY_SUBJECT = re.compile(r"^(?:(?P<one>Ein|Eine)\s(?P<noun>Team|Forschungsteam|Gruppe|Forschergruppe"
                            r"|Studie|Untersuchung|Analyse)|(?P<many>Forscher|Wissenschafter|Wissenschaftler))\b"
                            r"(?P<rest>.*)$")


def _with_study_named(finding: str, study: str) -> str:
    """ "Kinder, die ..., schliefen demnach im Schnitt 26 Minuten kürzer." after "Ein Team der X
    hat 212 Kinder ... ausgestattet." -> "..., schliefen laut einem Team der X im Schnitt ...", or ""
    (no "demnach", or no subject said so)."""
    verbs = finite_verbs(study)
    end = study.find(f" {verbs[0]} ") if verbs else -1
    match = _STUDY_SUBJECT.match(study[:end]) if end > 0 else None
    if not match or "," in match["rest"] or len(re.findall(r"\bdemnach\b", finding)) != 1:
        return ""
    if match["many"]:
        who = f"{match['many']}n{match['rest']}"
    else:
        who = f"{'einem' if match['one'] == 'Ein' else 'einer'} {match['noun']}{match['rest']}"
    return re.sub(r"\bdemnach\b", f"laut {who}", finding, count=1)


_QUESTION_SET = re.compile(r"\b(?:bisher|bislang|noch nicht)\b[^.]*,\s+(?:ob|wie|warum|wann)\b"
                           r"|^(?:Unklar|Offen|Ungeklärt)\s+(?:war|blieb|ist)\b")

"""An agreement told after the history of the talks, leads.

Copy about talks may open with how long they dragged on ("Die Verhandlungen über den Kollektivvertrag
... hatten sich seit Anfang Oktober über vier Runden ergebnislos hingezogen.") and say the news four or
five sentences on: "Am frühen Dienstagmorgen kam in der fünften Runde schließlich doch eine Einigung
zustande: Die Gehälter ... steigen mit Jahresbeginn um 2,9 Prozent." Read in order, the listener hears a
dispute; the deal and its terms come last, if at all. That sentence leads, without the words that set it
against the history it no longer follows ("schließlich doch", "endlich").

Only after a background lead (day_news.background_lead) and within FEATURE_SEARCH; only when the sentence
opens with its day and tells the terms after its colon.
"""

from __future__ import annotations

import re

from bulletin.text.day_news import DAY_PART, background_lead
from bulletin.text.grammar import opening_reference
from bulletin.text.leads import FEATURE_SEARCH
from bulletin.text.news import WEEKDAYS
from bulletin.text.units import Unit
from bulletin.text.verdicts import verdict

# "Am frühen Dienstagmorgen kam ... eine Einigung zustande: Die Gehälter ...", "In der Nacht auf Mittwoch
# gab es den Durchbruch: ..."
_AGREED = re.compile(rf"^(?:Am (?:frühen |späten )?(?:{DAY_PART})|In der Nacht (?:auf|zum) (?:{WEEKDAYS}))"
                     r" (?:kam|gab es|gelang)\b[^:]*\b(?:Einigung|Durchbruch|Kompromiss|Abschluss)\b[^:]*:"
                     r" [A-ZÄÖÜ][^:]+$")
# what set the agreement against the failed rounds before it
_AT_LAST = re.compile(r"\b(?:schließlich doch|schließlich|endlich|doch noch|nun doch|nun) (?=[^:]*:)")


def agreement_news(units: list[Unit]) -> Unit | None:
    """The unit telling an agreement and its terms on its day after a background lead, said as a lead
    ("Am frühen Dienstagmorgen kam in der fünften Runde eine Einigung zustande: Die Gehälter ...");
    or None."""
    if not units or not background_lead(units[0].text):
        return None
    for unit in units[1:FEATURE_SEARCH]:
        if not _AGREED.match(unit.text) or unit.also or unit.or_else:
            continue
        news = _AT_LAST.sub("", unit.text, count=1)
        if verdict(0, [news]) != (None, "") or opening_reference(news):
            return None
        return Unit(unit.index, news, min_new=unit.min_new)
    return None

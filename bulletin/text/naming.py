"""Which sentences of an item name its source in their own words, so that no outlet's credit is added
after the lead: the outlet itself ("das berichtet der Standard"), another outlet or who announced it
right after the lead ("..., wie der Kreditschutzverband mitteilte"), and the primary source a few
sentences in ("Das geht aus einem Prüfbericht des Rechnungshofs hervor", primary_source.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.text.credits import Outlets, credits_other_outlet, credits_source
from bulletin.text.primary_source import names_lead_source, without_source_detail
from bulletin.text.units import Unit

# How a German news text names where it has its information from (when no source is known).
ATTRIBUTION = re.compile(r"\b(?:laut|zufolge|berichte[nt]?|berichtete[n]?|sagte[n]?|sagt|teilte[n]?\b.*\bmit"
                         r"|erklärte[n]?|meldete[n]?|nach Angaben|nach Informationen"
                         r"|wie\b.*\b(?:berichtet|meldet|mitteilt))\b", re.IGNORECASE)
# "Das geht aus einem Prüfbericht des Rechnungshofs hervor" after the lead and its figures ("Im Schnitt
# vergingen 142 Tage, 2019 waren es 74"): the primary source of both, the item's credit (blind readers
# wanted the Rechnungshof credited, not the agency)
LEAD_SOURCE_AT = 3
SWAP_GRACE = 3.0  # seconds over the budget that sentence may take: it takes the agency's credit's place
# "..., wie der Kreditschutzverband am Dienstag mitteilte", "..., gab die Landesgalerie bekannt": the lead
# names who announced it; the outlet's credit after it stacks a second source (outside editors cut it)
_ANNOUNCED = re.compile(r"\bwie\s+(?:der|die|das)\s+[^,.;:]{2,60}?\s+(?:mitteilte|mitteilten|bekanntgab"
                        r"|bekanntgaben|berichtet|berichtete|berichten|meldete|meldet)\b"
                        r"|\b(?:teilte|teilten|gab|gaben)\s+(?:der|die|das)\s+[^,.;:]{2,60}?\s+(?:mit|bekannt)\b")


def naming_sentences(units: list[Unit], source: str, outlets: Outlets) -> dict[int, bool]:
    """Which sentences give the attribution in their own words: the outlet's, or another outlet's
    for the lead ("das berichtet der Guardian"; "Dies ergebe sich ..., wie Medien berichten": a
    second credit after it stacks sources). Cited later for a claim of its own ("..., teilte die
    Anwältin laut der Agentur ČTK mit"), another outlet leaves the lead to be credited (two outside
    editors missed the outlet). Without a source: any sentence saying who says so."""
    if not source:
        return {u.index: bool(ATTRIBUTION.search(u.text)) for u in units}
    return {u.index: credits_source(u.text, source, outlets) or (0 in (u.index, u.needs) and (
        credits_other_outlet(u.text, outlets) or _ANNOUNCED.search(u.text) is not None))
        or (u.index <= LEAD_SOURCE_AT and names_lead_source(u.text)) for u in units}


def primary_source_said(units: list[Unit]) -> list[Unit]:
    """``units`` with the sentence naming the primary source a few sentences in (up to LEAD_SOURCE_AT)
    said without how its study was made: "Das geht aus einem Prüfbericht des Rechnungshofs hervor."
    (it may take the agency's credit's place, and the credit is short)."""
    primary = {u.index for u in units if u.index <= LEAD_SOURCE_AT and names_lead_source(u.text)}
    return [replace(u, text=without_source_detail(u.text)) if u.index in primary else u for u in units]


def swapped_in(naming: dict[int, bool], source: str) -> dict[int, bool]:
    """The sentences of ``naming`` that may be swapped in for the credit: with a ``source`` (whose credit
    joins the lead) only those a few sentences in, up to LEAD_SOURCE_AT (the primary source's: blind readers
    wanted the Rechnungshof credited, not the agency; or the outlet's own "berichtet der Standard"); without
    one, any."""
    return {i: named and (not source or i <= LEAD_SOURCE_AT) for i, named in naming.items()}

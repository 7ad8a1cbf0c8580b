"""The latest toll after a first count: said in the lead ("mindestens elf Menschen" -> "mindestens 16
Menschen") when a later sentence gives a higher count, so that neither the first count nor two counts
for one toll go on air; else the sentence telling it read right after the lead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.text.asked_for import toll_since
from bulletin.text.units import Unit, reordered


def latest_toll_next(units: list[Unit]) -> list[Unit]:
    """``units`` with the toll since the lead's first count: said in the lead ("mindestens elf Menschen"
    -> "mindestens 16 Menschen", the sentence telling it not read) when the lead gives one count of
    people and that sentence a higher one; else that sentence ("Inzwischen sind 17 Menschen gestorben,
    darunter ...") read right after the lead, when it needs nothing else. A listener must not hear
    the first count as the news, nor two counts for one toll."""
    found = toll_since(units[0].text, [u.text for u in units[1:]]) if units else []
    latest = units[found[0] + 1] if found else None
    if latest is None or latest.needs not in (None, 0) or latest.or_else or latest.also:
        return units
    lead = _with_count_now(units[0].text, latest.text)
    # (and who told the first count, when: "Das teilten die Behörden am Vormittag mit.")
    dropped = {latest.index} | {u.index for u in units if u.needs == 0 and _TOLD_BY.match(u.text)}
    if lead and not any(dropped & {u.needs, u.follows, *u.or_else, *u.also} for u in units):
        rest = [u for u in units[1:] if u.index not in dropped]
        moved = {u.index: position + 1 for position, u in enumerate(rest)} | {0: 0}
        return reordered([replace(units[0], text=lead), *rest], moved)
    if latest.index == 1:
        return units
    moved = {u.index: u.index + (0 < u.index < latest.index) for u in units} | {latest.index: 1}
    return sorted(reordered(units, moved), key=lambda u: u.index)


# "mindestens elf Menschen": the lead's count; "stieg ... auf 16", "Inzwischen sind 17": the count now
_TOLD_BY = re.compile(r"^(?:Das|Dies)\s+(?:teilte|teilten|meldete|meldeten|sagte|sagten|berichtete"
                      r"|berichteten)\b")
_WORDS = "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn " \
         "sechzehn siebzehn achtzehn neunzehn zwanzig".split()  # each at the number it says
_COUNTED = re.compile(rf"\b(?P<count>\d+|{'|'.join(_WORDS[2:])})\s+(?:Menschen|Personen)\b")
_COUNT_NOW = re.compile(r"\bauf\s+(?:mindestens\s+)?(?P<now>\d+)\b|\b(?:[Ii]nzwischen|[Mm]ittlerweile)\s+"
                        r"(?:sind|seien|ist|wurden)\s+(?:mindestens\s+)?(?P<then>\d+)\s+(?:Menschen|Personen)\b")


def _with_count_now(lead: str, latest: str) -> str:
    """``lead`` with its one count of people replaced by the higher count ``latest`` gives, or ""."""
    counts, now = list(_COUNTED.finditer(lead)), _COUNT_NOW.search(latest)
    if len(counts) != 1 or not now:
        return ""
    first = counts[0]["count"]
    before = int(first) if first.isdigit() else _WORDS.index(first)
    after = int(now["now"] or now["then"])
    if after <= before:
        return ""
    return lead[:counts[0].start("count")] + str(after) + lead[counts[0].end("count"):]

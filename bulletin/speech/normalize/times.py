"""Rules for clock times and scores: "14:30 Uhr", "7.15 Uhr", "zwischen 8 und 10 Uhr", "um 14:30",
and "2:1", "6:0-Sieg", "31:27" (a score, not a time: no "Uhr" and no word that asks for a time).

A newsreader says "vierzehn Uhr dreißig" (not "halb drei"), "ein Uhr", "null Uhr fünf".
"""

from __future__ import annotations

import re

from bulletin.speech.normalize import words
from bulletin.speech.normalize.numbers import context, count

_H = r"(?:[01]?\d|2[0-4])"
_CLOCK = rf"({_H})(?:[:.]([0-5]\d))?"
_RANGE = re.compile(rf"(?<![\w.,:]){_CLOCK}(\s*Uhr)?\s*(bis|und|-|–)\s*{_CLOCK}\s*Uhr\b")
_TIME = re.compile(rf"(?<![\w.,:]){_CLOCK}(?::([0-5]\d))?\s*Uhr\b")
_TIME_WORDS = r"(?:um|ab|bis|gegen|seit|von|zwischen|und|Um|Ab|Bis|Gegen|Seit|Von|Zwischen)"
# A time zone says it is a clock time even without "Uhr": "(5.00 MEZ)" -> "fünf Uhr MEZ".
_ZONES = ("MEZ", "MESZ", "UTC", "GMT", "CET", "CEST", "Ortszeit")
_ZONE_TIME = re.compile(rf"(?<![\w.,:]){_CLOCK}(?=\s*(?:{'|'.join(_ZONES)})\b)")
_BARE_TIME = re.compile(rf"(\b{_TIME_WORDS}\s+)({_H})[:.]([0-5]\d)(?![\d:]|[.,]\d)"
                        r"(?!\s?(?:Prozent|%|Euro|€|Dollar|Franken|Pfund|Millionen|Milliarden|Punkte)\b)")
_SCORE = re.compile(r"(?<![\w.,:])(\d{1,3})(?::| : )(\d{1,3})(?![\d:]|[.,]\d)(-(?=[A-ZÄÖÜ]))?")


# A race or match time: "29:58,33 Minuten", "2:05:33 Stunden", "1:45 Min.": a stopwatch, not a clock.
_DURATION = re.compile(r"(?<![\w.,:])(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)(?:,(\d{1,3}))?\s*"
                       r"(Stunden|Std\.|h|Minuten|Min\.|min)(?!\w)")
# Hundredths say it is one without a unit: "1:45,32" in a ski result.
_RACE_TIME = re.compile(r"(?<![\w.,:])(\d{1,2}):([0-5]\d),(\d{1,3})(?![\d,:])")
_RACE_HINT = re.compile(r":[0-5]\d,\d")  # scanned for the colon: a cheap test first


def _duration(hours: str | None, first: str, second: str | None, fraction: str | None, before: str) -> str:
    amounts = [(hours, "Stunde", "Stunden"), (first, "Minute", "Minuten")]
    parts = []
    for amount, one, many in (a for a in amounts if a[0] is not None):
        noun = one if int(amount) == 1 else many
        # "nach einer Minute"; a duration's number is never a name's ("Hirscher 1:45,32")
        said = count(int(amount), before if not parts else "", " " + noun, can_be_named=False)
        parts.append(f"{said} {noun}")
    if second is not None:
        spoken = words.cardinal(int(second))
        if fraction:
            spoken += " Komma " + " ".join(words.cardinal(int(d)) for d in fraction)
        parts.append("eine Sekunde" if spoken == "eins" else f"{spoken} Sekunden")
    return " ".join(parts)


def durations(text: str) -> str:
    """'29:58,33 Minuten' -> 'neunundzwanzig Minuten achtundfünfzig Komma drei drei Sekunden',
    '2:05:33 Stunden' -> 'zwei Stunden fünf Minuten dreiunddreißig Sekunden', '1:45,32' -> 'eine Minute
    fünfundvierzig Komma drei zwei Sekunden'."""
    def read(match: re.Match) -> str:
        hours, first, second, fraction, name = match.groups()
        if hours is None and name in ("Stunden", "Std.", "h"):
            hours, first, second = first, second, None  # "1:30 h": hours and minutes
        return _duration(hours, first, second, fraction, context(match)[0])

    text = _DURATION.sub(read, text)
    if not _RACE_HINT.search(text):
        return text
    return _RACE_TIME.sub(lambda m: _duration(None, *m.groups(), context(m)[0]), text)


def _hour(hour: int) -> str:
    return "ein" if hour == 1 else words.cardinal(hour)


def _clock(hour: str, minute: str | None, uhr: bool = True) -> str:
    spoken = _hour(int(hour)) + (" Uhr" if uhr or minute else "")
    if minute and int(minute):
        spoken += " " + words.cardinal(int(minute))
    return spoken


def _valid(hour: str, minute: str | None) -> bool:
    return int(hour) <= 24  # "24:15 Uhr" is rare but written; it is read as written


def time_ranges(text: str) -> str:
    """'zwischen 8 und 10 Uhr' -> 'zwischen acht und zehn Uhr', '8-10 Uhr' -> 'acht bis zehn Uhr',
    '14.30 bis 16 Uhr' -> 'vierzehn Uhr dreißig bis sechzehn Uhr', '1 und 3 Uhr' -> 'ein und drei Uhr'."""
    def read(match: re.Match) -> str:
        h1, m1, uhr, joint, h2, m2 = match.groups()
        if not (_valid(h1, m1) and _valid(h2, m2)):
            return match.group(0)
        joint = "bis" if joint in "-–" else joint
        return f"{_clock(h1, m1, bool(uhr))} {joint} {_clock(h2, m2)}"

    return _RANGE.sub(read, text)


def clock_times(text: str) -> str:
    """'14:30 Uhr' -> 'vierzehn Uhr dreißig', '7.15 Uhr' -> 'sieben Uhr fünfzehn', '1 Uhr' -> 'ein Uhr',
    '0:05 Uhr' -> 'null Uhr fünf', '02:02:23 Uhr' -> 'zwei Uhr zwei Minuten dreiundzwanzig Sekunden',
    '(5.00 MEZ)' -> '(fünf Uhr MEZ)', '13.30 Ortszeit' -> 'dreizehn Uhr dreißig Ortszeit'."""
    def read(match: re.Match) -> str:
        hour, minute, second = match.groups()
        if not _valid(hour, minute):
            return match.group(0)
        if second is None:
            return _clock(hour, minute)
        m, s = int(minute), int(second)
        return (f"{_hour(int(hour))} Uhr {'eine Minute' if m == 1 else words.cardinal(m) + ' Minuten'} "
                f"{'eine Sekunde' if s == 1 else words.cardinal(s) + ' Sekunden'}")

    text = _TIME.sub(read, text)
    if any(zone in text for zone in _ZONES):  # str.find is far cheaper than the pattern
        text = _ZONE_TIME.sub(lambda m: _clock(m.group(1), m.group(2)), text)
    return text


def bare_times(text: str) -> str:
    """A time without 'Uhr' after a word that asks for one: 'um 14:30' -> 'um vierzehn Uhr dreißig'."""
    def read(match: re.Match) -> str:
        word, hour, minute = match.groups()
        return word + _clock(hour, minute) if _valid(hour, minute) else match.group(0)

    return _BARE_TIME.sub(read, text)


# Tennis sets: "6:4,6:4", "4:6, 6:4, 6:0-Sieg", a tie-break's points in parentheses "6:7(1)".
_SET = r"\d{1,2}:\d{1,2}(?:\s?\(\d{1,2}\))?"
_SETS = re.compile(rf"(?<![\w.,:]){_SET}(?:\s?,\s?{_SET})*(?![\d:(]|[.,]\d)(-(?=[A-ZÄÖÜ]))?")
_GAMES = re.compile(r"(\d+):(\d+)")
_SET_LIST = re.compile(r":\d{1,2}(?:,|\s?\(\d)")  # scanned for the colon: a cheap test first


def _sets(match: re.Match) -> str:
    written = match.group(0)
    if "," not in written and "(" not in written:
        return written  # one score: the rule below
    spoken = ", ".join(f"{words.cardinal(int(a))} zu {words.cardinal(int(b))}" for a, b in _GAMES.findall(
        re.sub(r"\(\d+\)", "", written)))
    return spoken + (" " if match.group(1) else "")


# "mit 3:1 (0:1)": the half-time score in brackets after the final one
_HALF_TIME = re.compile(r"(?<![\w.,:])(\d{1,3}:\d{1,3})\s?\(\d{1,3}:\d{1,3}\)")


def scores(text: str) -> str:
    """'2:1' -> 'zwei zu eins', '6:0-Sieg' -> 'sechs zu null Sieg', 'mit 31:27' -> 'mit einunddreißig
    zu siebenundzwanzig'; tennis sets 'mit 6:7(1),6:4' -> 'mit sechs zu sieben, sechs zu vier' (a
    newsreader leaves the tie-break's points out), 'mit 3:1 (0:1)' -> 'mit drei zu eins' (and the
    half-time score: heard as a second result). Runs after the time rules: what still has a colon
    is a score or a ratio."""
    text = _HALF_TIME.sub(r"\1", text)
    def read(match: re.Match) -> str:
        home, away, hyphen = match.groups()
        spoken = f"{words.cardinal(int(home))} zu {words.cardinal(int(away))}"
        return spoken + (" " if hyphen else "")

    if _SET_LIST.search(text):
        text = _SETS.sub(_sets, text)
    return _SCORE.sub(read, text)

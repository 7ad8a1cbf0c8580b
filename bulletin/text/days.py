"""Day words said from the day the bulletin airs. An article written on Monday says "heute" for
Monday; a bulletin on Tuesday morning must say "gestern" or "am Montag". Where the article's date
is known and is not the air date, "heute", "gestern", "morgen", "vorgestern" and "übermorgen" (also
with "Abend", "früh" ...) are said from the air date: that day -> "heute", the day before ->
"gestern", the day after -> "morgen", another day of the week around it -> "am Montag".

A day that is over is said so only in a clause told in the past ("hat heute beschlossen" ->
"hat gestern beschlossen"): "Der Rat tagt heute" cannot become "tagt gestern", so it stays and the
editorial check tells the producer. Words inside quotation marks are the speaker's and stay, and
so do "bis heute" (until now), "Schnee von gestern" and "mehr als heute".
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bulletin.text.grammar import QUOTED

_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_OFFSETS = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}
_RELATIVE = {0: "heute", -1: "gestern", 1: "morgen"}
WITHIN = 6  # days either side of the air date a weekday names without doubt

# Not after "von", "als", "wie", "bis": "Schnee von gestern", "mehr als heute", "bis heute" (until now).
_DAY_WORD = re.compile(
    r"(?<![\w-])(?<![Vv]on )(?<![Aa]ls )(?<![Ww]ie )(?<![Bb]is )"
    r"(?:(?P<prep>[Ss]eit|[Aa]b|[Nn]och|[Ff]ür)\s+)?"
    r"(?P<word>[Hh]eute|[Gg]estern|morgen|[Vv]orgestern|[Üü]bermorgen)"
    r"(?:\s+(?P<part>(?i:abend|morgen|vormittag|mittag|nachmittag|früh|nacht)))?(?![\w-])"
)  # the part of the day in either spelling: "heute Morgen", "heute morgen" (this morning)
# Told in the past: a preterite or pluperfect auxiliary, a perfect (its participle ends the clause:
# not "hat heute die besten Chancen"), or a verb of saying in the preterite.
_PAST = re.compile(
    r"\b(?:war|waren|wurde|wurden|hatte|hatten)\b"
    r"|\b(?:hat|haben)\b[^.,;:]*\b(?:(?:ge|be|ver|er|ent|zer|emp|miss)[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert)"
    r"(?=\s*(?:[.,;:!?]|$))"  # the participle ends the clause
    r"|\b(?:sagte|erklärte|teilte|kündigte|betonte|meldete|berichtete|gab|kam|fand|starb|tagte)n?\b"
)


def _local_date(moment: datetime, zone_of: datetime) -> date:
    if moment.tzinfo and zone_of.tzinfo:
        moment = moment.astimezone(zone_of.tzinfo)  # the station's day, not UTC's
    return moment.date()


def said_on_air_day(text: str, published: datetime | None, air: datetime | None) -> str:
    """``text`` with its day words counted from ``air`` instead of from ``published``; unchanged
    when either is unknown, both are the same day, or the article is dated after the bulletin."""
    if published is None or air is None:
        return text
    written, aired = _local_date(published, air), air.date()
    if written >= aired:
        return text  # the same day, or an article dated after the bulletin: its date is not to be trusted
    quoted = [m.span() for m in QUOTED.finditer(text)]

    def said(match: re.Match) -> str:
        part = (match["part"] or "").lower()
        if any(start <= match.start() < end for start, end in quoted) or part == "nacht":
            return match[0]  # the speaker's words; "heute Nacht": the night before or the one to come
        day = written + timedelta(days=_OFFSETS[match["word"].lower()])
        delta = (day - aired).days
        since = (match["prep"] or "").lower() in ("seit", "ab")  # "seit gestern gilt": any tense
        if abs(delta) > WITHIN or (delta < 0 and not since and not _PAST.search(_clause_at(text, match))):
            return match[0]  # too far to name by weekday, or a sentence still told as if to come
        phrase = _phrase(match["prep"], part if part == "früh" else part.capitalize(), day, delta)
        return phrase[0].upper() + phrase[1:] if match[0][0].isupper() else phrase

    return _DAY_WORD.sub(said, text)


def _clause_at(text: str, match: re.Match) -> str:
    """The clause the day word is in: "..., ihr Debüt wird heute ... zugerechnet" after "waren" is
    told in the present."""
    start = max((m.end() for m in re.finditer(r"[,;:]|[.!?](?=\s)", text[:match.start()])), default=0)
    end = re.search(r"[,;:]|[.!?](?=\s|$)", text[match.end():])
    return text[start:match.end() + end.start()] if end else text[start:]


def _phrase(prep: str | None, part: str, day: date, delta: int) -> str:
    """ "gestern Abend", "seit Montag", "am Sonntagabend", "noch am Montag", "am Dienstag früh"."""
    prep = "seit" if prep and prep.lower() == "ab" and delta < 0 else (prep or "").lower()
    if delta in _RELATIVE:
        return " ".join(w for w in (prep, _RELATIVE[delta], part) if w)
    weekday = _WEEKDAYS[day.weekday()]
    named = f"{weekday} früh" if part == "früh" else weekday + part.lower()
    if prep in ("seit", "ab", "für"):
        return f"{prep} {named}"
    return " ".join(w for w in (prep, "am", named) if w)

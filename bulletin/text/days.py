"""Day words said from the day the bulletin airs. An article written on Monday says "heute" for
Monday; a bulletin on Tuesday morning must say "gestern" or "am Montag". Where the article's date
is known and is not the air date, "heute", "gestern", "morgen", "vorgestern" and "übermorgen" (also
with "Abend", "früh" ...) are said from the air date: that day -> "heute", the day before ->
"gestern", the day after -> "morgen", another day of the week around it -> "am Montag".

A day that is over is said so only in a clause told in the past ("hat heute beschlossen" ->
"hat gestern beschlossen"): "Der Rat tagt heute" cannot become "tagt gestern", so it stays and the
editorial check tells the producer. Words inside quotation marks are the speaker's and stay, and
so do "bis heute" (until now), "Schnee von gestern" and "mehr als heute".

A time of day with no day ("Am Abend wurde ...", "seit dem Vormittag") is the day of writing when
the item names no other day before it; it is said from the air date the same way ("Gestern Abend
wurde ...", "seit gestern Vormittag"). After "Am Sonntag ..." the evening is Sunday's and stays.
A part of the day already over when the article was written ("am Morgen" at 18:00, "heute
Vormittag" at 12:00) is said from the air date in any tense: a feed's "Am Morgen wird X Opfer
eines Angriffs" was that morning, and a bulletin the next day says "Gestern Morgen wurde X Opfer"
("wird" or "werden" right after "gestern" is the past; other verbs are left to the check). So is
such a historic present ("wird" or "werden", the clause ending in a noun or a participle, not an
infinitive) whenever it is said on a later day ("Am Dienstagmorgen wurde ..."), or on the same day
after that part of it ("Am Morgen wurde ..." at 18:00: "Am Morgen wird" would be a morning to come).

"Kommenden Donnerstag" (the first after the day of writing) and "vergangenen Freitag" stay while
they name the same day counted from the air date, and are said like the others when they do not
("Am kommenden Dienstag tagt der Rat", written Monday, is "Heute tagt der Rat" on Tuesday).
"Am Dienstag" is said "heute", "gestern" or "morgen" where it is that day from the air date, also
on the day of writing (agency copy's "am Dienstag" for that very Tuesday): the Tuesday before in a
clause told in the past, the next one in a clause told as to come, and in the present only the day
of writing itself (a story may be told in the present: "Am Dienstag antwortet er ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bulletin.text.grammar import PARTICIPLE, QUOTED

_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_OFFSETS = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}
_RELATIVE = {0: "heute", -1: "gestern", 1: "morgen"}
WITHIN = 6  # days either side of the air date a weekday names without doubt
# The hour each part of the day is over: written later, "am Morgen ... wird" was that morning's
# (a feed's historic present), not a morning to come.
_OVER_BY = {"früh": 10, "morgen": 10, "vormittag": 12, "mittag": 14, "nachmittag": 18, "abend": 23}

# Not after "von", "als", "wie", "bis": "Schnee von gestern", "mehr als heute", "bis heute" (until now).
_DAY_WORD = re.compile(
    r"(?<![\w-])(?<![Vv]on )(?<![Aa]ls )(?<![Ww]ie )(?<![Bb]is )"
    r"(?:(?P<prep>[Ss]eit|[Aa]b|[Nn]och|[Ff]ür)\s+)?"
    r"(?P<word>[Hh]eute|[Gg]estern|morgen|[Vv]orgestern|[Üü]bermorgen)"
    r"(?:\s+(?P<part>(?i:abend|morgen|vormittag|mittag|nachmittag|früh|nacht)))?(?![\w-])"
    # a time of day alone, not "am Abend des 3. März", "am Abend zuvor"
    r"|(?P<at>[Aa]m|[Ss]eit dem)\s+(?P<time>Morgen|Vormittag|Mittag|Nachmittag|Abend)(?![\w-])"
    r"(?!\s+(?:des|der|vom|eines|einer|nach|vor|zuvor|davor|danach|darauf|desselben)\b)"
)  # the part of the day in either spelling: "heute Morgen", "heute morgen" (this morning)
# A weekday counted from the day of writing: "kommenden Donnerstag", "am vergangenen Freitag".
_WEEKDAY_WORD = re.compile(r"\b(?P<am>[Aa]m\s+)?(?P<rel>[Kk]ommende|[Vv]ergangene|[Ll]etzte)n\s+"
                           rf"(?P<day>{'|'.join(_WEEKDAYS)})\b")
# "am Dienstag", "am Mittwochabend": a weekday without its date ("am Dienstag, 8. Dezember") or a time
# before it ("auf 9 Uhr am Montag angesetzt": "auf 9 Uhr gestern" is no German).
_AM_WEEKDAY = re.compile(rf"(?<!Uhr )\b[Aa]m\s+(?P<day>{'|'.join(_WEEKDAYS)})"
                         r"(?P<part>morgen|vormittag|mittag|nachmittag|abend)?\b(?!,?\s*(?:dem\s+|den\s+)?\d)")
# "Gestern Morgen wird X Opfer": a feed's historic present said from the next day; "wird" right after
# "gestern" is the past ("wurde"), whatever the rest of the sentence (the check notes other verbs).
_PAST_AUXILIARY = re.compile(r"(\b[Gg]estern(?: früh| Morgen| Vormittag| Mittag| Nachmittag| Abend)? )"
                             r"(wird|werden)\b")
# A clause told as to come: "wird ... entscheiden", "soll ... fallen", "will ... tagen".
_TO_COME = re.compile(r"\b(?:wird|werden|soll|sollen|will|wollen|plant|planen)\b")
# Words that name a day, after which a time of day is that day's ("Am Sonntag ..., am Abend ...").
_NAMES_A_DAY = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)}|Wochenende|[Hh]eute|[Gg]estern|[Mm]orgen|"
                          r"[Vv]orgestern|[Üü]bermorgen|Vortag|Tag)\b|\d+\.\s*(?:\d|[A-ZÄÖÜ])")
# Told in the past: a preterite or pluperfect auxiliary, a perfect (its participle ends the clause:
# not "hat heute die besten Chancen"), or a verb of saying in the preterite.
_PAST = re.compile(
    r"\b(?:war|waren|wurde|wurden|hatte|hatten)\b"
    rf"|\b(?:hat|haben)\b[^.,;:]*\b{PARTICIPLE}"
    r"(?=\s*(?:[.,;:!?]|$))"  # the participle ends the clause
    r"|\b(?:sagte|erklärte|teilte|kündigte|betonte|meldete|berichtete|gab|kam|fand|starb|tagte)n?\b"
)


def told_in_the_past(clause: str) -> bool:
    """A preterite, a pluperfect or a perfect ("wurde", "stellte ... vor", "beschloss", "hatte ...
    getagt", "hat ... beschlossen")."""
    if _PAST.search(clause):
        return True
    words = re.findall(r"\b[a-zäöüß]+\b", clause)
    return any(_WEAK_PRETERITE.fullmatch(w) or _STRONG_PRETERITE.fullmatch(w) for w in words)


# Preterites as news tells the past, by form: weak ("stellte ... vor", "forderten"), strong in the
# singular with a prefix ("beschloss", "nahm ... fest", "verlor"), and strong plurals only bare
# ("nahmen"; "erwiesen", "beschrieben" are participles too). Not "-te" at large: "halte" is present,
# "beigemischte" or "euphorisierte" an adjective, "könnte" a Konjunktiv II.
# (Narrower than grammar's separable prefixes on purpose: "durchsuchte", "überlegte" may be adjectives.)
_SEPARABLE_PREFIXES = ("an|ab|auf|aus|ein|vor|nach|mit|zu|zurück|fest|frei|hin|her|los|weg|wieder|bekannt"
                       "|fort|statt|teil")
_SEPARABLE = rf"(?:{_SEPARABLE_PREFIXES})?"
# the strong verbs take these and the inseparable ones
_PREFIX = rf"(?:{_SEPARABLE_PREFIXES}|be|ver|er|ent|zer|emp|miss|über|unter|durch|um)?"
_WEAK_PRETERITE = re.compile(  # only separable prefixes: "besetzte", "bestimmte" are adjectives too
    _SEPARABLE + r"(?:stell|leg|mach|forder|warn|zeig|führ|plan|such|setz|kauf|versuch|verkauf|senk|lehn"
    r"|mein|hoff|droh|prüf|wähl|stimm|spiel|feier|öffn|eröffn|start|land|stürz|kündig|teil|sag|erklär"
    r"|beton|meld|bericht|tag|lös|bau|zahl|stopp|schick|folg|sperr|räum|rett|schätz|fürcht|brauch|änder"
    r"|kämpf|wend|nenn|kenn|brenn|renn|brach|dach|reagier|kritisier|appellier|plädier|argumentier"
    r"|präzisier|dementier|kommentier|protestier|demonstrier|signalisier|informier|evakuier|explodier"
    r"|passier)(?:e)?ten?")
_STRONG_PRETERITE = re.compile(
    _PREFIX + r"(?:gab|ging|kam|stand|lag|blieb|galt|hieß|ließ|sah|tat|fiel|hielt|trug|nahm|gewann|verlor"
    r"|fand|sprach|schrieb|zog|begann|traf|half|lief|fuhr|stieg|sank|wuchs|flog|starb|schloss|bot|schien|warf"
    r"|rief|gelang|geschah|geriet|bekam|wies|schlug|saß|trat|schoss|bezog|strich|schwieg|stieß|lud|hing"
    r"|sprang|sang|bat|vergaß|griff|litt|stritt|riss|floh|verschwand)"
    r"|(?:gaben|gingen|kamen|standen|lagen|fielen|hielten|nahmen|fanden|sprachen|zogen|trafen|liefen|fuhren"
    r"|stiegen|sanken|flogen|starben|schlossen|riefen|schlugen|saßen|traten|flohen|verschwanden)")


def _local_date(moment: datetime, zone_of: datetime) -> date:
    if moment.tzinfo and zone_of.tzinfo:
        moment = moment.astimezone(zone_of.tzinfo)  # the station's day, not UTC's
    return moment.date()


@dataclass(frozen=True)
class Said:
    """An item's text with its day words said from the air date, and the day words left as written
    although their day is not the air day (for the editorial check): None when nothing was counted
    (a date unknown, the same day, an article dated after the bulletin)."""

    text: str
    left: tuple[str, ...] | None = None


def said_on_air_day(text: str, published: datetime | None, air: datetime | None) -> Said:
    """``text`` with its day words counted from ``air`` instead of from ``published``; unchanged
    when either is unknown, both are the same day, or the article is dated after the bulletin."""
    if published is None or air is None:
        return Said(text)
    written, aired = _local_date(published, air), air.date()
    if written > aired:
        return Said(text)  # an article dated after the bulletin: its date is not trusted
    if written == aired:  # only "am Dienstag" said on that Tuesday: "heute"; "am Morgen wird" at 18:00
        return Said(_weekdays_said(_over_by_air_time(text, air.hour), written, aired))
    local = published.astimezone(air.tzinfo) if published.tzinfo and air.tzinfo else published
    quoted = _quoted_in(text)
    left: list[str] = []
    past: list[str] = []  # times of day said as a day before the air date ("am Dienstagmorgen")

    def said(match: re.Match) -> str:
        in_quote = quoted(match)  # the speaker's words
        over = local.hour >= _OVER_BY.get((match["time"] or match["part"] or "").lower(), 24)
        if match["at"]:
            phrase = match[0] if in_quote else _time_of_day(match, text, (written, aired), over)
            past.extend([phrase] if phrase != match[0] else [])
            return phrase
        if over and match["word"].lower() != "heute":
            over = False  # "gestern Abend", "morgen früh": only the day of writing's part is known to be over
        phrase = match[0] if in_quote else _day_said(match, text, (written, aired), over)
        if phrase == match[0]:
            left.append(match[0])
        return phrase

    text = _DAY_WORD.sub(said, text)
    text = _PAST_AUXILIARY.sub(_auxiliary_said_in_past, text)
    for phrase in past:  # "Am Dienstagmorgen wird X Opfer" -> "wurde"
        text = _auxiliary_in_past(text, re.escape(phrase))
    quoted = _quoted_in(text)

    def weekday(match: re.Match) -> str:
        return match[0] if quoted(match) else _weekday_said(match, text, written, aired)

    return Said(_weekdays_said(_WEEKDAY_WORD.sub(weekday, text), written, aired), tuple(left))


# A clause the historic present tells ("wird X Opfer eines Angriffs", "werden die Leitungen gekappt"):
# it ends in a noun or a participle, not in an infinitive ("wird ... entscheiden" is to come).
_HISTORIC_END = re.compile(r"(?:[A-ZÄÖÜ][\w-]*|\w*ge\w{2,}(?:t|en)|\w+iert)$")


def _auxiliary_in_past(text: str, when: str) -> str:
    """``text`` with "wird"/"werden" right after the time ``when`` (a regular expression naming a
    moment over by air time) in the past, where its clause is the historic present."""
    def past(match: re.Match) -> str:
        return _auxiliary_said_in_past(match) if _historic(text, match.end()) else match[0]

    return re.sub(rf"((?<![\w-]){when} )(wird|werden)\b", past, text)


def _auxiliary_said_in_past(match: re.Match) -> str:
    """The time before the auxiliary (group 1), then "wird" (group 2) as "wurde", "werden" as "wurden"."""
    return match[1] + ("wurde" if match[2] == "wird" else "wurden")


def _historic(text: str, start: int) -> bool:
    """The clause from ``start`` (after "wird") is the historic present: it ends in a noun or participle."""
    return bool(_HISTORIC_END.search(re.split(r"[.,;:!?]", text[start:], maxsplit=1)[0].strip()))


def _over_by_air_time(text: str, hour: int) -> str:
    """ "Am Morgen wird X Opfer eines Angriffs" (a feed's historic present) in a bulletin after that
    morning: "Am Morgen wurde ..." (heard at 18:00, "wird" is a morning to come). Only a time of day
    no day named before it, over by ``hour`` (_OVER_BY)."""
    for time, over_by in _OVER_BY.items():
        match = re.search(rf"(?<![\w-])[Aa]m {time.capitalize()} (?:wird|werden)\b", text)
        if match and hour >= over_by and not _NAMES_A_DAY.search(text[:match.start()]):
            text = _auxiliary_in_past(text, f"[Aa]m {time.capitalize()}")
    return text


def _quoted_in(text: str) -> Callable[[re.Match], bool]:
    """Whether a match in ``text`` starts inside quotation marks (the speaker's words stay)."""
    spans = [m.span() for m in QUOTED.finditer(text)]
    return lambda match: any(start <= match.start() < end for start, end in spans)


def _weekdays_said(text: str, written: date, aired: date) -> str:
    """``text`` with "am Dienstag" said "heute", "gestern" or "morgen" where it is that day from
    ``aired`` (outside quotes). The Tuesday meant: in a clause told in the past the last one up to
    the day of writing; in one told as to come ("wird", "soll", "will") the next one from it; in
    the present only the day of writing itself (a story may be told in the present: "Am Dienstag
    antwortet er in einer Mail")."""
    quoted = _quoted_in(text)

    def said(match: re.Match) -> str:
        if quoted(match):
            return match[0]
        target, clause = _WEEKDAYS.index(match["day"]), _clause_at(text, match)
        if told_in_the_past(clause):
            day = written - timedelta(days=(written.weekday() - target) % 7)
        elif target == written.weekday() or _TO_COME.search(clause):
            day = written + timedelta(days=(target - written.weekday()) % 7)
        else:
            return match[0]  # "Am Dienstag antwortet er": a day to come, or a story told in the present
        if (day - aired).days not in _RELATIVE:
            return match[0]
        return _said_as(match, text, (None, (match["part"] or "").capitalize()), (day, aired), False)

    return _AM_WEEKDAY.sub(said, text)


def _named_weekday(match: re.Match, said_on: date) -> date:
    """The day "kommenden Donnerstag" (the first after ``said_on``) or "vergangenen Freitag" (the
    last before it) names."""
    target = _WEEKDAYS.index(match["day"])
    if match["rel"].lower().startswith("kommend"):
        return said_on + timedelta(days=(target - said_on.weekday() - 1) % 7 + 1)
    return said_on - timedelta(days=(said_on.weekday() - target - 1) % 7 + 1)


def weekday_still_right(phrase: str, written: date, aired: date) -> bool:
    """ "kommenden Donnerstag" written on ``written`` still names the same day on ``aired``."""
    match = _WEEKDAY_WORD.fullmatch(phrase.strip())
    return bool(match) and _named_weekday(match, written) == _named_weekday(match, aired)


def _weekday_said(match: re.Match, text: str, written: date, aired: date) -> str:
    """ "kommenden Donnerstag" (the first after the day of writing), "vergangenen Freitag" (the last
    before it) as said on the air date: as written while it still names that day, else "heute",
    "morgen", "am Donnerstag" ... (a day that is over only in a clause told in the past)."""
    day = _named_weekday(match, written)
    if _named_weekday(match, aired) == day:
        return match[0]  # still the same day
    said = _said_as(match, text, ("am" if match["am"] else None, ""), (day, aired), False)
    if said == match[0]:
        return said
    said = said[3:] if said.lower().startswith("am ") and (day - aired).days in _RELATIVE else said
    return said[0].upper() + said[1:] if match[0][0].isupper() else said


def _day_said(match: re.Match, text: str, days: tuple[date, date], over: bool) -> str:
    """ "heute", "gestern Abend", "seit heute" ... as said on the air date, or as written."""
    written, aired = days
    part = (match["part"] or "").lower()
    if part == "nacht":
        return match[0]  # "heute Nacht": the night before or the one to come
    day = written + timedelta(days=_OFFSETS[match["word"].lower()])
    words = (match["prep"], part if part == "früh" else part.capitalize())
    return _said_as(match, text, words, (day, aired), over)


def _time_of_day(match: re.Match, text: str, days: tuple[date, date], over: bool) -> str:
    """ "Am Abend" -> "Gestern Abend", "seit dem Vormittag" -> "seit gestern Vormittag": the day of
    writing's, unless a day named before it is the one meant."""
    if _NAMES_A_DAY.search(text[:match.start()]):
        return match[0]
    prep = "seit" if match["at"].lower().startswith("seit") else None
    # "Am Morgen wird X Opfer ...", said a day later: that morning is over whenever it was written
    auxiliary = re.match(r" (?:wird|werden)\b", text[match.end():])
    over = over or bool(auxiliary and _historic(text, match.end() + auxiliary.end()))
    return _said_as(match, text, (prep, match["time"]), days, over)


def _said_as(match: re.Match, text: str, words: tuple[str | None, str], days: tuple[date, date],
             over: bool) -> str:
    """The words (preposition, part of the day) for the first of ``days`` said on the second, or as
    written; ``over``: that part of the day was over when the article was written (any tense)."""
    prep, part = words
    day, aired = days
    delta = (day - aired).days
    since = (prep or "").lower() in ("seit", "ab")  # "seit gestern gilt": any tense
    told_past = over or told_in_the_past(_clause_at(text, match))
    if abs(delta) > WITHIN or (delta < 0 and not since and not told_past):
        return match[0]  # too far to name by weekday, or a sentence still told as if to come
    phrase = _phrase(prep, part, day, delta)
    return phrase[0].upper() + phrase[1:] if match[0][0].isupper() else phrase


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

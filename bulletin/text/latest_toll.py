"""The latest toll after a first count: said in the lead ("mindestens elf Menschen" -> "mindestens 16
Menschen"; "zwei Menschen verletzt" -> "fünf" when only the injured are counted) when a later sentence
gives a higher count, so that neither the first count nor two counts for one toll go on air; else the
sentence telling it read right after the lead. Likewise someone missing who was found later: what
became of them is said where the article first said they were missing (found_since).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.text.asked_for import tells_incident, toll_since
from bulletin.text.units import Unit, reordered


def latest_toll_next(units: list[Unit]) -> list[Unit]:
    """``units`` with the latest toll told next to the first count (_latest_next), a toll told as a
    rise said as the people it counts (_toll_as_people) and a count's correction as the count now
    (_correction_said), without the first count it went on from (_without_stale_count)."""
    said = _said_now(units)
    units = _latest_next(_without_stale_count(said, {u.index for u, now in zip(units, said, strict=True)
                                                     if u.text != now.text}))
    return _said_now(units)  # (once more: the toll said in place of the first count can be a rise again)


def _said_now(units: list[Unit]) -> list[Unit]:
    """``units`` with a toll told as a rise, and a count's correction, said as the count now."""
    return [replace(u, text=_correction_said(_toll_as_people(u.text))) for u in units]


# "In ersten Meldungen war von zwölf Verletzten die Rede, ...", "In den ersten Stunden hatten die Behörden
# von zwölf Toten gesprochen.": a first count that was wrong
_FIRST_TALK = re.compile(r"^(?:Zunächst|Anfangs|Ursprünglich|In\s+(?:den\s+)?ersten\s+"
                         r"(?:Meldungen|Berichten|Stunden|Angaben)|Nach\s+ersten\s+(?:Angaben|Meldungen))\b"
                         r"[^.;]*?\bvon\s+(?:rund\s+|mindestens\s+)?"
                         r"\S+\s+(?:\w*[Vv]erletzten|Toten|Todesopfern)\b[^.;]*?\b(?:die\s+Rede|gesprochen)\b")


def _without_stale_count(units: list[Unit], said_now: set[int]) -> list[Unit]:
    """``units`` without the first count (_FIRST_TALK) a sentence in ``said_now`` went on from, now
    that it says the count as it is ("Die Polizei spricht inzwischen von acht Leichtverletzten"): a
    listener hears the toll once, the right one, and the sentence no longer needs the stale one."""
    stale = {u.needs for u in units if u.index in said_now and u.needs is not None and not u.or_else
             and _FIRST_TALK.match(units[u.needs].text)}
    stale -= {n for u in units if u.index not in said_now for n in (u.needs, u.follows, *u.or_else, *u.also)}
    if not stale:
        return units
    rest = [replace(u, needs=None) if u.needs in stale else u for u in units if u.index not in stale]
    return reordered(rest, {u.index: position for position, u in enumerate(rest)})


def _latest_next(units: list[Unit]) -> list[Unit]:
    """``units`` with the toll since the first count: said where the first count was ("mindestens elf
    Menschen" -> "mindestens 16 Menschen", the sentence telling it not read) when the lead, or the
    sentence after a lead without a count ("Nach ersten Angaben kamen dabei mindestens sieben Menschen
    ums Leben"), gives one count of people and that sentence a higher one; else that sentence
    ("Inzwischen sind 17 Menschen gestorben, darunter ...") read right after it, when it needs nothing
    else. A listener must not hear the first count as the news, nor two counts for one toll."""
    at = _first_count(units)
    told = " ".join(u.text for u in units[:at + 1])
    found = toll_since(told, [u.text for u in units[at + 1:]])  # (none without units: no incident told)
    latest = units[found[0] + at + 1] if found else None
    if latest is not None and latest.needs not in (None, 0, at) and _SINCE_THEN.match(latest.text):
        units, latest = _since_then_alone(units, latest, at)  # "Die Zahl der Todesopfer stieg ..."
    if latest is None:
        return _count_next(units, at) if at else _toll_after_incident(units)
    if latest.needs not in (None, 0, at) or latest.or_else or latest.also:
        return units
    counted = _with_count_now(units[at].text, latest.text)
    # (and who told the first count, when: "Das teilten die Behörden am Vormittag mit."; that it rose)
    told_by = {u.index for u in units if u.needs == at and _TOLD_BY.match(u.text)}
    rose = {u.index for u in units if u.needs in (None, 0, at) and _ROSE.match(u.text)}
    if counted and not any((told_by | rose) & {u.needs, u.follows, *u.or_else, *u.also} for u in units):
        dropped = {latest.index} | told_by | rose
        counted = _FIRST_SAID.sub(r"\1", counted)  # "Nach ersten Angaben": no longer the first
        return _said_in_place(units, at, counted, latest.index, dropped)
    if latest.index == at + 1:
        return units
    return _moved(units, latest.index, at + 1)


def _count_next(units: list[Unit], at: int) -> list[Unit]:
    """``units`` with the only count of the dead or hurt (at ``at``) read right after the lead, before
    where the quake's centre lay: what it did to people is what a listener asks first ("Inzwischen sind
    47 Menschen ums Leben gekommen" after "Ein Erdbeben ... hat ... erschüttert")."""
    if at < 2 or units[at].needs not in (None, 0) or units[at].or_else or units[at].also:
        return units
    return _moved(units, at, 1)


def _toll_after_incident(units: list[Unit]) -> list[Unit]:
    """``units`` with the first count of the hurt or dead among the five after a lead telling an
    incident without one read right after it ("Die Polizei spricht inzwischen von neun Verletzten, ..."
    after "Ein Reisebus ... ist ... umgekippt"), before how it happened and who was on board."""
    if not units or _counts(units[0].text) or not tells_incident(units[0].text):
        return units
    at = next((k for k, u in enumerate(units[1:6], start=1)
               if _counts(u.text) or _HURT_NOW.search(u.text)), None)
    if at is None or at == 1 or units[at].needs not in (None, 0) or units[at].or_else or units[at].also:
        return units
    end = at + 1  # (with what goes on from it: "Beide wurden ins Klinikum ... gebracht.")
    while end < len(units) and units[end].needs == end - 1:
        end += 1
    for to, source in enumerate(range(at, end), start=1):
        units = _moved(units, source, to)
    return units


def _moved(units: list[Unit], source: int, to: int) -> list[Unit]:
    """``units`` with the one at ``source`` read at ``to`` (before it), those between one later."""
    moved = {u.index: u.index + (to <= u.index < source) for u in units} | {source: to}
    return sorted(reordered(units, moved), key=lambda u: u.index)


# "Damit stieg die Zahl der Todesopfer auf 31": the count now, which stands without the finds before it
_SINCE_THEN = re.compile(r"^Damit\s+(?P<verb>stieg|steigt)\s+(?P<count>die\s+Zahl\s+der\s+(?:Toten|Todesopfer"
                         r"|Verletzten))\s+(?=auf\b)")


def _since_then_alone(units: list[Unit], latest: Unit, at: int) -> tuple[list[Unit], Unit]:
    """``units`` with the ``latest`` count ("Damit stieg die Zahl der Todesopfer auf 31") said alone
    in place of the sentence after the first count (``at``) it went on from ("Am Abend bargen
    Taucher weitere 13 Leichen."), which it counts in, when no other sentence needs that one; and
    the count as it is now in them. Else ``units`` and ``latest``."""
    before = latest.needs
    if before is None or before <= at or any(before in (u.needs, *u.or_else, *u.also)
                                             for u in units if u.index != latest.index):
        return units, latest
    said = _SINCE_THEN.sub(r"\g<count> \g<verb> ", latest.text, 1)
    alone = replace(latest, text=said[0].upper() + said[1:], needs=None)
    rest = [alone if u.index == latest.index else u for u in units if u.index != before]
    moved = {u.index: position for position, u in enumerate(rest)}
    rest = reordered(rest, moved)
    return rest, rest[moved[latest.index]]


# "..., die Zahl der Todesopfer stieg damit auf vier.", "Die Zahl der Todesopfer stieg auf 31, ...", "Bis
# zum Abend stieg die Zahl der Toten auf 47, ...": a rise from a count the item may not have said ("Am Abend
# stieg die Zahl ..." goes on from the count of the morning, which the item said)
_ROSE_TO = re.compile(r"(?P<start>^|,\s+)(?:[Dd]ie\s+Zahl\s+der\s+(?P<kind>Toten|Todesopfer|Verletzten)\s+"
                      r"(?:stieg|steigt)|(?:Bis\s+zum|Bis)\s+(?:Abend|Nachmittag|Morgen|Mittag|[A-ZÄÖÜ]\w+abend)"
                      r"\s+(?:stieg|steigt)\s+die\s+Zahl\s+der\s+(?P<kind2>Toten|Todesopfer|Verletzten))"
                      r"\s+(?P<since>damit\s+)?auf\s+(?P<count>(?:mindestens\s+)?\w+)(?=[,.;:](?:\s|$))")


# "Am Nachmittag korrigierte das Rote Kreuz Tirol die Zahl auf 23 Verletzte, ...", "Am Abend korrigierte
# AFAD die Zahl der Toten auf 23 nach oben": a correction of a count the item may not have said
_CORRECTED_TO = re.compile(r"^(?:(?:Am|Im)\s+(?:[\wäöüß]+\s+){1,2}|Später\s+|Inzwischen\s+)?korrigierte\s+"
                           r"(?P<who>(?:(?:der|die|das)\s+)?[A-ZÄÖÜ][^,.;]*?)\s+die\s+Zahl(?:\s+der\s+"
                           r"(?P<kind>Verletzten|Toten|Todesopfer))?\s+auf\s+(?P<count>(?:mindestens\s+)?[\d.]+|\w+)"
                           r"(?:\s+(?P<named>(?:Leicht|Schwer)?[Vv]erletzte|Tote))?(?:\s+nach\s+oben)?(?=[,.;])")


def _correction_said(text: str) -> str:
    """``text`` with a count's correction said as the count now: "Das Rote Kreuz Tirol spricht
    inzwischen von 23 Verletzten, vier davon schwer." (the first count need not have been heard)."""
    found = _CORRECTED_TO.match(text)
    kind = found and (found["named"] or found["kind"])
    if not kind:
        return text
    counted = kind + "n" if kind.endswith("e") else kind  # "23 Verletzte" -> "von 23 Verletzten"
    who = found["who"][0].upper() + found["who"][1:]
    return f"{who} spricht inzwischen von {found['count']} {counted}" + text[found.end():]


def _toll_as_people(text: str) -> str:
    """``text`` with a toll told as a rise ("..., die Zahl der Todesopfer stieg damit auf vier.") said
    as the people it counts (", damit sind vier Menschen ums Leben gekommen."; "Inzwischen sind 31
    Menschen ums Leben gekommen, ..."), which is right whether or not the listener heard a count before."""
    rose = _ROSE_TO.search(text)
    if rose is None or rose["count"].split()[-1] in ("ein", "einen", "eins"):
        return text
    if rose["start"] and not rose["since"]:
        return text  # (after a comma without "damit", the count it rose from was told just before)
    done = "ums Leben gekommen" if (rose["kind"] or rose["kind2"]) != "Verletzten" else "verletzt worden"
    said = f"{'damit' if rose['since'] else 'inzwischen'} sind {rose['count']} Menschen {done}"
    said = (", " + said) if rose["start"] else said[0].upper() + said[1:]
    return text[:rose.start()] + said + text[rose.end():]


def _first_count(units: list[Unit]) -> int:
    """Where the first count is told: in the lead, or in one of the three sentences after a lead telling
    the event without one ("Nach ersten Angaben des Zivilschutzes kamen dabei mindestens sieben
    Menschen ums Leben")."""
    if not units or _counts(units[0].text):
        return 0
    for at, unit in enumerate(units[1:4], start=1):  # (after what the event did: "In vielen Dörfern ...")
        if unit.needs not in (None, *(u.index for u in units[:at])) or unit.or_else or unit.also:
            return 0
        if _counts(unit.text):
            return at
    return 0


def _counts(text: str) -> bool:
    """ "mindestens elf Menschen" dead or hurt, "von 23 Toten": a count of people (not "An Bord befanden
    sich 43 Personen", who are not the toll)."""
    return bool(_COUNTED.search(text) and _HARMED.search(text) or _DEAD_NOW.search(text))


# "Nach ersten Angaben des Zivilschutzes": said of the count now, "Nach Angaben des Zivilschutzes"
_FIRST_SAID = re.compile(r"\b([Nn]ach)\s+(?:ersten|vorläufigen)(?=\s+Angaben\b)")


def _said_in_place(units: list[Unit], at: int, text: str, update: int, dropped: set[int]) -> list[Unit]:
    """``units`` without those ``dropped`` (the ``update`` among them), the sentence ``at`` saying
    ``text`` now, what it told brought up to date, and what pointed at the update pointing at it."""
    rest = [_leaning_on(u, update, at) for u in units if u.index not in dropped]
    moved = {u.index: position for position, u in enumerate(rest)}
    return reordered([replace(u, text=text) if u.index == at else u for u in rest], moved)


def _leaning_on(unit: Unit, update: int, at: int) -> Unit:
    """``unit`` pointing at the sentence ``at`` where it pointed at the ``update`` that sentence now
    says ("Zahlreiche Menschen gelten als vermisst, es wird befürchtet, dass die Zahl der Toten weiter
    steigt.")."""
    def counted_for(i: int) -> int:
        return at if i == update else i
    return replace(unit, needs=None if unit.needs is None else counted_for(unit.needs),
                   or_else=tuple(map(counted_for, unit.or_else)), also=tuple(map(counted_for, unit.also)),
                   follows=None if unit.follows == update else unit.follows)


# "mindestens elf Menschen": the lead's count; "stieg ... auf 16", "Inzwischen sind 17", "bis zum Abend
# meldeten die Behörden mindestens 47 Todesopfer", "Inzwischen ist von fünf Verletzten die Rede": the
# count now
_TOLD_BY = re.compile(r"^(?:Das|Dies)\s+(?:teilte|teilten|meldete|meldeten|sagte|sagten|berichtete"
                      r"|berichteten)\b")
# "Im Laufe des Tages stieg die Zahl der Opfer rasch an.": said by the count now
_ROSE = re.compile(r"^[^.\d]*\b(?:stieg|steigt)\s+die\s+Zahl\s+der\s+(?:Opfer|Toten|Todesopfer|Verletzten)"
                   r"(?:\s+[a-zäöüß]+)?\s+an\.$"
                   # "Im Laufe des Abends musste die Zahl der Todesopfer nach oben korrigiert werden."
                   r"|^[^.\d]*\bdie\s+Zahl\s+der\s+(?:Opfer|Toten|Todesopfer|Verletzten)\b[^.\d]*\bnach\s+oben\s+"
                   r"korrigiert\b[^.\d]*\.$")
_WORDS = "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn " \
         "sechzehn siebzehn achtzehn neunzehn zwanzig".split()  # each at the number it says
_NUMBER = rf"(?:\d+|{'|'.join(_WORDS[2:])})"
_COUNTED = re.compile(rf"\b(?P<count>{_NUMBER})\s+(?:Menschen|Personen)\b(?P<clause>[^,;.]*)")
_DEAD_WORDS = re.compile(r"\b(?:gestorben|ums Leben|getötet|tot)\b")
_HARMED = re.compile(rf"{_DEAD_WORDS.pattern}|\b(?:verletzt|[Vv]erletzte\w*|vermisst\w*|verunglückt)\b")
_COUNT_NOW = re.compile(rf"\bauf\s+(?:mindestens\s+)?(?P<now>{_NUMBER})\b"
                        rf"|\b(?:[Ii]nzwischen|[Mm]ittlerweile)\s+(?:sind|seien|ist|wurden)\s+(?:mindestens\s+)?(?P<then>{_NUMBER})\s+(?:Menschen|Personen)\b")
_DEAD_NOW = re.compile(rf"\b(?P<now>{_NUMBER})\s+(?:Tote|Toten|Todesopfer|Todesopfern|Leichen)\b")
_HURT_NOW = re.compile(rf"\b(?P<now>{_NUMBER})\s+(?:Verletzte|Verletzten)\b")


def _number(said: str) -> int:
    return int(said) if said.isdigit() else _WORDS.index(said)


def _with_count_now(lead: str, latest: str) -> str:
    """``lead`` with its one count of people replaced by the higher count ``latest`` gives, or "": of the
    dead when the lead's count died, else of the injured."""
    counts = list(_COUNTED.finditer(lead))
    if len(counts) != 1:
        return ""  # (nor "sprach am Vormittag von 23 Toten": he said 23; the update is read after it)
    dead = bool(_DEAD_WORDS.search(counts[0]["clause"]))
    kind = _DEAD_NOW if dead else _HURT_NOW
    found = [_number(m["now"] or m["then"]) for m in _COUNT_NOW.finditer(latest)]
    found += [_number(m["now"]) for m in kind.finditer(latest)]
    if not found or max(found) <= _number(counts[0]["count"]):
        return ""
    now = max(found)
    said = _WORDS[now] if not counts[0]["count"].isdigit() and now <= 12 else str(now)  # (words up to twelve)
    return lead[:counts[0].start("count")] + said + lead[counts[0].end("count"):]


# "Ein 47-jähriger Feuerwehrmann wird seit Samstagabend vermisst.": someone missing, as first told
_MISSING = re.compile(r"\b(?:wird|werden|wurde|wurden|gilt|gelten|galt|galten)\b[^.;]*\bvermisst\b"
                      r"|\bals\s+vermisst\b|\bfehlt\s+(?:jede|noch\s+jede)\s+Spur\b")
# "..., dass der vermisste Feuerwehrmann tot unter einer Schlammlawine geborgen wurde": what became of them
_FOUND = re.compile(r"\b(?P<article>der|die|den)\s+(?P<adjective>vermissten?)\s+(?P<noun>[A-ZÄÖÜ][\w-]+)"
                    r"(?=[^.;]*\b(?:tot|leblos|lebend|wohlauf|geborgen|gefunden|aufgefunden|entdeckt)\b)")
_ONE_FOUND = {"der": "ein vermisster", "den": "einen vermissten", "die": "eine vermisste"}


def found_since(units: list[Unit]) -> list[Unit]:
    """``units`` with what became of someone the article first said was missing ("Ein 47-jähriger
    Feuerwehrmann wird seit Samstagabend vermisst."), told further on ("Am späten Abend bestätigte
    die Polizei, dass der vermisste Feuerwehrmann tot ... geborgen wurde."), said in place of the
    first: a listener must not hear as missing someone already found dead. The missing person was
    not heard of before: "der vermisste Feuerwehrmann" is said "ein vermisster Feuerwehrmann"."""
    missing = next((u for u in units if _MISSING.search(u.text) and not _FOUND.search(u.text)), None)
    found = next((u for u in units if missing and u.index > missing.index and _FOUND.search(u.text)
                  and u.needs in (None, missing.index) and not u.or_else and not u.also), None)
    if missing is None or found is None:
        return units
    told = _FOUND.search(found.text)
    one = _ONE_FOUND.get(told["article"]) if told["adjective"] == "vermisste" else None
    said = f"{one} {told['noun']}" if one else told.group(0)
    text = found.text[:told.start()] + said + found.text[told.end():]
    return _said_in_place(units, missing.index, text, found.index, {found.index})

"""Rules for places and minutes, where an ordinal is no adjective: a numbered list ("1. Finnland
2. Norwegen"), a place in a compound ("der Weltranglisten-20."), a goal's minute ("Welbeck (60.)").

They run after the dates ("1. Mai" is a date) and before the ordinal rule, which would make an
adjective of each ("erstes Finnland", "Welbeck (sechzigster.)").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bulletin.speech.normalize import grammar, words
from bulletin.speech.normalize.numbers import context, ends_sentence

# --- a goal's minute ---------------------------------------------------------------------------

_MINUTES = re.compile(r" \((\d{1,3})\.((?:\s*(?:,|und)\s*\d{1,3}\.)*)(?:\s*\+\s*(\d{1,2})\.?)?"
                      r"(?:\s*[,/]\s*([A-Za-zÄÖÜäöüß -]{2,30}?))?\)")
# Words that say the minutes in parentheses are a match's (a tennis seed "(5.)" is not).
_MATCH = re.compile(r"\bTor\w*|\bTreffer|\btraf\w*|\berzielt\w*|Ausgleich\w*|Führung|Elfmeter|Eigentor|Karte"
                    r"|Kopfball|Anschluss\w*|Siegtreffer|Doppelpack|\d:\d|\bzu \w+ (?:gewann|verlor)")


def match_minutes(text: str) -> str:
    """'Welbeck (60.) traf' -> 'Welbeck in der sechzigsten Minute traf', 'Kane (12., 75.)' -> 'Kane
    in der zwölften und fünfundsiebzigsten Minute', '(90.+2)' -> 'in der Nachspielzeit', '(11./Elfmeter)'
    -> 'in der elften Minute, Elfmeter'. Only where the words around speak of goals."""
    def read(match: re.Match) -> str:
        first, more, extra, note = match.groups()
        if not match.string[match.start() - 1:match.start()].isalnum():
            return match.group(0)  # a goal's minute follows the scorer's name
        window = match.string[max(0, match.start() - 200):match.end() + 100]
        minutes = [int(first), *(int(m) for m in re.findall(r"\d+", more))]
        if not _MATCH.search(window) or not all(1 <= m <= 130 for m in minutes):
            return match.group(0)
        if extra:
            spoken = " in der Nachspielzeit"
        else:
            said = [words.ordinal(m, "en") for m in minutes]
            spoken = f" in der {' und '.join(said)} Minute"
        return spoken + (f", {note.strip()}" if note else "")

    return _MINUTES.sub(read, text)


# --- a place in a compound ---------------------------------------------------------------------

# Written so that `re` scans for the hyphen; the compound's first part is checked in Python.
_RANKED = re.compile(r"-(\d{1,3})\.(?![\d.])")
_RANKED_WORD = re.compile(r"(?:[Rr]anglisten?|[Tt]abellen|[Ww]ertungs|[Rr]anking)$")


def ranked_compounds(text: str) -> str:
    """'der Weltranglisten-20.' -> 'der Weltranglisten-zwanzigste', 'gegen den Weltranglisten-357.' ->
    'gegen den Weltranglisten-dreihundertsiebenundfünfzigsten' (a place said as a noun)."""
    def read(match: re.Match) -> str:
        head = match.string[max(0, match.start() - 40):match.start()]
        if not _RANKED_WORD.search(head):
            return match.group(0)
        before = head[:len(head) - len(head.split()[-1])] if head.split() else ""
        ending = grammar.ordinal_ending(before, grammar.M)
        stop = "." if ends_sentence(context(match)[1]) else ""
        return "-" + words.ordinal(int(match.group(1)), ending) + stop

    return _RANKED.sub(read, text)


# --- a numbered list ---------------------------------------------------------------------------

# Scanned for a point before a capital; the number before it is read in Python.
_POSITION = re.compile(r"\.\s+(?=([A-ZÄÖÜ][\w-]*))")
_NUMBER = re.compile(r"(?<![\w.,:/-])\d{1,3}$")
_PLACES = re.compile(r"Rang|Ranking|Tabelle|Wertung|Klassement|Platz|Plätze|Top|Ergebnis|Endstand|Sieger"
                     r"|Weltcup|Zieleinlauf|Reihung|Index|Bestenliste|Charts")
_SENTENCE_END = re.compile(r"(?<![\d\s])[.!?]\s")


class _Position(NamedTuple):
    n: int
    start: int  # of the number
    end: int  # after the point and the space


def _positions(text: str) -> list[_Position]:
    """Every "N. " before a capital: a number of its own, no article before it, no counted noun after."""
    found = []
    for match in _POSITION.finditer(text):
        if not text[match.start() - 1:match.start()].isdigit():
            continue  # a sentence end, most of the time
        number = _NUMBER.search(text, max(0, match.start() - 3), match.start())
        if number and not grammar.counted_noun(match.group(1)) and not grammar.has_determiner(
                text[max(0, number.start() - 30):number.start()]):
            found.append(_Position(int(number.group(0)), number.start(), match.end()))
    return found


def _runs(text: str) -> list[list[_Position]]:
    """The numbered lists: positions that rise, the first two one apart, each near the one before."""
    found = _positions(text)
    runs: list[list[_Position]] = []
    i = 0
    while i < len(found) - 1:
        run = [found[i]]
        for position in found[i + 1:]:
            step_ok = position.n == run[-1].n + 1 if len(run) == 1 else position.n > run[-1].n
            if not step_ok or position.start - run[-1].end > 200:
                break
            run.append(position)
        if len(run) > 1:
            runs.append(run)
        i += len(run)
    return runs


def ranking_lists(text: str) -> str:
    """A numbered list is said by its places: 'Die Rangliste: 1. Finnland 2. Norwegen' -> 'Die
    Rangliste: Platz 1 Finnland, Platz 2 Norwegen' (the numbers are read later: 'Platz eins');
    without a word of rankings around it, by 'erstens, zweitens': 'Forderungen: 1. Mehr Personal
    2. Höhere Löhne' -> 'Forderungen: erstens Mehr Personal, zweitens Höhere Löhne'."""
    for run in reversed(_runs(text)):
        before = text[max(0, run[0].start - 200):run[0].start]
        sentence = before[max((m.end() for m in _SENTENCE_END.finditer(before)), default=0):]
        places = bool(_PLACES.search(sentence) or _PLACES.search(text, run[0].start, run[-1].end))
        for i, position in reversed(list(enumerate(run))):
            said = f"Platz {position.n} " if places else f"{words.ordinal_stem(position.n)}ens "
            joint = "" if i == 0 or text[:position.start].rstrip()[-1:] in ",;:" else ", "
            text = text[:position.start].rstrip() + (joint or " ") + said + text[position.end:]
    return text

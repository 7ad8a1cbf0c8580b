"""Room for the story's key fact: a long sentence said shorter, as an editor cutting to time would.

The condenser reads whole sentences, so a key fact in a sentence that does not fit was lost, while
a sentence before it took its time with what only adds detail. Said shorter here:
- a relative clause that only adds to something already named (shorten.without_relative_clause);
- an aside between dashes ("in wenigen Wochen – voraussichtlich nach den Osterferien – an der
  Grenze"): the sentence reads on without it, as it was written to; so does an example between
  commas (", darunter viele Pensionisten,") that gives no figure or name;
- a purpose clause at the end ("..., um auf die sechs Unterschriften zu kommen, die notwendig
  sind, ..."): what was done stays, why is background;
- a list after a colon ("Sechs Kandidaten stehen zur Wahl: A, B, C, D, E und F."): who they
  are is detail when the news is what happens to one of them;
- a clause set against the sentence with "während" at its end: another party's part;
- the crowd and the ground of a match ("vor 6.840 Zuschauern in der Murtal-Arena").
A sentence too long to follow the lead at all loses its relative clause (``shortened_to_fit``); a
chosen sentence is said shorter when that lets a key sentence the budget left out be read
(``made_for_key``: "Bis vor zwei Wochen unterstützten Grüne und FPÖ ihre Anträge gegenseitig." and
then what ended it, not the purpose clause). The lead is the news: it loses only an aside, a list or
a paper's own praise quoted at its end ("und, wie es im Ministerratsvortrag heißt, ... „...“ geben soll").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bulletin.text.grammar import finite_verbs, has_finite_verb
from bulletin.text.news import facts, hard_facts
from bulletin.text.primary_source import without_source_detail
from bulletin.text.selection import TOP_UP_SCORE, adds, on_topic
from bulletin.text.shorten import ZU_INFINITIVE, without_relative_clause
from bulletin.text.units import Unit

# ", um auf die sechs Unterschriften zu kommen, die notwendig sind, ... stellen zu können." at the end
_PURPOSE = re.compile(r",\s+um\s+(?P<body>[^;:–—()„“”\"»«]+?)\.$")
# after the purpose clause the sentence goes on with a main clause of its own: it stays
_MAIN_GOES_ON = re.compile(r",\s+(?:und|aber|sondern|doch|denn)\s")
_MIN_WORDS_KEPT = 6  # what is left is a statement of its own, not "Sie kamen."
# Seconds over the budget an item may run to read a key fact after a cut: the cut already gave time
# back, and estimates are not finer than a second (selection.GRACE is 1.0 for a key fact alone).
KEY_GRACE = 1.5


# " – voraussichtlich nach den Osterferien – ": an aside the sentence was written to read on without
_ASIDE = re.compile(r"\s[–—]\s(?P<aside>[^–—.;:()]+?)\s[–—]\s")
_MAX_ASIDE_WORDS = 15


def without_aside(sentence: str) -> str:
    """``sentence`` without its first aside between dashes, or ``sentence`` itself; not an aside
    with a name or a figure in it."""
    match = _ASIDE.search(sentence)
    if not match or len(match["aside"].split()) > _MAX_ASIDE_WORDS or hard_facts(match["aside"]):
        return sentence  # "– der Maler Gerhard Richter und ... Arvo Pärt –": who they are stays
    return sentence[:match.start()] + " " + sentence[match.end():]


# "61 Anleger, darunter viele Pensionisten, um ... gebracht": who among them, set off by commas
_AMONG = re.compile(r",\s(?P<among>(?:darunter|vor allem|unter anderem|etwa)\s[^,;:.–—()]+?),\s")


def without_among(sentence: str) -> str:
    """``sentence`` without an example among those it names, set off by commas ("..., darunter viele
    Pensionisten, ..."), or ``sentence`` itself; not one with a figure or a name ("darunter drei Kinder")."""
    match = _AMONG.search(sentence)
    if not match or hard_facts(match["among"]):
        return sentence
    before, after = sentence[:match.start()], sentence[match.end():]
    verbs = finite_verbs(after)
    # "... fehlendes Personal, vor allem bei ..., schreiben die Prüfer": a clause ended, another begins
    new_clause = has_finite_verb(before) and bool(verbs) and after.split()[0] == verbs[0]
    return before + (", " if new_clause else " ") + after


# "..., das 4,5 Mrd. Euro umfasst und, wie es im Ministerratsvortrag heißt, Ländern „Planungssicherheit“
# geben soll.": a paper's own words for what it wants, joined with "und" at the end
_PAPER_SAYS = re.compile(r"\s+und,\s+wie\s+es\s+(?:im|in\s+der|in\s+dem|in\s+einem|in\s+einer)\s+[^,;:.]+"
                         r"\s+heißt,\s+[^.;:]*„[^“]+“[^.;:]*(?=\.$)")


def without_paper_quoted(sentence: str) -> str:
    """``sentence`` without a paper's wording quoted at its end ("... umfasst und, wie es im
    Ministerratsvortrag heißt, Ländern „Planungssicherheit für ein Jahrzehnt“ geben soll." -> "...
    umfasst."): the plan's own praise, which the news can do without."""
    return _PAPER_SAYS.sub("", sentence)


# "...: Irmgard Muster, Norbert Beispiel, ... und Alexander Probe." after a whole statement
_LIST = re.compile(r":\s+(?P<items>[^:;.–—]+?,[^:;.–—]+?\bund\b[^:;.–—]+?)\.$")


def without_list(sentence: str) -> str:
    """``sentence`` without the list it ends in after a colon ("Sechs Kandidaten stehen zur Wahl:
    A, B, C, D, E und F." -> "Sechs Kandidaten stehen zur Wahl."): who they are is detail the news
    can do without. Not when the list has a verb (then it says something) or before the colon
    there is no statement of its own."""
    match = _LIST.search(sentence)
    if not match or has_finite_verb(match["items"]) or match["items"].count(",") < 2:
        return sentence
    kept = sentence[:match.start()]
    return kept + "." if has_finite_verb(kept) and len(kept.split()) >= _MIN_WORDS_KEPT else sentence


def without_purpose_clause(sentence: str) -> str:
    """``sentence`` without a purpose clause at its end, or ``sentence`` itself: "Grüne und FPÖ
    unterstützten ihre Anträge gegenseitig, um auf sechs Unterschriften zu kommen." -> "Grüne und
    FPÖ unterstützten ihre Anträge gegenseitig." Not when the clause goes on as a main clause (",
    um ... zu helfen, und ..."), nor when little is left."""
    match = _PURPOSE.search(sentence)
    if not match or not ZU_INFINITIVE.search(match["body"]) or _MAIN_GOES_ON.search(match["body"]):
        return sentence
    if any(part.split()[0] in finite_verbs(part)[:1] for part in match["body"].split(", ")[1:] if part):
        return sentence  # ", um ... zu reisen, berichtet die Zeitung.": the sentence's own verb follows
    kept = sentence[:match.start()]
    if len(kept.split()) < _MIN_WORDS_KEPT or not has_finite_verb(kept):
        return sentence
    return kept + "."


# "..., während der damalige Leiter ... drei Jahre Haft erhielt, ...": a second party's part after "whereas"
_WHEREAS = re.compile(r",\s+während\s+(?P<body>[^;:–—()„“”\"»«]+)\.$")


def without_whereas(sentence: str) -> str:
    """``sentence`` without a clause at its end set against it with "während", or ``sentence`` itself:
    "X wurde zu vier Jahren Haft verurteilt, während der damalige Leiter ... drei Jahre erhielt." ->
    "X wurde zu vier Jahren Haft verurteilt." (the other part is a sentence of its own, by ear)."""
    match = _WHEREAS.search(sentence)
    kept = sentence[:match.start()] if match else ""
    if not match or not has_finite_verb(match["body"]) or len(kept.split()) < _MIN_WORDS_KEPT \
            or not has_finite_verb(kept):
        return sentence
    return kept + "."


# " vor 6.840 Zuschauern in der Murtal-Arena in Judenburg": the crowd and the ground, a match's colour
_CROWD = re.compile(r"\s+vor\s+(?:rund\s+|knapp\s+|mehr\s+als\s+)?\d[\d.]*\s+"
                    r"Zuschauer(?:n|innen\s+und\s+Zuschauern)(?:\s+(?:in\s+der|im)\s+[A-ZÄÖÜ][\w-]*(?:\s+in\s+[A-ZÄÖÜ][\w-]*)?)?(?=\s)")


def without_crowd(sentence: str) -> str:
    """ "Die Steirer besiegten am Samstag vor 6.840 Zuschauern in der Murtal-Arena den ASK ..." ->
    "Die Steirer besiegten am Samstag den ASK ...": the crowd is colour next to the score."""
    return _CROWD.sub("", sentence, count=1)


_CUTS = (without_relative_clause, without_source_detail, without_aside, without_among, without_purpose_clause,
         without_list, without_paper_quoted, without_whereas, without_crowd)


# the lead is the news: it may lose only what is detail wherever it stands
_LEAD_CUTS = (without_aside, without_list, without_paper_quoted, without_source_detail)


def shorter_forms(sentence: str, cuts: tuple = _CUTS) -> list[str]:
    """``sentence`` said shorter: by each cut that applies, and by all of them (no repeats)."""
    forms = [cut(sentence) for cut in cuts]
    return list(dict.fromkeys(f for f in [*forms, _every_cut(sentence, cuts)] if f != sentence))


def _every_cut(sentence: str, cuts: tuple) -> str:
    """``sentence`` with all of ``cuts`` applied in turn."""
    for cut in cuts:
        sentence = cut(sentence)
    return sentence


def _cut_the_same(as_written: str, text: str, short: str) -> str:
    """The as-written form ("So fand ...") with the cut that made ``short`` of ``text`` (as it
    was when ``short`` took several cuts)."""
    return next((cut(as_written) for cut in _CUTS if cut(text) == short), as_written)


_FIT_CUTS = (without_relative_clause, without_source_detail, without_among, without_whereas, without_crowd)


def _all_fit_cuts(sentence: str) -> str:
    return _every_cut(sentence, _FIT_CUTS)


def shortened_to_fit(units: list[Unit], seconds: dict[int, float], room: float,
                     estimate: Callable[[str], float]) -> list[Unit]:
    """``units`` (lead first), each that cannot be read after the lead within ``room`` seconds
    without its relative clause, its example among those it names, a "während" clause or a match's
    crowd (one of them, else all) where that lets it; ``seconds`` (each unit's, by index) is updated."""
    lead = seconds[units[0].index]
    shortened = [units[0]]
    for unit in units[1:]:
        for cut in (*_FIT_CUTS, _all_fit_cuts):
            short = cut(unit.text) if lead + seconds[unit.index] > room else unit.text
            if short != unit.text and lead + (said := estimate(short)) <= room:  # estimating normalizes: once
                seconds[unit.index] = said
                unit = replace(unit, text=short, as_written=cut(unit.as_written))
                break
        shortened.append(unit)
    return shortened


def made_for_key(units: list[Unit], chosen: set[int], scores: dict[int, float],
                 fits: Callable[[list[Unit], set[int]], bool]) -> tuple[list[Unit], set[int]]:
    """``units`` and ``chosen`` with one more key sentence (score TOP_UP_SCORE or more, on the
    item's topic, adding facts) read, when saying one chosen sentence or the key sentence itself
    shorter lets it fit (``fits(units, picked)``); the shortest cut is tried first, so that as
    little as possible is lost. Else both as they were."""
    told = [facts(u.text) for u in units]
    lent = {u.follows for u in units if u.index in chosen}  # its name is said already (topped_up)
    for key in sorted(units, key=lambda u: (-scores[u.index], u.index)):
        if scores[key.index] < TOP_UP_SCORE:
            break
        picked = chosen | {key.index}
        if key.index in chosen | lent or not key.met(chosen) or not (
                key.needs in chosen or on_topic(told[key.index], chosen, told)):
            continue
        cuts = [(len(units[i].text) - len(short), i, short) for i in sorted(picked)
                for short in shorter_forms(units[i].text, _CUTS if i else _LEAD_CUTS)]
        for _, i, short in sorted(cuts):
            trial = list(units)
            written = units[i].as_written and _cut_the_same(units[i].as_written, units[i].text, short)
            trial[i] = replace(units[i], text=short, as_written=written)
            trial_told = list(told)
            trial_told[i] = facts(short)
            if adds(key.index, sorted(chosen), trial_told, trial) and fits(trial, picked):
                return trial, picked
    return units, chosen

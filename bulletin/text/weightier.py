"""The story an article itself calls weightier than the one it told first ("Von größerer Bedeutung ist
jedoch, was ...", "Von größerer Reichweite sind jedoch die ... Beschlüsse: ...", "Bedeutsamer ... dürfte
allerdings eine Nachricht sein, die ...: ..."): read first, the pointer itself never.

Used by lead_news.news_first on the readable units (units.py) of an article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.text.antecedents import full_name
from bulletin.text.grammar import opening_reference
from bulletin.text.units import Unit, reordered, with_names
from bulletin.text.verdicts import verdict

# "Von größerer Bedeutung ist jedoch, was sich am Rande der Sitzung abspielte.": the writer says the
# story that follows matters more than the one told first
# "Von größerer Reichweite sind jedoch die vom Beirat verlautbarten Beschlüsse: In den Fällen ... wurde
# eine Rückgabe empfohlen.": the same of a thing named, its news after the colon
# "Von größerer Tragweite für Österreich ist jedoch eine Ankündigung, die ...: Die Behörde ...": for whom
_WEIGHTIER = re.compile(r"^Von (?:weit |viel |noch )?(?:größerer|höherer) (?:Bedeutung|Tragweite|Reichweite"
                        r"|Brisanz)(?: für [^,:]+?)? (?:ist|war|sind|waren) "
                        r"(?:jedoch|aber|allerdings|freilich),? "
                        r"(?:was\b[^:]*(?::\s+(?P<news>[A-ZÄÖÜ].*))?"
                        r"|(?:die|der|das|eine?)\s(?P<thing>[^:]*):\s+(?P<its_news>[A-ZÄÖÜ].*))$"
                        # "Bedeutsamer für die Zukunft des Festivals als das Programm dürfte allerdings eine
                        # Nachricht sein, die die Intendantin beiläufig erwähnte: Das Land kürzt ..."
                        r"|^(?:Bedeutsamer|Wichtiger|Folgenreicher|Gewichtiger|Brisanter)\s[^:]*?\b(?:ist|war|sind"
                        r"|dürfte|dürften)\s+(?:jedoch|aber|allerdings|freilich)\b[^:]*:\s+(?P<said>[A-ZÄÖÜ].*)$")
# "Das Land wird seine Förderung ... kürzen": whose, the story told first says
_WHOSE = re.compile(r"^[^,:]*?\b(?:seine[mnrs]?|ihre[mnrs]?|sein|ihr)\s+[A-ZÄÖÜ]")
# "die aktuell vom Kunstrückgabebeirat verlautbarten Beschlüsse": who decided, said in the thing's name
_DONE_BY = re.compile(r"\b(?P<by>vo(?:m|n der|n den)\s+[A-ZÄÖÜ][\w-]+)\s+[a-zäöüß]+e[nr]?\s+[A-ZÄÖÜ]")
# "... wurde eine Rückgabe empfohlen.": a passive that does not say by whom
_PASSIVE = re.compile(r"\b(?P<aux>wurden?|werden|wird)\s+(?!vo[nm]\b)")
_AGENT = re.compile(r"\b(?:vo[nm]|durch)\s+(?:der|den|dem)?\s*[A-ZÄÖÜ]")


def weightier_first(units: list[Unit]) -> list[Unit]:
    """``units`` with the story the article itself calls weightier first: what follows the colon
    ("..., was der Vorstandschef ankündigte: Die Bank verhandelt über eine Fusion.") or the sentence
    after ("..., was sich am Rande der Sitzung abspielte." and "Landesrat X kündigte seinen
    Rücktritt an."), with what the article tells after it; the story told first comes after that,
    then what of the weightier story needs a sentence of it. The pointer itself is not read."""
    for unit in units[1:]:
        match = _WEIGHTIER.match(unit.text)
        after = next((u for u in units if u.index == unit.index + 1), None)
        told_after = match and (match["news"] or match["said"] or match["its_news"])
        if not match or not (told_after or (after and after.needs in (None, unit.index))):
            continue
        if match["said"] or match["its_news"]:  # (what the pointer needed stays with it)
            told = match["said"] or _named_body(_said_by(match["its_news"], match["thing"]), match["thing"])
            news = replace(unit, text=told, needs=None, or_else=(), also=())
        else:
            news = replace(unit, text=match["news"]) if match["news"] else after
        if verdict(0, [news.text]) != (None, "") or opening_reference(news.text) or news.or_else or news.also:
            continue
        if told_after and _WHOSE.search(news.text):  # "seine Förderung": the story told first names whose
            return [replace(news, reaction=True) if u is unit else u for u in units]  # (weighs as its turn)
        told_first = [u for u in units if u.index < unit.index]
        later = {u.index for u in told_first}
        weightier, leaning = [news], []
        for u in (u for u in units if u.index > news.index):  # one that needs the first story follows it
            if _leans_on(u, later):
                leaning.append(u)
                later.add(u.index)
            else:
                weightier.append(u)
        order = [_named_from(u, unit) for u in [*weightier, *told_first, *leaning]]
        moved = {u.index: position for position, u in enumerate(order)} | {unit.index: 0}
        return sorted(reordered([replace(news, needs=None, follows=None, as_written=""), *order[1:]], moved),
                      key=lambda u: u.index)
    return units


def _said_by(news: str, thing: str) -> str:
    """``news`` in the passive with who did it, when the ``thing`` the pointer named says it and the
    news does not: "In den Fällen ... wurde vom Kunstrückgabebeirat eine Rückgabe empfohlen."."""
    by, passive = _DONE_BY.search(thing), _PASSIVE.search(news)
    if not by or not passive or _AGENT.search(news[passive.end():]):
        return news
    return f"{news[:passive.end()]}{by['by']} {news[passive.end():]}"


# "Die Behörde leitet ... ein" after "..., die ein Sprecher der EU-Kommission ... machte": which one, the
# pointer said
_BODY = re.compile(r"^Die (?:Behörde|Kommission|Regierung|Organisation|Institution|Firma|Gesellschaft|Bank"
                   r"|Partei|Stadt|Gemeinde)\b")
_BODY_NAMED = re.compile(r"\bder\s+(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:kommission|behörde|regierung|organisation"
                         r"|bank|partei)|[A-ZÄÖÜ]+-(?:Kommission|Behörde|Regierung|Organisation|Bank|Partei))\b")


def _named_body(news: str, thing: str) -> str:
    """``news`` opening with the body the ``thing`` of the pointer named ("Die Behörde leitet ... ein"
    after "..., die ein Sprecher der EU-Kommission machte": "Die EU-Kommission leitet ... ein"): read
    without the pointer, "die Behörde" is no one a listener knows."""
    named = _BODY_NAMED.search(thing)
    return _BODY.sub(f"Die {named['name']}", news, count=1) if named else news


def _named_from(unit: Unit, pointer: Unit) -> Unit:
    """``unit`` with the full name of whom it calls by surname, when that was said only in the
    ``pointer`` that is not read ("..., was Vorstandschef Reinhard Pölzl ankündigte: ..." and
    "..., sagte Pölzl."): "sagte Vorstandschef Reinhard Pölzl"."""
    lent = full_name(unit.text, pointer.text) if pointer.index in (unit.needs, *unit.or_else) else None
    if not lent or lent[1] in unit.text:
        return unit
    return replace(unit, text=with_names(unit.text, (lent,)), names=(*unit.names, lent))


def _leans_on(unit: Unit, indices: set[int]) -> bool:
    """``unit`` cannot be read without one of the sentences at ``indices``: all it may need, or all
    of what it needs as well, stands there."""
    needs = [i for i in (unit.needs, *unit.or_else) if i is not None]
    return bool(needs and all(i in indices for i in needs)) or bool(unit.also and set(unit.also) <= indices)

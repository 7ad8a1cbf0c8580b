"""What leads when an article opens with background (a first sentence in the past perfect: "Im
Halbfinale war Muster gescheitert") or tells its news only later ("nun", "jetzt"): the news.

- The headline, when it is a sentence a newsreader says (headline_sentence), is read first and the
  old lead follows it: "Max Muster verzichtet auf Wimbledon. Im Halbfinale war Muster gescheitert ...".
- Without such a headline, a sentence soon after a past-perfect lead that tells the news "jetzt" or
  "nun", its subject a name or a thing named ("Jetzt hat das Landesgericht Linz geurteilt: ..."),
  leads as "Das Landesgericht Linz hat jetzt geurteilt: ...", and the background follows it.
- News told "nun" on its day further on ("Am Donnerstag zog die Konzernführung nun die Reißleine")
  is read right after a lead that only announced it, before the background (_news_second).
- A research story's finding before what was known before the study (finding_first.py).

And which body sentence tells what a standfirst in headline syntax says (teaser_told_by), and which
tell the story's turn (turns_now: "nun", what comes next, the reaction): the condenser weighs them
more.

Used by the condenser on the readable units (units.py) of an article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.text.agreement_news import agreement_news
from bulletin.text.antecedents import people_named
from bulletin.text.asked_for import jobs_cut
from bulletin.text.day_news import CHANGE_OF_WHAT, day_news, lead_named, read_after_lead, surname_news
from bulletin.text.event_place import is_office
from bulletin.text.finding_first import finding_first
from bulletin.text.grammar import (
    has_finite_verb,
    is_finite_form,
    only_a_quote,
    opening_reference,
    reported_speech,
)
from bulletin.text.headline_sentence import headline_sentence
from bulletin.text.incident_news import incident_news
from bulletin.text.known import KNOWN
from bulletin.text.leads import FEATURE_SEARCH
from bulletin.text.match_result import result_after_headline, score_news
from bulletin.text.named_again import with_role_named
from bulletin.text.news import (
    NOW,
    WEEKDAYS,
    feature_opening,
    key_terms,
    looks_ahead,
    tells_news_now,
    terms_in,
)
from bulletin.text.openers import BACKGROUND
from bulletin.text.pronoun_news import kicker_news, named_news, role_news
from bulletin.text.units import LEAD_SEARCH, Unit, reordered
from bulletin.text.verdicts import verdict
from bulletin.text.weightier import weightier_first

# A standfirst in headline syntax is not read, but it says what the editors found most important (an
# outside editor's first complaint: "the key fact is in the teaser but missing from the item"): the
# body sentence telling it gains half a lead (Sport 534: the lost qualification, not two sentences of
# the player's past; Web 443: who else bids).
TEASER_BONUS = 0.5
PART_BONUS = 0.25  # ... and the one telling a part of it between dashes
TEASER_SHARE = 0.5  # ... when it has at least this share of the standfirst's content words
# A later sentence telling what happened "nun"/"jetzt" is the story's turn ("Rubio sagte Trump nun
# aber zu, ihn ... zu unterstützen"; it had lost to background): worth more than its place, and so
# are what comes next ("Bis Ende Jänner ...") and the reaction to news told "jetzt" (turns_now).
# 0.5 took in an unmarked quote ("Es war wichtig, dass das jetzt ..."); 0.3 changes five eval items.
NOW_BONUS = 0.3
# "60", "1,1", "1.500"; not "19." (a date)
_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d.,]\d)(?!\.\s)")


def news_first(units: list[Unit], headline: str, teaser: tuple[str, ...] = ()) -> list[Unit]:
    """``units`` (units.readable_units) with the news read first when the lead is background or the
    news comes later: the headline (when it is a sentence) or the sentence telling it "jetzt".
    ``teaser``: the standfirst not read, whose words may name a role ("Paukfix-Gründer ...")."""
    if not units:
        return units
    units = lead_named(units, (headline, *teaser))  # "Am Montag trat der 61-Jährige nun zurück."
    weightier = weightier_first(units)
    if weightier is not units:
        return weightier
    plan = _plan_before_meeting(units)
    if plan is not units:
        return plan
    # "Er wurde am Mittwoch ... verurteilt" after background naming him
    named = named_news(units, (headline, *teaser))
    if named is not None:  # (by a bare office, "Der Ortschef legte ...": the headline's office and the name)
        office = _BARE_OFFICE.match(named[1].text)
        day = day_news(units, (headline, *teaser)) if office and is_office(office[1]) else None
        return _first(units, day, figures_next=True) if day else _first(*named)
    # "die Fürstin" in a teaser that leads: named as the headline names her ("die Fürstin Charlène")
    named = with_role_named(units[0].text, headline, " ".join(u.text for u in units))
    units = [replace(units[0], text=named), *units[1:]]
    lead = units[0].text
    kind = feature_opening(lead)
    later = not kind and not NOW.search(lead) and any(tells_news_now(u.text) for u in units[1:LEAD_SEARCH])
    told = _told_late(units, (headline, *teaser))
    if told is not None:
        return told
    if kind != "background" and not later:
        return _news_second(finding_first(units))
    said = headline_sentence(headline) if headline else ""
    if said:  # the old lead follows the headline
        return [Unit(0, said)] + reordered(units, {u.index: u.index + 1 for u in units})
    named = role_news(units, " ".join([headline, *teaser]))  # "Nun zieht sich der Gründer ... zurück"
    if named is not None:
        return _first(*named)
    if kind == "background":
        return _now_first(units)
    now = _now_first(units) if BACKGROUND.match(lead) else units  # ("Seit Monaten klagen ...": background)
    return now if now is not units else finding_first(units)


# "... sind mehrere hundert Beschäftigte zu einer Betriebsversammlung zusammengekommen": where the news
# was told, not the news
_MEETING = re.compile(r"\b(?:Betriebs|Belegschafts|Mitarbeiter|Protest)?[Vv]ersammlung\b|\bKundgebung\b")


def _plan_before_meeting(units: list[Unit]) -> list[Unit]:
    """``units`` with the jobs a firm cuts first ("Die Gruppo ... will bis 2028 350 Stellen abbauen und 40
    Filialen schließen.") when the lead tells the staff meeting where it was told, and that sentence
    stands alone; the meeting follows it."""
    if not _MEETING.search(units[0].text):
        return units
    found = jobs_cut(units[0].text, [u.text for u in units[1:LEAD_SEARCH]])  # (none when the lead tells them)
    plan = units[found[0] + 1] if found else None
    if plan is None or plan.needs is not None or plan.or_else or plan.also or opening_reference(plan.text):
        return units
    moved = {u.index: u.index + (u.index < plan.index) for u in units if u is not plan} | {plan.index: 0}
    rest = [u for u in units if u is not plan]
    news = replace(plan, follows=None, as_written="")
    return sorted(reordered([news, *rest], moved), key=lambda u: u.index)


def _now_first(units: list[Unit]) -> list[Unit]:
    """``units`` with the first sentence after the (background) lead that tells the news "jetzt" or
    "nun" and can open the item as a lead of its own moved first, the others after it in order."""
    for unit in units[1:LEAD_SEARCH]:
        match = _NOW_FIRST.match(unit.text) or _ON_THE_DAY_NOW.match(unit.text)
        if not match or not is_finite_form(match["verb"]) or not tells_news_now(unit.text):
            continue
        on_the_day = match.re is _ON_THE_DAY_NOW
        if on_the_day and (match["noun"] not in KNOWN or CHANGE_OF_WHAT.search(match["rest"])):
            continue  # (not "... hat der Spanier nun ...", "... eine Erhöhung beschlossen": whose, of what?)
        subject = match["subject"][0].upper() + match["subject"][1:]
        when = match["when"][0].lower() + match["when"][1:] if on_the_day else match["now"].lower()
        lead = f"{subject} {match['verb']} {when} {match['rest']}"
        if verdict(0, [lead]) != (None, "") or opening_reference(lead):
            continue
        return _first(units, replace(unit, text=lead))
    return units


def _told_late(units: list[Unit], headlines: tuple[str, ...]) -> list[Unit] | None:
    """``units`` with the news told after a kicker naming a role ("Nun lenkt der Landesrat ein: Max
    Muster kündigte am Mittwoch an, ...") or on its day after background ("Am Montag hat das
    Unternehmen nun ... beantragt") first; or None."""
    kicked = kicker_news(units)
    if kicked is not None:
        return _first(*kicked)
    day = day_news(units, headlines) or surname_news(units, headlines) or agreement_news(units)
    told = (units, day) if day is not None else incident_news(units)  # (without a headline said first)
    if told is not None:
        return _first(*told, figures_next=True)
    score = score_news(units, headlines)  # "Am Ende setzte sich X mit 2:1 durch"
    if score is not None:
        return _first(units, score)
    told = result_after_headline(units, headlines[0], " ".join(u.text for u in units))
    if told is None:
        return None
    lead, result, led = told
    if led:  # (the headline leads already: the result second, after the opponent)
        fixture = [replace(u, needs=None) for u in units if u.index == result.needs]
        rest = (u for u in units[1:] if u.index not in (result.index, result.needs))
        return _numbered_anew([lead, *fixture, result, *rest])
    shifted = {u.index: u.index + 1 for u in units}  # (the headline said leads, the result second)
    return [lead, *reordered(_first(units, result), shifted)]


_BARE_OFFICE = re.compile(r"^(?:Der|Die) ([A-ZÄÖÜ][\w-]+) [a-zäöüß]")  # "Der Ortschef legte ..."


def _first(units: list[Unit], news: Unit, figures_next: bool = False) -> list[Unit]:
    """``units`` with ``news`` (one of them, said as a lead) first and the others after it in order;
    with ``figures_next``, the sentence after the news giving its figures ("Betroffen sind 240
    Beschäftigte, die Passiva belaufen sich auf ...") right after it, before the background."""
    lead = replace(news, needs=None, or_else=(), also=(), follows=None, as_written="")
    units = read_after_lead(units, news)  # "Seit Wochen stand er in der Kritik": "er" is the lead's
    after = _reactions(units, news)
    rest = [replace(u, reaction=u.index in after) for u in units if u.index != news.index]
    if figures_next:  # (its "or else" the lead: the news is read before it either way)
        figures = [u for u in rest if u.index == news.index + 1 and u.needs in (None, news.index)
                   and not u.also and _COUNTED.search(u.text)]
        rest = figures + [u for u in rest if u not in figures]
    return _numbered_anew([lead, *rest])


# "240 Beschäftigte", "rund 46 Mio. Euro", "38 Millionen": a count of something (not "der 42-Jährige")
_COUNTED = re.compile(r"\b\d[\d.,]*\s+(?:Mio\.|Mrd\.|[A-ZÄÖÜ][a-zäöüß])")


def _numbered_anew(order: list[Unit]) -> list[Unit]:
    """``order`` with each unit numbered by its place in it (and what it points to, too)."""
    return reordered(order, {u.index: position for position, u in enumerate(order)})


def _news_second(units: list[Unit]) -> list[Unit]:
    """``units`` with the news told "nun" further on ("Am Donnerstag zog die Konzernführung nun die
    Reißleine: ...") read right after a lead that only announced it ("Ein Edelstahlhersteller baut
    Stellen ab."), before the background between them ("Die Auftragsbücher sind seit Monaten dünn."),
    with what leans on it ("Das gab Vorstandschef X bekannt."); else ``units``."""
    if not units or NOW.search(units[0].text):
        return units
    for position, unit in enumerate(units[2:FEATURE_SEARCH], 2):
        alone = unit.needs in (None, units[0].index) and not unit.or_else and not unit.also
        told = _told_now(unit) and _ON_A_DAY.search(unit.text) or _told_on_its_day(unit)
        if not told or not alone:
            continue
        if any(_told_now(u) or _told_on_its_day(u) for u in units[1:position]):
            return units
        chain = [unit]
        for other in units[position + 1:]:  # "Das gab X bekannt.", "Der Abbau der 380 Stellen soll ..."
            if other.needs != chain[-1].index or other.or_else or other.also:
                break
            chain.append(other)
        moved = {u.index for u in chain}
        return _numbered_anew([units[0], *chain, *(u for u in units[1:] if u.index not in moved)])
    return units


# "Am Donnerstag ... nun": news told on its day
_ON_A_DAY = re.compile(rf"\b(?:[Aa]m|[Vv]om|[Ss]eit)\s+(?:{WEEKDAYS})\w*\b")


# "Am Dienstagabend schrieb Stainzbach Cup-Geschichte: Die Steirer setzten sich mit 2:1 durch ...": the
# day, a kicker, and after the colon the news (after background: the turn the story was told for)
_ON_ITS_DAY = re.compile(rf"^Am\s+(?:{WEEKDAYS})\w*\s+(?P<kicker>[^:„“”\"»«]{{5,120}}):\s+"
                         r"(?P<news>[A-ZÄÖÜ](?:[^:„“”\"»«]|(?<=\d):(?=\d))+)$")  # (a score's colon)


def _told_on_its_day(unit: Unit) -> bool:
    """The unit tells news on its day, a kicker before a colon and a statement after it."""
    found = _ON_ITS_DAY.match(unit.text)
    return bool(found) and has_finite_verb(found["news"]) and not reported_speech(unit.text)


def _told_now(unit: Unit) -> bool:
    """The unit tells news "nun" or "jetzt" in the newsroom's words (not a quote or reported speech)."""
    quoted = re.search(r"[„“”\"»«]", unit.text)
    return tells_news_now(unit.text) and not reported_speech(unit.text) and not quoted


def _reactions(units: list[Unit], news: Unit) -> set[int]:
    """What followed ``news`` in the article and needs nothing before it: the reaction
    ("Bürgermeister Luger will eine Berufung prüfen lassen"). It stays after the background (the
    listener first hears what the ruling is about) but weighs as the turn of the story: it had
    lost its place to the background (two outside editors: say that the ruling is not final)."""
    after = set()
    for unit in units:
        alone = unit.needs in (None, news.index) and not unit.or_else and not unit.also
        if unit.index > news.index and alone:
            after.add(unit.index)
        elif unit.index > news.index:
            break
    return after


# "Jetzt hat das Landesgericht Linz geurteilt: ...": the news "jetzt", its subject a name ("Max
# Muster") or a thing named ("das Landesgericht Linz"), not one the listener must know ("der Spanier").
_NOW_FIRST = re.compile(r"^(?P<now>Jetzt|Nun) (?P<verb>[a-zäöüß]+) (?P<subject>(?:der|die|das) "
                        r"(?:[a-zäöü][\w-]* ){0,2}[A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+"
                        r"|[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][\w-]+) (?P<rest>[a-zäöüß].*)$")
# "Am Mittwoch hat der Ministerrat nun eine Erhöhung beschlossen": the news on its day, its subject one
# everybody knows (known.KNOWN), said "Der Ministerrat hat am Mittwoch eine Erhöhung beschlossen"
_ON_THE_DAY_NOW = re.compile(r"^(?P<when>Am (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag))"
                             r" (?P<verb>hat|haben|ist|sind)"
                             r" (?P<subject>(?:der|die|das) (?P<noun>[A-ZÄÖÜ][\w-]+))"
                             r" nun (?P<rest>[a-zäöüß].*)$")

def _figure_told_by(units: list[Unit], standfirst: str) -> set[int]:
    """The standfirst's own figures ("ORF will bis 2027 weitere 60 Millionen Euro einsparen") the lead
    lacks: the first sentence near the top carrying each, the story's key figure."""
    lacking = set(_FIGURE.findall(standfirst)) - set(_FIGURE.findall(units[0].text))
    found = (next((u.index for u in units[1:2 * LEAD_SEARCH] if f in _FIGURE.findall(u.text)), None)
             for f in lacking)
    return {i for i in found if i is not None}


def teaser_told_by(units: list[Unit], teaser: tuple[str, ...]) -> list[tuple[int, float]]:
    """The body sentences that tell what the standfirst says, when the standfirst is not read itself
    (headline syntax: "38-Jähriger scheitert in Newport-Qualifikation knapp."): for the whole
    standfirst, and for each of its parts between dashes ("Jungstar gegen Gimeno-Traver – Haider-Maurer
    gegen Pospisil": the two stories of one draw), the sentence with at least half its content
    words, more than the lead has. With each its bonus: TEASER_BONUS for the whole, PART_BONUS for a
    part that names someone the sentence names in full and the lead does not (a part that is only
    a quote's angle or an aside, "Partei will berufen", gains nothing; nor does a quote)."""
    teaser = tuple(t for t in teaser if not only_a_quote(t))  # a quote's words are not its news
    if any(u.standfirst for u in units) or not teaser:
        return []
    whole = " ".join(teaser)
    parts = [p for p in re.split(r"\s[–—]\s", whole) if not only_a_quote(p)] or [whole]
    told: dict[int, float] = {}
    for part in [whole, *parts] if len(parts) > 1 else [whole]:
        words = key_terms(part)
        if len(words) < 2:
            continue
        shares = {u.index: len(terms_in(u.text, words)) / len(words) for u in units}
        best = max(list(shares)[1:], key=lambda i: (shares[i], -i), default=None)
        if best is None or shares[best] < TEASER_SHARE or shares[best] <= shares[0] or best in told:
            continue
        if part is whole:
            told[best] = TEASER_BONUS
        elif any(name.split()[-1] in part
                 for name in people_named(units[best].text) - people_named(units[0].text)):
            told[best] = PART_BONUS
    told |= {i: TEASER_BONUS for i in _figure_told_by(units, whole) if i not in told}
    # what the standfirst says that the lead does not ("ihren ersten Weltcupsieg" beside "hat den
    # Riesentorlauf gewonnen"): the first sentence saying most of it gains a part's bonus
    # (and so for each of its sentences: "Rund 40 Haushalte mussten evakuiert werden.")
    for said in [whole, *teaser] if len(teaser) > 1 else [whole]:
        lacking = key_terms(said) - key_terms(units[0].text)
        mostly_told = said is not whole and len(lacking) < len(key_terms(said)) / 2
        if len(lacking) < 2 or len(units) < 2 or mostly_told:
            continue  # (a standfirst sentence the lead mostly tells is told)
        # (among the sentences near the top, where news stands)
        shares = {u.index: len(terms_in(u.text, lacking)) / len(lacking) for u in units[1:2 * LEAD_SEARCH]}
        best = max(shares, key=lambda i: (shares[i], -i))
        if shares[best] >= TEASER_SHARE and best not in told:
            told[best] = PART_BONUS
    return list(told.items())


# "Der Verteidiger kündigte Berufung an", "Das Urteil ist nicht rechtskräftig": a ruling's next step,
# which a court report ends with (it had lost to the defendant's plea at the trial's start). It is
# worth at least the body's third sentence; a bonus on top made an early one crowd out the reason.
NEXT_STEP_FLOOR = 0.5
_NEXT_STEP = re.compile(r"\b(?<!unter )(?:Berufung(?! auf)|Einspruch|Rechtsmittel|Nichtigkeitsbeschwerde"
                        r"|nicht rechtskräftig|berufen|beeinspruch\w*|anfechten|anfechtet|angefochten)\b")


def turns_now(units: list[Unit]) -> list[int]:
    """The indices of the sentences after the lead that tell what happened "nun" or "jetzt", in
    the newsroom's words (not a quote, not someone's reported speech), and the reaction to news
    told "jetzt" that leads (_reactions)."""
    return [u.index for u in units[1:] if u.reaction or looks_ahead(u.text) or _told_now(u)]


def next_step(units: list[Unit]) -> int | None:
    """The index of the first sentence after the lead telling a ruling's next step (an appeal)."""
    return next((u.index for u in units[1:] if _NEXT_STEP.search(u.text)), None)

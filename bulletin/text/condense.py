"""Condense a cleaned article into a radio item: whole sentences, lead first, attribution kept.

The method is extractive and explainable. The article's opening is read first (opening.py): the
dateline comes off, a standfirst (the teaser before the dateline, or a first sentence shaped like
a headline) does not lead, and the lead is the first sentence that can open an item on its own.
Each sentence then scores by how many of the headline's key terms it contains, by how many of its
content words the rest of the article takes up again (what the story is about recurs; an aside
does not), plus a bonus for coming early (news puts the important things first); the sentence that
tells what a standfirst in headline syntax says gains too (the editors' choice of the key fact).
Sentences are chosen as a set for what they add: one whose figures and content words the others
already say adds nothing and is not taken (the same fact twice), so a standfirst is read, after
the lead, only when it adds a fact. The chosen sentences are read in their original order, the
lead first. The lead is always kept, so an item is never empty.

What a listener cannot follow is never read on its own (grammar.py): a sentence that opens with
a word pointing back ("Er", "Dabei", "Der 28-Jährige", "Das" as a pronoun) or uses one inside
("wies dies zurück"), reported speech without its speaker ("Die Konzepte seien ..."), "sagte er",
or "sagte Probst" before Jana Probst comes only with the sentence it needs. Never read at all:
sentences without a verb, questions, a teaser addressing the listener, the writer's own hope
("Man kann nur hoffen"), and first-person words ("Wir haben gekämpft") whose speaker the sentence
does not name. Quotations spanning several sentences count as one unit.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from bulletin.errors import InputError
from bulletin.models import Article, Item
from bulletin.text import selection
from bulletin.text.abroad import with_country_named
from bulletin.text.asked_for import add_asked_for, key_asked, tells_incident
from bulletin.text.connectives import without_recap_marker
from bulletin.text.credits import (  # noqa: F401 (attribution_sentence: re-exported for callers)
    NO_OUTLETS,
    Outlets,
    attribution_sentence,
    can_carry_credit,
    credited_lead,
    credited_once,
    credits_other_outlet,
    credits_source,
    echoes_credit,
    outlets_said,
    vague_reports_named,
)
from bulletin.text.day_news import with_scene_day
from bulletin.text.event_place import with_office_place, with_place_said
from bulletin.text.findings import FINDING_BONUS, findings, tells_finding
from bulletin.text.genre import (
    FICTION_NOTE,
    GENRE_NOTE,
    NO_RESULT_NOTE,
    match_without_result,
    names_a_cast,
    reads_as_opinion,
    sets_a_scene,
)
from bulletin.text.grammar import only_a_quote
from bulletin.text.headline_names import headline_names_said
from bulletin.text.headlines import headline_said
from bulletin.text.latest_toll import found_since, latest_toll_next
from bulletin.text.lead_news import (
    NEXT_STEP_FLOOR,
    NOW_BONUS,
    news_first,
    next_step,
    teaser_told_by,
    turns_now,
)
from bulletin.text.named_again import named_again, named_people, role_named_in_full, with_full_names
from bulletin.text.naming import SWAP_GRACE, naming_sentences, primary_source_said, swapped_in
from bulletin.text.news import (  # noqa: F401 (STOP_WORDS, term_hits: re-exported)
    RECAP,
    STOP_WORDS,
    key_terms,
    tells_news_now,
    term_hits,
)
from bulletin.text.opening import (  # noqa: F401 (remove_asides: re-exported)
    Opening,
    names_for_acronyms,
    read_opening,
    remove_asides,
    short_forms,
    with_acronyms_spelled_out,
    with_short_forms_introduced,
)
from bulletin.text.room import KEY_GRACE, made_for_key, shortened_to_fit
from bulletin.text.self_promotion import EVENT_NOTE, invites_to_event
from bulletin.text.units import Unit, readable_units, reordered

POSITION_DECAY = 3.0  # sentence n weighs exp(-n/3): 1, 0.72, 0.51, 0.37 ... 0.07 for the ninth
# A standfirst read after the lead weighs as the body's fourth sentence: its place at the top is a
# teaser's, not the report's order (as the second sentence it pushed out the body's own second).
STANDFIRST_PLACE = 3
TERM_WEIGHT = 0.5  # a sentence with all the headline's key terms gains as much as half the lead
RECUR_WEIGHT = 0.5  # ... and one whose content words all recur elsewhere in the article as much
NAMING_BONUS = 0.5  # without a source, a sentence saying who says so is worth half a lead more


def speakable_paragraphs(article: Article) -> tuple[list[str], str]:
    """The article's readable sentences by paragraph (no captions, asides or dateline) and the
    agency named in a dateline, if any."""
    opening = read_opening(article.paragraphs)
    paragraphs: dict[int, list[str]] = {}
    for sentence, number in zip(opening.sentences, opening.paragraph_of, strict=True):
        paragraphs.setdefault(number, []).append(sentence)
    return [" ".join(p) for p in paragraphs.values()], opening.agency


# After a recap lead ("Wie gemeldet, hatte ... beantragt."), the sentence telling what happened now
# ("Am Dienstag haben die Gläubiger ... nun zugestimmt.") is the news; the recap's details are not.
RECAP_NOW_BONUS = 0.5


def _scores(units: list[Unit], terms: frozenset[str], naming: dict[int, bool],
            teaser: tuple[str, ...] = (), home: tuple[str, ...] = ()) -> dict[int, float]:
    """Place first (news puts what matters first), then the headline's key terms and the share of
    the sentence's content words that recur in other sentences (the story's thread, not a detail),
    and a sentence in ``naming`` a bonus: it carries the attribution the item needs in its own words
    (only when there is no source to credit; otherwise "berichtet X" after the lead does that). The
    body sentence telling the standfirst (``teaser``) and those telling what happened "nun" gain
    their bonus (lead_news)."""
    words = {unit.index: key_terms(unit.text) for unit in units}  # a sentence's content words
    sentences_with = Counter(word for found in words.values() for word in found)
    scores = {}
    for unit in units:
        overlap = term_hits(unit.text, terms) / max(1, len(terms))
        found = words[unit.index]
        recurring = sum(sentences_with[w] > 1 for w in found) / len(found) if found else 0.0
        lead = math.exp(-(STANDFIRST_PLACE if unit.standfirst else unit.index) / POSITION_DECAY)
        bonus = NAMING_BONUS if naming.get(unit.index) else 0.0
        scores[unit.index] = lead + TERM_WEIGHT * overlap + RECUR_WEIGHT * recurring + bonus
    for told_by_teaser, bonus in teaser_told_by(units, teaser):
        scores[told_by_teaser] += bonus
    recap = bool(units) and bool(RECAP.match(units[0].text))  # "Wie gemeldet, ...": what is new weighs more
    for index in turns_now(units):
        scores[index] += NOW_BONUS + (RECAP_NOW_BONUS if recap else 0.0)
    for index in findings(units):
        scores[index] += FINDING_BONUS
    add_asked_for(units, scores, " ".join(teaser), home)
    step = next_step(units)
    if step is not None:
        scores[step] = max(scores[step], NEXT_STEP_FLOOR)
    return scores


def _in_reading_order(picked: list[Unit]) -> list[Unit]:
    """``picked`` (in unit order) with a standfirst telling what comes next read last ("Bis Ende
    Jänner hoffen Forscher noch auf Signale."), unless a sentence read needs it."""
    needed = {i for u in picked for i in (u.needs, *u.or_else, *u.also) if i is not None}
    last = {u.index for u in picked if u.last and u.index not in needed}
    return [u for u in picked if u.index not in last] + [u for u in picked if u.index in last]


def _names_once(picked: list[Unit], people: dict[str, set[str]],
                titled: tuple[str, tuple[str, ...]]) -> list[str]:
    """The texts of ``picked``, a full name lent to a sentence (Unit.names) said only the first
    time: after it, the surname ("Uli Hoeneß ... Hoeneß"), and so any full name of the ``people``
    the article also names by surname alone ("Rafael Nadal ... Nadal"); and a name said with a
    middle part after the item named the person without it, as the item named them ("Anna Day ...
    Anna Therese Day" -> "Anna Day ... Anna Day": by ear two names are two people); someone named by a
    role the headline names with a surname, with the full name: ``titled`` (headline, article's sentences)."""
    texts: list[str] = []
    for n, unit in enumerate(picked):
        follows = n and unit.follows is not None and picked[n - 1].index == unit.follows
        text = unit.as_written if follows else unit.text  # "So fand ..." right after its sentence
        text = without_recap_marker(text) if n else text  # "Wie berichtet, hatten X ..." -> "X hatten ..."
        for surname, name in unit.names:
            if any(name in earlier for earlier in texts):
                text = text.replace(name, surname, 1)
        heard = " ".join(texts)
        texts.append(named_again(text, heard, people))
    return role_named_in_full(texts, *titled)  # ("der Trainer" under "Trainer Hofbauer tritt zurück")


def condense(article: Article, budget_seconds: float, estimate_seconds: Callable[[str], float],
             outlets: Outlets = NO_OUTLETS, home: tuple[str, ...] = ()) -> Item:
    """One radio item from a cleaned article, at most ``budget_seconds`` long where possible;
    ``home``: the words naming the station's country (known.HOMES), whose angle a sentence gains for.
    The lead is kept even when longer than the budget, and the attribution and a verdict's "nicht
    rechtskräftig" even when they need a few seconds more: a short item is fine, those are not."""
    opening = _read(article, outlets)
    terms = frozenset() if only_a_quote(article.title) else key_terms(article.title)  # a quote: no news terms
    said = _headline_read(opening, article.title)
    teaser = opening.sentences[:opening.standfirst]  # (not read: may name a role, "Paukfix-Gründer")
    units = news_first(readable_units(said, terms), article.title, teaser) if opening.sentences else []
    units = primary_source_said(_with_finality(found_since(latest_toll_next(_lead_said(
        units, said, (article.title, *teaser)))), opening.sentences))
    if not units:
        raise InputError(article.origin, "nothing left to read after cleaning")
    source = opening.agency or article.source  # agency copy: the agency, not the site carrying it
    units = [replace(u, text=outlets_said(u.text, source, outlets),
                     as_written=outlets_said(u.as_written, source, outlets)) for u in units]
    alone = {u.index: estimate_seconds(u.text) for u in units}
    credit = estimate_seconds(attribution_sentence(source, outlets)) if source else 0.0
    join = estimate_seconds("a b") - estimate_seconds("ab")  # what a space between sentences takes
    units = shortened_to_fit(units, alone, budget_seconds - credit - join, estimate_seconds)
    people = named_people(list(opening.sentences))  # who the article calls by surname alone
    naming = naming_sentences(units, source, outlets)

    def text_of(indices: set[int], among: list[Unit] | None = None) -> str:
        in_order = _in_reading_order([u for u in (among or units) if u.index in indices])
        picked = credited_once(_names_once(in_order, people, (article.title, opening.sentences)), outlets)
        if not source or any(naming[i] for i in indices):
            return " ".join(picked)
        if can_carry_credit(picked[0]) and not echoes_credit(" ".join(picked[1:2]), source, outlets):
            return " ".join([credited_lead(picked[0], source, outlets), *picked[1:]])
        return " ".join([*picked, attribution_sentence(source, outlets, " ".join(picked))])

    def fits(indices: set[int]) -> bool:
        # Speech time adds up sentence by sentence: only a set near the budget is estimated whole
        # (normalizing the text is what costs time here).
        credited = source and not any(naming[i] for i in indices)
        about = sum(alone[i] for i in indices) + join * (len(indices) - 1) + (credit if credited else 0.0)
        if about < budget_seconds * 0.9 or about > budget_seconds * 1.1:
            return about <= budget_seconds
        return estimate_seconds(text_of(indices)) <= budget_seconds

    def within(picked: set[int], over: float) -> bool:  # (a key fact, the credit, "nicht rechtskräftig")
        return estimate_seconds(text_of(picked)) <= budget_seconds + over

    scores = _scores(units, terms, {} if source else naming, teaser, home)
    units = [replace(u, credits=True) if source and naming[u.index] else u for u in units]
    chosen = selection.select(units, scores, fits, alone.__getitem__, budget_seconds - credit, terms)
    chosen = selection.attribute(units, chosen, swapped_in(naming, source), scores, (lambda picked: within(
        picked, SWAP_GRACE)) if source else fits, must=not source)
    chosen = selection.finished(units, chosen, naming, scores, fits, within, key_asked(units, article.title))
    # a key fact the budget left out, read when a chosen sentence said shorter makes room
    units, chosen = _room_for_key(units, chosen, scores, alone, estimate_seconds, text_of,
                                  budget_seconds + KEY_GRACE)
    chosen = _finality_said(units, chosen, lambda picked: within(picked, FINALITY_GRACE))
    text = _names_said(text_of(chosen), article, home)
    return Item(title=article.title, text=text, source=source, origin=article.origin,
                seconds=estimate_seconds(text), priority=article.priority, published=article.published,
                notes=_genre_notes(article, said, units[0].text, text))


def _names_said(text: str, article: Article, home: tuple[str, ...]) -> str:
    """``text`` with the names a listener needs said: "(FAO)" is not read, so a short form the item
    uses is said after its name, even a second over budget; "Die DAB" used before its name is said
    becomes "Die Donau-Alpen Bank"; a surname said alone with the given name the article introduces it by;
    and "Der Bundestag" to Austrian ears "Der deutsche Bundestag"."""
    spelled = names_for_acronyms(text, article.paragraphs)
    text = with_short_forms_introduced(with_acronyms_spelled_out(text, spelled),
                                       short_forms(article.paragraphs) | spelled)
    text = with_full_names(text, " ".join(article.paragraphs))  # "hinter Kollmannsberger": who she is
    return with_country_named(text, home, " ".join(article.paragraphs))


# A verdict read without "Das Urteil ist nicht rechtskräftig." says more than the court did: the short
# sentence is read even some seconds over the budget, like the credit (readers asked for it each time).
FINALITY_GRACE = 3.0
# (a civil court's ruling too: "hat eine Preiserhöhung für unwirksam erklärt")
_VERDICT = re.compile(r"\b(?:verurteilt|freigesprochen|schuldig gesprochen"
                      r"|für\s+(?:unwirksam|nichtig|rechtswidrig)\s+erklärt)\b")
_NOT_FINAL = re.compile(r"\bnicht\s+rechtskräftig\b")


# "Urteil nicht rechtskräftig." only as the standfirst, "Der Verteidiger erbat drei Tage Bedenkzeit":
# the verdict is not final, though no sentence that can be read says so
_NOT_FINAL_TOLD = re.compile(rf"{_NOT_FINAL.pattern}|\bBedenkzeit\b")


def _with_finality(units: list[Unit], sentences: tuple[str, ...]) -> list[Unit]:
    """``units`` and, when the lead tells a verdict the article says is not final in no sentence that
    can be read (only the standfirst, or the defence's time to think), "Das Urteil ist nicht
    rechtskräftig." for _finality_said (two outside editors rejected an item without it)."""
    if not units or not _VERDICT.search(units[0].text) or any(_NOT_FINAL.search(u.text) for u in units):
        return units
    if not any(_NOT_FINAL_TOLD.search(sentence) for sentence in sentences):
        return units
    return [*units, Unit(len(units), "Das Urteil ist nicht rechtskräftig.")]


def _finality_said(units: list[Unit], chosen: set[int], fits: Callable[[set[int]], bool]) -> set[int]:
    """``chosen`` with the short sentence saying a verdict the lead tells is not final, when it fits
    within FINALITY_GRACE; else ``chosen``."""
    if not units or not _VERDICT.search(units[0].text) or any(_NOT_FINAL.search(u.text) for u in units
                                                              if u.index in chosen):
        return chosen
    final = next((u for u in units if _NOT_FINAL.search(u.text) and len(u.text.split()) <= 8
                  and u.met(chosen)), None)
    return chosen | {final.index} if final and fits(chosen | {final.index}) else chosen


def _room_for_key(units: list[Unit], chosen: set[int], scores: dict[int, float],  # noqa: PLR0913 (condense's selection and its two estimates)
                  alone: dict[int, float], estimate_seconds: Callable[[str], float],
                  text_of: Callable[[set[int], list[Unit]], str],
                  limit: float) -> tuple[list[Unit], set[int]]:
    """room.made_for_key with condense's estimates: a trial whose sentences alone add up to well
    over ``limit`` is ruled out before the whole text is estimated (normalizing is what costs)."""
    said: dict[str, float] = {}

    def seconds(unit: Unit) -> float:
        if unit.text == units[unit.index].text:
            return alone[unit.index]
        return said.setdefault(unit.text, estimate_seconds(unit.text))

    def fits(trial: list[Unit], picked: set[int]) -> bool:
        if sum(seconds(trial[i]) for i in picked) > limit * 1.1:
            return False
        return estimate_seconds(text_of(picked, trial)) <= limit

    return made_for_key(units, chosen, scores, fits)


def _headline_read(opening: Opening, title: str) -> Opening:
    """``opening`` with its headline said as a sentence ("Bus auf A10 umgestürzt" -> "Ein Bus ist auf der
    A10 umgestürzt."), or else with the name it gives said in the body's first sentence."""
    said = headline_said(opening)
    return said if said.said else headline_names_said(said, title)


def _lead_said(units: list[Unit], opening: Opening, headlines: tuple[str, ...]) -> list[Unit]:
    """``units`` with the lead saying where the office telling the news is ("In Traun hat der Leiter ...") and
    the day of a scene not read (with_scene_day), without a headline said after a lead that the news now is
    ("Ein Land deckelt Mieten." after "Landesrätin X kündigte an, ..."): the news told once."""
    if not units:
        return units
    lead = with_scene_day(units[0].text, opening.sentences)
    lead = with_office_place(lead, opening.place, headlines, opening.sentences)
    said = {opening.sentences[i] for i in opening.said}  # (the headline as a sentence)
    needed = {i for u in units for i in (u.needs, *u.also, u.follows) if i is not None}
    kept = [replace(units[0], text=lead), *(u for u in units[1:] if u.text not in said or u.index in needed)]
    left = {u.index for u in kept}  # (a sentence it was one of the alternatives for has the others)
    kept = [replace(u, or_else=tuple(i for i in u.or_else if i in left)) for u in kept]
    return reordered(kept, {u.index: n for n, u in enumerate(kept)})


def _read(article: Article, outlets: Outlets) -> Opening:
    """The article's opening read (standfirst, dateline, sentences), "einem Medienbericht zufolge"
    said as the outlet the sentences after it name."""
    opening = _with_headline(read_opening(article.paragraphs), article.title)
    return replace(opening, sentences=vague_reports_named(opening.sentences, outlets))


def _with_headline(opening: Opening, title: str) -> Opening:
    """Agency copy (a dateline) with its headline as the first standfirst sentence, as a headline line
    over the dateline is read ("Vier Verletzte bei Brand in Gasthof" may be said as the lead: "Bei
    einem Brand in einem Gasthof sind vier Menschen verletzt worden"); a title of one or two words
    ("Nr. 7") is no headline."""
    headline = " ".join(title.split()).rstrip(" .")
    if not (opening.place or opening.agency) or len(headline.split()) < 3 or not opening.sentences:
        return opening
    if any(headline in s for s in opening.sentences[:opening.standfirst + 1]):
        return opening  # (the page's text has it already)
    return replace(opening, sentences=(f"{headline}.", *opening.sentences), standfirst=opening.standfirst + 1,
                   paragraph_of=(0, *(n + 1 for n in opening.paragraph_of)))


_CHANGED = re.compile(r"\b\d+(?:,\d+)?\s+Prozent\b|\bvon\s+[\d.,]+\s+auf\s+[\d.,]+\b")


def _genre_notes(article: Article, opening: Opening, lead: str, text: str) -> tuple[str, ...]:
    """What the article reads like when not like news: a film's or series' plot (its cast named),
    a match told minute by minute whose item ``text`` has no result, a review, feature or
    commentary; not when the item leads with the news "jetzt" from further on ("Das Landesgericht
    Linz hat jetzt geurteilt: ..." after a feature's opening)."""
    if names_a_cast(article.paragraphs):
        return (FICTION_NOTE,)
    if match_without_result(article.paragraphs, text):
        return (NO_RESULT_NOTE,)
    if invites_to_event(article.paragraphs):
        return (EVENT_NOTE,)
    body = list(opening.sentences[opening.standfirst:opening.standfirst + 3])
    news = tells_news_now(lead) or tells_finding(lead) or tells_incident(lead)  # "... ist um 35 % gesunken"
    # a report told as a scene whose standfirst leads (said with the dateline's place: "... ist in Wels
    # ausgeforscht worden"), or whose lead after it the item backs with a measured change ("um 35 Prozent")
    led = any(lead in (s, with_place_said(s, opening.place)) for s in opening.sentences[:opening.standfirst])
    news = news or bool(body and sets_a_scene(body[0]) and (led or _CHANGED.search(text) and lead != body[0]))
    return (GENRE_NOTE,) if reads_as_opinion(body) and not news else ()

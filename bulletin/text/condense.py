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
from itertools import combinations

from bulletin.errors import InputError
from bulletin.models import Article, Item
from bulletin.text.antecedents import in_scene
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
from bulletin.text.grammar import first_person
from bulletin.text.lead_news import NOW_BONUS, news_first, teaser_told_by, turns_now
from bulletin.text.named_again import named_again, named_people
from bulletin.text.news import (  # noqa: F401 (STOP_WORDS, term_hits: re-exported)
    FICTION_NOTE,
    GENRE_NOTE,
    STOP_WORDS,
    facts,
    key_terms,
    names_a_cast,
    novelty,
    reads_as_opinion,
    tells_news_now,
    term_hits,
    terms_in,
)
from bulletin.text.opening import (  # noqa: F401 (remove_asides: re-exported)
    read_opening,
    remove_asides,
    short_forms,
    with_short_forms_introduced,
)
from bulletin.text.shorten import shortened_to_fit
from bulletin.text.units import Unit, readable_units

# How a German news text names where it has its information from (when no source is known).
ATTRIBUTION = re.compile(
    r"\b(?:laut|zufolge|berichte[nt]?|berichtete[n]?|sagte[n]?|sagt|teilte[n]?\b.*\bmit"
    r"|erklärte[n]?|meldete[n]?|nach Angaben|nach Informationen|wie\b.*\b(?:berichtet|meldet|mitteilt))\b",
    re.IGNORECASE,
)
POSITION_DECAY = 3.0  # sentence n weighs exp(-n/3): 1, 0.72, 0.51, 0.37 ... 0.07 for the ninth
# A standfirst read after the lead weighs as the body's fourth sentence: its place at the top is a
# teaser's, not the report's order (as the second sentence it pushed out the body's own second).
STANDFIRST_PLACE = 3
TERM_WEIGHT = 0.5  # a sentence with all the headline's key terms gains as much as half the lead
RECUR_WEIGHT = 0.5  # ... and one whose content words all recur elsewhere in the article as much
NAMING_BONUS = 0.5  # without a source, a sentence saying who says so is worth half a lead more
LEAD_WINDOW = 12  # sentences considered as a whole set; later ones only fill what is left
SAID_AGAIN = 0.5  # a later sentence with the same verb and more than half an earlier one's words repeats it
COVER_WEIGHT = 1.0  # an item saying all the headline's key terms gains a lead's worth (0.5-3: the same picks)
# A set's worth grows faster than its sentences' scores: the second sentence of a story with its key
# fact beats the third and fourth with background that together take as long (Web 78: how the hacker
# built his car, not two sentences on its laser scanner); 2 makes later sentences nearly worthless.
SCORE_POWER = 1.5
GRACE = 1.0  # seconds over the budget a key sentence may take (estimates are not finer than that)
TOP_UP_SCORE = 0.6  # a key sentence: worth more than the body's second by place alone
MAX_EXTRA = 5  # sentences besides the lead in one such set (1,024 sets to rank at most)


def speakable_paragraphs(article: Article) -> tuple[list[str], str]:
    """The article's readable sentences by paragraph (no captions, asides or dateline) and the
    agency named in a dateline, if any."""
    opening = read_opening(article.paragraphs)
    paragraphs: dict[int, list[str]] = {}
    for sentence, number in zip(opening.sentences, opening.paragraph_of, strict=True):
        paragraphs.setdefault(number, []).append(sentence)
    return [" ".join(p) for p in paragraphs.values()], opening.agency


def _scores(units: list[Unit], terms: frozenset[str], naming: dict[int, bool],
            teaser: tuple[str, ...] = ()) -> dict[int, float]:
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
    for index in turns_now(units):
        scores[index] += NOW_BONUS
    return scores


def _adds(i: int, before: list[int], told: list[frozenset[str]], units: list[Unit]) -> bool:
    """The sentence at ``i`` adds enough to the sentences ``before`` it: a share of new facts, and
    it does not say one of them again with more details (the same verb and most of its words:
    "Sie fordern Wulff auf, Stellung zu beziehen." / "... haben Wulff aufgefordert, ... Stellung
    zu beziehen.")."""
    if not before:
        return True
    heard = frozenset().union(*(told[j] for j in before))
    if novelty(told[i], heard) < units[i].min_new:
        return False
    verbs = units[i].verbs
    return not any(verbs & units[j].verbs and novelty(told[j], told[i]) < SAID_AGAIN for j in before)


def _worth(picked: tuple[int, ...], scores: dict[int, float], told: list[frozenset[str]],
           units: list[Unit], said: Callable[[list[int]], float]) -> float:
    """The value of reading ``picked`` (in reading order): the sum of the sentences' scores (each to
    the power SCORE_POWER), but a
    sentence that adds too little to those before it is worth nothing (the same fact twice); and
    the share of the headline's key terms the item says at all (``said``), so that an item says
    what its story is about ("Aldi" in "Aldi eröffnet den Preiskampf ...")."""
    adding = [i for n, i in enumerate(picked) if _adds(i, list(picked[:n]), told, units)]
    return sum(scores[i] ** SCORE_POWER for i in adding) + COVER_WEIGHT * said(adding)


def _each_adds(order: list[int], told: list[frozenset[str]], units: list[Unit]) -> bool:
    return all(_adds(i, order[:n], told, units) for n, i in enumerate(order))


def _select(units: list[Unit], scores: dict[int, float], fits: Callable[[set[int]], bool],  # noqa: PLR0913 (the units, their scores, the headline's terms and the three budget rules)
            seconds: Callable[[int], float], budget: float, terms: frozenset[str]) -> set[int]:
    """The set of sentences worth the most that fits, the lead always in it.

    Among the first LEAD_WINDOW sentences every combination of up to MAX_EXTRA more is ranked by
    what its sentences add (an additive time estimate rules out what is clearly too long), and the
    best that really fits is taken: short informative sentences can beat one long one, though a
    high score counts more than its share (SCORE_POWER), and a sentence repeating the others adds
    nothing. What budget is left is then filled best first.
    A sentence comes only with the one it needs.
    """
    told = [facts(u.text) for u in units]
    covers = [terms_in(u.text, terms) for u in units]
    sayable = max(1, len(frozenset().union(*covers)))  # the key terms some sentence says

    def said(indices: list[int]) -> float:
        return len(frozenset().union(*(covers[i] for i in indices))) / sayable

    everything = {u.index for u in units}
    if fits(everything) and _each_adds(sorted(everything), told, units):
        return _without_repeats(units, everything, told)
    window = units[1:LEAD_WINDOW]
    lead_seconds = seconds(0)
    ranked: list[tuple[float, int, tuple[int, ...]]] = []
    for size in range(MAX_EXTRA + 1):
        for combo in combinations(window, size):
            picked = {0} | {u.index for u in combo}
            if not all(u.met(picked) for u in combo):
                continue
            if lead_seconds + sum(seconds(u.index) for u in combo) > budget * 1.05 and size:
                continue
            order = tuple(sorted(picked))
            ranked.append((round(_worth(order, scores, told, units, said), 9), -size, order))
    ranked.sort(reverse=True)
    chosen = next((set(p) for _, _, p in ranked if fits(set(p))), {0})
    return _without_repeats(units, _fill(units, scores, fits, chosen, told), told)


def _without_repeats(units: list[Unit], chosen: set[int], told: list[frozenset[str]]) -> set[int]:
    """Read in order, a sentence that says what was heard before is left out (the later one). A
    standfirst (read early, held to a higher share of new facts) must add to the whole item: "Gegen
    Grödig soll der nächste volle Erfolg her." says nothing that the item's later sentences do not."""
    kept: list[int] = []
    for i in sorted(chosen):
        if not i or _adds(i, kept, told, units):
            kept.append(i)
    for i in [i for i in kept if i and units[i].standfirst]:
        rest = frozenset().union(*(told[j] for j in kept if j != i))
        if novelty(told[i], rest) < units[i].min_new:
            kept.remove(i)
    return _drop_orphans(units, set(kept))


def _fill(units: list[Unit], scores: dict[int, float], fits: Callable[[set[int]], bool],
          chosen: set[int], told: list[frozenset[str]]) -> set[int]:
    """Best score first while the budget holds; a sentence comes only after the one it needs, and
    only when it adds something new on the item's topic."""
    chosen = set(chosen)
    too_long: set[int] = set()  # the text only grows, so what did not fit never will
    ranked = sorted(units[1:], key=lambda u: (-scores[u.index], u.index))
    added = True
    while added:
        added = False
        for unit in ranked:
            if unit.index in chosen or unit.index in too_long:
                continue
            if not unit.met(chosen):
                continue
            if not _adds(unit.index, sorted(chosen), told, units):
                continue
            if not (_on_topic(told[unit.index], chosen, told) or unit.credits
                    or in_scene(unit.text, " ".join(units[i].text for i in sorted(chosen)))):
                continue
            if not fits(chosen | {unit.index}):
                too_long.add(unit.index)
                continue
            chosen.add(unit.index)
            added = True
            break  # a new sentence may unlock one that needs it
    return chosen


def _topped_up(units: list[Unit], chosen: set[int], scores: dict[int, float],
               fits_with_grace: Callable[[set[int]], bool]) -> set[int]:
    """``chosen`` and the best sentence that misses the budget by less than GRACE when it is one
    of the article's key sentences (TOP_UP_SCORE): "Die Partei will berufen." after the fine, "Die
    Erben zogen vor Gericht." before the ruling; a listener does not hear the second, an editor
    misses the fact (two outside editors asked for each)."""
    told = [facts(u.text) for u in units]
    # a sentence whose name a chosen one says ("Die 28-jährige X trifft ...") would only say it again
    lent = {u.follows for u in units if u.index in chosen}
    for unit in sorted(units, key=lambda u: (-scores[u.index], u.index)):
        if scores[unit.index] < TOP_UP_SCORE:
            break
        if unit.index in lent:
            continue
        # one that leans on a chosen sentence is on its topic ("der Besitzerin" of the pictures)
        on_topic = unit.needs in chosen or _on_topic(told[unit.index], chosen, told)
        if (unit.index not in chosen and unit.met(chosen) and _adds(unit.index, sorted(chosen), told, units)
                and on_topic and fits_with_grace(chosen | {unit.index})):
            return chosen | {unit.index}
    return chosen


def _on_topic(facts_of: frozenset[str], chosen: set[int], told: list[frozenset[str]]) -> bool:
    """A sentence that only fills time must share a content word with what the item already says:
    "Der Saal war voll." after a ruling on a parole request is heard as about something else. (One
    crediting the source may fill anyway: "Laut NBC News gab es auch Proteste." carries the item's
    attribution.)"""
    heard = frozenset().union(*(told[i] for i in chosen))
    return any(not f.startswith("#") and f in heard for f in facts_of)


def _drop_orphans(units: list[Unit], chosen: set[int]) -> set[int]:
    """Leave out sentences whose needed sentence is no longer chosen."""
    chosen = set(chosen)
    for unit in units:  # in order, so that chains fall together
        if unit.index in chosen and not unit.met(chosen):
            chosen.discard(unit.index)
    return chosen


def _with_needs(units: list[Unit], index: int) -> set[int]:
    """The sentence at ``index`` and the sentences it needs, all the way back (of those it needs
    one of, the nearest)."""
    needed = {index}
    for other in (units[index].needs, max(units[index].also, default=None)):
        if other is not None and other not in needed:
            needed |= _with_needs(units, other)
    return needed


def _attribute(units: list[Unit], chosen: set[int], naming: dict[int, bool], scores: dict[int, float],  # noqa: PLR0913 (condense's selection as it holds it: the units, what is chosen, which name the source, their scores, and the two rules fits and must)
               fits: Callable[[set[int]], bool], must: bool) -> set[int]:
    """Make sure the chosen text carries its attribution in its own words where the article has
    a sentence that gives it: let go of the weakest sentences (never the lead) to make room, when
    what is kept is worth as much (else the outlet is credited after the lead). Of the first few
    such sentences, the one that keeps the most is taken. ``must``: without a source to name, the
    sentence comes even if long."""
    if any(naming[i] for i in chosen):
        return chosen
    trials = []
    for unit in [u for u in units if u.index not in chosen and naming[u.index]][:3]:
        needed = _with_needs(units, unit.index)
        trial = set(chosen)
        while not fits(trial | needed) and len(trial - needed) > 1:
            trial.discard(min(trial - needed - {0}, key=lambda i: scores[i]))
        trial = _drop_orphans(units, trial | needed)
        worth_it = must or sum(scores[i] for i in trial) >= sum(scores[i] for i in chosen)
        if unit.index in trial and worth_it and (fits(trial) or (must and not trials)):
            # a plain credit rather than a witness's words that happen to name the outlet
            trials.append((fits(trial), not first_person(unit.text), sum(scores[i] for i in trial), trial))
    return max(trials, key=lambda t: t[:3])[3] if trials else chosen


def _in_reading_order(picked: list[Unit]) -> list[Unit]:
    """``picked`` (in unit order) with a standfirst telling what comes next read last ("Bis Ende
    Jänner hoffen Forscher noch auf Signale."), unless a sentence read needs it."""
    needed = {i for u in picked for i in (u.needs, *u.or_else, *u.also) if i is not None}
    last = {u.index for u in picked if u.last and u.index not in needed}
    return [u for u in picked if u.index not in last] + [u for u in picked if u.index in last]


def _names_once(picked: list[Unit], people: dict[str, set[str]]) -> list[str]:
    """The texts of ``picked``, a full name lent to a sentence (Unit.names) said only the first
    time: after it, the surname ("Uli Hoeneß ... Hoeneß"), and so any full name of the ``people``
    the article also names by surname alone ("Rafael Nadal ... Nadal"); and a name said with a
    middle part after the item named the person without it, as the item named them ("Anna Day ...
    Anna Therese Day" -> "Anna Day ... Anna Day": by ear two names are two people)."""
    texts: list[str] = []
    for n, unit in enumerate(picked):
        follows = n and unit.follows is not None and picked[n - 1].index == unit.follows
        text = unit.as_written if follows else unit.text  # "So fand ..." right after its sentence
        for surname, name in unit.names:
            if any(name in earlier for earlier in texts):
                text = text.replace(name, surname, 1)
        heard = " ".join(texts)
        texts.append(named_again(text, heard, people))
    return texts


def _trimmed(units: list[Unit], chosen: set[int], keep: set[int], scores: dict[int, float],
             fits: Callable[[set[int]], bool]) -> set[int]:
    """``chosen`` without its weakest sentences (never those in ``keep``: the lead and the
    attribution) until it fits: the credit takes time too."""
    chosen = set(chosen)
    while chosen - keep and not fits(chosen):
        chosen.discard(min(chosen - keep, key=lambda i: scores[i]))
        chosen = _drop_orphans(units, chosen)
    return chosen


def condense(article: Article, budget_seconds: float, estimate_seconds: Callable[[str], float],
             outlets: Outlets = NO_OUTLETS) -> Item:
    """One radio item from a cleaned article, at most ``budget_seconds`` long where possible.

    The lead is kept even when it alone is longer than the budget, and the attribution is kept
    even when it needs a few seconds more: a short item is fine, an uncredited one is not.
    """
    opening = read_opening(article.paragraphs)
    # "einem Medienbericht zufolge" by the outlet the sentences after it in the article name
    opening = replace(opening, sentences=vague_reports_named(opening.sentences, outlets))
    terms = key_terms(article.title)
    units = news_first(readable_units(opening, terms), article.title) if opening.sentences else []
    if not units:
        raise InputError(article.origin, "nothing left to read after cleaning")
    source = article.source or opening.agency
    units = [replace(u, text=outlets_said(u.text, source, outlets),
                     as_written=outlets_said(u.as_written, source, outlets)) for u in units]

    alone = {u.index: estimate_seconds(u.text) for u in units}
    credit = estimate_seconds(attribution_sentence(source, outlets)) if source else 0.0
    join = estimate_seconds("a b") - estimate_seconds("ab")  # what a space between sentences takes
    units = shortened_to_fit(units, alone, budget_seconds - credit - join, estimate_seconds)
    people = named_people(list(opening.sentences))  # who the article calls by surname alone
    # Which sentences give the attribution in their own words: the outlet's, or another outlet's
    # the article cites ("das berichtet der Guardian"; a second credit after it stacks sources).
    naming = {u.index: (credits_source(u.text, source, outlets) or credits_other_outlet(u.text, outlets))
              if source else bool(ATTRIBUTION.search(u.text)) for u in units}

    def text_of(indices: set[int]) -> str:
        in_order = _in_reading_order([u for u in units if u.index in indices])
        picked = credited_once(_names_once(in_order, people), outlets)
        if not source or any(naming[i] for i in indices):
            return " ".join(picked)
        if can_carry_credit(picked[0]) and not echoes_credit(" ".join(picked[1:2]), source, outlets):
            return " ".join([credited_lead(picked[0], source, outlets), *picked[1:]])
        return " ".join([*picked, attribution_sentence(source, outlets)])

    def fits(indices: set[int]) -> bool:
        # Speech time adds up sentence by sentence: only a set near the budget is estimated whole
        # (normalizing the text is what costs time here).
        credited = source and not any(naming[i] for i in indices)
        about = sum(alone[i] for i in indices) + join * (len(indices) - 1) + (credit if credited else 0.0)
        if about < budget_seconds * 0.9 or about > budget_seconds * 1.1:
            return about <= budget_seconds
        return estimate_seconds(text_of(indices)) <= budget_seconds

    scores = _scores(units, terms, {} if source else naming, opening.sentences[:opening.standfirst])
    units = [replace(u, credits=True) if source and naming[u.index] else u for u in units]
    chosen = _select(units, scores, fits, alone.__getitem__, budget_seconds - credit, terms)
    if not source:  # with a source the credit joins the lead; a sentence is not swapped in for it
        chosen = _attribute(units, chosen, naming, scores, fits, must=True)
    credited = [i for i in sorted(chosen) if naming[i]][:1]
    keep = {0}.union(*(_with_needs(units, i) for i in credited))
    chosen = _trimmed(units, chosen, keep, scores, fits)
    chosen = _topped_up(units, chosen, scores,
                        lambda picked: estimate_seconds(text_of(picked)) <= budget_seconds + GRACE)
    text = text_of(chosen)
    # "(FAO)": the brackets are not read, so a short form the item uses is said after its name, even
    # when that takes a second more than the budget (like the lead and the credit)
    text = with_short_forms_introduced(text, short_forms(article.paragraphs))
    body = list(opening.sentences[opening.standfirst:opening.standfirst + 3])
    return Item(title=article.title, text=text, source=source, origin=article.origin,
                seconds=estimate_seconds(text), priority=article.priority, published=article.published,
                notes=_genre_notes(article, body, units[0].text))


def _genre_notes(article: Article, body: list[str], lead: str) -> tuple[str, ...]:
    """What the article reads like when not like news: a film's or series' plot (its cast named),
    a review, feature or commentary; not when the item leads with the news "jetzt" from further on
    ("Das Landesgericht Linz hat jetzt geurteilt: ..." after a feature's opening)."""
    if names_a_cast(article.paragraphs):
        return (FICTION_NOTE,)
    return (GENRE_NOTE,) if reads_as_opinion(body) and not tells_news_now(lead) else ()

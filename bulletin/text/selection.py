"""Which sentences an item reads: the set worth the most that fits the budget, the lead always in
it, each sentence only with the one it needs and only when it adds a fact (condense.py scores the
sentences and says how long a set takes; this module chooses)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import combinations

from bulletin.text.antecedents import in_scene
from bulletin.text.asked_for import toll_counts
from bulletin.text.genre import RESULT_VERB, SCORE
from bulletin.text.grammar import first_person
from bulletin.text.news import facts, novelty, terms_in
from bulletin.text.units import Unit

LEAD_WINDOW = 12  # sentences considered as a whole set; later ones only fill what is left
SAID_AGAIN = 0.5  # a later sentence with the same verb and more than half an earlier one's words repeats it
COVER_WEIGHT = 1.0  # an item saying all the headline's key terms gains a lead's worth (0.5-3: the same picks)
# A set's worth grows faster than its sentences' scores: the second sentence of a story with its key
# fact beats the third and fourth with background that together take as long (Web 78: how the hacker
# built his car, not two sentences on its laser scanner); 2 makes later sentences nearly worthless.
SCORE_POWER = 1.5
GRACE = 1.0  # seconds over the budget a key sentence may take (estimates are not finer than that)
ASKED_GRACE = 3.0  # ... and the one a listener asks for first (why someone resigned, the toll, the result)
TOP_UP_SCORE = 0.6  # a key sentence: worth more than the body's second by place alone
MAX_EXTRA = 5  # sentences besides the lead in one such set (1,024 sets to rank at most)


def adds(i: int, before: list[int], told: list[frozenset[str]], units: list[Unit]) -> bool:
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
    if any(_same_result(units[i].text, units[j].text) for j in before):
        return False  # "besiegten die Steirer Rapid mit 3:1" after "... mit 3:1 gewonnen": the same result
    counts = toll_counts(units[i].text) if len(units[i].text.split()) <= _TOLD_ALONE else frozenset()
    if any(counts & toll_counts(units[j].text) for j in before):
        return False  # "Die Polizei spricht von acht Verletzten." after "acht Menschen ... verletzt"
    return not any(verbs & units[j].verbs and novelty(told[j], told[i]) < SAID_AGAIN for j in before)


def _same_result(text: str, before: str) -> bool:
    """``text`` tells again the result ``before`` told: the same score, each with a verb of winning
    or losing."""
    return bool(_result_told(text) & _result_told(before))


@lru_cache(maxsize=4096)  # asked for each pair of sentences of every set the selection ranks
def _result_told(said: str) -> frozenset[str]:
    """The scores ``said`` tells a result with ("3:1-Sieg" tells "3:1"), none without a verb of
    winning or losing."""
    if not RESULT_VERB.search(said):
        return frozenset()
    return frozenset(found.split("-")[0] for found in SCORE.findall(said))


_TOLD_ALONE = 8  # words of a sentence telling only a toll (a longer one tells more: when, how badly)


def _worth(picked: tuple[int, ...], scores: dict[int, float], told: list[frozenset[str]],
           units: list[Unit], said: Callable[[list[int]], float]) -> float:
    """The value of reading ``picked`` (in reading order): the sum of the sentences' scores (each to
    the power SCORE_POWER), but a
    sentence that adds too little to those before it is worth nothing (the same fact twice); and
    the share of the headline's key terms the item says at all (``said``), so that an item says
    what its story is about ("Aldi" in "Aldi eröffnet den Preiskampf ...")."""
    adding = [i for n, i in enumerate(picked) if adds(i, list(picked[:n]), told, units)]
    return sum(scores[i] ** SCORE_POWER for i in adding) + COVER_WEIGHT * said(adding)


def _each_adds(order: list[int], told: list[frozenset[str]], units: list[Unit]) -> bool:
    return all(adds(i, order[:n], told, units) for n, i in enumerate(order))


def select(units: list[Unit], scores: dict[int, float], fits: Callable[[set[int]], bool],  # noqa: PLR0913 (the units, their scores, the headline's terms and the three budget rules)
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
        if not i or adds(i, kept, told, units):
            kept.append(i)
    for i in [i for i in kept if i and units[i].standfirst]:
        rest = frozenset().union(*(told[j] for j in kept if j != i))
        if novelty(told[i], rest) < units[i].min_new:
            kept.remove(i)
    return drop_orphans(units, set(kept))


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
            if not adds(unit.index, sorted(chosen), told, units):
                continue
            if not (on_topic(told[unit.index], chosen, told) or unit.credits
                    or in_scene(unit.text, " ".join(units[i].text for i in sorted(chosen)))):
                continue
            if not fits(chosen | {unit.index}):
                too_long.add(unit.index)
                continue
            chosen.add(unit.index)
            added = True
            break  # a new sentence may unlock one that needs it
    return chosen


def topped_up(units: list[Unit], chosen: set[int], scores: dict[int, float],
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
        topical = unit.needs in chosen or on_topic(told[unit.index], chosen, told)
        if (unit.index not in chosen and unit.met(chosen) and adds(unit.index, sorted(chosen), told, units)
                and topical and fits_with_grace(chosen | {unit.index})):
            return chosen | {unit.index}
    return chosen


def on_topic(facts_of: frozenset[str], chosen: set[int], told: list[frozenset[str]]) -> bool:
    """A sentence that only fills time must share a content word with what the item already says:
    "Der Saal war voll." after a ruling on a parole request is heard as about something else. (One
    crediting the source may fill anyway: "Laut NBC News gab es auch Proteste." carries the item's
    attribution.)"""
    heard = frozenset().union(*(told[i] for i in chosen))
    return any(not f.startswith("#") and f in heard for f in facts_of)


def drop_orphans(units: list[Unit], chosen: set[int]) -> set[int]:
    """Leave out sentences whose needed sentence is no longer chosen."""
    chosen = set(chosen)
    for unit in units:  # in order, so that chains fall together
        if unit.index in chosen and not unit.met(chosen):
            chosen.discard(unit.index)
    return chosen


def with_needs(units: list[Unit], index: int) -> set[int]:
    """The sentence at ``index`` and the sentences it needs, all the way back (of those it needs
    one of, the nearest)."""
    needed = {index}
    for other in (units[index].needs, max(units[index].also, default=None)):
        if other is not None and other not in needed:
            needed |= with_needs(units, other)
    return needed


def attribute(units: list[Unit], chosen: set[int], naming: dict[int, bool], scores: dict[int, float],  # noqa: PLR0913 (condense's selection as it holds it: the units, what is chosen, which name the source, their scores, and the two rules fits and must)
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
        needed = with_needs(units, unit.index)
        trial = set(chosen)
        while not fits(trial | needed) and len(trial - needed) > 1:
            trial.discard(min(trial - needed - {0}, key=lambda i: scores[i]))
        trial = drop_orphans(units, trial | needed)
        worth_it = must or sum(scores[i] for i in trial) >= sum(scores[i] for i in chosen)
        if unit.index in trial and worth_it and (fits(trial) or (must and not trials)):
            # a plain credit rather than a witness's words that happen to name the outlet
            trials.append((fits(trial), not first_person(unit.text), sum(scores[i] for i in trial), trial))
    return max(trials, key=lambda t: t[:3])[3] if trials else chosen


def trimmed(units: list[Unit], chosen: set[int], keep: set[int], scores: dict[int, float],
             fits: Callable[[set[int]], bool]) -> set[int]:
    """``chosen`` without its weakest sentences (never those in ``keep``: the lead and the
    attribution) until it fits: the credit takes time too."""
    chosen = set(chosen)
    while chosen - keep and not fits(chosen):
        chosen.discard(min(chosen - keep, key=lambda i: scores[i]))
        chosen = drop_orphans(units, chosen)
    return chosen


def with_key(units: list[Unit], chosen: set[int], key: int | None, naming: dict[int, bool],  # noqa: PLR0913 (the selection as condense holds it, and the key)
             scores: dict[int, float], fits: Callable[[set[int]], bool]) -> set[int]:
    """``chosen`` with the ``key`` sentence a listener asks for first (and what it needs), the weakest
    others left out until it fits (never the lead, nor a sentence giving the attribution); ``chosen``
    when it does not fit even so, or is in already."""
    if key is None or key in chosen:
        return chosen
    keep = _kept(units, chosen, naming) | with_needs(units, key)
    trial = trimmed(units, chosen | keep, keep, scores, fits)
    return trial if fits(trial) else chosen


def _kept(units: list[Unit], chosen: set[int], naming: dict[int, bool]) -> set[int]:
    """What trimming ``chosen`` never leaves out: the lead, and the first sentence giving the attribution
    with those it needs."""
    credited = [i for i in sorted(chosen) if naming[i]][:1]
    return {0}.union(*(with_needs(units, i) for i in credited))


def finished(units: list[Unit], chosen: set[int], naming: dict[int, bool], scores: dict[int, float],  # noqa: PLR0913 (the selection as condense holds it and its two budget rules)
             fits: Callable[[set[int]], bool], fits_within: Callable[[set[int], float], bool],
             key: int | None = None) -> set[int]:
    """``chosen`` with the ``key`` sentence a listener asks for first (with_key: it may run ASKED_GRACE over,
    as the credit does), trimmed until it fits (never the lead, the key, nor the sentence giving the
    attribution and those it needs: the credit takes time too), then topped up with a key sentence that
    misses the budget by less than GRACE (``fits_within(picked, seconds over)``)."""
    chosen = with_key(units, chosen, key, naming, scores, lambda picked: fits_within(picked, ASKED_GRACE))
    kept = _kept(units, chosen, naming) | (with_needs(units, key) if key in chosen else set())
    return topped_up(units, trimmed(units, chosen, kept, scores, fits), scores,
                     lambda picked: fits_within(picked, GRACE))

"""Which sentences of an article may be read, and in which order: the lead first (the first
sentence after the standfirst that can open an item on its own), a standfirst that adds something
after it, then the rest in the article's order.

Whether a sentence can be read at all, and which earlier one it cannot do without, is decided in
verdicts.py; a sentence comes only with the one it needs. One that points back only by a first
connective ("So fand die Verhandlung ... statt.") is read without it where it stands alone, and as
written right after its sentence. First-person words said by someone named at the end are read with
the speaker first ("Muster sagte am Sonntag: Ich ..."), so the listener knows who speaks before the
"ich".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from bulletin.text.antecedents import (
    full_name,
    introduced_with_article,
    with_name_of_epithet,
    with_role_introduced,
)
from bulletin.text.connectives import study_frame_said, without_connective, without_link_words
from bulletin.text.corrected import latest_said
from bulletin.text.datelines import with_state_named
from bulletin.text.event_place import with_place_said
from bulletin.text.figures import without_election_base
from bulletin.text.firms import with_firm_of_epithet, without_legal_form
from bulletin.text.grammar import first_person, has_finite_verb, opening_reference
from bulletin.text.headlines import with_event_said
from bulletin.text.leads import LEAD_SEARCH, as_news, pick_lead, told_by_lead, with_event_told_next  # noqa: F401 (LEAD_SEARCH: re-exported)
from bulletin.text.named_again import (
    with_given_name,
    with_owner_named,
    with_person_named,
    with_thing_named,
)
from bulletin.text.news import (
    generic_or_imagined,
    key_terms,
    looks_ahead,
    reports_event,
    terms_in,
    verb_stems,
    weekday_for_day_word,
)
from bulletin.text.openers import standfirst_terms, tells_no_news
from bulletin.text.opening import Opening
from bulletin.text.pointing import (
    answered_later,
    event_told_in,
    firm_told_in,
    inside_reference,
    person_told_in,
)
from bulletin.text.pronouns import surname_subject
from bulletin.text.quotes import as_reported, speaker_first
from bulletin.text.shorten import said_by_ear
from bulletin.text.standfirst_read import STANDFIRST_NEW, read_after_lead
from bulletin.text.teasers import announcing, headline_shaped, opens_with_a_code, vague_scope, without_kicker
from bulletin.text.unheard import unheard_things
from bulletin.text.verdicts import SURNAME_ONLY, points_back, speakers_lent, takes_for_known, verdict

MIN_NEW = 0.4  # a sentence must bring at least this share of new facts to be worth its time


@dataclass(frozen=True)
class Unit:
    """A sentence (or a quotation of several), its place in reading order, and the earlier one it
    cannot do without (or one of ``or_else`` instead: any sentence that introduced what it takes
    for known will do); ``also``: one of these as well, for a sentence that points back and takes
    for known what another sentence introduced ("Er ist der Bruder ..., der bei den Anschlägen
    dabei war": the sentence naming him and the one telling of the attacks)."""

    index: int
    text: str
    needs: int | None = None
    min_new: float = MIN_NEW  # the share of new facts it must bring; more for a standfirst
    or_else: tuple[int, ...] = ()
    also: tuple[int, ...] = ()
    credits: bool = False  # it names the item's source in its own words (set by the condenser)
    names: tuple[tuple[str, str], ...] = ()  # (surname, full name) lent from a sentence not read
    follows: int | None = None  # right after this one it is read as written (``as_written``)
    as_written: str = ""  # with the connective it came off ("So fand ..."), see _detached
    reaction: bool = False  # it followed the news told "jetzt" that now leads (lead_news._now_first)

    @property
    def standfirst(self) -> bool:
        """It is a standfirst sentence read after the lead (held to a higher share of new facts)."""
        return self.min_new > MIN_NEW

    @property
    def last(self) -> bool:
        """A standfirst telling what comes next ("Bis Ende Jänner ..."): read after the others chosen."""
        return self.standfirst and looks_ahead(self.text)

    @cached_property
    def verbs(self) -> frozenset[str]:
        """The stems of its verbs that carry meaning (the same verb again: the same fact)."""
        return verb_stems(self.text)

    def met(self, picked) -> bool:
        """True if what it needs is in ``picked`` (or it needs nothing)."""
        pointed = self.needs is None or self.needs in picked or any(i in picked for i in self.or_else)
        return pointed and (not self.also or any(i in picked for i in self.also))



def _report_after(texts: list[str], verdicts: list[tuple[int | None, str]], lead: int,
                  first: int) -> tuple[int, str] | None:
    """After a lead telling what is true often or imagined ("In Krisengebieten hilft oft nur Bargeld
    weiter."), the report among the next two sentences that can open the item, with the given name
    the lead said lent to its surname ("Bei einer Behebung für Christian Wehrschütz verschwanden"):
    (index, text), or None (so when they only lean on the lead: "Allerdings ...")."""
    if not generic_or_imagined(texts[lead]):
        return None
    for i in range(lead + 1, min(len(texts), lead + 3)):
        pointed, why = verdicts[i]
        text = texts[i]
        if why or generic_or_imagined(text) or not reports_event(text) or opening_reference(text) \
                or first_person(text) or pointed not in (None, lead):
            continue
        known = takes_for_known(i, texts, first, "", bridging=False)
        if pointed is None and known is None:
            return i, text
        lent = _lent_names(i, texts, pointed, [lead]) if known in (None, [lead]) else ()
        if lent:
            return i, with_names(text, lent)
    # else the standfirst's report ("Innsbrucker Biologen werteten Daten aus drei Jahrzehnten aus."
    # before "Wenn X von ihrer Arbeit erzählt, spricht sie gern von ...")
    told = [i for i in range(first) if not verdicts[i][1] and reports_event(texts[i])
            and has_finite_verb(texts[i]) and not (
                headline_shaped(texts[i]) or opens_with_a_code(texts[i]) or generic_or_imagined(texts[i])
                or opening_reference(texts[i])
                or inside_reference(texts[i]) or first_person(texts[i]))]
    return (told[0], texts[told[0]]) if told else None


# "Die ausgerückten Polizisten setzten ...": a thing the article told of before, named as known.
_OPENS_WITH_KNOWN = re.compile(
    r"^(?:Der|Die|Das|Den|Dem)\s+(?:[a-zäöüß][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*\s+[a-zäöüß]")
HEADLINE_TERMS = 2  # the headline's key terms a sentence says to take the lead from an opening saying none


def _headline_lead(texts: list[str], verdicts: list[tuple[int | None, str]], lead: int,
                   terms: frozenset[str], whole: bool = False) -> int | None:
    """A feature's opening that says nothing the headline says ("Blühende Wiesen ...: Die Region
    hat viel zu bieten." under "Dieses Traumschloss sucht einen Abwart") gives the lead to the first
    of the next LEAD_SEARCH sentences that says HEADLINE_TERMS of its key terms and introduces what
    it speaks of ("Das 900 Jahre alte Schloss St. Michael's sucht nämlich einen Hauswart.", read
    without its "nämlich"); None when the lead says the headline or no such sentence follows. With
    ``whole`` (the lead is the headline said), the body's sentence saying all but one of its terms
    ("Die 48-jährige Buchhalterin ... wurde ... verurteilt": it tells more)."""
    if not terms or terms_in(texts[lead], terms) and not whole:
        return None
    for i in range(lead + 1, min(len(texts), lead + 1 + LEAD_SEARCH)):
        said = with_event_said(texts[i], texts[lead]) if whole else texts[i]  # its event as headlined
        text = without_link_words(said)
        least = max(HEADLINE_TERMS, len(terms) - 1) if whole else HEADLINE_TERMS
        if verdicts[i][1] or len(terms_in(text, terms)) < least:
            continue
        as_lead = [*texts[:i], text, *texts[i + 1:]]
        alone = verdict(i, as_lead)[0] is None and not (opening_reference(text) or first_person(text))
        if alone and not _OPENS_WITH_KNOWN.match(text) and takes_for_known(i, as_lead, 0, "", False) is None:
            texts[i] = said
            return i
    return None


def _antecedents(texts: list[str], verdicts: list[tuple[int | None, str]], lead: int,
                 read: set[int]) -> dict[int, list[int]]:
    """For each sentence read after the lead (``read``) that takes something for known, the
    sentences that are read and introduced it, any of which will do. A thing only sentences left out name
    (the teaser, what came before the lead) counts as never introduced."""
    found = {}
    for index in sorted(read):  # a standfirst read after the lead too
        if index == lead or verdicts[index] != (None, ""):
            continue
        earlier = [t if i in read else "" for i, t in enumerate(texts[:index])]
        introduced = takes_for_known(index, earlier + [texts[index]], 0, texts[lead])
        if introduced is not None:
            found[index] = introduced
    return found


# "Der Sieg ging an den Schweden X.": the winner of the race the sentence before told (the men's, not
# the lead's): read after the lead alone, it says someone else won what the lead's winner won
_WINNER_OF = re.compile(r"^(?:Der\s+(?:Sieg|Tagessieg)\s+ging\s+an|Den\s+(?:Sieg|Tagessieg)\s+holte"
                        r"|Gewonnen\s+hat|(?:Sieger|Siegerin)\s+wurde)\b")


def _also_needed(texts: list[str], verdicts: list[tuple[int | None, str]], lead: int,
                 read: set[int]) -> dict[int, list[int]]:
    """For each sentence read that points back and also names, with a definite article, a thing
    another sentence introduced ("Er ist der Bruder ..., der bei den Anschlägen dabei war"): the
    sentences read that introduced it, any of which will do, when the one it points to does not."""
    found = {}
    for index in sorted(read - {lead}):
        pointed, why = verdicts[index]
        earlier = [t if i in read else "" for i, t in enumerate(texts[:index])]  # those read before it
        if _WINNER_OF.match(texts[index]) and index - 1 != lead and pointed is None and not why:
            found[index] = [index - 1]
        told = [] if why or pointed not in (None, lead) else event_told_in(texts[index], earlier, texts[lead])
        if told:  # "Der Segler wurde bei dem Zusammenstoß über Bord geschleudert": the ramming, too
            found[index] = told
        aged = person_told_in(texts[index], earlier, texts[lead])
        if aged is not None and not why:  # "sieht die 41-Jährige": the sentence giving her age (or never)
            found[index] = aged
        firm = firm_told_in(texts[index], earlier, texts[lead])
        if firm is not None and not why and index not in found:  # "Bei dem Unternehmen": the one naming it
            found[index] = firm
        if pointed is None or why:
            continue
        if pointed != index - 1 and not verdicts[index - 1][1] and opening_reference(texts[index]) in _THIS:
            found[index] = [index - 1]  # "Dies sei nicht finanzierbar, so Stöckl.": what "Dies" is, too
            continue
        introduced = introduced_with_article(texts[index], earlier, texts[lead])
        if introduced and pointed not in introduced:
            found[index] = introduced
    return found


_THIS = frozenset("Dies Das Diese Dieser Dieses Diesem Diesen".split())  # point at the sentence before


def _lead_alone(texts: list[str], lead: int, place: str) -> str:
    """The lead as it is said with nothing before it heard: with the role the sentence before
    introduced its person by, the person named ("der Schriftsteller Konrad Ebenhofer"), and the state
    the dateline or the standfirst told ("Der Vorarlberger Landtag")."""
    text = with_role_introduced(without_kicker(texts[lead]), texts[lead - 1] if lead else "")
    text = with_given_name(with_person_named(text, texts[:lead], texts), texts[:lead])
    text = with_thing_named(text, texts[:lead])  # "Die Tiere" -> "Die Alpenmurmeltiere"
    text = as_news(text) if lead else text  # (after a scene or a standfirst it is the news)
    return with_place_said(with_state_named(text, place, " ".join(texts[:lead])), place)  # "in Kapfenberg"


# A pronoun or a word of time anywhere: the sentence needs more of its context than a given name.
_LEANS_ON_CONTEXT = re.compile(r"\b(?:er|sie|ihm|ihn|ihnen|danach|davor|dann|daraufhin|zuvor|damals|dort)\b")


def _lent_names(index: int, texts: list[str], pointed: int | None, sources: list[int]) -> tuple:
    """For a sentence that needs the ones at ``sources`` only for the given name of someone it
    names by surname ("Mit der Haftzeit endet für Hoeneß ..." after "... schleuderte Uli Hoeneß
    ..." in a sentence that cannot be read): (surname, full name) pairs to read it with; () when it
    needs them for anything else (it points back, a pronoun or a quote leans on what came before, or
    a source says no given name)."""
    text = texts[index]
    if points_back(text) or _LEANS_ON_CONTEXT.search(text) or first_person(text):
        return ()
    if pointed is not None and not (SURNAME_ONLY.search(text) or surname_subject(text)):
        return ()
    names = [full_name(text, texts[i]) for i in sources]
    return tuple(dict.fromkeys(names)) if names and all(names) else ()


def with_names(text: str, lent: tuple[tuple[str, str], ...]) -> str:
    """``text`` with each (surname, full name) of ``lent`` said in full the first time."""
    for surname, name in lent:
        text = re.sub(rf"\b{re.escape(surname)}\b", name, text, count=1)
    return text


def _detached(texts: list[str], verdicts: list[tuple[int | None, str]]) -> tuple[list, list, dict[int, str]]:
    """Sentences that point back only by a first connective and stand alone without it ("So fand
    die Verhandlung ... statt." -> "Die Verhandlung fand ... statt."), or only by a person's epithet
    and stand alone with the name the sentence before says ("Der 28-jährige Niederösterreicher Andreas
    Muster trifft ..."): the texts and verdicts with them in the form that stands alone, and their
    texts as written, by index."""
    texts, verdicts, written = list(texts), list(verdicts), {}
    for i, (pointed, why) in enumerate(verdicts):
        alone = ""
        if pointed == i - 1 and not why:  # "So fand ...", or "Der 28-jährige Niederösterreicher trifft ..."
            named = with_owner_named(with_firm_of_epithet(with_name_of_epithet(texts[i], texts[i - 1]),
                                                         texts[i - 1]), texts[i - 1])
            alone = without_connective(texts[i], texts[i - 1]) or (named if named != texts[i] else "")
        if alone and verdict(i, [*texts[:i], alone, *texts[i + 1:]]) == (None, ""):
            written[i], texts[i], verdicts[i] = texts[i], alone, (None, "")
    return texts, verdicts, written


Verdicts = list[tuple[int | None, str]]


def _body_stands_alone(texts: list[str], verdicts: Verdicts, first: int) -> Verdicts:
    """The body's first sentence, after the dateline, is written to stand alone: what points back only
    after its first clause ("..., bei 12.000 von ihnen ...", "..., sondern auch ... bei diesem Rennen",
    "über Kosten, die ... seien") points at its own words, not at the standfirst above it. (In its
    first clause it may: "Ein Jahr später stand Muster ganz oben.", "X braucht dafür zwei Minuten.")"""
    if not 0 < first < len(texts) or verdicts[first][0] is None or verdicts[first][0] >= first \
            or verdicts[first][1]:
        return verdicts
    clause = texts[first].split(", ", 1)[0].rstrip(".") + "."
    if clause == texts[first] or verdict(first, [*texts[:first], clause])[0] is not None:
        return verdicts
    return [*verdicts[:first], (None, ""), *verdicts[first + 1:]]


def _readable(texts: list[str], verdicts: Verdicts, first: int, not_read: set[int | None]) -> list[int]:
    """The sentences that can be read, but not those ``not_read`` (the opener a lead replaced, a
    headline said as a sentence that does not lead), nor a standfirst of vague scope ("Betroffen sind
    u. a. Personal und ...")."""
    vague = {i for i in range(first) if vague_scope(texts[i])}
    return [i for i, (_, why) in enumerate(verdicts) if not why and i not in not_read | vague]


_AFFECTED = re.compile(r"^Betroffen\s+(?:sind|ist|waren|war)\s")


def _pointed_to(texts: list[str], verdicts: Verdicts, lead: int) -> dict[int, list[int]]:
    """For each sentence that points back, the sentences it may follow: the one it points to, and
    for "Betroffen sind die Verrechnung, ..." (what the news hit) the lead, which told the news too."""
    needed = {i: [n] for i, (n, _) in enumerate(verdicts) if n is not None}
    affected = {i for i in needed if i > lead not in needed[i] and _AFFECTED.match(texts[i])}
    return needed | {i: [*needed[i], lead] for i in affected}


def _lead_of(texts: list[str], verdicts: list[tuple[int | None, str]], opening: Opening,
             terms: frozenset[str]) -> tuple[int, int | None]:
    """The lead (pick_lead, then what happened after a general opener, then the headline's news) and
    the opener it replaced; ``texts`` gets the report said as a lead."""
    first = opening.standfirst
    lead, replaced = pick_lead(texts, verdicts, first, opening.said)
    report = _report_after(texts, verdicts, lead, first) if replaced is None else None
    if report:  # "In Krisengebieten hilft oft nur Bargeld." gives way to what happened
        replaced, lead = lead, report[0]
        texts[lead] = report[1]
    whole = lead in opening.said  # (a headline said gives way to the body telling all of it)
    if whole:
        terms = key_terms(texts[lead])
    elif not terms and lead >= first and tells_no_news(texts[lead]):
        terms = standfirst_terms(opening)  # (agency copy: its headline is the standfirst)
    told = _headline_lead(texts, verdicts, lead, terms, whole)
    if told is not None:
        lead, replaced = told, lead
    return lead, replaced


def readable_units(opening: Opening, terms: frozenset[str] = frozenset()) -> list[Unit]:
    """The sentences that may be read, in reading order: the lead, a standfirst that can be read
    after it (after what follows the lead and points back to it), then the rest in the article's
    order; not those before the lead, nor those needing one that cannot be read. ``terms``: the
    headline's key terms (_headline_lead). lead_news.news_first puts news before a background lead."""
    first = opening.standfirst  # (a kicker before the body is not read, nor judged: "Sie tagen wieder: ...")
    texts = [without_kicker(t) if i <= first
             else study_frame_said(latest_said(without_kicker(t, pointing_only=True)))
             for i, t in enumerate(opening.sentences)
             if i < first or not announcing(t)]  # "Auch Österreich hilft.": never read, nor pointed at
    verdicts = _body_stands_alone(texts, [verdict(i, texts) for i in range(len(texts))], first)
    speakers_lent(texts, verdicts)  # "..., so Ulamec." after reported speech: "..., sagte Ulamec."
    texts, verdicts, written = _detached(texts, verdicts)
    lead, replaced = _lead_of(texts, verdicts, opening, terms)
    verdicts = with_event_told_next(lead, texts, verdicts)
    readable = _readable(texts, verdicts, first, {replaced, *(opening.said - {lead})})
    body = " ".join(texts[first:])
    standfirst = read_after_lead(texts, readable, first, lead)
    read = {lead, *standfirst, *(i for i in readable if i > lead)}
    needed = _pointed_to(texts, verdicts, lead)  # each: one of these
    needed |= _antecedents(texts, verdicts, lead, read)
    needed |= told_by_lead(needed, texts, verdicts, lead, first)
    also = _also_needed(texts, verdicts, lead, read) | unheard_things(texts, verdicts, lead, read) | {
        i: later for i, later in answered_later(texts).items() if i != lead}
    # (a standfirst leading brings its own next sentence when that leans on it: "Er hatte als Abholer ...")
    rest = [i for i in readable if i > lead and (i >= first or needed.get(i) == [lead])]
    chain = 0  # the sentences right after the lead that point back to it stay with it
    while chain < len(rest) and rest[chain] == lead + chain + 1 and needed.get(rest[chain]) == [lead + chain]:
        chain += 1
    position: dict[int, int] = {}
    units: list[Unit] = []
    for original in [lead, *rest[:chain], *(i for i in standfirst if i not in rest[:chain]), *rest[chain:]]:
        needs = [position[n] for n in needed.get(original, []) if n in position] if original != lead else []
        besides = [position[n] for n in also.get(original, []) if n in position]
        orphan = original != lead and original in needed and not needs
        lent = _lent_names(original, texts, verdicts[original][0], needed[original]) if orphan else ()
        if (orphan and not lent) or (original != lead and original in also and not besides):
            continue  # what it points back to is not read
        position[original] = len(units)
        text = texts[original]
        if original == lead:
            text = _lead_alone(texts, lead, opening.place)
        text = without_link_words(text)
        text = with_names(text, lent)  # "für Hoeneß" -> "für Uli Hoeneß": the given name was never read
        text = as_reported(speaker_first(text), body)  # "X meinte: Ich bin ..." -> ", er sei ..."
        # "mit einem 4:6,6:4,6:0-Finalerfolg" -> "... in drei Sätzen"; "Beispiel GmbH" -> "Beispiel"
        text = without_legal_form(said_by_ear(text))
        text = without_election_base(text)  # ", ein Minus von 9,2 Prozentpunkten gegenüber der Wahl 2024"
        text = weekday_for_day_word(text)  # "heute, Dienstag," is right only on that day: "am Dienstag"
        share = STANDFIRST_NEW if original in standfirst else MIN_NEW
        follows = position.get(original - 1) if original in written else None
        units.append(Unit(len(units), text, needs[0] if needs else None, share, tuple(needs[1:]),
                          tuple(besides), names=lent, follows=follows, as_written=written.get(original, "")))
    return units


def reordered(units: list[Unit], moved: dict[int, int]) -> list[Unit]:
    """``units`` with each index (their own and those they point to) mapped by ``moved``."""
    return [replace(u, index=moved[u.index], needs=None if u.needs is None else moved[u.needs],
                    or_else=tuple(moved[i] for i in u.or_else), also=tuple(moved[i] for i in u.also),
                    follows=None if u.follows is None else moved[u.follows]) for u in units]

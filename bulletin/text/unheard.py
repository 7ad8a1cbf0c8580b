"""What a sentence read after the lead names as known that the listener never heard: a thing only a
sentence left out introduced ("Doskozil nennt das Leitsystem." after the teaser's "Leitsysteme"), a
thing only something told before can be ("die Vorwürfe"), a project or a person named in passing in a
long sentence ("Die Gesamtkosten des Projekts ...", "der Wagen der Frau"), a proposal on nothing
named. Used by units.py: such a sentence is read only with the sentence that tells it, or never.
"""

from __future__ import annotations

import re

from bulletin.text.antecedents import (
    capitalized_words,
    definite_nouns,
    introduced_with_article,
    mentions,
    same_noun,
    with_role_introduced,
)
from bulletin.text.known import PLAN_TOLD_BEFORE, TOLD_BEFORE
from bulletin.text.named_again import opens_with_name_in

SHORT_SENTENCE = 6  # words: "Doskozil nennt das Leitsystem." says little besides the thing it names


def unheard_things(texts: list[str], verdicts: list[tuple[int | None, str]], lead: int,
                    read: set[int]) -> dict[int, list[int]]:
    """For each short sentence read that names with the definite article a thing only sentences
    left out introduced ("Doskozil nennt das Leitsystem." after the teaser's "Leitsysteme"): those
    sentences. It says little besides that thing, and the listener asks "which one?"; a longer
    sentence names such a thing in passing ("in einer Ecke des Eises"), but for a project or a person
    (told_in_passing)."""
    found = {}
    heard = with_role_introduced(texts[lead], texts[lead - 1] if lead else "")
    for index in sorted(read - {lead}):
        if verdicts[index][1]:
            continue
        if (just_before := _named_just_before(texts[index], texts[:index], read)) is not None:
            found[index] = just_before
            continue
        if len(texts[index].split()) > SHORT_SENTENCE:  # (but "des Projekts", "der Frau": told_in_passing)
            if (passing := told_in_passing(texts[index], texts[:index], read, heard)) is not None:
                found[index] = passing
            continue
        unheard = introduced_with_article(texts[index], texts[:index], heard)
        if unheard and not read.intersection(unheard):
            found[index] = unheard
        elif _told_before(texts[index], " ".join(texts[:index])):
            found[index] = []  # "Kogler wies die Vorwürfe zurück." where no sentence told them
        elif (named := [i for i, t in enumerate(texts[:index]) if opens_with_name_in(texts[index], t)]) \
                and not read.intersection(named):
            found[index] = named  # "Maria Stütz bleibt.": who she is, only a scene left out told
    return found | _set_up_or_bare(texts, read - {lead}) | _figures_told(texts, read - {lead})


def _named_just_before(sentence: str, before: list[str], read: set[int]) -> list[int] | None:
    """The sentence just ``before`` a ``sentence`` opening with a thing as known ("Die Wahl soll binnen
    vier Wochen stattfinden.") when it tells of a new one ("Bis zur Wahl eines Nachfolgers ...", "eine
    neue Wahl") and another that may be ``read`` (the lead too) names one of its kind ("die
    Gemeinderatswahl im Jänner", "bei der letzten Wahl"): without it the listener takes it for that other
    one. Else None."""
    noun = next((noun for noun, first in definite_nouns(sentence) if first), "")  # (heard or not)
    if not noun or not before:
        return None
    named = re.escape(noun)
    new_one = rf"\b(?:ein|eine|einer|einem|einen)\s+(?:[a-zäöüß]+\s+)?{named}\b|\b{named}\s+(?:eines|einer)\b"
    if not re.search(new_one, before[-1]):  # (not "mit seiner Bewegung X": the one known)
        return None
    others = any(same_noun(noun, word) for i, text in enumerate(before[:-1]) if i in read
                 for word in capitalized_words(text))
    return [len(before) - 1] if others else None  # (named nowhere else: takes_for_known needs that one)


# "Die 2.400 offenen Stellen verteilen sich ...": a figure with the definite article, as known
_KNOWN_FIGURE = re.compile(r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+(?:rund\s+|knapp\s+)?"
                           r"(?P<figure>\d[\d.,]*\d|\d)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]")


def _figures_told(texts: list[str], read: set[int]) -> dict[int, list[int]]:
    """A sentence naming a figure as known ("Die 2.400 offenen Stellen verteilen sich ...") with
    one before it that tells the figure ("2.400 Lehrstellen waren offen"): those before it. Read
    without them, the listener asks "which 2.400?"."""
    found = {}
    for index in sorted(read):
        for match in _KNOWN_FIGURE.finditer(texts[index]):
            said = re.compile(rf"(?<![\w.,]){re.escape(match['figure'])}(?![\w,]|\.\d)")
            told = [i for i, text in enumerate(texts[:index]) if said.search(text)]
            if told:
                found[index] = told
                break
    return found


def _set_up_or_bare(texts: list[str], read: set[int]) -> dict[int, list[int]]:
    """A set-up read only with the turn after it ("Der Nachlass galt lange als verschollen." "Erst
    2023 ..."), a proposal on nothing named with the sentence before ("Eine Arbeitsgruppe soll
    Vorschläge vorlegen.")."""
    found = {}
    for index in sorted(read):
        if index + 1 < len(texts) and _SET_UP.search(texts[index]) and texts[index + 1].startswith("Erst "):
            found[index] = [index + 1]
        if len(texts[index].split()) <= BARE_PLAN_WORDS and _BARE_PLANS.search(texts[index]):
            found[index] = [index - 1]
    return found


def _told_before(text: str, heard: str) -> bool:
    """``text`` names with the definite article a thing only something told before can be ("Der
    Rückgang setzt sich fort.", "die Vorwürfe") that ``heard`` does not name."""
    return any(n in TOLD_BEFORE and not mentions(heard, n) for n, _ in definite_nouns(text))


# "Eine Arbeitsgruppe soll bis Jahresende Vorschläge vorlegen.": proposals on nothing named, a next step
# of the sentence before
_BARE_PLANS = re.compile(r"\b(?:Vorschläge|Lösungen|Maßnahmen|Details|Konsequenzen)\s+(?:vorlegen|vorgelegt"
                         r"|ausarbeiten|erarbeiten|präsentieren|vorstellen|liefern|ziehen)\b")
BARE_PLAN_WORDS = 9
_SET_UP = re.compile(r"\bgalt(?:en)?\s+lange\b|\blange\s+(?:Zeit\s+)?(?:als\s+)?(?:verschollen|vergessen)\b")


# "Bau", "Sanierung", "geplanten": a lead telling an undertaking, which "das Projekt" can name
_UNDERTAKING = re.compile(r"(?:[Bb]au|[Ss]anierung|[Ee]rweiterung|[Pp]lan|[Pp]läne|[Rr]eform|[Pp]rojekt)\w*\b"
                          r"|\bgeplant")
# "der Wagen der Frau": a person named as known, where the lead names no one ("drei Menschen")
_PEOPLE = frozenset("Frau Mann Lenkerin Lenkers Fahrerin Fahrers".split())  # (not "die Fahrer": any)
_SOMEONE = re.compile(r"\b\d+-[Jj]ährige\w*|\b(?:Frau|Mann|Lenker\w*|Fahrer\w*|Pensionist\w*|Bub|Mädchen"
                      r"|Kind|Mutter|Vater|Radfahrer\w*|Fußgänger\w*|[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+er)\b"
                      # "ein deutscher Staatsbürger", "eine Anrainerin": someone introduced by a noun
                      r"|\b[Ee]ine?[rm]?\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:er|in)\b")


_CHARGES = frozenset("Vorwürfe Vorwurf Anschuldigungen".split())  # answered: read only with the charge
# a lead telling of a charge ("Rücktritt", "Anzeige", "Ermittlungen"): "die Vorwürfe" are the ones it implies
_CHARGED = re.compile(r"\b(?:Vorw[üu]rf\w*|Rücktritt\w*|Anzeige\w*|Verdacht\w*|Ermittlung\w*|angeklagt"
                      r"|beschuldigt)")
_ASKED_ABOUT = PLAN_TOLD_BEFORE | _PEOPLE | _CHARGES
SAID_WORDS = 40  # words: a sentence longer than this is never read after a lead, so never heard before


def told_in_passing(sentence: str, before: list[str], read: set[int], heard: str) -> list[int] | None:
    """For a long ``sentence`` naming as known, in passing, a thing or person only a sentence
    ``before`` it can have told: "das Projekt" or "das Vorhaben" ("Die Gesamtkosten des Projekts ...")
    named by nothing before it where no undertaking was heard (a grant, not what it builds): [],
    never read; a person ("der Wagen der Frau") where the lead (``heard``) names no one: the
    sentences ``read`` before it that name someone (by ear, "which woman?"); the charge it answers ("wies
    die Vorwürfe zurück"): the sentences before it that tell it. Else None."""
    nouns = [noun for noun, _ in definite_nouns(sentence) if noun in _ASKED_ABOUT]
    if not nouns:
        return None
    charges = [noun for noun in nouns if noun in _CHARGES]
    if charges and not _CHARGED.search(heard):  # "wies die Vorwürfe zurück": the sentences telling them
        return [i for i, text in enumerate(before) if any(mentions(text, n) for n in charges)]
    said = " ".join(before)
    nouns = [noun for noun in nouns if not mentions(said, noun)]
    told = " ".join([heard, *(t for i, t in enumerate(before) if i in read and t.count(" ") < SAID_WORDS)])
    if not _UNDERTAKING.search(told) and any(noun in PLAN_TOLD_BEFORE for noun in nouns):
        return []
    if not _SOMEONE.search(heard) and any(noun in _PEOPLE for noun in nouns):
        return [i for i, text in enumerate(before) if i in read and _SOMEONE.search(text)]
    return None

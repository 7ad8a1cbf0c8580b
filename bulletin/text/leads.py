"""Which sentence leads an item: the first after the standfirst that can open it on its own, unless
that one reports nothing and a sentence near it tells a datable event ("Kommenden Donnerstag
startet ..." after "Der Einsatz von K.-o.-Tropfen gilt als erwiesen"), or the article reads like a
commentary; a standfirst that the body's first sentence takes for known leads instead of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bulletin.text.antecedents import definite_nouns, told_first_by
from bulletin.text.asked_for import tells_incident, tells_people_hit
from bulletin.text.findings import RESEARCH
from bulletin.text.genre import (
    SCORE,
    reads_as_opinion,
    result_before_goal,
    sets_a_scene,
    standing_after,
)
from bulletin.text.grammar import first_person, opening_reference
from bulletin.text.headlines import leans_on_headline
from bulletin.text.known import CONTESTS, KNOWN, LIGHT_NOUNS
from bulletin.text.news import (
    RECAP,
    TIME,
    WEEKDAYS,
    datable_event,
    hard_facts,
    key_terms,
    past_perfect,
    reports_event,
    restates,
    terms_in,
)
from bulletin.text.openers import BACKGROUND, bad_luck, tells_no_news
from bulletin.text.teasers import anyones_case, headline_shaped, named_in_full, readable_standfirst
from bulletin.text.verbs import PARTICIPLE
from bulletin.text.verdicts import only_a_toll, takes_for_known

LEAD_SEARCH = 4  # the lead is the first of this many sentences that can open an item alone
FEATURE_SEARCH = 8  # after a feature's scene its news may come further on: this many sentences
_QUOTE_MARKS = ("„", '"', "»", "«")


def pick_lead(texts: list[str], verdicts: list[tuple[int | None, str]],
              first: int, headlines: frozenset[int] = frozenset()) -> tuple[int, int | None]:
    """The first sentence after the standfirst that can open an item on its own: pointing back to
    nothing and taking for known nothing the body said before it. Failing that among the first
    LEAD_SEARCH, a standfirst sentence that is a whole sentence, then a later one.

    A lead that reports nothing ("Der Einsatz von K.-o.-Tropfen gilt als erwiesen") gives way to the
    first sentence (standfirst included) with a datable event or a statement ("Kommenden Donnerstag
    startet auf RTL ..."); in an article that reads like a review or a commentary ("Der Rückzieher
    ... ist ein schwerer Fehler"), so does any lead, else to the first that reports something:
    that is its news. A standfirst sentence said from a headline (``headlines``) leads when the
    body opens leaning on it ("Der Beschluss fiel ...", "Die Betroffenen sollen ..."). Returns the
    lead and the opener it replaced, which is not read either (a feature's or a commentary's first
    sentence is not news after the lead either)."""
    readable = [i for i, (_, why) in enumerate(verdicts) if not why]

    def alone(i: int) -> bool:
        return (verdicts[i][0] is None and not opening_reference(texts[i]) and not first_person(texts[i])
                and not only_a_toll(texts[i]) and not _SO_FAR.match(texts[i])
                and not _FRONTED_DONE.match(texts[i])
                and not bad_luck(texts[i])  # "Wer ... wollte, hatte Pech.": what happened comes after
                and takes_for_known(i, texts, first, "", bridging=False) is None)

    after = [i for i in readable if i >= first]
    before = [i for i in readable
              if i < first and (i in headlines or readable_standfirst(texts[i])) and alone(i)]
    said, before = [i for i in before if i in headlines], [i for i in before if i not in headlines]
    if said and after and _said_headline_leads(texts, said[0], first, after, alone):
        return said[0], None
    found = [i for i in after[:LEAD_SEARCH] if alone(i)] or before or [i for i in after if alone(i)]
    # "Das Feuer war ... ausgebrochen", "..., starb Reischl": the standfirst told of it first
    opener = found[0] if found and after and found[0] == after[0] else None
    if opener is not None and before and (told_first_by(texts[before[0]], texts[opener]) or (
            _kicker_takes_for_known(texts[opener]) and not restates(texts[before[0]], texts[opener]))):
        found = before + found
    lead = (found or after or readable or [0])[0]
    if before and _standfirst_first(texts, verdicts, before[0], lead, first):
        return before[0], None
    over_background = _standfirst_over_background(texts, verdicts, before, lead, first)
    if over_background is not None:
        return over_background
    over = _over_opener(texts[0], texts[lead]) if before and before[0] == 0 and lead == first else None
    if over is not None:
        return 0, (lead if over else None)
    near = before + [i for i in after[:LEAD_SEARCH] if alone(i)]
    scene = not before and _opens_with_scenes(texts, first)  # (else a standfirst leads)
    dated = (scene and _news_after_scene(texts, after, alone, first)) or _dated(texts, near)
    if reads_as_opinion(texts[first:first + 3]) or (scene and dated):
        newsy = dated or [i for i in near if reports_event(texts[i])]
    elif reports_event(texts[lead]) and not texts[lead].startswith(_QUOTE_MARKS):
        newsy = []  # (an interview's opening quote reports nothing: "„Gratis war ein Irrtum“, sagt X.")
    else:  # or a standfirst telling what someone wants or did ("Die neue Schulsprecherin X will ...")
        # before a portrait's first line ("X hat einen vollen Terminkalender.")
        told = [i for i in before if reports_event(texts[i])]
        newsy = told or dated
    # (a scene's next sentence leaning on it is more scene: "Hunderte Menschen haben hier gewartet")
    leaning = told_next(lead, texts, verdicts) and not sets_a_scene(texts[lead])
    if not newsy or min(newsy) == lead or leaning:
        return lead, None
    return min(newsy), (lead if not reports_event(texts[lead]) else None)


def _said_headline_leads(texts: list[str], said: int, first: int, after: list[int],
                         alone: Callable[[int], bool]) -> bool:
    """The headline said as a sentence at ``said`` leads when the body's first readable sentence (the
    first of ``after``) leans on it ("Der Beschluss fiel ...", or cannot open alone); after a reporter's
    scene opening the body (at ``first``), when it tells the incident ("Ein Reisebus ist ...
    umgestürzt"), or the sentence after the scene cannot open alone either ("Der Energieversorger ist
    Opfer ... geworden"); not a plan the news after the scene tells in full."""
    headline, opener = texts[said], texts[after[0]]
    if sets_a_scene(texts[first]) or sets_a_scene(opener):
        news = next((i for i in after if not sets_a_scene(texts[i])), None)  # the first after the scene
        # ("Bei einem Großbrand ... sind in der Nacht auf Mittwoch 43 Rinder verendet" says more; not "Das
        # Fahrzeug kam am Donnerstag ... ab" or "Bei dem Brand ...", which the scene introduced)
        if news is not None and alone(news) and tells_incident(texts[news]) and _WEEKDAY.search(texts[news]) \
                and _INDEFINITE.match(texts[news]):
            return False
        return tells_incident(headline) or tells_people_hit(headline) or news is None or not alone(news)
    # ("Die Daten tauchten ... auf": it says less; "Im Dezember war man noch von 1,1 Prozent ausgegangen":
    # what was before the news)
    return not alone(after[0]) or leans_on_headline(opener) or past_perfect(opener) or tells_no_news(opener)


def _standfirst_first(texts: list[str], verdicts: list[tuple[int | None, str]], standfirst: int, lead: int,
                      first: int) -> bool:
    """The ``standfirst`` sentence leads over the ``lead`` found after it: a result before the first
    goal's minute ("Sturm hat Rapid mit 3:1 besiegt"), news before "Wie berichtet, ...", or news the
    body's first sentence goes on from ("Damit erhalten ..." after "Der Nationalrat hat ... beschlossen.")."""
    if lead == first and result_before_goal(texts[standfirst], texts[lead]):
        return True
    news = reports_event(texts[standfirst])
    if lead >= first and RECAP.match(texts[lead]) and news:
        return True
    pointed = verdicts[first][0] if first < len(verdicts) else None
    return news and pointed is not None and pointed < first


def _standfirst_over_background(texts: list[str], verdicts: list[tuple[int | None, str]], before: list[int],
                                lead: int, first: int) -> tuple[int, int | None] | None:
    """The standfirst's first whole sentence (after a headline) and the opener it replaces, when it
    tells news in its own words and the body opens with a scene, background ("Die Blätter liegen in
    Mappen.") or what has long been so ("Der Tajo ist ..., um sein Wasser wird seit Jahrzehnten
    gestritten"); else None."""
    top = before[0] if before and all(verdicts[j][1] for j in range(before[0])) else None
    if top is None or lead < first:
        return None
    if _news_before(texts[top], texts[lead]) or (
            any(map(sets_a_scene, texts[first:lead + 1])) and own_words(texts[top])):
        # a scene or background opens the body, not news of its own ("Die Wochenzeitung wird künftig
        # nur noch online angeboten." after its last print date)
        return top, (None if _FROM_NOW.search(texts[lead]) else lead)
    if lead == first and _LONG_STANDING.search(texts[lead]) and own_words(texts[top], texts[lead]):
        return top, None  # (how it was, read after the news)
    return None


def _opens_with_scenes(texts: list[str], first: int) -> bool:
    """The body opens with a scene, or two of its first three sentences are scenes (a feature)."""
    scenes = sum(map(sets_a_scene, texts[first:first + 3]))
    return first < len(texts) and (sets_a_scene(texts[first]) or scenes >= 2)


def _dated(texts: list[str], near: list[int]) -> list[int]:
    """Of ``near``, those telling an event with a time or a speaker; "Seit dem Auslaufen der Quote ist
    die Produktion gestiegen" is how it came to this: the event itself ("Die Molkerei senkt ab 1. März
    den Preis") comes first when there is one."""
    dated = [i for i in near if datable_event(texts[i]) and not RECAP.match(texts[i])]  # (no "Wie berichtet")
    return [i for i in dated if not BACKGROUND.match(texts[i])] or dated


# "Einen Nachfolger gab es nicht": what was missing, how it came to the news
_NONE_THERE = re.compile(r"\bgab\s+es\s+(?:nicht|keine[nr]?)\b")
_HERE = re.compile(r"\bhier\b")  # "Hunderte Menschen haben hier seit dem Morgen gewartet": the scene still


def _news_after_scene(texts: list[str], after: list[int], alone: Callable[[int], bool],
                      first: int) -> list[int]:
    """After a feature's or a reporter's scene opening the body (at ``first``: "Die Probebühne riecht
    nach Farbe ...", "Es war kurz nach 15.30 Uhr, als ..."), the sentences further on that can open
    alone and report something, not background; those naming a time first ("Ab der Saison 2027/28
    wird X Intendantin ...": the news a portrait was written for), not the scene's "hier"."""
    later = [i for i in after[:FEATURE_SEARCH] if i != first and alone(i) and reports_event(texts[i])
             and not BACKGROUND.match(texts[i]) and not _HERE.search(texts[i])
             and not _NONE_THERE.search(texts[i])]
    # "Zwei Passagiere waren sofort tot." first, and "Die Brauerei X ... ist zahlungsunfähig."
    incident = [i for i in later if tells_incident(texts[i]) or _INSOLVENT.search(texts[i])]
    if incident:  # not "Am Abend erlag ein Mann seinen Verletzungen." for its time
        return incident
    timed = [i for i in later if TIME.search(texts[i])]
    return [i for i in timed if datable_event(texts[i])] or later


_INSOLVENT = re.compile(r"\b(?:ist|sind)\s+(?:zahlungsunfähig|insolvent|pleite)\b")
# "Bisher ist die Teilnahme freiwillig.": how it was until the news, which a lead must tell first
_SO_FAR = re.compile(r"^(?:Bisher|Bislang)\b")
_FROM_NOW = re.compile(r"\b(?:künftig|ab sofort|in Zukunft|fortan)\b")
# "Entdeckt hat das Leck ein Forscher", "Ausgelöst wurde der Brand ...": who or what did what was told
_FRONTED_DONE = re.compile(rf"^(?i:{PARTICIPLE})\s+(?:hat|haben|hatte|hatten|wurde|wurden)\b")


_DAYS = re.compile(rf"(?:{WEEKDAYS})\w*|nacht|früh|abend|morgen", re.I)
_WEEKDAY = re.compile(rf"\b(?:{WEEKDAYS})", re.I)
_INDEFINITE = re.compile(r"(?:\S+\s+){0,2}?(?:[Ee]in|[Ee]ine|[Ee]inem|[Ee]iner|[Ee]ines|[Ee]inen)\s")
OTHER_THAN_STANDFIRST = 0.25  # under this share of the standfirst's key terms, the opener speaks of else


_METHOD = re.compile(r"\b(?:ausgewertet|untersucht|analysiert|befragt|verglichen|gemessen|erhoben)\b")


def _news_before(standfirst: str, opener: str) -> bool:
    """The standfirst reports an event in its own words, everything it speaks of introduced ("Die
    Landesgalerie Niederösterreich erhält 312 Zeichnungen der Malerin X"), and the body's opener
    speaks of something else (a scene: "Die Blätter liegen in grauen Archivmappen"; background:
    "Bisher ist die Teilnahme ... freiwillig")."""
    if not own_words(standfirst) or (RESEARCH.search(standfirst) and _METHOD.search(standfirst)):
        return False  # ("Ein Forschungsteam hat Radardaten ausgewertet.": how, before what it found)
    terms = frozenset(t for t in key_terms(standfirst) if not _DAYS.fullmatch(t))
    return len(terms) >= 4 and len(terms_in(opener, terms)) < OTHER_THAN_STANDFIRST * len(terms)


def _words_before_figures(standfirst: str, opener: str) -> bool:
    """The standfirst tells the news in plain words ("Die Arbeitslosigkeit ist im Feber erneut
    gestiegen.") and the body's opener in raw figures a listener cannot take in first ("... waren Ende
    Feber 291.460 Personen arbeitslos gemeldet, dazu kamen 61.020 ...")."""
    large = re.findall(r"\b\d{1,3}(?:\.\d{3})+\b", opener)
    return len(large) >= 2 and not re.search(r"\d", standfirst) and own_words(standfirst)


def _kicker_takes_for_known(opener: str) -> bool:
    """The body's opener begins with a kicker whose subject is named as known: what the standfirst
    told ("Nach mehr als zwölf Stunden Verhandlung ist der Durchbruch gelungen: Die ..."; not a place
    after a preposition: "... werden in der Stadthalle erwartet: ...")."""
    kicker = re.match(r"^[^:„“\"]{1,90}:\s+(?=[A-ZÄÖÜ])", opener)
    words = kicker.group(0).split() if kicker else []
    return any(word.lower() in ("der", "die", "das") and i and words[i - 1].lower() not in _PREPOSITIONS
               and (noun := words[i + 1].strip(":,"))[:1].isupper() and noun not in LIGHT_NOUNS | KNOWN
               for i, word in enumerate(words[:-1]))


_PREPOSITIONS = frozenset("in an auf aus bei mit nach von vor zu über unter für gegen durch um seit bis"
                          .split())


def _dated_before_detail(standfirst: str, opener: str) -> bool:
    """The standfirst tells, in its own words, when an event happened ("Ein schweres Hagelunwetter
    ist am Dienstagabend über die Süd- und Oststeiermark gezogen.") and the body's opener a detail
    of it without a time or a person the standfirst named ("Innerhalb von nur 20 Minuten fielen ...
    Hagelkörner ..."; not "Die Regisseurin Miriam X wird ..." after "Miriam X übernimmt 2026 ...")."""
    return (own_words(standfirst) and bool(_WEEKDAY.search(standfirst)) and not _WEEKDAY.search(opener)
            and not datable_event(opener) and not named_in_full(standfirst) & named_in_full(opener))


# "gestiegen", "gesteigert", "mit 3:1 gewonnen": what changed, the news of figures and results
_CHANGED = re.compile(r"\b(?:gestiegen|gesunken|gesteigert|gesenkt|erhöht|verdoppelt|halbiert|zurückgegangen"
                      r"|gefallen|zugelegt|eingebrochen|gewonnen|verloren|ausgebaut)\b")


def _over_opener(standfirst: str, opener: str) -> bool | None:
    """Whether the standfirst leads before the body's opener, and if so whether the opener is left
    out (True) or read after it (False): a detail told without a day ("Ein Hagelunwetter ist am
    Dienstagabend ... gezogen." before its hailstones' size), raw figures, or a state or verdict
    after the change (read when it gives figures: "412.350 Personen"; not "ein wichtiger Schritt")."""
    if _dated_before_detail(standfirst, opener) or _words_before_figures(standfirst, opener):
        return False
    if _change_before_state(standfirst, opener):
        return not _MEASURED.search(opener)
    return None


_MEASURED = re.compile(r"\b\d+(?:[.,]\d+)+\b|\b\d+\s+(?:Prozent|Euro|Personen|Menschen|Stellen)\b")


def _change_before_state(standfirst: str, opener: str) -> bool:
    """The standfirst tells in its own words what changed ("Die Arbeitslosigkeit ist im Feber erneut
    gestiegen.", "Sturm Graz hat das Schlagerspiel gegen Rapid mit 3:1 gewonnen ...") and the body's
    opener only a state or a verdict on it ("Ende Feber waren 412.350 Personen arbeitslos.", "...
    einen wichtigen Schritt Richtung Titel gemacht."): readers asked for the change first."""
    def changed(said: str) -> bool:
        return bool(_CHANGED.search(said) or SCORE.search(said))

    return own_words(standfirst) and changed(standfirst) and not changed(opener)


_MATCH_THINGS = re.compile(rf"(?:{'|'.join(CONTESTS)})$|^(?:Tabellen|Meister)", re.I)


# "um sein Wasser wird seit Jahrzehnten gestritten": what has long been so, the background to the news
_LONG_STANDING = re.compile(r"\bseit\s+(?:Jahrzehnten|Jahren|Langem|Generationen|Jahrhunderten|jeher)\b")


def own_words(standfirst: str, opener: str = "") -> bool:
    """The standfirst reports an event in words of its own, everything it speaks of introduced
    ("Zwei Bergsteiger sind am Dachstein lebend geborgen worden") or named by the body's ``opener``
    read after it ("aus dem Tajo" before "Der Tajo ist ..."), so that it can lead."""
    if len(standfirst.split()) < 7 or not reports_event(standfirst) or headline_shaped(standfirst) \
            or anyones_case(standfirst):
        return False
    # not "die Jury", "das Land", "Die Wiener Autorin": what the headline named
    nouns = definite_nouns(standfirst)  # (a match and the table introduce themselves: "das Derby gegen X")
    return not any(noun not in LIGHT_NOUNS and not _DAYS.fullmatch(noun) and not _MATCH_THINGS.search(noun)
                   and not re.search(rf"\b{re.escape(noun)}\b", opener) for noun, _ in nouns)


def told_next(lead: int, texts: list[str], verdicts: list[tuple[int | None, str]]) -> bool:
    """The sentence after the lead tells its event and leans on it: "Der FC Muster bleibt das Maß
    aller Dinge." and "Die Steirer setzten sich am Freitag mit 2:1 durch." lead together (the
    second would go with the first if another sentence led)."""
    after = lead + 1
    return after < len(texts) and verdicts[after] == (lead, "") and datable_event(texts[after])


def with_event_told_next(lead: int, texts: list[str],
                         verdicts: list[tuple[int | None, str]]) -> list[tuple[int | None, str]]:
    """``verdicts`` with a lead reporting nothing and the event told next (told_next) made one
    sentence of ``texts`` at the lead's place: they are never read apart."""
    if reports_event(texts[lead]) or not told_next(lead, texts, verdicts):
        return verdicts
    texts[lead] = f"{texts[lead]} {texts[lead + 1]}"
    verdicts = [(lead if n == lead + 1 else n, why) for n, why in verdicts]
    verdicts[lead + 1] = (None, "read with the lead")
    return verdicts


def told_by_lead(needed: dict[int, list[int]], texts: list[str], verdicts: list[tuple[int | None, str]],
                 lead: int, first: int) -> dict[int, list[int]]:
    """Sentences leaning on a body sentence that is not read, when a standfirst that leads told its
    facts ("Die Grazer bauen ihre Tabellenführung damit aus" after a scene ending in the 2:1 that
    "Sturm hat ... mit 2:1 gewonnen" leads with): they lean on the lead, which the listener heard."""
    if lead >= first:
        return {}
    told = hard_facts(texts[lead])
    return {i: [lead] for i, on in needed.items() if len(on) == 1 and on[0] >= first and (
            (verdicts[on[0]][1] and len(hard_facts(texts[on[0]]) & told) >= SAME_FACTS)
            or standing_after(texts[lead], texts[i]))}


SAME_FACTS = 2  # hard facts a lead and an unread sentence share to tell the same (the two goals of "2:1")


# "Im Erdgeschoß des Gebäudes im Zentrum von Herzogenburg hatten Unbekannte ...": the house of the
# reporter's scene, said where the news happened ("Im Zentrum von Herzogenburg")
_SCENE_HOUSE = re.compile(r"^(?:Im|In der|Vor dem|Vor der|Hinter dem|Neben dem)\s+[A-ZÄÖÜ][\w-]*\s+"
                          r"(?:des|der)\s+(?:Gebäudes|Hauses|Wohnhauses|Mehrparteienhauses|Hotels|Lokals|Geschäfts)\s+"
                          r"(?=(?:im|in|am|an)\s)")
# "hatten unbekannte Täter ... gesprengt, teilte die Polizei mit": the past perfect of the background
# the news was told after; alone it is told in the perfect
_PLUPERFECT = re.compile(r"^(?P<front>[^,]*?)\b(?P<aux>hatte|hatten)\b"
                         r"(?P<rest>[^,;:]*?\s(?:ge[a-zäöüß]+t|[a-zäöüß]+iert)(?:[,.]))")


def as_news(lead: str) -> str:
    """A lead taken from after a scene or a standfirst, said as news: without the scene's house
    ("Im Erdgeschoß des Gebäudes im Zentrum von X" -> "Im Zentrum von X") and its past perfect in
    the perfect ("hatten Unbekannte ... gesprengt" -> "haben Unbekannte ... gesprengt")."""
    scene = _SCENE_HOUSE.match(lead)
    if scene:
        lead = lead[scene.end()].upper() + lead[scene.end() + 1:]
    match = _PLUPERFECT.match(lead)
    # (not what lasted until then: "Seit dem Frühjahr hatte der SC X keinen Heimsieg mehr gefeiert" said
    # "hat" is false the evening it wins at home)
    if match and not re.match(r"^(?:Als|Nachdem|Bevor|Weil|Da|Wie|Dass|Ob)\b", lead) \
            and not re.search(r"\b[Ss]eit\b|\bnoch nie\b|\bkein\w*\b[^,;:]*\bmehr\b", match[0]):
        aux = "hat" if match["aux"] == "hatte" else "haben"
        lead = f"{match['front']}{aux}{match['rest']}{lead[match.end():]}"
    return lead

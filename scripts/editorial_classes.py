"""The outside reader's detectors for the classes a news editor heard in the second round of issue 16
(used by eval_editorial.py): written apart from the condenser's rules (bulletin/text/antecedents.py,
bulletin/text/news.py) and cruder, so that a count of 0 is not true by construction.

Each takes an item (its text, source and the editorial check's findings) and the article's text
(None when not known) and returns what gave the class away, or "".
"""

from __future__ import annotations

import re

DEFINITE = re.compile(r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Dd]iese[rsmn]?)\s+"
                      r"(?:[a-zäöü][\w-]*\s+){0,2}(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,}[\w-]*)(?P<next>[\s,]+\S+)?")
# Nouns a listener knows without an introduction, and words of time and measure (their beginnings).
EVERYBODY_KNOWS = tuple("""Polizei Regierung Staatsanwalt Feuerwehr Behörde Opposition Armee Öffentlich
    Bevölker Wirtschaft Welt Politik Medien Union Bahn Kirche Parlament Nationalrat Bundestag Landtag Zeit
    Jahr Woche Monat Tag Ende Anfang Mitte Hälfte Zahl Mehrheit Frage Seite Mensch Leute Kinder Frau
    Männer Grünen Sonne Erde Mond Universum Weltall Kosmos""".split())
CONTRAST = re.compile(r"\b(?:aber|jedoch|allerdings|doch|dennoch|trotzdem|nämlich|hingegen|indes)\b")
COUNTERPART = re.compile(r"\b(?:aber|doch|jedoch|allerdings|dennoch|trotzdem|sondern)\b", re.I)
CREDIT_AFTER = re.compile(r"^(?P<lead>.+), (?:berichtet|berichten|meldet|melden) [^,.]+\.$")
WHEN = re.compile(r"\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|heute|gestern|morgen"
                  r"|heuer"
                  r"|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
                  r"|Nacht|Abend|Vormittag|Nachmittag|Woche|bisher|nun|jetzt|(?:19|20)\d\d)\w*", re.I)
STATE_VERBS = {"sein", "gelten", "haben", "bleiben", "scheinen", "heißen"}
JUDGING = re.compile(r"\b(?:schwer\w* Fehler|bemerkenswert|großartig|genial|enttäusch|gelungen|kostbar"
                     r"|ungewöhnlich|peinlich|überzeugend|sehenswert|meisterhaft|brillant|langweilig|beeindruck"
                     r"|hymnisch|Meilenstein|grandios|furios|wunderbar|herrlich|ärgerlich|absurd)\w*", re.I)
WE_OR_YOU = re.compile(r"\b(?:wir|uns|unser\w*|du|dich|dir|euch)\b|(?<=[a-zäöü,] )(?:Sie|Ihnen)\b")
SPEAKING = re.compile(r"\b(?:sag\w*|gesagt|erklär\w*|teilt\w* \w+ mit|mitgeteilt|laut|zufolge|berichte\w*"
                      r"|meldet\w*|so (?:der|die)|betont\w*|warnt\w*|kritisiert\w*|fordert\w*|kündigt\w*)\b")


def _key(noun: str) -> str:
    """The head of a compound, as it is spelt in other forms: "Leitsysteme" -> "eitsystem"."""
    return noun.lower().rstrip("ns").rstrip("e")[-8:]


def definite_without_introduction(said: list[str], article: str | None, body_start: int = 0) -> str:
    """A definite noun phrase ("die Belege") whose noun the article named before the sentence, in
    words the listener did not hear (for the lead: in the body, after the standfirst)."""
    if article is None:
        return ""
    for i, sentence in enumerate(said):
        position = article.find(sentence[:30])
        if position <= 0:
            continue
        for match in DEFINITE.finditer(sentence):
            noun, following = match["noun"], (match["next"] or "").strip(" ,")
            named = following[:1].isupper() or following.startswith(("„", "»", '"'))  # (a name, quoted too)
            if noun.startswith(EVERYBODY_KNOWS) or named or following in ("der", "des"):
                continue
            key = _key(noun)
            heard = " ".join(said[:i]).lower() + sentence[:match.start()].lower()
            before = article[body_start if i == 0 else 0:position].lower()  # the lead: the body before it
            if len(key) >= 4 and key in before and key not in heard:
                return f"{sentence[:50]} ({noun})"
    return ""


def connective_without_counterpart(said: list[str], article: str | None, heard) -> str:
    """A connective answering a sentence the listener did not hear ("Es dürfte aber ...", "Zwar ..."
    with no "aber" after it, "Apropos: ..."). ``heard(sentence, text)``: eval_editorial's test."""
    for i, sentence in enumerate(said):
        first_clause = re.split(r"[,;:–]", sentence, maxsplit=1)[0]
        zwar = re.match(r"Zwar\b", sentence) and not COUNTERPART.search(" ".join(said[i:i + 2])[5:])
        leaning = CONTRAST.search(first_clause[1:]) or re.match(r"Apropos\b", sentence)
        if zwar:
            return sentence[:60]
        if leaning and (i == 0 or not _said_before(sentence, article, " ".join(said[:i]), heard)):
            return sentence[:60]
    return ""


def _said_before(sentence: str, article: str | None, text: str, heard) -> bool:
    """The article's sentence just before ``sentence`` is in ``text`` (unknown article: assume so)."""
    if article is None:
        return True
    position = article.find(sentence[:30])
    if position <= 0:
        return True
    before = re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"»])", article[:position].strip())
    return bool(before) and heard(before[-1], text)


def credit_on_a_non_report(said: list[str], tagger) -> str:
    """ "Punk war eine Bewegung, berichtet der Standard.": the credit after a lead whose only verbs
    are "sein", "gelten", "haben" without a participle, and no time."""
    match = CREDIT_AFTER.match(said[0]) if said else None
    if not match or WHEN.search(match["lead"]):
        return ""
    tokens = re.findall(r"\w+(?:[-.]\w+)*|[^\w\s]", match["lead"])
    if tagger is None:
        states = re.search(r"\b(?:ist|war|sind|waren|gilt|hat)\b", match["lead"]) and not re.search(
            r"\b(?:ge\w+t|ge\w+en|worden)\b", match["lead"])
        return match["lead"][:60] if states else ""
    tags = tagger.tag_sent(tokens, taglevel=1)
    finite = [lemma for _, lemma, tag in tags if "FIN" in tag]  # HanTa: "VA(FIN)", "VV(PP)"
    participle = any("PP" in tag for _, _, tag in tags)
    return match["lead"][:60] if finite and set(finite) <= STATE_VERBS and not participle else ""


def reads_as_opinion(article: str | None, body_start: int) -> str:
    """The article's body opens like a review, feature or commentary: two of judging words, "wir"
    or "Sie" outside quotes, a question, an opening "Wenn ..." in its first four sentences."""
    if article is None:
        return ""
    opening = " ".join(re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"»])", article[body_start:].strip())[:4])
    unquoted = re.sub(r"[„“\"»«][^„“”\"»«]*[“”\"»«]", "", opening)
    tests = (("judging", JUDGING.search(opening)), ("wir/Sie", WE_OR_YOU.search(unquoted)),
             ("question", "?" in opening), ("Wenn", re.match(r"\s*Wenn\b", opening)))
    signs = [label for label, found in tests if found]
    return ", ".join(signs) if len(signs) >= 2 else ""


def no_source_named(item: dict) -> str:
    """No source, and no sentence saying who says so."""
    return "" if item.get("source") or SPEAKING.search(item["text"]) else item["text"][:60]

"""Which standfirst sentences are read after the lead: whole sentences that add a hard fact or
mostly new content to it, that the body does not say with its source, that announce nothing ("Jetzt
gibt es eine Antwort."), promise nothing by nobody's word ("... könnten gegensteuern.") and do not
hold back a name the lead says ("Nun kündigt ein Traditionsunternehmen ... an.").
"""

from __future__ import annotations

import re

from bulletin.text.antecedents import mentions
from bulletin.text.known import BUST, SAME_THING
from bulletin.text.news import (
    NUMBER_WORDS,
    WEEKDAYS,
    facts,
    hard_facts,
    key_terms,
    novelty,
    restates,
    terms_in,
)
from bulletin.text.teasers import announcing, anyones_case, named_in_full, readable_standfirst

# "... könnten gegensteuern.": a promise by nobody's word
_HEDGED = re.compile(r"\b(?:könnten?|dürften?)\b")
# "Nun kündigt ein Traditionsunternehmen aus Baden-Württemberg einen massiven Stellenabbau an.": the
# teaser keeps back the name the lead says; after the lead it is the same news again, vaguer
_NAME_HELD_BACK = re.compile(r"^(?:Jetzt|Nun)\s+[a-zäöüß]+\s+(?:auch\s+)?(?:ein|eine)\s+"
                             r"(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][^\d.]*\.$")


def read_after_lead(texts: list[str], readable: list[int], first: int, lead: int) -> list[int]:
    """The standfirst's sentences (before ``first``) read after the lead: whole sentences adding to
    it that no body sentence says with its source, that announce nothing ("Jetzt gibt es eine
    Antwort."), promise nothing by nobody's word and do not keep back a name."""
    body = " ".join(texts[first:])
    return [i for i in readable if i < first and i != lead and readable_standfirst(texts[i])
            and adds_to_lead(texts[i], texts[lead], body) and not said_in_body(texts[i], texts[lead:])
            and not announcing(texts[i]) and not _HEDGED.search(texts[i])
            and not _NAME_HELD_BACK.match(texts[i]) and not anyones_case(texts[i])]



STANDFIRST_NEW = 0.5  # a standfirst read after the lead must bring at least this share of new facts
# "auf Signale des Minilabors": a thing named in the genitive after a noun
_GENITIVE_THING = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]+ (?:des|der) (?:[a-zäöü][\w-]* ){0,2}([A-ZÄÖÜ][\w-]+)")


def adds_to_lead(standfirst: str, lead: str, body: str) -> bool:
    """A standfirst sentence is worth reading after the lead only for a hard fact the lead lacks
    (a figure, a date, a name) or mostly new content, and never when it says the lead again in
    other words (the same verb: "ist im All verhallt" / "verhallte im All"), nor when it names in
    the genitive a thing neither the lead nor the ``body`` (the article after the standfirst)
    names: written to stand alone, it names it its own way ("auf Signale des Minilabors" after "der
    Landeroboter Philae": by ear a fourth thing)."""
    named = f"{lead} {body}"
    own_names = [t for t in _GENITIVE_THING.findall(standfirst) if not mentions(named, t)]
    if restates(standfirst, lead) or own_names or _introduced_again(standfirst, lead) \
            or _says_the_lead_again(standfirst, lead):
        return False
    if _ALLEGED.search(standfirst) and _CONVICTED.search(lead):
        return False  # "X soll Aufträge vergeben haben" after "X wurde ... verurteilt": no longer alleged
    own, told, heard = hard_facts(standfirst), hard_facts(lead), lead.lower()
    new = {fact for fact in own - told if fact not in heard}  # "Dienstag" is in "Dienstagnachmittag"
    figures = [f for f in own - new if f[0] == "#" or NUMBER_WORDS.fullmatch(f)
               or re.fullmatch(WEEKDAYS, f, re.I)]
    if figures and not new:
        return False  # "... sind am Dienstag zwei Menschen ums Leben gekommen" after "... zwei Todesopfer"
    return bool(new) or novelty(facts(standfirst), facts(lead)) >= STANDFIRST_NEW


def _says_the_lead_again(standfirst: str, lead: str) -> bool:
    """The standfirst (after its kicker) says mostly the lead's words again ("Als eines der ersten
    Länder verbietet Slowenien Einweg-E-Zigaretten" after "Das slowenische Parlament hat ... ein
    Verbot von Einweg-E-Zigaretten beschlossen"), not what someone will or will not do."""
    told = standfirst.rsplit(": ", 1)[-1]
    if _A_CLAIM.search(told):
        return False  # "Der Betriebsrat schließt Streiks nicht aus": what someone will or will not do is new
    if _BUST.search(told) and _BUST.search(lead) and not hard_facts(told) - hard_facts(lead):
        return True  # "Ein Fensterbauer ist zahlungsunfähig." after "... ist ein Sanierungsverfahren ..."
    told, lead = _one_word_each(told), _one_word_each(lead)
    terms = key_terms(told)
    return bool(terms) and len(terms_in(lead, terms)) >= SAID_AGAIN_SHARE * len(terms)


def _one_word_each(text: str) -> str:
    """``text`` with each thing said by one of its names ("Die Teuerung hat sich abgeschwächt" says
    what "Die Inflationsrate ist gesunken" says: known.SAME_THING)."""
    for word, same in SAME_THING.items():
        text = re.sub(rf"\b{word}", same, text)
    return text


# Words for one event, a firm that cannot pay: its nouns (known.BUST) and adjectives.
_BUST = re.compile("|".join((*BUST, "zahlungsunfähig", "insolvent")), re.I)


_A_CLAIM = re.compile(r"\b(?:nicht|kein\w*|will|wollen|soll|sollen|droht|drohen|warnt|warnen|fordert"
                      r"|fordern)\b")


SAID_AGAIN_SHARE = 0.5
_ALLEGED = re.compile(r"\b(?:soll|sollen)\b[^.;:]*\b(?:haben|sein)\b")
_CONVICTED = re.compile(r"\b(?:verurteilt|schuldig gesprochen)\b")
_SOMEONE = re.compile(r"^(?:Ein|Eine)\s+(?P<age>\d+)-Jährige[rn]?\b")
_SOMEONE_AS = re.compile(r"^(?:Ein|Eine)\s+(?:[a-zäöüß\d-]+\s+){0,3}(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:in)?)\s")


def _introduced_again(standfirst: str, lead: str) -> bool:
    """The standfirst introduces as someone new ("Ein 34-Jähriger", "Ein früherer Bankberater" after
    "Ein 52-jähriger ... Bankberater") or again in full ("Die Kärntnerin Max Muster übernimmt ...")
    the person the lead introduced."""
    age, role = _SOMEONE.match(standfirst), _SOMEONE_AS.match(standfirst)
    again = (age and re.search(rf"\b{age['age']}-[Jj]ährige", lead)) or (
        role and re.search(rf"\b(?:[Ee]in|[Ee]ine)\s+(?:[\w-]+\s+){{0,3}}{role['noun']}\b", lead))
    # "Der Autozulieferer Kessler Antriebstechnik streicht ..." after "Der Autozulieferer Kessler ... will"
    opener = re.match(r"^(?:Der|Die|Das)\s+[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+", standfirst)
    again = again or (opener and re.search(rf"\b{re.escape(opener.group(0))}\b", lead))
    return bool(again) or bool(named_in_full(standfirst) & named_in_full(lead))


SHORT_STANDFIRST = 5  # words: a teaser's line ("Die Wirtschaft ist alarmiert."), not a fact of its own


def said_in_body(standfirst: str, body: list[str]) -> bool:
    """Every content word of a very short ``standfirst`` sentence is in one sentence of the
    ``body``, which says it with who says so ("Die Wirtschaft ist alarmiert." / "Die
    Wirtschaftskammer Oberösterreich zeigte sich alarmiert.")."""
    words = key_terms(standfirst)
    return len(standfirst.split()) <= SHORT_STANDFIRST and len(words) >= 2 and any(
        terms_in(sentence, words) == words for sentence in body)

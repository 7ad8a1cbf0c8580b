"""A headline a newsreader can say as a sentence ("Max Muster verzichtet auf das Turnier in Südhafen.")
and one only a page can show ("Finnische Regierung wurde vereidigt", "Warum die Bahn streikt", "ANALYSE
Die ..."): lead_news.py reads the first before a lead of background, match_result.py before a result.
"""

from __future__ import annotations

import re

from bulletin.text.event_place import is_office
from bulletin.text.grammar import first_person, has_finite_verb, opening_reference
from bulletin.text.known import PLACES
from bulletin.text.news import feature_opening
from bulletin.text.teasers import BARE_ADJECTIVE, headline_shaped, telegram_style
from bulletin.text.verdicts import verdict

# "Warum die Bahn streikt", "Wie die Stadt sparen will": a question without its mark; "ANALYSE Die
# ...": a label in capitals (not "EU beschließt ...", not a club: "SC Mürztal rettet sich ..."). Neither
# is a sentence to read.
_NOT_A_MAIN_CLAUSE = re.compile(
    r"^(?:W(?:arum|ie|er|as|ann|o|ieso|eshalb|eswegen|elche[mnrs]?|ohin|oher|orauf|omit|ozu|odurch|ieviel)"
    r"|Ob|Dass|Wenn|Als|Weil|Obwohl|Nachdem|Sobald|Bevor|Damit)\b"
    r"|^(?!(?:FC|SC|SV|SK|SG|AC|TSV|ASK|WSG|LASK|GAK|WAC|SKN|FAC|ASV|USV|KSV|DSV)\s)[A-ZÄÖÜ]{2,}\s+[A-ZÄÖÜ]")


# Without any article a headline is still a sentence when a name does something and no bare noun
# follows the verb: "Helene Fischer performt erstmals mit Babybauch", "Max Muster tritt zurück"; not
# "Frank Witzel erhält Deutschen Buchpreis", "Dresden wählt neuen Oberbürgermeister".
_NAME_DOES = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]+ [a-zäöüß]+ (?![A-ZÄÖÜ]|neue|neuen|neuer)")
# ... and its first word is surely an adjective ("Finnische Regierung wurde ..."), not a given name
# that looks like one ("Helene Fischer performt ...").
_SURE_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]*(?:isch|lich|ig|bar|sam|haft|eu)(?:e|er|es|en)\s")


def _place_adjective(word: str) -> bool:
    """ "Südtiroler", "Kärntner", "Grazer": a place's adjective, not a given name."""
    return word in PLACES or (word.endswith("er") and word[:-2] in PLACES)


def _bare_office(text: str) -> bool:
    """An office without an article or a name opens it: "Südtiroler Landesrat tritt ... zurück",
    "Paukfix-Gründer zieht sich ... zurück" (a headline's subject, not a newsreader's)."""
    words = text.split()
    at = 1 if _place_adjective(words[0]) else 0
    return is_office(words[at]) and words[at + 1][:1].islower()


def _bare_noun_after_verb(text: str) -> bool:
    """A capital right after the verb, without an article: "... spürt Autodieb auf", "... erhält
    Deutschen Buchpreis" (a headline's telegram style; also "trifft Macron": left unread, to be safe)."""
    words = text.rstrip(".").split()
    verb = next((i for i, w in enumerate(words[1:], 1) if w[:1].islower() and has_finite_verb(w)), None)
    return verb is not None and verb + 1 < len(words) and words[verb + 1][:1].isupper()


def headline_sentence(headline: str) -> str:
    """The headline as a sentence a newsreader says, or "": a statement with a verb and an article
    ("Max Muster verzichtet auf das Turnier in Südhafen."), pointing back at nothing; not a
    headline's shape (a colon or dash, a question, brackets or quotes, telegram style without any
    article unless a name does something (_NAME_DOES), a bare adjective first: "Finnische Regierung
    wurde vereinigt")."""
    text = headline.strip().rstrip(".") + "."
    if re.search(r"[:?!–—«»„“\"()\[\]|+#/…]|\s-\s|\.\.", headline) or len(text.split()) < 4:
        return ""
    if _NOT_A_MAIN_CLAUSE.match(text):
        return ""
    if feature_opening(text):  # "Ob ..., ist unklar": not the news either
        return ""
    name_does = bool(_NAME_DOES.match(text)) and not _place_adjective(text.split()[0])
    if (telegram_style(text) and not name_does) or _bare_noun_after_verb(text) or _bare_office(text):
        return ""
    bare_adjective = _SURE_ADJECTIVE.match(text) if name_does else BARE_ADJECTIVE.match(text)
    if headline_shaped(text) or bare_adjective or first_person(text):
        return ""
    return text if verdict(0, [text]) == (None, "") and not opening_reference(text) else ""

"""Does a sentence say "er", "sie" or "diese" before any noun or name it could mean? Then the
listener must have heard who or what in the sentence before ("Nun hofft sie auf Wulff", "... sank
diese auf ein Zehntel"). Used by verdicts.py with the other tests of antecedents.py.
"""

from __future__ import annotations

import re

from bulletin.text.antecedents import people_named
from bulletin.text.connectives import first_clause
from bulletin.text.grammar import is_finite_form, verb_like
from bulletin.text.known import LIGHT_NOUNS, NAME_LOWER, NAME_UPPER
from bulletin.text.news import TIME_NAMES
from bulletin.text.sentences import SENTENCE_STARTERS
from bulletin.text.verbs import ARTICLES

_TOKEN = re.compile(r"[\wÄÖÜäöüß]+(?:[-.][\wÄÖÜäöüß]+)*|[^\w\s]")
_PRONOUNS = frozenset("er sie ihm ihn ihnen".split())
_DEMONSTRATIVES = frozenset("diese dieser dieses diesem diesen".split())
_POINTING_ADVERBS = frozenset("darin darauf darüber daraus daran dazu davon dafür dagegen".split())
# "Er wies darauf hin, dass ...", "Sie plädierte dafür, die Steuer zu senken": the clause after it
_POINTS_AHEAD = re.compile(r",\s+(?:dass|ob|wie|wo|was|wann|warum|weil)\b|\bzu\s+[a-zäöüß]+en\b|\bhin\b")


# "Ortner betonte, dass ...": a surname alone as the subject that opens the sentence
_SURNAME_SUBJECT = re.compile(rf"^(?P<name>[{NAME_UPPER}][{NAME_LOWER}]+"
                              rf"(?:-[{NAME_UPPER}][{NAME_LOWER}]+)?)\s+"
                              r"(?P<verb>[a-zäöüß]+)(?P<after>\s*,|\s+\w+)?")


def surname_subject(sentence: str) -> str:
    """The surname that opens ``sentence`` as its subject, said alone ("Ortner betonte ..."), or ""."""
    match = _SURNAME_SUBJECT.match(sentence)
    if not match or match["name"] in SENTENCE_STARTERS:
        return ""
    after = (match["after"] or "").strip()
    if not (is_finite_form(match["verb"]) or verb_like(match["verb"], match["name"], after)):
        return ""  # ("betonte" is an adjective too)
    return match["name"]


def pronoun_before_noun(sentence: str) -> str:
    """A third-person pronoun said before any noun or name the sentence could mean by it ("Nun
    hofft sie auf Wulff", "Arrangiert hat sie Gerrit Wunder", "... sank diese auf ein Zehntel"), or
    "". The first word counts as a noun unless it is a participle or a word that opens sentences;
    words of time ("Wenige Monate später trat er ...") and what a preposition opens before the verb
    ("Nach einem Prozess saß er ...") do not count."""
    tokens = [t for t in _TOKEN.findall(sentence) if t[0].isalpha()]
    for i, token in enumerate(tokens):
        if token.lower() in _DEMONSTRATIVES and not _determiner(tokens[i + 1: i + 3]):
            if not _noun_before_clause(sentence, token):
                return token  # "... sank diese auf ein Zehntel": a demonstrative points back
    # "Nach einem Prozess saß er ...", "Kein Verständnis hat er ...": a pronoun right after the first
    # clause's verb is never what stands before that verb (not "Wenn Briten ..., könnte ihnen ...")
    clause = [t for t in _TOKEN.findall(first_clause(sentence)) if t[0].isalpha()]
    verbs = [i for i, t in enumerate(clause) if t[0].islower() and (is_finite_form(t) or (
        i and verb_like(t, clause[i - 1])))]  # "Mildernd wertete sie ...": not only the listed verbs
    after = clause[verbs[0] + 1: verbs[0] + 3] if verbs else []
    # ("Der Angeklagte muss ihr den Betrag ...": "ihr" before an article is no possessive)
    pointing = after and after[0] in _POINTING_ADVERBS and not _POINTS_AHEAD.search(sentence)
    dative = after[:1] == ["ihr"] and after[1:] and after[1] in ARTICLES
    if after and (after[0] in _PRONOUNS or pointing or dative):
        return after[0]  # (and "Konvička hatte darin ... gefordert": in what?)
    for i, token in enumerate(tokens):
        if token in _PRONOUNS:
            return token
        # days and months are times, not things it could mean ("Am Montag liegt das alles hinter ihm.")
        if token[0].isupper() and token not in LIGHT_NOUNS and token not in TIME_NAMES:
            if i or (token not in SENTENCE_STARTERS and not _STATE_OPENER.match(token)
                     and not re.search(r"(?:iert|ge\w+t)$", token.lower())):
                return ""
    return ""


# "Unklar ist, ob sie ...", "Weniger klar war bisher, ob sie ...": an adjective opening, no noun
_STATE_OPENER = re.compile(r"(?:Weniger|Unklar|Klar|Offen|Fraglich|Unsicher|Sicher|Fest|Bekannt|Unbekannt)$")


def _noun_before_clause(sentence: str, demonstrative: str) -> bool:
    """ "... den Referenzzinssatz nicht deckeln, wenn dieser ins Minus rutscht": a demonstrative in a
    later clause means a noun the sentence named before that clause."""
    match = re.search(rf",\s+(?:[a-zäöüß]+\s+)?{demonstrative}\b", sentence)
    if not match:
        return False
    before = [t for t in _TOKEN.findall(sentence[:match.start()]) if t[0].isalpha()][1:]
    return any(t[0].isupper() and t not in LIGHT_NOUNS and t not in TIME_NAMES for t in before)


def _determiner(following: list[str]) -> bool:
    """ "diese Woche", "diese neue Regel": the demonstrative goes with a noun."""
    if not following:
        return False
    if following[0][0].isupper():
        return True
    return len(following) > 1 and bool(re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es|em)", following[0])) \
        and following[1][0].isupper()


# "Wie er gegenüber dem Magazin X demonstrierte, lassen sich ...": "er" is the one who says or shows
_AS_HE_SHOWED = re.compile(r"^Wie er\b(?=[^,]*?\b(?:sagte|erklärte|betonte|schilderte|berichtete"
                           r"|demonstrierte|zeigte|vorführte|vorrechnete)\b[^,]*,)")


def speaker_named(sentence: str, before: list[str]) -> str:
    """ "Wie er gegenüber dem Magazin X demonstrierte, ..." -> "Wie Florian Muster gegenüber ...",
    when the sentences ``before`` name one person only, by given name and surname: the sentence can
    then open an item (a feature's first sentences, "Florian Muster braucht dafür zwei Minuten.",
    lean on its headline). Else ``sentence`` as it is."""
    if not _AS_HE_SHOWED.match(sentence):
        return sentence
    people = people_named(" ".join(before))
    return f"Wie {people.pop()}{sentence[6:]}" if len(people) == 1 else sentence

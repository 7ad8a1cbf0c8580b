"""A thing named only in the headline, said where the body first calls it by its kind. Agency copy
names the paper, the festival or the firm in the headline and then writes "Die Wochenzeitung erscheint
ab Februar nur noch digital." A listener never hears the headline: the body's first sentence is said
"Die Wochenzeitung „Oberkärntner Rundschau“ erscheint ...", "Der Zulieferer Kessler Antriebstechnik
reagiert ...".

The name is taken from the headline (the standfirst sentences and the title) only when it is plain:
one quoted name ("Aus für die gedruckte „Oberkärntner Rundschau“"), a label of two or more capitalized
words before a colon ("Innviertler Sommerspiele: Intendantin wirft hin"), a name after a word of the
same kind ("Online-Händler Bergkauf", "Theaterfestival Schwelle") or capitalized words before the
headline's verb ("Salzkammergut-Kurier stellt gedruckte Ausgabe ein"). Two candidates, or a name the
sentence already says: the sentence stays as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.text.antecedents import given_name
from bulletin.text.firms import FIRM_KINDS
from bulletin.text.grammar import QUOTED
from bulletin.text.opening import Opening
from bulletin.text.verbs import finite_verbs, is_finite_form

# The kinds a name is given to: a firm's, a paper's, a festival's or a house's ("Die Zeitung", "Der
# obersteirische Energieversorger", "Das Festival"); "Das Blatt" is not said with a name after it
KINDS = (*FIRM_KINDS, "zeitung", "magazin", "sender", "festival", "museum", "theater", "orchester")
_TITLED = ("zeitung", "magazin", "sender")  # the kinds named by a title in quotation marks
# "Die Wochenzeitung erscheint ...": the kind at the start of the sentence, the verb right after
_KIND_FIRST = re.compile(r"^(?P<kind>(?:Der|Die|Das)\s+(?:[a-zäöüß]+e\s+){0,2}"
                         r"(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß]))\s+(?=[a-zäöüß]+\b)")
_CAPITALIZED = r"[A-ZÄÖÜ][\w.&-]*"
_LABEL = re.compile(rf"^(?P<name>{_CAPITALIZED}(?:\s+{_CAPITALIZED}){{1,3}}):\s")
_SUBJECT = re.compile(rf"^(?P<name>{_CAPITALIZED}(?:\s+{_CAPITALIZED}){{0,3}})\s+(?P<verb>[a-zäöüß]+)\b")


def of_kind(noun: str) -> bool:
    """``noun`` names a kind of firm, paper or house ("Energieversorger", "Wochenzeitung")."""
    return noun.lower().endswith(KINDS)


def names_in(headline: str) -> set[str]:
    """The names ``headline`` gives plainly: a quoted one, a label before a colon, a name after a word
    of its kind, or the capitalized words before the verb."""
    quoted = {q for q in QUOTED.findall(headline) if _a_title(q)}
    if quoted:
        return quoted
    label = _LABEL.match(headline)
    if label:
        return {label["name"]}
    words = headline.rstrip(".").split()
    after_kind = {_name_from(words[n + 1:]) for n, word in enumerate(words) if of_kind(word)} - {""}
    if after_kind:
        return after_kind
    subject = _SUBJECT.match(headline)
    if subject and subject["verb"] in finite_verbs(headline) and not given_name(subject["name"].split()[0]):
        return {subject["name"]}
    return set()


def _a_title(quoted: str) -> bool:
    """``quoted`` is a title ("„Oberkärntner Rundschau“", "„Die stille Grenze“"), not a quote ("„Wir
    haben nur noch Wasser für drei Tage“", "„schwarzem Tag“")."""
    words = quoted.strip("„“\"»«").split()
    return bool(words) and words[0][:1].isupper() and len(words) <= 4 and not finite_verbs(quoted)


def _name_from(words: list[str]) -> str:
    """The capitalized words ``words`` start with, up to three ("Steyrtaler Antriebstechnik")."""
    name = []
    for word in words[:3]:
        if not word[:1].isupper() or is_finite_form(word.lower()):
            break
        name.append(word.rstrip(",:;"))
    return " ".join(name)


def with_name_from_headline(sentence: str, headlines: list[str]) -> str:
    """``sentence`` (the body's first) with the name the ``headlines`` give the kind it opens with:
    "Die Wochenzeitung erscheint ..." -> "Die Wochenzeitung „Oberkärntner Rundschau“ erscheint ...".
    Else ``sentence`` as it is."""
    found = _KIND_FIRST.match(sentence)
    if not found or not of_kind(found["noun"]):
        return sentence
    names = set().union(*(names_in(h) for h in headlines if h))
    if len(names) != 1:
        return sentence
    name = names.pop()
    if name.strip("„“\"") in sentence or found["noun"] in name:
        return sentence
    if name.startswith("„") and not found["noun"].lower().endswith(_TITLED):
        return sentence  # (a quoted title is a paper's, or a film's: not "Das Festival „Die stille Grenze“")
    return f"{found['kind']} {name} {sentence[found.end():]}"


def headline_names_said(opening: Opening, title: str) -> Opening:
    """``opening`` with its body's first sentence naming what only the headline (the standfirst
    sentences and the ``title``) named."""
    first = opening.standfirst
    if first >= len(opening.sentences):
        return opening
    said = with_name_from_headline(opening.sentences[first], [*opening.sentences[:first], title])
    if said == opening.sentences[first]:
        return opening
    return replace(opening, sentences=(*opening.sentences[:first], said, *opening.sentences[first + 1:]))


# "Der Dienst wird ... eingestellt": a thing by a word for what it is, its verb right after
_THING_FIRST = re.compile(r"^(?:Der|Die|Das) [A-ZÄÖÜ][a-zäöüß]+ (?P<verb>[a-zäöüß]+) ")


def thing_named(news: str, lead: str, headlines: tuple[str, ...]) -> str:
    """``news`` opening with a thing by what it is ("Der Dienst wird mit Ende Jänner eingestellt") said with
    the name the headline gives it when the headline tells the same ("Lern-App Fluxa wird nach Datenleck
    eingestellt": its verb and last word), the article from the ``lead`` that says its kind ("Die App war
    ..."): "Die Lern-App Fluxa wird mit Ende Jänner eingestellt"; else ``news`` as it is."""
    thing = _THING_FIRST.match(news)
    headline = headlines[0].rstrip(".") if headlines else ""
    subject = _SUBJECT.match(headline)
    if not thing or not subject or subject["verb"] != thing["verb"] or len(headline.split()) < 3:
        return news
    if not re.search(rf"\b{re.escape(headline.split()[-1])}\b", news.split(",")[0]):  # ("eingestellt")
        return news
    kind = subject["name"].split()[0].split("-")[-1]  # "Lern-App" -> "App"
    article = re.match(rf"(Der|Die|Das) {re.escape(kind)}\b", lead)
    if not article:
        return news
    return f"{article[1]} {subject['name']} {news[thing.start('verb'):]}"

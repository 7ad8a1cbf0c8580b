"""How an item names again what it has already named: by ear, a second, different name is a second
person or thing, and the same long name twice is a listener's "again?".

- a person named in full is then named by the surname, as the article itself names them ("Rafael
  Nadal ... Nadal");
- a name said with a middle part after the item said it without one is said as before ("Anna Day
  ... Anna Therese Day" -> "Anna Day ... Anna Day");
- a thing introduced with its genitive is then named by its noun ("Der Betriebsrat des
  Geldinstituts hat ... eingeladen. Der Betriebsrat des Instituts schließt Streiks nicht aus." ->
  "Der Betriebsrat schließt Streiks nicht aus."): a standfirst, written to stand alone, introduces
  it a second time. Not when a relative clause on it tells something new ("..., das vor einer
  Schrumpfkur steht, ...");
- an age standing for the one person named ("sagte die 45-Jährige") is said as the surname;
- a predicate joined on at the end that says only what the item said ("... und ist neuer
  Tabellenführer") is not said again.

And how the lead names whom the headline names by role and name: "Seit Wochen ist die Fürstin in
einer Klinik." under "Holt X Fürstin Charlène zurück?" -> "... die Fürstin Charlène ..." (a teaser
written to be read under its headline; on air nothing is heard before the lead), or whom an unread
standfirst named ("der österreichische Schriftsteller Konrad Ebenhofer").

Used by the condenser on each sentence of an item, given what the item said before it (``heard``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bulletin.text.antecedents import DETERMINER, given_name, is_title, people_named, same_noun
from bulletin.text.grammar import NOT_PERSONS, has_finite_verb, is_finite_form
from bulletin.text.headline_nouns import a_thing
from bulletin.text.known import GIVEN_IN_ER, LIGHT_NOUNS
from bulletin.text.news import key_terms, terms_in

# "die Fürstin" not followed by a name: the role a lead may name someone by
_ROLE_ALONE = re.compile(r"\b(?P<article>der|die)\s+(?P<role>[A-ZÄÖÜ][a-zäöüß]{3,})\b(?![\s-]+[A-ZÄÖÜ])")


_NAME = r"[A-ZÄÖÜ][^\W\d_]+(?:\s+[A-ZÄÖÜ][^\W\d_]+)?"  # "Charlène", "Anna Muster" (accents too)


def with_role_named(lead: str, headline: str, article: str) -> str:
    """``lead`` with the name after the first role it names someone by alone, when the headline
    says that role and a name ("Fürstin Charlène") and the article says them together too; else
    ``lead`` as it is."""
    for match in _ROLE_ALONE.finditer(lead):
        role = match["role"]
        named = re.search(rf"\b{role}\s+(?P<name>{_NAME})(?![\w-])", headline)
        if not named or named["name"] in lead or f"{role} {named['name']}" not in article:
            continue
        return f"{lead[:match.end()]} {named['name']}{lead[match.end():]}"
    return lead


def role_named_in_full(sentences: list[str], headline: str, article: tuple[str, ...]) -> list[str]:
    """``sentences`` (an item's, in order) with the first that names someone by a role alone ("Nach dem
    Schlusspfiff zog der Trainer nun die Konsequenzen") saying the role and the full name, when the
    headline says the role and the surname ("Trainer Hofbauer tritt zurück") and one of those the ``article``
    names in full has that surname ("Markus Hofbauer"): "zog Trainer Markus Hofbauer nun ..."; else as
    they are."""
    for n, sentence in enumerate(sentences):
        for match in _ROLE_ALONE.finditer(sentence):
            named = re.search(rf"\b{match['role']}\s+(?P<surname>[A-ZÄÖÜ][^\W\d_]+)\b(?!\s+[A-ZÄÖÜ])",
                              headline)
            full = {p for p in _named_in(article) if named and p.endswith(f" {named['surname']}")}
            if not named or len(full) != 1 or named["surname"] in " ".join(sentences[:n + 1]):
                continue
            said = f"{sentence[:match.start()]}{match['role']} {full.pop()}{sentence[match.end():]}"
            return [*sentences[:n], said[0].upper() + said[1:], *sentences[n + 1:]]
    return sentences


@lru_cache(maxsize=64)
def _named_in(article: tuple[str, ...]) -> frozenset[str]:
    """The people the ``article``'s sentences name in full (asked for each set a selection tries)."""
    return frozenset(p for s in article for p in people_named(s))


# "der österreichische Schriftsteller" not followed by a name: a person by a role (a man's role
# after "der", a woman's after "die"); not a thing ending like one (NOT_PERSONS: "der Winter")
_ROLE_WITHOUT_NAME = re.compile(r"\b(?P<article>[Dd]er|[Dd]ie)\s+(?:[a-zäöüß]+e\s+){0,2}"
                                r"(?P<role>[A-ZÄÖÜ][a-zäöüß]{3,}(?:er|ist|ent|or|eur|in)|\d+-Jährige)\b"
                                r"(?![\s-]*[A-ZÄÖÜ„])")


def with_person_named(lead: str, before: list[str], article: list[str]) -> str:
    """``lead`` naming someone by a role alone ("In der Nacht ist der österreichische Schriftsteller
    ... gestorben"), with the name after the role, when the sentences ``before`` it, which are not
    read, name one person in full ("Konrad Ebenhofer ist tot.") whom the ``article`` also names by
    surname alone: the story's person, whom the lead means. Else ``lead`` as it is."""
    match = _ROLE_WITHOUT_NAME.search(lead)
    if match and (lead[:match.start()].rstrip().endswith(",") or lead.count(match["role"]) > 1):
        return lead  # a thing in apposition: "Der Hallstätter Gletscher, der größte Gletscher des ..."
    female = match and match["article"].lower() == "die"
    aged = match and match["role"].endswith("-Jährige")  # "Die 22-Jährige" -> "Die 22-jährige Lena X"
    if not match or match["role"] in NOT_PERSONS or (female != match["role"].endswith("in") and not aged):
        return lead
    people = named_people(article)
    # (not "beim Lieferdienst Flinkbox": a firm the article also names alone)
    named = {(given, surname) for surname, givens in people.items() for given in givens
             for sentence in before if f"{given} {surname}" in sentence and not a_thing(given)}
    if len(named) != 1 or any(surname in lead for _, surname in named):
        return lead
    given, surname = named.pop()
    place = _OF_PLACE.match(lead, match.end())
    if place and not aged:  # "Der frühere Bürgermeister von Celje, Matej Golob, hatte ..."
        rest = lead[place.end():]
        return f"{lead[:place.end()]}, {given} {surname}{'' if rest[:1] in ',.' else ','}{rest}"
    head = lead[:match.end()].replace("-Jährige", "-jährige") if aged else lead[:match.end()]
    return f"{head} {given} {surname}{lead[match.end():]}"


# "von Celje", "aus St. Veit am Haagberg": the place an office is of, said before the name
_OF_PLACE = re.compile(r" (?:von|aus) (?:St\. |Bad )?[A-ZÄÖÜ][\w-]+"
                       r"(?: (?:am|an der|im|in der) [A-ZÄÖÜ][\w-]+)?(?= [a-zäöüß]|[,.])")


def with_given_name(lead: str, before: list[str]) -> str:
    """``lead`` naming someone by surname alone ("Ab 2027 wird Weißenbacher Intendantin ..."), with
    the given name the sentences ``before`` it, which are not read, named them with ("Hanna
    Weißenbacher sitzt ..."): on air the lead is the first time the listener hears of them."""
    for found in re.finditer(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{2,}(?![\w-])", lead):
        words_before = lead[:found.start()].split()
        if not words_before or not is_finite_form(words_before[-1]):
            continue  # a person right after the verb ("wird Weißenbacher"), not a thing ("schwere Folgen")
        surname = found.group(0)
        named = re.compile(rf"\b([A-ZÄÖÜ][a-zäöüß]+) {surname}\b")
        givens = {m[1] for sentence in before for m in named.finditer(sentence) if given_name(m[1])}
        if len(givens) == 1:
            return f"{lead[:found.start()]}{givens.pop()} {lead[found.start():]}"
    return lead


def with_kind_named(lead: str, before: list[str]) -> str:
    """``lead`` opening with a thing named by its kind alone ("Die Tiere beenden ihren Winterschlaf
    ..."), said with the compound the sentences ``before`` it, which are not read, named it by ("Die
    Alpenmurmeltiere ..."): on air the lead is the first the listener hears of them."""
    match = re.match(r"^(?:Der|Die|Das)\s+(?P<kind>[A-ZÄÖÜ][a-zäöüß]{3,})\b", lead)
    if not match:
        return lead
    kind = match["kind"]
    for sentence in reversed(before):
        named = [w for w in re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]+\b", sentence)
                 if w.endswith(kind.lower()) and len(w) > len(kind) + 2]
        if named and not lead[match.end('kind'):].startswith(f" {named[-1]}"):  # ("Das Land Burgenland")
            return f"{lead[:match.start('kind')]}{named[-1]}{lead[match.end('kind'):]}"
    return lead


# "des Salzburger Start-ups Alpenpass", "der Firma Kornhuber": a firm named by its kind and name
_FIRM_BY_NAME = re.compile(r"\b(?:des|der|die|das|dem|den)\s+(?:[A-ZÄÖÜ][\w-]*er\s+)?"
                           r"(?:Start-ups?|Firma|[A-ZÄÖÜ][\w-]*(?:unternehmen|konzern|hersteller|betreiber|anbieter"
                           r"|händler)s?)\s+(?P<name>[A-ZÄÖÜ][\w-]+)\b")
# "bestätigte das Unternehmen, dass ...": the firm by a word that says not which
_THE_FIRM = re.compile(r"\b(?:das|dem|des)\s+Unternehmens?\b(?!\s+[A-ZÄÖÜ])")


def with_firm_name(lead: str, before: list[str]) -> str:
    """``lead`` telling of "das Unternehmen" that the sentences ``before`` it, which are not read, named
    ("... der Skiticket-App des Salzburger Start-ups Alpenpass"), with the name after it: "Am Mittwoch
    bestätigte das Unternehmen Alpenpass, dass ..." (on air nothing said which firm)."""
    names = {found["name"] for sentence in before for found in _FIRM_BY_NAME.finditer(sentence)}
    the_firm = _THE_FIRM.search(lead)
    if len(names) != 1 or not the_firm or _FIRM_BY_NAME.search(lead):
        return lead
    return f"{lead[:the_firm.end()]} {names.pop()}{lead[the_firm.end():]}"


def with_thing_named(lead: str, before: list[str]) -> str:
    """``lead`` with what it names by a kind alone named as the sentences ``before`` it, which are not
    read, named it (with_kind_named, with_firm_name)."""
    return with_firm_name(with_kind_named(lead, before), before)


def named_again(text: str, heard: str, people: dict[str, set[str]]) -> str:
    """``text`` naming what ``heard`` already named as a listener expects it named again
    (``people``: named_people of the article)."""
    text = _epithet_as_surname(_noun_alone_again(_without_clause_said(text, heard), heard), heard, people)
    return by_surname_again(_as_named_before(_role_again(text, heard, people), heard), heard, people)


# "Die 24-jährige Tirolerin Rainer gewann ..." after "Die Tirolerin Julia Rainer hat ... gewonnen": the
# role said again before the surname (a blind reader heard "Tirolerin" twice); the surname alone will do
_ROLE_AND_SURNAME = re.compile(r"^(?:Der|Die)\s+(?:[\w-]+\s+){0,2}?(?P<role>[A-ZÄÖÜ][a-zäöüß]+)\s+"
                               r"(?:(?P<given>[A-ZÄÖÜ][a-zäöüß]+)\s+)?(?P<surname>[A-ZÄÖÜ][a-zäöüß]+)\s+(?=[a-zäöüß])")


def _role_again(text: str, heard: str, people: dict[str, set[str]]) -> str:
    match = _ROLE_AND_SURNAME.match(text)
    if not match:
        return text
    # (a person the article calls by surname, no firm; or one the item named just so: "Die Kärntner
    # Landesrätin Brigitte Muster war ..." after the lead said "Die Kärntner Landesrätin Brigitte Muster")
    said_so = match["given"] and given_name(match["given"]) and f"{match['role']} {match['given']} " \
        f"{match['surname']}" in heard
    if match["surname"] not in people and not said_so:
        return text
    if not re.search(rf"\b{match['role']}\s+[A-ZÄÖÜ][a-zäöüß]+\s+{match['surname']}\b", heard):
        return text
    return f"{match['surname']} {text[match.end():]}"


# "... mit 2:1 gewonnen und ist neuer Tabellenführer." after "... die Tabellenführung übernommen": a
# predicate joined on at the end that says only what the item said
_JOINED_PREDICATE = re.compile(r"\s+und\s+(?P<clause>(?:ist|sind|war|waren|bleibt|bleiben)\s[^,.;:]+)\.$")


def _without_clause_said(text: str, heard: str) -> str:
    match = _JOINED_PREDICATE.search(text)
    if not match or not heard:
        return text
    terms = key_terms(match["clause"])
    return f"{text[:match.start()]}." if terms and terms_in(heard, terms) == terms else text


# "..., sagte die 45-Jährige.": an age the listener never heard said, standing for a name
_AGE_EPITHET = re.compile(r"\b(?:[Dd]er|[Dd]ie)\s+\d{1,3}-Jährige\b(?![\w-]|\s+[A-ZÄÖÜ])")


def _epithet_as_surname(text: str, heard: str, people: dict[str, set[str]]) -> str:
    """``text`` naming by surname the one person ``heard`` named in full where it says "die
    45-Jährige" (an agency's way of not repeating a name; by ear, whose age?). Only someone the
    article also calls by surname (``people``: named_people) or names after an office, not a place
    ("beim Landesgericht Leoben")."""
    if not _AGE_EPITHET.search(text):
        return text
    named = {}  # (given name, surname) -> the word before them
    for match in _FULL_NAME.finditer(heard):
        given, surname = match.groups()
        if given_name(given) and not given.endswith(_LIKE_ADJECTIVE):
            named[(given, surname)] = heard[:match.start()].split()[-1:]
    if len(named) != 1:
        return text
    (given, surname), before = next(iter(named.items()))
    if surname not in people and not (before and is_title(before[0])):  # "Gesundheitsministerin Karin X"
        return text
    if re.search(rf"\b{re.escape(surname)}\b", text):
        return text  # "Reitbauer habe ... gespielt, sagte der 26-Jährige.": the age is someone else's
    return _AGE_EPITHET.sub(surname, text, count=1)


# "Der Betriebsrat des Instituts schließt ...": a subject opening the sentence with its genitive, the
# phrase said with the same two nouns before ("des Geldinstituts" ~ "des Instituts"). Not with a
# relative clause after it ("des Instituts, das vor einer Schrumpfkur steht,"): that tells something
# new (an outside editor preferred the sentence whole to one without it).
_WITH_GENITIVE = re.compile(r"^(?P<head>(?:Der|Die|Das) (?P<noun>[A-ZÄÖÜ][\w-]+)) (?:des|der) "
                            r"(?:[a-zäöü][\w-]* ){0,2}(?P<of>[A-ZÄÖÜ][\w-]+) (?=[a-zäöü])")
_SAID_WITH_GENITIVE = re.compile(r"\b(?i:der|die|das|den|dem|des) ([A-ZÄÖÜ][\w-]+) (?:des|der) "
                                 r"(?:[a-zäöü][\w-]* ){0,2}([A-ZÄÖÜ][\w-]+)")


def _noun_alone_again(text: str, heard: str) -> str:
    """``text`` opening with a noun and its genitive that ``heard`` said with the same genitive,
    named by the noun alone; not a noun of measure, which says little alone ("Die Zahl der ...")."""
    match = _WITH_GENITIVE.match(text)
    if not match or match["noun"] in LIGHT_NOUNS:
        return text
    rest = text[match.end():]
    said = any(same_noun(match["noun"], noun) and same_noun(match["of"], of)
               for noun, of in _SAID_WITH_GENITIVE.findall(heard))
    return f"{match['head']} {rest}" if said and is_finite_form(rest.split(" ", 1)[0]) else text


# "Anna Therese Day" after "Anna Day": a name with one more part than the item said it with.
_LONGER_NAME = re.compile(r"\b([A-ZÄÖÜ][\w-]+) [A-ZÄÖÜ][\w-]+ ([A-ZÄÖÜ][\w-]+)\b")


def _as_named_before(text: str, heard: str) -> str:
    """``text`` with a name that has a middle part said as ``heard`` said it without one."""
    def shorter(match: re.Match) -> str:
        named = f"{match[1]} {match[2]}"
        return named if re.search(rf"\b{re.escape(named)}\b", heard) else match[0]

    return _LONGER_NAME.sub(shorter, text)


# "Rafael Nadal ... Rafael Nadal": said a second time, a person is named by the surname, as the
# article itself names them ("Nadal hatte ..."). A first word like an adjective or a noun is no
# given name ("die Olympischen Spiele", "Neue Galerie"), nor one after an article ("der Kantonspolizei
# Nordhafen"); and where the article names another person of that surname, the given name stays.
_FULL_NAME = re.compile(r"(?<![\w-])(?=([A-ZÄÖÜ][a-zäöüéèáíóúñç]+) ([A-ZÄÖÜ][\w-]+)\b)")  # overlapping pairs
_LIKE_ADJECTIVE = ("e", "en", "er", "es", "em", "isch")
_SAYING = frozenset("sagte sagt erklärte betonte meinte so berichtete kritisierte warnte schrieb ergänzte"
                    .split())


def named_people(sentences: list[str]) -> dict[str, set[str]]:
    """The people the article (its ``sentences``) also names by surname alone, doing or saying
    something (before a verb: "Nadal hatte ...", "Melzer kletterte ...", or after one of saying:
    "sagte Muster", or in the genitive before a noun: "Days Familie"), each with the given names it
    says before that surname (a middle name is none: "Anna Therese Day" where it also says "Anna
    Day"). Not a word of a brand ("Mail- und Nachrichtendienste" is no Mr Mail), nor a first word
    like an adjective or a noun ("die Olympischen Spiele", "Neue Galerie")."""
    people: dict[str, set[str]] = {}
    for sentence in sentences:
        tokens = sentence.split()
        for i, token in enumerate(tokens):
            word, before = token.strip(",.;:!?"), tokens[i - 1] if i else ""
            if not (word[:1].isupper() and word.isalpha() and len(word) > 2) or before[:1].isupper():
                continue  # "Daily Mail bietet": a capital before it, part of a longer name
            after = tokens[i + 1].strip(",.;:") if i + 1 < len(tokens) else ""
            # (or after its verb and "sich": "verabschiedete sich Hollerer von ...")
            if (after[:1].islower() and has_finite_verb(after)) or before.strip(",") in _SAYING \
                    or before == "sich" and i > 1 and has_finite_verb(tokens[i - 2]):
                people.setdefault(word, set())
            elif word.endswith("s") and after[:1].isupper() and token == word:
                people.setdefault(word[:-1], set())  # "Days Familie appellierte": Day named alone
    article = " ".join(sentences)
    for surname, given_names in people.items():
        for match in re.finditer(rf"(?<![\w-])([A-ZÄÖÜ][a-zäöüéèáíóúñç]+(?:-[A-ZÄÖÜ][a-zäöüéèáíóúñç]+)?)"
                                 rf" {re.escape(surname)}\b", article):  # ("Klaus-Dieter X", not "Dieter X")
            given, before = match[1], article[:match.start()].split()[-1:]
            if before and re.search(rf"\b{re.escape(before[0])} {re.escape(surname)}\b", article):
                continue  # "Anna Therese Day" where the article also says "Anna Day": a middle name
            last = given.split("-")[-1]
            if given_name(given) and (not last.endswith(_LIKE_ADJECTIVE) or last in GIVEN_IN_ER):
                given_names.add(given)
    return people


def by_surname_again(text: str, heard: str, people: dict[str, set[str]]) -> str:
    """``text`` with each person the item already named in full (``heard``) named by the surname,
    when ``people`` (named_people) knows them by that surname and no one else of that name."""
    for given, surname in dict.fromkeys(_FULL_NAME.findall(heard)):
        if people.get(surname) != {given}:
            continue

        def surname_only(match: re.Match, surname: str = surname) -> str:
            before = match.string[:match.start()].split()[-1:]
            return match[0] if before and DETERMINER.fullmatch(before[0]) else surname

        text = re.sub(rf"(?<![\w-]){re.escape(given)} {re.escape(surname)}\b", surname_only, text)
    return text


def opens_with_name_in(short: str, earlier: str) -> bool:
    """The ``short`` sentence opens with a full name ``earlier`` says too ("Maria Stütz bleibt."
    after the scene "..., an der Maria Stütz seit 31 Jahren die Extrawurst aufschneidet")."""
    name = re.match(r"([A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]+) [a-zäöüß]", short)
    return bool(name) and name[1] in earlier


# "Ihr Bündnis hat die Wahl knapp gewonnen": the possessive of the one person the sentence before named
_OWNER = re.compile(r"^(?:Ihr|Ihre|Sein|Seine)\s+(?P<noun>Bündnis|Partei|Liste|Bewegung|Team|Mannschaft"
                    r"|Verein|Firma|Unternehmen|Familie|Anwalt|Anwältin|Verteidiger|Verteidigerin|Regierung|Fraktion)"
                    r"\s+(?P<verb>[a-zäöüß]+)\b")
# "..., sagte Desislava Marinowa, Spitzenkandidatin ...": a speaker named in full, whatever the given name
_SPEAKER = re.compile(r"\b(?:sagte|erklärte|betonte|meinte|so)\s+"
                      r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b")


def with_owner_named(sentence: str, before: str) -> str:
    """ "Ihr Bündnis hat die Wahl knapp gewonnen" after "..., sagte Desislava Marinowa, ..." ->
    "Desislava Marinowas Bündnis hat ...": the sentence stands without the quote before it, which it
    needed only to say whose. Only when ``before`` names exactly one person; else ``sentence``."""
    match = _OWNER.match(sentence)
    people = {m["name"] for m in _SPEAKER.finditer(before)} or people_named(before)
    if not match or len(people) != 1 or not is_finite_form(match["verb"]):
        return sentence
    owner = people.pop()
    owner += "'" if owner.endswith(("s", "ß", "x", "z")) else "s"
    return f"{owner} {sentence[match.start('noun'):]}"


# "vor der Deutschen Theresa Kollmannsberger", "dem Bürgermeister Frank Oltmanns": a person introduced
# by a role or a nationality, given name and surname
_INTRODUCED = re.compile(r"\b(?:der|die|dem|den|des)\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][a-zäöüß]+\s+"
                         r"(?P<given>[A-ZÄÖÜ][a-zäöüß]{2,})\s+(?P<surname>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b")


# "Dutzende", "Gemeinsames", "Regisseurin": a number word, an adjective, a role, no given name
_NO_GIVEN_NAME = re.compile(r"(?:ende|es|en|em|er|ige|iche|erin|eurin|ent|ant)$")


def with_full_names(text: str, article: str) -> str:
    """``text`` (an item) with a person it calls by surname alone and never in full said with the given
    name the first time, when the ``article`` introduces them by role ("0,46 Sekunden hinter
    Kollmannsberger" -> "hinter Theresa Kollmannsberger" after "vor der Deutschen Theresa
    Kollmannsberger", a sentence not read): by ear a bare surname is nobody. Only a given name the
    article says nowhere else (a place or a noun is said alone too)."""
    for match in _INTRODUCED.finditer(article):
        given, surname = match["given"], match["surname"]
        name = f"{given} {surname}"
        said, with_surname = rf"\b{given}\b", rf"\b{given}\s+{re.escape(surname)}\b"
        alone = len(re.findall(said, article)) - len(re.findall(with_surname, article))
        if name in text or not given_name(given) or _NO_GIVEN_NAME.search(given) or alone:
            continue  # (a given name said alone elsewhere is a place or a noun)
        if re.search(rf"[A-ZÄÖÜ][a-zäöüß]+\s+{re.escape(surname)}\b", text):
            continue  # ("Konrad Ebenhofer": the item names someone of that name in full)
        bare = re.search(rf"(?<![\w-]){re.escape(surname)}\b(?![\w-])(?!\s+[A-ZÄÖÜ])", text)
        if bare:
            text = f"{text[:bare.start()]}{name}{text[bare.end():]}"
    return text

"""News told through a pronoun, said with its subject named.

Agency copy often opens with background that names the subject and tells the news in the next
sentence through "er" or "sie": "Der frühere Vermögensberater aus Musterstadt hatte jahrelang das
Vertrauen seiner Kunden genossen. Am Dienstag wurde er ... zu sechs Jahren Haft verurteilt." The
news cannot lead as written (whom does "er" mean?), so the background led and the news came second.
``with_subject_named`` says it with the background's subject in place of the pronoun: "Der frühere
Vermögensberater aus Musterstadt wurde am Dienstag ... verurteilt." Only a pronoun whose verb agrees
with the background's subject: "er" or "sie" for one named with "der/die/ein/eine" or by name, with a
singular verb; a plural "sie" only for two parties joined by "und" ("Das Land Steiermark und die
Gewerkschaften einigten sich ..."). Another plural subject may not be whom "sie" means ("Die
Verhandlungen zogen sich ... In der Nacht einigten sie sich": the parties, not the talks), and "es" is
often no one ("es gibt").

Also the firm's news told "nun" by a word naming no firm ("Nun hat das Familienunternehmen ...")
after background naming the firm: said with the firm named (with_firm_named); and a person's told
"nun" by a role ("Nun zieht sich der Gründer ... zurück"), said with the name (role_news). Used by
lead_news.news_first (named_news), which moves such news before its background.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.text.antecedents import given_name
from bulletin.text.firms import FOUNDED, firm_genitive, firm_named
from bulletin.text.grammar import NOT_PERSONS, finite_verbs, first_person, opening_reference, reported_speech
from bulletin.text.news import WEEKDAYS, datable_event, past_perfect, tells_news_now
from bulletin.text.openers import tells_no_news
from bulletin.text.units import LEAD_SEARCH, Unit
from bulletin.text.verdicts import verdict

# The background's subject: "Der frühere Vermögensberater aus Musterstadt", "die Traditionsbäckerei
# Huber in Musterdorf", "Ein 41-jähriger Installateur aus dem Bezirk Leoben" (up to three words before
# the noun, names after it, one place after it); "Sandra Moosbrugger"; two parties joined by "und"
# ("das Land Steiermark und die Gewerkschaften", "die Ministerinnen und Minister der EU-Staaten").
_NOUN = r"(?:[a-zäöü\d][\w-]* ){0,3}[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+){0,2}"
_PLACE = r"(?: (?:aus|in|von) (?:(?:dem|der) [A-ZÄÖÜ][\w-]+ )?[A-ZÄÖÜ][\w-]+)?"
_ONE = (rf"(?P<article>[Dd]er|[Dd]ie|[Ee]in|[Ee]ine) {_NOUN}{_PLACE}"
        r"|(?P<given>[A-ZÄÖÜ][a-zäöüé]+) [A-ZÄÖÜ][\w-]+")
_TWO = rf"(?:[Dd]ie|[Dd]as|[Dd]er) {_NOUN} und (?:(?:die|das|der) )?{_NOUN}(?: (?:der|des) {_NOUN})?"
_SUBJECT = rf"(?P<two>{_TWO})|(?P<one>{_ONE})"
_SUBJECT_FIRST = re.compile(rf"^(?:{_SUBJECT}) (?P<verb>[a-zäöüß]+)\b")
_SUBJECT_AFTER_VERB = re.compile(rf"^(?:{_SUBJECT})(?= [a-zäöüß]| [A-ZÄÖÜ][a-zäöüß]+[.,]?$|[.,])")
# "Am Dienstag wurde er ...", "Nun hat sie ...", "Er wurde ...": the pronoun as subject, right after
# the verb or first
_PRONOUN_FIRST = re.compile(r"^(?P<pronoun>Er|Sie) (?P<verb>[a-zäöüß]+) (?P<rest>.+)$")
_PRONOUN_AFTER_VERB = re.compile(r"^(?P<front>[A-ZÄÖÜ][^,:;]{0,40}?) (?P<verb>[a-zäöüß]+) (?P<pronoun>er|sie)"
                                 r" (?P<rest>.+)$")
# a plural verb ("einigten", "haben")
_PLURAL = re.compile(r"(?:en|ern|eln)$|^(?:sind|waren)$")
_SINGULAR_EN = frozenset("gewann begann kam nahm sprang rann schwamm".split())  # (not plural "-en")
# the pronouns that may mean a subject: one with "der"/"ein", one with "die"/"eine", two parties, a person
# named (either)
HE, SHE, THEY, ANY = "er", "sie", "sie (plural)", "er/sie"
_SAID_AS = {HE: ("er",), SHE: ("sie",), THEY: ("sie",), ANY: ("er", "sie")}
_SUBJECT_STARTS = frozenset("Der Die Das Ein Eine".split())


def _singular(verb: str) -> bool:
    return verb in _SINGULAR_EN or not _PLURAL.search(verb)


def _pronoun(match: re.Match, verb: str) -> str:
    """The pronoun that means the subject ``match`` found: HE, SHE, THEY, ANY, or ""."""
    if match["two"]:
        return "" if _singular(verb) else THEY
    if not _singular(verb):
        return ""
    if match["given"]:
        return ANY if given_name(match["given"]) else ""
    return HE if match["article"].lower() in ("der", "ein") else SHE


def background_subject(sentence: str) -> tuple[str, str]:
    """The subject ``sentence`` names (a thing or person with its article, a person's name, two
    parties), and the pronoun that means it: ("Die Traditionsbäckerei Huber in Musterdorf", "sie"),
    or ("", "")."""
    verbs = finite_verbs(sentence)
    if not verbs:
        return "", ""
    match = _SUBJECT_FIRST.match(sentence)
    pronoun = _pronoun(match, verbs[0]) if match and match["verb"] == verbs[0] else ""
    if not pronoun:  # ("Seit November hatten das Land ... und die Gewerkschaften ...")
        after = sentence.find(f" {verbs[0]} ")
        match = _SUBJECT_AFTER_VERB.match(sentence[after + len(verbs[0]) + 2:]) if after > 0 else None
        if not match or sentence[:after].split()[0] in _SUBJECT_STARTS:
            return "", ""  # (a subject before the verb that is not a phrase named here)
        pronoun = _pronoun(match, verbs[0])
    subject = match["two"] or match["one"]
    return (subject[0].upper() + subject[1:], pronoun) if pronoun else ("", "")



def _pronoun_subject(news: str) -> re.Match | None:
    """``news`` opening with "er"/"sie" as its subject, first or right after the first verb."""
    return _PRONOUN_FIRST.match(news) or _PRONOUN_AFTER_VERB.match(news)


def with_subject_named(news: str, background: str) -> str:
    """``news`` with its "er"/"sie" subject replaced by the one ``background`` names, the subject
    first ("Am Dienstag wurde er ... verurteilt." -> "Der frühere Vermögensberater ... wurde am
    Dienstag ... verurteilt."), or "" when it opens otherwise or the pronoun does not fit."""
    subject, pronoun = background_subject(background)
    match = _pronoun_subject(news)
    if match and match["pronoun"].lower() not in _SAID_AS.get(pronoun, ()):
        subject, pronoun = person_in_apposition(background)  # (not the background's subject: whom "er" means)
    if not subject or (_FORMER.search(subject) and _RESIGNED.search(news)):
        return ""  # ("Der frühere Bürgermeister von X trat zurück": from an office he no longer held?)
    verbs = finite_verbs(news)
    if not match or not verbs or match["verb"] != verbs[0]:
        return ""
    said = match["pronoun"].lower()
    if said not in _SAID_AS[pronoun] or (pronoun == THEY) == _singular(match["verb"]) \
            or re.search(rf"\b{said}\b", match["rest"]):
        return ""  # (another "er" later: whom it means is less sure)
    if match.re is _PRONOUN_FIRST:
        return f"{subject} {match['verb']} {match['rest']}"
    front = match["front"]
    front = front[0].lower() + front[1:] if front.split()[0] in _LOWERED else front
    rest = _without_now(match["rest"]) if re.search(WEEKDAYS, front) else match["rest"]
    return f"{subject} {match['verb']} {front} {rest}"  # ("am Dienstag", without "nun")


_FORMER = re.compile(r"\b(?:frühere|ehemalige|einstige)\w*\b")
_RESIGNED = re.compile(r"\b(?:trat|tritt|treten|traten)\b[^.;]*\bzurück\b|\bRücktritt\b"
                       r"|\blegte\b[^.;]*\bAmt\b")


def _without_now(rest: str) -> str:
    """``rest`` of a sentence whose day is said without its "nun"/"jetzt": "am Dienstag hat er ..."."""
    return re.sub(r"^(?:nun|jetzt) ", "", rest)


def _fits(article: str, role: str) -> bool:
    """The role is said of a person with this article: a woman's after "die", a man's after "der"."""
    return (article.lower() == "die") == role.endswith("in")


# "..., im Zentrum der Kritik steht der Leiter der städtischen IT-Abteilung, Gernot Hametner.": a person
# by role and name at the background's end
_APPOSITION = re.compile(r"\b(?P<article>der|die) "
                         r"(?P<role>[A-ZÄÖÜ][\w-]+(?: (?:der|des) (?:[a-zäöü]\w+ )?[A-ZÄÖÜ][\w-]+)?)"
                         r", (?P<name>[A-ZÄÖÜ][a-zäöüé]+ [A-ZÄÖÜ][\w-]+)\.$")


def _apposition(background: str) -> re.Match | None:
    """The person ``background`` ends with by role and name, when the name is a person's and the
    role fits the article."""
    match = _APPOSITION.search(background)
    if not match or not given_name(match["name"].split()[0]):
        return None
    return match if _fits(match["article"], match["role"].split()[0]) else None


def person_in_apposition(background: str) -> tuple[str, str]:
    """The person ``background`` ends with, by role and name ("Der Leiter der städtischen
    IT-Abteilung, Gernot Hametner,"), and the pronoun that means them; or ("", "")."""
    match = _apposition(background)
    if not match:
        return "", ""
    return (f"{match['article'].capitalize()} {match['role']}, {match['name']},",
            SHE if match["article"] == "die" else HE)


def _said_after(background: str, named: str, said: str) -> str:
    """``background`` read after the news ``named`` its subject: with "er"/"sie" (``said``) for it, or
    with the surname for the person it ended with, whom the news named ("... steht Hametner.")."""
    found = _apposition(background)
    if not found or not named.startswith(person_in_apposition(background)[0]):
        return with_pronoun(background, said)
    return f"{background[:found.start()]}{found['name'].split()[-1]}."


# "Am Dienstag ...", "Nun ...", "... hat nun ...": the news of a day
_ON_ITS_DAY = re.compile(rf"\b(?:[Aa]m (?:{WEEKDAYS})|[Nn]un|[Jj]etzt)\b")


def with_pronoun(background: str, said: str = "sie") -> str:
    """``background`` said after the news that named its subject, with "er" or "sie" for it: "Seit
    über einem Jahr kämpft sie mit hohen Energiekosten." (the full name again would sound like
    someone new; for a person named, ``said``, the one the news said), or ``background`` itself
    when it names no such subject."""
    subject, pronoun = background_subject(background)
    if not subject:
        return background
    said = said if pronoun == ANY else _SAID_AS[pronoun][0]  # (a name: the pronoun the news said)
    if background.startswith(subject):
        return said.capitalize() + background[len(subject):]
    lowered = subject[0].lower() + subject[1:] if subject.split()[0] in _SUBJECT_STARTS else subject
    return background.replace(f" {lowered}", f" {said}", 1)


_SINCE = re.compile(r"\b[Ss]eit\s+(?:dem\s+|der\s+)?[\wäöü.]+")
# "Zwei Jahre lang warb er für die Fusion", "Jahrelang hatte sie ...", "Zuletzt lag er ... über Kreuz":
# what lasted, background
_HOW_LONG = re.compile(r"^(?:[\wäöü]+ (?:Jahre|Monate|Wochen|Jahrzehnte) lang|Jahrelang|Monatelang"
                       r"|Wochenlang|Zuletzt (?:lag|lagen|stand|standen|war|waren|galt|galten))\b")
# the words of time and place that open a sentence and are lower case inside one
_LOWERED = frozenset("Am Im In An Auf Bei Nach Vor Seit Mit Nun Jetzt Zuletzt Inzwischen Gestern Heute "
                     "Vergangene Vergangenen Vorige Vorigen Letzte Letzten Kurz Bereits Schon Erst Dann "
                     "Danach".split())


# "Nun hat das Familienunternehmen ... beantragt", "Nun hat die Geschäftsführung ... angekündigt": the
# firm's news "nun", its subject the firm or its management by a word that names no one
_NOW_BY_ROLE = re.compile(r"^(?P<now>Nun|Jetzt) (?P<verb>[a-zäöüß]+) "
                          r"(?P<subject>(?:der|die|das) (?P<noun>[A-ZÄÖÜ][a-zäöüß]+)) (?P<rest>[a-zäöüß].*)$")
_THE_FIRM = frozenset("Unternehmen Familienunternehmen Traditionsunternehmen Familienbetrieb "
                      "Traditionsbetrieb Betrieb Firma Konzern".split())
ITS_MANAGEMENT = frozenset("Geschäftsführung Unternehmensleitung Konzernleitung Firmenleitung "
                            "Eigentümerfamilie Belegschaft Betriebsrat Vorstand Management".split())


def with_firm_named(news: str, background: str, headlines: tuple[str, ...] = ()) -> str:
    """``news`` told "nun" by the firm or its management named by a word that says not which ("Nun
    hat das Familienunternehmen ... beantragt") after ``background`` naming the firm ("Gerüchte über
    die Zukunft des Küchenherstellers Krenn"; "Die Hainzl Agrartechnik wurde 1921 ... gegründet" under
    the headline "Landmaschinenhersteller Hainzl ..."), said with the firm named: "Der
    Küchenhersteller Krenn hat nun ... beantragt", "Die Geschäftsführung des Möbelherstellers Kranzl
    hat nun ..."; else ""."""
    match = _NOW_BY_ROLE.match(news)
    firm = firm_named(headlines, [background]) if match else None  # (the firm: only for news told so)
    if not match or not firm or not finite_verbs(news)[:1] == [match["verb"]]:
        return ""
    kind, name = firm
    if match["noun"] in _THE_FIRM:
        subject = f"Der {kind} {name}"
    elif match["noun"] in ITS_MANAGEMENT:
        subject = f"{match['subject'][0].upper()}{match['subject'][1:]} {firm_genitive(kind)} {name}"
    else:
        return ""
    return f"{subject} {match['verb']} {match['now'].lower()} {match['rest']}"


def named_news(units: list[Unit], headlines: tuple[str, ...] = ()) -> tuple[list[Unit], Unit] | None:
    """The news told through "er" or "sie" right after background naming who (the first or, after a
    standfirst, the second of ``units``), said with the subject named (with_subject_named), and the
    units to read it with, the background now saying the pronoun; or the firm's news (_firm_news); or
    None. ``headlines``: the headline and a standfirst not read, which may name the firm. (lead_news
    puts the news first.)"""
    # (the news of the day first: "Am Dienstag hat er nun ... erklärt", not "Er soll bereits 2022 ...")
    pairs = sorted(_told_after(units), key=lambda pair: not _ON_ITS_DAY.search(pair[1].text))
    for background, unit in pairs:
        text = unit.text
        # (a state held "seit 2019" dates no event: "Sie leitet seit 2019 das Landestheater ...")
        dated = datable_event(_SINCE.sub("", background.text)) and not tells_no_news(background.text)
        news = datable_event(_SINCE.sub("", text)) or tells_news_now(text)  # (not "Seit Wochen stand er ...")
        # (nor "Bei der Wahl 2021 war er ... bestätigt worden": what had happened before, in the past perfect)
        if unit.or_else or unit.also or dated or not news or _HOW_LONG.match(text) or past_perfect(text):
            continue
        named = with_subject_named(text, background.text)
        if not named or first_person(text) or reported_speech(text):
            continue
        if verdict(0, [named]) != (None, "") or opening_reference(named):
            continue
        said = _pronoun_subject(text)["pronoun"].lower()  # (the one with_subject_named replaced)
        before = replace(background, text=_said_after(background.text, named, said), needs=unit.index)
        return [before if u is background else u for u in units], replace(unit, text=named)
    return _firm_news(units, headlines)


def _told_after(units: list[Unit]) -> list[tuple[Unit, Unit]]:
    """Each pair of background (the first unit or, after a standfirst, the second) and a sentence
    after it telling news through a pronoun: the one right after it, or one at the end of a chain
    of sentences each telling of the same "er" or "sie" ("Der Landesrat galt lange als ... Seit
    Wochen stand er in der Kritik. Am Montag trat er zurück.": the background's subject is who)."""
    pairs = []
    for background in units[:2]:
        chain = background
        for unit in units[background.index + 1:LEAD_SEARCH + 1]:
            if unit.needs != chain.index:
                break
            pairs.append((background, unit))
            told = _pronoun_subject(unit.text)
            event = _ON_ITS_DAY.search(unit.text)  # (not "Er soll bereits 2022 ...": background too)
            if not told or finite_verbs(unit.text)[:1] != [told["verb"]] or event:
                break  # (the chain goes on only through background told of the same one)
            chain = unit
    return pairs


def _firm_news(units: list[Unit], headlines: tuple[str, ...]) -> tuple[list[Unit], Unit] | None:
    """The firm's news told "nun" after a lead that is background naming the firm, by a word that
    says not which ("Nun hat das Familienunternehmen ..."), said with the firm named
    (with_firm_named), and the units to read it with; or None."""
    if not tells_no_news(units[0].text) and not FOUNDED.search(units[0].text):  # (a firm's history)
        return None
    for unit in units[1:LEAD_SEARCH]:
        named = with_firm_named(unit.text, units[0].text, headlines)
        if named and not unit.or_else and not unit.also and verdict(0, [named]) == (None, "") \
                and not opening_reference(named):
            # the rumours and troubles before it, and what leans on them, tell nothing once it is told
            gone = set(range(unit.index))
            for other in units:
                if gone & {other.needs, *other.or_else, *other.also}:
                    gone.add(other.index)
            return [u for u in units if u.index not in gone], replace(unit, text=named)
    return None


# "Nun zieht sich der Gründer aus der Geschäftsführung zurück": a person's news "nun" by their role
# (or on its day: "Am Mittwoch zog der SVP-Politiker nun die Konsequenzen")
_NOW_BY_PERSON = re.compile(rf"^(?:(?P<now>Nun|Jetzt)|(?P<day>Am (?:{WEEKDAYS})\w*)) (?P<verb>[a-zäöüß]+) "
                            r"(?P<sich>sich )?(?P<article>der|die) "
                            r"(?P<role>(?:[A-ZÄÖÜ]{2,}-)?[A-ZÄÖÜ][a-zäöüß]{3,}(?:er|in|or|ent|ist|eur)) "
                            r"(?P<rest>[a-zäöüß].*)$")


def with_person_for_role(news: str, background: str, headline: str = "") -> str:
    """``news`` told "nun" of someone by a role alone ("Nun zieht sich der Gründer ... zurück") after
    ``background`` whose subject is a person named ("Vor sechs Jahren gründete Maximilian Prem ..."),
    said with the name after the role, subject first: "Der Gründer Maximilian Prem zieht sich nun ...
    zurück", or by the headline's compound of the role ("Paukfix-Gründer Maximilian Prem ..."): the
    listener hears whose. Else ""."""
    match = _NOW_BY_PERSON.match(news)
    subject, pronoun = background_subject(background)
    if not match or pronoun != ANY or finite_verbs(news)[:1] != [match["verb"]]:
        return ""
    role = match["role"]
    if re.search(rf"\b{role}\b", background):
        return ""  # (a thing dealt with: "... maß Anna Muster den Gletscher", "Nun schmilzt der Gletscher")
    if role in NOT_PERSONS or role in ITS_MANAGEMENT or not _fits(match["article"], role):
        return ""  # (a woman's role after "die", a man's after "der"; not "der Vorstand")
    compound = [w for w in re.findall(r"[\w-]+", headline)
                if len(w) > len(role) + 2 and w.endswith(role.lower()) or w.endswith(f"-{role}")]
    said = compound[0] if compound else f"{match['article'].capitalize()} {role}"
    when = match["now"].lower() if match["now"] else "am" + match["day"][2:]  # ("am Mittwoch", without "nun")
    rest = match["rest"] if match["now"] else _without_now(match["rest"])
    return f"{said} {subject} {match['verb']} {match['sich'] or ''}{when} {rest}"


def role_news(units: list[Unit], headline: str) -> tuple[list[Unit], Unit] | None:
    """A person's news told "nun" by their role after a lead that is background naming them
    (with_person_for_role), and the units to read it with, the background saying "er" or "sie"; or
    None. (lead_news puts it first when the headline is no sentence to lead with.)"""
    background = units[0]
    if tells_news_now(background.text):
        return None
    for unit in units[1:LEAD_SEARCH]:
        named = with_person_for_role(unit.text, background.text, headline)
        if not named or unit.or_else or unit.also:  # (what it needed was whose role: now said)
            continue
        if verdict(0, [named]) != (None, "") or opening_reference(named):
            continue
        said = "sie" if _NOW_BY_PERSON.match(unit.text)["article"] == "die" else "er"
        before = replace(background, text=with_pronoun(background.text, said), needs=unit.index)
        return [before if u is background else u for u in units], replace(unit, text=named)
    return None


# "Nun lenkt der Wohnbaulandesrat ein: Martin Brandauer kündigte am Mittwoch an, dass ...": a kicker
# naming the role, the news after its colon naming the person
_ROLE_KICKER = re.compile(r"^(?:Nun|Jetzt) [a-zäöüß]+ (?:sich )?(?P<article>der|die) "
                          r"(?P<role>[A-ZÄÖÜ][\w-]{3,})(?: [a-zäöüß]+)?: "
                          r"(?P<name>[A-ZÄÖÜ][a-zäöüé]+ [A-ZÄÖÜ][\w-]+) (?P<rest>[a-zäöüß][^:]*)$")


def kicker_news(units: list[Unit]) -> tuple[list[Unit], Unit] | None:
    """The news told after a kicker naming a role (role_before_name) soon after a lead telling no
    news of its own, said from the colon, and the units to read it with; or None."""
    if tells_news_now(units[0].text):
        return None
    for unit in units[1:LEAD_SEARCH + 1]:
        said = role_before_name(unit.text)
        if said and not unit.or_else and not unit.also and verdict(0, [said]) == (None, ""):
            return units, replace(unit, text=said)
    return None


def role_before_name(news: str) -> str:
    """``news`` told after a kicker naming a role ("Nun lenkt der Wohnbaulandesrat ein: Martin
    Brandauer kündigte am Mittwoch an, ..."), said from the colon with the role before the name:
    "Wohnbaulandesrat Martin Brandauer kündigte am Mittwoch an, ..."; else ""."""
    match = _ROLE_KICKER.match(news)
    if not match or not given_name(match["name"].split()[0]) or not finite_verbs(match["rest"]):
        return ""
    if not _fits(match["article"], match["role"]) or match["role"] in NOT_PERSONS:
        return ""
    return f"{match['role']} {match['name']} {match['rest']}"

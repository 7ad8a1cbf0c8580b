"""The office a headline names said with the person who holds it ("Bürgermeister von X tritt zurück" and
Max Muster, named in the body: "Der Bürgermeister von X, Max Muster,"), and with the firm the body tells
the person heads ("Der Vorstandschef der Tauernkar Bergbahnen, Johann Muster,"). day_news.py says a lead's
subject so.
"""

from __future__ import annotations

import re

from bulletin.text.antecedents import people_named
from bulletin.text.event_place import is_office
from bulletin.text.headline_nouns import F, M, N, noun_gender

# the headline's office, its own subject: "Bürgermeister von Heidenreichsdorf tritt zurück"
_HEADLINE_OFFICE = re.compile(r"(?:^|:\s+)(?P<office>(?:[A-ZÄÖÜ]\w*er\s+|(?P<whose>[A-ZÄÖÜ]\w*s)\s+)?"
                              r"[A-ZÄÖÜ][\w-]+(?:\s+(?:von|aus|der|des)\s+[A-ZÄÖÜ][\w-]+"
                              r"(?:\s+(?:am|im|an der|bei)\s+[A-ZÄÖÜ][\w-]+|\s+[A-ZÄÖÜ][\w-]+)*)?)"
                              r"\s+(?=[a-zäöüß])")


# "stand Johann Muster an der Spitze der Tauernkar Bergbahnen AG": the firm or body a person heads
_AT_THE_HEAD = re.compile(r"\ban der Spitze (?P<org>(?:der|des) [A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+){0,3}?)"
                          r"(?: (?:AG|GmbH|SE|KG|OG))?\b(?! [A-ZÄÖÜ])")
_HEADS_A_FIRM = re.compile(r"(?:Der|Die) (?:\w*(?:[Cc]hef|[Vv]orstand|[Gg]eschäftsführer|[Dd]irektor"
                           r"|[Ii]ntendant|[Pp]räsident|[Oo]bmann|[Oo]bfrau)\w*)")


def with_firm_headed(office: str, person: str, before: list[str]) -> str:
    """``office`` (as by_office says it, the office alone and the ``person``: "Der Vorstandschef Johann
    Muster") with the firm the sentences ``before`` tell the person heads: "Der Vorstandschef der Tauernkar
    Bergbahnen, Johann Muster,"; else ""."""
    said = office[:-len(person)].rstrip() if person and office.endswith(f" {person}") else ""
    if not _HEADS_A_FIRM.fullmatch(said):
        return ""
    surname = person.split()[-1]
    org = next((found["org"] for text in before
                if surname in text and (found := _AT_THE_HEAD.search(text))), "")
    return f"{said} {org}, {person}," if org else ""


def office_holder(headlines: tuple[str, ...]) -> set[str]:
    """The people the headline names right after an office: "Bürgermeister Johann Leitgeb tritt zurück"."""
    return {p for h in headlines for p in people_named(h) if _office_before(h, p)}


def _office_before(headline: str, person: str) -> str:
    """The office said right before ``person`` in ``headline`` ("Bürgermeister" in "... Bürgermeister Johann
    Leitgeb tritt zurück"), or ""."""
    word = (headline[:headline.find(person)].split() or [""])[-1] if person and person in headline else ""
    return word if is_office(word) else ""


def _article(office: str) -> str:
    """ "Die" for an office a woman holds ("Landesrätin"), else "Der"."""
    return "Die" if office.endswith("in") else "Der"


def by_office(headlines: tuple[str, ...], person: str) -> str:
    """``person`` said with the office the headline names ("Der Bürgermeister von X, Max Muster,",
    "Der Südtiroler Landesrat Max Muster"), or the office alone; "" when the headline names none.
    (The office after a colon too: "Fusion abgelehnt: Bürgermeister von X tritt zurück"; and before the
    person's name: "Gföhlberger Bürgermeister Rauchenberger tritt zurück".)"""
    names = [re.escape(n) for n in (person, *person.split()[-1:]) if n]
    unnamed = [re.sub(rf"\s+(?:{'|'.join(names)})(?=\s)", "", h) if names else h for h in headlines]
    offices = (found for h in unnamed for found in _HEADLINE_OFFICE.finditer(h))
    found = next((o for o in offices if any(is_office(w) for w in o["office"].split()[:2])), None)
    if not found:
        return _named_after_office(headlines, person)
    office = found["office"]
    noun = next((w for w in office.split() if is_office(w)), office.split()[0])  # ("Kärntner Landesrätin")
    article = "" if found["whose"] else f"{_article(noun)} "
    if re.search(r" (?:von|aus|der|des) ", office) and person:  # "Der Bürgermeister von X, Max Muster, ..."
        return f"{article}{office}, {person},"
    # ("Sloweniens Infrastrukturminister Matej Golob": whose office, said without an article)
    return f"{article}{office} {person}".rstrip()


def _named_after_office(headlines: tuple[str, ...], person: str) -> str:
    """``person`` said with the office right before the name in a headline that is not its subject
    ("Affäre kostet Bürgermeister Herbert Muster das Amt": "Der Bürgermeister Herbert Muster"), or ""."""
    office = next((found for h in headlines if (found := _office_before(h, person))), "")
    return f"{_article(office)} {office} {person}" if office else ""


# "Umwidmungsaffäre kostet Bürgermeister Herbert Muster das Amt": what made the person go
_COSTS_THE_OFFICE = re.compile(r"^(?P<cause>[A-ZÄÖÜ][\w-]+) kostet (?:[A-ZÄÖÜ][\w-]* ){1,4}"
                               r"(?:das Amt|den Job|den Posten|den Sessel)\b")


def cause_of_leaving(headlines: tuple[str, ...]) -> str:
    """What the headline says cost a person the office, said after the day a lead tells they left: "nach
    einer Umwidmungsaffäre"; "" when there is none or its gender is not sure."""
    found = next((found for h in headlines if (found := _COSTS_THE_OFFICE.match(h))), None)
    cause = found["cause"] if found else ""
    # (not in the headline's nouns: with them the headline is said "... kostet einen Bürgermeister X das Amt")
    gender = F if cause.endswith(("affäre", "Affäre")) else M if cause.endswith(("skandal", "Skandal")) \
        else noun_gender(cause) if cause else None
    if gender is None:
        return ""
    return f"nach {'einem' if gender in (M, N) else 'einer'} {found['cause']}"

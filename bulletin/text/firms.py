"""A firm said as radio says it: by its name, without its legal form. "Die Murtal Energie GmbH ist
Opfer eines Angriffs" is read "Die Murtal Energie ist Opfer ...": "Ge Emm Be Ha" after the name tells a
listener nothing and takes a second. The form goes only after a capitalized name ("die GmbH" alone
stays), and "AG" only after two capitalized words ("Beispiel Holding AG", not "die AG Wohnen"); not
after a plural ("Die Österreichische Volksbanken AG soll ...": "die Volksbanken soll" does not agree)."""

from __future__ import annotations

import re

_LEGAL_FORM = re.compile(r"\s+(?P<form>GmbH\s*&\s*Co\.?\s*KG|Ges\.\s?m\.\s?b\.\s?H\.|GmbH|gGmbH|KG|OG|AG)"
                         r"(?=[\s,;:!?)]|\.?$|\.\s)")
_PLURAL = ("en", "werke", "betriebe")  # "Die Volksbanken AG soll": without it, the verb would not agree
_ENDS = (".", "!", "?", "“", "”", '"', "«", "»")


def without_legal_form(sentence: str) -> str:
    """``sentence`` with a firm's legal form after its name left out ("Beispiel GmbH" -> "Beispiel")."""
    def dropped(match: re.Match) -> str:
        before = match.string[:match.start()].split()[-2:]  # the name's last two words
        named = bool(before) and before[-1][:1].isupper() and not before[-1].endswith(_PLURAL)
        if match["form"] == "AG":
            named = named and len(before) == 2 and before[0][:1].isupper()
        return "" if named else match.group(0)
    said = _LEGAL_FORM.sub(dropped, sentence)
    return said + "." if sentence.endswith(".") and not said.endswith(_ENDS) else said


# "Der obersteirische Energieversorger ist ...": a firm by what it does, at the start of the sentence, the
# verb right after; "der Murtal Energie GmbH": a firm named with its legal form
_FIRM_EPITHET = re.compile(r"^(?P<epithet>(?:Der|Die|Das)\s+(?:[a-zäöüß]+e\s+){0,2}"
                           r"(?P<kind>[A-ZÄÖÜ][a-zäöüß]+))\s+(?=[a-zäöüß])")
FIRM_KINDS = ("versorger", "konzern", "hersteller", "händler", "unternehmen", "betrieb", "verlag",
               "verarbeiter", "zulieferer", "anbieter", "betreiber", "produzent", "erzeuger", "bank",
               "versicherer")
_FIRM_NAMED = re.compile(r"\b(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es)\s+(?P<name>(?:[A-ZÄÖÜ][\w&-]*\s+){1,3}?)"
                         r"(?:GmbH|AG|KG|OG|Ges\.\s?m\.\s?b\.\s?H\.)(?=[\s,;:.!?)])")


def with_firm_of_epithet(sentence: str, before: str) -> str:
    """ "Der obersteirische Energieversorger ist Opfer ..." after "... der Murtal Energie GmbH ..." ->
    "Der obersteirische Energieversorger Murtal Energie ist Opfer ...": the sentence stands without the
    one before (a scene the item does not read), which it needed only to say which firm. Only when
    ``before`` names exactly one firm with its legal form; else ``sentence`` as it is."""
    match = _FIRM_EPITHET.match(sentence)
    if not match or not match["kind"].lower().endswith(FIRM_KINDS):
        return sentence
    names = {found["name"].strip() for found in _FIRM_NAMED.finditer(before)}
    if len(names) != 1:
        return sentence
    return f"{match['epithet']} {names.pop()} {sentence[match.end():]}"


# a firm by what it is and its name: "Landmaschinenhersteller Hainzl beantragt ..." (a headline's
# subject), "des Küchenherstellers Krenn" and "Der Antriebsspezialist Hollerbach Drivetrain, der ..." (in
# the body)
_HEADLINE_FIRM = re.compile(r"^(?P<kind>[A-ZÄÖÜ][\w-]+)\s+(?P<name>[A-ZÄÖÜ][\w-]+)\s+(?=[a-zäöüß])")
_FIRM_OF = re.compile(r"\bdes (?P<kind>[A-ZÄÖÜ][a-zäöüß-]+(?:ers|isten)) "
                      r"(?P<name>[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)(?=[\s,.;:])")
_FIRM_FIRST = re.compile(r"(?:^|(?<=\.\s))Der (?P<kind>[A-ZÄÖÜ][a-zäöüß-]+(?:er|ist)) "
                         r"(?P<name>[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)(?=,|\s+[a-zäöüß])")
# a firm said by what it is ("das Unternehmen", "das Sägewerk", "die Bäckerei", "der Antriebsspezialist")
FIRM_WORDS = (*FIRM_KINDS, "spezialist", "werk", "erei", "firma", "industrie", "werke", "plattform")
_FEMININE = ("erei", "firma", "industrie", "bank", "plattform")
# "wurde 1921 als Dorfschmiede gegründet": a firm's history, background to its news
FOUNDED = re.compile(r"\bwurden?\s+(?:im\s+Jahr\s+)?\d{4}\s+(?:als\s+(?:[\w-]+\s+){1,3}?)?gegründet\b")


def firm_named(headlines: tuple[str, ...], before: list[str]) -> tuple[str, str] | None:
    """The firm an article names by what it is and its name, as (kind, name) with the kind said as a
    subject ("Landmaschinenhersteller", "Hainzl"): the headline's subject when the sentences ``before``
    name it too, else the one firm those sentences name so; or None."""
    text = " ".join(before)
    for headline in headlines:
        found = _HEADLINE_FIRM.match(headline)
        if found and found["kind"].lower().endswith(FIRM_WORDS) and found["name"] in text:
            return found["kind"], found["name"]
    named = {(f["kind"][:-1] if f["kind"].endswith("ers") else f["kind"][:-2], f["name"])
             for f in _FIRM_OF.finditer(text)}
    named |= {(f["kind"], f["name"]) for f in _FIRM_FIRST.finditer(text)}
    named = {(kind, name) for kind, name in named if kind.lower().endswith(FIRM_WORDS)}
    return named.pop() if len(named) == 1 else None


def firm_genitive(kind: str) -> str:
    """ "des Antriebsspezialisten", "des Küchenherstellers", "der Bäckerei": whose, said of a kind of firm."""
    if kind.lower().endswith(_FEMININE):
        return f"der {kind}"
    return f"des {kind}en" if kind.endswith("ist") else f"des {kind}s"

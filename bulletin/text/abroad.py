"""A foreign country's institution named for listeners at home: "Der Bundestag hat ... beschlossen"
is German news to an Austrian ear only when it is said ("Der deutsche Bundestag hat ..."), once, where
the item has not named the country before. Only institutions no other German-speaking country has by
that name ("Bundesrat", "Bundesregierung", "Nationalrat", "Bundeskriminalamt" are left as they are).
"""

from __future__ import annotations

import re

# country: (its adjective's stem, ((gender, institutions' names as a pattern), ...))
_INSTITUTIONS = {
    "Deutschland": ("deutsch", (
        ("m", r"Bundestag|Bundesgerichtshof|BGH|Bundesfinanzhof|Bundesgesundheitsminister(?!in)"),
        ("n", r"Bundeskabinett|Bundesverfassungsgericht|Bundesarbeitsgericht|Bundessozialgericht"
              r"|Bundeskartellamt|Statistischen? Bundesamt"),
        ("f", r"Bundesagentur für Arbeit|Bundesnetzagentur|Gewerkschaft (?:Verdi|GDL|IG Metall)"),
    )),
}
# the article or contraction before the name, with the case it stands for
_ARTICLE = r"(?P<article>[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Vv]om|[Ii]m|[Bb]eim|[Zz]um|[Aa]m|[Zz]ur)"
_DATIVE = frozenset("vom im beim zum am zur".split())
# the weak adjective's ending after the article: "der deutsche Bundestag", "des deutschen Bundestags"
_E_AFTER = {"m": frozenset({"der"}), "n": frozenset({"das"}), "f": frozenset({"die"})}


def with_country_named(text: str, home: tuple[str, ...]) -> str:
    """``text`` with the first institution of a country other than the station's ``home`` (its words,
    known.HOMES) said with the country's adjective, unless the country was named before it."""
    if not home:
        return text
    for country, (adjective, groups) in _INSTITUTIONS.items():
        if country in home:
            continue
        found = [(match, gender) for gender, names in groups
                 if (match := re.search(rf"\b{_ARTICLE}\s+(?:{names})(?:e?s)?\b", text))]
        if not found:
            continue
        match, gender = min(found, key=lambda pair: pair[0].start())
        if re.search(rf"\b(?:{country}|{adjective}\w*|{adjective.capitalize()}\w*)", text[:match.end()]):
            continue
        article = match["article"]
        ending = "e" if article.lower() in _E_AFTER[gender] and article.lower() not in _DATIVE else "en"
        at = match.end("article")
        text = f"{text[:at]} {adjective}{ending}{text[at:]}"
    return text

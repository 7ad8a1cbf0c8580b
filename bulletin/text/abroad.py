"""A foreign country's institution named for listeners at home: "Der Bundestag hat ... beschlossen"
is German news to an Austrian ear only when it is said ("Der deutsche Bundestag hat ..."), once, where
the item has not named the country before. Only institutions no other German-speaking country has by
that name, or those the home shares ("Bundesrat", "Bundesregierung") in a story told wholly abroad.
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
# Names Austria's institutions share, said German only in a story that is German: "Der Bundesrat hat die
# Reform gebilligt" after "Berlin (dpa)" and "der Bundestag" is the German one to an Austrian ear.
_SHARED = {"Deutschland": (("m", r"Bundesrat"), ("f", r"Bundesregierung"),
                           ("n", r"Bundesverwaltungsgericht|Bundeskriminalamt"))}
_STORY_IN = {"Deutschland": re.compile(r"\b(?:Bundestag\w*|Deutschland\w*|Nordrhein-Westfalen|Niedersachsen"
                                       r"|Bayern|Baden-Württemberg|Hessen|Sachsen|Thüringen|Brandenburg"
                                       r"|Schleswig-Holstein|Rheinland-Pfalz|Mecklenburg-Vorpommern|Saarland"
                                       r"|Berlin|Leipzig)\b")}
# a story told at home all the same ("der Nationalrat", "ÖVP und SPÖ", "Landeshauptmann")
_AT_HOME = re.compile(r"\b(?:Nationalrat\w*|ÖVP|SPÖ|FPÖ|NEOS|Landeshauptm\w+|Ministerrat\w*|Schweiz\w*"
                      r"|Eidgenoss\w*|Kanton\w*)\b")
# the article or contraction before the name, with the case it stands for
_ARTICLE = r"(?P<article>[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Vv]om|[Ii]m|[Bb]eim|[Zz]um|[Aa]m|[Zz]ur)"
_DATIVE = frozenset("vom im beim zum am zur".split())
# the weak adjective's ending after the article: "der deutsche Bundestag", "des deutschen Bundestags"
_E_AFTER = {"m": frozenset({"der"}), "n": frozenset({"das"}), "f": frozenset({"die"})}


def with_country_named(text: str, home: tuple[str, ...], story: str = "") -> str:
    """``text`` with the first institution of a country other than the station's ``home`` (its words,
    known.HOMES) said with the country's adjective, unless the country was named before it; one
    whose name the home's own share ("Bundesrat") only when the whole ``story`` is told there."""
    if not home:
        return text
    for country, (adjective, groups) in _INSTITUTIONS.items():
        if country in home:
            continue
        if _STORY_IN[country].search(story) and not _AT_HOME.search(story):
            groups = (*groups, *_SHARED[country])
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

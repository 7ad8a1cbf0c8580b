"""A figure the article corrects further on, said as corrected where the headline gives the first one.

Agency copy often corrects a count at the end: "Zunächst war von 240 betroffenen Mitarbeiterinnen und
Mitarbeitern die Rede, am Nachmittag korrigierte das Unternehmen die Zahl auf 185". Its headline still
says the first count ("Polytherm baut in Wels 240 Stellen ab"). Said as the item's lead, that headline
would tell the listener a figure the article itself withdrew. The headline says the corrected one.
"""

from __future__ import annotations

import re

_FIGURE = r"\d{1,3}(?:\.\d{3})+|\d+"
_ABOUT = r"(?:rund|etwa|mehr\s+als|mindestens|knapp|bis\s+zu|über)\s+"
# "Zunächst war von 240 ... die Rede, am Nachmittag korrigierte das Unternehmen die Zahl auf 185";
# "Zunächst war von rund 5.000 ... die Rede, am Abend sprach das Unternehmen von bis zu 30.000"
_CORRECTION = re.compile(
    rf"\b(?:Zunächst|Anfangs|Ursprünglich|Zuerst)\s+(?:war|hatte|hieß|hatten)\b[^.;]*?\b(?:von\s+)?(?:{_ABOUT})?"
    rf"(?P<old>{_FIGURE})\b(?:[^.;]|\.(?=\d))*?(?:\.\s+)?[^.;]*?\b(?:korrigierte\w*|korrigiert|sprach\w*|"
    rf"nannte\w*)\b[^.;]*?\b(?:auf|von)\s+(?:{_ABOUT})?(?P<new>{_FIGURE})\b")


def corrections(body: str) -> dict[str, str]:
    """The figures ``body`` corrects, first count -> corrected count ("240" -> "185")."""
    found = _CORRECTION.finditer(body)
    return {each["old"]: each["new"] for each in found if each["old"] != each["new"]}


def as_corrected(headline: str, corrected: dict[str, str]) -> str:
    """``headline`` with each figure the body corrects further on (``corrected``, from corrections)
    said as corrected."""
    for old, new in corrected.items():
        headline = re.sub(rf"(?<![\d.,]){re.escape(old)}(?![\d.,]\d)", new, headline)
    return headline

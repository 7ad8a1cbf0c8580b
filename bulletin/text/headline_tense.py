"""A headline's present said as the perfect a newsreader uses for what happened.

Headlines tell an accident in the present ("Schulbus kommt auf eisiger Straße von der Fahrbahn
ab"); read as a lead, that sounds as if it were happening now. Said: "Ein Schulbus ist auf einer
eisigen Landesstraße von der Fahrbahn abgekommen." Only verbs of an accident, which never tell what
is going on now ("gerät unter Druck" may be; "kommt nach Wien" is a visit).
"""

from __future__ import annotations

import re

# "Schulbus kommt auf eisiger Straße von der Fahrbahn ab": a headline's present for an accident that
# happened; the newsreader says it in the perfect ("ist ... abgekommen")
_INCIDENT_NOW = re.compile(r"^(?P<subject>.+?) (?P<verb>kommt|kommen|stürzt|stürzen|kippt|kippen|prallt"
                           r"|prallen|rutscht|rutschen) (?P<rest>.+?)(?: (?P<prefix>ab|um))?$")
_PERFECT = {"kommt": "gekommen", "stürzt": "gestürzt", "kippt": "gekippt", "prallt": "geprallt",
            "rutscht": "gerutscht"}
_PLURAL_PRESENT = {"kommen": "kommt", "stürzen": "stürzt", "kippen": "kippt", "prallen": "prallt",
                   "rutschen": "rutscht"}


def incident_in_perfect(said: str) -> str:
    """ "Ein Schulbus kommt auf einer Landesstraße von der Fahrbahn ab" -> "Ein Schulbus ist auf einer
    Landesstraße von der Fahrbahn abgekommen"; else ``said``. Only for verbs of an accident, which
    never tell what is going on now."""
    found = _INCIDENT_NOW.match(said)
    if not found or (found["verb"] in ("kommt", "kommen") and not found["prefix"]):
        return said  # ("kommt nach Wien": a visit, not a crash)
    plural = found["verb"] in _PLURAL_PRESENT
    participle = (found["prefix"] or "") + _PERFECT[_PLURAL_PRESENT.get(found["verb"], found["verb"])]
    return f"{found['subject']} {'sind' if plural else 'ist'} {found['rest']} {participle}"

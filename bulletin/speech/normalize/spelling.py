"""Swiss spelling read as it is said: Swiss copy writes "ss" for "ß" ("Strasse", "gross", "zu
Fuss", "eine Busse"), and a voice reads "ss" after a short vowel: "Strasse" with the "a" of
"Kasse", "gross" like "Gros", "eine Busse" as buses, "ausserdem" as "aus-serdem". Swiss newsreaders
say these words as Germans and Austrians do, so the common ones are written with "ß" for the voice.

Only words where "ss" cannot be right are changed: "Strasser", "Bad Aussee", "die Busse fahren",
"Fussel", "Aussendung", "Hochgeschwindigkeitstrasse" and a surname "Gross" stay as written.
"""

from __future__ import annotations

import re

# (what is written, what the voice gets); lookarounds say where "ss" can only mean "ß"
_SWISS = [
    (re.compile(r"\bgross"), "groß"),  # gross, grosse, grossartig
    # Grossbrand, Grossrat; not the surnames Gross, Grosser
    (re.compile(r"\bGross(?=[a-zäöü])(?!(?:e|en|er|es|em)\b)"), "Groß"),
    (re.compile(r"([Gg])röss(?=e|t)"), r"\1röß"),  # Grösse, grösser, grösste
    # Strasse, Bahnhofstrassen; not Strasser, nor a "Trasse" after a linking s ("Geschwindigkeitstrasse")
    (re.compile(r"(?<!keit)(?<!heit)(?<!ung)(?<!ion)(?<!tät)(?<!schaft)([Ss])trass(?=en?\b)"), r"\1traß"),
    (re.compile(r"\b([Ff])uss(?=\b|gänger|weg)"), r"\1uß"),  # zu Fuss, Fussgänger (not Fussel)
    (re.compile(r"\b([Ff])üsse(?=n?\b)"), r"\1üße"),
    # ausser, ausserdem, äusserst, Aussenminister; not "aus" + "senden" (the Austrian "Aussendung")
    (re.compile(r"\b([AaÄä])uss(?=e[nr])(?!end)"), r"\1uß"),
    (re.compile(r"([Gg])rüss"), r"\1rüß"),  # begrüssen, Grüsse
    (re.compile(r"\bbloss(?=\b|e[nmrs]?\b)"), "bloß"),
    (re.compile(r"\b([Ss])üss(?=\b|e[nmrs]?\b|igkeit)"), r"\1üß"),
    (re.compile(r"\b([Mm])assgeb"), r"\1aßgeb"),  # massgeblich, massgebend
    (re.compile(r"mäss(?=ig)|(?<=\bge)mäss\b"), "mäß"),  # regelmässig, gemäss
    (re.compile(r"\b(einer?) Busse\b"), r"\1 Buße"),  # one fine, so not buses ("keine Busse" may be)
    # "Die Busse wurde ...": the singular verb says it is one fine
    (re.compile(r"\b([Dd]ie) Busse(?= (?:wurde|ist|war|hat|beträgt|betrug)\b)"), r"\1 Buße"),
    (re.compile(r"\b([Bb])uss(?=geld)"), r"\1uß"),  # Bussgeld
]


def swiss_spelling(text: str) -> str:
    """'zu Fuss auf der Strasse' -> 'zu Fuß auf der Straße', 'eine Busse von 250 Franken' -> 'eine
    Buße von 250 Franken', 'ausserdem' -> 'außerdem'."""
    if "ss" not in text:
        return text
    for pattern, spoken in _SWISS:
        text = pattern.sub(spoken, text)
    return text

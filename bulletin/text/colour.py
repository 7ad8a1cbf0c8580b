"""What a sentence after an item's first tells the listener less than it takes to say: the writer's
guess hedged twice or hedged and sure at once, a wink ("nicht von ungefähr"), a walk through what
would follow if someone wins, a long attribute before the subject, that nothing was said, and the
writer's colour (a scene, a catch announced, a match's flow, the writer's own verdict). Used by
verdicts.py: such a sentence is never read.
"""

from __future__ import annotations

import re

from bulletin.text.genre import flow_of_play, foretold, sets_a_scene
from bulletin.text.grammar import is_finite_form, names_speaker

# "Thiem könnte ... vielleicht ... verbringen": a Konjunktiv II and a "vielleicht" in one sentence.
_MIGHT = re.compile(r"\b(?:könnte|könnten|dürfte|dürften|würde|würden)\b")
_PERHAPS = re.compile(r"\b(?:vielleicht|womöglich|eventuell|möglicherweise)\b")


def guesses_twice(text: str) -> bool:
    """ "Thiem könnte im Falle eines Sieges seinen Geburtstag vielleicht auf einem der Courts
    verbringen.": the writer imagining what might be, hedged twice; news tells what is, and an
    outside editor cut the sentence. A single hedge stays ("Die Zahl dürfte steigen")."""
    return bool(_MIGHT.search(text) and _PERHAPS.search(text))


# "Es dürfte aber auf jeden Fall ... kommen": a guess and a certainty in one sentence.
_PROBABLY = re.compile(r"\b(?:dürfte|dürften)\b")
_SURELY = re.compile(r"\b(?:auf jeden Fall|jedenfalls|sicherlich|zweifellos|mit Sicherheit|garantiert"
                     r"|gewiss)\b")


def guesses_for_sure(text: str) -> bool:
    """ "Es dürfte aber auf jeden Fall auch zu baulichen Maßnahmen kommen.": the writer's own guess,
    hedged and sure at once; read without a source it sounds like the newsroom's opinion (an outside
    editor asked for who said it or no sentence). A plain guess stays ("Die Zahl dürfte steigen")."""
    return bool(_PROBABLY.search(text) and _SURELY.search(text))


# "Springspinnen haben ihren Namen nicht von ungefähr.": the writer's wink at the reader.
_NOT_BY_CHANCE = re.compile(r"\b(?:nicht von ungefähr|kein Zufall|nicht zufällig)\b")
# "Die Staatsanwaltschaft gab keine Erklärung ab.", "Eine Stellungnahme war zunächst nicht zu
# erhalten.": that nothing was said, which fills an item's last seconds with nothing. ("Eine Anfrage
# bei der Geschäftsleitung blieb unbeantwortet." stays: left out, it let a hotel's old background
# outrank the story's open question in a 20 Minuten item.)
_NO_COMMENT = re.compile(
    r"\b(?:gab|gaben)\s+(?:zunächst\s+|vorerst\s+|bisher\s+)?keine\s+(?:Erklärung|Stellungnahme|Auskunft)\s+ab\b"
    r"|\b(?:war|waren)\s+(?:zunächst\s+|vorerst\s+|bisher\s+)?(?:für\s+eine\s+Stellungnahme\s+)?nicht\s+"
    r"(?:zu\s+)?(?:erreichbar|erhalten)\b|\b(?:wollte|wollten)\s+sich\s+(?:dazu\s+)?(?:zunächst\s+|vorerst\s+)?"
    r"nicht\s+äußern\b")
NO_COMMENT_WORDS = 12


# "Setzt er sich ... durch, ist auch der zweite Gegner bezwingbar.": the verb first makes the
# clause a condition, a pronoun (the story's person) its subject, a verb after the comma the outcome.
_WHAT_IF = re.compile(r"^(?P<verb>[A-ZÄÖÜ][a-zäöüß]+)\s+(?:er|sie|ihm|ihr)\b[^,.;:]*(?:,[^,.;:]*)*?,\s+"
                      r"(?:dann\s+)?(?:ist|sind|muss|müssen|kann|können|wird|werden|[a-zäöüß]+t)\s")


def what_if(text: str) -> bool:
    """ "Setzt er sich im Duell mit X durch, ist auch der zweite Gegner bezwingbar.", "Gewinnt er,
    dann misst er sich mit Y.": the writer's walk through a draw or a plan, one step ahead of the
    news (an outside editor cut it). A condition about anyone else stays ("Stimmt die Mehrheit
    dafür, kann der Antrag eingebracht werden": how it works)."""
    match = _WHAT_IF.match(text)
    if not match:
        return False
    verb = match["verb"].lower()
    if verb in {"zuletzt", "jetzt", "erst", "nicht", "meist", "seit", "bereits", "somit", "damit"}:
        return False
    return is_finite_form(verb) or (verb.endswith("t") and not verb.endswith("st"))


# "Der in diesem Jahr erstmals in die Top 20 vorgestoßene Lichtenwörther hat ...": the subject
# waits behind six words and more that describe it (from a preposition to a participle).
_LONG_ATTRIBUTE = re.compile(r"^(?:Der|Die|Das)\s+(?:an|auf|aus|bei|durch|für|gegen|in|mit|nach|seit|über|um"
                             r"|unter|von|vor|zu)\s+(?:[^\s,.;:–]+\s+){4,}?[a-zäöüß]+(?:ende|te|ene)\s+[A-ZÄÖÜ]")


# "Was für die Tiere wie ein bequemer Zusatzverdienst aussieht, hat offenbar einen Preis.": a teaser
_HAS_A_CATCH = re.compile(r"^Was\b[^.]*\b(?:aussieht|aussah|klingt|klang|wirkt|wirkte|scheint|schien),\s+"
                          r"(?:hat|hatte)\s+(?:\w+\s+)?(?:einen|seinen|ihren)\s+(?:Preis|Haken)\.$")


# "Die Opposition reagierte scharf.", "Die Reaktionen fielen heftig aus.": that one reacted, not how
_EMPTY_REACTION = re.compile(r"^(?:(?:Die\s+)?(?:Opposition|Kritiker|Gegner|Gewerkschaft(?:en)?)\s+"
                             r"(?:reagierte|reagierten|zeigte\s+sich|zeigten\s+sich)"
                             r"|Die\s+Reaktionen\s+(?:fielen|waren))(?:\s+[a-zäöüß]+){1,2}\.$"
                             r"|^(?:Die\s+)?(?:Opposition|Kritiker|Gegner)\s+(?:übte|übten)\s+(?:\w+\s+)?Kritik\.$"
                             # "Lehrervertreter reagierten zurückhaltend."
                             r"|^(?:(?:Die|Der)\s+)?[A-ZÄÖÜ][\w-]+\s+(?:reagierte|reagierten)(?:\s+[a-zäöüß]+){1,2}\.$"
                             # "In Österreich stieß die Entscheidung auf Kritik."
                             # (not who: "stieß bei SPÖ-Chef Max Muster auf Ablehnung")
                             r"|^(?:[^,.]{0,30}\s)?(?:stieß|stießen|stößt|stoßen)\s+"
                             r"(?:(?![A-ZÄÖÜ]{2}|[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ])[^,.]){0,40}?\bauf\s+"
                             r"(?:\w+\s+)?(?:Kritik|Ablehnung|Widerstand|Unverständnis|Zustimmung)\.$")


def says_little(text: str) -> str:
    """Why a sentence after the first tells the listener less than it takes to say, or "": the
    writer's guess or wink, a forecast, a long attribute, that nothing was said."""
    unnamed = not names_speaker(text)
    if guesses_twice(text) and unnamed:
        return "the writer's guess, hedged twice"
    if guesses_for_sure(text) and unnamed:
        return "the writer's guess, hedged and sure at once"
    if _LONG_ATTRIBUTE.match(text):
        return "a long attribute before its subject (hard to follow by ear)"
    if what_if(text) and unnamed:
        return "what would follow if someone wins (a forecast, not news)"
    if _NOT_BY_CHANCE.search(text) and unnamed:
        return "the writer's wink ('nicht von ungefähr'): colour, not news"
    if _NO_COMMENT.search(text) and len(text.split()) <= NO_COMMENT_WORDS:
        return "says only that nothing was said"
    # (a scene: the sentences about her that lean on it go with it)
    return next((why for colour, why in _COLOUR if colour(text)), "")


# A writer's colour, never read: (test, why).
_COLOUR = (
    (sets_a_scene, "a feature's scene, not news"),
    (lambda text: bool(_HAS_A_CATCH.match(text)), "announces a catch the sentences after it tell"),
    (flow_of_play, "a match's flow without a score or a name: colour"),
    (foretold, "the writer's own verdict ('Das wird wenig ändern')"),
    (lambda text: bool(_EMPTY_REACTION.match(text)), "a reaction told without what anyone said"),
    (lambda text: bool(_ROSE_WITHOUT_FIGURE.search(text)), "a count changed, without the figure"),
    (lambda text: bool(_FIRST_SAID.match(text)), "what was said at first, since superseded"),
    (lambda text: bool(_WEATHER_OF_THE_DAY.match(text)), "the day's weather in a scene, not a forecast"),
    (lambda text: bool(_SIGN_UP.search(text)), "tells readers how to sign up (a website): a plug, not news"),
    (lambda text: bool(_APPEAL.match(text)), "asks readers to give: the page's appeal, not news"),
)
# "Spenden sind steuerlich absetzbar.", "Wer helfen möchte, kann an den Verein spenden ...": for the readers
_APPEAL = re.compile(r"Spenden\s+(?:sind|seien)\s+(?:steuerlich\s+)?absetzbar\b"
                     r"|Wer\s+(?:helfen|spenden|unterstützen)\s+(?:möchte|will)\b[^.]*\b(?:spenden|überweisen)\b")
# "Anmeldungen nimmt der Verein ab sofort über seine Website entgegen.": for the page's readers
_SIGN_UP = re.compile(r"\b(?:Anmeldungen?|Bewerbungen)\b[^.]*\b(?:über|auf|per|unter)\s+"
                      r"(?:(?:seine|ihre|die|der)\s+)?(?:Website|Webseite|Homepage|E-Mail|Mail|Telefon)\b")
# "Am Nachmittag soll es regnen.": the weather of the reporter's day, a scene's last touch; read after
# news it sounds like the forecast. A forecast names where or how much ("in ganz Tirol", "bis zu 40 Liter").
_WEATHER_OF_THE_DAY = re.compile(r"^(?:Am|Gegen|Ab|Später am)\s+(?:Nachmittag|Abend|Vormittag|Mittag|Morgen)"
                                 r"\s+(?:soll|dürfte|wird)\s+es\s+(?:regnen|schneien|gewittern|aufklaren)\s*\.$")
# "Zunächst war von vier Toten die Rede gewesen.", "Am Vormittag war noch von vier Toten die Rede
# gewesen": the first count, which the lead's count replaced
_FIRST_SAID = re.compile(r"^(?:Zunächst|Anfangs|Ursprünglich)\s+(?:war|hatte|hieß)\b[^.]*"
                         r"\b(?:die\s+Rede|es)\b|^[^.]*\bwar\s+noch\s+von\s+[^.]*\bdie\s+Rede\b"
                         # "Die Polizei hatte zunächst von 31 Verletzten gesprochen, ... korrigiert."
                         r"|^[^.]*?\b(?:hatte|hatten)\s+(?:zunächst|anfangs|ursprünglich)\s+von\s+[^.]*\d[^.]*"
                         r"\b(?:gesprochen|berichtet|ausgegangen)\b"
                         # "Die Polizei hatte am Vormittag noch von vier Verschütteten gesprochen, weil ..."
                         r"|^[^.]*?\b(?:hatte|hatten)\s+(?:am|in\s+der)\s+[A-ZÄÖÜ]\w+\s+noch\s+von\s+[^.]*"
                         r"\b(?:gesprochen|berichtet|ausgegangen)\b"
                         # "Zunächst hatte die Feuerwehr von drei Verletzten gesprochen, ... korrigierte ..."
                         r"|^(?:Zunächst|Anfangs|Ursprünglich)\s+(?:hatte|hatten)\s+[^.]*\bvon\s+[^.]*"
                         r"\b(?:gesprochen|berichtet|ausgegangen)\b[^.]*\bkorrigierten?\b"
                         # "... seien mehrere Fahrgäste doppelt erfasst worden": why the first count was wrong
                         r"|^[^.]*\bdoppelt\s+(?:erfasst|gezählt)\b"
                         # "Die Kinder aus dem Bus waren anfangs als Verletzte mitgezählt worden."
                         r"|^[^.]*\b(?:anfangs|zunächst)\s+(?:als\s+\w+\s+)?mitgezählt\b")
# "Im Laufe des Tages stieg die Zahl der Todesopfer weiter." ("... rasch an."): that a count changed,
# the new count told only in the next sentence ("Inzwischen sind 17 Menschen gestorben"), which says
# it without this one
_ROSE_WITHOUT_FIGURE = re.compile(r"^[^\d]*\b(?:stieg|steigt|sank|sinkt|wuchs|wächst)\s+die\s+Zahl\s+der\s+"
                                  r"[A-ZÄÖÜ]\w+\s+(?:weiter|erneut|noch|deutlich|(?:rasch|stark|weiter)\s+an)"
                                  r"\s*\.$")

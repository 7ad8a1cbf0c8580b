"""A headline's present said in the perfect where it tells a done act (headlines.py): "Regierung
beschließt Bonus" -> "Die Regierung hat einen Bonus beschlossen", "Sturm verliert Spitzenspiel" ->
"Sturm hat das Spitzenspiel verloren". Radio tells what happened in the perfect. A headline's present
of a plan or of a step still to come stays as it is ("Zulieferer streicht 480 Jobs", "stellt
Printausgabe ein"). Only the verbs listed change: a participle made by a rule is wrong for every strong
verb ("beschließt" -> "beschlossen"). These take "haben", a changed count "sein" ("Zahl der Toten steigt auf
47" -> "ist auf 47 gestiegen"), and so does an accident ("Schulbus kommt ... von der Fahrbahn ab" -> "Ein
Schulbus ist ... von der Fahrbahn abgekommen": the present sounds as if it were happening now).
"""

from __future__ import annotations

import re

from bulletin.text.news import MONTHS
from bulletin.text.sentences import split_sentences

# singular, plural, participle and, for a separable verb, its particle ("segnet ... ab")
_DONE_ACTS = """
beschließt beschließen beschlossen
gewinnt gewinnen gewonnen
verliert verlieren verloren
wählt wählen gewählt
einigt einigen geeinigt
verständigt verständigen verständigt
segnet segnen abgesegnet ab
lehnt lehnen abgelehnt ab
weist weisen zurückgewiesen zurück
nimmt nehmen festgenommen fest
spricht sprechen freigesprochen frei
schafft schaffen abgeschafft ab
legt legen vorgelegt vor
legt legen lahmgelegt lahm
räumt räumen eingeräumt ein
hebt heben angehoben an
senkt senken gesenkt
kürzt kürzen gekürzt
erhöht erhöhen erhöht
verurteilt verurteilen verurteilt
verhängt verhängen verhängt
verhaftet verhaften verhaftet
gesteht gestehen gestanden
übernimmt übernehmen übernommen
kauft kaufen gekauft
verkauft verkaufen verkauft
übergibt übergeben übergeben
schenkt schenken geschenkt
entwickelt entwickeln entwickelt
entdeckt entdecken entdeckt
entschlüsselt entschlüsseln entschlüsselt
genehmigt genehmigen genehmigt
billigt billigen gebilligt
bestätigt bestätigen bestätigt
verabschiedet verabschieden verabschiedet
unterzeichnet unterzeichnen unterzeichnet
verlängert verlängern verlängert
beendet beenden beendet
stoppt stoppen gestoppt
schlägt schlagen geschlagen
besiegt besiegen besiegt
holt holen geholt
rettet retten gerettet
erzielt erzielen erzielt
präsentiert präsentieren präsentiert
"""
# (a changed league too: "steigt ... in die Bundesliga auf" -> "ist ... aufgestiegen", not "auf gestiegen")
_CHANGES = """
steigt steigen aufgestiegen auf
steigt steigen abgestiegen ab
steigt steigen gestiegen
sinkt sinken gesunken
"""
# an accident ("Schulbus kommt ... von der Fahrbahn ab" -> "ist ... abgekommen"), also with "sein"; a form
# with a particle before the same form without one ("stürzt ... ab" is "abgestürzt", not "ab gestürzt")
_ACCIDENTS = """
kommt kommen abgekommen ab
kommt kommen umgekommen um
stürzt stürzen abgestürzt ab
stürzt stürzen umgestürzt um
stürzt stürzen gestürzt
kippt kippen abgekippt ab
kippt kippen umgekippt um
kippt kippen gekippt
prallt prallen abgeprallt ab
prallt prallen geprallt
rutscht rutschen abgerutscht ab
rutscht rutschen gerutscht
"""
# each form -> its (participle, particle, plural) readings: "legt ... vor" and "legt ... lahm" share "legt"
_PERFECT: dict[str, list[tuple[str, str, bool]]] = {}
_FORMS: dict[str, set[str]] = {}  # each listed form -> its singular and plural ("steigt" -> steigt, steigen)
for _line in _DONE_ACTS.split("\n") + _CHANGES.split("\n") + _ACCIDENTS.split("\n"):
    if _line:
        _singular, _plural, _participle, *_particle = _line.split()
        _PERFECT.setdefault(_singular, []).append((_participle, "".join(_particle), False))
        _PERFECT.setdefault(_plural, []).append((_participle, "".join(_particle), True))
        _FORMS.setdefault(_singular, {_singular}).add(_plural)
        _FORMS.setdefault(_plural, {_plural}).add(_singular)
_WITH_SEIN = frozenset(_CHANGES.split() + _ACCIDENTS.split())
# a move into a round or a league, with "sein": "stürmt ins Viertelfinale", "zieht ins Finale ein"
_INTO = {"stürmt": ("gestürmt", "", False), "stürmen": ("gestürmt", "", True),
         "zieht": ("eingezogen", "ein", False), "ziehen": ("eingezogen", "ein", True)}


def in_perfect(verb: str, told: str) -> tuple[str, str] | None:
    """("hat"/"haben" or "ist"/"sind", ``told`` with the separable particle taken off and the participle
    at its end) for a listed verb in the present ("beschließt", "einen Bonus" -> "hat", "einen Bonus
    beschlossen"); None for any other verb, or when the particle is not where it belongs (at the end)."""
    words = told.split()
    into = _INTO.get(verb) if re.match(r"(?:ins|in die|in den) ", told) else None
    if into:  # "stürmt ins Viertelfinale" -> "ist ins Viertelfinale gestürmt" (not "die Wohnung")
        participle, particle, plural = into
        if not particle or words[-1] == particle:
            return ("sind" if plural else "ist"), " ".join([*(words[:-1] if particle else words), participle])
        return None
    for participle, particle, plural in _PERFECT.get(verb, []):
        if particle and (not words or words[-1] != particle):
            continue
        said = " ".join([*(words[:-1] if particle else words), participle])
        if verb in _WITH_SEIN:
            return ("sind" if plural else "ist"), said
        return ("haben" if plural else "hat"), said
    return None


# "mit Jahresbeginn", "ab Jänner", "ab dem 1. März", "im kommenden Jahr": a change still to come
_TO_COME = re.compile(rf"\b(?:mit|ab) (?:dem )?(?:Jahresbeginn|Jahresanfang|Jahreswechsel|Beginn|Anfang|Mitte"
                      rf"|{MONTHS}|\d{{1,2}}\.)|\b(?:im|ab) (?:kommenden|nächsten) (?:Jahr|Monat)\b")


def to_come(verb: str, body: str) -> bool:
    """The ``body`` says what ``verb`` (a headline's present: "steigen") tells is still to come: "Die
    Gehälter ... steigen mit Jahresbeginn um 2,9 Prozent". The headline is no done act then, and its
    perfect ("sind ... gestiegen") would be wrong."""
    said = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(_FORMS.get(verb, {verb}))))})\b")
    return any(said.search(s) and _TO_COME.search(s) for s in split_sentences(body))

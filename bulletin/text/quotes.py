"""A quote read with its speaker first: "Ich bleibe im Amt, sagte Muster." -> "Muster sagte: Ich
bleibe im Amt." On air a listener hears no quotation marks, so who speaks must come before the
words (radio's rule: the source first), above all before an "ich" that would otherwise sound like
the newsreader's own. A speaker's statement after a colon whose marks were lost is read as reported
speech, as newsreaders say it: "Muster meinte: Der Zeitdruck ist zu groß." -> "Muster meinte, der
Zeitdruck sei zu groß." (only one finite verb of a closed list; anything longer stays as written),
and so is a statement after "sagte ..." and a comma ("sagte er, die Aufgaben liegen ..." -> "lägen");
a statement in the first person too, where the article says who the speaker is (reported.py)."""

from __future__ import annotations

import re

from bulletin.text.grammar import QUOTED, finite_verbs, first_person, names_speaker
from bulletin.text.reported import FUNCTION_WORDS, KONJUNKTIV, in_reported_speech
from bulletin.text.sentences import split_sentences

# "Q, sagte Muster am Sonntag." / "Q, hatte Leitl zuvor laut der Presse gesagt, aber ich ...": the
# quote, the speaker's clause (verb first), and what the quote goes on with after it, if anything.
_SAID_AFTER = re.compile(
    r"^(?P<quote>[^„“”\"»«]+?), (?P<verb>sagte|erklärte|betonte|meinte|ergänzte|versicherte|kritisierte"
    r"|warnte|hatte|hat|so) (?P<who>[^,;:]+?)"
    r"(?:, (?P<more>(?:aber|und|doch|denn|sondern|weil|dass|wenn|ich|wir)\b"
    r"[^„“”\"»«]*))?\.$"
)
_SPOKEN = re.compile(r"\s(?:gesagt|erklärt|betont|gemeint|ergänzt|versichert|kritisiert|gewarnt)$")
_ADVERBIAL = re.compile(r"\s(?=(?:am|im|bei|in|auf|gegenüber|nach|vor|laut|zu|zum|zur|während|zuvor|später"
                        r"|danach|dann|bereits|schon|zudem|auch|noch|nun|damals|kürzlich|dem|der "
                        r"[A-ZÄÖÜ]\w*(?:zeitung|sender)|der (?:APA|dpa|AFP|Agentur|Nachrichtenagentur))\b)")


# "„Wir sind bereit“, sagte Muster." and "«Die Meldung ging ein», teilte die Polizei am Montag mit.": a
# quotation in marks, then who said it (the marks are not heard on air).
_MARKED_SAID = re.compile(
    r"^[„“\"»«](?P<quote>[^„“”\"»«]+?)(?P<end>[.!?]?)[“”\"«»],? "
    r"(?P<verb>sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|ergänzte|versicherte|kritisierte"
    r"|warnte|schrieb|schreibt|berichtete|berichtet|teilte|teilt|reagierte|kommentierte|schilderte|bilanzierte)"
    r" (?P<who>[^;:„“”\"»«]+?)\.$")
# "die Leiterin der Sternwarte, Dr. Lena Muster, am Freitag": a role, the name after it, then the rest.
_APPOSITION = re.compile(r"(?P<role>[^,]+), "
                         r"(?P<name>(?:(?:Dr|Prof)\.\s)?[A-ZÄÖÜ][\w'’-]+(?:\s[A-ZÄÖÜ][\w'’-]+){1,2})"
                         r"(?:, (?P<after>[^,]+))?")
# Who: "Muster", "die Polizei Beispielstadt", "der ehemalige Kandidat", "der Verwalter der Anlage".
_SPEAKER = re.compile(r"(?:(?:der|die|das)\s+)?(?:[a-zäöüß]+e[nrs]?\s+)?"
                      r"[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,3}"
                      r"(?:\s+(?:der|des)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][\w-]*)?")


def speaker_first(sentence: str) -> str:
    """ "Ich wäre nicht die richtige Wahl, sagte Muster am Sonntag." -> "Muster sagte am Sonntag:
    Ich wäre nicht die richtige Wahl." A listener hears who speaks before the "ich" that would
    otherwise sound like the newsreader's own. The speaker may also stand inside the quote ("Ich
    werde ..., hatte Leitl zuvor gesagt, aber ich werde ..." -> "Leitl hatte zuvor gesagt: Ich
    werde ..., aber ich werde ..."). Other sentences come back unchanged."""
    marked = _MARKED_SAID.match(sentence)
    if marked:
        return _marked_speaker_first(marked) or sentence
    match = _SAID_AFTER.match(sentence)
    if not match or not first_person(match["quote"] + (match["more"] or "")) or first_person(match["who"]):
        return sentence
    if match["verb"] in ("hatte", "hat") and not _SPOKEN.search(match["who"]):
        return sentence  # "hatte" that does not say
    parts = _ADVERBIAL.split(match["who"], maxsplit=1)
    who, rest = parts[0], (" " + parts[1] if len(parts) > 1 else "")
    if not _SPEAKER.fullmatch(who):  # "sagte er dazu": no speaker the listener knows
        return sentence
    verb = match["verb"]
    if verb == "so":  # "..., so Ulamec." -> "Ulamec sagte: ..." (a name: "so die Forscher" may be many)
        if not re.fullmatch(r"[A-ZÄÖÜ][\w'’-]*(?:\s[A-ZÄÖÜ][\w'’-]*)?", who):
            return sentence
        verb = "sagte"
    more = f", {match['more']}" if match["more"] else ""
    return f"{who[:1].upper()}{who[1:]} {verb}{rest}: {match['quote']}{more}."


def _marked_speaker_first(match: re.Match) -> str:
    """ "«Die Meldung ging ein», teilte die Polizei am Montag mit." -> "Die Polizei teilte am Montag
    mit: Die Meldung ging ein." ("" when the words after the quotation do not name a speaker)."""
    who, tail = match["who"], ""
    if match["verb"].startswith("teilt"):
        if not who.endswith(" mit"):
            return ""
        who, tail = who[:-4], " mit"
    named = _APPOSITION.fullmatch(who)
    if named:  # the role is the speaker; the name is said with it, the rest after the verb
        who, rest = named["role"], (" " + named["after"] if named["after"] else "")
    else:
        parts = _ADVERBIAL.split(who, maxsplit=1)
        who, rest = parts[0], (" " + parts[1] if len(parts) > 1 else "")
    if not _SPEAKER.fullmatch(who) or not match["quote"][:1].isupper():
        return ""
    if named:
        who = f"{who}, {named['name']},"
    return f"{who[:1].upper()}{who[1:]} {match['verb']}{rest}{tail}: {match['quote']}{match['end'] or '.'}"



# "Muster meinte am Montag: Der Zeitdruck ist zu groß.": who speaks, a colon, the statement (one
# plain clause, or in the first person several: "Ich bin amüsiert, weil ...").
_COLON_QUOTE = re.compile(r"^(?P<intro>[^:„“”\"»«]+):\s+(?P<quote>[A-ZÄÖÜ][^:;„“”\"»«!?()]*)\.$")
# A second clause joined on ("... ist gut und die Stadt spart ..."): its verb would stay indicative.
_SECOND_CLAUSE = re.compile(r"\b(?:und|oder|aber|sondern|doch|denn)\s+"
                            r"(?:der|die|das|den|dem|ein\w*|er|sie|es|man|dann|so|da)\b")
# words a quote may open with that are lower case mid-sentence ("..., von einem Versehen könne ...")


# "In seiner Rede sagte er, die Aufgaben liegen im Sparen.": a statement after the speaker's verb and a
# comma, in main-clause order (not "dass ..."), its verb in the indicative.
_COMMA_STATEMENT = re.compile(r"^(?P<intro>(?![Ww]ie\b)[^,:„“”\"»«]*\b(?:sagte|sagt|erklärte|betonte"
                              r"|meinte|ergänzte|versicherte)\b[^,:„“”\"»«]*), (?P<quote>(?:der|die|das|es"
                              r"|man|er|sie|diese[rs]?)\s[^,:;„“”\"»«!?()]*)\.$")


def _comma_statement_reported(sentence: str) -> str:
    """ "Er sagte, das Defizit ist zu hoch." -> "Er sagte, das Defizit sei zu hoch." (one finite
    verb of the closed list; else as written)."""
    match = _COMMA_STATEMENT.match(sentence)
    if not match or first_person(match["intro"]):
        return sentence
    verbs = finite_verbs(match["quote"])
    if len(verbs) != 1 or verbs[0] not in KONJUNKTIV:
        return sentence
    quote = re.sub(rf"\b{verbs[0]}\b", KONJUNKTIV[verbs[0]], match["quote"], count=1)
    return f"{match['intro']}, {quote}."


def as_reported(sentence: str, article: str = "") -> str:
    """ "X sagte: Die Stadt kann nicht zahlen." -> "X sagte, die Stadt könne nicht zahlen."; a
    statement in the first person too where ``article`` (its text) says who the speaker is
    (reported.py): "Leitl sagte: Ich bin amüsiert." -> "Leitl sagte, er sei amüsiert."; and a
    statement after "sagte ..." and a comma ("Er sagte, das Defizit ist zu hoch." -> "... sei zu
    hoch."); other sentences come back unchanged."""
    match = _COLON_QUOTE.match(sentence)
    if not match:
        return _comma_statement_reported(sentence)
    if "," in match["quote"] and not first_person(match["quote"]):
        return sentence  # a statement of several clauses is reported only in the first person
    if not names_speaker(match["intro"]):
        return sentence
    if re.search(r"\b[Ww]ie\b", match["intro"]):  # "Ohne Erfolg, wie X mitteilte: ...": no main clause
        return sentence
    if first_person(match["quote"]):
        if first_person(match["intro"]):  # "Ich sagte: ..." is nobody the listener knows
            return sentence
        reported = in_reported_speech(match["intro"], match["quote"], article) if article else ""
        return f"{match['intro']}, {reported}." if reported else sentence
    words = match["quote"].split(" ")
    verbs = [i for i, word in enumerate(words) if word in KONJUNKTIV]
    if len(verbs) != 1 or _SECOND_CLAUSE.search(match["quote"]):
        return sentence
    words[verbs[0]] = KONJUNKTIV[words[verbs[0]]]
    if words[0].lower() in FUNCTION_WORDS:
        words[0] = words[0].lower()
    return f"{match['intro']}, {' '.join(words)}."


# "So kommentierte Verkehrsminister X das Ergebnis.", "Mit diesen Worten reagierte Y noch am Abend." after a
# quotation: who said it, and how, in the words after "So"
_SPEAKER_NEXT = re.compile(r"^(?:So|Das|Dies|Mit diesen Worten)\s+(?P<said>(?:sagte|sagt|erklärte|betonte"
                           r"|meinte|schrieb|schreibt|kommentierte|reagierte|schilderte|beschrieb|begründete"
                           r"|kritisierte|warnte|resümierte|bilanzierte)\s+[^„“\"»«]+)\.$")
_CLOSING = ("“", "”", '"', "«", "»")


def quotes_with_speaker(texts: list[str]) -> list[int]:
    """A quotation whose speaker the next sentence names ("„Das ist gut für die Lenker.“ So
    kommentierte Verkehrsminister X das Ergebnis.") said as one sentence in the second's place, the
    first left empty: "„Das ist gut für die Lenker“, kommentierte Verkehrsminister X das Ergebnis.".
    Read apart, the quote's marks are not heard and its words sound like the newsreader's until the
    speaker comes. Changes ``texts`` in place; returns where each quotation was."""
    merged = []
    for index in range(len(texts) - 1):
        said = _SPEAKER_NEXT.match(texts[index + 1])
        if not said or QUOTED.sub("", texts[index]).strip(" .!?…:;") or not texts[index].endswith(_CLOSING):
            continue
        quote = re.sub(r"\.(?=[“”\"»«]$)", "", _before_first_person(texts[index]))
        # ("Das sagte X vor der Premiere – und sie hat Wort gehalten.": the writer's aside is not hers)
        who = re.split(r"\s[–—-]\s", said["said"], maxsplit=1)[0]
        # (in the speaker's place: what pointed at the speaker still does)
        texts[index], texts[index + 1] = "", f"{quote}, {who}."
        merged.append(index)
    return merged


def _before_first_person(quotation: str) -> str:
    """``quotation`` ("„Der Rücktritt war überfällig. Wir fordern ...“") up to a sentence after its first that
    is in the first person: "„Der Rücktritt war überfällig.“". Its speaker is said before the first sentence;
    a "wir" a sentence later would sound like the newsreader's own."""
    opening, inner, closing = quotation[:1], quotation[1:-1], quotation[-1:]
    sentences = split_sentences(inner)
    told = next((n for n, s in enumerate(sentences) if n and first_person(s)), len(sentences))
    return f"{opening}{' '.join(sentences[:told])}{closing}"

"""Whether a sentence of an article can be read, and which earlier sentence it cannot do without.

A sentence that cannot be followed alone "needs" the sentence it points back to (grammar.py,
antecedents.py): "Er", "Dabei", "Der 28-Jährige", "Das" as a pronoun, "wies dies zurück", reported
speech without its speaker, "sagte er", "sagte Probst" or "Probst betonte" before Jana Probst; one
taking for known a thing an earlier sentence introduced ("die Belege") needs one of those. A
sentence that is never read: no verb, a question, an exclamation, a teaser addressing the listener,
the writer's own hope, guess or colour (colour.py), first-person words whose speaker it does not
name, and the short sentence before "..., sagte X" that is probably the start of a quote whose
quotation marks were lost ("Das stimmt nicht. Das ist reine Spekulation, ..., sagte Leitl.").
"""

from __future__ import annotations

import re

from bulletin.text.antecedents import (
    belonging_noun,
    capitalized_words,
    full_name,
    given_name,
    introduced_in,
    known_without_introduction,
    mentions,
    role_speaker,
    same_noun,
    stem,
)
from bulletin.text.colour import says_little
from bulletin.text.connectives import (
    announces_finding,
    announces_surprise,
    leaning_connective,
    open_concession,
    subjunctive_without_condition,
    teases_interview,
    with_case_named,
)
from bulletin.text.grammar import (
    QUOTED,
    first_person,
    is_finite_form,
    names_speaker,
    not_a_statement,
    opening_reference,
    reported_speech,
    speaker_is_pronoun,
)
from bulletin.text.known import NAME_LOWER, NAME_UPPER, SCENES
from bulletin.text.pointing import firm_named_in, firms_own, inside_reference
from bulletin.text.primary_source import study_meant
from bulletin.text.pronouns import pronoun_before_noun, speaker_named, surname_subject
from bulletin.text.quotes import quotes_with_speaker
from bulletin.text.sentences import ends_with_full_stop

# "..., sagte Probst." names someone by surname only: read it only after the full name.
SURNAME_ONLY = re.compile(
    r"\b(?:sagte|sagt|erklärte|betonte|meinte|ergänzte|kritisierte|warnte|so)\s+"
    rf"(?P<name>[{NAME_UPPER}][{NAME_LOWER}]+(?:-[{NAME_UPPER}][{NAME_LOWER}]+)?)(?![\w-]|\s+[{NAME_UPPER}])"
)
# "„Das ist ein guter Tag.“ Das sagte X am Montag.": the speaker named right after the quotation
_SAID_NEXT = re.compile(r"^(?:Das|Dies|So)\s+(?:sagte|sagt|erklärte|betonte|meinte|schrieb|schreibt)\b")
# "Es gibt ...", "Es sei kein Verdacht ...", "Es zeigte sich, dass ...": "es" that stands for nothing
# before it.
_EXPLETIVE_ES = re.compile(r"^Es\s+(?:gibt|gab|geht|ging|handelt|sei|seien|ist|war|wird|wurde|kam|kommt|fehlt"
                           r"|fehlen|bleibt|heißt|hieß|dürfte|könnte|soll|habe|hat|gilt|galt|herrscht|herrschte"
                           r"|(?:zeigte|zeigt|stellte|stellt)\s+sich)\b")
# The answer to the article's own question ("Marketing? Könnte sein, denn ..."): questions are never
# read, and without one "Könnte sein" answers nothing.
_ANSWER = re.compile(r"^(?:Ja|Nein|Jein|Vielleicht|Wohl|Kaum|Sicher|Sicherlich|Durchaus|Keineswegs|Mitnichten"
                     r"|Genau|Richtig|Falsch|Offenbar|Eher|Nicht|Könnte sein|Kann sein|Mag sein|Gut möglich"
                     r"|Möglich|Auf keinen Fall|Auf jeden Fall)\b[,.!:;– -]")

# "STANDARD: Wie sind Sie auf die Lücke gestoßen? Hollaus: Eher zufällig.": an interview's questions
# and answers, their speakers marked as print does; read out, the marks are nonsense by ear
_QUESTION_MARKED = re.compile(r"^(?:[A-ZÄÖÜ]{4,}|Frage|[A-ZÄÖÜ][\w-]+\.(?:at|de|ch)):\s.*\?$")
_SPEAKER_MARKED = re.compile(r"^[A-ZÄÖÜ][\w-]+:\s")


def in_interview(index: int, texts: list[str]) -> bool:
    """The sentence at ``index`` is one of an interview's questions or answers: at or after the
    first of two or more marked questions, and no sentence since reports again in the third person
    with a named speaker ("Geschäftsführer X bestätigte ... die Lücke.")."""
    marked = [i for i, text in enumerate(texts) if _QUESTION_MARKED.match(text)]
    if len(marked) < 2 or index < marked[0]:
        return False
    for text in texts[marked[0]:index + 1]:
        if _QUESTION_MARKED.match(text) or _SPEAKER_MARKED.match(text):
            asking = True
        elif names_speaker(text) and not first_person(text):
            asking = False
    return asking

# Connectives that add to what was said ("Zudem ...") need some sentence before them, not one in
# particular: any item has its lead before them.
_NOT_FINAL_ALONE = re.compile(r"^Das Urteil ist (?:noch )?nicht rechtskräftig\.$")


def _sentence_before(index: int, texts: list[str]) -> int:
    """The sentence a sentence pointing back means: the one before it, past "Das Urteil ist nicht
    rechtskräftig." set between ("in diesen sieben Jahren" speaks of the years told before that);
    for "demnach" the one naming the study (primary_source.study_meant)."""
    study = study_meant(index, texts)
    if study is not None:
        return study
    return index - (2 if index > 1 and _NOT_FINAL_ALONE.match(texts[index - 1]) else 1)


_ADDING = frozenset("Zudem Außerdem Ausserdem Ebenso Ebenfalls Zugleich Gleichzeitig".split())
# "69 vor allem junge Menschen starben.": a death or injury toll that does not say in what (no "bei
# dem Anschlag", "in Oslo") is the end of the story the sentence before tells.
_EQUALISED = re.compile(r"\b(?:glich|glichen|gleicht|gleichen)\b[^.;:]*\baus\b")
# "..., sagte dessen Präsident X.": whose, the sentence before told ("Kritik kam vom Pensionistenverband.");
# like "X glich im Powerplay aus.": the goal before it, told in the sentence before (_EQUALISED); and "X
# hatte damals erklärt": when, the sentence before told
_TOLD_JUST_BEFORE = re.compile(r"\b(?:sagte|sagt|erklärte|betonte|meinte|kritisierte|warnte|forderte)\s+"
                            r"(?:dessen|deren)\s+[A-ZÄÖÜ]|^\S+\s+(?:hatte|hatten)\s+damals\b")
_TOLL = re.compile(r"\b(?:starben|stirbt|sterben|getötet|verletzt|verwundet|ums Leben|überlebten)\b")
_EVENT = re.compile(r"\b(?:bei|beim|durch|in|im|am|an|auf|nach|während|wegen|seit)\b", re.IGNORECASE)
TOLL_WORDS = 8  # a toll sentence this short has room for no event of its own
# "Eine Packung kostet 19.99 Franken.": the price of one of what the sentence before sells.
_PRICE_OF_ONE = re.compile(r"^(?:Ein|Eine)\s+[A-ZÄÖÜ][\w-]*\s+(?:kostet|kostete)\b")
# "An zweiter Stelle steht X.", "Dritter wurde X.", "Drittstärkste Kraft wurden ...": a next place.
_NEXT_PLACE = re.compile(r"^(?:An|Auf)\s+(?:(?:der|die|den|dem)\s+)?"
                         r"(?:zweit|dritt|viert|fünft|nächst|folgend|weiter)(?:e|en|em|er)\s+(?:Stelle|Platz|Plätzen|Rang|Rängen|Position)\b"
                         r"|^(?:Zweite|Dritte|Vierte|Fünfte)[rn]?\s+(?:wurde|wurden|ist|sind|war|waren)\b"
                         r"|^(?:Zweit|Dritt|Viert|Fünft)(?:stärkste|größte|beste|platzierte)[rn]?\s")
# "Die SPÖ liegt mit 21 Prozent auf Platz drei": a later place in a ranking, whose first the
# sentence before told (not "verbesserte sich auf den sechsten Tabellenplatz")
_LATER_PLACE = re.compile(r"\b(?:liegt|liegen|lag|lagen|landet|landete|folgt|folgte|kommt|kam|rangiert)\b"
                          r"[^.]*"
                          r"\bauf\s+(?:(?:Platz|Rang)\s+(?:zwei|drei|vier|fünf|[2-5])\b"
                          r"|(?:dem|den)\s+(?:zweiten|dritten|vierten|fünften)\s+(?:Platz|Rang)\b)")


# "Bisher lag die Obergrenze bei 25 Prozent.": the old figure beside the new one the sentence before told
_FIGURE_SO_FAR = re.compile(r"^(?:Bisher|Bislang)\b[^.;:]*\d")
# "Gasteiger rückte auf Rang vier vor.": a move in a standing the sentence does not name (the one
# before does: "ihre Führung im Riesentorlauf-Weltcup"); not "auf den sechsten Tabellenplatz"
_MOVED_PLACE = re.compile(r"\b(?:rückte|rückt|rückten|kletterte|klettert|fiel|fällt|rutschte|rutscht"
                          r"|verbesserte|verbessert|verschlechterte)\b[^.]*\bauf\s+(?:den\s+)?(?:Platz|Rang)\s+\w+")
_STANDING_NAMED = re.compile(r"Tabelle|Wertung|[Rr]angliste|Weltcup|Gesamt|Ranking|Klassement")


# "Prammer sagte: Da war ich zu passiv ...", "„Dann ist es passiert“, sagte sie.": the quote points to a
# moment the sentence before told (an adverb before its verb, not "Da wir ..." giving a reason)
_QUOTE_POINTING = re.compile(r"(?:^[„“\"»]|:\s+[„“\"»]?)(?:Da|Dann|Damals|Danach|Dort|Dabei)\s+"
                             r"(?P<verb>[a-zäöüß]+)\b")


def _quote_points_back(text: str) -> bool:
    match = _QUOTE_POINTING.search(text)
    return bool(match) and is_finite_form(match["verb"])


def points_back(text: str) -> bool:
    """The sentence refers to the sentence before it (grammar.py, antecedents.py): a word pointing
    back, "sagte er", a connective answering it ("Es dürfte aber ..."), a pronoun before any name."""
    first = text.split(None, 1)[0].strip('„"»«,') if text.split() else ""
    return bool(opening_reference(text) and first not in _ADDING) or _points_back_otherwise(text)


def _points_back_otherwise(text: str) -> bool:
    """The sentence refers to the one before by more than the word opening it."""
    first = text.split(None, 1)[0].strip('„"»«,') if text.split() else ""
    return bool(inside_reference(text) or speaker_is_pronoun(text)
                or (first == "Es" and not _EXPLETIVE_ES.match(text))
                or leaning_connective(text) or pronoun_before_noun(text) or toll_without_event(text)
                or (len(text.split()) <= TOLL_WORDS and bool(_PRICE_OF_ONE.match(text)))
                or bool(_NEXT_PLACE.match(text) or _LATER_PLACE.search(text))
                or bool(_MOVED_PLACE.search(text) and not _STANDING_NAMED.search(text))
                or bool(_FIGURE_SO_FAR.match(text))
                or _quote_points_back(text))


def _scene_set_by(earlier: list[str], text: str) -> bool:
    """The sentence opens with a part of a scene some ``earlier`` sentence set ("Der Verteidiger
    kündigte Berufung an." in a trial's story: SCENES) and points back by nothing else."""
    role = opening_reference(text).split()
    if len(role) != 2 or role[1] not in SCENES or _points_back_otherwise(text):
        return False
    return any(mentions(sentence, role[1]) for sentence in earlier)


def toll_without_event(text: str) -> bool:
    """ "69 vor allem junge Menschen starben.": how many died or were hurt, but not in what."""
    return (len(text.split()) <= TOLL_WORDS and bool(_TOLL.search(text))
            and not _EVENT.search(text) and not first_person(text))


def only_a_toll(text: str) -> bool:
    """ "Verletzt wurde nach bisherigen Erkenntnissen niemand.": a toll that cannot lead an item (after
    the lead it speaks of the lead's event)."""
    text = _AS_KNOWN.sub("", text[:1].lower() + text[1:])
    # ("Ein 78-jähriger Mann kam ums Leben, elf Menschen wurden verletzt.": a toll in each clause)
    return toll_without_event(text) or all(map(toll_without_event, re.split(r",\s+(?:und\s+)?", text)))


_AS_KNOWN = re.compile(r"\bnach\s+(?:bisherigen|ersten|vorläufigen|jüngsten)\s+"
                       r"(?:Erkenntnissen|Angaben|Informationen)|\bnach\s+Angaben\s+(?:der|des)\s+\S+")


# "... mit der «Sonderbehandlung» des ...": the article's own label, in quotation marks, for
# something it told before; the listener knows what it stands for only from that sentence.
# Not a label: the title of a paper or programme named as a source ("gemäss der «Südostschweiz»",
# "laut dem «Tages-Anzeiger»", "berichtet die «Zeit»"): a name the listener needs no sentence for.
_QUOTED_LABEL = re.compile(r"\b(?:der|die|das|den|dem|des)\s+[„«»\"‚‹›]([A-ZÄÖÜ][\w-]+)[“”«»\"‘‹›]")
_SOURCE_WORDS = frozenset(
    "gemäss gemäß laut berichtet berichtete schreibt schrieb meldet meldete sagte".split())


def quoted_label(text: str) -> str:
    """The word a sentence quotes as a label after a definite article ("der «Sonderbehandlung»"),
    or "" (a paper named as the source is not a label)."""
    for match in _QUOTED_LABEL.finditer(text):
        before = text[:match.start()].split()
        if not (before and before[-1] in _SOURCE_WORDS):
            return match.group(1)
    return ""


# "..., so Ulamec." ending a sentence: the words before it, and those of the sentence before, are his.
_SO_SPEAKER = re.compile(r",\s+so\s+(?P<who>(?:der\s+|die\s+)?[A-ZÄÖÜ][^,]*?)[.!]?$")
SPEAKER_AFTER = "reported speech whose speaker is named only after it"


def _introduced_as(surname: str, before: str) -> str:
    """ "Ulamec" as the article introduced him: "Philae-Projektleiter Stephan Ulamec" (from "der
    Philae-Projektleiter vom DLR, Stephan Ulamec,"), "Stephan Ulamec", or the surname alone."""
    role = re.search(rf"\b(?:der|die)\s+(?P<role>[A-ZÄÖÜ][\w-]*)(?:\s+(?:vom|von der|des|der)\s+[\w-]+)?,\s+"
                     rf"(?P<name>[A-ZÄÖÜ][\w-]+\s+{re.escape(surname)})\b", before)
    if role:
        return f"{role['role']} {role['name']}"
    named = full_name(f"Das sagte {surname}.", before)
    return named[1] if named else surname


ANNOUNCED = "announces a finding the next sentence would tell"


def speakers_lent(texts: list[str], verdicts: list[tuple[int | None, str]]) -> None:
    """Reported speech whose speaker the quote after it names ("Bis Ende Jänner werde man noch auf
    Signale achten." before "Aber dann muss man ... realistisch sein, so Ulamec.") is said with
    its speaker ("..., sagte Ulamec."), in place: the forward-looking fact three outside editors
    missed. "Wie er gegenüber dem Magazin X demonstrierte, ..." is said with the one person named
    before ("Wie Florian Muster ...") where that lets it stand alone (pronouns.speaker_named); a
    verdict whose case only the announcement before it named, within that case (connectives.with_case_named);
    a quotation with the speaker the next sentence names, as one sentence (quotes.quotes_with_speaker).
    ``texts`` and ``verdicts`` are changed in place."""
    for index in quotes_with_speaker(texts):  # "„...“ So kommentierte X ...": said as one sentence
        for changed in range(index, min(len(texts), index + 4)):
            verdicts[changed] = verdict(changed, texts)
    for index, (pointed, why) in enumerate(verdicts):
        if why == SPEAKER_AFTER and texts[index].endswith("."):
            who = _SO_SPEAKER.search(texts[index + 1])["who"]
            texts[index] = f"{texts[index][:-1]}, sagte {_introduced_as(who, ' '.join(texts[:index]))}."
            verdicts[index] = verdict(index, texts)
        framed = with_case_named(texts[index], texts[index - 1]) if index else texts[index]
        if framed != texts[index] and verdicts[index - 1][1] == ANNOUNCED:  # "Im Prozess um X verurteilte"
            texts[index], texts[index - 1] = framed, ""  # what it introduced, the verdict now says
        named = speaker_named(texts[index], texts[:index]) if pointed is not None else texts[index]
        if named != texts[index] and verdict(index, [*texts[:index], named]) == (None, ""):
            texts[index] = named
            verdicts[index] = (None, "")


def _speaker_before(index: int, texts: list[str]) -> int | None:
    """For reported speech without its speaker: the nearest sentence before that names one (or is
    reported speech itself, whose speaker comes with it), or None."""
    for i in range(index - 1, max(-1, index - 4), -1):
        if names_speaker(texts[i]) or reported_speech(texts[i]):
            return i
    return None


def verdict(index: int, texts: list[str]) -> tuple[int | None, str]:  # noqa: C901 (independent readings of one sentence in the order they decide, the first that applies wins)
    """The earlier sentence the one at ``index`` cannot be read without (or None), and why it
    cannot be read at all ("" when it can)."""
    text = texts[index]
    why = not_a_statement(text)
    if why:
        return None, why
    if not ends_with_full_stop(text):
        return None, "a subheading (no full stop)"
    if first_person(text) and not names_speaker(text):
        return None, "first-person words without a speaker"
    following = texts[index + 1] if index + 1 < len(texts) else ""
    if not QUOTED.sub("", text).strip(" .!?…:;") and not _SAID_NEXT.match(following):
        if index and names_speaker(texts[index - 1]):  # "..., sagte ein Sprecher. „Die Menschen ...“"
            return index - 1, ""
        return None, "a quotation without its speaker"  # its marks are not heard: the newsreader's words
    if open_concession(text):
        return None, "'zwar' without its counterpart"
    if announces_finding(text) or announces_surprise(text):
        return None, ANNOUNCED
    unmarked = not re.search(r"[„“”\"»«]", text + following)
    if (unmarked and len(text.split()) <= 8 and not names_speaker(text) and first_person(following)
            and names_speaker(following)):
        return None, "probably the start of a quote whose marks were lost"
    if index == 0:
        return None, ""
    if in_interview(index, texts) or teases_interview(text):
        return None, "a question or answer of an interview (its speakers marked as print does)"
    why = says_little(text)
    if why:
        return None, why
    if _ANSWER.match(text) and re.search(r"\?[“”\"»«'’)]*$", texts[index - 1]):
        return None, "the answer to a question that is not read"
    if _TOLD_JUST_BEFORE.search(text) or _EQUALISED.search(text) and not re.search(r"\d:\d", text):
        return index - 1, ""
    # first: who speaks ("..., sagte Probst" needs the sentence naming Jana Probst), even when the
    # quote also opens with a pronoun ("„Wir haben ..."), which would only pull in the sentence before
    match = SURNAME_ONLY.search(text)
    if match and _quote_points_back(text):
        return index - 1, ""  # "„Da war ich zu passiv“, sagte Prammer.": the moment first (it leads to him)
    if match:
        full_name = re.compile(rf"\b[{NAME_UPPER}][\w-]+\s+{re.escape(match.group('name'))}\b")
        for i, sentence in enumerate(texts[:index]):
            if full_name.search(sentence):
                return i, ""
    if points_back(text) and not _scene_set_by(texts[:index], text):
        return _sentence_before(index, texts), ""  # (a part of a scene set before: _antecedents)
    if (reported_speech(text) or subjunctive_without_condition(text)) and not names_speaker(text):
        speaker = _speaker_before(index, texts)
        if speaker is None and _SO_SPEAKER.search(following):  # the quote goes on: "..., so Ulamec."
            return None, SPEAKER_AFTER
        return (index - 1 if speaker is None else speaker), ""
    before = texts[index - 1]
    if _PAST_OR_SUBJUNCTIVE.search(text) and not names_speaker(text) and (
            (reported_speech(before) and not names_speaker(before))
            or (names_speaker(before) and reported_speech(following) and not names_speaker(following))):
        return index - 1, ""  # among someone's reported words: theirs too
    # "Ortner betonte, ...", "Für Hiebler war es der erste Treffer."
    surname = surname_subject(text) or _surname_after_preposition(text)
    return _named_in_full(surname, texts[:index]), ""


_AFTER_PREPOSITION = re.compile(r"^(?:Für|Bei|Mit|Gegen|Von|Laut)\s+(?P<name>[A-ZÄÖÜ][a-zäöüß]+)\s+"
                                r"(?:war|ist|sei|wäre|bedeutet|bedeutete|endete|geht|ging|lief|läuft)\b")


def _surname_after_preposition(text: str) -> str:
    """The surname a sentence opens with after a preposition, said alone ("Für Hiebler war es ...")."""
    match = _AFTER_PREPOSITION.match(text)
    return match["name"] if match else ""


def _named_in_full(surname: str, before: list[str]) -> int | None:
    """The last of the sentences ``before`` that names ``surname`` with a given name (the body's, not
    a standfirst's that may not be read)."""
    for i, sentence in reversed(list(enumerate(before if surname else ()))):
        found = re.search(rf"\b([^\W\d_][\w-]+)\s+{re.escape(surname)}\b", sentence)  # "Álvaro Montiel" too
        if found and found.group(1)[0].isupper() and given_name(found.group(1)):
            return i
    return None


# "Die USA wollten den Prozess unterstützen." after "..., sagte X." and before "Y habe ...", or
# after "Y habe ...": a subjunctive that sounds like the past; without its speaker the listener
# hears "wanted to". So with "könnte" after a report: "Kunden könnten die Bahn nutzen wie eine
# S-Bahn" is what the plans promised, not the newsreader's own forecast.
_PAST_OR_SUBJUNCTIVE = re.compile(r"\b(?:wollten|sollten|wollte|sollte|könnte|könnten)\b")


def _named_last_if_differently(indices: list[int], texts: list[str], noun: str) -> list[int]:
    """Of the sentences at ``indices`` that name ``noun``, all, or only the last one when they name
    it by different compounds: "Die höchste Quote ..." after "die Arbeitslosenquote" and "die
    höchsten Abbruchquoten" is the one named last, not any quote."""
    kinds = set()
    for i in indices:
        words = {stem(word) for word in capitalized_words(texts[i]) if same_noun(noun, word)}
        if words:
            kinds.add(frozenset(words))
    return indices[-1:] if len(kinds) > 1 else indices


def takes_for_known(index: int, texts: list[str], start: int, heard: str,
                     bridging: bool = True) -> list[int] | None:
    """The sentences between ``start`` and ``index`` that introduced what the sentence at
    ``index`` takes for known ("die Belege", "das Leitsystem"), any of which will do; for a
    sentence opening with such a thing never introduced ("Das Gespräch wurde ..."), or quoting a
    speaker by a role as if known ("..., sagte die Mitunterzeichnerin"), the one read before it
    (unless not ``bridging``; a left-out subheading in between is no bridge: its text is ""); None
    when it needs none. ``heard``: what the listener knows (the lead)."""
    label = quoted_label(texts[index])
    if label and not mentions(heard, label):  # never bridged: only what the label names will do
        return [i for i in range(start, index) if mentions(texts[i], label)]
    opener = (known_without_introduction(texts[index], heard) or role_speaker(texts[index], heard)
              or belonging_noun(texts[index], heard))
    if opener and not firms_own(opener, heard):
        named = [i for i in range(start, index) if mentions(texts[i], opener)] \
            or firm_named_in(opener, texts, start, index)  # "die Geschäftsführung": the firm's
        if named:
            return _named_last_if_differently(named, texts, opener)
        before = [i for i in range(start, index) if texts[i]] or [index - 1]
        if bridging and index > start:
            return [before[-1]]
    named = introduced_in(texts[index], texts[start:index], heard)
    return [start + i for i in named] if named else None

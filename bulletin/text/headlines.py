"""Say a headline as a sentence, for an item whose body leans on it.

Agency copy often opens its body as if the listener had read the headline: "Steyrer Zulieferer
streicht 480 Jobs" and then "Die Betroffenen sollen bis Ende April informiert werden ...". Headline
syntax leaves out articles and auxiliaries, so read as it stands it sounds like a telegram. The
headline's first part is said as a sentence when it has one of these shapes:

- a clause: "Steyrer Zulieferer streicht 480 Jobs" -> "Ein Steyrer Zulieferer streicht 480 Jobs."
- a participle at the end: "Reisebus auf Tauernautobahn umgestürzt" -> "Ein Reisebus ist auf der
  Tauernautobahn umgestürzt."; "Beamter schwer verletzt" -> "Ein Beamter wurde schwer verletzt."
- where someone is: "Dutzende Gäste im Spital" -> "Dutzende Gäste sind im Spital."
- an event and where: "Schweres Beben im Süden Perus" -> "Im Süden Perus hat es ein schweres Beben
  gegeben."
- "Nach X:" or an event before a colon, then a clause: "Hackerangriff auf Wiener Ticketplattform: Daten
  ... aufgetaucht" -> "Nach einem Hackerangriff auf eine Wiener Ticketplattform sind Daten ... aufgetaucht."

Every noun needs a gender we are sure of (normalize's list of news nouns, the last part of a compound,
a suffix such as "-ung") or a number before it. Otherwise the answer is None: a wrong article sounds
worse than a lead taken from further down.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.text.antecedents import known_without_introduction
from bulletin.text.asked_for import tells_incident
from bulletin.text.corrected import as_corrected, corrections
from bulletin.text.grammar import opening_reference
from bulletin.text.headline_nouns import (
    ACC,
    DAT,
    NOM,
    QUANTIFIERS,
    ROAD_WEATHER,
    WITH_ARTICLE,
    Phrase,
    a_surname,
    abstract,
    dative_plural,
    is_name,
    noun_phrase,
    participle_last,
    starts_phrase,
)
from bulletin.text.known import COUNTRIES, KNOWN, LIGHT_NOUNS, REGIONS
from bulletin.text.opening import Opening
from bulletin.text.perfect import in_perfect, to_come
from bulletin.text.teasers import readable_standfirst
from bulletin.text.verbs import PARTICIPLE, finite_verbs, is_finite_form

_CAUSES = ("leck", "lücke", "panne")  # what let something happen: "durch ein Datenleck"
_EVENTS = ("beben", "unfall", "unglück", "brand", "feuer", "explosion", "anschlag", "angriff", "attentat",
           "attentatsversuch", "lawine", "unwetter", "hochwasser", "streik", "schießerei", "absturz",
           "einsturz", "erdrutsch", "attacke", "muren", "überschwemmungen")
_PREPOSITIONS = {**dict.fromkeys("mit von aus bei nach seit zu nahe gegenüber".split(), DAT),
                 **dict.fromkeys("für gegen ohne um durch".split(), ACC),
                 **dict.fromkeys("in an auf über unter vor hinter neben zwischen".split(), None)}
_CONTRACTIONS = {"bei dem": "beim", "in dem": "im", "an dem": "am", "von dem": "vom", "zu dem": "zum",
                 "zu der": "zur", "in das": "ins"}
_CONTRACTED = frozenset("im am beim vom zum zur ins".split())
# Participles said with "ist": they tell what happened to the subject, not what was done to it.
_WITH_SEIN = re.compile(r"^(?:\w*gestürzt|\w*geraten|\w*gefallen|\w*gestorben|\w*gekommen|verunglückt"
                        r"|ertrunken|erfroren|entgleist|explodiert|aufgetaucht|ausgebrochen|\w*gestiegen"
                        r"|\w*gesunken|zurückgetreten|geflohen|geflüchtet|entkommen|\w*gelandet|gescheitert"
                        r"|erschienen|zusammengestoßen|abgebrannt|ausgefallen|gekentert|verschwunden"
                        r"|gerutscht|geprallt|eskaliert|gewachsen|geschrumpft|geplatzt|ausgelaufen"
                        r"|untergegangen|verendet|erstickt|gestrandet|umgekippt|eingebrochen|zusammengebrochen"
                        r"|\w*gegangen)$")
# "in eine Schlucht gestürzt": a motion into, whose two-way preposition takes the accusative
_INTO = re.compile(r"^(?:(?:ab|hinab)?gestürzt|gefallen|geraten|gerutscht|geprallt|geschleudert)$")
_STILL = frozenset("vermisst gesucht erwartet befürchtet".split())  # "wird vermisst": now
_WHERE_SOMEONE_IS = re.compile(r"\b(?:im\s+(?:Spital|Krankenhaus|Koma|Gefängnis)|in\s+(?:U-)?Haft"
                               r"|in\s+Quarantäne|auf\s+der\s+Intensivstation|tot)$")


def headline_said(opening: Opening) -> Opening:
    """``opening`` with its standfirst sentences in headline syntax said as sentences where they
    can be (the body after them and the dateline's place tell names and genders), their indices in
    ``said``: such a sentence may lead an item whose body leans on it, and is not read otherwise."""
    sentences = list(opening.sentences)
    body = " ".join([*sentences[opening.standfirst:], opening.place])
    said = set()
    corrected = corrections(body)  # ("baut 240 Stellen ab", which the body corrects to 185)
    for i in range(opening.standfirst):
        headline = as_corrected(sentences[i], corrected)
        readable = readable_standfirst(headline) and not participle_last(headline)
        sentence = None if readable else said_as_sentence(headline, body)
        if sentence and sentence != headline:
            said.add(i)
        sentences[i] = sentence or headline
    return replace(opening, sentences=tuple(sentences), said=frozenset(said))


def said_as_sentence(headline: str, body: str) -> str | None:
    """``headline`` (a standfirst in headline syntax) said as a sentence, with a part after a dash said too;
    None unless its shape is the module's and ``body`` or the lists tell every noun's gender."""
    first, *after = re.split(r"\s[–—-]\s", headline.strip().rstrip("."))
    if re.search(r"[„“\"»«()?!;]", first):
        return None
    topic, colon, clause = first.partition(": ")
    said = None
    if colon:
        front = _fronted(topic.split(), body)
        clause = clause.split(", ")[0]  # "Zwei Skitourengeher tot, dritter verletzt": the first
        said = _sentence(clause.split(), body, front) if front else None
        if not said:  # "WIFO senkt Prognose: Wirtschaft wächst ...": two clauses, both told
            topic_said, clause_said = _sentence(topic.split(), body), _sentence(clause.split(), body)
            both = topic_said and clause_said and finite_verbs(clause_said)
            # (not the topic alone when the clause tells news: "Fusion abgelehnt: Bürgermeister tritt zurück")
            said = f"{topic_said}: {clause_said[0].upper()}{clause_said[1:]}" if both else \
                None if finite_verbs(clause) and not finite_verbs(topic) else topic_said
        if not said and len(topic.split()) <= 2:  # "Pflegeausbildung: Regierung beschließt ...": a label
            said = _sentence(clause.split(), body)
    else:
        said = _sentence(first.split(), body) or _toll(first.split(), body)
    if not said or not finite_verbs(said):
        return None
    said = _with_part_after(said, after, body)
    said = re.sub(r"\b(?:bei|in|an|von|zu) dem\b|\bzu der\b|\bin das\b", lambda m: _CONTRACTIONS[m[0]], said)
    return said[0].upper() + said[1:] + "."


# "Sechs Verletzte bei Brand in Mehrparteienhaus": a toll, then the event it came with
_TOLL_SAID = {"Verletzte": "verletzt worden", "Schwerverletzte": "schwer verletzt worden",
              "Leichtverletzte": "leicht verletzt worden", "Tote": "ums Leben gekommen",
              "Todesopfer": "ums Leben gekommen"}


def _toll(words: list[str], body: str) -> str | None:
    """ "Sechs Verletzte bei Brand in Mehrparteienhaus" -> "bei einem Brand in einem Mehrparteienhaus
    sind sechs Menschen verletzt worden", and so "Brand in Gasthof fordert acht Verletzte"; None for
    another shape or an event not said for sure."""
    if len(words) > 3 and words[-3] in ("fordert", "forderte") and words[-1] in _TOLL_SAID:
        words = [*words[-2:], "bei", *words[:-3]]
    if len(words) < 4 or not QUANTIFIERS.match(words[0]) or words[0].lower() in ("ein", "eine") \
            or words[1] not in _TOLL_SAID or words[2] not in ("bei", "nach"):
        return None
    event = noun_phrase(words, 3, DAT, body, definite=False)
    where = _filled(words[2:], body, DAT) if event and _is_event(event.head) else None
    number = words[0].lower() if words[0].isalpha() else words[0]
    return f"{where} sind {number} Menschen {_TOLL_SAID[words[1]]}" if where else None


# "bei einem Brand in einem Mehrparteienhaus": an event the headline said, with where it was
_EVENT_SAID = re.compile(r"\b(?:[Bb]ei|[Nn]ach) (?:einem|einer) (?P<event>[A-ZÄÖÜ][a-zäöüß-]+)"
                         r"(?: (?:in|auf|an) (?:einem|einer|der|dem) [A-ZÄÖÜ][\w-]+| im [A-ZÄÖÜ][\w-]+)?")


def with_event_said(sentence: str, said: str) -> str:
    """``sentence`` telling "bei dem Brand" that only the headline ``said`` introduced, with the
    headline's event in its place: "Bei dem Brand in der Nacht auf Sonntag sind ..." -> "Bei einem
    Brand in einem Mehrparteienhaus in der Nacht auf Sonntag sind ..."; else ``sentence``."""
    told = _EVENT_SAID.search(said)
    if not told or not _is_event(told["event"]):
        return sentence
    taken = re.compile(rf"\b([Bb]ei|[Nn]ach) (?:dem|der) {re.escape(told['event'])}\b")
    return taken.sub(lambda m: f"{m[1]} {told[0].split(' ', 1)[1]}", sentence, count=1)


def _with_part_after(said: str, after: list[str], body: str) -> str:
    """``said`` and a part after the headline's dash said too ("... verloren; Salzburg hat die
    Tabellenführung übernommen"): with a listed verb (not "340 Jobs betroffen"), not with an article we
    would have to guess ("ein Vorsprung wächst": which one, the headline's reader knows), and not after
    an incident, whose toll the item needs the time for."""
    if len(after) != 1 or re.search(r"[„“\"»«()?!;:]", after[0]) or tells_incident(said):
        return said
    second = _sentence(after[0].split(), body)
    if second and any(is_finite_form(word) for word in second.split()) and not re.match(r"eine?\b", second):
        return f"{said}; {second}"
    return said


def _fronted(words: list[str], body: str) -> str | None:
    """ "Nach Hochzeitsfeier im Innviertel" -> "Nach einer Hochzeitsfeier im Innviertel"; an event,
    "Hackerangriff auf Wiener Ticketplattform", said as what came first: "Nach einem Hackerangriff auf
    eine Wiener Ticketplattform"."""
    if words and words[0] == "Nach":
        return _filled(["nach", *words[1:]], body, DAT)
    cause = bool(words) and words[0].lower().endswith(_CAUSES)  # "Durch ein Datenleck bei ..."
    phrase = noun_phrase(words, 0, ACC if cause else DAT, body)
    if phrase is None or not (_is_event(phrase.head) or cause):
        return None
    rest = _filled(words[phrase.end:], body, DAT, attack=_is_attack(phrase.head))
    return None if rest is None else " ".join(["durch" if cause else "nach", *phrase.words, rest]).strip()


def _sentence(words: list[str], body: str, front: str | None = None) -> str | None:
    """A headline clause said as a sentence, with ``front`` (what came first) before its verb."""
    subject = noun_phrase(words, 0, NOM, body)
    finite = finite_verbs(" ".join(words))
    plural_verb = len(words) > 2 and words[1].endswith("n") and words[1] in finite and words[0] not in REGIONS
    if subject is None and plural_verb:
        subject = Phrase(words[:1], 1, words[0], True)  # "Alpenpflanzen wandern ...": a plural, by its verb
    if subject is None or subject.end >= len(words):
        return _event(words, body) if front is None else None
    if a_surname(subject, body):
        return None
    subject = (_with_genitive(subject, words, finite, body) or _placed(subject, words, finite, body)
               or _with_company(subject, words, finite, body) or _named_after(subject, words, finite, body))
    verb, rest = words[subject.end], words[subject.end + 1:]
    if verb in finite and verb.islower():
        told = _filled(rest, body, DAT, object_first=True)
        if told and in_perfect(verb, told) and to_come(verb, body):
            return None  # ("steigen mit Jahresbeginn": not "sind gestiegen", nor a bare present)
        verb, told = (told and in_perfect(verb, told)) or (verb, told)  # "hat ... beschlossen"
        parts = [verb, *subject.words] if front else [*subject.words, verb]
    elif _only_a_participle(words, subject, finite):
        participle, rest = words[-1], words[subject.end:-1]
        told = _filled(rest, body, ACC if _INTO.search(participle) else DAT)
        aux, passive = _auxiliary(participle, subject.plural)
        told = None if told is None else " ".join(w for w in [told, participle, passive] if w)
        parts = [aux, *subject.words] if front else [*subject.words, aux]
    elif verb in ("für", "gegen") and not front and not finite:
        told = _filled(words[subject.end:], body, DAT)  # "EU-Parlament für Verbot von ..."
        told = None if told is None else told + " aus"
        parts = [*subject.words, "sprechen sich" if subject.plural else "spricht sich"]
    elif _WHERE_SOMEONE_IS.search(" ".join(words)) and subject.plural is not None:
        told = _filled(words[subject.end:], body, DAT)
        aux = "sind" if subject.plural else "ist"
        parts = [aux, *subject.words] if front else [*subject.words, aux]
    else:
        return _event(words, body) if front is None else None
    if told is None:
        return None
    return " ".join(p for p in [front or "", *parts, told] if p)


def _with_genitive(subject: Phrase, words: list[str], finite: list[str], body: str) -> Phrase | None:
    """ "Zahl der Tropennächte in Wien hat sich ... verdreifacht": the subject with its genitive (and
    where) up to the finite verb, definite: "Die Zahl der Tropennächte in Wien"."""
    at = subject.end
    if at + 2 >= len(words) or words[at] not in ("der", "des") or not words[at + 1][:1].isupper():
        return None
    verb = next((k for k, w in enumerate(words) if k > at + 1 and w in finite and w.islower()), None)
    where = _filled(words[at + 2:verb], body, DAT) if verb is not None else None
    named = noun_phrase(words, 0, NOM, body, definite=True)
    if where is None or named is None or named.end != at or subject.plural is None:
        return None
    return replace(named, words=[*named.words, *words[at:at + 2], *where.split()], end=verb)


def _placed(subject: Phrase, words: list[str], finite: list[str], body: str) -> Phrase | None:
    """ "Landtag in Salzburg beschließt ...": "Der Landtag in Salzburg" (a place, not "in Gasthof")."""
    at = subject.end
    if at + 2 >= len(words) or words[at] != "in" or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", words[at + 1]) \
            or re.search(rf"\b(?:de[rsmn]|die|das|eine?[mnrs]?)\s+(?:\w+\s+)?{words[at + 1]}", body):
        return None  # (the body says it with an article: a noun, "des traditionsreichen Gasthofs")
    if words[at + 2] not in finite or not words[at + 2].islower() or at + 3 == len(words):
        return None  # (the last word: a participle, "Buchhalterin in Linz verurteilt", said as one)
    return replace(subject, words=[*subject.words, *words[at:at + 2]], end=at + 2)


def _with_company(subject: Phrase, words: list[str], finite: list[str], body: str) -> Phrase | None:
    """ "Reisebus mit Schulklasse auf Glatteis umgekippt": who was with the subject, said with it before
    the auxiliary ("Ein Reisebus mit einer Schulklasse ist ... umgekippt"), when a participle ends it."""
    at = subject.end
    if at + 2 >= len(words) or words[at] != "mit" or not _only_a_participle(words, subject, finite):
        return None
    company = noun_phrase(words, at + 1, DAT, body) or dative_plural(words, at + 1, body)
    if company is None or company.end >= len(words):
        return None
    return replace(subject, words=[*subject.words, "mit", *company.words], end=company.end)


def _only_a_participle(words: list[str], subject: Phrase, finite: list[str]) -> bool:
    """ "Reisebus auf Inntalautobahn umgestürzt": a subject, what happened, its participle and no other
    verb (not "Zahl der Tropennächte hat sich verdreifacht", a whole clause), nor a name going on after
    the subject's noun ("ID Austria stundenlang gestört")."""
    return (bool(re.fullmatch(PARTICIPLE, words[-1])) and subject.plural is not None
            and set(finite) <= {words[-1]} and not words[subject.end][:1].isupper())


def _named_after(subject: Phrase, words: list[str], finite: list[str], body: str) -> Phrase:
    """ "Steirischer Leiterplattenhersteller Kralnig Elektronik streicht ...": the capitalized words
    between the subject's noun and the verb (one of the ``finite`` verbs) are its name, and the named
    one takes "der"."""
    verb = next((k for k, w in enumerate(words) if k >= subject.end and w in finite and w.islower()), None)
    name = words[subject.end:verb] if verb is not None else []
    if not name or subject.plural or subject.gender is None or not all(w[:1].isupper() for w in name):
        return subject
    named = noun_phrase(words, 0, NOM, body, definite=True)
    if named is None or named.end != subject.end:
        return subject
    return replace(named, words=[*named.words, *name], end=verb, named=True)


def _auxiliary(participle: str, plural: bool) -> tuple[str, str]:
    """The auxiliary, and "worden" for a done act in the passive: "ist umgestürzt", "wird vermisst",
    "ist ... gestohlen worden" (radio's perfect, not the written "wurde ... gestohlen")."""
    if participle in _STILL:
        return ("werden" if plural else "wird"), ""
    return ("sind" if plural else "ist"), ("" if _WITH_SEIN.match(participle) else "worden")


def _event(words: list[str], body: str) -> str | None:
    """ "Schweres Beben im Süden Perus" -> "im Süden Perus hat es ein schweres Beben gegeben"."""
    phrase = noun_phrase(words, 0, ACC, body, definite=False)
    if phrase is None or phrase.plural or not _is_event(phrase.head) or phrase.end >= len(words):
        return None
    place = phrase.end
    while place < len(words) and words[place] not in _PREPOSITIONS and words[place] not in _CONTRACTED:
        place += 1  # "Erdbeben der Stärke 5,9 im Osten ...": the genitive goes with the event
    attribute = words[phrase.end:place]
    if attribute and attribute[0] not in ("der", "des") or finite_verbs(" ".join(words[place:])):
        return None  # (not "Brand in Gasthof fordert vier Verletzte": a sentence, not an event and where)
    where = _filled(words[place:], body, DAT)
    if not where or where.split()[0].lower() not in {*_PREPOSITIONS, *_CONTRACTED}:
        return None
    return " ".join([where, "hat es", *phrase.words, *attribute, "gegeben"])


def _filled(words: list[str], body: str, two_way: int, object_first: bool = False,
            attack: bool = False) -> str | None:
    """``words`` with an article before each noun that needs one: after a preposition in its case
    (``two_way`` for "in", "auf" ...; accusative after an attack: "Angriff auf eine ..."), and, with
    ``object_first``, the accusative object at the start. None when a noun's gender is unknown."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in _PREPOSITIONS and i + 1 == len(words):
            # "sperrt Werk in Kapfenberg zu": the verb's particle; "Regierung einigt sich auf": cut off
            return " ".join([*out, words[i]]) if object_first and i and words[i - 1] != "sich" else None
        case = _case_at(words, i, two_way, object_first, attack)
        if words[i] in _PREPOSITIONS:
            out.append(words[i])
            i += 1
        if case is not None and words[i] not in WITH_ARTICLE and starts_phrase(words, i):
            said = _phrase_said(words, i, case, body, out[-1] if out else "")
            if said is None:
                return None
            out += said.words
            i = said.end
            continue
        if words[i][:1].isupper() and out and out[-1] not in WITH_ARTICLE \
                and not _listed(out, words[i], body):
            return None  # a bare noun where no rule puts its article
        out.append(words[i])
        i += 1
    return " ".join(out)


def _case_at(words: list[str], i: int, two_way: int, object_first: bool, attack: bool) -> int | None:
    """The case of the noun phrase at (or after a preposition at) ``i``, or None: no phrase starts."""
    if words[i] in _PREPOSITIONS:
        case = _PREPOSITIONS[words[i]]
        if case is None and i and words[i - 1] == "sich":
            return ACC  # "einigt sich auf einen Bonus": a reflexive verb's object, not a place
        return (ACC if attack else two_way) if case is None else case
    return ACC if i == 0 and object_first and starts_phrase(words, 0) else None


def _phrase_said(words: list[str], i: int, case: int, body: str, before: str) -> Phrase | None:
    """The noun phrase at ``i`` with its article; an act after "mit" without one ("mit
    Salmonellenvergiftung"), else not at all ("durch Abschaffung": whose, the headline's reader knows)."""
    if before in ("auf", "bei", "wegen", "durch") and words[i] in ROAD_WEATHER:
        return Phrase([words[i]], i + 1, words[i], False)  # "auf Glatteis umgekippt": no article
    phrase = noun_phrase(words, i, case, body)
    if phrase is None or not abstract(phrase) or i == 0 and case == ACC:
        return phrase  # ("beschließt Erhöhung": the act is what was done, "eine Erhöhung")
    return replace(phrase, words=words[i:phrase.end]) if before == "mit" else None


def _listed(out: list[str], word: str, body: str) -> bool:
    """A capitalized word fine without an article here: a noun after its article or after a number,
    a name the body shows as one, a genitive after a noun ("im Süden Perus"); not an unknown noun
    ("nach Umbau")."""
    before = out[-1] if out else ""
    return bool(QUANTIFIERS.match(before) or before[:1].isupper() or word in COUNTRIES or is_name(word, body))


def _is_event(head: str) -> bool:
    return head.split("-")[-1].lower().endswith(_EVENTS)


def _is_attack(head: str) -> bool:
    return head.split("-")[-1].lower().endswith(("angriff", "anschlag", "attacke"))


# "Betroffen sind ...", "Die meisten von ihnen ...", "Grund dafür ist ...": the body goes on from
# what the headline said
_GOES_ON = re.compile(r"^(?:Betroffen\s+(?:sind|ist|waren|war)|Die\s+meisten\b|Grund\s+dafür"
                      r"|Hintergrund\s+ist|Anlass\s+(?:ist|war))\b")


def leans_on_headline(opener: str) -> bool:
    """The body's first sentence takes for known what only the headline said: a thing named as
    known ("Der Beschluss fiel ...", "Die Erdstöße ...", "Das Schiff kenterte ..."), a reference
    ("Sie ..."), or a going on ("Betroffen sind ...")."""
    noun = known_without_introduction(opener)
    named = _NAMED_AS_KNOWN.match(opener)  # ("Die Erdstöße der Stärke 6,8": a genitive introduces nothing)
    if named and _INTRODUCED_AFTER.match(opener[named.end():]):
        named = None  # "Der frühere Bürgermeister von Beispieldorf, Max Muster, ...": introduced
    return bool(noun and noun not in KNOWN | LIGHT_NOUNS or named and named[1] not in KNOWN | LIGHT_NOUNS
                or opening_reference(opener) or _GOES_ON.match(opener))


_NAMED_AS_KNOWN = re.compile(r"^(?:Der|Die|Das)\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][a-zäöüß]+)\b(?![\s-]+[A-ZÄÖÜ])")
_INTRODUCED_AFTER = re.compile(r"\s+(?:von|aus)\s+[A-ZÄÖÜ]|,\s+[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+,")

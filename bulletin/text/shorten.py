"""A sentence too long to be read with the lead, said shorter, as an editor cutting to time would;
print forms said as an editor says them (set scores, "das das", stacked participle attributes); a
thing said by the name people use ("auf dem Kometen Tschuri", not its tongue-twister of a name).

A key fact in a sentence too long to follow the lead ("Der 38-Jährige musste sich in der
Qualifikation von Newport, an der er dank Wildcard teilnahm, ... geschlagen geben.") can lose its
relative clause (room.py decides when): a clause that only adds to something already named, a name
or a thing with the definite article ("das Osteuropageschäft, das derzeit noch zur Bank Austria
ressortiert,"), or a count ("92 Beschäftigte, deren Löhne ... gesichert sind"). Not one that says which
of several is meant (after "ein", "alle", "jene" or a plural: "die Männer, die ... hatten"), nor one
another clause hangs on (", der ... bat, das Gesetz nicht zu unterzeichnen,").
"""

from __future__ import annotations

import re

from bulletin.text.connectives import without_vague_reasons
from bulletin.text.grammar import finite_verbs, has_finite_verb
from bulletin.text.reported import finality_alone, ruling_as_clause

_PREPOSITIONS = (r"an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu"
                 r"|zwischen")
# ", an der er dank Wildcard teilnahm," or, at the end, ", der am Institut forscht."
_RELATIVE = re.compile(
    rf",\s+(?:(?:{_PREPOSITIONS})\s+)?(?P<pronoun>der|die|das|dem|den|dessen|deren)\s+"
    r"(?P<body>(?:[^,;:–—()„“”\"»«]|(?<=\d):(?=\d))+?)(?=,\s|\.$)"  # (a score's colon: "über ein 0:0")
)
# What makes a relative clause say which one is meant, not add to one already known.
_WHICH_ONE = frozenset("""ein eine einen einem einer eines kein keine keinen keinem keiner alle allen aller
    jene jenen jener jenes diejenigen derjenige diejenige dasjenige demjenigen denjenigen solche solchen
    jede jeden jedem jeder jedes viele vielen manche manchen mehrere einige einigen wenige wenigen
    all alles dies derselbe dieselbe dasselbe selben gleiche gleichen gleicher gleiches""".split())
_DEFINITE = frozenset("""der die das den dem des im am vom zum zur beim ins sein seine seinem seinen seiner
    seines ihr ihre ihrem ihren ihrer ihres""".split())
_SUBORDINATOR = re.compile(r"(?:dass|weil|wenn|ob|als|da|damit|nachdem|obwohl|um|ohne|sodass|wie|wo|bis"
                           r"|während|bevor)\b")
# After the clause, what joins on to it or needs the comma: "..., und zwar ...", "Geht es um ..., dann".
_GOES_ON = re.compile(r"(?:und|oder|aber|sondern|doch|dann|so|also|zumal)\b")
ZU_INFINITIVE = re.compile(r"\bzu\s+[a-zäöüß]+en\b|\b[a-zäöüß]+zu[a-zäöüß]{3,}en\b")


# "dem Tschuri genannten Kometen 67P/Tschurjumow-Gerasimenko": an article, the nickname, "genannt",
# the thing's noun and its official name.
_NICKNAMED = re.compile(r"\b(?P<article>[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\s+"
                        r"(?P<nick>[A-ZÄÖÜ][\w-]*)\s+genannte[nmrs]?\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+"
                        r"[\w/]*[A-ZÄÖÜ][\w/-]*")


def with_common_name(sentence: str) -> str:
    """``sentence`` naming a thing by the name it is called by: "auf dem Tschuri genannten Kometen
    Tschurjumow-Gerasimenko" -> "auf dem Kometen Tschuri"."""
    return _NICKNAMED.sub(lambda m: f"{m['article']} {m['noun']} {m['nick']}", sentence)


# "4:6,6:4,6:0-Finalerfolg", "7:6(5), 6:3-Sieg": set scores written before the noun they describe.
_SET_SCORES = re.compile(r"\b(?P<sets>\d{1,2}:\d{1,2}(?:\(\d+\))?(?:,\s?\d{1,2}:\d{1,2}(?:\(\d+\))?)+)"
                         r"-(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b")
_SETS = {2: "zwei", 3: "drei", 4: "vier", 5: "fünf"}


def with_sets_counted(sentence: str) -> str:
    """``sentence`` with set scores written before a noun said as the number of sets: "mit einem
    4:6,6:4,6:0-Finalerfolg" -> "mit einem Finalerfolg in drei Sätzen" (read out, the noun comes
    after three scores and the listener has lost it). Scores standing on their own stay."""
    def counted(match: re.Match) -> str:
        sets = match["sets"].count(":")
        return f"{match['noun']} in {_SETS[sets]} Sätzen" if sets in _SETS else match[0]

    return _SET_SCORES.sub(counted, sentence)


# ", das das Drallrad ...": a relative pronoun before the same article, a stumble read out.
_DOUBLED = re.compile(r", (das|die|der|dem|den) \1\b")
_WELCH = {"das": "welches", "die": "welche", "der": "welcher", "dem": "welchem", "den": "welchen"}


def without_doubled_article(sentence: str) -> str:
    """ "ein Kommando, das das Rad bewegen sollte" -> "ein Kommando, welches das Rad bewegen sollte":
    the relative pronoun said as "welch-" where the same article follows (an outside editor
    stumbled on "das das"; "welches" is the editor's usual cure)."""
    return _DOUBLED.sub(lambda m: f", {_WELCH[m[1]]} {m[1]}", sentence)


# "der am Montag beginnenden, mit 42,3 Millionen Dollar dotierten US Open": two attributes, each a
# participle with words of its own, stacked before the noun (not "kritisierten, dass ... abgebrannter").
_CLAUSE_START = r"(?:dass|weil|ob|wie|wenn|als|da|damit|obwohl|nachdem|bevor|während|sodass|um|und|aber)\b"
_PARTICIPLE = r"[a-zäöüß]*(?:end|iert|ge[a-zäöüß]+(?:t|en))(?:e|en|er|es|em)"
_STACKED = re.compile(
    rf"\b(?P<keep>(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Ee]iner|[Ee]ine[mnrs]?)\s(?:[\wäöüß.-]+\s){{1,5}}?"
    rf"{_PARTICIPLE}),\s(?!{_CLAUSE_START})(?:[\wäöüßÄÖÜ.-]+|\d+,\d+)(?:\s(?:[\wäöüßÄÖÜ.-]+|\d+,\d+)){{1,6}}?"
    rf"\s{_PARTICIPLE}\s"
    r"(?=[A-ZÄÖÜ])")


def without_second_attribute(sentence: str) -> str:
    """``sentence`` with only the first of two stacked participle attributes before a noun: "zum
    Auftakt der am Montag beginnenden, mit 42,3 Millionen Dollar dotierten US Open" -> "zum
    Auftakt der am Montag beginnenden US Open" (read out, the noun comes too late to be followed;
    two outside editors flagged the phrase, one cut the prize money). Plain adjectives stay ("die
    flotten, flash-basierten Datenträger")."""
    return _STACKED.sub(lambda m: m["keep"] + " ", sentence)


# "Zwei Giganten der Kunst – der Maler Anna Muster und der Komponist Erik Probe – haben ...": a
# count and an epithet as the subject, the people it means between dashes after it.
_COUNTED_THEN_NAMED = re.compile(
    r"^(?:Zwei|Drei|Vier|Beide)\s+[^–—,.;:]+?\s[–—]\s(?P<named>(?:[Dd]er|[Dd]ie)\s[^–—]+?\sund\s(?:der|die)\s[^–—]+?)"
    r"\s[–—]\s(?P<rest>[a-zäöüß].*)$")


def with_the_named_as_subject(sentence: str) -> str:
    """ "Zwei Giganten der Gegenwartskunst – der Maler X und der Komponist Y – haben ..." -> "Der
    Maler X und der Komponist Y haben ...": by ear the listener waits through the praise and the
    dashes for who is meant (an outside editor cut "Zwei Giganten"); only when the dashes name
    people."""
    match = _COUNTED_THEN_NAMED.match(sentence)
    if not match or not re.search(r"[A-ZÄÖÜ][a-zäöüß]+\s[A-ZÄÖÜ][a-zäöüß]+", match["named"]):
        return sentence
    named = match["named"]
    return f"{named[0].upper()}{named[1:]} {match['rest']}"


# "– also voraussichtlich nach den Osterferien –": an aside that opens with "also" or "sprich".
_ASIDE_SO = re.compile(r"(?<=[–—] )(?:also|sprich|das heißt)\s+(?=[^–—]+\s[–—]\s)")


def without_aside_so(sentence: str) -> str:
    """ "in wenigen Wochen – also voraussichtlich nach Ostern – an der Grenze" -> "... – voraussichtlich
    nach Ostern – ...": read out, "also" is the writer talking (an outside editor cut it); the
    aside itself is the fact and stays. Not "also" that joins a clause ("– also sinkt der Preis")."""
    match = _ASIDE_SO.search(sentence)
    if not match:
        return sentence
    aside = re.match(r"[^–—]+", sentence[match.end():])[0]
    return sentence if has_finite_verb(aside) else sentence[:match.start()] + sentence[match.end():]


# "am Rande der SPÖ-Nationalratsklubklausur": the occasion where something was said, named by a
# compound too long to follow by ear.
_LONG_OCCASION = re.compile(r"\s+am Rande (?:der|des|einer|eines)\s+(?:[a-zäöüß]+e[nrs]?\s+)?"
                            r"(?P<noun>[A-ZÄÖÜ][\w-]+)(?![\w-])")
LONG_COMPOUND = 22  # letters: "Nationalratsklubklausur" is 23, "Regierungsklausur" 17


def without_long_occasion(sentence: str) -> str:
    """ "Der Minister bestätigte am Montag am Rande der SPÖ-Nationalratsklubklausur Vorbereitungen."
    -> "Der Minister bestätigte am Montag Vorbereitungen.": the occasion is background, and an outside
    editor could not say this one. An occasion with a name a listener follows stays ("am Rande des
    Gipfels")."""
    def said(match: re.Match) -> str:
        return "" if len(re.sub(r"[^\w]", "", match["noun"])) >= LONG_COMPOUND else match[0]

    return _LONG_OCCASION.sub(said, sentence)


# ", wie er gegenüber dem Magazin demonstriert." at the end of a sentence told in the past.
_AS_HE_SAYS = re.compile(r",\s+wie\s+(?P<who>[^,;:.]+?)\s+(?P<verb>[a-zäöüß]+t)\.$")
# Weak verbs of saying and showing: their past is the present with "e" ("betont" -> "betonte").
_WEAK_SAYING = frozenset("""betont erklärt sagt zeigt schildert begründet berichtet ergänzt meint fordert
    bestätigt warnt""".split())
_PAST = re.compile(r"\b(?:war|waren|hatte|hatten|wurde|wurden)\b|\b[a-zäöüß]{3,}(?:te|ten)\b"
                   r"|\b(?:hat|haben|habe)\b.*\b(?:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]+iert)\b")


def with_source_in_past(sentence: str) -> str:
    """ "..., hat ... aufgerüstet, wie er gegenüber dem Magazin demonstriert." -> "... demonstrierte.":
    a sentence told in the past says its source in the past too (an outside editor flagged the
    switch; the bulletin airs after the article was written). Only weak verbs, whose past is sure;
    not "wie es heißt". (Dropping "wie er gegenüber X demonstrierte" was tried: a blind reader
    preferred the source kept.)"""
    match = _AS_HE_SAYS.search(sentence)
    if not match or has_finite_verb(match["who"]) or not _PAST.search(sentence[:match.start()]):
        return sentence
    verb = match["verb"]
    if verb in _WEAK_SAYING or verb.endswith("iert"):
        return f"{sentence[:match.start('verb')]}{verb}e."
    return sentence


# ", das er nun erstmals präsentierte.": a clause telling what happened "nun", its verb last in the
# simple past of an "-ieren" verb (whose participle is the stem + t, no "ge-").
_NOW_IN_PAST = re.compile(r"(?P<clause>,\s+(?:das|die|der|den|dem|dass|weil|wie|wo)\s+"
                          r"[^,.;:]*?\b(?:nun|jetzt)\b[^,.;:]*?\s)(?P<stem>[a-zäöüß]+ier)(?P<ending>te|ten)(?=\s*[,.])")


def with_news_in_perfect(sentence: str) -> str:
    """ "ein Auto, das er nun erstmals der Öffentlichkeit präsentierte." -> "..., das er nun
    erstmals der Öffentlichkeit präsentiert hat.": what happened "nun" is news, and news is told
    in the perfect (an outside editor's edit)."""
    def perfect(match: re.Match) -> str:
        auxiliary = "hat" if match["ending"] == "te" else "haben"
        return f"{match['clause']}{match['stem']}t {auxiliary}"

    return _NOW_IN_PAST.sub(perfect, sentence)


# "Das Landesgericht Linz hat geurteilt: Die Stadt habe ...": the city is in the court's name only.
_CITY_BODY = re.compile(r"\b(?:(?:Landes|Bezirks|Oberlandes|Straf|Zivil|Arbeits|Amts|Verwaltungs)?[Gg]ericht"
                        r"|Magistrat)\s+(?P<city>[A-ZÄÖÜ][a-zäöüß]+)\b(?![\s-]*[A-ZÄÖÜ])")
_THE_CITY = re.compile(r"\b(?P<article>[Dd]ie|[Dd]er)\s+Stadt\b(?!\s+[A-ZÄÖÜ]|-)")


def with_city_named(sentence: str) -> str:
    """ "Das Landesgericht Linz hat geurteilt: Die Stadt habe ... zu bezahlen." -> "... Die Stadt
    Linz habe ...": by ear "die Stadt" is any city (two outside editors asked which)."""
    body = _CITY_BODY.search(sentence)
    city = _THE_CITY.search(sentence, body.end()) if body else None
    if not city:
        return sentence
    return f"{sentence[:city.end()]} {body['city']}{sentence[city.end():]}"


# "Dazu lägen er und Trump in ihren Ansichten zu weit auseinander.": "dazu" only points to the
# "zu weit" that follows; by ear it sounds like "in addition", a second reason (outside editors).
_CORRELATE = re.compile(r"^(?:Dazu|Dafür) (?P<verb>[a-zäöüß]+) "
                        r"(?P<who>(?:er|sie|wir)(?: und [A-ZÄÖÜ][\w-]+)?) "
                        r"(?P<rest>.*\bzu (?:weit|groß|klein|alt|jung|schwach|stark|spät|früh|viel|wenig"
                        r"|teuer)\b.*)$")


def without_correlate(sentence: str) -> str:
    """ "Dazu lägen er und Trump ... zu weit auseinander." -> "Er und Trump lägen ... zu weit
    auseinander." (only with a person's pronoun as the subject and "zu" + an adjective after it:
    "Dafür sei es zu früh" keeps what "dafür" says)."""
    match = _CORRELATE.match(sentence)
    if not match or not has_finite_verb(match["verb"]):
        return sentence
    who = match["who"][0].upper() + match["who"][1:]
    return f"{who} {match['verb']} {match['rest']}"


# The outlet's judgement before a noun ("einem neuen sensationellen Fund", "ein bemerkenswertes
# Projekt"): news says what happened and lets the listener judge (an outside editor cut both).
_JUDGING_ATTRIBUTE = re.compile(
    r"(?:,\s*|\s+)(?:sensationell|spektakulär|bemerkenswert|atemberaubend|grandios|fulminant|furios"
    r"|phänomenal|großartig|wunderbar|genial|prächtig|beeindruckend|legendär)(?:e|en|er|es|em)"
    r"(?=\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?[A-ZÄÖÜ])")


_ARTICLES = frozenset("""ein eine einen einem einer eines der die das den dem des sein seine seinen seinem
seiner ihr ihre ihren ihrem ihrer zwei drei""".split())


def without_judging_attribute(sentence: str) -> str:
    """ "aus einem neuen sensationellen Fund" -> "aus einem neuen Fund"; not in a quote (the
    speaker's own word), and not where it is the only word before the noun without an article
    ("mit sensationellem Erfolg" stays: "mit Erfolg" says something else)."""
    if re.search(r"[„“”\"»«]", sentence):
        return sentence

    def cut(match: re.Match) -> str:
        before = (sentence[:match.start()].split() or [""])[-1]
        kept = before.lower() in _ARTICLES or re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es|em)", before)
        return "" if kept and before not in _PREPOSITIONS.split("|") else match[0]

    return _JUDGING_ATTRIBUTE.sub(cut, sentence)


# ", und er sei irgendwo amüsiert, wie das laufe,": how the speaker finds the way things go, in a
# clause of its own joined with "und".
_AMUSED = re.compile(r",\s+und\s+(?:er|sie|ich|wir)\s+(?:sei|seien|bin|ist|sind)\s+"
                     r"(?:(?:irgendwo|schon|etwas|ein wenig|ein bisschen|ziemlich|fast|durchaus|auch)\s+)*"
                     r"(?:amüsiert|belustigt|verwundert|erstaunt),\s+wie\s+[^,.;:!?]+(?=[,.;:!?])")


def without_amused_aside(sentence: str) -> str:
    """ "das sei reine Spekulation, und er sei irgendwo amüsiert, wie das laufe, weil jeder wisse,
    dass ..." -> "das sei reine Spekulation. Jeder wisse, dass ...": the speaker's amusement at how
    things run is talk, not the news (three outside editors cut it). The "weil" that followed gave
    the reason for the amusement, not for what is left (an outside editor heard it so): its clause
    becomes a sentence of its own where it is only a subject and a verb ("weil jeder wisse,"), else
    the aside stays. Not a feeling about a fact ("er sei erstaunt, dass ..." says what happened) and
    not "enttäuscht" or "verärgert" (a reaction)."""
    match = _AMUSED.search(sentence)
    if not match:
        return sentence
    rest = sentence[match.end():]
    because = re.match(r",\s+weil\s+(?P<who>[a-zäöüß]+)\s+(?P<verb>[a-zäöüß]+)(?=[,.])", rest)
    if because and has_finite_verb(f"{because['who'].capitalize()} {because['verb']}"):
        said = f"{because['who'].capitalize()} {because['verb']}"
        return f"{sentence[:match.start()]}. {said}{rest[because.end():]}"
    if re.match(r",\s+weil\b", rest):
        return sentence
    return sentence[:match.start()] + rest


# ", und Fortuna meinte es bei der Auslosung ... gut": luck, fate or the weather as a person.
_PERSONIFIED = re.compile(r",\s+(?:und|doch|aber)\s+(?:Fortuna|Petrus|[Dd]er Wettergott|[Dd]ie Losfee"
                          r"|[Dd]as (?:Los)?[Gg]lück|[Dd]as Schicksal)\s+(?:meinte|meint)\s+es\b[^.;:!?]*?"
                          r"\b(?:gut|schlecht|nicht gut)(?:\s+mit\s+[^.;:!?,]+)?(?=[.;:!?])")


def without_personified_luck(sentence: str) -> str:
    """ "Erstmals ist Thiem gesetzt, und Fortuna meinte es bei der Auslosung zunächst gut." ->
    "Erstmals ist Thiem gesetzt.": print colour; the draw itself (whom he plays) is the fact, and
    four outside editors cut the clause. Only such a clause joined to a sentence of its own."""
    return _PERSONIFIED.sub("", sentence)


# "..., so eine Aussendung des Wiener Zoos am Dienstag.": the source tacked on in print shorthand.
_SO_STATEMENT = re.compile(r", so (?:eine|die) (?P<kind>(?:Presse)?[Aa]ussendung|Mitteilung|Stellungnahme"
                           r"|Erklärung) (?P<whose>(?:des|der) [^,.;:]+?)"
                           r"(?: (?P<when>am [A-ZÄÖÜ][a-zäöüß]+))?\.$")


def with_statement_said(sentence: str) -> str:
    """ "..., sie sind nämlich noch grau, so eine Aussendung des Zoos am Dienstag." -> "..., hieß
    es am Dienstag in einer Aussendung des Zoos.": as a newsreader says a press release (three
    outside editors called the shorthand print style, doubling the station's credit)."""
    match = _SO_STATEMENT.search(sentence)
    if not match:
        return sentence
    when, kind = f" {match['when']}" if match["when"] else "", match["kind"][:1].upper() + match["kind"][1:]
    return f"{sentence[:match.start()]}, hieß es{when} in einer {kind} {match['whose']}."


def said_by_ear(sentence: str) -> str:
    """``sentence`` with the print forms above said as an editor says them: a thing by its nickname, set
    scores as the number of sets, "welches das" for "das das", one of two stacked attributes, the people
    a count stands for as the subject, an aside without "also", no occasion too long to say, the source
    in the tense of the sentence, no judging word before a noun, what happened "nun" in the perfect, the
    city a court is named by, a ruling as a "dass" clause, no "Dazu" before "zu weit", no amusement at
    how things run, no luck as a person, a press release said as one ("hieß es in einer Aussendung"),
    "nicht rechtskräftig" without who asked for time to think, no reasons promised in vain."""
    for said in (with_common_name, with_sets_counted, without_doubled_article, without_second_attribute,
                 with_the_named_as_subject, without_aside_so, without_long_occasion, with_source_in_past,
                 without_judging_attribute, with_news_in_perfect, with_city_named, ruling_as_clause,
                 without_correlate, finality_alone,
                 without_amused_aside, without_personified_luck, with_statement_said, without_vague_reasons):
        sentence = said(sentence)
    return sentence


# ", das derzeit noch zur Bank Austria ressortiert,": the clause says only whose the thing is.
_BELONGS = re.compile(r"(?:(?:derzeit|noch|bisher|heute|seit\s+\S+)\s+)*zur\s+"
                      r"(?P<owner>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*)\s+(?:gehört|ressortiert|zählt)")


def without_relative_clause(sentence: str) -> str:
    """``sentence`` without its first relative clause that only adds to something already named, or
    itself. A clause saying only whose the thing is stays as a genitive ("das Osteuropageschäft, das
    zur Bank Austria ressortiert," -> "das Osteuropageschäft der Bank Austria": cut, a listener heard
    Unicredit leaving Eastern Europe); a clause before the next keeps its comma ("..., erklärte X.")."""
    for match in _RELATIVE.finditer(sentence):
        if _adds_only(sentence, match):
            rest = sentence[match.end():]
            appendix = re.match(r",\s+(?:davon|darunter)\s+[^,;:]+(?=,)", rest)  # ", davon 2.600 in Tirol"
            rest = rest[appendix.end():] if appendix else rest  # (what the clause counted goes with it)
            whose = _BELONGS.fullmatch(match["body"])  # "zur Bank Austria gehört" -> "der Bank Austria"
            kept = f" der {whose['owner']}" if whose and match["pronoun"] in ("der", "die", "das") else ""
            before, goes_on = sentence[:match.start()], rest[1:].split()[:1]
            joint = ", " if has_finite_verb(before) and finite_verbs(rest[1:])[:1] == goes_on else " "
            return before + kept + (rest if rest == "." else joint + rest[1:].lstrip())
    return sentence


def _adds_only(sentence: str, match: re.Match) -> bool:
    """The matched clause is a relative clause that can go without the sentence changing what it says."""
    body = match.group("body")
    words, last = body.split(), body.split()[-1]
    if not (last.isalpha() and last.islower()) or set(finite_verbs(body)) - {last} \
            or ZU_INFINITIVE.search(body):
        return False  # a relative clause ends in its one finite verb ("teilnahm"): else a main clause
    if not 4 <= len(words) <= 15 or words[0][0].isupper():
        return False  # ", von X unterstützt,": too short; "unter dem Anzug, dem ...": an article
    counted = bool(re.search(r"\b\d[\d.]*\s+[A-ZÄÖÜ][\w-]*$", sentence[:match.start()]))  # "92 Leute, deren"
    if match.group("pronoun") in ("die", "deren") and (last.endswith("n") or last == "sind") and not counted:
        return False  # "die ... hatten": plural, most often which of them
    rest = sentence[match.end() + 1:].strip()
    if rest and (_hangs_on(rest) or _GOES_ON.match(rest)):
        return False
    return counted or _named_before(sentence[:match.start()])


def _hangs_on(rest: str) -> bool:
    """What follows the clause belongs to it: a subordinate clause or an infinitive that is not the
    sentence's own going on (", abzuziehen und ..." is; ", das Gesetz nicht zu unterzeichnen," is not)."""
    part = re.split(r"[,.;:]", rest, maxsplit=1)[0].strip()
    if _SUBORDINATOR.match(part):
        return True
    found = ZU_INFINITIVE.search(part)
    return bool(found) and found.start() > 0


def _named_before(before: str) -> bool:
    """The noun the clause adds to is named ("von Newport") or has the definite article ("das
    Osteuropageschäft"), not one of several ("einen Mann") nor a person it introduces ("Herbert Gruber")."""
    clause = re.split(r"[,;:–—]", before)[-1]
    words = [re.sub(r"^\d+-", "", w) for w in re.findall(r"[\w-]+", clause)[-6:]]  # "27-Jährige": a noun
    if not words or not words[-1][0].isupper() or any(w.lower() in _WHICH_ONE for w in words):
        return False
    rest = words[:-1][::-1]  # the words before the noun, nearest first
    previous = rest[0] if rest else ""  # "Der 27-Jährige": an article, even with a capital
    person = previous[:1].isupper() and previous.lower() not in _DEFINITE and not previous.isupper()  # "FC X"
    if person and (len(rest) < 2 or rest[1].lower() not in _DEFINITE):
        return False  # "Herbert Gruber", "erklärte Walter Salzburger": who they are
    named = previous[:1].isupper() or previous in _PREPOSITIONS.split("|")  # "Bank Austria", "von Newport"
    return named or any(w in _DEFINITE for w in rest[:3])

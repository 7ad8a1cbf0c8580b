"""How a written article opens, and what of it a listener should hear: the readable paragraphs
without captions and asides, the dateline taken off (datelines.py), and the standfirst recognised.

A newspaper's standfirst is the teaser under the headline ("Krim-Führung sieht Sabotage.",
"11,1 Prozent in Eurozone - 5,7 Prozent in Österreich."). It is what comes before the dateline; an
article without one opens with a standfirst when its first sentence is shaped like a headline
(no verb, a question, a teaser pointing at the headline: "Er will dort ..."; teasers.py). The
condenser reads it only after the lead, and only when it adds a fact the lead lacks.

Judgement call on the dateline's place: it is where the reporter filed from, not always where the
story is ("Wien – Die Staatsanwaltschaft Mainz ..."), so it is not turned into "in Wien"; the
editorial check tells the producer when an item says nowhere where it happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bulletin.text.antecedents import given_name
from bulletin.text.clean import CREDIT
from bulletin.text.connectives import counterpart_opens, joins_next, open_concession
from bulletin.text.credits import AGENCIES
from bulletin.text.datelines import dateline, without_dateline
from bulletin.text.grammar import (
    has_finite_verb,
    is_finite_form,
    names_speaker,
    not_a_statement,
)
from bulletin.text.sentences import join_open_quotes, run_on_parts, split_sentences
from bulletin.text.teasers import shaped_standfirst

_ASIDE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")
# "an die Neue Galerie Linz (Lentos) 1951, waren": the aside closed the name, the year is a date.
_ASIDE_BEFORE_YEAR = re.compile(r"(?<=[\wäöüß])\s*\([^()]*\)\s+(?P<year>(?:1[89]|20)\d\d)"
                                r"(?=[,.;]|\s+[a-zäöüß])(?P<rest>,?\s+(?P<next>[a-zäöüß]+)\b)?")


def _year_as_date(match: re.Match) -> str:
    """ "(Lentos) 1951, waren" -> " im Jahr 1951 waren": the year stays with what it dates (the
    loan, not the verb's event), and the writer's comma before the verb goes."""
    if match["next"] and is_finite_form(match["next"]):
        return f" im Jahr {match['year']} {match['next']}"
    return f" im Jahr {match['year']}{match['rest'] or ''}"


# "Der Anlass ist bekannt: Die Mutter hat angekündigt ...", "Gesichert ist: ...": a frame that only
# announces the statement after its colon; by ear the colon is not heard and the statement says it all.
_FRAME = re.compile(
    r"^(?:Und\s+)?(?:(?:(?:Der|Die|Das)\s+[A-ZÄÖÜ][\w-]+|[Ee]ines)\s+(?:ist|scheint)\s+(?:(?:auch|nun|jetzt)\s+)?"
    r"(?:bekannt|klar|gesichert|sicher|simpel|einfach|eindeutig|deutlich|überraschend|ernüchternd|alarmierend)"
    r"|(?:Gesichert|Klar|Sicher|Bekannt)\s+ist(?:\s+(?:auch|nun|jetzt|jedenfalls))?|Fest\s+steht)\s*:\s+(?=[A-ZÄÖÜ])")
# "Der Anlass ist bekannt: ...": said "Der Anlass: ...", which tells the listener how it bears on the
# sentence before (the item reads it without the frame where it does not follow that sentence).
_CAUSE_FRAME = re.compile(r"^(?P<noun>(?:Der|Die)\s+(?:Anlass|Grund|Hintergrund))\s+ist\b")
# "Doch nicht nur Beutetiere kann es treffen: ...": a lead-in answering the sentence before.
_LEAD_IN = re.compile(r"^(?:Doch|Aber|Und|Denn|Allerdings|Jedoch)\b[^:„“«»\"]{5,160}:\s+(?=[A-ZÄÖÜ])"
                      # "Geglaubt hat ihm das der Schöffensenat nicht: Der 54-Jährige wurde ...": an answer
                      r"|^[A-ZÄÖÜ][a-zäöüß]+\s+(?:hat|hatte|haben)\s+(?:ihm|ihr|ihnen)\s+das\b[^:„“«»\"]{0,60}:"
                      r"\s+(?=[A-ZÄÖÜ])")
# "Er malte Erzherzöge ..., und doch kennt ihn heute kaum jemand: Caspar Lindtner ... steht im
# Mittelpunkt ...": a feature's riddle about someone the statement after the colon names in full.
_RIDDLE = re.compile(r"^(?:Er|Sie)\b[^:„“«»\"]{5,200}:\s+(?=[A-ZÄÖÜ][a-zäöüß-]+\s+[A-ZÄÖÜ][\w-]+\b)")
# "dem Kometen 67P/Tschurjumow-Gerasimenko": a comet's catalogue number before its name is noise by ear.
_COMET_NUMBER = re.compile(r"\b\d{1,4}[PCDI]/(?=[A-ZÄÖÜ])")



@dataclass(frozen=True)
class Opening:
    """The article as the condenser reads it: sentences in order, the first ``standfirst`` of them
    the standfirst; the dateline's place and agency, if there was one."""

    sentences: tuple[str, ...]
    paragraph_of: tuple[int, ...]  # each sentence's paragraph
    standfirst: int = 0
    place: str = ""
    agency: str = ""
    said: frozenset[int] = frozenset()  # standfirst sentences said from headline syntax (headlines.py)


# "České Budějovice (Budweis)": a place by its own name, written with letters German has not,
# then the German name in brackets; the listener knows the German one and the voice can say it.
_LETTERS_NOT_GERMAN = "čćďěľĺňřŕšťůžźżłńśőűăâîșțąęėįųūđ"
_NOT_GERMAN = frozenset(_LETTERS_NOT_GERMAN + _LETTERS_NOT_GERMAN.upper())
_NAME_THEN_GERMAN = re.compile(r"(?P<before>(?:[^\W\d_][\w-]*\s){0,3}[^\W\d_][\w-]*)"
                               r"\s\((?P<german>[A-ZÄÖÜ][a-zäöüß]+(?:[\s-][A-ZÄÖÜ][a-zäöüß]+)?)\)")


def _german_name(match: re.Match) -> str:
    words = match["before"].split()
    place = len(words)
    while place and words[place - 1][:1].isupper():
        place -= 1  # the capitalized words before the bracket: the place's own name
    if place == len(words) or not _NOT_GERMAN & set("".join(words[place:])):
        return match[0]
    return " ".join([*words[:place], match["german"]])


def remove_asides(text: str) -> str:
    """Drop "( ... )" and "[ ... ]" asides and tidy the spaces and commas they (or the writer) leave
    behind ("der Time -Verlag" -> "der Time-Verlag"). A year after an aside that closed a name is
    said as a date: "an die Galerie Nordhafen (Lentos) 1951, waren" -> "an die Galerie Nordhafen
    im Jahr 1951 waren" (without it, an outside editor heard "Galerie Nordhafen 1951" as the name;
    moving the year behind the verb dated the wrong event). A place written with letters German has
    not is said by the German name in brackets after it: "in České Budějovice (Budweis)" -> "in
    Budweis"."""
    text = _ASIDE_BEFORE_YEAR.sub(_year_as_date, text)
    text = _RANK_ASIDE.sub(lambda m: _rank_said(m, text), text)
    if "(" in text and not _NOT_GERMAN.isdisjoint(text):  # the search is slow: only where it can match
        text = _NAME_THEN_GERMAN.sub(_german_name, text)
    previous = None
    while previous != text:
        previous, text = text, _ASIDE.sub("", text)
    text = re.sub(r"\s+([,.;:!?“])", r"\1", text)
    text = re.sub(r",\s*([.;:!?])", r"\1", text)
    text = re.sub(r"(?<=\w) -(?=[A-ZÄÖÜ][a-zäöüß])", "-", text)  # "der Time -Verlag": one compound
    return re.sub(r"\s{2,}", " ", text).strip(" ,;")


# "Beste weitere Österreicherinnen waren Katharina Moser (5.) und Julia Pfeffer (12.)": a place in a
# race, said "auf Platz fünf" (dropped, the names said nothing); not a goal's minute ("traf (34.)")
_RANK_ASIDE = re.compile(r"(?<=[a-zäöüß])\s*\((?P<rank>\d{1,3})\.\)")
_PLACED = re.compile(r"\b(?:Beste|Bester|Bestes|wurde|wurden|waren|war|landete|landeten|belegte|belegten"
                     r"|kam|kamen)\b")
_GOALS = re.compile(r"\b(?:Tor|Tore|Toren|traf|trafen|Treffer|Minute|Führung|Ausgleich|Elfmeter)\b|\d:\d")


def _rank_said(match: re.Match, text: str) -> str:
    start = max(text.rfind(". ", 0, match.start()), 0)
    end = text.find(". ", match.end())
    sentence = text[start:end if end > 0 else len(text)]
    if _PLACED.search(sentence) and not _GOALS.search(sentence):
        return f" auf Platz {match['rank']}"
    return match[0]


# "die UN-Organisation für Ernährung und Landwirtschaft (FAO)": a name, then its short form in brackets
_SHORT_FORM_ASIDE = re.compile(r"(?P<name>(?:[\w-]+\s+){0,5}[\w-]+)\s+\((?P<short>[A-ZÄÖÜ]{2,6})\)")


_PARTY = re.compile(r"\b(?:Union|Partei|Bündnis|Bewegung|Allianz|Front|Liste|Kongress)\b")


def short_forms(paragraphs) -> dict[str, str]:
    """The short forms the article gives in brackets after a name, and the name (the words before
    the bracket, up to six): {"FAO": "UN-Organisation für Ernährung und Landwirtschaft"}. Not a
    person's party ("Maria Muster (ÖVP)") or an agency, and only a short form that shares initials
    with the name ("Islamischer Staat (IS)", "Solid-State-Disk (SSD)", "... Landwirtschaft (FAO)")."""
    found = {}
    for paragraph in paragraphs:
        for match in _SHORT_FORM_ASIDE.finditer(paragraph):
            words, short = match["name"].split(), match["short"]
            if short.lower() in AGENCIES or short in found:
                continue
            person = len(words) >= 2 and words[-1][:1].isupper() and words[-2][:1].isupper()
            if person and given_name(words[-2]):
                continue  # "Klaus Muster (SPÖ)"
            initials = {part[0].upper() for word in words for part in word.split("-") if part}
            if sum(letter in initials for letter in short) * 2 >= len(short):
                found[short] = match["name"]
            elif party := _PARTY.search(match["name"]):  # "Union für Ordnung und Arbeit (SRT)": own letters
                found[short] = match["name"][party.start():]
    return found


def with_short_forms_introduced(text: str, short_forms: dict[str, str]) -> str:
    """``text`` (an item) that uses a short form ("FAO-Generaldirektor", "die IS-Miliz") after the
    name it stands for, with the short form said after the name: "die UN-Organisation für Ernährung
    und Landwirtschaft, kurz FAO, in ihrem ..." (the brackets that introduced it are not read, and
    an outside editor heard "FAO" as never introduced)."""
    for short, name in short_forms.items():
        used = re.compile(rf"(?<![\w-]){short}(?!\w)")
        end = _end_of_name(text, name.split())
        if end and not used.search(text[:end]) and used.search(text[end:]):
            tail = "" if text[end:end + 1] in ",.;:!?" else ","
            text = f"{text[:end]}, kurz {short}{tail}{text[end:]}"
    return text


# three to five capitals standing alone, not part of a name ("SV Leobendorf", "SK Sturm")
_ACRONYM = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{3,5}(?![\w-])(?!\s+[A-ZÄÖÜ])")
_PAIR = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{2}(?![\w-])(?!\s+[A-ZÄÖÜ])")
_CAPITALIZED_RUN = re.compile(r"[A-ZÄÖÜ][\wäöüß]*(?:[- ][A-ZÄÖÜ][\wäöüß]*)+")


def names_for_acronyms(text: str, paragraphs) -> dict[str, str]:
    """The short forms ``text`` (an item) uses whose name the article says, word by word their
    letters: {"DAB": "Donau-Alpen Bank"} where the article says "Die Donau-Alpen Bank (DAB) hat ..."
    or only "Die Donau-Alpen Bank hat ..." and later "der DAB" (a listener hears three letters)."""
    given = " ".join(paragraphs)
    runs = _CAPITALIZED_RUN.findall(given)
    found = {}
    pairs = [pair for pair in _PAIR.findall(text) if f"({pair})" in given]  # two letters: as given, "(EB)"
    for short in dict.fromkeys(_ACRONYM.findall(text) + pairs):
        for run in runs:
            parts = re.split(r"([- ])", run)
            words = parts[::2]
            for start in range(len(words) - len(short) + 1):
                if "".join(w[0] for w in words[start:start + len(short)]) == short:
                    found[short] = "".join(parts[2 * start:2 * (start + len(short)) - 1])
                    break
            if short in found:
                break
    return found


def with_acronyms_spelled_out(text: str, names: dict[str, str]) -> str:
    """``text`` saying the name (names_for_acronyms) where it first uses the short form before
    ever saying the name: "Die DAB verhandelt ..." -> "Die Donau-Alpen Bank verhandelt ..."."""
    for short, name in names.items():
        first = re.search(rf"(?<![\w-]){short}(?![\w-])", text)
        if first and name not in text[:first.start()]:
            text = text[:first.start()] + name + text[first.end():]
    return text


def _end_of_name(text: str, words: list[str]) -> int:
    """Where in ``text`` the longest end of the name ``words`` ends (0: not said; a single word
    shorter than eight letters, "Staat", may be any other and does not count)."""
    for n in range(len(words)):
        said = " ".join(words[n:])
        if n == len(words) - 1 and len(said) < 8:
            return 0
        match = re.search(rf"(?<![\w-]){re.escape(said)}(?![\w-])", text)
        if match:
            return match.end()
    return 0


def without_frame(sentence: str) -> str:
    """ "Der Anlass ist bekannt: Die Mutter hat angekündigt ..." -> "Die Mutter hat angekündigt ...":
    the sentence without a frame that only announces it (_FRAME), or a lead-in that answers the
    sentence before ("Doch es scheint auch unter diesen Tieren keine Strategie ohne Gegenstrategie
    zu geben: Die Weibchen ..."), or a riddle about someone the statement names ("Er malte ..., und
    doch kennt ihn kaum jemand: Caspar Muster ... steht im Mittelpunkt ..."), when what follows is a
    statement. Not a speaker's frame ("Doch der Bürgermeister sagte: ...")."""
    match = _FRAME.match(sentence) or _RIDDLE.match(sentence)
    lead_in = _LEAD_IN.match(sentence)
    if not match and lead_in and not names_speaker(lead_in.group(0)):
        match = lead_in
    rest = sentence[match.end():] if match else ""
    if not rest or not has_finite_verb(rest) or not_a_statement(rest):
        return sentence
    cause = _CAUSE_FRAME.match(sentence)  # "Der Anlass: ...": it links to the sentence before
    return f"{cause['noun']}: {rest}" if cause else rest


def _is_heading(line: str) -> bool:
    """A subheading or caption: a short line without closing punctuation, or a credit."""
    line = line.strip()
    if CREDIT.search(line) or line.startswith("#"):
        return True
    ends = line.endswith((".", "!", "?", "…", "“", "”", '"', "«", "»", ":"))
    return not ends and len(line.split()) < 15


def _headline_before_dateline(paragraphs: list[str], number: int) -> bool:
    """The first paragraph, a headline line ("Hackerangriff legt Energieversorger lahm"), before the
    body's dateline ("Judenburg – Als ..."): the standfirst, which may be said as the lead."""
    return number == 0 and len(paragraphs) > 1 and bool(dateline(paragraphs[1].strip())[0]) \
        and not CREDIT.search(paragraphs[0]) and not paragraphs[0].lstrip().startswith("#")


def readable_paragraphs(paragraphs, asides: bool = False) -> list[str]:
    """The article's paragraphs without captions, subheadings, credits and (unless ``asides``) asides."""
    out: list[str] = []
    paragraphs = list(paragraphs)
    for number, paragraph in enumerate(paragraphs):
        lines = [ln.strip() for ln in paragraph.splitlines() if ln.strip()]
        if len(lines) == 1 and _is_heading(lines[0]) and not _headline_before_dateline(paragraphs, number):
            continue
        # Inside a paragraph a line may just be hard-wrapped: only credits and "#" lines go.
        text = " ".join(ln for ln in lines if not (CREDIT.search(ln) or ln.startswith("#")))
        text = text if asides else remove_asides(text)
        if re.search(r"\w", text):
            if not text.endswith((".", "!", "?", "…", "“", "”", '"', "«", "»")):
                text += "."  # a long line that lost its full stop
            out.append(text)
    return out


def read_opening(paragraphs) -> Opening:
    """Sentences, standfirst and dateline of an article's readable paragraphs."""
    sentences: list[str] = []
    paragraph_of: list[int] = []
    for number, paragraph in enumerate(readable_paragraphs(paragraphs, asides=True)):
        for sentence in join_open_quotes(split_sentences(paragraph)):
            parts = run_on_parts(sentence)  # ("..., der Exportanteil kletterte ..., und das Ergebnis ...")
            sentences.extend(parts)
            paragraph_of.extend([number] * len(parts))
    sentences, paragraph_of, place, agency, standfirst = without_dateline(sentences, paragraph_of)
    # "(dpa)" was needed to see the dateline; now asides go, and what was only an aside with them
    kept = [(_as_heard(s), n) for s, n in zip(sentences, paragraph_of, strict=True)]
    kept = [(s, n) for s, n in kept if re.search(r"\w", s)]
    sentences, paragraph_of = [s for s, _ in kept], [n for _, n in kept]
    # "36 Stunden. So lange dauert die Fahrt ...": a figure opening (the article's or, after the
    # dateline, the body's: "Wien – 3,1 Prozent. Um so viel sind ...") is read with what explains it
    # ("Alpensalamander unter Druck." is a headline: the teaser test below takes it)
    at = max(standfirst, 0)
    if (len(sentences) > at + 1 and len(sentences[at].split()) <= 3 and not has_finite_verb(sentences[at])
            and (re.search(r"\d", sentences[at]) or _NUMBER_WORD.match(sentences[at]))):
        sentences[at:at + 2] = [_figure_told(sentences[at], sentences[at + 1])]
        paragraph_of[at:at + 2] = [paragraph_of[at]]
    if standfirst < 0:
        standfirst = shaped_standfirst(sentences)
    sentences, paragraph_of = _with_counterparts(sentences, paragraph_of, standfirst)
    return Opening(tuple(sentences), tuple(paragraph_of), standfirst, place, agency)


# "So lange dauert die schnellste Verbindung.": the figure of the fragment before it, told.
_SO_MUCH = re.compile(r"^So (?:lange|viel) (?P<verb>(?:dauer|koste|verdien|zahl|brauch|wieg)\w*) "
                      r"(?P<subject>[^,;:]+)\.$")


_BY_SO_MUCH = re.compile(r"^Um so (?:viel|stark) ")
_SO_LONG = re.compile(r"^So (lange|oft) (?=[a-zäöüß])")
_NUMBER_WORD = re.compile(r"(?:Eine?|Zwei|Drei|Vier|Fünf|Sechs|Sieben|Acht|Neun|Zehn|Elf|Zwölf|Zwanzig"
                          r"|Dreißig|Hundert|Tausend|Rund|Knapp|Fast|Etwa|Über|Mehr|Nur|Gut)\b")


def _figure_told(fragment: str, explaining: str) -> str:
    """ "36 Stunden." + "So lange dauert die Fahrt." -> "Die Fahrt dauert 36 Stunden." (a feature's
    opening trick, which by ear is a fragment and a riddle); any other pair as written, joined."""
    match = _SO_MUCH.match(explaining)
    if _BY_SO_MUCH.match(explaining):  # "Um so viel sind die Preise gestiegen." -> "Um 3,1 Prozent sind ..."
        return _BY_SO_MUCH.sub(f"Um {fragment.rstrip('.')} ", explaining, count=1)
    so_long = _SO_LONG.match(explaining)
    if not match and so_long:  # "So lange hat das Unwetter gewütet." -> "Zwölf Minuten lang hat ..."
        figure = fragment.rstrip(".") + (" lang" if so_long[1] == "lange" else "")
        return f"{figure} {explaining[so_long.end():]}"
    if not match:
        return f"{fragment} {explaining}"
    subject, figure = match["subject"], fragment.rstrip(".")
    if _NUMBER_WORD.match(figure):  # "Drei Millionen Euro" was capitalized only as the first word
        figure = figure[0].lower() + figure[1:]
    return f"{subject[0].upper()}{subject[1:]} {match['verb']} {figure}."


# "Im Zuge einer Leihgabe an die Galerie 1951, waren ...": a comma between the phrase before the verb
# and the verb is a slip, and the voice would pause there. Not after a clause ("..., einzuführen, hält").
_STRAY_COMMA = re.compile(r"^((?:Im|Am|Beim|Bei|Nach|Vor|Mit|In|Zum|Zur|Seit|Trotz|Wegen|Laut|Auf|Aus|Von|Vom"
                          r"|Unter|Über|Für|Gegen|Durch)\s[^,;:]*?(?:[A-ZÄÖÜ][\w-]*|\d+)),(?=\s([a-zäöüß]+)\b)")


def _without_stray_comma(sentence: str) -> str:
    match = _STRAY_COMMA.match(sentence)
    if match and is_finite_form(match.group(2)) and not has_finite_verb(match.group(1)):
        return match.group(1) + sentence[match.end():]
    return sentence


def _as_heard(sentence: str) -> str:
    """A sentence as it is read: no asides, no frame before its statement, no comet's number, no
    comma where the writer slipped."""
    return _without_stray_comma(without_frame(_COMET_NUMBER.sub("", remove_asides(sentence))))


def _with_counterparts(sentences: list[str], paragraph_of: list[int],
                       start: int) -> tuple[list[str], list[int]]:
    """ "Zwar erfolgte die Auflösung nicht statutenkonform. Dennoch steuerte ..." is one thought: a
    "zwar" sentence and the next one answering it (same paragraph) are read together or not at all;
    so are a finding announced ("Dabei entdeckten sie, wie praktisch X ist.") and the next sentence."""
    joined, numbers = sentences[:start], paragraph_of[:start]
    i = start
    while i < len(sentences):
        text = sentences[i]
        following = sentences[i + 1] if i + 1 < len(sentences) else ""
        if following and paragraph_of[i + 1] == paragraph_of[i] and (
                (open_concession(text) and counterpart_opens(following)) or joins_next(text, following)):
            text, i = f"{text} {sentences[i + 1]}", i + 1
        joined.append(text)
        numbers.append(paragraph_of[i])
        i += 1
    return joined, numbers

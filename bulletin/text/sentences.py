"""German-aware sentence splitting, shared by clean, condense, the speech chunker and the normalizer.

A full stop ends a sentence unless the word before it is a known abbreviation, a number (an
ordinal such as "am 3. Oktober") or a single letter (an initial such as "John F. Kennedy").
After a number, a single letter or an abbreviation that can close a sentence ("usw.", "Mio."),
the text is split only when the next word is a typical sentence starter ("Die", "Er", "Im" ...):
"Die Zahl stieg auf 12. Die Polizei ermittelt." is two sentences, "am 3. Oktober" is not.

Judgement call: "usw.", "etc.", "Mio." and a few others close a sentence when a typical starter
follows ("... Äpfel, Birnen usw. Die Preise steigen." splits), and do not otherwise ("usw. Bananen").
Blank lines always end a sentence; single line breaks are plain spaces (hard-wrapped text).
Callers that give single lines a meaning (captions, headings) split lines first.

Known limits: a number before a non-starter ("stieg auf 12. Polizisten ...") or before a digit
("am 3. 10. 2026" must stay whole) never splits; "?" and "!" always split before a capital,
so a quotation of several sentences comes apart (``join_open_quotes`` puts it back together).
"""

from __future__ import annotations

import re

from bulletin.text.verbs import is_finite_form, verb_like

# Written forms with canonical spacing. Matching tolerates missing or extra spaces inside
# ("z.B." and "z. B.") and a capital first letter at the start of a sentence ("Ca. 300").
ABBREVIATIONS: tuple[str, ...] = (
    "Abb.", "Abg.", "Abs.", "allg.", "Art.", "Aug.", "Az.", "Bd.", "Bhf.", "bspw.", "bzgl.", "bzw.",
    "ca.", "Chr.", "Co.", "d. h.", "Dez.", "Dipl.", "Dr.", "e. V.", "etc.", "ev.", "evtl.",
    "exkl.", "f.", "Fa.", "Feb.", "ff.", "Fr.", "Frl.", "geb.", "gem.", "Gebr.", "gest.", "ggf.",
    "ggü.", "Hbf.", "Hr.", "Hrn.", "Hrsg.", "i. A.", "i. d. R.", "i. V.", "Ing.", "inkl.",
    "insb.", "Jan.", "Jh.", "Jhd.", "jr.", "Jr.", "Kap.", "kath.", "lt.", "max.", "med.", "Mi.",
    "min.", "Min.", "mind.", "Mio.", "Mr.", "Mrd.", "Mrs.", "Ms.", "n. Chr.", "Nov.", "Nr.",
    "Nrn.", "o. Ä.", "Okt.", "Pkt.", "Prof.", "rd.", "S.", "Sek.", "Sept.", "sog.", "St.",
    "Std.", "Str.", "Tel.", "Tsd.", "u. a.", "u. Ä.", "u. U.", "u. v. m.", "usf.", "usw.",
    "v. a.", "v. Chr.", "vgl.", "vs.", "z. B.", "z. T.", "zzgl.", "a. D.",
)  # fmt: skip

# Abbreviations that also close sentences; they split only before a typical sentence starter.
END_CAPABLE: frozenset[str] = frozenset(
    {"usw.", "etc.", "usf.", "u. Ä.", "o. Ä.", "u. v. m.", "Mio.", "Mrd.", "Tsd.", "e. V.",
     "Co.", "v. Chr.", "n. Chr.", "Jh.", "Jhd.", "a. D.", "ff."}
)  # fmt: skip

# "Art." is also the noun "Art" ("auf diese Art."): an abbreviation only before a number.
_ONLY_BEFORE_NUMBER = frozenset({"art."})

# Words that typically open a German sentence. Only consulted in the doubtful cases above,
# so they must not be words that follow an ordinal ("3. Oktober", "zum 3. Mal", "2. Liga").
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Er Sie Es Wir Ihr Ich Man
    Dies Diese Dieser Dieses Damit Dabei Danach Dann Daher Darauf Deshalb Doch Aber Auch
    Außerdem Zudem Zuvor Zuletzt Inzwischen Nun Jetzt Bisher Bislang Noch Schon Bereits
    Trotzdem Allerdings Dennoch Jedoch Insgesamt Laut Nach Wie Wo Was Wer Warum Als Wenn Weil
    Ob Obwohl Im Am In An Auf Aus Bei Mit Seit Von Vom Zum Zur Für Gegen Über Unter Vor Ab Bis
    Um Mehr Weitere Viele Alle Kein Keine Nur Erst Zunächst Später Heute Gestern Dort Hier So
    Da Seine Sein Unser Unsere Jeder Jede Jedes Einige Mehrere Beide Rund Etwa Knapp Fast
    Gleichzeitig Zugleich Demnach Somit Also Wegen Trotz Während Ohne Hinzu Derzeit Dazu
    Sowohl Weder Entweder Angesichts
    Verletzt Unverletzt Betroffen Gesperrt Geplant Unklar Ungeklärt""".split()
)  # (the last: a participle first, "... die Zahl auf 14. Verletzt wurde niemand.", never after an ordinal)

_OPENERS = "„‚\"'»«(["
_CLOSERS = "“”\"'»«‘’)]"
_PARAGRAPH = re.compile(r"\n\s*\n")
# Terminal punctuation, optional closing quotes or brackets, then whitespace.
_CANDIDATE = re.compile(r"([.!?…]+)([" + re.escape(_CLOSERS) + r"]*)\s+")
# "Schweiz.Die" (a missing space) is also a candidate, but only between two real words.
_GLUED = re.compile(r"(?<=[a-zäöüß]{2})\.(?=[A-ZÄÖÜ][a-zäöüß])")
_NUMBER = re.compile(r"\d(?:[\d.,:/-]*\d)?")
_NUMBERED = re.compile(r"[A-Za-zÄÖÜäöüß]+-\d+")  # "Weltranglisten-45.": an ordinal
_ORDINAL_LIKE = re.compile(r"\d+(?:\.\d+)*")  # "12.", "5.12.", "1.000." may be ordinals; "3:2." never
# A year or a number in thousands is an ordinal only after an article ("der 2000. Besucher", "der
# 100.000. Kunde"), not "im Jahr 2010. Zu seiner ..." nor "mehr als 165.000. Normalerweise ..."
_YEARLIKE = re.compile(r"(?:1[89]|20)\d\d|\d{1,3}(?:\.\d{3})+")
_BEFORE_ORDINAL = frozenset("der die das den dem des zum zur am im beim vom sein seine seinen seinem "
                            "ihr ihre ihren ihrem".split())


def _abbreviation_pattern(abbr: str) -> str:
    parts = [re.escape(p) for p in abbr.replace(" ", "").split(".") if p]
    return r"\s*".join(p + r"\." for p in parts)


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


_ALTERNATIVES = sorted(
    {abbr for abbr in ABBREVIATIONS} | {abbr[0].upper() + abbr[1:] for abbr in ABBREVIATIONS},
    key=len,
    reverse=True,
)
_ABBR_AT_END = re.compile(r"(?<!\w)(?:" + "|".join(_abbreviation_pattern(a) for a in _ALTERNATIVES) + r")\Z")
_END_CAPABLE_KEYS = frozenset(_key(a) for a in END_CAPABLE)


_FULL_STOP = re.compile(r"[.!?…:;][“”\"»«'’)]*$")


def ends_with_full_stop(sentence: str) -> bool:
    """The sentence ends as a sentence does (a subheading or a headline that lost its stop does not)."""
    return bool(_FULL_STOP.search(sentence))


def abbreviation_before(text: str) -> str | None:
    """The abbreviation that ``text`` ends with ("... z. B." -> "z. B."), else None."""
    match = _ABBR_AT_END.search(text[-40:])
    if match and match.start() == 0 and len(text) > 40:
        # The window cut a word in two; look again with the full text.
        match = _ABBR_AT_END.search(text)
    return match.group(0) if match else None


def _next_word(rest: str) -> str:
    token = rest.split(None, 1)[0] if rest.strip() else ""
    return token.lstrip(_OPENERS).rstrip(",;:.!?" + _CLOSERS)


def _is_boundary(head: str, punct: str, closers: str, rest: str) -> bool:
    """Decide whether the text ``head + punct + closers`` ends a sentence before ``rest``."""
    first = rest.lstrip()[:1]
    if not first or not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if closers or punct != ".":
        # "?", "!", "…", or a full stop inside closing quotes: „Wir sind bereit.“ Der ...
        return True
    starter = _next_word(rest) in SENTENCE_STARTERS
    abbr = abbreviation_before(head + punct)
    if abbr and not (_key(abbr) in _ONLY_BEFORE_NUMBER and not first.isdigit()):
        return _key(abbr) in _END_CAPABLE_KEYS and starter
    word = head.rsplit(None, 1)[-1].lstrip(_OPENERS) if head.strip() else ""
    if _NUMBER.fullmatch(word) and not _ORDINAL_LIKE.fullmatch(word):
        return True  # a score, a time, a decimal or a range is no ordinal: "mit 3:2. Matt Muster ..."
    if _YEARLIKE.fullmatch(word) and " ".join(head.rsplit(None, 2)[-2:-1]).lower() not in _BEFORE_ORDINAL:
        return True
    if _NUMBER.fullmatch(word) or _NUMBERED.fullmatch(word):
        # "auf 12. Die Polizei", not "am 3. Oktober" nor "gegen den Weltranglisten-45. Pospisil"
        return starter and not first.isdigit()
    if len(word) == 1 and word.isalpha():
        return starter  # "John F. Kennedy", but "Plan B. Er kam"
    return True


# A capitalized preposition inside a sentence: a subheading that lost its line break was glued to
# the next sentence ("Keine Klientelpolitik Bei den Angesprochenen kam ...").
# "Wegen" and "Trotz" only before an article: "nach neuen Wegen sei" is the noun.
# So is a capitalized sentence adverb before a small word ("Geld fehlt weiter Eigentlich wollte die
# Stadt ...", "Ärger um Corona Konkret fordert der Mann ..."): inside a sentence it is written small.
_GLUED_HEADING = re.compile(r"(?<=[A-Za-zÄÖÜäöüß]{3}) (?=(?:Bei|Im|Am|In|Nach|Mit|Auf|Für|Seit"
                            r"|Zum|Zur|Vom|Beim|Unter|Während|Angesichts|Wie) [a-zäöüß\d]"
                            r"|(?:Wegen|Trotz) (?:des|der|dem|eines|einer|seines|seiner|ihres|ihrer)\b"
                            r"|Laut [A-ZÄÖÜ]"
                            r"|(?:Eigentlich|Konkret|Zuvor|Bisher|Inzwischen|Mittlerweile|Allerdings|Trotzdem"
                            r"|Dennoch|Deshalb|Daher|Deswegen|Zudem|Außerdem|Ausserdem|Damals|Danach|Dabei|Dann"
                            r"|Nun|Jetzt|Zuletzt|Später|Bereits|Immerhin|Tatsächlich|Offenbar|Gleichzeitig"
                            r"|Stattdessen|Zunächst|Seither|Derzeit|Aktuell|Künftig) [a-zäöüß]"
                            # "... der Heide Kurz nach sechs Uhr liegt ...": a moment opens a sentence
                            r"|Kurz (?:nach|vor) (?:\d{1,2}(?:[.:]\d{2})?|[a-zäöüß]+) Uhr)")
# ... or a subheading or sentence that ends in a lower-case word and lost its full stop, glued to a
# sentence opening with an article and a noun ("Pizza bestellen wird schwierig Das Schloss ist ...",
# "..., da noch Eier bebrütet werden Der Tiergarten freut sich ..."): inside a sentence "Das" is
# written small, except in a title after a word that names it ("heißt Die Blechtrommel") and in the
# names of parties and papers ("wählten Die Linke").
_NAMED_PAPER = re.compile(r"(?:Die (?:Linke|Grünen|Partei|Zeit|Welt|Presse)"
                          r"|Der (?:Spiegel|Standard|Tagesspiegel|Bund|Falter)|Das Erste)\b")
_GLUED_CLAUSE_HEADING = re.compile(r"\b(?P<word>[a-zäöüß]{4,}|ist|hat|war) "
                                   r"(?=(?:Der|Die|Das) [A-ZÄÖÜ][a-zäöüß])"
                                   rf"(?!{_NAMED_PAPER.pattern})")
_NAMING_WORDS = frozenset("heißt heisst hieß hiess lautet titelt namens genannt laut".split())
# "... halbieren die Ernte Es ist noch dunkel ...": inside a sentence "es" is written small, except in
# a title after a word naming it ("heißt Es war einmal")
_GLUED_ES = re.compile(r"\b(?P<word>[\wÄÖÜäöüß]{3,}) (?=Es (?:ist|war|sind|waren|gibt|gab|wird|wurde"
                       r"|geht|ging|bleibt|blieb|kommt|kam)\b)")


# A subheading in quotation marks glued to the next sentence: «Kamen nicht entgegen» Das Gericht ...
_GLUED_QUOTED_HEADING = re.compile(r"(?:^|(?<=[.!?…]\s))[«„\"][^«»„“”\".!?,]{3,80}[»“”\"](?=\s+[A-ZÄÖÜ])")


# A subheading asking a question without its mark, glued to the next sentence: "Was man bisher über
# den Mann weiß Salah Abdeslam ist ..." (a sentence would need a comma after "weiß").
_QUESTION_HEADING = re.compile(r"(?:^|(?<=[.!?…]\s))"
                               r"(?:Was|Wie|Wer|Wo|Warum|Wieso|Weshalb|Wann|Welche[rsmn]?)\s")


_CLAUSE_THEN_COMMA = re.compile(r"[^.!?,]{0,200}?\b(?P<verb>[a-zäöüß]+),\s")


def _glued_question_headings(text: str) -> list[int]:
    """Where a question-shaped subheading ends: after its verb, which comes last as in an indirect
    question ("Was man weiß", "Wie es weitergeht"; not "Wer zahlt Steuern?"), when a capitalized
    word follows without a comma."""
    from bulletin.text.grammar import finite_verbs

    cuts = []
    for match in _QUESTION_HEADING.finditer(text):
        clause = _CLAUSE_THEN_COMMA.match(text, match.end())  # "Wie eine Studie zeigt, gaben ...": a sentence
        if clause and finite_verbs(clause[0])[-1:] == [clause["verb"]]:
            continue
        words = list(re.finditer(r"\S+", text[match.end(): match.end() + 300]))[:10]
        for position, (word, after) in enumerate(zip(words, words[1:], strict=False)):
            if not re.fullmatch(r"[\wÄÖÜäöüß-]+", word.group()):
                break  # punctuation: a sentence, not a heading
            # the verb judged with the words before it: "Wer einen pflegebedürftigen Angehörigen
            # betreut" has an adjective there, not a verb ending the heading
            said = " ".join(w.group() for w in words[:position + 1])
            if (position and re.fullmatch(r"[a-zäöüß]+", word.group()) and after.group()[:1].isupper()
                    and finite_verbs(said)[-1:] == [word.group()]):
                cuts.append(match.end() + word.end())
                break
    return cuts


# A subheading of a few words glued to a sentence that opens with an article: "Trinkgeld für Musiker
# Die Gelder aus dem Fonds ...", "Zitterpartie Der Weg ...". Not a title after an article ("Das Buch
# Die Blechtrommel"), not an adverb before a paper's or a party's name ("Sogar Die Linke ...").
_NOUN_HEADING = re.compile(r"(?:^|(?<=[.!?…]\s))"
                           r"(?P<heading>(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Im|Am|Zum|Zur|Vom|Beim)\s)"
                           r"[A-ZÄÖÜ][\w-]*(?:\s[^\W\d_][\w-]*){0,5}?)\s(?=(?:Der|Die|Das)\s[\wÄÖÜäöüß])")
_ADVERB_ENDING = re.compile(r"(?:lich|weise|mals|dings|falls|wegs|mal|ens|dem|her|hin)$")


def _glued_noun_headings(text: str) -> list[int]:
    """Where a verbless subheading glued to the next sentence ends."""
    from bulletin.text.grammar import has_finite_verb

    def heading(words: str, after: str) -> bool:
        if " " in words:
            return not has_finite_verb(words)
        # one word: a noun, not a sentence's first word before a name ("Auch Das Erste zeigte ...")
        return (words not in SENTENCE_STARTERS and len(words) >= 5 and not _ADVERB_ENDING.search(words)
                and re.match(r"(?:Der|Die|Das) [a-zäöüß]|(?:Der|Die|Das) [A-ZÄÖÜ][a-zäöüß]+ [a-zäöüß]", after)
                is not None and not _NAMED_PAPER.match(after))

    return [m.end() for m in _NOUN_HEADING.finditer(text) if heading(m["heading"], text[m.end():])]


def _split_paragraph(text: str) -> list[str]:
    cuts: list[int] = [m.end() for m in _GLUED_HEADING.finditer(text)]
    cuts += [m.end() for m in (*_GLUED_CLAUSE_HEADING.finditer(text), *_GLUED_ES.finditer(text))
             if m["word"] not in _NAMING_WORDS]
    cuts += _glued_question_headings(text) + _glued_noun_headings(text)
    cuts += [m.end() for m in _GLUED_QUOTED_HEADING.finditer(text)]
    for match in _CANDIDATE.finditer(text):
        head, rest = text[: match.start(1)], text[match.end() :]
        if _is_boundary(head, match.group(1), match.group(2), rest):
            cuts.append(match.end())
    for match in _GLUED.finditer(text):
        head = text[: match.start()]
        if not abbreviation_before(head + ".") and head.rsplit(None, 1)[-1].isalpha():
            cuts.append(match.end())
    pieces, start = [], 0
    for cut in sorted(cuts):
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return [" ".join(p.split()) for p in pieces if p.strip()]


def split_sentences(text: str) -> list[str]:
    """Split German text into sentences, each with its whitespace collapsed to single spaces."""
    sentences: list[str] = []
    for paragraph in _PARAGRAPH.split(text):
        sentences.extend(_split_paragraph(paragraph))
    return sentences


def quotes_open(text: str) -> bool:
    """True when ``text`` opens a quotation that it does not close („... without “)."""
    if text.count("„") > text.count("“"):
        return True
    if "„" not in text and text.count("“") > text.count("”"):
        return True
    if text.count('"') % 2 or text.count("»") != text.count("«"):
        return True
    return False


def join_open_quotes(sentences: list[str], limit: int = 4) -> list[str]:
    """Rejoin sentences that belong to one quotation, so a quote is never cut in half.

    „Wir sind bereit. Wir fangen morgen an“, sagte er. is split by ``split_sentences`` into two
    sentences; this joins them again. At most ``limit`` sentences are joined, so a stray quote
    mark cannot swallow a whole paragraph.
    """
    joined: list[str] = []
    i = 0
    while i < len(sentences):
        unit, used = sentences[i], 1
        while quotes_open(unit) and used < limit and i + used < len(sentences):
            unit = f"{unit} {sentences[i + used]}"
            used += 1
        if quotes_open(unit) and used > 1:
            unit, used = sentences[i], 1  # never closed: keep the sentences as they were
        joined.append(unit)
        i += used
    return joined


# A sentence this long is read in one breath only on paper; an editor splits it where a new main
# clause begins ("..., der Exportanteil kletterte von 38 auf 41 Prozent, und das Ergebnis ...").
RUN_ON_WORDS = 45
# After a comma: an article, up to two adjectives, a noun (with a genitive: "die Milchanlieferung
# ihrer 2.140 Mitgliedsbetriebe", or a phrase: "das Ergebnis vor Steuern"), then a finite verb that
# does not end the clause. A relative clause ("..., die Kühe halten") has its verb last, so it is
# never taken for a new main clause.
_NEW_MAIN_CLAUSE = re.compile(
    r",\s+(?:und\s+)?(?=(?:der|die|das)\s+(?:[a-zäöüß]+e[nrms]?\s+){0,2}[A-ZÄÖÜ][\wäöüß-]+"
    r"(?:\s+(?:der|des|ihrer|seiner|eines|einer)\s+(?:[\d.,]+\s+)?[A-ZÄÖÜ][\wäöüß-]+)?"
    r"(?:\s+(?:an|für|von|vor|in|aus|mit|im|am|zum|zur)\s+(?:(?:der|die|das|den|dem)\s+)?[A-ZÄÖÜ][\wäöüß-]+)?"
    r"\s+(?P<verb>[a-zäöüß]+)\s+[\w„])")
# "..., wie Geschäftsführer X am Mittwoch sagte.": who said all of it, kept with the first part
_SAID_AT_END = re.compile(r",\s+(?P<said>wie\s+[^,]+\s+(?:sagte|mitteilte|erklärte|berichtete|bekanntgab)"
                          r"|so\s+[^,]+)\.$")


def run_on_parts(sentence: str) -> list[str]:
    """A sentence of RUN_ON_WORDS or more that strings main clauses together with commas, as
    sentences of their own (the first keeps who said it); any other sentence as it is."""
    if len(sentence.split()) < RUN_ON_WORDS or quotes_open(sentence) or "„" in sentence:
        return [sentence]
    said = _SAID_AT_END.search(sentence)
    body = sentence[:said.start()] if said else sentence.rstrip(".")
    cuts = [m for m in _NEW_MAIN_CLAUSE.finditer(body)
            if is_finite_form(m["verb"]) or verb_like(m["verb"], "")]
    if len(cuts) < 2:
        return [sentence]
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(body)]
    parts = [body[a:b].strip() for a, b in zip(starts, ends, strict=True)]
    if said:
        parts[0] = f"{parts[0]}, {said['said']}"
    return [f"{part[0].upper()}{part[1:]}." for part in parts]

"""A speaker's words in the first person read as reported speech, as German radio news says them:
"Leitl sagte: Das ist reine Spekulation, und ich bin amüsiert, weil jeder weiß, dass ich 2020
nicht mehr antrete." -> "Leitl sagte, das sei reine Spekulation, und er sei amüsiert, weil jeder
wisse, dass er 2020 nicht mehr antrete." Read out, an "ich" sounds like the newsreader's own; two
of three outside editors asked for exactly this edit.

Once the speaker is "er", a quote's own "ihn" or "ihm" may be heard as the speaker: it is said as
the one other man the article names just before ("Ich wäre nicht die richtige Wahl für ihn, sagte
Rubio." after "... unter Donald Trump antreten." -> "..., er wäre nicht die richtige Wahl für
Trump."; two outside editors asked for it), and stays when there is not exactly one.

Only where it can be done right: one speaker whose sex the article says by the word it introduces
them with ("Wirtschaftskammer-Präsident Christoph Leitl", "Bürgermeisterin Eva Muster"), every
finite verb in the present or perfect with a known Konjunktiv (a past tense would need "sei
gewesen"), and no "wir", "du" or quotation marks. Anything else stays as written (the editorial
check notes a long first-person quote for the producer).
"""

from __future__ import annotations

import re

from bulletin.text.antecedents import given_name
from bulletin.text.grammar import finite_verbs

# The finite verbs said in Konjunktiv I (or II where I sounds like the indicative: "haben" ->
# "hätten"): the closed list quotes.as_reported reports a plain statement with ...
KONJUNKTIV = {
    "ist": "sei", "sind": "seien", "hat": "habe", "haben": "hätten", "wird": "werde", "werden": "würden",
    "kann": "könne", "können": "könnten", "muss": "müsse", "müssen": "müssten", "soll": "solle",
    "sollen": "sollten", "will": "wolle", "wollen": "wollten", "darf": "dürfe", "gibt": "gebe",
    "liegt": "liege", "liegen": "lägen",
}
# ... and, for a speaker's first person, more verbs of the present; a first person's "habe", "werde",
# "bleibe" already is the third person's Konjunktiv I.
_KONJUNKTIV = {
    **KONJUNKTIV, "bin": "sei", "mag": "möge", "weiß": "wisse", "wissen": "wüssten", "nimmt": "nehme",
    "sieht": "sehe", "spricht": "spreche", "trifft": "treffe", "hilft": "helfe", "liest": "lese",
    "gilt": "gelte",
    "läuft": "laufe", "hält": "halte", "lässt": "lasse", "fährt": "fahre", "trägt": "trage", "fällt": "falle",
    "tut": "tue", "tue": "tue",
}
_STAYS = frozenset("""wäre wären würde würden hätte hätten könnte könnten müsste müssten sollte sollten
    dürfte dürften möchte möchten habe werde sei""".split())
_PAST = frozenset("war waren hatte hatten wurde wurden ging kam sah gab stand blieb".split())
# A present tense in the first person that ends like a past one: "antrete", "bitte", "arbeite".
_STEM_IN_T = re.compile(r"[a-zäöüß]*(?:trete|bitte|halte|biete|warte|arbeite|leite|rate|reite|achte|richte"
                        r"|fürchte|leiste|teste|rette|streite|schreite|bereite)")
# "wir", "du", the polite "Sie" inside the quote ("Ich bitte Sie"), a quotation in it, a question.
_NOT_FIRST_SINGULAR = re.compile(r"\b(?:[Ww]ir|[Uu]ns|[Uu]nser\w*|[Dd]u|[Dd]ich|[Dd]ir|[Ee]uch|[Ee]uer\w*)\b"
                                 r"|(?<=\w)[\s,]+(?:Sie|Ihnen|Ihre?[mnrs]?)\b|[„“”\"»«?!]")
# A first word said in lower case after the comma: "Meine Mannschaft hat ..." -> ", seine Mannschaft habe".
_FUNCTION_WORD = re.compile(r"(?:Ich|Mich|Mir|Mein\w*|Das|Dies\w*|Es|Man|Der|Die|Den|Dem|Des|Ein\w*"
                            r"|Kein\w*)\b")
# Words said in lower case when a quotation goes on after "sagte X," ("So ... sei", "Jede ... sei")
FUNCTION_WORDS = frozenset("""der die das den dem des ein eine einen einem einer es man dies diese von vom
    mit bei beim nach vor in im an am auf aus für gegen ohne um zu zum zur über unter durch seit bis
    kein keine keinen auch nur noch schon so hier da dort jetzt nun heute jede jeder jedes jeden jedem
    alle allen aller""".split())
_PRONOUNS = {"m": {"ich": "er", "mich": "ihn", "mir": "ihm"},
             "f": {"ich": "sie", "mich": "sie", "mir": "ihr"}}
_POSSESSIVE = re.compile(r"\b([Mm])ein(e[mnrs]?)?\b")
# The word a person is introduced with says their sex: "Präsidentin Eva Muster", "der US-Republikaner
# Marco Rubio"; a noun of a person ends like one.
_PERSON = r"(?:er|ent|or|ist|chef|at|eur|ant|oge|ege|ier|är|ar|mann|kollege|experte)"
_HE = re.compile(rf"(?:[A-ZÄÖÜ][\w-]*{_PERSON}|Herr)")
_SHE = re.compile(rf"(?:[A-ZÄÖÜ][\w-]*{_PERSON}in|[\w-]*frau|Frau|[\w-]*(?:Mutter|Schwester|Tochter))")


def in_reported_speech(intro: str, quote: str, article: str) -> str:
    """``quote`` (a first-person statement whose speaker ``intro`` names) as reported speech, or ""
    when it cannot be said so for sure. ``article``: its text, where the speaker is introduced."""
    if _NOT_FIRST_SINGULAR.search(quote):
        return ""
    sex = speaker_sex(intro, article)
    if sex is None:
        return ""
    other = _the_other_man(intro, quote, article) if sex == "m" and _HIM.search(quote) else ""
    if other:  # "für ihn" would be heard as the speaker, now "er": "für Trump"
        quote = _HIM.sub(other, quote)
    clauses = []
    for clause in quote.split(","):
        said = _clause_in_konjunktiv(clause)
        if said is None:
            return ""
        clauses.append(_third_person(said, sex))
    text = ",".join(clauses)
    if _FUNCTION_WORD.match(quote) or quote.split(" ", 1)[0].lower() in FUNCTION_WORDS:  # "Meine" -> "seine"
        text = text[:1].lower() + text[1:]
    return text


def _clause_in_konjunktiv(clause: str) -> str | None:
    """``clause`` with its finite verbs in the Konjunktiv, or None when one cannot be (a past
    tense, a form not known). Where an auxiliary is known ("ich bin irgendwo amüsiert", "werde ...
    verpassen"), the other verb-like words are participles and infinitives."""
    verbs = finite_verbs(clause)
    known = [v for v in verbs if v in _KONJUNKTIV or v in _STAYS or v in _PAST]
    words = clause.split(" ")
    for verb in dict.fromkeys(known or verbs):
        said = _konjunktiv(verb, clause)
        if said is None:
            return None
        words = [said if word == verb else word for word in words]
    return " ".join(words)


def _konjunktiv(verb: str, clause: str) -> str | None:
    """``verb``, a finite verb of ``clause``, in the Konjunktiv for the third person, or None."""
    if verb in _KONJUNKTIV:
        return _KONJUNKTIV[verb]
    if verb in _STAYS:
        return verb
    first_person = re.search(r"\bich\b", clause, re.I) is not None
    if first_person and verb.endswith("e") and (not verb.endswith("te") or _STEM_IN_T.fullmatch(verb)):
        return verb  # "ich freue mich", "dass ich ... antrete": the first person's form is the Konjunktiv I
    if verb in _PAST or verb.endswith(("te", "ten")):
        return None  # a past tense: "sei gewesen", "habe gesagt" would be needed
    if not first_person and re.fullmatch(r"[a-zäöüß]{2,}(?:[^aeiouäöüt]t|et)", verb):
        return verb[:-1] + ("" if verb.endswith("et") else "e")  # "macht" -> "mache", "arbeitet" -> "arbeite"
    return None


def _third_person(clause: str, sex: str) -> str:
    """``clause`` with "ich", "mich", "mir", "mein..." said of the speaker: "er", "sich" (where
    "ich" is the clause's subject: "ich freue mich" -> "er freue sich"), "ihn", "sein...", or the
    feminine forms."""
    reflexive = re.search(r"\b[Ii]ch\b", clause) is not None

    def pronoun(match: re.Match) -> str:
        word = match[0].lower()
        said = "sich" if reflexive and word in ("mich", "mir") else _PRONOUNS[sex][word]
        return said.capitalize() if match[0][0].isupper() else said

    def possessive(match: re.Match) -> str:
        stem = ("sein" if sex == "m" else "ihr") + (match[2] or "")
        return stem.capitalize() if match[1] == "M" else stem

    clause = re.sub(r"\b(?:[Ii]ch|[Mm]ich|[Mm]ir)\b", pronoun, clause)
    return _POSSESSIVE.sub(possessive, clause)


def speaker_sex(intro: str, article: str) -> str | None:
    """"m" or "f" for the person ``intro`` names, by the word the article introduces them with
    ("Wirtschaftskammer-Präsident Christoph Leitl", "Vizepräsidentin Renate Anderl"), or None."""
    found = set()
    for name in re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\b", intro):
        for match in re.finditer(rf"(\S+)\s+(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?{re.escape(name)}\b", article):
            role = match[1].strip(",")
            if _SHE.fullmatch(role):
                found.add("f")
            elif _HE.fullmatch(role):
                found.add("m")
    return found.pop() if len(found) == 1 else None


_HIM = re.compile(r"\b(?:ihn|ihm)\b")
_FULL_NAME = re.compile(r"\b([A-ZÄÖÜ][a-zäöü]+) ([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b")


def _the_other_man(intro: str, quote: str, article: str) -> str:
    """The surname of the one man besides the speaker that ``article`` names in the quote's sentence or
    the one before it, whom the quote's "ihn" or "ihm" means ("Rubio will nicht unter Donald Trump
    antreten. Ich wäre nicht die richtige Wahl für ihn, sagte Rubio."); "" when not exactly one."""
    where = article.find(quote[:40])
    if where < 0:
        return ""
    before = " ".join(re.split(r"(?<=[.!?])\s+", article[:where])[-2:])
    others = {surname for given, surname in _FULL_NAME.findall(before)
              if given_name(given) and surname not in intro  # and a person the article names again
              and len(re.findall(rf"\b{re.escape(surname)}\b", article)) > 1}
    if len(others) != 1:
        return ""
    other = others.pop()
    return other if speaker_sex(other, article) != "f" else ""


# "Das Gericht hat geurteilt: Die Stadt habe 8 Millionen Euro zu bezahlen." A ruling told after a
# colon in Konjunktiv with "habe ... zu": what someone must do.
_RULING = re.compile(
    r"^(?P<head>[^:;]+?\b(?:geurteilt|entschieden|beschlossen|verfügt|angeordnet|festgestellt|urteilte"
    r"|entschied|beschloss|verfügte)):\s+"
    r"(?P<subject>(?:Der|Die|Das)\s+[^,:;]+?|[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)\s+(?P<aux>habe|hätten)\s+"
    r"(?P<rest>(?:[^,:;]|(?<=\d),(?=\d))+?)\s+zu\s+(?P<verb>[a-zäöüß]+)\.$")  # "8,24 Millionen": a figure


def ruling_as_clause(sentence: str) -> str:
    """ "Das Gericht hat geurteilt: Die Stadt habe 8 Millionen Euro zu bezahlen." -> "Das Gericht hat
    geurteilt, dass die Stadt 8 Millionen Euro bezahlen muss.": read out, the colon is a pause and
    "habe ... zu bezahlen" print style (an outside editor); the ruling is reported, and its "dass"
    says whose words it is. Else ``sentence`` as it is."""
    match = _RULING.match(sentence)
    if not match:
        return sentence
    subject = match["subject"]
    if subject.split()[0] in ("Der", "Die", "Das"):
        subject = subject[0].lower() + subject[1:]
    must = "muss" if match["aux"] == "habe" else "müssen"
    return f"{match['head']}, dass {subject} {match['rest']} {match['verb']} {must}."


# "Das Urteil ist nicht rechtskräftig, der Verteidiger erbat drei Tage Bedenkzeit.": who asked for time
# is detail; that the ruling is not final is what a court item must say, and it fits when short.
_NOT_FINAL = re.compile(r"^(?P<said>(?:Das|Beide)\s+Urteile?\s+(?:ist|sind)\s+(?:noch\s+)?nicht"
                        r"\s+rechtskräftig)\s*[,;]\s+(?:der|die|da|weil|denn|beide|sowohl|Verteidigung"
                        r"|Staatsanwaltschaft|Anklage|Angeklagte[rn]?)\b.+$")  # ("Verteidigung und ...")


# "Staatsanwaltschaft und Verteidigung gaben keine Erklärung ab, die Urteile sind daher nicht
# rechtskräftig.": why it is not final, then that it is not
_NOT_FINAL_LAST = re.compile(r"^[^.]*,\s+(?P<the>das|die)\s+(?P<noun>Urteile?)\s+(?P<verb>ist|sind)\s+"
                             r"(?:daher|deshalb|somit|damit|also)\s+(?P<rest>(?:noch\s+)?nicht\s+rechtskräftig)\.$")


def finality_alone(sentence: str) -> str:
    """ "Das Urteil ist nicht rechtskräftig, der Verteidiger erbat drei Tage Bedenkzeit." and "Beide Seiten
    gaben keine Erklärung ab, das Urteil ist daher nicht rechtskräftig." -> "Das Urteil ist nicht
    rechtskräftig."; else ``sentence`` as it is."""
    match = _NOT_FINAL.match(sentence)
    if match:
        return f"{match['said']}."
    last = _NOT_FINAL_LAST.match(sentence)
    return f"{last['the'].capitalize()} {last['noun']} {last['verb']} {last['rest']}." if last else sentence

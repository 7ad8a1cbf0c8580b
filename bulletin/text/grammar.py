"""What a German sentence does, told without a tagger: does it have a finite verb, is it reported
speech (Konjunktiv I), first-person speech, a question; does it name who is speaking; does its
first word point back to a sentence before it (a word further in that does: pointing.py).

Shared by the condenser and the editorial check. Closed word lists plus a little morphology: good
enough to keep fragments, orphaned quotes and dangling references off the air, fast enough for every
sentence (scripts/eval_editorial.py --verbs compares the verb test with the HanTa tagger).

Known limits: a participle with an inseparable prefix looks finite ("Trainer entlassen"); a verb
capitalized at a sentence's start is taken for a noun; relative "das"/"die" and the article are one.
"""

from __future__ import annotations

import re

from bulletin.text.verbs import (  # noqa: F401 (re-exported: the verb test is part of what grammar tells)
    KONJUNKTIV_I,
    PARTICIPLE,
    finite_verbs,
    has_finite_verb,
    is_finite_form,
    verb_like,
)

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß0-9]+)*")
_SUBORDINATE = re.compile(
    r"^(?:(?:an|in|auf|mit|von|bei|aus|für|zu|nach|über|unter|vor|durch|gegen|um|ohne)\s+)?"
    r"(?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?|wo\w*|wie|wenn|weil|dass|ob|als|da|während"
    r"|nachdem|bevor|obwohl|damit|um|was|wer|seit|seitdem|sofern|falls|indem|sodass|bis|ehe|weshalb"
    r"|weswegen|warum|inwiefern)\b"
)


def before_verb(sentence: str) -> str:
    """What ``sentence`` says before its first finite verb (its subject, when it opens with it), or ""."""
    verb = (finite_verbs(sentence) or [""])[0]
    return sentence[:sentence.find(f" {verb} ")] if verb and f" {verb} " in sentence else ""


# A comma or colon between clauses, not in a number: "1,1 Prozent", "der Stärke 5,9", "2:1"
CLAUSE_COMMA = r"(?<!\d),|,(?!\d)"
CLAUSE_COLON = r"(?<!\d):|:(?!\d)"


def main_parts(sentence: str) -> list[str]:
    """The comma-separated parts of ``sentence`` that are not subordinate clauses (a relative
    clause, "dass ...", "aus denen ..."); the first part of each colon-separated clause counts."""
    main = []
    for clause in re.split(CLAUSE_COLON, sentence):  # after a colon a main clause may start
        parts = [p.strip(" „“”\"»«'") for p in re.split(CLAUSE_COMMA, clause)]
        if len(parts) == 1 and _CLAUSE_ALONE.match(parts[0]):
            continue  # "Wenn der Milchpreis nicht zum Leben reicht.": a headline, no main clause
        main += [p for i, p in enumerate(parts) if i == 0 or not _SUBORDINATE.match(p)]
    return main


# A subordinate clause standing alone, as headlines are written ("Warum die Koalition scheitert")
_CLAUSE_ALONE = re.compile(r"^(?:Wenn|Weil|Dass|Ob|Obwohl|Nachdem|Warum|Wieso|Weshalb|Sobald|Falls|Sofern"
                           r"|Bevor|Indem|Wie|Was|Wer|Wo|Wann|Welche[rsnm]?)\s")


def has_main_verb(sentence: str) -> bool:
    """A finite verb outside the subordinate clauses: "Vor allem für einen Politiker, der lange
    dort war." has none (a fragment whose only verb is in the relative clause)."""
    return any(has_finite_verb(p) for p in main_parts(sentence))


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


# --- who is speaking ---------------------------------------------------------------------------

_SPEECH_VERB = re.compile(
    r"\b(?:sag(?:te|ten|t|en)|erklär(?:te|ten|t)|beton(?:te|ten|t)|mein(?:te|ten|t)|ergänz(?:te|ten|t)"
    r"|füg(?:te|ten|t)\b.*\bhinzu|kritisier(?:te|ten|t)|warn(?:te|ten|t)|schrieb(?:en)?|schreib(?:t|en)"
    r"|twitter(?:te|ten|t)|poste(?:te|ten|t)|postulier(?:te|ten|t)|zitier(?:te|ten|t)|äußer(?:te|ten|t)"
    r"|bekräftig(?:te|ten|t)|unterstrich(?:en)?|versicher(?:te|ten|t)|räum(?:te|ten|t)\b.*\bein"
    r"|frag(?:te|ten|t)|antwor(?:tete|teten|tet)|rief(?:en)?|verkünde(?:te|ten|t)|bestätig(?:te|ten|t)"
    r"|berichte(?:te|ten|t)?|sprach(?:en)?|spricht|melde(?:te|ten|t)|informier(?:te|ten|t)"
    r"|teil(?:te|ten|t)\b.*\bmit|gab(?:en)?\b.*\bzu|kündig(?:te|ten|t)\b.*\ban|hie(?:ß|ss) es|heißt es"
    # these also open a sentence: "Laut Polizei ...", "Nach Angaben der Stadt ...", "Wie die Stadt mitteilte"
    r"|(?i:laut|zufolge|nach Angaben|nach Ansicht|nach Einschätzung)"
    r"|[Ww]ie\b.*\b(?:berichte\w*|melde\w*|mitteil\w*)"
    r"|dementier\w*|bestr(?:eitet|itt|itten)|behaupte(?:te|ten|t)|forder(?:te|ten|t)|w(?:arf|irft)\b.*\bvor"
    r"|wonach|argumentier\w*|begründe(?:te|ten|t)|kommentier\w*|deponier\w*|monier\w*|beklag(?:te|ten|t)"
    # "„...“, schilderte Einsatzleiter X die Lage", "„...“, reagierte Landeshauptmann Y noch am Abend"
    r"|schilder(?:te|ten|t)|reagier(?:te|ten|t)|resümier\w*|bilanzier(?:te|ten|t)"
    r"|beteuer\w*|verwies|verweist|mahn(?:te|ten|t)|pocht\w*|lob(?:te|ten|t)|appellier\w*|verteidig\w*"
    r"|befürchte\w*|glaub(?:te|ten|t)|hoff(?:te|ten|t)|zeig(?:te|ten|t) sich|sprach\b.*\bvon|verlautet\w*"
    r"|gestand|gesteht|räum(?:te|ten|t) ein|Aussendung|Mitteilung|Stellungnahme|Interview|Angaben"
    r"|, so (?:der|die|das|ein|eine|[A-ZÄÖÜ][\w-]*))\b"  # "..., so Ulamec." (a name: the whole word)
)


def speaker_is_pronoun(sentence: str) -> bool:
    """ "..., sagte er.": the speaker is named in an earlier sentence."""
    return bool(re.search(r"\b(?:sag|erklär|beton|mein|ergänz|füg|kritisier|warn|versicher|schrieb|postulier"
                          r"|twitter|bekräftig|betont|fragt|antwort|räumt|bestätig|dementier|forder|beklag"
                          r"|beteuer|mahnt|lobt)\w*\s+(?:er|sie)\b|, so (?:er|sie)\b"
                          # "..., hatte er damals betont."
                          r"|,\s+(?:hatte|hat|habe|hätte)\s+(?:er|sie)\b[^,.]*\b(?:gesagt|betont|erklärt"
                          r"|gemeint|versichert|beteuert|bekräftigt|gefordert|kritisiert|geschrieben|gewarnt)\b",
                          sentence))
_FIRST_PERSON = re.compile(r"\b(?:[Ii]ch|[Mm]ich|[Mm]ir|[Mm]ein(?:e[mrs]?)?|[Ww]ir|[Uu]ns"
                           r"|[Uu]nser(?:e[mnrs]?)?)\b")
QUOTED = re.compile(r"[„“«»\"][^„“”«»\"]+[“”«»\"]")  # a span in quotation marks
_READER = re.compile(r"(?<=[^\s.!?:„\"])\s+(?:Sie|Ihnen|Ihre[mnrs]?|Ihr)\b|\b(?:du|dich|dir|euch)\b")
# The writer's own hope ("Man kann nur hoffen, dass ...", "hat sich hoffentlich ausgetobt"): a
# columnist's line, never a newsreader's ("hoffentlich" is someone else's with a speaker named).
_WRITERS_HOPE = re.compile(r"\b(?:[Mm]an kann nur hoffen|(?:[Ee]s )?[Bb]leibt zu hoffen)\b")
_HOPEFULLY = re.compile(r"\b[Hh]offentlich\b")


_PASSIVE = re.compile(r"\b(?:wurde|wurden|worden|wird|werden)\s+$")


def names_speaker(sentence: str) -> bool:
    """The sentence says who said it: "..., sagte Boateng", "laut Polizei", "wie die Stadt mitteilte";
    not "sie wurde informiert" (passive: nobody speaks)."""
    return any(not _PASSIVE.search(sentence[max(0, m.start() - 8):m.start()])
               for m in _SPEECH_VERB.finditer(sentence))


def first_person(sentence: str) -> bool:
    """Someone speaks as "ich" or "wir": on air this sounds like the newsreader's own words."""
    return bool(_FIRST_PERSON.search(sentence))


def reported_speech(sentence: str) -> bool:
    """Konjunktiv I ("Er sei krank"): someone's words, reported."""
    words = _WORD.findall(sentence)  # a capital inside the sentence is a noun ("die Olympischen Spiele")
    return any(w.lower() in KONJUNKTIV_I and (n == 0 or w[0].islower()) for n, w in enumerate(words))


# „Wer weiß es besser?“ after a noun naming it ("die neue Quizshow"), more of the sentence after it
_TITLE_ASKING = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+[„\"»][^„“”\"»«]{3,60}\?[“”\"«](?=[,\s]+[a-zäöüß])")


def not_a_statement(sentence: str) -> str:
    """Why the sentence is not news to read out ("a question", "an exclamation", ...), or ""."""
    stripped = sentence.rstrip("“”\"'»«)] ")
    if "?" in _TITLE_ASKING.sub(r"\1", sentence):  # (not a title: the quiz show „Wer weiß es besser?“)
        return "a question"
    if stripped.endswith("!") and not names_speaker(sentence):
        return "an exclamation"
    if _READER.search(QUOTED.sub("", sentence)):  # «... weil Sie ...» speaks to someone in the story
        return "addresses the listener"
    unquoted = QUOTED.sub("", sentence)
    if _WRITERS_HOPE.search(unquoted) or (_HOPEFULLY.search(unquoted) and not names_speaker(sentence)):
        return "the writer's own hope"
    if _TEASER_TAIL.match(sentence):
        return "a teaser"
    if not has_main_verb(sentence):
        return "no verb"
    setting = _SETTING.match(sentence)
    if setting and not has_finite_verb(_RELATIVE.sub("", setting.group(1))):
        return "a setting without a verb"  # "Ein Mietshaus in Favoriten, in dem ... wohnen: Der Rest ..."
    return ""


# "Ein Mietshaus in Wien-Favoriten, in dem nur noch drei Wohnungen bewohnt sind: Der Rest steht leer":
# a play's or a film's setting named before a colon, its verb only in a relative clause
_SETTING = re.compile(r"^((?:Ein|Eine|Einen)\s[^:„“\"]{3,120}):\s+[A-ZÄÖÜ]")
_RELATIVE = re.compile(r",\s+(?:(?:in|an|auf|mit|aus|bei|von|zu|für|über|unter)\s+)?"
                       r"(?:der|die|das|dem|den|denen|deren|dessen|wo)\b[^,:]*")


# "Doch es gibt weitere.": a web teaser's last line, more of something the listener is not told.
_TEASER_TAIL = re.compile(r"^(?:(?:Doch|Aber|Und)\s+)?(?:es\s+gibt|gibt\s+es)\s+(?:noch\s+)?"
                          r"(?:weitere|andere|mehr|viele\s+mehr)\s*[.…]$", re.I)


# --- pointing back -------------------------------------------------------------------------------

# Words that open a sentence only after another one: pronouns, demonstratives, pronominal
# adverbs and connectives.
OPENING_REFERENCES = frozenset(
    """Er Sie Ihm Ihn Ihr Ihre Ihnen Sein Seine Seinen Seinem Seiner Seines Dies Diese Dieser Dieses
    Diesem Diesen Dabei Damit Daher Deshalb Dort Dazu Davon Darüber Darauf Dagegen Dafür Dadurch
    Darum Daraufhin Danach Daneben Demnach Deswegen Hierfür Hierzu Hier Zudem Außerdem Allerdings
    Trotzdem Dennoch Jedoch Stattdessen Ebenso Ebenfalls Auch Doch Aber Und Denn Somit Folglich
    Zuvor Anschließend Seither Seitdem Jener Jene Jenes Solche Derartige Letzterer Letztere Ersterer
    Erstere Selbiges Ebendies Ebendiese Beide Beiden Denen Deren Dessen Ihrerseits Seinerseits Ausserdem
    Hingegen Indes Insofern Ebendort Zugleich Gleichzeitig Andererseits Immerhin Freilich Apropos Davor
    Dahinter Daraus Darin Daran Darunter Dazwischen Hierbei Hiermit Damals Dann Gemeint Betroffen
    Letzteres Ersteres Tatsächlich""".split()
)
# "Für die Untersuchung hat ein Team ... befragt": the study a sentence before announced
_THE_STUDY = re.compile(r"^(?:Für|Bei|In|Mit)\s+(?:der|die|dieser|diese)\s+"
                        r"(?:Untersuchung|Studie|Analyse|Erhebung|Befragung|Auswertung)\b")
# "Viele der Gemälde hatten ...", "Einige davon ...", "Einige seien erst ...": a part of a whole told
# before (a quantifier before "der"/"davon", or standing alone before a verb); "Weitere Verletzte gab es
# nicht": more of those told before
_SOME_OF = re.compile(r"^Weitere\s+(?=[A-ZÄÖÜ])"
                      r"|^(?:Viele|Einige|Manche|Wenige|Etliche|Mehrere|Zahlreiche|Die meisten|Keine[rs]?"
                      r"|Teile|Ein Teil|Die Hälfte|Zwei|Drei|Vier|Fünf)\s+(?:der|dieser|davon|von ihnen)\b"
                      r"|^(?:Viele|Einige|Manche|Wenige|Etliche|Mehrere)\s+(?=(?:seien|sind|waren|wurden|werden"
                      r"|hatten|haben|hätten|wären|sollen|sollten|können|konnten|müssen|mussten)\b)"
                      # "Ein Teil wurde verwendet, um ...", "Der Großteil floss ...": a part of what was told
                      r"|^(?:Ein\s+(?:großer\s+|kleiner\s+)?Teil|Der\s+(?:Groß|größte\s+)?[Tt]eil|Der\s+Rest"
                      r"|Die\s+Hälfte)(?=\s+(?!(?:der|des|dieser|von|vom|aus|seiner|ihrer)\b))")
# "Ähnlich argumentierte X", "Deutlich zurückhaltender äußerte sich Y": like or unlike someone before
_LIKE_BEFORE = re.compile(r"^(?:Ganz\s+(?:ähnlich|genauso|anders)|Ähnlich|Genauso|Anders"
                          r"|(?:Deutlich|Etwas|Weit|Noch|Viel)\s+[a-zäöüß]{4,}er|(?!Später|Früher|Weiter|Immer|Aber|Oder|Wieder)[A-ZÄÖÜ][a-zäöüß]{4,}er)"
                          r"\s+(?:argumentierten?|äußerten?|zeigten?|reagierten?|sah|sahen|sieht|sehen"
                          r"|klang|klangen|klingt|fiel|fielen|urteilten?|bewerteten?|beurteilten?)\b(?![^.]*\bals\b)")
# "Die Folgen spüren nun auch die Bauern.": consequences, causes, reactions of what was told before
_OF_WHAT = re.compile(r"^(?:Die|Der|Das)\s+(?:Folgen?|Ursachen?|Auswirkungen|Konsequenzen|Reaktionen?"
                      r"|Hintergrund|Grund|Gründe|Anlass)\b(?!\s+(?:des|der|dieses|dieser|eines|einer|von|für|dafür)\b)"
                      r"|^Im\s+Mittelpunkt\s+(?:steht|stehen|stand|standen)\b"  # (of what?)
                      # "Den höchsten Schaden erlitt eine Witwe ...": the largest of those told before
                      r"|^(?:Den|Der|Die)\s+(?:höchsten?|größten?|meisten)\s+(?:Schaden|Verlust|Betrag|Summe)\b")
_PRONOUN_ARTICLE = re.compile(r"^(?:Das|Dies|Der|Die|Dem|Den)\s+(?P<next>[a-zäöüß]+)\b")
_ROLE = re.compile(
    r"^(?:Der|Die)\s+(?:(?:[a-zäöüß][\w-]*|\d+-jährige\w*)\s+){0,2}"
    r"(?P<noun>(?:\d+-)?[A-ZÄÖÜ][\w-]*)\s+(?P<next>[\wÄÖÜäöüß„\"]\S*)"
)
_ROLE_NOUNS = frozenset(
    """Deutsche Franzose Französin Brite Britin Russe Russin Finne Finnin Schwede Schwedin Däne Dänin
    Pole Polin Grieche Griechin Türke Türkin Chinese Chinesin Portugiese Portugiesin Vorsitzende
    Angeklagte Verdächtige Abgeordnete Beamte Angestellte Verletzte Verstorbene Getötete Neue
    Präsident Präsidentin Kanzlerin Ministerin Chefin Trainerin Spielerin Stürmerin Sängerin Autorin
    Regisseurin Schauspielerin Politikerin Sprecherin Leiterin Direktorin Bürgermeisterin Kandidat
    Kandidatin Abgeordneter Athlet Athletin Pilot Pilotin Manager Managerin Star Coach Profi Boss
    Konzern Unternehmen Verein Club Klub Sender Hersteller Anbieter Betreiber Veranstalter Verband""".split()
)
NOT_PERSONS = frozenset(
    """Winter Sommer Computer Körper Charakter Meter Kilometer Liter Filter Laser Container Keller
    Finger Hunger Eimer Tiger Adler Fehler Zucker Jänner Oktober September November Dezember Monster
    Theater Wetter Zähler Rechner Schalter Rückzieher Auftakt Erfolg Fokus Vertrag Vorschlag Plan
    Streit Prozess Anschlag Angriff Brand Unfall Fund Bericht Entscheid Beschluss Wasser Feuer
    Ufer Zimmer Fenster Hubschrauber Bagger Laster Tanker Koffer Kalender Server
    Fieber Silber Kupfer""".split()
)
DAY_WORDS_AFTER_THIS = (r"(?:Woche|Jahr|Jahres|Monat|Monats|Tage|Tagen|Sommer|Winter|Herbst|Frühjahr|Saison"
                         r"|Wochenende|Mal)(?:e?s)?")  # "dieses Winters", "dieses Herbstes": of time


# "Es war bereits der 5. Anstieg in Folge.", "Es ist der höchste Wert seit 2011.": "es" is what was told
_IT_WAS = re.compile(r"^Es(?=\s+(?:war|ist|sei|wäre)\s+(?:(?:bereits|schon|damit|nun|erst|somit)\s+)*"
                     r"(?:der|die|das)\s+(?:\d+\.|[a-zäöü]\w*(?:te|ste)[nrs]?)\s)"
                     # "Ob das der Fall ist, prüfen Experten": whether what was told is so
                     r"|^Ob\s+(?:das|dies)\b")


def _a_thing(noun: str) -> bool:
    """A noun ending like a role that names a thing, also as a compound's end ("Alpengletscher")."""
    return noun in NOT_PERSONS or any(noun.endswith(thing.lower()) for thing in NOT_PERSONS if len(thing) > 5)


def _adverb_first(first: str, second: str, sentence: str) -> bool:
    """ "So bleibt ..." (not "So genannte ..."); "Da stand der Stadel bereits in Vollbrand": then,
    after the scene before (not "Da die Straße gesperrt war, ...")."""
    if first == "So":
        return second[:1].islower()
    return first == "Da" and bool(second) and (is_finite_form(second) or second in finite_verbs(sentence)[:1])


def opening_reference(sentence: str) -> str:
    """The word at the start that points back to an earlier sentence, or "": "Er", "Damit", "Das"
    as a pronoun ("Das stimmt nicht"), a role standing for someone named before ("Der Schweizer
    verpasst ...", "Der 28-Jährige"), but not an introduction ("Der Schweizer Roger Muster ...")."""
    words = sentence.lstrip("„\"»«'(").split(None, 2)
    if not words:
        return ""
    first = words[0].strip(",:;")
    a_time = len(words) > 1 and re.match(DAY_WORDS_AFTER_THIS + r"\b", words[1])  # "Dieses Jahr ..."
    if first in OPENING_REFERENCES and not a_time:
        return first
    if _adverb_first(first, words[1] if len(words) > 1 else "", sentence):
        return first
    partitive = (_SOME_OF.match(sentence) or _OF_WHAT.match(sentence) or _THE_STUDY.match(sentence)
                 or _LIKE_BEFORE.match(sentence) or _IT_WAS.match(sentence))
    if partitive:  # "Viele der Gemälde", "Einige seien": of those told before; "Die Folgen": of what?
        return partitive.group(0)
    if len(words) > 1 and re.fullmatch(r"entsprechende[nrms]?|besagte[nrms]?|genannte[nrms]?", words[1]):
        return f"{first} {words[1]}"  # "Ein entsprechender Antrag ...": the one just told of
    pronoun = _PRONOUN_ARTICLE.match(sentence)
    after = pronoun["next"] if pronoun else ""
    third = words[2].split(None, 1)[0].lower() if len(words) > 2 else ""  # "Das teilte der Verband mit"
    if pronoun and (is_finite_form(after) or verb_like(after, first, third)):
        return first  # "Das stimmt nicht", "Das teilten die Stadtwerke mit"; not "Das neue Bad"
    role = _ROLE.match(sentence)
    # introduced: "Der Bürgermeister von X, Max Muster,", "Der frühere Bürgermeister einer Gemeinde im
    # Bezirk X ...", "Der Trainer aus Wien"
    apposition = re.match(r"^(?:\S+\s+){1,6}?\S+,\s+[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+,", sentence)
    # ("Der IT-Dienstleister mehrerer Gemeinden": the one of a group the sentence names)
    # ("Die EU-Verkehrsminister haben ...": all of a union's, a body of its own)
    group = role and first == "Die" and re.match(r"(?:EU|UNO|UN|Nato|NATO|OSZE|G7|G20)-", role["noun"]) \
        and (role["next"].endswith("en") or role["next"] == "sind")
    introduced = group or role and (
        role["next"] in ("einer", "eines", "aus", "von", "mehrerer", "zweier", "dreier")
        or _NAMED_GENITIVE.match(sentence, role.start("next"))
        or NAMED_PLACE.match(sentence, role.start("next")))
    # (a name after it introduces it, also in quotes: "Der Verein „Offener Tisch“ ...")
    if role and not role["next"].lstrip("„\"»«")[:1].isupper() and not apposition and not introduced:
        noun = role["noun"]
        if re.fullmatch(r"\d+-Jährige[rn]?", noun) or noun in _ROLE_NOUNS:
            return f"{first} {noun}"
        if noun.endswith(("er", "erin")) and not _a_thing(noun):
            return f"{first} {noun}"
    return ""


# "Die Innenminister der Europäischen Union", "Der Sprecher des ORF", "Die Mitarbeiter der Stadt Wien":
# whose they are is a name, so the role introduces them (not "Der Anwalt des Angeklagten")
_NAMED_GENITIVE = re.compile(r"(?:der|des)\s+(?:[A-ZÄÖÜ]{2,}\b|[A-ZÄÖÜ][\w-]*\s+[A-ZÄÖÜ][\w-]*\b(?!\s*,)"
                             # "Die Verkehrsminister der Alpenstaaten": the group named by its kind
                             r"|[A-ZÄÖÜ][\w-]*(?:staaten|länder|regionen|kantone|republiken|gemeinden)\b"
                             # "Die Gehälter der rund 430.000 Handelsangestellten": a group counted
                             r"|(?:rund|etwa|mehr\s+als|knapp|fast|über)?\s*\d[\d.,]*\s+[A-ZÄÖÜ])")


# "Die Gletscher in den Ötztaler Alpen", "Die Ärzte im Wiener AKH", "Die Lehrer in Graz", "Die Hütten
# in den Hohen Tauern": where they are is a name (a place's adjective or a name's own adjective before
# a noun, or a name without an article)
NAMED_PLACE = re.compile(r"(?:in|im|am)\s+(?:(?:der|den|dem)\s+)?[A-ZÄÖÜ][\w-]*(?:er|en)\s+[A-ZÄÖÜ]"
                          r"|in\s+[A-ZÄÖÜ][\w-]+(?:\s+[a-zäöüß]|\s*[.,;:])"
                          # a region by its name: "in den Ostalpen", "im Mühlviertel", "im Pongau"
                          r"|(?:in|im)\s+(?:den\s+)?[A-ZÄÖÜ][\w-]*(?:alpen|tauern|gebirge|viertel|gau)\b")


def only_a_quote(text: str) -> bool:
    """``text`` is nothing but a quotation ("„Pflege darf keine Frage des Geldbörsels sein“"): a
    headline made of a quote is its catchiest words, not its news."""
    return bool(QUOTED.fullmatch(text.strip().rstrip(".!?").strip()))

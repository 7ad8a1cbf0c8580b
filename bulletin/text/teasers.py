"""Is a sentence at the top of an article a teaser, written for the eye under a headline, or the
report itself? A teaser is shaped like a headline (no verb, a question, fragments joined by a dash
or colon: "Beamter verletzt – Angreifer festgenommen"), is written without any article
("Konvička forderte Internierung von Muslimen in KZ."), points at the headline ("Er will dort
..."), or is said again in full by the next sentence. Without a dateline, the opening sentences of
that kind are the standfirst (opening.py); elsewhere such a sentence is not read on its own.
A standfirst sentence may still be read after the lead when it is prose (readable_standfirst) and
adds to it (standfirst_read.py).
"""

from __future__ import annotations

import re

from bulletin.text.antecedents import definite_nouns, given_name, is_title, same_noun
from bulletin.text.grammar import (
    finite_verbs,
    first_person,
    has_finite_verb,
    has_main_verb,
    is_finite_form,
    names_speaker,
    not_a_statement,
    opening_reference,
)
from bulletin.text.known import COUNTRIES
from bulletin.text.news import (
    MONTHS,
    facts,
    generic_or_imagined,
    novelty,
    reports_event,
    restates,
    verb_stems,
)
from bulletin.text.pointing import inside_reference
from bulletin.text.sentences import SENTENCE_STARTERS

TEASER_NEW = 0.5  # a first sentence whose facts the next says again (less than this share new) is a teaser
# "vermeintliches Glücksspiel-Abo": a strong neuter adjective before a noun with no article, as
# headlines write a singular noun (prose says "ein vermeintliches Abo").
_BARE_ADJECTIVE_NOUN = re.compile(r"(?<![\w-])"
                                  r"(?!(?:dieses|jedes|eines|meines|seines|welches|manches|alles|anderes)\s)"
                                  r"[a-zäöüß]{4,}es\s[A-ZÄÖÜ]")
_CODE_START = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+ [A-Z][\w-]*\d[\w-]* [a-zäöüß]")  # "Modell PM1633a stellt"


def opens_with_a_code(sentence: str) -> bool:
    """ "Modell PM1633a stellt ...": a bare noun and a product code, as a headline opens."""
    return bool(_CODE_START.match(sentence))


def without_kicker(lead: str, pointing_only: bool = False) -> str:
    """ "Sie tagen wieder: Seit dem Vormittag sitzen ..." -> "Seit dem Vormittag sitzen ...": a
    few words before a colon that point at the headline, or have no verb, are not read (with
    ``pointing_only``, in the body: only those pointing back, "Daran wird sich nichts ändern: ...")."""
    match = re.match(r"^([^:„\"]{1,80}):\s+(?=[A-ZÄÖÜ])", lead)
    long = bool(match) and (len(match.group(1)) > 60 or len(match.group(1).split()) > 8)
    if not match or long and not _THAT_CHANGES.search(match.group(1)):
        return lead
    rest = lead[match.end():]
    teaser = match.group(1) + "."
    if _TELLS_KICKER.match(rest):
        return lead  # "68 Liter Regen binnen zwei Stunden: So viel hat ... gemessen": it says the figure
    if pointing_only:  # (not "Doch nun revidiert «Bild»: ...", "Dazu der Text: ...": they say who or what)
        # (not one holding the day: "Damit ist es ab 31. März vorbei: ..." says when)
        pointing = bool(_POINTING_KICKER.match(teaser)) and has_finite_verb(teaser)
        # ("soll sich das ändern:": a change of a scene not read)
        dropped = pointing and not _DAY.search(teaser) or bool(_THAT_CHANGES.search(teaser))
    else:  # ("Jetzt ist es offiziell: ...": as if the listener had heard the rumour)
        told = opening_reference(teaser) or _NOW_OFFICIAL.match(teaser) or _THAT_CHANGES.search(teaser)
        dropped = bool(told) or not has_finite_verb(teaser)
    return rest if dropped and not not_a_statement(rest) else lead


_DAY = re.compile(rf"\b\d{{1,2}}\.\s+(?:{MONTHS})\b")
_NOW_OFFICIAL = re.compile(r"^(?:Jetzt|Nun)\s+(?:ist\s+es\s+(?:offiziell|fix|amtlich|besiegelt|entschieden)"
                           r"|steht\s+(?:es\s+)?fest|ist\s+es\s+klar)\.$")  # ("Jetzt steht fest: ..." too)
# "Geht es nach der Regierung, soll sich das ändern:": a change of what the dropped scene told
_THAT_CHANGES = re.compile(r"\b(?:sich\s+(?:das|dies)|(?:das|dies)\s+(?:nun\s+|jetzt\s+|bald\s+)?sich)\s+"
                           r"(?:[a-zäöüß]+\s+){0,2}ändern\b")
_POINTING_KICKER = re.compile(r"Da(?:ran|mit|bei|zu|rüber|für|gegen)\b")  # "Daran wird sich nichts ändern:"
# "So viel Niederschlag hat ...", "Das ist die Bilanz ...": the statement after the colon points at the kicker
_TELLS_KICKER = re.compile(r"^(?:So\s+(?:viel|viele|lange|weit|hoch|teuer)|Das\s+(?:ist|war|sind|waren))\b")


_AND_THAT = re.compile(r"und\s+(?:das|dies|zwar)\b")


def headline_shaped(sentence: str) -> bool:
    """Written like a headline or a teaser, not like a sentence to read out: no verb, a question,
    fragments joined by a dash or a colon ("Beamter verletzt – Angreifer festgenommen", "Fund auf
    dem Quirinal: Überreste ... sind alt"), first-person words nobody says, or pointing at the
    headline ("Er will dort ...")."""
    if not_a_statement(sentence) or opening_reference(sentence):
        return True
    if first_person(sentence) and not names_speaker(sentence):
        return True
    parts = re.split(r"\s[–—-]\s|:\s", sentence)
    if len(parts) > 1:
        first, last = parts[0], parts[-1]
        # "...: Warum die Koalition scheitert" (not prose's "... zersetzen – und das bei vier Grad")
        if len(last.split()) >= 2 and not has_main_verb(last) and not _AND_THAT.match(last):
            return True
        if 3 <= len(first.split()) <= 8 and not has_finite_verb(first):
            return True  # "Fund auf dem Quirinal: ...", not a long description before a colon
    return False


def telegram_style(sentence: str) -> bool:
    """Headline syntax without any article: "Konvička forderte Internierung von Muslimen in KZ."
    (fine under a headline, odd when read out after the lead)."""
    articles = re.search(r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e[mnrs]?)?|im|am|zum|zur|vom|beim|ins)\b",
                         sentence)
    # two headlines joined by a dash ("A und B verhandeln über Fusion – bis zu 80 Filialen könnten
    # schließen"): telegram style at any length
    return not articles and (len(sentence.split()) <= 14 or bool(re.search(r"\s[–—]\s", sentence)))


def shaped_standfirst(sentences: list[str]) -> int:
    """Without a dateline: how many opening sentences are a teaser (at most two, and never so many
    that less than two sentences are left)."""
    count = 0
    while count < 2 and len(sentences) - count > 2 and _teaser(count, sentences):
        count += 1
    return count


def _teaser(index: int, sentences: list[str]) -> bool:
    """A sentence at the top that teases rather than reports: shaped like a headline, written
    without any article ("Frau sollte vermeintliches Abo über genannte Nummer kündigen.") or
    opening with a bare noun and a code ("Modell PM1633a stellt ..."), or said again in full by one
    of the next two sentences (shorter, with the same verb or mostly the same words). After a
    teaser, a short sentence without a verb of its own whose words the next three sentences say is
    part of it ("Gegen Grödig soll der nächste volle Erfolg her.")."""
    text = without_kicker(sentences[index])  # "Jede Schlagzeile ein Stich: Muslime beklagen ..."
    following = sentences[index + 1: index + 3]
    if headline_shaped(text) or opens_with_a_code(text) or (_BARE_ADJECTIVE_NOUN.search(text)
                                                           and telegram_style(text)):
        return True
    if index < 2 and (_telegram_pair(sentences[:3]) or _line_and_fragment(sentences[:3])):
        return True
    if following and len(text) < len(following[0]) and novelty(facts(text), facts(following[0])) < TEASER_NEW:
        return True
    if any(len(later.split()) > len(text.split()) and restates(text, later) for later in following):
        return True
    if not index and any(name in later for name in named_in_full(text) for later in following):
        return True  # "Die Kärntnerin Max Muster übernimmt ..." and "Die Regisseurin Max Muster wird ..."
    # "Ab März erscheint das Blatt ..." or "Der „Ennstaler Kurier“ erscheint ..." (and a line after it)
    # before "Die Wochenzeitung „Ennstaler Kurier“ stellt ...": the report names its paper anew
    titles = [title for later in following for title in _TITLE.findall(later)]
    words = [word for title in titles for word in title.split()]
    if any(same_noun(noun, word) for noun, _ in definite_nouns(sentences[0]) for word in words):
        return True
    if set(_TITLE.findall(sentences[0])) & set(titles):
        return True
    if index and following and len(text.split()) <= 10 and not verb_stems(text):
        told = frozenset().union(*(facts(later) for later in sentences[index + 1: index + 4]))
        return novelty(facts(text), told) <= TEASER_NEW
    return False


_TITLE = re.compile(r"„([^“]+)“")  # a title in quotation marks: "„Ennstaler Kurier“"
# A role, then given name and surname: "Die Regisseurin Max Muster" (not the club "Sturm Graz", nor
# "Der SK Sturm Graz", nor "Land Salzburg" at the start)
_FULL_NAME = re.compile(r"\b(?=(?P<role>[A-ZÄÖÜ][a-zäöüß-]{3,})\s+(?P<name>(?P<given>[A-ZÄÖÜ][a-zäöüß]+)\s+"
                        r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b)")  # overlapping: "Grazer Autorin X"


def named_in_full(sentence: str) -> set[str]:
    """The people ``sentence`` names with given name and surname: a report names someone in full
    once, so the body's first sentence naming again in full whom the one before named in full
    says the news again after its standfirst (an article without a dateline)."""
    return {m["name"] for m in _FULL_NAME.finditer(sentence)
            if given_name(m["given"]) and m["role"] not in SENTENCE_STARTERS}


# "Sicherheitsforscher knacken Schlösser in Sekunden. Hersteller verspricht Update." and then the report:
# two short lines without any article are a teaser's ("Er begründete seinen Schritt ..." has none
# either, but speaks of someone named before: a pronoun or possessive is a report going on).
_TELEGRAM_WORDS = 8
_SOMEONE_NAMED_BEFORE = re.compile(r"\b(?:[Ee]r|[Ss]ie|[Ee]s|[Ww]ir|[Ii]ch|[Ss]ein\w*(?=\s+\w)|[Ii]hr\w*"
                                   r"|[Uu]nser\w*|[Dd]ies\w*)\b")  # ("... abgeflossen sein." is a verb)


def _telegram_pair(opening: list[str]) -> bool:
    """The first two of the ``opening`` sentences are short and written without any article, and
    the third, the report's first, is written in prose: a teaser's two lines."""
    return len(opening) == 3 and not telegram_style(opening[2]) and all(
        (telegram_style(s) or _bare_subject(s)) and len(s.split()) <= _TELEGRAM_WORDS
        and not _SOMEONE_NAMED_BEFORE.search(s) for s in opening[:2])


def _bare_subject(sentence: str) -> bool:
    """ "Hersteller liefert Update erst im Februar.", "Dialekt-App soll in die Schweiz expandieren.":
    one word without an article before the verb, as headlines write a subject (a name there,
    "Lingolo entwickelt ...", is a teaser's line only beside another short line)."""
    words, verbs = sentence.split(), finite_verbs(sentence)
    return (len(words) > 2 and bool(verbs) and words[1] == verbs[0] and words[0][:1].isupper()
            and words[0] not in SENTENCE_STARTERS and not _ADVERB.search(words[0]))


# "Monatelang haben ...", "Jetzt ist ...": a word of time or manner before the verb is no subject
_ADVERB = re.compile(r"(?:lang|weise|mals|falls|dings|wärts|dessen|sichtlich)$")


# "Die Pendlerpauschale belohnt lange Wege. Zeit für einen Umbau.", "Theresa Muster erzählt von einem
# Dorf. Ein leises, genaues Buch.": a line and a verbless verdict or call after it are a teaser; a
# report's second sentence has a verb.
_FRAGMENT_WORDS = 6
_LINE_WORDS = 20


# "Fitness-App Strivio: Datenleck legte ... offen." before "Die Fitness-App Strivio hat ...": a
# headline's kicker naming what the report's first sentence names again
_KICKER = re.compile(r"^(?!(?:Der|Die|Das|Ein|Eine)\s)[A-ZÄÖÜ][\w-]*\s(?P<name>[A-ZÄÖÜ][\w-]*):\s")


def _line_and_fragment(opening: list[str]) -> bool:
    """The first of the ``opening`` sentences is short, the second a verbless fragment (or a
    headline with a kicker the third names again) and the third prose: a teaser's line and its
    verdict or headline."""
    if len(opening) != 3 or len(opening[0].split()) > _LINE_WORDS or not has_finite_verb(opening[2]):
        return False
    kicker = _KICKER.match(opening[1])
    named_again = bool(kicker) and re.search(rf"\b{re.escape(kicker['name'])}\b", opening[2]) is not None
    fragment = len(opening[1].split()) <= _FRAGMENT_WORDS and not has_finite_verb(opening[1])
    return opening[1].endswith(".") and (fragment or named_again)  # a subheading has no full stop


_PLURAL_THEN_VERB = re.compile(r"^\S+\s+\S+\s+(?:haben|sind|waren|wurden|werden|hatten|sorgten|richteten)\b"
                               # "Persönliche Daten von rund 240.000 Nutzern ... waren ... abrufbar"
                               r"|^\S+e\s+\S+\s+(?:von|aus|der|des)\s[^,:;–]{0,80}?\s(?:haben|sind|waren|wurden|hatten)\b")
# Headline syntax: a noun with an adjective and no article first ("Deutscher Maler und ...
# präsentieren", "Erneuter Attentatsversuch nahe ..."); a quantifier is an article ("Mehrere Menschen").
BARE_ADJECTIVE = re.compile(
    r"^(?!(?:Mehrere|Einige|Viele|Wenige|Andere|Beide|Zahlreiche|Sämtliche|Alle|Unser|Ihr|Sein|Mein|Dein|Euer"
    r"|Eur|Kein|Jed|Welch|Dies|Jen|Manch|Solch)[a-z]*\s)(?![A-ZÄÖÜ]\w*(?:ister|eiter|ichter|reter)\s)"
    r"[A-ZÄÖÜ][a-zäöüß]*(?:isch|sch|lich|ig|t|ut|eu|en|er|al|ell|iv|är|ös)(?:er|e|es)\s+[A-ZÄÖÜ][\w-]*\s+[a-zäöüß]")


_COUNT = re.compile(r"Zwei|Drei|Vier|Fünf|Sechs|Sieben|Acht|Neun|Zehn|Elf|Zwölf|Zwanzig"
                    r"|Dutzende|Hunderte|Tausende")


def _counted_subject(words: list[str]) -> bool:
    """A count stands where an article would, before its noun and the verb: "Zwei deutsche
    Bergsteiger sind ... geborgen worden" (not the headline "Zwei deutsche Skitourengeher bei
    Lawinenabgang getötet")."""
    if not _COUNT.fullmatch(words[0]):
        return False
    noun = 2 if len(words) > 2 and words[1][:1].islower() else 1
    return len(words) > noun + 1 and words[noun][:1].isupper() and is_finite_form(words[noun + 1].lower())


# "Die Opposition ortet ein Wahlkampfmanöver.", "Naturschützer halten dagegen.": a side's reaction in a
# teaser's few words, without the name or the figure the body gives it (by ear vague, and often more
# than one of them said it)
_A_SIDE = re.compile(r"^(?:Die\s+)?(?:Opposition|Kritiker|Gegner|Naturschützer|Umweltschützer|Tierschützer"
                     r"|Anrainer|Anwohner|Gewerkschaft(?:en)?|Experten|Eltern|Bauern|Landwirte|Wirtschaft)"
                     r"\s+(?:ortet|orten|spricht|sprechen|kritisiert|kritisieren|übt|üben|hält|halten|zeigt|zeigen"
                     r"|reagiert|reagieren|sieht|sehen|befürchtet|befürchten|warnt|warnen|laufen|läuft)\b"
                     r"(?:\s+[^\s\d]+){0,8}$")


# "Betroffen sind u. a. Personal und Programm.": a teaser's scope without its figures, which the body
# gives ("250 Planstellen ..."); by ear vague
_VAGUE_SCOPE = re.compile(r"^Betroffen\s+(?:sind|ist|seien)\s+"
                          r"(?:u\.\s?a\.|unter anderem|vor allem|etwa|auch)?[^\d]{0,60}\.$")


# "Wer nachts mit Bauchschmerzen in die Notaufnahme kommt, soll künftig schneller ... landen.", "Wer seine
# Heizung tauscht, bekommt vom Staat künftig weniger Geld": anyone's case, a teaser's way in; it never
# leads, and after the lead it sounds like a promise to each listener
_ANYONE = re.compile(r"^Wer\b[^,.]*,\s+(?:soll|muss|kann|darf|wird|bekommt|erhält|zahlt|spart)\b[^.]{0,40}?"
                     r"\b(?:künftig|in Zukunft|bald|ab\s|(?:mehr|weniger)\s+Geld\b)")


def anyones_case(text: str) -> bool:
    """ "Wer ... tauscht, bekommt künftig weniger Geld": what is to happen to anyone in a case."""
    return bool(_ANYONE.match(text))


def vague_scope(text: str) -> bool:
    """ "Betroffen sind u. a. Personal und Programm.": a teaser's scope without the body's figures."""
    return bool(_VAGUE_SCOPE.match(text))


# "Auch Österreich hilft.", "Die Sperre hat weitreichende Folgen.", "X ist kein Einzelfall.": a line
# announcing what the next sentences tell; alone it says nothing, with them nothing new
_ANNOUNCING = re.compile(r"^(?:Auch\s+\S+(?:\s+\S+)?\s+(?:hilft|helfen|reagiert|reagierte|reagieren"
                         r"|zieht\s+nach)|(?:Jetzt|Nun)\s+(?:gibt\s+es|liegt|ist)\s+(?:eine|die)\s+(?:Antwort|Lösung|Klarheit)"
                         r"|[^.]{0,50}\b(?:hat|haben|hatte)\s+(?:das|dies|die\s+\w+|der\s+\w+)\s+"
                         r"(?:weitreichende|massive|gravierende|spürbare|erhebliche)\s+Folgen"
                         r"|[^.]{0,40}\b(?:ist|sind|war|waren)\s+kein(?:e)?\s+Einzelf(?:all|älle)"
                         # "Deutliche Unterschiede zeigen sich nach Schultyp.": the next sentence says which
                         r"|(?:Deutliche|Große|Starke|Erhebliche)\s+Unterschiede\s+(?:zeigen|zeigten|gibt|gab)\s+"
                         r"(?:es|sich)\s+(?:auch\s+)?(?:nach|zwischen|bei|je\s+nach)\s+[^\d.]{0,40}"
                         # "Der Bundesgerichtshof hat nun klargestellt, was das konkret bedeutet."
                         r"|[^.]{0,60},\s+was\s+(?:das|dies)\s+(?:\w+\s+)?(?:bedeutet|heißt))\.$")


def announcing(text: str) -> bool:
    """ "Auch Österreich hilft.": a line announcing what follows, with no fact of its own."""
    return bool(_ANNOUNCING.match(text))


# "Simon Muster triumphiert am Bergisel – Tournee-Führung wackelt.": a headline's second half, a bare
# noun and its verb after a dash at the end
_TELEGRAM_TAIL = re.compile(r"\s[–—]\s(?!(?:Der|Die|Das|Ein|Eine|Es|Er|Sie|Man|Wir|Ich)\s)[A-ZÄÖÜ][\w-]+"
                            r"\s+[a-zäöüß]+(?:\s+[a-zäöüß]+)?\.?$")


def readable_standfirst(text: str) -> bool:
    """A standfirst sentence that can be read after the lead: a whole sentence, not headline
    syntax ("Österreicher verzichtet auf ...", "Toronto gewinnt ..."), pointing at nobody, and
    reporting something (not a feature's line: "Die Arbeit der Kleinparteien ist oft schwierig.")."""
    words = text.split()
    # ("Portugal bekommt ...": a country is named without an article in prose too)
    bare_start = len(words) > 1 and words[0][:1].isupper() and words[1][:1].islower() \
        and words[0] not in SENTENCE_STARTERS and not _counted_subject(words) and words[0] not in COUNTRIES
    # "Joker Pirker schießt Grazer zum 2:1": a role without its article before a name (a title,
    # "Bundeskanzler Muster sagte", is prose)
    # ("Innsbrucker Forscherinnen und Forscher haben ...": a plural pair without article is prose)
    bare_start = bare_start or (len(words) > 2 and words[0][:1].isupper() and words[1][:1].isupper()
                                and words[2][:1].islower() and words[0] not in SENTENCE_STARTERS
                                and (not given_name(words[0]) or words[0].isupper())  # ("SV Traunried")
                                and not is_title(words[0]) and words[2] != "und"
                                and not _counted_subject(words))
    # ("Heftige Gewitter haben ... angerichtet": a plural without article and its verb are prose)
    bare_adjective = BARE_ADJECTIVE.match(text) and not _PLURAL_THEN_VERB.match(text)
    return not (headline_shaped(text) or telegram_style(text) or bare_start or bare_adjective
                or _TELEGRAM_TAIL.search(text) or _in_headline_parts(text)
                or _A_SIDE.match(text) or vague_scope(text)
                or inside_reference(text) or re.search(r"\b(?:er|sie|ihm|ihn|ihr)\b", text)
                or not reports_event(text) or generic_or_imagined(text))


def _in_headline_parts(text: str) -> bool:
    """A label before a colon ("Fußball-Bundesliga: Sturm verliert ...") or a part after a dash
    without any article ("Sturm Graz gewinnt Schlager gegen Rapid 2:1 – ..."): a headline's parts."""
    label, colon, _ = text.partition(": ")
    if colon and len(label.split()) <= 2 and not has_finite_verb(label):
        return True
    parts = re.split(r"\s[–—]\s", text)
    # (a part starting in lower case goes on in prose: "... – es kostet zwölf Millionen Euro")
    return len(parts) > 1 and any(len(part.split()) >= 3 and part[:1].isupper() and telegram_style(part)
                                  for part in parts)

"""The dateline taken off an article's opening ("Wien (APA) –", "St. Pölten / Wien –",
"Saalfelden/Zell am See –"), also where a standfirst that lost its full stop runs into it ("...
gesunken Wien – Die Zahl ..."); what stands before it is the standfirst (opening.py).
"""

from __future__ import annotations

import re

from bulletin.text.credits import AGENCIES
from bulletin.text.grammar import has_finite_verb, is_finite_form
from bulletin.text.sentences import SENTENCE_STARTERS, ends_with_full_stop

_PLACE_WORD = (r"(?:[A-ZÄÖÜ][\w'’.-]*|d['’][A-ZÄÖÜ][\w'’.-]*"  # "Cortina d'Ampezzo"
               r"|(?:am|an|der|de|del|da|do|dos|di|la|le|im|in|ob|bei|upon|on|sur|en)\b)")  # "Matrei in ..."
# "Nordhafen (dpa) –", "Brüssel (EU), 21.10.2014 –", "St. Pölten / Wien –", "Zell am See –".
_DATELINE = re.compile(
    rf"^(?P<place>[A-ZÄÖÜ][\w'’.-]*(?:\s*/\s*[A-ZÄÖÜ][\w'’.-]*|\s+{_PLACE_WORD}){{0,5}}?)"
    r"\s*(?:\((?P<agency>[^()]{1,30})\))?\s*,?\s*(?P<date>\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?\s*)?"
    r"\s*[–—-]{1,2}\s+(?=[A-ZÄÖÜ„\"»\d])"
)
DATELINE_WITHIN = 4  # a dateline stands in the first sentences (after a standfirst of up to three)
MAX_STANDFIRST_WORDS = 70
MAX_FEATURE_INTRO_WORDS = 150  # a feature's opening scene before a dateline further on


def _agency(bracketed: str) -> str:
    """ "APA/dpa" from a dateline's brackets when each name in them is an agency, else ""."""
    names = [a.strip() for a in re.split(r"[/,]", bracketed)]
    return "/".join(names) if bracketed and all(a.lower() in AGENCIES for a in names) else ""


def dateline(sentence: str, strict: bool = False) -> tuple[str, str, str]:
    """Split "Nordhafen (dpa) – Die Fähre ..." into place, agency and the rest; ("", "", sentence)
    when it does not open with a dateline. ``strict`` (a sentence after the first one): the place
    must not be a word that opens ordinary sentences ("Die Stadt – so der Plan – ...")."""
    match = _DATELINE.match(sentence)
    if not match:
        return "", "", sentence
    place = match.group("place").strip()
    first = place.split()[0].rstrip(".")
    # "Kirchdorf an der Krems/Linz": the particles of a place's name are not words of a sentence
    words = len(re.findall(r"\b[A-ZÄÖÜ][\w.]*", place))
    agency = _agency(match.group("agency") or "")
    marked = agency or match.group("date")
    if words > 6 or (first in SENTENCE_STARTERS and not marked) or (strict and words > 4 and not marked):
        return "", "", sentence
    if not marked and first.lower() in ("der", "die", "das", "ein", "eine"):
        return "", "", sentence
    return place, agency, sentence[match.end():]


# "... muss gehen Maria Enzersdorf – Der FC ...": a dateline after a headline that has no full stop;
# the place is the last name before the dash (with "St.", "Bad", "Maria", "Zell am", "Wiener"), or
# several joined by slashes, each of that shape ("Wiener Neustadt/St. Pölten")
_ONE_PLACE = (r"(?:(?:St\.|Sankt|Bad|Maria|Markt|Neu|Deutsch|Windisch|(?!Meter|Kilometer|Liter|Center)"
              r"[A-ZÄÖÜ][a-zäöüß]+er)\s+)?"
              r"[A-ZÄÖÜ][\w'’-]*(?:\s+(?:am|an der|im|in der|in|ob|bei)\s+[A-ZÄÖÜ][\w'’-]*"
              r"|\s+d['’][A-ZÄÖÜ][\w'’-]*)?")
_DATELINE_INSIDE = re.compile(
    rf"(?<=[a-zäöüß\d“”\"»«)])\s+(?P<place>{_ONE_PLACE}(?:\s*/\s*{_ONE_PLACE})*)"
    # (a hyphen for the dash only after an agency's brackets: "Nürnberg (dpa) - Die Zahl ...")
    r"(?:\s*\((?P<agency>[^()]{1,30})\)\s+[–—-]|\s+[–—])\s+(?=[A-ZÄÖÜ„\"»\d])")


# "auf einem Server –", "auf Linux-Basis –": the word after an article or a preposition is no place
# ("aus Graz –" may be one: "schließt X aus")
_BEFORE_A_NOUN = frozenset("""der die das den dem des ein eine einem einen einer eines auf in im mit für von
    vom zum zur beim über unter gegen""".split())
# Cities datelines name most: after a verb's particle ("Die Kosten fressen die Gewinne auf Wien – Es
# ist ein Rekord: ...") such a city is the dateline, not the object of a preposition, and a short
# lead after it is one ("... im Sommer 2026 St. Pölten – In Niederösterreich wird ...").
DATELINE_CITIES = frozenset("""Wien Graz Linz Salzburg Innsbruck Klagenfurt Bregenz Eisenstadt Villach Wels
    Steyr Leoben Dornbirn Feldkirch Berlin München Hamburg Frankfurt Köln Dresden Brüssel Straßburg Paris
    London Rom Mailand Madrid Bern Zürich Genf Prag Budapest Bratislava Ljubljana Zagreb Belgrad Warschau
    Moskau Kiew Ankara Istanbul Athen Washington Peking Tokio Jerusalem""".split()) | {
    "St. Pölten", "Wiener Neustadt"}
_FIGURE_ALONE = re.compile(r"^\d[\d.,]*\s+[A-ZÄÖÜ][\w-]*\.$")
_LEAD_WORDS = 8  # a lead after the dateline is a whole report, not a headline's second half (5-7 words)


def _each_match(sentence: str) -> list[re.Match]:
    """Every _DATELINE_INSIDE match, also those starting inside another ("zum Königsmacher Bremen
    (APA) –" is no place after "zum"; "Bremen (APA) –" is one)."""
    found, start = [], 0
    while (match := _DATELINE_INSIDE.search(sentence, start)) is not None:
        found.append(match)
        start = match.start() + 1
    return found


def _dateline_after_headline(sentence: str) -> tuple[str, str, str, str] | None:
    """(standfirst, place, agency, rest) when ``sentence`` is a headline without its full stop run
    into a dateline and the lead; the last such dash counts (a headline has dashes of its own)."""
    matches = [m for m in _each_match(sentence) if len(sentence[:m.start()].split()) >= 3
               and (sentence[:m.start()].split()[-1].lower() not in _BEFORE_A_NOUN
                    or (m["place"] in DATELINE_CITIES and has_finite_verb(sentence[:m.start()])))]
    if not matches:
        return None
    last = max(m.end() for m in matches)
    match = next(m for m in matches if m.end() == last)  # the longest place before that dash
    rest = sentence[match.end():]
    # "... Tabellenzweiter – Donaustadt rutscht auf Rang neun ab.": a headline's second half, short and
    # in telegram style; a short lead opens with an article ("... Euro Villach/Klagenfurt – Die Firma
    # ist pleite."), and places joined by a slash or an agency's name mark a dateline
    # (or the headline named the place before: "... Stichwahl in Iserlohn ... Iserlohn – 312 Stimmen.")
    named = re.search(rf"\b{re.escape(match['place'])}\b", sentence[:match.start()])
    marked = ("/" in match["place"] or match["agency"] or match["place"] in DATELINE_CITIES or named
              or re.match(r"(?:Der|Die|Das|Ein|Eine)\s", rest))
    figure = named and _FIGURE_ALONE.match(rest)  # the body opens with a figure the next sentence tells
    if not (has_finite_verb(rest) or figure) or (len(rest.split()) < _LEAD_WORDS and not marked):
        return None
    return sentence[:match.start()].rstrip(" –—-") + ".", match["place"], _agency(match["agency"] or ""), rest


Taken = tuple[list[str], list[int], str, str, int]  # sentences, their paragraphs, place, agency, standfirst


def without_dateline(sentences: list[str], paragraph_of: list[int]) -> Taken:
    """``sentences`` and their paragraphs without the dateline, its place and agency, and the index
    of the sentence after it (-1 when there is none); the standfirst before it in its sentences."""
    return _headlines_apart(*_without_dateline(sentences, paragraph_of))


# "Miriam Muster erhält Literaturpreis Die Wiener Autorin wird ...": a headline that lost its full stop
# runs into the standfirst; mid-sentence an article has no capital (outside quotes: „Die Stille“)
_GLUED = re.compile(r"(?<=[a-zäöüß\d])\s+(?=(?:Der|Die|Das|Ein|Eine)\s+[\wÄÖÜäöüß])"
                    # "Flughafen verliert Verbindung nach Frankfurt Ab November fliegt ...": nor a preposition
                    r"|(?<=[a-zäöüß\d])\s+(?=(?:Ab|Seit|Bis|Nun|Jetzt|Künftig|Trotz|Wegen|Im|Am)\s+[\wÄÖÜäöüß])")


def _headlines_apart(sentences: list[str], paragraph_of: list[int], place: str, agency: str,
                     standfirst: int) -> Taken:
    """The standfirst's sentences with a headline that runs into the next one split off; without a
    dateline, the opening's first two sentences ("... bringt ihren Kalender durcheinander Wer an
    einem Morgen ...", "Die Opposition spricht von „Abzocke“ Der Gemeinderat hat ...")."""
    if standfirst == 0:
        return sentences, paragraph_of, place, agency, standfirst
    heading = standfirst if standfirst > 0 else min(2, len(sentences))
    split, paragraphs, body = [], [], -1
    glued = _GLUED if standfirst > 0 else _GLUED_SENTENCE
    for sentence, paragraph in zip(sentences[:heading], paragraph_of[:heading], strict=True):
        cuts = [m.start() for m in glued.finditer(sentence) if not _in_quotes(sentence[:m.start()])]
        parts = [sentence[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(sentence)], strict=True)]
        parts = [piece for part in parts for piece in _teaser_then_news(part)]
        split += [part + "." for part in parts[:-1]] + parts[-1:]
        paragraphs += [paragraph] * len(parts)
        body = len(split) - 1 if cuts else body  # without a dateline, the lost full stop ends the standfirst
        if standfirst < 0 and paragraph == paragraph_of[0] and not ends_with_full_stop(sentence):
            body = len(split)  # "Jetzt ist klar, wer es gemalt hat" in the opening paragraph ends it too
    return ([*split, *sentences[heading:]], [*paragraphs, *paragraph_of[heading:]], place, agency,
            len(split) if standfirst > 0 else body)


# "FPÖ spricht von „Kosmetik“, Grüne warnen ... – die Koalition will die Förderung kürzen.": reactions
# in a teaser's words, then after the dash the news as a whole clause (an article, a noun, its verb)
_DASH_NEWS = re.compile(r"\s[–—]\s(?P<news>(?:die|der|das)\s+[A-ZÄÖÜ][\w-]+\s+(?P<verb>[a-zäöüß]+)\b[^–—]*)$")


def _teaser_then_news(sentence: str) -> list[str]:
    """``sentence`` split before a dash that a whole clause follows, the clause a sentence of its
    own ("Die Koalition will ...") said first; else ``sentence`` alone."""
    match = _DASH_NEWS.search(sentence)
    if not match or not is_finite_form(match["verb"]) or not has_finite_verb(sentence[:match.start()]):
        return [sentence]
    news, end = match["news"].rstrip("."), "." if sentence.endswith(".") else ""
    # first the standfirst's news, which may lead; the teaser never does
    return [news[:1].upper() + news[1:], sentence[:match.start()].rstrip(" ,") + end]


# Without a dateline a sentence's own start is told by more: after a word in lower case or a closing
# quote, "Wer" or an article opening a clause (not after a preposition: "laut Die Presse")
_GLUED_SENTENCE = re.compile(r"(?<=[a-zäöüß“”\"])(?<!\bvon)(?<!\blaut)(?<!\bmit)(?<!\bin)(?<!\bbei)(?<!\bfür)"
                             r"(?<!\baus)\s+(?=(?:Der|Die|Das|Ein|Eine|Wer)\s+[\wÄÖÜäöüß])"
                             # "... bangen um ihre Jobs Seit Jahren schrumpft ...": a preposition or adverb
                             # with a capital opens a sentence, after any word
                             r"|(?<=[\wäöüß“”\"])\s+(?=(?:Seit|Nach|Nun|Jetzt|Doch|Bei|Mit|Laut|Trotz|Wegen|Im|Am)\s+"
                             r"[\wÄÖÜäöüß])")


def _in_quotes(before: str) -> bool:
    return before.count("„") > before.count("“") or before.count('"') % 2 == 1


# "Gelsenkirchen. Der Verein ...", "Siegsdorf/Landkreis Traunstein. Auf ...": a local paper's dateline
# ends with a full stop, a sentence of its own at the start of its paragraph
# (one word, "Bad Hersfeld", or more joined by a slash: "Teuerung im Rückwärtsgang." is a headline)
_PLACE_ALONE = re.compile(r"^(?P<place>(?:(?:Bad|Sankt|Markt|Neu)\s+)?[A-ZÄÖÜ][\w'’-]*"
                          r"(?:\s*/\s*[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*)?)*)\.$")


def _place_alone(index: int, sentences: list[str], paragraph_of: list[int]) -> str:
    """The place when sentence ``index`` is a dateline standing alone before its paragraph's lead."""
    match = _PLACE_ALONE.match(sentences[index])
    opens = index == 0 or paragraph_of[index - 1] != paragraph_of[index]
    lead_follows = index + 1 < len(sentences) and paragraph_of[index + 1] == paragraph_of[index]
    if not (match and opens and lead_follows) or match["place"].split()[0] in SENTENCE_STARTERS:
        return ""
    return match["place"]


def _without_dateline(sentences: list[str], paragraph_of: list[int]) -> Taken:
    for index, sentence in enumerate(sentences[:DATELINE_WITHIN]):
        place, agency, rest = dateline(sentence, strict=index > 0)
        if place and rest.strip() and _words(sentences[:index]) <= MAX_STANDFIRST_WORDS:
            return [*sentences[:index], rest, *sentences[index + 1:]], [*paragraph_of], place, agency, index
        place = _place_alone(index, sentences, paragraph_of)
        if place and _words(sentences[:index]) <= MAX_STANDFIRST_WORDS:
            return ([*sentences[:index], *sentences[index + 1:]],
                    [*paragraph_of[:index], *paragraph_of[index + 1:]], place, "", index)
    # "Arbeitslosigkeit im März gesunken Wien – Die Zahl ...": a standfirst without its full stop, also
    # as its second sentence ("Land sperrt Schulen zu. Bürgermeister protestieren Graz – ...")
    for index, sentence in enumerate(sentences[:DATELINE_WITHIN]):
        if _words(sentences[:index]) > MAX_STANDFIRST_WORDS:
            break
        inside = _dateline_after_headline(sentence)
        if inside:
            standfirst, place, agency, rest = inside
            return ([*sentences[:index], standfirst, rest, *sentences[index + 1:]],
                    [*paragraph_of[:index + 1], *paragraph_of[index:]], place, agency, index + 1)
    # "Wenn X um halb sechs den Wasserhahn aufdreht, ... Innsbruck – Die Hütte ist kein Einzelfall.": a
    # feature's scene runs longer before the dateline; further on, a dateline is still never read
    for index, sentence in enumerate(sentences[DATELINE_WITHIN:], DATELINE_WITHIN):
        place, agency, rest = dateline(sentence, strict=True)
        if place and rest.strip() and (agency or "/" in place or place in DATELINE_CITIES):
            intro = index if _words(sentences[:index]) <= MAX_FEATURE_INTRO_WORDS else -1
            return [*sentences[:index], rest, *sentences[index + 1:]], [*paragraph_of], place, agency, intro
    return list(sentences), list(paragraph_of), "", "", -1


def _words(sentences: list[str]) -> int:
    return sum(len(s.split()) for s in sentences)


# A state's capital as a dateline, or the state a standfirst named, tells whose "Landtag" a lead names
# ("Bregenz – Der Landtag hat ..."): the listener heard neither, so the lead says it ("Der Vorarlberger
# Landtag hat ...").
STATE_OF_CAPITAL = {"Bregenz": "Vorarlberg", "Innsbruck": "Tirol", "Salzburg": "Salzburg",
                    "Linz": "Oberösterreich", "Graz": "Steiermark", "Klagenfurt": "Kärnten",
                    "St. Pölten": "Niederösterreich", "Eisenstadt": "Burgenland", "Wien": "Wien"}
_STATE = {"Vorarlberg": "Vorarlberger", "Tirol": "Tiroler", "Salzburg": "Salzburger",
          "Oberösterreich": "oberösterreichische", "Steiermark": "steirische", "Kärnten": "Kärntner",
          "Niederösterreich": "niederösterreichische", "Burgenland": "burgenländische", "Wien": "Wiener"}
STATES = frozenset(_STATE)  # the nine states by name
# a state's adjective, lower-cased as it starts ("steirische", "Südtiroler"): the state
STATE_OF_ADJECTIVE = {"vorarlberg": "Vorarlberg", "südtirol": "Südtirol", "tirol": "Tirol",
                      "salzburg": "Salzburg", "oberösterreich": "Oberösterreich", "steiri": "Steiermark",
                      "kärnt": "Kärnten", "niederösterreich": "Niederösterreich", "burgenländ": "Burgenland",
                      "wien": "Wien"}


def state_of_adjective(word: str) -> str:
    """The state an adjective names ("steirischen" -> "Steiermark", "Tiroler" -> "Tirol"), or ""."""
    if not (word[:1].islower() or word.endswith(("er", "erin"))):
        return ""
    return next((state for start, state in STATE_OF_ADJECTIVE.items() if word.lower().startswith(start)), "")
_STATE_BODY = re.compile(r"^(Der|Die)\s+(?:Landtag|Landesregierung|Landesrechnungshof|Landeshauptmann"
                         r"|Landeshauptfrau)\b")


def with_state_named(lead: str, place: str, before: str = "") -> str:
    """ "Der Landtag hat ..." -> "Der Vorarlberger Landtag hat ..." after the dateline "Bregenz –" or
    a standfirst ``before`` the lead saying "In Vorarlberg ..."; "Der Gemeinderat" -> "Der Grazer
    Gemeinderat" after a headline or standfirst naming it so."""
    council = _COUNCIL.match(lead)
    said = council and re.search(rf"\b([A-ZÄÖÜ][a-zäöü]+er)\s+{council[2]}\b", before)
    if said:  # "Der Gemeinderat hat ..." after the headline's "Grazer Gemeinderat beschließt ..."
        return f"{council[1]} {said[1]} {lead[len(council[1]) + 1:]}"
    body = _STATE_BODY.match(lead)
    if not body:
        return lead
    named = re.search(rf"\b(?:in|im|In|Im)\s+(?:der\s+)?({'|'.join(_STATE)})\b", before)
    state = STATE_OF_CAPITAL.get(place.split("/")[0].strip()) or (named[1] if named else "")
    adjective = _STATE.get(state, "")
    return f"{body[1]} {adjective} {lead[len(body[1]) + 1:]}" if adjective else lead


_COUNCIL = re.compile(r"^(Der|Die)\s+(Gemeinderat|Stadtrat|Stadtsenat|Stadtregierung|Landtag"
                      r"|Landesregierung)\b")

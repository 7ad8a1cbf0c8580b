"""Is it news? An article that reads like a review, a feature or a commentary (judging words, "wir"
or "Sie", a question, a rhetorical opening, a first sentence reporting nothing, a story told), or
that tells a film's or a series' plot (its characters named with their actors), gets a note: the
desk leaves it out by default while there is news (desk.py), and the producer sees why.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bulletin.text.grammar import names_speaker, reported_speech
from bulletin.text.known import ABROAD, HOME_OF_TIMEZONE, HOMES
from bulletin.text.news import TIME, hard_facts, reports_event

# Words that judge rather than report (reviews, commentaries, features).
_JUDGING = re.compile(
    r"\b(?:schwere[rn]? Fehler|bemerkenswert\w*|großartig\w*|grandios\w*|genial\w*|enttäusch\w*|gelungen\w*"
    r"|misslungen\w*|kostbar\w*|ungewöhnlich\w*|peinlich\w*|skandalös\w*|fatal\w*|erfreulich\w*|bedauerlich\w*"
    r"|überzeugend\w*|sehenswert\w*|hörenswert\w*|meisterhaft\w*|brillant\w*|langweilig\w*|beeindruckend\w*"
    r"|eindrucksvoll\w*|furios\w*|fulminant\w*|ärgerlich\w*|absurd\w*|lächerlich\w*|mutig\w*|feige\w*"
    r"|hymnisch\w*|Meilenstein|Lobeshymnen|testosteronhaltig\w*|Geschmackssache|Musiktheatergut|wunderbar\w*"
    r"|herrlich\w*|schrecklich\w*|traurig\w*|rätselhaft\w*|raffiniert\w*|geschmiert\w*|nicht von ungefähr"
    r"|begeistert\w*|waghalsig\w*|virtuos\w*|mitreißend\w*|packend\w*|berührend\w*)\b",
    re.I,
)
_READER_OR_WE = re.compile(r"\b(?:wir|uns|unser\w*|du|dich|dir|euch)\b"
                           r"|(?<=[a-zäöüß,] )(?:Sie|Ihnen|Ihr\w*)\b")
GENRE_NOTE = "reads like a review, feature or commentary, not a report: check the lead"
FICTION_NOTE = ("reads like a review or preview of a film or series (it names characters with their actors), "
                "not news")
# "Martin Rauch (Jonas Nay)": a character with the actor who plays them; not "Eva Muster (Die Furche)".
_CAST = re.compile(r"\b[A-ZÄÖÜ][^\W\d_]+ [A-ZÄÖÜ][\w-]+ "
                   r"\((?!(?:Der|Die|Das) )[^\W\d_][^\W\d_]+ [^\W\d_][\w-]+\)")


def names_a_cast(paragraphs) -> bool:
    """The article names two characters with their actors: it tells a film's or a series' plot."""
    return len({match for paragraph in paragraphs for match in _CAST.findall(paragraph)}) >= 2


NO_RESULT_NOTE = "a match report whose item tells no result (its lead is how the match began), not news"
_MINUTE = re.compile(r"\(\d{1,3}\.(?:\s*\+\s*\d{1,2})?\)")  # "(38.)", "(90.+3)": a chance's minute
MIN_MINUTES = 3  # a match told minute by minute, not a report naming one goal


def match_without_result(paragraphs, text: str) -> bool:
    """The article tells a match minute by minute and ``text`` (its item) says no score: the crowd,
    the rain and the first chances, but not who won (blind readers: "no score, no outcome")."""
    minutes = sum(len(_MINUTE.findall(paragraph)) for paragraph in paragraphs)
    return minutes >= MIN_MINUTES and not SCORE.search(text) and not _WON_OR_LOST.search(text)


# "Sturm hat das Spitzenspiel gegen Rapid verloren": who won is told, without the score
_WON_OR_LOST = re.compile(r"\b(?:gewonnen|verloren|besiegt|geschlagen|gewinnt|verliert|besiegte|verlor)\b")


# "Reinhold Mitterlehner": two capitalized words, the first no article ("Die Sozialpartnerschaft")
_PERSON = re.compile(r"\b(?!(?:Der|Die|Das|Dem|Den|Des|Ein|Eine|Einer|Einem|Eines)\s)[A-ZÄÖÜ][a-zäöüß]+\s+"
                     r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\b")


# "Dazwischen liegen dreihundert Seiten, auf denen die Autorin ... erzählt", "Erzählt wird aus der
# Sicht der Tochter": a book's or a film's story told, a review's or a preview's, not a report's.
_STORY = r"(?:Seiten|Kapitel|\w*[Rr]omans?|Erzählung|Novelle|Figur|Figuren|Handlung|\w*[Ff]ilms?|Serie)"
_PLOT = re.compile(rf"\b{_STORY}\b[^.]*\berzählt\b|\berzählt\b[^.]*\b{_STORY}\b|(?:^|\.\s)Erzählt wird\b")


_NEWS_IN_PERFECT = re.compile(r"\b(?:hat|haben|ist|sind)\s[^.;:]*\b(?:ge[a-zäöüß]{3,}(?:t|en)"
                              r"|[a-zäöüß]{3,}iert)\.$")


def reads_as_opinion(opening: list[str]) -> bool:
    """The first sentences of an article's body read like a review, a feature or a commentary:
    at least two of judging words, "wir"/"Sie" outside quotes, a question, a "Wenn ..., dann" or
    rhetorical sentence ("Wer täglich pendelt, ..."), a first sentence that reports no event, or
    one that exclaims ("Das wars noch nicht!": a portrait's opening, not a report's); or, with no
    day named, a story told ("Erzählt wird aus der Sicht ..."), a maxim ("Wer X will, muss
    ...") or two judging words ("begeisterte ... waghalsigen"); or the writer musing first ("Man
    könnte meinen, ..."), or a scene set ("Es ist kurz nach sechs Uhr früh, als ..."). Not when it
    reports a named speaker's
    words ("Die Sozialpartnerschaft müsse sich ändern, sagte Minister Max Muster"): a report on
    what was said, after a colourful first line ("Die Tonalität war ungewöhnlich.")."""
    if any(reported_speech(s) and names_speaker(s) and _PERSON.search(s) for s in opening):
        return False
    text = " ".join(opening)
    unquoted = re.sub(r"[„“\"»«][^„“”\"»«]*[“”\"»«]", "", text)
    signs = [
        bool(_JUDGING.search(text)),
        bool(_READER_OR_WE.search(unquoted)),
        "?" in text,
        any(re.match(r"^(?:Wenn|Geht es|Was ist|Wer)\b", sentence) for sentence in opening),
        # reporting no event, or what there is ("Es gibt Förderungen, die ..."), not what happened;
        # not counted again for the "Geht es um X, dann ..." that opens a report with a flourish
        bool(opening) and (not reports_event(opening[0]) or opening[0].startswith("Es gibt "))
        and not (_FLOURISH.match(opening[0]) and not any(_FLOURISH.match(s) for s in opening[1:])),
        bool(opening) and opening[0].rstrip("“”\"»«'’ ").endswith("!"),
    ]
    # with nothing happening on a day: a story told (a review or preview) or a maxim ("Wer kleine
    # Zeitungen erhalten will, muss ...": a commentary)
    plot = bool(_PLOT.search(text))
    maxim = any(re.match(r"^Wer\b[^,]*,\s+(?:muss|sollte|darf|kann|braucht)\b", s) for s in opening)
    # the writer musing first ("Man könnte es fast für eine Tradition halten.", "Man muss kein
    # Prophet sein, um ..."): no report opens so
    musing = any(_MUSING.match(sentence) or foretold(sentence) for sentence in opening[:2])
    # a scene set ("Es ist kurz nach sechs Uhr früh, als Maria X die Melkmaschine anwirft."): a feature
    # (not a report's way in: "Es war kurz nach 23 Uhr, als ... Nach zwölf Stunden hat sich die Regierung
    # auf das Budget für 2026 geeinigt.", news in the perfect with its figures right after the scene)
    reported = any(_NEWS_IN_PERFECT.search(s) and hard_facts(s) for s in opening[1:3])
    scene = any(_a_moment_told(sentence) for sentence in opening) and not reported
    # ... or two judging words ("Die Pianistin begeisterte mit einer waghalsigen Uraufführung"): a
    # review (one, "ist ihr ein Einstand nach Maß gelungen", is a sports report's colour)
    judged = len({m.group(0).lower() for m in _JUDGING.finditer(text)}) >= 2
    return sum(signs) >= 2 or musing or scene or ((plot or maxim or judged) and not TIME.search(text))


# "Die Gastgeber erwischten den besseren Start.", "Nach dem Seitenwechsel kamen die Gäste besser ins
# Spiel.": how a match flowed, told without a score, a minute or a name
_FLOW_OF_PLAY = re.compile(r"\b(?:(?:ersten|zweiten|erste|zweite)\s+(?:Hälfte|Halbzeit|Drittel|Satz)"
                           r"|Seitenwechsel|(?:[Vv]or|[Nn]ach)\s+der\s+Pause|besseren\s+Start|ins\s+Spiel"
                           r"|die\s+Partie|das\s+Spiel\s+im\s+Griff|Mitteldrittel|Mittelfeld"
                           # "Marchfeld gab sich nicht geschlagen.", "Doch die Welser gaben nicht auf."
                           r"|(?:gab|gaben)\s+sich\s+(?:aber\s+|noch\s+)?nicht\s+geschlagen"
                           r"|(?:gab|gaben)\s+(?:aber\s+|jedoch\s+|noch\s+)?nicht\s+auf)\b")


def flow_of_play(sentence: str) -> bool:
    """A match's flow told without a score, a minute, a figure or a name: a reporter's colour, where a
    radio item needs the result and who scored (outside editors cut each such closing line); a team
    turning it up in a period is colour even when named ("Im Mittelabschnitt drehte der KAC auf.")."""
    colour = bool(_FLOW_OF_PLAY.search(sentence)) and not hard_facts(sentence)
    return colour or bool(_TURNED_UP.match(sentence))


_TURNED_UP = re.compile(r"^(?:Im|Nach dem|In der)\s+\w+\s+(?:drehte|drehten)\s+(?:der|die|das)\s+\S+"
                        r"\s+auf\.$")


def foretold(sentence: str) -> bool:
    """ "Das Geld wird wenig ändern.": the writer's own short verdict on what was announced."""
    return bool(_FORETOLD.match(sentence))


# "Die 47-Jährige sitzt in ihrem Büro im dritten Stock, ...": someone posed in their own place, now
_POSE = re.compile(r"^(?:\S+\s+){1,3}(?:sitzt|steht|lehnt|sitzen|stehen)\s+"
                   # ("Noch am Vormittag stehen Anrainer ... vor ihren Häusern": who stands there first)
                   r"(?:[A-ZÄÖÜ][\w-]*\s+(?:[^.,;]*?\s)?)?(?:in|an|auf|vor|hinter)\s+"
                   r"(?:seinem|ihrem|seiner|ihrer|seinen|ihren)\s+[A-ZÄÖÜ]")


def sets_a_scene(sentence: str) -> bool:
    """A feature's scene: a moment ("Es ist kurz nach sechs Uhr früh, als ..."), someone's routine
    told in the present ("Jeden Dienstag um 7.42 Uhr steht Maria X an der Haltestelle ...") or
    someone posed in their own place ("Die 47-Jährige sitzt in ihrem Büro ...")."""
    return (_a_moment_told(sentence) or any(scene.match(sentence) for scene in _SCENE_OPENINGS)
            or any(scene.search(sentence) for scene in _SCENES_ANYWHERE))


def _a_moment_told(sentence: str) -> bool:
    """A moment told in the present ("Es ist kurz nach sechs Uhr früh, als ...", "Um halb sieben Uhr
    früh riecht es ...", "Der Nebel hängt noch über dem Inn, als ...") or a story begun ("Es beginnt
    mit einem Heuwagen, ..."): a feature's or a review's opening, which also makes the article read
    like one (reads_as_opinion)."""
    return bool(_SCENE.match(sentence) or _MOMENT.match(sentence) or _STILL_WHEN.match(sentence))


# "Wer im Winter auf einer Hüttenterrasse sitzt, kennt die Szene: ...": the reader's own memory of a
# scene (not "kennt das Problem": what the story is about)
_FAMILIAR = re.compile(r"^Wer\b[^,.]*,\s+kennt\s+(?:die(?:se)?\s+Szenen?|das\s+(?:Bild|Ritual)"
                       r"|diese\s+Bilder)\b")
# "Wer näher tritt, hört ein leises Knistern": what any visitor senses, a feature's walk through a show
# "Wer im Spätsommer zur Zunge des Ferners aufsteigt, geht heute über blanken Fels": what any walker finds
_VISITOR = re.compile(r"^Wer\b[^,]*,\s+(?:hört|sieht|spürt|riecht|entdeckt|merkt|erkennt|blickt|fühlt"
                      r"|geht\s+(?:heute|heuer|inzwischen|mittlerweile|jetzt|nun)\s+über)\b")
# "Im ersten Raum ist es beinahe völlig dunkel": the mood of a place, now
_AMBIENCE = re.compile(r"^(?:Im|In der|In einem|Auf dem|Auf der|Vor dem|Vor der)\s[^,.]{0,40}?\bist es\s+"
                       r"(?:\w+\s+){0,2}(?:dunkel|still|hell|kalt|warm|heiß|ruhig|laut|eng|stickig|leer|voll)\b"
                       # "Der Raum ist klein, es riecht nach Weihrauch", "Die Probebühne riecht nach Farbe"
                       r"|\bes riecht nach\b|^(?:Der|Die|Das)\s[^,.]{0,40}?\s(?:riecht|duftet)\s+nach\b"
                       # "... – hier erfährt man es zuerst": what anyone finds in the place the scene shows
                       r"|\bhier\s+(?:erfährt|trifft|sieht|hört|kennt|kauft|bekommt)\s+man\b")
# "ließ sich rücklings auf den Hartplatz fallen", "rang im Zielraum um Fassung", "war ihr die
# Fassungslosigkeit anzusehen": a winner's gesture
_GESTURE = re.compile(r"\b(?:ließ\s+(?:er\s+|sie\s+)?sich\s+[^,.;]{0,60}\bfallen"
                      r"|\bwar\s+[^,.;]{0,80}\banzusehen\b|rang\s+[^,.;]{0,40}\bum\s+Fassung"
                      r"|riss\s+[^,.;]{0,30}\b(?:Arme|Fäuste)\b|sank\s+[^,.;]{0,30}\bauf\s+die\s+Knie"
                      r"|brach\s+[^,.;]{0,30}\bin\s+Tränen\s+aus|ballte\s+[^,.;]{0,30}\bFaust)")
# "Lange sah es nach einer Punkteteilung aus, dann schlug Sturm doch noch zu: ...": suspense told
_SUSPENSE = re.compile(r"^Lange\s+(?:sah|schien|deutete)\s+es\b[^,.;]*,\s+(?:dann|ehe|bis|doch)\b"
                       # "Lange sah es ... nach einem Heimsieg aus.": the turn still to come (not "Lange
                       # hatte es so ausgesehen, als ...", whose "Am Ende aber ..." needs it)
                       r"|^Lange\s+sah\s+es\b[^;,]*?\baus\.$"
                       # "Noch bevor das Pressefoyer begonnen hatte, lagen ... vor": the moment before
                       r"|^Noch\s+(?:bevor|ehe)\b"
                       # "Die ersten Busse biegen kurz nach 14 Uhr auf den Parkplatz ein": an arrival, now
                       r"|^(?:Die|Der|Das)\s+ersten?\s+[A-ZÄÖÜ]\w+\s+(?:biegen|rollen|fahren|kommen|landen|treffen"
                       r"|erreichen|halten)\b")
# "Die Flammen schlugen bereits aus den Fenstern, als die ersten Feuerwehrleute eintrafen": what the
# helpers found on arrival, the moment a reporter paints before the news
_HELPERS = (r"(?:die\s+|der\s+)?(?:ersten\s+)?"
            r"(?:Feuerwehr\w*|Einsatzkräfte|Rettungskräfte|Polizist\w*|Helfer|Retter)\s+(?:[^,.;]{0,40}\s)?")
_ARRIVAL = re.compile(rf"\b(?:bereits|schon)\b[^.;]*,\s+als\s+{_HELPERS}eintr(?:af|afen)\b"
                      rf"|^Als\s+{_HELPERS}eintr(?:af|afen),\s+[^.;]{{0,40}}\b(?:bereits|schon)\b")
# "Als ihr Name verlesen wurde, blieb X zunächst sitzen.", "Erst als der Applaus anschwoll, ging ...":
# someone's bodily reaction at the moment, a reporter's picture
_REACTION_SEEN = re.compile(r"^(?:Erst\s+)?[Aa]ls\s+[^,]{0,60},\s+(?:blieb|ging|stand|saß|sank|lief|rannte"
                            r"|jubelte|weinte|lachte|schüttelte|strahlte)\b")
# "Wo am Montag noch Weinstöcke standen, hingen am Dienstag nur noch zerfetzte Blätter": then and now
_BEFORE_AND_AFTER = re.compile(r"^Wo\s[^,]{0,80}\bnoch\b[^,]*,\s+(?:[^,.;]{0,40}\s)?"
                               r"(?:nur\s+noch|jetzt|heute|nun)\b")
# "Draußen warten bereits zwölf Menschen im Nieselregen", "Drinnen sind die Regale zur Hälfte leer": the
# scene's place seen from its door, now
_IN_AND_OUT = re.compile(r"^(?:Draußen|Drinnen|Nebenan|Gegenüber)\s+(?:\w+\s+){0,2}?"
                         r"(?:warten|wartet|stehen|steht|sitzen|sitzt|sind|ist|liegen|liegt|hängen|hängt"
                         r"|herrscht|drängen|drängt)\b")
# "Der Nebel hängt noch über dem Inn, als sich die ersten Freiwilligen sammeln": the place as the
# day begins, then the moment
_STILL_WHEN = re.compile(r"^(?:Der|Die|Das)\s+[A-ZÄÖÜ]\w+\s+(?:hängt|hängen|liegt|liegen|steht|stehen)"
                         r"\s+noch\b[^.,]*,\s+als\b")
_ROUTINE = re.compile(r"^(?:Jeden|Jede|Jedes)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag"
                      r"|Sonntag|Morgen|Abend|Tag|Woche|Früh)\w*\b(?:\s+um\s+[\d.:]+\s+Uhr)?\s+"
                      r"(?:steht|sitzt|geht|fährt|wartet|kommt|sperrt|öffnet|beginnt|macht|holt|bringt)\s+[A-ZÄÖÜ]")
# "Es beginnt mit einem Heuwagen, der ...": a review's or feature's story begun; "Um halb sieben Uhr
# früh riecht es in der Gaststube nach Kaffee.": a moment told in the present
_MOMENT = re.compile(r"^Es beginnt (?:mit|beinahe|fast|ganz|leise)\b"
                     r"|^(?:Um\s+(?:halb\s+|kurz\s+nach\s+|kurz\s+vor\s+)?|Kurz\s+(?:nach|vor)\s+)\w+\s+(?:Uhr\s+)?"
                     r"(?:früh\s+|morgens\s+|abends\s+|in\s+der\s+Früh\s+)?"
                     r"(?:riecht|ist|steht|sitzt|beginnt|herrscht|liegt|klingelt|öffnet|sperrt|bildet)\b")
_MUSING = re.compile(r"^(?:Man (?:könnte|müsste|möchte|dürfte|muss kein|muss es|kann es|stelle sich"
                     r"|kennt das)"
                     r"|Das (?:Problem|Dilemma) (?:ist|war) nicht\b[^.]*,\s+sondern)\b")
# "Geht es um die Zukunft kleiner Skigebiete, dann könnte man im Lungau besichtigen, wie ...": a
# writer's flourish that a report may open with too (one sign of a commentary, not two)
_FLOURISH = re.compile(r"^(?:Wenn|Geht es)\b[^.]*,\s+(?:dann|so)\b")
# "Das Geld wird wenig ändern.", "Das wird nicht reichen.": the writer's own short verdict on what
# the first sentence announced, a commentary's second line (a report says who expects so)
_FORETOLD = re.compile(r"^(?:Das|Dies|Es|(?:Der|Die|Das)\s+[A-ZÄÖÜ]\w+)\s+(?:wird|werden|dürfte|dürften)\s+"
                       r"(?:wenig|nichts|kaum|nicht)\b[^.,;:]{0,30}\.$")
_SCENE = re.compile(r"^Es (?:ist|war) (?:kurz |knapp |schon |noch |früh am |spät am )?(?:nach |vor |gegen )?"
                    r"(?:[\w.]+ Uhr\b|Mitternacht|Mittag|Morgen|Abend"
                    r"|(?:halb )?(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?=,)"
                    r"|ein\w* \w+ (?:Morgen|Abend|Nachmittag|Vormittag|Tag)"
                    r"|\w+(?:morgen|abend|nachmittag|vormittag)\b"
                    r"|(?:stock)?(?:dunkel|finster|hell|still|kalt|eisig|neblig)\b)"  # "noch dunkel ..., als"
                    r"[^.]*,\s+(?:als|und|wenn|da)\b"
                    # "Es dämmerte gerade erst, und feiner Schneeregen hatte ..., als der Schulbus ...": dawn
                    r"|^Es\s+(?:dämmerte|graute)\b[^.]*,\s+als\b")

# The scenes above: those that open the sentence, and those found anywhere in it.
# "Dichter Nebel lag am Samstagmorgen über dem Unterinntal, als ...": the weather of the moment before;
# "Dichter Nebel lag über dem Hof der Brauerei, die Lieferwagen standen still, ...": over a still life
# "Die Sonne stand noch tief über dem Tal, und ..., als sich ... ein Schneebrett löste", "Dichter Rauch
# hing noch am Vormittag über dem Talboden, und ..., als ...": the light or the air, then what happened
_WEATHER = (r"(?:[A-ZÄÖÜ]\w+\s+)?(?:Nebel|Dunkelheit|Stille|Regen|Schneeregen|Schneefall|Hitze|Kälte|Rauch"
            r"|Sonne|Dämmerung|Frost|Wind)")
# ("Dichter Nebel und einsetzender Schneeregen hüllten ... ein, als")
_WEATHER_WHEN = re.compile(rf"^{_WEATHER}(?:\s+und\s+{_WEATHER.replace('[A-ZÄÖÜ]', '[a-zäöü]')})?\s+"
                           # ("kurz nach 17.00 Uhr": a time's point is no sentence end)
                           r"(?:lag|hing|herrschte|fiel|stand|hüllte|hüllten)\b(?:[^.,]|(?<=\d)\.(?=\d))*"
                           r"(?:,\s+als\b|\süber\s[^.,]*,|,\s+und\b[^.;]*,\s+als\b)")
# "Als die Mitarbeiter am Montag um 6.30 Uhr ihre Computer hochfuhren, erschien ...": what they saw first
_WHEN_THEY_SAW = re.compile(r"^Als\s(?:[^,;.]|(?<=\d)\.){10,140},\s+(?:erschien|erschienen|standen|stand|war"
                            r"|waren|lag|lagen|hing|bot|sahen|sah|herrschte"
                            # "Als der Ball ... im Netz lag, verließen die ersten Zuschauer ...": the stands
                            r"|verließen|verließ|hielt|hielten|jubelten|jubelte|sprangen|sprang|tobte|tobten)\b")
_SCENE_OPENINGS = (_ROUTINE, _FAMILIAR, _POSE, _VISITOR, _SUSPENSE, _REACTION_SEEN, _BEFORE_AND_AFTER,
                   _IN_AND_OUT, _WEATHER_WHEN, _WHEN_THEY_SAW)
# "..., beugt sich über das Innenleben, misst, brummt, misst noch einmal.": someone at work, watched;
# "Jetzt liegt er aufgeschraubt auf einem Tisch ..., daneben ein Lötkolben": a still life
_AT_WORK = re.compile(r"\b[a-zäöüß]{3,}t,\s+[a-zäöüß]{3,}t,\s+[a-zäöüß]{3,}t\b(?:\s+noch\s+einmal)?\s*\.$"
                      r"|^(?:Jetzt|Nun)?\s*(?:liegt|liegen|steht|stehen|hängt|hängen)\s+(?:er|sie|es)\b[^.]*,"
                      r"\s+daneben\s+(?:ein|eine|einige|zwei|drei)\b")
# "Der große Schwurgerichtssaal war am Freitag bis auf den letzten Platz gefüllt": the room before the verdict
_PACKED = re.compile(r"^(?:Der|Die|Das)\s[^,]{0,70}?\b(?:war|ist|waren|sind)\s+(?:[\w.]+\s+){0,3}?"
                     r"(?:bis\s+auf\s+den\s+letzten\s+Platz\s+(?:gefüllt|besetzt)|voll\s+besetzt|brechend\s+voll)\b")
_SCENES_ANYWHERE = (_AMBIENCE, _GESTURE, _ARRIVAL, _AT_WORK, _PACKED)


# A match's result in the lead ("... mit 2:1 gewonnen", "... in einen 2:1-Heimsieg verwandelt") and
# what it means in the standings ("verbessert sich auf den siebenten Tabellenplatz", "bleibt mit neun
# Zählern Letzter"): after the result, the fact a sports desk reads first (readers asked for the
# table effect instead of the first goal or the coach's words).
SCORE = re.compile(r"\b\d{1,2}:\d{1,2}(?:-\w+)?\b(?!\s*(?:Stunden|Minuten|Uhr))")  # "3:1", "2:1-Sieg"
_STANDING = re.compile(r"\b(?:Tabellen\w*|Rang|Platz|Punkte[n]?|Zähler[n]?|Letzte[rn]?|Spitze)\b")
STANDING_BONUS = 0.3


def standings(lead: str, sentences: list[str]) -> list[int]:
    """The positions in ``sentences`` that tell the standings after the result ``lead`` tells."""
    if not SCORE.search(lead):
        return []
    return [n for n, text in enumerate(sentences) if _STANDING.search(text) and not SCORE.search(text)]


# "brachte X die Grazer in der 19. Minute in Führung", "traf zum 1:0 (34.)": one goal of a match
_GOAL = re.compile(r"\bin\s+der\s+\d{1,3}\.\s+Minute\b|\(\d{1,3}\.\)|\bin\s+Führung\b"
                   r"|\bzum\s+\d{1,2}:\d{1,2}\b")


def result_before_goal(standfirst: str, opener: str) -> bool:
    """``standfirst`` tells a match's result ("Sturm hat Rapid mit 3:1 besiegt") and the body's
    ``opener`` one goal of it ("... brachte X die Grazer in der 19. Minute in Führung"): the result
    is the news; the goal is how it came."""
    result = SCORE.search(standfirst)
    return bool(result and _GOAL.search(opener) and result.group(0) not in opener)


# "besiegten ... mit 4:2", "gewann 3:1": a match's result told with its score
RESULT_VERB = re.compile(r"\b(?:gewann|gewannen|gewonnen|siegte|siegten|besiegt\w*|bezwang\w*|bezwungen"
                         r"|verlor|verloren|unterlag\w*|schlug|schlugen|geschlagen)\b")


def standing_after(lead: str, sentence: str) -> bool:
    """``sentence`` tells the standings the result ``lead`` tells brought ("Sturm liegt damit vier
    Punkte vor Salzburg", "Der Vorsprung beträgt nun drei Punkte" after "Sturm hat Rapid mit 3:1
    besiegt"): "damit" and "nun" are that result."""
    then = re.search(r"\b(?:damit|nun)\b", sentence)
    return bool(SCORE.search(lead) and _STANDING.search(sentence) and then)




HOME_BONUS = 0.4


def home_angle(lead: str, sentences: list[str], home: tuple[str, ...], where: str = "") -> list[int]:
    """The positions in ``sentences`` that name the station's ``home`` (its country's words:
    "Österreicher", "Tirol", "Außenministerium") when the ``lead`` tells a story abroad and names
    none: a foreign story's meaning at home, which listeners ask for first. ``where``: more of the
    opening that may tell where abroad (a standfirst: "Heftige Unwetter haben in Friaul ...")."""
    if not home:
        return []
    names, abroad = _home_and_abroad(home)
    if names.search(lead) or not abroad.search(f"{where} {lead}"):
        return []  # a story at home, or not told where: no angle to add
    return [n for n, text in enumerate(sentences) if names.search(text)]


@lru_cache(maxsize=4)  # one station's home, asked for each item
def _home_and_abroad(home: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words naming ``home``, and those naming abroad (other countries, the other homes)."""
    abroad = [word for word in ABROAD + [w for words in HOMES.values() for w in words] if word not in home]
    return (re.compile(rf"\b(?:{'|'.join(map(re.escape, home))})\w*"),
            re.compile(rf"\b(?:{'|'.join(map(re.escape, abroad))})\w*"))


def home_words(home: str, timezone: str) -> tuple[str, ...]:
    """The words naming the station's home country: ``home`` ("Österreich"), or the one its
    ``timezone`` tells (Europe/Vienna) when ``home`` is empty; none for "none" or another zone."""
    country = home or HOME_OF_TIMEZONE.get(timezone, "")
    return tuple(HOMES.get(country, ()))

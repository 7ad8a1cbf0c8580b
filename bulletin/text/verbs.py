"""Which words of a German sentence are finite verbs, told without a tagger: closed lists of the
auxiliaries, modals and the verbs news copy uses most (with the strong verbs' past forms under an
inseparable prefix: "unterlag", "übernahm"), Konjunktiv I, and a little morphology for the rest
(grammar.py builds on it; scripts/eval_editorial.py --verbs compares it with the HanTa tagger).
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[\w]+(?:-[\w]+)*|[^\w\s]")

# Finite forms of the auxiliaries, modals and the verbs news copy uses most, in the forms a news
# sentence has (3rd person, present and past, Konjunktiv I and II). Lower case.
_FINITE = frozenset(
    """ist sind war waren wäre wären sei seien bin bist seid hat haben habe hatte hatten hätte hätten
    hast habt wird werden werde wurde wurden würde würden wirst worden ward kann können könne konnte
    konnten könnte könnten muss müssen müsse musste mussten müsste müssten soll sollen solle sollte
    sollten will wollen wolle wollte wollten darf dürfen dürfe durfte durften dürfte dürften mag
    mögen möge mochte möchte möchten gibt gab gaben gebe gäbe geht ging gingen gehe kommt kam kamen
    komme käme steht stand standen stehe stünde liegt lag lagen liege läge bleibt blieb blieben
    bleibe gilt galt galten gelte heißt hieß hießen heiße lässt ließ ließen lasse sieht sah sahen
    sehe tut tat taten tue weiß wusste wussten wisse fällt fiel fielen falle hält hielt hielten
    halte trägt trug trugen nimmt nahm nahmen nehme gewinnt gewann gewannen verliert verlor verloren
    bringt brachte brachten denkt dachte dachten findet fand fanden finde spricht sprach sprachen
    schreibt schrieb schrieben zieht zog zogen beginnt begann begannen trifft traf trafen hilft half
    halfen läuft lief liefen fährt fuhr fuhren erhält erhielt erhielten enthält enthielt entschied
    entschieden entscheidet steigt stieg stiegen sinkt sank sanken wächst wuchs fliegt flog flogen
    stirbt starb starben schließt schloss schlossen verbietet verbot bietet bot boten erscheint
    erschien erschienen scheint schien schienen wirft warf warfen rief riefen ruft gelingt gelang
    gelangen geschieht geschah gehört gehören gerät geriet gefällt gefiel bekommt bekam bekamen
    versprach verspricht betrifft betraf besteht bestand entsteht entstand versteht verstand wies
    wiesen weist schlägt schlug schlugen wird's gibt's nennt nannte nannten kennt kannte kannten
    rennt rannte brennt brannte sitzt saß saßen stimmt fehlt lautet lautete heißen gelten stehen
    liegen bleiben gehen kommen fallen sterben steigen sinken trat traten schoss schossen bezog
    bezogen strich strichen schwieg stieß lud hing sprang sang rang bat las vergaß stammten
    passieren zählen fehlen folgen führten warten hoffen maß saß verließ verließen ergab ergaben
    ergibt betrug betrugen entspricht entsprach beschrieb beschrieben träfe träfen beträfe beträfen
    plant riet rät wandte sandte griff griffen litt stritt schnitt glich wich riss biss log bog floh
    flohen verschwand verschwanden gewähren gewährt gehören gelingen gewinnen gestehen gesteht
    genießen genießt gefallen geraten geschehen gedenkt belief beliefen betrieb betrieben hob hoben""".split()
)
# The past of strong verbs under an inseparable prefix: "unterlag", "übernahm", "erlag" (a capital
# makes the noun: "der Vertrag"; "ge-" is left out: "geblieben" is a participle).
_STRONG_PAST = """lag lagen gab gaben nahm nahmen kam kamen sah sahen fiel fielen hielt hielten trug trugen
    zog zogen warf warfen sprach sprachen stand standen ging gingen fand fanden schrieb schrieben traf
    trafen schlug schlugen stieg stiegen blieb blieben wies wiesen rief riefen lief liefen schloss
    schlossen bot boten hob hoben brach brachen las bat zwang zwangen warb warben trieb trieben fing fingen
    wand wanden""".split()
# (the bare past too: "Zwei Jahre lang warb er für die Fusion")
_FINITE = _FINITE | set(_STRONG_PAST) | {
    prefix + past for prefix in ("be", "emp", "ent", "er", "ver", "zer", "miss", "über", "unter", "wider",
                                 "hinter") for past in _STRONG_PAST}
# Konjunktiv I: the mark of reported speech ("Er sei krank, sagte sie").
KONJUNKTIV_I = frozenset(
    """sei seien habe werde könne müsse solle wolle dürfe möge gebe gelte liege stehe gehe komme bleibe
    wisse lasse halte falle sehe trage nehme heiße gehöre fehle brauche wähle führe plane spiele zeige
    handle handele stimme bestehe entstehe erhalte arbeite befinde entspreche bedeute mache lege
    setze stelle sorge rechne denke finde glaube hoffe drohe verfüge verliere gewinne beginne treffe
    biete verbiete schließe erlaube laufe reiche sehe ergebe schildere wachse leide steige sinke
    sterbe helfe spreche""".split()
)
# Lower-case words ending like a verb that are not verbs.
_NOT_VERBS = frozenset(
    """nicht jetzt erst selbst fast längst sonst meist zuletzt mit seit statt gut weit breit bekannt
    recht echt leicht schlecht laut oft samt insgesamt nebst just hart zart kaputt flott satt glatt
    nett spät bunt tot rot sanft sacht gesamt heute bitte mitte erste letzte beste meiste zweite dritte
    vierte fünfte sechste siebte achte neunte zehnte weite breite rechte echte leichte schlechte harte
    späte geheim geeignet gerecht geschickt gewiss gering genug geplant gezielt gleichzeitig exakt
    direkt korrekt perfekt konkret abstrakt komplett konzentriert interessiert absolut zurzeit
    derzeit bereit gelegentlich breitet wegen gegen morgen oben unten neben zwischen innen außen
    hinten drüben offen eben sieben acht selten zusammen dessen denen deren indessen stattdessen deswegen
    infolgedessen trotzdem einen keinen meinen seinen ihren unseren diesen jenen allen welchen solchen
    manchen jeden beiden anderen weiteren vielen wenigen einigen mehreren ersten letzten nächsten
    eigenen neuen alten großen kleinen hohen rund etwa knapp binnen entgegen dagegen zufolge
    namens seitens anstatt trotz jedenfalls ebenfalls bislang bisher vorerst zunächst zugleich
    sowie sowohl beziehungsweise hingegen allerdings überhaupt zumindest jüngst höchst zuerst umsonst besten
    meisten wenigsten größten kleinsten höchsten neuesten vielleicht""".split()
)
_DETERMINERS = frozenset(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
    sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere dieser diese diesen diesem
    dieses jener jene jenen jede jeden jedem jeder jedes alle allen aller beiden zum zur im am vom beim
    ins ans aufs mit von zu zur für bei nach aus in an auf über unter vor hinter neben zwischen durch
    gegen ohne um seit bis ab wegen trotz während laut per pro je samt als wie sehr""".split()
)
_SEPARABLE = (r"ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|statt"
              r"|teil|frei|hoch|bekannt|fern|hervor|heraus|herein|hinzu|hinaus|voran|vorbei|wieder|weiter"
              r"|dar|um|durch|über|unter|gegenüber|entgegen|kennen|stand|fehl|hinweg|lahm|still|offen|klar")
_PARTICIPLE = re.compile(rf"^(?:{_SEPARABLE})?ge\w{{2,}}(?:t|en)$")
# A past participle, the second part of a perfect or pluperfect: "beschlossen", "vorgestellt",
# "eingelenkt", "erhöht", "anerkannt", "informiert" (days.py and news.py look for it at a clause's
# end; _PARTICIPLE above is the narrower test of one word, where "verkauft" may be finite).
PARTICIPLE = (rf"(?:(?:{_SEPARABLE})?ge[a-zäöüß]{{2,}}(?:t|en)"
              rf"|(?:{_SEPARABLE})?(?:be|ver|er|ent|zer|emp|miss)[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert)")
_ZU_INFINITIVE = re.compile(rf"^(?:{_SEPARABLE})zu\w{{3,}}en$")


_ADVERBS_LIKE_ADJECTIVES = frozenset(
    "zudem trotzdem außerdem indem nachdem seitdem aber oder immer wieder später früher weiter unter "
    "über hinter nun dann wenn denn einmal erneut sie wie je nie zufolge gegenüber entsprechend".split()
)


# "Diese führte nach ...", "all das kulminierte jetzt": a demonstrative standing alone, then a verb in
# the past; an adjective after an article is followed by its noun or another adjective.
_STANDING_ALONE = frozenset("der die das dieser diese dieses jener jene jenes".split())
_AFTER_A_VERB = frozenset("""der die das den dem des ein eine einen einem einer eines sein seine seinen ihr
    ihre ihren zum zur im am vom beim ins mit von zu für bei nach aus in an auf über unter vor durch gegen
    um bis sich er sie es ihn ihm ihnen uns nur jetzt auch nicht nie noch schon bereits dann damals nun
    gestern später zuvor sofort daraufhin erneut wieder kaum bald dort hier""".split())


def verb_like(word: str, before: str, after: str = "") -> bool:
    """A lower-case word that looks like a finite verb in a sentence without a listed one;
    ``before`` is the token before it ("," when a comma stands between), ``after`` the one after."""
    # a pronoun ends in "-er" too, but no adjective stands before a verb: "Auch er betonte, ..."
    adjective_before = before.isalpha() and before.islower() and before not in ("er", "ihr", "wir")
    before = before.lower()
    if word in _NOT_VERBS or len(word) < 4 or before == "zu":
        return False
    if _PARTICIPLE.match(word):  # "gelangten sie auf die Seiten": a verb of "ge-", its subject after it
        return word.endswith(("te", "ten")) and after in _SUBJECT_PRONOUNS and before not in _DETERMINERS
    if _ZU_INFINITIVE.match(word):
        return False
    if re.search(r"(?:ant|[^i]ent|keit|heit|ung|ist|[^sö]ste)$", word):
        return False  # "relevant", "Zeitung" in lower case, "bekannteste"; not "passte", "rüsten"
    if word.endswith(("e", "en")):  # an inflected adjective: "die geplante", "und illegalen"
        if word.endswith("en") and before in ("das", "dies", "man"):
            return True  # "Das teilten die Stadtwerke mit": after "das" an adjective ends in -e
        # "Diese führte nach ...", "Einer von ihnen bedrohte die Angestellte und forderte die ...": a
        # past before what a verb takes, after no article (an adjective stands between article and noun)
        past = word.endswith(("te", "ten")) and after in _AFTER_A_VERB and (
            before in _STANDING_ALONE or before not in _DETERMINERS)
        if past:
            return True
        if before in _DETERMINERS or before in ("und", "oder", "sowie", "bzw"):
            return False
        if adjective_before and before.endswith(("e", "en", "er", "es", "em")) \
                and before not in _ADVERBS_LIKE_ADJECTIVES:
            return False  # after another adjective: "die kleinen grünen"
    return bool(re.search(r"(?:[^aeiouäöü]t|[aeä]?ut|et|te|ten|[^e]en|ern|eln)$", word))  # "baut", "freut"


def is_finite_form(word: str) -> bool:
    """One of the listed finite forms ("ist", "würden", "sei"), lower case."""
    return word in _FINITE or word in KONJUNKTIV_I


ARTICLES = frozenset("der die das den dem des ein eine einen einem einer eines".split())
_SUBJECT_PRONOUNS = frozenset("ich du er sie es wir ihr man".split())
_SO_MUCH = frozenset("lange viel viele oft weit hoch teuer schnell".split())


def finite_verbs(sentence: str) -> list[str]:
    """The words of ``sentence`` taken for finite verbs, in order."""
    tokens = _TOKEN.findall(sentence)
    found = []
    for i, token in enumerate(tokens):
        if not (token[0].islower() and token.isalpha()):
            continue  # nouns and names are written with a capital ("Gerät", "Folgen")
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if (i > 1 and tokens[i - 1] in ARTICLES and token not in _FINITE and following not in ARTICLES
                and re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es|em)", following)):
            continue  # "bei der verbürgt hohen Qualität": an adverb between article and adjective
        before = tokens[i - 1] if i else ""
        so_much = (i > 1 and tokens[i - 2] == "So" and before in _SO_MUCH  # "So lange schlafen Jugendliche"
                   and token not in _DETERMINERS and token not in _NOT_VERBS)
        if token in _FINITE or token in KONJUNKTIV_I or so_much or verb_like(token, before, following):
            found.append(token)
    return found


def has_finite_verb(sentence: str) -> bool:
    """True if ``sentence`` has a finite verb: "Die Chancen schwinden." yes, "Planlos, aber voll
    dabei." and "Beamter schwer verletzt – Angreifer festgenommen." no."""
    return bool(finite_verbs(sentence))

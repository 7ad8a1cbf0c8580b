"""The news of its day, told after background, leads.

Agency copy may open with what has lasted ("Seit Jahren kämpft Österreich in Brüssel gegen ...", "Die
Bäckerei Pirkhofer wurde 1911 gegründet ...", "Die Preise für Schnittholz sind seit dem Vorjahr ...
gefallen") and tell its news four or five sentences on, on its day: "Am Dienstag haben sich die
EU-Verkehrsminister nun auf ... geeinigt", "Am Montag hat das Unternehmen nun ... beantragt". Read in
order, the listener hears the background as the news and the news as an afterthought (every blind
reader asked for it first). That sentence leads, subject first ("Die EU-Verkehrsminister haben sich am
Dienstag ... geeinigt"), its subject said so that it says who: a firm by its name ("das Unternehmen" ->
"Die Bäckerei Pirkhofer" from the lead, "das Sägewerk" -> "Das Sägewerk Brunnauer" from the
headline), a person by the office the headline names ("der 61-Jährige" -> "Der Bürgermeister von
Heidenreichsdorf").

Only where the lead tells what lasts (openers.BACKGROUND, the past perfect, "seit", "seither", a
founding year) and names no day of its own; and only the first sentence within FEATURE_SEARCH that
opens with its day ("Am Dienstag", "Am Montagabend") and says "nun" or has the headline's subject.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.text.antecedents import people_named
from bulletin.text.event_place import is_office
from bulletin.text.firms import FIRM_WORDS, FOUNDED, firm_genitive, firm_named
from bulletin.text.genre import sets_a_scene
from bulletin.text.grammar import before_verb, finite_verbs, opening_reference
from bulletin.text.headline_names import thing_named
from bulletin.text.leads import FEATURE_SEARCH
from bulletin.text.news import WEEKDAYS, past_perfect
from bulletin.text.offices import by_office, cause_of_leaving, office_holder, with_firm_headed
from bulletin.text.openers import BACKGROUND
from bulletin.text.pronoun_news import ANY, ITS_MANAGEMENT, background_subject
from bulletin.text.units import Unit
from bulletin.text.verdicts import verdict

# "Am Montagabend zog der 61-Jährige nun ...", "Am Dienstag hat Statistik Austria ...": its day first;
# "Noch am selben Abend zog der 63-Jährige ...": the day of the sentence before it; "Kurz nach 20 Uhr trat
# er zurück": a person's news at a clock time
DAY_PART = rf"(?:{WEEKDAYS})(?:abend|morgen|nachmittag|vormittag|mittag)?"  # "Montagabend"
_AT_CLOCK = r"(?:nach |vor |um )?\d{1,2}(?:\.\d\d)? Uhr"  # "nach 20 Uhr", "um 14.30 Uhr"
_DAY_FIRST = re.compile(rf"^(?:Am (?P<day>{DAY_PART})"
                        r"|(?:Noch )?[Aa]m (?:selben|gleichen) (?P<part>Abend|Tag|Nachmittag)"
                        r"|(?:Noch )?(?:in|während) der (?P<meeting>(?:Sonder)?[Ss]itzung|Versammlung)"
                        rf"|(?P<clock>(?:Kurz |Gegen )?{_AT_CLOCK})) "
                        r"(?P<verb>[a-zäöüß]+) (?P<sich>sich )?"
                        r"(?P<subject>(?P<article>der|die|das) (?:[a-zäöü][\w-]* ){0,2}"
                        r"(?P<noun>(?:\d+-)?[A-ZÄÖÜ][\w-]+)"
                        r"|(?P<pronoun>er|sie)|[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)"
                        r" (?P<now>nun )?(?P<rest>[a-zäöüß].*)$")
# "Nun zieht der Intendant die Konsequenzen: Am Donnerstag legte er ...": a kicker naming the role, the
# news of its day after its colon
_KICKER = re.compile(r"^(?:Nun|Jetzt) (?:zieht|zog) (?:der|die) [A-ZÄÖÜ][\w-]+ die Konsequenzen: (?=Am )")
_ON_WEEKDAY = re.compile(rf"\b[Aa]m (?P<day>{WEEKDAYS})\b")
# "zog ... die Konsequenzen und kündigte seinen Rücktritt an": what the second verb says, the first
# only announces
_DREW_CONSEQUENCES = re.compile(r"^(?:(?:dennoch|trotzdem|schließlich) )?die Konsequenzen"
                                r" und (?P<front>)(?P<verb>[a-zäöüß]+) ")
# "zog er die Konsequenzen: In einer Sitzung erklärte er seinen Rücktritt": the act after the colon
_CONSEQUENCES_COLON = re.compile(r"^die Konsequenzen: (?P<front>(?:In|Bei|Vor|Während|Nach) [^,:]*?)"
                                 r" (?P<verb>erklärte|verkündete|gab|legte|kündigte|bot) (?:er|sie) ")
_HAS_DRAWN = re.compile(r"^die Konsequenzen gezogen und ")  # "hat ... die Konsequenzen gezogen und ..."
# "Im vollbesetzten Sitzungssaal wurde es plötzlich still, als der Bürgermeister ...": a scene, news after it
_HUSH_WHEN = re.compile(r"\b(?:wurde|war) es (?:plötzlich |schlagartig |ganz |auf einmal )?"
                        r"(?:still|ruhig|laut),\s+als\b")
# "eine Erhöhung beschlossen": a change that says not of what (the background before it did)
CHANGE_OF_WHAT = re.compile(r"\b(?:eine|die)\s+(?:Erhöhung|Senkung|Kürzung|Anhebung|Änderung|Reform"
                             r"|Verlängerung|Novelle)\b(?!\s+(?:des|der|von|für|um|beim?)\b)")
# what lasts: "seit dem Vorjahr", "ist seither in Familienbesitz", "wurde 1911 gegründet"
_LASTING = re.compile(r"\b(?:[Ss]eit|seither)\b|\bin den (?:vergangenen|letzten) \w+ Jahren\b"
                      r"|\b(?:\d+|(?i:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|zwanzig"
                      r"|viele)) (?:Jahre|Jahrzehnte) lang\b|\b[Jj]ahrelang\b|\büber (?:viele )?Jahre\b")
# a firm's or a body's profile: "Die Ticketplattform X gehört zu den größten Anbietern ..."
_PROFILE = re.compile(r"\b(?:gehört|gehören|zählt|zählen)\s+zu\s+den\s+(?:größten|führenden|bekanntesten"
                      r"|ältesten|wichtigsten)\b|\b(?:ist|sind|galt|gilt)\s+(?:als\s+)?(?:einer|eine|eines)\s+der"
                      r"\s+(?:größten|führenden|ältesten|erfolgreichsten)\b")
_A_DAY = re.compile(rf"\b(?:{WEEKDAYS})\w*|\b(?:heute|gestern)\b|\bam\s+\d{{1,2}}\.")
# the lead's subject, a firm by what it is and its name: "Die Bäckerei Pirkhofer wurde 1911 gegründet", "Die
# Holzindustrie Gruber & Söhne zählt ..."
_FIRM_NAMED = re.compile(r"(?:Der|Die|Das)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?(?P<kind>[A-ZÄÖÜ][\w-]+)\s+[A-ZÄÖÜ][\w-]+"
                         r"(?:\s+&\s+[A-ZÄÖÜ][\w-]+)?(?=\s+[a-zäöüß])")
# a person said by age or party ("der 61-Jährige", "der ÖVP-Politiker"): who, the headline's office says
_PERSON = re.compile(r"\d+-Jährige|(?:[A-ZÄÖÜ]+-)?Politiker(?:in)?")


def _without_scene(units: list[Unit], news: Unit) -> list[Unit]:
    """``units`` without a lead that sets a scene ("Im vollbesetzten Sitzungssaal wurde es plötzlich still,
    als ...") when nothing leans on it: once the ``news`` leads, the scene tells nothing."""
    if not units or units[0].index == news.index or not (sets_a_scene(units[0].text)
                                                          or _HUSH_WHEN.search(units[0].text)):
        return units
    leaning = any(units[0].index in (u.needs, *u.or_else, *u.also) for u in units[1:])
    return units if leaning else units[1:]


def background_lead(lead: str) -> bool:
    """The lead tells what lasts (openers.BACKGROUND, the past perfect, "seit", a founding year) and
    names no day of its own, or sets a scene ("Im vollbesetzten Sitzungssaal wurde es still, als ..."): the
    news of its day may come further on."""
    lasting = BACKGROUND.match(lead) or past_perfect(lead) or _LASTING.search(lead) or FOUNDED.search(lead) \
        or _PROFILE.search(lead)
    return bool(lasting) and not _A_DAY.search(lead) or sets_a_scene(lead) or bool(_HUSH_WHEN.search(lead))


def day_news(units: list[Unit], headlines: tuple[str, ...]) -> Unit | None:
    """The unit telling the news of its day after a background lead, said as a lead (subject first,
    the subject saying who); or None. ``headlines``: the headline and a standfirst not read."""
    lead = units[0].text if units else ""
    if not background_lead(lead):
        return None
    for unit in units[1:FEATURE_SEARCH]:
        kicker = _KICKER.match(unit.text)  # (its role says whom "er" means: the headline's office)
        told = unit.text[kicker.end():] if kicker else unit.text
        match = _DAY_FIRST.match(told)
        if not match:
            continue
        if finite_verbs(told)[:1] != [match["verb"]] or unit.also:
            return None
        named = {p for u in units[:unit.index] for p in people_named(u.text)} or office_holder(headlines)
        # (no one named at all: "er" is whom the headline names by office, "Bürgermeister von X tritt zurück")
        by_office_alone = not named and match["pronoun"] == "er" and " von " in by_office(headlines, "")
        person = named.pop() if len(named) == 1 else _lead_person(lead, named)
        pronoun = match["pronoun"]
        recent = units[max(1, unit.index - 3):unit.index]
        if pronoun and not (kicker or by_office_alone or _whom_he_means(person, pronoun, recent)):
            return None
        before = [u.text for u in units[:unit.index]]
        subject, when = _who(match, before, headlines, person), _when(match, units, unit)
        said_in_headline = _headline_news(match, subject, headlines)
        rest = re.sub(r"\bnun\s+", "", match["rest"], count=1)  # ("... in Brüssel nun auf ... geeinigt")
        if not subject or not when or not (match["now"] or rest != match["rest"] or said_in_headline) \
                or CHANGE_OF_WHAT.search(rest):  # ("... eine Erhöhung beschlossen": of what?)
            return None
        verb, consequences = match["verb"], _DREW_CONSEQUENCES.match(rest) or _CONSEQUENCES_COLON.match(rest)
        if verb == "zog" and consequences:  # ("In einer Sitzung erklärte er": "erklärte ... in einer ...")
            front = consequences["front"][:1].lower() + consequences["front"][1:]
            verb, rest = consequences["verb"], f"{front} {rest[consequences.end():]}".lstrip()
        rest = _HAS_DRAWN.sub("", rest) if verb in ("hat", "haben") else rest
        news = f"{subject} {verb} {match['sich'] or ''}{when} {rest}"
        if verdict(0, [news]) != (None, "") or opening_reference(news):
            return None
        return Unit(unit.index, news, min_new=unit.min_new)
    return _after_kicker(units, headlines)


def lead_named(units: list[Unit], headlines: tuple[str, ...]) -> list[Unit]:
    """``units`` with a lead telling a person's news on its day by age or "er" (the background that named
    them not read: "Am Montag trat der 61-Jährige nun zurück.") said with the one office-holder the
    ``headlines`` name: "Der Bürgermeister Herbert Muster trat am Montag zurück."; else as they are."""
    match = _DAY_FIRST.match(units[0].text) if units else None
    holders = office_holder(headlines)
    if not match or not match["day"] or len(holders) != 1:
        return units
    if not (match["pronoun"] or _PERSON.fullmatch(match["noun"] or "") and match["article"] == "der"):
        return units
    person = holders.pop()
    subject = by_office(headlines, person)
    rest = re.sub(r"\bnun\s+", "", match["rest"], count=1)
    rest = f"{cause_of_leaving(headlines)} {rest}".lstrip()  # ("nach einer Umwidmungsaffäre", if said)
    news = f"{subject} {match['verb']} {match['sich'] or ''}am {match['day']} {rest}"
    if person not in subject or verdict(0, [news]) != (None, "") or opening_reference(news):
        return units
    return [replace(units[0], text=news), *units[1:]]


# "Nun haben die Angreifer ihre Drohung wahr gemacht: Seit Mittwoch sind Daten ... abrufbar": a kicker, the
# news after its colon (not "Jetzt hat das Landesgericht Linz geurteilt: ...", a kicker that names who:
# lead_news says it whole)
_NOW_KICKER = re.compile(r"^(?:Nun|Jetzt) (?![^:]*\b(?:der|die|das) [A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ])[^:\d]{5,80}:"
                         r"\s+(?P<news>[A-ZÄÖÜ][^:]+)$")


def _after_kicker(units: list[Unit], headlines: tuple[str, ...]) -> Unit | None:
    """The news told after a kicker's colon soon after the background lead, said from the colon, "er"
    after a role said by the headline's office and the name (_role_said); or None."""
    for unit in units[1:FEATURE_SEARCH]:
        kicker = _NOW_KICKER.match(unit.text)
        news = kicker["news"] if kicker and not unit.also and not unit.or_else else ""
        news = _role_said(news, unit.text, units[:unit.index], headlines) if news else ""
        news = thing_named(news, units[0].text, headlines)  # ("Der Dienst wird eingestellt": which?)
        if news and finite_verbs(news) and verdict(0, [news]) == (None, "") and not opening_reference(news):
            return Unit(unit.index, news, min_new=unit.min_new)
    return None


# "Nun zieht der Intendant die Konsequenzen: Er legt seine Funktion ... zurück": the role the kicker names,
# whom the news after its colon calls "er" or "sie"
_KICKED_ROLE = re.compile(r"^(?:Nun|Jetzt) [a-zäöüß]+ (?P<article>der|die) (?P<role>[A-ZÄÖÜ][\w-]+) [^:]*:"
                          r" (?P<pronoun>Er|Sie) (?=[a-zäöüß])")


def _role_said(news: str, text: str, before: list[Unit], headlines: tuple[str, ...]) -> str:
    """``news`` (after the kicker's colon in ``text``) with its "Er" or "Sie" said as the headline's office
    and the one person the sentences ``before`` name: "Der Intendant des Theaters an der Enns, Matthias
    Brandstätter, legt ..."; as it is otherwise, and "" when that cannot say whom it means."""
    kicked = _KICKED_ROLE.match(text)
    if not kicked:
        return news
    named = {p for u in before for p in people_named(u.text)}
    office = by_office(headlines, next(iter(named))) if len(named) == 1 and is_office(kicked["role"]) else ""
    if (kicked["article"] == "der") != (kicked["pronoun"] == "Er") or not office.startswith(
            f"{kicked['article'].capitalize()} {kicked['role']}"):
        return ""
    return f"{office} {news[len(kicked['pronoun']) + 1:]}"


def _who(match: re.Match, before: list[str], headlines: tuple[str, ...], person: str) -> str:
    """The news's subject as a lead says it: a firm or a person named (by the headline's office and
    the ``person`` the sentences before it name), else as it is; "" when it cannot say who."""
    subject, noun = match["subject"], match["noun"] or ""
    said = subject[0].upper() + subject[1:]
    if noun.lower().endswith(FIRM_WORDS):
        of_noun = re.compile(rf"\b{re.escape(noun)}\s+([A-ZÄÖÜ][\w-]+)")
        named = next((found for h in headlines if (found := of_noun.search(h))), None)
        if named:  # "Holzindustrie unter Druck, Sägewerk Brunnauer insolvent"
            return f"{said} {named[1]}"
        firm = _FIRM_NAMED.match(before[0])
        kind = firm["kind"].lower() if firm else ""
        return firm[0] if firm and kind.endswith(FIRM_WORDS) else ""
    if noun in ITS_MANAGEMENT:  # "Die Geschäftsführung des Zulieferers X", of the firm named
        firm = firm_named(headlines, before)
        if firm:
            return f"{said} {firm_genitive(firm[0])} {firm[1]}"
    if match["pronoun"] or _PERSON.fullmatch(noun) and match["article"] == "der":
        office = by_office(headlines, person)
        return with_firm_headed(office, person, before) or office or (person if match["pronoun"] else "")
    if is_office(noun) and person and by_office(headlines, person):  # (the headline's office-holder)
        return f"{said} {person}"  # "Der Bürgermeister Herbert Walcher" (with_office_place: of where)
    return said


def surname_news(units: list[Unit], headlines: tuple[str, ...]) -> Unit | None:
    """The news of the person a background lead named in full, told by the surname on its day further
    on ("Aichhorn legt seine Funktion mit Ende Jänner zurück, wie er am Donnerstag ... mitteilte."),
    said as a lead with the headline's office and the full name: "Der Intendant der Welser
    Kammerbühne, Clemens Aichhorn, legt ..."; or None."""
    lead = units[0].text if units else ""
    subject, pronoun = background_subject(lead)
    if pronoun != ANY or not background_lead(lead):
        return None
    surname = subject.split()[-1]
    for unit in units[1:FEATURE_SEARCH]:
        words = unit.text.split()
        if words[0] != surname or unit.also or unit.needs not in (None, units[0].index):
            continue
        said = by_office(headlines, subject)
        if finite_verbs(unit.text)[:1] != words[1:2] or not _A_DAY.search(unit.text) or not said:
            return None
        news = f"{said} {' '.join(words[1:])}"
        if verdict(0, [news]) != (None, "") or opening_reference(news):
            return None
        return Unit(unit.index, news, min_new=unit.min_new)
    return None


# "Seit Wochen stand er jedoch in der Kritik, ...": "er" among its first words, the subject
_HE_EARLY = re.compile(r"^(?:\S+\s+){0,4}?(?:[Ee]r|[Ss]ie)\b")
_OFFICE_EARLY = re.compile(r"\b(?:der|die)\s+(\d+-Jährige|[A-ZÄÖÜ][\w-]+)\b")
_ROLE_ALONE = re.compile(r"\b(?:der|die)\s+([A-ZÄÖÜ][\w-]+)\b(?!\s+[A-ZÄÖÜ])")  # ("der Manager", not "der
# Landeshauptmann Herbert X": someone else)
_ROLES = frozenset(("Manager", "Managerin", "Unternehmer", "Unternehmerin", "Ortschef", "Ortschefin"))
_BUT = re.compile(r"(?<=\s)(?:jedoch|aber|allerdings)\s+(?=\S)")


def read_after_lead(units: list[Unit], news: Unit) -> list[Unit]:
    """``units`` as read once ``news`` leads: without a scene that led (_without_scene), those leaning on the
    lead first (_leaning_on_lead)."""
    return _leaning_on_lead(_without_scene(units, news), news)


def _leaning_on_lead(units: list[Unit], news: Unit) -> list[Unit]:
    """``units`` with those that say "er" of the one person the unit they need names ("Seit Wochen stand er
    in der Kritik" after "Josef Hollerer hatte die Gemeinde seit 2005 geführt") needing the ``news``
    instead, when it names that person in full and leads: "er" is clear after it, the profile is not needed
    (nor the "jedoch" that set it against the profile: "Seit Wochen stand er in der Kritik"). Those come
    first: they tell more of the news (why he resigned) than the profile does."""
    named = people_named(news.text)
    if len(named) != 1:
        return units
    by_index = {u.index: u for u in units}
    surname = re.compile(rf"\b{re.escape(next(iter(named)).split()[-1])}\b")

    def of_the_person(unit: Unit, words: int = 6) -> bool:  # "Im Herbst geriet Leitgeb", "stand der Ortschef"
        early = " ".join(unit.text.split()[:words])  # (its subject: "Bei der Wahl hatte der 63-Jährige")
        aged = any(is_office(noun) or noun.endswith("-Jährige") for noun in _OFFICE_EARLY.findall(early))
        return bool(surname.search(early) or aged or _HE_EARLY.match(unit.text))

    def names_only_them(unit: Unit | None) -> bool:  # ("Alois Muster stand ...": who "der 66-Jährige" is)
        return unit is not None and people_named(unit.text) == named

    def leans(unit: Unit) -> bool:  # (on a profile told before the news, naming no one else)
        needed = by_index.get(unit.needs) if unit.needs is not None else None
        if unit.or_else or not of_the_person(unit):
            return False
        if not all(names_only_them(by_index.get(i)) for i in unit.also):
            return False
        # (naming no one else, or others only after the person as its subject: "X war ... Vertraute von Y")
        while needed is not None and needed.index < news.index and (
                not people_named(needed.text) - named or surname.search(before_verb(needed.text))):
            if surname.search(needed.text) or needed.needs == news.index or of_the_person(needed, 8):
                return True
            needed = by_index.get(needed.needs) if needed.needs is not None else None  # ("Der Landwirt galt")
        return False

    leaning = [replace(u, needs=news.index, also=(), text=_BUT.sub("", u.text, count=1))
               for u in units if leans(u)]
    moved = {u.index for u in leaning}
    return [*leaning, *(u for u in units if u.index not in moved)]  # (read right after the news)


# "kurz nach 20 Uhr": a clock time said after a verb; "am Montagabend": a day in a scene
_CLOCK = re.compile(rf"\b(?:[Kk]urz |[Gg]egen )?{_AT_CLOCK}\b")
_SCENE_DAY = re.compile(rf"\bam (?P<day>{DAY_PART})\b")


def with_scene_day(lead: str, sentences: tuple[str, ...]) -> str:
    """A ``lead`` telling news at a clock time and on no day ("..., trat kurz nach 20 Uhr zurück") with the
    day of the scene the article set before it, which is not read ("Dichter Nebel lag am Montagabend über
    dem Hauptplatz, als ..."): "trat am Montagabend kurz nach 20 Uhr zurück"; else ``lead``."""
    clock = _CLOCK.search(lead)
    if not clock or _A_DAY.search(lead):
        return lead
    told = next((i for i, s in enumerate(sentences) if clock[0].lower() in s.lower()), 0)
    scene = next((found for s in reversed(sentences[:told]) if sets_a_scene(s)
                  and (found := _SCENE_DAY.search(s))), None)
    if not scene:
        return lead
    if clock.start() == 0:  # "Kurz nach 6.40 Uhr bremste ..." -> "Am Freitagmorgen kurz nach 6.40 Uhr ..."
        return f"Am {scene['day']} {lead[0].lower()}{lead[1:]}"
    return f"{lead[:clock.start()]}am {scene['day']} {lead[clock.start():]}"


def _headline_news(match: re.Match, subject: str, headlines: tuple[str, ...]) -> bool:
    """The news is the headline's: its subject's noun is there, or it is told of the one the headline
    names (a person by the headline's office; the management of the headline's firm, with a headline
    figure: "Motorenzulieferer Kronthaler baut in Steyr 180 Stellen ab")."""
    noun = match["noun"] or ""
    if (noun and any(noun in h for h in headlines)) or match["pronoun"]:
        return True
    if _PERSON.fullmatch(noun) and subject:  # (_who said them by the headline's office)
        return True
    figures = {n for h in headlines for n in re.findall(r"\d[\d.,]*\d|\d", h)}
    told = any(re.search(rf"\b{re.escape(n)}\b", match["rest"]) for n in figures)
    return noun in ITS_MANAGEMENT and " des " in subject and told


def _when(match: re.Match, units: list[Unit], unit: Unit) -> str:
    """When the news was, as said after its verb: its own day ("am Montagabend"), "am selben Abend" of the
    sentence it follows, which says the day ("Bei der Volksbefragung am Sonntag ..." -> "am
    Sonntagabend"), a person's clock time ("kurz nach 20 Uhr"); else ""."""
    if match["day"]:
        return f"am {match['day']}"
    if match["clock"]:  # (a person's: "Kurz nach 20 Uhr trat er zurück", not a firm's day)
        person = match["pronoun"] or _PERSON.fullmatch(match["noun"] or "")
        return match["clock"][0].lower() + match["clock"][1:] if person else ""
    if match["meeting"]:  # "Noch in der Sitzung" after "Bei einer Sondersitzung ... am Montagabend"
        day = _SCENE_DAY.search(units[unit.needs].text) if unit.needs is not None else None
        return f"am {day['day']}" if day else ""
    before = _ON_WEEKDAY.search(units[unit.needs].text) if unit.needs is not None else None
    if not before:
        return ""
    return f"am {before['day']}" + ("" if match["part"] == "Tag" else match["part"].lower())


def _whom_he_means(person: str, pronoun: str, before: list[Unit]) -> bool:
    """ "er" (or "sie") means ``person``, the one the sentences before named, when one of the (up to three)
    ``before`` it names them again, says "er"/"ihm" ("Im Herbst geriet Leitgeb unter Druck ... warfen ihm
    Befangenheit vor. Am Dienstag gab er ... seinen Rücktritt bekannt."), "sie"/"ihr", or their role ("Zuletzt
    geriet der Manager unter Druck")."""
    surname = re.escape(person.split()[-1]) if person else ""
    said = r"[Ee]r|ihm|ihn" if pronoun == "er" else r"[Ss]ie|ihr\w*"
    role = any(is_office(noun) or noun in _ROLES for u in before for noun in _ROLE_ALONE.findall(u.text))
    # (the surname in the genitive too: "ein Schwager Grubmüllers")
    return bool(surname) and (role or any(re.search(rf"\b(?:{surname}s?|{said})\b", u.text) for u in before))


def _lead_person(lead: str, named: set[str]) -> str:
    """The one of the people ``named`` the background ``lead`` is about (its subject: "Die Kärntner
    Soziallandesrätin Brigitte Muster war seit 2019 ... Vertraute von Landeshauptmann X"), or ""."""
    subject = before_verb(lead)
    found = [person for person in named if person in subject]
    return found[0] if len(found) == 1 else ""

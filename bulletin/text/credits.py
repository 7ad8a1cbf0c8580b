"""Who reported it, as a newsreader says it: "..., berichtet der Standard." / "Das meldet die
Nachrichtenagentur dpa."

Outlets are data (voices/de-outlets.toml: site -> name as said, with its article); an outlet not
listed is named from its site's name without "www." and the ending ("beispiel-zeitung.de" -> "die
Beispiel-Zeitung"), or from the name its feed or page gives ("NBC News", "Beispielstädter Rundschau"
-> "die Beispielstädter Rundschau"). Never as a web address.

Where the credit goes: appended to the lead when the lead is a plain report of something that
happened ("Der Stadtrat hat den Radweg beschlossen, berichtet der Standard."): the listener hears at
once who says so, and the next sentence still follows the lead it takes up. A lead that already
quotes or reports someone ("..., sagte ein Polizeisprecher.") keeps its own speaker, and a lead
that reports nothing ("Die Tonalität war ungewöhnlich.") would sound like the outlet's finding;
for both the credit is a sentence of its own at the end of the item ("Das berichtet der Standard.").
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from bulletin.errors import ConfigError
from bulletin.text.grammar import first_person, names_speaker, reported_speech
from bulletin.text.news import RECAP, reports_event

AGENCIES = frozenset({"dpa", "afp", "ap", "reuters", "epd", "kna", "sid", "dts", "apa", "sda", "ots", "ddp"})
OUTLETS_FILE = "de-outlets.toml"
_FEMININE = ("Zeitung", "Rundschau", "Post", "Presse", "Allgemeine", "Welt", "Zeit", "Agentur",
             "Polizei", "Stadtverwaltung", "Nachrichtenagentur", "Tagesschau", "Woche",
             "Tagespost")  # fmt: skip
_MASCULINE = ("Spiegel", "Stern", "Kurier", "Anzeiger", "Bote", "Merkur", "Express", "Rundfunk",
              "Tagesspiegel", "Sender", "Standard", "Beobachter", "Generalanzeiger")  # fmt: skip
_NEUTER = ("Blatt", "Magazin", "Journal", "Tageblatt", "Abendblatt", "Portal", "Volksblatt")
_PLURAL = ("Nachrichten", "Neuesten")
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?((?:[\w-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?$", re.I)
# Words that say a sentence gives its source ("laut", "berichtet", "STANDARD-Infos").
_CREDIT_WORD = re.compile(r"laut|berichte|meldet|meldete|zufolge|Informationen|Infos|Angaben|Recherche"
                          r"|schreib|schrieb|Bericht|zitiert|wie\b", re.I)
# "In der Umfrage des Instituts X für den STANDARD ...": a poll the outlet commissioned is its report
_POLL_FOR = re.compile(r"\b(?:Umfrage|Erhebung)\b[^.]*\bfür\s+(?:den|die|das)\s+$")


@dataclass(frozen=True)
class Outlet:
    name: str  # "Standard"
    article: str = ""  # "der"; "" for names said without one
    plural: bool = False
    agency: bool = False
    aliases: tuple[str, ...] = ()  # other ways the text may name it ("STANDARD")

    @property
    def spoken(self) -> str:
        """Nominative, as said on air: "der Standard", "die Nachrichtenagentur dpa"."""
        return f"{self.article} {self.name}".strip()

    @property
    def verb(self) -> str:
        if self.agency:
            return "melden" if self.plural else "meldet"
        return "berichten" if self.plural else "berichtet"


@dataclass(frozen=True)
class Outlets:
    by_key: dict  # site or other name, lower case -> Outlet

    def find(self, source: str) -> Outlet | None:
        key = " ".join(source.split()).lower()
        if key in self.by_key:
            return self.by_key[key]
        match = _DOMAIN.match(key)
        if match:
            labels = match.group(1).split(".")
            for start in range(len(labels) - 1):  # "wien.orf.at" -> "orf.at"
                found = self.by_key.get(".".join(labels[start:]))
                if found:
                    return found
        return None

    @functools.cached_property
    def names(self) -> str:
        """Every name the table knows, as a regex alternation, longest first ("Wall Street Journal")."""
        names = {n for o in self.by_key.values() for n in (o.name, *o.aliases) if "." not in n and len(n) > 1}
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"


NO_OUTLETS = Outlets(by_key={})


@functools.lru_cache(maxsize=8)
def _read_outlets(path: Path, mtime: float) -> Outlets:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as err:
        raise ConfigError("outlets", f"cannot read it ({err})", str(path)) from None
    by_key: dict[str, Outlet] = {}
    for site, entry in data.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise ConfigError(site, 'each outlet needs name = "..." (as said on air)', str(path))
        also = tuple(a for a in entry.get("also", []) if isinstance(a, str))
        outlet = Outlet(name=entry["name"], article=str(entry.get("article", "")),
                        plural=bool(entry.get("plural", False)), agency=bool(entry.get("agency", False)),
                        aliases=(site, entry["name"], *also))
        for key in (site, *also):
            by_key.setdefault(key.lower(), outlet)
    return Outlets(by_key=by_key)


def load_outlets(configured_dir: str = "") -> Outlets:
    """The outlet names of voices/de-outlets.toml (looked up where voice profiles are)."""
    from bulletin.speech.voices import voice_dirs

    for folder in voice_dirs(configured_dir):
        path = folder / OUTLETS_FILE
        if path.is_file():
            return _read_outlets(path, path.stat().st_mtime)
    return NO_OUTLETS


def _decline(words: list[str], article: str) -> list[str]:
    """Adjectives after the article take the weak ending: "Bayerischer Rundfunk" -> "der
    Bayerische Rundfunk". Place adjectives ("Kölner", "Beispielstädter") do not change."""
    out = []
    for word in words[:-1]:
        if article == "der" and re.search(r"(?:isch|sch|ich|ig|ei|eu)er$", word):
            word = word[:-1]
        elif article == "das" and re.search(r"(?:isch|sch|ich|ig|ei|eu)es$", word):
            word = word[:-1]
        elif article == "die" and words[-1].endswith(_PLURAL) and re.search(r"[a-zäöü]e$", word):
            word += "n"
        out.append(word)
    return [*out, words[-1]]


def _named(source: str) -> Outlet:
    """An outlet that is not in the table, from the name a feed, page or article gives."""
    words = source.split()
    if words[0].lower() in ("der", "die", "das"):
        return Outlet(name=" ".join(words[1:]), article=words[0].lower(), plural=words[-1].endswith(_PLURAL))
    agencies = [a.strip() for a in source.split("/")]
    if all(a.lower() in AGENCIES for a in agencies):
        if len(agencies) == 1:
            return Outlet(name=source, article="die Nachrichtenagentur", agency=True)
        named = ", ".join(agencies[:-1]) + " und " + agencies[-1]  # "APA, AFP und dpa"
        return Outlet(name=named, article="die Nachrichtenagenturen", plural=True, agency=True)
    genders = (("die", _PLURAL), ("die", _FEMININE), ("der", _MASCULINE), ("das", _NEUTER))
    for word in (words[0], words[-1]):  # "Polizei Beispielstadt", "Süddeutsche Zeitung"
        for article, endings in genders:
            if word.endswith(endings) and word[:1].isupper():
                return Outlet(name=" ".join(_decline(words, article)), article=article,
                              plural=words[-1].endswith(_PLURAL))
    return Outlet(name=source)


def _from_address(host: str) -> Outlet:
    """ "beispiel-zeitung.de" -> die Beispiel-Zeitung; "beispielnetz.at" -> das Portal Beispielnetz."""
    site = host.split(".")[-2]
    name = "-".join(part[:1].upper() + part[1:] for part in site.split("-"))
    outlet = _named(name)
    return outlet if outlet.article else Outlet(name=name, article="das Portal")


# An outlet named in a compound, as print writes it ("nach STANDARD-Infos", "im SPIEGEL-Interview").
_OUTLET_COMPOUND = re.compile(r"\b(?P<nach>[Nn]ach\s+)?([A-ZÄÖÜ][\wÄÖÜäöüß]*)"
                              r"-(Infos|Informationen|Recherchen?|Bericht|Anfrage|Umfrage|Interview)\b")
_CASES = {"der": ("des", "dem"), "das": ("des", "dem"), "die": ("der", "der")}


def outlet_compounds_said(text: str, outlets: Outlets) -> str:
    """ "nach STANDARD-Infos" -> "laut dem Standard", "die STANDARD-Infos" -> "die Informationen des
    Standard", "im SPIEGEL-Interview" -> "im Interview mit dem Spiegel": read out, the print compound
    sounds like "Standard-Infos", standard information ("laut": as short as the compound, so the
    item keeps its time). Only for an outlet the table knows (a compound of any other word stays)."""
    def said(match: re.Match) -> str:
        outlet = outlets.find(match[2])
        if outlet is None or outlet.article not in _CASES:
            return match[0]
        noun = "Informationen" if match[3] == "Infos" else match[3]
        genitive, dative = ("der", "den") if outlet.plural else _CASES[outlet.article]
        nach = match["nach"] or ""
        if nach and noun == "Informationen":  # "nach STANDARD-Infos" -> "laut dem Standard"
            return f"{'L' if nach[0] == 'N' else 'l'}aut {dative} {_declined(outlet, dative)}"
        if noun == "Interview":
            return f"{nach}Interview mit {dative} {_declined(outlet, dative)}"
        return f"{nach}{noun} {genitive} {_declined(outlet, genitive)}"

    return _OUTLET_COMPOUND.sub(said, text)


def _declined(outlet: Outlet, article: str) -> str:
    """The outlet's name after a genitive or dative ``article``: an adjective of a feminine name takes
    "-n" ("der Süddeutschen Zeitung"); a name itself is said as it is ("des Standard")."""
    words = outlet.name.split()
    if outlet.article == "die" and article in ("der", "den"):
        words = [w + "n" if re.search(r"[a-zäöü]e$", w) else w for w in words[:-1]] + words[-1:]
    return " ".join(words)


def outlet_of(source: str, outlets: Outlets = NO_OUTLETS) -> Outlet:
    """How ``source`` (an article's source, a feed's or page's name, a web address) is said on air."""
    source = " ".join(source.split())
    found = outlets.find(source)
    if found:
        return found
    address = _DOMAIN.match(source)
    if address and " " not in source:
        return _from_address(address.group(1).lower())
    return _named(source)


def attribution_sentence(source: str, outlets: Outlets = NO_OUTLETS, said: str = "") -> str:
    """A whole German sentence crediting ``source``: "Das berichtet NBC News." (verb second);
    "Darüber berichtet ..." after an item that ``said`` "Das berichtet ein Forscherteam ..." (the
    same opening twice in a row sounds like a stutter)."""
    outlet = outlet_of(source, outlets)
    opening = "Darüber" if re.search(rf"(?:^|[.!?]\s+)Das {outlet.verb}\b", said) else "Das"
    return f"{opening} {outlet.verb} {outlet.spoken}."


def can_carry_credit(lead: str) -> bool:
    """A plain report of the newsroom's own, ending in a full stop: the credit can follow it after
    a comma. Not a quote, not someone's reported words, not a sentence naming its speaker, and not
    a sentence that reports nothing ("Punk war eine Bewegung, berichtet der Standard" sounds as if
    the paper had found that out), and not a recap ("Wie gemeldet, hatte ...": the credit belongs
    to today's news after it): those get "Das berichtet ..." at the end of the item."""
    return (lead.endswith(".") and not re.search(r"[“”\"«»'’:]", lead[-3:]) and not names_speaker(lead)
            and not reported_speech(lead) and not first_person(lead) and not re.search(r"[„“”\"»«]", lead)
            and reports_event(lead) and not RECAP.match(lead) and not _STUDY_SOURCE.search(lead))


# "... schlafen 47 Minuten weniger – das zeigt eine Studie der MedUni Wien": a lead naming its own
# source; ", berichtet der Standard" after it stacks two (a reader called it clumsy)
_STUDY_SOURCE = re.compile(r"\b(?:zeigt|zeigen|ergab|ergibt|belegt|belegen)\s+(?:eine|die|das)\s+"
                           r"(?:[\w-]+\s+)?(?:Studie|Umfrage|Analyse|Untersuchung|Erhebung|Auswertung|Bericht)\b")


def echoes_credit(following: str, source: str, outlets: Outlets = NO_OUTLETS) -> bool:
    """The sentence after the lead says the credit's verb itself ("Es wird von umgestürzten Bäumen
    berichtet."): "..., berichtet die Zeitung. Es wird ... berichtet." says it twice in a row."""
    stem = "bericht" if outlet_of(source, outlets).verb.startswith("bericht") else "meld"
    return bool(re.search(rf"\b{stem}(?:e|en|et|ete|eten)\b", following))


def credited_lead(lead: str, source: str, outlets: Outlets = NO_OUTLETS) -> str:
    """ "Der Rat hat getagt." -> "Der Rat hat getagt, berichtet der Standard." """
    outlet = outlet_of(source, outlets)
    return f"{lead[:-1]}, {outlet.verb} {outlet.spoken}."


def _names_of(outlet: Outlet, source: str) -> list[str]:
    """Every name the outlet goes by in a text, longest first ("derStandard.at", "STANDARD", ...)."""
    names = {n.strip() for n in (source, outlet.name, *outlet.aliases, *source.split("/"))}
    return sorted((n for n in names if len(n) >= 2), key=len, reverse=True)


# A medium named by what it is: with an adjective ("italienische Medien", "die britische
# Zeitung") or its name after it ("die Nachrichtenagentur Ansa"). "Der Sender" alone points back
# to one named before, and "Medienberichten zufolge" names no one.
_MEDIUM = r"(?:\w*(?:[Zz]eitung|[Aa]gentur|[Mm]agazin|[Bb]latt|[Ss]ender)|Medien|Fernsehen|Rundfunk)"
_MEDIUM_NAMED = rf"(?:\b[a-zäöü][\w-]*\s+{_MEDIUM}|{_MEDIUM}\s+[A-ZÄÖÜ][\w-]*)"
_REPORTS = r"(?:berichte(?:t|te|ten|n)?|melde(?:t|te|ten|n)|schreib(?:t|en)|schrieb(?:en)?)"


@functools.lru_cache(maxsize=8)
def _other_credit(names: str) -> re.Pattern:
    """ "das berichtet der Guardian", "meldete das Wall Street Journal", "wie italienische Medien
    berichten", "laut der New York Times", "der Nachrichtenagentur Ansa zufolge", "Der Guardian
    berichtete"."""
    name = rf"(?:{_MEDIUM_NAMED}|(?:{names})(?![\w-]))"
    return re.compile(rf"\b{_REPORTS}\s+(?:am\s+\w+\s+)?(?:der|die|das)\s+(?:[\w-]+\s+){{0,2}}?{name}"
                      rf"|\bwie\s+(?:(?:der|die|das)\s+)?(?:[\w-]+\s+){{0,2}}?{name}\s+(?:[\w-]+\s+){{0,3}}?{_REPORTS}\b"
                      rf"|\b[Ll]aut\s+(?:(?:der|dem|des)\s+)?(?:[\w-]+\s+){{0,2}}?{name}"
                      rf"|{name}\s+zufolge\b"
                      rf"|(?:^|(?<=[,:;]\s))(?:(?:[Dd]er|[Dd]ie|[Dd]as)\s+)?{name}\s+{_REPORTS}\b")


def credits_other_outlet(text: str, outlets: Outlets = NO_OUTLETS) -> bool:
    """True if ``text`` says another outlet reported it ("..., das berichtet der Guardian am
    Freitag", "wie italienische Medien berichten"): the listener hears who said it, and the
    item's own credit after it would stack a second source (three outside editors cut one). Not
    an aside pointing to an earlier report ("– die Presse berichtete", "(die Presse berichtete)"):
    the story is the item's outlet's own."""
    return any(not re.search(r"[–—(-]\s*(?:(?:der|die|das)\s+)?$", text[:match.start()])
               for match in _other_credit(outlets.names).finditer(text))


_VAGUE_REPORT = re.compile(r"\beinem\s+(?:Medien|Zeitungs)?[Bb]ericht\s+zufolge\b"
                           r"|\b[Ll]aut\s+einem\s+(?:Medien|Zeitungs)?[Bb]ericht\b(?!\s+(?:der|des|von)\b)")


def vague_report_named(text: str, following: list[str], outlets: Outlets = NO_OUTLETS) -> str:
    """ "erwägt einem Medienbericht zufolge eine Übernahme" -> "erwägt laut dem Wall Street Journal
    eine Übernahme" when the sentence after it names that report's outlet ("..., meldete das Wall
    Street Journal am Sonntag"): the listener hears whose report it is, in the sentence read. Only
    for one outlet the table knows, named as reporting in one of the ``following`` sentences."""
    vague = _VAGUE_REPORT.search(text)
    if not vague:
        return text
    credit = _other_credit(outlets.names)
    said = rf"(?<![\w-])(?:{outlets.names})(?![\w-])"
    for sentence in following:
        match = credit.search(sentence)
        named = set(re.findall(said, match[0])) if match else set()
        if match and len(named) == 1:
            outlet = outlets.find(named.pop())
            if outlet is None:
                return text
            laut = "Laut" if vague[0][0] == "L" else "laut"
            return f"{text[:vague.start()]}{laut} {_dative(outlet)}{text[vague.end():]}"
    return text


def vague_reports_named(sentences: tuple[str, ...], outlets: Outlets = NO_OUTLETS) -> tuple[str, ...]:
    """The article's ``sentences``, each vague report said by the outlet one of the two sentences
    after it names (vague_report_named): the article's order, not the item's reading order."""
    return tuple(vague_report_named(sentence, list(sentences[i + 1: i + 3]), outlets)
                 for i, sentence in enumerate(sentences))


def _dative(outlet: Outlet) -> str:
    """ "dem Wall Street Journal", "der New York Times", "der Nachrichtenagentur Ansa", "Bloomberg"."""
    words = outlet.article.split()
    if not words:
        return outlet.name
    dative = "den" if outlet.plural else _CASES[words[0]][1] if words[0] in _CASES else words[0]
    article = " ".join([dative, *words[1:]])
    return f"{article} {_declined(outlet, dative) if len(words) == 1 else outlet.name}"


# "sollen Medienberichten zufolge": the mid-sentence credit of media in general
_MEDIA_REPORTS = re.compile(r"(?<=\w)\s+(?:Medienberichten|Berichten)\s+zufolge\b")


def credited_once(texts: list[str], outlets: Outlets = NO_OUTLETS) -> list[str]:
    """After a sentence that names whose report it is ("laut dem Wall Street Journal"), a later
    "Medienberichten zufolge" is not said where the sentence still marks it as hearsay ("Zu den
    Interessenten sollen ... gehören"): three credits stacked in three sentences (outside editor)."""
    said: list[str] = []
    credited = False  # a sentence said so far credits another outlet
    for text in texts:
        if credited and re.search(r"\bsoll(?:en|te|ten)?\b", text):
            text = _MEDIA_REPORTS.sub("", text, count=1)
        said.append(text)
        credited = credited or credits_other_outlet(text, outlets)
    return said


def credits_source(text: str, source: str, outlets: Outlets = NO_OUTLETS) -> bool:
    """True if ``text`` says the story comes from ``source`` ("laut dpa", "wie der Standard
    berichtet", "nach STANDARD-Infos"): one of the outlet's names near a word of crediting."""
    for name in _names_of(outlet_of(source, outlets), source):
        for match in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w]|\.\w)", text, re.I):
            around = text[max(0, match.start() - 40): match.end() + 40]
            if _CREDIT_WORD.search(around) or _POLL_FOR.search(text[:match.start()]):
                return True
    return False


def without_own_report(text: str, source: str, outlets: Outlets = NO_OUTLETS) -> str:
    """ "... eingestuft werden – der STANDARD berichtete." -> "... eingestuft werden.": the outlet
    pointing to its own earlier report is not said on air (the item credits the outlet anyway)."""
    if not re.search(r"berichtet|meldete|vorlieg", text):
        return text  # the patterns below are built only where they can match
    for aside in _own_report_patterns(outlet_of(source, outlets), source):
        text = aside.sub("", text)
    return text


@functools.lru_cache(maxsize=64)
def _own_report_patterns(outlet: Outlet, source: str) -> tuple[re.Pattern, ...]:
    """ "(der STANDARD berichtete)", "– der STANDARD berichtete", ", wie der STANDARD berichtete,",
    ", die dem STANDARD vorliegt" for each of the outlet's names."""
    patterns = []
    for name in _names_of(outlet, source):
        own = (rf"(?:wie\s+)?(?:der|die|das)\s+{re.escape(name.split()[-1])}"
               r"(?:\s+(?:bereits|mehrfach|ausführlich|zuletzt|exklusiv))*"
               r"\s+(?:berichtete|berichtet hat|meldete)")
        patterns += [re.compile(rf"\s*\(\s*{own}\s*\)", re.I),
                     re.compile(rf"\s+[–—-]\s+{own}(?:\s+[–—-](?=\s)|(?=[.!?]))", re.I),
                     re.compile(rf",\s+{own}(?:,|(?=[.!?]))", re.I),
                     # ", die dem STANDARD vorliegt": the outlet holds the paper the item credits it for
                     re.compile(rf",\s+(?:die|der|das)\s+(?:dem|der)\s+{re.escape(name.split()[-1])}\s+"
                                r"vorlieg(?:t|en)(?=[.!?])", re.I)]
    return tuple(patterns)


def outlets_said(text: str, source: str, outlets: Outlets) -> str:
    """``text`` with outlets said as on air: the outlet's own earlier report ("– der STANDARD
    berichtete") not at all, an outlet in a print compound in words ("nach STANDARD-Infos" ->
    "laut dem Standard")."""
    return outlet_compounds_said(without_own_report(text, source, outlets) if source else text, outlets)

"""Condense a cleaned article into a radio item: whole sentences, lead first, attribution kept.

The method is extractive and explainable. Each sentence scores by how many of the headline's
key terms it contains, by how many of its content words the rest of the article takes up again
(what the story is about recurs; an aside does not), plus a bonus for coming early (news puts the
important things first).
Sentences are added best score first while the item stays within the time budget, and are then
read in their original order. The first sentence is always kept, so an item is never empty.

A sentence that opens with a word pointing back ("Er", "Dabei", "Zudem" ...) or ends in
"sagte er" is only taken together with the sentence before it; "sagte Probst" only together with
the sentence that introduced Jana Probst. Quotations spanning several sentences count as one unit.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from bulletin.clean import CREDIT
from bulletin.errors import InputError
from bulletin.models import Article, Item
from bulletin.sentences import join_open_quotes, split_sentences

STOP_WORDS = frozenset(
    """aber alle allem allen aller als also am an auch auf aus bei beim bis bisher da damit dann
    das dass dem den denn der des die dies diese diesem diesen dieser doch dort durch ein eine
    einem einen einer eines er es für gegen hat hatte hier ihr ihre im in ins ist jetzt kann
    kein keine mehr mit muss nach neue neuen neuer neues nicht noch nun nur ob oder ohne sich
    sie sind so soll sollen über um und uns unter vom von vor war waren was weil wenn werden
    wie wieder will wird wir zu zum zur zwischen gibt geht macht erneut heute gestern morgen""".split()
)
# Words that point back to the sentence before; such a sentence is never read on its own.
ANAPHORS = frozenset(
    """Er Sie Es Dies Diese Dieser Dieses Dabei Damit Daher Deshalb Dort Dazu Davon Darüber
    Darauf Dagegen Zudem Außerdem Allerdings Trotzdem Dennoch Jedoch Ihr Ihre Sein Seine
    Demnach Dafür Hierfür Deswegen Stattdessen""".split()
)
# How a German news text names where it has its information from.
ATTRIBUTION = re.compile(
    r"\b(?:laut|zufolge|berichte[nt]?|berichtete[n]?|sagte[n]?|sagt|teilte[n]?\b.*\bmit"
    r"|erklärte[n]?|meldete[n]?|nach Angaben|nach Informationen|wie\b.*\b(?:berichtet|meldet|mitteilt))\b",
    re.IGNORECASE,
)
AGENCIES = frozenset({"dpa", "afp", "ap", "reuters", "epd", "kna", "sid", "dts", "apa", "sda", "ots"})
# "Nordhafen (dpa) – Die ..." or "Brüssel (EU), 21.10.2014 – Die ...": a place with an agency
# or a date, then a dash. Without either, "Die Stadt – so der Plan – ..." could be mistaken.
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\w./ -]{0,40}?)\s*(?:\((?P<agency>[^)]{1,20})\))?\s*,?\s*"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*)?[–—-]\s+(?=[A-ZÄÖÜ„\"])"
)
_SPEAKER_PRONOUN = re.compile(
    r"\b(?:sagte|sagt|erklärte|betonte|meinte|ergänzte|fügte|kritisierte|warnte|so)\s+(?:er|sie)\b"
    # "Das" as a pronoun ("Das teilte die Stadt mit."), not as an article ("Das neue Bad ...")
    r"|^(?:Das|Dies)\s+(?:teilten?|berichtete[nt]?|sagten?|erklärten?|bestätigten?|meldeten?|ergab"
    r"|geht|gilt|ist|war|hat|hatte|sei|soll|wird|bedeutet|zeigt|kündigten?|schrieben?|betonten?)\b"
)
# "..., sagte Probst." names someone by surname only: read it only after the full name.
_SURNAME_ONLY = re.compile(
    r"\b(?:sagte|sagt|erklärte|betonte|meinte|ergänzte|kritisierte|warnte|so)\s+"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-]|\s+[A-ZÄÖÜ])"
)
POSITION_DECAY = 3.0  # sentence n weighs exp(-n/3): 1, 0.72, 0.51, 0.37 ... 0.07 for the ninth
TERM_WEIGHT = 0.5  # a sentence with all the headline's key terms gains as much as half the lead
RECUR_WEIGHT = 0.5  # ... and one whose content words all recur elsewhere in the article as much
LEAD_WINDOW = 12  # sentences considered as a whole set; later ones only fill what is left
MAX_EXTRA = 5  # sentences besides the lead in one such set (1,024 sets to rank at most)
_ASIDE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_FEMININE = ("Zeitung", "Rundschau", "Post", "Presse", "Allgemeine", "Welt", "Zeit", "Agentur",
             "Polizei", "Stadtverwaltung", "Nachrichtenagentur", "Tagesschau")  # fmt: skip
_MASCULINE = ("Spiegel", "Stern", "Kurier", "Anzeiger", "Bote", "Merkur", "Express", "Rundfunk",
              "Tagesspiegel", "Sender")  # fmt: skip
_NEUTER = ("Blatt", "Magazin", "Journal", "Tageblatt", "Abendblatt")
_PLURAL = ("Nachrichten", "Neuesten")


@dataclass(frozen=True)
class _Unit:
    """A sentence (or a quotation of several), its place, and the earlier one it cannot do without."""

    index: int
    text: str
    needs: int | None = None


def key_terms(title: str) -> frozenset[str]:
    """The content words of a headline, lower case: "Bahnstreik legt Verkehr lahm" -> bahnstreik,
    legt, verkehr, lahm. Hyphenated words count by their parts ("Corona-Hilfen" -> corona, hilfen)."""
    words = {w.lower() for w in _WORD.findall(title)}
    return frozenset(w for w in words if len(w) >= 3 and w not in STOP_WORDS)


def _related(word: str, term: str) -> bool:
    """Same word, same stem or one inside a compound: "Streiks" ~ "Bahnstreik" ~ "streik"."""
    if word == term:
        return True
    short, long_ = sorted((word, term), key=len)
    if len(short) >= 4 and (long_.startswith(short) or long_.endswith(short)):
        return True
    return len(short) >= 5 and word[:5] == term[:5]


def term_hits(sentence: str, terms: frozenset[str]) -> int:
    """How many of the key ``terms`` occur in ``sentence`` (each counted once)."""
    words = {w.lower() for w in _WORD.findall(sentence) if len(w) >= 3}
    return sum(1 for t in terms if any(_related(w, t) for w in words))


def remove_asides(text: str) -> str:
    """Drop "( ... )" and "[ ... ]" asides and tidy the spaces and commas they leave behind."""
    previous = None
    while previous != text:
        previous, text = text, _ASIDE.sub("", text)
    text = re.sub(r"\s+([,.;:!?“])", r"\1", text)
    text = re.sub(r",\s*([.;:!?])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ,;")


def _dateline(text: str) -> tuple[str, str]:
    """Split "Nordhafen (dpa) – Die Fähre ..." into the agency ("dpa", or "") and the text."""
    match = _DATELINE.match(text)
    if not match or len(match.group("place").split()) > 4:
        return "", text
    names = [a.strip() for a in re.split(r"[/,]", match.group("agency") or "")]
    agency = "/".join(names) if all(a.lower() in AGENCIES for a in names) else ""
    if not (agency or match.group("date")):
        return "", text
    return agency, text[match.end() :]


def _is_heading(line: str) -> bool:
    """A subheading or caption: a short line without closing punctuation, or a credit."""
    line = line.strip()
    if CREDIT.search(line) or line.startswith("#"):
        return True
    ends = line.endswith((".", "!", "?", "…", "“", "”", '"', "«", "»", ":"))
    return not ends and len(line.split()) < 15


def speakable_paragraphs(article: Article) -> tuple[list[str], str]:
    """The article's readable paragraphs (no captions, asides or dateline) and the agency named
    in a dateline, if any."""
    paragraphs: list[str] = []
    agency = ""
    for paragraph in article.paragraphs:
        lines = [ln.strip() for ln in paragraph.splitlines() if ln.strip()]
        if len(lines) == 1 and _is_heading(lines[0]):
            continue
        # Inside a paragraph a line may just be hard-wrapped: only credits and "#" lines go.
        text = " ".join(ln for ln in lines if not (CREDIT.search(ln) or ln.startswith("#")))
        if not paragraphs and text:
            agency, text = _dateline(text)
        text = remove_asides(text)
        if re.search(r"\w", text):
            if not text.endswith((".", "!", "?", "…", "“", "”", '"', "«", "»")):
                text += "."  # a long line that lost its full stop
            paragraphs.append(text)
    return paragraphs, agency


def _needs(index: int, text: str, earlier: list[str]) -> int | None:
    """The earlier sentence this one cannot be read without, if any (never the lead: it stays)."""
    if index == 0:
        return None
    first = text.split(None, 1)[0].strip('„"»«,')
    if first in ANAPHORS or _SPEAKER_PRONOUN.search(text):
        return index - 1
    match = _SURNAME_ONLY.search(text)
    if match:
        full_name = re.compile(rf"\b[A-ZÄÖÜ][\w-]+\s+{re.escape(match.group('name'))}\b")
        for i, sentence in enumerate(earlier):
            if full_name.search(sentence):
                return i or None
    return None


def _units(paragraphs: list[str]) -> list[_Unit]:
    texts: list[str] = []
    for paragraph in paragraphs:
        texts.extend(join_open_quotes(split_sentences(paragraph)))
    if len(texts) > 1 and len(texts[0].split()) <= 3:
        # "36 Stunden. So lange dauert die Fahrt ...": a fragment opening is read with what explains it
        texts[:2] = [f"{texts[0]} {texts[1]}"]
    return [_Unit(i, t, _needs(i, t, texts[:i])) for i, t in enumerate(texts)]


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


def _with_article(source: str) -> str:
    """ "NBC News" -> "NBC News", "dpa" -> "die Nachrichtenagentur dpa", "Rundschau" -> "die ..."."""
    words = source.split()
    if not words:
        return source
    if words[0].lower() in ("der", "die", "das"):
        return " ".join([words[0].lower(), *words[1:]])
    agencies = source.split("/")
    if all(a.strip().lower() in AGENCIES for a in agencies):
        if len(agencies) == 1:
            return f"die Nachrichtenagentur {source}"
        return "die Nachrichtenagenturen " + " und ".join(a.strip() for a in agencies)
    genders = (("die", _PLURAL), ("die", _FEMININE), ("der", _MASCULINE), ("das", _NEUTER))
    for word in (words[0], words[-1]):  # "Polizei Beispielstadt", "Süddeutsche Zeitung"
        for article, endings in genders:
            if word.endswith(endings) and word[:1].isupper():
                return " ".join([article, *_decline(words, article)])
    return source


def _speakable_source(source: str) -> str:
    """A source given as a link or a web address is named as a newsreader says it, and never as
    something the last guard takes for a link: "https://www.example.org/a" and "example.org" ->
    "example Punkt org", "n-tv.de" -> "n-tv Punkt de"."""
    source = " ".join(source.split())
    match = re.match(r"(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?:/\S*)?$", source, re.I)
    return match.group(1).replace(".", " Punkt ") if match else source


def attribution_sentence(source: str) -> str:
    """A whole German sentence crediting ``source``: "Das berichtet NBC News." (verb second)."""
    source = _speakable_source(source)
    named = _with_article(source)
    plural = named.startswith("die Nachrichtenagenturen") or source.split()[-1].endswith(_PLURAL)
    return f"Das {'berichten' if plural else 'berichtet'} {named}."


def _names(text: str, source: str) -> bool:
    """True if ``text`` names ``source`` ("dpa" in "... wie die Nachrichtenagentur dpa berichtet")."""
    names = [_speakable_source(source), *source.split("/")]
    return any(
        re.search(rf"(?<!\w){re.escape(name.strip())}(?!\w)", text, re.I) for name in names if name.strip()
    )


def _scores(units: list[_Unit], terms: frozenset[str], source: str = "") -> dict[int, float]:
    """Place first (news puts what matters first), then the headline's key terms and the share of
    the sentence's content words that recur in other sentences (the story's thread, not a detail),
    and a sentence that names the source a bonus: it carries the attribution in its own words."""
    words = {unit.index: key_terms(unit.text) for unit in units}  # a sentence's content words
    sentences_with = Counter(word for found in words.values() for word in found)
    scores = {}
    for unit in units:
        overlap = term_hits(unit.text, terms) / max(1, len(terms))
        found = words[unit.index]
        recurring = sum(sentences_with[w] > 1 for w in found) / len(found) if found else 0.0
        lead = math.exp(-unit.index / POSITION_DECAY)
        credit = source and _names(unit.text, source) or not source and ATTRIBUTION.search(unit.text)
        bonus = 0.5 if credit else 0.0
        scores[unit.index] = lead + TERM_WEIGHT * overlap + RECUR_WEIGHT * recurring + bonus
    return scores


def _select(units: list[_Unit], scores: dict[int, float], fits: Callable[[set[int]], bool],
            seconds: Callable[[int], float], budget: float) -> set[int]:
    """The set of sentences with the highest total score that fits, the lead always in it.

    Among the first LEAD_WINDOW sentences every combination of up to MAX_EXTRA more is ranked by
    its total score (an additive time estimate rules out what is clearly too long), and the best
    that really fits is taken: three short informative sentences can beat one long one. What
    budget is left is then filled best score first. A sentence comes only with the one it needs.
    """
    everything = {u.index for u in units}
    if fits(everything):
        return everything
    window = units[1:LEAD_WINDOW]
    lead_seconds = seconds(0)
    ranked: list[tuple[float, int, tuple[int, ...]]] = []
    for size in range(MAX_EXTRA + 1):
        for combo in combinations(window, size):
            picked = {0} | {u.index for u in combo}
            if any(u.needs is not None and u.needs not in picked for u in combo):
                continue
            if lead_seconds + sum(seconds(u.index) for u in combo) > budget * 1.05 and size:
                continue
            ranked.append((sum(scores[i] for i in picked), -size, tuple(sorted(picked))))
    ranked.sort(reverse=True)
    chosen = next((set(p) for _, _, p in ranked if fits(set(p))), {0})
    return _fill(units, scores, fits, chosen)


def _fill(units: list[_Unit], scores: dict[int, float], fits: Callable[[set[int]], bool],
          chosen: set[int]) -> set[int]:
    """Best score first while the budget holds; a sentence comes only after the one it needs."""
    chosen = set(chosen)
    too_long: set[int] = set()  # the text only grows, so what did not fit never will
    ranked = sorted(units[1:], key=lambda u: (-scores[u.index], u.index))
    added = True
    while added:
        added = False
        for unit in ranked:
            if unit.index in chosen or unit.index in too_long:
                continue
            if unit.needs is not None and unit.needs not in chosen:
                continue
            if not fits(chosen | {unit.index}):
                too_long.add(unit.index)
                continue
            chosen.add(unit.index)
            added = True
            break  # a new sentence may unlock one that needs it
    return chosen


def _drop_orphans(units: list[_Unit], chosen: set[int]) -> set[int]:
    """Leave out sentences whose needed sentence is no longer chosen."""
    chosen = set(chosen)
    for unit in units:  # in order, so that chains fall together
        if unit.index in chosen and unit.needs is not None and unit.needs not in chosen:
            chosen.discard(unit.index)
    return chosen


def _with_needs(units: list[_Unit], index: int) -> set[int]:
    """The sentence at ``index`` and the sentences it needs, all the way back."""
    needed = {index}
    while units[index].needs is not None:
        index = units[index].needs
        needed.add(index)
    return needed


def _attribute(
    units: list[_Unit],
    chosen: set[int],
    source: str,
    scores: dict[int, float],
    fits: Callable[[set[int]], bool],
) -> tuple[set[int], str]:
    """Make sure the chosen text carries its attribution. Returns the (maybe changed) choice and
    an extra sentence to insert after the lead, or ""."""
    text = " ".join(u.text for u in units if u.index in chosen)
    if source:
        if _names(text, source):
            return chosen, ""
        naming = [u for u in units if u.index not in chosen and _names(u.text, source)]
    else:
        if any(ATTRIBUTION.search(u.text) for u in units if u.index in chosen):
            return chosen, ""
        naming = [u for u in units if u.index not in chosen and ATTRIBUTION.search(u.text)]
    for unit in naming[:1]:
        # Make room by letting go of the weakest sentences, never of the lead.
        needed = _with_needs(units, unit.index)
        trial = set(chosen)
        while not fits(trial | needed) and len(trial - needed) > 1:
            trial.discard(min(trial - needed - {0}, key=lambda i: scores[i]))
        trial = _drop_orphans(units, trial | needed)
        if unit.index in trial and (fits(trial) or not source):
            return trial, ""  # without a source to name, the sentence must come even if long
    return chosen, attribution_sentence(source) if source else ""


def condense(article: Article, budget_seconds: float, estimate_seconds: Callable[[str], float]) -> Item:
    """One radio item from a cleaned article, at most ``budget_seconds`` long where possible.

    The first sentence is kept even when it alone is longer than the budget, and the attribution
    is kept even when it needs a few seconds more: a short item is fine, an uncredited one is not.
    """
    paragraphs, agency = speakable_paragraphs(article)
    units = _units(paragraphs)
    if not units:
        raise InputError(article.origin, "nothing left to read after cleaning")
    source = article.source or agency
    terms = key_terms(article.title)

    def text_of(indices: set[int], extra: str = "") -> str:
        picked = [u.text for u in units if u.index in indices]
        if extra:
            picked.insert(1, extra)
        return " ".join(picked)

    credit = attribution_sentence(source) if source else ""

    def fits(indices: set[int]) -> bool:
        # the credit sentence counts when the chosen sentences do not name the source themselves
        named = not source or any(_names(units[i].text, source) for i in indices)
        return estimate_seconds(text_of(indices, "" if named else credit)) <= budget_seconds

    alone = {u.index: estimate_seconds(u.text) for u in units}
    scores = _scores(units, terms, source)
    chosen = _select(units, scores, fits, alone.__getitem__,
                     budget_seconds - (estimate_seconds(credit) if credit else 0.0))
    chosen, extra = _attribute(units, chosen, source, scores, fits)
    if extra:
        # The added sentence takes time too: drop the weakest until it fits (the lead stays).
        while len(chosen) > 1 and estimate_seconds(text_of(chosen, extra)) > budget_seconds:
            chosen.discard(min(chosen - {0}, key=lambda i: scores[i]))
            chosen = _drop_orphans(units, chosen)
    text = text_of(chosen, extra)
    return Item(
        title=article.title,
        text=text,
        source=source,
        origin=article.origin,
        seconds=estimate_seconds(text),
        priority=article.priority,
    )

"""The editorial check: each item, as the listener will hear it, just before it is spoken (from
articles or from an edited script). It fixes nothing; it tells the producer what a news editor
would look at twice, in the manifest's warnings and as comments under the item in the script file.

Each rule is a small function from the item's sentences to what it found:
- a possible dangling reference: the item opens with a word pointing back ("Er", "Dabei", "Der
  28-Jährige"), or names someone by surname before (or without) the full name;
- a lead that may not be the news: it reports nothing that happened ("Punk war eine Bewegung."),
  tells what is true often or imagined ("Immer mehr PCs ..."), or background in the past perfect,
  or a later sentence tells what happened "nun" or "jetzt";
- a quote without a speaker: first-person words ("wir haben ...") in a sentence that does not say
  who speaks, after no sentence introducing the quote with a colon; and a long first-person quote
  even with its speaker (more than 15 words: heard as the newsreader's own, reported speech is better);
- a sentence that is not a statement: no verb, a question, an exclamation;
- a figure said twice (in two sentences);
- a relative day word ("heute", "gestern", "morgen", "kommenden Donnerstag", "vergangene Woche")
  whose day may be wrong when the bulletin airs on another day than the article was written (or
  when the article's date is unknown), and a time of day ("am Morgen") when the days differ;
- "gestern" in a sentence told in the present ("Gestern Morgen wird ... Opfer"): the tense;
- a word said twice in a row ("von einem Verletzten Verletzten"): a sentence a rule built wrong;
- no source to credit: the item has no source and none of its sentences says who reports or says it.
Findings about the article rather than the text (it reads like a review or a commentary) come from
the condenser with the item (its notes) and are reported with these.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bulletin.text.days import told_in_the_past, weekday_still_right
from bulletin.text.grammar import QUOTED, first_person, names_speaker, not_a_statement, opening_reference
from bulletin.text.news import NOW, WEEKDAYS, datable_event, feature_opening, tells_news_now
from bulletin.text.primary_source import names_lead_source
from bulletin.text.sentences import split_sentences
from bulletin.text.verdicts import verdict

_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
# "Heute" and "Gestern" open sentences too; "Morgen" with a capital is mostly the time of day.
# a day said, not a name: "der Heute-Show"
_DAY_WORD = re.compile(r"(?<![\w-])(?:[Hh]eute|[Gg]estern|morgen|[Vv]orgestern|[Üü]bermorgen)(?![\w-])")
# Counted from the day of writing too, but right for some days after it: "kommenden Donnerstag",
# "vergangene Woche", "an diesem Wochenende", "am Morgen" (noted only when the article is from
# another day, or a week or weekday when its date is unknown).
_WEEK_WORD = re.compile(r"\b(?:[Kk]ommende|[Nn]ächste|[Vv]ergangene|[Ll]etzte|[Dd]iese)[nrsm]?\s+"
                        rf"(?:Woche|{WEEKDAYS})\b")
_TIME_OF_DAY = re.compile(r"\b(?:[Aa]m|[Ss]eit dem)\s+(?:Morgen|Vormittag|Mittag|Nachmittag|Abend)\b"
                          r"|\b[Ii]n der Nacht\b")
_SURNAME_SPEAKER = re.compile(r"\b(?:sagte|sagt|erklärte|betonte|meinte|so)\s+(?P<name>[A-ZÄÖÜ][a-zäöüß]+)"
                              r"(?![\w-]|\s+[A-ZÄÖÜ])")
_CREDIT_AFTER = re.compile(r",\s+(?:berichtet|berichten|meldet|melden)\s+[^,]+\.$")
_LONGEST = 70  # characters of a sentence quoted in a finding
# "gestern", "vorgestern Abend"; not "seit gestern" (any tense), "von gestern", "bis gestern"
_YESTERDAY = re.compile(r"(?<![Vv]on )(?<![Ss]eit )(?<![Aa]b )(?<![Bb]is )\b(?:[Gg]estern|[Vv]orgestern)"
                        r"(?:\s+(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|früh))?\b")


@dataclass(frozen=True)
class Context:
    """What the rules may know besides the text."""

    published: datetime | None = None
    air: datetime | None = None
    source: str | None = None  # None: not known to the caller, so not checked
    # the day words the desk left as written when it said the others from the air date (None: it
    # said none, so every day word is as written)
    day_words_left: tuple[str, ...] | None = None
    headline: str = ""  # the article's headline: an item that leads with it leads with the news


@dataclass(frozen=True)
class Review:
    """What the check found in one item: one line each, for the producer."""

    findings: tuple[str, ...] = ()


def _quoted(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return f"'{sentence[:_LONGEST]}…'" if len(sentence) > _LONGEST else f"'{sentence}'"


def dangling_reference(sentences: list[str], _: Context) -> list[str]:
    found = []
    if sentences and opening_reference(sentences[0]):
        found.append(f"possible dangling reference: the item opens with "
                     f"'{opening_reference(sentences[0])}' ({_quoted(sentences[0])})")
    for i, sentence in enumerate(sentences):
        match = _SURNAME_SPEAKER.search(sentence)
        before = " ".join(sentences[:i + 1])
        if match and not re.search(rf"\b[A-ZÄÖÜ][\w-]+\s+{re.escape(match['name'])}\b", before):
            found.append(f"possible dangling reference: '{match['name']}' without the full name before "
                         f"({_quoted(sentence)})")
    return found


def how_the_lead_opens(text: str) -> str:
    """How the item's lead opens like a feature (news.feature_opening, the station's credit after it
    not counted): "nothing" (a feature's, a review's or a buyer's guide's opening, not news),
    "generic" (what is true often or imagined: the news may follow it), "background" (the past
    perfect), or "" (it reports the news)."""
    return _opening_kind(split_sentences(text))


def _heard_lead(sentences: list[str]) -> str:
    """The item's first sentence without the station's credit after it (the credit is not the lead's)."""
    return _CREDIT_AFTER.sub(".", sentences[0]) if sentences else ""


def _opening_kind(sentences: list[str]) -> str:
    """news.feature_opening of the heard lead; a lead reporting nothing whose next sentence leans on
    it and tells the event ("Der FC Muster bleibt das Maß aller Dinge. Die Steirer setzten sich am
    Freitag mit 2:1 durch.") or its source opens a report (the two lead together, units.readable_units)."""
    lead = _heard_lead(sentences)
    kind = feature_opening(lead)
    if kind == "nothing" and len(sentences) > 1:
        second = _CREDIT_AFTER.sub(".", sentences[1])
        # (or names where it comes from: "Das geht aus aktuellen Daten des AMS hervor." reports a finding)
        if (datable_event(second) or names_lead_source(second)) and verdict(1, [lead, second])[0] == 0:
            return ""
    return kind


# "Er sagte nun aber zu, ...": a turn in the story the lead told, not its news told late
_NOW_BUT = re.compile(r"\b(?:nun|jetzt)\s+aber\b", re.IGNORECASE)


def lead_without_news(sentences: list[str], context: Context) -> list[str]:
    """The first sentence tells nothing that happened ("Punk war eine Bewegung.", "Heizen ist nicht
    nur eine Kostenfrage."), or what is true often or imagined ("Immer mehr PCs bieten ..."): a
    feature's or a review's opening, and the news may be missing. Or it is background in the past
    perfect, or a later sentence tells what happened "nun" or "jetzt" (not a turn: "nun aber")."""
    lead = _heard_lead(sentences)
    if context.headline and lead.rstrip(".") == context.headline.strip().rstrip("."):
        return []  # the headline leads (lead_news.news_first): the news comes first
    kind = _opening_kind(sentences)
    if kind == "nothing":
        return [f"the lead reports nothing that happened (a feature's opening?): check the item says "
                f"the news ({_quoted(sentences[0])})"]
    if kind == "generic":
        return [f"the lead tells what is true often, more and more, or imagined (a feature's opening?): "
                f"check the item says the news ({_quoted(sentences[0])})"]
    if kind == "background":
        return [f"the lead tells what had happened before (past perfect: background?): check the news "
                f"comes first ({_quoted(sentences[0])})"]
    told_now = [s for s in sentences[1:] if tells_news_now(s) and not _NOW_BUT.search(s)]
    later = told_now if not NOW.search(lead) else []
    if later:  # "Monatelang wurde gefahndet. Jetzt ist er festgenommen worden."
        return [f"the news may come later, after background: check it leads ({_quoted(later[0])})"]
    return []


def quote_without_speaker(sentences: list[str], _: Context) -> list[str]:
    found = []
    for i, sentence in enumerate(sentences):
        introduced = i > 0 and sentences[i - 1].rstrip().endswith(":")
        if first_person(sentence) and not names_speaker(sentence) and not introduced:
            found.append("quote without a speaker (it sounds like the newsreader's own words): "
                         f"{_quoted(sentence)}")
    return found


LONG_QUOTE = 15  # words of first-person speech heard as the newsreader's own, however it was introduced


def long_first_person_quote(sentences: list[str], _: Context) -> list[str]:
    """ "X sagte: Das ist reine Spekulation, und ich bin irgendwo amüsiert, wie das läuft, weil ...":
    a short "Ich bleibe im Amt" is heard as a quote; many words in the first person are heard as the
    newsreader's, speaker or not. A newsreader says them in reported speech."""
    found = []
    for sentence in sentences:
        words = sentence.split(":", 1)[-1].split()
        if first_person(sentence) and names_speaker(sentence) and len(words) > LONG_QUOTE:
            found.append(f"a long quote in the first person ({len(words)} words): consider reported speech "
                         f"({_quoted(sentence)})")
    return found


def not_a_statement_sentence(sentences: list[str], _: Context) -> list[str]:
    return [f"{why}: {_quoted(s)}" for s in sentences for why in [not_a_statement(s)] if why]


def figure_twice(sentences: list[str], context: Context) -> list[str]:
    first_said: dict[str, int] = {}
    twice: list[str] = []
    for i, sentence in enumerate(sentences):
        if context.source:  # "berichtet die Zeitung 20 Minuten": the outlet's name, not the story's figure
            sentence = sentence.replace(context.source, "")
        for figure in sorted({f.replace(".", "") for f in _FIGURE.findall(sentence)}):
            if first_said.setdefault(figure, i) != i and figure not in twice:
                twice.append(figure)
    return [f"the figure {figure} is said twice" for figure in twice]


def relative_day(sentences: list[str], context: Context) -> list[str]:
    def found(pattern: re.Pattern, keep: Callable[[str], bool] = lambda word: True) -> str:
        words = {m.group(0) for s in sentences for m in pattern.finditer(s)}
        return ", ".join(f"'{w}'" for w in sorted(words) if keep(w))

    days, times = found(_DAY_WORD), found(_TIME_OF_DAY)
    if context.day_words_left is not None:  # the others are said from the air date already
        days = ", ".join(f"'{w}'" for w in sorted(set(context.day_words_left)))
    if context.published is None or context.air is None:
        said = ", ".join(w for w in (days, found(_WEEK_WORD)) if w)
        return [f"says {said}: the article's date is unknown; check the day is right for the air time"] \
            if said else []
    published = context.published
    if published.tzinfo and context.air.tzinfo:
        published = published.astimezone(context.air.tzinfo)  # the station's day, not UTC's
    if published.date() == context.air.date():
        return []
    # "kommenden Donnerstag" that still names its day on the air date needs no look
    weeks = found(_WEEK_WORD, lambda w: not weekday_still_right(w, published.date(), context.air.date()))
    written = f"written on {published:%d.%m.%Y} for a bulletin on {context.air:%d.%m.%Y}"
    notes = [f"says {days}, {written}: the day is probably wrong"] if days else []
    later = ", ".join(w for w in (weeks, times) if w)
    return notes + ([f"says {later}, {written}: check it is still right"] if later else [])


def yesterday_in_the_present(sentences: list[str], _: Context) -> list[str]:
    """ "Gestern Morgen wird die Stadt Opfer eines Angriffs.": a day that is over in a sentence told
    in the present (a feed's historic present, said from the air date by the desk): the tense."""
    found = []
    for sentence in sentences:
        unquoted = QUOTED.sub("", sentence)
        match = _YESTERDAY.search(unquoted)
        if match and not told_in_the_past(unquoted):
            found.append(f"'{match[0]}' in a sentence told in the present: check the tense "
                         f"({_quoted(sentence)})")
    return found


def no_source(sentences: list[str], context: Context) -> list[str]:
    """No source, and no sentence that says who reports or says it: the item goes on air as the
    station's own knowledge. (A station's own story that quotes someone is not flagged.)"""
    if context.source is None or context.source.strip() or any(names_speaker(s) for s in sentences):
        return []
    return ["no source to credit: neither the article nor the item says where it comes from (give the "
            "article a source, or name it in the script's title line)"]


# "von einen Verletzten Verletzten": a word said twice in a row (not "die die", "das das": a relative pronoun
# after an article, which German allows)
_DOUBLED = re.compile(r"\b(?P<word>[A-ZÄÖÜ]?[a-zäöüß]{4,})\s+(?P=word)\b")


def word_twice_in_a_row(sentences: list[str], _: Context) -> list[str]:
    """A word said twice in a row ("von einem Verletzten Verletzten"): a rule that built the sentence went
    wrong, and the listener hears a stutter."""
    return [f"'{found['word']}' twice in a row: check the sentence ({_quoted(s)})"
            for s in sentences for found in [_DOUBLED.search(QUOTED.sub("", s))] if found]


RULES: tuple[Callable[[list[str], Context], list[str]], ...] = (
    dangling_reference, lead_without_news, quote_without_speaker, long_first_person_quote,
    not_a_statement_sentence, figure_twice, relative_day, yesterday_in_the_present, no_source,
    word_twice_in_a_row,
)


def review_item(text: str, context: Context = Context()) -> Review:  # noqa: B008 (frozen: never changed)
    """Run every rule over the item's text, knowing what ``context`` says."""
    sentences = split_sentences(text)
    return Review(findings=tuple(" ".join(f.split()) for rule in RULES for f in rule(sentences, context)))

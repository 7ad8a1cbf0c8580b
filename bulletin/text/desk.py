"""The editor's desk: articles in, the items for this hour out (ingest, clean, each story once,
condense, reports before features, the memory of what aired, air order, max_items), then the last
guard and the editorial check. Each returns what it made (`Edited`, `Guarded`): everything left out
in `dropped` with its reason, every problem a warning naming its file."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from bulletin.config import Config
from bulletin.errors import InputError, NoArticlesError
from bulletin.models import Article, Dropped, Edited, Guarded, Item
from bulletin.station.history import Aired, Choice, choose

log = logging.getLogger("bulletin")
MAX_ARTICLE_CHARS = 50_000  # far more than any news article; see _trimmed


def edit(config: Config, inputs: Sequence[str], air: datetime, estimate: Callable[[str], float],
         aired: Sequence[Aired] | None = None) -> Edited:
    """Articles -> cleaned, condensed, chosen items, in air order. `aired` is what went on air within
    repeat_hours (None: the memory of what aired is off or unusable, every story may go)."""
    from bulletin.ingest import collect, options_from
    from bulletin.text.clean import clean
    from bulletin.text.condense import condense

    collected = collect(inputs, options_from(config, air))
    articles = collected.articles
    warnings, dropped = list(collected.warnings), list(collected.dropped)
    cleaned: list[Article] = []
    for article in articles:
        article, trimmed = _trimmed(article)
        warnings += trimmed
        cleaned_article = clean(article)
        warnings += cleaned_article.warnings
        article = cleaned_article.article
        if article.paragraphs:
            cleaned.append(article)
        else:
            dropped.append(Dropped(article.title, article.source, "only page furniture, no news text"))
            warnings.append(f"{article.origin}: only page furniture (credits, appeals, links), skipped")
    if not cleaned:
        raise NoArticlesError(_nothing_usable(inputs, articles, collected.warnings, dropped))
    cleaned, duplicates = _each_story_once(cleaned)
    dropped += duplicates

    from bulletin.text.credits import load_outlets
    from bulletin.text.genre import home_words

    outlets = load_outlets(config.voices_dir)
    home = home_words(config.home, config.timezone)  # a foreign story's angle for the station's country
    items = []
    for article in _air_order(cleaned):
        try:
            item = condense(article, config.item_seconds, estimate, outlets, home)
            items.append(_as_said_on(item, air, estimate))
        except InputError as err:
            dropped.append(Dropped(article.title, article.source, err.problem))
            warnings.append(f"{err}; skipped")
    if not items:
        raise NoArticlesError(_nothing_usable(inputs, articles, collected.warnings))
    items, repeated = _each_news_once(items)
    dropped += repeated
    items, features, note = _news_first(items, config.features)
    dropped += features
    warnings += note
    chosen = _without_repeats(items, config, aired)
    dropped += chosen.dropped
    dropped += [Dropped(item.title, item.source, f"more than max_items ({config.max_items})")
                for item in chosen.items[config.max_items:]]
    return Edited(chosen.items[:config.max_items], tuple(dropped), tuple(warnings),
                  chosen.verdicts[:config.max_items], chosen.status, chosen.note)


def _as_said_on(item: Item, air: datetime, estimate: Callable[[str], float]) -> Item:
    """The item with "heute", "gestern" and "morgen" counted from the air date (text/days.py)."""
    from bulletin.text.days import said_on_air_day

    said = said_on_air_day(item.text, item.published, air)
    seconds = item.seconds if said.text == item.text else estimate(said.text)
    return dataclasses.replace(item, text=said.text, seconds=seconds, day_words_left=said.left)


def guard_items(items: Sequence[Item], air: datetime | None = None) -> Guarded:
    """The last guard before synthesis, once per item whatever made it (articles or an edited
    script): no sentence with payment or contact data, a link or noise reaches the voice. Then the
    editorial check: what it finds goes into the item's notes and the warnings."""
    from bulletin.text.clean import guard_text
    from bulletin.text.editorial import Context, review_item

    kept, dropped, warnings = [], [], []
    for item in items:
        text, removed = guard_text(item.text)
        warnings += [f"item {item.title!r}: left out a sentence with payment or contact data, a link or "
                     f"noise before speaking it: {sentence[:80]!r}" for sentence in removed]
        if text.strip():
            context = Context(item.published, air, item.source, item.day_words_left, headline=item.title)
            review = review_item(text, context)
            # the condenser's notes about the article first, then what the check finds in the text
            notes = tuple(dict.fromkeys(item.notes + review.findings))
            warnings += [f"item {item.title!r}: {finding}" for finding in notes]
            kept.append(dataclasses.replace(item, text=text, notes=notes))
        else:
            dropped.append(Dropped(item.title, item.source, "nothing left after the last guard "
                                                            "(payment or contact data only)"))
    if not kept:
        raise NoArticlesError("no item left after the last guard removed payment and contact data")
    return Guarded(tuple(kept), tuple(dropped), tuple(warnings))


def _trimmed(article: Article) -> tuple[Article, list[str]]:
    """Only the first MAX_ARTICLE_CHARS are edited: condensing is lead-biased, and a book-length
    'article' would otherwise cost minutes in the cleaner's patterns. Returns the article and the
    warning when it was cut."""
    if sum(len(p) for p in article.paragraphs) <= MAX_ARTICLE_CHARS:
        return article, []
    kept, room = [], MAX_ARTICLE_CHARS
    for paragraph in article.paragraphs:
        if room <= 0:
            break
        kept.append(paragraph[:room])
        room -= len(paragraph)
    warning = f"{article.origin}: longer than {MAX_ARTICLE_CHARS} characters; only the beginning is used"
    return dataclasses.replace(article, paragraphs=tuple(kept)), [warning]


def _each_story_once(articles: list[Article]) -> tuple[list[Article], list[Dropped]]:
    from bulletin.text.dedupe import dedupe

    kept, duplicates = dedupe(articles)
    for duplicate in duplicates:
        log.info("%s: %s", duplicate.article.origin, duplicate.reason)
    return kept, [Dropped(d.article.title, d.article.source, d.reason) for d in duplicates]


def _each_news_once(items: list[Item]) -> tuple[list[Item], list[Dropped]]:
    """Two items of one story from articles too different to be found the same (text/dedupe.py)."""
    from bulletin.text.dedupe import items_once

    kept, left_out = items_once(items)
    for item, reason in left_out:
        log.info("%s: %s", item.origin, reason)
    return kept, [Dropped(item.title, item.source, reason) for item, reason in left_out]


def _without_repeats(items: list[Item], config: Config, aired: Sequence[Aired] | None) -> Choice:
    """The memory of what aired decides which items go out (all of them when it is off)."""
    if aired is None or config.repeat_hours <= 0:
        return Choice(tuple(items), (), "made")
    return choose(items, aired, config)


def _air_order(articles: list[Article]) -> list[Article]:
    """Higher priority first, then the newest; otherwise the order they were read in (stable sort)."""
    oldest = datetime.min.replace(tzinfo=UTC)

    def newest(article: Article) -> datetime:
        published = article.published
        if published is None:
            return oldest
        return published if published.tzinfo else published.replace(tzinfo=UTC)

    by_time = sorted(articles, key=newest, reverse=True)
    return sorted(by_time, key=lambda a: a.priority, reverse=True)


FEATURE_LEFT_OUT = ("its lead reports nothing that happened (a feature's, a review's or a guide's "
                    'opening), not news: features = "last" airs it after the news')
# What is left out while there is news, by how the item opens (editorial.how_the_lead_opens) or reads.
_NOT_NEWS = {"nothing": FEATURE_LEFT_OUT,
             "fiction": ("it tells a film's or a series' plot (characters named with their actors): a "
                         'review or preview, not news: features = "last" airs it after the news'),
             "opinion": ("it reads like a review, feature or commentary, not a report (its opening judges or "
                         'addresses the reader): features = "last" airs it after the news'),
             "no result": ("it tells how a match went but not its result (the article gives the score "
                           'too late to be read): features = "last" airs it after the news'),
             "event": ("it invites to an event (date, place, tickets): an announcement for the events "
                       'calendar, not news: features = "last" airs it after the news')}


def _news_first(items: list[Item], features: str) -> tuple[list[Item], list[Dropped], list[str]]:
    """Of the same priority, the items that report something before those that open like a feature
    (a lead that reports nothing that happened, background first, a review or commentary), each
    group in its air order: a news editor puts the news first, and max_items and the air time cut
    from the end. With ``features`` "leave-out", an item whose lead reports nothing that happened,
    that tells a plot, or that reads like a review or commentary is left out (dropped, with the
    reason) while another item is there to air: said as news with "berichtet der Standard", a
    commentator's opinion sounds like fact (outside editors asked to drop each such item). With
    nothing else in the inbox it airs, and a warning says so."""
    from bulletin.text.editorial import how_the_lead_opens
    from bulletin.text.genre import FICTION_NOTE, GENRE_NOTE, NO_RESULT_NOTE
    from bulletin.text.self_promotion import EVENT_NOTE

    opens = {id(item): how_the_lead_opens(item.text) for item in items}  # each lead classified once
    opens |= {id(item): "fiction" for item in items if FICTION_NOTE in item.notes}  # a plot, any lead
    opens |= {id(item): "no result" for item in items if NO_RESULT_NOTE in item.notes}
    opens |= {id(item): "event" for item in items if EVENT_NOTE in item.notes}
    opens |= {id(item): "opinion" for item in items
              if GENRE_NOTE in item.notes and opens[id(item)] not in _NOT_NEWS}

    def feature(item: Item) -> bool:
        return bool(opens[id(item)])

    ordered = sorted(items, key=lambda item: (-item.priority, feature(item)))
    if features != "leave-out":
        return ordered, [], []
    news = [item for item in ordered if opens[id(item)] not in _NOT_NEWS]
    if not news:
        return ordered, [], ["only features in the inbox (every lead reports nothing that happened, or the "
                             "article tells a film's plot or reads like a review or commentary): aired as "
                             "they are; check they belong in the news"]
    left_out = [Dropped(item.title, item.source, _NOT_NEWS[opens[id(item)]]) for item in ordered
                if opens[id(item)] in _NOT_NEWS]
    return news, left_out, []


def _nothing_usable(inputs: Sequence[str], articles: list[Article], warnings: Sequence[str],
                    dropped: Sequence[Dropped] = ()) -> str:
    where = ", ".join(inputs)
    if articles:
        return f"no usable article in {where}: all {len(articles)} were page furniture only"
    if warnings:
        return f"no usable article in {where}: {len(warnings)} file(s) skipped (see the lines above)"
    if dropped:
        entries = "entry" if len(dropped) == 1 else "entries"
        return (f"no usable article in {where}: {len(dropped)} feed {entries} left out "
                f"(e.g. {dropped[0].reason}); see the manifest's dropped list")
    return f"no articles in {where}; put .txt, .md, .html or feed (.xml) files there, or give feed URLs"

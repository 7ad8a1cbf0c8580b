"""The editor's desk: articles in, the items for this hour out (ingest, clean, each story once,
condense, the memory of what aired, air order, max_items). Everything left out is listed in
`dropped` with its reason, every problem becomes a warning naming its file."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bulletin.config import Config
from bulletin.errors import InputError, NoArticlesError
from bulletin.models import Article, Dropped, Item

log = logging.getLogger("bulletin")
MAX_ARTICLE_CHARS = 50_000  # far more than any news article; see _trimmed


@dataclass
class Memory:
    """The state database for this run (None when off or unusable) and what it decided."""

    history: object | None = None  # bulletin.station.history.History
    verdicts: list[str] = field(default_factory=list)  # per chosen item: new | changed | priority | repeat
    status: str = "made"  # made | repeat | short


def edit(config: Config, inputs: Sequence[str], air: datetime, estimate: Callable[[str], float],
         warn: Callable[[str], None], dropped: list[Dropped], memory: Memory | None = None) -> list[Item]:
    """Articles -> cleaned, condensed, chosen items, in air order."""
    from bulletin.ingest import collect, options_from
    from bulletin.text.clean import clean
    from bulletin.text.condense import condense

    collected = collect(inputs, options_from(config, air))
    articles = collected.articles
    for message in collected.warnings:
        warn(message)
    dropped.extend(collected.dropped)
    cleaned: list[Article] = []
    for article in articles:
        cleaned_article = clean(_trimmed(article, warn))
        for message in cleaned_article.warnings:
            warn(message)
        article = cleaned_article.article
        if article.paragraphs:
            cleaned.append(article)
        else:
            dropped.append(Dropped(article.title, article.source, "only page furniture, no news text"))
            warn(f"{article.origin}: only page furniture (credits, appeals, links), skipped")
    if not cleaned:
        raise NoArticlesError(_nothing_usable(inputs, articles, collected.warnings, dropped))
    cleaned = _each_story_once(cleaned, dropped)

    from bulletin.text.credits import load_outlets

    outlets = load_outlets(config.voices_dir)
    items = []
    for article in _air_order(cleaned):
        try:
            items.append(condense(article, config.item_seconds, estimate, outlets))
        except InputError as err:
            dropped.append(Dropped(article.title, article.source, err.problem))
            warn(f"{err}; skipped")
    if not items:
        raise NoArticlesError(_nothing_usable(inputs, articles, collected.warnings))
    items = _without_repeats(items, config, air, memory if memory is not None else Memory(), dropped)
    for item in items[config.max_items:]:
        dropped.append(Dropped(item.title, item.source, f"more than max_items ({config.max_items})"))
    return items[:config.max_items]


def guard_items(items: Sequence[Item], warn: Callable[[str], None], dropped: list[Dropped],
                air: datetime | None = None) -> list[Item]:
    """The last guard before synthesis, once per item whatever made it (articles or an edited
    script): no sentence with payment or contact data, a link or noise reaches the voice. Then the
    editorial check: what it finds goes into the item's notes and the warnings."""
    from bulletin.text.clean import guard_text
    from bulletin.text.editorial import review_item

    kept = []
    for item in items:
        text, removed = guard_text(item.text)
        for sentence in removed:
            warn(f"item {item.title!r}: left out a sentence with payment or contact data, a link or noise "
                 f"before speaking it: {sentence[:80]!r}")
        if text.strip():
            review = review_item(text, item.published, air, item.source)
            # the condenser's notes about the article first, then what the check finds in the text
            notes = tuple(dict.fromkeys(item.notes + review.findings))
            for finding in notes:
                warn(f"item {item.title!r}: {finding}")
            kept.append(dataclasses.replace(item, text=text, notes=notes))
        else:
            dropped.append(Dropped(item.title, item.source, "nothing left after the last guard "
                                                            "(payment or contact data only)"))
    if not kept:
        raise NoArticlesError("no item left after the last guard removed payment and contact data")
    return kept


def _trimmed(article: Article, warn: Callable[[str], None]) -> Article:
    """Only the first MAX_ARTICLE_CHARS are edited: condensing is lead-biased, and a book-length
    'article' would otherwise cost minutes in the cleaner's patterns."""
    if sum(len(p) for p in article.paragraphs) <= MAX_ARTICLE_CHARS:
        return article
    kept, room = [], MAX_ARTICLE_CHARS
    for paragraph in article.paragraphs:
        if room <= 0:
            break
        kept.append(paragraph[:room])
        room -= len(paragraph)
    warn(f"{article.origin}: longer than {MAX_ARTICLE_CHARS} characters; only the beginning is used")
    return dataclasses.replace(article, paragraphs=tuple(kept))


def _each_story_once(articles: list[Article], dropped: list[Dropped]) -> list[Article]:
    from bulletin.text.dedupe import dedupe

    kept, duplicates = dedupe(articles)
    for duplicate in duplicates:
        log.info("%s: %s", duplicate.article.origin, duplicate.reason)
        dropped.append(Dropped(duplicate.article.title, duplicate.article.source, duplicate.reason))
    return kept


def _without_repeats(items: list[Item], config: Config, air: datetime, memory: Memory,
                     dropped: list[Dropped]) -> list[Item]:
    """The memory of what aired decides which items go out (all of them when it is off)."""
    from bulletin.station.history import HistoryError, choose

    if memory.history is None or config.repeat_hours <= 0:
        return items
    try:
        aired = memory.history.aired_since(air, config.repeat_hours)
    except HistoryError as err:
        log.warning("%s; every story goes on air this hour", err)
        return items
    chosen = choose(items, aired, config)
    dropped.extend(chosen.dropped)
    memory.verdicts, memory.status = chosen.verdicts[:config.max_items], chosen.status
    return chosen.items


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

"""The editor's desk: articles in, the items for this hour out (ingest, clean, each story once,
condense, the memory of what aired, air order, max_items). Everything left out is listed in
`dropped` with its reason, every problem becomes a warning naming its file."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bulletin.config import Config
from bulletin.errors import InputError, NoArticlesError
from bulletin.models import Article, Dropped, Item

log = logging.getLogger("bulletin")


@dataclass
class Memory:
    """The state database for this run (None when off or unusable) and what it decided."""

    history: object | None = None  # bulletin.history.History
    verdicts: list[str] = field(default_factory=list)  # per chosen item: new | changed | priority | repeat
    status: str = "made"  # made | repeat | short


def edit(config: Config, inputs: Sequence[str], air: datetime, estimate: Callable[[str], float],
         warn: Callable[[str], None], dropped: list[Dropped], memory: Memory | None = None) -> list[Item]:
    """Articles -> cleaned, condensed, chosen items, in air order."""
    from bulletin.clean import clean_article
    from bulletin.condense import condense
    from bulletin.ingest import collect, options_from

    collected = collect(inputs, options_from(config, air))
    articles = collected.articles
    for message in collected.warnings:
        warn(message)
    dropped.extend(collected.dropped)
    cleaned: list[Article] = []
    for article in articles:
        article = clean_article(article)
        if article.paragraphs:
            cleaned.append(article)
        else:
            dropped.append(Dropped(article.title, article.source, "only page furniture, no news text"))
            warn(f"{article.origin}: only page furniture (credits, appeals, links), skipped")
    if not cleaned:
        raise NoArticlesError(_nothing_usable(inputs, articles, collected.warnings, dropped))
    cleaned = _each_story_once(cleaned, dropped)

    items = []
    for article in _air_order(cleaned):
        try:
            items.append(condense(article, config.item_seconds, estimate))
        except InputError as err:
            dropped.append(Dropped(article.title, article.source, err.problem))
            warn(f"{err}; skipped")
    if not items:
        raise NoArticlesError(_nothing_usable(inputs, articles, collected.warnings))
    items = _without_repeats(items, config, air, memory if memory is not None else Memory(), dropped)
    for item in items[config.max_items:]:
        dropped.append(Dropped(item.title, item.source, f"more than max_items ({config.max_items})"))
    return items[:config.max_items]


def _each_story_once(articles: list[Article], dropped: list[Dropped]) -> list[Article]:
    from bulletin.dedupe import dedupe

    kept, duplicates = dedupe(articles)
    for duplicate in duplicates:
        log.info("%s: %s", duplicate.article.origin, duplicate.reason)
        dropped.append(Dropped(duplicate.article.title, duplicate.article.source, duplicate.reason))
    return kept


def _without_repeats(items: list[Item], config: Config, air: datetime, memory: Memory,
                     dropped: list[Dropped]) -> list[Item]:
    """The memory of what aired decides which items go out (all of them when it is off)."""
    from bulletin.history import HistoryError, choose

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

"""The ingest stage: inputs (files, folders, feeds, web pages, URLs) -> Articles.

What a file is follows its name, checked against its content: `.xml` `.rss` `.atom` `.rdf` are
feeds, `.html` `.htm` `.xhtml` web pages, `.txt` `.md` articles, unless their first bytes show a
feed or a web page (a saved page called `.txt` is read as a page). A URL (http or https) is
fetched and read as a feed or a page by its Content-Type, else by its first bytes.

A folder contributes its supported files in sorted order, hidden files and folders skipped; links
in it are skipped with a warning unless ``follow_symlinks`` and they stay inside (paths.py). A file
or URL that cannot be used becomes a warning naming it, so the good articles next to it still go
on air; a path that does not exist at all, or an address that is not http(s), stops the run.
Feed entries left out (too old, too many) are reported in ``dropped``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from bulletin.errors import InputError
from bulletin.ingest.feeds import FeedOptions, read_feed
from bulletin.ingest.fetch import NOTHING_DECLARED, Declared, FetchSettings, check_url, fetch, is_url
from bulletin.ingest.markup import sniff
from bulletin.ingest.paths import files_in
from bulletin.ingest.sanitize import checked
from bulletin.ingest.text import MAX_BYTES, markdown_article, read_file_bytes, repair_utf8, text_article
from bulletin.models import Article, Dropped

TEXT_READERS: dict[str, Callable[[bytes, Path], Article]] = {
    ".txt": text_article, ".md": markdown_article, ".markdown": markdown_article}
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED = tuple(sorted((*TEXT_READERS, *FEED_SUFFIXES, *PAGE_SUFFIXES)))
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/x-rss+xml")
PAGE_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Collected:
    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # one per file, URL or entry that was skipped
    dropped: list[Dropped] = field(default_factory=list)  # feed entries left out on purpose

    def add(self, origin: str, articles: Iterable[Article] = (), warnings: Iterable[str] = (),
            dropped: Iterable[Dropped] = ()) -> None:
        """What one input gave, after the checks every article passes (sanitize.py)."""
        result = checked(articles, dropped, origin)
        self.articles += result.articles
        self.warnings += [*warnings, *result.warnings]
        self.dropped += result.dropped


def options_from(config, now: datetime) -> FeedOptions:
    """The feed and fetch limits from the settings; ``now`` (the air time) dates max_age_hours."""
    return FeedOptions(now=now, max_age_hours=config.max_age_hours, max_per_feed=config.max_per_feed,
                       follow_links=config.follow_links,
                       fetch=FetchSettings(timeout=config.fetch_timeout, max_bytes=config.max_fetch_bytes,
                                           user_agent=config.user_agent or FetchSettings().user_agent,
                                           allowed_hosts=tuple(config.allowed_hosts),
                                           allow_networks=tuple(config.allow_networks)),
                       max_file_bytes=config.max_file_bytes, max_inputs=config.max_inputs,
                       follow_symlinks=config.follow_symlinks)


def collect(inputs: Iterable[str], options: FeedOptions | None = None) -> Collected:
    """Read every input; the articles, one warning per input that was skipped, and what was dropped."""
    options = options or FeedOptions(now=datetime.now(UTC))
    collected = Collected()
    sources: list[str | Path] = []
    folders: dict[Path, Path] = {}  # each file found in a folder input -> that folder (path guard)
    for raw in inputs:
        if is_url(raw):
            check_url(raw, options.fetch)  # a wrong scheme is a setup mistake: stop the run
            sources.append(raw)
            continue
        path = require_existing(raw)
        if path.is_dir():
            found = sorted(files_in(path))
            folders.update(dict.fromkeys(found, path))
            sources += found
        else:
            sources.append(path)
    for source in _at_most(sources, options.max_inputs, collected):
        if isinstance(source, str):
            _read_url(source, options, collected)
            continue
        suffix = source.suffix.lower()
        link_refused = source in folders and not options.follow_symlinks and source.is_symlink()
        if suffix not in SUPPORTED and not link_refused:  # a link is named as one when it is read
            collected.warnings.append(f"{source}: unsupported file type {source.suffix or '(none)'}, skipped "
                                      f"(supported: {', '.join(SUPPORTED)})")
            continue
        try:
            _read_file(source, suffix, options, collected, folders.get(source))
        except InputError as err:
            collected.warnings.append(f"{err}; skipped")
    return collected


def _at_most(sources: list[str | Path], limit: int, collected: Collected) -> list[str | Path]:
    """A flooded inbox costs bounded time: beyond `limit` inputs only the newest files are read."""
    if len(sources) <= limit:
        return sources

    def age(source: str | Path) -> float:
        try:
            return -source.lstat().st_mtime if isinstance(source, Path) else float("-inf")
        except OSError:
            return 0.0

    keep = set(sorted(range(len(sources)), key=lambda i: age(sources[i]))[:limit])  # URLs, then newest
    collected.warnings.append(f"{len(sources)} inputs is more than max_inputs ({limit}): read the newest "
                              f"{limit}, skipped {len(sources) - limit}")
    return [source for index, source in enumerate(sources) if index in keep]


def _read_file(file: Path, suffix: str, options: FeedOptions, collected: Collected,
               folder: Path | None) -> None:
    data = read_file_bytes(file, options.max_file_bytes, folder, options.follow_symlinks)
    if suffix in TEXT_READERS:
        kind = sniff(data) or suffix
    else:
        kind = "feed" if suffix in FEED_SUFFIXES else "html"
        if suffix in FEED_SUFFIXES and sniff(data) == "html":
            kind = "html"  # an .xml that is XHTML
    collected.add(str(file), *_read_data(kind, data, str(file), options))


def _read_url(url: str, options: FeedOptions, collected: Collected) -> None:
    try:
        fetched = fetch(url, options.fetch)
        kind = sniff(fetched.data) or (
            "feed" if fetched.content_type in FEED_TYPES or fetched.content_type.endswith("+xml")
            else "html" if fetched.content_type in PAGE_TYPES else None)
        if kind is None:
            raise InputError(url, f"is neither a feed nor a web page (Content-Type "
                                  f"{fetched.content_type or 'missing'})")
        content_type = fetched.content_type if fetched.content_type in (*FEED_TYPES, *PAGE_TYPES) else ""
        collected.add(url, *_read_data(kind, fetched.data, url, options,
                                       Declared(content_type, fetched.charset, fetched.url)))
    except InputError as err:
        collected.warnings.append(f"{err}; skipped")


def _read_data(kind: str, data: bytes, origin: str, options: FeedOptions,
               declared: Declared = NOTHING_DECLARED) -> tuple[list[Article], list[str], list[Dropped]]:
    """One input's bytes, of a kind: "feed", "html" or a text reader's suffix; its articles, warnings
    and what it left out, as Collected.add takes them."""
    repaired = repair_utf8(data)
    notes = []
    if repaired.foreign:
        declared = replace(declared, charset="utf-8")  # it is now, whatever the server or document declares
        notes.append(f"{origin}: UTF-8 text with {repaired.foreign} byte{'s' * (repaired.foreign > 1)} in "
                     "another encoding, read as Windows-1252; check its umlauts (save it as UTF-8)")
    if kind in TEXT_READERS:
        return [TEXT_READERS[kind](repaired.data, Path(origin))], notes, []
    if kind == "feed":
        result = read_feed(repaired.data, origin, options, declared)
        return result.articles, [*notes, *result.warnings], result.dropped
    from bulletin.ingest.web import read_page  # trafilatura loads in a third of a second: only if needed

    return [read_page(repaired.data, origin, declared.url)], notes, []


def require_existing(raw: str) -> Path | None:
    """The input as a path, which must exist; None for a URL (checked for its scheme only)."""
    if is_url(raw):
        check_url(raw, FetchSettings())
        return None
    path = Path(raw)
    if not path.exists():
        raise InputError(raw, "no such file or folder; check the --input path or `inbox` setting")
    return path


__all__ = ["Collected", "FeedOptions", "MAX_BYTES", "collect", "options_from", "require_existing"]

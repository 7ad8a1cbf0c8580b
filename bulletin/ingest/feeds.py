"""News feeds (RSS 0.9x, RSS 1.0/RDF, RSS 2.0, Atom 0.3, Atom 1.0) -> Articles, with feedparser.

Per entry: the headline, the text (full content over the summary; HTML becomes clean paragraphs),
the link, the publication time and the outlet to credit. Entries older than ``max_age_hours``
are left out, then at most ``max_per_feed`` of the newest are taken; both go to ``dropped``.
A teaser (a cut-off or short summary without full content) is replaced by the linked page when
``follow_links`` is on; a failed fetch keeps the teaser with a warning.

Safety: feedparser expands entity declarations without a limit (billion laughs), so a document
that declares entities or carries an internal DTD is refused before it is parsed. The check runs
on the text as feedparser will decode it, so UTF-16 or UTF-7 cannot hide a declaration. A bare
``<!DOCTYPE rss PUBLIC ...>`` line without declarations, as RSS 0.91 feeds carry it, is allowed:
nothing is fetched for it. Feedparser is only ever given bytes, so it never opens files or URLs.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from bulletin.errors import InputError
from bulletin.ingest.fetch import NOTHING_DECLARED, Declared, FetchSettings, fetch
from bulletin.ingest.markup import has_markup, html_paragraphs, strip_byline, unescape_twice
from bulletin.models import Article, Dropped
from bulletin.text.sentences import split_sentences

TEASER_WORDS = 120  # a text shorter than this without full content is a teaser
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_INTERNAL_DTD = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.I)
_CUT = re.compile(r"(?:\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\))\s*$")
_SITE_SEPARATORS = re.compile(r"\s+(?:[-–—|:·]|::)\s+")


@dataclass(frozen=True)
class FeedOptions:
    now: datetime  # the reference for max_age_hours (the air time)
    max_age_hours: float = 24.0  # 0: no limit
    max_per_feed: int = 5
    follow_links: bool = False
    fetch: FetchSettings = field(default_factory=FetchSettings)
    max_file_bytes: int = 5_000_000  # any local input file (article, feed, page)
    max_inputs: int = 500  # files read per run; the newest are kept
    follow_symlinks: bool = False  # links in a folder input are read when they stay inside it


@dataclass
class FeedResult:
    articles: list[Article] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unreachable: set[str] = field(default_factory=set)  # hosts that failed: not tried again this run


def refuse_declarations(data: bytes, origin: str, headers: dict[str, str] | None = None) -> None:
    """InputError if the document declares entities or a DTD: checked before any XML parser runs."""
    from feedparser.encodings import convert_to_utf8

    try:
        decoded = convert_to_utf8(dict(headers or {}), data, {})
    except Exception:  # noqa: BLE001 - any failure here means: check the raw bytes only
        decoded = b""
    for text in (data, decoded, _utf16_view(data)):
        if _ENTITY_DECL.search(text):
            raise InputError(origin, "declares XML entities (<!ENTITY>), which can expand without limit; "
                                     "refused before parsing. Ask the publisher for a plain feed")
        if _INTERNAL_DTD.search(text):
            raise InputError(origin, "carries a DTD (<!DOCTYPE ... [ ]>); refused before parsing. "
                                     "Ask the publisher for a plain feed")


def _utf16_view(data: bytes) -> bytes:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]:
        for codec in ("utf-16", "utf-32"):
            try:
                return data.decode(codec).encode("utf-8")
            except UnicodeError:
                continue
    return b""


def parse_feed(data: bytes, origin: str, declared: Declared = NOTHING_DECLARED):
    """feedparser's result for ``data``, after the safety check; InputError if it is no feed."""
    import feedparser

    headers = {}
    if declared.content_type:
        headers["content-type"] = declared.content_type + (f"; charset={declared.charset}"
                                                           if declared.charset else "")
    if declared.url:
        headers["content-location"] = declared.url
    refuse_declarations(data, origin, headers)
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.entries:
        if parsed.bozo:
            raise InputError(origin, f"is not a feed that can be read ({_bozo(parsed)})")
        if not parsed.version:
            raise InputError(origin, "is not an RSS or Atom feed")
        raise InputError(origin, "the feed has no entries")
    return parsed


def read_feed(data: bytes, origin: str, options: FeedOptions,
              declared: Declared = NOTHING_DECLARED) -> FeedResult:
    """The articles of one feed, what was left out and why, and warnings (one per problem)."""
    parsed = parse_feed(data, origin, declared)
    result = FeedResult()
    if parsed.bozo and not _benign(parsed.get("bozo_exception")):
        result.warnings.append(f"{origin}: the feed is not well-formed ({_bozo(parsed)}); "
                               f"read {len(parsed.entries)} entries anyway")
    source = feed_source(parsed.feed, declared.url or origin)
    entries = []
    for number, raw in enumerate(parsed.entries, start=1):
        entry = _Entry(number, raw, _title(raw), _published(raw), _entry_source(raw) or source,
                       raw.get("link", "") or "")
        too_old = options.now - timedelta(hours=options.max_age_hours)
        if options.max_age_hours and entry.published and entry.published < too_old:
            result.dropped.append(Dropped(entry.title or f"entry {number}", entry.source,
                                          f"older than max_age_hours ({options.max_age_hours:g} h): "
                                          f"published {entry.published.isoformat(timespec='minutes')}"))
            continue
        entries.append(entry)
    oldest = datetime.min.replace(tzinfo=UTC)
    entries.sort(key=lambda e: e.published or oldest, reverse=True)  # stable: undated keep feed order
    for entry in entries[options.max_per_feed:]:
        result.dropped.append(Dropped(entry.title, entry.source, f"more than max_per_feed "
                                                                 f"({options.max_per_feed}) from {origin}"))
    for entry in entries[:options.max_per_feed]:
        paragraphs, teaser = entry_text(entry.raw)
        published = entry.published
        if options.follow_links and entry.link and teaser:
            paragraphs, published = _follow(entry, paragraphs, options, result, origin)
        if not paragraphs:
            hint = "" if options.follow_links else " (follow_links = true fetches the linked page)"
            result.dropped.append(Dropped(entry.title or f"entry {entry.number}", entry.source,
                                          f"no text in the feed, only a headline{hint}"))
            continue
        title = entry.title or _first_words(paragraphs[0])
        result.articles.append(Article(title=title, paragraphs=tuple(paragraphs),
                                       origin=entry.link or f"{origin} (entry {entry.number})",
                                       source=entry.source, published=published))
    return result


@dataclass(frozen=True)
class _Entry:
    """One feed entry as read_feed sorts, takes or leaves it."""

    number: int  # its place in the feed, from 1
    raw: Any  # feedparser's entry
    title: str  # "" when it has none
    published: datetime | None
    source: str  # whom to credit: the outlet its <source> names, else the feed's
    link: str


def entry_text(entry) -> tuple[list[str], bool]:
    """The entry's paragraphs (full content over summary) and whether they are only a teaser."""
    summary = _paragraphs(entry.get("summary", "") or "")
    contents = [_paragraphs(c.get("value", "") or "") for c in entry.get("content", []) or []]
    full = max(contents, key=_words, default=[])
    paragraphs = full if _words(full) >= _words(summary) else summary
    has_full = bool(full) and _words(full) > _words(summary) + 20
    paragraphs = strip_byline(paragraphs)
    cut = bool(paragraphs) and bool(_CUT.search(paragraphs[-1]))
    if cut:
        paragraphs = _without_cut_sentence(paragraphs)
    teaser = cut or (not has_full and _words(paragraphs) < TEASER_WORDS)
    return paragraphs, teaser


def _paragraphs(value: str) -> list[str]:
    return html_paragraphs(value)


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _without_cut_sentence(paragraphs: list[str]) -> list[str]:
    """ "... Haas habe kein tragfähiges Konzept da..." -> the text up to the last whole sentence."""
    sentences = split_sentences(paragraphs[-1])
    whole = " ".join(sentences[:-1]) if sentences else ""
    return [*paragraphs[:-1], whole] if whole else paragraphs[:-1]


def _follow(entry: _Entry, paragraphs: list[str], options: FeedOptions, result: FeedResult, origin: str):
    """The linked page's text instead of the teaser, if it can be had and says more."""
    from bulletin.ingest.web import read_page

    link, title, published = entry.link, entry.title, entry.published
    host = urlsplit(link).hostname or ""
    if host in result.unreachable:
        result.warnings.append(f"{origin}: entry '{title}': {host} failed before, link not followed; "
                               "read the teaser instead")
        return paragraphs, published
    try:
        fetched = fetch(link, options.fetch)
        page = read_page(fetched.data, fetched.url)
    except InputError as err:
        if re.search(r"no answer|could not (?:connect|find)|took longer|TLS", err.problem):
            result.unreachable.add(host)  # five teasers must not wait five times for a dead server
        result.warnings.append(f"{origin}: entry '{title}': could not follow its link ({err}); "
                               "read the teaser instead")
        return paragraphs, published
    if _words(list(page.paragraphs)) <= _words(paragraphs):
        return paragraphs, published
    return list(page.paragraphs), published or page.published


def _title(entry) -> str:
    title = entry.get("title", "") or ""
    detail = entry.get("title_detail") or {}
    if has_markup(title) or "html" in (detail.get("type") or ""):
        title = " ".join(html_paragraphs(title))
    return " ".join(unescape_twice(title).split())


def _first_words(text: str, limit: int = 10) -> str:
    words = split_sentences(text)[0].split() if text.strip() else []
    return " ".join(words[:limit]).rstrip(".,;:") + (" …" if len(words) > limit else "")


def _published(entry) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime(*value[:6], tzinfo=UTC)  # feedparser gives UTC
            except (TypeError, ValueError):
                continue
    return None


def _entry_source(entry) -> str:
    """An aggregator names the original outlet in the entry's <source>."""
    source = entry.get("source") or {}
    return _short_name(source.get("title", "") or "") if isinstance(source, dict) else ""


def feed_source(feed, origin: str) -> str:
    """Whom to credit: the publisher, the feed's author, else the feed title without its tagline
    ("tagesschau.de - die erste Adresse für ..." -> "tagesschau.de"), else the web address's host."""
    for key in ("publisher", "author", "title"):
        name = _short_name(feed.get(key, "") or "")
        if name and not re.search(r"@|https?://", name):
            return name
    host = urlsplit(feed.get("link", "") or origin).hostname or ""
    return host.removeprefix("www.")


def _short_name(name: str) -> str:
    name = " ".join(unescape_twice(name).split())
    return _SITE_SEPARATORS.split(name, maxsplit=1)[0].strip() if name else ""


def _benign(err) -> bool:
    """A server's wrong Content-Type or charset, which feedparser worked around: nothing to report."""
    from feedparser.exceptions import CharacterEncodingOverride, NonXMLContentType

    return isinstance(err, (CharacterEncodingOverride, NonXMLContentType))


def _bozo(parsed) -> str:
    err = parsed.get("bozo_exception")
    text = " ".join(str(err).split()) if err else "unknown problem"
    return text[:160]

"""News web pages -> Articles, with trafilatura: headline, main text, date, site name.

trafilatura finds the article in the page and leaves out navigation, comments and most teasers.
On top of that, elements whose class or id names a paywall, cookie notice, comment section,
related-articles box or newsletter prompt are pruned before extraction, and paragraphs that are
still a subscription or cookie prompt are dropped after it ("Jetzt weiterlesen mit ... Plus").
Subheadings are not read on air; list items and quotations are, when they are sentences.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from bulletin.errors import InputError
from bulletin.models import Article

# Boxes that are never the article. Class names are matched as whole words or word-parts
# ("paywall-box", "cookie-consent", "comments", "related-articles").
_PRUNE = " | ".join(
    f"//*[contains(concat(' ', translate(@class, '_', '-'), ' '), '{name}') or contains(@id, '{name}')]"
    for name in ("paywall", "cookie", "consent", "comment", "newsletter", "subscription", "abo-", "related",
                 "recommend", "outbrain", "taboola", "share", "social")
)
_PROMPTS = (
    re.compile(r"\b(?:[Jj]etzt|[Hh]ier)\s+(?:weiterlesen|abonnieren|testen|freischalten|anmelden|registrieren)\b"),
    re.compile(r"\b(?:[Ww]eiterlesen mit|bereits (?:ein(?:en)? )?(?:Abo|Account|Konto)|Abonnent(?:in)? werden"
               r"|Artikel freischalten|Plus-Artikel|im ersten Monat|(?:Digital|Plus|Probe)-?[Aa]bo)\b"),
    re.compile(r"\bCookies?\b.*\b(?:akzeptier\w*|zustimm\w*|Einstellungen|Nutzererlebnis|verwenden|einwillig\w*)\b"
               r"|\b(?:akzeptier\w*|zustimm\w*|verwenden)\b.*\bCookies?\b"),
    re.compile(r"^(?:Lesen Sie (?:auch|mehr)|Mehr zum Thema|Das könnte Sie auch interessieren|Anzeige)\b"),
)
_SENTENCE_END = (".", "!", "?", "…", "“", "”", '"', "«", "»")


def read_page(data: bytes, origin: str, url: str = "") -> Article:
    """The article on a web page; InputError naming ``origin`` when there is none."""
    from trafilatura import bare_extraction

    try:
        doc = bare_extraction(
            data, url=url or (origin if origin.startswith(("http://", "https://")) else None),
            with_metadata=True, include_comments=False, include_tables=False, include_images=False,
            include_links=False, favor_precision=True, prune_xpath=_PRUNE,
            date_extraction_params={"original_date": True, "extensive_search": False,
                                    "outputformat": "%Y-%m-%dT%H:%M:%S%z"},
        )
    except Exception as err:  # noqa: BLE001 - trafilatura raises many kinds on broken markup
        raise InputError(origin, f"could not read the web page ({type(err).__name__}: {err})") from None
    paragraphs = page_paragraphs(doc.body) if doc is not None and doc.body is not None else []
    if not paragraphs:
        raise InputError(origin, "no article text found on the page (a front page, a login or a cookie "
                                 "wall?)")
    title = " ".join((doc.title or "").split())
    if not title:
        raise InputError(origin, "the page has no headline")
    return Article(title=title, paragraphs=tuple(paragraphs), origin=origin,
                   source=site_name(doc.sitename or "", doc.hostname or "", url or origin),
                   published=_date(doc.date))


def page_paragraphs(body) -> list[str]:
    """Paragraphs, list items and quotations of trafilatura's body; prompts and headings left out.
    The body is usually flat, but a fallback extractor may hand over nested <div>s."""
    paragraphs: list[str] = []
    for element in body:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "list":
            texts = [_text(item) for item in element.iter("item")]
            texts = [t for t in texts if t.endswith(_SENTENCE_END)]  # navigation lists are not sentences
        elif tag in ("p", "quote"):
            texts = [_text(element)]
        elif tag in ("div", "section", "article", "main", "span"):
            texts = page_paragraphs(element)
        else:  # head (subheadings), table, graphic, code
            continue
        paragraphs += [t for t in texts if t and not any(p.search(t) for p in _PROMPTS)]
    return paragraphs


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def site_name(sitename: str, hostname: str, url: str) -> str:
    """ "SPIEGEL ONLINE, Hamburg, Germany" -> "SPIEGEL ONLINE"; without one, the host name."""
    name = sitename.split(",")[0].strip()
    if name:
        return name
    host = hostname or urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None

"""Markup helpers shared by the feed and web readers: what a document is, and HTML -> paragraphs.

``sniff`` tells a feed from a web page by its first bytes, whatever the file is called (a `.txt`
that is really a saved web page is read as one). ``html_paragraphs`` turns an HTML fragment (a
feed's description) into clean paragraphs: no images, captions, scripts or "[mehr]" links; inline
links keep their text; entities are decoded, twice-escaped ones ("&amp;quot;") too.
"""

from __future__ import annotations

import html
import re

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF|RDF)[\s>]", re.I)
_HTML_ROOT = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_HTML_TAGS = re.compile(r"</?(?:p|br|div|span|a|b|i|em|strong|img|ul|ol|li|h[1-6]|blockquote|figure)\b[^>]*>",
                        re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.I)
_BLOCKS = frozenset("p div li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header "
                    "pre dd dt dl address".split())
_DROP = frozenset("img figure figcaption picture video audio iframe script style noscript form button "
                  "nav aside footer object embed svg canvas select input textarea".split())
# What a teaser ends with: "[mehr]", "mehr ...", "Weiterlesen", "» mehr", "(...)", "Read more".
_MORE = re.compile(
    r"\s*(?:\[\s*(?:mehr|weiter(?:lesen)?|more|…|\.\.\.)\s*\]|\(\s*(?:mehr|…|\.\.\.)\s*\)"
    r"|[»>›]+\s*(?:mehr|weiterlesen)\b[^\w]*"
    # a capitalised "Mehr" after a finished sentence, or alone on its line ("nicht mehr." stays)
    r"|(?:(?<=[.!?…“\"])\s+|^|\n)(?:Mehr|Weiterlesen|Mehr lesen|Zum Artikel|Read more|mehr|weiterlesen)"
    r"(?:\s*[»>›.…]+)?)\s*$"
)


def _head(data: bytes) -> bytes:
    """The first 4 kB as bytes an ASCII pattern can search, whatever the encoding (UTF-16 too)."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:4]:
        try:
            return head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
        except UnicodeError:
            return head
    return head


def sniff(data: bytes) -> str | None:
    """ "feed" for RSS/RDF/Atom, "html" for a web page, None for anything else (plain text)."""
    head = _head(data)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"<"):
        return None
    feed, page = _FEED_ROOT.search(head), _HTML_ROOT.search(head)
    if feed and (not page or feed.start() < page.start()):
        return "feed"
    if page:
        return "html"
    return "html" if len(_HTML_TAGS.findall(head.decode("utf-8", "ignore"))) >= 3 else None


def has_markup(text: str) -> bool:
    return bool(_HTML_TAGS.search(text)) or "<![CDATA[" in text


def unescape_twice(text: str) -> str:
    """Entities left after parsing ("&quot;" from "&amp;quot;") are decoded once more."""
    return html.unescape(text) if _ENTITY.search(text) else text


def html_paragraphs(fragment: str) -> list[str]:
    """An HTML fragment as paragraphs of plain text (blank lines between blocks, <br> a line break)."""
    import lxml.html
    from lxml import etree

    fragment = fragment.replace("<![CDATA[", "").replace("]]>", "")  # Atom 0.3 escapes it literally
    if not has_markup(fragment):
        text = unescape_twice(fragment)
        if has_markup(text):  # the markup itself was escaped once too often
            return html_paragraphs(text)
        return _without_more([p for p in (" ".join(b.split()) for b in re.split(r"\n\s*\n", text)) if p])
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return [" ".join(unescape_twice(re.sub(r"<[^>]*>", " ", fragment)).split())]
    _mark_breaks(root)
    text = unescape_twice(root.text_content())
    paragraphs = []
    for block in re.split(r"\n[ \t\xa0]*\n", text):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            paragraphs.append(block)
    return _without_more(paragraphs)


def _mark_breaks(root) -> None:
    """In the parsed fragment, in place: a blank line around each block, a line break for each <br>,
    scripts, styles and the like dropped (keeping the text after them), comments gone."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str):  # comments, processing instructions
            element.drop_tree() if element.getparent() is not None else None
            continue
        tag = element.tag.lower()
        if tag in _DROP and element is not root:
            element.drop_tree()  # keeps the text after the element
        elif tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
            element.text = "\n\n" + (element.text or "")


def _without_more(paragraphs: list[str]) -> list[str]:
    """Without the "[mehr]" link a teaser ends with."""
    if paragraphs:
        last = _MORE.sub("", paragraphs[-1]).rstrip()
        paragraphs[-1:] = [last] if last else []
    return paragraphs


# "Von H.-J. Vieweger." or "Von Anna Beispiel und Max Muster, Beispielstadt." closing a teaser.
_BYLINE = re.compile(r"(?:^|(?<=[.!?…“\"]))\s*(?:Von|Ein Bericht von|Eine Analyse von|Ein Kommentar von)"
                     r"\s+[A-ZÄÖÜ][\w.-]*(?:\s+(?:[A-ZÄÖÜ][\w.-]*|und|von|van|de|zu))*"
                     r"(?:,\s*[A-ZÄÖÜ][\w -]*)?\.?\s*$")


def strip_byline(paragraphs: list[str]) -> list[str]:
    """Drop the author line a feed's teaser ends with ("... geht es genau? Von H.-J. Vieweger.")."""
    if not paragraphs:
        return paragraphs
    last = _BYLINE.sub("", paragraphs[-1]).rstrip()
    return [*paragraphs[:-1], last] if last else paragraphs[:-1]

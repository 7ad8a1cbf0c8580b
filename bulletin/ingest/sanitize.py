"""What every article passes on its way in, whichever reader made it (text, Markdown, feed, page):
invisible control characters out (bulletin/controls.py), with one warning per input naming it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from bulletin.controls import strip_controls
from bulletin.models import Article, Dropped


@dataclass(frozen=True)
class Checked:
    articles: tuple[Article, ...]
    dropped: tuple[Dropped, ...]
    warnings: tuple[str, ...]


def checked(articles: Iterable[Article], dropped: Iterable[Dropped], origin: str) -> Checked:
    """The articles and dropped entries of one input without control characters; the warnings."""
    removed = 0

    def clean(text: str) -> str:
        nonlocal removed
        stripped = strip_controls(text)
        removed += stripped.removed
        return stripped.text

    kept = []
    for article in articles:
        paragraphs = tuple(p for p in (clean(p).strip() for p in article.paragraphs) if p)
        kept.append(dataclasses.replace(article, title=" ".join(clean(article.title).split()),
                                        source=" ".join(clean(article.source).split()),
                                        paragraphs=paragraphs))
    left_out = [dataclasses.replace(d, title=" ".join(clean(d.title).split()),
                                    source=" ".join(clean(d.source).split())) for d in dropped]
    warnings = []
    if removed:
        warnings.append(f"{origin}: removed {removed} invisible control character{'s' * (removed > 1)} "
                        "(terminal escape sequences, bidi or other control codes) from the text")
    return Checked(tuple(kept), tuple(left_out), tuple(warnings))

"""What every article passes on its way in, whichever reader made it (text, Markdown, feed, page),
with one warning per input and problem naming the input:

- invisible control characters out (bulletin/text/controls.py);
- text decoded with the wrong character set repaired with ftfy ("BÃ¼rgermeisterin" ->
  "Bürgermeisterin"): a feed or page that declares one encoding and sends another. (Bytes that
  mix UTF-8 with another encoding are repaired before, text.repair_utf8.)
- text that is not language (random bytes, random characters, keyboard mash) refused: language.py.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bulletin.ingest.language import judge
from bulletin.models import Article, Dropped
from bulletin.text.controls import strip_controls

# What UTF-8 read as Windows-1252 or Latin-1 looks like: a lead byte's character ("Ã", "Â", "â")
# before a continuation byte's. Only then is ftfy loaded (0.1 s) to judge and repair.
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                            "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026"
                            "\u2030\u2039\u203a\u20ac\u2122]")


@dataclass(frozen=True)
class Checked:
    articles: tuple[Article, ...]
    dropped: tuple[Dropped, ...]
    warnings: tuple[str, ...]


def checked(articles: Iterable[Article], dropped: Iterable[Dropped], origin: str) -> Checked:
    """The articles and dropped entries of one input without control characters; the warnings."""
    removed = repaired = 0

    def clean(text: str) -> str:
        nonlocal removed, repaired
        stripped = strip_controls(text)
        removed += stripped.removed
        text = stripped.text
        if _MOJIBAKE_HINT.search(text):
            import ftfy

            fixed = ftfy.fix_encoding(text)
            repaired += fixed != text
            text = fixed
        return text

    kept, warnings = [], []
    for article in articles:
        paragraphs = tuple(p for p in (clean(p).strip() for p in article.paragraphs) if p)
        article = dataclasses.replace(article, title=" ".join(clean(article.title).split()),
                                      source=" ".join(clean(article.source).split()), paragraphs=paragraphs)
        judged = judge("\n".join((article.title, *article.paragraphs)))
        if judged.problem:
            entry = f" entry '{article.title[:60]}'" if article.origin != origin else ""
            warnings.append(f"{origin}:{entry} does not read as German or English text ({judged.problem}); "
                            "skipped")
        else:
            kept.append(article)
    left_out = [dataclasses.replace(d, title=" ".join(clean(d.title).split()),
                                    source=" ".join(clean(d.source).split())) for d in dropped]
    if removed:
        warnings.append(f"{origin}: removed {removed} invisible control character{'s' * (removed > 1)} "
                        "(terminal escape sequences, bidi or other control codes) from the text")
    if repaired:
        warnings.append(f"{origin}: repaired text read in the wrong character set (such as 'Ã¼' for 'ü'); "
                        "the document declares another encoding than it uses")
    return Checked(tuple(kept), tuple(left_out), tuple(warnings))

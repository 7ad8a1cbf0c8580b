"""The normalize stage: written German -> the words a newsreader says.

An ordered list of small pure rules (str -> str, see rules.py) turns numbers, dates, times, money,
units, signs and abbreviations into words. A voice's lexicon (lexicon.py), when given, is applied
first: it decides how acronyms and names are said.
"""

from __future__ import annotations

from collections.abc import Iterator

from bulletin.speech.normalize.lexicon import Lexicon
from bulletin.speech.normalize.rules import RULES


def normalize(text: str, lexicon: Lexicon | None = None) -> str:
    """The spoken form of `text`, whitespace collapsed to single spaces."""
    if lexicon:
        text = lexicon.apply(text)
    for rule in RULES:
        text = rule(text)
    return " ".join(text.split())


def trace(text: str, lexicon: Lexicon | None = None) -> Iterator[tuple[str, str]]:
    """Each step that changed `text`: (rule name, text after it), for producers hunting a reading."""
    if lexicon:
        changed = lexicon.apply(text)
        if changed != text:
            yield "lexicon", changed
        text = changed
    for rule in RULES:
        changed = rule(text)
        if changed != text:
            yield rule.__name__, " ".join(changed.split())
        text = changed

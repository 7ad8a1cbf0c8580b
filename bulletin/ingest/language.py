"""Is it language? Random bytes, random characters and keyboard mash are refused before they are read
on air as gibberish.

Two cheap measures and one careful one, in order:

1. letters: the share of letters among the characters that are not spaces. Real articles have 0.89
   or more; random printable characters 0.55 (random bytes read as Windows-1252: 0.62).
2. common words: the share of words on jusText's German and English stop lists (the most frequent
   words of each language's Wikipedia, made for telling prose from boilerplate). Real articles,
   feed entries and pages of the evaluation corpus: 0.39 or more (paragraphs of 5 words or more:
   0.14 or more); random text 0.01 to 0.07. Text at 0.15 or above is language.
3. known words, only for text below that (a list of results or names, or junk): the share of its
   words of two letters or more that simplemma's German or English vocabulary knows (real text
   0.67 or more, also paragraph by paragraph; junk 0.02 to 0.22). Below 0.5 it
   is refused. Opening that vocabulary takes a second or two (and 30 MB), so only such text pays.

Text of fewer than MIN_WORDS words is not judged: a short teaser proves nothing either way.
``scripts/eval_language.py`` prints these figures for the corpus and for generated junk.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

MIN_WORDS = 5
MIN_LETTERS = 0.6  # share of letters among non-space characters, judged from 100 characters on
MIN_COMMON = 0.15  # share of stop-list words: at or above, language without further ado
MIN_KNOWN = 0.5  # share of dictionary words, for text with fewer common words
_SAMPLE_WORDS = 300  # the known-words check looks at this many words (spread over the text)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Judged:
    letters: float
    common: float
    known: float | None  # None: not needed (or too short to judge)
    words: int
    problem: str  # "" when it reads as language


def judge(text: str) -> Judged:
    """The measures for ``text`` and, when it does not read as language, why not."""
    visible = "".join(text.split())
    letters = sum(ch.isalpha() for ch in visible) / len(visible) if visible else 0.0
    words = _WORD.findall(text)
    common = sum(w.lower() in _stop_words() for w in words) / len(words) if words else 0.0
    if len(visible) >= 100 and letters < MIN_LETTERS:
        return Judged(letters, common, None, len(words),
                      f"only {letters:.0%} of its characters are letters")
    if len(words) < MIN_WORDS or common >= MIN_COMMON:
        return Judged(letters, common, None, len(words), "")
    known = _known_share(words)
    if known >= MIN_KNOWN:
        return Judged(letters, common, known, len(words), "")
    return Judged(letters, common, known, len(words),
                  f"only {common:.0%} common and {known:.0%} known German or English words "
                  f"among its {len(words)}")


@functools.cache
def _stop_words() -> frozenset[str]:
    """jusText's German and English stop lists, read without importing jusText (0.08 s)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("justext")
    folder = Path(next(iter(spec.submodule_search_locations or ()), ""), "stoplists") if spec else None
    try:
        lines = [line for name in ("German", "English")
                 for line in (folder / f"{name}.txt").read_text(encoding="utf-8").splitlines()]
    except (OSError, TypeError):
        from justext import get_stoplist  # its public way, should the package's layout change

        return get_stoplist("German") | get_stoplist("English")
    return frozenset(line.strip().lower() for line in lines if line.strip())


def _known_share(words: list[str]) -> float:
    import simplemma

    candidates = [w for w in words if len(w) >= 2]
    if not candidates:
        return 0.0
    step = max(1, len(candidates) // _SAMPLE_WORDS)
    sample = candidates[::step][:_SAMPLE_WORDS]
    # low_memory: the vocabularies are searched where they lie compressed (30 MB, not 150 MB)
    known = sum(simplemma.is_known(w, lang=("de", "en"), low_memory=True) for w in sample)
    return known / len(sample)

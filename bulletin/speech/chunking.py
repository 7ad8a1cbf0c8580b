"""German-aware chunking of text for Google's speech endpoint, which takes at most 100 characters.

gTTS's own pre-processors and tokenizer are not used: they drop the full stop after words ending in
"st" and split "3. Oktober" at the ordinal dot. Here whole sentences are packed into chunks; a
sentence that is too long is cut at clause boundaries, then between words, and only a single word
longer than the limit is cut inside (pathological input). Joining the chunks with single spaces
gives back the text (modulo whitespace, and but for such a cut word), so no punctuation is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bulletin.text.sentences import split_sentences

# After a comma, semicolon or colon, or after a free-standing dash ("Wort – weiter"); never inside
# "3,5" or "14:30", which have no space after the mark.
_CLAUSE_BREAK = re.compile(r"(?<=[,;:])\s+|(?<=\s[–—-])\s+")
# A word that must stay with the next one: an ordinal ("3." Oktober) or a number before its unit
# ("3,5" Millionen, "20" Prozent, "14:30" Uhr).
_NUMBER = re.compile(r"[+-]?\d[\d.,:]*")


def chunk_text(text: str, limit: int = 100) -> list[str]:
    """Split `text` into chunks of at most `limit` characters, whole sentences where they fit."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1 (got {limit})")
    return _fit_all(split_sentences(text), limit, (_clauses, _word_groups))


def _fit_all(pieces: list[str], limit: int, splitters: tuple[Callable[[str], list[str]], ...]
             ) -> list[str]:
    """Cut each piece that is too long with the next splitter down, then pack all in order."""
    fitted: list[str] = []
    for piece in pieces:
        if len(piece) <= limit:
            fitted.append(piece)
        elif splitters:
            fitted.extend(_fit_all(splitters[0](piece), limit, splitters[1:]))
        else:
            fitted.extend(_hard_split(piece, limit))
    return _pack(fitted, limit)


def _pack(pieces: list[str], limit: int) -> list[str]:
    """Greedily join neighbouring pieces with a space while the result stays within the limit."""
    chunks: list[str] = []
    for piece in pieces:
        if chunks and len(chunks[-1]) + 1 + len(piece) <= limit:
            chunks[-1] = f"{chunks[-1]} {piece}"
        else:
            chunks.append(piece)
    return chunks


def _clauses(sentence: str) -> list[str]:
    """Cut after ", ", "; ", ": " and " – "; the mark stays with the clause before it."""
    return [part for part in _CLAUSE_BREAK.split(sentence) if part]


def _word_groups(clause: str) -> list[str]:
    """Words; a number or ordinal stays with the word after it ("3. Oktober", "3,5 Millionen")."""
    groups: list[str] = []
    glue = False
    for word in clause.split():
        if glue:
            groups[-1] = f"{groups[-1]} {word}"
        else:
            groups.append(word)
        glue = _NUMBER.fullmatch(word) is not None
    return groups


def _hard_split(piece: str, limit: int) -> list[str]:
    """Last resort for a piece that still does not fit: its words, and over-long words cut."""
    parts: list[str] = []
    for word in piece.split():
        parts.extend(word[i:i + limit] for i in range(0, len(word), limit))
    return _pack(parts, limit)

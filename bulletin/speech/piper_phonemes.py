"""Text -> Piper phoneme ids, the way Piper makes them, with the espeak-ng library the project ships.

A Piper voice was trained on espeak-ng's IPA phonemes, grouped by sentence: each clause's phonemes,
then its punctuation as a "phoneme" ("," ":" ";" followed by a space, "." "?" "!" ending the
sentence), split into Unicode code points after NFD decomposition ("ç" -> "c" + U+0327), with the
language-switch flags "(en)" removed. Each sentence becomes one id sequence: BOS, PAD, then every
phoneme's id followed by PAD, then EOS, mapped through the voice's `phoneme_id_map`.

Piper reads each clause's terminator from a patched espeak-ng call that the espeakng-loader library
does not have (espeak_TextToPhonemesWithTerminator), so here it is read from the text the library
consumed for that clause: its last clause punctuation, where only closing quotes, white space and the
few characters espeak-ng reads ahead of the next clause follow it. scripts/compare_piper_phonemes.py
measures the agreement with Piper's own phonemizer.

`[[ ... ]]` in the text passes IPA phonemes through unchanged, as Piper does: a lexicon entry can
give a name's exact phonemes when no spelling makes espeak-ng say it right. Unlike Piper, a full
stop or comma right after such a block is kept (espeak-ng drops a clause's leading punctuation, so
a sentence ending in a name would run into the next one).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

PAD, BOS, EOS = "_", "^", "$"
# clause punctuation -> the phoneme Piper appends. espeak-ng reads dashes as a semicolon; an ellipsis
# carries extra flags, so Piper appends nothing for it (not even a space: the words either side run
# together in the phonemes, as they did when the voices were trained).
_MARKS = {".": ".", "?": "?", "!": "!", ",": ",", ":": ":", ";": ";", "…": "", "–": ";", "—": ";"}
_SENTENCE_END = frozenset(".?!")
_CLOSING = "\"'“”„‚‘’«»‹›)]}"
_LOOKAHEAD = 3  # characters espeak-ng may have read of the next clause
_MARK_AT_END = re.compile(rf"(\.\.+|[{re.escape(''.join(_MARKS))}])([{re.escape(_CLOSING)}\s]*)(\S*)$")
_LANGUAGE_FLAG = re.compile(r"\([^)]+\)")
_RAW_BLOCK = re.compile(r"(\[\[.*?\]\])")
_LEADING_MARK = re.compile(rf"\s*([{re.escape(''.join(_MARKS))}])")

Clauses = Callable[[str, str], list[tuple[str, str]]]  # (text, espeak voice) -> [(ipa, text read)]


@dataclass(frozen=True)
class Phonemized:
    sentences: tuple[tuple[int, ...], ...]  # one id sequence per sentence, BOS ... EOS
    phonemes: tuple[tuple[str, ...], ...]  # the phonemes behind them, for checking and listening
    missing: frozenset[str]  # phonemes the voice has no id for (left out, as Piper does)


def clause_mark(read: str, last: bool) -> str:
    """The punctuation phoneme that ends a clause, from the text espeak-ng read for it ("" for none)."""
    found = _MARK_AT_END.search(read)
    if not found:
        return ""
    ahead = found.group(3)
    if (last and ahead) or len(ahead) > _LOOKAHEAD:
        return ""  # punctuation inside the clause, not its end
    mark = found.group(1)
    return "" if mark.startswith("..") else _MARKS[mark]


def sentence_phonemes(clauses: Iterable[tuple[str, str]]) -> list[list[str]]:
    """espeak-ng's clauses (IPA, text read) -> the phonemes of each sentence, as Piper groups them."""
    clauses = list(clauses)
    sentences: list[list[str]] = []
    current: list[str] = []
    for index, (ipa, read) in enumerate(clauses):
        mark = clause_mark(read, last=index == len(clauses) - 1)
        text = _LANGUAGE_FLAG.sub("", ipa) + mark + (" " if mark in (",", ":", ";") else "")
        current.extend(unicodedata.normalize("NFD", text))
        if mark in _SENTENCE_END:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def phonemize(text: str, espeak_voice: str, clauses: Clauses,
              vowel_clusters: Sequence[Sequence[str]] = ()) -> list[list[str]]:
    """Phonemes per sentence of `text`; `[[ ... ]]` blocks are taken as phonemes, as Piper does."""
    sentences: list[list[str]] = []
    after_raw = False
    parts = _RAW_BLOCK.split(text)
    for index, part in enumerate(parts):
        if part.startswith("[["):
            if not sentences:
                sentences.append([])
            before = parts[index - 1] if index else ""
            after = parts[index + 1] if index + 1 < len(parts) else ""
            space_before = before.endswith(" ") and sentences[-1][-1:] != [" "]  # one space between blocks
            sentences[-1].extend([" "] * space_before + list(part[2:-2].strip())
                                 + [" "] * after.startswith(" "))
            after_raw = True
            continue
        if after_raw:  # punctuation right after a block: espeak-ng would drop it, and Piper with it
            part, ends = _punctuation_after_block(part, sentences[-1])
            after_raw = not ends
        found = sentence_phonemes(clauses(part, espeak_voice)) if part.strip() else []
        if after_raw and found:
            sentences[-1].extend(found.pop(0))
        sentences.extend(found)
        after_raw = False
    sentences = [s for s in sentences if s]
    if vowel_clusters:
        clusters = {tuple(c) for c in vowel_clusters}
        sentences = [_merge_clusters(s, clusters) for s in sentences]
    return sentences


def _punctuation_after_block(part: str, sentence: list[str]) -> tuple[str, bool]:
    """Move a clause mark that follows a `[[ ... ]]` block onto its sentence (a clause's leading
    punctuation is silent in espeak-ng). Returns the rest of the text and whether the sentence ended."""
    found = _LEADING_MARK.match(part)
    if not found:
        return part, False
    mark = _MARKS.get(found.group(1), "")
    while sentence[-1:] == [" "]:
        sentence.pop()
    sentence.extend(mark + (" " if mark in (",", ":", ";") else ""))
    return part[found.end():], mark in _SENTENCE_END


def _merge_clusters(phonemes: list[str], clusters: set[tuple[str, ...]]) -> list[str]:
    """Join the vowel sequences a voice has one id for ("a" "ɪ" -> "aɪ"), longest first."""
    longest = max(len(c) for c in clusters)
    merged, i = [], 0
    while i < len(phonemes):
        for size in range(min(longest, len(phonemes) - i), 1, -1):
            if tuple(phonemes[i:i + size]) in clusters:
                merged.append("".join(phonemes[i:i + size]))
                i += size
                break
        else:
            merged.append(phonemes[i])
            i += 1
    return merged


def phoneme_ids(phonemes: Sequence[str], id_map: Mapping[str, Sequence[int]]) -> tuple[list[int], set[str]]:
    """BOS PAD, each phoneme's ids and PAD, EOS; phonemes without an id are left out and returned."""
    ids = [*id_map[BOS], *id_map[PAD]]
    missing = set()
    for phoneme in phonemes:
        if phoneme not in id_map:
            missing.add(phoneme)
            continue
        ids.extend(id_map[phoneme])
        ids.extend(id_map[PAD])
    ids.extend(id_map[EOS])
    return ids, missing


def text_to_ids(text: str, espeak_voice: str, id_map: Mapping[str, Sequence[int]], clauses: Clauses,
                vowel_clusters: Sequence[Sequence[str]] = ()) -> Phonemized:
    """The id sequences a Piper voice gets for `text`, one per sentence."""
    sentences = phonemize(text, espeak_voice, clauses, vowel_clusters)
    ids, missing = [], set()
    for phonemes in sentences:
        sentence_ids, left_out = phoneme_ids(phonemes, id_map)
        ids.append(tuple(sentence_ids))
        missing |= left_out
    return Phonemized(tuple(ids), tuple(tuple(s) for s in sentences), frozenset(missing))

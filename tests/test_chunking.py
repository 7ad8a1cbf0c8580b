"""Chunking for the online voice: at most `limit` characters, whole sentences, nothing lost."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin.speech.chunking import chunk_text

NEWS = (
    "Die Bundesregierung hat am 3. Oktober, dem Tag der Deutschen Einheit, angekündigt, dass sie "
    "3,5 Millionen Euro für den Wiederaufbau der Brücke bereitstellt – mehr als im Vorjahr. "
    "Das ist der Herbst. Er kam zuerst. Die Polizei ermittelt; Zeugen werden gesucht: "
    "Wer etwas gesehen hat, soll sich melden. Am 1. Mai beginnt der Umbau, der 20 Prozent "
    "teurer wird als geplant."
)


def spaced(text: str) -> str:
    return " ".join(text.split())


def test_short_text_is_one_chunk_with_every_full_stop():
    # gTTS's abbreviation pre-processor would drop the stops after "Herbst" and "zuerst".
    text = "Das ist der Herbst. Er kam zuerst."
    assert chunk_text(text) == [text]


def test_whole_sentences_are_packed_and_not_cut_when_they_fit():
    assert chunk_text("Das ist der Herbst. Er kam zuerst.", limit=20) == [
        "Das ist der Herbst.", "Er kam zuerst."]
    one, two, three = "A" * 40 + ".", "B" * 55 + ".", "C" * 30 + "."  # 45, 60, 35 with articles
    # Greedy in order: the first two do not fit together, the last two do.
    assert chunk_text(f"Ein {one} Der {two} Die {three}", limit=100) == [
        f"Ein {one}", f"Der {two} Die {three}"]


@pytest.mark.parametrize("limit", range(16, 120, 3))  # the longest word has 15 characters
def test_limits_hold_and_nothing_is_lost(limit):
    chunks = chunk_text(NEWS, limit)
    assert all(0 < len(c) <= limit for c in chunks), [c for c in chunks if len(c) > limit]
    assert " ".join(chunks) == spaced(NEWS)
    assert all(c == c.strip() and "  " not in c for c in chunks)


@pytest.mark.parametrize("limit", range(16, 120, 3))  # the longest word has 15 characters
def test_no_word_ordinal_or_number_with_unit_is_cut(limit):
    chunks = chunk_text(NEWS, limit)
    words = set(NEWS.split())
    assert all(w in words for c in chunks for w in c.split())
    for pair in ("3. Oktober", "1. Mai", "3,5 Millionen", "20 Prozent"):
        assert any(pair in c for c in chunks), (pair, chunks)
    # No chunk ends with a bare ordinal or number waiting for its word.
    assert not [c for c in chunks if re.search(r"(^|\s)[\d.,]*\d[.,]?$", c)]


def test_long_sentence_is_cut_at_clause_marks_first():
    chunks = chunk_text(NEWS, limit=100)
    assert chunks[0] == ("Die Bundesregierung hat am 3. Oktober, dem Tag der Deutschen Einheit, "
                         "angekündigt,")
    assert chunks[1].endswith("bereitstellt – mehr als im Vorjahr.")
    # With less room each clause mark is a cut, the dash stays with the clause before it.
    assert chunk_text(NEWS, limit=40)[:3] == [
        "Die Bundesregierung hat am 3. Oktober,", "dem Tag der Deutschen Einheit,", "angekündigt,"]
    assert "Wiederaufbau der Brücke bereitstellt –" in chunk_text(NEWS, limit=40)


def test_numbers_with_comma_or_colon_inside_are_no_clause_marks():
    text = "Um 14:30 Uhr stieg der Kurs um 3,5 Prozent auf 1.234,56 Punkte, dann fiel er wieder."
    for limit in range(16, 60):
        chunks = chunk_text(text, limit)
        assert any("14:30 Uhr" in c for c in chunks)
        assert any("3,5 Prozent" in c for c in chunks)
        assert any("1.234,56 Punkte," in c for c in chunks)
    assert chunk_text(text, limit=70) == [
        "Um 14:30 Uhr stieg der Kurs um 3,5 Prozent auf 1.234,56 Punkte,", "dann fiel er wieder."]


def test_sentence_marks_all_survive():
    text = "Wer kam? Niemand! Er wartete … Dann ging er. „Nie wieder“, sagte er."
    for limit in (10, 20, 100):
        joined = " ".join(chunk_text(text, limit))
        assert joined == text
        assert [m for m in joined if m in ".?!…„“,"] == [m for m in text if m in ".?!…„“,"]


def test_pathological_long_word_is_hard_split_without_looping():
    word = "Donaudampfschifffahrtsgesellschaft" * 8  # 272 characters
    chunks = chunk_text(f"Die {word} fährt.", limit=100)
    assert all(len(c) <= 100 for c in chunks)
    assert "".join(chunks).replace(" ", "") == f"Die{word}fährt."
    tiny = chunk_text(NEWS, limit=1)
    assert all(len(c) == 1 for c in tiny)
    assert "".join(tiny) == NEWS.replace(" ", "")


def test_whitespace_and_empty_input():
    assert chunk_text("") == []
    assert chunk_text("  \n\t ") == []
    assert chunk_text("Erste Zeile\nzweite Zeile.\n\nNeuer   Absatz.") == [
        "Erste Zeile zweite Zeile. Neuer Absatz."]


def test_limit_must_be_positive():
    with pytest.raises(ValueError, match="limit"):
        chunk_text("Text.", limit=0)


_WORDS = st.sampled_from(
    ["Der", "Minister", "sagte", "am", "3.", "Oktober", "3,5", "Millionen", "Herbst.", "zuerst.",
     "–", "Euro,", "z. B.", "Nr.", "Wer?", "Ja!", "Dampfschifffahrtsgesellschaft", "x" * 130])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=60), st.integers(min_value=1, max_value=120))
def test_any_text_any_limit_keeps_every_character(words, limit):
    text = " ".join(words)
    chunks = chunk_text(text, limit)
    assert all(0 < len(c) <= limit for c in chunks)
    assert "".join(chunks).replace(" ", "") == text.replace(" ", "")

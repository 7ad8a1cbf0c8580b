"""Property-based tests: whatever text arrives, ingest, clean, normalize and render either give a
result or raise an error of the project's own hierarchy (which the CLI turns into one line), and
they do it in bounded time (hypothesis' deadline).

`make test` runs a fixed, derandomized set of examples so CI is reproducible; `make fuzz` runs many
more random ones (HYPOTHESIS_PROFILE=fuzz, profiles in tests/conftest.py). Inputs that once broke a
rule stay here as @example."""

from __future__ import annotations

import re
import string
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bulletin.errors import BulletinError
from bulletin.ingest.text import decode, markdown_article, text_article
from bulletin.models import Article, Item
from bulletin.speech.normalize import normalize
from bulletin.text.clean import clean_article, guard_text
from bulletin.text.render import render_script

# Text that looks like news: German words, digits, the punctuation normalizer rules key on, markup.
NEWSY = st.text(
    alphabet=st.sampled_from(list(string.ascii_letters + string.digits + "äöüßÄÖÜ .,:;!?-–/%€$°²()„“\"'\n"
                                  "{}#*[]@&+")) | st.characters(),
    max_size=400,
)
WORDS = st.lists(st.sampled_from(["am", "3.", "Oktober", "14:30", "Uhr", "1.500", "3,5", "Mio.", "€", "z.", "B.",
                                  "Dr.", "-3", "°C", "2:1", "10-12", "NATO", "CDU", "%", "IBAN", "DE00", "1234",
                                  "www.x.de", "{{", "}}", "{%", "%}", "Der", "Stadtrat", "sagte", "."]),
                 max_size=60).map(" ".join)
FAST = settings(deadline=2000, suppress_health_check=[HealthCheck.too_slow])  # examples: the profile


def _guarded(func, *args):
    try:
        return func(*args)
    except BulletinError:
        return None


@FAST
@given(st.binary(max_size=2000))
@example(b"\xfe\xff\x00").via("fuzz: UTF-16 BOM with an odd number of bytes")
@example(b"\xff\xfe\x00\xd8A\x00").via("fuzz: UTF-16 with a lone surrogate")
def test_ingest_takes_any_bytes(data):
    for reader in (text_article, markdown_article):
        article = _guarded(reader, data, Path("x.txt"))
        if article is not None:
            assert article.title.strip() and article.paragraphs
    assert isinstance(decode(data), str)


@FAST
@given(NEWSY | WORDS, st.lists(NEWSY | WORDS, max_size=6))
def test_clean_takes_any_text(title, paragraphs):
    article = Article(title=title or "x", paragraphs=tuple(paragraphs), origin="x.txt")
    cleaned = clean_article(article)
    assert all(p.strip() for p in cleaned.paragraphs)
    kept, removed = guard_text(" ".join(cleaned.paragraphs))
    assert isinstance(kept, str) and all(isinstance(r, str) for r in removed)


@FAST
@given(NEWSY | WORDS)
@example("0²").via("fuzz: a superscript is str.isdigit() but not int()")
@example("²0 ¹3 ٣ Tage ３ km").via("fuzz: non-ASCII digits")
def test_normalize_takes_any_text(text):
    spoken = normalize(text)
    assert isinstance(spoken, str) and "\n" not in spoken


@FAST
@given(NEWSY | WORDS)
def test_normalize_output_grows_boundedly(text):
    spoken = normalize(text)
    assert len(spoken) < 40 * max(len(text), 1) + 100  # grows, but boundedly


@FAST
@given(NEWSY | WORDS, NEWSY | WORDS, st.integers(min_value=0, max_value=23))
def test_render_takes_any_item_text_and_never_evaluates_it(text, title, hour):
    air = datetime(2026, 11, 27, hour, tzinfo=ZoneInfo("Europe/Berlin"))
    item = Item(title=title, text=text, source="dpa", origin="x", seconds=1.0)
    script = _guarded(render_script, [item], "Radio Beispiel", air)
    assert script is not None
    assert script.parts[1].text == " ".join(text.split()) if text.strip() else True


# Sentences of the shapes the condenser rewrites: a speaker and a first-person quote, relative clauses.
SPOKEN = st.lists(st.sampled_from(["Muster", "sagte", "sagte:", "Ich", "ich", "bin", "ist", "war", "mir", "mich",
                                   "meine", "Meine", "wir", "Sie", "dass", "weil", ",", "der", "die", "das", "dem",
                                   "an", "Stadt", "Präsident", "Präsidentin", "Max", "genannten", "Kometen",
                                   "Tschuri", "teilnahm", "steht", "hatten", "zu", "machen", "und", "aber"]),
                   min_size=1, max_size=40).map(lambda words: " ".join(words) + ".")


@FAST
@given(SPOKEN | NEWSY)
def test_shortening_takes_any_sentence_and_never_lengthens_it(sentence):
    from bulletin.text.shorten import with_common_name, without_relative_clause

    assert len(without_relative_clause(sentence)) <= len(sentence)
    assert len(with_common_name(sentence)) <= len(sentence)


@FAST
@given(SPOKEN | NEWSY, SPOKEN)
def test_reported_speech_takes_any_sentence_and_leaves_no_ich(sentence, article):
    from bulletin.text.quotes import as_reported

    said = as_reported(sentence, "Präsident Max Muster kam. " + article)
    ich = re.compile(r"\b[Ii]ch\b")
    # reported, the quote's "ich" is gone: only one in the words before the colon may remain
    assert said == sentence or len(ich.findall(said)) <= len(ich.findall(sentence.split(":")[0]))

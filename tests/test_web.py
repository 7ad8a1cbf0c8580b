"""Web pages with trafilatura: headline, text and date in; cookie notes, comments, teasers, related
links and subscription prompts out."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bulletin.errors import InputError
from bulletin.ingest import collect
from bulletin.ingest.web import read_page, site_name

PAGE = Path(__file__).parent / "fixtures" / "pages" / "faehre-seite.html"


@pytest.fixture(scope="module")
def article():
    return read_page(PAGE.read_bytes(), str(PAGE))


def test_headline_date_and_site(article):
    assert article.title == "Neue Fähre für Beispieloog: Erste Fahrt im Mai"
    assert article.published == datetime(2026, 11, 27, 8, 15, tzinfo=timezone(timedelta(hours=1)))
    assert article.source == "Beispielstädter Rundschau"
    assert article.origin == str(PAGE)


def test_the_article_text_whole_and_in_order(article):
    assert len(article.paragraphs) == 4
    assert article.paragraphs[0].startswith("Die Reederei Nordwind stellt im kommenden Mai")
    assert article.paragraphs[-1] == "Die erste planmäßige Fahrt ist für den 2. Mai vorgesehen. " \
                                     "Die alten Fähren sollen verkauft werden."


@pytest.mark.parametrize(("what", "words"), [
    ("cookie note", "Cookies"), ("cookie button", "Alle akzeptieren"), ("comment", "Rostkahn"),
    ("comment heading", "Kommentare"), ("related links", "Hafenfest lockt"), ("teaser box", "Spielplatz"),
    ("teaser text", "Nachfolger"), ("subscription prompt", "Rundschau Plus"), ("login", "anmelden"),
    ("navigation", "Startseite"), ("footer", "Impressum"), ("byline", "Anna Beispiel"),
])
def test_page_furniture_is_not_part_of_the_article(article, what, words):
    assert words not in article.body, what


def test_a_page_without_an_article_is_one_clear_error(tmp_path):
    page = tmp_path / "start.html"
    page.write_text("<html><head><title>Start</title></head><body><nav><a href='/'>Start</a></nav></body></html>",
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"start\.html: no article text found on the page"):
        read_page(page.read_bytes(), str(page))


def test_html_files_in_a_folder_and_a_broken_one_next_to_them(tmp_path):
    (tmp_path / "a.html").write_bytes(PAGE.read_bytes())
    (tmp_path / "b.htm").write_text("<html><body></body></html>", encoding="utf-8")
    collected = collect([str(tmp_path)])
    assert [a.title for a in collected.articles] == ["Neue Fähre für Beispieloog: Erste Fahrt im Mai"]
    assert len(collected.warnings) == 1 and "b.htm" in collected.warnings[0]


def test_site_name_is_short_and_speakable():
    assert site_name("SPIEGEL ONLINE, Hamburg, Germany", "spiegel.de", "") == "SPIEGEL ONLINE"
    assert site_name("", "", "https://www.rundschau.example/artikel") == "rundschau.example"

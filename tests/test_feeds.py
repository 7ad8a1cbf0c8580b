"""Feeds: every dialect, the safety check before parsing, HTML in descriptions, age and count limits,
teasers followed over a real local HTTP server, and broken feeds next to good inputs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
import pytest
from local_http import LOCAL, LocalServer, stall

from bulletin.errors import InputError
from bulletin.ingest import collect
from bulletin.ingest.feeds import FeedOptions, parse_feed, read_feed
from bulletin.ingest.fetch import FetchSettings

FEEDS = Path(__file__).parent / "fixtures" / "feeds"
PAGES = Path(__file__).parent / "fixtures" / "pages"
NOW = datetime(2026, 11, 27, 13, 0, tzinfo=UTC)
ALL = FeedOptions(now=NOW, max_age_hours=0, max_per_feed=10, fetch=FetchSettings(allow_networks=LOCAL))


def rss(items: str, channel_title: str = "Testfeed Beispiel") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{channel_title}</title>'
            f"<link>https://feed.example/</link><description>d</description>{items}</channel></rss>").encode()


def item(title: str, text: str = "", link: str = "", date: datetime | None = None) -> str:
    parts = [f"<title>{title}</title>"]
    if text:
        parts.append(f"<description><![CDATA[{text}]]></description>")
    if link:
        parts.append(f"<link>{link}</link>")
    if date:
        parts.append(f"<pubDate>{date.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>")
    return "<item>" + "".join(parts) + "</item>"


@pytest.mark.parametrize(("name", "version", "title", "source", "words", "published"), [
    ("rss091.xml", "rss091n", "Neue Ampel an der Schulstraße", "Beispielstädter Rundschau",
     "Schulstraße in Beispielstadt regelt seit Montag", None),
    ("rss092.xml", "rss092", "Wochenmarkt zieht um", "Radio Beispiel Lokal",
     "zieht ab Januar vom Rathausplatz", None),
    ("rss10.rdf", "rss10", "Bibliothek verlängert Öffnungszeiten", "Musterdorfer Kurier",
     "Stadtbibliothek Musterdorf öffnet ab Dezember", datetime(2026, 11, 27, 6, 30, tzinfo=UTC)),
    ("rss20.xml", "rss20", "Hafenfest & Feuerwerk: Rekord bei Besuchern", "Nordhafener Nachrichten",
     "rund 120.000 Menschen an die Mole", datetime(2026, 11, 27, 8, 0, tzinfo=UTC)),
    ("atom03.xml", "atom03", "Freibad bekommt neue Rutsche", "Südstadt Aktuell",
     "Der Förderverein hat dafür 60.000 Euro gesammelt", datetime(2026, 11, 27, 8, 0, tzinfo=UTC)),
    ("atom10.xml", "atom10", "Seilbahn fährt wieder", "Bergstädter Zeitung",
     "Kosten von 1,4 Millionen Euro", datetime(2026, 11, 27, 9, 45, tzinfo=UTC)),
])
def test_every_dialect(name, version, title, source, words, published):
    data = (FEEDS / name).read_bytes()
    assert parse_feed(data, name).version == version
    result = read_feed(data, name, ALL)
    assert result.warnings == [] and result.dropped == []
    [article] = result.articles
    assert (article.title, article.source, article.published) == (title, source, published)
    assert words in article.body
    assert article.origin.startswith("https://")  # the entry's link


def test_full_content_over_summary_and_html_made_clean():
    [article] = read_feed((FEEDS / "rss20.xml").read_bytes(), "rss20.xml", ALL).articles
    assert "Kurzfassung" not in article.body  # the summary lost against the full content
    assert len(article.paragraphs) == 3
    assert "Foto" not in article.body and "Feuerwerk über dem Hafen" not in article.body  # caption, alt text
    assert "<" not in article.body and "&" not in article.body


def test_html_in_a_description_becomes_clean_paragraphs():
    text = ('<p><a href="https://feed.example/x"><img alt="Ein Bild | dpa" src="x.jpg"/></a><br/><br/>'
            "Der Kreistag hat den Haushalt beschlossen. Er sieht &amp;quot;deutliche&amp;quot; Einsparungen vor."
            "</p><p>Die Opposition stimmte dagegen.<br>Sie kündigte Widerstand an. <em>Von A. Beispiel.</em>"
            '[<a href="https://feed.example/x">mehr</a>]</p>')
    [article] = read_feed(rss(item("Haushalt beschlossen", text, "https://feed.example/x")), "f.xml",
                          ALL).articles
    assert article.paragraphs == (
        'Der Kreistag hat den Haushalt beschlossen. Er sieht "deutliche" Einsparungen vor.',
        "Die Opposition stimmte dagegen.\nSie kündigte Widerstand an.",
    )


def test_a_cut_off_teaser_loses_its_broken_last_sentence():
    text = "Der Bahnhof wird umgebaut. Die Arbeiten dauern zwei Jahre. Die Stadt rechnet mit Kosten von ru..."
    [article] = read_feed(rss(item("Bahnhof wird umgebaut", text)), "f.xml", ALL).articles
    assert article.body == "Der Bahnhof wird umgebaut. Die Arbeiten dauern zwei Jahre."


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<rss version="2.0"><channel><title>T</title><item><title>&lol2;</title><description>x</description></item></channel></rss>"""
INTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE rss [ <!ELEMENT rss ANY> ]>
<rss version="2.0"><channel><title>T</title><item><title>A</title><description>Text.</description></item></channel></rss>"""


@pytest.mark.parametrize(("data", "message"), [
    (BILLION_LAUGHS, "declares XML entities"),
    (INTERNAL_DTD, "carries a DTD"),
    (BILLION_LAUGHS.decode().replace('version="1.0"?>', 'version="1.0" encoding="UTF-16"?>').encode("utf-16"),
     "declares XML entities"),
    (b'<?xml version="1.0" encoding="utf-7"?>+ADw-!ENTITY x +ACI-y+ACI-+AD4-<rss version="2.0"/>',
     "declares XML entities"),
])
def test_declarations_are_refused_before_parsing(monkeypatch, data, message):
    def must_not_parse(*args, **kwargs):
        raise AssertionError("feedparser was called")

    monkeypatch.setattr(feedparser, "parse", must_not_parse)
    with pytest.raises(InputError, match=message):
        read_feed(data, "boese.xml", ALL)


def test_old_entries_are_left_out_and_the_newest_taken():
    entries = "".join(item(f"Meldung {n}", f"Text der Meldung {n}.", f"https://feed.example/{n}",
                           NOW - timedelta(hours=hours)) for n, hours in enumerate((1, 30, 3, 2, 50, 5)))
    result = read_feed(rss(entries), "f.xml", FeedOptions(now=NOW, max_age_hours=24, max_per_feed=3))
    assert [a.title for a in result.articles] == ["Meldung 0", "Meldung 3", "Meldung 2"]
    reasons = {d.title: d.reason for d in result.dropped}
    assert reasons["Meldung 1"].startswith("older than max_age_hours (24 h): published 2026-11-26T07:00")
    assert "older than" in reasons["Meldung 4"]
    assert reasons["Meldung 5"] == "more than max_per_feed (3) from f.xml"


def test_a_headline_without_text_is_dropped_with_a_hint():
    result = read_feed(rss(item("Nur eine Schlagzeile", link="https://feed.example/s")), "f.xml", ALL)
    assert result.articles == [] and "follow_links = true" in result.dropped[0].reason


@pytest.fixture(scope="module")
def site():
    with LocalServer() as srv:
        srv.routes.update({f"/haengt/{n}": (200, {}, stall(2)) for n in range(3)})
        srv.routes["/faehre.html"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                                      (PAGES / "faehre-seite.html").read_bytes())
        srv.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, (FEEDS / "rss20.xml").read_bytes())
        srv.routes["/feed-ohne-typ"] = (200, {"Content-Type": "application/octet-stream"},
                                        (FEEDS / "atom10.xml").read_bytes())
        yield srv


def teaser_feed(site) -> bytes:
    return rss(item("Neue Fähre für Beispieloog", "Die Reederei stellt eine neue Fähre in Dienst. [mehr]",
                    site.url("/faehre.html"), NOW - timedelta(hours=1))
               + item("Fehlende Seite", "Ein kurzer Anriss ohne Seite dahinter.", site.url("/weg.html")))


def test_a_teaser_is_replaced_by_the_linked_page(site):
    options = FeedOptions(now=NOW, max_age_hours=24, follow_links=True, fetch=FetchSettings(timeout=2, allow_networks=LOCAL))
    result = read_feed(teaser_feed(site), "teaser.xml", options)
    followed, missing = result.articles
    assert "Platz für 400 Fahrgäste und 60 Autos" in followed.body
    assert "Kommentare" not in followed.body and "Rostkahn" not in followed.body
    assert followed.title == "Neue Fähre für Beispieloog" and followed.source == "Testfeed Beispiel"
    assert missing.body == "Ein kurzer Anriss ohne Seite dahinter."  # the teaser stays
    [warning] = result.warnings
    assert "teaser.xml" in warning and "Fehlende Seite" in warning and "404" in warning


def test_a_dead_server_is_not_waited_for_again_and_again(site):
    entries = "".join(item(f"Anriss {n}", "Kurz.", site.url(f"/haengt/{n}")) for n in range(3))
    options = FeedOptions(now=NOW, max_age_hours=0, follow_links=True, fetch=FetchSettings(timeout=0.4, allow_networks=LOCAL))
    result = read_feed(rss(entries), "f.xml", options)
    assert [a.body for a in result.articles] == ["Kurz."] * 3
    assert sum(path.startswith("/haengt/") for path, _ in site.seen) == 1  # one timeout, not three
    assert "no answer" in result.warnings[0] and "failed before" in result.warnings[2]


def test_teasers_are_not_followed_unless_asked(site):
    before = len(site.seen)
    result = read_feed(teaser_feed(site), "teaser.xml", FeedOptions(now=NOW, max_age_hours=24))
    assert result.articles[0].body == "Die Reederei stellt eine neue Fähre in Dienst."
    assert len(site.seen) == before


def test_feed_and_page_urls_by_content_type_or_sniffing(site):
    collected = collect([site.url("/feed.xml"), site.url("/feed-ohne-typ"), site.url("/faehre.html")], ALL)
    assert [a.title for a in collected.articles] == ["Hafenfest & Feuerwerk: Rekord bei Besuchern",
                                                     "Seilbahn fährt wieder",
                                                     "Neue Fähre für Beispieloog: Erste Fahrt im Mai"]
    assert collected.articles[2].source == "Beispielstädter Rundschau"
    assert collected.warnings == []


def test_an_unreachable_url_is_a_warning_and_the_rest_goes_on(site, tmp_path):
    (tmp_path / "a.txt").write_text("Lokales\n\nEin Text aus dem Ordner.\n", encoding="utf-8")
    collected = collect([site.url("/weg.xml"), str(tmp_path)], ALL)
    assert [a.title for a in collected.articles] == ["Lokales"]
    assert collected.warnings[0].startswith(site.url("/weg.xml")) and "404" in collected.warnings[0]


def test_a_broken_feed_is_named_and_the_rest_still_used(tmp_path):
    (tmp_path / "1-kaputt.xml").write_bytes(b"<rss><channel><title>Halb")
    (tmp_path / "2-kein-feed.rss").write_bytes(b"Das ist kein Feed.")
    (tmp_path / "3-gut.xml").write_bytes((FEEDS / "atom10.xml").read_bytes())
    (tmp_path / "4-text.txt").write_text("Aus dem Ordner\n\nText.\n", encoding="utf-8")
    collected = collect([str(tmp_path)], ALL)
    assert [a.title for a in collected.articles] == ["Seilbahn fährt wieder", "Aus dem Ordner"]
    assert len(collected.warnings) == 2
    assert "1-kaputt.xml" in collected.warnings[0] and "2-kein-feed.rss" in collected.warnings[1]


def test_a_sloppy_feed_is_read_with_a_warning():
    data = rss(item("Erste Meldung", "Text eins.") + item("Zweite & letzte", "Text zwei."))
    result = read_feed(data, "schlampig.xml", ALL)
    assert [a.title for a in result.articles] == ["Erste Meldung", "Zweite & letzte"]
    assert "schlampig.xml" in result.warnings[0] and "not well-formed" in result.warnings[0]


def test_a_saved_page_or_feed_with_the_wrong_name_is_recognised(tmp_path):
    (tmp_path / "seite.txt").write_bytes((PAGES / "faehre-seite.html").read_bytes())
    (tmp_path / "feed.txt").write_bytes((FEEDS / "rss10.rdf").read_bytes())
    titles = sorted(a.title for a in collect([str(tmp_path)], ALL).articles)
    assert titles == ["Bibliothek verlängert Öffnungszeiten", "Neue Fähre für Beispieloog: Erste Fahrt im Mai"]


def test_a_page_in_latin_1_with_the_charset_only_in_the_header():
    body = ("<html><head><title>Größere Fähre für Südstadt</title></head><body><article>"
            "<h1>Größere Fähre für Südstadt</h1><p>Die Reederei Nordwind setzt ab März eine größere Fähre "
            "zwischen Südstadt und der Insel Beispieloog ein. Sie bietet Platz für 300 Fahrgäste, "
            "teilte die Reederei mit.</p><p>Die Überfahrt dauert künftig nur noch 40 Minuten. Die Preise "
            "bleiben gleich, hieß es.</p></article></body></html>").encode("latin-1")
    with LocalServer() as srv:
        srv.routes["/latin.html"] = (200, {"Content-Type": "text/html; charset=ISO-8859-1"}, body)
        [article] = collect([srv.url("/latin.html")], ALL).articles
    assert article.title == "Größere Fähre für Südstadt" and "Überfahrt" in article.body and "hieß" in article.body

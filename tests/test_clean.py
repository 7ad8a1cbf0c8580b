"""Page furniture never reaches the air, and news never gets lost with it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bulletin.ingest.text import read_markdown, read_text
from bulletin.models import Article
from bulletin.text.clean import (
    clean_article,
    clean_paragraphs,
    clean_title,
    contains_link,
    contains_payment_or_contact,
    furniture_kind,
    is_furniture,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "bulletin" / "assets" / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"

# What must never be read out, whatever the article: bank, payment, contact, link, wallet.
FORBIDDEN = {
    "IBAN": re.compile(r"\bIBAN\b|\bDE\s?00\s?\d{4}"),
    "BIC": re.compile(r"\bBIC\b|GENODE"),
    "e-mail": re.compile(r"@"),
    "URL": re.compile(r"https?://|www\.|\.example\b|\.com\b|\.me/"),
    "wallet": re.compile(r"\bbc1|\b0x[0-9a-fA-F]{6}|\b[13][1-9A-HJ-NP-Za-km-z]{25,}"),
    "PayPal": re.compile(r"paypal", re.I),
    "Patreon": re.compile(r"patreon", re.I),
    "Ko-fi/Steady": re.compile(r"ko-fi|\bSteady\b", re.I),
    "bank lines": re.compile(r"Kontoinhaber|Kontonummer|\bBLZ\b|Verwendungszweck|Spendenkonto:"),
    "credits": re.compile(r"^(?:Bilder|Bild|Foto|Fotos):|©", re.M),
}


def load(path: Path) -> Article:
    return read_markdown(path) if path.suffix == ".md" else read_text(path)


def body(article: Article) -> str:
    return article.title + "\n\n" + "\n\n".join(article.paragraphs)


def leftovers(article: Article) -> list[str]:
    text = body(article)
    return [name for name, pattern in FORBIDDEN.items() if pattern.search(text)]


# --- the furniture sample that ships with the package ------------------------------------------


def test_furniture_sample_has_all_the_furniture_before_cleaning():
    # Guards the test below: the sample really carries every kind of furniture.
    raw = load(SAMPLES / "sternwarte-komet.txt")
    assert set(leftovers(raw)) >= {"IBAN", "BIC", "e-mail", "URL", "wallet", "PayPal", "Patreon", "credits"}


def test_cleaning_the_furniture_sample_leaves_no_furniture_and_every_news_paragraph():
    raw = load(SAMPLES / "sternwarte-komet.txt")
    cleaned = clean_article(raw)
    assert leftovers(cleaned) == []
    news = raw.paragraphs[:4]  # the story; everything after it is page furniture
    assert cleaned.paragraphs == news
    assert cleaned.title == "Volkssternwarte Musterhausen zeigt Kometen am Abendhimmel"
    for word in ("Radio Beispielwelle", "UKW", "Unterstützen", "Dank", "Lokaljournalismus"):
        assert word not in "\n".join(cleaned.paragraphs)


@pytest.mark.parametrize("path", sorted(p for p in SAMPLES.iterdir() if p.name != "sternwarte-komet.txt"))
def test_clean_samples_pass_unchanged(path):
    article = load(path)
    assert clean_article(article).paragraphs == article.paragraphs


# --- the web-article fixtures ------------------------------------------------------------------

KEEP = {
    "web_furniture_tail.txt": [
        "Ab dem 14. Dezember fährt eine neue Buslinie",
        "die Bank für Infrastruktur gab dafür einen zinsgünstigen Kredit.",
        "„Viele Beschäftigte haben uns gesagt",
    ],
    "web_inline_links.txt": [
        "Das Hallenbad in Beispielstadt öffnet am Samstag nach zwei Jahren Sanierung wieder. "
        "Die Arbeiten haben rund 6,4 Mio. Euro gekostet, etwa eine Million mehr als geplant.",
        "Neu sind ein Lehrschwimmbecken und eine Sauna. Der Eintritt kostet für Erwachsene 5 Euro, "
        "für Kinder 3 Euro. Schulen können das Bad ab Januar wieder",
        "Der Förderverein des Bades will im kommenden Jahr ein Sommerfest veranstalten.",
    ],
    "web_mid_box.md": [
        "Die Musterhausener Tafel muss ihre Räume",
        "Die Stadtverwaltung prüft nach eigenen Angaben mehrere leerstehende Gebäude.",
        "eine Spende der Sparkasse Musterhausen über 5.000 Euro",
        "Wer helfen möchte, kann sich bei der Tafel melden.",
    ],
    "web_station_promo.txt": [
        "Die Theatergruppe „Bühnenbrett“ aus Nordheim erhält den Kulturpreis des Landkreises.",
        "Die Gruppe spielt seit 1998 mit Laiendarstellerinnen und Laiendarstellern aus der Region.",
    ],
}
DROP = {
    "web_furniture_tail.txt": ["Foto:", "unabhängiges Medium", "Jetzt spenden", "Sparkasse Musterhausen",
                               "Freundeskreis", "Danke!", "BTC", "ETH"],
    "web_inline_links.txt": ["(Foto", "Mehr Infos", "Lesen Sie auch", "Öffnungszeiten", "Folgen Sie",
                             "Teilen Sie", "Fragen beantwortet", "01234", "Newsletter", "Facebook"],
    "web_mid_box.md": ["Spenden & Unterstützen", "Lokaljournalismus", "Stichwort", "Schlagworte",
                       "Musterhausener Nachrichten 2026"],
    "web_station_promo.txt": ["Stand:", "nichtkommerzielles Bürgerradio", "UKW", "Newsletter", "Mastodon",
                              "alle Rechte"],
}  # fmt: skip
TITLES = {
    "web_furniture_tail.txt": "Neue Buslinie verbindet Musterhausen mit dem Gewerbegebiet",
    "web_inline_links.txt": "Schwimmbad Beispielstadt öffnet nach Sanierung wieder",
    "web_mid_box.md": "Tafel Musterhausen sucht neue Räume",
    "web_station_promo.txt": "Kulturpreis für Theatergruppe aus Nordheim",
}


@pytest.mark.parametrize("name", sorted(KEEP))
def test_fixture_keeps_the_news_and_loses_the_furniture(name):
    raw = load(FIXTURES / name)
    cleaned = clean_article(raw)
    text = "\n\n".join(cleaned.paragraphs)
    for news in KEEP[name]:
        assert news in text
    for furniture in DROP[name]:
        assert furniture in body(raw)  # the fixture really has it ...
        assert furniture not in text  # ... and cleaning removed it
    assert leftovers(cleaned) == []
    assert cleaned.title == TITLES[name]


def test_news_that_mentions_money_banks_and_donations_stays_untouched():
    raw = load(FIXTURES / "news_money_precision.txt")
    cleaned = clean_article(raw)
    assert cleaned == raw


def test_clean_article_returns_a_new_article_with_the_other_fields_kept():
    article = Article(
        title="Streik bei der Bahn | Radio X",
        paragraphs=("Die Bahn streikt ab Montag.", "Bilder: dpa", "Teilen"),
        origin="x.txt",
        source="NBC News",
        priority=3,
    )
    cleaned = clean_article(article)
    assert cleaned is not article
    assert cleaned.paragraphs == ("Die Bahn streikt ab Montag.",)
    assert (cleaned.title, cleaned.origin, cleaned.source, cleaned.priority) == (
        "Streik bei der Bahn",
        "x.txt",
        "NBC News",
        3,
    )
    assert article.paragraphs[1] == "Bilder: dpa"  # the input is not changed


# --- paragraph, line and sentence decisions ----------------------------------------------------


def test_an_appeal_paragraph_goes_entirely():
    paragraphs = [
        "Die Stadt baut eine neue Brücke.",
        "Journalismus kostet Geld. Unterstützen Sie unsere Arbeit mit einer Spende. Jeder Euro hilft.",
        "Die Brücke soll im Mai fertig sein.",
    ]
    assert clean_paragraphs(paragraphs) == [paragraphs[0], paragraphs[2]]


def test_lines_after_a_donation_block_go_until_prose_starts_again():
    paragraphs = [
        "Der Markt öffnet am Samstag um 9 Uhr.",
        "Spenden",
        "Förderverein Freies Radio e. V.\nVolksbank Beispielstadt\nIBAN: DE00 1234 5678 9012 3456 78",
        "Vielen Dank!",
        "Händlerinnen und Händler aus der ganzen Region bieten dort regionale Produkte an.",
        "Musik und Essen",
    ]
    assert clean_paragraphs(paragraphs) == [paragraphs[0], paragraphs[4], paragraphs[5]]


def test_a_news_paragraph_loses_only_its_link_sentence():
    paragraph = "Der Stadtrat tagt am Montag. Mehr Infos unter www.example.org. Die Sitzung ist öffentlich."
    assert clean_paragraphs([paragraph]) == ["Der Stadtrat tagt am Montag. Die Sitzung ist öffentlich."]


def test_credit_in_parentheses_is_cut_out_of_a_news_sentence():
    paragraph = "Die neue Brücke (Foto: Anna Beispiel) ist 80 Meter lang."
    assert clean_paragraphs([paragraph]) == ["Die neue Brücke ist 80 Meter lang."]


def test_paragraphs_that_become_empty_vanish():
    assert clean_paragraphs(["Foto: dpa", "© Radio X 2026", "Folgen Sie uns auf Instagram!"]) == []


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Bilder: Radio X / Anna Beispiel", "credit"),
        ("Foto: picture alliance/dpa | Max Muster", "credit"),
        ("Bild: dpa", "credit"),
        ("Titelbild: Archiv", "credit"),
        ("Quelle: Pressestelle der Stadt", "credit"),
        ("© 2026 Radio X", "credit"),
        ("(Foto: dpa)", "credit"),
        ("Unterstützen Sie unsere Arbeit!", "appeal"),
        ("Spenden Sie jetzt für unabhängigen Journalismus.", "appeal"),
        ("Mit Ihrer Spende sichern Sie unser Programm.", "appeal"),
        ("Unterstütze uns mit einem Abo!", "appeal"),
        ("Werden Sie Fördermitglied!", "appeal"),
        ("Jetzt spenden", "appeal"),
        ("Sie können uns auch mit einer Spende unterstützen.", "appeal"),
        ("IBAN: DE00 1234 5678 9012 3456 78", "payment"),
        ("DE00123456789012345678", "payment"),
        ("BIC: GENODEF1XXX", "payment"),
        ("Kontoinhaber: Förderverein Radio X e. V.", "payment"),
        ("Kontonummer: 1234567, BLZ: 12345678", "payment"),
        ("Verwendungszweck: Spende", "payment"),
        ("PayPal: spenden@radio-x.example", "payment"),
        ("Per PayPal an paypal.me/radiox", "payment"),
        ("Unterstütze uns auf Patreon", "appeal"),
        ("Patreon: https://www.patreon.com/radiox", "payment"),
        ("Auch über Steady kannst du uns unterstützen.", "appeal"),
        ("BTC: 1Mx7QpZ4rT9sKv2LbN8wYc5Hd3FgJ6eUaq", "payment"),
        ("bc1qw4rtz8n6c0d9h5x7kq2m3v8s0fj6lp9e4y2ua7", "payment"),
        ("0x9b4Ec7A1d2F3e4D5c6B7a8F9e0D1c2B3a4F5e6D7", "payment"),
        ("ETH: siehe oben", "payment"),
        ("Schreiben Sie an redaktion@radio-x.example", "contact"),
        ("redaktion (at) radio-x (punkt) example", "contact"),
        ("Tel.: 01234 / 56 78 90", "contact"),
        ("Radio X ist ein freies, nichtkommerzielles Radio aus Beispielstadt.", "promo"),
        ("Wir sind ein unabhängiges Medium.", "promo"),
        ("Wir finanzieren uns ausschließlich über Spenden.", "promo"),
        ("Hören Sie uns auf UKW 98,7!", "promo"),
        ("Sie hören uns im Livestream und auf DAB+.", "promo"),
        ("Folgen Sie uns auf Instagram!", "social"),
        ("Teilen Sie diesen Beitrag.", "social"),
        ("Abonnieren Sie unseren Newsletter.", "social"),
        ("Like uns auf Facebook!", "social"),
        ("Du findest uns auch auf Mastodon.", "social"),
        ("Lesen Sie auch: Der Haushalt 2027", "nav"),
        ("Teilen", "nav"),
        ("Stand: 27.11.2026, 14:30 Uhr", "nav"),
        ("Mehr Infos unter www.example.org.", "link"),
        ("Alle Termine auf example.org/termine", "link"),
        ("Infos unter Radio-X.de", "link"),
        ("https://example.org", "link"),
    ],
)
def test_furniture_is_recognised(line, kind):
    assert furniture_kind(line) == kind
    assert is_furniture(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt erhielt eine Spende von 5.000 Euro für den Spielplatz.",
        "Der Verein sammelt Spenden für das neue Dach.",
        "„Wir sind für jede Spende dankbar“, sagte die Vorsitzende.",
        "Die Sparkasse unterstützt den Verein seit Jahren.",
        "„Die Sparkasse unterstützt uns seit Jahren“, sagte die Rektorin.",
        "Sie unterstützt uns seit der Gründung, sagte der Vorsitzende.",
        "Die Stadt hat ein Spendenkonto für die Flutopfer eingerichtet.",
        "Der Förderverein hat 120 Mitglieder und finanziert sich über Spenden.",
        "Der Bezahldienst PayPal meldet einen Rekordgewinn.",
        "Der Kurs des Bitcoin stieg auf 80.000 Dollar.",
        "Betrüger fragten am Telefon nach der Kontonummer.",
        "Die Bank erhöht die Zinsen um 0,25 Prozentpunkte.",
        "Die Sitzung beginnt am 27.11.2026 um 14:30 Uhr.",
        "Das Projekt kostet 3,5 Mio. Euro, also 3.500.000 Euro.",
        "Die Zahl der Einwohner stieg von 12.345 auf 13.001 im Jahr 2026.",
        "Die Postleitzahl 01234 gilt für ganz Beispielstadt.",
        "Das berichtet Spiegel.de unter Berufung auf die Polizei.",
        "Der Minister schrieb auf Instagram, er freue sich über das Ergebnis.",
        "Die Gruppe hat ihren Podcast bei Patreon gestartet und zählt 300 Abonnenten.",
        "„Werden Sie wieder kandidieren?“, fragte die Moderatorin.",
        "Die Quelle der Verunreinigung ist noch unbekannt.",
        "Der Sender Radio X feiert am Samstag seinen 30. Geburtstag.",
        "Das Radio lief, als die Polizei kam.",
        "Wir finanzieren den Umbau mit Fördermitteln des Landes, sagte der Bürgermeister.",
        "Wir sind auf Spenden angewiesen, sagte die Vorsitzende der Tafel.",
        "Die Fans folgten der Mannschaft nach Nordheim.",
        "Der Radweg kostet 3,5 Mio. Euro, etwa die Hälfte zahlt das Land.",
    ],
)
def test_news_is_not_furniture(sentence):
    assert furniture_kind(sentence) is None
    assert clean_paragraphs([sentence]) == [sentence]


@pytest.mark.parametrize(
    "text",
    [
        "IBAN DE00 1234 5678 9012 3456 78",
        "DE00123456789012345678",
        "GB00 ABCD 1234 5612 3456 78",
        "Karte 4111 1111 1111 1111",
        "Mail an spenden@radio-x.example",
        "Ruf an: +49 (0)30 1234567",
        "Telefon 0800 123 45 67",
        "BTC 3Fk8Ry2WnQ7ZpT4hLc9VbX6mJd5sGe3Nuw",
        "bc1qzk9f3n7x2h8c5d0m4v6t8s2q9l7w3e5r8y0ua6",
        "0x9b4Ec7A1d2F3e4D5c6B7a8F9e0D1c2B3a4F5e6D7",
        "paypal.me/radiox",
        "BIC: GENODEM1XXX",
    ],
)
def test_contains_payment_or_contact_finds_it(text):
    assert contains_payment_or_contact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt erhielt eine Spende von 5.000 Euro für den Spielplatz.",
        "Am 27.11.2026 um 14:30 Uhr kostet die Karte 12,50 €.",
        "Das Land zahlt 3.500.000 Euro, 2026 und 2027 je die Hälfte.",
        "Der Bezahldienst PayPal meldet einen Rekordgewinn.",
        "Der Bitcoin-Kurs fiel am Montag.",
        "Die Zahl 1234 5678 ist keine Kartennummer.",
        "Die Handballerinnen gewannen 31:27.",
        "Beispielstadt hat 01234 als Postleitzahl.",
        "Die Bundesstraße ist zwischen 9 und 17 Uhr gesperrt.",
        "DEUTSCHLAND gewinnt das Spiel",
    ],
)
def test_contains_payment_or_contact_leaves_news_alone(text):
    assert not contains_payment_or_contact(text)


def test_contains_link():
    assert contains_link("Mehr unter www.example.org")
    assert contains_link("siehe example.org/foo")
    assert contains_link("https://example.org")
    assert not contains_link("Das kostet ca. 3.5 Mio. Euro, z.B. für Straßen u.a. in Nordheim.")
    assert not contains_link("Das berichtet Spiegel.de.")


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Streik bei der Bahn | Radio X", "Streik bei der Bahn"),
        ("Radio startet – Sender Beispiel", "Radio startet"),
        ("Kulturpreis für Nordheim | Freies Radio Musterwelle | Nachrichten", "Kulturpreis für Nordheim"),
        ("Neue Buslinie – Radio Musterwelle", "Neue Buslinie"),
        ("Neues Radio – Sender startet im Mai", "Neues Radio – Sender startet im Mai"),
        ("Stadtrat beschließt Radweg", "Stadtrat beschließt Radweg"),
        ("Alles zur Wahl: www.example.org", "Alles zur Wahl"),
    ],
)  # fmt: skip
def test_clean_title(title, expected):
    assert clean_title(title) == expected


def test_a_capital_written_twice_with_and_without_its_accent_is_said_once():
    # "CČeské Budějovice" as scraped: the voice would say "Ce Tschech..."
    [text] = clean_paragraphs(["Die Staatsanwaltschaft von CČeské Budějovice ermittelt gegen ihn."])
    assert text == "Die Staatsanwaltschaft von České Budějovice ermittelt gegen ihn."
    # two capitals that are an abbreviation, a name with its own accent: as written
    [kept] = clean_paragraphs(["Das OÖ-Team trifft Céline Muster in ČR."])
    assert kept == "Das OÖ-Team trifft Céline Muster in ČR."


def test_a_list_of_related_headlines_after_mehr_zum_thema_and_an_update_note_are_furniture():
    paragraphs = clean_paragraphs([
        "Zwei Wanderer sind in der Nacht auf Sonntag in den Musteralpen gerettet worden.",
        "Dieser Artikel wurde aktualisiert.",
        "Mehr zum Thema:\nLawinengefahr in Nordtirol bleibt erheblich\nBergrettung: Rekordsommer bei Einsätzen",
        "Teilen Drucken Kommentieren",
        "Die Bergrettung hatte heuer bereits mehr als 2.300 Einsätze, um rund zehn Prozent mehr als im Vorjahr.",
    ])
    assert paragraphs == ["Zwei Wanderer sind in der Nacht auf Sonntag in den Musteralpen gerettet worden.",
                          "Die Bergrettung hatte heuer bereits mehr als 2.300 Einsätze, um rund zehn Prozent mehr "
                          "als im Vorjahr."]

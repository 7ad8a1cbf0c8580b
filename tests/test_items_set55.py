"""Items from stop 67 (the fifty-fourth set, read again): an incident told after background on the
building it struck leads, saying where (incident_news)."""

from __future__ import annotations

from bulletin.models import Article
from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.incident_news import incident_news
from bulletin.text.units import Unit
from tests.item_copy import estimate


def _item(title: str, *paragraphs: str, seconds: float = 30) -> str:
    copy = Article(title=title, paragraphs=paragraphs, origin="test.md", source="derStandard.at")
    return condense(copy, seconds, estimate, load_outlets()).text


HUT_BACKGROUND_THEN_FIRE = (
    "Schladming (APA) – Die Schutzhütte „Rauchkogel“ am Hochstein war erst im Sommer nach einem Umbau um "
    "1,2 Millionen Euro wiedereröffnet worden. Über die Feiertage waren fast alle der 48 Lager ausgebucht, viele "
    "Gäste kamen aus Deutschland und den Niederlanden. Die Bergrettung war bereits im Vorjahr wegen eines "
    "Lawinenabgangs zu der Hütte ausgerückt. In der Nacht auf Montag brach im Heizraum ein Feuer aus, das "
    "rasch auf den Speisesaal übergriff. Dabei wurden sechs Menschen leicht verletzt, ein Hüttenwirt erlitt "
    "eine schwere Rauchgasvergiftung. Nach Angaben der Polizei konnten sich alle 41 Gäste ins Freie retten. Die "
    "Brandursache ist noch unklar, ein Sachverständiger wurde beigezogen. Rund 60 Feuerwehrleute waren im "
    "Einsatz.")


def test_a_fire_told_after_background_on_the_hut_leads_saying_whose_room_burned():
    said = _item("Brand in Schutzhütte: Sieben Verletzte", HUT_BACKGROUND_THEN_FIRE)
    assert said.startswith("In der Nacht auf Montag brach im Heizraum der Schutzhütte „Rauchkogel“ am Hochstein "
                           "ein Feuer aus"), said
    assert "sechs Menschen leicht verletzt" in said, said
    assert "Lawinenabgangs" not in said, said


def _units(*texts: str) -> list[Unit]:
    return [Unit(i, text) for i, text in enumerate(texts)]


def test_an_incident_is_said_with_the_building_in_the_genitive():
    lead = "Das Gasthaus Kogler in Eibenstein war 1890 gegründet worden."
    news = incident_news(_units(lead, "In der Nacht auf Samstag brach im Keller ein Brand aus."))
    assert news is not None and news.text == ("In der Nacht auf Samstag brach im Keller des Gasthauses Kogler "
                                              "in Eibenstein ein Brand aus."), news
    adjective = "Das traditionsreiche Hotel Post war seit 1920 in Familienbesitz."
    news = incident_news(_units(adjective, "Am Sonntagabend kam im Speisesaal ein Gast zu Sturz."))
    assert news is not None and "im Speisesaal des traditionsreichen Hotels Post kam" not in news.text
    assert news.text.startswith("Am Sonntagabend kam im Speisesaal des traditionsreichen Hotels Post "), news


def test_an_incident_already_saying_whose_part_or_after_a_lead_of_its_day_is_left():
    whose = "In der Nacht auf Samstag brach im Keller des Nachbarhauses ein Brand aus."
    assert incident_news(_units("Das Gasthaus Kogler war 1890 gegründet worden.", whose)) is None
    of_its_day = "Das Gasthaus Kogler hat am Freitag nach dem Umbau wieder geöffnet."
    assert incident_news(_units(of_its_day, "In der Nacht auf Samstag brach im Keller ein Brand aus.")) is None
    not_a_building = "Die Gemeinde Eibenstein war 1890 gegründet worden."
    assert incident_news(_units(not_a_building, "In der Nacht auf Samstag brach im Keller ein Brand aus.")) is None

"""Items from stop 62 (the fiftieth set): a weather scene told with a clock time, a headline's
bus "mit Schulklasse" "auf Glatteis", a count corrected with reported speech, and the toll read
right after an incident's lead."""

from __future__ import annotations

from bulletin.models import Article
from bulletin.text.condense import condense
from bulletin.text.corrected import latest_said
from bulletin.text.credits import load_outlets
from bulletin.text.genre import sets_a_scene
from bulletin.text.headlines import said_as_sentence
from tests.item_copy import estimate


def _item(title: str, *paragraphs: str) -> str:
    copy = Article(title=title, paragraphs=paragraphs, origin="test.md", source="derStandard.at")
    return condense(copy, 30, estimate, load_outlets()).text


def test_a_weather_scene_with_a_clock_time_is_a_scene():
    # the point in "17.00 Uhr" is no sentence end
    assert sets_a_scene("Dichter Nebel lag am Montag kurz nach 17.00 Uhr über dem Grenzübergang bei Musterdorf, "
                        "als sich die Kolonne bereits auf vier Kilometer zurückstaute.")
    assert not sets_a_scene("Dichter Nebel lag am Montag über weiten Teilen des Landes.")


BORDER = ("Musterstadt/Klagenfurt (APA) – Dichter Nebel lag am Montag kurz nach 17.00 Uhr über dem Grenzübergang "
          "am Musterpass, als sich die Kolonne der Pendler bereits auf rund 4,5 km zurückstaute. Im Schritttempo "
          "rollten Pkw und Kleinbusse auf die Kontrollposten zu. Das Nachbarland hat die Kontrollen an seiner "
          "Grenze zu Österreich ein weiteres Mal verlängert, und zwar bis zum 21. Dezember. Das gab das "
          "Innenministerium am Montag bekannt. In Kärnten stößt die Verlängerung auf Unmut.")


def test_the_news_after_a_weather_scene_leads():
    said = _item("Nachbarland verlängert Grenzkontrollen", BORDER)
    assert said.startswith("Das Nachbarland hat die Kontrollen an seiner Grenze"), said
    assert "Nebel" not in said


def test_a_headline_with_what_was_on_board_and_the_road_s_weather():
    body = "Ein Reisebus mit 41 Insassen kippte auf die Seite. Musterdorf"
    assert said_as_sentence("Reisebus mit Schulklasse auf Glatteis umgekippt", body) == (
        "Ein Reisebus mit einer Schulklasse ist auf Glatteis umgekippt.")
    # no article before a road's weather, and only after a preposition that takes it bare
    assert said_as_sentence("Lastwagen bei Schneeglätte umgekippt", body) == (
        "Ein Lastwagen ist bei Schneeglätte umgekippt.")


def test_a_corrected_count_in_reported_speech_is_said_as_it_is_now():
    assert latest_said("Am Nachmittag korrigierte die Polizei die Zahl nach unten: Insgesamt seien neun "
                       "Personen verletzt worden, zwei davon schwer.") == (
        "Die Polizei spricht inzwischen von neun Verletzten, zwei davon schwer.")
    plain = "Am Nachmittag korrigierte die Polizei ihre Angaben."
    assert latest_said(plain) == plain


BUS = ("St. Johann im Pongau (APA) – Dichter Nebel lag am Samstagmorgen über dem Talboden, auf der Bundesstraße "
       "hatte sich eine dünne Eisschicht gebildet. Kurz nach 6.15 Uhr geriet ein Reisebus mit 41 Insassen in "
       "einer Rechtskurve ins Schleudern, durchbrach die Leitschiene und kippte auf die Seite. An Bord waren 37 "
       "Schülerinnen und Schüler einer Mittelschule, drei Begleitlehrer sowie der Lenker. Die Klasse war auf dem "
       "Weg zu einer Skiwoche. Zunächst war von 15 Verletzten die Rede, darunter vier Schwerverletzte. Am "
       "Nachmittag korrigierte die Polizei die Zahl nach unten: Insgesamt seien neun Personen verletzt worden, "
       "zwei davon schwer. Die beiden Schwerverletzten wurden mit dem Notarzthubschrauber in ein Spital "
       "geflogen. Die Bundesstraße war für rund vier Stunden gesperrt.")


def test_the_toll_follows_an_incident_s_lead():
    said = _item("Reisebus mit Schulklasse auf Glatteis umgekippt", BUS)
    assert said.startswith("Ein Reisebus mit einer Schulklasse ist in St. Johann im Pongau auf Glatteis "
                           "umgekippt, meldet die Nachrichtenagentur APA. Die Polizei spricht inzwischen von neun "
                           "Verletzten, zwei davon schwer."), said
    assert "15" not in said


def test_a_headline_with_a_plural_genitive_is_said_as_a_sentence():
    body = "Hinter der Masche soll ein 20-jähriger Student stecken. Musterstadt"
    assert said_as_sentence("Mutmaßlicher Betreiber gefälschter Ticketseiten ausgeforscht", body) == (
        "Ein mutmaßlicher Betreiber gefälschter Ticketseiten ist ausgeforscht worden.")
    # "über", "unter" are no adjectives of a genitive
    assert said_as_sentence("Preise über Erwartungen gestiegen", body) == "Preise sind über Erwartungen gestiegen."


SCAM = ("Musterstadt (APA) – Es war kurz nach 5.30 Uhr, als Beamte des Landeskriminalamts an der Tür eines "
        "Reihenhauses am Stadtrand klingelten. Im Kinderzimmer fanden sie mehrere Laptops und Bargeld in einer "
        "Schuhschachtel. Monatelang waren Reisende auf gefälschte Websites hereingefallen, die dem Ticketshop "
        "der Bahn täuschend echt nachempfunden waren. Über bezahlte Suchanzeigen gelangten sie auf die Seiten. "
        "Hinter der Masche soll ein 20-jähriger Student stecken. Am Dienstag wurde er festgenommen, wie die "
        "Polizei am Mittwoch mitteilte.")


def test_a_suspect_found_after_a_reporter_s_scene_is_news_where_it_was_found():
    copy = Article(title="Mutmaßlicher Betreiber gefälschter Ticketseiten ausgeforscht", paragraphs=(SCAM,),
                   origin="test.md", source="derStandard.at")
    item = condense(copy, 30, estimate, load_outlets())
    assert item.text.startswith("Ein mutmaßlicher Betreiber gefälschter Ticketseiten ist in Musterstadt "
                                "ausgeforscht worden"), item.text
    assert item.notes == ()  # (a report with a scene first, not a feature: it airs)

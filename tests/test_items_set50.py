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


def test_the_light_or_the_air_of_a_moment_is_a_scene():
    assert sets_a_scene("Die Sonne stand noch tief über dem Tal, und der Neuschnee glitzerte auf den Hängen, als "
                        "sich am Sonntag ein Schneebrett löste.")
    assert sets_a_scene("Dichter Rauch hing noch am Vormittag über dem Talboden, und der Geruch von Heu lag in der "
                        "Luft, als die Feuerwehr die letzten Glutnester löschte.")
    assert sets_a_scene("Es dämmerte gerade erst, und Schneeregen hatte die Straße in eine glatte Fläche "
                        "verwandelt, als der Bus ins Rutschen geriet.")
    assert not sets_a_scene("Die Sonne stand am Montag im Mittelpunkt einer Tagung in Musterstadt.")


STABLE = ("Musterdorf (APA) – Dichter Rauch hing noch am Vormittag über dem Talboden, und der Geruch von verbranntem "
          "Heu lag in der Luft, als die Feuerwehr die letzten Glutnester löschte. Bei einem Großbrand auf einem "
          "Bauernhof sind in der Nacht auf Mittwoch 43 Rinder verendet. Die Bauernfamilie konnte sich unverletzt "
          "ins Freie retten. Rund 150 Feuerwehrleute standen im Einsatz.")


def test_after_a_scene_the_body_s_incident_with_its_day_leads_over_a_vaguer_headline():
    said = _item("Dutzende Rinder bei Stallbrand verendet", STABLE)
    assert said.startswith("Bei einem Großbrand auf einem Bauernhof sind in der Nacht auf Mittwoch"), said
    assert "Dutzende" not in said and "Rauch" not in said


SCHOOL_BUS = ("Musterdorf (APA) – Es dämmerte gerade erst, und Schneeregen hatte die Landesstraße in eine glatte "
              "Fläche verwandelt, als der Schulbus in einer Kurve ins Rutschen geriet. Das Fahrzeug mit 23 Kindern an "
              "Bord kam am Donnerstag von der Fahrbahn ab und blieb auf der Seite liegen. Zunächst war von zwölf "
              "verletzten Kindern die Rede, später korrigierte die Polizei die Zahl auf sieben. Der Lenker blieb "
              "unverletzt.")


def test_a_headline_leads_over_a_body_sentence_the_scene_introduced():
    said = _item("Schulbus auf glatter Straße umgestürzt", SCHOOL_BUS)
    assert said.startswith("Ein Schulbus ist in Musterdorf auf einer glatten Straße umgestürzt"), said
    assert "Die Polizei spricht von sieben verletzten Kindern." in said  # the count as corrected
    assert "zwölf" not in said and "12" not in said


def test_a_first_count_said_on_the_morning_is_not_read():
    from bulletin.text.colour import says_little

    assert says_little("Die Polizei hatte am Vormittag noch von vier Verschütteten gesprochen, weil eine "
                       "weitere Gruppe vermisst gemeldet worden war.") == "what was said at first, since superseded"
    assert says_little("Die Polizei hatte am Vormittag einen Verdächtigen festgenommen.") == ""


def test_a_corrected_staff_count_is_said_as_the_count_now():
    assert latest_said("Am Nachmittag korrigierte der Kreditschutzverband die Zahl auf 312 Dienstnehmerinnen und "
                       "Dienstnehmer, weil ein Teil des Personals bei einer Tochterfirma angestellt ist.") == (
        "Laut Kreditschutzverband sind 312 Dienstnehmerinnen und Dienstnehmer betroffen.")


BAKERY = ("Musterstadt (APA) – Die Holzindustrie Muster & Söhne zählt seit mehr als 120 Jahren zu den größten "
          "Arbeitgebern im Bezirk. 1903 als kleines Sägewerk gegründet, wuchs der Familienbetrieb später zu einem "
          "Hersteller von Brettschichtholz heran. Zuletzt litt das Unternehmen jedoch unter der Flaute am Bau. "
          "Am Mittwoch hat das Unternehmen nun beim Landesgericht einen Antrag auf Eröffnung eines "
          "Sanierungsverfahrens eingebracht. Die Passiva belaufen sich laut KSV1870 auf rund 46 Millionen Euro. "
          "Zunächst war von rund 300 betroffenen Beschäftigten die Rede. Am Nachmittag korrigierte der "
          "Kreditschutzverband die Zahl auf 240 Beschäftigte, weil ein Teil bei einer Tochterfirma angestellt ist. "
          "Der Betrieb wird vorerst fortgeführt. Geschäftsführer Max Muster hofft auf einen Investor.")


def test_an_insolvency_told_on_its_day_leads_with_what_the_firm_owes_and_whom_it_affects():
    said = _item("Holzindustrie Muster insolvent", BAKERY)
    assert said.startswith("Die Holzindustrie Muster & Söhne hat am Mittwoch beim Landesgericht einen Antrag"), said
    assert "46 Millionen Euro" in said.split(". ")[1], said  # what it owes, right after the news
    assert "Laut Kreditschutzverband sind 240 Beschäftigte betroffen." in said
    assert "300" not in said


def test_what_an_insolvent_firm_owes_is_asked_for():
    from bulletin.text.asked_for import debts_owed

    later = ["Die Firma wurde 1903 gegründet.", "Die Passiva belaufen sich auf rund 46 Millionen Euro."]
    assert debts_owed("Die Firma Muster hat am Mittwoch ein Sanierungsverfahren beantragt.", later) == [1]
    assert debts_owed("Die Firma Muster ist mit Passiva von 46 Millionen Euro insolvent.", later) == []
    assert debts_owed("Die Firma Muster hat am Mittwoch einen Großauftrag erhalten.", later) == []


def test_a_former_office_does_not_say_who_resigned():
    from bulletin.text.pronoun_news import with_subject_named

    background = "Der frühere Bürgermeister von Musterstadt hatte als Minister den Ausbau der Bahn betrieben."
    assert with_subject_named("Am Montag trat er zurück.", background) == ""  # (he resigned as minister)
    convicted = "Der frühere Vermögensberater aus Musterstadt hatte jahrelang das Vertrauen seiner Kunden."
    assert with_subject_named("Am Dienstag wurde er verurteilt.", convicted) == (
        "Der frühere Vermögensberater aus Musterstadt wurde am Dienstag verurteilt.")


def test_a_name_lent_to_an_office_of_a_place_follows_the_place():
    from bulletin.text.named_again import with_person_named

    before = ["Max Pirkner galt lange als beliebter Politiker."]
    article = [*before, "Pirkner bestreitet jedes Fehlverhalten."]
    assert with_person_named("Der frühere Bürgermeister von Musterstadt hatte den Ausbau betrieben.", before,
                             article) == ("Der frühere Bürgermeister von Musterstadt, Max Pirkner, hatte den Ausbau "
                                          "betrieben.")


def test_a_region_heading_a_headline_is_no_subject_said_with_an_article():
    body = "Die Sanierung der Schulen wird teurer. Graz"
    assert said_as_sentence("Schulsanierung: Steiermark fehlen 180 Millionen Euro", body) is None
    assert said_as_sentence("Steiermark fehlen 180 Millionen Euro", body) is None

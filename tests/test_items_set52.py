"""Items from stop 64 (the fifty-first set, read again): "Die Wahl" after "Bis zur Wahl eines Nachfolgers"
is that election, not the municipal election the profile told of; a resignation told at a clock time
leads with the day of the scene before it, and why comes next ("Seit Wochen stand er in der Kritik")."""

from __future__ import annotations

from bulletin.models import Article
from bulletin.text.antecedents import people_named
from bulletin.text.asked_for import why_resigned
from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.day_news import with_scene_day
from bulletin.text.event_place import with_place_said
from bulletin.text.headlines import said_as_sentence
from bulletin.text.named_again import with_kind_named
from bulletin.text.primary_source import names_lead_source
from bulletin.text.unheard import unheard_things
from tests.item_copy import estimate


def _item(title: str, *paragraphs: str, seconds: float = 30) -> str:
    copy = Article(title=title, paragraphs=paragraphs, origin="test.md", source="derStandard.at")
    return condense(copy, seconds, estimate, load_outlets()).text


SUCCESSOR = ("Musterbrunn (APA) – Der Bürgermeister von Musterbrunn, Alois Gruber, ist am Montagabend "
             "zurückgetreten. Gruber hatte die Gemeinde seit 2005 geführt, bei der Gemeinderatswahl im Jänner "
             "holte seine Liste noch 61 Prozent. Bis zur Wahl eines Nachfolgers durch den Gemeinderat führt "
             "Vizebürgermeisterin Anna Berger die Amtsgeschäfte. Die Wahl soll binnen vier Wochen stattfinden.")


def test_the_election_named_just_before_is_read_with_it_or_not_at_all():
    for seconds in (12, 16, 30):
        said = _item("Bürgermeister tritt zurück", SUCCESSOR, seconds=seconds)
        if "Die Wahl soll" in said:
            assert "Bis zur Wahl eines Nachfolgers" in said, said  # not the January election
    said = _item("Bürgermeister tritt zurück", SUCCESSOR, seconds=16)
    assert "Gemeinderatswahl" in said and "Die Wahl soll" not in said, said


def test_the_election_named_just_before_is_needed_though_the_lead_names_another():
    texts = ["Alois Gruber hatte die Gemeinde seit 2005 geführt, bei der Gemeinderatswahl im Jänner holte "
             "seine Liste noch 61 Prozent.",
             "Bis zur Wahl eines Nachfolgers führt Vizebürgermeisterin Anna Berger die Amtsgeschäfte.",
             "Die Wahl soll binnen vier Wochen stattfinden."]
    verdicts = [(None, "")] * 3
    assert unheard_things(texts, verdicts, 0, {0, 1, 2}) == {2: [1]}
    texts[1] = "Bis auf Weiteres führt Vizebürgermeisterin Anna Berger die Amtsgeschäfte."
    assert 2 not in unheard_things(texts, verdicts, 0, {0, 1, 2})  # (the lead's election it is, then)


SCENE_RESIGNED = (
    "Musterbrunn (APA) – Dichter Nebel lag am Montagabend über dem Hauptplatz, als sich vor dem Gemeindeamt "
    "rund 150 Menschen versammelten. Drinnen tagte der Gemeinderat in einer Sondersitzung. Alois Gruber hatte "
    "die Gemeinde seit 2005 geführt und galt lange als unangefochten, bei der Gemeinderatswahl im Jänner holte "
    "seine Liste noch 61 Prozent. Seit Wochen stand er jedoch in der Kritik, weil mehrere Bauaufträge der "
    "Gemeinde ohne Ausschreibung an die Firma seines Schwagers gegangen sein sollen. Kurz nach 20 Uhr trat er "
    "zurück. Die Staatsanwaltschaft prüft eine Sachverhaltsdarstellung der Opposition.")


def test_a_resignation_at_a_clock_time_leads_with_the_scene_s_day_and_then_why():
    said = _item("Bürgermeister von Musterbrunn tritt nach Vergabe-Vorwürfen zurück", SCENE_RESIGNED, seconds=24)
    lead, _, rest = said.partition(", meldet die Nachrichtenagentur APA. ")
    assert lead == "Der Bürgermeister von Musterbrunn, Alois Gruber, trat am Montagabend kurz nach 20 Uhr zurück"
    # why, right after it, "er" clear after the lead; no "jedoch" against a profile not read
    assert rest.startswith("Seit Wochen stand er in der Kritik, weil mehrere Bauaufträge"), said
    assert "galt lange als unangefochten" not in said


def test_why_someone_resigned_is_asked_only_after_a_resignation_told_as_news():
    reason = ["Er galt lange als unangefochten.", "Seit Wochen stand er in der Kritik, weil Aufträge ..."]
    assert why_resigned("Der Bürgermeister trat am Montag zurück.", reason) == [1]
    assert why_resigned("Die Ministerin gab am Montag ihren Rücktritt bekannt.", reason) == [1]
    assert why_resigned("Der Bürgermeister trat wegen der Vorwürfe zurück.", reason) == []  # (the lead says it)
    assert why_resigned("Neun Jahre nach seinem Rücktritt hat X sein Comeback-Spiel verloren.", reason) == []


def test_the_scene_s_day_is_said_only_for_a_clock_time_without_a_day():
    sentences = ("Dichter Nebel lag am Montagabend über dem Hauptplatz, als sich vor dem Gemeindeamt rund 150 "
                 "Menschen versammelten.", "Kurz nach 20 Uhr trat er zurück.")
    assert with_scene_day("Der Bürgermeister trat kurz nach 20 Uhr zurück.", sentences) == (
        "Der Bürgermeister trat am Montagabend kurz nach 20 Uhr zurück.")
    assert with_scene_day("Der Bürgermeister trat am Dienstag um 20 Uhr zurück.", sentences) == (
        "Der Bürgermeister trat am Dienstag um 20 Uhr zurück.")
    told = ("Bei der Wahl am Sonntag holte seine Liste 61 Prozent.", "Kurz nach 20 Uhr trat er zurück.")
    assert with_scene_day("Der Bürgermeister trat kurz nach 20 Uhr zurück.", told) == (
        "Der Bürgermeister trat kurz nach 20 Uhr zurück.")  # (not a scene: another day's vote)


def test_an_office_before_a_name_is_no_person():
    assert people_named("Sloweniens Infrastrukturminister Matej Golob trat am Montag zurück.") == {"Matej Golob"}


def test_a_kind_already_named_is_not_named_twice():
    before = ["Prüfer kritisieren teure Verträge im Burgenland."]
    assert with_kind_named("Das Land Burgenland hat zu viel bezahlt.", before) == (
        "Das Land Burgenland hat zu viel bezahlt.")  # (not "Das Burgenland Burgenland")


def test_the_court_of_audit_concluding_so_is_the_lead_s_source():
    assert names_lead_source("Zu diesem Schluss kommt der Landes-Rechnungshof in einem am Dienstag "
                             "veröffentlichten Prüfbericht.")
    assert not names_lead_source("Zu diesem Schluss kommt man, wenn man die Zahlen liest.")


OFFICE_RESIGNED = (
    "Musterstadt (APA) – Seit mehr als 17 Jahren stand Franz Huber an der Spitze der Gemeinde Kleinbach, bei "
    "der Gemeinderatswahl 2020 war er noch mit deutlicher Mehrheit bestätigt worden. Seit dem Herbst stand der "
    "Ortschef jedoch wegen der Umwidmung mehrerer Äcker in Bauland unter Druck. Am Montag legte er sein Amt "
    "mit sofortiger Wirkung zurück. Er wolle der Gemeinde eine Debatte ersparen, erklärte er in einem Schreiben.")


def test_a_resignation_told_through_er_after_the_ortschef_leads_with_the_headline_s_office_and_town():
    said = _item("Grundstücksaffäre: Bürgermeister von Kleinbach tritt zurück", OFFICE_RESIGNED, seconds=20)
    assert said.startswith("Der Bürgermeister von Kleinbach, Franz Huber, legte am Montag sein Amt mit "
                           "sofortiger Wirkung zurück"), said  # (not "In Musterstadt legte der Ortschef ...")
    assert "Seit dem Herbst stand der Ortschef wegen der Umwidmung" in said, said


DREW_CONSEQUENCES = (
    "Kleinbach (APA) – Mehr als 22 Jahre lang stand Franz Huber an der Spitze der Gemeinde, bei der letzten Wahl "
    "kam die ÖVP unter seiner Führung auf 71 Prozent. Der Landwirt galt als bodenständig. Seit dem Sommer stand "
    "er allerdings im Zentrum von Vorwürfen rund um Fördermittel für den Sportverein. Am Montagabend hat der "
    "Bürgermeister nun die Konsequenzen gezogen und in einer Sondersitzung des Gemeinderats seinen Rücktritt "
    "erklärt. Der Gemeinderat muss binnen sechs Wochen einen Nachfolger wählen.")


def test_the_mayor_who_has_drawn_the_consequences_leads_named_and_then_why():
    said = _item("Ortschef tritt nach Förderaffäre zurück", DREW_CONSEQUENCES, seconds=20)
    assert said.startswith("Der Bürgermeister von Kleinbach, Franz Huber, hat am Montagabend in einer "
                           "Sondersitzung des Gemeinderats seinen Rücktritt erklärt"), said
    assert "Seit dem Sommer stand er im Zentrum von Vorwürfen" in said, said  # (the profile between: not read)


def test_a_whole_that_fell_is_said_with_die_and_sein():
    body = "Die heimische Bauwirtschaft hat im Vorjahr real um 6,4 Prozent weniger produziert als 2023."
    assert said_as_sentence("Bauproduktion im Vorjahr deutlich eingebrochen", body) == (
        "Die Bauproduktion ist im Vorjahr deutlich eingebrochen.")  # (not "Eine ... eingebrochen worden")


def test_a_production_that_fell_is_no_burglary_at_the_dateline_s_town():
    assert with_place_said("Die Bauproduktion ist im Vorjahr deutlich eingebrochen.", "Wien") == (
        "Die Bauproduktion ist im Vorjahr deutlich eingebrochen.")
    assert with_place_said("Unbekannte sind in der Nacht in eine Trafik eingebrochen.", "Wels") == (
        "Unbekannte sind in der Nacht in Wels in eine Trafik eingebrochen.")

"""Items a news editor would air unchanged (issue 16, seventeenth held-out set). A dateline city
before a short lead after a headline that lost its full stop ("... im Sommer 2026 St. Pölten – In
Niederösterreich wird ..."); a figure opening the body after the dateline ("Wien – 3,1 Prozent. Um
so viel sind ...") is told in one sentence; an institution before its place ("im Landesklinikum
Melk") is no one's name, so it is never cut to "im Melk"; two teaser lines ending in "sein", or a
line taking for known the paper the report names by title, are a standfirst; a toll in each clause
and the helpers' arrival ("..., als die ersten Feuerwehrleute eintrafen") do not lead. Invented copy."""

from __future__ import annotations

from bulletin.text.antecedents import given_name
from bulletin.text.condense import condense
from bulletin.text.genre import sets_a_scene
from bulletin.text.news import reports_event
from bulletin.text.opening import read_opening
from bulletin.text.pronouns import pronoun_before_noun
from bulletin.text.teasers import named_in_full
from bulletin.text.verdicts import only_a_toll
from tests.item_copy import article, estimate

CLOSING = ("Zu wenige Geburten: Die Station im Landesklinikum Beispieldorf schließt im Sommer 2026 St. Pölten – "
           "In Niederösterreich wird eine weitere Geburtenstation geschlossen. Ab 1. Juli 2026 werden im "
           "Landesklinikum Beispieldorf keine Kinder mehr zur Welt kommen, gab Landesrat Max Muster am Dienstag "
           "bekannt. Als Grund nannte Muster die sinkende Zahl der Geburten.")


def test_a_dateline_city_before_a_short_lead_comes_off_and_an_institution_keeps_its_name():
    opening = read_opening([CLOSING])
    assert opening.place == "St. Pölten"
    assert opening.sentences[opening.standfirst] == "In Niederösterreich wird eine weitere Geburtenstation geschlossen."
    text = condense(article(CLOSING), 30, estimate).text
    assert "St. Pölten –" not in text and "im Landesklinikum Beispieldorf keine Kinder" in text
    assert not given_name("Landesklinikum") and not given_name("Landesgericht") and given_name("Roland")


def test_a_figure_opening_the_body_after_the_dateline_is_told_in_one_sentence():
    opening = read_opening(["Teuerung im Rückwärtsgang. Billigerer Sprit drückt die Inflation. Wien – 3,1 Prozent. "
                            "Um so viel sind die Verbraucherpreise im Oktober gestiegen. Im September waren es "
                            "noch 3,6 Prozent."])
    assert opening.sentences[opening.standfirst] == "Um 3,1 Prozent sind die Verbraucherpreise im Oktober gestiegen."


def test_two_teaser_lines_ending_in_the_verb_sein_are_a_standfirst():
    opening = read_opening(["Betroffen sind rund 200.000 Kunden. Kreditkartendaten sollen nicht abgeflossen sein. "
                            "Die Ticketplattform Beispielticket ist Ziel eines Hackerangriffs geworden. Unbekannte "
                            "haben dabei Daten erbeutet. Die Polizei ermittelt."])
    assert opening.standfirst == 2


def test_a_teaser_taking_for_known_what_the_report_names_with_its_title_is_a_standfirst():
    text = ("Ab März erscheint das Blatt nur noch am Samstag gedruckt. 40 der 120 Stellen fallen weg. Das "
            "„Musterdorfer Tagblatt“ stellt seine gedruckte Ausgabe unter der Woche ein. Das teilte die Eigentümerin "
            "am Dienstag mit. Die Druckerei wird geschlossen.")
    assert read_opening([text]).standfirst == 2
    assert condense(article(text), 30, estimate).text.startswith("Das „Musterdorfer Tagblatt“ stellt")


FIRE = ("Ein 80-jähriger Mann kam ums Leben, zehn Menschen wurden verletzt. Die Polizei vermutet eine Zigarette "
        "als Ursache. Beispielstadt – Die Flammen schlugen bereits aus den Fenstern im dritten Stock, als die ersten "
        "Feuerwehrleute in der Hauptstraße eintrafen. Auf den Balkonen darüber standen Bewohner und riefen um "
        "Hilfe. Bei dem Brand in einem Wohnhaus in Beispielstadt ist in der Nacht auf Donnerstag ein 80-jähriger "
        "Mann ums Leben gekommen. Zehn weitere Personen wurden verletzt. Das Haus ist unbewohnbar.")


def test_a_toll_in_each_clause_and_the_helpers_arrival_do_not_lead_a_fire_report():
    assert only_a_toll("Ein 80-jähriger Mann kam ums Leben, zehn Menschen wurden verletzt.")
    assert sets_a_scene("Als die Feuerwehr eintraf, stand das Haus bereits in Vollbrand.")
    assert not sets_a_scene("Die Feuerwehr traf um 3 Uhr ein.")
    text = condense(article(FIRE), 30, estimate).text
    assert text.startswith("Bei dem Brand in einem Wohnhaus in Beispielstadt")


def test_a_standfirst_introducing_the_convicted_man_again_is_not_read_and_a_dative_ihr_points_back():
    text = ("Ein früherer Bankberater hat das Geld älterer Kunden verspielt. Beispielstadt – Ein 52-jähriger "
            "ehemaliger Bankberater ist am Dienstag am Landesgericht wegen Untreue zu drei Jahren Haft verurteilt "
            "worden. Das Urteil ist nicht rechtskräftig. Die Bank hat den Schaden ersetzt. Der Angeklagte muss ihr "
            "den Betrag nun zurückzahlen.")
    item = condense(article(text), 30, estimate).text
    assert "Ein früherer Bankberater" not in item
    assert pronoun_before_noun("Der Angeklagte muss ihr den Betrag nun zurückzahlen.") == "ihr"
    assert pronoun_before_noun("Die Ministerin hat ihr Amt niedergelegt.") == ""


def test_a_firm_gone_bust_told_in_the_present_is_news():
    assert reports_event("Der Baukonzern Muster Bau ist zahlungsunfähig.")
    assert reports_event("Der Bergsteiger ist tot.")
    assert not reports_event("Der Baukonzern Muster Bau ist groß.")


PRIZE = ("Die Grazer Autorin Maria Beispiel erhält den Österreichischen Buchpreis. Ihr Roman erzählt vom Niedergang einer "
         "Fischerfamilie. Als ihr Name verlesen wurde, blieb Maria Beispiel zunächst sitzen. Erst als der Applaus "
         "anschwoll, ging die 41-Jährige auf die Bühne. Die Grazer Schriftstellerin ist am Montagabend in Wien mit "
         "dem Buchpreis ausgezeichnet worden, der mit 20.000 Euro dotiert ist. Prämiert wurde ihr Roman „Die Flut“.")


def test_a_prize_story_opening_with_the_ceremony_s_moment_airs_with_the_standfirst_leading():
    assert named_in_full("Die Grazer Autorin Maria Beispiel erhält den Preis.") >= {"Maria Beispiel"}
    assert sets_a_scene("Als ihr Name verlesen wurde, blieb Maria Beispiel zunächst sitzen.")
    opening = read_opening([PRIZE])
    assert opening.standfirst == 2
    item = condense(article(PRIZE), 30, estimate)
    assert item.text.startswith("Die Grazer Autorin Maria Beispiel erhält den Österreichischen Buchpreis")
    assert "zunächst sitzen" not in item.text


def test_a_short_sentence_naming_accusations_nobody_told_is_not_read():
    text = ("Rücktritt nach Kritik des Rechnungshofs. Beispielstadt – Landesrat Max Muster legt sein Amt zurück. Das "
            "gab der 47-Jährige am Dienstag in Beispielstadt bekannt. Muster wies die Vorwürfe erneut zurück. Über "
            "die Nachfolge wird am Montag entschieden.")
    assert "die Vorwürfe" not in condense(article(text), 30, estimate).text

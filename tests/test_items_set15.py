"""Items a news editor would air unchanged (issue 16, fifteenth held-out set). A standfirst that
reports the news in its own words leads when the body opens with a scene; a count stands where an
article would ("Zwei Wanderer sind ..."); a motorway named by its compound is introduced ("der
Beispielautobahn"); "die Gläubiger" are known once an insolvency is told; "Ähnlich argumentierte X"
points back to the speaker before; a sentence that names again in full whom the one before named in
full says it again (a standfirst without a dateline); what a visitor senses and a room's mood are a
feature's scene, and so is a winner's gesture; after a match result the standings gain; a surname
alone needs the sentence naming it with an accented given name ("Álvaro"). Invented copy."""

from __future__ import annotations

import pytest

from bulletin.text.antecedents import definite_nouns
from bulletin.text.condense import condense
from bulletin.text.genre import sets_a_scene, standings
from bulletin.text.grammar import opening_reference
from bulletin.text.opening import read_opening
from bulletin.text.teasers import named_in_full, readable_standfirst
from bulletin.text.units import readable_units
from bulletin.text.verdicts import verdict
from tests.item_copy import article, estimate

RESCUE = ("Zwei Wanderer sind im Beispielgebirge nach einer Nacht in einer Felsspalte lebend geborgen worden. "
          "Die Suche dauerte zehn Stunden. Beispielstadt – Es ist kurz nach sechs Uhr früh, als die Lampen "
          "der Bergretter im Nebel über dem Kar auftauchen. Seit Stunden haben sich die Männer über das "
          "Geröll vorgearbeitet, immer wieder mussten sie anhalten. Dann hören sie die Rufe aus der Tiefe. "
          "Die beiden Wanderer aus Musterdorf, ein 41-jähriger Mann und seine 38-jährige Frau, waren am "
          "Samstagnachmittag beim Abstieg in eine rund zwölf Meter tiefe Spalte gestürzt. Die Frau konnte am "
          "Abend noch einen Notruf absetzen. Der Mann erlitt einen Beinbruch.")


def test_a_standfirst_in_its_own_words_leads_when_the_body_opens_with_a_scene():
    item = condense(article(RESCUE), 30, estimate)
    assert item.text.startswith("Zwei Wanderer sind im Beispielgebirge")
    assert "Es ist kurz nach sechs" not in item.text and not item.notes


def test_a_count_stands_where_an_article_would():
    assert readable_standfirst("Zwei Wanderer sind im Beispielgebirge lebend geborgen worden.")
    # a headline that lost its full stop, run into a standfirst, is still no sentence to read
    assert not readable_standfirst("Zwei Wanderer bei Felssturz getötet Unglück im Beispieltal: Zwei "
                                   "Begleiter blieben unverletzt und alarmierten die Bergrettung.")


BLOCKADE = ("Mit einer stundenlangen Blockade der Beispielautobahn haben Frächter gegen neue Fahrverbote "
            "protestiert. Der Stau reichte bis Musterdorf. Beispielstadt – Die Motoren laufen, die Warnblinker "
            "leuchten, und an der Scheibe des vordersten Lastwagens klebt ein Schild. Dahinter reiht sich Lkw "
            "an Lkw. Rund 300 Frächter haben am Montag die Beispielautobahn für mehrere Stunden blockiert. "
            "Sie protestierten gegen die Fahrverbote des Landes.")


def test_a_motorway_named_by_its_compound_introduces_itself():
    assert definite_nouns("Frächter haben die Beispielautobahn blockiert.") == []
    assert condense(article(BLOCKADE), 30, estimate).text.startswith("Mit einer stundenlangen Blockade")


FOLLOW_UP = ("Gläubiger stimmen Sanierungsplan zu. Beispielstadt – Wie berichtet, hatte der Möbelhersteller "
             "Muster Holz im Juli ein Sanierungsverfahren beantragt. Die Passiva beliefen sich damals auf rund "
             "20 Millionen Euro, betroffen waren 300 Beschäftigte und 200 Gläubiger. Nun haben die Gläubiger am "
             "Dienstag dem Sanierungsplan mehrheitlich zugestimmt. Vorgesehen ist eine Quote von 20 Prozent.")


def test_the_creditors_are_known_once_the_insolvency_is_told():
    text = condense(article(FOLLOW_UP), 16, estimate).text
    assert "Nun haben die Gläubiger am Dienstag dem Sanierungsplan mehrheitlich zugestimmt" in text


@pytest.mark.parametrize("sentence, reference", [
    ("Ähnlich argumentierte Landesrat Max Muster, der auf die Almen verwies.", "Ähnlich argumentierte"),
    ("Deutlich zurückhaltender äußerte sich der Vertreter der Stadt, Stadtrat Hans Beispiel.",
     "Deutlich zurückhaltender äußerte"),
    ("Anders sieht das die Opposition.", "Anders sieht"),
    ("Gelassener reagierte die Börse.", "Gelassener reagierte"),
    ("Kritischer sah es die Opposition als die Regierung.", ""),  # the comparison is in the sentence
    ("Später äußerte sich der Minister zu den Vorwürfen.", ""),  # a time, not a comparison
])
def test_like_or_unlike_someone_before_points_back(sentence, reference):
    assert opening_reference(sentence) == reference


APPOINTMENT = ("Die gebürtige Tirolerin Maria Beispiel übernimmt 2027 die Leitung des Literaturhauses "
               "Musterstadt. Die Autorin Maria Beispiel wird neue Leiterin des Literaturhauses Musterstadt. Das "
               "gab die Stadt am Freitag bekannt. Beispiel setzte sich gegen 30 Mitbewerber durch. Die 45-Jährige "
               "folgt auf Hans Muster, der das Haus seit 2015 leitet. Ihr Vertrag läuft fünf Jahre.")


def test_a_standfirst_without_dateline_that_the_body_names_again_in_full_is_not_read_twice():
    opening = read_opening([APPOINTMENT])
    assert opening.standfirst == 1
    text = condense(article(APPOINTMENT), 30, estimate).text
    assert text.startswith("Die Autorin Maria Beispiel wird neue Leiterin")
    assert "übernimmt" not in text  # the standfirst names her again: by ear the same news twice


def test_a_club_or_a_land_is_no_one_named_in_full():
    assert named_in_full("Die Autorin Maria Beispiel wird Leiterin.") == {"Maria Beispiel"}
    assert not named_in_full("Der SK Sturm Graz hat die Tabellenführung übernommen.")
    assert not named_in_full("Land Salzburg schnürt Wohnbaupaket um 180 Millionen Euro")


@pytest.mark.parametrize("sentence, scene", [
    ("Wer näher tritt, hört aus versteckten Lautsprechern ein leises Knistern.", True),
    ("Im ersten Raum ist es beinahe völlig dunkel, nur ein Lichtstreifen fällt auf einen Haufen Felgen.", True),
    ("Wer bis Freitag zahlt, erhält einen Rabatt von zehn Prozent.", False),
    ("Im ersten Quartal ist der Umsatz um zehn Prozent gestiegen.", False),
])
def test_a_visitor_s_senses_and_a_room_s_mood_are_a_feature_s_scene(sentence, scene):
    assert sets_a_scene(sentence) is scene


def test_a_leading_standfirst_s_next_sentence_is_one_unit_not_two():
    opening = read_opening(["Nach der Panne bei der Beispielprüfung müssen rund 900 Schüler zu einem Ersatztermin "
                            "antreten. Die Ursachenforschung läuft. Beispielstadt – Wie berichtet, waren am Montag "
                            "an mehreren Schulen die falschen Aufgabenhefte ausgeteilt worden. Betroffen sind 20 "
                            "Schulen. Der Ersatztermin ist am 3. Juni."])
    texts = [unit.text for unit in readable_units(opening)]
    assert texts.count("Die Ursachenforschung läuft.") == 1


@pytest.mark.parametrize("sentence, readable", [
    ("Die Opposition ortet ein Wahlkampfmanöver.", False),
    ("Naturschützer halten dagegen.", False),
    ("Die Gewerkschaften kündigen Warnstreiks an.", True),  # what a side will do is news
])
def test_a_side_s_reaction_in_a_teaser_s_few_words_is_not_read(sentence, readable):
    assert readable_standfirst(sentence) is readable


MATCH = ("Der FC Beispielstadt hat am Freitag einen Rückstand gegen den SV Musterdorf noch in einen 2:1-Heimsieg "
         "verwandelt. Vor 1.500 Zuschauern brachte Max Muster die Gäste in der 23. Minute per Kopf in Führung. "
         "Die Gastgeber fanden danach lange kein Mittel gegen die tief stehende Abwehr. Durch den Sieg verbessert "
         "sich Beispielstadt auf den siebenten Tabellenplatz.")


def test_after_a_match_result_the_standings_come_before_the_first_goal():
    assert standings("Der FC hat mit 2:1 gewonnen.", ["Er führte nach 2:41 Stunden.", "Damit ist er Dritter.",
                                                     "Der Klub liegt auf Platz sieben."]) == [2]
    assert standings("Der FC hat gewonnen.", ["Der Klub liegt auf Platz sieben."]) == []
    text = condense(article(MATCH), 16, estimate).text
    assert "siebenten Tabellenplatz" in text and "in Führung" not in text


WIN = ("Max Beispiel steht beim Turnier in Musterstadt im Viertelfinale. Der 25-jährige Tiroler bezwang den an "
       "Nummer drei gesetzten Spanier Álvaro Ejemplo in drei Sätzen. Musterstadt – „Ich weiß nicht, wie ich das "
       "gemacht habe.“ Als der letzte Ball im Netz landete, ließ sich Max Beispiel rücklings auf den Hartplatz "
       "fallen. Nach zwei Stunden verwandelte der 25-Jährige seinen zweiten Matchball. Ejemplo steigerte sich "
       "im zweiten Satz und glich aus. Im Viertelfinale trifft Beispiel am Freitag auf Hans Muster.")


def test_a_winner_s_gesture_is_a_scene_and_the_standfirst_leads():
    assert sets_a_scene("Lena Muster rang im Zielraum sichtlich um Fassung, nachdem sie gewonnen hatte.")
    text = condense(article(WIN), 30, estimate).text
    assert text.startswith("Max Beispiel steht beim Turnier in Musterstadt im Viertelfinale")
    assert "rücklings" not in text


def test_a_surname_alone_needs_the_sentence_naming_it_with_an_accented_given_name():
    texts = ["Max Beispiel bezwang den Spanier Álvaro Ejemplo.", "Das Spiel dauerte zwei Stunden.",
             "Ejemplo klagte nach der Partie über Schmerzen im Handgelenk."]
    assert verdict(2, texts) == (0, "")


DERBY = ("Der FC Beispielstadt hat in der Bundesliga gegen den SV Musterdorf mit 2:1 gewonnen. Der Siegtreffer fiel in "
         "der Nachspielzeit. Beispielstadt – Lange sah es im ausverkauften Stadion nach einer Punkteteilung aus, "
         "dann schlug der FC doch noch zu: Der eingewechselte Max Muster traf in der 92. Minute zum 2:1. Die "
         "Beispielstädter bauen ihre Tabellenführung damit auf fünf Punkte aus. Die Gastgeber waren vor 9.000 "
         "Zuschauern von Beginn an die aktivere Mannschaft. Nach einem Konter brachte Hans Beispiel den FC in der "
         "23. Minute in Führung. Der SV kam nach der Pause durch einen Elfmeter zum Ausgleich.")


def test_suspense_told_is_a_scene_and_what_leaned_on_it_leans_on_the_standfirst_telling_the_result():
    assert sets_a_scene("Lange sah es nach einer Punkteteilung aus, dann schlug der FC doch noch zu.")
    text = condense(article(DERBY), 30, estimate).text
    assert text.startswith("Der FC Beispielstadt hat in der Bundesliga gegen den SV Musterdorf mit 2:1 gewonnen")
    assert "Tabellenführung" in text and "Lange sah es" not in text


def test_a_match_named_by_its_opponent_introduces_itself():
    assert definite_nouns("Der FC hat das Derby gegen Rapid mit 2:1 gewonnen.") == []
    assert definite_nouns("Die Klage gegen Apple wurde abgewiesen.") == [("Klage", True)]

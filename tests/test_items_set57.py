"""Items from stop 69 (the fifty-sixth set, read again): an agreement told after the talks' history leads
(agreement_news.py); a headline's change still to come is not said in the perfect (perfect.to_come); a
thing after a kicker's colon is said by the headline's name for it (headline_names.thing_named)."""

from __future__ import annotations

from bulletin.models import Article
from bulletin.text.antecedents import people_named
from bulletin.text.asked_for import key_asked
from bulletin.text.condense import condense
from bulletin.text.corrected import latest_said
from bulletin.text.credits import load_outlets
from bulletin.text.day_news import background_lead
from bulletin.text.headline_names import thing_named
from bulletin.text.headlines import said_as_sentence
from bulletin.text.lead_news import news_first
from bulletin.text.named_again import role_named_in_full
from bulletin.text.perfect import in_perfect, to_come
from bulletin.text.pointing import inside_reference
from bulletin.text.quotes import quotes_with_speaker, speaker_first
from bulletin.text.units import Unit
from tests.item_copy import estimate


def _item(title: str, *paragraphs: str, seconds: float = 30) -> str:
    copy = Article(title=title, paragraphs=paragraphs, origin="test.md", source="APA")
    return condense(copy, seconds, estimate, load_outlets()).text


PAY_DEAL_AFTER_THE_ROUNDS = (
    "Wien (APA) – Die Verhandlungen über den Kollektivvertrag für die Beschäftigten der Papierindustrie hatten "
    "sich seit Mitte September über drei Runden ergebnislos hingezogen. Die Gewerkschaft hatte mit "
    "Streiks in den Werken gedroht, in 60 Betrieben waren Versammlungen abgehalten worden. Die Arbeitgeber "
    "hatten zuletzt ein Plus von 1,8 Prozent geboten und auf die hohen Energiekosten verwiesen. Am späten "
    "Donnerstagabend kam in der vierten Runde schließlich doch eine Einigung zustande: Die Löhne der rund "
    "8.000 Beschäftigten steigen mit Jahresbeginn um durchschnittlich 3,1 Prozent. Die Zulagen werden um "
    "2,5 Prozent angehoben. „Das ist ein fairer Abschluss“, sagte Gewerkschafter Paul Egger. Der neue "
    "Vertrag gilt für zwölf Monate.")


def test_a_pay_deal_told_after_the_rounds_leads_with_the_deal_and_its_terms():
    said = _item("Papier-KV: Löhne steigen um 3,1 Prozent", PAY_DEAL_AFTER_THE_ROUNDS)
    first = said.split(". ")[0]
    assert first.startswith("Am späten Donnerstagabend kam in der vierten Runde eine Einigung zustande: Die Löhne "
                            "der rund 8.000 Beschäftigten steigen mit Jahresbeginn"), said
    assert "schließlich doch" not in said and "gestiegen" not in said, said


def test_a_headline_change_still_to_come_is_not_said_in_the_perfect():
    body = "Die Löhne der Beschäftigten steigen mit Jahresbeginn um 3,1 Prozent. Der Vertrag gilt ein Jahr."
    assert to_come("steigen", body)
    assert not to_come("steigen", "Die Löhne stiegen im Vorjahr um 3,1 Prozent. Der Vertrag galt ein Jahr.")
    assert said_as_sentence("Löhne steigen um 3,1 Prozent", body) is None
    done = said_as_sentence("Löhne steigen um 3,1 Prozent", "Die Löhne sind im Schnitt um 3,1 Prozent gestiegen.")
    assert done and "gestiegen" in done, done


APP_SHUT_AFTER_A_LEAK = (
    "Graz – Die App war erst vor drei Jahren an den Start gegangen und galt als eines der erfolgreichsten "
    "Angebote für Vereine in Österreich. Rund 40.000 Vereine verwalteten damit zuletzt ihre Mitglieder und "
    "Beiträge. Im September wurde bekannt, dass durch einen Fehler Adressen und Kontodaten von Mitgliedern "
    "öffentlich abrufbar gewesen waren. Gründer Lukas Pammer hatte sich zunächst entschuldigt und eine Prüfung "
    "angekündigt. Nun zieht der Gründer die Konsequenzen: Der Dienst wird mit Ende März eingestellt, sämtliche "
    "Daten sollen gelöscht werden. Von den zwölf Beschäftigten sollen die meisten bei einem Partner unterkommen.")


def test_a_service_shut_after_a_kicker_leads_named_as_the_headline_names_it():
    assert background_lead(APP_SHUT_AFTER_A_LEAK.split(" – ")[1].split(". ")[0])  # ("galt als eines der ...")
    said = _item("Vereins-App Clubly wird nach Datenpanne eingestellt", APP_SHUT_AFTER_A_LEAK)
    assert said.startswith("Die Vereins-App Clubly wird mit Ende März eingestellt, sämtliche Daten sollen "
                           "gelöscht werden"), said


def test_a_thing_is_named_only_when_the_headline_tells_the_same_act():
    headlines = ("Vereins-App Clubly wird nach Datenpanne eingestellt",)
    lead = "Die App war erst vor drei Jahren an den Start gegangen."
    assert thing_named("Der Dienst wird verkauft.", lead, headlines) == "Der Dienst wird verkauft."
    assert thing_named("Der Dienst wird eingestellt.", "Sie war neu.", headlines) == "Der Dienst wird eingestellt."
    assert thing_named("Der Dienst wird eingestellt.", lead, headlines) == "Die Vereins-App Clubly wird eingestellt."


MAYOR_GONE_AFTER_AN_AFFAIR = (
    "Leoben/Graz – Seit 2009 stand er an der Spitze der Marktgemeinde Sankt Lorenz am Wechsel, zweimal wurde er "
    "mit absoluter Mehrheit wiedergewählt. Im Sommer geriet der SPÖ-Politiker dann unter Druck: Ein Grundstück "
    "seiner Tochter war vom Gemeinderat in Bauland umgewidmet worden. Er selbst hatte stets betont, bei der "
    "Abstimmung nicht im Saal gewesen zu sein. Am Dienstag trat der 58-Jährige nun zurück. „Das war längst "
    "fällig. Wir verlangen jetzt volle Aufklärung.“ So reagierte ÖVP-Gemeinderätin Sabine Url. Bis zur Wahl "
    "eines Nachfolgers führt Vizebürgermeister Karl Fink die Amtsgeschäfte.")


def test_a_mayor_gone_after_an_affair_is_said_with_his_town_and_the_affair():
    said = _item("Umwidmungsaffäre kostet Bürgermeister Franz Rauscher das Amt", MAYOR_GONE_AFTER_AN_AFFAIR)
    assert said.startswith("Der Bürgermeister von Sankt Lorenz am Wechsel, Franz Rauscher, trat am Dienstag "
                           "nach einer Umwidmungsaffäre zurück"), said


def test_a_quotation_before_its_speaker_is_read_up_to_a_sentence_in_the_first_person():
    texts = ["„Das war längst fällig. Wir verlangen jetzt volle Aufklärung.“", "So reagierte Gemeinderätin Sabine Url."]
    quotes_with_speaker(texts)
    assert texts == ["", "„Das war längst fällig“, reagierte Gemeinderätin Sabine Url."]
    assert speaker_first(texts[1]) == "Gemeinderätin Sabine Url reagierte: Das war längst fällig."
    texts = ["„Das war längst fällig. Es braucht volle Aufklärung.“", "So reagierte Gemeinderätin Sabine Url."]
    quotes_with_speaker(texts)
    assert texts[1] == "„Das war längst fällig. Es braucht volle Aufklärung“, reagierte Gemeinderätin Sabine Url."


CUP_UPSET_TOLD_FROM_THE_STANDS = (
    "Gänserndorf (APA) – Auf dem Platz des SC Gänserndorf haben an normalen Spieltagen kaum 700 Zuschauer "
    "Platz. Am Mittwochabend drängten sich 2.100 Menschen auf Zusatztribünen und Böschungen. Die "
    "Marchfelder, Tabellenneunter der Regionalliga Ost, empfingen im Achtelfinale des ÖFB-Cups den "
    "Bundesligisten SK Austria Klagenfurt. Die Gäste bestimmten das Spiel und gingen in der 30. Minute in "
    "Führung, nach der Pause glich Verteidiger Max Haller per Kopf aus (66.). In der Nachspielzeit traf dann "
    "der eingewechselte Leon Pichler zum 2:1 und schoss den Regionalligisten ins Viertelfinale. Die "
    "Auslosung findet am Sonntag statt.")


def test_a_cup_upset_led_by_its_headline_names_the_opponent_before_the_winning_goal():
    assert in_perfect("stürmt", "ins Viertelfinale") == ("ist", "ins Viertelfinale gestürmt")
    assert in_perfect("zieht", "ins Finale ein") == ("ist", "ins Finale eingezogen")
    assert in_perfect("stürmt", "die Wohnung") is None  # ("hat ... gestürmt": not a move into a round)
    said = _item("Regionalligist Gänserndorf stürmt ins Cup-Viertelfinale", CUP_UPSET_TOLD_FROM_THE_STANDS)
    first, second, third = said.split(". ")[:3]
    assert first.startswith("Der Regionalligist Gänserndorf ist ins Cup-Viertelfinale gestürmt"), said
    assert "den Bundesligisten SK Austria Klagenfurt" in second, said
    assert third.startswith("In der Nachspielzeit traf der eingewechselte Leon Pichler zum 2:1"), said


def test_a_count_corrected_to_one_is_said_once_in_the_dative():
    said = latest_said("Zunächst war von drei Verletzten die Rede, später korrigierte die Polizei die Zahl auf "
                       "einen Verletzten: Der 54-jährige Bauer erlitt eine Rauchgasvergiftung.")
    assert said == "Die Polizei spricht von einem Verletzten: Der 54-jährige Bauer erlitt eine Rauchgasvergiftung.", said


MAYOR_GOES_AFTER_A_LAND_SALE = (
    "Kirchbach (APA) – Sechzehn Jahre lang hat Franz Obermair (ÖVP) die Gemeinde Kirchbach im Mühlviertel "
    "geführt. Bei der Direktwahl 2021 war er mit mehr als 60 Prozent der Stimmen im Amt bestätigt worden. Seit "
    "dem Frühjahr stand der Landwirt in der Kritik: Die Gemeinde hatte eine Wiese an einen Bauträger verkauft, "
    "an dem ein Cousin Obermairs beteiligt ist. Wenige Wochen später wurde die Wiese in Bauland umgewidmet. "
    "Die Gemeindeaufsicht prüft den Vorgang. Am Mittwochabend zog "
    "er die Konsequenzen: In einer außerordentlichen Gemeinderatssitzung erklärte er seinen Rücktritt mit "
    "Monatsende. Die Opposition hatte seit Wochen seinen Rücktritt gefordert.")


def test_a_resignation_after_a_kicker_with_a_colon_leads_with_the_office_and_the_name():
    assert not people_named("Sechzehn Jahre lang hat er die Gemeinde geführt.")
    assert not people_named("Dort sind über Jahre Bedarfszuweisungen verwendet worden.")
    said = _item("Grundstücksaffäre: Bürgermeister von Kirchbach tritt zurück", MAYOR_GOES_AFTER_A_LAND_SALE)
    assert said.startswith("Der Bürgermeister von Kirchbach, Franz Obermair, erklärte am Mittwochabend in einer "
                           "außerordentlichen Gemeinderatssitzung seinen Rücktritt mit Monatsende"), said


def test_a_resignation_headline_asks_for_the_sentence_naming_its_cause():
    units = [Unit(0, "Der Bürgermeister von Au, Max Muster, trat am Montag zurück."),
             Unit(1, "Er galt als umtriebig."),
             Unit(2, "Vorwürfe hatte er zurückgewiesen."),
             Unit(3, "Das geht aus einem Bericht des Landesrechnungshofs hervor.")]
    assert key_asked(units, "Bürgermeister von Au tritt nach Prüfbericht zurück") == 3
    assert key_asked(units, "Bürgermeister von Au tritt zurück") != 3


CUP_FINAL_WON_AFTER_A_COLON = (
    "Zell am See (APA) – Regen peitschte über den Rasen, als die rund 1.800 Zuschauer am Mittwochabend ihre "
    "Schirme aufspannten. Im Finale des Pinzgauer Bezirkscups standen einander der SV Maishofen und "
    "Titelverteidiger FC Saalbach gegenüber. Saalbach ging als klarer Favorit in die Partie. Nach der Pause "
    "ging Saalbach in Führung (52.), ehe Maishofens Jakob Egger ausglich (56.). Am Ende jubelte dennoch der "
    "Außenseiter: Der SV Maishofen gewann das Finale mit 2:1 und holt erstmals seit 2001 den Bezirkscup. "
    "Maishofen steigt als Cupsieger in den Landescup ein. Neben dem Startplatz erhält der Verein eine Prämie "
    "von 5.000 Euro.")


def test_a_final_whose_result_follows_a_cheer_and_a_colon_leads_with_the_result():
    said = _item("Außenseiter Maishofen gewinnt Bezirkscup", CUP_FINAL_WON_AFTER_A_COLON)
    assert said.startswith("Der SV Maishofen gewann das Finale mit 2:1 und holt erstmals seit 2001 den "
                           "Bezirkscup"), said
    assert inside_reference("Neben dem Startplatz erhält der Verein eine Prämie von 5.000 Euro.")
    assert not inside_reference("Neben dem Bürgermeister der Stadt sprach auch der Landesrat.")


def test_a_count_corrected_by_a_sentence_of_its_own_after_the_colon_is_said_alone():
    said = latest_said("Zunächst war von mehr als 20 Verletzten die Rede, am Nachmittag korrigierte die Polizei die "
                       "Zahl deutlich nach unten: Elf Jugendliche und eine Lehrerin wurden leicht verletzt, ein "
                       "18-Jähriger erlitt einen Beckenbruch.")
    assert said == "Elf Jugendliche und eine Lehrerin wurden leicht verletzt, ein 18-Jähriger erlitt einen Beckenbruch.", said



def test_a_coach_the_headline_names_is_said_with_his_full_name_where_the_item_says_der_trainer():
    headline = "2. Liga: Mürzland verliert Derby 0:2, Trainer Lindmayr tritt zurück"
    article = ("Der SC Mürzland hat das Derby verloren.", "Peter Lindmayr hatte die Mannschaft im Sommer übernommen.")
    item = ["Der SC Mürzland hat das Derby verloren.", "Nach dem Schlusspfiff zog der Trainer nun die Konsequenzen."]
    assert role_named_in_full(item, headline, article)[1] == ("Nach dem Schlusspfiff zog Trainer Peter Lindmayr nun "
                                                              "die Konsequenzen.")
    assert role_named_in_full(item, headline, article[:1]) == item  # (no full name in the article)
    assert role_named_in_full(["Lindmayr ging.", *item[1:]], headline, article)[1] == item[1]  # (named before)


def test_a_headline_said_before_a_result_keeps_the_old_lead_among_the_sentences():
    units = [Unit(0, "Rund 19.000 Zuschauer kamen am Donnerstagabend ins ausverkaufte Stadion."),
             Unit(1, "Der SK Almtal ging in der 31. Minute durch Peter Lindner in Führung."),
             Unit(2, "Doch nach der Pause drehte Ennsfeld die Partie, Simon Huber traf zum 2:1-Endstand.", needs=1)]
    said = [u.text for u in news_first(units, "Union Ennsfeld holt erstmals den Cup")]
    assert said[0].startswith("Union Ennsfeld hat erstmals den Cup geholt"), said
    assert units[0].text in said, said  # (the headline is said before it, not in its place)

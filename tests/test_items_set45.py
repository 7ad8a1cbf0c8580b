"""Items from stop 57 (the forty-fifth set): news told through "er" or "sie" after background naming
who, a count corrected said as the latest one, a dateline whose place has "in" in it, and a place
after its article taken for no person."""

from __future__ import annotations

from dataclasses import replace

from bulletin.text.antecedents import people_named, with_name_of_epithet
from bulletin.text.condense import condense
from bulletin.text.corrected import latest_said
from bulletin.text.credits import load_outlets
from bulletin.text.datelines import dateline
from bulletin.text.grammar import opening_reference
from bulletin.text.opening import remove_asides
from bulletin.text.pronoun_news import background_subject, with_firm_named, with_pronoun, with_subject_named
from tests.item_copy import article, estimate


def _item(*paragraphs: str) -> str:
    return condense(replace(article(*paragraphs), source="derStandard.at"), 30, estimate, load_outlets()).text


# Background naming him in the past perfect, the verdict told through "er"
ADVISER = ("Prozess in Musterstadt",
           "Musterstadt – Der frühere Vermögensberater aus Musterstadt hatte jahrelang das Vertrauen seiner "
           "Kunden genossen. Am Dienstag wurde er am Landesgericht wegen schweren Betrugs zu sechs Jahren Haft "
           "verurteilt. Er soll 40 Anleger um 2,3 Millionen Euro gebracht haben. Das Urteil ist nicht rechtskräftig.")
# How it came to this, then "Nun hat sie ..."
BAKERY = ("Bäckerei insolvent",
          "Musterdorf – Seit über einem Jahr kämpft die Traditionsbäckerei Beispiel in Musterdorf mit hohen "
          "Energiekosten. Nun hat sie beim Landesgericht Insolvenz angemeldet. Betroffen sind 42 Beschäftigte.")
# A career first, then "Sie wechselt mit 1. Februar ..."
CAREER = ("Neue Chefin für Beispiel TV",
          "Wien – Anna Musterfrau hat in den vergangenen sieben Jahren die Onlineredaktion der „Musterstädter "
          "Zeitung“ aufgebaut. Sie wechselt mit 1. Februar als Geschäftsführerin zum Privatsender Beispiel TV, "
          "wie der Sender am Dienstag bekanntgab. Für die Position hatten sich 37 Personen beworben.")
# Two parties negotiating for months, then "Sie einigten sich ..."
DEAL = ("Bonus für Pflegekräfte",
        "Musterstadt – Seit November hatten das Land Musterland und die Gewerkschaften über eine Zulage für "
        "Beschäftigte in Pflegeheimen verhandelt. Sie einigten sich in der Nacht auf Mittwoch auf einen "
        "monatlichen Bonus von 120 Euro. Der Bonus soll ab 1. April an rund 9.000 Beschäftigte gehen.")


def test_news_told_through_er_after_background_leads_with_him_named():
    item = _item(*ADVISER)
    assert item.startswith("Der frühere Vermögensberater aus Musterstadt wurde am Dienstag am Landesgericht "
                           "wegen schweren Betrugs zu sechs Jahren Haft verurteilt")
    assert "Er hatte jahrelang das Vertrauen seiner Kunden genossen." in item  # the background, after it


def test_news_told_now_through_sie_leads_and_the_background_says_sie():
    item = _item(*BAKERY)
    assert item.startswith("Die Traditionsbäckerei Beispiel in Musterdorf hat nun beim Landesgericht Insolvenz "
                           "angemeldet")
    assert "Seit über einem Jahr kämpft sie mit hohen Energiekosten." in item


def test_a_person_named_and_two_parties_lead_their_news():
    assert _item(*CAREER).startswith("Anna Musterfrau wechselt mit 1. Februar als Geschäftsführerin zum "
                                     "Privatsender Beispiel TV")
    assert _item(*DEAL).startswith("Das Land Musterland und die Gewerkschaften einigten sich in der Nacht auf "
                                   "Mittwoch auf einen monatlichen Bonus von 120 Euro")


def test_a_pronoun_that_may_mean_someone_else_is_left_as_it_is():
    talks = "Die Verhandlungen zwischen Gewerkschaft und Arbeitgebern zogen sich über sechs Runden."
    assert background_subject(talks) == ("", "")  # the parties, not the talks, "einigten sich"
    assert with_subject_named("In der Nacht einigten sie sich auf 3,8 Prozent.", talks) == ""
    firm = "Seit Monaten kämpft die Beispiel AG mit Verlusten."
    assert with_subject_named("Am Montag sagte er, dass er zurücktritt.", firm) == ""  # "er": not the firm
    adviser = "Der Berater aus Musterstadt hatte das Vertrauen seiner Kunden genossen."
    assert with_subject_named("Am Dienstag wurde er verurteilt, weil er Kunden betrogen hatte.", adviser) == ""
    assert with_pronoun(adviser) == "Er hatte das Vertrauen seiner Kunden genossen."


def test_a_count_corrected_is_said_as_the_latest():
    assert latest_said("Zunächst war von zwölf Verletzten die Rede, inzwischen spricht das Rote Kreuz von 19 "
                       "Verletzten, drei davon schwer.") == "Das Rote Kreuz spricht von 19 Verletzten, drei davon schwer."
    assert latest_said("Zunächst war von sieben Verletzten die Rede, inzwischen korrigierte die Polizei die Zahl "
                       "auf vier.") == "Die Polizei spricht von vier Verletzten."
    item = _item("Bus verunglückt",
                 "Musterstadt – Auf der Beispielstraße ist am Samstag ein Reisebus mit 41 Insassen von der Fahrbahn "
                 "abgekommen. Zunächst war von zwölf Verletzten die Rede, inzwischen spricht das Rote Kreuz von "
                 "19 Verletzten. Der Lenker blieb unverletzt.")
    assert "Das Rote Kreuz spricht von 19 Verletzten." in item and "zwölf" not in item


def test_a_dateline_with_in_in_its_place_is_taken_off():
    assert dateline("Beispielfeld in Musterland (APA) – Nach Gewittern ist eine Mure abgegangen.")[0] \
        == "Beispielfeld in Musterland"
    item = _item("Mure abgegangen",
                 "Gemeinde richtet Spendenkonto ein. Beispielfeld in Musterland (APA) – Nach heftigen Gewittern ist "
                 "am Montagabend eine Mure auf einen Ortsteil niedergegangen. Vier Menschen wurden verletzt.")
    assert "Beispielfeld in Musterland –" not in item and "Nach heftigen Gewittern" in item


def test_a_place_after_its_article_is_no_person():
    assert people_named("Die Insassen sind Pensionisten aus dem Raum Musterstadt.") == set()
    assert with_name_of_epithet("Der 58-jährige Lenker blieb unverletzt.",
                                "Es sind Pensionisten aus dem Raum Musterstadt.") == "Der 58-jährige Lenker blieb unverletzt."
    assert people_named("Dabei ist Andreas Muster, der Sieger.") == {"Andreas Muster"}


# Rumours first, then "Nun hat das Familienunternehmen ..." / "Nun hat die Geschäftsführung ..."
RUMOURS = ("„Wir sperren nicht zu“",
           "Musterstadt – Seit Monaten kursieren in der Bezirkshauptstadt Gerüchte über die Zukunft des "
           "Möbelherstellers Beispiel Holzwerk. Lieferanten klagten über verspätete Zahlungen. Nun hat das "
           "Familienunternehmen beim Landesgericht ein Sanierungsverfahren beantragt, wie der Kreditschutzverband "
           "am Dienstag mitteilte. Die Passiva belaufen sich auf 12,4 Millionen Euro, betroffen sind 180 Beschäftigte.")


def test_a_firms_news_told_now_by_a_word_naming_no_firm_leads_with_the_firm_named():
    item = _item(*RUMOURS)
    assert item.startswith("Der Möbelhersteller Beispiel Holzwerk hat nun beim Landesgericht ein "
                           "Sanierungsverfahren beantragt")
    assert "Gerüchte" not in item and "Lieferanten" not in item  # (told once the news is, they say nothing)
    assert "12,4 Millionen Euro" in item
    assert with_firm_named("Nun hat die Geschäftsführung den Abbau von 140 Stellen angekündigt.",
                           "Seit Monaten gab es Gerüchte über die Zukunft des Möbelherstellers Beispiel.") \
        == "Die Geschäftsführung des Möbelherstellers Beispiel hat nun den Abbau von 140 Stellen angekündigt."
    assert with_firm_named("Nun hat die Stadt den Abbau angekündigt.",
                           "Seit Monaten gab es Gerüchte über die Zukunft des Möbelherstellers Beispiel.") == ""


def test_now_it_is_certain_is_not_said_before_the_news():
    item = _item("Muster gewinnt",
                 "Beispielberg – Es hatte die ganze Nacht geschneit, und dichter Nebel hing über der Piste. Viele "
                 "Favoritinnen hatten mit der schlechten Sicht zu kämpfen. Jetzt steht fest: Die 23-jährige "
                 "Musterländerin Anna Muster hat ihr erstes Weltcuprennen gewonnen. Sie war 0,14 Sekunden schneller "
                 "als die Schweizerin Lea Beispiel.")
    assert item.startswith("Die 23-jährige Musterländerin Anna Muster hat ihr erstes Weltcuprennen gewonnen")


def test_a_place_in_a_race_in_brackets_is_said_as_a_place():
    assert remove_asides("Beste weitere Musterländerinnen waren Anna Muster (5.) und Eva Beispiel (12.).") \
        == "Beste weitere Musterländerinnen waren Anna Muster auf Platz 5 und Eva Beispiel auf Platz 12."
    assert remove_asides("Den Ausgleich erzielte Max Muster (67.).") == "Den Ausgleich erzielte Max Muster."


def test_a_lead_naming_who_announced_it_gets_no_second_credit():
    item = _item("Neue Chefin",
                 "Wien – Anna Musterfrau wird mit 1. Februar Geschäftsführerin des Privatsenders Beispiel TV, wie der "
                 "Sender am Dienstag bekanntgab. Sie folgt auf Max Muster, der im Sommer gegangen war.")
    assert "wie der Sender am Dienstag bekanntgab" in item and "Standard" not in item
    told = _item("Werk schließt",
                 "Musterstadt – Die Beispiel AG schließt ihr Werk in Musterstadt, 120 Beschäftigte verlieren ihren "
                 "Job. Betroffen ist vor allem die Lackiererei. Die Gewerkschaft fordert einen Sozialplan.")
    assert "der Standard" in told  # (a report of the outlet's own keeps its credit)


def test_a_state_held_since_a_year_is_background_to_news_told_through_sie():
    item = _item("Theater bekommt Intendantin",
                 "Musterstadt – Die gebürtige Beispielerin Eva Muster leitet seit 2019 das Landestheater in "
                 "Beispielburg. Sie wird ab der Saison 2027/28 das Stadttheater Musterstadt führen, wie die Stadt am "
                 "Donnerstag bekanntgab. Sie ist die erste Frau an der Spitze des Hauses.")
    assert item.startswith("Die gebürtige Beispielerin Eva Muster wird ab der Saison 2027/28 das Stadttheater "
                           "Musterstadt führen")


def test_da_before_its_verb_points_back_to_the_scene():
    assert opening_reference("Da stand der Stadel bereits in Vollbrand.") == "Da"
    assert opening_reference("Da die Straße gesperrt war, kam die Feuerwehr spät.") == ""


def test_a_verdict_not_final_only_in_the_standfirst_is_said_not_final():
    item = _item("Haft für Installateur",
                 "Urteil nicht rechtskräftig. Musterstadt – Ein 41-jähriger Installateur aus Musterstadt wurde am "
                 "Mittwoch am Landesgericht wegen schweren Betrugs zu zwei Jahren Haft verurteilt. Der Schaden beläuft "
                 "sich auf rund 86.000 Euro. Die meisten Opfer waren über 75 Jahre alt.")
    assert item.count("Das Urteil ist nicht rechtskräftig.") == 1
    thinks = _item("Haft für Installateur",
                   "Musterstadt – Ein Installateur wurde am Mittwoch wegen Betrugs zu zwei Jahren Haft verurteilt. Der "
                   "Schaden beläuft sich auf 86.000 Euro. Der Verteidiger erbat drei Tage Bedenkzeit.")
    assert "nicht rechtskräftig" in thinks

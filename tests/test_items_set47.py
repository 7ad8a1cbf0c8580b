"""Items from stop 59 (the forty-seventh set): the sentence after the lead naming its source ("Das
zeigt eine Studie der Universität ...") read as the item's credit, said without how the source was
made; a figure named as known ("Die 2.400 offenen Stellen") read only after the sentence telling it."""

from __future__ import annotations

from dataclasses import replace

from bulletin.text.asked_for import human_toll
from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.editorial import how_the_lead_opens
from bulletin.text.headlines import said_as_sentence
from bulletin.text.lead_news import news_first
from bulletin.text.perfect import in_perfect
from bulletin.text.primary_source import names_lead_source, without_source_detail
from bulletin.text.unheard import unheard_things
from bulletin.text.units import Unit
from bulletin.text.verdicts import takes_for_known
from tests.item_copy import article, estimate


def _item(*paragraphs: str) -> str:
    return condense(replace(article(*paragraphs), source="derStandard.at"), 30, estimate, load_outlets()).text


# The finding first, the study second with how it was made, then detail and a quote
STUDY = ("Jeder vierte Lehrling isst kein Frühstück",
         "Graz (APA) – Rund 25 Prozent der österreichischen Lehrlinge zwischen 15 und 19 Jahren gehen an Arbeitstagen "
         "ohne Frühstück aus dem Haus und essen bis zum Mittag nichts. Das zeigt eine Studie der Universität Graz, für "
         "die Ernährungsforscherinnen rund 1.800 Lehrlinge aus sechs Bundesländern befragt und einen Teil von ihnen "
         "zusätzlich eine Woche lang ein Ernährungstagebuch führen lassen haben. Als Hauptgrund nennen die Forschenden "
         "den frühen Arbeitsbeginn. Burschen waren etwas stärker betroffen als Mädchen. Die Forschenden empfehlen "
         "Frühstückspausen in den Betrieben.")


def test_the_study_after_the_lead_is_its_credit_said_short():
    assert without_source_detail("Das geht aus einem Bericht des Landesrechnungshofs hervor, der am Dienstag im "
                                 "Landtag vorgestellt wurde.") \
        == "Das geht aus einem Bericht des Landesrechnungshofs hervor."
    assert without_source_detail("Das zeigt die Entwicklung der letzten Jahre, die alle überrascht hat.") \
        == "Das zeigt die Entwicklung der letzten Jahre, die alle überrascht hat."  # no source named: as it is
    item = _item(*STUDY)
    assert "Das zeigt eine Studie der Universität Graz." in item
    assert "meldet" not in item and "berichtet" not in item  # the study is the credit, not the agency


# A state as the lead, its source in the same unit, the key figures in a "Demnach" sentence after it
VACANCIES = ("Rekord bei offenen Stellen in der Pflege",
             "Wien – In Österreichs Pflegeheimen und Pflegediensten sind so viele Stellen unbesetzt wie nie zuvor. Das "
             "geht aus aktuellen Daten des Arbeitsmarktservice hervor, die die Bundesarbeitsgemeinschaft der "
             "Pflegeeinrichtungen gemeinsam mit der Arbeiterkammer am Montag in Wien vorgestellt hat. Demnach waren Ende "
             "September bundesweit 3.100 Stellen in der Pflege offen, gleichzeitig waren nur rund 420 Arbeitsuchende "
             "mit passender Ausbildung vorgemerkt. Am gefragtesten sind diplomierte Pflegekräfte. Die 3.100 offenen "
             "Stellen verteilen sich vor allem auf Wien, Niederösterreich und die Steiermark, wo viele Heime keinen "
             "Nachwuchs finden.")


def test_a_figure_named_as_known_comes_only_after_the_sentence_telling_it():
    texts = [VACANCIES[1].split(" – ", 1)[1].split(". Das")[0] + ".", "Ende September waren 3.100 Stellen offen.",
             "Am gefragtesten sind Pflegekräfte.", "Die 3.100 offenen Stellen verteilen sich auf drei Länder.",
             "Die 27 EU-Staaten beraten darüber."]
    found = unheard_things(texts, [(None, "")] * len(texts), 0, {0, 2, 3, 4})
    assert found.get(3) == [1]  # read only with the sentence that tells the 3.100
    assert 4 not in found  # a figure no sentence before told is no reference
    item = _item(*VACANCIES)
    assert "Das geht aus aktuellen Daten des Arbeitsmarktservice hervor" in item
    assert "berichtet der Standard" not in item  # the AMS data are the credit
    told, known = item.find("bundesweit 3.100 Stellen"), item.find("Die 3.100 offenen Stellen")
    assert known == -1 or -1 < told < known  # never "Die 3.100 offenen Stellen" before (or without) the figure


def test_a_state_whose_source_follows_is_a_report():
    assert names_lead_source("Das geht aus aktuellen Daten des Arbeitsmarktservice hervor.")
    assert not names_lead_source("Das geht aus dem Fenster hinaus.")  # no "hervor": no source
    assert how_the_lead_opens("In den Pflegeheimen sind so viele Stellen unbesetzt wie nie zuvor. Das geht aus "
                              "aktuellen Daten des Arbeitsmarktservice hervor.") == ""
    assert how_the_lead_opens("In den Pflegeheimen sind so viele Stellen unbesetzt wie nie zuvor.") == "nothing"


# Background naming him, a second sentence of background told through "er", then the news through "er"
RESIGNED = ("Landesrat tritt nach Spesenaffäre zurück",
            "Musterstadt – Markus Beispielhuber galt lange als einer der einflussreichsten Politiker seiner Partei. "
            "Seit Wochen stand er wegen seiner Spesenabrechnungen in der Kritik, die Staatsanwaltschaft ermittelt. "
            "Am Montag trat er von allen politischen Ämtern zurück. Interimistisch übernimmt Landesrätin Anna Muster "
            "das Ressort. Ein Nachfolger soll bis Ende Mai nominiert werden.")


def test_news_told_through_er_after_two_sentences_of_background_leads_with_him_named():
    item = _item(*RESIGNED)
    assert item.startswith("Markus Beispielhuber trat am Montag von allen politischen Ämtern zurück"), item


# The headline said as the lead, the club's history and the budget, then the match on its day after a colon
CUP = ["Der FC Beispieldorf steht erstmals im Viertelfinale des Cups.",
       "Der Regionalligist ging mit einem Budget von knapp 700.000 Euro in die Saison.",
       "Trainer Max Muster hatte das Spiel vorab als Lotterie bezeichnet.",
       "Der Gegner reiste als Tabellenzweiter der Bundesliga an.",
       "Am Dienstagabend schrieb Beispieldorf vor 2.100 Zuschauern Cup-Geschichte: Die Oststeirer setzten sich mit "
       "2:1 durch und stehen erstmals in der Runde der letzten acht.",
       "Die Auslosung findet am Sonntag statt."]


def test_the_match_told_on_its_day_after_a_colon_follows_the_headline():
    units = news_first([Unit(i, text) for i, text in enumerate(CUP)], "")
    assert [u.text for u in units[:2]] == [CUP[0], CUP[4]]  # the result right after the lead
    assert [u.index for u in units] == list(range(len(CUP)))


def test_a_firms_management_is_the_firm_a_sentence_before_named():
    texts = ["Seit mehr als 100 Jahren wird in Beispieltal Papier erzeugt.",
             "Die Beispieltaler Papierwerke sind der größte Arbeitgeber im Tal.",
             "Im Herbst folgte Kurzarbeit für die Hälfte der Belegschaft.",
             "Am Mittwoch informierte die Geschäftsführung die Beschäftigten: Das Werk wird bis Ende Juni geschlossen."]
    assert takes_for_known(3, texts, 0, texts[0]) == [1]  # whose management: the firm's, not the sentence before


def test_an_accident_in_a_headlines_present_is_said_in_the_perfect():
    assert said_as_sentence("Schulbus kommt auf eisiger Landesstraße von der Fahrbahn ab", "") \
        == "Ein Schulbus ist auf einer eisigen Landesstraße von der Fahrbahn abgekommen."
    assert in_perfect("kippt", "auf der Autobahn um") == ("ist", "auf der Autobahn umgekippt")
    assert in_perfect("kommt", "nach Wien") is None  # a visit


# A headline telling a bus off the road in the present, a scene, then the children hurt
BUS = ("Schulbus kommt auf eisiger Landesstraße von der Fahrbahn ab",
       "Beispielort (APA) – Es hatte die ganze Nacht gefroren, und über dem Tal hing dichter Nebel, als sich der "
       "Schulbus am Donnerstag kurz vor sieben Uhr auf den Weg machte. In einer Linkskurve geriet das Fahrzeug ins "
       "Rutschen und kippte in den Straßengraben. Sechs Kinder wurden verletzt, zwei von ihnen schwer. Der Lenker "
       "blieb unverletzt. Die Straße war drei Stunden gesperrt.")


def test_a_bus_off_the_road_in_the_present_is_an_accident_whose_hurt_are_asked_for():
    assert human_toll("Ein Schulbus kommt auf einer Landesstraße von der Fahrbahn ab.",
                      ["Es war neblig.", "Sechs Kinder wurden verletzt."]) == [1]
    item = _item(*BUS)
    assert "Sechs Kinder wurden verletzt" in item, item

"""Items from the forty-second set of invented agency copy (stop 54): who is credited, a toll told as
a rise, headlines with their own verb, a reader's own problem and a kicker announcing a change."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bulletin.speech.normalize import normalize
from bulletin.speech.voices import PROJECT_VOICES, load_voice
from bulletin.text.condense import condense
from bulletin.text.corrected import corrections
from bulletin.text.credits import load_outlets, outlet_of
from bulletin.text.firms import without_legal_form
from bulletin.text.genre import reads_as_opinion, sets_a_scene
from bulletin.text.grammar import opening_reference
from bulletin.text.headlines import said_as_sentence
from bulletin.text.latest_toll import latest_toll_next
from bulletin.text.opening import readable_paragraphs
from bulletin.text.teasers import without_kicker
from bulletin.text.units import Unit
from tests.item_copy import article, estimate

AGENCY_COPY = ("Musterstadt (APA) – Der Gemeinderat von Musterstadt hat am Montag ein neues Hallenbad "
               "beschlossen. Es soll 2028 eröffnet werden und rund zwölf Millionen Euro kosten.")


def test_agency_copy_is_credited_to_the_agency_in_its_dateline_not_the_site_carrying_it():
    item = condense(replace(article(AGENCY_COPY), source="derStandard.at"), 30, estimate, load_outlets())
    assert "Nachrichtenagentur APA" in item.text, item.text
    assert "Standard" not in item.text


def test_copy_without_an_agency_keeps_the_site_as_its_source():
    copy = AGENCY_COPY.replace(" (APA) –", " –")
    item = condense(replace(article(copy), source="derStandard.at"), 30, estimate, load_outlets())
    assert "der Standard" in item.text and "APA" not in item.text, item.text


def test_several_agencies_are_named_as_a_list():
    assert outlet_of("APA/AFP/dpa").spoken == "die Nachrichtenagenturen APA, AFP und dpa"
    assert outlet_of("APA/dpa").spoken == "die Nachrichtenagenturen APA und dpa"


def test_the_austrian_agency_is_said_as_a_word():
    espeak = load_voice("de-espeak", str(PROJECT_VOICES))
    assert normalize("meldet die Nachrichtenagentur APA", espeak.lexicon) == "meldet die Nachrichtenagentur Apa"


BUS = ("Reisebus bei Musterdorf verunglückt: Drei Tote. Musterdorf (APA) – Die Insassen waren auf dem Heimweg von "
       "einem Ausflug, als der Bus am Dienstag auf glatter Fahrbahn ins Schleudern geriet. An Bord befanden sich "
       "30 Personen, überwiegend Pensionisten aus Beispielstadt. Der Lenker wurde leicht verletzt. Am späten "
       "Abend erlag eine 80-jährige Frau im Spital ihren Verletzungen, die Zahl der Todesopfer stieg damit auf "
       "vier. Die Landesstraße blieb bis Mittwochfrüh gesperrt.")


def test_a_toll_told_as_a_rise_is_said_as_the_people_it_counts_right_after_the_lead():
    item = condense(article(BUS), 30, estimate)
    assert "damit sind vier Menschen ums Leben gekommen." in item.text, item.text
    assert "Zahl der Todesopfer" not in item.text
    # (30 people on board are not the toll's first count: the deaths come next to the lead)
    assert item.text.split(". ")[1].startswith("Am späten Abend erlag"), item.text


@pytest.mark.parametrize("sentence, said", [
    ("Die Zahl der Todesopfer stieg auf 31, 53 Menschen werden noch vermisst.",
     "Inzwischen sind 31 Menschen ums Leben gekommen, 53 Menschen werden noch vermisst."),
    # (after a comma without "damit", the count it rose from was told just before: as it stands)
    ("Zunächst meldeten die Behörden 90 Verletzte, die Zahl der Verletzten stieg auf 146.",
     "Zunächst meldeten die Behörden 90 Verletzte, die Zahl der Verletzten stieg auf 146."),
])
def test_a_toll_opening_as_a_rise_says_the_people(sentence, said):
    assert latest_toll_next([Unit(0, sentence)])[0].text == said


def test_bodies_recovered_are_the_first_count_of_a_toll_that_rose():
    text = ("Musterort – Die Einsatzkräfte bargen bis Dienstagmittag vier Leichen aus den Trümmern. Seit "
            "Freitag waren in der Region mehr als 300 Liter Regen gefallen. Auch aus dem Nachbartal wurden "
            "Überschwemmungen gemeldet, dort mussten rund 400 Menschen ihre Häuser verlassen. Die Regierung "
            "kündigte an, den Notstand auszurufen und eine Soforthilfe von 20 Millionen Euro freizugeben. Am "
            "Abend stieg die Zahl der Todesopfer auf sieben: Unter den Trümmern wurden drei weitere Leichen "
            "gefunden. Für Mittwoch sagten die Meteorologen weitere Niederschläge voraus.")
    item = condense(article(text), 25, estimate)
    assert "sieben" in item.text.split(". ")[1], item.text


@pytest.mark.parametrize("headline, said", [
    ("Zahl der Hitzetage in Musterstadt hat sich seit 1990 mehr als verdoppelt.",
     "Die Zahl der Hitzetage in Musterstadt hat sich seit 1990 mehr als verdoppelt."),
    ("Erdbeben im Süden Musterlands: Zahl der Toten steigt auf 47.",
     "Nach einem Erdbeben im Süden Musterlands ist die Zahl der Toten auf 47 gestiegen."),
    ("Musterportal Austria stundenlang gestört.", None),  # (a name going on: not "Das Musterportal ist Austria")
])
def test_a_headline_with_its_own_finite_verb_or_a_name_is_said_whole_or_not_at_all(headline, said):
    body = ("Das Musterportal Austria war am Montag nicht erreichbar. Das Beben hatte die Stärke 6,1. Forscher "
            "in Musterstadt zählten.")
    assert said_as_sentence(headline, body) == said


def test_the_readers_own_problem_does_not_lead_the_headline_said_does():
    text = ("Studie: Zahl der Hitzetage in Musterstadt hat sich seit 1990 mehr als verdoppelt. Musterstadt – Wer "
            "in Musterstadt unter dem Dach wohnt, kennt das Problem: Selbst um Mitternacht hat es noch 28 Grad. "
            "Forscher der Universität Musterstadt haben untersucht, wie oft es solche Tage gibt. Demnach gab es "
            "in den 1990er-Jahren im Schnitt acht Hitzetage pro Jahr, zuletzt waren es 19.")
    item = condense(article(text), 30, estimate)
    assert item.text.startswith("Die Zahl der Hitzetage in Musterstadt hat sich"), item.text


def test_a_kicker_announcing_a_change_of_what_the_scene_told_is_not_read():
    lead = ("Geht es nach der Regierung in Musterhafen, soll sich das ändern: Das Parlament hat am Mittwoch ein "
            "Gesetz beschlossen, das neue Ferienwohnungen an der Küste verbietet.")
    assert without_kicker(lead) == lead.split(": ", 1)[1]
    long_topic = "Gewerkschaft, Wirtschafts- und Arbeiterkammer sauer auf Beispielminister: Man sei kein Problem."
    assert without_kicker(long_topic) == long_topic  # (a long verbless topic stays a headline, not a kicker)


def test_a_headline_figure_the_body_corrects_is_said_as_corrected():
    text = ("Kunststoffverarbeiter Musterplast baut in Musterstadt 240 Stellen ab. Musterstadt – Die Belegschaft "
            "wurde am Mittwoch um 7.30 Uhr zu einer Betriebsversammlung in die Werkshalle gerufen. Dort erfuhren die "
            "Beschäftigten, dass das Unternehmen einen Teil der Produktion verlagert. Zunächst war von 240 "
            "betroffenen Beschäftigten die Rede, am Nachmittag korrigierte das Unternehmen die Zahl auf 185.")
    assert corrections(text) == {"240": "185"}
    item = condense(article(text), 20, estimate)
    assert item.text.startswith("Der Kunststoffverarbeiter Musterplast baut in Musterstadt 185 Stellen ab"), item.text


def test_a_headline_line_before_the_dateline_paragraph_is_the_standfirst():
    paragraphs = ("Hackerangriff legt steirischen Energieversorger lahm",
                  "Musterstadt – Als die Mitarbeiter der Musterwerke am Montag um 6.30 Uhr ihre Computer "
                  "hochfuhren, erschien auf den Bildschirmen nur eine kurze Nachricht. Der Energieversorger ist "
                  "Opfer eines Erpressungsversuchs geworden. Die Stromversorgung sei nicht gefährdet.")
    assert readable_paragraphs(paragraphs)[0] == "Hackerangriff legt steirischen Energieversorger lahm."
    assert readable_paragraphs(("Zwischentitel ohne Punkt", "Ein Absatz ohne Ortsmarke."))[0] \
        == "Ein Absatz ohne Ortsmarke."  # (a subheading elsewhere still goes)
    item = condense(article(*paragraphs), 20, estimate)
    assert item.text.startswith("Ein Hackerangriff hat einen steirischen Energieversorger lahmgelegt."), item.text


@pytest.mark.parametrize("sentence", [
    "Dichter Nebel lag am Samstagmorgen über dem Mustertal, als die Fahrgäste ihre Thermoskannen auspackten.",
    "Lange sah es am Samstagabend in der Musterarena nach einem ungefährdeten Heimsieg aus.",
    "Als die Mitarbeiter am Montag um 6.30 Uhr ihre Computer hochfuhren, erschien nur eine kurze Nachricht.",
])
def test_the_weather_of_the_moment_and_a_turn_still_to_come_set_a_scene(sentence):
    assert sets_a_scene(sentence)


@pytest.mark.parametrize("sentence, said", [
    ("Am Nachmittag korrigierte das Rote Kreuz die Zahl auf 23 Verletzte, vier davon schwer.",
     "Das Rote Kreuz spricht inzwischen von 23 Verletzten, vier davon schwer."),
    ("Am Abend korrigierte die Behörde die Zahl der Toten auf 23 nach oben.",
     "Die Behörde spricht inzwischen von 23 Toten."),
    # (a figure that is not a toll stays as it is)
    ("Am Nachmittag korrigierte das Unternehmen die Zahl auf 185.",
     "Am Nachmittag korrigierte das Unternehmen die Zahl auf 185."),
])
def test_a_count_corrected_is_said_as_the_count_now(sentence, said):
    assert latest_toll_next([Unit(0, sentence)])[0].text == said


def test_whether_that_is_so_points_back():
    assert opening_reference("Ob das der Fall ist, prüfen derzeit Experten des Bundeskriminalamts.")
    assert not opening_reference("Ob die Musterbahn fährt, entscheidet sich am Montag.")


def test_the_austrian_cert_is_said_as_its_name():
    espeak = load_voice("de-espeak", str(PROJECT_VOICES))
    assert normalize("Experten von CERT.at prüfen", espeak.lexicon) == "Experten von Zert Punkt at prüfen"


def test_a_kicker_announcing_a_change_is_not_read_in_the_body_either():
    text = ("Musterland beschränkt Ferienwohnungen an der Küste. Musterhafen – Wer im Sommer durch die Altstadt von "
            "Musterhafen spaziert, hört an jeder Ecke das Rattern von Rollkoffern. Geht es nach der Regierung, soll "
            "sich das ändern: Das Parlament hat am Mittwoch ein Gesetz beschlossen, das neue Ferienwohnungen in 26 "
            "Gemeinden verbietet. Das Gesetz tritt mit 1. Jänner in Kraft.")
    item = condense(article(text), 30, estimate)
    assert "soll sich das ändern" not in item.text and "Rollkoffer" not in item.text, item.text
    assert "Das Parlament hat am Mittwoch ein Gesetz beschlossen" in item.text, item.text


@pytest.mark.parametrize("sentence, said", [
    ("Die Musterwerk Energie GmbH ist Opfer eines Angriffs.", "Die Musterwerk Energie ist Opfer eines Angriffs."),
    ("Die Rehnhold Muster Ges.m.b.H. hat Insolvenz beantragt.", "Die Rehnhold Muster hat Insolvenz beantragt."),
    ("Der Vorstand der Beispiel Antriebstechnik AG kündigte Kürzungen an.",
     "Der Vorstand der Beispiel Antriebstechnik kündigte Kürzungen an."),
    # (the form alone, an "AG" that is a working group, and a plural name whose verb needs the form stay)
    ("Gegen die GmbH wird ermittelt.", "Gegen die GmbH wird ermittelt."),
    ("Die AG Wohnen tagt am Montag.", "Die AG Wohnen tagt am Montag."),
    ("Die Beispielstädter Volksbanken AG soll abgespalten werden.",
     "Die Beispielstädter Volksbanken AG soll abgespalten werden."),
])
def test_a_firm_is_said_without_its_legal_form(sentence, said):
    assert without_legal_form(sentence) == said


def test_an_item_says_the_firm_without_its_legal_form():
    text = ("Musterstadt – Die Musterwerk Energie GmbH ist am Montag Opfer eines Hackerangriffs geworden. Die "
            "Stromversorgung sei nicht gefährdet, teilte das Unternehmen mit.")
    assert "GmbH" not in condense(article(text), 30, estimate).text


def test_a_report_opening_with_a_scene_is_not_a_feature_when_its_news_follows_in_the_perfect():
    report = ["Es war kurz nach 23 Uhr, als sich die Türen des Sitzungssaals in Musterstadt endlich öffneten.",
              "Nach zwölf Stunden hat sich die Landesregierung auf das Doppelbudget für 2026 und 2027 geeinigt."]
    assert not reads_as_opinion(report)
    feature = ["Es ist kurz nach sechs Uhr früh, als Maria Muster in Musterdorf die Melkmaschine anwirft.",
               "Sie melkt jeden Morgen 40 Kühe, im Stall ist es noch dunkel."]
    assert reads_as_opinion(feature)  # (a feature's scene and its routine: still left to the desk)

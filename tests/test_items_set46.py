"""Items from stop 58 (the forty-sixth set): a headline in telegram style said as a sentence (a number
word, a participle's adjective, a toll, "verendet" with "sind"), the body's "bei dem Brand" said with
the headline's event, a count corrected "am Nachmittag", a lead naming a place by a name's own
adjective, a quote's speaker without the writer's aside, and "vielleicht" no verb."""

from __future__ import annotations

from dataclasses import replace

from bulletin.text.colour import says_little
from bulletin.text.condense import condense
from bulletin.text.corrected import latest_said
from bulletin.text.credits import load_outlets
from bulletin.text.event_place import with_place_said
from bulletin.text.grammar import opening_reference
from bulletin.text.headlines import said_as_sentence, with_event_said
from bulletin.text.quotes import quotes_with_speaker
from bulletin.text.verbs import finite_verbs
from tests.item_copy import article, estimate


def _item(*paragraphs: str) -> str:
    return condense(replace(article(*paragraphs), source="derStandard.at"), 30, estimate, load_outlets()).text


def test_telegram_headlines_are_said_as_sentences():
    body = "Die Feuerwehr war mit 40 Mann im Einsatz."
    assert said_as_sentence("Dreißig Kühe bei Stallbrand im Beispieltal verendet", body) \
        == "Dreißig Kühe sind bei einem Stallbrand im Beispieltal verendet."  # not "verendet worden"
    assert said_as_sentence("Vermisster Pilzsammler nach drei Tagen lebend gefunden", body) \
        == "Ein vermisster Pilzsammler ist nach drei Tagen lebend gefunden worden."
    assert said_as_sentence("Vier Verletzte bei Brand in Mehrparteienhaus", body) \
        == "Bei einem Brand in einem Mehrparteienhaus sind vier Menschen verletzt worden."
    assert said_as_sentence("Zwei Tote bei Unfall auf Westautobahn", body) \
        == "Bei einem Unfall auf der Westautobahn sind zwei Menschen ums Leben gekommen."


# A toll headline, a reporter's scene, then the body's lead taking the fire for known
FIRE = ("Vier Verletzte bei Brand in Mehrparteienhaus",
        "Musterstadt (APA) – Es war kurz nach zwei Uhr früh, als ein Bewohner Brandgeruch bemerkte und seine "
        "Nachbarn weckte. Bei dem Brand in der Nacht auf Samstag sind vier Menschen verletzt worden, darunter ein "
        "Kind. Zunächst hatte die Feuerwehr von zwei Leichtverletzten gesprochen, später korrigierte die Polizei "
        "die Zahl nach oben. Ausgebrochen war das Feuer in einem Kellerabteil. Die Brandursache ist unklar.")


def test_the_bodys_fire_is_said_as_the_headline_tells_it():
    assert with_event_said("Bei dem Brand am Samstag sind vier Menschen verletzt worden.",
                           "Bei einem Brand in einem Mehrparteienhaus sind vier Menschen verletzt worden.") \
        == "Bei einem Brand in einem Mehrparteienhaus am Samstag sind vier Menschen verletzt worden."
    item = _item(*FIRE)
    assert item.startswith("Bei einem Brand in einem Mehrparteienhaus in der Nacht auf Samstag sind in Musterstadt "
                           "vier Menschen verletzt worden, darunter ein Kind")  # (the dateline's town: below)
    assert "zwei Leichtverletzten" not in item  # the first count, since corrected: the lead has the latest


def test_a_count_corrected_in_the_afternoon_is_said_as_the_latest():
    assert latest_said("Zunächst war von zwölf Verletzten die Rede, am Nachmittag korrigierte die Polizei die "
                       "Zahl auf acht.") == "Die Polizei spricht von acht Verletzten."
    assert says_little("Zunächst hatte die Feuerwehr von zwei Verletzten gesprochen, später korrigierte die Polizei "
                  "die Zahl nach oben.")


# A participle headline, "verendet" looking like a verb of the present
STABLE = ("Dreißig Kühe bei Stallbrand im Beispieltal verendet",
          "Musterdorf (APA) – Es war kurz nach vier Uhr früh, als ein Nachbar den Feuerschein bemerkte. Zu diesem "
          "Zeitpunkt stand der Stall bereits in Vollbrand. Acht Feuerwehren waren bis zum Morgen im Einsatz. Der "
          "Bauer erlitt leichte Verbrennungen. Die Brandursache ist noch unklar.")
# A found-alive headline, then a reporter's scene, then the search
SEARCH = ("Vermisster Pilzsammler nach drei Tagen lebend gefunden",
          "Musterberg (APA) – Dichter Nebel lag am Montagmorgen über den Hängen, als sich die Suchmannschaft "
          "erneut auf den Weg machte. Rund 50 Bergretter durchkämmten das Gelände oberhalb der Ortschaft. Gesucht "
          "wurde ein 81 Jahre alter Einheimischer. Der Mann war unterkühlt, aber ansprechbar.")


def test_a_telegram_headline_leads_after_a_scene():
    assert _item(*STABLE).startswith("Dreißig Kühe sind bei einem Stallbrand im Beispieltal verendet")
    assert _item(*SEARCH).startswith("Ein vermisster Pilzsammler ist in Musterberg nach drei Tagen lebend gefunden "
                                     "worden")


def test_a_lead_naming_its_place_by_a_names_adjective_needs_no_headline():
    assert opening_reference("Die Gletscher in den Hohen Tauern verlieren rascher an Eis.") == ""
    assert opening_reference("Die Gletscher verlieren rascher an Eis.") == "Die Gletscher"  # which ones?


def test_a_quotes_speaker_is_said_without_the_writers_aside():
    texts = ["„Ich wollte kein Museumsstück inszenieren.“",
             "Das sagte Regisseurin Eva Muster vor der Premiere – und sie hat Wort gehalten."]
    quotes_with_speaker(texts)
    assert texts[1] == "„Ich wollte kein Museumsstück inszenieren“, sagte Regisseurin Eva Muster vor der Premiere."


def test_vielleicht_is_no_verb():
    assert finite_verbs("vielleicht sogar aktueller") == []


# A still life in the fog before the news, the news a state ("ist zahlungsunfähig"), then the court
BREWERY = ("Traditionsbrauerei Muster ist insolvent",
           "Musterstadt – Dichter Nebel lag am Montagmorgen über dem Hof der Brauerei, die Lieferwagen standen "
           "still, die Tore blieben geschlossen. Die Brauerei Muster, eine der ältesten Privatbrauereien des Landes, "
           "ist zahlungsunfähig. Das Landesgericht eröffnete am Montag auf Antrag des Unternehmens ein "
           "Sanierungsverfahren. Betroffen sind 60 Beschäftigte.")


def test_a_firm_insolvent_leads_after_a_still_life_in_the_fog():
    item = _item(*BREWERY)
    assert item.startswith("Die Brauerei Muster, eine der ältesten Privatbrauereien des Landes, ist zahlungsunfähig") \
        or item.startswith("Die Traditionsbrauerei Muster, eine der ältesten")
    assert "Nebel" not in item


# A headline said, background, then the news told "nun" on its day, and who announced it
STEELWORKS = ("Steirischer Stahlhersteller baut Stellen ab",
              "Musterstadt (APA) – Die Auftragsbücher der Beispielwerke sind seit Monaten dünn. Vor allem die "
              "Nachfrage aus der Autoindustrie ist seit dem Vorjahr eingebrochen, auch der Maschinenbau bestellt "
              "weniger. Bereits im Herbst hatte das Unternehmen Kurzarbeit beantragt. Dazu kommen hohe "
              "Energiekosten. Am Donnerstag zog die Konzernführung nun die Reißleine: Bis Ende 2026 sollen 240 "
              "Arbeitsplätze wegfallen, der Großteil davon in der Produktion. Das gab Vorstandschef Max Muster "
              "bekannt.")


def test_news_told_now_on_its_day_follows_the_headline_before_the_background():
    item = _item(*STEELWORKS)
    assert item.startswith("Ein steirischer Stahlhersteller baut Stellen ab, meldet die Nachrichtenagentur APA. "
                           "Am Donnerstag zog die Konzernführung nun die Reißleine: Bis Ende 2026 sollen 240 "
                           "Arbeitsplätze wegfallen")


def test_jobs_that_fall_away_are_jobs_cut():
    from bulletin.text.asked_for import jobs_cut

    assert jobs_cut("Ein Stahlhersteller baut Stellen ab.", ["Die Auftragsbücher sind dünn.",
                                                            "Bis Ende 2026 sollen 240 Arbeitsplätze wegfallen."]) == [1]


def test_the_datelines_town_is_said_in_an_event_lead_naming_no_place():
    assert with_place_said("Ein Brand hat am Sonntag einen Bauernhof zerstört.", "Musterdorf") \
        == "Ein Brand hat am Sonntag in Musterdorf einen Bauernhof zerstört."
    assert with_place_said("Am Donnerstag ist ein Schulbus verunglückt.", "St. Beispiel im Pongau") \
        == "Am Donnerstag ist in St. Beispiel im Pongau ein Schulbus verunglückt."
    assert with_place_said("Die Polizei hat am Montag einen 34-Jährigen festgenommen.", "Musterstadt") \
        == "Die Polizei hat am Montag in Musterstadt einen 34-Jährigen festgenommen."
    # not where the place may be another: a decision, a town or region named, two places in the dateline
    assert with_place_said("Die Regierung hat ein Paket beschlossen.", "Wien") == "Die Regierung hat ein Paket beschlossen."
    for lead in ("Zwei Männer sind im Norden des Westjordanlandes erschossen worden.",
                 "Ein Mann ist in Beispielstadt von einer Straßenbahn erfasst worden.",
                 "Bei einem Unfall in Deutschland sind zwei Österreicher ums Leben gekommen."):
        assert with_place_said(lead, "Jerusalem") == lead
    assert with_place_said("Ein Lkw ist umgestürzt.", "Musterstadt/Wien") == "Ein Lkw ist umgestürzt."


def test_no_town_is_said_for_a_match_or_weather_over_a_region():
    for lead in ("Sturm Beispiel hat im Schlager Rapid mit 3:1 besiegt.",
                 "Ein Hagelunwetter ist am Dienstag über die Oststeiermark gezogen."):
        assert with_place_said(lead, "Musterstadt") == lead

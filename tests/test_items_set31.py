"""Items a news editor would air unchanged (issue 16, thirty-first held-out set). A headline glued to a
moment ("... der Heide Kurz nach sechs Uhr liegt noch Nebel ...") is cut off and the moment is a scene;
"Wer ..., kennt das Ritual" and "hier erfährt man es zuerst" are a feature's way in, not news; a report
behind a scene backed by a change "von 35 auf 52 Euro" is aired; a short sentence naming someone only a
left-out scene introduced ("Maria Muster bleibt.") is not read. "Der Gemeinderat" is the one the
headline named ("Der Musterstädter Gemeinderat"); "Bad Musterfeld." is a local dateline; a closure until
a day is news ("bleibt bis nach Ostern geschlossen"); after a scene, what was missing ("Einen Nachfolger
gab es nicht") does not lead; "Am Nachmittag soll es regnen." ends no item; a count a later sentence
corrects is never read without the corrected one, and "Weitere Verletzte" are more of those told before.
Invented copy."""

from __future__ import annotations

from bulletin.text.condense import condense
from bulletin.text.datelines import with_state_named
from bulletin.text.genre import GENRE_NOTE, sets_a_scene
from bulletin.text.named_again import opens_with_name_in
from bulletin.text.news import reports_event
from bulletin.text.opening import read_opening
from bulletin.text.sentences import split_sentences
from tests.item_copy import article, estimate

SHEPHERDS = ("Die letzten Wanderschäfer der Musterheide Kurz nach sechs Uhr liegt noch Nebel über den Hügeln bei "
             "Musterdorf. Jens Probe stützt sich auf seinen Stab, und die Hunde setzen sich in Bewegung. Das "
             "Umweltministerium in Musterstadt erhöht die Prämie für die Landschaftspflege mit Schafen zum 1. Juli "
             "von 35 auf 52 Euro pro Tier und Jahr. In der Musterheide ziehen nur noch neun Herden umher.")


def test_a_headline_glued_to_a_moment_is_cut_off_and_the_news_behind_the_scene_airs():
    assert split_sentences(SHEPHERDS)[:2] == ["Die letzten Wanderschäfer der Musterheide",
                                              "Kurz nach sechs Uhr liegt noch Nebel über den Hügeln bei Musterdorf."]
    assert split_sentences("Ex-Kanzler Max Kurz nach Wien gereist.") == ["Ex-Kanzler Max Kurz nach Wien gereist."]
    assert sets_a_scene("Kurz nach sechs Uhr liegt noch Nebel über den Hügeln.")
    item = condense(article(SHEPHERDS), 20, estimate)
    assert item.text.startswith("Das Umweltministerium in Musterstadt erhöht die Prämie"), item.text
    assert GENRE_NOTE not in item.notes


def test_the_weather_of_the_reporters_day_is_not_read_after_the_news():
    from bulletin.text.colour import says_little

    assert says_little("Am Nachmittag soll es regnen.")
    assert not says_little("Am Nachmittag soll es in ganz Musterland kräftig regnen.")
    item = condense(article(SHEPHERDS + " Am Nachmittag soll es regnen."), 30, estimate)
    assert "Musterheide ziehen nur noch" in item.text and "regnen" not in item.text, item.text


def test_a_ritual_everyone_knows_and_what_anyone_hears_here_are_no_news():
    assert sets_a_scene("Wer in Musterdorf Semmeln holen will, kennt das Ritual: zuerst ein Plausch.")
    assert sets_a_scene("Wer Geburtstag hat, wessen Kuh gekalbt hat – hier erfährt man es zuerst.")
    assert not sets_a_scene("Hier erfährt die Gemeinde erst im Mai, ob sie Geld bekommt.")


def test_a_short_sentence_naming_someone_only_a_left_out_scene_introduced_is_not_read():
    scene = "Wer Semmeln holen will, wartet an der Theke, an der Maria Muster seit 31 Jahren aufschneidet."
    assert opens_with_name_in("Maria Muster bleibt.", scene)
    assert not opens_with_name_in("Die Genossenschaft bleibt.", scene)
    shop = ("Wer in Musterdorf Semmeln holen will, kennt das Ritual: zuerst ein Plausch, dann das Warten an der "
            "Theke, an der Maria Muster seit 31 Jahren die Wurst aufschneidet. Das Geschäft sollte Ende März "
            "schließen. Rund 340 Musterdorfer haben eine Genossenschaft gegründet und 214.000 Euro aufgebracht. "
            "Maria Muster bleibt.")
    for budget in (16, 20, 26):
        assert "Maria Muster bleibt" not in condense(article(shop), budget, estimate).text


def test_the_council_the_headline_named_and_a_library_closed_until_easter():
    assert with_state_named("Der Gemeinderat hat am Donnerstag eine Abgabe beschlossen.", "",
                            "Musterstädter Gemeinderat beschließt Abgabe.") == (
        "Der Musterstädter Gemeinderat hat am Donnerstag eine Abgabe beschlossen.")
    assert with_state_named("Der Gemeinderat hat beschlossen.", "", "Abgabe beschlossen.") == (
        "Der Gemeinderat hat beschlossen.")
    assert reports_event("Nach einem Rohrbruch bleibt die Bücherei bis nach Ostern geschlossen.")
    assert not reports_event("Die Lage bleibt angespannt.")
    library = ("Bad Musterfeld. Nach einem Wasserrohrbruch bleibt die Stadtbücherei Bad Musterfeld voraussichtlich "
               "bis nach Ostern geschlossen. In der Nacht auf Montag war in der Decke eine Leitung geplatzt. Rund "
               "12.000 Bücher wurden beschädigt.",)
    assert read_opening(library).place == "Bad Musterfeld"
    assert condense(article(*library), 20, estimate).text.startswith("Nach einem Wasserrohrbruch bleibt")


def test_the_largest_damage_is_one_of_those_told_before_so_what_she_did_is_read():
    from bulletin.text.grammar import opening_reference

    assert opening_reference("Den höchsten Schaden erlitt eine Witwe aus Musterstadt.") == "Den höchsten Schaden"
    assert opening_reference("Der Schaden beträgt 40.000 Euro.") == ""
    fraud = ("Wegen schweren gewerbsmäßigen Betrugs ist eine 29-jährige Frau am Dienstag am Landesgericht Musterstadt "
             "zu dreieinhalb Jahren Haft verurteilt worden. Laut Anklage war sie als sogenannte Abholerin für eine "
             "Bande tätig, die ältere Menschen mit Schockanrufen um ihr Erspartes brachte. Das Urteil ist nicht "
             "rechtskräftig. Die Staatsanwaltschaft warf der Frau vor, in sieben Fällen Bargeld und Schmuck im Wert "
             "von 286.000 Euro abgeholt zu haben. Den höchsten Schaden erlitt eine 84-jährige Witwe, die ihre "
             "gesamten Ersparnisse von 92.000 Euro übergab.")
    text = condense(article(fraud), 24, estimate).text
    assert "Abholerin" in text and ("Den höchsten Schaden" not in text or "286.000" in text), text


def test_how_long_something_takes_on_average_is_no_event_before_the_plan():
    from bulletin.text.news import generic_or_imagined

    assert generic_or_imagined("Fast vier Jahre dauert es im Schnitt, bis ein Bebauungsplan steht.")
    plan = ("Fast vier Jahre dauert es im Schnitt, bis ein Bebauungsplan steht. Kommunen sind skeptisch.",
            "Musterstadt (dpa) - Neue Wohngebiete sollen in Musterland deutlich schneller ausgewiesen werden "
            "können. Das Bauministerium hat dazu den Entwurf für eine Novelle des Baugesetzbuchs vorgelegt.")
    assert condense(article(*plan), 20, estimate).text.startswith("Neue Wohngebiete sollen in Musterland")


def test_after_a_scene_what_was_missing_does_not_lead_what_happened_does():
    shop = ("Dorfgreißler gerettet: Musterdorfer kaufen ihr Geschäft selbst Wer in Musterdorf Semmeln holen will, "
            "kennt das Ritual: zuerst ein Plausch vor dem Eingang, dann das Warten an der Theke. Wer Geburtstag hat, "
            "wer ins Spital musste – hier erfährt man es zuerst. Ende März hätte damit Schluss sein sollen. Denn das "
            "Ehepaar, das den Laden führt, geht in Pension. Einen Nachfolger gab es nicht, mehrere "
            "Handelsketten winkten ab. Rund 340 Musterdorfer haben sich an einer Genossenschaft beteiligt und "
            "gemeinsam 214.000 Euro aufgebracht. Die Genossenschaft übernimmt den Markt mit 1. April.")
    text = condense(article(shop), 20, estimate).text
    assert text.startswith("Rund 340 Musterdorfer haben sich an einer Genossenschaft beteiligt"), text


def test_a_count_corrected_later_is_never_read_without_the_corrected_one():
    from bulletin.text.grammar import opening_reference
    from bulletin.text.pointing import counts_corrected_later

    texts = ["Nach Gewittern sind im Mustertal Muren abgegangen.",
             "Nach ersten Angaben sind rund 300 Einheimische und Gäste abgeschnitten.",
             "Verletzt wurde niemand.",
             "Am Nachmittag korrigierte die Gemeinde die Zahl der Betroffenen nach oben.",
             "Nicht 300, sondern rund 900 Menschen seien im Tal eingeschlossen, hieß es."]
    assert counts_corrected_later(texts) == {1: [4]}
    assert counts_corrected_later(texts[:3]) == {}
    assert opening_reference("Weitere Verletzte gab es nicht.") == "Weitere "
    fire = ("Ein Waldbrand auf der Insel Musteroog hat am Dienstag die Evakuierung von sieben Dörfern erzwungen. "
            "Nach Angaben des Zivilschutzes wurden bis zum Nachmittag rund 1.500 Menschen in Sicherheit gebracht. "
            "Mehrere Häuser brannten nieder. Das Feuer war gegen 11.30 Uhr in einem Kiefernwald ausgebrochen. "
            "Am Abend korrigierte der Zivilschutz die Zahl der Evakuierten deutlich nach oben. Inzwischen seien "
            "mehr als 4.200 Menschen in Sicherheit gebracht worden, nachdem der Wind gedreht habe.")
    for budget in (16, 20, 26):
        text = condense(article(fire), budget, estimate).text
        assert "1.500" not in text or "4.200" in text, text

"""Items from the forty-second set's second reading (stop 55): what the item chooses to say. A quote
as the headline is not the news; a toll said as it is now, without the first count it corrected;
the count read right after the lead."""

from __future__ import annotations

from dataclasses import replace

from bulletin.text.asked_for import all_safe
from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.firms import with_firm_of_epithet
from bulletin.text.genre import sets_a_scene
from bulletin.text.grammar import only_a_quote
from bulletin.text.headline_names import with_name_from_headline
from bulletin.text.headlines import said_as_sentence
from bulletin.text.sentences import split_sentences
from tests.item_copy import article, estimate

# A quote as the headline, the slogan said again in the body; the package's substance after it (with a
# source to credit: without one, the sentence saying who said it would gain for carrying the attribution)
CARE = ("„Pflege darf keine Frage des Geldbeutels sein“\n\n"
        "Musterstadt – Das Land Musterland will pflegende Angehörige ab heuer stärker unterstützen. "
        "Landesrätin Anna Beispiel präsentierte am Montag ein Paket im Umfang von 40 Millionen Euro. "
        "Kern ist ein monatlicher Zuschuss von bis zu 250 Euro für Personen, die Angehörige zu Hause betreuen. "
        "„Pflege darf keine Frage des Geldbeutels sein“, sagte die Landesrätin. "
        "Zudem sollen bis 2027 in allen Bezirken Beratungsstellen entstehen. Die Opposition reagierte gespalten. "
        "Die Grünen begrüßten die Maßnahme grundsätzlich. Anträge sind ab 1. März möglich.")


def test_a_quote_alone_is_told_from_a_headline_with_quoted_words_in_it():
    assert only_a_quote("„Pflege darf keine Frage des Geldbeutels sein“")
    assert only_a_quote("„Wir müssen uns neu erfinden“.")
    assert not only_a_quote("Aus für die gedruckte „Musterstädter Rundschau“")
    assert not only_a_quote("„Rundschau“ und „Bote“ werden eingestellt")


def test_a_quote_as_the_standfirst_does_not_pull_the_slogan_in_over_the_substance():
    item = condense(replace(article(*CARE.split("\n\n")), source="derStandard.at"), 21, estimate, load_outlets())
    assert "250 Euro" in item.text, item.text
    assert "Geldbeutels" not in item.text


def test_a_quote_as_the_title_does_not_pull_the_slogan_in_over_the_substance():
    titled = replace(article(CARE.split("\n\n")[1]), title="„Pflege darf keine Frage des Geldbeutels sein“",
                     source="derStandard.at")
    item = condense(titled, 21, estimate, load_outlets())
    assert "250 Euro" in item.text, item.text
    assert "Geldbeutels" not in item.text


# A count corrected, the first one stale; who was on board between
SCHOOL_BUS = ("Musterdorf – Ein mit Schülern besetzter Reisebus ist am Donnerstag auf der Autobahn bei Musterdorf "
              "von der Fahrbahn abgekommen und auf die Seite gekippt. An Bord befanden sich 30 Schülerinnen und "
              "Schüler einer Mittelschule aus Beispielstadt sowie zwei Lehrerinnen. Sie waren auf dem Weg zu "
              "einer Projektwoche. In ersten Meldungen war von zehn Verletzten die Rede, darunter einer schwer. "
              "Später korrigierte die Polizei die Zahl auf sechs Leichtverletzte, schwer verletzt wurde demnach "
              "niemand. Die Projektwoche wurde abgesagt.")


def test_a_corrected_count_of_the_slightly_hurt_is_said_as_it_is_now_without_the_stale_one():
    item = condense(article(SCHOOL_BUS), 30, estimate)
    assert "Die Polizei spricht inzwischen von sechs Leichtverletzten, schwer verletzt wurde demnach niemand." \
           in item.text, item.text
    assert "zehn Verletzten" not in item.text


# The toll told late, as a rise since a first count
QUAKE = ("Musterland – Ein Erdbeben der Stärke 5,9 hat in der Nacht auf Mittwoch den Norden von Musterland "
         "erschüttert. Das Epizentrum lag nach Angaben der Behörden rund 20 Kilometer östlich der Stadt "
         "Beispielstadt in einer Tiefe von zehn Kilometern. Das Beben ereignete sich um 3.10 Uhr Ortszeit, als die "
         "meisten Menschen schliefen. In den ersten Stunden hatten die Behörden von acht Toten gesprochen. Bis zum "
         "Abend stieg die Zahl der Toten auf 35, mehr als 200 Menschen wurden verletzt. Die Regierung schickte "
         "2.000 Einsatzkräfte in die Region.")


def test_a_toll_risen_by_evening_is_said_as_it_is_now_right_after_the_lead():
    item = condense(article(QUAKE), 30, estimate)
    sentences = item.text.split(". ")
    assert sentences[1].startswith("Inzwischen sind 35 Menschen ums Leben gekommen, mehr als 200"), item.text
    assert "acht Toten" not in item.text


# A scene naming the firm, the news naming it only by what it does; what is not at risk further down
HACKED = ("Hackerangriff legt regionalen Energieversorger lahm\n\n"
          "Musterstadt – Als die Mitarbeiterinnen und Mitarbeiter der Beispiel Energie GmbH am Montag um 6.30 Uhr "
          "ihre Computer hochfuhren, erschien auf den Bildschirmen nur eine kurze Nachricht in englischer Sprache. "
          "Der regionale Energieversorger ist Opfer eines Erpressungsangriffs geworden. Die Täter hatten sich "
          "bereits im Jänner über eine Sicherheitslücke Zugriff auf das Firmennetz verschafft. Betroffen sind die "
          "Verrechnung und das Kundenportal; die Stromversorgung der rund 30.000 Kunden sei nicht gefährdet, "
          "betonte das Unternehmen. Laut Polizei fordern die Angreifer ein Lösegeld in Kryptowährung. Die "
          "Arbeiterkammer rät Kunden, bei Anrufen, in denen nach Bankdaten gefragt wird, vorsichtig zu sein.")


def test_a_firm_named_by_what_it_does_is_said_with_the_name_the_scene_before_gave():
    assert with_firm_of_epithet("Der regionale Energieversorger ist Opfer eines Angriffs geworden.",
                                "Als die Mitarbeiter der Beispiel Energie GmbH kamen, ...") == \
        "Der regionale Energieversorger Beispiel Energie ist Opfer eines Angriffs geworden."
    # (two firms before: which one is meant is not clear; a person's role is not a firm)
    two = "Die Beispiel Energie GmbH und die Muster Netz AG verhandeln."
    assert with_firm_of_epithet("Der Energieversorger ist ...", two) == "Der Energieversorger ist ..."
    assert with_firm_of_epithet("Der Bürgermeister ist ...", "der Beispiel GmbH") == "Der Bürgermeister ist ..."


def test_after_a_scene_the_news_naming_the_firm_leads_and_what_is_safe_follows():
    item = condense(replace(article(*HACKED.split("\n\n")), source="derStandard.at"), 20, estimate, load_outlets())
    assert item.text.startswith("Der regionale Energieversorger Beispiel Energie ist Opfer eines Erpressungsangriffs "
                                "geworden"), item.text
    assert "sei nicht gefährdet" in item.text, item.text
    assert "hochfuhren" not in item.text and "Ein Hackerangriff" not in item.text


def test_a_thing_named_only_in_the_headline_is_named_where_the_body_first_calls_it_by_its_kind():
    said = with_name_from_headline
    assert said("Die Wochenzeitung erscheint ab Februar nur noch digital.",
                ["Nach 77 Jahren: Aus für die gedruckte „Musterstädter Rundschau“"]) == \
        "Die Wochenzeitung „Musterstädter Rundschau“ erscheint ab Februar nur noch digital."
    assert said("Das Festival steht ohne Leitung da.", ["Beispieltaler Sommerspiele: Intendantin wirft hin"]) == \
        "Das Festival Beispieltaler Sommerspiele steht ohne Leitung da."
    assert said("Die Zeitung wird ab April nur digital erscheinen.", ["Muster-Kurier stellt gedruckte Ausgabe ein"]) == \
        "Die Zeitung Muster-Kurier wird ab April nur digital erscheinen."
    assert said("Der Händler hat am Mittwoch bestätigt, ...", ["Datenleck: Daten von Online-Händler Bergmuster im Netz"]) \
        == "Der Händler Bergmuster hat am Mittwoch bestätigt, ..."


def test_a_name_is_not_lent_when_it_is_unclear_or_of_another_kind():
    said = with_name_from_headline
    # (a film's title is not the festival's; a quote is not a name; two names; a kind not named so)
    assert said("Das Festival ging zu Ende.", ["Musterfilmtage: Hauptpreis für „Die stille Grenze“"]) == \
        "Das Festival ging zu Ende."
    assert said("Die Zeitung erscheint digital.", ["„Wir müssen uns neu erfinden“"]) == "Die Zeitung erscheint digital."
    assert said("Der Konzern baut ab.", ["Muster AG und Beispiel AG: Fusion geplatzt"]) == "Der Konzern baut ab."
    assert said("Die Studie zeigt ...", ["Musterstädter Uni Team: Neue Studie"]) == "Die Studie zeigt ..."


def test_a_said_headline_still_leads_over_the_body_naming_the_firm_from_it():
    copy = ("Autozulieferer Hollweger Antriebstechnik baut in Beispielstadt 240 Jobs ab\n\n"
            "Beispielstadt – Der Konzern hat am Donnerstag die Belegschaft seines Werks bei einer Betriebsversammlung "
            "informiert. Die Fertigung wird nach Tschechien verlagert.")
    item = condense(replace(article(*copy.split("\n\n")), source="derStandard.at"), 30, estimate, load_outlets())
    assert item.text.startswith("Der Autozulieferer Hollweger Antriebstechnik baut in Beispielstadt 240 Jobs ab"), item.text


# A lead without a figure; colour first, the figures further down
FESTIVAL = ("Musterstadt – Das Theaterfestival Beispiel ist am Sonntagabend mit einer Performance auf dem Hauptplatz "
            "zu Ende gegangen. Heuer lag der Schwerpunkt auf Produktionen aus Südosteuropa. Erstmals wurden auch "
            "leerstehende Geschäfte bespielt. Besonders gefragt waren die Abendvorstellungen in der alten Fabrik. "
            "Insgesamt kamen 21.400 Besucherinnen und Besucher, um 18 Prozent mehr als im Vorjahr. Die nächste "
            "Ausgabe ist für September geplant.")


def test_how_many_came_is_told_when_the_lead_has_no_figure():
    item = condense(replace(article(FESTIVAL), source="derStandard.at"), 20, estimate, load_outlets())
    assert "21.400 Besucherinnen und Besucher" in item.text, item.text


# A match told from the stands first
MATCH = ("Musterstadt – Als der Ball in der 88. Minute zum zweiten Mal hinter Torhüter Max Beispiel im Netz lag, "
         "verließen die ersten Zuschauer bereits das Stadion. Der SV Musterdorf hat am Freitagabend in der 2. Liga "
         "beim FC Beispielstadt mit 3:1 gewonnen. Jonas Muster traf doppelt. Mit dem Sieg übernehmen die "
         "Musterdorfer die Tabellenführung.")


def test_the_stands_at_a_goal_are_a_scene_and_the_result_leads():
    assert sets_a_scene(MATCH.split(" – ", 1)[1].split(". Der SV")[0] + ".")
    item = condense(replace(article(MATCH), source="derStandard.at"), 30, estimate, load_outlets())
    assert item.text.startswith("Der SV Musterdorf hat am Freitagabend"), item.text
    assert "Zuschauer" not in item.text


def test_a_headline_saying_where_its_subject_is_is_said_as_a_sentence():
    assert said_as_sentence("Landtag in Salzburg beschließt neues Raumordnungsgesetz", "Die Abgeordneten ...") == \
        "Der Landtag in Salzburg hat ein neues Raumordnungsgesetz beschlossen."


# Residents at their houses first; the count corrected right before who was hurt
MUDSLIDE = ("Musterdorf (APA) – Noch am Vormittag stehen Anrainer in Gummistiefeln vor ihren Häusern und schaufeln "
            "Schlamm aus den Kellern. Ein Traktor schiebt Geröll von der Gemeindestraße. In der Nacht auf Sonntag "
            "ist nach heftigen Gewittern eine Mure im Mustertal abgegangen. Gegen 2.15 Uhr trat der Beispielbach "
            "über die Ufer. Zunächst war von acht beschädigten Häusern die Rede, am Vormittag korrigierte die "
            "Behörde die Zahl auf 14. Verletzt wurde nach Angaben der Polizei niemand, 30 Bewohner wurden in der "
            "Volksschule untergebracht. Rund 120 Feuerwehrleute standen im Einsatz. Landeshauptfrau Anna Muster "
            "kündigte rasche Hilfe an. Die Straße bleibt bis Dienstag gesperrt.")


def test_residents_at_their_houses_are_a_scene_and_who_was_hurt_is_told():
    assert split_sentences("... korrigierte die Behörde die Zahl auf 14. Verletzt wurde niemand.")[1] == \
        "Verletzt wurde niemand."
    assert all_safe("Eine Mure ist abgegangen.", ["Verletzt wurde nach Angaben der Polizei niemand."]) == [0]
    item = condense(replace(article(MUDSLIDE), source="derStandard.at"), 25, estimate, load_outlets())
    assert item.text.startswith("In der Nacht auf Sonntag ist nach heftigen Gewittern eine Mure"), item.text
    assert "Verletzt wurde nach Angaben der Polizei niemand" in item.text, item.text

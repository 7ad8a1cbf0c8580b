"""Items a news editor would air unchanged (issue 16, stop 52: the fortieth held-out set, read
blind): a body written to follow its headline ("Der Beschluss fiel ...", "Die Betroffenen ...")
leads with the headline said as a sentence, and the toll told since is said. Invented copy."""

from __future__ import annotations

import pytest

from bulletin.text.condense import condense
from bulletin.text.headlines import said_as_sentence
from tests.item_copy import article, estimate


@pytest.mark.parametrize("headline, body, said", [
    ("Reisebus auf Musterautobahn umgestürzt: Zwei Tote, 20 Verletzte.",
     "Der Reisebus war auf dem Weg nach Musterstadt.",
     "Ein Reisebus ist auf der Musterautobahn umgestürzt."),
    ("Beispielorter Zulieferer streicht 300 Jobs – Betriebsrat spricht von „schwarzem Tag“.",
     "Die Betroffenen sollen bis Ende Mai informiert werden. Das Werk in Beispielort bleibt.",
     "Ein Beispielorter Zulieferer streicht 300 Jobs."),
    ("Schweres Beben im Norden Musterlands: Mindestens zehn Tote.",
     "Die Erdstöße der Stärke 6,1 erschütterten die Region in der Nacht.",
     "Im Norden Musterlands hat es ein schweres Beben gegeben."),
    ("Nach Hochzeitsfeier im Musterviertel: Dutzende Gäste im Spital.",
     "Die meisten von ihnen hatten am Samstag an der Feier teilgenommen.",
     "Nach einer Hochzeitsfeier im Musterviertel sind Dutzende Gäste im Spital."),
    ("Datenleck bei Wiener Musterplattform: Daten von 20.000 Kunden im Netz aufgetaucht.",
     "Betroffen sind Namen und Adressen.",
     "Durch ein Datenleck bei einer Wiener Musterplattform sind Daten von 20.000 Kunden im Netz aufgetaucht."),
    ("ORF-Stiftungsrat segnet Sparpaket ab: Bis 2030 fallen 200 Stellen weg.",
     "Der Beschluss fiel am Donnerstag mit 25 Stimmen.",
     "Der ORF-Stiftungsrat hat ein Sparpaket abgesegnet."),
    ("EU-Parlament für Verbot von Einweg-Zigaretten – Abgeordnete uneins.",
     "Die Abstimmung fiel knapp aus.",
     "Das EU-Parlament spricht sich für ein Verbot von Einweg-Zigaretten aus."),
    ("Lawine im Mustertal: Zwei deutsche Skitourengeher tot, dritter verletzt.",
     "Die drei Männer waren am Vormittag aufgebrochen.",
     "Nach einer Lawine im Mustertal sind zwei deutsche Skitourengeher tot."),
    ("Beamter schwer verletzt – Angreifer festgenommen.",
     "Ein Mann hat in Musterstadt einen Polizisten mit einem Messer angegriffen.",
     "Ein Beamter ist schwer verletzt worden."),
])
def test_a_headline_is_said_as_a_sentence_with_articles_and_verb(headline, body, said):
    assert said_as_sentence(headline, body) == said


@pytest.mark.parametrize("headline, body", [
    # acts whose article the headline's reader knows ("durch die Abschaffung" of what?)
    ("Vorstand Muster bezweifelt wirksame Bekämpfung durch Abschaffung.", "Vorstand Anna Muster sagte ..."),
    # a name the body never gives a given name or a place's preposition: unsure of it, no "Ein Sturm"
    ("Sturm dreht Schlagerspiel gegen Rapid: 2:1 durch Elfmeter.", "Die Grazer jubelten spät."),
    ("Regierung einigt sich auf", "Der Beschluss fiel am Montag."),  # cut off
])
def test_a_headline_whose_articles_are_unsure_is_not_said(headline, body):
    assert said_as_sentence(headline, body) is None


def test_a_name_the_body_says_without_an_article_gets_none():
    said = said_as_sentence("Beispielland darf Transit begrenzen.",
                            "Die Minister erlaubten Beispielland einen Versuch, den Transit zu begrenzen.")
    assert said is None or not said.startswith("Ein"), said


def test_the_headline_said_leads_when_the_body_goes_on_from_it():
    copy = ("ORF-Stiftungsrat segnet Sparpaket ab: Bis 2030 fallen 200 Stellen weg. Wien – Der Beschluss fiel am "
            "Donnerstag mit 25 Stimmen bei vier Gegenstimmen. Insgesamt will der Sender bis 2030 rund 200 Millionen "
            "Euro einsparen. Kündigungen schließt die Geschäftsführung aus.")
    text = condense(article(copy), 30, estimate).text
    assert text.startswith("Der ORF-Stiftungsrat hat ein Sparpaket abgesegnet. Der Beschluss fiel am Donnerstag"), text


def test_the_headline_said_is_not_read_when_the_body_leads_alone():
    copy = ("Muren im Mustertal: Ortschaft von Außenwelt abgeschnitten. Musterdorf – Nach stundenlangem Regen sind in "
            "der Nacht auf Sonntag im Mustertal fünf Muren abgegangen. Am schwersten betroffen ist die Ortschaft "
            "Beispielbach, deren Zufahrt verschüttet wurde. Rund 80 Menschen wurden in Sicherheit gebracht.")
    text = condense(article(copy), 30, estimate).text
    assert text.startswith("Nach stundenlangem Regen sind"), text
    assert "Außenwelt" not in text, text


def test_the_toll_since_is_said_after_a_headline_without_a_count():
    copy = ("Fährunglück vor Musterinsel: Mindestens zehn Tote. Musterhafen – Das Schiff kenterte in der Nacht auf "
            "Sonntag zehn Kilometer vor Musterinsel. An Bord waren 150 Menschen. Fischer zogen Dutzende Menschen aus dem Wasser. "
            "Bis zum Mittag wurden 120 Menschen gerettet. Am Abend bargen Taucher weitere fünf Leichen aus dem Rumpf. "
            "Damit stieg die Zahl der Todesopfer auf 15.")
    text = condense(article(copy), 30, estimate).text
    # (the toll right after the lead, said as the people it counts: set 42 and stop 54)
    assert text.startswith("Vor Musterinsel hat es ein Fährunglück gegeben. Inzwischen sind 15 Menschen ums Leben "
                           "gekommen. Das Schiff kenterte"), text
    assert "Zahl der Todesopfer" not in text and "Damit stieg" not in text, text


def test_a_later_toll_follows_the_first_count_a_speaker_gave():
    copy = ("Schweres Beben im Norden Musterlands: Mindestens zehn Tote. Musterstadt – Die Erdstöße der Stärke 6,1 "
            "erschütterten die Region in der Nacht auf Dienstag. In vielen Bergdörfern stürzten Häuser ein. Der "
            "Leiter des Zivilschutzes, Karl Beispiel, sprach am Vormittag von zehn Toten und 80 Verletzten. Er "
            "rechne damit, dass die Zahl der Opfer noch steige. Die Gouverneurin sagte, es fehle an Zelten. Die "
            "Schulen bleiben geschlossen. Am Abend stieg die Zahl der Toten auf 19.")
    text = condense(article(copy), 30, estimate).text
    assert text.startswith("Im Norden Musterlands hat es ein schweres Beben gegeben."), text
    assert "von 19 Toten" not in text, text  # (he said ten in the morning)
    assert "Am Abend stieg die Zahl der Toten auf 19." in text, text


def test_a_link_list_after_the_agency_stamp_is_not_read():
    from bulletin.text.clean import clean_paragraphs
    kept = clean_paragraphs(["Die Musterwerke schließen ihr Werk in Beispielort. 200 Menschen verlieren ihre "
                             "Arbeit. (APA, 13.3.2025) Mehr zum Thema: Zulieferer unter Druck – warum das Land leidet"])
    assert "Mehr zum Thema" not in " ".join(kept) and "200 Menschen" in " ".join(kept), kept


def test_a_firm_named_after_its_kind_is_not_lent_to_a_role_as_a_person():
    from bulletin.text.named_again import with_person_named
    before = ["Durch ein Datenleck beim Wiener Lieferdienst Musterbox sind Daten im Netz aufgetaucht."]
    lead = "Die Daten wurden in einem Forum angeboten, der Verkäufer verlangte 4.500 Euro."
    article = [*before, lead, "Musterbox wurde 2019 gegründet."]
    assert with_person_named(lead, before, article) == lead


def test_the_headline_said_leads_over_a_body_opening_with_its_thing_as_known():
    copy = ("Datenleck bei Wiener Musterplattform: 30.000 Kundendatensätze im Netz aufgetaucht. Wien – Die Daten "
            "tauchten am Wochenende in einem Forum auf, wo sie für 5.000 Dollar angeboten wurden. Betroffen ist "
            "die Plattform Beispielticket. Das Unternehmen bestätigte den Vorfall am Dienstag.")
    text = condense(article(copy), 30, estimate).text
    assert text.startswith("Durch ein Datenleck bei einer Wiener Musterplattform sind 30.000 Kundendatensätze "
                           "im Netz aufgetaucht. Die Daten tauchten"), text


def test_a_toll_corrected_upward_is_the_toll_since():
    from bulletin.text.asked_for import toll_since
    lead = "Bei einem Erdbeben im Osten Musterlands sind mindestens zehn Menschen ums Leben gekommen."
    later = ["Rund 1.000 Helfer sind im Einsatz.",
             "Am Abend korrigierte die Behörde die Zahl der Toten auf 23 nach oben."]
    assert toll_since(lead, later) == [1]


def test_a_decimal_comma_does_not_end_the_main_clause():
    from bulletin.text.news import reports_event
    assert reports_event("Im Osten Musterlands hat es ein Erdbeben der Stärke 5,9 gegeben.")

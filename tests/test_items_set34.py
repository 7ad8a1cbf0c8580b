"""Items a news editor would air unchanged (issue 16, thirty-fourth held-out set). "Der Bundesrat" and
"Das Bundesverwaltungsgericht" are names Austria's institutions share: in a story told wholly in
Germany they are said as German to Austrian ears; a standfirst telling anyone's case ("Wer nachts ...
in die Notaufnahme kommt, soll künftig ...") is not read after the lead. "Es war bereits der fünfte
Anstieg in Folge." speaks of the rise told just before and is never read without it. Invented copy."""

from __future__ import annotations

from bulletin.text.abroad import with_country_named
from bulletin.text.condense import condense
from bulletin.text.genre import home_words
from tests.item_copy import article, estimate

AT = home_words("Österreich", "")


def test_the_federal_council_is_german_only_in_a_german_story():
    said = "Der Bundesrat hat am Freitag die Reform gebilligt."
    german = f"Berlin (dpa) - {said} Der Bundestag hatte das Gesetz im Oktober beschlossen."
    assert with_country_named(said, AT, german) == "Der deutsche Bundesrat hat am Freitag die Reform gebilligt."
    austrian = f"Wien (APA) - {said} Der Nationalrat hatte das Gesetz mit den Stimmen von ÖVP und SPÖ beschlossen."
    assert with_country_named(said, AT, austrian) == said
    assert with_country_named(said, AT) == said  # (no story told: not said)


def test_anyones_case_in_a_standfirst_is_not_read_after_the_lead():
    reform = ("Wer nachts mit starken Bauchschmerzen in die Notaufnahme kommt, soll künftig schneller an der "
              "richtigen Stelle landen. Die Länderkammer hat der umstrittenen Reform nun zugestimmt.",
              "Musterstadt (dpa) - Der Bundesrat hat am Freitag die Reform der Notfallversorgung gebilligt. Für das "
              "Gesetz stimmten Länder mit zusammen 38 der 69 Stimmen. Ein Antrag, den Vermittlungsausschuss "
              "anzurufen, fand keine Mehrheit.")
    text = condense(article(*reform), 25, estimate).text
    assert text.startswith("Der Bundesrat hat am Freitag die Reform"), text
    assert "Bauchschmerzen" not in text and "38 der 69 Stimmen" in text, text


def test_the_fifth_rise_in_a_row_is_never_read_without_the_rise():
    from bulletin.text.grammar import opening_reference

    assert opening_reference("Es war bereits der 5. Anstieg in Folge.") == "Es"
    assert opening_reference("Es ist der höchste Wert seit 2011.") == "Es"
    assert opening_reference("Es ist kurz nach sieben, als der Markt öffnet.") == ""
    jobs = ("Die übliche Herbstbelebung auf dem Arbeitsmarkt in Musterland ist ausgeblieben. Im Oktober waren nach "
            "Angaben der Arbeitsagentur 2,947 Mio. Menschen arbeitslos gemeldet, das waren zwar 61.000 weniger als "
            "im September, aber 154.000 mehr als vor einem Jahr. Bereinigt um jahreszeitliche Schwankungen stieg die "
            "Zahl der Arbeitslosen dagegen um 18.000 – und damit stärker, als Volkswirte erwartet hatten, die im "
            "Schnitt mit einem Plus von 10.000 gerechnet hatten. Es war bereits der 5. Anstieg in Folge.")
    for budget in (20, 25, 30):
        text = condense(article(jobs), budget, estimate).text
        assert "Anstieg in Folge" not in text or "Bereinigt" in text, text

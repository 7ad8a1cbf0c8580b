"""Items from stop 65 (the fifty-second set, read again): a firm's news told "nun" by a word that says not
which firm ("Nun hat der Traditionsbetrieb ... beantragt") after its history leads with the firm named as
the headline names it; the management's news names whose management ("Die Geschäftsführung des
Kunststoffspezialisten Feichtinger Polymer hat ...")."""

from __future__ import annotations

from bulletin.models import Article
from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.firms import firm_genitive, firm_named
from tests.item_copy import estimate


def _item(title: str, *paragraphs: str, seconds: float = 30) -> str:
    copy = Article(title=title, paragraphs=paragraphs, origin="test.md", source="derStandard.at")
    return condense(copy, seconds, estimate, load_outlets()).text


HISTORY_THEN_INSOLVENCY = (
    "Hunderte Jobs betroffen. Steyr – Es war kurz nach sechs Uhr, als die Frühschicht am Montag durch das "
    "Werkstor ging, viele Beschäftigte mit dem Handy in der Hand. Die Pointner Sägetechnik GmbH wurde 1908 als "
    "Hammerschmiede gegründet und zählt mit Bandsägen und Spaltmaschinen zu den bekannten Namen der Branche. "
    "Nun hat der Traditionsbetrieb beim Landesgericht Steyr ein Sanierungsverfahren beantragt. Die Passiva "
    "belaufen sich laut KSV1870 auf rund 31,2 Mio. Euro, betroffen sind 214 Beschäftigte. Das Unternehmen litt "
    "zuletzt unter der schwachen Nachfrage aus Deutschland. Den Gläubigern wird eine Quote von 20 Prozent "
    "angeboten. Die erste Gläubigerversammlung ist für den 12. April angesetzt.")


def test_a_firms_news_after_its_history_leads_with_the_headlines_firm():
    said = _item("Sägenhersteller Pointner beantragt Sanierungsverfahren", HISTORY_THEN_INSOLVENCY)
    lead = said.split(". ")[0]
    assert lead.startswith("Der Sägenhersteller Pointner hat nun beim Landesgericht Steyr ein Sanierungsverfahren"), said
    assert "214 Beschäftigte" in said and "1908" not in said, said


LONG_GOOD_THEN_CUTS = (
    "Kapfenberg – Die Auftragsbücher waren lange voll, die Belegschaft wuchs zwischen 2016 und 2022 um ein "
    "Drittel. Der Kunststoffspezialist Feichtinger Polymer, der vor allem Teile für Haushaltsgeräte fertigt, galt "
    "jahrelang als verlässlicher Arbeitgeber der Region. Seit dem Vorjahr aber sind die Bestellungen um rund "
    "25 Prozent eingebrochen. Am Donnerstag hat die Geschäftsführung nun die Konsequenzen gezogen: Bis Ende Juni "
    "sollen 190 der derzeit 820 Arbeitsplätze wegfallen. Betroffen sind vor allem die Fertigung und die Logistik. "
    "Betriebsratschef Karl Moser kündigte Verhandlungen über einen Sozialplan an.")


def test_the_managements_news_says_whose_management_from_the_firm_named_before():
    said = _item("Kapfenberger Kunststoffspezialist baut 190 Stellen ab", LONG_GOOD_THEN_CUTS)
    assert said.startswith("Die Geschäftsführung des Kunststoffspezialisten Feichtinger Polymer hat am "
                           "Donnerstag die Konsequenzen gezogen: Bis Ende Juni sollen 190"), said


def test_the_firm_an_article_names_by_its_kind_and_name():
    history = ["Die Pointner Sägetechnik wurde 1908 gegründet."]
    assert firm_named(("Sägenhersteller Pointner beantragt Sanierung",), history) == ("Sägenhersteller", "Pointner")
    assert firm_named(("Sägenhersteller Huber beantragt Sanierung",), history) is None  # (not the one told of)
    assert firm_named((), ["Gerüchte über die Zukunft des Küchenherstellers Krenn gab es lange."]) == (
        "Küchenhersteller", "Krenn")
    assert firm_named((), ["Der Bürgermeister Hans Huber, der ..., sagte."]) is None  # (no firm)
    two = ["Der Antriebsspezialist Hollerbach, der ..., wuchs.", "Der Autozulieferer Brenner, der ..., nicht."]
    assert firm_named((), two) is None  # (which one, it cannot tell)
    assert [firm_genitive(k) for k in ("Antriebsspezialist", "Küchenhersteller", "Bäckerei")] == [
        "des Antriebsspezialisten", "des Küchenherstellers", "der Bäckerei"]

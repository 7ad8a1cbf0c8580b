"""Items from stop 65 (the fifty-second set, read again): a firm's news told "nun" by a word that says not
which firm ("Nun hat der Traditionsbetrieb ... beantragt") after its history leads with the firm named as
the headline names it; the management's news names whose management ("Die Geschäftsführung des
Kunststoffspezialisten Feichtinger Polymer hat ...")."""

from __future__ import annotations

from bulletin.models import Article
from bulletin.text.antecedents import people_named
from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.day_news import with_scene_day
from bulletin.text.firms import firm_genitive, firm_named
from bulletin.text.headlines import said_as_sentence
from bulletin.text.named_again import named_people
from bulletin.text.news import past_perfect
from bulletin.text.teasers import readable_standfirst
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


MATCH_BY_RANK = (
    "Hartberg – Nach einem Fußballfest hatte es am Samstagabend lange nicht ausgesehen. Bei Regen und 6 Grad "
    "waren nur 1.900 Zuschauer gekommen, die Heimmannschaft war seit acht Runden sieglos. Interimscoach Peter "
    "Lang stellte auf eine Dreierkette um. Die Gäste gingen in der 20. Minute in Führung. Erst nach dem "
    "Seitenwechsel kamen die Hausherren besser ins Spiel. Am Ende setzte sich der Tabellenletzte der 2. Liga "
    "gegen den SC Musterau mit 2:1 (0:1) durch. Mit nun neun Punkten liegt Hartberg drei Zähler hinter dem "
    "ersten Nichtabstiegsplatz.")


def test_a_result_told_of_a_team_by_its_rank_leads_with_the_headlines_club():
    said = _item("FC Hartberg feiert ersten Heimsieg der Saison", MATCH_BY_RANK)
    assert said.startswith("Der Tabellenletzte der 2. Liga, der FC Hartberg, setzte sich gegen den SC Musterau "
                           "mit 2:1"), said
    other = _item("SC Musterau verliert in Hartberg", MATCH_BY_RANK)  # (the rank is the other club's)
    assert "der SC Musterau, setzte sich" not in other, other


def test_a_headline_says_the_first_of_something_with_the_definite_article():
    assert said_as_sentence("FC Hartberg feiert ersten Heimsieg der Saison", "Der FC Hartberg spielt.") == (
        "Der FC Hartberg feiert den ersten Heimsieg der Saison.")


def test_a_club_headline_without_its_article_is_not_read_as_a_sentence():
    assert not readable_standfirst("SV Traunried fixiert Aufstieg in die Bundesliga.")
    assert readable_standfirst("Der SV Traunried hat den Aufstieg in die Bundesliga fixiert.")


def test_a_hyphenated_given_name_is_said_whole():
    assert people_named("Klaus-Dieter Wernhart galt lange als Glücksgriff.") == {"Klaus-Dieter Wernhart"}
    assert people_named("Die EU-Kommissarin Anna Berg sagte.") == {"Anna Berg"}
    sentences = ["Klaus-Dieter Wernhart galt lange als Glücksgriff für das Haus.", "Wernhart geht nun."]
    assert named_people(sentences)["Wernhart"] == {"Klaus-Dieter"}


def test_a_scene_day_goes_before_a_clock_time_that_opens_the_lead():
    sentences = ("Dichter Nebel lag am Freitagmorgen über dem Alpenvorland, die Sicht war schlecht.",
                 "Kurz nach 6.40 Uhr bremste auf der A1 ein Lkw-Lenker ab.")
    assert with_scene_day(sentences[1], sentences) == "Am Freitagmorgen kurz nach 6.40 Uhr bremste auf der A1 " \
                                                      "ein Lkw-Lenker ab."


RESIGNED_AFTER_KICKER = (
    "Musterstadt – Klaus-Dieter Brenner galt lange als Glücksgriff für das Haus. Seit 2017 hatte der gebürtige "
    "Kärntner die Musterstädter Landesbühne geleitet, die Auslastung stieg unter ihm auf 91 Prozent. Seit Wochen stand der "
    "58-Jährige jedoch wegen seines Umgangs mit Beschwerden aus dem Ensemble unter Druck. Wie der „Kurier“ "
    "berichtete, hatten sich zwölf Ensemblemitglieder in einem Brief an den Aufsichtsrat beklagt. Nun zieht der Intendant die "
    "Konsequenzen: Am Donnerstag legte er sein Amt mit sofortiger Wirkung zurück. Die Intendanz soll im Feber "
    "neu ausgeschrieben werden. Brenner bleibt dem Haus als Gastregisseur verbunden.")


def test_news_after_a_kicker_naming_the_role_leads_with_the_office_and_the_name_then_why():
    said = _item("Intendant der Musterstädter Landesbühne tritt zurück", RESIGNED_AFTER_KICKER)
    assert said.startswith("Der Intendant der Musterstädter Landesbühne, Klaus-Dieter Brenner, legte am "
                           "Donnerstag sein Amt mit sofortiger Wirkung zurück"), said
    assert "Seit Wochen stand der 58-Jährige wegen seines Umgangs" in said, said


HUSH_THEN_RESIGNED = (
    "Musterbach (APA) – Im vollbesetzten Sitzungssaal des Gemeindeamts wurde es plötzlich still, als der "
    "Bürgermeister am Montagabend ein gefaltetes Blatt Papier aus seiner Sakkotasche zog. Alois Gruber stand 19 "
    "Jahre lang an der Spitze der Gemeinde, länger als jeder seiner Vorgänger. Bei der Wahl im Vorjahr hatte der "
    "61-Jährige noch die absolute Mehrheit verteidigt. Seit dem Sommer war er jedoch wegen eines Grundstücksgeschäfts "
    "unter Druck geraten. Die Gemeindeaufsicht des Landes prüft den Fall. Am Montag zog er die Konsequenzen und "
    "kündigte seinen Rücktritt mit Ende des Monats an. Bis zur Wahl eines Nachfolgers führt Vizebürgermeister "
    "Franz Berger die Amtsgeschäfte.")


def test_news_of_its_day_after_a_scene_leads_and_the_scene_is_not_read():
    said = _item("Musterbacher Bürgermeister Gruber tritt zurück", HUSH_THEN_RESIGNED)
    assert said.startswith("Der Musterbacher Bürgermeister Alois Gruber kündigte am Montag seinen Rücktritt mit "
                           "Ende des Monats an"), said
    assert "Sitzungssaal" not in said, said


def test_something_after_an_indefinite_article_is_no_person():
    assert people_named("Er zog ein gefaltetes Blatt Papier aus der Tasche.") == set()
    assert people_named("Dann sprach Anna Berger.") == {"Anna Berger"}


DESPITE_THEN_RESIGNED = (
    "Musterdorf (APA) – Seit 2009 stand der ÖVP-Politiker an der Spitze der Gemeinde, dreimal wurde er mit "
    "absoluter Mehrheit wiedergewählt. In den vergangenen Wochen war der Druck auf den 61-Jährigen jedoch stetig "
    "gewachsen. Im Mittelpunkt steht die Umwidmung einer Grünlandfläche, die zum Teil einem Schwager des "
    "Ortschefs gehört. Der Bürgermeister hatte stets betont, er habe sich bei der Abstimmung für befangen erklärt. "
    "Am Montagabend zog er dennoch die Konsequenzen und legte sein Amt mit sofortiger Wirkung zurück. Die "
    "Amtsgeschäfte übernimmt Vizebürgermeisterin Andrea Berger.")


def test_the_headlines_office_holder_leads_when_the_body_never_names_him():
    said = _item("Bürgermeister Johann Leitner tritt nach Grundstücksaffäre zurück", DESPITE_THEN_RESIGNED)
    assert said.startswith("Der Bürgermeister von Musterdorf, Johann Leitner, legte am Montagabend sein Amt"), said
    # (no office right before the words: "um Bauprojekt Amt" names no one)
    said = _item("Langzeitbürgermeister legt nach Streit um Bauprojekt Amt zurück", DESPITE_THEN_RESIGNED)
    assert "Bürgermeister Bauprojekt Amt" not in said, said


KICKER_THEN_LEAK = (
    "Villach – Mitte Oktober hatte ein Cyberangriff die Verwaltung von 14 Kärntner Gemeinden lahmgelegt. Die "
    "Server des gemeinsamen IT-Dienstleisters waren verschlüsselt worden. Die Angreifer forderten ein Lösegeld, "
    "die Gemeinden weigerten sich zu zahlen. Nun haben die Angreifer ihre Drohung wahr gemacht: Seit Mittwoch "
    "sind Daten von rund 21.000 Bürgerinnen und Bürgern in einem Forum im Darknet abrufbar. Darunter befinden "
    "sich Namen, Adressen und Geburtsdaten.")


def test_news_after_a_kickers_colon_leads_said_from_the_colon():
    said = _item("Hacker veröffentlichen Daten von 21.000 Gemeindebürgern", KICKER_THEN_LEAK)
    assert said.startswith("Seit Mittwoch sind Daten von rund 21.000 Bürgerinnen und Bürgern in einem Forum im "
                           "Darknet abrufbar"), said
    assert "ihre Drohung" not in said, said


def test_a_separable_participle_ends_a_past_perfect():
    assert past_perfect("Mitte Oktober hatte ein Cyberangriff die Verwaltung von 14 Gemeinden lahmgelegt.")
    assert past_perfect("Die Firma hatte das Werk im Frühjahr stillgelegt.")

"""Items from stop 63 (the fiftieth set, read again): news told through "er" or through an age after a
mayor's profile ("Am Dienstag gab er ... seinen Rücktritt bekannt", "Noch am selben Abend zog der
63-Jährige die Konsequenzen"), said with the headline's office, the dateline's town and the name."""

from __future__ import annotations

from bulletin.models import Article
from bulletin.text.antecedents import people_named
from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.day_news import day_news
from bulletin.text.genre import sets_a_scene
from bulletin.text.grammar import finite_verbs
from bulletin.text.headlines import said_as_sentence
from bulletin.text.named_again import named_people, with_thing_named
from bulletin.text.pointing import counts_corrected_later
from bulletin.text.pronoun_news import named_news
from bulletin.text.units import Unit
from tests.item_copy import estimate


def _item(title: str, *paragraphs: str) -> str:
    copy = Article(title=title, paragraphs=paragraphs, origin="test.md", source="derStandard.at")
    return condense(copy, 30, estimate, load_outlets()).text


def _units(*texts: str) -> list[Unit]:
    return [Unit(i, text, i - 1 if i else None) for i, text in enumerate(texts)]


def test_a_strong_verb_s_bare_past_is_a_verb():
    # "warb" was only known under a prefix ("bewarb"): the sentence was taken as verbless and dropped
    assert finite_verbs("Zwei Jahre lang warb er für die Fusion der beiden Gemeinden.") == ["warb"]


def test_a_place_or_a_count_is_no_given_name():
    assert people_named("Alois Gruber ist seit 2005 Bürgermeister von Sankt Florian am Musterberg.") == {
        "Alois Gruber"}
    assert people_named("Zwei Jahre lang warb Alois Gruber für das Projekt.") == {"Alois Gruber"}


RESIGNED = ("Musterbrunn im Mühlkreis (APA) – Seit 2011 stand Alois Gruber an der Spitze der Mühlviertler "
            "Gemeinde, bei der letzten Wahl hatte die ÖVP unter seiner Führung 58 Prozent erhalten. Der gelernte "
            "Tischler galt als umtriebiger Ortschef. Im Herbst geriet Gruber jedoch unter Druck, als bekannt "
            "wurde, dass Äcker seiner Familie in Bauland umgewidmet worden waren. Die Opposition warf ihm "
            "Befangenheit vor. Am Dienstag gab er in einer Aussendung seinen Rücktritt bekannt. Er wolle die "
            "Gemeinde nicht länger mit der Debatte belasten, schrieb Gruber.")


def test_news_told_through_er_after_a_mayor_s_profile_leads_with_office_town_and_name():
    said = _item("Bürgermeister legt nach Vorwürfen sein Amt zurück", RESIGNED)
    assert said.startswith("Der Bürgermeister von Musterbrunn im Mühlkreis, Alois Gruber, gab am Dienstag "
                           "in einer Aussendung seinen Rücktritt bekannt."), said
    assert "Seit 2011 stand Gruber an der Spitze" in said  # (named in full once)


def test_er_is_not_taken_for_a_person_not_named_just_before():
    units = _units("Seit 2011 stand Alois Gruber an der Spitze der Gemeinde.",
                   "Das Gewerbegebiet wurde 2019 erweitert.", "Die Opposition stimmte dagegen.",
                   "Am Dienstag gab er seinen Rücktritt bekannt.")
    assert day_news(units, ("Bürgermeister tritt zurück",)) is None


MERGER = ("Sankt Florian am Musterberg (APA) – Alois Gruber (ÖVP) ist seit 2005 Bürgermeister von Sankt Florian "
          "am Musterberg und hatte die Zusammenlegung mit der Nachbargemeinde Unterberg zu seinem wichtigsten "
          "Projekt gemacht. Zwei Jahre lang warb er für die Fusion. Doch bei der Volksbefragung am Sonntag "
          "stimmten 58,2 Prozent gegen das Vorhaben. Noch am selben Abend zog der 61-Jährige die Konsequenzen "
          "und kündigte seinen Rücktritt an. Die Bürgerliste sprach von einem Sieg der Demokratie.")


def test_news_of_the_same_evening_told_by_an_age_leads_with_its_day():
    said = _item("Fusion abgelehnt: Bürgermeister von Sankt Florian am Musterberg tritt zurück", MERGER)
    # the day from the sentence before it; "zog die Konsequenzen" only announces what the second verb says
    assert said.startswith("Der Bürgermeister von Sankt Florian am Musterberg, Alois Gruber, kündigte am "
                           "Sonntagabend seinen Rücktritt an."), said


def test_whose_office_the_headline_says_in_the_genitive_goes_without_an_article():
    units = _units("Der frühere Bürgermeister Max Muster hatte die Bahnstrecke zu seinem Projekt erklärt.",
                   "Seit Wochen stand er jedoch unter Druck.", "Am Montag trat er zurück.")
    news = day_news(units, ("Musterlands Verkehrsminister tritt zurück",))
    assert news is not None and news.text == "Musterlands Verkehrsminister Max Muster trat am Montag zurück."


def test_what_lasted_told_through_er_is_no_news():
    units = _units("Alois Gruber ist seit 2005 Bürgermeister von Sankt Florian und hat die Fusion betrieben.",
                   "Zwei Jahre lang warb er laut einer Studie der Landesregierung für die Zusammenlegung.")
    assert named_news(units) is None
    units = _units("Alois Gruber ist seit 2005 Bürgermeister von Sankt Florian und hat die Fusion betrieben.",
                   "Am Montag warb er laut einer Aussendung erneut für die Zusammenlegung.")
    assert named_news(units) is not None


def test_a_person_s_news_at_a_clock_time_after_a_profile_leads():
    units = _units("Alois Gruber hatte die Gemeinde seit 2005 geführt und galt lange als unangefochten.",
                   "Seit Wochen stand er jedoch in der Kritik.", "Kurz nach 20 Uhr trat er zurück.")
    news = day_news(units, ("Bürgermeister von Sankt Florian am Musterberg tritt nach Vorwürfen zurück",))
    assert news is not None and news.text == (
        "Der Bürgermeister von Sankt Florian am Musterberg, Alois Gruber, trat kurz nach 20 Uhr zurück.")
    # a firm's news is not told by its clock time
    firm = _units("Die Bäckerei Muster wurde 1911 gegründet.", "Seit Jahren kämpft sie mit Kosten.",
                  "Gegen 10 Uhr stellte das Unternehmen den Antrag.")
    assert day_news(firm, ("Bäckerei insolvent",)) is None


def test_a_surname_after_its_verb_and_sich_is_a_person_named_again():
    people = named_people(["Mit diesen Worten verabschiedete sich Gruber von den Gemeinderäten."])
    assert "Gruber" in people


def test_a_headline_s_company_in_the_dative_plural_is_said_without_an_article():
    body = "Die Reisegruppe war am Sonntag aufgebrochen. Musterstadt"
    assert said_as_sentence("Bus mit steirischen Urlaubern in Kroatien verunglückt", body) == (
        "Ein Bus mit steirischen Urlaubern ist in Kroatien verunglückt.")
    assert said_as_sentence("Bus mit Gruber in Kroatien verunglückt", body) is None  # (a name: which case?)


def test_a_count_told_before_the_first_reports_it_corrected_stands_alone():
    texts = ["Der Bus kam von der Fahrbahn ab.", "Dabei wurden 17 Menschen verletzt, drei von ihnen schwer.",
             "Zunächst hatten Medien von mehr als 25 Verletzten berichtet, das Ministerium korrigierte die Zahl "
             "am Nachmittag nach unten."]
    assert counts_corrected_later(texts) == {}
    told_first = ["Dabei wurden 25 Menschen verletzt.", "Am Abend korrigierte die Polizei die Zahl nach unten.",
                  "Verletzt wurden 17 Menschen."]
    assert counts_corrected_later(told_first) == {0: [2]}


CUTS = ("Musterstadt – Die schwache Nachfrage in der Autoindustrie bereitet der Zulieferbranche seit Monaten Sorgen. "
        "Anfang Feber wechselte der langjährige Geschäftsführer Walter Kornhuber in den Aufsichtsrat. Am Donnerstag informierte die "
        "Geschäftsführung die Belegschaft über den Abbau von 140 der insgesamt 900 Arbeitsplätze am Standort. "
        "Der Betriebsrat kündigte Verhandlungen über einen Sozialplan an.")


def test_the_management_s_news_on_its_day_leads_with_the_headline_s_firm():
    # (the firm bears its family's name: the headline is not said as a sentence)
    said = _item("Getriebezulieferer Kornhuber baut 140 Stellen ab", CUTS)
    assert said.startswith("Die Geschäftsführung des Getriebezulieferers Kornhuber informierte am Donnerstag "
                           "die Belegschaft über den Abbau von 140 der insgesamt 900 Arbeitsplätze"), said
    # (a firm the headline does not name: whose management is not said, the background leads)
    assert not _item("Zulieferbranche unter Druck: 140 Stellen weg", CUTS).startswith("Die Geschäftsführung")


QUITS = ("Musterstadt – Anna Gruber hat das Stadttheater in den vergangenen acht Jahren zu einer der meistbesuchten "
         "Bühnen des Landes gemacht. Unter ihrer Leitung stieg die Zahl der Abonnements auf mehr als 4.000. Seit "
         "dem Frühjahr schwelte jedoch ein Streit mit der Stadt um die Subvention. Gruber legt ihre Funktion mit "
         "Ende Jänner zurück, wie sie am Donnerstag dem Ensemble mitteilte. Die Stadt bedauerte den Schritt.")


def test_news_told_by_the_surname_after_a_profile_leads_with_the_headline_s_office_and_the_name():
    said = _item("Intendantin des Stadttheaters Musterstadt tritt zurück", QUITS)
    assert said.startswith("Die Intendantin des Stadttheaters Musterstadt, Anna Gruber, legt ihre Funktion mit "
                           "Ende Jänner zurück, wie sie am Donnerstag dem Ensemble mitteilte."), said


def test_the_firm_a_scene_named_is_named_in_the_lead_after_it():
    before = ["Die Nachricht kam scheinbar von der Ski-App Pistenkarte des Linzer Start-ups Musterpass."]
    lead = "Am Mittwoch bestätigte das Unternehmen, dass Daten von 90.000 Nutzern abgeflossen sind."
    assert with_thing_named(lead, before) == (
        "Am Mittwoch bestätigte das Unternehmen Musterpass, dass Daten von 90.000 Nutzern abgeflossen sind.")
    two = [*before, "Auch der Firma Kornhuber fehlen Daten."]  # (two firms: which one?)
    assert with_thing_named(lead, two) == lead


def test_fog_and_sleet_wrapping_a_place_when_the_call_came_is_a_scene():
    assert sets_a_scene("Dichter Nebel und einsetzender Schneeregen hüllten am Samstag das Hochplateau ein, als "
                        "bei der Leitstelle der erste Notruf einging.")
    assert not sets_a_scene("Dichter Nebel und Schneeregen hüllten am Samstag weite Teile des Landes ein.")

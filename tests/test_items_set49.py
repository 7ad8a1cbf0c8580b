"""Items from stop 61 (the forty-ninth set): agency copy whose headline is its title, as an inbox
file has it; the place an office's news happens in said first ("In Traun hat der Leiter der
städtischen IT-Abteilung ..."); a headline whose subject is a bare office is no sentence."""

from __future__ import annotations

from bulletin.models import Article
from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.event_place import with_office_place
from bulletin.text.headline_sentence import headline_sentence
from bulletin.text.room import without_among
from tests.item_copy import estimate


def _item(title: str, *paragraphs: str) -> str:
    copy = Article(title=title, paragraphs=paragraphs, origin="test.md", source="derStandard.at")
    return condense(copy, 30, estimate, load_outlets()).text


def test_an_office_says_where_it_is():
    # a town's office: the dateline's town, said first
    assert with_office_place("Der Leiter der städtischen Bauabteilung, Max Muster, hat am Montag seinen "
                             "Rücktritt erklärt.", "Wels", ()) == (
        "In Wels hat der Leiter der städtischen Bauabteilung, Max Muster, am Montag seinen Rücktritt erklärt.")
    assert with_office_place("Bürgermeisterin Eva Muster hat sich am Montag für den Bau ausgesprochen.",
                             "Steyr", ()) == (
        "In Steyr hat sich Bürgermeisterin Eva Muster am Montag für den Bau ausgesprochen.")
    # a state's office datelined from its capital: the state
    assert with_office_place("Soziallandesrat Max Muster kündigte am Mittwoch neue Regeln an.", "Graz", ()) == (
        "In der Steiermark kündigte Soziallandesrat Max Muster am Mittwoch neue Regeln an.")
    # the headline's place adjective before an office
    assert with_office_place("Der ÖVP-Politiker Max Muster trat am Montag zurück.", "",
                             ("Kärntner Landesrat tritt zurück",)) == (
        "In Kärnten trat der ÖVP-Politiker Max Muster am Montag zurück.")


def test_no_place_where_it_is_said_or_no_office_tells_the_news():
    said = "Der Wiener Bürgermeister Max Muster hat am Montag neue Regeln angekündigt."
    assert with_office_place(said, "Wien", ()) == said  # the lead names its place
    firm = "Der Hersteller Muster hat am Montag 80 Stellen gestrichen."
    assert with_office_place(firm, "Graz", ("Steirischer Hersteller streicht Stellen",)) == firm  # no office
    time_first = "Am Montag ist der Bürgermeister Max Muster zurückgetreten."
    assert with_office_place(time_first, "Steyr", ()) == time_first  # not opened by its subject
    related = "Der Bürgermeister, der seit 2010 regiert, hat am Montag seinen Rücktritt erklärt."
    assert with_office_place(related, "Steyr", ()) == related  # a relative clause in the subject
    assert with_office_place("Der Landtag hat am Montag das Budget beschlossen.", "Linz/Wien", ()) \
        == "Der Landtag hat am Montag das Budget beschlossen."  # two places: which one is not sure


def test_a_bare_office_heading_a_headline_is_no_sentence():
    assert headline_sentence("Südtiroler Landesrat tritt nach Spesenaffäre zurück") == ""
    assert headline_sentence("Rechenfuchs-Gründer zieht sich aus der Geschäftsführung zurück") == ""
    assert headline_sentence("Max Muster verzichtet auf das Turnier in Südhafen") \
        == "Max Muster verzichtet auf das Turnier in Südhafen."


RESIGNATION = ("Bozen (APA) – Seit Wochen stand Max Muster unter Druck. Der 57-jährige Landesrat für "
               "Verkehr soll private Reisen über das Landesbudget abgerechnet haben. Muster hatte die Vorwürfe stets "
               "zurückgewiesen. Am Mittwoch zog der SVP-Politiker nun die Konsequenzen und legte sein Amt zurück. "
               "Die Staatsanwaltschaft ermittelt wegen des Verdachts der Veruntreuung. Der Landeshauptmann "
               "übernimmt das Ressort vorerst selbst.")


def test_agency_copy_under_its_title_leads_with_the_news_and_the_place():
    item = _item("Südtiroler Landesrat tritt nach Spesenaffäre zurück", RESIGNATION)
    # the headline's office and place, with the name the background gave (day_news)
    assert item.startswith("Der Südtiroler Landesrat Max Muster legte am Mittwoch sein Amt zurück"), item


FIRE = ("Kapfenberg (APA) – Es war kurz nach zwei Uhr früh, als ein Nachbar den Rauch bemerkte. Die Feuerwehr "
        "rückte mit fünf Fahrzeugen aus, die Bewohner standen auf der Straße. Vier Menschen erlitten "
        "Rauchgasvergiftungen und wurden ins Spital gebracht, teilte die Polizei mit. Die Brandursache ist unklar.")


def test_agency_copy_under_its_title_may_lead_with_the_headline_said():
    # the title over a dateline is read as a headline line over it: said as a sentence ahead of a scene
    item = _item("Vier Verletzte bei Brand in Mehrparteienhaus", FIRE)
    assert item.startswith("Bei einem Brand in einem Mehrparteienhaus sind in Kapfenberg vier Menschen verletzt "
                           "worden")


def test_an_example_cut_keeps_the_comma_before_the_next_clause():
    assert without_among("Grund sei fehlendes Personal, vor allem bei den Pflegekräften, schreiben die Prüfer.") \
        == "Grund sei fehlendes Personal, schreiben die Prüfer."
    assert without_among("Er hat 61 Anleger, darunter viele Pensionisten, um ihr Geld gebracht.") \
        == "Er hat 61 Anleger um ihr Geld gebracht."


def test_a_headline_said_is_not_read_after_the_news_that_leads():
    # "Ein Land deckelt Mieten." after the kicker's news told the same: the headline tells it once
    item = _item("Nr. 1", "Land deckelt Mieten",
                 "Klagenfurt – Die Mieten in Kärnten sind stark gestiegen. Viele Verträge sind an den Index gekoppelt. "
                 "Nun lenkt die Wohnbaulandesrätin ein: Eva Muster kündigte am Dienstag an, dass die Mieten ab Juli "
                 "höchstens um zwei Prozent pro Jahr steigen dürfen. Betroffen sind rund 21.000 Wohnungen.")
    assert item.startswith("In Kärnten kündigte Wohnbaulandesrätin Eva Muster am Dienstag an"), item
    assert "deckelt" not in item


def test_a_verb_of_ge_keeps_the_comma_after_its_clause():
    # "gelangten" is a verb here (its subject "sie" after it), so the comma before "gaben" ends a clause
    from bulletin.text.opening import read_opening
    opening = read_opening(["Wels – Über bezahlte Anzeigen gelangten sie auf die Seiten, gaben ihre Daten ein und "
                            "erhielten nie ein Ticket. Die Polizei ermittelt."])
    assert opening.sentences[0] == ("Über bezahlte Anzeigen gelangten sie auf die Seiten, gaben ihre Daten ein und "
                                    "erhielten nie ein Ticket.")


# Background first, the news of its day four sentences on (invented)
BAKERY = ("Bäckerei Muster insolvent",
          "Graz (APA) – Die Bäckerei Muster wurde 1908 gegründet und ist seither in Familienbesitz. In den besten "
          "Jahren betrieb das Unternehmen 30 Filialen. Seit der Pandemie kämpfte der Betrieb mit hohen Kosten. "
          "Mehrere Sanierungsversuche brachten keine Wende. Am Montag hat das Unternehmen nun beim Landesgericht "
          "ein Sanierungsverfahren beantragt. Betroffen sind 210 Beschäftigte. Die Passiva belaufen sich auf "
          "rund neun Millionen Euro.")
MINISTERS = ("EU erlaubt höhere Maut am Brenner",
             "Brüssel – Seit Jahren kämpft Österreich gegen den Transit über den Brenner. Allein im Vorjahr querten "
             "2,5 Millionen Lkw den Pass. Tirol setzt deshalb auf Fahrverbote. Italien hatte dagegen geklagt. Am "
             "Dienstag haben sich die EU-Verkehrsminister in Brüssel nun auf eine höhere Maut für Alpenstrecken "
             "geeinigt. Österreich spricht von einem Durchbruch.")
MAYOR = ("Affäre: Bürgermeister von Musterdorf tritt zurück",
         "St. Pölten (APA) – Seit 20 Jahren stand Max Muster an der Spitze der Gemeinde. Im Herbst geriet er unter "
         "Druck, als Umwidmungen bekannt wurden. Die Staatsanwaltschaft ermittelt seither. Am Montagabend zog der "
         "61-Jährige nun die Konsequenzen und legte sein Amt zurück. Die Geschäfte führt bis zur Neuwahl die "
         "Vizebürgermeisterin.")


def test_the_news_of_its_day_after_background_leads_saying_who():
    assert _item(*BAKERY).startswith("Die Bäckerei Muster hat am Montag beim Landesgericht ein Sanierungsverfahren "
                                     "beantragt")
    assert _item(*MINISTERS).startswith("Die EU-Verkehrsminister haben sich am Dienstag in Brüssel auf eine höhere "
                                        "Maut für Alpenstrecken geeinigt")
    item = _item(*MAYOR)
    assert item.startswith("Der Bürgermeister von Musterdorf, Max Muster, legte am Montagabend sein Amt zurück"), item


def test_news_whose_lead_tells_its_day_stays_in_order():
    news = ("Brauerei streicht Stellen",
            "Linz – Die Brauerei Muster streicht am Montag 80 Stellen. Seit Jahren sinkt der Absatz. Am Dienstag hat "
            "der Betriebsrat nun Proteste angekündigt.")
    assert _item(*news).startswith("Die Brauerei Muster streicht am Montag in Linz 80 Stellen")


def test_a_unions_ministers_all_together_are_no_reference():
    from bulletin.text.grammar import opening_reference
    assert opening_reference("Die EU-Verkehrsminister haben sich geeinigt.") == ""
    assert opening_reference("Die Verkehrsminister haben sich geeinigt.") == "Die Verkehrsminister"


def test_a_given_name_ending_like_an_adjective_is_said_once():
    from bulletin.text.named_again import by_surname_again, named_people
    people = named_people(["Seit Wochen stand Werner Muster unter Druck.", "Muster wies alles zurück."])
    assert by_surname_again("Werner Muster trat zurück.", "Landesrat Werner Muster zog die Konsequenzen.", people) \
        == "Muster trat zurück."


def test_a_matchs_result_told_at_the_end_of_its_scene_leads():
    from bulletin.text.match_result import score_news
    from bulletin.text.units import Unit
    scene = Unit(0, "Vor 3.000 Zuschauern war das Derby am Freitagabend lange eine zähe Angelegenheit.")
    end = Unit(1, "Am Ende setzte sich Musterstadt mit 2:1 durch und steht erstmals im Halbfinale.")
    cheered = Unit(1, "Am Ende jubelte aber der FC Musterstadt, der beim SV Beispiel mit 3:1 gewann und nun auf "
                      "Rang zwei liegt.")
    assert score_news([scene, end]).text == "Musterstadt setzte sich mit 2:1 durch und steht erstmals im Halbfinale."
    assert score_news([scene, cheered]).text == (
        "Der FC Musterstadt gewann beim SV Beispiel mit 3:1 und liegt nun auf Rang zwei.")
    told = Unit(0, "Der FC Musterstadt hat das Derby mit 2:1 gewonnen.")
    assert score_news([told, end]) is None  # the lead tells the score
    item = _item("Musterstadt gewinnt Derby",
                 "Musterstadt – Vor 3.000 Zuschauern war das Derby am Freitagabend lange eine zähe Angelegenheit. "
                 "Beide Teams begannen vorsichtig. Nach der Pause drängte der SV Beispiel. Am Ende jubelte aber der FC "
                 "Musterstadt, der beim SV Beispiel mit 3:1 gewann und nun auf Rang zwei liegt. Für Musterstadt war es "
                 "der dritte Sieg in Folge.")
    assert item.startswith("Der FC Musterstadt gewann beim SV Beispiel mit 3:1 und liegt nun auf Rang zwei"), item

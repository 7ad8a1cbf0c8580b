"""Items a news editor would air unchanged (issue 16, stop 50: the dev ten read blind, and the
thirty-eighth held-out set): the story an article calls weightier leads, with who decided it.
Invented copy."""

from __future__ import annotations

from bulletin.text.condense import condense
from tests.item_copy import article, estimate


def test_the_decisions_an_article_calls_weightier_lead_with_who_made_them():
    copy = ("Im Zuge einer Schenkung an das Stadtmuseum Musterstadt im Jahr 1962 waren zwei Zeichnungen verschwunden. "
            "Die Erben des Sammlers zogen vor Gericht. Jetzt hat das Landesgericht Musterstadt geurteilt: Die Stadt "
            "habe eine Entschädigung von 2,4 Millionen Euro zu zahlen. Bürgermeisterin Eva Beispiel will eine "
            "Berufung prüfen lassen. Von größerer Reichweite sind jedoch die am Montag vom Restitutionsbeirat "
            "verlautbarten Beschlüsse: In den Fällen Karl Muster und Anna Exempel wurde eine Rückgabe empfohlen. "
            "Im Fall des Sammlers Otto Probe empfahl der Beirat hingegen keine Rückgabe: Die Gemälde bleiben im "
            "Landesmuseum.")
    text = condense(article(copy), 30, estimate).text
    assert text.startswith("In den Fällen Karl Muster und Anna Exempel wurde vom Restitutionsbeirat eine Rückgabe "
                           "empfohlen"), text
    assert "Otto Probe" in text and "Von größerer" not in text, text


def test_the_bodys_first_sentence_is_read_though_its_pronoun_could_point_at_the_standfirst():
    copy = ("Datenleck bei Musterhändler. Daten von 80.000 Kunden erbeutet. Wien – Beim Wiener Onlinehändler "
            "Musterkauf haben Hacker Namen und Adressen von rund 80.000 Kundinnen und Kunden erbeutet, bei etwa 2.000 "
            "von ihnen auch Kontodaten, wie das Unternehmen am Mittwoch einräumte. Passwörter seien nicht betroffen, "
            "hieß es in einer Aussendung. Die Datenschutzbehörde hat ein Verfahren eingeleitet.")
    text = condense(article(copy), 30, estimate).text
    assert text.startswith("Beim Wiener Onlinehändler Musterkauf haben Hacker Namen und Adressen"), text


def test_the_bodys_first_sentence_with_her_own_win_leads():
    copy = ("Erster Sieg für Anna Beispiel. ÖSV-Damen jubeln beim Heimrennen. Musterberg (APA) – Die Tirolerin Anna "
            "Beispiel hat am Dienstagabend den Slalom von Musterberg gewonnen und damit nicht nur ihren ersten "
            "Weltcupsieg gefeiert, sondern auch den ersten Heimsieg einer Österreicherin bei diesem Rennen seit sechs Jahren geholt, nachdem sie zur Halbzeit nur auf Rang sieben "
            "gelegen war. Die 23-Jährige setzte sich mit 0,18 Sekunden Vorsprung auf die Schwedin Eva Probe durch. Vor rund 9.000 "
            "Zuschauern herrschte Schneefall.")
    text = condense(article(copy), 30, estimate).text
    assert text.startswith("Die Tirolerin Anna Beispiel hat am Dienstagabend den Slalom von Musterberg gewonnen"), text


def test_the_latest_toll_is_said_where_the_sentence_after_the_lead_gave_the_first_count():
    slide = ("Nach tagelangen Regenfällen ist in der Region Musterland ein Hang auf das Dorf Beispielberg abgerutscht. "
             "Nach ersten Angaben des Zivilschutzes kamen dabei mindestens sieben Menschen ums Leben, mehr als 20 "
             "weitere wurden verletzt. Viele Bewohner wurden im Schlaf überrascht. Rund 400 Menschen wurden in "
             "Sicherheit gebracht. Am Dienstagabend stieg die Zahl der Todesopfer nach Angaben des Zivilschutzes auf "
             "zwölf, darunter zwei Kinder. Die Suche soll in der Nacht fortgesetzt werden.")
    text = condense(article(slide), 30, estimate).text
    assert "Nach Angaben des Zivilschutzes kamen dabei mindestens zwölf Menschen ums Leben" in text, text
    assert "sieben" not in text and "ersten Angaben" not in text, text


def test_news_the_article_calls_more_important_than_the_programme_is_read_after_the_lead_it_needs():
    festival = ("Mit einem Konzert des Musterchors werden die Beispielseer Festwochen im kommenden Sommer eröffnet. "
                "Insgesamt umfasst das Programm, das Intendantin Eva Probe am Dienstag vorstellte, 30 Produktionen an "
                "zwölf Spielorten rund um den See. Geplant sind rund 80 Vorstellungen. Einen Schwerpunkt bildet das "
                "Thema Licht. Bedeutsamer für die Zukunft des Festivals als das Programm dürfte allerdings eine "
                "Nachricht sein, die Probe eher beiläufig erwähnte: Das Land Musterland wird seine Förderung ab dem "
                "kommenden Jahr um 18 Prozent kürzen. Der Vorverkauf beginnt am 1. März.")
    text = condense(article(festival), 20, estimate).text
    assert text.startswith("Mit einem Konzert des Musterchors werden die Beispielseer Festwochen"), text
    assert "Das Land Musterland wird seine Förderung ab dem kommenden Jahr um 18 Prozent kürzen." in text, text
    assert "Bedeutsamer" not in text, text


def test_a_standfirst_with_the_news_leads_over_what_has_long_been_so():
    river = ("Einigung nach langem Streit. Portugal bekommt auch in Dürrejahren garantiert Wasser aus dem Musterfluss. "
             "Musterstadt – Der Musterfluss ist mit rund 800 Kilometern der längste Fluss der Region, und um sein "
             "Wasser wird seit Jahrzehnten gestritten. Das Nachbarland leitet große Mengen in seinen trockenen "
             "Süden. Am Dienstag haben sich die beiden Regierungen nun auf ein neues Abkommen geeinigt.")
    from bulletin.text.teasers import readable_standfirst
    assert readable_standfirst("Portugal bekommt auch in Dürrejahren garantiert Wasser aus dem Fluss.")
    assert not readable_standfirst("Österreicher verzichtet auf das Turnier in Wimbledon.")
    text = condense(article(river), 30, estimate).text
    assert text.startswith("Portugal bekommt auch in Dürrejahren garantiert Wasser aus dem Musterfluss"), text


def test_news_on_its_day_after_background_leads_said_with_its_subject_first():
    copy = ("Seit Monaten klagen Imker und Obstbauern über ein massives Bienensterben in der Region Musterland. "
            "Rund 4.000 Betriebe halten dort Bienen. Am Mittwoch hat der Nationalrat nun ein Verbot des Spritzmittels "
            "Musterol beschlossen, das ab 1. März gilt. Die Landwirtschaftsministerin sprach von einem guten Tag.")
    text = condense(article(copy), 30, estimate).text
    assert text.startswith("Der Nationalrat hat am Mittwoch ein Verbot des Spritzmittels Musterol beschlossen"), text
    raise_of_what = copy.replace("ein Verbot des Spritzmittels Musterol", "eine Erhöhung")
    assert condense(article(raise_of_what), 30, estimate).text.startswith("Seit Monaten klagen"), raise_of_what


def test_a_bills_vote_is_read_when_the_lead_tells_only_its_debate():
    bill = ("Am Mittwoch hat Sozialministerin Eva Beispiel im Nationalrat eine Novelle zum Musterzuschussgesetz "
            "verteidigt. Beispiel will den monatlichen Zuschuss für Lehrlinge ab September von 600 auf 850 Euro "
            "anheben. Die Mehrkosten beziffert das Ministerium mit rund 95 Millionen Euro pro Jahr. Zudem sollen "
            "Umsteiger künftig ein Stipendium erhalten. Laut Ministerium fehlen bis 2030 rund 50.000 Fachkräfte. "
            "Die Novelle wurde mit den Stimmen von ÖVP, SPÖ und NEOS beschlossen. Die Grünen kritisierten sie.")
    text = condense(article(bill), 30, estimate).text
    assert "Die Novelle wurde mit den Stimmen von ÖVP, SPÖ und NEOS beschlossen." in text, text


def test_a_ruling_not_final_because_nobody_declared_is_said_alone():
    from bulletin.text.reported import finality_alone

    assert finality_alone("Staatsanwaltschaft und Verteidigung gaben keine Erklärung ab, die Urteile sind daher "
                          "nicht rechtskräftig.") == "Die Urteile sind nicht rechtskräftig."
    trial = ("Im Prozess um eine Betrügerbande sind am Freitag am Landesgericht Musterstadt vier Angeklagte zu teils "
             "mehrjährigen Haftstrafen verurteilt worden. Der mutmaßliche Kopf der Gruppe erhielt sechs Jahre Haft. "
             "Die Richterin sprach von einer „verwerflichen Vorgangsweise“. Staatsanwaltschaft und Verteidigung gaben "
             "keine Erklärung ab, die Urteile sind daher nicht rechtskräftig.")
    assert condense(article(trial), 20, estimate).text.endswith("Die Urteile sind nicht rechtskräftig.")


def test_the_news_after_a_reporters_scene_is_said_where_and_in_the_perfect():
    from bulletin.text.leads import as_news

    assert as_news("Im Erdgeschoß des Gebäudes im Zentrum von Musterdorf hatten Unbekannte in der Nacht einen "
                   "Bankomaten gesprengt, teilte die Polizei mit.") == (
        "Im Zentrum von Musterdorf haben Unbekannte in der Nacht einen Bankomaten gesprengt, teilte die Polizei mit.")
    assert as_news("Nachdem sie Geld gefordert hatten, flüchteten die Täter.") == \
        "Nachdem sie Geld gefordert hatten, flüchteten die Täter."
    blast = ("Bankomat gesprengt. Musterdorf – Es war kurz nach drei Uhr früh, als Maria S. von einem lauten Knall "
             "aus dem Schlaf gerissen wurde. „Das ganze Haus hat gewackelt“, erzählte die 67-Jährige. Im Erdgeschoß "
             "des Gebäudes im Zentrum von Musterdorf hatten unbekannte Täter in der Nacht auf Samstag den Bankomaten "
             "einer Bankfiliale gesprengt, teilte die Polizei mit. Verletzt wurde niemand.")
    text = condense(article(blast), 30, estimate).text
    assert text.startswith("Im Zentrum von Musterdorf haben unbekannte Täter in der Nacht auf Samstag"), text

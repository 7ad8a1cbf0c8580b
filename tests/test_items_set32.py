"""Items a news editor would air unchanged (issue 16, thirty-second held-out set). "In diesen sieben
Jahren" after "Das Urteil ist nicht rechtskräftig." speaks of the years the sentence before that told;
"Das Bundeskabinett" is German to Austrian ears; a queue forming "kurz nach sieben Uhr abends"
is a scene, and "X ist kein Einzelfall." announces; an insolvency's staff ("Betroffen sind 94
Dienstnehmer") weighs like jobs cut; "Zunächst war von vier Toten die Rede" and "galt lange als
verschollen" without what came after are not read. Invented copy."""

from __future__ import annotations

from bulletin.text.abroad import with_country_named
from bulletin.text.condense import condense
from bulletin.text.genre import home_words
from bulletin.text.verdicts import verdict
from tests.item_copy import article, estimate

TRIAL = ("Ein früherer Gemeindebediensteter ist am Mittwoch am Landesgericht Musterstadt wegen schwerer Untreue zu "
         "drei Jahren Haft verurteilt worden. Der 58-Jährige hatte als Kassier seiner Gemeinde zwischen 2017 und "
         "2024 rund 412.000 Euro auf eigene Konten umgeleitet. Das Urteil ist nicht rechtskräftig. Laut Anklage "
         "tätigte der Mann in diesen sieben Jahren 163 Überweisungen. Vor dem Schöffensenat zeigte sich der "
         "Angeklagte geständig.")


def test_these_years_are_those_told_before_the_verdicts_finality():
    texts = ["Ein Kassier ist verurteilt worden.", "Er hatte zwischen 2017 und 2024 Geld umgeleitet.",
             "Das Urteil ist nicht rechtskräftig.", "Laut Anklage tätigte er in diesen sieben Jahren 163 Überweisungen."]
    assert verdict(3, texts) == (1, "")
    for budget in (18, 24):
        text = condense(article(TRIAL), budget, estimate).text
        assert "in diesen sieben Jahren" not in text or "zwischen 2017 und 2024" in text, text


def test_the_federal_cabinet_is_german_to_austrian_ears():
    assert with_country_named("Das Bundeskabinett hat einen Entwurf beschlossen.", home_words("Österreich", "")) == (
        "Das deutsche Bundeskabinett hat einen Entwurf beschlossen.")


def test_a_queue_forming_at_seven_is_a_scene_and_no_isolated_case_is_an_announcement():
    from bulletin.text.genre import sets_a_scene
    from bulletin.text.teasers import announcing

    assert sets_a_scene("Kurz nach sieben Uhr abends bildet sich vor der Tür eine Schlange.")
    assert announcing("Musterwerk ist kein Einzelfall.")
    assert not announcing("Der Unfall war kein Einzelfall, sagte die Polizei.")
    shelter = ("Kurz nach sieben Uhr abends bildet sich vor der Tür in der Musterstädter Nordstadt eine Schlange. "
               "„Seit Dezember sind wir jeden Abend voll“, sagt Leiter Max Probe. So wie hier geht es vielen "
               "Einrichtungen. Laut dem Wohnungslosenbericht der Diakonie, der am Dienstag vorgestellt wurde, ist "
               "die Zahl der Menschen ohne eigene Wohnung im vergangenen Jahr um 14,6 Prozent auf rund 41.200 "
               "gestiegen. Das ist der höchste Wert seit Beginn der Erhebung.")
    text = condense(article(shelter), 20, estimate).text
    assert text.startswith("Laut dem Wohnungslosenbericht der Diakonie"), text


def test_an_insolvencys_staff_is_read_before_who_announced_it():
    from bulletin.text.asked_for import jobs_cut

    lead = "Über die Muster GmbH ist am Dienstag ein Sanierungsverfahren eröffnet worden."
    assert jobs_cut(lead, ["Das teilte der KSV1870 mit.", "Betroffen sind 94 Dienstnehmerinnen und Dienstnehmer."]) == [1]
    firm = (f"{lead} Das teilten die Gläubigerschützer KSV1870 und AKV Europa mit. Die Passiva belaufen sich auf rund "
            "8,7 Mio. Euro. Betroffen sind 94 Dienstnehmerinnen und Dienstnehmer sowie rund 210 Gläubiger. Das "
            "Familienunternehmen betreibt fünf Trachtengeschäfte im Pongau und im Pinzgau.")
    assert "Betroffen sind 94" in condense(article(firm), 20, estimate).text


def test_what_was_said_at_first_and_a_setup_without_its_turn_are_not_read():
    from bulletin.text.colour import says_little

    assert says_little("Zunächst war von vier Toten die Rede gewesen.")
    assert not says_little("Zunächst war die Straße gesperrt worden, am Abend wurde sie geöffnet.")
    from bulletin.text.verdicts import points_back

    assert points_back("Daneben entstanden Porträts von Arbeiterinnen.")  # besides what was told before
    show = ("Mehr als 35 Jahre nach ihrem Tod bekommt die Fotografin Eva Muster ihre erste große Einzelausstellung. "
            "Das Musterhaus zeigt ab 14. März rund 230 Fotografien. Der Nachlass galt lange als verschollen. Erst 2023 "
            "entdeckte ihr Enkel auf einem Dachboden in Musterdorf mehrere Koffer mit rund 4.800 Negativen, "
            "Kontaktabzügen und Notizbüchern aus fünf Jahrzehnten. Die Schau läuft bis 31. August.")
    for budget in (14, 18):
        text = condense(article(show), budget, estimate).text
        assert "verschollen" not in text or "Erst 2023" in text, text

"""Items a news editor would air unchanged (issue 16, thirty-second held-out set). "In diesen sieben
Jahren" after "Das Urteil ist nicht rechtskräftig." speaks of the years the sentence before that told;
"Das Bundeskabinett" is German to Austrian ears. Invented copy."""

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

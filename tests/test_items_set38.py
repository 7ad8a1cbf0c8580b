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

"""Items a news editor would air unchanged (issue 16, thirty-third held-out set, with one item of the
thirty-second). A standfirst telling what happens every year ("Millionen Geräte landen jedes Jahr im
Hausmüll") is background and never leads over the body's decision; a standfirst keeping back the
name the lead says ("Nun kündigt ein Traditionsunternehmen ... an.") is not read after it. Invented
copy."""

from __future__ import annotations

from bulletin.text.condense import condense
from bulletin.text.news import generic_or_imagined
from tests.item_copy import article, estimate

DEPOSIT = ("Millionen Einweg-Akkus landen jedes Jahr im Hausmüll und setzen dort immer öfter Müllwagen in Brand. "
           "Künftig zahlen Käufer einen Aufschlag, den sie bei der Rückgabe zurückbekommen.",
           "Musterstadt (dpa) - Für Einweg-Akkus wird in Musterland ein Pfand von 5 Euro pro Stück fällig. Der "
           "Landtag beschloss am Donnerstagabend einen entsprechenden Gesetzentwurf mit 41 Ja-Stimmen bei 18 "
           "Gegenstimmen. Die Regelung soll ab 1. Juli gelten.",
           "Nach Schätzungen des Umweltamts werden in Musterland jährlich etwa 40 Mio. Einweg-Akkus verkauft. Nur "
           "etwa jeder dritte wird bisher ordnungsgemäß entsorgt, der Rest landet im Restmüll oder in der Natur.")


def test_what_happens_every_year_is_background_and_the_decision_leads():
    assert generic_or_imagined("Millionen Einweg-Akkus landen jedes Jahr im Hausmüll.")
    assert not generic_or_imagined("Der Landtag hat am Donnerstag ein Pfand von 5 Euro beschlossen.")
    text = condense(article(*DEPOSIT), 20, estimate).text
    assert text.startswith("Für Einweg-Akkus wird in Musterland ein Pfand von 5 Euro"), text


def test_a_standfirst_keeping_back_the_name_the_lead_says_is_not_read_after_it():
    firm = ("Die schwache Nachfrage nach Elektroautos setzt der Zulieferindustrie weiter zu. Nun kündigt ein "
            "Traditionsunternehmen aus Musterland einen massiven Stellenabbau an.",
            "Musterstadt (dpa) - Der Autozulieferer Probe will bis Ende 2027 rund 1.400 Arbeitsplätze abbauen. Das "
            "entspricht mehr als jeder fünften Stelle, wie das Unternehmen am Donnerstag mitteilte. Das Werk in "
            "Musterdorf mit rund 520 Beschäftigten soll bis Mitte 2027 ganz geschlossen werden.")
    text = condense(article(*firm), 30, estimate).text
    assert text.startswith("Der Autozulieferer Probe will"), text
    assert "Traditionsunternehmen" not in text and "520 Beschäftigten" in text, text

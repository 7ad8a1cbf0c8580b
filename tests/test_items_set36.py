"""Items a news editor would air unchanged (issue 16, thirty-sixth held-out set and the dev items read
as light edits). "Der Anlass ist bekannt: Die Mutter hat angekündigt ..." is said "Der Anlass: ..." right
after the sentence it gives the cause of, and without the frame where it is read alone. Invented copy."""

from __future__ import annotations

from bulletin.text.condense import condense
from tests.item_copy import article, estimate


def test_the_cause_of_a_meeting_is_said_as_its_cause():
    bank = ("Betriebsrat schließt Streiks nicht aus.",
            "Musterstadt – Bis zu 900 Mitarbeiter der Musterbank werden am Dienstag in der Stadthalle erwartet: Der "
            "Betriebsrat hat die Belegschaft zur Betriebsversammlung eingeladen. Der Anlass ist bekannt: Die "
            "deutsche Mutter Beispiel-Holding hat angekündigt, das Filialgeschäft der Musterbank zu verkaufen. "
            "Rund 1.200 Beschäftigte arbeiten in den 85 Filialen.")
    text = condense(article(*bank), 22, estimate).text
    assert "Betriebsversammlung eingeladen" in text, text
    assert "Der Anlass: Die deutsche Mutter Beispiel-Holding hat angekündigt" in text, text
    assert "ist bekannt" not in text, text
    from bulletin.text.connectives import without_connective
    from bulletin.text.opening import without_frame

    framed = "Der Grund ist einfach: Die Stadt hat die Förderung gestrichen."
    assert without_frame(framed) == "Der Grund: Die Stadt hat die Förderung gestrichen."
    assert without_connective(without_frame(framed)) == "Die Stadt hat die Förderung gestrichen."  # read alone
    assert without_frame("Gesichert ist: Die Stadt zahlt.") == "Die Stadt zahlt."

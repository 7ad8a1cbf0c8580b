"""Items a news editor would air unchanged (issue 16, twenty-sixth and later held-out sets).
A standfirst of two sentences tells two facts; its second ("Rund 30 Häuser mussten geräumt
werden.") weighs in the body sentence telling it, as the whole standfirst's does. Invented copy."""

from __future__ import annotations

from dataclasses import replace

from bulletin.text.condense import condense
from tests.item_copy import article, estimate

MUDSLIDES = ("Nach Starkregen sind im Mustertal in der Nacht auf Dienstag mehrere Muren abgegangen. Rund 30 "
             "Häuser mussten geräumt werden.",
             "Musterstadt – Heftige Gewitter haben in der Nacht auf Dienstag im Mustertal für zahlreiche "
             "Murenabgänge und Überflutungen gesorgt. Besonders betroffen war die Gemeinde Beispieldorf, wo "
             "nach Angaben der Landeswarnzentrale zwei Bäche über die Ufer traten. Rund 30 Häuser wurden "
             "vorsorglich geräumt, die Bewohner kamen bei Verwandten unter. Verletzt wurde niemand.",
             "Insgesamt standen 200 Einsatzkräfte von zwölf Feuerwehren im Einsatz. Die Landesstraße bleibt "
             "bis auf Weiteres gesperrt.")


def test_the_second_sentence_of_a_standfirst_is_told_by_the_body():
    text = condense(replace(article(*MUDSLIDES), source="derstandard.at"), 22, estimate).text
    assert text.startswith("Heftige Gewitter haben")
    assert "Rund 30 Häuser wurden vorsorglich geräumt" in text
    assert "Besonders betroffen" not in text

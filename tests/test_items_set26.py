"""Items a news editor would air unchanged (issue 16, twenty-sixth and later held-out sets).
A standfirst of two sentences tells two facts; its second ("Rund 30 Häuser mussten geräumt
werden.") weighs in the body sentence telling it, as the whole standfirst's does. Invented copy."""

from __future__ import annotations

from dataclasses import replace

from bulletin.text.condense import condense
from bulletin.text.opening import read_opening
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


def test_an_agencys_dateline_with_a_hyphen_after_a_headline_without_full_stop_is_never_read():
    copy = ("Zahl der Arbeitslosen steigt wieder über zwei Millionen Nürnberg (dpa) - Die Flaute in der "
            "Industrie hat den Arbeitsmarkt im Jänner stärker belastet als erwartet. Wie die Bundesagentur "
            "mitteilte, waren 2,1 Millionen Menschen ohne Arbeit.")
    opening = read_opening([copy])
    assert (opening.place, opening.agency) == ("Nürnberg", "dpa")
    assert opening.sentences[0] == "Zahl der Arbeitslosen steigt wieder über zwei Millionen."
    text = condense(article(copy), 20, estimate).text
    assert "Nürnberg -" not in text and text.startswith("Die Flaute")
    # a hyphen inside a headline without an agency's brackets is no dateline's dash
    assert read_opening(["Budget 2027 beschlossen Wien - Linz ist der Gewinner, sagt der Bürgermeister."]).place == ""

"""A chosen sentence said shorter so that the story's key fact fits (issue 16: a sentence with a
long purpose clause took the time the news after it needed). Invented texts of the shape agency
copy has."""

from __future__ import annotations

import pytest

from bulletin.models import Article
from bulletin.text.condense import condense
from bulletin.text.room import shorter_forms, without_aside, without_list, without_purpose_clause


@pytest.mark.parametrize("sentence, shorter", [
    ("Bis vor zwei Wochen unterstützten die Fraktionen der Grünen und der Liste Muster ihre Anträge "
     "gegenseitig, um auf die fünf Unterschriften zu kommen, die für eine Debatte notwendig sind.",
     "Bis vor zwei Wochen unterstützten die Fraktionen der Grünen und der Liste Muster ihre Anträge "
     "gegenseitig."),
    ("Die Gemeinde hat im Frühjahr alle Brücken im Ortsgebiet prüfen lassen, um Schäden rechtzeitig "
     "zu erkennen.",
     "Die Gemeinde hat im Frühjahr alle Brücken im Ortsgebiet prüfen lassen."),
    ("Der Verein sammelte am Wochenende Spenden in der Altstadt, um das Dach des Heims zu sanieren.",
     "Der Verein sammelte am Wochenende Spenden in der Altstadt."),
])
def test_a_purpose_clause_at_the_end_is_cut(sentence, shorter):
    assert without_purpose_clause(sentence) == shorter


@pytest.mark.parametrize("sentence", [
    "Sie kamen, um zu helfen.",  # too little left
    "Der Verein sammelte Spenden, um das Dach zu sanieren, und die Stadt gab den Rest dazu.",  # goes on
    "Fürstin Muster reist ab, um in der Heimat Urlaub zu machen, berichtet die Zeitung.",  # its own verb
    "Der Zug fuhr am Montag pünktlich in Beispielstadt ab, um 10 Uhr.",  # no infinitive
    "Der Verein sammelte am Wochenende Spenden in der Altstadt, um das Dach des Heims zu sanieren",  # no stop
])
def test_a_purpose_clause_that_carries_the_sentence_stays(sentence):
    assert without_purpose_clause(sentence) == sentence


def test_an_aside_between_dashes_is_cut():
    assert without_aside("Die Stadt wird in wenigen Wochen – voraussichtlich nach den Ferien – neue Busse "
                         "einsetzen.") == "Die Stadt wird in wenigen Wochen neue Busse einsetzen."


@pytest.mark.parametrize("sentence", [
    # who they are, a figure: part of what is said
    "Zwei Größen der Kunst – die Malerin Anna Muster und der Komponist Erik Beispiel – stellen aus.",
    "Die Stadt wird – nach 12 Jahren Pause – wieder Busse einsetzen.",
    "Die Stadt wird neue Busse einsetzen – und die alten verkaufen.",  # one dash: no aside
])
def test_an_aside_that_names_or_counts_stays(sentence):
    assert without_aside(sentence) == sentence


def test_each_cut_and_all_of_them_are_offered():
    sentence = ("Der Verein sammelte – wie jedes Frühjahr – Spenden in der Altstadt von Beispielstadt, um das "
                "Dach des Heims zu sanieren.")
    assert shorter_forms(sentence) == [
        "Der Verein sammelte Spenden in der Altstadt von Beispielstadt, um das Dach des Heims zu sanieren.",
        "Der Verein sammelte – wie jedes Frühjahr – Spenden in der Altstadt von Beispielstadt.",
        "Der Verein sammelte Spenden in der Altstadt von Beispielstadt.",
    ]
    assert shorter_forms("Der Verein sammelte Spenden.") == []


def estimate(text: str) -> float:
    return len(text) / 15


LEAD = ("Die Grünen im Landtag von Beispielland wollen wieder eigene Anträge stellen, was ihnen mit nur drei "
        "Abgeordneten derzeit nicht möglich ist.")
BACKGROUND = ("Bis vor zwei Wochen unterstützten die Fraktionen der Grünen und der Liste Muster ihre Anträge "
              "gegenseitig, um auf die fünf Unterschriften zu kommen, die für eine Debatte im Landtag von "
              "Beispielland notwendig sind.")
NEWS = ("Dann wurde bekannt, dass die Grünen auch einen Antrag der Liste Muster unterstützt hatten, der die "
        "Kürzung der Wohnbeihilfe für Flüchtlinge forderte.")


def _article() -> Article:
    return Article(title="Grüne wollen wieder Anträge im Landtag stellen", origin="test.md",
                   paragraphs=(LEAD, BACKGROUND, NEWS, "Die Grünen beendeten daraufhin die Zusammenarbeit."))


def test_a_sentence_said_shorter_makes_room_for_the_key_fact():
    short = without_purpose_clause(BACKGROUND)
    budget = estimate(" ".join([LEAD, short, NEWS])) - 1.0  # within the grace only with the cut
    assert estimate(" ".join([LEAD, BACKGROUND, NEWS])) > budget + 3  # whole, the news cannot follow
    text = condense(_article(), budget, estimate).text
    assert f"{short} {NEWS}" in text
    assert "Unterschriften" not in text


def test_with_time_enough_nothing_is_cut():
    text = condense(_article(), estimate(" ".join([LEAD, BACKGROUND, NEWS])) + 1, estimate).text
    assert f"{BACKGROUND} {NEWS}" in text


@pytest.mark.parametrize("sentence, shorter", [
    ("Fünf Kandidaten stehen am Stimmzettel für die Wahl am 24. April: Anna Muster, Erik Probe, Eva Beispiel, "
     "Max Test und Lea Muster.", "Fünf Kandidaten stehen am Stimmzettel für die Wahl am 24. April."),
    # a list with a verb says something; two items are no list to cut; before the colon, no statement
    ("Die Stadt baut drei Dinge: eine Schule, die Halle wird saniert und ein Bad.", None),
    ("Die Stadt baut in den kommenden Jahren zwei Dinge: eine Schule und ein Bad.", None),
    ("Die Kandidaten: Anna Muster, Erik Probe, Eva Beispiel und Max Test.", None),
])
def test_a_list_after_a_colon_is_cut(sentence, shorter):
    assert without_list(sentence) == (shorter or sentence)


def test_the_lead_loses_its_list_for_the_news():
    lead = ("Fünf Kandidaten stehen am Stimmzettel für die Bürgermeisterwahl in Beispielstadt am 24. April: Anna "
            "Muster, Erik Probe, Eva Beispiel, Max Test und Lea Muster.")
    decided = ("Der Lokalsender hat entschieden, dass alle fünf zur großen Runde im Rathaus eingeladen werden, "
               "aber nur vier zu den Duellen.")
    news = "Lea Muster wird demnach nicht an den Duellen im Lokalsender teilnehmen."
    art = Article(title="Nr. 3", origin="test.md",  # as agency copy is scraped: standfirst, dateline, body
                  paragraphs=(f"Lokalsender entschied für Duelle nach Umfragen. Beispielstadt – {lead} {decided} "
                              f"{news}",))
    short = without_list(lead)
    budget = estimate(" ".join([short, decided, news])) - 1.0
    assert estimate(" ".join([lead, decided, news])) > budget + 3
    text = condense(art, budget, estimate).text
    assert text == " ".join([short, decided, news])

"""A speaker's words in the first person are read as reported speech where the article says who
the speaker is (issue 16: read out, a quote's "ich" sounds like the newsreader's own; outside
editors asked for reported speech). Invented texts of the shape agency copy has."""

from __future__ import annotations

import pytest

from bulletin.models import Article
from bulletin.text.condense import condense
from bulletin.text.quotes import as_reported

ARTICLE = ("Kammer-Präsident Max Muster hat einen Bericht dementiert. Bürgermeisterin Eva Beispiel "
           "widersprach. Der Trainer Tom Probe war zufrieden. Anna Nachbar kam auch.")


@pytest.mark.parametrize("sentence, reported", [
    ("Muster sagte am Sonntag im Radio: Das ist reine Spekulation, und ich bin amüsiert, wie das läuft, "
     "weil jeder weiß, dass ich 2030 nicht mehr antrete.",
     "Muster sagte am Sonntag im Radio, das sei reine Spekulation, und er sei amüsiert, wie das laufe, "
     "weil jeder wisse, dass er 2030 nicht mehr antrete."),
    ("Beispiel sagte: Ich freue mich über meinen Erfolg und danke meiner Familie.",
     "Beispiel sagte, sie freue sich über ihren Erfolg und danke ihrer Familie."),
    ("Muster sagte zuvor im Radio: Ich werde mir kein Ablaufdatum verpassen, aber ich werde meinem "
     "Nachfolger rechtzeitig die Möglichkeit geben, sich zu positionieren.",
     "Muster sagte zuvor im Radio, er werde sich kein Ablaufdatum verpassen, aber er werde seinem "
     "Nachfolger rechtzeitig die Möglichkeit geben, sich zu positionieren."),
    ("Probe sagte: Meine Mannschaft hat gut gearbeitet und weiß, was sie erwartet.",
     "Probe sagte, seine Mannschaft habe gut gearbeitet und wisse, was sie erwarte."),
    ("Beispiel sagte: Das ist mir wichtig, ich will nicht, dass die Stadt spart.",
     "Beispiel sagte, das sei ihr wichtig, sie wolle nicht, dass die Stadt spare."),
    ("Muster sagte: Ich wäre nicht die richtige Wahl.", "Muster sagte, er wäre nicht die richtige Wahl."),
    # a word that is lower case mid-sentence loses its capital ("..., Von einem Versehen ..." had aired)
    ("Beispiel sagte: Von einem Versehen kann keine Rede sein.",
     "Beispiel sagte, von einem Versehen könne keine Rede sein."),
])
def test_a_first_person_statement_is_reported(sentence, reported):
    assert as_reported(sentence, ARTICLE) == reported


@pytest.mark.parametrize("sentence", [
    "Nachbar sagte: Ich bin zufrieden.",  # the article does not say who she is: "er" or "sie"?
    "Muster sagte: Ich war nie in Nordhafen.",  # a past tense would need "sei gewesen"
    "Muster sagte: Wir sind bereit.",  # "wir": who they are is not known
    "Muster sagte: Ich machte das gern.",
    "Muster sagte: Ich bitte Sie um Geduld.",  # the polite "Sie": to whom?
])
def test_what_cannot_be_reported_for_sure_stays_as_written(sentence):
    assert as_reported(sentence, ARTICLE) == sentence


RIVALS = ("Der Republikaner Max Muster will nicht als Vizekandidat unter Tom Beispiel antreten. "
          "Ich wäre nicht die richtige Wahl für ihn, sagte Muster am Sonntag. Beispiel schwieg. Muster auch.")


def test_him_in_a_reported_quote_is_named_when_he_could_be_heard_as_the_speaker():
    # "Rubio sagte, er wäre nicht die richtige Wahl für ihn": two outside editors asked "für Trump"
    sentence = "Muster sagte am Sonntag: Ich wäre nicht die richtige Wahl für ihn."
    assert as_reported(sentence, RIVALS) == "Muster sagte am Sonntag, er wäre nicht die richtige Wahl für Beispiel."
    # two other men before it, or none: which one is not known, "ihn" stays
    two = RIVALS.replace("unter Tom Beispiel", "unter Tom Beispiel oder Jan Probe") + " Probe auch."
    assert as_reported(sentence, two).endswith("Wahl für ihn.")
    assert as_reported(sentence, ARTICLE).endswith("Wahl für ihn.")


def estimate(text: str) -> float:
    return len(text) / 15


def test_the_item_reports_the_quote_with_its_speaker():
    art = Article(title="Inland 5", origin="test.md", paragraphs=(
        "Kammer-Präsident Max Muster hat einen Zeitungsbericht über seinen Rückzug dementiert.",
        "„Das ist reine Spekulation, ich bleibe im Amt“, sagte Muster am Sonntag im Radio.",
    ))
    text = condense(art, 60, estimate).text
    assert "Muster sagte am Sonntag im Radio, das sei reine Spekulation, er bleibe im Amt." in text
    assert " ich " not in f" {text} ".lower()


@pytest.mark.parametrize("sentence, said", [
    ("Das Landesgericht Nordhafen hat jetzt geurteilt: Die Stadt Nordhafen habe eine Entschädigung von 8,24 "
     "Millionen Euro zu bezahlen.",
     "Das Landesgericht Nordhafen hat jetzt geurteilt, dass die Stadt Nordhafen eine Entschädigung von 8,24 "
     "Millionen Euro bezahlen muss."),
    ("Der Senat entschied: Die Kläger hätten die Kosten zu tragen.",
     "Der Senat entschied, dass die Kläger die Kosten tragen müssen."),
    ("Das Gericht hat entschieden: Anna Muster habe 500 Euro zu zahlen.",
     "Das Gericht hat entschieden, dass Anna Muster 500 Euro zahlen muss."),
    # not a ruling, or no "habe ... zu": as written
    ("Er sagte: Die Stadt habe viel zu tun.", None),
    ("Das Gericht hat geurteilt: Die Stadt habe gezahlt.", None),
])
def test_a_ruling_after_a_colon_is_said_as_a_dass_clause(sentence, said):
    # an outside editor: the colon with "habe ... zu bezahlen" is print style
    from bulletin.text.reported import ruling_as_clause
    assert ruling_as_clause(sentence) == (said or sentence)

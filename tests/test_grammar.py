"""What a German sentence does, told without a tagger: verbs, speakers, references back."""

from __future__ import annotations

import pytest

from bulletin.text.grammar import (
    first_person,
    has_finite_verb,
    has_main_verb,
    names_speaker,
    not_a_statement,
    opening_reference,
    reported_speech,
    speaker_is_pronoun,
)
from bulletin.text.news import facts, novelty
from bulletin.text.pointing import inside_reference
from bulletin.text.quotes import speaker_first


@pytest.mark.parametrize("sentence", [
    "Die Chancen auf eine Einigung schwinden.",
    "Der Beispielverein stellte am Montag einen neuen Trainer vor.",
    "Musterhausen bestätigt die Pläne.",
    "Das teilten die Stadtwerke mit.",
    "Die Preise stiegen im Oktober deutlich.",
    "Gerät kaputt, Kunde klagt.",
    "Die Vertreter, von der Gewerkschaft unterstützt, rüsten sich für den Streik.",
    "Es sei kein Verdacht gegeben.",
    "Die Stadt baut ein Hallenbad.",  # a vowel before the -t
    "Dem einstimmigen Urteil zufolge halten die Richter ihn für gefährlich.",  # "zufolge" is no adjective
    # a demonstrative standing alone, then a verb in the past (not an adjective: no noun follows)
    "Diese führte nach kurzer Suche zum Haus eines Verdächtigen.",
    "Dieser stellte das Verfahren daraufhin ein.",
    "Aber all das kulminierte jetzt in einem Sieg.",
    # a pronoun ending in -er before the verb, the rest reported speech: "er" is no adjective
    "Auch er betonte, die Vereine hätten stets Vorschläge gemacht.",
    # a strong verb's past under an inseparable prefix (it had been judged "no verb" and left out)
    "Der Weltranglisten-45. unterlag am Freitag dem Spanier Max Muster.",
    "Die Stadt übernahm die Kosten.",
    "Die 25-jährige Tirolerin bezwang die an Nummer drei Gesetzte in zwei Sätzen.",
    "Der Konzern erwarb im Vorjahr zwei Werke in Polen.",
    "Der Bürgermeister empfing die Delegation am Rathausplatz.",
])
def test_sentences_with_a_finite_verb(sentence):
    assert has_finite_verb(sentence) and has_main_verb(sentence)


@pytest.mark.parametrize("sentence", [
    "Planlos, aber voll dabei.",
    "Zwei Tore in der Nachspielzeit – Trainer gefeuert.",  # a participle, not a finite verb
    "Etwa mit der Band Die Beispiele.",
    "Max Muster.",
    "Neue Studie zu langfristigen Folgen schlechter Ausbildung.",
    "Das wohl bekannteste Magazin überhaupt.",
    "Rätselhaft bei der verbürgt hohen Qualität des Orchesters.",  # an adverb between article and adjective
    "Die bekannte und beliebte Moderatorin aus Musterstadt.",  # adjectives after an article, not verbs
    "Die gute Nachricht zum Schluss.",
])
def test_fragments_without_a_verb(sentence):
    assert not has_finite_verb(sentence)


def test_a_verb_only_in_a_relative_clause_is_no_main_verb():
    fragment = "Vor allem für einen Politiker, der fast 20 Jahre lang im Gemeinderat saß."
    assert has_finite_verb(fragment) and not has_main_verb(fragment)
    assert has_main_verb("Wie die Stadt mitteilte, ereignete sich der Unfall am Abend.")


@pytest.mark.parametrize("sentence, why", [
    ("Was soll da noch untersucht werden?", "a question"),
    ("Wetten, keiner schafft es?, schreibt er dazu.", "a question"),
    ("Das war es noch nicht!", "an exclamation"),
    ("„Radio Beispiel Schenkung Kto. M. Muster“.", "no verb"),
    ("Teilen Sie diese Ansicht mit uns.", "addresses the listener"),
    ("Doch es gibt weitere.", "a teaser"),  # more of what? read on, says the web page
    ("Und es gibt noch mehr.", "a teaser"),
    ("Doch es gibt Hoffnung.", ""),
    ("Der Rat hat getagt.", ""),
])
def test_what_is_not_a_statement(sentence, why):
    assert not_a_statement(sentence) == why


def test_first_person_and_its_speaker():
    quote = "So, wie wir heute gespielt haben, können wir zufrieden sein."
    assert first_person(quote) and not names_speaker(quote)
    said = "Wir waren besser, sagte Trainerin Jana Probst."
    assert first_person(said) and names_speaker(said)
    assert not first_person("Er meinte, die Lage sei ernst.")  # "meinte" is not "mein"
    assert speaker_is_pronoun("Wir waren besser, sagte sie.")
    assert not speaker_is_pronoun("Wir waren besser, sagte Probst.")


@pytest.mark.parametrize("sentence", [
    "Laut Polizei mussten die Feuerwehren mehr als 80 Mal ausrücken.",
    "Nach Angaben der Stadt kostet die Sanierung drei Millionen Euro.",
    "Wie die Verkehrsbetriebe mitteilten, fährt die Linie 4 wieder.",
    "Die Linie 4 fährt wieder, laut den Verkehrsbetrieben ab Montag.",
])
def test_a_source_named_at_the_start_of_a_sentence_names_who_says_it(sentence):
    assert names_speaker(sentence)


def test_a_word_that_only_begins_like_laut_names_nobody():
    assert not names_speaker("Die Lautsprecher in der Halle fielen aus.")


def test_reported_speech_is_konjunktiv_one():
    assert reported_speech("Die Konzepte seien nicht umgesetzt worden.")
    assert reported_speech("Selbiges gelte für die Grünen.")
    assert not reported_speech("Die Konzepte wurden nicht umgesetzt.")
    # a noun spelled like a Konjunktiv ("Spiele", "Gelte"?) is no one's words: capitals inside are nouns
    assert not reported_speech("Muster verzichtet auf die Olympischen Spiele.")
    assert reported_speech("Spiele er weiter, drohe eine Strafe.")


@pytest.mark.parametrize("sentence, word", [
    ("Er kam am Montag.", "Er"),
    ("Damit ist die Saison vorbei.", "Damit"),
    ("Das stimmt nicht.", "Das"),
    ("Der Schweizer verpasst damit das Finale.", "Der Schweizer"),
    ("Der 28-Jährige kam als Dritter ins Ziel.", "Der 28-Jährige"),
    ("Der mittlerweile 31-jährige Beispieler musste aufgeben.", "Der Beispieler"),
    ("Der Trainer sagte, es fehle die Kraft.", "Der Trainer"),
    ("Der Schweizer Max Muster gewann das Rennen.", ""),  # an introduction, not a reference
    ("Der frühere Bürgermeister einer Gemeinde im Bezirk Beispiel ist verurteilt worden.", ""),
    ("Das neue Bad öffnet im Mai.", ""),
    ("Die Beispielstadt baut ein Bad.", ""),
    ("Dieses Jahr wird gut.", ""),
    ("Ein entsprechender Antrag wurde abgewiesen.", "Ein entsprechender"),  # the one just told of
    ("Die genannten Firmen zahlen.", "Die genannten"),
    ("Die Folgen spüren nun auch die Bauern.", "Die Folgen"),  # of what?
    ("Die Folgen der Dürre spüren die Bauern.", ""),
    ("Betroffen sind rund 2.600 Bauern.", "Betroffen"),  # by what?
    ("Gemeint sind die Murmeltiere im Hochtal.", "Gemeint"),
])
def test_opening_references(sentence, word):
    assert opening_reference(sentence) == word


@pytest.mark.parametrize("sentence, word", [
    ("Die frühere Sowjetrepublik wies dies zurück.", "dies"),
    ("Die Firma will damit Geld sparen.", "damit"),
    ("Die Gäste fanden danach lange kein Mittel gegen die Abwehr.", "danach"),  # after what?
    ("Es sieht danach aus, dass die Stadt baut.", ""),  # "danach aussehen": it looks like
    ("Sie will sparen, damit die Kinder es besser haben.", ""),  # a conjunction
    ("Mehrere Menschen protestierten dagegen, dass sie warten mussten.", ""),  # points forward
    ("Die Summe soll seinen Angaben nach bald fließen.", "seinen"),
    ("Diese Woche beginnt der Umbau.", ""),
    ("Sie hat einen Anreiz, diese erste Hürde zu nehmen.", "diese"),  # an adjective between
    ("Er beginnt diese kommende Woche.", ""),
    ("Als zweiter Vertreter fix im Turnier dabei ist Max Muster.", ""),  # "dabei sein": taking part
    ("Er war bei den Gesprächen dabei.", ""),
    ("Sie will dabei helfen.", "dabei"),
    ("Er fiel, und dabei ist ein Schaden entstanden.", "dabei"),
    # the outcome of the sentence's own first clause, joined by "und"
    ("Sie war im Halbfinale gescheitert und hatte damit den Titel verpasst.", ""),
    ("Der Verein verlor und ist deshalb abgestiegen.", ""),
    ("Die Stadt und damit die Bürger zahlen.", "damit"),  # no clause before "und"
    # the outcome of the first clause, after a comma
    ("Der Verteidiger kündigte Berufung an, der Fall dürfte damit beim Höchstgericht landen.", ""),
    ("Nach dem Urteil, das gestern fiel, ist damit alles offen.", "damit"),  # no clause before the comma
])
def test_inside_references(sentence, word):
    assert inside_reference(sentence) == word


def test_facts_and_novelty():
    said = facts("Auf der Landstraße gilt künftig Tempo 100 km/h.")
    assert "#100" in said
    again = facts("Künftig gilt auf der Landstraße 100 km/h.")
    assert novelty(again, said) < 0.4  # the same fact in other words
    other = facts("Die Polizei will mehr kontrollieren, vor allem nachts und am Wochenende.")
    assert novelty(other, said) > 0.8
    assert novelty(facts("Der Preis stieg auf 1.500 Euro."), facts("Im Vorjahr waren es 1500 Euro.")) < 1.0


@pytest.mark.parametrize("sentence, spoken", [
    ("Ich bleibe im Amt, sagte Muster am Sonntag.", "Muster sagte am Sonntag: Ich bleibe im Amt."),
    ("Wir haben kein Interesse daran, sagte der Parteichef.", "Der Parteichef sagte: Wir haben kein Interesse daran."),
    ("Das Bad ist teuer, sagte Muster.", "Das Bad ist teuer, sagte Muster."),  # no "ich": stays
    ("Wir lehnen das ab, sagte er dazu am Freitag.", "Wir lehnen das ab, sagte er dazu am Freitag."),  # no name
    # a quotation in marks: the marks are not heard, so the speaker comes first whatever it says
    ("„Wir sind bereit“, sagte Muster.", "Muster sagte: Wir sind bereit."),
    ("«Die Meldung ging am Sonntag ein», teilte die Polizei Beispielstadt am Montag mit.",
     "Die Polizei Beispielstadt teilte am Montag mit: Die Meldung ging am Sonntag ein."),
    ("«Mir fiel ein Mann auf», berichtet Anwohnerin Anna gegenüber der Rundschau.",
     "Anwohnerin Anna berichtet gegenüber der Rundschau: Mir fiel ein Mann auf."),
    # a role with the name after it, and the time after both
    ("„So hell war er nie“, sagte die Leiterin der Sternwarte, Dr. Lena Muster.",
     "Die Leiterin der Sternwarte, Dr. Lena Muster, sagte: So hell war er nie."),
    ("„Wir bauen“, sagte der Bürgermeister, Max Muster, am Freitag.",
     "Der Bürgermeister, Max Muster, sagte am Freitag: Wir bauen."),
    ("„Wir bauen“, sagte Muster, der seit 2010 im Amt ist.", "„Wir bauen“, sagte Muster, der seit 2010 im Amt ist."),
    ("„Wann kommt das Bad?“, fragte Muster.", "„Wann kommt das Bad?“, fragte Muster."),  # no verb of saying
    ("„Das Bad kommt“, teilte die Stadt ihren Bürgern zuletzt lange vor der Wahl ausführlich mit.",
     "„Das Bad kommt“, teilte die Stadt ihren Bürgern zuletzt lange vor der Wahl ausführlich mit."),  # too long
])
def test_a_quote_is_read_with_its_speaker_first(sentence, spoken):
    assert speaker_first(sentence) == spoken


def test_a_speaker_said_as_he_before_a_perfect_verb_of_saying():
    from bulletin.text.grammar import speaker_is_pronoun
    assert speaker_is_pronoun("„Ich habe immer nur das Beste gewollt“, hatte er damals betont.")
    assert not speaker_is_pronoun("„Ich habe immer nur das Beste gewollt“, hatte Max Muster damals betont.")

"""Items a news editor would air unchanged (issue 16, eighteenth held-out set). Without a dateline,
a standfirst run into the body is split where a capitalized preposition or adverb opens a sentence
("... bangen um ihre Jobs Seit Jahren schrumpft ..."), and a first line naming a paper by its
title that the report names anew ("Die Wochenzeitung „Beispieler Kurier“ stellt ...") is a
standfirst; a winner's face ("war ihr die Fassungslosigkeit anzusehen") and then-and-now ("Wo am Montag
noch ... standen, hingen am Dienstag nur noch ...") are scenes; an age epithet that leads gets the
name the standfirst gave ("Die 22-jährige Lena X"). Invented copy."""

from __future__ import annotations

import pytest

from bulletin.text.condense import condense
from bulletin.text.genre import sets_a_scene
from bulletin.text.opening import read_opening
from bulletin.text.pronouns import pronoun_before_noun
from bulletin.text.shorten import said_by_ear
from bulletin.text.verdicts import verdict
from tests.item_copy import article, estimate


def test_a_capitalized_preposition_after_any_word_opens_a_sentence_where_the_full_stop_was_lost():
    opening = read_opening(["Strickwarenhersteller Muster ist pleite, 200 Beschäftigte bangen um ihre Jobs Seit Jahren "
                            "schrumpft die Textilindustrie im Waldviertel. Die Muster GmbH hat am Montag ein "
                            "Sanierungsverfahren beantragt. Das teilte der KSV1870 mit."])
    assert opening.sentences[1].startswith("Seit Jahren schrumpft")
    assert opening.standfirst == 1


KURIER = ("Der „Beispieler Kurier“ erscheint ab Juli nur noch digital. 14 von 38 Stellen fallen weg. Die Wochenzeitung "
          "„Beispieler Kurier“ stellt ihre gedruckte Ausgabe mit Ende Juni ein. Das gab die Herausgeberin am Montag "
          "bekannt. Das 1921 gegründete Blatt soll künftig nur noch online erscheinen.")


def test_a_first_line_naming_the_paper_the_report_names_anew_is_a_standfirst():
    assert read_opening([KURIER]).standfirst == 2
    text = condense(article(KURIER), 30, estimate).text
    assert text.startswith("Die Wochenzeitung „Beispieler Kurier“ stellt")


SLALOM = ("Erster Weltcupsieg für Lena Beispiel. Die 22-jährige Pongauerin gewinnt den Nachtslalom vor zwei Schwedinnen. "
          "Musterdorf – „Ich kann es noch gar nicht glauben.“ Lena Beispiel war am Dienstagabend nach ihrem ersten "
          "Weltcupsieg die Fassungslosigkeit deutlich anzusehen. Die 22-Jährige aus Musterdorf gewann den Nachtslalom "
          "mit 0,18 Sekunden Vorsprung auf die Schwedin Elsa Muster. Dritte wurde deren Landsfrau Moa Svensson. "
          "Beispiel war nach dem ersten Durchgang nur Siebente gewesen.")


def test_a_winner_s_face_is_a_scene_and_the_age_epithet_that_leads_gets_the_name():
    assert sets_a_scene("Wo am Montag noch Weinstöcke standen, hingen am Dienstag nur noch zerfetzte Blätter.")
    text = condense(article(SLALOM), 30, estimate).text
    assert text.startswith("Die 22-jährige Lena Beispiel aus Musterdorf gewann den Nachtslalom")


@pytest.mark.parametrize("texts, needs", [
    # a surname with letters German lacks needs the sentence naming it in full, like any other
    (["Trainer Željko Babić ist zufrieden.", "Das Spiel war knapp.", "„Wir haben gekämpft“, sagte Babić."], 0),
    (["Trainer Max Šarić ist zufrieden.", "Das Spiel war knapp.", "Šarić betonte, man habe gekämpft."], 0),
    # a pronominal adverb right after the verb points back ("in what?")
    (["Gegen Martin Beispiel wird ermittelt.", "Er schrieb einen Beitrag.", "Beispiel hatte darin Gewalt gefordert."],
     1),
])
def test_surnames_with_letters_german_lacks_and_a_pointing_adverb(texts, needs):
    assert verdict(len(texts) - 1, texts) == (needs, "")


def test_a_pronominal_adverb_before_its_own_clause_points_ahead_not_back():
    assert pronoun_before_noun("Der Minister wies darauf hin, dass die Frist bald ende.") == ""
    assert pronoun_before_noun("Die Ministerin plädierte dafür, die Steuer zu senken.") == ""
    assert pronoun_before_noun("Konvička hatte darin Internierungslager gefordert.") == "darin"


@pytest.mark.parametrize("sentence, said", [
    ("Das Urteil ist nicht rechtskräftig, der Verteidiger erbat drei Tage Bedenkzeit.",
     "Das Urteil ist nicht rechtskräftig."),
    ("Das Urteil ist noch nicht rechtskräftig, da die Staatsanwaltschaft keine Erklärung abgab.",
     "Das Urteil ist noch nicht rechtskräftig."),
    ("Das Urteil ist nicht rechtskräftig.", "Das Urteil ist nicht rechtskräftig."),
])
def test_not_final_is_said_without_who_asked_for_time(sentence, said):
    assert said_by_ear(sentence) == said


def test_a_dateline_the_headline_named_before_a_figure_opening_comes_off():
    opening = read_opening(["SPD-Kandidatin gewinnt Stichwahl in Musterstadt gegen CDU-Bewerber Musterstadt (dpa) – "
                            "312 Stimmen. So knapp fiel am Sonntag die Stichwahl um das Bürgermeisteramt aus. Die "
                            "Kandidatin Anna Muster setzte sich mit 50,6 Prozent durch."])
    assert opening.place == "Musterstadt"
    assert opening.sentences[opening.standfirst].startswith("312 Stimmen. So knapp fiel am Sonntag")


RESULTS = ("Zulieferer Muster mit Gewinnrückgang. Die Aktionäre müssen sich mit einer geringeren Dividende begnügen. "
           "Musterstadt – Der Musterstädter Zulieferer Muster hat im Geschäftsjahr die Flaute in der Autoindustrie "
           "deutlich zu spüren bekommen. Der Umsatz sank um 6,1 Prozent auf 1,2 Milliarden Euro, wie das "
           "börsennotierte Unternehmen am Donnerstag mitteilte. Die Dividende soll von 1,20 auf 0,60 Euro je Aktie "
           "gekürzt werden. Ende Dezember beschäftigte Muster 4.100 Mitarbeiter an zwölf Standorten.")


def test_a_company_s_results_bring_its_dividend_with_them():
    text = condense(article(RESULTS), 30, estimate).text
    assert "Die Dividende soll von 1,20 auf 0,60 Euro je Aktie gekürzt werden." in text

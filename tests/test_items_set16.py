"""Items a news editor would air unchanged (issue 16, sixteenth held-out set). A standfirst whose
last sentence lost its full stop runs into a dateline after a verb's particle ("... fressen die
Gewinne auf Wien – Es ist ...") or, without a dateline, into the body ("... spricht von „Abzocke“
Der Gemeinderat hat ..."): both are split where the full stop was lost, and the body leads. A
reaction told without what anyone said ("Die Opposition reagierte scharf.") is not read; nor a
standfirst saying mostly the lead's words; "Für Muster war es ..." needs the sentence naming Max
Muster. Invented copy."""

from __future__ import annotations

import pytest

from bulletin.text.antecedents import told_first_by
from bulletin.text.colour import says_little
from bulletin.text.condense import condense
from bulletin.text.genre import sets_a_scene
from bulletin.text.opening import read_opening
from bulletin.text.verdicts import verdict
from tests.item_copy import article, estimate


def test_a_dateline_after_a_verb_s_particle_comes_off():
    opening = read_opening(["So viele Gäste wie nie zuvor – und trotzdem klagen die Wirte. Die Kosten fressen die "
                            "Gewinne auf Graz – Es ist ein Rekord: 2,1 Millionen Nächtigungen haben die Betriebe "
                            "im Winter gezählt. Das geht aus Zahlen des Landes hervor. Die Preise stiegen stärker."])
    assert opening.place == "Graz"
    assert opening.sentences[opening.standfirst].startswith("Es ist ein Rekord")
    # a preposition before a word that is no dateline city keeps its phrase ("auf Linux-Basis –")
    assert read_opening(["Der Hacker baute ein Auto auf Linux-Basis – Max Muster war schon mit 17 "
                         "aufgefallen. Das Auto fährt allein."]).place == ""


FEES = ("Wasser und Müllabfuhr werden in Musterstadt ab März teurer. Die Opposition spricht von „Abzocke“ Der "
        "Gemeinderat hat am Mittwoch mit den Stimmen der Koalition eine Erhöhung der städtischen Gebühren "
        "beschlossen. Ab 1. März steigen die Tarife um durchschnittlich 6,2 Prozent. Für einen Haushalt bedeutet "
        "das Mehrkosten von rund 58 Euro im Jahr. Die Opposition reagierte scharf.")


def test_without_a_dateline_a_standfirst_run_into_the_body_is_split_where_the_full_stop_was_lost():
    opening = read_opening([FEES])
    assert opening.sentences[1] == "Die Opposition spricht von „Abzocke“."
    assert opening.sentences[opening.standfirst].startswith("Der Gemeinderat hat am Mittwoch")
    text = condense(article(FEES), 30, estimate).text
    assert text.startswith("Der Gemeinderat hat am Mittwoch") and "„Abzocke“ Der" not in text


@pytest.mark.parametrize("sentence, little", [
    ("Die Opposition reagierte scharf.", True),
    ("Die Reaktionen fielen heftig aus.", True),
    ("Die Opposition übte Kritik.", True),
    ("Die Opposition reagierte scharf auf den Beschluss und kündigte eine Klage an.", False),
])
def test_a_reaction_told_without_what_anyone_said_says_little(sentence, little):
    assert bool(says_little(sentence)) is little


def test_a_place_named_with_d_apostrophe_is_a_dateline():
    opening = read_opening(["Erster Weltcupsieg für Max Muster: Der Tiroler gewinnt die Abfahrt in Cortina Cortina "
                            "d'Ampezzo – Max Muster hat am Samstag die Weltcup-Abfahrt in Cortina d'Ampezzo "
                            "gewonnen. Der 24-Jährige setzte sich mit 0,18 Sekunden Vorsprung durch. Rang drei "
                            "ging an Hans Beispiel."])
    assert opening.place == "Cortina d'Ampezzo"
    assert opening.sentences[opening.standfirst].startswith("Max Muster hat am Samstag")


def test_a_hyphenated_compound_after_a_name_is_no_surname():
    standfirst = "Als eines der ersten Länder verbietet Beispielland Einweg-E-Zigaretten."
    opener = "Das Parlament von Beispielland hat am Dienstag ein Verbot von Einweg-E-Zigaretten beschlossen."
    assert not told_first_by(standfirst, opener)


BAN = ("Als eines der ersten Länder in der EU verbietet Beispielland Einweg-E-Zigaretten. Auch in Musterland "
       "wird über ein Verbot diskutiert. Beispielstadt – Das Parlament von Beispielland hat am Dienstag ein Verbot "
       "von Einweg-E-Zigaretten beschlossen. Ab 1. März dürfen die Geräte weder verkauft noch eingeführt werden. "
       "Für das Gesetz stimmten 58 Abgeordnete, 19 waren dagegen.")


def test_a_standfirst_saying_mostly_the_lead_s_words_is_not_read_after_it():
    text = condense(article(BAN), 30, estimate).text
    assert text.startswith("Das Parlament von Beispielland hat am Dienstag ein Verbot")
    assert "Als eines der ersten Länder" not in text


def test_a_surname_after_a_preposition_needs_the_sentence_naming_it_in_full():
    texts = ["Der FC hat mit 2:1 gewonnen.", "Den Siegtreffer erzielte der eingewechselte Max Muster.",
             "Der Gegner bleibt Vierter.", "Für Muster war es der erste Treffer."]
    assert verdict(3, texts) == (1, "")
    # the last sentence naming the person in full before it: the body's, not the standfirst's
    texts = ["Max Muster gewinnt in Beispielstadt.", "Max Muster hat am Samstag das Rennen gewonnen.",
             "Für Muster war es der erste Sieg."]
    assert verdict(2, texts) == (1, "")


def test_without_a_dateline_a_subheading_without_full_stop_ends_the_standfirst():
    opening = read_opening(["Jahrzehntelang hing das Bild in einer Kapelle, kaum jemand beachtete es. Jetzt ist "
                            "klar, wer es gemalt hat Der Raum ist klein, es riecht nach Weihrauch und altem Holz. "
                            "Über dem Altar hing mehr als hundert Jahre lang ein dunkles Gemälde. Es zeigt den "
                            "heiligen Florian."])
    assert opening.standfirst == 2
    assert sets_a_scene(opening.sentences[2])  # "es riecht nach Weihrauch": the mood of a place

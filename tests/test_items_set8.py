"""Items a news editor would air unchanged (issue 16, eighth held-out set: ordinary copy). A later
place in a ranking said without the first ("Die SPÖ liegt mit 21 Prozent auf Platz drei"); a role
named by the group it belongs to ("Die Verkehrsminister der Alpenstaaten"). Invented copy."""

from __future__ import annotations

import pytest

from bulletin.text.condense import condense
from bulletin.text.grammar import opening_reference
from bulletin.text.verdicts import verdict
from tests.item_copy import article, estimate


@pytest.mark.parametrize("sentence, alone", [
    ("Die SPÖ liegt mit 21 Prozent auf Platz drei, die Grünen erreichen zwölf Prozent.", False),
    ("Die Musterpartei landete auf dem zweiten Platz.", False),
    ("Der SV Beispielstadt verbesserte sich am Samstag auf den sechsten Tabellenplatz.", True),
])
def test_a_later_place_in_a_ranking_comes_with_the_first(sentence, alone):
    texts = ["Laut einer Umfrage käme die ÖVP auf 29 Prozent, die FPÖ auf 26 Prozent.", sentence]
    assert (verdict(1, texts)[0] is None) is alone


def test_the_poll_s_first_places_are_read_before_the_third():
    text = condense(article(
        "ÖVP knapp vorn. Salzburg – Knapp sechs Wochen vor der Wahl zeichnet sich ein enges Rennen ab. "
        "Laut einer Umfrage des Instituts Beispieldaten käme die ÖVP auf 29 Prozent, die FPÖ auf 26 Prozent. "
        "Die SPÖ liegt mit 21 Prozent auf Platz drei. Befragt wurden 601 Wahlberechtigte."), 12, estimate).text
    assert "auf Platz drei" not in text or "29 Prozent" in text


@pytest.mark.parametrize("sentence", [
    "Die Verkehrsminister der Alpenstaaten haben sich in Ljubljana auf einen Aktionsplan verständigt.",
    "Die Finanzminister der Euroländer haben am Montag beraten.",
])
def test_a_role_of_a_group_named_by_its_kind_introduces_itself(sentence):
    assert not opening_reference(sentence)


def test_the_credit_does_not_open_like_the_sentence_that_names_the_study():
    from bulletin.text.credits import attribution_sentence, load_outlets
    outlets = load_outlets()
    said = "Ein Bluttest könnte helfen. Das berichtet ein Forscherteam im Fachjournal Beispiel."
    assert attribution_sentence("derStandard.at", outlets, said) == "Darüber berichtet der Standard."
    assert attribution_sentence("derStandard.at", outlets, "Ein Bluttest hilft.") == "Das berichtet der Standard."


@pytest.mark.parametrize("sentence, points", [
    ("Der Opposition reicht das nicht.", True),
    ("Die Ministerin sieht das anders.", True),
    ("Der Bus erreicht das nur schwer zugängliche Tal.", False),
    ("Sie kennt das Land nicht.", False),
])
def test_das_as_a_pronoun_before_an_adverb_points_back(sentence, points):
    from bulletin.text.pointing import inside_reference
    assert bool(inside_reference(sentence)) is points


@pytest.mark.parametrize("sentence, colour", [
    ("Die Gastgeber erwischten den besseren Start.", True),
    ("Nach dem Seitenwechsel kamen die Gäste deutlich besser ins Spiel.", True),
    ("Nach der Pause übernahmen die Gastgeber endgültig das Kommando.", True),
    ("Kurz vor der Pause traf Max Muster zum 1:0.", False),
    ("Nun verkündete der Spanier, dass er eine Pause braucht.", False),
])
def test_a_match_s_flow_without_a_score_or_a_name_is_not_read(sentence, colour):
    texts = ["Der SV Beispiel hat am Samstag gegen den FC Muster mit 3:1 gewonnen.", sentence]
    assert (verdict(1, texts)[1] == "a match's flow without a score or a name: colour") is colour


def test_what_the_standfirst_says_beyond_the_lead_is_read():
    text = condense(article(
        "Anna Beispiel feiert in Musterstadt ihren ersten Weltcupsieg. "
        "Musterstadt – Die Salzburgerin Anna Beispiel hat am Mittwoch den Weltcup-Riesentorlauf in Musterstadt "
        "gewonnen. Die 24-Jährige setzte sich mit 0,14 Sekunden Vorsprung vor der Schweizerin Lea Muster durch. "
        "Dritte wurde die Italienerin Giulia Probe, die 0,38 Sekunden zurücklag. "
        "Für Beispiel ist es der erste Weltcupsieg, bisher war ein dritter Platz ihr bestes Ergebnis."),
        22, estimate).text
    assert "erste Weltcupsieg" in text


def test_a_relative_clause_cut_before_the_speaker_keeps_its_comma():
    from bulletin.text.shorten import without_relative_clause
    said = ("Das Problem liege in der Schnittstelle, über die die App mit den Servern des Herstellers "
            "kommuniziere, erklärte Anna Muster.")
    assert without_relative_clause(said) == "Das Problem liege in der Schnittstelle, erklärte Anna Muster."


def test_a_corresponding_thing_points_back():
    from bulletin.text.pointing import inside_reference
    assert inside_reference("Ein entsprechender Antrag des Mörders auf Haftentlassung wurde abgewiesen.")
    assert not inside_reference("Ein Antrag des Mörders auf Haftentlassung wurde abgewiesen.")


def test_a_verdict_is_said_within_the_case_its_announcement_named():
    text = condense(article(
        "Sechs Jahre Haft für Gründer der Beispiel Vorsorge. Wien – Im Prozess um das zusammengebrochene "
        "Anlagemodell der Beispiel Vorsorge GmbH ist am Freitag am Landesgericht das Urteil gefallen. "
        "Ein Schöffensenat verurteilte den 52-jährigen Firmengründer wegen schweren Betrugs zu sechs Jahren "
        "Haft. Das Urteil ist nicht rechtskräftig."), 30, estimate).text
    # (the firm without its legal form: stop 54)
    assert text.startswith("Im Prozess um das zusammengebrochene Anlagemodell der Beispiel Vorsorge "
                           "verurteilte ein Schöffensenat den 52-jährigen Firmengründer"), text
    assert "das Urteil gefallen" not in text


@pytest.mark.parametrize("headline, place", [
    ("Arbeitslosigkeit im März erstmals seit fünf Jahren gesunken", "Wien"),
    ("Beispielpartei schließt Abgeordneten Max Muster aus", "Graz"),
    ("Trainer Muster muss gehen", "Maria Enzersdorf"),
    ("Zwei Wanderer saßen fest – Rettung erst im Morgengrauen", "Zell am Ziller"),
])
def test_a_dateline_after_a_headline_without_its_full_stop_comes_off(headline, place):
    from bulletin.text.opening import read_opening
    lead = "Die Zahl der Arbeitslosen ist im März erstmals seit mehr als fünf Jahren zurückgegangen."
    opening = read_opening([f"{headline} {place} – {lead} Das teilte das AMS mit."])
    assert (opening.place, opening.sentences[opening.standfirst]) == (place, lead)
    assert condense(article(f"{headline} {place} – {lead} Das teilte das AMS mit."), 30, estimate).text.startswith(
        lead[:-1])


@pytest.mark.parametrize("text", [
    "Die Kärntner bleiben nach dem vierten Sieg in Serie Tabellenzweiter – Beispielstadt rutscht auf Rang neun ab.",
    "Die App speicherte Namen und Adressen ungeschützt auf einem Server – Unternehmen spricht von einem Fehler.",
])
def test_a_headline_s_own_dash_is_no_dateline(text):
    from bulletin.text.opening import read_opening
    assert read_opening([f"{text} Der FC Beispiel hat seinen Lauf fortgesetzt. Er siegte 3:1."]).place == ""


def test_a_club_s_letters_are_not_taken_for_a_short_form():
    from bulletin.text.opening import names_for_acronyms
    paragraphs = ["In der Nachspielzeit sah Sturm-Verteidiger Stefan Kogler Rot. Der SV Beispiel siegte."]
    assert names_for_acronyms("Der SV Beispiel besiegte den SK Sturm Graz.", paragraphs) == {}


@pytest.mark.parametrize("sentence, alone", [
    ("Dritter wurde der Franzose Jean Muster.", False),
    ("Drittstärkste Kraft wurden die Sozialdemokraten mit 11,9 Prozent.", False),
    ("Max Muster hat für den ersten Podestplatz dieses Winters gesorgt.", True),
])
def test_a_third_place_comes_with_the_first_and_this_winter_points_nowhere(sentence, alone):
    assert (verdict(1, ["Anna Beispiel hat am Freitag den Sprint gewonnen.", sentence])[0] is None) is alone


def test_a_reaction_announced_at_once_is_not_read():
    assert verdict(1, ["Die Regierung hat ein Pflegepaket beschlossen.",
                       "Kritik kam umgehend von der Opposition."])[1] != ""


def test_a_rank_before_a_noun_is_no_given_name():
    from bulletin.text.antecedents import given_name, introduced_in
    assert not given_name("Zweitbeste")
    assert introduced_in("Zuletzt hatte eine Österreicherin vor zwei Jahren gewonnen.",
                         ["Zweitbeste Österreicherin wurde Anna Muster als Siebente."]) == []


def test_an_answer_before_a_colon_is_not_read_the_verdict_after_it_leads():
    from bulletin.text.opening import without_frame
    said = "Geglaubt hat ihm das der Schöffensenat nicht: Der 54-Jährige wurde zu sechs Jahren Haft verurteilt."
    assert without_frame(said) == "Der 54-Jährige wurde zu sechs Jahren Haft verurteilt."


def test_a_study_announced_as_giving_figures_is_not_read():
    assert verdict(1, ["Wie kühl ist es unter Bäumen?",
                       "Eine Wiener Studie liefert erstmals genaue Zahlen für einzelne Straßenzüge."])[1] != ""
    assert verdict(1, ["Bäume kühlen Städte.", "Eine Studie liefert Zahlen von 48 Messpunkten."])[1] == ""

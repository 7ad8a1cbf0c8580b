"""Items a news editor would air unchanged (issue 16, thirty-seventh held-out set, read blind before
these rules): a relative clause cut takes the count that hangs on it with it (", der weltweit 5.800
Menschen beschäftigt, davon ca. 2.600 in Österreich,"). Invented copy."""

from __future__ import annotations

from bulletin.text.shorten import without_relative_clause


def test_a_relative_clause_goes_with_the_count_hanging_on_it():
    cut = without_relative_clause("Als Reaktion will der Konzern, der weltweit rund 5.800 Menschen beschäftigt, davon "
                                  "ca. 2.600 in Österreich, bis Ende 2025 in Österreich 280 Stellen abbauen.")
    assert cut == "Als Reaktion will der Konzern bis Ende 2025 in Österreich 280 Stellen abbauen."


def test_a_derailments_toll_corrected_by_the_civil_protection_is_said_in_the_lead():
    from bulletin.text.condense import condense
    from tests.item_copy import article, estimate

    train = ("Bei der Entgleisung eines Touristenzuges in Musterland sind am Samstag mindestens drei Menschen ums Leben "
             "gekommen. Zwei Waggons stürzten eine Böschung hinunter, wie der Zivilschutz mitteilte. Im Laufe des Abends "
             "musste die Zahl der Todesopfer deutlich nach oben korrigiert werden. Nach Angaben des Zivilschutzes sind "
             "inzwischen sieben Tote zu beklagen, darunter der Lokführer. 43 Menschen wurden verletzt.")
    text = condense(article(train), 20, estimate).text
    assert text.startswith("Bei der Entgleisung eines Touristenzuges in Musterland sind am Samstag mindestens sieben "
                           "Menschen ums Leben gekommen."), text
    assert "drei" not in text and "korrigiert" not in text, text


def test_anyones_case_promising_more_money_is_no_lead():
    from bulletin.text.teasers import anyones_case

    assert anyones_case("Wer einen Angehörigen zu Hause pflegt, soll mehr Geld bekommen.")
    assert not anyones_case("Wer Kogler nachfolgt, soll am Montag feststehen.")


def test_a_match_result_with_the_table_fits_without_the_leaders_own_score_or_the_crowd():
    from bulletin.text.room import without_crowd

    result = ("Die Steirer besiegten am Samstag vor 6.840 Zuschauern in der Murtal-Arena in Judenburg den ASK Musterberg "
              "mit 3:1 und liegen nun auf Rang zwei, zwei Zähler hinter Tabellenführer FC Beispieltal, der bereits am "
              "Freitag bei der Union Musterau nicht über ein 0:0 hinausgekommen war.")
    assert without_crowd(result).startswith("Die Steirer besiegten am Samstag den ASK Musterberg mit 3:1")
    assert without_relative_clause(result).endswith("zwei Zähler hinter Tabellenführer FC Beispieltal.")


def test_the_staff_a_chain_in_insolvency_lets_go_are_the_jobs_asked_for():
    from bulletin.text.asked_for import jobs_cut

    said = ("Von den 214 Filialen sollen 68 geschlossen werden; betroffen sind nach Unternehmensangaben rund 1.150 "
            "der insgesamt etwa 3.900 Beschäftigten.")
    assert jobs_cut("Die Kette Musterkauf hat Insolvenz angemeldet.", ["Der Umsatz sank.", said]) == [1]


def test_a_challenger_named_by_surname_needs_her_introduction_and_a_rejection_its_charge():
    from bulletin.text.antecedents import given_name
    from bulletin.text.unheard import told_in_passing

    assert given_name("Esther") and given_name("Peter") and not given_name("Lehrer")
    before = ["Amtsinhaber Max Muster hat die Wahl gewonnen.", "Ihre Partei warf der Regierung Betrug vor.",
              "Die Vorwürfe wiegen schwer, sagte ein Beobachter."]
    said = "Die Regierung wies die Vorwürfe als haltlos zurück."
    assert told_in_passing(said, before, {0, 1, 2}, before[0]) == [2]  # (read only with the charge)
    assert told_in_passing(said, before, {0}, "Der Minister trat nach Vorwürfen zurück.") is None


def test_an_experts_reserve_is_read_only_with_what_he_said():
    from bulletin.text.connectives import joins_next

    reserve = "Zurückhaltend äußerte sich der Umweltmediziner Max Muster, der nicht an der Studie beteiligt war."
    assert joins_next(reserve, "Ein Zusammenhang sei plausibel, sagte Muster, die Größe des Effekts aber nicht gesichert.")
    assert not joins_next(reserve, "Die Studie wurde von der Stadt finanziert.")

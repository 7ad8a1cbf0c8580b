"""Items from stop 60 (the forty-eighth set): a person's news told "nun" by their role after
background naming them ("Nun zieht sich der Gründer ... zurück") said with the name, subject first."""

from __future__ import annotations

from dataclasses import replace

from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.pronoun_news import with_person_for_role
from tests.item_copy import article, estimate


def _item(*paragraphs: str) -> str:
    return condense(replace(article(*paragraphs), source="derStandard.at"), 30, estimate, load_outlets()).text


# A founder's career first, the firm's trouble, then his news by his role alone
FOUNDER = ("Gründer von Rechenfuchs legt Vorsitz zurück",
           "Linz – Vor acht Jahren gründete Tobias Waldhör in einer Garage in Urfahr das Start-up Rechenfuchs, das "
           "Buchhaltungssoftware für kleine Betriebe anbietet. Inzwischen arbeiten nach Firmenangaben rund 90 Menschen "
           "für das Unternehmen. Zuletzt sorgte eine Panne bei Steuerdaten für Unmut bei Kunden. Nun legt der Gründer "
           "den Vorsitz der Geschäftsführung zurück. Seine Aufgaben übernimmt vorerst Finanzchefin Julia Brandstätter.")


def test_a_persons_news_by_role_is_said_with_the_name_first():
    background = "Vor acht Jahren gründete Tobias Waldhör in Urfahr das Start-up Rechenfuchs."
    assert with_person_for_role("Nun legt der Gründer den Vorsitz zurück.", background) \
        == "Der Gründer Tobias Waldhör legt nun den Vorsitz zurück."
    # the headline's compound of the role names whose founder he is
    assert with_person_for_role("Nun zieht sich der Gründer zurück.", background, "Rechenfuchs-Gründer geht") \
        == "Rechenfuchs-Gründer Tobias Waldhör zieht sich nun zurück."
    # a woman's role after "die" only; no role for a firm's body; no person named: nothing
    assert with_person_for_role("Nun legt die Gründer den Vorsitz zurück.", background) == ""
    assert with_person_for_role("Nun legt der Vorstand den Vorsitz zurück.", background) == ""
    assert with_person_for_role("Nun legt der Gründer den Vorsitz zurück.", "Das Start-up wuchs rasch.") == ""
    item = _item(*FOUNDER)
    assert item.startswith("Der Gründer Tobias Waldhör legt nun den Vorsitz der Geschäftsführung zurück")
    assert "Vor acht Jahren gründete er in einer Garage" in item  # the background after it, by pronoun


def test_a_thing_named_by_a_word_ending_like_a_role_is_not_given_a_persons_name():
    from bulletin.text.named_again import with_person_named
    before = ["Es war kurz nach sechs Uhr, als Petra Ebenleitner ihre Messstange in das Eis rammte."]
    lead = "Der Steinkar Gletscher, der größte Gletscher des Massivs, ist um 30 Meter kürzer geworden."
    assert with_person_named(lead, before, [*before, lead, "Das sagte Ebenleitner."]) == lead
    lead = "Der größte Gletscher des Massivs ist um 30 Meter kürzer geworden, der Gletscher schmilzt."
    assert with_person_named(lead, before, [*before, lead, "Das sagte Ebenleitner."]) == lead
    # a thing the person dealt with is not whom the news means
    assert with_person_for_role("Nun schmilzt der Gletscher schneller.",
                                "Vor zehn Jahren vermaß Petra Ebenleitner den Gletscher erstmals.") == ""


# The finding first, the study "Zu diesem Ergebnis kommt ...", how it was made, then the figure "demnach"
GLACIERS = ("Gletscher im Karwendel schrumpfen rascher",
            "Innsbruck – Die Gletscher in den Nordalpen verlieren deutlich rascher an Eis, als bisher angenommen wurde. "
            "Zu diesem Ergebnis kommt eine Studie der Universität Innsbruck, die im Fachjournal „Alpine Research“ "
            "erschienen ist. Das Team um den Glaziologen Paul Oberreiter hatte für 41 Gletscher Messdaten aus zwei "
            "Jahrzehnten mit Luftbildern verglichen. Im Schnitt verloren die Eisflächen demnach pro Jahr 1,2 Meter an "
            "Dicke. Gefördert wurde die Arbeit vom Land Tirol. Die Forschenden empfehlen, Speicherpläne anzupassen.")


def test_a_finding_with_its_study_then_its_figure_by_demnach():
    from bulletin.text.grammar import opening_reference
    from bulletin.text.primary_source import names_lead_source, without_source_detail
    from bulletin.text.verdicts import verdict
    # a thing ending like a role ("Die Gletscher", "Der Rettungshubschrauber") points back to no one
    assert opening_reference("Die Gletscher in den Ostalpen verlieren an Eis.") == ""  # (a region named)
    assert opening_reference("Die Gletscher verlieren an Eis.") == "Die Gletscher"
    assert opening_reference("Der Rettungshubschrauber landete.") == ""
    assert opening_reference("Der Bergsteiger stürzte ab.") == "Der Bergsteiger"
    source = "Zu diesem Ergebnis kommt eine Studie der Universität Innsbruck, die im Fachjournal „Alpine X“ erschienen ist."
    assert names_lead_source(source)
    assert without_source_detail(source) == "Zu diesem Ergebnis kommt eine Studie der Universität Innsbruck."
    # "demnach" means the study, past the sentence telling how it was made
    texts = ["Die Gletscher schmelzen rascher.", source, "Das Team hatte 41 Gletscher vermessen.",
             "Im Schnitt verloren die Eisflächen demnach pro Jahr 1,2 Meter an Dicke."]
    assert verdict(3, texts) == (1, "")
    item = _item(*GLACIERS)
    assert item.startswith("Die Gletscher in den Nordalpen verlieren deutlich rascher an Eis"), item
    assert "Zu diesem Ergebnis kommt eine Studie der Universität Innsbruck" in item and "berichtet" not in item
    assert "1,2 Meter an Dicke" in item, item


def test_a_league_left_in_a_headlines_present_is_said_in_the_perfect():
    from bulletin.text.perfect import in_perfect
    assert in_perfect("steigt", "erstmals in die Bundesliga auf") == ("ist", "erstmals in die Bundesliga aufgestiegen")
    assert in_perfect("steigen", "in die Regionalliga ab") == ("sind", "in die Regionalliga abgestiegen")
    assert in_perfect("steigt", "auf 47") == ("ist", "auf 47 gestiegen")  # a count, as before


def test_a_persons_news_on_its_day_by_role_is_said_with_the_name():
    background = "Seit Wochen stand Erwin Falkner unter Druck."
    assert with_person_for_role("Am Mittwoch zog der ÖVP-Politiker nun die Konsequenzen und trat zurück.",
                                background) \
        == "Der ÖVP-Politiker Erwin Falkner zog am Mittwoch die Konsequenzen und trat zurück."


# Background whose subject is the city, the person named at its end; his news through "er" two sentences on
HACK = ("Stadtrat nach Datenpanne zurückgetreten",
        "Wels – Seit zwei Wochen ist das Rathaus nach einer Datenpanne nur eingeschränkt erreichbar, im Zentrum der "
        "Kritik steht der Leiter der städtischen Digitalabteilung, Herbert Klammer. Er soll bereits 2021 auf die "
        "veraltete Software hingewiesen worden sein. Am Montag hat er nun seinen Rücktritt erklärt. Die Stadt "
        "lässt die Systeme von einem externen Dienstleister prüfen. Die Opposition fordert eine Sonderprüfung.")


def test_news_through_er_means_the_person_the_background_ends_with():
    from bulletin.text.pronoun_news import person_in_apposition, with_subject_named
    background = HACK[1].split(" – ", 1)[1].split(" Er soll")[0]
    assert person_in_apposition(background) == ("Der Leiter der städtischen Digitalabteilung, Herbert Klammer,", "er")
    assert with_subject_named("Am Montag hat er nun seinen Rücktritt erklärt.", background) \
        == "Der Leiter der städtischen Digitalabteilung, Herbert Klammer, hat am Montag seinen Rücktritt erklärt."
    item = _item(*HACK)
    # the news of the day leads (not "Er soll bereits 2021 ..."), the background follows naming him by surname
    # (since stop 61 the town's office says its town first: "In Wels hat der Leiter ...")
    assert item.startswith("In Wels hat der Leiter der städtischen Digitalabteilung, Herbert Klammer, am Montag "
                           "seinen Rücktritt erklärt"), item
    assert "im Zentrum der Kritik steht der Leiter" not in item


# A state as the lead, background, then a kicker naming the role and the news after its colon
RENT = ("Land deckelt Mieten",
        "Klagenfurt – Die Mieten in Kärnten sind in den vergangenen zwei Jahren stark gestiegen. Viele Verträge "
        "sind an den Verbraucherpreisindex gekoppelt. Die Opposition hatte seit Monaten einen Deckel gefordert. "
        "Nun lenkt die Wohnbaulandesrätin ein: Sabine Petschnig kündigte am Dienstag an, dass die Mieten in "
        "geförderten Wohnungen ab Juli höchstens um zwei Prozent pro Jahr steigen dürfen. Betroffen sind rund "
        "21.000 Wohnungen. Der Landtag soll im Mai entscheiden.")


def test_the_news_after_a_kicker_naming_a_role_leads_said_with_the_role_before_the_name():
    from bulletin.text.pronoun_news import role_before_name
    assert role_before_name("Nun lenkt der Landesrat ein: Max Muster kündigte am Montag an, dass er zustimmt.") \
        == "Landesrat Max Muster kündigte am Montag an, dass er zustimmt."
    assert role_before_name("Nun lenkt die Landesrat ein: Eva Muster kündigte am Montag an, dass sie zustimmt.") == ""
    assert role_before_name("Nun ist es fix: Max Muster kündigte am Montag an, dass er zustimmt.") == ""
    item = _item(*RENT)
    assert item.startswith("In Kärnten kündigte Wohnbaulandesrätin Sabine Petschnig am Dienstag an, dass die "
                           "Mieten"), item  # (the state's office says its state first since stop 61)


def test_a_toll_at_an_inn_is_said_as_a_sentence_and_a_headline_with_a_verb_is_no_event_and_place():
    from bulletin.text.headlines import said_as_sentence
    body = "Es war kurz nach drei Uhr früh, als ein Gast Rauch bemerkte."
    assert said_as_sentence("Drei Verletzte bei Brand in Kärntner Gasthof", body) \
        == "Bei einem Brand in einem Kärntner Gasthof sind drei Menschen verletzt worden."
    assert said_as_sentence("Zwei Verletzte bei Feuer in Grazer Hotel", body) \
        == "Bei einem Feuer in einem Grazer Hotel sind zwei Menschen verletzt worden."
    # "fordert" is the headline's verb: not "In einem ... Gasthof fordert drei Verletzte hat es einen Brand gegeben"
    assert "hat es" not in (said_as_sentence("Brand in Kärntner Gasthof fordert drei Verletzte", body) or "")

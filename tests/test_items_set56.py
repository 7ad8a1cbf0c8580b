"""Items from stop 68 (the fifty-fifth set, read again): a match whose result sentence leans on the play
before it is led by its headline, the result said after it (match_result.result_after_headline)."""

from __future__ import annotations

from bulletin.models import Article
from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.headline_sentence import headline_sentence
from tests.item_copy import estimate


def _item(title: str, *paragraphs: str, seconds: float = 30) -> str:
    copy = Article(title=title, paragraphs=paragraphs, origin="test.md", source="derStandard.at")
    return condense(copy, seconds, estimate, load_outlets()).text


CUP_FINAL_TOLD_FROM_THE_STANDS = (
    "Salzburg (APA) – 19.200 Zuschauer im ausverkauften Stadion, ein Titelverteidiger ohne Niederlage in der "
    "ganzen Saison und ein Aufsteiger, der vor drei Jahren noch in der Landesliga spielte: Die Ausgangslage für "
    "das Cupfinale am Donnerstagabend hätte kaum klarer sein können. Der SK Almtal hatte sich mit vier Siegen "
    "ohne Gegentor ins Endspiel gespielt, Union Ennsfeld musste im Halbfinale gegen den FAC in die Verlängerung. "
    "Ennsfeld-Trainer Martin Gruber hatte vor dem Spiel von einem „Abenteuer“ gesprochen. Bei Schneeregen "
    "fanden seine Spieler nur schwer ins Spiel, die Almtaler gingen durch Peter Lindner in der 31. Minute in "
    "Führung. Doch nach der Pause drehte Ennsfeld die Partie, Tobias Reiter glich per Freistoß aus (64.), "
    "der eingewechselte Simon Huber traf in der 89. Minute zum 2:1-Endstand. Die Mühlviertler holen erstmals in "
    "der Vereinsgeschichte den Cup und spielen im Sommer international. Kapitän Reiter kämpfte nach dem "
    "Schlusspfiff mit den Tränen. Die Mannschaft wird am Freitag um 18 Uhr am Hauptplatz empfangen.")


def test_a_cup_final_told_from_the_stands_leads_with_the_win_and_says_the_result():
    said = _item("Union Ennsfeld holt erstmals den Cup", CUP_FINAL_TOLD_FROM_THE_STANDS)
    assert said.startswith("Union Ennsfeld hat erstmals den Cup geholt"), said
    assert "Nach der Pause drehte Ennsfeld die Partie, Tobias Reiter glich per Freistoß aus" in said, said
    assert "zum 2:1-Endstand" in said and "Doch" not in said, said


LAST_DAY_TOLD_FROM_THE_SEASON = (
    "Gmünd (APA) – Seit dem Herbst hatte der SC Waldviertel kein Heimspiel mehr gewonnen, der Trainer war im "
    "Februar entlassen worden, und vor der letzten Runde fehlten dem Klub zwei Punkte auf das rettende Ufer. "
    "Rund 2.100 Zuschauer waren am Samstagnachmittag ins Stadion gekommen. Gegner SV Ybbstal ging kurz vor der "
    "Pause durch Markus Hofer in Führung. Erst der eingewechselte Lukas Brandl glich in der 80. Minute aus. In "
    "der Nachspielzeit verwandelte Kapitän Florian Weiß dann einen Elfmeter zum 2:1-Endstand und sicherte "
    "damit den Klassenerhalt. Die neue Saison beginnt am 2. August.")


def test_a_clubs_rescue_leads_from_its_headline_in_the_perfect_with_its_article():
    assert headline_sentence("SC Waldviertel rettet sich am letzten Spieltag")  # a club, not a label
    assert not headline_sentence("ANALYSE Die Regierung spart beim Heer")
    said = _item("SC Waldviertel rettet sich am letzten Spieltag", LAST_DAY_TOLD_FROM_THE_SEASON)
    assert said.startswith("Der SC Waldviertel hat sich am letzten Spieltag gerettet"), said
    assert "verwandelte Kapitän Florian Weiß einen Elfmeter zum 2:1-Endstand" in said, said
    assert "kein Heimspiel mehr" not in said.split(".")[0], said


DIRECTOR_KICKER_WITHOUT_A_DAY = (
    "Villach (APA) – Zwölf Jahre lang hat Andrea Kofler das Kulturhaus am See in Villach geleitet, sie holte "
    "internationale Gastspiele nach Kärnten und verdreifachte die Zahl der Abonnements. Zuletzt lag sie "
    "allerdings mit der Stadt über Kreuz, die das Budget für die kommende Saison um ein Drittel gekürzt hatte. "
    "Nun zieht die Intendantin die Konsequenzen: Sie legt ihre Funktion mit Ende der Saison zurück, ein Jahr "
    "vor Ablauf ihres Vertrags. Der Kulturstadtrat bedauerte den Schritt. Die Stelle soll im Frühjahr "
    "ausgeschrieben werden.")


def test_a_kicker_naming_the_role_then_she_leads_with_the_headlines_office_and_her_name():
    said = _item("Intendantin des Kulturhauses am See tritt zurück", DIRECTOR_KICKER_WITHOUT_A_DAY)
    assert said.startswith("Die Intendantin des Kulturhauses am See, Andrea Kofler, legt ihre Funktion mit Ende "
                           "der Saison zurück"), said
    assert "Nun zieht" not in said and "Sie legt" not in said, said


def test_the_background_read_after_the_news_is_not_itself_taken_for_news():
    from bulletin.text.day_news import background_lead
    from bulletin.text.pronoun_news import named_news
    from bulletin.text.units import Unit
    assert background_lead("Elf Jahre lang hat Max Muster das Stadttheater geleitet.")
    lead = Unit(0, "Elf Jahre lang hat Max Muster das Stadttheater in Wels geleitet.")
    quarrel = Unit(1, "Zuletzt lag er allerdings mit der Stadt über Kreuz, die das Budget gekürzt hatte.", needs=0)
    assert named_news([lead, quarrel]) is None


AUDIT_SOURCE_AFTER_FIGURES = (
    "Klagenfurt (APA) – Patientinnen und Patienten in den Kärntner Landeskliniken müssen auf planbare Eingriffe "
    "wie Hüft- oder Knieoperationen deutlich länger warten als noch vor fünf Jahren. Im Schnitt vergingen 2024 "
    "zwischen Zuweisung und Operation 131 Tage, 2019 waren es noch 70 Tage gewesen. Das geht aus einem am "
    "Dienstag veröffentlichten Prüfbericht des Rechnungshofs hervor, der die Jahre 2019 bis 2024 umfasst. "
    "Besonders lang seien die Wartezeiten bei Eingriffen an der Wirbelsäule, heißt es darin. Als Hauptgrund "
    "nennen die Prüfer fehlendes Anästhesiepersonal. Der Rechnungshof empfiehlt eine landesweite Warteliste. "
    "Die zuständige Landesrätin kündigte an, die Empfehlungen rasch umzusetzen.")


def test_the_primary_source_after_the_figures_is_the_credit_not_the_agency():
    said = _item("Wartezeiten auf Operationen in Kärntner Kliniken fast verdoppelt", AUDIT_SOURCE_AFTER_FIGURES)
    assert "Das geht aus einem am Dienstag veröffentlichten Prüfbericht des Rechnungshofs hervor." in said, said
    assert "Nachrichtenagentur" not in said and "umfasst" not in said, said
    assert said.index("131 Tage") < said.index("Rechnungshofs"), said


CUP_WIN_TOLD_FROM_THE_PITCH = (
    "Pinkafeld (APA) – Auf dem Sportplatz des SC Pinkafeld haben an normalen Spieltagen kaum 500 Zuschauer "
    "Platz. Am Mittwochabend drängten sich 1.900 Menschen auf Zusatztribünen, der Verein hatte eigens mobile "
    "Tribünen angemietet. Die Burgenländer, Tabellenachter der Regionalliga Ost, empfingen im Achtelfinale des "
    "ÖFB-Cups den Bundesligisten SV Ried. Schon nach zwei Minuten hatten die Gäste die erste Großchance, doch "
    "Pinkafeld-Tormann Max Huber parierte. Ried bestimmte das Spiel und ging in der 29. Minute durch Kapitän "
    "Paul Maier in Führung, nach der Pause glich Verteidiger Jakob Wolf per Kopf aus (61.). In der "
    "Nachspielzeit traf dann der eingewechselte 18-jährige Elias Berger aus 16 Metern zum 2:1 und schoss den "
    "Regionalligisten ins Viertelfinale. Die Auslosung des Viertelfinales findet am Sonntag statt.")


def test_a_cup_win_whose_headline_leads_says_the_winning_goal_next_not_the_crowd():
    said = _item("Regionalligist Pinkafeld stürmt ins Cup-Viertelfinale", CUP_WIN_TOLD_FROM_THE_PITCH)
    third = said.split(". ")[2]  # (since stop 69 after the opponent: test_items_set57)
    assert third.startswith("In der Nachspielzeit traf der eingewechselte 18-jährige Elias Berger"), said
    assert "traf dann" not in said, said


MAYOR_NAMED_ONLY_BY_AGE_ON_HIS_DAY = (
    "Zwettl/St. Pölten – Seit 2008 stand er an der Spitze der Gemeinde Rotenbach, viermal wurde er "
    "wiedergewählt. Im Sommer geriet der ÖVP-Politiker dann unter Druck: Grundstücke seines Bruders waren "
    "umgewidmet worden. Er selbst hatte stets betont, bei den Abstimmungen den Saal verlassen zu haben. Am "
    "Dienstag trat der 58-Jährige nun zurück. Auslöser dürfte ein Prüfbericht des Landes gewesen sein, der "
    "von Verstößen gegen die Befangenheitsregeln spricht. Bis zur Neuwahl führt der Vizebürgermeister die "
    "Amtsgeschäfte.")


def test_a_resignation_told_by_age_is_said_with_the_headlines_office_holder():
    from bulletin.text.offices import by_office
    assert by_office(("Affäre kostet Bürgermeister Karl Brunner das Amt",), "Karl Brunner") == \
        "Der Bürgermeister Karl Brunner"
    said = _item("Umwidmungsaffäre kostet Bürgermeister Karl Brunner das Amt", MAYOR_NAMED_ONLY_BY_AGE_ON_HIS_DAY)
    # (since stop 69 with his town and the affair: test_items_set57)
    assert said.startswith("Der Bürgermeister von Rotenbach, Karl Brunner, trat am Dienstag"), said
    assert "58-Jährige" not in said, said


def test_a_count_corrected_after_a_colon_is_said_as_the_latest_count():
    from bulletin.text.corrected import latest_said
    first = ("Zunächst war von mehr als 15 Verletzten die Rede, am Abend korrigierte die Polizei die Zahl nach "
             "unten: Neun Personen wurden verletzt, eine davon schwer.")
    assert latest_said(first) == "Die Polizei spricht inzwischen von neun Verletzten, eine davon schwer."
    then = "Zunächst war von zwölf Verletzten die Rede, inzwischen korrigierte die Polizei die Zahl auf sieben."
    assert latest_said(then) == "Die Polizei spricht von sieben Verletzten."  # (the older form, as before)

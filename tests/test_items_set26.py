"""Items a news editor would air unchanged (issue 16, twenty-sixth and later held-out sets).
A standfirst of two sentences tells two facts; its second ("Rund 30 Häuser mussten geräumt
werden.") weighs in the body sentence telling it, as the whole standfirst's does. A dpa dateline
with a hyphen after a headline is never read. "Das Ministerium wies das zurück." and "Bei der Liga
sieht man das anders." point back; "Der Rückgang setzt sich fort." in a standfirst points at
nothing heard; a lead telling only that a statistic was presented is followed by by how much it
changed; "die Kosten für ein Girokonto" speaks of any account; "Auf einzelnen Strecken" of some lines told before; "dem Schock" comes with the goal that caused it. Invented copy."""

from __future__ import annotations

from dataclasses import replace

from bulletin.text.asked_for import human_toll
from bulletin.text.condense import condense
from bulletin.text.connectives import without_recap_marker
from bulletin.text.findings import findings
from bulletin.text.news import reports_event
from bulletin.text.opening import read_opening
from bulletin.text.pointing import event_told_in, inside_reference
from bulletin.text.self_promotion import EVENT_NOTE, invites_to_event
from bulletin.text.teasers import announcing, readable_standfirst, without_kicker
from bulletin.text.units import readable_units
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


STATISTIC = ("Weniger offene Stellen in der Pflege: Ministerium legt Halbjahresbilanz vor",
             "Der Rückgang setzt sich fort. Die Opposition spricht von Schönfärberei, Verbände verlangen Aufklärung.",
             "Musterstadt – Das Sozialministerium hat am Montag seine Pflegestatistik für das erste Halbjahr "
             "2026 vorgelegt. Ministerin Eva Muster sprach bei einer Pressekonferenz von einer „Trendwende, die "
             "hält“. Die Zahl der offenen Stellen in der Pflege gehe seit mehr als zwei Jahren zurück.",
             "Ende Juni waren laut Ministerium 4.120 Stellen offen, um 21 Prozent weniger als im Vorjahr. Die "
             "meisten davon entfielen auf Heime in Wien und Niederösterreich.",
             "Die Gewerkschaft warf der Ministerin Schönfärberei vor. Das Ministerium wies das zurück.")


def test_after_a_presented_statistic_by_how_much_it_changed_weighs_and_pointing_back_needs_its_sentence():
    for pointing in ("Das Ministerium wies das zurück.", "Bei der Liga sieht man das anders.",
                     "Die Firma lehnte dies ab."):
        assert inside_reference(pointing), pointing
    for not_pointing in ("Er schloss das Tor ab.", "Sie kündigte das Buch an."):
        assert not inside_reference(not_pointing), not_pointing
    units = readable_units(read_opening(STATISTIC))
    assert units[0].text.startswith("Das Sozialministerium hat am Montag")
    changed = [u.index for u in units if "um 21 Prozent weniger" in u.text]
    assert changed and findings(units) == changed
    decided = ("Das Sozialministerium hat am Montag eine Pflegereform beschlossen. Ministerin Eva Muster sprach "
               "von einem Meilenstein. Die Zahl der offenen Stellen ist um 21 Prozent gesunken.",)
    assert findings(readable_units(read_opening(decided))) == []  # the lead tells news of its own
    # the standfirst's "Der Rückgang" points at nothing the lead told; "das" at the reproach
    assert not any("Der Rückgang" in u.text for u in units)
    rejected = next(u for u in units if "wies das zurück" in u.text)
    assert "Schönfärberei vor" in units[rejected.needs].text
    text = condense(replace(article(*STATISTIC), source="derstandard.at"), 24, estimate).text
    assert "um 21 Prozent weniger als im Vorjahr" in text and "Der Rückgang" not in text


FLIGHTS = ("Flughafen Musterstadt verliert Verbindung nach Frankfurt Ab November fliegt keine Linienmaschine mehr "
           "von Musterstadt nach Frankfurt. Die Wirtschaft ist alarmiert. Musterstadt – Die Fluglinie Beispielair "
           "stellt mit Ende Oktober ihre Verbindung zwischen Musterstadt und Frankfurt ein. Das bestätigte ein "
           "Sprecher der Airline am Dienstag. Die Strecke war zuletzt die wichtigste Linienverbindung des "
           "Flughafens. Die Wirtschaftskammer zeigte sich alarmiert. Die Maschinen seien zuletzt nur zu 58 "
           "Prozent besetzt gewesen, sagte der Sprecher.",)


def test_a_headline_glued_to_a_standfirst_opening_with_a_preposition_is_split_and_a_teasers_line_the_body_says_is_not_read():
    opening = read_opening(FLIGHTS)
    assert opening.sentences[:2] == ("Flughafen Musterstadt verliert Verbindung nach Frankfurt.",
                                     "Ab November fliegt keine Linienmaschine mehr von Musterstadt nach Frankfurt.")
    units = readable_units(opening)
    assert units[0].text.startswith("Die Fluglinie Beispielair stellt")
    assert not any(u.text == "Die Wirtschaft ist alarmiert." for u in units)  # the chamber says it, named
    assert any(u.text == "Die Wirtschaftskammer zeigte sich alarmiert." for u in units)


def test_a_headlines_second_half_after_a_dash_is_not_read_after_the_lead():
    copy = ("Skispringen: Anna Muster triumphiert am Bergisel – Tournee-Führung wackelt Innsbruck – Anna Muster "
            "hat das dritte Springen der Tournee in Innsbruck gewonnen. Für Muster ist es der erste Tagessieg bei "
            "einer Tournee. In der Gesamtwertung liegt weiterhin die Norwegerin Eva Probe voran.")
    assert not readable_standfirst("Anna Muster triumphiert am Bergisel – Tournee-Führung wackelt.")
    assert readable_standfirst("Die Stadt baut ein Bad – es kostet zwölf Millionen Euro.")
    text = condense(article(copy), 30, estimate).text
    assert "wackelt" not in text and text.startswith("Anna Muster hat das dritte Springen")


RAIN = ("Starkregen wird heftiger",
        "Ein Musterstädter Forschungsteam hat Radardaten aus mehr als zwei Jahrzehnten ausgewertet. Das Ergebnis "
        "dürfte Stadtplaner beunruhigen.",
        "Musterstadt (dpa) - Kurze, heftige Regengüsse haben in Mitteleuropa in den vergangenen Jahrzehnten "
        "deutlich an Wucht gewonnen. Das geht aus einer Studie der Universität Musterstadt hervor, die am "
        "Mittwoch erschienen ist.",
        "Die Forschenden hatten Daten von 900 Stationen aus den Jahren 2001 bis 2024 ausgewertet. Demnach "
        "hat die Regenmenge bei den stärksten Ereignissen um 17 Prozent zugenommen.")


def test_a_standfirst_telling_only_how_a_study_was_made_does_not_lead_before_what_it_found():
    text = condense(replace(article(*RAIN), source="derstandard.at"), 25, estimate).text
    assert text.startswith("Kurze, heftige Regengüsse haben in Mitteleuropa")
    assert "Das Ergebnis dürfte" not in text  # a result nobody told


def test_anyones_bad_luck_does_not_lead_before_what_happened_and_a_presented_measurement_brings_its_finding():
    outage = ("Wer am Montagvormittag seine Steuererklärung machen oder sich bei seiner Bank anmelden wollte, hatte "
              "Pech. Die digitale Identität Muster-ID war von 7.40 bis etwa 12.50 Uhr nicht nutzbar. Betroffen "
              "waren alle Dienste, bei denen man sich damit ausweisen muss.")
    assert condense(article(outage), 20, estimate).text.startswith("Die digitale Identität Muster-ID war")
    trains = ("Wer im Zug telefonieren will, braucht weiter viel Geduld. Die Netzagentur hat die Versorgung auf "
              "rund 14.000 Kilometern Bahnstrecke gemessen und am Montag die Ergebnisse vorgelegt. Demnach gab es "
              "auf 31 Prozent der Strecke keine stabile Verbindung. Bis Ende 2027 müssen alle Strecken versorgt "
              "sein. Auch die Bahn sieht großen Handlungsbedarf bei der Versorgung.")
    text = condense(replace(article(trains), source="derstandard.at"), 18, estimate).text
    assert text.startswith("Die Netzagentur hat die Versorgung") and "auf 31 Prozent der Strecke" in text


def test_the_papers_own_earlier_report_is_not_mentioned_after_the_lead():
    for written, said in (
            ("Wie berichtet, waren in der Nacht auf Sonntag rund 6.000 Kubikmeter Fels abgebrochen.",
             "In der Nacht auf Sonntag waren rund 6.000 Kubikmeter Fels abgebrochen."),
            ("Wie gemeldet, hatten Unbekannte einen Kabelschacht in Brand gesetzt.",
             "Unbekannte hatten einen Kabelschacht in Brand gesetzt."),
            ("Wie gemeldet, hat die Europäische Zentralbank den Leitzins gesenkt.",
             "Die Europäische Zentralbank hat den Leitzins gesenkt."),
            ("Wie berichtet, hat sich die Lage beruhigt.", "Wie berichtet, hat sich die Lage beruhigt.")):
        assert without_recap_marker(written) == said
    copy = ("Die Musterstraße bleibt für mindestens drei Wochen gesperrt. Das gab das Land am Dienstag bekannt. "
            "Wie berichtet, waren in der Nacht auf Sonntag rund 6.000 Kubikmeter Fels auf die Straße gestürzt. "
            "Verletzt wurde niemand.")
    text = condense(article(copy), 30, estimate).text
    assert "In der Nacht auf Sonntag waren rund 6.000 Kubikmeter Fels" in text and "Wie berichtet" not in text


def test_a_line_announcing_what_follows_is_not_read_and_a_forest_fire_is_a_disaster_whose_dead_weigh():
    assert announcing("Auch Österreich hilft.") and announcing("Für den Verkehr hat die Sperre weitreichende Folgen.")
    assert not announcing("Auch andere Unternehmen sind betroffen.")  # a fact: others were hit too
    fires = ("Auf der Insel Musterinsel wüten seit Sonntag schwere Waldbrände. Im Einsatz stehen mehr als 600 "
             "Einsatzkräfte und 14 Löschflugzeuge. Auch Österreich hilft. Ein 71-jähriger Mann kam ums Leben. "
             "Eine Reisewarnung gibt es nicht.")
    assert human_toll("Auf der Insel wüten seit Sonntag schwere Waldbrände.", ["Ein Mann kam ums Leben."]) == [0]
    text = condense(article(fires), 12, estimate).text
    assert "kam ums Leben" in text and "Auch Österreich hilft" not in text


def test_an_invitation_to_an_event_with_its_tickets_is_an_announcement_not_news():
    concert = ("Die Musikkapelle Musterdorf lädt am Samstag, 21. März, um 19.30 Uhr zu ihrem Frühjahrskonzert in "
               "den Turnsaal der Mittelschule. Einlass ist ab 18.45 Uhr. Karten gibt es im Vorverkauf um 12 Euro, an "
               "der Abendkasse kosten sie 14 Euro. Für Speis und Trank ist gesorgt.")
    assert invites_to_event((concert,))
    assert condense(article(concert), 20, estimate).notes == (EVENT_NOTE,)
    # a council inviting the press is news, not an event with tickets
    assert not invites_to_event(("Der Bürgermeister lädt zu einer Pressekonferenz ein. Er tritt zurück.",))


def test_who_won_the_other_race_comes_only_with_that_race():
    race = ("Anna Muster hat am Freitag beim Weltcup in Musterberg den ersten Sieg ihrer Karriere gefeiert. Die "
            "24-Jährige setzte sich im Sprint ohne Schießfehler durch. Ihr bisher bestes Ergebnis war ein vierter "
            "Platz. Bei den Männern kam Max Probe im Sprint mit einem Schießfehler auf Rang elf. Der Sieg ging an "
            "den Schweden Lars Test.")
    for budget in (14, 16, 18):
        text = condense(article(race), budget, estimate).text
        assert "Der Sieg ging an" not in text or "Bei den Männern" in text, text


def test_a_present_state_that_is_news_leads_before_the_sentence_taking_it_for_known():
    wolf = ("Wolf im Bezirk Musterland gesichtet Im Bezirk Musterland ist ein Wolf unterwegs. Eine Wildkamera bei "
            "Musterdorf hat das Tier in der Nacht auf Mittwoch gegen 3.20 Uhr fotografiert, wie die Behörde "
            "bestätigte. Schäden an Nutztieren sind bisher nicht bekannt.")
    assert read_opening([wolf]).sentences[:2] == ("Wolf im Bezirk Musterland gesichtet.",
                                                  "Im Bezirk Musterland ist ein Wolf unterwegs.")
    assert condense(article(wolf), 20, estimate).text.startswith("Im Bezirk Musterland ist ein Wolf unterwegs.")


def test_a_state_changed_back_is_news_and_a_recap_never_takes_the_lead():
    water = ("Nach neun Tagen ist das Leitungswasser in der Gemeinde Musterdorf wieder ohne Einschränkungen "
             "trinkbar. Die Bezirkshauptmannschaft hob das Abkochgebot am Montagnachmittag auf, wie die Gemeinde "
             "mitteilte. Wie berichtet, waren bei einer Routinekontrolle Ende Jänner im Leitungsnetz Keime "
             "nachgewiesen worden. Rund 2.000 Menschen durften das Wasser seither nur abgekocht trinken.")
    assert reports_event("Das Wasser ist wieder trinkbar.")
    text = condense(article(water), 20, estimate).text
    assert text.startswith("Nach neun Tagen ist das Leitungswasser")


def test_a_kicker_pointing_back_in_the_body_is_not_read_and_the_daily_jam_is_no_news():
    assert without_kicker("Daran wird sich nichts ändern: Deutschland verlängert die Kontrollen.",
                          pointing_only=True) == "Deutschland verlängert die Kontrollen."
    for kept in ("Dazu der Text: Alle wählen so.", "Doch nun revidiert die Zeitung: Sie sei im siebten Monat."):
        assert without_kicker(kept, pointing_only=True) == kept
    border = ("Wer am Morgen von Musterstadt nach Bayern pendelt, braucht weiterhin Geduld. Staus von 30 bis 40 "
              "Minuten gehören an vielen Tagen zum Alltag. Daran wird sich so bald nichts ändern: Deutschland "
              "verlängert die Kontrollen an der Grenze zu Österreich um weitere sechs Monate. Das "
              "Bundesinnenministerium hat die Verlängerung bei der EU-Kommission notifiziert.")
    text = condense(article(border), 20, estimate).text
    assert text.startswith("Deutschland verlängert die Kontrollen")


def test_an_event_named_as_known_comes_only_with_the_sentence_telling_it():
    assert event_told_in("Er wurde bei dem Zusammenstoß verletzt.", ["", "Er hat ein Boot gerammt."],
                         "Ein Mann ist verurteilt worden.") == [1]
    assert event_told_in("Er wurde bei dem Zusammenstoß verletzt.", ["Er hat ein Boot gerammt."],
                         "Bei einem Zusammenstoß ist ein Mann verletzt worden.") == []  # the lead told it
    trial = ("Ein 47-jähriger Bootsfahrer ist am Mittwoch am Landesgericht Musterstadt wegen fahrlässiger Tötung "
             "zu zwölf Monaten bedingter Haft verurteilt worden. Der Unternehmer hatte im August mit seinem Boot "
             "ein Segelboot gerammt, ein Segler kam dabei ums Leben. Das Urteil ist nicht rechtskräftig. Der "
             "Bei dem Zusammenstoß erlitt auch ein Mitfahrer schwere Verletzungen. Der Angeklagte war geständig.")
    units = readable_units(read_opening([trial]))
    rammed = next(u.index for u in units if "gerammt" in u.text)
    collision = next(u for u in units if "Zusammenstoß" in u.text)
    assert rammed in (collision.needs, *collision.or_else, *collision.also)


def test_costs_for_any_account_are_no_thing_told_before_so_the_standfirst_leads():
    fees = ("Die Gebühren für ein Sparbuch sind im Jahresvergleich erneut gestiegen. Das zeigt ein Test der "
            "Musterkammer Wien.",
            "Musterstadt – Die MK hat für ihren jährlichen Vergleich im März die Gebühren von 31 Sparbüchern bei 12 "
            "Banken in Wien erhoben. Berechnet wurden die Gebühren für einen Musterkunden mit 40 Buchungen pro Jahr. "
            "Ein Sparbuch kostet demnach im Schnitt 41 Euro im Jahr, um 7,5 Prozent mehr als vor einem Jahr. Die "
            "Inflation lag im gleichen Zeitraum bei 3,0 Prozent.")
    text = condense(article(*fees), 20, estimate).text
    assert text.startswith("Die Gebühren für ein Sparbuch sind im Jahresvergleich erneut gestiegen."), text


def test_some_of_those_told_before_point_back():
    assert inside_reference("Auf einzelnen Strecken sollen Ersatzbusse bereitstehen.")
    assert inside_reference("Einzelne Verbindungen fallen aus.")
    assert not inside_reference("Eine einzelne Person kann eine Lawine auslösen.")
    ice = ("Eisregen legt am Donnerstag Teile des Musterlands lahm. Der Wetterdienst hat die höchste Warnstufe "
           "ausgegeben. Die Bahn rechnet mit Zugausfällen auf der Musterbahn, weil sich Eis auf den Oberleitungen "
           "bilden könne. Auf einzelnen Strecken sollen Diesellokomotiven bereitstehen.")
    units = readable_units(read_opening([ice]))
    diesel = next(u for u in units if "Diesellokomotiven" in u.text)
    assert diesel.needs == next(u.index for u in units if "Oberleitungen" in u.text)


def test_the_fright_after_a_goal_comes_only_with_the_goal():
    assert event_told_in("Musterdorf brauchte lange, um sich von dem Schock zu erholen.",
                         ["", "Max Probe schob in der 9. Minute zum 0:1 ein."],
                         "Der TSV Musterdorf hat das Derby mit 3:1 gewonnen.") == [1]
    derby = ("Vor 500 Zuschauern hat der TSV Musterdorf das Derby gegen den SV Beispielbach mit 3:1 gewonnen. "
             "Matchwinner war Stürmer Paul Test, der zweimal traf. Die Gäste erwischten den besseren Start. Nach "
             "einem Ballverlust im Mittelfeld lief Beispielbachs Kapitän Max Probe allein auf das Tor zu und schob in "
             "der 9. Minute flach zum 0:1 ein. Musterdorf brauchte eine Viertelstunde, um sich von dem Schock zu "
             "erholen. Nach der Pause drückte der TSV auf die Führung.")
    for budget in (16, 20, 24):
        text = condense(article(derby), budget, estimate).text
        assert "Schock" not in text or "zum 0:1" in text, text

"""Items a news editor would air unchanged (issue 16, nineteenth held-out set). A feature's scene
may run longer than a standfirst before its dateline ("... sagt Huber. Innsbruck – Die Hütte ist
kein Einzelfall."): the dateline is still taken off and the body leads; "österreichweit sind es
mehr als 30" counts what its own sentence named; "Dies sei nicht finanzierbar, so Huber." needs
both the sentence naming Huber and the one "Dies" points to. "Die Entdeckung gelang ..." takes for
known the standfirst's "entdeckt", so the standfirst leads; "Entdeckt hat das Leck X" never leads;
"Persönliche Daten von ... Nutzern waren ... abrufbar" is prose and news. Invented copy."""

from __future__ import annotations

from bulletin.text.antecedents import definite_nouns, mentions
from bulletin.text.asked_for import human_toll, jobs_cut, race_margin
from bulletin.text.colour import says_little
from bulletin.text.condense import condense
from bulletin.text.credits import can_carry_credit
from bulletin.text.datelines import with_state_named
from bulletin.text.genre import home_angle, home_words, result_before_goal
from bulletin.text.grammar import opening_reference
from bulletin.text.news import reports_event
from bulletin.text.opening import read_opening
from bulletin.text.pointing import inside_reference
from bulletin.text.standfirst_read import adds_to_lead
from bulletin.text.units import readable_units
from bulletin.text.verdicts import verdict
from tests.item_copy import article, estimate

HUT = ("Wenn Maria Beispiel um sechs Uhr früh den Wasserhahn in der Küche der Musterhütte aufdreht, hört sie nur ein "
       "Gurgeln. Dann kommt ein dünner Strahl, manchmal auch gar nichts. Seit 20 Jahren bewirtschaftet die 55-Jährige "
       "die Schutzhütte auf 2.500 Metern Seehöhe im hinteren Musterstal, so trocken sei es noch nie gewesen. Nun zieht "
       "sie die Konsequenzen: Die Hütte sperrt am 20. August zu. „Ohne Wasser kann ich nicht kochen“, sagt Beispiel. "
       "Innsbruck – Die Musterhütte ist kein Einzelfall. Laut Alpenverein sind in Tirol zehn Schutzhütten von "
       "Wasserknappheit betroffen, österreichweit sind es mehr als 25. Einige Hütten lassen Wasser per Hubschrauber "
       "anliefern, was pro Flug bis zu 1.500 Euro koste. Dies sei auf Dauer nicht finanzierbar, so Hüttenreferent "
       "Franz Muster. Der Alpenverein fordert ein Förderprogramm für Regenwasserspeicher.")


def test_a_dateline_after_a_feature_s_long_scene_is_never_read_and_the_body_leads():
    opening = read_opening([HUT])
    assert opening.place == "Innsbruck"
    assert not any(sentence.startswith("Innsbruck") for sentence in opening.sentences)
    text = condense(article(HUT), 30, estimate).text
    assert "Innsbruck –" not in text
    assert text.startswith("Laut Alpenverein sind in Tirol zehn Schutzhütten")


def test_a_count_of_what_its_own_sentence_named_points_to_nothing_before():
    assert inside_reference("In Tirol sind zehn Hütten betroffen, österreichweit sind es mehr als 25.") == ""
    assert inside_reference("Im Vorjahr waren es rund 2,4 Millionen gewesen.") == "waren"


SPEAKER = ("Der Alpenverein schlägt Alarm. Laut Hüttenreferent Franz Muster sind in Tirol zehn Hütten ohne Wasser. "
           "Der schneearme Winter habe die Quellen austrocknen lassen. Der Verein fordert ein Förderprogramm von Bund "
           "und Ländern für Regenwasserspeicher, die Kosten werden auf 15 Millionen Euro geschätzt. Einige Hütten "
           "lassen Wasser inzwischen per Hubschrauber anliefern, was pro Flug bis zu 1.500 Euro koste. Dies sei auf "
           "Dauer nicht finanzierbar, so Muster.")


def test_a_pointing_word_in_reported_speech_needs_the_sentence_before_besides_the_speaker():
    for seconds in (15, 25, 35):
        text = condense(article(SPEAKER), seconds, estimate).text
        assert "Dies sei" not in text or "per Hubschrauber" in text


GLACIER = ("Grazer Forscherinnen und Forscher haben in Gletschereis Bakterien entdeckt, die Kunststoffe zersetzen können "
           "– und das bei Temperaturen knapp über dem Gefrierpunkt. Die Entdeckung gelang einem Team um die Biologin "
           "Anna Muster von der Universität Graz. Die Wissenschafter hatten an zwei Gletschern Proben entnommen. Die "
           "Ergebnisse wurden nun in einem Fachjournal veröffentlicht.")


def test_the_noun_of_a_verb_the_standfirst_told_takes_it_for_known_so_the_standfirst_leads():
    assert mentions("Forscher haben Bakterien entdeckt.", "Entdeckung")
    assert mentions("Die Stadt hat eine Reform angekündigt.", "Ankündigung")
    assert not mentions("Forscher haben Bakterien gefunden.", "Entdeckung")
    text = condense(article(GLACIER), 30, estimate).text
    assert text.startswith("Grazer Forscherinnen und Forscher haben in Gletschereis Bakterien entdeckt")


LEAK = ("Persönliche Daten von rund 20.000 Nutzern einer Grazer Park-App waren wochenlang frei im Netz abrufbar. "
        "Betroffen sind Namen und Kennzeichen. Entdeckt hat das Leck der Sicherheitsforscher Paul Beispiel, der bei "
        "einer Prüfung auf eine ungeschützte Datenbank gestoßen war. Das Unternehmen bestätigte den Vorfall am "
        "Montag. Die Datenbank sei innerhalb von zwei Stunden gesperrt worden, teilte Geschäftsführerin Eva Muster "
        "mit.")


def test_who_found_what_was_told_never_leads_and_a_plural_without_article_is_prose():
    assert reports_event(LEAK.split(". ")[0] + ".")
    text = condense(article(LEAK), 25, estimate).text
    assert text.startswith("Persönliche Daten von rund 20.000 Nutzern einer Grazer Park-App waren")


def test_daran_darin_daraus_point_back_unless_a_clause_follows():
    assert inside_reference("Genau daran stößt sich die Opposition.") == "daran"
    assert inside_reference("Die Opposition sieht darin ein Wahlgeschenk.") == "darin"
    assert inside_reference("Sie erinnerte daran, dass die Frist endet.") == ""


def test_dagegen_before_a_clause_is_a_contrast_unless_the_verb_takes_gegen():
    assert inside_reference("Italien begrüßte dagegen, dass der Kompromiss keine Hürden schaffe.") == "dagegen"
    assert inside_reference("Die Opposition wehrt sich dagegen, dass die Frist fällt.") == ""
    assert inside_reference("ÖVP und FPÖ stimmten dagegen, die NEOS enthielten sich.") == ""


MATCH = ("Sturm Musterstadt hat im Schlager der 20. Runde Rapid mit 3:1 besiegt und die Tabellenführung ausgebaut. "
         "Graz – Vor 12.000 Zuschauern brachte Max Beispiel die Hausherren in der 19. Minute per Kopf in Führung. Rapid "
         "antwortete kurz vor der Pause: Leon Muster traf zum 1:1. „Da waren wir zu passiv“, haderte Trainer Tom "
         "Muster. Sturm liegt damit vier Punkte vor Salzburg. Am kommenden Wochenende gastiert Sturm in Hartberg.")


def test_a_standfirst_with_the_result_leads_before_the_first_goal_and_brings_the_standings():
    opening = read_opening([MATCH])
    assert result_before_goal(opening.sentences[0], opening.sentences[1])
    assert not result_before_goal("Sturm hat gewonnen.", "Max Beispiel traf in der 19. Minute.")
    text = condense(article(MATCH), 30, estimate).text
    assert text.startswith("Sturm Musterstadt hat im Schlager der 20. Runde Rapid mit 3:1 besiegt")
    units = readable_units(opening)
    assert any(unit.text.startswith("Sturm liegt damit vier Punkte") for unit in units)


HAIL = ("Ein schweres Hagelunwetter ist am Dienstagabend über die Süd- und Oststeiermark gezogen. Die Feuerwehren "
        "standen bis in die Nacht im Einsatz. Musterstadt – Innerhalb von nur 20 Minuten fielen im Bezirk Musterland "
        "Hagelkörner mit bis zu fünf Zentimetern Durchmesser. Laut Landesfeuerwehrverband rückten 1.200 "
        "Feuerwehrleute zu rund 400 Einsätzen aus. Verletzt wurde niemand.")


def test_a_standfirst_telling_when_leads_before_a_detail_told_without_a_time():
    assert definite_nouns("Ein Unwetter ist über die Süd- und Oststeiermark gezogen.") == []
    text = condense(article(HAIL), 30, estimate).text
    assert text.startswith("Ein schweres Hagelunwetter ist am Dienstagabend über die Süd- und Oststeiermark gezogen")


FERRY = ("Vor der Küste Norwegens ist am Mittwochabend eine Fähre mit 300 Menschen an Bord auf Grund gelaufen. "
         "Alle Passagiere konnten nach Angaben der Rettungsleitstelle in Sicherheit gebracht werden, zwölf Personen "
         "wurden leicht verletzt. Die „Musterfjell“ war auf dem Weg von Bergen nach Florø, als sie gegen 19.40 Uhr "
         "einen Felsen rammte. Das Schiff bekam Schlagseite, Wasser drang in den Maschinenraum ein. Die Ursache ist "
         "noch unklar.")


def test_after_an_accident_what_it_did_to_people_comes_before_how_it_happened():
    assert human_toll("Eine Fähre ist auf Grund gelaufen.", ["Sie rammte einen Fels.", "Niemand wurde verletzt."]) == [1]
    assert human_toll("Der Landtag hat das Gesetz beschlossen.", ["Niemand wurde verletzt."]) == []
    text = condense(article(FERRY), 26, estimate).text
    assert "in Sicherheit gebracht" in text


PAY = ("Die Gehälter der rund 40.000 Beispielangestellten steigen ab Jänner um durchschnittlich 3,2 Prozent. Darauf "
       "haben sich die Sozialpartner in der Nacht auf Donnerstag geeinigt. Wien – Nach mehr als zwölf Stunden "
       "Verhandlung ist der Durchbruch gelungen: Die Mindestgehälter werden um 3,4 Prozent erhöht, die Ist-Gehälter "
       "um 3,0 Prozent. Zudem gibt es einen zusätzlichen freien Tag. Der Abschluss gilt für zwölf Monate.")


def test_a_body_kicker_taking_the_standfirst_for_known_lets_the_standfirst_lead():
    assert opening_reference("Die Gehälter der rund 40.000 Beispielangestellten steigen um 3,2 Prozent.") == ""
    text = condense(article(PAY), 30, estimate).text
    assert text.startswith("Die Gehälter der rund 40.000 Beispielangestellten steigen ab Jänner")


def test_a_setting_named_before_a_colon_with_its_verb_only_in_a_relative_clause_is_not_read():
    setting = "Ein Mietshaus in Musterstadt, in dem nur noch drei Wohnungen bewohnt sind: Der Rest steht leer."
    assert verdict(1, ["Das Stück feierte Premiere.", setting])[1] == "a setting without a verb"
    assert verdict(1, ["Das Stück feierte Premiere.", "Eine Gemeinde wehrt sich: Die Bürger protestieren."])[1] == ""


MATURA = ("Bei der Mathematik-Matura sind heuer deutlich weniger Schüler durchgefallen als im Vorjahr. An den AHS lag "
          "die Quote bei 8,4 Prozent. Das geht aus den Ergebnissen hervor, die das Ministerium am Dienstag "
          "veröffentlicht hat. Im Vorjahr waren es noch 11,2 Prozent gewesen. An den BHS sank der Anteil von 13,6 auf "
          "10,9 Prozent. Rund 41.000 Schüler waren Anfang Mai zur Klausur angetreten. Minister Max Muster zeigte sich "
          "erfreut, die Aufgaben seien fair gewesen. Er kündigte an, die Matura dennoch zu überarbeiten: Künftig "
          "sollen mehr Aufgaben aus dem Alltag kommen, etwa zu Krediten, Statistik oder Energieverbrauch. „Mathematik "
          "ist kein Selbstzweck“, sagte Muster. Eine Arbeitsgruppe soll bis Jahresende Vorschläge vorlegen. "
          "Lehrervertreter reagierten zurückhaltend.")


def test_proposals_on_nothing_named_and_a_reaction_without_content_are_not_filler():
    assert says_little("Lehrervertreter reagierten zurückhaltend.")
    plans = next(unit for unit in readable_units(read_opening([MATURA])) if "Vorschläge" in unit.text)
    assert plans.also == (plans.index - 1,)  # read only after the sentence before it
    for seconds in (20, 25, 30):
        text = condense(article(MATURA), seconds, estimate).text
        assert "Vorschläge vorlegen" not in text or "überarbeiten" in text
        assert "zurückhaltend" not in text


JOBS = ("Die Arbeitslosigkeit ist im März erneut gestiegen. Besonders betroffen ist der Bau. Wien – Beim "
        "Arbeitsmarktservice waren Ende März 281.460 Personen arbeitslos gemeldet, dazu kamen 60.020 Personen in "
        "Schulungen. Die Arbeitslosenquote stieg um 0,3 Prozentpunkte auf 7,5 Prozent. Am stärksten war der Anstieg "
        "am Bau.")


def test_a_plain_standfirst_leads_before_an_opener_of_raw_figures():
    text = condense(article(JOBS), 30, estimate).text
    assert text.startswith("Die Arbeitslosigkeit ist im März erneut gestiegen")
    assert "281.460" in text


def test_that_a_decision_met_criticism_without_whose_is_a_reaction_without_content():
    assert says_little("In Österreich stieß die Entscheidung auf Kritik.")
    assert says_little("Die Entscheidung stieß in Österreich auf scharfe Kritik.")
    assert not says_little("Der Vorschlag stieß bei SPÖ-Chef Max Muster auf Ablehnung.")


PAPER = ("Nach 100 Jahren ist Schluss mit Papier: Der „Musterbote“ erscheint Ende Juni zum letzten Mal gedruckt. Die "
         "Wochenzeitung wird künftig nur noch online angeboten. Das gab der Herausgeber am Mittwoch bekannt. Grund "
         "seien gestiegene Kosten. Die Redaktion übersiedelt in ein kleineres Büro am Hauptplatz. Der Verlag bietet "
         "ein Digitalabo um 5,90 Euro an. Von den derzeit 30 Beschäftigten verlieren zwölf ihren Arbeitsplatz, vor "
         "allem im Vertrieb.")


def test_jobs_lost_gain_and_news_from_now_on_is_no_scene():
    assert jobs_cut("Die Zeitung wird eingestellt.", ["Grund sind Kosten.", "14 der 38 Arbeitsplätze fallen weg."]) == [1]
    assert jobs_cut("Die Zeitung wird eingestellt.", ["Wie viele der 150 Mitarbeiter ihren Job verlieren, ist offen."]) \
        == []
    text = condense(article(PAPER), 20, estimate).text
    assert "Die Wochenzeitung wird künftig nur noch online angeboten." in text
    assert "verlieren zwölf ihren Arbeitsplatz" in text


def test_a_side_s_reaction_in_a_teaser_s_words_is_not_read_after_the_lead():
    bonus = ("Die Regierung will pflegenden Angehörigen ab Juli mehr zahlen. Die Opposition spricht von einem „Tropfen "
             "auf den heißen Stein“. Wien – Der Angehörigenbonus soll von 1.500 auf 2.100 Euro steigen. Das hat "
             "Ministerin Eva Muster am Mittwoch angekündigt.")
    text = condense(article(bonus), 30, estimate).text
    assert "Tropfen" not in text


BUST = ("Ein Musterländer Fensterbauer ist zahlungsunfähig. 80 Beschäftigte sind betroffen. Musterstadt – Über das "
        "Vermögen der Muster Fenster GmbH ist am Montag am Landesgericht Musterstadt ein Sanierungsverfahren eröffnet "
        "worden. Das teilten die Gläubigerschützer KSV1870 und AKV mit. Die Passiva belaufen sich laut Antrag auf "
        "rund 7,3 Mio. Euro. Betroffen sind 80 Dienstnehmer und rund 200 Gläubiger. Wie berichtet, hatte der "
        "Betrieb bereits im Herbst 20 Stellen abgebaut.")


def test_an_insolvency_tells_its_liabilities_and_jobs_not_the_standfirst_s_same_news():
    assert jobs_cut("Die Firma ist pleite.", ["Wie berichtet, hatte der Betrieb im Herbst 20 Stellen abgebaut."]) == []
    lead = ("Über das Vermögen der Muster Fenster GmbH mit Sitz in Musterdorf ist am Montag am Landesgericht "
            "Musterstadt ein Sanierungsverfahren eröffnet worden.")
    assert not adds_to_lead("Ein oberösterreichischer Fensterbauer ist zahlungsunfähig.", lead, BUST)
    passiva = next(unit for unit in readable_units(read_opening([BUST])) if "Passiva" in unit.text)
    assert passiva.needs is None  # a firm's liabilities are known once its insolvency is


def test_a_figure_opening_so_long_is_told_as_how_long():
    hail = ("Zwölf Minuten. So lange hat das Hagelunwetter am Dienstagabend über dem Musterland gewütet. Ab 18.40 Uhr "
            "gingen Hagelkörner nieder.")
    assert read_opening([hail]).sentences[0] == ("Zwölf Minuten lang hat das Hagelunwetter am Dienstagabend über "
                                                 "dem Musterland gewütet.")


def test_a_part_of_what_was_told_points_back():
    assert opening_reference("Ein Teil wurde verwendet, um frühere Anleger auszuzahlen.") == "Ein Teil"
    assert opening_reference("Der Großteil floss auf private Konten.") == "Der Großteil"
    assert opening_reference("Der Teilnehmer gewann.") == "Der Teilnehmer"  # a role, as before


def test_a_standfirst_opening_with_the_lead_s_firm_by_the_same_words_introduces_it_again():
    lead = "Der Autozulieferer Muster Antriebe will bis 2027 rund 1.400 Arbeitsplätze abbauen."
    assert not adds_to_lead("Der Autozulieferer Muster Antriebe streicht fast jede sechste Stelle.", lead, lead)


QUAKE = ("Ein Erdbeben der Stärke 6,0 hat am Mittwochmorgen die griechische Insel Kreta erschüttert. Das Zentrum "
         "lag 40 Kilometer südlich von Ierapetra. Mehrere Häuser in Bergdörfern stürzten ein. Einige Straßen "
         "wurden von Geröll verschüttet. Unter den Opfern sind keine Österreicher.")


def test_a_foreign_story_tells_what_it_means_at_the_station_s_home():
    assert home_words("", "Europe/Vienna") == home_words("Österreich", "Europe/Berlin")
    assert home_words("none", "Europe/Vienna") == ()
    austria = home_words("Österreich", "")
    assert home_angle("Ein Erdbeben hat Kreta erschüttert.", ["Keine Österreicher sind betroffen."], austria) == [0]
    # a story at home has no angle to add, nor one that does not say where it is
    assert home_angle("Ein Erdbeben hat Tirol erschüttert.", ["Keine Österreicher sind betroffen."], austria) == []
    assert home_angle("Ein Erdbeben hat die Insel erschüttert.", ["Keine Österreicher ..."], austria) == []
    with_home = condense(article(QUAKE), 12, estimate, home=austria).text
    without = condense(article(QUAKE), 12, estimate).text
    assert "keine Österreicher" in with_home and "keine Österreicher" not in without


def test_an_equaliser_without_its_score_needs_the_goal_before_and_turning_it_up_is_colour():
    goals = ["Der KAC hat mit 4:2 gewonnen.", "Max Muster brachte den KAC in der 8. Minute in Führung.",
             "Capitals-Verteidiger Jonas Beispiel glich im Powerplay aus."]
    assert verdict(2, goals) == (1, "")
    assert verdict(1, ["Der KAC hat mit 4:2 gewonnen.", "Im Mittelabschnitt drehte der KAC auf."])[1]


def test_a_lead_naming_the_landtag_says_whose_as_the_dateline_or_the_standfirst_told():
    assert with_state_named("Der Landtag hat den Tarifdeckel beschlossen.", "Bregenz") == \
        "Der Vorarlberger Landtag hat den Tarifdeckel beschlossen."
    assert with_state_named("Die Landesregierung will sparen.", "", "In Oberösterreich fehlt Geld.") == \
        "Die oberösterreichische Landesregierung will sparen."
    assert with_state_named("Der Landtag hat getagt.", "Berlin") == "Der Landtag hat getagt."
    caps = ("Wie viel darf ein Platz im Kindergarten kosten? In Vorarlberg gibt es darauf ab Herbst eine Antwort. "
            "Der Landtag hat am Mittwoch einen Tarifdeckel beschlossen. Eltern zahlen künftig höchstens 80 Euro.")
    assert condense(article(caps), 30, estimate).text.startswith("Der Vorarlberger Landtag hat am Mittwoch")


def test_a_standfirst_saying_the_lead_again_with_another_word_for_the_thing_is_not_read():
    lead = "Die Inflationsrate in Österreich ist im Feber auf 3,1 Prozent gesunken."
    assert not adds_to_lead("Die Teuerung hat sich im Feber leicht abgeschwächt.", lead, lead)


def test_after_a_race_win_by_how_much_and_ahead_of_whom_weighs_more():
    assert race_margin("X hat den Slalom gewonnen.", ["Nach dem ersten Durchgang war X mit 0,41 Sekunden vor Y.",
                                                      "X siegte mit 0,18 Sekunden Vorsprung auf Y."]) == [1]
    assert race_margin("X hat mit 0,18 Sekunden Vorsprung gewonnen.", ["X siegte mit 0,18 Sekunden Vorsprung."]) == []


def test_a_recap_lead_does_not_carry_the_credit_today_s_news_after_it_does():
    assert not can_carry_credit("Wie gemeldet, hatte die Leitung des Spitals angekündigt, die Station zu schließen.")
    assert can_carry_credit("Die Bürgermeister haben am Donnerstag eine Resolution übergeben.")


def test_the_accident_the_body_names_as_known_is_the_one_the_standfirst_told_by_its_verbs():
    crash = ("Ein 19-Jähriger ist in der Nacht auf Sonntag im Musterland mit seinem Auto gegen einen Baum geprallt "
             "und an der Unfallstelle gestorben. Musterstadt – Der Unfall ereignete sich gegen 2.45 Uhr auf der L 601 "
             "zwischen Musterdorf und Beispielstadt. Zwei Mitfahrer wurden schwer verletzt. Die Straße war bis "
             "6.30 Uhr gesperrt.")
    text = condense(article(crash), 30, estimate).text
    assert text.startswith("Ein 19-Jähriger ist in der Nacht auf Sonntag im Musterland mit seinem Auto")


def test_a_lead_telling_the_jobs_verb_first_already_tells_them():
    assert jobs_cut("Die Firma hat weniger verdient und streicht 380 Stellen.", ["380 Arbeitsplätze fallen weg."]) == []

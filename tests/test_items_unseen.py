"""Items a news editor would air unchanged (issue 16, third round): what invented agency copy the
condenser had never seen showed. Two-line standfirsts above the dateline, a lead lost because a
sentence referred inside itself ("14 Verletzte, zwei davon schwer"), a research story whose
finding sat behind a frame answering what was believed before. Invented copy of those shapes."""

from __future__ import annotations

import pytest

from bulletin.text.condense import condense
from bulletin.text.connectives import open_concession, study_frame_said
from bulletin.text.grammar import opening_reference
from bulletin.text.opening import read_opening
from bulletin.text.pointing import inside_reference
from bulletin.text.pronouns import pronoun_before_noun
from tests.item_copy import article, estimate

# --- a sentence that refers only inside itself can lead -------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Bei einem Busunfall im Beispieltal sind am Montag 14 Menschen verletzt worden, zwei davon schwer.",
    "Rund 300 Menschen kamen zur Kundgebung, die meisten davon mit dem Rad.",
    "Banken dürfen den Referenzzinssatz nicht bei null deckeln, wenn dieser ins Minus rutscht.",
    "Hunde meiden Personen noch Tage später – und zwar auch dann, wenn diese Menschen freundlich sind.",
    "Die Innenminister der Europäischen Union haben sich erneut nicht geeinigt.",
    "Der Sprecher des ORF bestätigte den Wechsel.",
])
def test_a_sentence_whose_words_point_inside_itself_does_not_point_back(sentence):
    assert not opening_reference(sentence) and not inside_reference(sentence)
    assert not pronoun_before_noun(sentence)
    assert not open_concession(sentence)


@pytest.mark.parametrize("sentence", [
    "Zwei davon sind schwer verletzt.",
    "Er hat davon nichts gewusst.",
    "Seither sank diese auf ein Zehntel.",
    "Er sagte, diese Entscheidung sei falsch.",
    "Der Trainer der Mannschaft ist zufrieden.",
    "Innenminister Max Muster begründete den Schritt mit der Gefahr neuer Kämpfe.",
    "Weniger klar war bisher, ob sie sich auch fremde Stimmen merken.",
])
def test_a_word_pointing_to_an_earlier_sentence_still_does(sentence):
    assert opening_reference(sentence) or inside_reference(sentence) or pronoun_before_noun(sentence)


def test_the_accident_leads_when_its_sentence_tells_how_many_of_the_injured_are_badly_hurt():
    # "..., zwei davon schwer" had made the lead point back: the item opened with "Die Gruppe
    # befand sich auf der Rückreise" and never said what happened
    art = article("Reisebus im Beispieltal verunglückt – 14 Verletzte. Lenker im Wrack eingeklemmt. "
                  "Beispielstadt – Bei einem Busunfall auf der Landesstraße im Beispieltal sind am Montag "
                  "14 Menschen verletzt worden, zwei davon schwer. Der Lenker wurde im Fahrzeug eingeklemmt "
                  "und musste von der Feuerwehr befreit werden. Die Gruppe befand sich auf der Rückreise "
                  "von einer Skiwoche. Die Straße war drei Stunden gesperrt.")
    text = condense(art, 20, estimate).text
    assert text.startswith("Bei einem Busunfall auf der Landesstraße"), text


# --- a standfirst of two lines is not read ---------------------------------------------------------


@pytest.mark.parametrize("opening, report", [
    ("Lücke in Routern: Tausende Anschlüsse angreifbar. Hersteller liefert Update erst im März.",
     "Eine Sicherheitslücke in einer verbreiteten Router-Serie macht derzeit Tausende Anschlüsse angreifbar."),
    ("Grazer Start-up holt drei Millionen Euro. Übersetzungs-App soll nach Polen expandieren.",
     "Das Grazer Start-up Beispiel hat in einer Finanzierungsrunde drei Millionen Euro eingesammelt."),
])
def test_two_headline_lines_whose_subjects_stand_without_an_article_are_a_teaser(opening, report):
    art = article(f"{opening} {report} Entdeckt hat den Fehler ein Forscher aus Beispielstadt, der ihn am "
                  "Montag öffentlich machte. Das Unternehmen teilte am Mittwoch mit, es wolle rasch handeln.")
    assert read_opening(art.paragraphs).standfirst == 2
    assert condense(art, 30, estimate).text.startswith(report[:-1]), condense(art, 30, estimate).text


def test_two_short_report_sentences_that_open_with_a_word_of_time_are_the_report():
    art = article("Monatelang haben Ermittler nach Max Muster gefahndet. Jetzt ist der Verdächtige festgenommen "
                  "worden. Er soll an dem Überfall auf eine Bank in Beispielstadt beteiligt gewesen sein.")
    assert read_opening(art.paragraphs).standfirst == 0


def test_a_short_headline_line_is_not_read_as_part_of_the_report_after_it():
    # "Alpensalamander unter Druck." was joined with the next line as if it were "36 Stunden." and
    # led the item; a figure's fragment still is ("36 Stunden. So lange dauert die Fahrt.")
    art = article("Feuersalamander unter Druck. Grazer Ökologen werteten Zähldaten aus zwei Jahrzehnten aus. "
                  "Der Bestand des Feuersalamanders ist in den Tälern der Steiermark seit 1998 um ein Drittel "
                  "geschrumpft, wie eine Studie der Universität Graz zeigt.")
    opening = read_opening(art.paragraphs)
    assert opening.standfirst >= 1 and opening.sentences[0] == "Feuersalamander unter Druck."


# --- a research story tells its finding ----------------------------------------------------------


@pytest.mark.parametrize("sentence, said", [
    ("Eine neue Studie des Museums Beispielstadt stellt diese Annahme nun infrage: In drei Proben fanden "
     "die Forscher Spuren von Indigo.",
     "Eine neue Studie des Museums Beispielstadt kommt nun zu dem Ergebnis: In drei Proben fanden die Forscher "
     "Spuren von Indigo."),
    ("Forscher um Anna Muster kommen zu einem anderen Ergebnis: Die Tiere schlafen im Winter länger.",
     "Forscher um Anna Muster kommen zu dem Ergebnis: Die Tiere schlafen im Winter länger."),
    ("Eine Studie der Universität Beispielstadt zeichnet nun ein anderes Bild: Wie ein Team um Eva Muster "
     "berichtet, ist der Bestand um ein Drittel geschrumpft.",
     "Wie ein Team um Eva Muster berichtet, ist der Bestand um ein Drittel geschrumpft."),
    ("Eine Studie zeigt: Die Tiere schlafen länger.", "Eine Studie zeigt: Die Tiere schlafen länger."),
    ("Der Gemeinderat stellt diese Pläne nun infrage: Das Bad sei zu teuer.",
     "Der Gemeinderat stellt diese Pläne nun infrage: Das Bad sei zu teuer."),
])
def test_a_study_s_frame_answering_what_was_believed_before_is_said_as_what_it_shows(sentence, said):
    assert study_frame_said(sentence) == said


def test_a_finding_leads_when_the_article_opens_with_what_was_done_for_centuries():
    # "Seit mehr als 150 Jahren graben Archäologen ..." filled the item, the finding never came
    art = article("Seit mehr als hundert Jahren graben Archäologen im Bergwerk von Beispielberg nach den "
                  "Spuren früher Bergleute, und weil das Salz Stoffe gut erhält, wurden dort auch Hunderte "
                  "Fragmente von Kleidung geborgen, die zum Teil dreitausend Jahre alt sind.",
                  "Lange galten diese Stoffe als Erzeugnisse lokaler Weberinnen.",
                  "Eine neue Untersuchung des Museums Beispielstadt stellt diese Annahme nun infrage: In vier "
                  "Fragmenten fanden die Forscher Spuren von Indigo, einem Farbstoff aus Asien.",
                  "Für die Analyse nutzte das Team ein neues Verfahren.")
    text = condense(art, 20, estimate).text
    assert text.startswith("Eine neue Untersuchung des Museums Beispielstadt kommt nun zu dem Ergebnis: In vier"), text


def test_what_was_known_before_the_study_does_not_count_as_its_finding():
    # the lead "..., ist in zahlreichen Studien belegt." had counted as a finding told, so the
    # finding gained nothing and came last, if at all
    art = article("Katzen vergessen nicht. Grazer Forscher testeten sechzig Tiere.",
                  "Dass Katzen die Stimme ihrer Besitzer erkennen, ist in zahlreichen Studien belegt.",
                  "Weniger klar war bisher, ob sie sich auch fremde Stimmen merken.",
                  "Forscher der Universität Beispielstadt berichten nun im Fachblatt „Tierwelt“, dass Katzen "
                  "fremde Stimmen noch Wochen später wiedererkennen.",
                  "Für die Studie wurden sechzig Katzen verschiedener Rassen getestet.",
                  "Unterschiede zwischen den Rassen fanden die Forscher nicht.")
    for budget in (10, 20):
        text = condense(art, budget, estimate).text
        assert text.startswith("Forscher der Universität Beispielstadt berichten nun"), text
        assert "Weniger klar" not in text  # the question the finding answers is not asked after it


# --- headline lines, commentaries and features ------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Wenn der Milchpreis nicht zum Leben reicht.",
    "Warum die Koalition an der Schulreform scheitert.",
])
def test_a_subordinate_clause_standing_alone_is_a_headline_with_no_verb(line):
    from bulletin.text.grammar import not_a_statement
    from bulletin.text.teasers import headline_shaped

    assert not_a_statement(line) == "no verb"
    assert headline_shaped(f"Wieder vertagt, wieder verschoben: {line}")


def test_a_standfirst_line_with_a_role_but_no_article_before_a_name_is_not_read_after_the_lead():
    # "Joker Pirker schießt Grazer zum 2:1 gegen die Admira." was read as the item's second sentence
    art = article("Beispielstadt siegt in Unterzahl. Joker Muster schießt Beispielstädter zum 2:1 gegen Nordhafen. "
                  "Beispielstadt – Der SK Beispielstadt hat in der 20. Runde der Bundesliga einen wichtigen Heimsieg "
                  "gefeiert. Den Führungstreffer erzielte Stürmer Max Beispiel nach einem Eckball. Die Gäste kamen "
                  "nach dem Ausschluss besser ins Spiel und glichen durch einen Kopfball aus. Trainer Hans Muster "
                  "sagte: „Die Mannschaft hat Charakter gezeigt.“")
    for budget in (20, 60):
        assert "Joker Muster schießt" not in condense(art, budget, estimate).text
    # a title before a name is prose
    from bulletin.text.teasers import readable_standfirst
    assert readable_standfirst("Bundeskanzler Muster hat am Montag den Rücktritt des Ministers angenommen.")


@pytest.mark.parametrize("opening", [
    "Man könnte es fast für eine Tradition halten. Alle paar Monate kündigt die Regierung den großen Wurf an. "
    "So auch diesmal: Das Paket wurde am Dienstag erneut von der Tagesordnung genommen.",
    "Es ist kurz nach sechs Uhr früh, als Anna Muster im Stall ihres Hofes die Melkmaschine anwirft. Draußen ist "
    "es noch dunkel. Für ein Kilogramm Milch erhalten Bauern derzeit nur noch 28 Cent.",
])
def test_a_commentary_musing_first_and_a_feature_setting_a_scene_are_noted_for_the_producer(opening):
    from bulletin.text.genre import GENRE_NOTE

    assert condense(article(opening), 60, estimate).notes == (GENRE_NOTE,)


# --- fillers and a finding said with its source ------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Die Staatsanwaltschaft gab keine Erklärung ab.",
    "Eine Stellungnahme des Unternehmens war zunächst nicht zu erhalten.",
    "Der Bürgermeister wollte sich dazu nicht äußern.",
])
def test_a_sentence_saying_only_that_nothing_was_said_is_not_read(sentence):
    from bulletin.text.verdicts import verdict

    assert verdict(1, ["Ein Beispielsatz.", sentence]) == (None, "says only that nothing was said")
    # a longer sentence that says more than that is read
    longer = sentence[:-1] + ", kündigte aber für Montag eine Pressekonferenz mit allen Beteiligten an."
    assert verdict(1, ["Ein Beispielsatz.", longer])[1] == ""


def test_a_link_after_the_verb_to_the_sentence_before_is_left_out_so_the_sentence_stands_alone():
    from bulletin.text.connectives import without_connective

    assert without_connective("Ein Team der Universität Beispielstadt hat deshalb 200 Kinder befragt.") == \
        "Ein Team der Universität Beispielstadt hat 200 Kinder befragt."
    # "daraufhin" tells what followed: without the cause it says less than it seems
    assert without_connective("Die Grünen beendeten daraufhin die Zusammenarbeit.") == ""


def test_a_finding_said_with_demnach_leads_with_the_study_named():
    # the finding needed the method sentence ("Ein Team ... hat deshalb 212 Kinder ... ausgestattet",
    # which needed the background before it): three long sentences, the finding never fit
    art = article("Wie sich Bildschirmzeit auf den Schlaf von Kindern auswirkt, war bisher kaum untersucht. "
                  "Beispielstadt – Dass Tablets im Kinderzimmer den Schlaf stören können, vermuten Kinderärzte "
                  "schon lange. Die meisten Studien dazu beruhten bisher allerdings auf Fragebögen der Eltern. "
                  "Zudem konzentrierte sich die Forschung vor allem auf Jugendliche. Ein Team der Universität "
                  "Beispielstadt hat deshalb zweihundert Kinder zwei Wochen lang mit Sensoren am Handgelenk "
                  "ausgestattet, die Schlafdauer und Schlafqualität objektiv messen. Kinder, die vor dem "
                  "Zubettgehen mehr als eine halbe Stunde vor einem Bildschirm verbrachten, schliefen demnach im "
                  "Schnitt 26 Minuten kürzer als Gleichaltrige. Außerdem wachten sie nachts häufiger auf.")
    text = condense(art, 16, estimate).text
    assert text.startswith("Kinder, die vor dem Zubettgehen mehr als eine halbe Stunde vor einem Bildschirm "
                           "verbrachten, schliefen laut einem Team der Universität Beispielstadt im Schnitt"), text


def test_a_research_story_whose_lead_tells_a_finding_is_no_feature():
    # the finding that now leads ("..., ist der Anteil ... um 35 Prozent zurückgegangen.") is news,
    # though the article's first sentences read like a feature ("eine der ungewöhnlichsten Arten")
    art = article("Feuersalamander unter Druck. Grazer Ökologen werteten Zähldaten aus zwei Jahrzehnten aus. "
                  "Der Feuersalamander gilt als eine der ungewöhnlichsten Amphibienarten Europas.",
                  "Weil die Tiere kaum Gewässer brauchen, gingen Biologen lange davon aus, dass sie robust sind.",
                  "Eine Studie der Universität Beispielstadt zeichnet nun ein anderes Bild: Wie ein Team um "
                  "Eva Muster berichtet, ist der Anteil trächtiger Weibchen in tiefen Lagen um 35 Prozent "
                  "zurückgegangen.")
    item = condense(art, 30, estimate)
    assert item.text.startswith("Wie ein Team um Eva Muster berichtet") and item.notes == (), item


# --- the fourth set: teams, quotes, reviews ---------------------------------------------------------


def test_a_verb_with_another_particle_is_another_verb():
    from bulletin.text.news import restates

    # "hat seinen Lauf fortgesetzt" was taken as said again by "setzte sich ... durch": the team's
    # name went with it, and the item opened with "Die Mannschaft von Trainer X"
    assert not restates("Der FC Beispielstadt hat seinen Lauf in der Liga fortgesetzt.",
                        "Die Mannschaft setzte sich am Samstag mit 3:1 durch und bleibt Zweiter.")
    assert restates("Der Verein setzt die Serie fort.", "Der Verein hat die Serie fortgesetzt.")
    assert restates("Die Polizei räumte das Lager.", "Das Lager ist weggeräumt.")


def test_a_question_line_under_a_headline_is_headline_syntax():
    from bulletin.text.teasers import headline_shaped

    assert headline_shaped("Neue App soll Mitfahrten vermitteln: Wie sie funktioniert und was sie kostet.")


def test_a_quotation_without_its_speaker_is_not_read():
    from bulletin.text.verdicts import verdict

    quote = "„Für die Nachricht zahlt man vielleicht nicht. Für die Recherche schon.“"
    assert verdict(1, ["Ob die Leser zahlen würden?", quote]) == (None, "a quotation without its speaker")
    assert verdict(1, ["Der Bürgermeister war zufrieden.", "„Das ist ein guter Tag.“",
                       "Das sagte er am Montag."])[1] == ""  # the speaker named right after
    # ... or right before: it goes with that sentence
    assert verdict(1, ["Es fehle an allem, sagte eine Sprecherin am Dienstag.", "„Die Menschen frieren.“"]) == (0, "")


@pytest.mark.parametrize("opening", [
    "Der Streit um die Reform zeigt vor allem eines: Diese Regierung kann nicht mehr. Man muss es fast "
    "bewundern. Seit Monaten streiten die Parteien über die Reform.",
    "Die junge Pianistin Anna Muster begeisterte im Stefaniensaal mit Schubert und einer waghalsigen "
    "Uraufführung. Es beginnt beinahe tonlos. Muster lässt die ersten Takte so leise in den Saal tropfen, "
    "dass man das Husten hört.",
])
def test_a_commentary_musing_second_and_a_review_judging_twice_are_noted(opening):
    from bulletin.text.genre import GENRE_NOTE

    assert condense(article(opening), 60, estimate).notes == (GENRE_NOTE,)


def test_a_sports_report_with_one_word_of_praise_is_news():
    art = article("Mit Platz zwei beim Weltcup-Auftakt ist Anna Muster ein Einstand nach Maß gelungen. Die "
                  "26-jährige Salzburgerin lag nach zwei Durchgängen nur 0,18 Sekunden hinter der Siegerin. "
                  "Dritte wurde die Französin Eva Beispiel.")
    assert condense(art, 60, estimate).notes == ()


def test_someone_s_routine_told_in_the_present_is_a_feature_s_scene_and_goes_with_what_leans_on_it():
    # "Jeden Dienstag um 7.42 Uhr steht Maria X an der Haltestelle ..." and "Die 79-Jährige fährt ..."
    # filled the item after its news lead
    art = article("Im Beispieltal werden ab Dezember zwölf Buslinien eingestellt. Jeden Dienstag um 7.42 Uhr "
                  "steht Anna Muster an der Haltestelle vor dem Gasthaus. Die 79-Jährige fährt mit dem Bus zum "
                  "Arzt und zum Einkaufen. Ersatz soll ein Anrufsammeltaxi bieten, das eine Stunde vorher "
                  "bestellt werden muss.")
    text = condense(art, 60, estimate).text
    assert "Jeden Dienstag" not in text and "79-Jährige" not in text and "Anrufsammeltaxi" in text, text


# --- the fifth set -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Das teilte der Gläubigerschutzverband Beispiel mit.",  # singular past after "Das": a pronoun
    "Das bestätigte eine Sprecherin am Montag.",
])
def test_das_with_a_verb_after_it_points_back(sentence):
    assert opening_reference(sentence) == "Das"
    assert not opening_reference("Das kleine Dorf liegt im Tal.")


def test_a_pronominal_adverb_whose_clause_follows_points_forward():
    assert not inside_reference("Ein Team hat nun Hinweise darauf gefunden, dass Bienen das Magnetfeld nutzen.")
    assert inside_reference("Sie verpasste damit das Finale.") == "damit"


def test_a_study_announced_with_a_new_explanation_is_not_read_and_its_finding_leads():
    # "Eine Studie aus Graz liefert eine neue Erklärung." led, then Karl von Frisch; the finding never came
    from bulletin.text.connectives import announces_surprise

    assert announces_surprise("Eine Studie aus Beispielstadt liefert eine neue Erklärung.")
    art = article("Warum finden Bienen bei bedecktem Himmel nach Hause? Eine Studie aus Beispielstadt liefert "
                  "eine neue Erklärung. Dass Bienen sich an der Sonne orientieren, ist seit Jahrzehnten bekannt. "
                  "Manche Forscher vermuteten, dass sich Bienen bei Wolken an Bäumen orientieren, andere gingen "
                  "von einer inneren Landkarte aus. Ein Team um Anna Muster hat nun Hinweise darauf gefunden, "
                  "dass Bienen bei bedecktem Himmel das Erdmagnetfeld nutzen. Für die Studie wurden 2.400 Bienen "
                  "mit Sendern ausgestattet.")
    text = condense(art, 14, estimate).text
    assert text.startswith("Ein Team um Anna Muster hat nun Hinweise darauf gefunden"), text


@pytest.mark.parametrize("opening", [
    "Die Regierung feiert ein Schulpaket, das kaum etwas reformiert. Das Problem ist nicht der Kompromiss, "
    "sondern die Angst vor der Entscheidung. Man kennt das Ritual inzwischen zur Genüge.",
    "Um halb sieben Uhr früh riecht es in der Gaststube bereits nach Kaffee. Anna Muster stellt die Stühle "
    "von den Tischen. Seit einem Jahr gehört das Gasthaus einer Genossenschaft.",
])
def test_a_commentary_s_diagnosis_and_a_feature_s_morning_scene_are_noted(opening):
    from bulletin.text.genre import GENRE_NOTE

    assert condense(article(opening), 60, estimate).notes == (GENRE_NOTE,)


def test_the_person_the_lead_introduced_is_not_introduced_again_by_the_standfirst():
    # "Ein 34-Jähriger soll ... erschlagen haben." after "... gegen einen 34-jährigen Tiroler": two men by ear
    art = article("Ein 34-Jähriger soll seinen Geschäftspartner in einer Almhütte erschlagen haben. Er bestreitet "
                  "die Tat. Beispielstadt – Am Landesgericht hat am Montag der Mordprozess gegen einen 34-jährigen "
                  "Tiroler begonnen. Der Angeklagte bekannte sich nicht schuldig.")
    assert "Ein 34-Jähriger" not in condense(art, 60, estimate).text


def test_zudem_is_not_read_where_it_adds_to_nothing_heard():
    art = article("Die Vereinten Nationen haben vor einer Verschlechterung der Lage im Norden gewarnt.",
                  "Hilfsorganisationen berichten zudem, dass Konvois an Checkpoints aufgehalten würden.")
    assert "berichten, dass Konvois" in condense(art, 60, estimate).text


# --- the sixth set -----------------------------------------------------------------------------------


def test_the_standfirst_leads_when_the_body_takes_its_event_for_known():
    # "Das Feuer war kurz nach 2.30 Uhr ... ausgebrochen" led; the death the standfirst told was never said
    art = article("Bei einem Brand in einem Wohnhaus in Beispielstadt ist in der Nacht auf Sonntag eine 78-jährige "
                  "Frau ums Leben gekommen, elf Bewohner wurden verletzt. Beispielstadt – Das Feuer war kurz nach "
                  "2.30 Uhr in einer Wohnung im zweiten Stock ausgebrochen, wie die Polizei mitteilte. Die Feuerwehr "
                  "rettete sieben Menschen über Drehleitern.")
    assert condense(art, 20, estimate).text.startswith("Bei einem Brand in einem Wohnhaus"), condense(art, 20, estimate).text


def test_the_standfirst_leads_when_the_body_names_its_man_by_surname_alone():
    art = article("Der Bildhauer Max Muster ist am Sonntag im Alter von 84 Jahren gestorben. Er galt als Eigenbrötler. "
                  "Beispielstadt – Wie seine Familie am Montag mitteilte, starb Muster nach längerer Krankheit. "
                  "Bekannt wurde Muster mit Figuren aus Marmor.")
    assert condense(art, 30, estimate).text.startswith("Der Bildhauer Max Muster ist am Sonntag")
    # thousands of people are not someone named in full
    from bulletin.text.antecedents import told_first_by
    assert not told_first_by("Tausende Menschen mussten ihre Häuser verlassen.",
                             "Nach heftigen Regenfällen sind mindestens 14 Menschen ums Leben gekommen.")


def test_a_verdict_announced_is_not_read_the_verdict_leads():
    art = article("Urteil im Prozess um Schmiergeld: Der frühere Vorstand muss in Haft. Beispielstadt – Im "
                  "Korruptionsprozess rund um zwei Hallenbäder ist am Donnerstag am Landesgericht das Urteil "
                  "gefallen. Ein Schöffensenat verurteilte den früheren Vorstand der Bäderbetriebe wegen Untreue "
                  "zu drei Jahren Haft, davon ein Jahr unbedingt. Sein Verteidiger meldete Berufung an.")
    text = condense(art, 20, estimate).text
    # the verdict leads, said within the case the announcement named (test_items_set8)
    assert text.startswith("Im Korruptionsprozess rund um zwei Hallenbäder verurteilte ein Schöffensenat")
    assert "das Urteil gefallen" not in text, text


def test_a_debut_novel_s_story_told_is_a_review():
    from bulletin.text.genre import GENRE_NOTE

    art = article("Ein Dorf, ein verschwundener Bruder, ein heißer Sommer – Anna Musters Debütroman erzählt von "
                  "Schuld. Es beginnt mit einem Heuwagen, der nicht mehr nach Hause kommt. Am 14. Juli 1976 "
                  "verschwindet der 17-jährige Max auf dem Weg zum Hof seiner Eltern.")
    assert condense(art, 60, estimate).notes == (GENRE_NOTE,)

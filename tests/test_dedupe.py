"""Each story once: invented pairs of the same story (copies, updates, independent reports) and of
different stories on the same topic, which must stay apart."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bulletin.models import Article, Item
from bulletin.text.dedupe import dedupe, items_once, same_story


def article(title: str, text: str, origin: str = "", source: str = "", priority: int = 0,
            hour: int | None = None) -> Article:
    published = datetime(2026, 11, 27, hour, 0, tzinfo=UTC) if hour is not None else None
    return Article(title=title, paragraphs=tuple(text.split("\n\n")), origin=origin or f"{title}.txt",
                   source=source, published=published, priority=priority)


FIRE_DPA = article(
    "Brand in Lagerhalle in Beispielstadt: Feuerwehr im Großeinsatz",
    "Beispielstadt (dpa) – Bei einem Brand in einer Lagerhalle im Gewerbegebiet Nord von Beispielstadt ist in der "
    "Nacht zum Mittwoch ein Schaden von mehreren Hunderttausend Euro entstanden. Verletzt wurde nach Angaben der "
    "Polizei niemand. Rund 80 Einsatzkräfte der Feuerwehr waren bis in den Morgen im Einsatz. Die Ursache des "
    "Feuers ist noch unklar, die Kriminalpolizei ermittelt. Anwohner wurden gebeten, Fenster und Türen "
    "geschlossen zu halten.", source="dpa", hour=7)
FIRE_COPY = article(
    "Großbrand im Gewerbegebiet Nord",
    "Bei einem Brand in einer Lagerhalle im Gewerbegebiet Nord von Beispielstadt ist in der Nacht zum Mittwoch "
    "ein Schaden von mehreren Hunderttausend Euro entstanden. Verletzt wurde nach Angaben der Polizei niemand. "
    "Rund 80 Einsatzkräfte waren bis in den Morgen im Einsatz. Die Kriminalpolizei ermittelt zur Ursache.",
    source="Beispielstädter Rundschau", hour=8)
FIRE_EARLY = article(
    "Brand in Lagerhalle: Feuerwehr im Einsatz",
    "Im Gewerbegebiet Nord von Beispielstadt brennt seit dem späten Dienstagabend eine Lagerhalle. Die Feuerwehr "
    "ist mit einem Großaufgebot vor Ort. Über Verletzte ist noch nichts bekannt. Anwohner sollen Fenster und "
    "Türen geschlossen halten.", source="Radio Beispiel", hour=1)
FIRE_LATE = article(
    "Lagerhallenbrand gelöscht – Polizei ermittelt zur Ursache",
    "Der Brand einer Lagerhalle im Gewerbegebiet Nord von Beispielstadt ist gelöscht. Rund 80 Einsatzkräfte der "
    "Feuerwehr kämpften bis in den Mittwochmorgen gegen die Flammen. Verletzt wurde niemand, der Schaden liegt "
    "nach ersten Schätzungen bei mehreren Hunderttausend Euro. Die Kriminalpolizei hat die Ermittlungen zur "
    "Ursache aufgenommen. Die Warnung an die Anwohner wurde aufgehoben.", source="Radio Beispiel", hour=9)
RADWEG = article(
    "Stadtrat beschließt Radweg an der Hauptstraße",
    "Der Stadtrat von Beispielstadt hat am Dienstagabend den Bau eines Radwegs entlang der Hauptstraße "
    "beschlossen. Für das Vorhaben stimmten 24 Ratsmitglieder, 13 waren dagegen. Der Radweg soll 4,5 Kilometer "
    "lang werden und rund 1,2 Millionen Euro kosten. Die Bauarbeiten beginnen im März.")
RADWEG_OTHER = article(
    "Grünes Licht für neuen Radweg",
    "Beispielstadt bekommt einen neuen Radweg an der Hauptstraße. Mit 24 zu 13 Stimmen gab der Stadtrat am "
    "Dienstag grünes Licht für das 1,2 Millionen Euro teure Projekt. Die Strecke ist 4,5 Kilometer lang. Kritik "
    "kam von der Opposition, die vor Staus für Autofahrer warnt. Baubeginn ist im März, sagte Bürgermeisterin "
    "Beispiel.")
HALLENBAD = article(
    "Stadtrat stimmt für neues Hallenbad",
    "Der Stadtrat von Beispielstadt hat am Dienstagabend den Neubau des Hallenbads beschlossen. Für das Vorhaben "
    "stimmte eine große Mehrheit. Das Bad soll 18 Millionen Euro kosten und 2028 öffnen. Die Bauarbeiten "
    "beginnen im Herbst. Das alte Bad aus den 1970er Jahren wird abgerissen.")
FERRY = article(
    "Fähre nach Beispieloog fällt aus",
    "Wegen eines Maschinenschadens fällt die Fähre zwischen Beispielhafen und der Insel Beispieloog bis Freitag "
    "aus. Das teilte die Reederei Nordwind am Montag mit. Ersatzweise fahren zwei kleinere Schiffe, die allerdings "
    "keine Autos mitnehmen können.")
FERRY_OTHER = article(
    "Maschinenschaden: Reederei Nordwind setzt Ersatzschiffe ein",
    "Die Reederei Nordwind hat ihre Fähre nach Beispieloog wegen eines Maschinenschadens aus dem Verkehr gezogen. "
    "Bis einschließlich Freitag übernehmen zwei kleinere Schiffe die Verbindung ab Beispielhafen. Autos können in "
    "dieser Zeit nicht auf die Insel gebracht werden, teilte die Reederei mit.")
STORM_NORTH = article(
    "Sturm im Norden: Bäume auf Gleisen",
    "Ein Sturm hat in Norddeutschland am Donnerstag zahlreiche Bäume entwurzelt. Zwischen Hamburg und Bremen "
    "blockierten umgestürzte Bäume die Gleise, der Bahnverkehr wurde eingestellt. Die Feuerwehr rückte zu mehr als "
    "200 Einsätzen aus. Verletzt wurde nach Angaben der Polizei niemand. Der Wetterdienst warnt vor weiteren "
    "Sturmböen bis zum Abend.")
STORM_SOUTH = article(
    "Unwetter in Bayern: Dächer abgedeckt",
    "Schwere Gewitter mit Sturmböen haben am Donnerstag in Oberbayern Dächer abgedeckt und Keller überflutet. Im "
    "Landkreis Rosenheim stürzten Bäume auf Straßen, mehrere Autos wurden beschädigt. Die Feuerwehr zählte rund "
    "150 Einsätze. Zwei Menschen wurden leicht verletzt. Der Wetterdienst warnt vor weiteren Gewittern am Abend.")
BARN = article(
    "Scheune in Musterdorf abgebrannt",
    "In Musterdorf ist am Mittwochabend eine Scheune bis auf die Grundmauern abgebrannt. Die Feuerwehr konnte ein "
    "Übergreifen der Flammen auf das Wohnhaus verhindern. Verletzt wurde nach Angaben der Polizei niemand. Der "
    "Schaden wird auf 150.000 Euro geschätzt. Die Polizei ermittelt zur Ursache.")
DERBY = article(
    "Beispielstadt gewinnt Derby gegen Musterdorf",
    "Der FC Beispielstadt hat das Derby gegen den SV Musterdorf mit 3:1 gewonnen. Vor 4.500 Zuschauern traf Jonas "
    "Feld zweimal. Musterdorf verkürzte kurz vor der Pause. Beispielstadt steht damit auf Platz zwei der Tabelle.")
AWAY = article(
    "Nordhafen verliert in Südstadt",
    "Der TuS Nordhafen hat beim SC Südstadt mit 0:2 verloren. Vor 2.100 Zuschauern trafen Tim Berg und Ali Kaya "
    "für die Gastgeber. Nordhafen rutscht damit auf Platz neun der Tabelle ab.")
# Written after the rule was set, to check it on pairs it was not tuned on.
BOY_POLICE = article(
    "Vermisster Junge aus Musterdorf wohlbehalten gefunden",
    "Der seit Sonntag vermisste zehnjährige Junge aus Musterdorf ist wohlbehalten gefunden worden. Ein "
    "Spaziergänger entdeckte das Kind am Montagmorgen in einer Scheune am Ortsrand, wie die Polizei mitteilte. "
    "An der Suche hatten sich mehr als 300 Helferinnen und Helfer beteiligt.", source="Polizei Beispielkreis")
BOY_PAPER = article(
    "Suche beendet: Zehnjähriger in Scheune entdeckt",
    "Erleichterung in Musterdorf: Der vermisste Junge ist wieder da. Ein Spaziergänger fand den Zehnjährigen am "
    "Montag in einer Scheune, unterkühlt, aber unverletzt. Rund 300 Freiwillige, Feuerwehr und Polizei mit "
    "Hunden und einem Hubschrauber hatten seit Sonntag nach ihm gesucht.", source="Musterdorfer Kurier")
STRIKE_RAIL = article(
    "Warnstreik bei der Bahn: Pendler stehen still",
    "Ein Warnstreik der Lokführergewerkschaft hat am Donnerstag den Bahnverkehr in der Region weitgehend lahmgelegt. "
    "Zwischen Beispielstadt und Nordhafen fuhren nur wenige Regionalzüge. Die Gewerkschaft fordert mehr Lohn und "
    "kürzere Arbeitszeiten.")
STRIKE_BUS = article(
    "Warnstreik im Nahverkehr: Busse bleiben im Depot",
    "Wegen eines Warnstreiks fahren in Beispielstadt am Donnerstag keine Busse und Straßenbahnen. Die "
    "Gewerkschaft Verdi hat die Beschäftigten der Verkehrsbetriebe zum Ausstand aufgerufen. Sie fordert mehr "
    "Lohn. Die Verkehrsbetriebe raten, auf das Fahrrad umzusteigen.")

# Two accidents of the same kind from two datelines (invented): alike in headline and words, two events.
BUS_LIENZ = article(
    "Reisebus kam auf verschneiter Passstraße von der Fahrbahn ab",
    "Lienz (APA) – Ein Reisebus ist am Samstagmorgen auf einer verschneiten Passstraße von der Fahrbahn "
    "abgekommen und in einen Graben gerutscht. Sechs Fahrgäste wurden leicht verletzt, teilte die Polizei mit. "
    "Der Bus war mit Urlaubern auf dem Weg ins Skigebiet. Die Straße war zwei Stunden gesperrt.")
BUS_MITTERNDORF = article(
    "Bus kommt auf eisiger Passstraße von der Fahrbahn ab",
    "Bus in Graben gerutscht.\n\nBad Mitterndorf (APA) – Ein Bus ist am Montagmorgen auf einer eisigen "
    "Passstraße von der Fahrbahn abgekommen und in einen Graben gerutscht. Drei Fahrgäste wurden leicht verletzt, "
    "teilte die Polizei mit. Der Bus war mit Schülern auf dem Weg zur Schule. Die Straße war eine Stunde gesperrt.")

# Two audits of the same kind in two states, each state named only by its adjective in the headline (invented)
WAIT_STYRIA = article(
    "Wartezeiten auf Operationen in steirischen Spitälern fast verdoppelt",
    "Wien (APA) – Patientinnen und Patienten in den steirischen Landesspitälern müssen auf planbare Operationen "
    "deutlich länger warten als vor fünf Jahren. Im Schnitt vergingen 2024 zwischen Zuweisung und Operation 131 "
    "Tage, 2019 waren es 70 Tage. Das geht aus einem Bericht des Rechnungshofs hervor. Als Hauptgrund nennen "
    "die Prüfer fehlendes Personal.")
WAIT_LOWER_AUSTRIA = article(
    "Wartezeit auf Operationen in niederösterreichischen Spitälern fast verdoppelt",
    "Wien (APA) – Wer in einem niederösterreichischen Landesspital eine planbare Operation braucht, wartet "
    "im Schnitt 98 Tage auf den Eingriff. 2019 waren es knapp 55 Tage. Das zeigt ein am Freitag "
    "veröffentlichter Prüfbericht des Rechnungshofs. Bei Knieoperationen stieg die Wartezeit von 70 auf 131 "
    "Tage. Als Hauptgrund für die längeren Wartezeiten nennen die Prüfer den Mangel an Personal.")


@pytest.mark.parametrize(("a", "b", "why"), [
    (FIRE_DPA, FIRE_COPY, "the same wording"),
    (FIRE_EARLY, FIRE_LATE, "same headline words"),
    (RADWEG, RADWEG_OTHER, "same headline words"),
    (FERRY, FERRY_OTHER, "same headline words"),
    (BOY_POLICE, BOY_PAPER, "same headline words"),
], ids=["agency copy", "update", "independent reports", "agency and radio", "held out: police and paper"])
def test_same_story_is_recognised(a, b, why):
    assert why in same_story(a, b) and why in same_story(b, a)


@pytest.mark.parametrize(("a", "b"), [
    (STORM_NORTH, STORM_SOUTH), (FIRE_DPA, BARN), (RADWEG, HALLENBAD), (DERBY, AWAY), (STRIKE_RAIL, STRIKE_BUS),
    (BUS_LIENZ, BUS_MITTERNDORF), (WAIT_STYRIA, WAIT_LOWER_AUSTRIA),
], ids=["two storms", "two fires", "two council decisions, same town", "two matches", "held out: two strikes",
        "two datelines", "two states by their adjectives"])
def test_stories_on_the_same_topic_stay_apart(a, b):
    assert same_story(a, b) == "" and same_story(b, a) == ""


def test_the_same_link_is_the_same_story_whatever_the_text():
    a = article("Alt", "Erste Fassung.", origin="https://www.news.example/a/?utm_source=feed")
    b = article("Neu", "Ganz andere zweite Fassung.", origin="https://news.example/a")
    assert same_story(a, b) == "same link"


def test_the_newer_version_is_kept_and_the_reason_given():
    kept, dropped = dedupe([FIRE_EARLY, STORM_NORTH, FIRE_LATE])
    assert kept == [STORM_NORTH, FIRE_LATE]
    [duplicate] = dropped
    assert duplicate.article is FIRE_EARLY and duplicate.kept is FIRE_LATE
    assert duplicate.reason.startswith("same story as 'Lagerhallenbrand gelöscht – Polizei ermittelt zur Ursache' "
                                       "(Radio Beispiel) (same headline words")
    assert duplicate.reason.endswith("kept the newer version (published 2026-11-27T09:00+00:00)")


def test_a_higher_priority_beats_the_newer_version():
    important = article(FIRE_EARLY.title, FIRE_EARLY.body, priority=2, hour=1)
    kept, [duplicate] = dedupe([FIRE_LATE, important])
    assert kept == [important] and "kept the higher-priority version (priority 2)" in duplicate.reason


def test_a_whole_inbox_keeps_one_per_story():
    inbox = [FIRE_DPA, RADWEG, STORM_NORTH, FIRE_COPY, HALLENBAD, RADWEG_OTHER, STORM_SOUTH, FIRE_LATE, DERBY]
    kept, dropped = dedupe(inbox)
    assert kept == [STORM_NORTH, HALLENBAD, RADWEG_OTHER, STORM_SOUTH, FIRE_LATE, DERBY]  # in inbox order
    assert {d.article.title: d.kept.title for d in dropped} == {
        FIRE_DPA.title: FIRE_LATE.title, FIRE_COPY.title: FIRE_LATE.title,  # the newest of three
        RADWEG.title: RADWEG_OTHER.title,  # neither dated: the longer one
    }


# --- two articles of one story, different as articles, the same news as items ----------------------


def item(title: str, text: str, source: str = "beispiel.de") -> Item:
    return Item(title=title, text=text, source=source, origin=f"{title}.txt", seconds=15.0)


BUDGET = item("Haushaltskrise: Um wie viele Milliarden es wirklich geht",
              "Die Spitzen der Koalition suchen Auswege aus der Haushaltskrise, berichtet Beispiel. Die Wirtschaft "
              "drängt auf eine Einigung, einige Vorhaben stehen auf der Kippe.")
TALKS = item("Verhandlungen über Haushalt gehen weiter",
             "Seit dem Vormittag sitzen die Spitzen der Koalition zusammen, um eine Lösung für den Haushalt zu "
             "finden, berichtet Beispiel. Vertreter der Wirtschaft dringen auf eine schnelle Einigung.")


def test_an_item_saying_the_same_news_as_one_before_it_is_left_out():
    kept, left_out = items_once([BUDGET, TALKS])
    assert kept == [BUDGET]
    [(dropped, reason)] = left_out
    assert dropped is TALKS and BUDGET.title in reason


@pytest.mark.parametrize("other", [
    # the same headline word, another story
    item("Haushalt der Stadt Beispielstadt beschlossen",
         "Der Gemeinderat von Beispielstadt hat den Haushalt für das kommende Jahr beschlossen, berichtet "
         "Beispiel. Die Stadt will mehr Geld für Schulen und Radwege ausgeben."),
    # the same story's other news: what the opposition says of the budget
    item("Haushalt: Opposition kritisiert Kürzungen bei Schulen",
         "Die Opposition kritisiert die geplanten Kürzungen bei den Schulen, berichtet Beispiel. Die "
         "Lehrergewerkschaft kündigte Proteste vor dem Landtag an."),
])
def test_items_of_other_stories_stay(other):
    kept, left_out = items_once([BUDGET, other])
    assert kept == [BUDGET, other] and not left_out


def test_items_alike_but_from_two_states_are_both_read():
    # (invented) two audits worded alike, one per state: the headlines name two places
    styria = item("Pflegeheime: Fast jede dritte Stelle in der Steiermark unbesetzt",
                  "In den Pflegeheimen der Steiermark ist fast jede dritte Stelle für diplomiertes Personal "
                  "unbesetzt, das geht aus einem Bericht des Landesrechnungshofs hervor, meldet die APA.")
    carinthia = item("Pflegeausbildung: Fast jeder dritte Platz in Kärnten unbesetzt",
                     "In Kärnten ist fast jeder dritte Ausbildungsplatz für diplomiertes Pflegepersonal "
                     "unbesetzt, das geht aus einem Bericht des Landesrechnungshofs hervor, meldet die APA.")
    kept, left_out = items_once([styria, carinthia])
    assert kept == [styria, carinthia] and not left_out


def test_items_alike_whose_headlines_give_other_counts_are_both_read():
    # (invented) two data leaks told alike: 180.000 app users and 240.000 ticket buyers are two leaks
    app = item("Hackerangriff auf Ski-App: Daten von 180.000 Nutzern abgeflossen",
               "Bei einem Hackerangriff auf eine Ski-App sind Namen, E-Mail-Adressen und teilweise Zahlungsdaten "
               "von rund 180.000 Nutzern abgeflossen, das Unternehmen bestätigte den Angriff, meldet die APA.")
    tickets = item("Datenleck bei Ticketanbieter: Daten von 240.000 Kunden betroffen",
                   "Bei einem Hackerangriff auf einen Ticketanbieter sind Namen, E-Mail-Adressen und "
                   "Telefonnummern von rund 240.000 Kunden abgeflossen, das Unternehmen bestätigte den "
                   "Angriff, meldet die APA.")
    assert items_once([app, tickets]) == ([app, tickets], [])
    update = item("Datenleck bei Ticketanbieter: Daten von 180.000 Kunden betroffen", tickets.text)
    assert items_once([app, update])[0] == [app]  # (the same count: one leak told twice)


def test_items_alike_whose_leads_name_other_people_are_both_read():
    # (invented) two mayors resigned: the same words, two people's news
    first = item("Bürgermeister von Musterkirchen tritt nach Förderaffäre zurück",
                 "Alois Gruber legte am Dienstagabend bei einer Sondersitzung des Gemeinderats sein Amt als "
                 "Bürgermeister zurück, meldet die APA. Bis zur Wahl eines Nachfolgers führt der "
                 "Vizebürgermeister die Amtsgeschäfte.")
    second = item("Bürgermeister von Sankt Beispiel tritt nach Vorwürfen zurück",
                  "Der Bürgermeister von Sankt Beispiel, Franz Huber, legte am Montagabend bei einer "
                  "Sondersitzung des Gemeinderats sein Amt zurück, meldet die APA. Bis zur Wahl eines "
                  "Nachfolgers führt die Vizebürgermeisterin die Amtsgeschäfte.")
    assert items_once([first, second]) == ([first, second], [])
    told_again = item("Bürgermeister tritt nach Vorwürfen zurück",
                      "Der Bürgermeister von Musterkirchen, Alois Gruber, legte am Dienstagabend bei einer "
                      "Sondersitzung des Gemeinderats sein Amt zurück, meldet die APA. Bis zur Wahl eines "
                      "Nachfolgers führt der Vizebürgermeister die Amtsgeschäfte.")
    assert items_once([first, told_again])[0] == [first]  # (the same mayor: one story)

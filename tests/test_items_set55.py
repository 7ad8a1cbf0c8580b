"""Items from stop 67 (the fifty-fourth set, read again): an incident told after background on the
building it struck leads, saying where (incident_news)."""

from __future__ import annotations

from bulletin.models import Article
from bulletin.text.asked_for import key_asked
from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.headlines import said_as_sentence
from bulletin.text.incident_news import incident_news
from bulletin.text.news import facts
from bulletin.text.selection import adds
from bulletin.text.units import Unit
from tests.item_copy import estimate


def _item(title: str, *paragraphs: str, seconds: float = 30) -> str:
    copy = Article(title=title, paragraphs=paragraphs, origin="test.md", source="derStandard.at")
    return condense(copy, seconds, estimate, load_outlets()).text


HUT_BACKGROUND_THEN_FIRE = (
    "Schladming (APA) – Die Schutzhütte „Rauchkogel“ am Hochstein war erst im Sommer nach einem Umbau um "
    "1,2 Millionen Euro wiedereröffnet worden. Über die Feiertage waren fast alle der 48 Lager ausgebucht, viele "
    "Gäste kamen aus Deutschland und den Niederlanden. Die Bergrettung war bereits im Vorjahr wegen eines "
    "Lawinenabgangs zu der Hütte ausgerückt. In der Nacht auf Montag brach im Heizraum ein Feuer aus, das "
    "rasch auf den Speisesaal übergriff. Dabei wurden sechs Menschen leicht verletzt, ein Hüttenwirt erlitt "
    "eine schwere Rauchgasvergiftung. Nach Angaben der Polizei konnten sich alle 41 Gäste ins Freie retten. Die "
    "Brandursache ist noch unklar, ein Sachverständiger wurde beigezogen. Rund 60 Feuerwehrleute waren im "
    "Einsatz.")


def test_a_fire_told_after_background_on_the_hut_leads_saying_whose_room_burned():
    said = _item("Brand in Schutzhütte: Sieben Verletzte", HUT_BACKGROUND_THEN_FIRE)
    assert said.startswith("In der Nacht auf Montag brach im Heizraum der Schutzhütte „Rauchkogel“ am Hochstein "
                           "ein Feuer aus"), said
    assert "sechs Menschen leicht verletzt" in said, said
    assert "Lawinenabgangs" not in said, said


def _units(*texts: str) -> list[Unit]:
    return [Unit(i, text) for i, text in enumerate(texts)]


def _incident(*texts: str) -> str:
    told = incident_news(_units(*texts))
    return told[1].text if told else ""


def test_an_incident_is_said_with_the_building_in_the_genitive():
    lead = "Das Gasthaus Kogler in Eibenstein war 1890 gegründet worden."
    news = _incident(lead, "In der Nacht auf Samstag brach im Keller ein Brand aus.")
    assert news == "In der Nacht auf Samstag brach im Keller des Gasthauses Kogler in Eibenstein ein Brand aus."
    adjective = "Das traditionsreiche Hotel Post war seit 1920 in Familienbesitz."
    news = _incident(adjective, "Am Sonntagabend kam im Speisesaal ein Gast zu Sturz.")
    assert news.startswith("Am Sonntagabend kam im Speisesaal des traditionsreichen Hotels Post "), news


def test_an_incident_already_saying_whose_part_or_after_a_lead_of_its_day_is_left():
    whose = "In der Nacht auf Samstag brach im Keller des Nachbarhauses ein Brand aus."
    assert _incident("Das Gasthaus Kogler war 1890 gegründet worden.", whose) == ""
    of_its_day = "Das Gasthaus Kogler hat am Freitag nach dem Umbau wieder geöffnet."
    assert _incident(of_its_day, "In der Nacht auf Samstag brach im Keller ein Brand aus.") == ""
    not_a_building = "Die Gemeinde Eibenstein war 1890 gegründet worden."
    assert _incident(not_a_building, "In der Nacht auf Samstag brach im Keller ein Brand aus.") == ""


HOTEL_TOLL_HEADLINE = (
    "Bozen (APA) – Das Berghotel „Edelweiß“ im Skiort Untermoos war erst im Herbst nach einem Umbau "
    "wiedereröffnet worden. Über Silvester waren alle 80 Betten belegt, viele Gäste kamen aus Österreich. "
    "In der Nacht auf Montag brach im Heizraum ein Feuer aus, das rasch auf den Speisesaal übergriff. Dabei "
    "kamen zwei Menschen ums Leben, elf weitere wurden verletzt. Unter den Verletzten sind laut "
    "Außenministerium drei Österreicher. Die Brandursache ist unklar.")


def test_a_toll_headline_said_as_a_sentence_gives_way_to_the_incident_told_with_the_building():
    said = _item("Hotelbrand in Südtiroler Skiort fordert zwei Todesopfer", HOTEL_TOLL_HEADLINE)
    assert said.startswith("In der Nacht auf Montag brach im Heizraum des Berghotels „Edelweiß“ im Skiort "
                           "Untermoos ein Feuer aus"), said
    assert "Bei einem Hotelbrand" not in said, said
    assert said.count("zwei Menschen ums Leben") == 1, said


def test_a_headline_telling_what_a_fire_claimed_is_said_as_a_sentence_with_articles():
    body = "Flammen schlugen aus dem Dachstuhl des Gasthofs. Die Polizei ermittelt in Hüttau."
    assert said_as_sentence("Großbrand in Gasthof fordert acht Verletzte", body) == \
        "Bei einem Großbrand in einem Gasthof sind acht Menschen verletzt worden."
    # (never "Ein Großbrand in Gasthof fordert ...": "in Gasthof" is a noun without its article, no place)
    assert said_as_sentence("Großbrand in Gasthof zerstört Dachstuhl", body) != \
        "Ein Großbrand in Gasthof zerstört den Dachstuhl."


BUS_CRASH_AFTER_ITINERARY = (
    "Split/Wien (APA) – Die Reisegruppe eines Grazer Seniorenvereins war am Sonntag zu einer Rundreise an "
    "die istrische Küste aufgebrochen. Auf dem Programm standen Pula, Rovinj und mehrere Weingüter der "
    "Region, dazu eine Bootsfahrt zu den Brijuni-Inseln und ein Abend mit Folklore. Laut kroatischer Polizei "
    "kam der Reisebus am Mittwochvormittag auf einer Bergstraße bei Buzet von der Fahrbahn ab und kippte auf "
    "die Seite. Dabei wurden 17 Menschen verletzt, zwei davon schwer. Zunächst war von neun Verletzten die "
    "Rede gewesen, am Abend bestätigte das Außenministerium die höhere Zahl. Die Schwerverletzten wurden nach "
    "Rijeka geflogen. Die übrigen Reisenden sollen am Freitag mit einem Ersatzbus nach Graz zurückkehren.")


def test_an_accident_told_after_the_groups_itinerary_is_read_with_what_it_did_to_people():
    said = _item("Busunfall in Istrien, Grazer Reisegruppe betroffen", BUS_CRASH_AFTER_ITINERARY)
    assert "Dabei wurden 17 Menschen verletzt, zwei davon schwer." in said, said
    assert "kam der Reisebus am Mittwochvormittag" in said, said
    assert "die höhere Zahl" not in said, said


CUP_MATCH_FROM_ITS_SCENE = (
    "Ebenfurth (APA) – Der SC Ebenfurth spielt erst seit vier Saisonen in der Regionalliga Ost, vor drei Jahren "
    "stand der Verein nach dem Konkurs des Hauptsponsors knapp vor dem Aus. Im Achtelfinale des ÖFB-Cups galt "
    "der Drittligist gegen den SV Mühlbach daher als klarer Außenseiter, die Gäste hatten zuletzt sechs Spiele "
    "in Folge gewonnen. Für das Spiel am Mittwochabend hatte die Gemeinde eigens eine Zusatztribüne aufstellen "
    "lassen, rund 1.900 Zuschauer kamen. Nach torloser erster Hälfte brachte Luka Marić den SV Mühlbach in der 52. "
    "Minute in Führung. Doch die Hausherren drehten die Partie und siegten mit 2:1. Kapitän Paul Gruber "
    "glich per Kopf aus, in der 86. Minute traf der eingewechselte Tim Wagner zum Sieg. Trainer Josef Haas "
    "sprach von einem „Abend für die Geschichtsbücher“. Die Auslosung des Viertelfinales findet am Sonntag "
    "statt.")


def test_a_cup_match_told_from_its_scene_is_read_with_its_result():
    said = _item("Regionalligist Ebenfurth wirft Mühlbach aus dem Cup", CUP_MATCH_FROM_ITS_SCENE)
    assert "siegten mit 2:1" in said, said


def test_a_count_said_again_alone_adds_nothing():
    units = [Unit(0, "Bei einem Brand in einem Gasthof sind acht Menschen verletzt worden."),
             Unit(1, "Die Polizei spricht von acht Verletzten."),
             Unit(2, "Die Polizei spricht von zwölf Verletzten.")]
    told = [facts(u.text) for u in units]
    assert not adds(1, [0], told, units)
    assert adds(2, [0], told, units)


MAYOR_VOTED_OUT = (
    "Kremsried (APA) – Franz Hollerer hat Kremsried fast 14 Jahre lang geprägt. Der SPÖ-Politiker holte bei der "
    "Gemeinderatswahl 2020 noch 61 Prozent der Stimmen und ließ eine neue Volksschule und ein Freibad bauen. Seit "
    "dem Frühjahr stand er jedoch massiv unter Druck. Ein Prüfbericht des Landes hatte Unregelmäßigkeiten bei der "
    "Vergabe von Straßenbauaufträgen festgestellt, die Staatsanwaltschaft Krems ermittelt wegen des Verdachts der "
    "Untreue. Bei einer Sondersitzung des Gemeinderats am Dienstagabend stimmte schließlich eine Mehrheit für "
    "einen Misstrauensantrag der Opposition. Noch in der Sitzung erklärte er seinen Rücktritt mit Ende des Monats. "
    "Er wolle der Gemeinde „einen langen Streit ersparen“, sagte Hollerer, die Vorwürfe weise er aber zurück. Bis "
    "zur Wahl eines Nachfolgers führt Vizebürgermeisterin Eva Brandl die Amtsgeschäfte. Für Hollerer gilt die "
    "Unschuldsvermutung.")


def test_a_resignation_told_in_the_meeting_leads_on_the_meetings_day_with_why():
    said = _item("Bürgermeister von Kremsried tritt zurück", MAYOR_VOTED_OUT)
    assert said.startswith("Der Bürgermeister von Kremsried, Franz Hollerer, erklärte am Dienstagabend seinen "
                           "Rücktritt"), said
    assert "ermittelt wegen des Verdachts der Untreue" in said, said  # (not the quoted denial as the why)


def test_a_result_told_in_the_past_perfect_is_an_earlier_rounds_not_the_key():
    lead = Unit(0, "Hoch flogen die Schläger in die Luft, die Spieler lagen sich in den Armen.")
    earlier = Unit(1, "Im Viertelfinale hatte das Team Schweden mit 3:2 besiegt.")
    final = Unit(2, "Im Halbfinale siegte das Team am Freitag mit 4:3 gegen Kanada.")
    assert key_asked([lead, earlier, final], "Eishockey-Team im Finale") == 2
    assert key_asked([lead, earlier], "Eishockey-Team im Finale") is None

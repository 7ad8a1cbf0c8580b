"""Items from stop 56 (set 43's open items and the forty-fourth set): headlines said as sentences
with plural objects, corrections that are the news, one credit per item."""

from __future__ import annotations

from dataclasses import replace

from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.headline_nouns import is_name
from bulletin.text.headlines import said_as_sentence
from bulletin.text.openers import tells_no_news
from tests.item_copy import article, estimate

RULES_BODY = ("Der Musterländer Landtag hat am Mittwoch mit den Stimmen der Koalition ein neues Gesetz "
              "beschlossen. Künftig gelten strengere Regeln für Zweitwohnsitze. Gemeinden können Strafen verhängen.")


def test_a_headline_with_a_plural_object_is_said_as_a_sentence():
    said = said_as_sentence("Landtag in Musterstadt beschließt strengere Regeln für Zweitwohnsitze", RULES_BODY)
    assert said == "Der Landtag in Musterstadt hat strengere Regeln für Zweitwohnsitze beschlossen."
    assert said_as_sentence("Landtag erhöht Abgaben für Zweitwohnsitze", RULES_BODY) \
        == "Der Landtag hat Abgaben für Zweitwohnsitze erhöht."


def test_a_noun_after_a_places_adjective_is_no_name():
    assert not is_name("Landtag", RULES_BODY)  # "Der Musterländer Landtag": a noun, not a name
    assert said_as_sentence("Landtag beschließt neues Gesetz", RULES_BODY) \
        == "Der Landtag hat ein neues Gesetz beschlossen."
    assert is_name("Beispielhof", "Die Gemeinde Beispielhof hat gewählt. In Beispielhof wählten 900.")


def _item(*paragraphs: str) -> str:
    return condense(replace(article(*paragraphs), source="derStandard.at"), 30, estimate, load_outlets()).text


# A court scene, then how long the trial took, then the verdict: the verdict leads
COURT = ("Ehemalige Buchhalterin in Musterstadt verurteilt.",
         "Musterstadt – Die Angeklagte hielt die Hände vor das Gesicht, als der Vorsitzende des Schöffensenats "
         "am Dienstag den Spruch verlas. Zwei Verhandlungstage hatte der Prozess am Landesgericht Musterstadt "
         "gedauert. Die 48-jährige ehemalige Buchhalterin eines Musterstädter Bauunternehmens wurde wegen "
         "Untreue zu zwei Jahren Haft verurteilt, davon acht Monate unbedingt. Das Urteil ist nicht "
         "rechtskräftig. Die Frau hatte zwischen 2020 und 2024 rund 310.000 Euro auf eigene Konten überwiesen. "
         "Sie gab an, Schulden gehabt zu haben.")
# The conditions of a race, then the winner
RACE = ("Muster feiert in Beispielberg ersten Weltcupsieg.",
        "Beispielberg – Starker Wind, zwei Unterbrechungen und eine Piste, die immer weicher wurde: Der Slalom "
        "der Damen verlangte den Läuferinnen am Samstag alles ab. Am besten kam Anna Muster damit zurecht. "
        "Die 24-jährige Musterländerin Anna Muster setzte sich mit 0,22 Sekunden Vorsprung auf die Schwedin "
        "Maja Beispiel durch und feierte ihren ersten Sieg im Weltcup. Dritte wurde die Französin Léa Exemple. "
        "Am Sonntag steht noch ein Riesentorlauf auf dem Programm.")
# How it came to this, a state for over a year: the headline said as a sentence leads
CUTS = ("Beispielberger Autozulieferer streicht 180 Stellen.",
        "Beispielberg – Schwache Aufträge aus der Autoindustrie und hohe Energiekosten setzen dem Zulieferer "
        "seit über einem Jahr zu. Das 1951 gegründete Familienunternehmen Beispiel Metall beschäftigt derzeit "
        "rund 900 Menschen. Bis Ende Juni sollen davon 180 Stellen wegfallen, wie das Unternehmen am Dienstag "
        "mitteilte. Die Gewerkschaft fordert einen Sozialplan. Das Land sagte Unterstützung zu.")
# A bare count first, then the insolvency
INSOLVENT = ("Metallbauer Beispiel aus Musterstadt ist insolvent.",
             "Musterstadt – Rund 150 Jobs sind betroffen. Die Beispiel Metallbau GmbH hat am Montag beim "
             "Landesgericht Musterstadt einen Antrag auf ein Sanierungsverfahren eingebracht, wie der "
             "Kreditschützer KSV1870 mitteilte. Das Unternehmen fertigt Stahlkonstruktionen. Die Löhne für "
             "Oktober wurden noch ausbezahlt.")
# A teaser of its own as the standfirst, the news in the opener: the opener leads
FIRE = ("Heimbewohner werden in Ausweichquartieren untergebracht – Löscharbeiten dauern an.",
        "Musterdorf – Der Großbrand im Schloss Musterdorf am Montag ist von einer weggeworfenen Zigarette "
        "ausgelöst worden. Das haben Brandermittler am Dienstag festgestellt. Für etliche Heimbewohner, die in "
        "dem Gebäude untergebracht waren, wurden bereits Ausweichquartiere gefunden. Verletzt wurde niemand.")


def test_the_verdict_leads_over_the_courtroom_scene_and_the_trials_length():
    assert _item(*COURT).startswith("Die 48-jährige ehemalige Buchhalterin"), _item(*COURT)


def test_the_winner_leads_over_the_conditions_of_the_race():
    assert _item(*RACE).startswith("Die 24-jährige Musterländerin Anna Muster setzte sich"), _item(*RACE)


def test_the_headline_said_leads_over_how_it_came_to_this():
    assert _item(*CUTS).startswith("Ein Beispielberger Autozulieferer streicht 180 Stellen"), _item(*CUTS)


def test_the_insolvency_leads_over_a_bare_count():
    assert _item(*INSOLVENT).startswith("Die Beispiel Metallbau hat am Montag"), _item(*INSOLVENT)


def test_a_teaser_of_its_own_does_not_take_the_lead_from_the_news():
    assert _item(*FIRE).startswith("Der Großbrand im Schloss Musterdorf"), _item(*FIRE)


def test_openers_telling_no_news():
    assert tells_no_news("Schwache Aufträge setzen dem Zulieferer seit über einem Jahr zu.")
    assert tells_no_news("Rund 240 Jobs sind betroffen.")
    assert tells_no_news("Fachleute empfehlen für Jugendliche acht bis zehn Stunden Schlaf.")
    assert tells_no_news("Mit gesenktem Kopf nahm der Angeklagte am Mittwoch das Urteil entgegen.")
    assert not tells_no_news("Der Angeklagte wurde am Mittwoch zu drei Jahren Haft verurteilt.")
    assert not tells_no_news("Die Gemeinde ist seit über einem Jahr ohne Arzt, am Montag sperrte die Praxis zu.")
    assert not tells_no_news("Die Zahl der Arbeitslosen ist erstmals seit mehr als fünf Jahren gesunken.")
    assert not tells_no_news("Die Preise sind im März so stark gestiegen wie seit Jahren nicht.")


def test_a_speaker_named_by_whose_he_is_needs_the_sentence_naming_whose():
    from bulletin.text.verdicts import verdict
    texts = ["Die Regierung hat die Pensionen um 2,7 Prozent erhöht.", "Scharfe Kritik kam vom Seniorenverband.",
             "„Das deckt nicht einmal die Teuerung“, sagte dessen Präsident Max Muster."]
    assert verdict(2, texts) == (1, "")
    assert verdict(1, ["Der Verband, dessen Präsident Max Muster ist, kritisiert das.",
                       "„Das deckt nicht die Teuerung“, sagte Präsident Max Muster."]) == (None, "")


def test_a_towns_festival_in_a_headline_is_said_with_the_definite_article():
    body = "Beispielberg – Das Festival in Beispielberg wird heuer erstmals nicht stattfinden."
    assert said_as_sentence("Beispielberger Musiksommer fällt heuer aus", body) \
        == "Der Beispielberger Musiksommer fällt heuer aus."
    assert said_as_sentence("Beispielberger Autozulieferer streicht 240 Stellen", body) \
        == "Ein Beispielberger Autozulieferer streicht 240 Stellen."


# The headline's figure only further down: the sentence carrying it is read
SAVINGS = ("Musterfunk will bis 2028 weitere 40 Millionen Euro einsparen",
           "Musterstadt – Der Aufsichtsrat des Senders Musterfunk hat am Donnerstag den Finanzplan für die "
           "kommenden zwei Jahre beschlossen. Der Beschluss fiel mit 20 von 25 Stimmen, die Vertreter der "
           "Opposition stimmten dagegen. Rund 90 Planstellen sollen nach Pensionierungen nicht nachbesetzt "
           "werden, teilte Generaldirektorin Anna Beispiel am Donnerstag mit. Kündigungen seien nicht geplant. "
           "Der Sender, der bereits seit zwei Jahren ein Sparprogramm umsetzt, soll nach dem Finanzplan bis Ende "
           "2028 zusätzlich 40 Mio. Euro einsparen. Die Belegschaftsvertretung sprach von einem schmerzhaften "
           "Schritt. Das Orchester bleibt erhalten.")


def test_the_headlines_figure_is_read_when_the_lead_lacks_it():
    assert "40 Mio. Euro" in _item(*SAVINGS), _item(*SAVINGS)


def test_a_role_named_by_the_group_it_serves_is_introduced():
    from bulletin.text.grammar import opening_reference
    assert opening_reference("Der IT-Dienstleister mehrerer Musterländer Gemeinden ist gehackt worden.") == ""
    assert opening_reference("Der IT-Dienstleister ist gehackt worden.") == "Der IT-Dienstleister"

"""Abbreviations, with and without the space after the dot, and sentence ends that survive them."""

import pytest

from bulletin.speech.normalize import normalize
from bulletin.speech.normalize.abbreviations import EXPANSIONS, abbreviations, weekday_ranges
from bulletin.text.sentences import split_sentences


@pytest.mark.parametrize("written, spoken", [
    ("z. B. am Berg", "zum Beispiel am Berg"), ("z.B. am Berg", "zum Beispiel am Berg"),
    ("Z. B. heute", "Zum Beispiel heute"), ("u. a. die Feuerwehr", "unter anderem die Feuerwehr"),
    ("u.a. die Feuerwehr", "unter anderem die Feuerwehr"), ("bzw. später", "beziehungsweise später"),
    ("ca. 300", "zirka 300"), ("Ca. 300", "Zirka 300"), ("Dr. Lena Muster", "Doktor Lena Muster"),
    ("Prof. Dr. Max Beispiel", "Professor Doktor Max Beispiel"), ("Chanel Nr. 5", "Chanel Nummer 5"),
    ("d. h. nichts", "das heißt nichts"), ("d.h. nichts", "das heißt nichts"), ("St. Pauli", "Sankt Pauli"),
    ("3 St. Butter", "3 Stück Butter"), ("Art. 5 Abs. 2", "Artikel 5 Absatz 2"), ("v. a. im Norden", "vor allem im Norden"),
    ("evtl. später", "eventuell später"), ("inkl. Steuer", "inklusive Steuer"), ("S. 12", "Seite 12"),
    ("im 19. Jh. gebaut", "im 19. Jahrhundert gebaut"), ("Hauptstr. 5", "Hauptstraße 5"),
    ("1 Mio. Euro", "1 Million Euro"), ("3,5 Mio. Euro", "3,5 Millionen Euro"), ("2 Mrd. Dollar", "2 Milliarden Dollar"),
    ("1 Mrd. Euro", "1 Milliarde Euro"), ("mit Hr. Meier", "mit Herrn Meier"), ("der sog. Ausschuss", "der sogenannte Ausschuss"),
    ("dem sog. Ausschuss", "dem sogenannten Ausschuss"),
])
def test_abbreviations(written, spoken):
    assert abbreviations(written) == spoken


@pytest.mark.parametrize("written", [
    "Das ist der Herbst.", "Jan S. Meier kam.", "Auf diese Art. Dann ging er.", "Er lebt in St. Gallen",
])
def test_words_that_only_look_like_abbreviations_stay(written):
    assert abbreviations(written).replace("Sankt", "St.") == written


@pytest.mark.parametrize("written, spoken", [
    ("Äpfel, Birnen usw.", "Äpfel, Birnen und so weiter."),
    ("Äpfel usw. Die Preise steigen.", "Äpfel und so weiter. Die Preise steigen."),
    ("Äpfel usw. Bananen", "Äpfel und so weiter Bananen"),
    ("Die Kosten steigen um 3 Mio. Die Stadt zahlt.", "Die Kosten steigen um 3 Millionen. Die Stadt zahlt."),
    ("Der Mustermann e. V. Er klagt.", "Der Mustermann eingetragener Verein. Er klagt."),
    ("Das sagte Dr. Müller.", "Das sagte Doktor Müller."),
])
def test_an_abbreviation_that_ends_the_sentence_keeps_the_full_stop(written, spoken):
    assert abbreviations(written) == spoken


@pytest.mark.parametrize("text", [
    "Das ist der Herbst. Er kam zuerst.",
    "Sie kauften Äpfel, Birnen usw. Die Preise steigen weiter.",
    "Die Zahl stieg bis zum Abend auf 12. Die Polizei ermittelt.",
    "Der Schaden liegt bei 3,5 Mio. Die Versicherung zahlt.",
    "Die Frist läuft bis 31.12. Danach wird es teurer.",
    "Er wurde 2. Sie gewann am 3. Oktober. Zum Beispiel z. B. am 1. Mai 2026.",
])
def test_normalizing_never_merges_or_splits_sentences(text):
    assert len(split_sentences(normalize(text))) == len(split_sentences(text))


def test_a_unit_abbreviation_at_a_sentence_end_keeps_the_stop():
    spoken = normalize("Der Zug kam nach 5 Min. Die Fahrgäste stiegen um.")
    assert spoken == "Der Zug kam nach fünf Minuten. Die Fahrgäste stiegen um."
    assert len(split_sentences(spoken)) == 2


def test_every_abbreviation_of_the_issue_is_expanded():
    issue = ["z. B.", "u. a.", "bzw.", "ca.", "Dr.", "Prof.", "Nr.", "usw.", "d. h.", "St.", "Abs.", "Art.",
             "v. a.", "evtl.", "inkl.", "Mio.", "Mrd."]
    assert set(issue) <= set(EXPANSIONS)
    for abbr in issue:
        for written in (abbr, abbr.replace(" ", "")):
            after = "Pauli" if abbr == "St." else "5 Personen"
            spoken = normalize(f"Er sagte {written} {after} Dank")
            assert written not in spoken and "." not in spoken, (written, spoken)


def test_weekday_ranges():
    assert weekday_ranges("Mo.–Fr. geöffnet, Sa.-So. zu") == "Montag bis Freitag geöffnet, Samstag bis Sonntag zu"


@pytest.mark.parametrize("written, spoken", [
    ("Die Gespräche gehen am Do. weiter.", "Die Gespräche gehen am Donnerstag weiter."),
    ("Das Treffen ist am Sa.", "Das Treffen ist am Samstag."),
    ("Am Fr. ist Markt.", "Am Freitag ist Markt."),
    ("Fr. Meier sagte das.", "Frau Meier sagte das."),
    ("So. Das war es.", "So. Das war es."),  # "So." opening a sentence is no Sunday
    ("Frankfurt a. M. und Frankfurt a.d.O.", "Frankfurt am Main und Frankfurt an der Oder."),
])
def test_lone_weekdays_and_place_abbreviations(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("am 12. u. 13. Dezember", "am zwölften und dreizehnten Dezember"),
    ("Peter u. Paul", "Peter und Paul"),
    ("Birnen u. a. Obst", "Birnen unter anderem Obst"),
    ("Max U. sagte", "Max U. sagte"),  # an initial
])
def test_lower_case_u_between_words_is_und(written, spoken):
    assert normalize(written) == spoken

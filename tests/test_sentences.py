"""German sentence splitting: abbreviations, ordinals, dates, initials, quotes, real ends, run-ons."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin.text.sentences import (
    ABBREVIATIONS,
    END_CAPABLE,
    SENTENCE_STARTERS,
    abbreviation_before,
    join_open_quotes,
    quotes_open,
    run_on_parts,
    split_sentences,
)


@pytest.mark.parametrize(
    "text",
    [
        "Es gibt z. B. Äpfel und z.B. Birnen im Angebot.",
        "Gekommen sind u. a. der Landrat und ca. 300 Gäste.",
        "Die Stadt bzw. der Kreis zahlt, d. h. die Bürger zahlen.",
        "Es sprach Dr. Anna Beispiel, danach Prof. Max Muster.",
        "Das Haus Nr. 12 steht in St. Georgen.",
        "Nach § 3 Abs. 2 und Art. 5 GG ist das erlaubt.",
        "Gemeint sind v. a. Pendler, evtl. auch Schüler, inkl. Azubis.",
        "Das Projekt kostet 3,5 Mio. Euro, das Land gibt 2 Mrd. Euro.",
        "Mr. Smith traf Hr. Muster und Fr. Beispiel.",
        "Das gilt ggf. auch für sog. Kleinbetriebe, vgl. den Bericht.",
        "Am 3. Oktober ist Feiertag.",
        "Der 3. Platz ging an Beispielstadt.",
        "Die Sitzung ist am 27.11.2026 um 14.30 Uhr.",
        "Die Sitzung ist am 27. 11. 2026 im Rathaus.",
        "Der Wert stieg um 3.5 Prozent auf 12,5 Punkte.",
        "John F. Kennedy war Präsident der USA.",
        "„Das geht nicht“, sagte sie.",
        "„Warum?“, fragte der Minister.",
        "Zum 3. Mal spielt der Verein in der 2. Liga.",
        "Am 5.12. Paul Muster kam zur Sitzung.",  # a day and month may stand as an ordinal
        "Der 2000. Besucher bekam einen Preis.",  # a year's number after an article: an ordinal
        "Der 100.000. Kunde bekam einen Preis.",  # so is a number in thousands
        "Im Jahr 50 v. Chr. kamen die Römer.",
        "Ca. 300 Menschen kamen.",
        "Es gab Äpfel, Birnen usw. Bananen gab es nicht.",
    ],
)
def test_does_not_split_inside_a_sentence(text):
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Die Zahl stieg auf 12. Die Polizei ermittelt.",
            ["Die Zahl stieg auf 12.", "Die Polizei ermittelt."],
        ),
        ("Das ist der Herbst. Er kam zuerst.", ["Das ist der Herbst.", "Er kam zuerst."]),
        (
            "„Wir sind bereit.“ Der Minister nickte.",
            ["„Wir sind bereit.“", "Der Minister nickte."],
        ),
        ("Was nun? Keiner weiß es! Dann ging er.", ["Was nun?", "Keiner weiß es!", "Dann ging er."]),
        ("Es kamen 300 Gäste. 2025 waren es mehr.", ["Es kamen 300 Gäste.", "2025 waren es mehr."]),
        ("Er kam aus den USA. Sie blieb.", ["Er kam aus den USA.", "Sie blieb."]),
        ("Das war Plan B. Er half.", ["Das war Plan B.", "Er half."]),
        ("Das ist eine neue Art. Sie gefällt.", ["Das ist eine neue Art.", "Sie gefällt."]),
        (
            "Die Lage in der Schweiz.Die Böen waren stark.",
            ["Die Lage in der Schweiz.", "Die Böen waren stark."],
        ),
        ('Er sagte: "Nein." Dann ging er.', ['Er sagte: "Nein."', "Dann ging er."]),
        ("Er wartete … Dann kam der Bus.", ["Er wartete …", "Dann kam der Bus."]),
        ("Es kostet 3 Mio. Die Stadt zahlt.", ["Es kostet 3 Mio.", "Die Stadt zahlt."]),
        # a score, a time or a decimal is no ordinal, whatever word follows
        ("Muster gewann mit 3:2. Max Beispiel traf spät.", ["Muster gewann mit 3:2.", "Max Beispiel traf spät."]),
        ("Die Show beginnt um 20:15. Maria Muster moderiert.", ["Die Show beginnt um 20:15.", "Maria Muster moderiert."]),
        ("Der Wert lag bei 7,5. Experten warnen.", ["Der Wert lag bei 7,5.", "Experten warnen."]),
        ("Sie kaufte die Zeitung im Jahr 2010. Zu ihrer Zeit war alles anders.",
         ["Sie kaufte die Zeitung im Jahr 2010.", "Zu ihrer Zeit war alles anders."]),
        ("Bis heute kamen mehr als 120.000. Normalerweise sind es weniger.",
         ["Bis heute kamen mehr als 120.000.", "Normalerweise sind es weniger."]),
    ],
)
def test_splits_real_sentence_ends(text, expected):
    assert split_sentences(text) == expected


def test_usw_at_the_end_splits_only_before_a_typical_starter():
    # The documented judgement call: "usw." closes a sentence when "Die", "Er", "Im" ... follows.
    assert split_sentences("Es gab Äpfel, Birnen usw. Die Preise steigen.") == [
        "Es gab Äpfel, Birnen usw.",
        "Die Preise steigen.",
    ]
    assert split_sentences("Es gab Äpfel usw. Bananen gab es nicht.") == [
        "Es gab Äpfel usw. Bananen gab es nicht."
    ]


def test_blank_lines_end_sentences_but_single_line_breaks_do_not():
    text = "Der Stadtrat hat den\nRadweg beschlossen.\n\nÜberschrift ohne Punkt\n\nNoch ein Satz."
    assert split_sentences(text) == [
        "Der Stadtrat hat den Radweg beschlossen.",
        "Überschrift ohne Punkt",
        "Noch ein Satz.",
    ]


def test_whitespace_is_collapsed_and_empty_text_gives_nothing():
    assert split_sentences("  Ein   Satz.   Zwei  Sätze. ") == ["Ein Satz.", "Zwei Sätze."]
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []


def test_every_character_is_kept():
    text = "Am 3. Oktober kamen ca. 300 Gäste. „Wir sind bereit.“ Die Zahl stieg auf 12. Er ging."
    assert " ".join(split_sentences(text)) == text


def test_abbreviation_list_is_exported_with_the_usual_forms():
    for abbr in ("z. B.", "u. a.", "bzw.", "ca.", "Dr.", "Prof.", "Nr.", "usw.", "d. h.", "St.", "Abs.",
                 "Art.", "v. a.", "evtl.", "inkl.", "Mio.", "Mrd.", "Mr.", "Hr.", "Fr.", "ggf.", "sog.",
                 "vgl.", "etc."):  # fmt: skip
        assert abbr in ABBREVIATIONS
    assert END_CAPABLE <= set(ABBREVIATIONS)
    assert "Oktober" not in SENTENCE_STARTERS and "Mal" not in SENTENCE_STARTERS


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Das gilt z. B.", "z. B."),
        ("Das gilt z.B.", "z.B."),
        ("Ca.", "Ca."),
        ("Es kostet 3 Mio.", "Mio."),
        ("Das ist der Herbst.", None),
        ("Das ist Dr.", "Dr."),
        ("Der Mr.", "Mr."),
        ("Die Hr.", "Hr."),
        ("Ein Gemisch.", None),  # "sch." is no abbreviation inside a word
    ],
)
def test_abbreviation_before(text, expected):
    assert abbreviation_before(text) == expected


def test_long_text_before_an_abbreviation_is_handled():
    text = "x" * 60 + " und Dr."
    assert abbreviation_before(text) == "Dr."
    assert abbreviation_before("x" * 60 + "Dr.") is None


def test_quotes_open():
    assert quotes_open("„Wir sind bereit.")
    assert not quotes_open("„Wir sind bereit.“")
    assert quotes_open('"Wir sind bereit.')
    assert quotes_open("»Wir sind")
    assert not quotes_open("Ein Satz ohne Zitat.")


def test_join_open_quotes_keeps_a_quotation_whole():
    sentences = split_sentences("„Wir sind bereit. Wir fangen morgen an“, sagte er. Dann ging er.")
    assert len(sentences) == 3
    assert join_open_quotes(sentences) == [
        "„Wir sind bereit. Wir fangen morgen an“, sagte er.",
        "Dann ging er.",
    ]


def test_join_open_quotes_gives_up_on_a_stray_quote_mark():
    sentences = ["„Ein offenes Zitat.", "Zwei.", "Drei.", "Vier.", "Fünf."]
    assert join_open_quotes(sentences) == sentences
    assert join_open_quotes(["„A.", "B“, sagte er.", "C."], limit=2) == ["„A. B“, sagte er.", "C."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='aBcDeÄöüß 12.,:!?„“"()\n-zZuU', max_size=120))
def test_splitting_never_loses_or_invents_text(text):
    sentences = split_sentences(text)
    assert all(s and s == s.strip() for s in sentences)
    assert "".join("".join(sentences).split()) == "".join(text.split())


@pytest.mark.parametrize("text, expected", [
    # an ordinal after a word with a hyphen: "the world number 45"
    ("Er trifft auf den Weltranglisten-45. Max Muster aus Nordhafen.",
     ["Er trifft auf den Weltranglisten-45. Max Muster aus Nordhafen."]),
    # a subheading that lost its line break, glued to the next sentence
    ("Der Rat tagte lange. Keine Einigung Bei den Fraktionen kam der Vorschlag nicht gut an.",
     ["Der Rat tagte lange.", "Keine Einigung", "Bei den Fraktionen kam der Vorschlag nicht gut an."]),
    ("Es gab kein Urteil. «Kein Entgegenkommen» Das Gericht sieht kein Problem.",
     ["Es gab kein Urteil.", "«Kein Entgegenkommen»", "Das Gericht sieht kein Problem."]),
    # a sentence that lost its full stop before the next one
    ("Weitere Küken werden erwartet, da noch Eier bebrütet werden Der Tierpark freut sich.",
     ["Weitere Küken werden erwartet, da noch Eier bebrütet werden", "Der Tierpark freut sich."]),
    # ... a subheading ending in a small word, glued to a sentence opening with "Laut", "Wie",
    # "In" or an article and a noun: a capital there starts a new sentence
    ("Er soll in Nordhafen gewesen sein Laut Recherchen des Senders fuhr er im Mai dorthin.",
     ["Er soll in Nordhafen gewesen sein", "Laut Recherchen des Senders fuhr er im Mai dorthin."]),
    ("Die Familie bat ihn, sich zu stellen Wie viele andere wuchs er in Südhafen auf.",
     ["Die Familie bat ihn, sich zu stellen", "Wie viele andere wuchs er in Südhafen auf."]),
    ("Ansicht öffnen In der Debatte fordern sie ein Wort des Präsidenten.",
     ["Ansicht öffnen", "In der Debatte fordern sie ein Wort des Präsidenten."]),
    ("Pizza bestellen wird schwierig Das Schloss ist 900 Jahre alt.",
     ["Pizza bestellen wird schwierig", "Das Schloss ist 900 Jahre alt."]),
    ("Der Rat tagte. Kein Geld Wegen der Schulden fällt das Fest aus.",
     ["Der Rat tagte.", "Kein Geld", "Wegen der Schulden fällt das Fest aus."]),
    # ... or glued to a sentence that opens with a sentence adverb ("Eigentlich wollte ...")
    ("Der Plan sickerte zu früh durch Eigentlich wollte die Stadt bis Mai warten.",
     ["Der Plan sickerte zu früh durch", "Eigentlich wollte die Stadt bis Mai warten."]),
    ("Streit um Gebühren Konkret fordert der Verein eine Senkung um zehn Prozent.",
     ["Streit um Gebühren", "Konkret fordert der Verein eine Senkung um zehn Prozent."]),
    # ... but a capitalized adverb inside a title or before a capital stays
    ("Das Lied Eigentlich Sommer lief im Radio.", ["Das Lied Eigentlich Sommer lief im Radio."]),
    # a noun that is also a preposition stays in its sentence
    ("Das Amt sei auf der Suche nach neuen Wegen und Ideen.", ["Das Amt sei auf der Suche nach neuen Wegen und Ideen."]),
    # titles stay whole, and the names of papers and parties
    ("Das Buch Im Westen nichts Neues ist alt.", ["Das Buch Im Westen nichts Neues ist alt."]),
    ("Der Roman heißt Die Beispielstadt und ist neu.", ["Der Roman heißt Die Beispielstadt und ist neu."]),
    ("Im Mai wählten viele Die Linke.", ["Im Mai wählten viele Die Linke."]),
    ("Die Zahl nennt laut Der Spiegel niemand.", ["Die Zahl nennt laut Der Spiegel niemand."]),
    ("„Wir sind bereit“, sagte sie. Dann ging sie.", ["„Wir sind bereit“, sagte sie.", "Dann ging sie."]),
])
def test_copy_scraped_from_the_web_is_split_where_a_reader_would(text, expected):
    assert split_sentences(text) == expected


def test_a_sentence_opening_with_wer_and_an_adjective_is_no_glued_question_heading():
    # "Wer einen pflegebedürftigen | Angehörigen betreut, ..." had been cut in two: the adjective
    # looked like the verb ending an indirect-question heading ("Was man bisher weiß")
    text = ("Wer einen pflegebedürftigen Angehörigen betreut, soll ab Juli sechs Monate aussetzen können. "
            "Das Geld wird weiter bezahlt.")
    assert split_sentences(text) == ["Wer einen pflegebedürftigen Angehörigen betreut, soll ab Juli sechs Monate "
                                     "aussetzen können.", "Das Geld wird weiter bezahlt."]


RUN_ON = ("Die Brauerei Musterbräu hat im Geschäftsjahr 2025 ihren Umsatz um 4,2 Prozent auf 88,5 Mio. Euro "
          "gesteigert, die Produktion ihrer 3 Standorte stieg um 2,1 Prozent auf 610.000 Hektoliter, davon 90.000 "
          "Hektoliter alkoholfrei, der durchschnittliche Preis für die Wirte lag um 3 Cent über dem Vorjahr, der "
          "Exportanteil kletterte von 12 auf 15 Prozent, und das Ergebnis vor Steuern erreichte 4,1 Mio. Euro, wie "
          "Geschäftsführerin Eva Muster am Mittwoch sagte.")


def test_a_run_on_sentence_of_main_clauses_is_read_as_sentences_with_the_speaker_kept_first():
    parts = run_on_parts(RUN_ON)
    assert parts[0].endswith("88,5 Mio. Euro gesteigert, wie Geschäftsführerin Eva Muster am Mittwoch sagte.")
    assert parts[1:] == ["Die Produktion ihrer 3 Standorte stieg um 2,1 Prozent auf 610.000 Hektoliter, davon "
                         "90.000 Hektoliter alkoholfrei.",
                         "Der durchschnittliche Preis für die Wirte lag um 3 Cent über dem Vorjahr.",
                         "Der Exportanteil kletterte von 12 auf 15 Prozent.",
                         "Das Ergebnis vor Steuern erreichte 4,1 Mio. Euro."]


def test_a_long_sentence_with_relative_clauses_stays_whole():
    long_one = ("Die Gemeinde hat am Montag beschlossen, die Förderung für Familien, die Kinder unter drei Jahren "
                "betreuen, und für Vereine, die Jugendarbeit leisten, um zehn Prozent zu erhöhen, wobei die Kosten "
                "von rund 120.000 Euro im Jahr aus Rücklagen gedeckt werden sollen, die der Gemeinderat bereits im "
                "Vorjahr für solche Zwecke gebildet hat, wie der Bürgermeister sagte.")
    assert len(long_one.split()) >= 45
    assert run_on_parts(long_one) == [long_one]

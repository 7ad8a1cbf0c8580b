"""Day words said from the air date: an article written on Monday evening, aired on Tuesday
morning, says "gestern" where it wrote "heute" - where the sentence is told in the past, outside
quotes, and only when the article's date is known."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bulletin.text.days import said_on_air_day
from tests.test_cli import script_only

VIENNA = ZoneInfo("Europe/Vienna")
MONDAY_EVENING = datetime(2026, 12, 7, 18, tzinfo=VIENNA)
TUESDAY = datetime(2026, 12, 8, 7, tzinfo=VIENNA)
THURSDAY = datetime(2026, 12, 10, 7, tzinfo=VIENNA)


@pytest.mark.parametrize("written, tuesday, thursday", [
    ("Der Gemeinderat hat heute den Bau beschlossen.", "Der Gemeinderat hat gestern den Bau beschlossen.",
     "Der Gemeinderat hat am Montag den Bau beschlossen."),
    ("Heute wurde der Mann festgenommen.", "Gestern wurde der Mann festgenommen.",
     "Am Montag wurde der Mann festgenommen."),
    ("Die Polizei wurde heute Nachmittag alarmiert.", "Die Polizei wurde gestern Nachmittag alarmiert.",
     "Die Polizei wurde am Montagnachmittag alarmiert."),
    ("Die Polizei wurde heute morgen alarmiert.", "Die Polizei wurde gestern Morgen alarmiert.",  # old spelling
     "Die Polizei wurde am Montagmorgen alarmiert."),
    ("Der Rat hat gestern Nacht getagt.", "Der Rat hat gestern Nacht getagt.",  # which night: left to the check
     "Der Rat hat gestern Nacht getagt."),
    ("Gestern Abend war das Konzert ausverkauft.", "Am Sonntagabend war das Konzert ausverkauft.",
     "Am Sonntagabend war das Konzert ausverkauft."),
    ("Seit heute gilt ein Parkverbot.", "Seit gestern gilt ein Parkverbot.", "Seit Montag gilt ein Parkverbot."),
    ("Ab heute gilt ein Parkverbot.", "Seit gestern gilt ein Parkverbot.", "Seit Montag gilt ein Parkverbot."),
    # a day still to come is said from the air date as long as it is to come
    ("Der Rat tagt morgen früh erneut.", "Der Rat tagt heute früh erneut.", "Der Rat tagt morgen früh erneut."),
    ("Übermorgen soll die Entscheidung fallen.", "Morgen soll die Entscheidung fallen.",
     "Übermorgen soll die Entscheidung fallen."),
    # told as if to come, in a quote, "bis heute" (until now), "die besten Chancen" (no participle): as written
    ("Heute tagt der Rat im Rathaus.", "Heute tagt der Rat im Rathaus.", "Heute tagt der Rat im Rathaus."),
    ("Sie sagte heute: „Wir bauen heute noch.“", "Sie sagte gestern: „Wir bauen heute noch.“",
     "Sie sagte am Montag: „Wir bauen heute noch.“"),
    ("Bis heute ist unklar, wer zahlt.", "Bis heute ist unklar, wer zahlt.", "Bis heute ist unklar, wer zahlt."),
    ("Das war Schnee von gestern.", "Das war Schnee von gestern.", "Das war Schnee von gestern."),
    ("Die Band war bald Geschichte, ihr Debüt wird heute zu den besten gezählt.",
     "Die Band war bald Geschichte, ihr Debüt wird heute zu den besten gezählt.",
     "Die Band war bald Geschichte, ihr Debüt wird heute zu den besten gezählt."),
    ("Der Verein hat heute die besten Chancen.", "Der Verein hat heute die besten Chancen.",
     "Der Verein hat heute die besten Chancen."),
    # a time of day alone is the day of writing's, unless the item named another day before it
    ("Am Abend wurde der Mann festgenommen.", "Gestern Abend wurde der Mann festgenommen.",
     "Am Montagabend wurde der Mann festgenommen."),
    ("Seit dem Vormittag tagen die Minister.", "Seit gestern Vormittag tagen die Minister.",
     "Seit Montagvormittag tagen die Minister."),
    ("Am Sonntag tagte der Rat, am Abend wurde gefeiert.", "Am Sonntag tagte der Rat, am Abend wurde gefeiert.",
     "Am Sonntag tagte der Rat, am Abend wurde gefeiert."),
    ("Am Abend des 3. Dezember wurde gefeiert.", "Am Abend des 3. Dezember wurde gefeiert.",
     "Am Abend des 3. Dezember wurde gefeiert."),
    ("Am Abend will der Rat entscheiden.", "Am Abend will der Rat entscheiden.",
     "Am Abend will der Rat entscheiden."),
    ("Er sagte: „Am Abend haben wir gefeiert.“", "Er sagte: „Am Abend haben wir gefeiert.“",
     "Er sagte: „Am Abend haben wir gefeiert.“"),
    # "kommenden Donnerstag" (written Monday 7 December: the 10th) stays while it names that day; on
    # Thursday the day is over in a sentence told as if to come, so it stays for the check to note
    ("Kommenden Donnerstag startet die Serie.", "Kommenden Donnerstag startet die Serie.",  # still right
     "Heute startet die Serie."),
    ("Am kommenden Dienstag tagt der Rat.", "Heute tagt der Rat.", "Am kommenden Dienstag tagt der Rat."),
    ("Am kommenden Mittwoch tagt der Rat.", "Am kommenden Mittwoch tagt der Rat.",  # still right on Tuesday
     "Am kommenden Mittwoch tagt der Rat."),
    ("Der Rat wird am kommenden Dienstag tagen.", "Der Rat wird heute tagen.",
     "Der Rat wird am kommenden Dienstag tagen."),
    ("Vergangenen Freitag wurde gewählt.", "Vergangenen Freitag wurde gewählt.",  # still the last Friday
     "Vergangenen Freitag wurde gewählt."),
    ("Sie sagte: „Kommenden Donnerstag tagen wir.“", "Sie sagte: „Kommenden Donnerstag tagen wir.“",
     "Sie sagte: „Kommenden Donnerstag tagen wir.“"),
])
def test_day_words_are_counted_from_the_air_date(written, tuesday, thursday):
    assert said_on_air_day(written, MONDAY_EVENING, TUESDAY).text == tuesday
    assert said_on_air_day(written, MONDAY_EVENING, THURSDAY).text == thursday


@pytest.mark.parametrize("written, said", [
    ("Der Rat hat heute den Plan vorgestellt.", "Der Rat hat gestern den Plan vorgestellt."),  # separable verbs
    ("Die Polizei hat heute die Straße abgesperrt.", "Die Polizei hat gestern die Straße abgesperrt."),
    ("Die Firma hat heute Stellen abgebaut.", "Die Firma hat gestern Stellen abgebaut."),
    ("Der Minister hat heute eingelenkt.", "Der Minister hat gestern eingelenkt."),
    ("Die Stadt hat heute die Gebühren erhöht.", "Die Stadt hat gestern die Gebühren erhöht."),
    ("Der Rat hat heute die besten Chancen.", "Der Rat hat heute die besten Chancen."),  # no perfect
    # and a preterite, weak or strong, with its prefix
    ("Der Minister stellte heute den Plan vor.", "Der Minister stellte gestern den Plan vor."),
    ("Der Rat beschloss heute den Haushalt.", "Der Rat beschloss gestern den Haushalt."),
    ("Die Polizei nahm heute einen Mann fest.", "Die Polizei nahm gestern einen Mann fest."),
    ("Sie gewann heute das Finale.", "Sie gewann gestern das Finale."),
    ("Die Stadt könnte heute entscheiden.", "Die Stadt könnte heute entscheiden."),  # Konjunktiv II
    ("Der Rat sollte heute entscheiden.", "Der Rat sollte heute entscheiden."),  # was to, or should?
    ("Die Firma arbeitet heute.", "Die Firma arbeitet heute."),
])
def test_a_perfect_of_any_verb_tells_the_past(written, said):
    assert said_on_air_day(written, MONDAY_EVENING, TUESDAY).text == said


@pytest.mark.parametrize("written, tuesday, thursday", [
    # a weekday is said "heute", "gestern" or "morgen" where it is one of those from the air date
    ("Der Rat hat am Montag beschlossen.", "Der Rat hat gestern beschlossen.", "Der Rat hat am Montag beschlossen."),
    ("Am Dienstag soll der Rat tagen.", "Heute soll der Rat tagen.", "Am Dienstag soll der Rat tagen."),
    ("Der Rat will am Mittwochabend tagen.", "Der Rat will morgen Abend tagen.",
     "Der Rat will am Mittwochabend tagen."),
    # told in the present, a weekday other than the day of writing may be one to come or a story's
    ("Am Dienstag antwortet er in einer Mail.", "Am Dienstag antwortet er in einer Mail.",
     "Am Dienstag antwortet er in einer Mail."),
    ("Am Sonntag wurde gewählt.", "Am Sonntag wurde gewählt.", "Am Sonntag wurde gewählt."),  # the last Sunday
    ("Am Montag stürzt der Kran um.", "Am Montag stürzt der Kran um.",  # told in the present: as written
     "Am Montag stürzt der Kran um."),
    # with its date, in a quote, after "seit": as written
    ("Am Dienstag, 8. Dezember, tagt der Rat.", "Am Dienstag, 8. Dezember, tagt der Rat.",
     "Am Dienstag, 8. Dezember, tagt der Rat."),
    ("Sie sagte: „Am Dienstag tagen wir.“", "Sie sagte: „Am Dienstag tagen wir.“", "Sie sagte: „Am Dienstag tagen wir.“"),
    ("Seit Montag gilt ein Parkverbot.", "Seit Montag gilt ein Parkverbot.", "Seit Montag gilt ein Parkverbot."),
    ("Die Sitzung war auf 9 Uhr am Montag angesetzt.", "Die Sitzung war auf 9 Uhr am Montag angesetzt.",
     "Die Sitzung war auf 9 Uhr am Montag angesetzt."),  # not "auf 9 Uhr gestern"
])
def test_a_weekday_is_said_from_the_air_date_where_it_is_today_yesterday_or_tomorrow(written, tuesday, thursday):
    assert said_on_air_day(written, MONDAY_EVENING, TUESDAY).text == tuesday
    assert said_on_air_day(written, MONDAY_EVENING, THURSDAY).text == thursday


def test_a_weekday_that_is_the_air_day_is_heute_also_in_an_article_of_that_day():
    # agency copy says "am Dienstag" for the day it is written; the bulletin that day says "heute"
    tuesday_morning = datetime(2026, 12, 8, 6, tzinfo=VIENNA)
    said = said_on_air_day("Der Rat hat am Dienstag beschlossen, am Freitag wird gewählt.", tuesday_morning, TUESDAY)
    assert said.text == "Der Rat hat heute beschlossen, am Freitag wird gewählt."


def test_the_day_words_left_as_written_are_told_to_the_check():
    said = said_on_air_day("Der Rat tagt heute. Sie sagte: „Wir bauen heute.“ Er hat heute gesprochen.",
                           MONDAY_EVENING, TUESDAY)
    assert said.text == "Der Rat tagt heute. Sie sagte: „Wir bauen heute.“ Er hat gestern gesprochen."
    assert said.left == ("heute", "heute")  # told as if to come, and the speaker's
    assert said_on_air_day("Er hat heute gesprochen.", None, TUESDAY).left is None  # nothing was counted


def test_the_same_day_an_unknown_date_or_a_day_too_far_leave_the_words_as_written():
    text = "Der Gemeinderat hat heute den Bau beschlossen."
    assert said_on_air_day(text, MONDAY_EVENING, datetime(2026, 12, 7, 20, tzinfo=VIENNA)).text == text
    assert said_on_air_day(text, None, TUESDAY).text == text
    assert said_on_air_day(text, MONDAY_EVENING, datetime(2026, 12, 15, 7, tzinfo=VIENNA)).text == text
    # an article dated after the bulletin (a wrong clock or date): "heute" in "wird heute ... gezählt"
    # may mean nowadays, and nothing says which day the article was really written
    assert said_on_air_day("Das Album wird heute zu den besten gezählt.", MONDAY_EVENING,
                           datetime(2026, 12, 6, 7, tzinfo=VIENNA)).text == "Das Album wird heute zu den besten gezählt."
    # 23:30 UTC on Monday is already Tuesday in Vienna: the station's day counts
    assert said_on_air_day(text, datetime(2026, 12, 7, 23, 30, tzinfo=ZoneInfo("UTC")), TUESDAY).text == text


def test_a_bulletin_the_morning_after_says_gestern_and_the_check_has_nothing_left_to_note(tmp_path):
    out = script_only(tmp_path, "2026-12-07T18:00+01:00", "Hallenbad",
                      "Der Gemeinderat von Beispielstadt hat heute den Bau eines neuen Hallenbads beschlossen.",
                      "Die Kosten liegen bei zwölf Millionen Euro.", hour="2026-12-08T07")
    script = next(out.glob("*.script.txt")).read_text(encoding="utf-8")
    item = script.split("\n[item] ")[1]
    assert "hat gestern den Bau eines neuen Hallenbads beschlossen" in item and "heute" not in item
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    # the check knows "gestern" is already said from the air date: nothing to note about the day
    assert not any("'heute'" in w or "'gestern'" in w or "day" in w for w in manifest["warnings"])


def test_a_part_of_the_day_over_when_the_article_was_written_is_said_from_the_air_date_in_any_tense():
    # a feed's historic present ("Am Morgen wird ... Opfer", written at 18:00): that morning is over,
    # a bulletin the next day must not make it this morning
    # ... and "wird" right after "gestern" is "wurde" (the other verbs are left to the check)
    assert said_on_air_day("Am Morgen wird die Stadt Opfer eines Angriffs.", MONDAY_EVENING, TUESDAY).text == \
        "Gestern Morgen wurde die Stadt Opfer eines Angriffs."
    assert said_on_air_day("Am Nachmittag werden die Leitungen gekappt, das Netz fällt aus.", MONDAY_EVENING,
                           TUESDAY).text == "Gestern Nachmittag wurden die Leitungen gekappt, das Netz fällt aus."
    assert said_on_air_day("Heute Vormittag fällt das Netz aus.", MONDAY_EVENING, THURSDAY).text == \
        "Am Montagvormittag fällt das Netz aus."
    # not a part of the day still to come when it was written: told as if to come, it stays
    monday_morning = MONDAY_EVENING.replace(hour=8)
    for written in ("Am Abend will der Rat entscheiden.", "Am Nachmittag tagt der Rat."):
        assert said_on_air_day(written, monday_morning, TUESDAY).text == written
    assert said_on_air_day("Am Abend tagt der Rat.", MONDAY_EVENING, TUESDAY).text == "Am Abend tagt der Rat."
    assert said_on_air_day("Der Rat tagt heute.", MONDAY_EVENING, TUESDAY).text == "Der Rat tagt heute."


def test_a_historic_present_after_its_time_of_day_is_said_in_the_past():
    # a feed's "Am Morgen wird X Opfer eines Angriffs": heard at 18:00, or two days later as "Am
    # Dienstagmorgen wird ...", it sounds like a morning to come
    monday_morning = MONDAY_EVENING.replace(hour=8)
    written = "Am Morgen wird die Stadtverwaltung Opfer eines Angriffs. Landesweit fallen Server aus."
    assert said_on_air_day(written, monday_morning, MONDAY_EVENING).text == (
        "Am Morgen wurde die Stadtverwaltung Opfer eines Angriffs. Landesweit fallen Server aus.")
    assert said_on_air_day(written, monday_morning, TUESDAY).text.startswith("Gestern Morgen wurde")
    assert said_on_air_day(written, monday_morning, THURSDAY).text.startswith("Am Montagmorgen wurde")
    assert said_on_air_day("Am Morgen werden die Leitungen gekappt.", monday_morning, THURSDAY).text == (
        "Am Montagmorgen wurden die Leitungen gekappt.")
    # before that part of the day is over, or a clause to come (an infinitive): as written
    assert said_on_air_day(written, monday_morning, monday_morning.replace(hour=9)).text == written
    for to_come in ("Am Abend wird der Rat entscheiden.", "Am Morgen wird der Rat über das Budget beraten."):
        assert said_on_air_day(to_come, monday_morning, MONDAY_EVENING.replace(hour=23, minute=30)).text == to_come

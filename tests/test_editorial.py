"""The editorial check: what it finds in an item, and that producers see it in the manifest and
under the item in the script file, for items from articles and from an edited script."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bulletin.models import Item, Part, Script
from bulletin.text.desk import guard_items
from bulletin.text.editorial import Context, Review, review_item
from bulletin.text.render import render_script
from bulletin.text.script_file import format_script
from tests.test_cli import HOUR, NAME, run, script_only

BERLIN = ZoneInfo("Europe/Berlin")
AIR = datetime(2026, 11, 27, 14, tzinfo=BERLIN)


def findings(text: str, published: datetime | None = None) -> tuple[str, ...]:
    return review_item(text, Context(published, AIR)).findings


def test_a_clean_item_has_no_findings():
    assert findings("Der Stadtrat hat am Donnerstag den Radweg beschlossen, berichtet die Rundschau. "
                    "Er kostet 3,5 Millionen Euro.") == ()


def test_the_result_is_frozen():
    review = review_item("Er kam.", Context(air=AIR))
    assert isinstance(review, Review)
    with pytest.raises(dataclasses.FrozenInstanceError):
        review.findings = ()


@pytest.mark.parametrize("text, expected", [
    ("Die frühere Sowjetrepublik wies dies zurück. Der Streit dauert an.", None),
    ("Er verpasst damit das Finale.", "possible dangling reference: the item opens with 'Er'"),
    ("Der 28-Jährige kam als Dritter ins Ziel.", "the item opens with 'Der 28-Jährige'"),
    ("Der Rat tagte. „Das ist gut“, sagte Probst.", "'Probst' without the full name before"),
    ("Der Rat tagte. Wir haben gewonnen.", "quote without a speaker"),
    ("Der Rat tagte. Planlos, aber voll dabei.", "no verb: 'Planlos, aber voll dabei.'"),
    ("Der Rat tagte. Was soll da noch untersucht werden?", "a question"),
    ("Tempo 100 gilt ab Montag. Bisher waren 100 erlaubt.", "the figure 100 is said twice"),
    # (not "Der Klub öffnet am Freitag.": an event leaning on the lead leads with it, test_items_set7)
    ("Jazz war immer eine laute Musik. Der Klub öffnet bald wieder.", "the lead reports nothing that happened"),
    ("Schwimmen ist nicht nur eine Frage des Geldes. Das Bad öffnet.", "the lead reports nothing that happened"),
    # true often, more and more, or imagined; the station's credit after it changes nothing
    ("Immer mehr Menschen fahren mit dem Rad zur Arbeit, berichtet die Rundschau. Die Stadt plant Wege.",
     "the lead tells what is true often, more and more, or imagined"),
    ("Im Winter hilft oft nur ein warmes Bad, berichtet die Rundschau. Das Bad öffnet.",
     "the lead tells what is true often, more and more, or imagined"),
    ("Wenn Kinder künftig schwimmen lernen, könnten sie das im neuen Bad tun. Das Bad öffnet.",
     "the lead tells what is true often, more and more, or imagined"),
    ("Es bringt der Ruhm mit sich, dass manches vergessen wird, wenn etwa Schauspieler singen. Das Konzert "
     "ist ausverkauft.", "the lead tells what is true often, more and more, or imagined"),
    # background first: the past before the story's past
    ("Im Jahr 1990 war das alte Bad geschlossen worden, berichtet die Rundschau. Jetzt öffnet das neue.",
     "the lead tells what had happened before"),
    ("Im Finale war die Läuferin gescheitert und hatte den Titel verpasst. Nun hört sie auf.",
     "the lead tells what had happened before"),
    ("Im Mai hatte die Stadt den Plan vorgelegt. Nun ist er gescheitert.", "the lead tells what had happened before"),
    ("Monatelang suchte die Polizei den Mann. Jetzt ist er in Nordhafen festgenommen worden.",
     "the news may come later, after background: check it leads ('Jetzt ist er"),
])
def test_each_rule_finds_its_class(text, expected):
    found = " | ".join(findings(text))
    if expected is None:
        assert "dangling" not in found  # an inside reference is the condenser's to avoid, not reported
    else:
        assert expected in found


def test_a_turn_in_the_story_is_no_news_told_late():
    # "Rubio sagte Trump nun aber zu, ...": the lead told the news; "nun aber" turns it
    turn = " | ".join(findings("Max Muster will nicht für das Amt kandidieren. Er sagte Eva Probe nun aber "
                               "seine Hilfe zu."))
    assert "news may come later" not in turn
    late = " | ".join(findings("Max Muster will nicht für das Amt kandidieren. Er sagte Eva Probe nun seine Hilfe zu."))
    assert "news may come later" in late


def test_an_example_in_a_report_naming_someone_is_no_generic_lead():
    found = " | ".join(findings("Die Stadt Beispielstadt erhöht die Strafen, wenn etwa Hunde frei laufen. "
                                "Der Beschluss fiel einstimmig."))
    assert "true often" not in found


def test_an_item_that_leads_with_its_headline_leads_with_the_news():
    text = ("Anna Muster verzichtet auf die Meisterschaft, berichtet die Rundschau. Nun sagte sie, dass sie "
            "eine Pause braucht.")
    assert any("the news may come later" in f for f in findings(text))
    headline = Context(air=AIR, headline="Anna Muster verzichtet auf die Meisterschaft")
    assert review_item(text, headline).findings == ()


def test_the_outlets_name_in_the_credit_is_no_figure_of_the_story():
    text = "Der Rat hat Stellen gestrichen, berichtet die Zeitung 20 Minuten. Es waren 20 von 90."
    assert review_item(text, Context(air=AIR, source="20 Minuten")).findings == ()
    assert review_item(text.replace("20 Minuten", "Rundschau"), Context(air=AIR, source="Rundschau")).findings == ()
    twice = "Der Rat hat 20 Stellen gestrichen. Es waren 20 von 90. Das berichtet die Zeitung 20 Minuten."
    assert any("20 is said twice" in f for f in review_item(twice, Context(air=AIR, source="20 Minuten")).findings)


def test_yesterday_told_in_the_present_is_noted():
    # the desk says a feed's "Am Morgen wird ... Opfer" of yesterday as "Gestern Morgen wird ...": the
    # day is right, the tense is the producer's to fix
    [note] = findings("Gestern Morgen wird die Stadt Opfer eines Angriffs. Die Polizei ermittelt.", AIR)
    assert "'Gestern Morgen' in a sentence told in the present" in note
    for fine in ("Gestern Morgen wurde die Stadt Opfer eines Angriffs.", "Seit gestern gilt das Verbot.",
                 "Der Rat hat gestern getagt.", "Das ist Schnee von gestern, sagte sie.",
                 "Gestern Abend hatte der Rat getagt."):
        assert not any("told in the present" in f for f in findings(fine, AIR)), fine


def test_a_lead_that_reports_what_happened_is_not_noted_whatever_its_adverbs():
    for text in ("Der Stadtrat hat am Montag den Radweg beschlossen, berichtet die Rundschau.",
                 "Der Zug kam, wie so oft, zu spät an, berichtet die Rundschau.",
                 "Oft helfe nur Geld, sagte die Bürgermeisterin am Montag.",
                 "Die Läuferin hat das Finale gewonnen, nachdem sie im Vorjahr gescheitert war.",
                 "Die Stadt war nach Ansicht von Forschern größer als bisher angenommen."):
        assert not any("lead reports nothing" in f or "past perfect" in f for f in findings(text)), text


def test_a_quote_with_its_speaker_or_introduced_by_a_colon_is_fine():
    assert not findings("Wir haben gewonnen, sagte Trainerin Jana Probst.")
    assert not findings("Die Trainerin Jana Probst sagte: Wir haben gewonnen.")


def test_a_long_first_person_quote_is_noted_for_reported_speech():
    # "Leitl sagte ...: Das ist reine Spekulation, und ich bin irgendwo amüsiert, ...": read out, the
    # "ich" of a long quote sounds like the newsreader's own; a short one is heard as a quote
    long_quote = ("Bürgermeisterin Eva Muster sagte am Montag: Das ist reine Spekulation, und ich bin irgendwie amüsiert, "
                  "wie das läuft, weil jeder weiß, dass ich 2030 ohnehin nicht mehr antrete.")
    [note] = findings(long_quote)
    assert "long quote in the first person" in note and "reported speech" in note
    assert not findings("Bürgermeisterin Eva Muster sagte: Ich bleibe im Amt.")


def test_relative_day_words_against_the_air_date():
    text = "Der Rat tagt heute zum letzten Mal."
    same_day = datetime(2026, 11, 27, 9, 30, tzinfo=BERLIN)
    day_before = datetime(2026, 11, 26, 22, 0, tzinfo=BERLIN)
    assert findings(text, same_day) == ()
    [note] = findings(text, day_before)
    assert "'heute'" in note and "26.11.2026" in note and "27.11.2026" in note
    [unknown] = findings(text)
    assert "date is unknown" in unknown
    # 23:30 UTC on the 26th is already the 27th in Berlin: the station's day counts
    assert findings(text, datetime(2026, 11, 26, 23, 30, tzinfo=ZoneInfo("UTC"))) == ()
    assert findings("Am Morgen tagte der Rat.") == ()  # "Morgen" the time of day, not tomorrow
    [opening] = findings("Gestern tagte der Rat zum letzten Mal.", day_before)  # a day word opening it
    assert "'Gestern'" in opening
    # a show's name is no day: "auf der Facebook-Seite der Heute-Show"
    assert findings("Die Satire der Heute-Show und des Morgen-Magazins sorgte für Ärger.") == ()

    # a week or weekday counted from the day of writing, a time of day: worth a look on another day
    [week] = findings("Kommenden Freitag startet die Serie.", day_before)  # written Thursday: today
    assert "'Kommenden Freitag'" in week and "check it is still right" in week
    # written Thursday, aired Friday: "kommenden Donnerstag" still names the same day, nothing to check
    assert findings("Kommenden Donnerstag startet die Serie.", day_before) == ()
    assert "'Kommenden Donnerstag'" in findings("Kommenden Donnerstag startet die Serie.")[0]  # date unknown
    [morning] = findings("Am Morgen tagte der Rat.", day_before)
    assert "'Am Morgen'" in morning
    [dative] = findings("An diesem Wochenende und vergangenem Montag tagte der Rat.", day_before)
    assert "'diesem Wochenende'" in dative and "'vergangenem Montag'" in dative  # the dative too
    assert findings("Kommenden Donnerstag startet die Serie.", same_day) == ()
    assert findings("Der Rat tagt am Donnerstag.", day_before) == ()  # a weekday alone: right all week

    # the desk said the day words from the air date: only the ones it left as written are noted
    said = "Der Rat hat gestern getagt. Heute tagt er wieder."
    [left] = review_item(said, Context(day_before, AIR, day_words_left=("Heute",))).findings
    assert "'Heute'" in left and "'gestern'" not in left
    assert review_item(said, Context(day_before, AIR, day_words_left=())).findings == ()


def test_guard_items_puts_findings_into_notes_warnings_and_the_script_file():
    item = Item(title="Rat", text="Er tagte heute. Wir haben gewonnen.", source="Rundschau", origin="rat.txt",
                seconds=3.0, published=datetime(2026, 11, 26, 8, tzinfo=BERLIN))
    guarded = guard_items([item], AIR)
    [checked], warnings = guarded.items, guarded.warnings
    assert len(checked.notes) == 3 and len(warnings) == 3
    assert all(w.startswith("item 'Rat': ") for w in warnings)
    script = render_script([checked], "Radio Beispiel", AIR)
    written = format_script(script)
    item_section = written.split("[item] Rat")[1].split("\n\n")[0]
    assert sum(line.startswith("# check: ") for line in item_section.splitlines()) == 3


def test_a_multi_line_note_cannot_break_the_script_file():
    part = Part("item", "Text.", title="T", notes=("eins\n[outro]\nzwei",))
    written = format_script(Script(parts=(part,)))
    assert "# check: eins [outro] zwei" in written and "\n[outro]" not in written


def test_producers_see_findings_from_articles_and_from_an_edited_script(tmp_path):
    out = script_only(tmp_path, "2026-11-26T09:00+01:00", "Rat tagt",
                      "Der Stadtrat von Beispielstadt tagt heute zum letzten Mal in diesem Jahr.",
                      "Auf der Tagesordnung stehen der Haushalt und der Radweg.")
    manifest = json.loads((out / f"{NAME}.json").read_text(encoding="utf-8"))
    assert any("'heute'" in w and "26.11.2026" in w for w in manifest["warnings"])
    script = (out / f"{NAME}.script.txt").read_text(encoding="utf-8")
    assert "# check: says 'heute'" in script
    # the editor rewrites the item so that it opens with a pronoun: the check runs on that too
    edited = script.replace("Der Stadtrat von Beispielstadt tagt", "Er tagt")
    (tmp_path / "edited.txt").write_text(edited, encoding="utf-8")
    done = run("--script", str(tmp_path / "edited.txt"), "-o", str(tmp_path / "out2"), "--hour", HOUR,
               "--engine", "espeak", "-q", env={"BULLETIN_REPEAT_HOURS": "0"})
    assert done.returncode == 0, done.stderr
    manifest = json.loads((tmp_path / "out2" / f"{NAME}.json").read_text(encoding="utf-8"))
    assert any("the item opens with 'Er'" in w for w in manifest["warnings"])


def test_an_item_without_a_source_that_names_nobody_is_flagged():
    [finding] = review_item("Die Stadt baut ein Hallenbad. Es kostet zwölf Millionen Euro.", Context(air=AIR, source="")).findings
    assert finding.startswith("no source to credit")
    # a source, or a sentence saying who says so, or a caller that does not know the source: nothing
    assert review_item("Die Stadt baut ein Hallenbad.", Context(air=AIR, source="Rundschau")).findings == ()
    assert review_item("Die Stadt baut ein Hallenbad, sagte die Bürgermeisterin.", Context(air=AIR, source="")).findings == ()
    assert review_item("Die Stadt baut ein Hallenbad.", Context(air=AIR)).findings == ()


def test_the_condensers_note_on_the_article_reaches_warnings_and_the_script_file():
    item = Item(title="Kommentar", text="Die Kette hat den Verkauf eingestellt.", source="Rundschau",
                origin="k.txt", seconds=3.0, notes=("reads like a review, feature or commentary, not a report: "
                                                   "check the lead",))
    guarded = guard_items([item], AIR)
    [checked] = guarded.items
    assert checked.notes[0].startswith("reads like a review")
    assert any("reads like a review" in w for w in guarded.warnings)
    written = format_script(render_script([checked], "Radio Beispiel", AIR))
    assert "# check: reads like a review, feature or commentary" in written


def test_reports_go_on_air_before_features_and_max_items_cuts_the_features(tmp_path):
    # a newer feature opening ("Immer mehr ...") after an older report; with room for one, the report
    from tests.test_cli import run
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    articles = {
        "bad.md": ("2026-11-27T08:00+01:00", "Hallenbad öffnet",
                   "Das neue Hallenbad von Beispielstadt hat am Donnerstag geöffnet. Der Bau kostete zwölf Millionen "
                   "Euro."),
        "rad.md": ("2026-11-27T12:00+01:00", "Radeln liegt im Trend",
                   "Immer mehr Menschen in Beispielstadt fahren mit dem Rad zur Arbeit. Die Stadt zählt die Räder an "
                   "drei Stellen."),
    }
    for name, (published, title, body) in articles.items():
        (inbox / name).write_text(f"---\nsource: Beispielstädter Rundschau\npublished: {published}\n---\n"
                                  f"# {title}\n\n{body}\n", encoding="utf-8")
    env = {"BULLETIN_REPEAT_HOURS": "0", "BULLETIN_FEATURES": "last"}
    done = run("-i", str(inbox), "-o", str(out), "--hour", "2026-11-27T14", "--script-only", "-q", env=env)
    assert done.returncode == 0, done.stderr
    script = next(out.glob("*.script.txt")).read_text(encoding="utf-8")
    assert script.index("[item] Hallenbad öffnet") < script.index("[item] Radeln liegt im Trend")
    done = run("-i", str(inbox), "-o", str(tmp_path / "one"), "--hour", "2026-11-27T14", "--script-only", "-q",
               env={**env, "BULLETIN_MAX_ITEMS": "1"})
    assert done.returncode == 0, done.stderr
    script = next((tmp_path / "one").glob("*.script.txt")).read_text(encoding="utf-8")
    assert "[item] Hallenbad öffnet" in script and "[item] Radeln" not in script
    assert "Radeln liegt im Trend (Beispielstädter Rundschau): more than max_items (1)" in script


def _left_out_then_aired_last(tmp_path, title: str, body: str) -> tuple[str, str]:
    """The reason the desk gives for leaving ``title`` out next to a news item, and the script
    with features = "last" (after checking the news item airs alone, and first)."""
    from tests.test_cli import run
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    articles = {"bad.md": ("Hallenbad öffnet", "Das neue Hallenbad von Beispielstadt hat am Donnerstag geöffnet."),
                "other.md": (title, body)}
    for name, (headline, text) in articles.items():
        (inbox / name).write_text(f"---\nsource: Rundschau\n---\n# {headline}\n\n{text}\n", encoding="utf-8")
    env = {"BULLETIN_REPEAT_HOURS": "0"}
    done = run("-i", str(inbox), "-o", str(out), "--hour", "2026-11-27T14", "--script-only", "-q", env=env)
    assert done.returncode == 0, done.stderr
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert [item["title"] for item in manifest["items"]] == ["Hallenbad öffnet"]
    [left] = [d for d in manifest["dropped"] if d["title"] == title]
    done = run("-i", str(inbox), "-o", str(tmp_path / "last"), "--hour", "2026-11-27T14", "--script-only", "-q",
               env={**env, "BULLETIN_FEATURES": "last"})
    script = next((tmp_path / "last").glob("*.script.txt")).read_text(encoding="utf-8")
    assert script.index("[item] Hallenbad öffnet") < script.index(f"[item] {title}"), script
    return left["reason"], script


def test_a_commentary_is_left_out_while_there_is_news(tmp_path):
    # said as news with "berichtet die Rundschau", a commentator's verdict sounds like fact: outside
    # editors dropped each such item (features = "last" airs it after the news)
    commentary = ("Der Rückzieher der Kette Beispielmarkt beim Verkauf von Bio-Fleisch ist ein schwerer Fehler. "
                  "Die Lebensmittelkette Beispielmarkt hat den Verkauf von Bio-Fleisch nach Protesten eingestellt. "
                  "Wir meinen: Das ist ein falsches Signal an die Bauern.")
    reason, _ = _left_out_then_aired_last(tmp_path, "Falsches Signal", commentary)
    assert "review, feature or commentary" in reason and 'features = "last"' in reason


def test_a_preview_of_a_series_naming_its_cast_is_left_out_while_there_is_news(tmp_path):
    # "Kaffee trinkt Martin Rauch (Jonas Nay) ...": characters with their actors, a TV preview's plot
    preview = ("Am Donnerstag startet im Beispielkanal die Krimiserie Nordhafen. Kommissarin Eva Muster (Anna "
               "Beispiel) trinkt Kaffee und findet eine Leiche. Ihr Kollege Max Muster (Tom Probe) hilft ihr.")
    reason, script = _left_out_then_aired_last(tmp_path, "Krimiserie startet", preview)
    assert "plot" in reason and 'features = "last"' in reason
    # aired after the news with features = "last", with its note for the producer
    assert "# check: reads like a review or preview of a film or series" in script
    # one name with an outlet in brackets is no cast ("Eva Muster (Die Rundschau)")
    from bulletin.text.genre import names_a_cast
    assert not names_a_cast(["Die Jury: Eva Muster (Die Rundschau), Max Probe (Der Bote) und Anna Test."])


def test_a_match_told_minute_by_minute_without_its_result_is_left_out_while_there_is_news(tmp_path):
    # the crowd, the rain and the first chances, the score only at the end: blind readers found no
    # result and no outcome in such items (features = "last" airs it after the news)
    match = ("Es regnete seit dem Nachmittag, als Schiedsrichter Max Probe das Derby im Musterstadion anpfiff. "
             "Rund 3.000 Zuschauer waren trotzdem gekommen, so viele wie seit Jahren nicht. Die Gäste fanden "
             "besser in die Partie, ihr Stürmer Jan Test traf die Latte (12.). Wenig später rettete Tormann Eva "
             "Muster gegen Lukas Beispiel (19.). Nach einem Eckball köpfte Florian Probe zur Führung ein (23.). "
             "Nach der Pause drängten die Hausherren, der eingewechselte Emre Muster verwertete einen Abpraller "
             "(78.). In der Nachspielzeit traf Muster erneut, das Spiel endete 2:1 für die Hausherren (90.+3).")
    reason, script = _left_out_then_aired_last(tmp_path, "Derby gedreht", match)
    assert "not its result" in reason and 'features = "last"' in reason
    assert "# check: a match report whose item tells no result" in script
    from bulletin.text.genre import match_without_result
    assert not match_without_result([match], "Die Hausherren gewannen das Derby mit 2:1.")
    # one goal's minute in a report is no match told minute by minute
    assert not match_without_result(["Der FC Muster siegte, Probe traf zum Sieg (88.)."], "Der FC Muster siegte.")


def test_an_item_whose_lead_reports_nothing_is_left_out_while_there_is_news(tmp_path):
    # features = "leave-out" (the default): the feature goes to the manifest's dropped list with its
    # reason; with nothing but features in the inbox they are aired, the producer is told
    from tests.test_cli import run
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    articles = {
        "bad.md": ("Hallenbad öffnet", "Das neue Hallenbad von Beispielstadt hat am Donnerstag geöffnet."),
        "jazz.md": ("Jazz im Keller", "Jazz war immer eine laute Musik. Viele Bands spielen ihn trotzdem "
                                      "gern leise."),
    }
    for name, (title, body) in articles.items():
        (inbox / name).write_text(f"---\nsource: Rundschau\n---\n# {title}\n\n{body}\n", encoding="utf-8")
    env = {"BULLETIN_REPEAT_HOURS": "0"}
    done = run("-i", str(inbox), "-o", str(out), "--hour", "2026-11-27T14", "--script-only", "-q", env=env)
    assert done.returncode == 0, done.stderr
    script = next(out.glob("*.script.txt")).read_text(encoding="utf-8")
    assert "[item] Hallenbad öffnet" in script and "[item] Jazz" not in script
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    [left] = [d for d in manifest["dropped"] if d["title"] == "Jazz im Keller"]
    assert "reports nothing that happened" in left["reason"] and 'features = "last"' in left["reason"]

    # a lead telling what is true often ("oft") is a feature's opening too, but the news may follow
    # it ("Im Winter hilft oft nur ein warmes Bad. Am Montag ist das Bad abgebrannt."): it airs last
    (inbox / "bad2.md").write_text("---\nsource: Rundschau\n---\n# Bad abgebrannt\n\nIm Winter hilft oft nur ein "
                                   "warmes Bad. In Nordhafen ist das alte Bad abgebrannt.\n", encoding="utf-8")
    done = run("-i", str(inbox), "-o", str(tmp_path / "often"), "--hour", "2026-11-27T14", "--script-only", "-q",
               env=env)
    script = next((tmp_path / "often").glob("*.script.txt")).read_text(encoding="utf-8")
    assert script.index("[item] Hallenbad öffnet") < script.index("[item] Bad abgebrannt"), script
    assert "[item] Jazz" not in script
    (inbox / "bad2.md").unlink()

    (inbox / "bad.md").unlink()  # only the feature: it airs, and the warning says why
    done = run("-i", str(inbox), "-o", str(tmp_path / "alone"), "--hour", "2026-11-27T14", "--script-only", "-q",
               env=env)
    assert done.returncode == 0, done.stderr
    assert "[item] Jazz im Keller" in next((tmp_path / "alone").glob("*.script.txt")).read_text(encoding="utf-8")
    manifest = json.loads(next((tmp_path / "alone").glob("*.json")).read_text(encoding="utf-8"))
    assert any("only features" in w for w in manifest["warnings"])


def test_a_wrong_features_setting_names_the_key_and_the_choices(tmp_path):
    from bulletin.config import load_config
    from bulletin.errors import ConfigError
    path = tmp_path / "bulletin.toml"
    path.write_text('features = "drop"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    assert caught.value.key == "features" and "leave-out or last" in str(caught.value)
    assert load_config(path, environ={"BULLETIN_FEATURES": "last"})[0].features == "last"


def test_an_invitation_to_an_event_with_its_tickets_is_left_out_while_there_is_news(tmp_path):
    # an announcement for the events calendar, not news (a blind reader: "not news, leave it out")
    concert = ("Die Musikkapelle Musterdorf lädt am Samstag, 21. März, um 19.30 Uhr zu ihrem Frühjahrskonzert in den "
               "Turnsaal der Mittelschule. Einlass ist ab 18.45 Uhr. Erstmals spielt auch das Jugendorchester mit. "
               "Karten gibt es im Vorverkauf um 12 Euro, an der Abendkasse kosten sie 14 Euro.")
    reason, script = _left_out_then_aired_last(tmp_path, "Frühjahrskonzert", concert)
    assert "invites to an event" in reason and 'features = "last"' in reason
    assert "# check: invites to an event" in script


def test_a_word_said_twice_in_a_row_is_noted_but_not_a_relative_pronoun_after_its_article():
    found = review_item("Die Polizei spricht von einem Verletzten Verletzten. Der Bauer kam ins Spital.").findings
    assert any("'Verletzten' twice in a row" in f for f in found), found
    found = review_item("Die Gemeinde hat das Haus, das das Land kaufen wollte, verkauft.").findings
    assert not any("twice in a row" in f for f in found), found

"""The memory of what aired: real SQLite files, real bulletins made hour after hour."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest

from bulletin.errors import HistoryError
from bulletin.models import Skipped
from bulletin.station.airtime import parse_hour
from bulletin.station.history import (
    DB_NAME,
    History,
    changed_materially,
    normalized_title,
    same_story,
    story_key,
    verdict,
)
from tests.helpers_hourly import ARTICLES, BERLIN, cli, fast_config, run_hour, write_inbox


def aired(title, text, when="2026-11-27T13:00:00Z"):
    from bulletin.station.history import Aired

    return Aired(when, story_key(title), title, "", text)


TEXT = ("Die Stadtbücherei Beispielstadt öffnet ab Montag auch samstags, teilte die Leiterin mit. "
        "Geöffnet ist dann von 10 bis 14 Uhr.")


# --- is it the same story, and did it change? ------------------------------------------------


def test_titles_differing_only_in_case_and_punctuation_are_one_story():
    assert normalized_title("Stadtbücherei öffnet samstags!") == normalized_title("  STADTBÜCHEREI öffnet  Samstags")
    assert story_key("Stadtbücherei öffnet samstags") != story_key("Stadtbücherei schließt samstags")


def test_unchanged_and_shortened_texts_are_repeats():
    assert verdict("Stadtbücherei öffnet samstags", TEXT, 0, [aired("Stadtbücherei öffnet samstags", TEXT)])[0] == "repeat"
    shorter = TEXT.split(". ")[0] + "."
    assert not changed_materially(shorter, TEXT)  # less of the same is nothing new to a listener


def test_a_new_figure_is_a_material_change():
    later = TEXT.replace("bis 14 Uhr", "bis 16 Uhr")
    assert changed_materially(later, TEXT)
    assert verdict("Stadtbücherei öffnet samstags", later, 0, [aired("Stadtbücherei öffnet samstags", TEXT)])[0] == "changed"


def test_mostly_new_wording_is_a_change_a_retitled_copy_is_not():
    rewritten = ("Die Leiterin der Stadtbücherei kündigte am Mittwoch längere Öffnungszeiten an. "
                 "Künftig kommen Leserinnen und Leser auch am Wochenende an ihre Bücher.")
    assert changed_materially(rewritten, TEXT)
    old = aired("Bücherei: mehr Öffnungszeiten", TEXT)
    assert same_story("Stadtbücherei öffnet samstags", TEXT, old)  # new headline, same text
    assert verdict("Stadtbücherei öffnet samstags", TEXT, 0, [old])[0] == "repeat"
    unrelated = "Im Ostpark ist ein neuer Spielplatz eröffnet worden. Die Stadt hat dafür Geld ausgegeben."
    assert verdict("Neuer Spielplatz im Ostpark", unrelated, 0, [old])[0] == "new"


def test_priority_from_repeat_priority_airs_again():
    old = [aired("Sturmwarnung", TEXT)]
    assert verdict("Sturmwarnung", TEXT, 3, old, repeat_priority=3)[0] == "priority"
    assert verdict("Sturmwarnung", TEXT, 2, old, repeat_priority=3)[0] == "repeat"
    assert verdict("Sturmwarnung", TEXT, 9, old, repeat_priority=0)[0] == "repeat"


# --- the database itself ---------------------------------------------------------------------


def test_database_is_wal_and_a_forced_hour_replaces_its_rows(tmp_path):
    air = parse_hour("2026-11-27T14", BERLIN)
    history = History(tmp_path / DB_NAME)
    history.record(air, "made", [("A", "dpa", "Text A.", "new"), ("B", "", "Text B.", "new")])
    history.record(air, "made", [("A", "dpa", "Text A neu.", "changed")])  # --force: same hour again
    history.close()
    db = sqlite3.connect(tmp_path / DB_NAME)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
    assert db.execute("SELECT title, text, verdict FROM items").fetchall() == [("A", "Text A neu.", "changed")]


def test_window_excludes_the_hour_itself_undelivered_and_skipped_runs(tmp_path):
    history = History(tmp_path / DB_NAME)
    hour = parse_hour("2026-11-27T14", BERLIN)
    history.record(hour - timedelta(hours=3), "made", [("Drei", "", "x", "new")])
    history.record(hour - timedelta(hours=2), "made", [("Zwei", "", "x", "new")])
    history.record(hour - timedelta(hours=1), "made", [("Eins", "", "x", "new")], delivered=False)
    history.record(hour, "made", [("Jetzt", "", "x", "new")])
    history.record(hour + timedelta(hours=1), "skipped", [])
    titles = [a.title for a in history.aired_since(hour, 3)]
    assert titles == ["Zwei"]  # 3 h ago is outside "the last 3 hours"; the failed delivery did not air
    assert [a.title for a in history.aired_since(hour + timedelta(hours=1), 4)] == ["Jetzt", "Zwei"]
    assert history.forget_before(hour - timedelta(hours=2, minutes=30)) == 1
    assert [r.status for r in history.runs(10)] == ["skipped", "made", "made", "made"]


def test_a_damaged_database_is_one_clear_error(tmp_path):
    path = tmp_path / DB_NAME
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(HistoryError, match="move it aside"):
        History(path)


# --- across runs: real bulletins hour after hour ---------------------------------------------


def items_of(out, hour):
    name = f"nachrichten_2026-11-27_{hour}00.json"
    return [i["title"] for i in json.loads((out / name).read_text(encoding="utf-8"))["items"]]


def test_memory_across_hours_repeats_changes_and_force(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = fast_config(tmp_path, repeat_hours=2)
    out = tmp_path / "out"
    inbox = write_inbox(tmp_path / "inbox", "buecherei", "spielplatz")
    run_hour(config, inbox, "2026-11-27T14")
    assert sorted(items_of(out, 14)) == ["Neuer Spielplatz im Ostpark", "Stadtbücherei öffnet samstags"]

    # 15:00: both aired an hour ago and unchanged; only the new story goes out
    write_inbox(inbox, "buecherei", "spielplatz", "buergerbus")
    result = run_hour(config, inbox, "2026-11-27T15")
    assert items_of(out, 15) == ["Bürgerbus fährt länger"]
    assert sorted(d.title for d in result.dropped) == ["Neuer Spielplatz im Ostpark", "Stadtbücherei öffnet samstags"]
    assert all("aired at 14:00" in d.reason for d in result.dropped)

    # 15:00 again with --force, the library story updated: a replacement of the hour, not a repeat
    changed = ARTICLES["buecherei"].replace("bis 14 Uhr", "bis 16 Uhr")
    write_inbox(inbox, "buecherei", "spielplatz", "buergerbus", buecherei=changed)
    run_hour(config, inbox, "2026-11-27T15", force=True)
    assert items_of(out, 15) == ["Stadtbücherei öffnet samstags", "Bürgerbus fährt länger"]

    # 16:00: the playground aired at 14:00, two hours ago, so it may come again (repeat_hours = 2)
    later = run_hour(config, inbox, "2026-11-27T16", script_only=True)
    assert [p.title for p in later.script.items] == ["Neuer Spielplatz im Ostpark"]

    listing = cli("history", "-o", str(out), "-n", "3", cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert lines[0].startswith("2026-11-27 15:00") and "2 items" in lines[0] and "espeak" in lines[0]
    assert lines[1].split() == ["changed", "Stadtbücherei", "öffnet", "samstags"]
    assert lines[2].split() == ["new", "Bürgerbus", "fährt", "länger"]
    assert sum(line.startswith("2026-11-27 15:00") for line in lines) == 1  # the forced hour once
    assert lines[3].startswith("2026-11-27 14:00") and len(lines) == 6


def test_when_nothing_new_repeat_short_or_skip(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    inbox = write_inbox(tmp_path / "inbox", "buecherei", "spielplatz", "buergerbus")
    aired = run_hour(fast_config(tmp_path), inbox, "2026-11-27T14", script_only=True)
    history = History(out / DB_NAME)  # as the audio run at 14:00 records it (see above)
    history.record(aired.air_time, "made", [(p.title, p.source, p.text, "new") for p in aired.script.items])
    history.close()

    repeat = run_hour(fast_config(tmp_path, when_nothing_new="repeat"), inbox, "2026-11-27T15", script_only=True)
    assert repeat.status == "repeat" and len(repeat.script.items) == 3
    short = run_hour(fast_config(tmp_path, when_nothing_new="short"), inbox, "2026-11-27T15", script_only=True,
                     force=True)
    assert short.status == "short" and len(short.script.items) == 1
    assert short.script.items[0].title == "Stadtbücherei öffnet samstags"  # the top story

    skip = fast_config(tmp_path, when_nothing_new="skip")
    skipped = run_hour(skip, inbox, "2026-11-27T16")
    assert isinstance(skipped, Skipped) and "nothing new since 14:00" in skipped.note
    assert not list(out.glob("*_1600*"))
    done = cli("-i", str(inbox), "-o", str(out), "--hour", "2026-11-27T17", "--engine", "espeak",
               env={"BULLETIN_WHEN_NOTHING_NEW": "skip"}, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout == ""  # no file, so no path on stdout
    assert "note: nothing new since 14:00" in done.stderr and "skip" in done.stderr
    quiet = cli("-q", "-i", str(inbox), "-o", str(out), "--hour", "2026-11-27T18", "--engine", "espeak",
                env={"BULLETIN_WHEN_NOTHING_NEW": "skip"}, cwd=tmp_path)
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")  # cron stays silent
    runs = History(out / DB_NAME).runs(10)
    assert [r.status for r in runs][:3] == ["skipped", "skipped", "skipped"]


def test_a_link_in_place_of_the_history_is_refused_and_the_hour_still_airs(tmp_path, monkeypatch):
    """SQLite follows links: a planted history link would have every run write into another file."""
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "notes.txt"
    elsewhere.write_text("a producer's notes\n", encoding="utf-8")
    (out / DB_NAME).symlink_to(elsewhere)
    with pytest.raises(HistoryError, match="not a regular file"):
        History(out / DB_NAME)
    made = run_hour(fast_config(tmp_path), write_inbox(tmp_path / "inbox", "buecherei"), "2026-11-27T14",
                    script_only=True)
    assert any(DB_NAME in w and "not a regular file" in w for w in made.warnings)
    assert elsewhere.read_text(encoding="utf-8") == "a producer's notes\n"
    assert (out / DB_NAME).is_symlink()  # left for a person to look at, never written through

"""The editorial review step: the script file's round trip, edits an editor makes, and clear errors;
then the whole path with real sources (feed, web page, duplicates, a feed URL) through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from local_http import LocalServer

from bulletin.errors import InputError
from bulletin.models import Dropped, Part, Script
from bulletin.text.controls import escape_controls, strip_controls
from bulletin.text.script_file import format_script, parse_script
from tests.test_cli import HOUR, NAME, one_error_line, run

FIXTURES = Path(__file__).parent / "fixtures"
SCRIPT = Script(parts=(
    Part("intro", "Guten Tag, hier ist Radio Beispiel."),
    Part("item", "Die Seilbahn fährt wieder. Das berichtet die Bergstädter Zeitung.", title="Seilbahn fährt wieder",
         source="Bergstädter Zeitung", origin="https://bergstadt.example/seilbahn", seconds=12.4),
    Part("item", "Der Wochenmarkt zieht um.", title="Wochenmarkt | Umzug", origin="inbox/markt.txt"),
    Part("item", "Ohne Herkunft.", title="Dritte Meldung", source="dpa"),
    Part("outro", "Das waren die Nachrichten."),
))
LEFT_OUT = [Dropped("Sturm erwartet", "Wetterdienst", "more than max_items (6)")]


def fields(script: Script) -> list[tuple]:
    return [(p.kind, p.text, p.title, p.source, p.origin) for p in script.parts]


def test_round_trip_keeps_text_title_source_and_origin():
    written = format_script(SCRIPT, "Nachrichten 14 Uhr", LEFT_OUT)
    assert fields(parse_script(written, "s.txt")) == fields(SCRIPT)
    assert "# from: https://bergstadt.example/seilbahn (about 12 s)" in written
    assert "# - Sturm erwartet (Wetterdienst): more than max_items (6)" in written


def test_an_editor_deletes_moves_and_rewrites_items():
    written = format_script(SCRIPT, dropped=LEFT_OUT)
    sections = written.split("\n\n")
    wochenmarkt = next(s for s in sections if "[item] Wochenmarkt" in s)
    dritte = next(s for s in sections if "[item] Dritte" in s)
    edited = written.replace(wochenmarkt + "\n\n", "")  # deleted
    edited = edited.replace(dritte, dritte.replace("Ohne Herkunft.", "Neu\ngeschrieben, über zwei Zeilen."))
    edited = edited.replace("[intro]", "# [intro] auskommentiert\n[intro]")
    back = parse_script(edited, "s.txt")
    assert [p.title for p in back.items] == ["Seilbahn fährt wieder", "Dritte Meldung"]
    assert back.items[1].text == "Neu geschrieben, über zwei Zeilen."


@pytest.mark.parametrize(("text", "message"), [
    ("[intro]\nHallo.\n[werbung]\nKauft!\n", r"line 3: unknown section \[werbung\]"),
    ("Text ohne Abschnitt\n[item]\nx\n", "line 1: text before the first section"),
    ("[intro]\nHallo.\n[item] Leer\n\n[outro]\nEnde.\n", r"line 3: section \[item\] has no text"),
    ("[intro]\nA.\n[item] T\nB.\n[intro]\nC.\n", r"line 5: a second \[intro\]"),
    ("[item] T\nB.\n[intro]\nC.\n", r"line 3: \[intro\] must come first"),
    ("[item] T\nB.\n[outro]\nC.\n[item] U\nD.\n", r"line 5: \[item\] after the \[outro\]"),
    ("# nur Kommentare\n[intro]\nHallo.\n", r"no \[item\] section"),
])
def test_broken_scripts_name_the_line(text, message):
    with pytest.raises(InputError, match=message):
        parse_script(text, "s.txt")


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """--script-only over a feed URL, a web page, a feed file and two copies of one story."""
    inbox = tmp_path_factory.mktemp("inbox")
    (inbox / "faehre.html").write_bytes((FIXTURES / "pages" / "faehre-seite.html").read_bytes())
    (inbox / "hafen.xml").write_bytes((FIXTURES / "feeds" / "rss20.xml").read_bytes())
    story = ("Der Stadtrat von Beispielstadt hat am Dienstag den Bau eines Radwegs an der Hauptstraße "
             "beschlossen. Die Strecke soll 4,5 Kilometer lang werden und 1,2 Millionen Euro kosten. "
             "Die Bauarbeiten beginnen im März.")
    (inbox / "radweg-1.md").write_text(f"---\nsource: Stadtanzeiger\npublished: 2026-11-27T09:00+01:00\n---\n"
                                       f"# Stadtrat beschließt Radweg\n\n{story}\n", encoding="utf-8")
    (inbox / "radweg-2.md").write_text(f"---\nsource: Rundschau\npublished: 2026-11-27T11:00+01:00\n---\n"
                                       f"# Radweg an der Hauptstraße kommt\n\n{story} Die Opposition ist "
                                       f"dagegen.\n", encoding="utf-8")
    config = inbox.parent / "review.toml"
    config.write_text('max_age_hours = 0\nallow_networks = ["127.0.0.1"]\n', encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    with LocalServer() as srv:
        srv.routes["/feed.atom"] = (200, {"Content-Type": "application/atom+xml"},
                                    (FIXTURES / "feeds" / "atom10.xml").read_bytes())
        done = run("-c", str(config), "-i", str(inbox), "-i", srv.url("/feed.atom"), "-o", str(out),
                   "--script-only", "--hour", HOUR)
    assert done.returncode == 0, done.stderr
    return out, done


def test_script_only_with_real_sources(reviewed):
    out, done = reviewed
    script_path = Path(done.stdout.strip().splitlines()[-1])
    assert script_path == out / f"{NAME}.script.txt" and not (out / f"{NAME}.mp3").exists()
    script = parse_script(script_path.read_text(encoding="utf-8"), script_path)
    titles = [p.title for p in script.items]
    assert "Seilbahn fährt wieder" in titles  # from the feed URL
    assert "Neue Fähre für Beispieloog: Erste Fahrt im Mai" in titles  # the web page
    assert "Hafenfest & Feuerwerk: Rekord bei Besuchern" in titles  # the feed file
    assert "Radweg an der Hauptstraße kommt" in titles and "Stadtrat beschließt Radweg" not in titles
    manifest = json.loads((out / f"{NAME}.json").read_text(encoding="utf-8"))
    [dropped] = manifest["dropped"]
    assert dropped["title"] == "Stadtrat beschließt Radweg"
    assert dropped["reason"].startswith("same story as 'Radweg an der Hauptstraße kommt' (Rundschau)")
    assert "kept the newer version" in dropped["reason"]
    assert "# Left out:\n# - Stadtrat beschließt Radweg (Stadtanzeiger): same story as" in \
        script_path.read_text(encoding="utf-8")
    assert "# from: https://bergstadt.example/seilbahn" in script_path.read_text(encoding="utf-8")


def test_a_non_http_input_stops_the_run_with_one_line(tmp_path):
    done = run("-i", "ftp://feeds.example/news.xml", "-o", str(tmp_path), "--script-only", "--hour", HOUR)
    assert done.returncode == 1 and "only http and https" in one_error_line(done.stderr)


def _plain(value: str) -> bool:
    """A value the writer keeps as it is: one line, no control characters, no separator in it."""
    return (value == " ".join(value.split()) and escape_controls(value) == value and "| Quelle:" not in value
            and not re.search(r"\(about \d+ s\)$", value))


@settings(suppress_health_check=[HealthCheck.filter_too_much])
@given(st.lists(st.tuples(st.text(max_size=40), st.text(max_size=30), st.text(max_size=30), st.text(max_size=30)),
                min_size=1, max_size=4), st.text(max_size=40))
def test_whatever_the_values_the_reader_gets_what_the_writer_wrote(items, header):
    parts = [Part("intro", "Guten Tag.")]
    parts += [Part("item", text, title=title, source=source, origin=origin) for text, title, source, origin in items]
    parts.append(Part("outro", "Das waren die Nachrichten."))
    spoken = [" ".join(strip_controls(p.text).text.split()) for p in parts]
    assume(all(spoken))
    back = parse_script(format_script(Script(parts=tuple(parts)), header, [Dropped(header, header, header)]), "s.txt")
    assert [p.kind for p in back.parts] == [p.kind for p in parts]  # nothing added, nothing lost
    assert [p.text for p in back.parts] == spoken
    for wrote, read in zip(parts[1:-1], back.items, strict=True):
        for name in ("title", "source", "origin"):
            value = getattr(read, name)
            assert escape_controls(value) == value and "\n" not in value
            if _plain(getattr(wrote, name)):
                assert value == getattr(wrote, name)

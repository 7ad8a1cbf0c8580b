import json
import os
import stat

import pytest

from bulletin.errors import DeliveryError, InputError
from bulletin.models import Part, Script
from bulletin.station.deliver import atomic_path, copy_into, write_json
from bulletin.text.script_file import format_script, parse_script


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path):
    final = tmp_path / "b.mp3"
    final.write_bytes(b"old")
    with atomic_path(final) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".")
        tmp.write_bytes(b"new")
        assert final.read_bytes() == b"old"  # not visible before the rename
    assert final.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["b.mp3"]


def test_failure_keeps_the_previous_file_and_cleans_up(tmp_path):
    final = tmp_path / "b.mp3"
    final.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_path(final) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("killed mid-way")
    assert final.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["b.mp3"]


def test_files_are_readable_by_the_playout_user(tmp_path):
    write_json(tmp_path / "m.json", {"a": "ä"})
    mode = stat.S_IMODE(os.stat(tmp_path / "m.json").st_mode)
    assert mode & stat.S_IROTH and mode & stat.S_IRGRP
    assert json.loads((tmp_path / "m.json").read_text(encoding="utf-8")) == {"a": "ä"}


def test_unwritable_folder_is_a_delivery_error(tmp_path):
    blocker = tmp_path / "datei"
    blocker.write_text("x")
    with pytest.raises(DeliveryError, match="datei"):
        write_json(blocker / "sub" / "m.json", {})


def test_copy_into_checks_the_folder_and_copies_whole(tmp_path):
    src = tmp_path / "a.mp3"
    src.write_bytes(b"x" * 1000)
    with pytest.raises(DeliveryError, match="no such folder"):
        copy_into(src, tmp_path / "fehlt")
    target = tmp_path / "playout"
    target.mkdir()
    seen = []
    final = copy_into(src, target, check=lambda tmp: seen.append(tmp.stat().st_size))
    assert final.read_bytes() == src.read_bytes() and seen == [1000]


def test_script_round_trip_and_line_numbered_errors():
    script = Script(parts=(Part("intro", "Guten Tag."),
                           Part("item", "Meldung eins.", title="Titel", source="dpa"),
                           Part("item", "Meldung zwei.", title="Ohne Quelle"), Part("outro", "Ende.")))
    back = parse_script(format_script(script, "Kopf"), "s.txt")
    assert [(p.kind, p.text, p.title, p.source) for p in back.parts] == [
        (p.kind, p.text, p.title, p.source) for p in script.parts]
    with pytest.raises(InputError, match="line 4: unknown section"):
        parse_script("# Kommentar\n[intro]\nHallo.\n[werbung]\nKauft!\n", "s.txt")
    with pytest.raises(InputError, match="line 1: text before"):
        parse_script("Text ohne Abschnitt\n[item]\nx\n", "s.txt")
    with pytest.raises(InputError, match=r"line 3: section \[item\] has no text"):
        parse_script("[intro]\nHallo.\n[item] Leer\n[outro]\nEnde.\n", "s.txt")

"""The shape of the stages: every error in errors.py, results instead of callbacks, frozen records;
the re-speak loop bounded; warnings that used to leave through callbacks still reach the manifest;
outcomes that are no errors (no history yet) end as the command line promises."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import types
import typing
import wave
from concurrent.futures import Future
from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest

import bulletin
from bulletin.errors import AudioError
from bulletin.models import Item, Part, Script
from bulletin.sound.fit import SPEAK_ATTEMPTS, Fitting, Said, speak_to_fit
from bulletin.sound.mix import load_jingles
from bulletin.sound.order import Jingles
from bulletin.speech.voices import BUILTIN
from tests.conftest import tone
from tests.helpers_hourly import cli, fast_config, run_hour, write_inbox

MODULES = [importlib.import_module(info.name)
           for info in pkgutil.walk_packages(bulletin.__path__, "bulletin.")
           if info.name != "bulletin.__main__"]  # running it is the command itself


def _own(module, kind):
    """The classes or functions (methods included) defined in `module` itself."""
    for name, value in vars(module).items():
        if getattr(value, "__module__", None) != module.__name__:
            continue
        if kind == "class" and inspect.isclass(value):
            yield name, value
        if kind == "function":
            if inspect.isfunction(value):
                yield name, value
            elif inspect.isclass(value):
                yield from ((f"{name}.{n}", f) for n, f in vars(value).items() if inspect.isfunction(f))


def test_every_error_the_tool_reports_is_defined_in_errors_py():
    # a private exception a module raises and catches itself (gTTS's retry signal) is no error report
    stray = [f"{module.__name__}.{name}" for module in MODULES for name, cls in _own(module, "class")
             if issubclass(cls, BaseException) and module.__name__ != "bulletin.errors"
             and not name.startswith("_")]
    assert stray == []


def test_no_function_takes_a_callback_to_warn():
    takers = [f"{module.__name__}.{name}" for module in MODULES for name, function in _own(module, "function")
              if {"warn", "warning", "on_warning"} & set(inspect.signature(function).parameters)]
    assert takers == []


STAGES = [("bulletin.pipeline", "make_bulletin"), ("bulletin.text.desk", "edit"),
          ("bulletin.text.script_file", "read_edited"), ("bulletin.text.desk", "guard_items"),
          ("bulletin.text.render", "guard_frame"), ("bulletin.sound.fit", "within_max_seconds"),
          ("bulletin.sound.fit", "fit_to_slot"), ("bulletin.sound.fit", "speak_to_fit"),
          ("bulletin.sound.mix", "load_jingles"), ("bulletin.sound.mix", "mix"),
          ("bulletin.station.hourly", "deliver_copies"), ("bulletin.station.hourly", "keep_made"),
          ("bulletin.station.history", "choose"), ("bulletin.text.script_file", "cap_script")]


@pytest.mark.parametrize("module_name, name", STAGES)
def test_a_stage_returns_frozen_records(module_name, name):
    module = importlib.import_module(module_name)
    annotation = inspect.signature(getattr(module, name)).return_annotation
    returned = eval(annotation, vars(module)) if isinstance(annotation, str) else annotation
    union = typing.get_origin(returned) in (typing.Union, types.UnionType)  # A | B | None: each of them
    records = [t for t in (typing.get_args(returned) if union else (returned,)) if t is not type(None)]
    assert records and all(dataclasses.is_dataclass(r) and r.__dataclass_params__.frozen for r in records)


def _item(title, priority, sentences=4):
    text = " ".join(f"{title} meldet Satz Nummer {n} mit etwas mehr Inhalt für die Länge." for n in
                    range(1, sentences + 1)) + " Das berichtet die Rundschau."
    return Item(title=title, text=text, source="Rundschau", origin=f"{title}.txt", seconds=len(text) / 16.0,
                priority=priority)


def _render(items):
    parts = [Part("intro", "Guten Tag.", spoken="Guten Tag.")]
    parts += [Part("item", i.text, title=i.title, source=i.source, spoken=i.text) for i in items]
    return Script(parts=tuple(parts + [Part("outro", "Tschüss.", spoken="Tschüss.")]))


def test_a_voice_that_keeps_overrunning_is_asked_at_most_speak_attempts_times():
    config = SimpleNamespace(slot_seconds=60.0, alternate="off", pause_seconds=0.5, sample_rate=44100)
    voice = replace(BUILTIN["de-espeak"], chars_per_second=16.0)
    no_jingles: Future = Future()
    no_jingles.set_result(Jingles({}))
    asked = []

    def speak(script):  # each time slower than the time before, whatever fitting learnt
        asked.append(script)
        slower = 1.5 ** len(asked)
        return Said(SimpleNamespace(engine="espeak", parts=script.parts),
                    tuple(int(len(p.spoken) / 16.0 * slower * 44100) for p in script.parts))

    items = [_item(name, priority) for priority, name in enumerate(("Rat", "Wetter", "Sport", "Kultur", "Bus"))]
    fitted = speak_to_fit(Fitting(config, _render, {"espeak": (voice,)}, no_jingles), items, speak)
    assert len(asked) == SPEAK_ATTEMPTS
    assert len(asked[-1].items) <= len(asked[0].items) and asked[-1] != asked[0]  # cut more each time
    assert fitted.spoken.parts == asked[-1].parts  # the result is what was spoken last
    assert fitted.dropped and all(w.startswith(("dropped ", "shortened ")) for w in fitted.warnings)


def _wav(path, samples, rate):
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((samples[:, 0] * 32767).astype(np.int16).tobytes())
    return path


def test_a_broken_station_jingle_gives_way_to_the_chime_with_a_warning(tmp_path):
    broken = tmp_path / "jingle.mp3"
    broken.write_bytes(b"ID3\x03\x00\x00\x00\x00\x00\x00" + bytes(range(256)) * 16)
    jingles = load_jingles({"intro": str(broken), "separator": "none"}, 44100, 1, fallback=True)
    assert jingles.pieces["intro"] is not None and jingles.pieces["intro"].frames > 4410
    assert jingles.pieces["separator"] is None
    assert len(jingles.warnings) == 1 and "jingle.mp3" in jingles.warnings[0]
    assert "built-in intro chime" in jingles.warnings[0]
    with pytest.raises(AudioError, match="jingle.mp3"):  # without the fallback (as `check` asks)
        load_jingles({"intro": str(broken)}, 44100, 1)


def test_a_jingle_longer_than_its_limit_is_cut_and_the_warning_returned(tmp_path):
    long = _wav(tmp_path / "lang.wav", tone(3.0, 22050), 22050)
    jingles = load_jingles({"intro": "none", "separator": "none", "outro": str(long)}, 44100, 1,
                           fallback=True, max_seconds=1.0)
    outro = jingles.pieces["outro"]
    assert outro.cut and abs(outro.frames / 44100 - 1.0) < 0.01
    assert len(jingles.warnings) == 1 and "lang.wav" in jingles.warnings[0]
    assert "longer than max_jingle_seconds" in jingles.warnings[0]


def test_a_template_with_contact_data_is_warned_about_once_and_that_sentence_not_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    templates = tmp_path / "vorlagen"
    templates.mkdir()
    (templates / "intro.j2").write_text("{{ greeting }}, hier ist {{ station }}. Hinweise unter 0800 1234567 "
                                        "oder an redaktion@example.org. Es ist {{ air.hour }} Uhr.\n",
                                        encoding="utf-8")
    config = fast_config(tmp_path, templates=str(templates))
    made = run_hour(config, write_inbox(tmp_path / "inbox", "buecherei", "spielplatz"), "2026-11-27T14",
                    script_only=True)
    about = [w for w in made.warnings if w.startswith("intro template: left out")]
    assert len(about) == 1 and "0800 1234567" in about[0]
    intro = made.script.parts[0]
    assert intro.kind == "intro" and "0800" not in intro.text and "Es ist 14 Uhr." in intro.text


def test_history_before_the_first_run_is_a_note_and_exit_0(tmp_path):
    done = cli("history", "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, "")
    assert done.stderr.startswith("make-bulletin: note: ") and "no history yet" in done.stderr

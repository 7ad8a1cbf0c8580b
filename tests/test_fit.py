"""Fitting into the slot: drop by priority, cut by whole sentences, estimates that hold."""

import numpy as np
import pytest

from bulletin.models import Item, Part, Script
from bulletin.sound.fit import LengthModel, fit_items, sentence_shortener
from bulletin.sound.mix import prepare_speech
from bulletin.speech.espeak import EspeakEngine
from bulletin.speech.normalize import normalize
from bulletin.speech.voices import BUILTIN, load_voice, voice_slots
from bulletin.text.script_file import items_of_script, script_with_items

CPS = 10.0  # a made-up voice: ten characters a second


def item(title, priority=0, sentences=4, source="Rundschau"):
    text = " ".join(f"{title} meldet Satz Nummer {n} mit etwas Inhalt." for n in range(1, sentences + 1))
    text += f" Das berichtet die {source}."
    return Item(title=title, text=text, source=source, origin=f"{title}.txt", seconds=len(text) / CPS,
                priority=priority)


def render(items):
    parts = [Part("intro", "Guten Tag.", spoken="Guten Tag.")]
    parts += [Part("item", i.text, title=i.title, source=i.source, spoken=i.text) for i in items]
    return Script(parts=tuple(parts + [Part("outro", "Tschüss.", spoken="Tschüss.")]))


def seconds(script):
    return sum(len(p.spoken) / CPS + 1.0 for p in script.parts)  # speech and a second around each part


def seconds_of(items):
    return seconds(render(items))


def shorten(i, budget):
    return sentence_shortener(lambda text: len(text) / CPS)(i, budget)


def test_what_fits_is_left_alone():
    items = [item("Rat", 2), item("Wetter", 1)]
    fitted = fit_items(items, seconds_of, 120.0, shorten)
    assert list(fitted.items) == items and not fitted.dropped and not fitted.shortened


def test_lowest_priority_goes_first_and_is_listed_with_its_reason():
    items = [item("Rat", 3), item("Sport", 0), item("Wetter", 2), item("Kultur", 0)]
    total = seconds(render(items))
    fitted = fit_items(items, seconds_of, total - 25.0, shorten, "90 s")
    assert [d.title for d in fitted.dropped][0] == "Kultur"  # priority 0, and later than Sport
    assert all("did not fit the 90 s slot" in d.reason for d in fitted.dropped)
    assert fitted.seconds <= total - 25.0
    assert "Rat" in [i.title for i in fitted.items]


def test_a_small_overrun_cuts_whole_sentences_and_keeps_lead_and_attribution():
    items = [item("Rat", 1), item("Wetter", 0)]
    total = seconds(render(items))
    fitted = fit_items(items, seconds_of, total - 6.0, shorten)
    assert not fitted.dropped and fitted.shortened == ("Wetter",)  # the lower priority loses a sentence
    cut = fitted.items[1]
    assert cut.text.startswith("Wetter meldet Satz Nummer 1") and "Das berichtet die Rundschau." in cut.text
    assert cut.text.endswith(".") and len(cut.text) < len(items[1].text)
    assert fitted.seconds <= total - 6.0


def test_never_below_one_item_with_its_lead():
    fitted = fit_items([item("Rat", 1), item("Wetter", 0)], seconds_of, 3.0, shorten)
    assert len(fitted.items) == 1 and fitted.items[0].title == "Rat"
    assert fitted.items[0].text.startswith("Rat meldet Satz Nummer 1")
    assert fitted.seconds > 3.0  # the caller cuts the audio and says so


def test_an_edited_script_is_fitted_by_its_air_order():
    script = render([item("Erste", sentences=1), item("Zweite", sentences=1)])
    items = items_of_script(script, "s.txt", lambda text: len(text) / CPS)
    assert items[0].priority > items[1].priority
    again = script_with_items(script, items[:1])
    assert [p.kind for p in again.parts] == ["intro", "item", "outro"] and again.parts[0].text == "Guten Tag."


def test_length_model_prefers_measured_speech_and_corrects_its_rate():
    voice = BUILTIN["de-espeak"]
    model = LengthModel("off", {"intro": 44100}, 0.5, 44100)
    a = Part("item", "x", spoken="a" * 159)  # 10 s at 15.9 chars/s
    b = Part("item", "y", spoken="b" * 159)
    before = model.seconds(Script((a, b)), [voice])
    model.learn([a], [voice], [12 * 44100])  # really took 12 s: this voice is 20 % slower
    after = model.seconds(Script((a, b)), [voice])
    assert after - before == pytest.approx(2.0 + 2.0, abs=0.05)  # a as measured, b corrected alike


def test_calibrated_rate_predicts_real_speech_within_ten_percent():
    text = ("Der Stadtrat von Beispielstadt hat am Dienstag mit großer Mehrheit beschlossen, die Brücke über "
            "die Beispach bis zum Herbst 2027 zu erneuern. Die Kosten liegen bei 4,2 Millionen Euro.")
    for name in ("de-espeak", "de-espeak-2"):
        voice = load_voice(name)
        spoken = normalize(text)
        piece = prepare_speech(EspeakEngine().synthesize(spoken, voice), 44100, 1)
        estimate = len(spoken) / voice.chars_per_second
        assert abs(estimate / (piece.frames / 44100) - 1) < 0.10, name


@pytest.mark.parametrize("mode, expected", [("off", [0, 0, 0, 0, 0]), ("roles", [0, 1, 1, 1, 0]),
                                            ("items", [0, 1, 0, 1, 0])])
def test_voice_slots(mode, expected):
    assert voice_slots(["intro", "item", "item", "item", "outro"], mode) == expected


def test_measured_speech_brings_back_what_pessimistic_estimates_cut():
    from concurrent.futures import Future
    from dataclasses import replace
    from types import SimpleNamespace

    from bulletin.sound.fit import Fitting, Said, speak_to_fit
    from bulletin.sound.order import Jingles, pause_frames, programme_frames

    config = SimpleNamespace(slot_seconds=40.0, alternate="off", pause_seconds=0.5, sample_rate=44100)
    slow = replace(BUILTIN["de-espeak"], chars_per_second=8.0)  # the estimate: half as fast as it speaks
    items = [item(name, priority) for name, priority in (("Rat", 3), ("Wetter", 2), ("Sport", 1))]
    no_jingles: Future = Future()
    no_jingles.set_result(Jingles({}))
    spoken = []  # the scripts the (made-up) voice was given, and what each part really took

    def speak(script):
        frames = tuple(int(len(p.spoken) / 16.0 * 44100) for p in script.parts)  # what the voice really took
        spoken.append((script, frames))
        return Said(SimpleNamespace(engine="espeak", parts=script.parts), frames)

    fitted = speak_to_fit(Fitting(config, render, {"espeak": (slow,)}, no_jingles), items, speak)
    (first, _), *again = spoken
    assert len(first.items) < 3  # on estimates, an item was dropped
    assert again and len(again[-1][0].items) > len(first.items)  # measured: it is back
    assert fitted.spoken.parts == again[-1][0].parts
    script, frames = again[-1]
    kinds = [p.kind for p in script.parts]
    assert programme_frames(kinds, frames, {}, pause_frames(0.5, 44100)) / 44100 <= 40.0


def test_exact_length_pads_with_silence_and_an_overlong_programme_is_cut_with_a_fade():
    from bulletin.sound.mix import mix_programme

    engine = EspeakEngine()
    pieces = [prepare_speech(engine.synthesize(t, BUILTIN["de-espeak"]), 44100, 2)
              for t in ("Guten Tag.", "Eine Meldung.", "Ende.")]
    none = {"intro": None, "separator": None, "outro": None}
    padded = mix_programme(pieces, ["intro", "item", "outro"], none, 44100, 2, 0.3, length_s=12.5)
    assert len(padded.samples) == 12.5 * 44100 and padded.timeline[-1].kind == "pad"
    pad = padded.timeline[-1]
    assert not padded.samples[int(pad.start * 44100):].any()  # no bed: silence
    cut = mix_programme(pieces, ["intro", "item", "outro"], none, 44100, 2, 0.3, max_s=1.5)
    assert cut.cut and len(cut.samples) == 1.5 * 44100
    assert np.abs(cut.samples[-10:]).max() < 1e-3  # faded out, not chopped

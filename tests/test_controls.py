"""Invisible characters (bulletin/text/controls.py): what is stripped from article text, what is shown
escaped, and that the list of format characters is complete for this Python's Unicode."""

from __future__ import annotations

import os
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bulletin.text.controls import escape_controls, strip_controls


def test_every_format_and_control_character_of_this_unicode_is_handled():
    missed = [hex(code) for code in range(sys.maxunicode + 1)
              if unicodedata.category(chr(code)) in ("Cc", "Cf", "Zl", "Zp", "Cs")
              and chr(code) not in "\t\n" and strip_controls(chr(code)).text not in ("", "\n")]
    assert missed == []


@pytest.mark.parametrize(("text", "clean", "removed"), [
    ("Bürger\u00admeisterin", "Bürgermeisterin", 0),  # a soft hyphen joins, silently
    ("Auf\u200clage und Kaffee\u200b\u2060tasse", "Auflage und Kaffeetasse", 0),
    ("\ufeffÜberschrift", "Überschrift", 0),
    ("rot\x1b[1;31mROT\x1b[0m", "rotROT", 2),  # a whole escape sequence, not just ESC
    ("Titel\x1b]0;gekapert\x07 weiter", "Titel weiter", 1),
    ("txt\u202eexe.pdf", "txtexe.pdf", 1),
    ("eins\u2028zwei\x0bdrei\x85vier", "eins\nzwei\ndrei\nvier", 0),
    ("Glocke\x07 und Null\x00", "Glocke und Null", 2),
    ("unsichtbar\U000e0049\U000e0047", "unsichtbar", 2),
    ("Tab\tund\nZeile", "Tab\tund\nZeile", 0),
])
def test_strip_controls(text, clean, removed):
    assert strip_controls(text) == (type(strip_controls(""))(clean, removed))


def test_escape_controls_shows_what_is_there():
    assert escape_controls("a\nb\x1b[2J\u202etxt\udcff\u00ad") == "a\\nb\\x1b[2J\\u202etxt\\xff\\xad"
    # a file name's undecodable byte is shown as the byte, as in the manifest: "M\xfcnchen.txt"
    assert escape_controls(os.fsdecode(b"M\xfcnchen.txt")) == "M\\xfcnchen.txt"
    assert escape_controls("Grüße aus Köln") == "Grüße aus Köln"


@given(st.text())
def test_escaped_text_is_one_printable_line_and_stays_so(text):
    shown = escape_controls(text)
    assert "\n" not in shown and "\r" not in shown and "\x1b" not in shown
    assert strip_controls(shown).removed == 0 and escape_controls(shown) == shown

"""Invisible characters: out of the text that is read on air, escaped wherever a name is shown.

An article may carry characters nobody sees: terminal escape sequences (ESC [ ... m colours a
terminal, ESC ] ... retitles it, ESC [2J clears it), bidi controls that reorder what a terminal
or an editor shows (U+202E makes "txt.exe" look like "exe.txt"), zero-width characters and other
C0/C1 controls. ``strip_controls`` removes them from article text at ingest, the one place every
reader goes through, and counts the suspicious ones so the reader can warn once per file.
Typographic marks (soft hyphen, zero-width space and (non-)joiners, word joiner, BOM) are removed
silently, joining the word they sit in: "Bürger\\u00admeisterin" is "Bürgermeisterin". Line and
paragraph separators become line breaks.

``escape_controls`` is for names and titles shown in one-line messages (stderr, the log file, the
manifest's warnings, the script file): every control, format or separator character is written
as a visible escape (\\n, \\x1b, \\u202e), so nothing can end a line, fake one or change the
terminal. It is idempotent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_TYPOGRAPHIC = "\u00ad\u180e\u200b-\u200d\u2060\ufeff"  # removed without a warning
# The rest of Unicode's format characters (category Cf, Unicode 15.1), the tag characters (an
# invisible copy of ASCII) among them; tests/test_controls.py checks the list against unicodedata.
_OTHER_FORMAT = ("\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u2061-\u2064\u206a-\u206f\ufff9-\ufffb"
                 "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
                 "\U000e0001\U000e0020-\U000e007f")
_BREAKS = "\x0b\x0c\x1c-\x1e\x85\u2028\u2029"  # line breaks by another name: "\n" in article text
_C0_C1 = "\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f"  # every other control but tab, newline, CR
_SURROGATES = "\ud800-\udfff"  # an undecodable byte in a file name (surrogateescape)

# ECMA-48: CSI (ESC [ or 0x9b ... final byte), OSC (ESC ] ... BEL or ESC \), other two-byte ESC codes
_ESCAPE_SEQUENCE = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
                              r"|\x1b[ -/]*[0-~]")
_SUSPICIOUS = re.compile(f"[{_C0_C1}{_BIDI}{_OTHER_FORMAT}{_SURROGATES}]")
_SILENT = re.compile(f"[{_TYPOGRAPHIC}]")
_LINE_BREAKS = re.compile(f"[{_BREAKS}]")
_SHOWN_ESCAPED = re.compile(f"[\t\n\r{_C0_C1}{_BREAKS}{_BIDI}{_TYPOGRAPHIC}{_OTHER_FORMAT}{_SURROGATES}]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


@dataclass(frozen=True)
class Stripped:
    text: str
    removed: int  # suspicious characters removed (escape sequences count once); typographic ones not


def strip_controls(text: str) -> Stripped:
    """``text`` without escape sequences, controls, bidi and format characters (tab, newline kept)."""
    if text.isascii() and text.isprintable():
        return Stripped(text, 0)
    text, sequences = _ESCAPE_SEQUENCE.subn("", text)
    text, others = _SUSPICIOUS.subn("", text)
    text = _SILENT.sub("", text)
    return Stripped(_LINE_BREAKS.sub("\n", text).replace("\r", ""), sequences + others)


def escape_controls(text: str) -> str:
    """``text`` with every invisible or line-breaking character written as a visible escape."""
    if text.isascii() and text.isprintable():
        return text
    return _SHOWN_ESCAPED.sub(_escape, text)


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a file name's undecodable byte (surrogateescape): the byte itself
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"

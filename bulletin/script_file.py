"""The editable script: what `--script-only` writes and `--script FILE` reads back.

A plain text file an editor can change in any text editor:

    # Lines starting with '#' are comments.
    [intro]
    Guten Tag, hier ist Radio Beispiel mit den Nachrichten. Es ist 14 Uhr.

    [item] Stadtrat beschließt neuen Radweg | Quelle: Stadtanzeiger
    Der Stadtrat hat am Dienstag ...

    [outro]
    Das waren die Nachrichten von Radio Beispiel.

Each section starts with a [intro], [item] or [outro] line; an item line may carry its title and,
after ' | Quelle: ', its source. The text below it (until the next section) is what is read.
"""

from __future__ import annotations

import re
from pathlib import Path

from bulletin.errors import InputError
from bulletin.models import Part, Script

KINDS = ("intro", "item", "outro")
_SECTION = re.compile(r"^\[(\w+)\]\s*(.*)$")
_SOURCE_SEP = " | Quelle: "


def format_script(script: Script, header: str = "") -> str:
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    lines += ["# Edit the text under each [section]; lines starting with '#' are comments.",
              "# Make the audio from it with: make-bulletin --script THIS_FILE", ""]
    for part in script.parts:
        head = f"[{part.kind}]"
        if part.kind == "item":
            head += f" {part.title}" + (f"{_SOURCE_SEP}{part.source}" if part.source else "")
        lines += [head, part.text, ""]
    return "\n".join(lines)


def parse_script(text: str, origin: str | Path) -> Script:
    parts: list[Part] = []
    current: dict | None = None

    def finish() -> None:
        if current is None:
            return
        body = " ".join(" ".join(current["lines"]).split())
        if not body:
            raise InputError(origin, f"line {current['line']}: section [{current['kind']}] has no text")
        parts.append(Part(kind=current["kind"], text=body, title=current["title"], source=current["source"]))

    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        section = _SECTION.match(stripped)
        if section:
            finish()
            kind, rest = section[1].lower(), section[2].strip()
            if kind not in KINDS:
                raise InputError(origin, f"line {number}: unknown section [{section[1]}]; "
                                         f"use [intro], [item] or [outro]")
            title, _, source = rest.partition(_SOURCE_SEP.strip(" "))
            current = {"kind": kind, "title": title.strip().rstrip("|").strip(), "source": source.strip(),
                       "lines": [], "line": number}
        elif stripped:
            if current is None:
                raise InputError(origin, f"line {number}: text before the first section; "
                                         "start with [intro] or [item]")
            current["lines"].append(stripped)
    finish()
    if not any(p.kind == "item" for p in parts):
        raise InputError(origin, "the script has no [item] section; nothing to read")
    return Script(parts=tuple(parts))


def read_script(path: Path) -> Script:
    from bulletin.ingest.text import read_file_text

    return parse_script(read_file_text(path), path)

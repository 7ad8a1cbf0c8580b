"""The editable script: what `--script-only` writes and `--script FILE` reads back.

A plain text file an editor can change in any text editor:

    # Lines starting with '#' are comments.
    [intro]
    Guten Tag, hier ist Radio Beispiel mit den Nachrichten. Es ist 14 Uhr.

    [item] Stadtrat beschließt neuen Radweg | Quelle: Stadtanzeiger
    # from: https://stadtanzeiger.example/radweg (published 2026-11-27 09:30, about 21 s)
    Der Stadtrat hat am Dienstag ...

    [outro]
    Das waren die Nachrichten von Radio Beispiel.

    # Left out:
    # - Sturm erwartet (Wetterdienst): more than max_items (6)

Each section starts with a [intro], [item] or [outro] line; an item line may carry its title and,
after ' | Quelle: ', its source. The text below it (until the next section) is what is read;
line breaks inside it are spaces. Deleting an [item] section (its line and its text) leaves the
item out; moving sections changes the order of the items. The '# from:' comment under an item
names where it came from (read back, so a re-written script keeps it). At most one [intro], before the
items, and one [outro], after them; anything else is an error naming its line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from bulletin.errors import InputError
from bulletin.models import Dropped, Part, Script

KINDS = ("intro", "item", "outro")
_SECTION = re.compile(r"^\[(\w+)\]\s*(.*)$")
_SOURCE_SEP = " | Quelle: "
_FROM = "# from: "
HELP = (
    "Edit the text under each [section]; lines starting with '#' are comments.",
    "To leave an item out, delete its [item] line and its text; move sections to change the order.",
    "Make the audio from it with: make-bulletin --script THIS_FILE",
)


def format_script(script: Script, header: str = "", dropped: Sequence[Dropped] = ()) -> str:
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    lines += [f"# {line}" for line in HELP] + [""]
    for part in script.parts:
        head = f"[{part.kind}]"
        if part.kind == "item":
            head += f" {part.title}" + (f"{_SOURCE_SEP}{part.source}" if part.source else "")
        lines.append(head)
        if part.kind == "item" and (part.origin or part.seconds):
            lines.append(_from_line(part))
        lines += [f"# check: {' '.join(note.split())}" for note in part.notes]
        lines += [part.text, ""]
    if dropped:
        lines.append("# Left out:")
        for d in dropped:
            lines.append(f"# - {d.title}" + (f" ({d.source})" if d.source else "") + f": {d.reason}")
    return "\n".join(lines) + "\n"


def _from_line(part: Part) -> str:
    about = f"about {part.seconds:.0f} s" if part.seconds else ""
    if not part.origin:
        return f"# {about}"
    return f"{_FROM}{part.origin}" + (f" ({about})" if about else "")


def parse_script(text: str, origin: str | Path) -> Script:
    parts: list[Part] = []
    current: dict | None = None

    def finish() -> None:
        if current is None:
            return
        body = " ".join(" ".join(current["lines"]).split())
        if not body:
            raise InputError(origin, f"line {current['line']}: section [{current['kind']}] has no text; "
                                     "write the text below it, or delete the section")
        parts.append(Part(kind=current["kind"], text=body, title=current["title"], source=current["source"],
                          origin=current["origin"]))

    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("#"):
            if current and current["kind"] == "item" and not current["lines"] and stripped.startswith(_FROM):
                current["origin"] = re.sub(r"\s+\(about \d+ s\)$", "", stripped[len(_FROM):]).strip()
            continue
        section = _SECTION.match(stripped)
        if section:
            finish()
            kind, rest = section[1].lower(), section[2].strip()
            _check_order(origin, number, kind, section[1], parts)
            title, _, source = rest.partition(_SOURCE_SEP.strip(" "))
            current = {"kind": kind, "title": title.strip().rstrip("|").strip(), "source": source.strip(),
                       "lines": [], "line": number, "origin": ""}
        elif stripped:
            if current is None:
                raise InputError(origin, f"line {number}: text before the first section; "
                                         "start with [intro] or [item]")
            current["lines"].append(stripped)
    finish()
    if not any(p.kind == "item" for p in parts):
        raise InputError(origin, "the script has no [item] section; nothing to read")
    return Script(parts=tuple(parts))


def _check_order(origin, number: int, kind: str, written: str, parts: list[Part]) -> None:
    """One [intro] before the items, one [outro] after them."""
    kinds = [p.kind for p in parts]
    if kind not in KINDS:
        raise InputError(origin, f"line {number}: unknown section [{written}]; "
                                 "use [intro], [item] or [outro]")
    if kind in ("intro", "outro") and kind in kinds:
        raise InputError(origin, f"line {number}: a second [{kind}]; a script has at most one")
    if kind == "intro" and kinds:
        raise InputError(origin, f"line {number}: [intro] must come first, before the items")
    if "outro" in kinds:
        raise InputError(origin, f"line {number}: [{kind}] after the [outro]; the outro must come last")


def read_script(path: Path) -> Script:
    from bulletin.ingest.text import read_file_text

    return parse_script(read_file_text(path), path)

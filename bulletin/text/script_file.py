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
items, and one [outro], after them.

One writer, one strict reader: ``write_script`` is the only way a script file is written. Every value
in it (title, source, origin, what was left out, the header) is made one line with its control
characters shown escaped, so a file name with a line break in it cannot add a section; a text line
that would start with '#', '[' or '\\' gets a '\\' in front. ``parse_script`` reads only what the
writer can write (plus an editor's changes to texts, order and comments): an unknown or malformed
section line, or a control character, is an error naming its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bulletin.config import MOST_ITEMS
from bulletin.errors import InputError
from bulletin.models import Dropped, Edited, Item, Part, Script
from bulletin.text.controls import escape_controls, strip_controls

KINDS = ("intro", "item", "outro")
_SECTION = re.compile(r"^\[(\w+)\](?:\s+(.*))?$")
_SOURCE_SEP = " | Quelle: "
_FROM = "# from: "
HELP = (
    "Edit the text under each [section]; lines starting with '#' are comments.",
    "To leave an item out, delete its [item] line and its text; move sections to change the order.",
    "Make the audio from it with: make-bulletin --script THIS_FILE",
)


def write_script(path: Path, script: Script, header: str = "", dropped: Sequence[Dropped] = ()) -> None:
    """The one writer of script files. ``path`` is the caller's temporary file (the script and its
    manifest are renamed into place together); a file name's undecodable bytes are written escaped."""
    path.write_bytes(format_script(script, header, dropped).encode("utf-8", "backslashreplace"))


def format_script(script: Script, header: str = "", dropped: Sequence[Dropped] = ()) -> str:
    lines = [f"# {one_line(line)}" if line.strip() else "#" for line in header.splitlines()]
    lines += [f"# {line}" for line in HELP] + [""]
    for part in script.parts:
        head = f"[{part.kind}]"
        if part.kind == "item":
            title = one_line(part.title).replace(_SOURCE_SEP.strip(), "/ Quelle:")
            head += f" {title}" + (f"{_SOURCE_SEP}{one_line(part.source)}" if part.source.strip() else "")
        lines.append(head.rstrip())
        if part.kind == "item" and (part.origin or part.seconds):
            lines.append(_from_line(part))
        lines += [f"# check: {one_line(note)}" for note in part.notes]
        lines += [_text_line(part.text), ""]
    if dropped:
        lines.append("# Left out:")
        for d in dropped:
            source = f" ({one_line(d.source)})" if d.source.strip() else ""
            lines.append(f"# - {one_line(d.title)}{source}: {one_line(d.reason)}")
    return "\n".join(lines) + "\n"


def one_line(value: str) -> str:
    """A name or title as one line: whitespace (line breaks too) one space, controls shown escaped."""
    return escape_controls(" ".join(value.split()))


def _text_line(text: str) -> str:
    """What is read, on one line; a leading '#', '[' or backslash escaped with a backslash."""
    line = " ".join(strip_controls(text).text.split())
    return "\\" + line if line.startswith(("#", "[", "\\")) else line


def _from_line(part: Part) -> str:
    about = f"about {part.seconds:.0f} s" if part.seconds else ""
    if not part.origin:
        return f"# {about}"
    return f"{_FROM}{one_line(part.origin)}" + (f" ({about})" if about else "")


def parse_script(text: str, origin: str | Path) -> Script:  # noqa: C901 (a line parser's state machine: a comment, a section line or a text line, each checked where it stands; the checks are in helpers)
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

    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith("#"):
            if current and current["kind"] == "item" and not current["lines"] and stripped.startswith(_FROM):
                current["origin"] = re.sub(r"\s+\(about \d+ s\)$", "", stripped[len(_FROM):]).strip()
            continue
        _check_characters(origin, number, line)
        if stripped.startswith("["):
            finish()
            kind, title, source = _section(origin, number, stripped)
            _check_order(origin, number, kind, parts)
            current = {"kind": kind, "title": title, "source": source, "lines": [], "line": number,
                       "origin": ""}
        elif stripped:
            if current is None:
                raise InputError(origin, f"line {number}: text before the first section; "
                                         "start with [intro] or [item]")
            current["lines"].append(stripped[1:] if stripped.startswith("\\") else stripped)
    finish()
    if not any(p.kind == "item" for p in parts):
        raise InputError(origin, "the script has no [item] section; nothing to read")
    return Script(parts=tuple(parts))


def _check_characters(origin, number: int, line: str) -> None:
    """A control character (an escape sequence, a bidi override, a lone CR) cannot come from the writer."""
    line = line.replace("\t", " ")
    if escape_controls(line) != line:
        bad = next(ch for ch in line if escape_controls(ch) != ch)
        raise InputError(origin, f"line {number}: contains the control character U+{ord(bad):04X}; "
                                 "delete it (it cannot be read aloud)")


def _section(origin, number: int, line: str) -> tuple[str, str, str]:
    """The kind, title and source of a section line, exactly as format_script writes it."""
    section = _SECTION.match(line)
    if not section:
        raise InputError(origin, f"line {number}: {line[:40]!r} is not a section line; write [intro], "
                                 "[item] Title | Quelle: Source or [outro] (a text line starting with "
                                 "'[' takes a backslash in front: \\[)")
    kind, rest = section[1], (section[2] or "").strip()
    if kind not in KINDS:
        raise InputError(origin, f"line {number}: unknown section [{kind}]; use [intro], [item] or [outro]")
    if kind != "item" and rest:
        raise InputError(origin, f"line {number}: [{kind}] takes no title; write its text on the next line")
    title, _, source = rest.partition(_SOURCE_SEP.strip())
    return kind, title.strip(), source.strip()


def _check_order(origin, number: int, kind: str, parts: list[Part]) -> None:
    """One [intro] before the items, one [outro] after them."""
    kinds = [p.kind for p in parts]
    if kind in ("intro", "outro") and kind in kinds:
        raise InputError(origin, f"line {number}: a second [{kind}]; a script has at most one")
    if kind == "intro" and kinds:
        raise InputError(origin, f"line {number}: [intro] must come first, before the items")
    if "outro" in kinds:
        raise InputError(origin, f"line {number}: [{kind}] after the [outro]; the outro must come last")


def require_script_file(path: Path) -> None:
    """--script takes the file --script-only wrote; anything else is one line saying so."""
    if path.is_dir():
        raise InputError(path, "is a folder; --script takes the script file that --script-only "
                               "wrote (<output>/<name>.script.txt)")
    if path.exists() and not path.is_file():
        raise InputError(path, "is not a regular file; --script takes the script file that "
                               "--script-only wrote (<output>/<name>.script.txt)")


def read_script(path: Path) -> Script:
    from bulletin.ingest.text import read_file_text

    return parse_script(read_file_text(path), path)


# --- an edited script as the text stage's result, to be fitted and spoken like items from articles ---

def read_edited(path: str, estimate: Callable[[str], float]) -> Edited:
    """The edited script at `path`: its first MOST_ITEMS items (their air order is their priority),
    with its own intro and outro as the frame they are read in."""
    capped = cap_script(read_script(Path(path)), MOST_ITEMS)
    items = items_of_script(capped.script, path, estimate)
    return Edited(tuple(items), capped.dropped, capped.warnings, ("script",) * len(items),
                  frame=capped.script)


@dataclass(frozen=True)
class CappedScript:
    script: Script
    dropped: tuple[Dropped, ...] = ()
    warnings: tuple[str, ...] = ()


def cap_script(script: Script, cap: int) -> CappedScript:
    """An edited script's first `cap` items (air order); the rest are dropped, with one warning."""
    items = script.items
    if len(items) <= cap:
        return CappedScript(script)
    over = items[cap:]
    reason = f"more than {cap} items in one bulletin"
    parts = tuple(p for p in script.parts if p.kind != "item" or p not in over)
    warning = (f"the script has {len(items)} items; only the first {cap} are read (the most one bulletin "
               "holds), the rest are listed as dropped")
    return CappedScript(Script(parts=parts), tuple(Dropped(p.title, p.source, reason) for p in over),
                        (warning,))


def items_of_script(script: Script, origin: str, estimate: Callable[[str], float]) -> list[Item]:
    """The items of an edited script, so a script can be fitted too (air order is the priority)."""
    parts = script.items
    return [Item(title=p.title, text=p.text, source=p.source, origin=origin, seconds=estimate(p.text),
                 priority=len(parts) - n) for n, p in enumerate(parts)]


def script_with_items(script: Script, items: Sequence[Item]) -> Script:
    """The edited script with its items replaced (intro and outro as the editor wrote them)."""
    head = [p for p in script.parts if p.kind == "intro"]
    tail = [p for p in script.parts if p.kind == "outro"]
    body = [Part(kind="item", text=i.text, title=i.title, source=i.source, seconds=i.seconds) for i in items]
    return Script(parts=tuple(head + body + tail))


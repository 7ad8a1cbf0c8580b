"""The pronunciation lexicon: written word -> what the voice should say, per voice profile.

A lexicon file is TOML with two tables, both matched as whole words, longest entries first, in one
pass (a spoken form is never looked up again):

    [words]        # exactly as written: acronyms, names ("CDU" but not "cdu")
    CDU = "Ze De U"
    NATO = "Nato"

    [any_case]     # in any capitalization ("Beispieloog", "BEISPIELOOG")
    beispieloog = "Beispiel-ohg"

The lexicon is applied to the written text before the normalizer's rules, so entries are written as
producers see them in the script ("CO2", "9/11", "Dr. h. c."), and a spoken form may itself contain
numbers or abbreviations that the rules then read ("A7" = "A 7" -> "A sieben").
Whether an acronym is spelled ("CDU" -> "Ze De U") or read as a word ("NATO" -> "Nato") is decided
here, entry by entry, never in code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bulletin.errors import ConfigError


@dataclass(frozen=True)
class Lexicon:
    words: Mapping[str, str] = field(default_factory=dict)  # whole words, case as written
    any_case: Mapping[str, str] = field(default_factory=dict)  # whole words, any case

    def __bool__(self) -> bool:
        return bool(self.words or self.any_case)

    def __len__(self) -> int:
        return len(self.words) + len(self.any_case)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Lexicon):
            return NotImplemented
        return dict(self.words) == dict(other.words) and dict(self.any_case) == dict(other.any_case)

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.words.items())), tuple(sorted(self.any_case.items()))))

    @classmethod
    def of(cls, entries: Mapping[str, str], case_sensitive: bool = True) -> Lexicon:
        """A lexicon from a plain mapping (all entries exact, or all in any case)."""
        return cls(words=dict(entries)) if case_sensitive else cls(any_case=dict(entries))

    def merged(self, later: Lexicon) -> Lexicon:
        """This lexicon with `later`'s entries added; `later` wins where both have a word."""
        folded = {k.lower() for k in later.any_case}
        words = {k: v for k, v in self.words.items() if k not in later.words and k.lower() not in folded}
        any_case = {k: v for k, v in self.any_case.items() if k.lower() not in folded}
        return Lexicon(words={**words, **later.words}, any_case={**any_case, **later.any_case})

    @cached_property
    def _folded(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.any_case.items()}

    @cached_property
    def _pattern(self) -> re.Pattern | None:
        keys = [(k, False) for k in self.words] + [(k, True) for k in self.any_case]
        if not keys:
            return None
        keys.sort(key=lambda item: len(item[0]), reverse=True)
        plural = {k: "s?" if _CAPITALS.match(k) else "" for k, loose in keys if not loose}  # "AKWs"
        alternatives = "|".join(f"(?i:{re.escape(k)})" if loose else re.escape(k) + plural[k]
                                for k, loose in keys)
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    def apply(self, text: str) -> str:
        """Replace every whole-word entry in `text` by its spoken form; an acronym's plural takes
        the plural "s" after its spoken form ("AKWs" -> "A Ka Wes" with AKW = "A Ka We")."""
        if self._pattern is None:
            return text

        def spoken(match: re.Match) -> str:
            found = match.group(0)
            if found in self.words:
                return self.words[found]
            if found[-1] == "s" and found[:-1] in self.words:
                return self.words[found[:-1]] + "s"
            return self._folded.get(found.lower(), found)

        return self._pattern.sub(spoken, text)


_CAPITALS = re.compile(r"[A-ZÄÖÜ]{2,}$")  # an acronym, whose plural adds "s"
EMPTY = Lexicon()


def read_lexicon(path: Path, case_sensitive: bool = True) -> Lexicon:
    """Read a lexicon file ([words] and [any_case] tables of written = "spoken" pairs).

    `case_sensitive=False` (the voice profile's lexicon_case_sensitive) matches [words] in any case too.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as err:
        raise ConfigError("lexicon_file", f"cannot read it ({err})", str(path)) from None
    unknown = set(data) - {"words", "any_case"}
    if unknown:
        raise ConfigError(", ".join(sorted(unknown)), "unknown table(s); a lexicon has [words] and "
                          "[any_case]", str(path))
    tables = {}
    for table in ("words", "any_case"):
        entries = data.get(table, {})
        if not isinstance(entries, dict) or not all(isinstance(v, str) for v in entries.values()):
            raise ConfigError(table, 'must be a table of written = "spoken" pairs', str(path))
        empty = [k for k in entries if not k.strip()]
        if empty:
            raise ConfigError(table, "has an empty written form; remove that line", str(path))
        tables[table] = entries
    if not case_sensitive:
        return Lexicon(any_case={**tables["words"], **tables["any_case"]})
    return Lexicon(words=tables["words"], any_case=tables["any_case"])


def read_lexicons(paths: Iterable[Path], case_sensitive: bool = True) -> Lexicon:
    """Several lexicon files merged in order: a later file wins (shared file first, engine file last)."""
    lexicon = EMPTY
    for path in paths:
        lexicon = lexicon.merged(read_lexicon(path, case_sensitive))
    return lexicon

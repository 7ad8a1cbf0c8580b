"""The small frozen records that flow between the stages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Article:
    """One news article as read from the inbox, before any editing."""

    title: str
    paragraphs: tuple[str, ...]
    origin: str  # file path or URL it came from
    source: str = ""  # who reported it ("NBC News"), for attribution
    published: datetime | None = None
    priority: int = 0  # higher goes first

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Removed:
    """A line or sentence the clean stage took out, and the kind of furniture it was."""

    kind: str  # payment, contact, appeal, promo, social, credit, nav, link, noise
    text: str


@dataclass(frozen=True)
class Cleaned:
    """An article without its page furniture, what was taken out, and the producer's warnings
    (one line when payment or contact data went)."""

    article: Article
    removed: tuple[Removed, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    """One condensed radio news item."""

    title: str
    text: str  # written form, as an editor reads it
    source: str
    origin: str
    seconds: float  # estimated speaking time
    priority: int = 0
    published: datetime | None = None  # the article's, for the editorial check of "heute", "gestern"
    notes: tuple[str, ...] = ()  # what the editorial check found and could not fix
    # the day words left as written when the others were said from the air date (text/days.py);
    # None: none were, so the check judges every day word
    day_words_left: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Dropped:
    """An article or item that did not make it on air, and why."""

    title: str
    source: str
    reason: str


@dataclass(frozen=True)
class Part:
    """One piece of the script that is spoken in one go: intro, an item, or the outro."""

    kind: str  # "intro" | "item" | "outro"
    text: str  # written form
    title: str = ""
    source: str = ""
    spoken: str = ""  # normalized form sent to the voice
    voice: str = ""  # voice profile name
    seconds: float = 0.0
    origin: str = ""  # an item's file or link, shown to the editor in the script file
    notes: tuple[str, ...] = ()  # editorial findings, shown as comments under the item in the script file


@dataclass(frozen=True)
class Script:
    """The whole bulletin as text, in air order."""

    parts: tuple[Part, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.parts)

    @property
    def spoken(self) -> str:
        return "\n\n".join(p.spoken for p in self.parts)

    @property
    def items(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.kind == "item")


@dataclass(frozen=True)
class Loudness:
    """What the meter measured on the finished programme."""

    integrated_lufs: float
    true_peak_dbtp: float


@dataclass(frozen=True)
class Edited:
    """The text stage's result: the items for this hour in air order (from the articles, or from an
    edited script), what was left out and why, and the warnings. With the memory of what aired, also
    its verdict per item and what it decided for the hour."""

    items: tuple[Item, ...]
    dropped: tuple[Dropped, ...] = ()
    warnings: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()  # per item: new | changed | priority | repeat | script ("" unknown)
    status: str = "made"  # made | repeat | short | skipped (nothing new, when_nothing_new = skip)
    note: str = ""  # with "skipped": why no bulletin is made this hour
    frame: Script | None = None  # an edited script's own intro and outro; None: from the templates


@dataclass(frozen=True)
class Guarded:
    """The items after the last guard and the editorial check (its findings in each item's notes)."""

    items: tuple[Item, ...]
    dropped: tuple[Dropped, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Result:
    """What one run made, built once from its stages' results; the manifest is written from it."""

    air_time: datetime
    station: str
    script: Script
    audio: str | None = None
    manifest: str | None = None
    script_path: str | None = None  # with --script-only
    duration_s: float = 0.0
    loudness_target: float = -23.0
    loudness: Loudness | None = None
    engine: str = ""
    voices: tuple[str, ...] = ()
    dropped: tuple[Dropped, ...] = ()
    warnings: tuple[str, ...] = ()
    failed_deliveries: tuple[str, ...] = ()  # playout folders that failed
    deliveries: tuple[dict, ...] = ()  # per target: folder, path, mode, problem
    status: str = "made"  # made | repeat (nothing new, last stories again) | short


@dataclass(frozen=True)
class Kept:
    """The bulletin (or script) for that hour was there already and --force was not given: it was
    kept, and delivered to the targets its run could not reach."""

    path: str  # the MP3 (with --script-only: the script) that is kept
    manifest: str
    delivered: tuple[str, ...] = ()  # files delivered now, which the run that made it could not
    failed: tuple[str, ...] = ()  # playout folders that still fail
    warnings: tuple[str, ...] = ()  # what delivering it now ran into (logged)


@dataclass(frozen=True)
class Skipped:
    """Nothing was new this hour and `when_nothing_new = "skip"`: no bulletin, by design (exit 0)."""

    air_time: datetime
    note: str  # why, one line for the producer

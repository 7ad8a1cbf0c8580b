"""The small frozen records that flow between the stages."""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass
class Result:
    """What one run produced; the manifest is written from it."""

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
    voices: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failed_deliveries: list[str] = field(default_factory=list)  # playout folders that failed
    deliveries: list[dict] = field(default_factory=list)  # per target: folder, path, mode, problem
    status: str = "made"  # made | repeat (nothing new, last stories again) | short


@dataclass(frozen=True)
class Kept:
    """The bulletin (or script) for that hour was there already and --force was not given: it was
    kept, and delivered to the targets its run could not reach."""

    path: str  # the MP3 (with --script-only: the script) that is kept
    manifest: str
    delivered: tuple[str, ...] = ()  # files delivered now, which the run that made it could not
    failed: tuple[str, ...] = ()  # playout folders that still fail

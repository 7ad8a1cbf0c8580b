"""Fit the bulletin into its slot: never longer than `slot_seconds`; with fit = "exact", exactly that long.

Stations cut a news file at the end of its slot (AzuraCast) or play on into the next item (LibreTime),
so the length is decided here, before anything is mastered:

1. Before synthesis the length is estimated: spoken characters over each voice's calibrated rate,
   plus the jingles and pauses of the running order (order.arrange, the same function that lays out the
   audio), aiming ESTIMATE_MARGIN under the slot so the first synthesis usually fits.
2. While the estimate overruns, the lowest-priority item (the later one among equals) is dropped if
   the overrun is at least half of what dropping it saves; otherwise items are cut by whole
   sentences, lowest priority first, always keeping the lead sentence and the attribution (condense
   chooses the sentences). Only when no item can be cut further is another item dropped.
3. After synthesis the real lengths are known: if they overrun, step 2 runs again on the measured
   lengths (unchanged parts) and a rate corrected by this run's own speech (changed parts), and only
   the changed parts are spoken again (`speak_to_fit`: the re-speak loop lives here, the speech stage
   is handed in as `speak`).

Whatever the slot, a bulletin never holds more than `max_seconds` of speech (`within_max_seconds`).
Each step returns what it kept, what it left out and its warnings.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bulletin.config import JINGLE_SLOTS, Config
from bulletin.errors import InputError
from bulletin.models import Article, Dropped, Item, Part, Script
from bulletin.sound.order import Jingles, pause_frames, programme_frames
from bulletin.speech.normalize import normalize

if TYPE_CHECKING:
    from bulletin.speech.speaker import Spoken
    from bulletin.speech.voices import VoiceProfile

ESTIMATE_MARGIN = 0.03  # of the slot, kept free when fitting on estimates
SPEAK_ATTEMPTS = 3  # syntheses at most: the first, and two more on measured lengths


@dataclass(frozen=True)
class Fitting:
    """What fitting needs to know about this bulletin: the settings, how items become its script,
    the voice profiles of each engine in the order they are tried, and the jingles (loading)."""

    config: Config
    render: Callable[[Sequence[Item]], Script]  # text.render.Renderer
    voices: Mapping[str, Sequence[VoiceProfile]]
    jingles: Future  # of sound.order.Jingles

    @property
    def first(self) -> Sequence[VoiceProfile]:
        """The first engine's profiles: estimates before synthesis assume it speaks."""
        return next(iter(self.voices.values()))

    def jingle_frames(self) -> dict[str, int]:
        """The jingles' lengths (waits for them to be decoded)."""
        jingles: Jingles = self.jingles.result()
        return jingles.frames

    def length_model(self, jingle_frames: dict[str, int] | None = None) -> LengthModel:
        config = self.config
        frames = self.jingle_frames() if jingle_frames is None else jingle_frames
        return LengthModel(config.alternate, frames, config.pause_seconds, config.sample_rate)


def speaking_time(voice: VoiceProfile) -> Callable[[str], float]:
    """text -> seconds the voice takes to say it, from its calibrated rate (after its lexicon)."""
    return functools.partial(_seconds_to_say, voice)


def _seconds_to_say(voice: VoiceProfile, text: str) -> float:
    return len(normalize(text, voice.lexicon)) / voice.chars_per_second


@dataclass(frozen=True)
class Limited:
    """The items that fit a limit (max_seconds, or the slot on estimates), what was left out, and why."""

    items: tuple[Item, ...]
    dropped: tuple[Dropped, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Said:
    """What the speech stage returns to fitting: the speech, and each part's length in frames as
    it will be mixed."""

    spoken: Spoken
    frames: tuple[int, ...]


@dataclass(frozen=True)
class Fitted:
    """The fit stage's result: the speech of the script that fits the slot, and what fitting dropped
    or cut to get there (the speech's own warnings stay in `spoken`)."""

    spoken: Spoken
    dropped: tuple[Dropped, ...] = ()
    warnings: tuple[str, ...] = ()


def fit_to_slot(fitting: Fitting, items: Sequence[Item]) -> Limited:
    """The items that fit `slot_seconds` on estimates (all of them without a slot): for a script
    that is not spoken now (--script-only)."""
    if not fitting.config.slot_seconds:
        return Limited(tuple(items))
    slot = _Slot.fitted(fitting, items)
    return Limited(slot.cut.items, *slot.report())


def speak_to_fit(fitting: Fitting, items: Sequence[Item], speak: Callable[[Script], Said]) -> Fitted:
    """Fit the items to the slot on estimates and speak them; while what the voice really took
    overruns the slot (or the estimates cut too deep), fit again on the measured lengths and speak
    again, which repeats only what changed (the rest comes from the speech cache). Without a slot the
    items are spoken as they are."""
    slot = _Slot.fitted(fitting, items) if fitting.config.slot_seconds else None
    script = fitting.render(slot.cut.items if slot else items)
    for attempt in range(SPEAK_ATTEMPTS):
        said = speak(script)
        if slot is None or attempt == SPEAK_ATTEMPTS - 1:
            break
        refitted = slot.after_speech(script, said)
        if refitted is None:
            break
        slot, script = refitted, fitting.render(refitted.cut.items)
    return Fitted(said.spoken, *(slot.report() if slot else ((), ())))


@dataclass(frozen=True)
class _Slot:
    """One bulletin fitted to `slot_seconds`: `cut` on estimates before synthesis, on measured
    lengths after; `length` learns from each synthesis."""

    fitting: Fitting
    candidates: tuple[Item, ...]
    length: LengthModel
    cut: Cut

    @classmethod
    def fitted(cls, fitting: Fitting, items: Sequence[Item]) -> _Slot:
        length = fitting.length_model()
        candidates = tuple(items)
        return cls(fitting, candidates, length, _cut(fitting, candidates, length, fitting.first, margin=True))

    def after_speech(self, script: Script, said: Said) -> _Slot | None:
        """Fitted again, if what the voice really took overruns the slot, or the cuts made on
        estimates proved too deep (more than a tenth of the slot left free); else None."""
        from bulletin.speech.voices import voice_slots

        profiles = self.fitting.voices[said.spoken.engine]
        slots = voice_slots([p.kind for p in script.parts], self.fitting.config.alternate)
        self.length.learn(script.parts, [profiles[min(s, len(profiles) - 1)] for s in slots], said.frames)
        seconds, slot = self.length.seconds(script, profiles), self.fitting.config.slot_seconds
        cut = self.cut.dropped or self.cut.shortened
        if seconds <= slot and not (cut and seconds < slot * 0.9):
            return None
        refitted = _cut(self.fitting, self.candidates, self.length, profiles, margin=False)
        if [i.text for i in refitted.items] == [i.text for i in self.cut.items]:
            return None
        return _Slot(self.fitting, self.candidates, self.length, refitted)

    def report(self) -> tuple[tuple[Dropped, ...], tuple[str, ...]]:
        """What fitting dropped and cut, for the manifest: (dropped, warnings)."""
        slot = self.fitting.config.slot_seconds
        warnings = [f"dropped {gone.title!r}: {gone.reason}" for gone in self.cut.dropped]
        warnings += [f"shortened {title!r} by whole sentences to fit the {slot:g} s slot"
                     for title in self.cut.shortened]
        return self.cut.dropped, tuple(warnings)


def _cut(fitting: Fitting, candidates: Sequence[Item], length: LengthModel, profiles: Sequence[VoiceProfile],
         margin: bool) -> Cut:
    slot = fitting.config.slot_seconds
    limit = slot * (1 - ESTIMATE_MARGIN if margin else 1)
    return fit_items(candidates, lambda chosen: length.seconds(fitting.render(chosen), profiles), limit,
                     sentence_shortener(speaking_time(profiles[0])), f"{slot:g} s")


@dataclass(frozen=True)
class Cut:
    """Items dropped and shortened until they fit: what is left, how long it is, what went."""

    items: tuple[Item, ...]
    seconds: float  # estimated (or measured) programme length
    dropped: tuple[Dropped, ...] = ()
    shortened: tuple[str, ...] = ()  # titles of items cut by sentences


def fit_items(items: Sequence[Item], seconds_of: Callable[[Sequence[Item]], float], slot: float,
              shorten: Callable[[Item, float], Item | None], slot_name: str = "") -> Cut:
    """Drop and shorten items until `seconds_of(items)` (the programme they make) fits `slot`, or
    nothing more can go. The least important item (lowest priority, the later one among equals) goes
    when the overrun is at least half of what dropping it saves; otherwise items are cut by
    sentences, least important first; only when none can be cut further is one dropped anyway.
    `slot_name` is how the reasons name the slot (the configured one, when `slot` keeps a margin)."""
    slot_name = slot_name or f"{slot:g} s"
    items = list(items)
    dropped: list[Dropped] = []
    shortened: list[str] = []
    total = seconds_of(items)
    while total > slot:
        over, order = total - slot, _least_important_first(items)
        if len(items) > 1 and over >= (total - seconds_of(_without(items, order[0]))) / 2:
            index, shorter, reason = order[0], None, f"did not fit the {slot_name} slot (lowest priority)"
        else:
            index, shorter = _shortened(items, order, over, shorten)
            reason = f"did not fit the {slot_name} slot, even with every item cut to its lead"
        if shorter is None and len(items) == 1:
            break  # one item, cut to its lead, and still too long: the caller cuts the audio
        if shorter is None:
            dropped.append(Dropped(items[index].title, items[index].source, reason))
            shortened = [t for t in shortened if t != items[index].title]
            del items[index]
        else:
            items[index] = shorter
            shortened += [] if shorter.title in shortened else [shorter.title]
        total = seconds_of(items)
    return Cut(tuple(items), total, tuple(dropped), tuple(shortened))


def _least_important_first(items: Sequence[Item]) -> list[int]:
    return sorted(range(len(items)), key=lambda i: (items[i].priority, -i))


def _without(items: Sequence[Item], index: int) -> list[Item]:
    return [*items[:index], *items[index + 1:]]


def _shortened(items: Sequence[Item], order: Sequence[int], over: float,
               shorten: Callable[[Item, float], Item | None]) -> tuple[int, Item | None]:
    """The first item in `order` that can lose sentences, shortened by about `over` seconds; else
    the least important one, unchanged (None)."""
    for index in order:
        shorter = shorten(items[index], items[index].seconds - over)
        if shorter is not None and len(shorter.text) < len(items[index].text):
            return index, shorter
    return order[0], None


def sentence_shortener(estimate: Callable[[str], float]) -> Callable[[Item, float], Item | None]:
    """Shorten an item to about `seconds` by whole sentences, through condense (lead and attribution
    stay); None when it cannot get any shorter."""
    from bulletin.text.condense import condense

    def shorten(item: Item, seconds: float) -> Item | None:
        article = Article(title=item.title, paragraphs=(item.text,), origin=item.origin, source=item.source,
                          priority=item.priority)
        try:
            shorter = condense(article, max(seconds, 0.0), estimate)
        except InputError:
            return None
        return shorter if len(shorter.text) < len(item.text) else None

    return shorten


class LengthModel:
    """How long a script plays: measured speech where it was spoken already, else estimated from the
    voice's rate (corrected by how fast that voice really spoke in this run), plus the running order."""

    def __init__(self, alternate: str, jingle_frames: dict[str, int], pause_s: float, rate: int):
        self.alternate, self.jingle_frames, self.rate = alternate, jingle_frames, rate
        self.pause = pause_frames(pause_s, rate)
        self.measured: dict[tuple[str, str], int] = {}  # (voice settings, spoken text) -> frames
        self.spoken: dict[str, list[float]] = {}  # voice name -> [estimated s, measured s] in this run

    def seconds(self, script: Script, profiles: Sequence) -> float:
        from bulletin.speech.voices import voice_slots

        kinds = [p.kind for p in script.parts]
        slots = voice_slots(kinds, self.alternate)
        frames = [self._frames(part, profiles[min(slot, len(profiles) - 1)])
                  for part, slot in zip(script.parts, slots, strict=True)]
        return programme_frames(kinds, frames, self.jingle_frames, self.pause) / self.rate

    def _frames(self, part: Part, profile) -> int:
        known = self.measured.get((profile.key, part.spoken))
        if known is not None:
            return known
        estimated, measured = self.spoken.get(profile.name, (0.0, 0.0))
        correction = measured / estimated if estimated and measured else 1.0
        return int(len(part.spoken) / profile.chars_per_second * correction * self.rate)

    def learn(self, parts: Sequence[Part], profiles: Sequence, frames: Sequence[int]) -> None:
        """Remember what each part really took (parts as given to the engine, before the lexicon)."""
        for part, profile, count in zip(parts, profiles, frames, strict=True):
            if (profile.key, part.spoken) not in self.measured:
                totals = self.spoken.setdefault(profile.name, [0.0, 0.0])
                totals[0] += len(part.spoken) / profile.chars_per_second
                totals[1] += count / self.rate
            self.measured[(profile.key, part.spoken)] = count


# --- limits: what one bulletin may hold at all, whatever the inbox or an edited script says ---

def within_max_seconds(fitting: Fitting, items: Sequence[Item]) -> Limited:
    """The first items in air order that keep the estimated bulletin (speaking rates, jingles, pauses)
    within max_seconds, so that nothing beyond it is spoken; the mix cuts what still runs over. The
    jingles' real lengths (waiting for them) are needed only when the longest they may be could make
    the difference."""
    config, render, profiles = fitting.config, fitting.render, fitting.first
    limit = config.max_seconds * (1 - ESTIMATE_MARGIN)
    longest = {slot: int(config.max_jingle_seconds * config.sample_rate) for slot in JINGLE_SLOTS
               if config.jingles.get(slot, "").lower() != "none"}
    if fitting.length_model(longest).seconds(render(items), profiles) <= limit:
        return Limited(tuple(items))
    model = fitting.length_model()

    def seconds_of(chosen: list[int]) -> float:
        return model.seconds(render([items[i] for i in chosen]), profiles)

    budget = limit - seconds_of([])
    per_item = (2 * model.pause + model.jingle_frames.get("separator", 0)) / model.rate
    chosen: list[int] = []  # the first ones in air order (the history's verdicts follow that order)
    for index, item in enumerate(items):  # a quick pass on each item's own estimate, then whole scripts
        if item.seconds + per_item > budget:
            break
        chosen.append(index)
        budget -= item.seconds + per_item
    while len(chosen) > 1 and seconds_of(chosen) > limit:
        chosen.pop()
    kept = [items[i] for i in chosen]
    reason = f"the bulletin would run longer than max_seconds ({config.max_seconds:g} s)"
    warnings = []
    if not chosen and items:  # not even the first item fits: its lead, cut by sentences
        chosen, shorter = [0], sentence_shortener(speaking_time(profiles[0]))(items[0], budget)
        kept = [shorter or items[0]]
        if shorter:
            warnings.append(f"shortened {items[0].title!r} by whole sentences: {reason}")
    left = [item for index, item in enumerate(items) if index not in chosen]
    if left:
        warnings.append(f"{len(left)} item(s) left out: {reason}")
    return Limited(tuple(kept), tuple(Dropped(i.title, i.source, reason) for i in left), tuple(warnings))

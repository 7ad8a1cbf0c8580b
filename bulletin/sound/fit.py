"""Fit the bulletin into its slot: never longer than `slot_seconds`; with fit = "exact", exactly that long.

Stations cut a news file at the end of its slot (AzuraCast) or play on into the next item (LibreTime),
so the length is decided here, before anything is mastered:

1. Before synthesis the length is estimated: spoken characters over each voice's calibrated rate,
   plus the jingles and pauses of the running order (mix.arrange, the same function that lays out the
   audio), aiming ESTIMATE_MARGIN under the slot so the first synthesis usually fits.
2. While the estimate overruns, the lowest-priority item (the later one among equals) is dropped if
   the overrun is at least half of what dropping it saves; otherwise items are cut by whole
   sentences, lowest priority first, always keeping the lead sentence and the attribution (condense
   chooses the sentences). Only when no item can be cut further is another item dropped.
3. After synthesis the real lengths are known: if they overrun, step 2 runs again on the measured
   lengths (unchanged parts) and a rate corrected by this run's own speech (changed parts), and only
   the changed parts are spoken again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bulletin.errors import InputError
from bulletin.models import Article, Dropped, Item, Part, Script

ESTIMATE_MARGIN = 0.03  # of the slot, kept free when fitting on estimates


@dataclass
class Fitted:
    items: list[Item]
    script: Script
    seconds: float  # estimated (or measured) programme length
    dropped: list[Dropped] = field(default_factory=list)
    shortened: list[str] = field(default_factory=list)  # titles of items cut by sentences


def fit_items(items: Sequence[Item], render: Callable[[list[Item]], Script],
              seconds_of: Callable[[Script], float], slot: float,
              shorten: Callable[[Item, float], Item | None], slot_name: str = "") -> Fitted:
    """Drop and shorten items until `seconds_of(render(items))` fits `slot` (or nothing more can go).
    `slot_name` is how the reasons name the slot (the configured one, when `slot` keeps a margin)."""
    slot_name = slot_name or f"{slot:g} s"
    items = list(items)
    script = render(items)
    total = seconds_of(script)
    fitted = Fitted(items, script, total)
    while total > slot:
        over = total - slot
        order = sorted(range(len(items)), key=lambda i: (items[i].priority, -i))  # least important first
        change = None
        if len(items) > 1:
            without = items[: order[0]] + items[order[0] + 1:]
            saving = total - seconds_of(render(without))
            if over >= saving / 2:
                change = ("drop", order[0], f"did not fit the {slot_name} slot (lowest priority)")
        if change is None:
            for index in order:
                shorter = shorten(items[index], items[index].seconds - over)
                if shorter is not None and len(shorter.text) < len(items[index].text):
                    change = ("shorten", index, shorter)
                    break
        if change is None and len(items) > 1:
            change = ("drop", order[0],
                      f"did not fit the {slot_name} slot, even with every item cut to its lead")
        if change is None:
            break  # one item, cut to its lead, and still too long: the caller cuts the audio
        action, index, detail = change
        if action == "drop":
            fitted.dropped.append(Dropped(items[index].title, items[index].source, detail))
            fitted.shortened = [t for t in fitted.shortened if t != items[index].title]
            del items[index]
        else:
            items[index] = detail
            if detail.title not in fitted.shortened:
                fitted.shortened.append(detail.title)
        script = render(items)
        total = seconds_of(script)
    fitted.items, fitted.script, fitted.seconds = items, script, total
    return fitted


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


class LengthModel:
    """How long a script plays: measured speech where it was spoken already, else estimated from the
    voice's rate (corrected by how fast that voice really spoke in this run), plus the running order."""

    def __init__(self, alternate: str, jingle_frames: dict[str, int], pause_s: float, rate: int):
        from bulletin.sound.mix import pause_frames

        self.alternate, self.jingle_frames, self.rate = alternate, jingle_frames, rate
        self.pause = pause_frames(pause_s, rate)
        self.measured: dict[tuple[str, str], int] = {}  # (voice settings, spoken text) -> frames
        self.spoken: dict[str, list[float]] = {}  # voice name -> [estimated s, measured s] in this run

    def seconds(self, script: Script, profiles: Sequence) -> float:
        from bulletin.sound.mix import programme_frames
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


class SlotFitter:
    """One bulletin fitted to `slot_seconds`: on estimates before synthesis, on measured lengths after.

    `render(items)` gives the normalized script, `estimator(profile)` a text -> seconds estimate.
    """

    def __init__(self, config, candidates: Sequence[Item], render: Callable[[list[Item]], Script],
                 jingle_frames: dict[str, int], profiles: Sequence, estimator: Callable):
        self.slot, self.candidates = config.slot_seconds, list(candidates)
        self.render, self.estimator = render, estimator
        self.length = LengthModel(config.alternate, jingle_frames, config.pause_seconds, config.sample_rate)
        self.fitted = self._fit(profiles, margin=True)

    @property
    def items(self) -> list[Item]:
        return self.fitted.items

    def _fit(self, profiles: Sequence, margin: bool) -> Fitted:
        limit = self.slot * (1 - ESTIMATE_MARGIN if margin else 1)
        return fit_items(self.candidates, self.render, lambda script: self.length.seconds(script, profiles),
                         limit, sentence_shortener(self.estimator(profiles[0])), f"{self.slot:g} s")

    def after_speech(self, script: Script, profiles: Sequence, slots: Sequence[int],
                     frames: Sequence[int]) -> Script | None:
        """The script to speak again, if what the voice really took overruns the slot, or the cuts made
        on estimates proved too deep (more than a tenth of the slot left free); else None."""
        self.length.learn(script.parts, [profiles[min(s, len(profiles) - 1)] for s in slots], frames)
        seconds = self.length.seconds(script, profiles)
        cut = self.fitted.dropped or self.fitted.shortened
        if seconds <= self.slot and not (cut and seconds < self.slot * 0.9):
            return None
        refitted = self._fit(profiles, margin=False)
        if [i.text for i in refitted.items] == [i.text for i in self.fitted.items]:
            return None
        self.fitted = refitted
        return self.render(refitted.items)

    def report(self, dropped: list[Dropped], warn: Callable[[str], None]) -> None:
        """What fitting dropped and cut, for the manifest."""
        for gone in self.fitted.dropped:
            dropped.append(gone)
            warn(f"dropped {gone.title!r}: {gone.reason}")
        for title in self.fitted.shortened:
            warn(f"shortened {title!r} by whole sentences to fit the {self.slot:g} s slot")


# --- limits: what one bulletin may hold at all, whatever the inbox or an edited script says ---

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


@dataclass(frozen=True)
class Limited:
    items: tuple[Item, ...]
    dropped: tuple[Dropped, ...] = ()
    warnings: tuple[str, ...] = ()


def within_max_seconds(config, items: Sequence[Item], render: Callable[[list[Item]], Script],
                       profiles: Sequence, jingle_frames: Callable[[], dict[str, int]],
                       estimator: Callable) -> Limited:
    """The first items in air order that keep the estimated bulletin (speaking rates, jingles, pauses)
    within max_seconds, so that nothing beyond it is spoken; the mix cuts what still runs over. The
    jingles' real lengths (`jingle_frames()` waits for them) are needed only when the longest they
    may be could make the difference."""
    from bulletin.config import JINGLE_SLOTS

    limit = config.max_seconds * (1 - ESTIMATE_MARGIN)
    longest = {slot: int(config.max_jingle_seconds * config.sample_rate) for slot in JINGLE_SLOTS
               if config.jingles.get(slot, "").lower() != "none"}
    model = LengthModel(config.alternate, longest, config.pause_seconds, config.sample_rate)
    if model.seconds(render(list(items)), profiles) <= limit:
        return Limited(tuple(items))
    model = LengthModel(config.alternate, jingle_frames(), config.pause_seconds, config.sample_rate)

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
        chosen, shorter = [0], sentence_shortener(estimator(profiles[0]))(items[0], budget)
        kept = [shorter or items[0]]
        if shorter:
            warnings.append(f"shortened {items[0].title!r} by whole sentences: {reason}")
    left = [item for index, item in enumerate(items) if index not in chosen]
    if left:
        warnings.append(f"{len(left)} item(s) left out: {reason}")
    return Limited(tuple(kept), tuple(Dropped(i.title, i.source, reason) for i in left), tuple(warnings))

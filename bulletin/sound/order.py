"""The running order in frames: where each spoken part, jingle and pause of a bulletin sits, and how
long the programme plays. Plain arithmetic without numpy: the fit stage estimates a script's length
with it before anything is spoken, and a --script-only run (which makes no audio) does not load
numpy and the sound modules for that (0.06 s of CPU). The mix (mix.py) lays the programme out with
the same function.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bulletin.sound.mix import Piece


@functools.cache
def tick_frames(rate: int) -> int:
    """About 1 ms, dividing the 100 ms step exactly. The mix places every piece on this grid, so the
    programme's loudness can be added up from its pieces' energies per tick without measuring it."""
    step = rate // 10
    return min((d for d in range(1, step + 1) if step % d == 0), key=lambda d: abs(d - rate / 1000))


@dataclass(frozen=True)
class Jingles:
    """The decoded jingles by slot (None: no jingle there), and what loading them warned about."""

    pieces: dict[str, Piece | None]
    warnings: tuple[str, ...] = ()

    @property
    def frames(self) -> dict[str, int]:
        return {slot: piece.frames for slot, piece in self.pieces.items() if piece is not None}


def arrange(kinds: Sequence[str], speech_frames: Sequence[int], jingle_frames: dict[str, int],
            pause: int) -> list[tuple[str, str, int | str | None, int, int]]:
    """The running order as (kind, label, what, start frame, frames); `what` is the speech index,
    the jingle slot, or None for a pause. Intro jingle, intro, items with a separator between
    them, outro, outro jingle, with a pause after each."""
    order: list[tuple[str, str, int | str | None, int]] = []

    def add_jingle(slot: str) -> None:
        if jingle_frames.get(slot):
            order.append(("jingle", slot, slot, jingle_frames[slot]))
            order.append(("pause", "", None, pause))

    add_jingle("intro")
    item_number = 0
    for index, kind in enumerate(kinds):
        if kind == "item":
            if item_number:
                add_jingle("separator")
            item_number += 1
        elif kind == "outro" and item_number:
            order.append(("pause", "", None, pause))
        label = kind if kind != "item" else f"item {item_number}"
        order.append(("speech", label, index, speech_frames[index]))
        order.append(("pause", "", None, pause))
    add_jingle("outro")
    placed, position = [], 0
    for kind, label, what, frames in order:
        if frames or kind == "speech":  # every speech part keeps its place in the timeline
            placed.append((kind, label, what, position, frames))
            position += frames
    return placed


def programme_frames(kinds: Sequence[str], speech_frames: Sequence[int], jingle_frames: dict[str, int],
                     pause: int) -> int:
    placed = arrange(kinds, speech_frames, jingle_frames, pause)
    return placed[-1][3] + placed[-1][4] if placed else 0


def pause_frames(pause_s: float, rate: int) -> int:
    tick = tick_frames(rate)
    return int(round(pause_s * rate / tick)) * tick

"""True-peak lookahead limiter that only works where the programme comes near the ceiling.

The needed gain per frame is min(1, ceiling / true peak). A running minimum over 2r+1 frames followed
by a moving average over r frames can only lower that need (every frame in the average window saw
the peak in its minimum window), so each peak lands at or below the ceiling, with smooth ramps of r
before and after it: no hard steps, no clipping, and the rest of the programme untouched.

Everything is computed per region: the blocks whose sample peak comes within TP_MARGIN_DB of the
ceiling (at the gain asked about), widened by the ramps. A speech programme at -23 LUFS has a few
such regions, at -16 LUFS more; the rest is never oversampled. The limiter also says how much
K-weighted energy it takes away per tick, so the master can correct the loudness before encoding.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bulletin.sound.loudness import (
    PEAK_BLOCK,
    TAIL,
    TAPS,
    block_peaks,
    hot_blocks,
    kweighted_power,
    peak_envelope,
)

LOOKAHEAD_S = 0.02


@dataclass
class Region:
    start: int  # frame
    envelope: np.ndarray  # true-peak envelope of the unscaled samples, per frame
    power: np.ndarray | None = None  # K-weighted power per frame (summed over channels), unscaled


class Limiter:
    def __init__(self, samples: np.ndarray, rate: int, ceiling_dbtp: float, lookahead_s: float = LOOKAHEAD_S):
        self.samples, self.rate = samples, rate
        self.ceiling = 10 ** (ceiling_dbtp / 20)
        self.radius = max(1, int(lookahead_s * rate))
        self.block_peak = block_peaks(samples)
        self.scope = 0.0  # regions cover every block that can reach the ceiling at gains up to this
        self.regions: list[Region] = []

    def _regions_for(self, gain: float) -> list[Region]:
        if gain > self.scope:
            self.scope = gain * 10 ** (1 / 20)  # 1 dB ahead, so small corrections reuse the regions
            blocks = hot_blocks(self.block_peak, self.ceiling / self.scope)
            self.regions = []
            for first, last in _runs(blocks):
                pad = 2 * self.radius + TAPS
                start = max(first * PEAK_BLOCK - pad, 0)
                stop = min(last * PEAK_BLOCK + pad, len(self.samples))
                if self.regions and start <= self.regions[-1].start + len(self.regions[-1].envelope):
                    start = self.regions.pop().start
                self.regions.append(Region(start, np.empty(stop - start, np.float32)))
            for region in self.regions:
                stop = region.start + len(region.envelope)
                lo, hi = max(region.start - TAPS, 0), min(stop + TAPS, len(self.samples))
                env = peak_envelope(self.samples[lo:hi], self.ceiling / self.scope)
                region.envelope = env[region.start - lo: stop - lo]
        return self.regions

    def gains(self, gain: float) -> list[tuple[Region, np.ndarray]]:
        """The limiter's own gain per frame, for the regions that need it, at programme gain `gain`."""
        out = []
        for region in self._regions_for(gain):
            peak = np.maximum(region.envelope * gain, 1e-12)
            need = np.minimum(1.0, self.ceiling / peak).astype(np.float32)
            if need.min() >= 1.0:
                continue
            smooth = moving_average(running_min(need, 2 * self.radius + 1), self.radius)
            out.append((region, np.minimum(smooth, need)))
        return out

    def energy_loss(self, limited: list[tuple[Region, np.ndarray]], tick: int, ticks: int) -> np.ndarray:
        """K-weighted energy per tick (unscaled) that the limiter's gains take away."""
        loss = np.zeros(ticks, dtype=np.float64)
        for region, gain in limited:
            if region.power is None:
                stop = region.start + len(region.envelope)
                lo, hi = max(region.start - TAIL, 0), min(stop + TAIL, len(self.samples))
                region.power = kweighted_power(self.samples[lo:hi], self.rate)[region.start - lo: stop - lo]
            lost = (1.0 - gain.astype(np.float64) ** 2) * region.power
            index = np.arange(region.start, region.start + len(lost)) // tick
            loss += np.bincount(index, weights=lost, minlength=ticks)[:ticks]
        return loss


def apply(samples: np.ndarray, gain: float, limited: list[tuple[Region, np.ndarray]]) -> None:
    """Scale the programme in place: one gain everywhere, the limiter's gains where it acts."""
    for start in range(0, len(samples), 1 << 16):
        samples[start: start + (1 << 16)] *= np.float32(gain)
    for region, curve in limited:
        samples[region.start: region.start + len(curve)] *= curve[:, None]


def limit_true_peak(samples: np.ndarray, rate: int, ceiling_dbtp: float,
                    lookahead_s: float = LOOKAHEAD_S) -> np.ndarray:
    """A limited copy of `samples` (for callers that want the limiter alone)."""
    out = np.array(samples, dtype=np.float32)
    apply(out, 1.0, Limiter(out, rate, ceiling_dbtp, lookahead_s).gains(1.0))
    return out


def _runs(blocks: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive block indices as (first, last + 1)."""
    if blocks.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(blocks) > 1)
    firsts = np.concatenate([[blocks[0]], blocks[breaks + 1]])
    lasts = np.concatenate([blocks[breaks], [blocks[-1]]]) + 1
    return list(zip(firsts.tolist(), lasts.tolist(), strict=True))


def running_min(values: np.ndarray, width: int) -> np.ndarray:
    """Centred running minimum over an odd `width` (van Herk / Gil-Werman: O(n), vectorized).
    Outside the array counts as 1.0, the limiter's neutral gain."""
    half = width // 2
    frames = len(values)
    total = -(-(frames + 2 * half) // width) * width
    padded = np.ones(total, dtype=values.dtype)
    padded[half: half + frames] = values
    blocks = padded.reshape(-1, width)
    prefix = np.minimum.accumulate(blocks, axis=1).ravel()
    suffix = np.minimum.accumulate(blocks[:, ::-1], axis=1)[:, ::-1].ravel()
    return np.minimum(suffix[:frames], prefix[width - 1: width - 1 + frames])


def moving_average(values: np.ndarray, width: int) -> np.ndarray:
    """Centred moving average over `width` frames; outside the array counts as 1.0."""
    left, right = width // 2, width - 1 - width // 2
    padded = np.concatenate([np.ones(left), values.astype(np.float64), np.ones(right)])
    sums = np.concatenate([[0.0], np.cumsum(padded)])
    return ((sums[width:] - sums[:-width]) / width).astype(np.float32)

"""Meters and the true-peak limiter, on float samples in memory (shape (frames, channels)).

Integrated loudness is ITU-R BS.1770 / EBU R 128 via pyloudnorm. True peak is measured the way
BS.1770 annex 2 describes: 4x oversampling, then the largest absolute sample. Both run in blocks so
a long programme never needs four oversampled copies of itself in memory.
"""

from __future__ import annotations

import math

import numpy as np

OVERSAMPLE = 4
BLOCK = 1 << 17  # frames per block for the oversampled work
PAD = 64  # frames of context each side of a block: longer than the resampler's filter half-length
SILENCE = -70.0  # LUFS; BS.1770's absolute gate


def integrated_lufs(samples: np.ndarray, rate: int) -> float:
    """Integrated loudness in LUFS; SILENCE for silence or audio shorter than one 400 ms block."""
    import pyloudnorm

    if samples.shape[0] < int(0.4 * rate) + 1:
        return _short_lufs(samples)
    value = pyloudnorm.Meter(rate).integrated_loudness(samples.astype(np.float64, copy=False))
    return max(float(value), SILENCE) if math.isfinite(value) else SILENCE


def _short_lufs(samples: np.ndarray) -> float:
    """Unweighted mean-square level for clips too short to gate (a sting, one short word)."""
    power = float(np.mean(np.square(samples, dtype=np.float64))) * samples.shape[1] if samples.size else 0
    return max(-0.691 + 10 * math.log10(power), SILENCE) if power > 0 else SILENCE


def peak_envelope(samples: np.ndarray) -> np.ndarray:
    """Per frame, the largest absolute value of the 4x oversampled signal around it, all channels."""
    from scipy.signal import resample_poly

    frames = samples.shape[0]
    envelope = np.empty(frames, dtype=np.float32)
    for start in range(0, frames, BLOCK):
        stop = min(start + BLOCK, frames)
        lo, hi = max(start - PAD, 0), min(stop + PAD, frames)
        up = np.abs(resample_poly(samples[lo:hi], OVERSAMPLE, 1, axis=0))
        across = np.maximum.reduce([up[:, c] for c in range(up.shape[1])])  # loudest channel
        per_frame = np.maximum.reduce([across[k::OVERSAMPLE] for k in range(OVERSAMPLE)])
        envelope[start:stop] = per_frame[start - lo: start - lo + (stop - start)]
    return np.maximum(envelope, np.maximum.reduce([np.abs(samples[:, c]) for c in range(samples.shape[1])]))


def true_peak_dbtp(samples: np.ndarray) -> float:
    peak = float(peak_envelope(samples).max()) if samples.size else 0.0
    return 20 * math.log10(peak) if peak > 0 else -math.inf


def apply_gain(samples: np.ndarray, db: float) -> np.ndarray:
    return samples * np.float32(10 ** (db / 20))


def limit_true_peak(samples: np.ndarray, rate: int, ceiling_dbtp: float,
                    lookahead_s: float = 0.02) -> np.ndarray:
    """Lookahead limiter: the gain dips smoothly around each overshooting peak and nowhere else.

    The needed gain per frame is min(1, ceiling / true peak). A minimum filter of radius r followed by
    a moving average of width r can only lower that need (every frame in the average window saw the
    peak in its minimum window), so the peak lands at or below the ceiling, with ramps of r before
    and after: no hard steps, no clipping, and the rest of the programme untouched.
    """
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    ceiling = 10 ** (ceiling_dbtp / 20)
    envelope = peak_envelope(samples)
    if envelope.max() <= ceiling:
        return samples
    need = np.minimum(1.0, ceiling / np.maximum(envelope, 1e-12)).astype(np.float32)
    radius = max(1, int(lookahead_s * rate))
    gain = minimum_filter1d(need, size=2 * radius + 1, mode="nearest")
    gain = uniform_filter1d(gain, size=radius, mode="nearest")
    return samples * np.minimum(gain, need)[:, None]

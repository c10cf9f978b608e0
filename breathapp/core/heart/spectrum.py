# SPDX-License-Identifier: GPL-3.0-or-later
"""The RR series' spectrum: power and peak in the low-frequency band (0.04-0.15 Hz).

The one core module that imports numpy; load it only when a heart feature is used.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from breathapp.core.heart.beats import Beat

LF_LOW_HZ = 0.04
LF_HIGH_HZ = 0.15
RESAMPLE_HZ = 4.0
MIN_SPAN_S = 50.0  # shorter than two waves at the slowest LF: nothing to say


def _spectrum(beats: Sequence[Beat]) -> tuple[np.ndarray, np.ndarray] | None:
    """Frequencies and power density (ms²/Hz) of the evenly resampled RR series."""
    if len(beats) < 8:
        return None
    t = np.array([b.t_s for b in beats], dtype=float)
    rr = np.array([b.rr_ms for b in beats], dtype=float)
    if t[-1] - t[0] < MIN_SPAN_S:
        return None
    grid = np.arange(t[0], t[-1], 1.0 / RESAMPLE_HZ)
    even = np.interp(grid, t, rr)
    even = even - np.polyval(np.polyfit(grid - grid[0], even, 1), grid - grid[0])
    window = np.hanning(len(even))
    spectrum = np.fft.rfft(even * window)
    scale = RESAMPLE_HZ * float(np.sum(window**2))
    density = 2.0 * np.abs(spectrum) ** 2 / scale
    freqs = np.fft.rfftfreq(len(even), 1.0 / RESAMPLE_HZ)
    return freqs, density


def lf_power_ms2(beats: Sequence[Beat]) -> float | None:
    """Power of the RR series in 0.04-0.15 Hz, ms²; None when the beats span under 50 s."""
    found = _spectrum(beats)
    if found is None:
        return None
    freqs, density = found
    band = (freqs >= LF_LOW_HZ) & (freqs <= LF_HIGH_HZ)
    return float(np.sum(density[band]) * (freqs[1] - freqs[0]))


def lf_peak_hz(beats: Sequence[Beat]) -> float | None:
    """Where the low-frequency band peaks, Hz; None when the beats span under 50 s."""
    found = _spectrum(beats)
    if found is None:
        return None
    freqs, density = found
    band = (freqs >= LF_LOW_HZ) & (freqs <= LF_HIGH_HZ)
    if not band.any():
        return None
    return float(freqs[band][int(np.argmax(density[band]))])

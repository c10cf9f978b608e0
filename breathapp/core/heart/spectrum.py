# SPDX-License-Identifier: GPL-3.0-or-later
"""The RR series in the frequency domain: LF power, its peak, the wave at the breath's pace.

The one core module that imports numpy: nothing imports it before a heart measure is
asked for (``resonance_measure`` imports it inside its functions), so start-up does not
load numpy. The method is NeuroKit2's ``hrv_frequency`` pipeline with fixed settings
(the tests check it against NeuroKit2 within 1 %):

1. the tachogram (each beat's interval in ms at its time) resampled evenly at
   ``RESAMPLE_HZ`` by linear interpolation, from the first beat to the last;
2. its least-squares straight line taken away (detrend), and so its mean;
3. Welch's method: Hann window (periodic), segments of ``SEGMENT_S`` seconds (or half the
   series when it is shorter than two of them), half overlapping, each zero-padded to
   ``NFFT`` points (bins 1/120 Hz apart: half a breath a minute, so every test pace falls
   on a bin), averaged, one-sided power density in ms²/Hz;
4. band power by the trapezoid rule over the bins in [low, high).

Under ``MIN_SPAN_S`` of beats there is too little to say: the functions return None.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from breathapp.core.heart.beats import Beat

RESAMPLE_HZ = 4.0  # the even grid the tachogram is resampled on
SEGMENT_S = 60.0  # Welch segment length, seconds
NFFT = 480  # points per segment after zero-padding: 120 s at 4 Hz, bins 1/120 Hz apart
MIN_SPAN_S = 60.0  # less than this from the first beat to the last: no estimate
LF_BAND_HZ = (0.04, 0.15)  # low frequency, where slow breathing moves the heart
FLAT_MS = 0.001  # a series whose spread (root mean square) is under this has no wave

Floats = NDArray[np.float64]


class Spectrum(NamedTuple):
    """A one-sided power spectral density: frequencies (Hz) and density (ms²/Hz)."""

    freq_hz: Floats
    density: Floats

    def band_power(self, low_hz: float, high_hz: float) -> float:
        """Power (ms²) in [low_hz, high_hz), by the trapezoid rule over its bins."""
        inside = (self.freq_hz >= low_hz) & (self.freq_hz < high_hz)
        return float(np.trapezoid(self.density[inside], self.freq_hz[inside]))


def _resampled(beats: Sequence[Beat]) -> Floats | None:
    """The tachogram (ms) on an even ``RESAMPLE_HZ`` grid, detrended (None if too short)."""
    t_s = np.array([b.t_s for b in beats], dtype=np.float64)
    rr_ms = np.array([b.rr_ms for b in beats], dtype=np.float64)
    if len(beats) < 3 or t_s[-1] - t_s[0] < MIN_SPAN_S:
        return None
    grid = t_s[0] + np.arange(int((t_s[-1] - t_s[0]) * RESAMPLE_HZ) + 1) / RESAMPLE_HZ
    even = np.interp(grid, t_s, rr_ms)
    slope, intercept = np.polyfit(grid - grid[0], even, 1)
    detrended: Floats = even - (slope * (grid - grid[0]) + intercept)
    return detrended


def spectrum(beats: Sequence[Beat]) -> Spectrum | None:
    """Welch's power spectral density of the RR series (None under ``MIN_SPAN_S``)."""
    signal = _resampled(beats)
    if signal is None:
        return None
    signal = signal - signal.mean()
    nperseg = min(int(SEGMENT_S * RESAMPLE_HZ), len(signal) // 2)
    step = nperseg // 2
    window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(nperseg) / nperseg)  # periodic Hann
    starts = range(0, len(signal) - nperseg + 1, step)
    segments = np.stack([signal[s : s + nperseg] * window for s in starts])
    density = np.abs(np.fft.rfft(segments, n=NFFT, axis=1)) ** 2
    density /= RESAMPLE_HZ * float(np.sum(window**2))
    density[:, 1:-1] *= 2  # one-sided: the negative frequencies folded in (NFFT is even)
    freq = np.asarray(np.fft.rfftfreq(NFFT, d=1 / RESAMPLE_HZ), dtype=np.float64)
    return Spectrum(freq, np.asarray(density.mean(axis=0), dtype=np.float64))


def lf_power_ms2(beats: Sequence[Beat]) -> float | None:
    """Power of the RR series in 0.04-0.15 Hz, in ms² (None under ``MIN_SPAN_S``)."""
    psd = spectrum(beats)
    return None if psd is None else psd.band_power(*LF_BAND_HZ)


def lf_peak_hz(beats: Sequence[Beat]) -> float | None:
    """The frequency (Hz) of the highest density in 0.04-0.15 Hz (None under ``MIN_SPAN_S``)."""
    psd = spectrum(beats)
    if psd is None:
        return None
    inside = (psd.freq_hz >= LF_BAND_HZ[0]) & (psd.freq_hz < LF_BAND_HZ[1])
    return float(psd.freq_hz[inside][np.argmax(psd.density[inside])])


def wave_share(beats: Sequence[Beat], freq_hz: float) -> float | None:
    """Share (0..1) of the RR series' variance that one steady wave at ``freq_hz`` explains.

    The resampled, detrended tachogram is fitted by least squares with a sine and a cosine
    at ``freq_hz`` (any amplitude and phase, held for the whole series); the share is the
    fit's R². A heart that follows the breath beat for beat gives nearly 1; a wave that
    drifts out of step, or none, gives little. None under ``MIN_SPAN_S`` or with no
    variance at all.
    """
    signal = _resampled(beats)
    if signal is None:
        return None
    signal = signal - signal.mean()
    total = float(np.sum(signal**2))
    if total <= FLAT_MS**2 * len(signal):
        return None
    phase = 2 * np.pi * freq_hz * np.arange(len(signal)) / RESAMPLE_HZ
    design = np.column_stack([np.cos(phase), np.sin(phase), np.ones(len(signal))])
    coef = np.linalg.lstsq(design, signal, rcond=None)[0]
    residual = float(np.sum((signal - design @ coef) ** 2))
    return min(1.0, max(0.0, 1 - residual / total))
